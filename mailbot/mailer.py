"""The SMTP adapter (aiosmtplib) and outbox delivery with retries.

A reply is rendered and given its Message-ID in the same transaction as the
decision. Delivery claims a few due rows under a lease (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL, so several workers never take the same row; on SQLite
one process delivers at a time) and sends them over ``[smtp] connections``
concurrent connections with aiosmtplib's public transaction (MAIL, RCPT, DATA).
Between the accepted envelope and DATA each row is recorded ``sending``; the
server's answer to the final dot settles it: ``sent``, or refused and retried
(4xx, server down: exponential backoff with jitter) or failed for review (5xx).
A connection lost during DATA, or a process that dies there, leaves the reply
``unknown``: the server may have it, so it is not sent again by itself (at most
once; the operator resolves it with ``mailbot outbox retry|mark-sent``). Every
failed attempt leaves its reason in ``last_error``. Before a claimed reply goes
out the circuit breaker (``mailbot.safety``) may hold it back.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import logging
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import aiosmtplib
from sqlalchemy import Connection

from mailbot import backoff, oauth2, tls
from mailbot.config import ServiceConfig, SmtpConfig
from mailbot.errors import ConfigError, MailerError
from mailbot.locks import MailboxLock, SenderIdentity
from mailbot.store import advisory
from mailbot.store import outbox as outbox_store
from mailbot.store.db import Database
from mailbot.store.outbox import AnyRow

log = logging.getLogger("mailbot.mailer")


class SendFailure(Exception):
    """One message was not accepted; ``temporary`` says whether to try again, ``connection``
    that the server is out of reach, ``unknown`` that it broke off during DATA (the server
    may have accepted the message)."""

    def __init__(self, text: str, *, temporary: bool, connection: bool = False,
                 unknown: bool = False):
        super().__init__(text)
        self.temporary = temporary
        self.connection = connection
        self.unknown = unknown


class SmtpMailer:
    """One SMTP connection, opened lazily, reused for every message of a delivery round."""

    def __init__(self, config: SmtpConfig, password: str | None):
        self.config = config
        self._password = password
        self._smtp: aiosmtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"SMTP server {self.config.host}:{self.config.port}"

    async def open(self) -> None:
        cfg = self.config
        try:  # certificates and host names are always verified (mailbot.tls)
            context = tls.client_context(cfg, "smtp") if cfg.security != "none" else None
        except tls.TlsSetupError as exc:
            raise MailerError(f"{self.where}: {exc}") from None
        smtp = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            use_tls=cfg.security == "ssl",
            start_tls=cfg.security == "starttls",
            timeout=cfg.timeout_seconds,
            tls_context=context,
        )
        try:
            await smtp.connect()
            if cfg.auth == "oauth2":
                await self._login_oauth2(smtp)
            elif cfg.username:
                await smtp.login(cfg.username, self._password or "")
        except aiosmtplib.SMTPAuthenticationError:
            await _quietly_close(smtp)
            raise MailerError(
                f"{self.where}: login refused for user {cfg.username!r}; "
                "check smtp.username and the password (smtp.password_env)"
            ) from None
        except (MailerError, SendFailure, ConfigError):  # ConfigError: an unset *_env secret
            await _quietly_close(smtp)
            raise
        except (aiosmtplib.SMTPException, OSError) as exc:
            await _quietly_close(smtp)
            failure = tls.tls_error(exc)
            if failure is None:
                raise SendFailure(f"{self.where}: cannot connect: {_text(exc)}",
                                  temporary=True, connection=True) from None
            text = f"{self.where}: {tls.explain(failure, cfg.host, 'smtp')}"
            if tls.verification_error(exc) is not None:  # configuration, not an outage
                raise MailerError(text) from None
            raise SendFailure(text, temporary=True, connection=True) from None
        self._smtp = smtp

    async def _login_oauth2(self, smtp: aiosmtplib.SMTP) -> None:
        """AUTH XOAUTH2 (OAUTHBEARER where that is all the server offers) with a token from
        mailbot.oauth2. A refused token may be expired or revoked before its time: it is
        replaced once and AUTH tried again."""
        cfg = self.config
        if smtp.is_ehlo_or_helo_needed:
            await smtp.ehlo()
        offered = {m.upper() for m in smtp.server_auth_methods}
        mechanism = oauth2.choose_mechanism(offered)
        if mechanism is None:
            raise MailerError(
                f"{self.where}: the server offers neither XOAUTH2 nor OAUTHBEARER "
                f"(only {', '.join(sorted(offered)) or 'no AUTH'}); check smtp.host, "
                "smtp.security or set smtp.auth = 'password'")
        try:
            source = oauth2.token_source(cfg, "smtp")
            token = await asyncio.to_thread(source.token)
            refusal = await self._authenticate(smtp, mechanism, token)
            if refusal is not None:
                token = await asyncio.to_thread(source.refresh, token)
                refusal = await self._authenticate(smtp, mechanism, token)
        except oauth2.TokenError as exc:
            if exc.temporary:
                raise SendFailure(f"{self.where}: {exc}", temporary=True,
                                  connection=True) from None
            raise MailerError(f"{self.where}: {exc}") from None
        if refusal is not None:
            raise MailerError(
                f"{self.where}: {mechanism} login refused for user {cfg.username!r} even "
                f"with a new token ({refusal}); check smtp.username and that the app may send "
                "as this mailbox (smtp.oauth2.scope; see README, OAuth2)")

    async def _authenticate(self, smtp: aiosmtplib.SMTP, mechanism: str, token: str
                            ) -> str | None:
        """One AUTH exchange: None when the server accepts the token, else its reply."""
        cfg = self.config
        first = base64.b64encode(
            oauth2.initial_response(mechanism, cfg.username, token, cfg.host, cfg.port))
        if len(first) < 480:
            reply = await smtp.execute_command(b"AUTH", mechanism.encode(), first)
        else:  # a JWT outgrows the 512-octet command line (RFC 5321 §4.5.3.1.4): after a 334
            reply = await smtp.execute_command(b"AUTH", mechanism.encode())
            if reply.code == 334:
                reply = await smtp.execute_command(first)
        if reply.code == 334:  # an error challenge (JSON); our answer ends the exchange
            reply = await smtp.execute_command(
                base64.b64encode(oauth2.abort_response(mechanism)))
        return None if reply.code == 235 else f"{reply.code} {reply.message}"

    async def send(self, raw: bytes, sender: str, recipient: str,
                   before_data: Callable[[], bool] = lambda: True) -> bool:
        """One message, through aiosmtplib's public transaction: MAIL and RCPT, then
        ``before_data`` (which records the reply as ``sending``; False: the row is no longer
        ours, nothing is sent), then DATA, which dot-stuffs the message and waits for the
        server's verdict on the final dot. True when the server accepted it."""
        smtp = await self._connected()
        try:
            await smtp.mail(sender)
            await smtp.rcpt(recipient)
        except aiosmtplib.SMTPResponseException as exc:
            raise await self._refused(smtp, exc) from None
        except (aiosmtplib.SMTPException, OSError) as exc:  # no message was on its way yet
            self._smtp = None
            raise SendFailure(f"{self.where}: {_text(exc)}", temporary=True,
                              connection=True) from None
        if not before_data():
            await _reset(smtp)
            return False
        try:
            await smtp.data(raw)
        except aiosmtplib.SMTPResponseException as exc:  # a verdict: the server has not got it
            raise await self._refused(smtp, exc) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            self._smtp = None
            raise SendFailure(
                f"{self.where}: connection lost during DATA ({_text(exc)}); the server may "
                "have accepted the message: look for its Message-ID in the server's log, then "
                "'mailbot outbox retry ID' or 'mailbot outbox mark-sent ID'",
                temporary=True, connection=True, unknown=True) from None
        return True

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._smtp is None or not self._smtp.is_connected:
            await self.open()
        assert self._smtp is not None
        return self._smtp

    async def _refused(self, smtp: aiosmtplib.SMTP, exc: aiosmtplib.SMTPResponseException
                       ) -> SendFailure:
        """The server's refusal as a failure; the connection is made ready for the next."""
        if exc.code == 421:  # the server is closing the connection
            self._smtp = None
        elif exc.code >= 400:
            await _reset(smtp)
        return SendFailure(f"{exc.code} {exc.message}", temporary=exc.code < 500)

    async def close(self) -> None:
        if self._smtp is not None:
            await _quietly_close(self._smtp)
            self._smtp = None


async def _reset(smtp: aiosmtplib.SMTP) -> None:
    """After a refused message, RSET so the next one starts a clean transaction."""
    with contextlib.suppress(aiosmtplib.SMTPException, OSError):
        await smtp.rset()


async def _quietly_close(smtp: aiosmtplib.SMTP) -> None:
    try:
        if smtp.is_connected:
            await smtp.quit()
    except Exception:  # closing a connection that may already be gone
        smtp.close()


def _text(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0]


@dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    held: int = 0  # paused by the loop breaker
    unknown: int = 0  # the connection broke during DATA: the operator decides
    unavailable: str | None = None  # set when the server could not be reached
    busy: bool = False  # another process is delivering for this mailbox (SQLite)


class Guard(Protocol):
    """What delivery asks the circuit breaker (mailbot.safety.Breaker)."""

    def allowance(self) -> tuple[int, str | None]:
        """How many may go out now, or why none may."""

    def trip(self) -> str:
        """Replies wait beyond the allowance: open the breaker; returns why."""

    def screen(self, rows: list[AnyRow], owner: str) -> tuple[list[AnyRow], list[Any]]:
        """The claimed rows that may go out; the rest are held (paused), with why."""


class NoGuard:
    """Delivery without a breaker (tests, tools)."""

    def allowance(self) -> tuple[int, str | None]:
        return 10**9, None

    def trip(self) -> str:
        return "sending paused"

    def screen(self, rows: list[AnyRow], owner: str) -> tuple[list[AnyRow], list[Any]]:
        return rows, []


CLAIM_PER_CONNECTION = 10
LEASE = timedelta(minutes=10)


class Deliverer:
    """Sends due outbox rows of one mailbox over a few concurrent SMTP connections."""

    def __init__(self, db: Database, mailbox: str, smtp: SmtpConfig, *,
                 service: ServiceConfig, clock: Callable[[], datetime],
                 sender: Callable[[], SenderIdentity], output_dir: Path | None = None,
                 guard: Guard | None = None):
        self.db = db
        self.mailbox = mailbox
        self.smtp = smtp
        self.password = smtp.secret("smtp")
        self.service = service
        self.clock = clock
        self.sender = sender  # this process as an outbox sender (App.sender), on first use
        self.output_dir = output_dir
        self.guard = guard or NoGuard()  # the circuit breaker
        # PostgreSQL, while delivering: (durable, fast) connections for the marks.
        self._marks: tuple[Connection, Connection] | None = None

    def deliver(self) -> DeliveryReport:
        report = DeliveryReport()
        lock = MailboxLock(self.db, self.mailbox, purpose="outbox")
        exclusive = not self.db.is_postgres
        if exclusive and not lock.acquire():
            report.busy = True
            return report
        try:
            owner = self.sender().token
            self._recover(owner, exclusive)
            asyncio.run(self._deliver(owner, report))
        finally:
            if exclusive:
                lock.release()
        return report

    def _recover(self, owner: str, exclusive: bool) -> None:
        """Take back rows left in flight by a sender that died (or by our own last crash):
        claimed ones are sent now; those it had begun sending wait for the operator."""
        with self.db.write() as conn:
            dead = [] if exclusive else self.sender().dead(
                outbox_store.owners_in_flight(conn, self.mailbox))
            back, unknown = outbox_store.reclaim(conn, self.mailbox, self.clock(), dead,
                                                 everyone_else_but=owner if exclusive else None)
        if back:
            log.warning("%d reply(ies) claimed by a stopped process will be sent now", back)
        if unknown:
            log.error("%d reply(ies) were being sent when their process stopped: the SMTP "
                      "server may have them; they wait as 'unknown' in 'mailbot outbox list' "
                      "(retry ID sends one again, mark-sent ID records it sent)", unknown)

    async def _deliver(self, owner: str, report: DeliveryReport) -> None:
        with contextlib.ExitStack() as stack:
            if self.db.is_postgres:
                self._marks = (stack.enter_context(self._marking_connection(durable=True)),
                               stack.enter_context(self._marking_connection(durable=False)))
            try:
                await self._deliver_rounds(owner, report)
            finally:
                self._marks = None

    @contextlib.contextmanager
    def _marking_connection(self, *, durable: bool) -> Iterator[Connection]:
        """PostgreSQL: autocommit connections for the marks, so each is one round trip.
        ``sending`` waits for the WAL flush as usual (no reply may go out twice, even if
        PostgreSQL itself crashes); ``sent`` need not: a PostgreSQL crash in the next
        ~0.6 s could only leave one reply ``unknown``, and a worker's crash loses nothing."""
        conn = self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            if not durable:
                advisory.commit_without_waiting(conn)
            yield conn
        finally:
            if not durable:
                with contextlib.suppress(Exception):
                    advisory.commit_without_waiting(conn, on=False)
            conn.close()

    def _mark_sending(self, row: AnyRow, owner: str) -> bool:
        """Just before DATA: from here on a crash leaves the reply ``unknown``, never resent."""
        lease = self.clock() + LEASE
        if self._marks is not None:
            return outbox_store.mark_sending(self._marks[0], row.id, owner, lease)
        with self.db.write() as conn:
            return outbox_store.mark_sending(conn, row.id, owner, lease)

    def _mark_sent(self, row: AnyRow, owner: str) -> None:
        if self._marks is not None:
            outbox_store.mark_sent(self._marks[1], row.id, owner, self.clock())
            return
        with self.db.write() as conn:
            outbox_store.mark_sent(conn, row.id, owner, self.clock())

    async def _deliver_rounds(self, owner: str, report: DeliveryReport) -> None:
        count = self.smtp.connections
        mailers = [SmtpMailer(self.smtp, self.password) for _ in range(count)]
        queue: deque[AnyRow] = deque()
        try:
            while not report.unavailable:
                allowed, reason = self.guard.allowance()
                if reason is not None:
                    report.unavailable = reason
                    break
                claimed = self._claim(owner, min(allowed, CLAIM_PER_CONNECTION * count))
                if not claimed:
                    if allowed == 0 and self._due():
                        report.unavailable = self.guard.trip()
                    break
                rows, holds = self.guard.screen(claimed, owner)
                report.held += len(holds)
                queue.extend(rows)
                await asyncio.gather(*(self._worker(m, owner, queue, report) for m in mailers))
        finally:
            if queue:  # not attempted (server unreachable, or we are stopping)
                with self.db.write() as conn:  # (an outage is no attempt: it never fails a row)
                    outbox_store.release(conn, [r.id for r in queue], owner,
                                         until=self._delay(0, self.clock()),
                                         error=report.unavailable)
            for mailer in mailers:
                await mailer.close()

    def _due(self) -> bool:
        with self.db.engine.connect() as conn:
            return outbox_store.due_count(conn, self.mailbox, self.clock()) > 0

    def _claim(self, owner: str, limit: int) -> list[AnyRow]:
        if limit <= 0:
            return []
        now = self.clock()
        with self.db.write() as conn:
            return outbox_store.claim(conn, self.mailbox, now, limit, owner, now + LEASE)

    async def _worker(self, mailer: SmtpMailer, owner: str, queue: deque[AnyRow],
                      report: DeliveryReport) -> None:
        while queue and not report.unavailable:
            row = queue.popleft()
            try:
                accepted = await mailer.send(row.raw, row.from_addr, row.to_addr,
                                             functools.partial(self._mark_sending, row, owner))
            except SendFailure as exc:
                if exc.unknown:
                    self._settle_unknown(row, owner, exc, report)
                if exc.connection:
                    report.unavailable = str(exc)
                    if not exc.unknown:
                        queue.appendleft(row)
                    return
                self._settle_failure(row, owner, exc, report)
                continue
            if not accepted:  # our lease ran out and another process took the row back
                continue
            self._mark_sent(row, owner)
            report.sent += 1
            self._write_copy(row)

    def _delay(self, attempts: int, now: datetime) -> datetime:
        seconds = backoff.delay(attempts + 1, self.service.retry_base_seconds,
                          self.service.retry_max_seconds)
        return now + timedelta(seconds=seconds)

    def _settle_failure(self, row: AnyRow, owner: str, exc: SendFailure,
                        report: DeliveryReport) -> None:
        attempts = row.attempts + 1
        now = self.clock()
        final = not exc.temporary or attempts >= self.service.max_send_attempts
        with self.db.write() as conn:
            outbox_store.release(conn, [row.id], owner, until=self._delay(attempts, now),
                                 attempt=True, error=str(exc), failed=final)
        if final:
            report.failed += 1
            log.error("reply %s failed for good: %s", row.message_id, exc)
        else:
            report.deferred += 1
            log.warning("reply %s deferred (attempt %d): %s", row.message_id, attempts, exc)

    def _settle_unknown(self, row: AnyRow, owner: str, exc: SendFailure,
                        report: DeliveryReport) -> None:
        with self.db.write() as conn:
            outbox_store.mark_unknown(conn, row.id, owner, str(exc))
        report.unknown += 1
        log.error("reply %s (outbox id %d) may or may not have been delivered: %s",
                  row.message_id, row.id, exc)

    def _write_copy(self, row: AnyRow) -> None:
        if self.output_dir is None:
            return
        self.output_dir.mkdir(parents=True, exist_ok=True)
        (self.output_dir / f"{row.id:06d}-{row.kind}.eml").write_bytes(row.raw)
