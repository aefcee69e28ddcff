"""The SMTP adapter (aiosmtplib) and outbox delivery with retries.

A reply is rendered and given its Message-ID in the same transaction as the
decision. Delivery claims one row at a time (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so several workers never send the same row), sends it, and marks
it sent in that transaction. Temporary failures (4xx, server down) are retried
with exponential backoff and jitter; 5xx rejections fail the row for review.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import aiosmtplib

from mailbot.config import ServiceConfig, SmtpConfig
from mailbot.errors import MailerError
from mailbot.store import outbox as outbox_store
from mailbot.store.db import Database
from mailbot.store.models import OutboxRow

log = logging.getLogger("mailbot.mailer")


class SendFailure(Exception):
    """One message was not accepted; ``temporary`` says whether to try again."""

    def __init__(self, text: str, *, temporary: bool, connection: bool = False):
        super().__init__(text)
        self.temporary = temporary
        self.connection = connection


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
        smtp = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            use_tls=cfg.security == "ssl",
            start_tls=True if cfg.security == "starttls" else False,
            timeout=cfg.timeout_seconds,
            tls_context=ssl.create_default_context() if cfg.security != "none" else None,
        )
        try:
            await smtp.connect()
            if cfg.username:
                await smtp.login(cfg.username, self._password or "")
        except aiosmtplib.SMTPAuthenticationError:
            await _quietly_close(smtp)
            raise MailerError(
                f"{self.where}: login refused for user {cfg.username!r}; "
                "check smtp.username and the password (smtp.password_env)"
            ) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            await _quietly_close(smtp)
            raise SendFailure(f"{self.where}: cannot connect: {_text(exc)}",
                              temporary=True, connection=True) from None
        self._smtp = smtp

    async def send(self, raw: bytes, sender: str, recipient: str) -> None:
        if self._smtp is None or not self._smtp.is_connected:
            await self.open()
        assert self._smtp is not None
        try:
            errors, _response = await self._smtp.sendmail(sender, [recipient], raw)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            code = exc.recipients[0].code if exc.recipients else 550
            raise SendFailure(f"recipient refused: {_text(exc)}", temporary=code < 500) from None
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code in (421,):  # the server is closing the connection
                self._smtp = None
            raise SendFailure(f"{exc.code} {exc.message}", temporary=exc.code < 500) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            self._smtp = None
            raise SendFailure(f"{self.where}: {_text(exc)}", temporary=True,
                              connection=True) from None
        if errors:
            code, text = next(iter(errors.values()))
            raise SendFailure(f"recipient refused: {code} {text}", temporary=code < 500)

    async def close(self) -> None:
        if self._smtp is not None:
            await _quietly_close(self._smtp)
            self._smtp = None


async def _quietly_close(smtp: aiosmtplib.SMTP) -> None:
    try:
        if smtp.is_connected:
            await smtp.quit()
    except Exception:  # noqa: BLE001 - closing a connection that may already be gone
        smtp.close()


def _text(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0]


def backoff(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with full jitter on the upper half: base·2^(n-1), at most cap."""
    delay = min(cap, base * (2 ** max(0, attempt - 1)))
    return delay / 2 + random.uniform(0, delay / 2)


@dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    unavailable: str | None = None  # set when the server could not be reached


@dataclass
class Deliverer:
    """Sends due outbox rows of one mailbox."""

    db: Database
    mailbox: str
    smtp: SmtpConfig
    password: str | None
    service: ServiceConfig
    clock: Callable[[], datetime]
    output_dir: Path | None = None
    may_send: Callable[[], str | None] = lambda: None  # a reason to pause (circuit breaker)

    def deliver(self, limit: int | None = None) -> DeliveryReport:
        return asyncio.run(self._deliver(limit))

    async def _deliver(self, limit: int | None) -> DeliveryReport:
        report = DeliveryReport()
        mailer = SmtpMailer(self.smtp, self.password)
        try:
            while limit is None or report.sent + report.failed + report.deferred < limit:
                if (reason := self.may_send()) is not None:
                    report.unavailable = reason
                    break
                if not await self._one(mailer, report):
                    break
        finally:
            await mailer.close()
        return report

    async def _one(self, mailer: SmtpMailer, report: DeliveryReport) -> bool:
        """Claim, send and settle one row; False when there is nothing (more) to do now."""
        now = self.clock()
        with self.db.session() as session:
            if self.db.is_postgres:
                outbox_store.relax_commit(session)
            row = outbox_store.claim_next(session, self.mailbox, now)
            if row is None:
                return False
            try:
                await mailer.send(row.raw, row.from_addr, row.to_addr)
            except SendFailure as exc:
                if exc.connection:
                    report.unavailable = str(exc)
                    outbox_store.defer_due(session, self.mailbox, now, self._delay(row, now))
                    return False
                self._settle_failure(row, exc, now, report)
                return True
            outbox_store.mark_sent(row, now)
            report.sent += 1
        self._write_copy(row)
        return True

    def _delay(self, row: OutboxRow, now: datetime) -> datetime:
        seconds = backoff(row.attempts + 1, self.service.retry_base_seconds,
                          self.service.retry_max_seconds)
        return now + timedelta(seconds=seconds)

    def _settle_failure(self, row: OutboxRow, exc: SendFailure, now: datetime,
                        report: DeliveryReport) -> None:
        row.attempts += 1
        row.last_error = str(exc)[:2000]
        if exc.temporary and row.attempts < self.service.max_send_attempts:
            row.next_attempt_at = self._delay(row, now)
            report.deferred += 1
            log.warning("reply %s deferred (attempt %d): %s", row.message_id, row.attempts, exc)
        else:
            row.status = "failed"
            report.failed += 1
            log.error("reply %s failed for good: %s", row.message_id, exc)

    def _write_copy(self, row: OutboxRow) -> None:
        if self.output_dir is None:
            return
        self.output_dir.mkdir(parents=True, exist_ok=True)
        (self.output_dir / f"{row.id:06d}-{row.kind}.eml").write_bytes(row.raw)
