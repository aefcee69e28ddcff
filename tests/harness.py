"""A configured mailbot for integration tests: write mail in, run commands, look at results."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mailbot.app import App
from mailbot.cli import main
from mailbot.config import load_config
from tests.servers import Dovecot, SmtpSink

REPO = Path(__file__).resolve().parent.parent
ACCOUNTS = """\
account_number,username,email,plan,status,started_on,price,currency
4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,19.00,USD
5520418,maria.garcia,maria.garcia@example.es,monthly,trial,2026-02-24,19.00,USD
6631042,hans_mueller,hans.mueller@example.de,monthly,active,2026-02-10,49.00,EUR
7742051,acme-billing,billing@acme.example,yearly,active,2025-06-01,490.00,USD
3318804,pierre.dubois,pierre.dubois@example.fr,monthly,cancelled,2025-09-15,19.00,EUR
2290317,kwhite88,kate.white@example.com,monthly,active,2025-12-05,29.00,USD
"""


def mail(
    sender: str,
    body: str,
    *,
    subject: str = "Cancel my account",
    to: str = "support@crmrunner.example",
    message_id: str | None = None,
    date: str = "Mon, 02 Mar 2026 09:14:00 -0500",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A plain-text message as bytes (CRLF)."""
    import uuid

    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: {message_id or f'<{uuid.uuid4().hex}@client.example>'}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def reply_to(delivery, sender: str, body: str, **headers: str) -> bytes:
    """What a person (or a robot) sends back in the thread of one of our replies."""
    ours = delivery.message
    return mail(sender, body, subject="Re: " + str(ours["Subject"]),
                headers={"In-Reply-To": ours["Message-ID"], "References": ours["Message-ID"],
                         **headers})


def text_of(delivery) -> str:
    """The plain-text part of a reply the SMTP sink received."""
    msg = delivery.message
    part = msg.get_payload(0) if msg.is_multipart() else msg
    return part.get_payload(decode=True).decode()


def run_cli(config: Path, *args: str) -> tuple[int, str, str]:
    """mailbot in this process with this config: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--config", str(config)])
    return code, out.getvalue(), err.getvalue()


class Harness:
    def __init__(self, root: Path, dovecot: Dovecot, sink: SmtpSink, db_url: str, user: str,
                 password: str, *, policy: str = 'preset = "crm-runner"', extra: str = ""):
        self.root, self.dovecot, self.sink = root, dovecot, sink
        self.db_url, self.user, self.password = db_url, user, password
        self.config_path = root / "mailbot.toml"
        self.write_config(policy=policy, extra=extra)
        self._app: App | None = None

    def write_config(self, *, policy: str = 'preset = "crm-runner"', extra: str = "",
                     imap_port: int | None = None, smtp_port: int | None = None) -> None:
        self.config_path.write_text(f"""
[database]
url = "{self.db_url}"

[imap]
host = "127.0.0.1"
port = {imap_port or self.dovecot.port}
security = "none"
username = "{self.user}"
password = "{self.password}"
processed_folder = "Processed/Cancellations"
timeout_seconds = 10

[smtp]
host = "127.0.0.1"
port = {smtp_port or self.sink.port}
security = "none"
from_address = "{self.user}"
from_name = "CRM RUNNER Support"
timeout_seconds = 10

[policy]
{policy}
timezone = "America/New_York"

[service]
retry_base_seconds = 0.2
retry_max_seconds = 2
{extra}
""")
        self._app = None

    def set_imap(self, **options: object) -> None:
        """Add options to the [imap] section of the config file."""
        lines = "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in options.items())
        text = self.config_path.read_text()
        self.config_path.write_text(text.replace("timeout_seconds = 10\n\n[smtp]",
                                                 f"timeout_seconds = 10\n{lines}\n[smtp]", 1))
        self._app = None

    # --- commands -------------------------------------------------------------------------
    def cli(self, *args: str) -> tuple[int, str, str]:
        return run_cli(self.config_path, *args)

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
            ) -> subprocess.CompletedProcess[str]:
        """mailbot in a child process, as a user runs it."""
        return subprocess.run(
            [sys.executable, "-m", "mailbot", *args, "--config", str(self.config_path)],
            capture_output=True, text=True, timeout=timeout, cwd=self.root,
            env={**os.environ, **(env or {})},
        )

    def setup(self, accounts: str = ACCOUNTS) -> None:
        code, _out, err = self.cli("init")
        assert code == 0, err
        csv = self.root / "accounts.csv"
        csv.write_text(accounts)
        code, _out, err = self.cli("accounts", "import", str(csv))
        assert code == 0, err

    def poll(self) -> str:
        code, out, err = self.cli("poll", "--once")
        assert code == 0, err
        return out

    def export(self) -> list[dict[str, Any]]:
        code, out, err = self.cli("export", "--format", "jsonl")
        assert code == 0, err
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def polled_since(self, moment: datetime, mailbox: str = "default") -> bool:
        """Whether a service finished a poll of the mailbox after ``moment`` (so it is up,
        its signal handlers set, and what was in the folder then has been seen)."""
        from mailbot.store.stats import last_polls

        with self.app.db.session(readonly=True) as session:
            at = {p.mailbox: p.at for p in last_polls(session)}.get(mailbox)
        return at is not None and at > moment

    # --- the mailbox ----------------------------------------------------------------------
    def append(self, raw: bytes, when: datetime | None = None) -> None:
        self.dovecot.append(self.user, raw, when=when or datetime(2026, 3, 2, 14, 14, tzinfo=UTC))

    def inbox(self) -> list[tuple[int, set[str], bytes]]:
        return self.dovecot.messages(self.user, "INBOX")

    def processed(self) -> list[tuple[int, set[str], bytes]]:
        return self.dovecot.messages(self.user, "Processed/Cancellations")

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = App(load_config(str(self.config_path)))
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
