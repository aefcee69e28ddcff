"""Configuration: loaded once, validated, every error names the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import load_config, parse_config
from mailbot.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_example_config_loads_with_every_documented_key():
    """config.example.toml is itself a valid configuration."""
    config = load_config(str(REPO / "config.example.toml"))
    assert config.imap is not None and config.imap.processed_folder == "Processed/Cancellations"
    assert config.policy.preset == "crm-runner"


@pytest.mark.parametrize(
    ("data", "key", "words"),
    [
        ({"imap": {"host": "h", "hots": "x"}}, "imap.hots", "unknown key"),
        ({"imap": {"port": 993}}, "imap.host", "missing required key"),
        ({"imap": {"host": "h", "port": "abc"}}, "imap.port", "valid integer"),
        ({"imap": {"host": "h", "mode": "push"}}, "imap.mode", "'poll' or 'idle'"),
        ({"imap": {"host": "h", "batch_size": 900}}, "imap.batch_size", "less than or equal"),
        ({"smtp": {"host": "mail.example.com", "security": "none", "from_address": "a@b.c"}},
         "smtp", "loopback"),
        ({"policy": {"timezone": "Mars/Base"}}, "policy.timezone", "unknown time zone"),
        ({"policy": {"preset": "acme"}}, "policy.preset", "crm-runner"),
        ({"parsing": {"account_number_pattern": "(["}}, "parsing.account_number_pattern",
         "regular expression"),
        ({"database": {"url": "mysql://x"}}, "database.url", "sqlite"),
        ({"surprise": 1}, "surprise", "unknown key"),
    ],
)
def test_bad_values_name_key_and_file(data, key, words):
    """Each kind of mistake is refused with a message naming the key and the file."""
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="/etc/mailbot.toml")
    text = str(info.value)
    assert f"'{key}'" in text and "/etc/mailbot.toml" in text and words in text


def test_missing_file_and_bad_toml_are_clear(tmp_path):
    """A missing file or broken TOML is a ConfigError, not a traceback."""
    with pytest.raises(ConfigError, match="not found"):
        load_config(str(tmp_path / "nope.toml"))
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap\nhost=")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(str(bad))


def test_secret_comes_from_the_named_environment_variable(monkeypatch):
    """password_env names the variable; an unset variable is an error naming it."""
    config = parse_config({"imap": {"host": "h", "username": "u", "password_env": "MB_TEST_PW"}})
    monkeypatch.delenv("MB_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="MB_TEST_PW"):
        config.imap.secret("imap")
    monkeypatch.setenv("MB_TEST_PW", "s3cret")
    assert config.imap.secret("imap") == "s3cret"


def test_mailboxes_resolve_with_their_own_policy():
    """[[mailboxes]] entries become extra mailboxes beside the default one."""
    config = parse_config({
        "imap": {"host": "a"},
        "mailboxes": [{"name": "atntcrm", "imap": {"host": "b"},
                       "policy": {"preset": "atntcrm", "notice_days": 15}}],
    })
    names = [m.name for m in config.mailbox_configs()]
    assert names == ["default", "atntcrm"]
    assert config.mailbox("atntcrm").policy.notice_days == 15
    with pytest.raises(ConfigError):
        parse_config({"mailboxes": [{"name": "default"}]})


def test_relative_sqlite_path_is_relative_to_the_config_file(tmp_path):
    """`sqlite:///mailbot.db` names a file beside the config file, wherever the command runs;
    absolute paths and PostgreSQL URLs are kept as written."""
    folder = tmp_path / "etc"
    folder.mkdir()
    path = folder / "mailbot.toml"
    path.write_text('[database]\nurl = "sqlite:///data/mailbot.db"\n')
    assert load_config(str(path)).database.url == f"sqlite:///{folder}/data/mailbot.db"
    path.write_text("")
    assert load_config(str(path)).database.url == f"sqlite:///{folder}/mailbot.db"
    path.write_text('[database]\nurl = "sqlite:////var/lib/mailbot/m.db"\n')
    assert load_config(str(path)).database.url == "sqlite:////var/lib/mailbot/m.db"
    path.write_text('[database]\nurl = "postgresql+psycopg://u@h/db"\n')
    assert load_config(str(path)).database.url == "postgresql+psycopg://u@h/db"


def test_config_option_is_accepted_before_or_after_the_command(tmp_path):
    """`mailbot --config F init` and `mailbot init --config F` do the same, from any folder."""
    import subprocess
    import sys

    path = tmp_path / "mailbot.toml"
    path.write_text('[database]\nurl = "sqlite:///m.db"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for argv in (["--config", str(path), "init"], ["init", "--config", str(path)]):
        done = subprocess.run([sys.executable, "-m", "mailbot", *argv], cwd=elsewhere,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "m.db").exists() and not (elsewhere / "m.db").exists()
