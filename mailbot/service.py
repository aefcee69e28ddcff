"""``mailbot run``: every mailbox polled or pushed (IMAP IDLE), outbox delivery, upkeep, clean stop.

Mailboxes wait on one reactor (mailbot.reactor): all IDLE sockets and poll timers
on one selector, the polls themselves on a small bounded pool (mailbot.worker).
APScheduler runs the service-wide periodic jobs (coalesced, one instance each):
outbox delivery, on PostgreSQL processing what other workers recorded, upkeep.
Each asks the database once which mailboxes have work, not each mailbox in turn.
SIGTERM/SIGINT: the message in hand is finished, connections are closed, exit 0.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.exc import SQLAlchemyError

from mailbot.app import App, MailboxRuntime
from mailbot.backoff import Backoff
from mailbot.errors import MailbotError
from mailbot.flow.batch import process_available
from mailbot.locks import LockConnection
from mailbot.maintenance import expire_verifications, purge_raw, refund_reminders
from mailbot.reactor import Reactor
from mailbot.sharing import Sharing
from mailbot.store import cases as case_store
from mailbot.store import mailboxes as mailbox_store
from mailbot.store.db import describe_db_error
from mailbot.worker import MailboxWorker

log = logging.getLogger("mailbot.service")
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}
STOP_SECONDS = 8.0  # at SIGTERM, how long the work in hand and the logouts may take in all
LOGOUT_SECONDS = 2.0  # ... of which the logouts get at least this


class Service:
    def __init__(self, app: App):
        self.app = app
        self.stop = threading.Event()
        self.reactor = Reactor(app.config.service.threads)
        self.workers: dict[str, MailboxWorker] = {}
        self.scheduler = BackgroundScheduler(job_defaults=JOB_DEFAULTS, timezone="UTC")
        self.send_backoff = Backoff("outbox delivery")
        self.started = False
        # PostgreSQL: this worker's share of the mailboxes, their locks on one connection.
        postgres = app.db.is_postgres
        self.sharing = Sharing(app.db, app.sender) if postgres else None
        self.lock_conn = LockConnection(app.db) if postgres else None

    def _job(self, name: str, fn: Callable[[], Any]) -> Callable[[], None]:
        backoff = Backoff(f"job {name}")

        def run() -> None:
            if self.stop.is_set():
                return
            try:
                fn()
            except SQLAlchemyError as exc:  # the database is away: one line per change
                backoff.failed(describe_db_error(exc, self.app.db.url))
                return
            except Exception:  # logged; the next run tries again
                log.exception("job %s failed", name)
                return
            backoff.ok()
        return run

    # --- mailboxes ---------------------------------------------------------------------------
    def add(self, rt: MailboxRuntime) -> MailboxWorker:
        worker = MailboxWorker(self.app, rt, self.stop, self.reactor, shared=self.lock_conn)
        self.workers[rt.name] = worker
        worker.start()
        return worker

    def remove(self, name: str) -> None:
        worker = self.workers.pop(name, None)
        if worker is not None:
            worker.retire()

    def reconcile(self) -> None:
        """Start, restart or stop mailbox workers to match the mailboxes there are now (the
        database's are re-read: added, changed or removed since the last look) and, on
        PostgreSQL, this worker's share of them (mailbot.sharing)."""
        changed = self.app.reload_mailboxes()
        wanted = {rt.name: rt for rt in self.app.runtimes() if rt.config.imap is not None}
        if self.sharing is not None:
            held = [name for name, w in list(self.workers.items()) if w.lock.held]
            self.sharing.refresh(wanted, held)
            wanted = {name: rt for name, rt in wanted.items() if self.sharing.mine(name)}
        for name in [n for n in self.workers if n not in wanted or n in changed]:
            self.remove(name)
            if name not in wanted:
                log.info("mailbox %s: no longer polled here", name)
        for name, rt in wanted.items():
            if name not in self.workers:
                self.add(rt)
                if self.started:
                    log.info("mailbox %s: polled from now on (%s mode)", name,
                             self.workers[name].imap_cfg.mode)

    # --- service-wide jobs -------------------------------------------------------------------
    def _refund_reminders(self) -> int:
        return refund_reminders(self.app.db, self.app.runtime().policy.zone, self.app.clock())

    def _purge_raw(self) -> int:
        return purge_raw(self.app.db, self.app.config.retention, self.app.clock())

    def deliver_all(self) -> None:
        """Deliver the replies due in every mailbox that has some."""
        with self.app.db.session(readonly=True) as session:
            due = mailbox_store.with_replies_due(session, self.app.clock(),
                                                 self.app.sender.token)
        busy = {name for name, w in list(self.workers.items()) if w.poller.sender is not None}
        for name in due:
            rt = self.app.find_runtime(name)
            d = self.app.deliverer(rt) if rt is not None else None
            if d is None or self.stop.is_set() or name in busy:
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
                log.info("outbox %s: %d sent, %d deferred, %d failed", name, report.sent,
                         report.deferred, report.failed)

    def process_others(self) -> None:
        """PostgreSQL: process what other workers recorded in mailboxes this one does not
        poll (a backlog is shared out by shards)."""
        with self.app.db.session(readonly=True) as session:
            waiting = mailbox_store.with_messages_received(session)
        for name in waiting:
            worker = self.workers.get(name)
            rt = self.app.find_runtime(name)
            if self.stop.is_set() or rt is None or (worker is not None and worker.lock.held):
                continue  # the poller processes its own mailbox as part of its polls
            report = process_available(self.app.chain_context(), rt, should_stop=self.stop.is_set)
            if report.processed:
                log.info("processed %d message(s) of %s recorded by another worker",
                         report.processed, name)

    # --- start and stop ----------------------------------------------------------------------
    def start(self) -> None:
        svc = self.app.config.service
        self.reactor.start()
        self.reconcile()
        self.started = True
        self.scheduler.add_job(self._job("mailboxes", self.reconcile), "interval",
                               seconds=svc.mailboxes_refresh_seconds, id="mailboxes")
        if self.app.db.is_postgres:
            self.scheduler.add_job(self._job("process", self.process_others), "interval",
                                   seconds=1.0, id="process", next_run_time=_now())
        self.scheduler.add_job(self._job("outbox", self.deliver_all), "interval",
                               seconds=svc.outbox_interval_seconds, id="outbox",
                               next_run_time=_now())
        self.scheduler.add_job(self._job("verification expiry",
                                         lambda: expire_verifications(self.app.chain_context())),
                               "interval", minutes=5, id="expire", next_run_time=_now())
        self.scheduler.add_job(self._job("refund reminders", self._refund_reminders),
                               "interval", hours=24, id="refunds", next_run_time=_now())
        self.scheduler.add_job(self._job("retention", self._purge_raw),
                               "interval", hours=24, id="retention", next_run_time=_now())
        self.scheduler.start()
        with self.app.db.session() as session:
            case_store.audit(session, "mailbot", "service_started",
                             mailboxes=sorted(self.workers))
        if not self.app.config.security.sender_checks:
            log.warning("sender addresses are unauthenticated: with neither [security] "
                        "trusted_authserv_id nor verify_dkim set, anyone can forge the From "
                        "address of an account's owner (SPEC §9); set one of them")
        log.info("mailbot running: %s", _describe(self.workers.values()))

    def shutdown(self) -> None:
        self.stop.set()
        self.scheduler.shutdown(wait=True)
        if self.sharing is not None:
            with contextlib.suppress(Exception):  # a dead worker is forgotten by the others
                self.sharing.leave()
        # One deadline for the whole stop (a service manager's patience is finite): the work
        # in hand finishes its message, then every mailbox leaves IDLE and logs out.
        deadline = time.monotonic() + STOP_SECONDS
        self.reactor.stop()  # no more waiting; steps in hand finish their message
        self.reactor.wait_idle(max(0.0, deadline - time.monotonic()))
        for worker in self.workers.values():
            self.reactor.submit(worker.close_if_quiet)
        if not self.reactor.close(max(LOGOUT_SECONDS, deadline - time.monotonic())):
            log.warning("stopped with work still running after %.0f s", STOP_SECONDS)
        if self.lock_conn is not None:
            self.lock_conn.close()
        log.info("mailbot stopped")


def _describe(workers: Any) -> str:
    names = [f"{w.name} ({w.imap_cfg.mode})" for w in workers]
    if len(names) > 20:
        return f"{len(names)} mailboxes: {', '.join(names[:20])}, ..."
    return ", ".join(names) or "no mailboxes"


def _now() -> datetime:
    return datetime.now(UTC)


def run(app: App) -> int:
    """Run until SIGTERM or SIGINT; returns the exit code. SIGUSR1 prints every thread's
    stack to stderr (to see what a busy or stuck service is doing)."""
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    service = Service(app)
    # The handler only writes a byte (it takes no lock a thread it interrupted may hold);
    # this thread sleeps in read() until then.
    wake_r, wake_w = os.pipe()
    signals = (signal.SIGTERM, signal.SIGINT)
    previous = {s: signal.signal(s, lambda *_: os.write(wake_w, b"!")) for s in signals}
    try:
        service.start()
        os.read(wake_r, 1)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        service.shutdown()
        os.close(wake_r)
        os.close(wake_w)
    return 0
