"""Delivery over aiosmtplib's public API: what the SMTP server's answer to the final dot, or
its silence, does to a reply in the outbox (at most once, the unknown kept for a person)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.cli import main
from mailbot.config import SmtpConfig, load_config
from mailbot.mailer import SmtpMailer
from mailbot.store.models import OutboxRow
from tests.harness import mail
from tests.servers import SmtpSink, free_port


@dataclass
class ScriptedSmtp:
    """A minimal SMTP server whose answer to each message's final dot is scripted: a reply
    line such as "451 4.3.0 Try later", or None to drop the connection without a word."""

    answers: list[str | None] = field(default_factory=list)
    received: list[bytes] = field(default_factory=list)
    port: int = 0  # the free one the listener got

    def __enter__(self) -> ScriptedSmtp:
        self._listener = socket.create_server(("127.0.0.1", 0))  # no race for a port
        self.port = self._listener.getsockname()[1]
        self._listener.settimeout(0.05)  # so that the loop sees the stop in time
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self._listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(10)
            with conn:
                self._session(conn.makefile("rb"), conn)

    def _session(self, lines, conn: socket.socket) -> None:  # a binary file
        conn.sendall(b"220 scripted ESMTP\r\n")
        for line in lines:
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250 scripted\r\n")
            elif verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                body = b"".join(iter(lines.readline, b".\r\n"))
                answer = self.answers.pop(0) if self.answers else "250 2.0.0 OK"
                if answer is None:
                    return  # the line breaks with the message in the server's hands
                if answer.startswith("250"):
                    self.received.append(body)
                conn.sendall(answer.encode() + b"\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:  # MAIL, RCPT, RSET, NOOP
                conn.sendall(b"250 OK\r\n")


@pytest.fixture
def configured(tmp_path: Path) -> Iterator[tuple[Path, ScriptedSmtp]]:
    """A SQLite mailbot whose [smtp] is a scripted server; one request file. A deferred
    reply waits a minute (never retried within the same command, however slow the
    machine); `outbox retry ID` makes it due at once."""
    server = ScriptedSmtp().__enter__()
    port = server.port
    config = tmp_path / "mailbot.toml"
    config.write_text(f"""
[database]
url = "sqlite:///{tmp_path / 'mailbot.db'}"
[imap]
host = "127.0.0.1"
port = {free_port()}
security = "none"
username = "support@crmrunner.example"
password = "unused"
[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from_address = "support@crmrunner.example"
timeout_seconds = 5
[policy]
preset = "crm-runner"
timezone = "America/New_York"
[service]
retry_base_seconds = 60
retry_max_seconds = 60
""")
    (tmp_path / "request.eml").write_bytes(
        mail("sam@unknown.example", "I want to cancel my subscription.", message_id="<m1@x>"))
    assert main(["init", "--config", str(config)]) == 0
    yield config, server
    server.__exit__()


def cli(config: Path, *args: str) -> int:
    return main([*args, "--config", str(config)])


def replies(config: Path) -> list[OutboxRow]:
    app = App(load_config(str(config)))
    try:
        with app.db.session(readonly=True) as session:
            return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))
    finally:
        app.close()


def test_a_refused_final_dot_is_retried_and_then_sent_once(
        configured: tuple[Path, ScriptedSmtp]):
    """A 451 to the final dot leaves the reply pending with the server's words; the next
    round sends it, once."""
    config, server = configured
    server.answers = ["451 4.3.0 Try again later"]
    assert cli(config, "process", str(config.parent / "request.eml")) == 0
    [row] = replies(config)
    assert (row.status, row.attempts, row.last_error) == (
        "pending", 1, "451 4.3.0 Try again later")
    assert server.received == []
    assert cli(config, "outbox", "retry", str(row.id)) == 0
    [row] = replies(config)
    assert row.status == "sent" and len(server.received) == 1


def test_a_permanent_refusal_of_the_final_dot_fails_the_reply(
        configured: tuple[Path, ScriptedSmtp]):
    """A 554 to the final dot fails the reply for review, with the server's words."""
    config, server = configured
    server.answers = ["554 5.7.1 Rejected"]
    assert cli(config, "process", str(config.parent / "request.eml")) == 0
    [row] = replies(config)
    assert (row.status, row.last_error) == ("failed", "554 5.7.1 Rejected")


def test_a_line_lost_during_data_leaves_the_reply_unknown_until_the_operator_acts(
        configured: tuple[Path, ScriptedSmtp], capsys: pytest.CaptureFixture[str]):
    """The connection breaks after the message was written and before the server answered:
    the reply is unknown (never sent again by itself), `outbox list --failed` shows it, and
    `outbox retry ID` sends it."""
    config, server = configured
    server.answers = [None]
    assert cli(config, "process", str(config.parent / "request.eml")) == 1
    [row] = replies(config)
    assert row.status == "unknown" and "connection lost during DATA" in row.last_error
    assert cli(config, "outbox", "retry", "--all") == 0  # --all never takes unknown ones
    assert replies(config)[0].status == "unknown" and server.received == []
    capsys.readouterr()
    assert cli(config, "outbox", "list", "--failed") == 0
    listed = capsys.readouterr().out
    assert f"{row.id} " in listed and "unknown" in listed and "retry or mark-sent" in listed
    assert cli(config, "outbox", "retry", str(row.id)) == 0
    assert replies(config)[0].status == "sent" and len(server.received) == 1


def test_dots_and_line_ends_reach_the_server_as_written(smtp_server: SmtpSink):
    """aiosmtplib dot-stuffs: lines starting with a dot arrive unchanged, bare LF as CRLF."""
    smtp_server.reset()
    raw = (b"From: a@b.example\r\nTo: c@d.example\r\nSubject: dots\r\n\r\n"
           b".leading\r\n..two\r\n.\r\nbare lf\nend")
    config = SmtpConfig.model_validate({"host": "127.0.0.1", "port": smtp_server.port,
                                        "security": "none", "from_address": "a@b.example"})

    async def send() -> bool:
        mailer = SmtpMailer(config, None)
        try:
            return await mailer.send(raw, "a@b.example", "c@d.example")
        finally:
            await mailer.close()

    assert asyncio.run(send()) is True
    [delivery] = smtp_server.deliveries
    assert delivery.data == raw.replace(b"\nend", b"\r\nend") + b"\r\n"

