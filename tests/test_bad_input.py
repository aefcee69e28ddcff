"""Bad input gets one clear line on stderr, exit 1, no traceback, and nothing half-written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import Harness, mail
from tests.servers import free_port


def assert_clean_failure(result, *words: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("mailbot: error:")
    for word in words:
        assert word in lines[0], lines[0]


def test_bad_config_names_key_and_file(harness: Harness):
    """A misspelt key is an error naming the key and the file."""
    harness.config_path.write_text(harness.config_path.read_text().replace("host =", "hots =", 1))
    result = harness.run("poll", "--once")
    assert_clean_failure(result, "imap.hots", str(harness.config_path))


def test_missing_config_file(tmp_path: Path):
    """No config file: the message says where it looked and what to do."""
    result = subprocess.run([sys.executable, "-m", "mailbot", "init", "--config",
                             str(tmp_path / "none.toml")], capture_output=True, text=True)
    assert_clean_failure(result, "none.toml", "config.example.toml")


def test_wrong_imap_password_changes_nothing(harness: Harness):
    """A refused IMAP login names the user and the setting; the mailbox is untouched."""
    harness.setup()
    harness.append(mail("jdoe@example.com", "cancel account 4810237"))
    harness.config_path.write_text(harness.config_path.read_text().replace(
        f'password = "{harness.password}"', 'password = "wrong"', 1))
    result = harness.run("poll", "--once")
    assert_clean_failure(result, "login refused", harness.user, "imap.password")
    assert len(harness.inbox()) == 1 and harness.sink.deliveries == []


def test_imap_server_down(harness: Harness):
    """Nothing listening on the IMAP port: a clear line naming host and port."""
    harness.setup()
    port = free_port()
    harness.write_config(imap_port=port)
    result = harness.run("poll", "--once")
    assert_clean_failure(result, f"127.0.0.1:{port}", "connection refused")


def test_smtp_down_keeps_replies_queued(harness: Harness):
    """SMTP down: the poll decides and files away, says replies are queued, exits 1; the next
    poll with SMTP back sends each reply once."""
    harness.setup()
    harness.append(mail("jdoe@example.com", "cancel account 4810237", message_id="<q1@x>"))
    good = harness.config_path.read_text()
    harness.write_config(smtp_port=free_port())
    result = harness.run("poll", "--once")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "queued" in result.stderr
    assert len(harness.processed()) == 1
    harness.config_path.write_text(good)
    harness.poll()
    harness.poll()
    assert len(harness.sink.to("jdoe@example.com")) == 1


def test_uninitialised_database(harness: Harness):
    """Commands on a database without the schema say to run `mailbot init`."""
    result = harness.run("poll", "--once")
    assert_clean_failure(result, "mailbot init")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("account_number,username,email,plan,status,started_on,price,currency\n"
         "4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,19.00,USD\n"
         "5520418,maria,maria@example.es,weekly,trial,2026-02-24,19.00,USD\n",
         ("line 3", "column plan")),
        ("account_number,username\n1,a\n", ("line 1", "missing column")),
        ("", ("empty",)),
    ],
    ids=["bad-plan", "missing-columns", "empty"],
)
def test_malformed_csv_imports_nothing(harness: Harness, content, words):
    """A bad CSV is refused as a whole, with line and column; no account is written."""
    code, _out, err = harness.cli("init")
    assert code == 0, err
    path = harness.root / "bad.csv"
    path.write_text(content)
    result = harness.run("accounts", "import", str(path))
    assert_clean_failure(result, "nothing imported", *words)
    db = harness.db_url.split("///", 1)[1]
    assert sqlite3.connect(db).execute("select count(*) from accounts").fetchone()[0] == 0


def test_missing_message_file(harness: Harness):
    """`process` with a file that does not exist names it and processes nothing."""
    harness.setup()
    result = harness.run("process", "nope.eml")
    assert_clean_failure(result, "nope.eml", "no such file")


def test_bad_usage_exits_2(harness: Harness):
    """Unknown commands and options are usage errors (exit 2)."""
    assert harness.run("frobnicate").returncode == 2
    assert harness.run("export", "--format", "xml").returncode == 2
