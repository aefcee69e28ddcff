"""`mailbot mailboxes add|list|remove`: definitions in the database, secrets only by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.app import App
from mailbot.config import load_config
from tests.harness import run_cli


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "mailbot.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "m.db"}"\n'
                    '[[mailboxes]]\nname = "acme"\n')
    assert cli(path, "init")[0] == 0
    return path


cli = run_cli


IMAP = ["--imap-host", "imap.example.com", "--imap-username", "support@globex.example"]


def test_add_list_remove(config: Path, tmp_path: Path):
    """A mailbox added from options is listed with where its secrets come from (never their
    values), used by the App like a [[mailboxes]] entry, and removed again."""
    code, out, err = cli(config, "mailboxes", "add", "globex", *IMAP, "--imap-password-env",
                         "GLOBEX_IMAP", "--mode", "idle", "--smtp-host", "smtp.example.com",
                         "--from-address", "support@globex.example", "--smtp-username",
                         "support@globex.example", "--smtp-password-file", "smtp.secret",
                         "--preset", "atntcrm", "--notice-days", "30")
    assert code == 0, err
    assert "1 mailbox(es) added" in out
    code, out, _err = cli(config, "mailboxes", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("globex"))
    assert "database" in line and "idle" in line and "atntcrm" in line
    assert "$GLOBEX_IMAP" in line and f"file {Path.cwd() / 'smtp.secret'}" in line
    assert any(line.startswith("acme") and "config file" in line for line in out.splitlines())
    app = App(load_config(str(config)))
    try:
        rt = app.runtime("globex")
        assert rt.config.imap is not None and rt.config.imap.mode == "idle"
        assert rt.policy.id.startswith("atntcrm") and "globex" in app.mailbox_names()
    finally:
        app.close()
    code, out, err = cli(config, "mailboxes", "remove", "globex")
    assert code == 0, err
    assert "globex" not in cli(config, "mailboxes", "list")[1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["globex", *IMAP, "--imap-password-env", "X", "--mode", "push"], ("imap.mode",)),
        (["globex", *IMAP], ("password_env", "password_file")),
        (["acme", *IMAP, "--imap-password-env", "X"], ("already defined in the config file",)),
        (["Bad Name", *IMAP, "--imap-password-env", "X"], ("name",)),
        ([], ("name the mailbox",)),
    ],
    ids=["bad-mode", "no-secret-source", "name-in-file", "bad-name", "no-name"],
)
def test_add_refuses_bad_definitions(config: Path, args: list[str], words: tuple[str, ...]):
    """A bad definition is one line naming the key; nothing is stored."""
    code, _out, err = cli(config, "mailboxes", "add", *args)
    assert code == 1
    assert all(word in err for word in words), err
    assert "Traceback" not in err
    assert "globex" not in cli(config, "mailboxes", "list")[1]


def test_a_file_adds_all_or_none_and_never_a_secret(config: Path, tmp_path: Path):
    """--file takes [[mailboxes]] tables as in the config file: a password's value in one
    of them refuses the whole file; fixed, every mailbox is added; adding again needs
    --replace."""
    boxes = tmp_path / "boxes.toml"
    table = ('[[mailboxes]]\nname = "{name}"\n[mailboxes.imap]\nhost = "imap.example.com"\n'
             'username = "{name}@example.com"\n{secret}\n')
    boxes.write_text(table.format(name="one", secret='password_env = "ONE"') +
                     table.format(name="two", secret='password = "hunter2"'))
    code, _out, err = cli(config, "mailboxes", "add", "--file", str(boxes))
    assert code == 1 and "imap.password" in err and "never stored" in err
    assert "hunter2" not in err
    assert "one" not in cli(config, "mailboxes", "list")[1]
    boxes.write_text(boxes.read_text().replace('password = "hunter2"',
                                               'password_file = "/run/secrets/two"'))
    code, out, err = cli(config, "mailboxes", "add", "--file", str(boxes))
    assert code == 0 and "2 mailbox(es) added" in out, err
    code, _out, err = cli(config, "mailboxes", "add", "--file", str(boxes))
    assert code == 1 and "--replace" in err
    code, out, err = cli(config, "mailboxes", "add", "--file", str(boxes), "--replace")
    assert code == 0 and "2 replaced" in out, err


def test_remove_refuses_what_it_cannot_remove(config: Path):
    """A mailbox of the config file is removed there; an unknown name is one line."""
    code, _out, err = cli(config, "mailboxes", "remove", "acme")
    assert code == 1 and "config file" in err
    code, _out, err = cli(config, "mailboxes", "remove", "nope")
    assert code == 1 and "no mailbox named 'nope'" in err
