"""One mailbox in ``mailbot run``: its polls and IDLE waits, as steps on the reactor.

A step (poll; in idle mode also entering IDLE) runs on the reactor's pool; between
steps the mailbox costs nothing: its IDLE socket waits on the one selector, or a
timer waits for the next poll, the backoff after a failure or the re-issue of IDLE
(at most every 29 minutes). A mailbox never has two steps running at once. Any
IMAP failure closes the connection and retries with exponential backoff and jitter,
logged once per change of state.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from mailbot.app import App, MailboxRuntime
from mailbot.backoff import Backoff
from mailbot.errors import MailbotError
from mailbot.flow.poll import Poller, PollReport
from mailbot.locks import LockConnection, MailboxLock
from mailbot.reactor import Reactor, Timer
from mailbot.store.db import Database, describe_db_error
from mailbot.store.models import ServiceStateRow

log = logging.getLogger("mailbot.service")
Next = float | socket.socket  # wait this many seconds, or until this IDLE socket is readable
Step = Callable[[], Next]
BUSY_RETRY = 2.0  # another process holds the mailbox: look again after this long
WORK_RECHECK = 2.0  # other workers process this mailbox's messages: file them this often


def record_poll(db: Database, report: PollReport, now: datetime) -> None:
    """Remember the last successful poll per mailbox, done ``now`` (health, dashboard)."""
    with db.session() as session:
        key = f"last_poll:{report.mailbox}"
        value = {"at": now.isoformat(), "found": report.found,
                 "processed": report.processed, "seconds": round(report.seconds, 3)}
        row = session.get(ServiceStateRow, key)
        if row is None:
            session.add(ServiceStateRow(key=key, value=value))
        else:
            row.value = value


class MailboxWorker:
    """Polls one mailbox: on a timer (poll mode) or when IDLE reports news (idle mode)."""

    def __init__(self, app: App, rt: MailboxRuntime, stop: threading.Event, reactor: Reactor,
                 shared: LockConnection | None = None):
        assert rt.config.imap is not None
        self.app, self.rt, self.stop, self.reactor = app, rt, stop, reactor
        self.imap_cfg = rt.config.imap
        self.poller = Poller(app, rt, should_stop=self.stopping)
        self.poller.deliver_when_quiet = False  # the service's outbox job sends the rest
        self.backoff = Backoff(f"mailbox {rt.name}")
        self.lock = MailboxLock(app.db, rt.name, shared=shared)
        self.retry_at = 0.0
        self.retired = False  # removed from the configuration, or handed to another worker
        self.closed = threading.Event()
        self._stepping = threading.Lock()  # held while a step (or close) runs
        self._warned_no_idle = False
        self._deadline = 0.0  # when the IDLE in progress is re-issued
        # Touched on the reactor's thread only:
        self._busy = False
        self._timer: Timer | None = None
        self._socket: socket.socket | None = None

    @property
    def name(self) -> str:
        return self.rt.name

    def stopping(self) -> bool:
        return self.stop.is_set() or self.retired

    # --- from any thread ---------------------------------------------------------------------
    def start(self) -> None:
        self.reactor.call_soon(lambda: self._run(self._cycle))

    def retire(self) -> None:
        """Stop polling: finish the step in hand, leave IDLE, log out, release the mailbox."""
        self.retired = True
        self.reactor.call_soon(self._retired)

    # --- on the reactor's thread -------------------------------------------------------------
    def _run(self, step: Step) -> None:
        if self._busy or self.stop.is_set():
            return
        if self.retired:
            self._retired()
            return
        self._cancel_waits()
        self._busy = True
        self.reactor.submit(lambda: self._step(step))

    def _then(self, nxt: Next) -> None:
        self._busy = False
        if self.stop.is_set():
            return
        if self.retired:
            self._retired()
            return
        if isinstance(nxt, socket.socket):
            self._timer = self.reactor.call_later(self._deadline - time.monotonic(),
                                                  lambda: self._run(self._wake))
            self._socket = nxt
            self.reactor.watch_now(nxt, self._readable)
        else:
            self._timer = self.reactor.call_later(nxt, lambda: self._run(self._cycle))

    def _readable(self) -> None:
        self._socket = None  # (the reactor stopped watching it)
        self._run(self._news)

    def _retired(self) -> None:
        self._cancel_waits()
        if not self._busy and not self.closed.is_set():
            self._busy = True
            self.reactor.submit(self.close)

    def _cancel_waits(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._socket is not None:
            self.reactor.forget(self._socket)
            self._socket = None

    # --- steps, on the pool ------------------------------------------------------------------
    def _step(self, step: Step) -> None:
        with self._stepping:
            try:
                nxt = step()
            except MailbotError as exc:
                nxt = self._failed(str(exc))
            except Exception as exc:  # the service must outlive any one failure
                log.exception("unexpected error in mailbox %s", self.name)
                nxt = self._failed(repr(exc))
        self.reactor.call_soon(lambda: self._then(nxt))

    def _failed(self, error: str) -> float:
        self.poller.close()  # a half-read connection is never reused
        self.retry_at = time.monotonic() + self.backoff.failed(error)
        return max(0.5, self.retry_at - time.monotonic())

    def _cycle(self) -> Next:
        """Poll; in idle mode then enter IDLE. Returns what to wait for next."""
        if self.stopping():
            return 0.0
        if not self.poll():
            if not self.lock.held:
                return BUSY_RETRY
            return max(0.5, self.retry_at - time.monotonic())
        cfg = self.imap_cfg
        if self.app.db.is_postgres and self.poller.work_left():
            return min(WORK_RECHECK, cfg.poll_interval_seconds)
        if cfg.mode == "poll":
            return cfg.poll_interval_seconds
        imap = self.poller.connect()
        if not imap.has_idle():
            if not self._warned_no_idle:
                log.warning("%s: server lacks IDLE, polling every %ss", self.name,
                            cfg.poll_interval_seconds)
                self._warned_no_idle = True
            return cfg.poll_interval_seconds
        if self.poller.new_mail_waiting():
            return 0.0  # mail came in while we polled: IDLE would not announce it
        imap.idle_start()
        self._deadline = time.monotonic() + cfg.idle_timeout_seconds
        return self._news() if imap.idle_pending() else imap.idle_socket

    def _news(self) -> Next:
        """The IDLE socket is readable: new mail means a poll, anything else more waiting."""
        imap = self.poller.imap
        if imap is None or not imap.idling:
            return self._cycle()
        if imap.idle_read() or time.monotonic() >= self._deadline:
            imap.idle_done()
            return self._cycle()
        return imap.idle_socket

    def _wake(self) -> Next:
        """Time to re-issue IDLE: leave it, then poll."""
        imap = self.poller.imap
        if imap is not None and imap.idling:
            imap.idle_done()
        return self._cycle()

    def _hold_lock(self) -> bool:
        if self.lock.acquire():
            self.app.locks.hold(self.name, self.lock)
            return True
        self.poller.close()  # another worker has it: drop our connection
        return False

    def poll(self) -> bool:
        """One guarded poll; False when it failed or another worker holds the mailbox."""
        if time.monotonic() < self.retry_at:
            return False
        try:
            if not self._hold_lock():
                return False
        except SQLAlchemyError as exc:  # the database is away: like any outage, retried
            self.retry_at = time.monotonic() + self.backoff.failed(
                describe_db_error(exc, self.app.db.url))
            return False
        try:
            report = self.poller.poll()
        except MailbotError as exc:
            self.poller.close()
            self.retry_at = time.monotonic() + self.backoff.failed(str(exc))
            return False
        except Exception as exc:  # the service must outlive any one failure
            log.exception("unexpected error polling %s", self.name)
            self.poller.close()
            self.retry_at = time.monotonic() + self.backoff.failed(repr(exc))
            return False
        self.backoff.ok()
        record_poll(self.app.db, report, self.app.clock())
        if report.found:
            log.info("poll of %s: %d new, %d processed, %d failed, %d moved, %d sent (%.2fs)",
                     self.name, report.found, report.processed, report.failed, report.moved,
                     report.sent, report.seconds)
        return True

    def close(self) -> None:
        """Leave IDLE, log out and release the mailbox (after the step in hand)."""
        with self._stepping:
            self._close()

    def close_if_quiet(self) -> None:
        """At shutdown: close unless a step is still stuck (its process ends anyway)."""
        if self._stepping.acquire(blocking=False):
            try:
                self._close()
            finally:
                self._stepping.release()

    def _close(self) -> None:
        try:
            self.poller.close()
        finally:
            self.lock.release()
            self.app.locks.forget(self.name, self.lock)
            self.closed.set()
