"""``mailbot run``: scheduled polling or IMAP IDLE push, outbox delivery, upkeep, clean stop.

APScheduler runs the periodic jobs (coalesced, one instance each). In idle
mode each mailbox has a thread that holds an IDLE connection and polls when
the server reports new mail, at start and after every reconnect. Any IMAP or
SMTP failure leads to a reconnect with exponential backoff and jitter, logged
once per change of state. SIGTERM/SIGINT: the message in hand is finished, the
process exits 0.
"""

from __future__ import annotations

import faulthandler
import logging
import random
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from mailbot.app import App, MailboxRuntime
from mailbot.batch import process_available
from mailbot.errors import MailbotError
from mailbot.ingest import Poller, PollReport
from mailbot.locks import MailboxLock
from mailbot.maintenance import expire_verifications, purge_raw, refund_reminders
from mailbot.sender import deliverer
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store.models import ServiceStateRow

log = logging.getLogger("mailbot.service")
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}


class Backoff:
    """Exponential backoff with jitter; logs a failure once per change of state."""

    def __init__(self, what: str, base: float = 1.0, cap: float = 300.0):
        self.what, self.base, self.cap = what, base, cap
        self.failures = 0
        self.last_error: str | None = None

    def failed(self, error: str) -> float:
        self.failures += 1
        if error != self.last_error:
            log.error("%s failed: %s (retrying with backoff)", self.what, error)
            self.last_error = error
        delay = min(self.cap, self.base * 2 ** (self.failures - 1))
        return delay / 2 + random.uniform(0, delay / 2)

    def ok(self) -> None:
        if self.failures:
            log.warning("%s recovered after %d failure(s)", self.what, self.failures)
        self.failures = 0
        self.last_error = None


def record_poll(app: App, report: PollReport) -> None:
    """Remember the last successful poll per mailbox (health, dashboard)."""
    with app.db.session() as session:
        key = f"last_poll:{report.mailbox}"
        value = {"at": app.clock().isoformat(), "found": report.found,
                 "processed": report.processed, "seconds": round(report.seconds, 3)}
        row = session.get(ServiceStateRow, key)
        if row is None:
            session.add(ServiceStateRow(key=key, value=value))
        else:
            row.value = value


class MailboxWorker:
    """Polls one mailbox: on a schedule (poll mode) or on IDLE notifications (idle mode)."""

    def __init__(self, app: App, rt: MailboxRuntime, stop: threading.Event):
        self.app, self.rt, self.stop = app, rt, stop
        self.poller = Poller(app, rt, should_stop=stop.is_set)
        self.backoff = Backoff(f"mailbox {rt.name}")
        self.lock = MailboxLock(app, rt.name)
        self.retry_at = 0.0
        self._checked = 0.0

    def _hold_lock(self) -> bool:
        if self.lock.acquire():
            self.app.locks[self.rt.name] = self.lock
            return True
        self.poller.close()  # another worker has it: drop our connection
        return False

    def poll(self) -> bool:
        """One guarded poll; False when it failed or another worker holds the mailbox."""
        if time.monotonic() < self.retry_at or not self._hold_lock():
            return False
        try:
            report = self.poller.poll()
        except MailbotError as exc:
            self.retry_at = time.monotonic() + self.backoff.failed(str(exc))
            return False
        except Exception as exc:  # the service must outlive any one failure
            log.exception("unexpected error polling %s", self.rt.name)
            self.retry_at = time.monotonic() + self.backoff.failed(repr(exc))
            return False
        self.backoff.ok()
        record_poll(self.app, report)
        if report.found:
            log.info("poll of %s: %d new, %d processed, %d failed, %d moved, %d sent (%.2fs)",
                     self.rt.name, report.found, report.processed, report.failed, report.moved,
                     report.sent, report.seconds)
        return True

    def process(self) -> None:
        """Take whatever recorded messages of this mailbox no other worker is processing."""
        if self.lock.held:
            return  # the poller processes as part of its polls
        report = process_available(self.app, self.rt, should_stop=self.stop.is_set)
        if report.processed:
            log.info("processed %d message(s) of %s recorded by the poller", report.processed,
                     self.rt.name)

    def work_waiting(self) -> bool:
        """Messages processed by other workers wait to be moved, or recorded ones to be
        processed: worth ending an IDLE early (checked every few seconds)."""
        now = time.monotonic()
        if now - self._checked < 2.0:
            return False
        self._checked = now
        with self.app.db.session(readonly=True) as session:
            return inbound.work_waiting(session, self.rt.name)

    def _idle_over(self) -> bool:
        """End an IDLE early: stopping, or (PostgreSQL) other workers left work to file."""
        return self.stop.is_set() or (self.app.db.is_postgres and self.work_waiting())

    def idle_loop(self) -> None:
        """IDLE push: poll at start and after every reconnect, then on each notification."""
        imap_cfg = self.rt.config.imap
        assert imap_cfg is not None
        while not self.stop.is_set():
            if not self.poll():
                self.stop.wait(max(0.5, self.retry_at - time.monotonic())
                               if self.retry_at else 2.0)
                continue
            try:
                imap = self.poller.connect()
                if not imap.has_idle():
                    log.warning("%s: server lacks IDLE, polling every %ss", self.rt.name,
                                imap_cfg.poll_interval_seconds)
                    self.stop.wait(imap_cfg.poll_interval_seconds)
                    continue
                if self.poller.new_mail_waiting():
                    continue  # mail came in while we polled: IDLE would not announce it
                imap.idle_until(imap_cfg.idle_timeout_seconds, self._idle_over)
            except MailbotError as exc:
                self.poller.close()
                self.retry_at = time.monotonic() + self.backoff.failed(str(exc))

    def close(self) -> None:
        self.poller.close()
        self.lock.release()
        self.app.locks.pop(self.rt.name, None)


class Service:
    def __init__(self, app: App):
        self.app = app
        self.stop = threading.Event()
        self.workers = [MailboxWorker(app, rt, self.stop) for rt in app.runtimes()
                        if rt.config.imap is not None]
        self.threads: list[threading.Thread] = []
        self.scheduler = BackgroundScheduler(job_defaults=JOB_DEFAULTS, timezone="UTC")
        self.send_backoff = Backoff("outbox delivery")

    def _job(self, name: str, fn: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            if self.stop.is_set():
                return
            try:
                fn()
            except Exception:  # logged; the next run tries again
                log.exception("job %s failed", name)
        return run

    def deliver_all(self) -> None:
        busy = {w.rt.name for w in self.workers if w.poller.sender is not None}
        for rt in self.app.runtimes():
            d = deliverer(self.app, rt)
            if d is None or self.stop.is_set() or rt.name in busy:
                continue  # (a backlog poll in this process has its own sender process)
            try:
                report = d.deliver()
            except MailbotError as exc:
                self.send_backoff.failed(str(exc))
                continue
            if report.unavailable:
                self.send_backoff.failed(report.unavailable)
            else:
                self.send_backoff.ok()
            if report.sent or report.failed:
                log.info("outbox %s: %d sent, %d deferred, %d failed", rt.name, report.sent,
                         report.deferred, report.failed)

    def start(self) -> None:
        svc = self.app.config.service
        for worker in self.workers:
            imap = worker.rt.config.imap
            assert imap is not None
            if imap.mode == "idle":
                thread = threading.Thread(target=worker.idle_loop, name=f"idle-{worker.rt.name}",
                                          daemon=True)
                thread.start()
                self.threads.append(thread)
            else:
                self.scheduler.add_job(self._job(f"poll {worker.rt.name}", worker.poll),
                                       "interval", seconds=imap.poll_interval_seconds,
                                       id=f"poll:{worker.rt.name}", next_run_time=_now())
            if self.app.db.is_postgres:
                # Workers that do not poll a mailbox still process its recorded messages.
                self.scheduler.add_job(self._job(f"process {worker.rt.name}", worker.process),
                                       "interval", seconds=min(imap.poll_interval_seconds, 1.0),
                                       id=f"process:{worker.rt.name}", next_run_time=_now())
        self.scheduler.add_job(self._job("outbox", self.deliver_all), "interval",
                               seconds=svc.outbox_interval_seconds, id="outbox",
                               next_run_time=_now())
        self.scheduler.add_job(self._job("verification expiry",
                                         lambda: expire_verifications(self.app)),
                               "interval", minutes=5, id="expire", next_run_time=_now())
        self.scheduler.add_job(self._job("refund reminders", lambda: refund_reminders(self.app)),
                               "interval", hours=24, id="refunds", next_run_time=_now())
        self.scheduler.add_job(self._job("retention", lambda: purge_raw(self.app)),
                               "interval", hours=24, id="retention", next_run_time=_now())
        self.scheduler.start()
        with self.app.db.session() as session:
            case_store.audit(session, "mailbot", "service_started",
                             mailboxes=[w.rt.name for w in self.workers])
        if not self.app.config.security.sender_checks:
            log.warning("sender addresses are unauthenticated: with neither [security] "
                        "trusted_authserv_id nor verify_dkim set, anyone can forge the From "
                        "address of an account's owner (SPEC §9); set one of them")
        log.info("mailbot running: %s", ", ".join(
            f"{w.rt.name} ({w.rt.config.imap.mode if w.rt.config.imap else '-'})"
            for w in self.workers) or "no mailboxes")

    def shutdown(self) -> None:
        self.stop.set()
        self.scheduler.shutdown(wait=True)
        for thread in self.threads:
            thread.join(timeout=8)
        for worker in self.workers:
            worker.close()
        log.info("mailbot stopped")


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def run(app: App) -> int:
    """Run until SIGTERM or SIGINT; returns the exit code. SIGUSR1 prints every thread's
    stack to stderr (to see what a busy or stuck service is doing)."""
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    service = Service(app)
    signals = (signal.SIGTERM, signal.SIGINT)
    previous = {s: signal.signal(s, lambda *_: service.stop.set()) for s in signals}
    try:
        service.start()
        while not service.stop.wait(1.0):
            pass
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        service.shutdown()
    return 0
