"""One poll of one mailbox: fetch new UIDs → record (commit) → process (commit) → file → send.

Persist before acting: a message's raw bytes and the checkpoint advance are
committed before it is processed; its decision and replies are committed
before the mailbox is changed or anything is sent. Killed at any point, the
next poll finishes the work without repeating any of it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from mailbot import rawmail
from mailbot.app import App, MailboxRuntime
from mailbot.errors import ConfigError, MailboxError
from mailbot.flags import Flag
from mailbot.flow.batch import ProcessReport, process_available
from mailbot.flow.deliver import BACKLOG, SenderProcess
from mailbot.flow.file import Filer
from mailbot.locks import mailbox_lock
from mailbot.mailbox import (
    FolderState,
    ImapMailbox,
    MessageMeta,
    batches,
    chunks,
)
from mailbot.mailer import DeliveryReport
from mailbot.reports import add_up
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store.models import MessageRow

log = logging.getLogger("mailbot.flow.poll")
Progress = Callable[[str], None]


@dataclass
class PollReport:
    mailbox: str
    found: int = 0
    recorded: int = 0
    redelivered: int = 0
    oversize: int = 0
    processed: int = 0
    failed: int = 0
    moved: int = 0
    sent: int = 0
    deferred: int = 0
    send_failed: int = 0
    smtp_unavailable: str | None = None
    uidvalidity_changed: bool = False
    move_method: str | None = None  # move | copy+expunge | copy+flag
    move_error: str | None = None  # the server refused to file processed mail away
    skipped: str | None = None  # another worker holds this mailbox
    outcomes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add_processing(self, report: ProcessReport) -> None:
        add_up(self, report)  # processed, failed, outcomes: the same names

    def add_delivery(self, report: DeliveryReport) -> None:
        self.sent += report.sent
        self.deferred += report.deferred
        self.send_failed += report.failed + report.unknown  # both wait for a person
        self.smtp_unavailable = report.unavailable or self.smtp_unavailable


class Poller:
    """Polls one mailbox over one IMAP connection; reusable across polls (IDLE, service)."""

    def __init__(self, app: App, rt: MailboxRuntime, progress: Progress | None = None,
                 should_stop: Callable[[], bool] = lambda: False):
        if rt.config.imap is None:
            raise ConfigError(f"mailbox {rt.name!r} has no [imap] section", path=app.config.source,
                              key="imap")
        self.app = app
        self.rt = rt
        self.imap_config = rt.config.imap
        self.progress = progress or (lambda _msg: None)
        self.should_stop = should_stop
        self.imap: ImapMailbox | None = None
        self.deliverer = app.deliverer(rt)
        self.sender: SenderProcess | None = None
        self.deliver_now = True
        # Deliver after a poll that found nothing? `poll --once` does (it is the only
        # sender); the service leaves that to its outbox job.
        self.deliver_when_quiet = True
        self.filer = Filer(app.db, rt.name, rt.config.imap)
        self._fetch_stop = False  # a backlog's fetching thread is to stop

    def connect(self) -> ImapMailbox:
        if self.imap is None:
            cfg = self.imap_config
            self.imap = ImapMailbox(cfg, cfg.secret("imap")).connect()
            self.filer.reconnected()
        return self.imap

    def close(self) -> None:
        if self.imap is not None:
            self.imap.close()
            self.imap = None

    def poll(self, *, deliver: bool = True) -> PollReport:
        started = time.perf_counter()
        self.deliver_now = deliver
        report = PollReport(self.rt.name)
        with mailbox_lock(self.app.db, self.app.locks, self.rt.name) as held:
            if not held:
                report.skipped = "another worker is polling this mailbox"
                return report
            self.sender = None
            failure: MailboxError | None = None
            try:
                self._poll(report)
            except MailboxError as exc:
                self.close()  # a half-read connection is never reused
                failure = exc
            except BaseException:
                self.close()
                raise
            finally:
                if self.sender is not None:
                    report.add_delivery(self.sender.finish())
                    self.sender = None
            # Replies that processing committed go out even when the mailbox failed after
            # (a refused move, a dropped connection): the decision is made, the customer
            # is owed the answer; the move is retried by the next poll.
            if deliver and self.deliverer is not None and (
                    self.deliver_when_quiet or report.found or report.processed):
                report.add_delivery(self.deliverer.deliver())
            if failure is not None:
                raise failure
        report.seconds = time.perf_counter() - started
        return report

    def _poll(self, report: PollReport) -> None:
        imap = self.connect()
        cfg = self.imap_config
        # SELECT once per connection; afterwards NOOP and UID SEARCH in the selected state
        # (never STATUS on the selected folder: servers answer it from a stale view).
        state = imap.open(cfg.folder)
        last_uid = self._checkpoint(state, report)
        uids = imap.uids_after(last_uid)
        if not uids and not self.work_left():
            return
        self._settle(imap, state, report)  # work left by an interrupted run
        if not uids:
            return
        report.found = len(uids)
        if len(uids) >= BACKLOG and self.deliverer is not None and self.deliver_now:
            self.sender = SenderProcess(self.app, self.rt.name)
        self.progress(f"{self.rt.name}: {len(uids)} new message(s) in {cfg.folder}")
        if len(uids) > cfg.batch_size:
            self._overlapped(imap, state, uids, report)
        else:
            self._record_all(imap, state, uids, report)
        self._settle(imap, state, report)
        if len(uids) > cfg.batch_size:
            self.progress(f"{self.rt.name}: {report.processed} processed, {report.moved} moved")
        if report.uidvalidity_changed:
            with self.app.db.session() as session:
                lost = inbound.stale_moves(session, self.rt.name, cfg.folder, state.uidvalidity)
                if lost:
                    log.warning("%d message(s) to be moved were not found after the "
                                "UIDVALIDITY change", lost)

    def _record_all(self, imap: ImapMailbox, state: FolderState, uids: list[int],
                    report: PollReport, after_batch: Callable[[], None] = lambda: None) -> None:
        """Fetch and record the new messages batch by batch (raw bytes and checkpoint in one
        commit each). Sizes and dates are fetched per batch too: memory stays flat however
        large the backlog."""
        cfg = self.imap_config
        done = 0
        for chunk in chunks(uids, cfg.batch_size):
            if self.should_stop() or self._fetch_stop:
                break
            parts = list(batches(imap.fetch_meta(chunk), cfg.batch_size)) or [[]]
            for n, batch in enumerate(parts):
                # The last part's checkpoint covers UIDs that vanished since the SEARCH.
                last = max(chunk) if n == len(parts) - 1 else batch[-1].uid
                self._record(imap, state, batch, last, report)
                after_batch()
            done += len(chunk)
            if len(uids) > len(chunk):
                self.progress(f"{self.rt.name}: {done}/{len(uids)} recorded")

    def _overlapped(self, imap: ImapMailbox, state: FolderState, uids: list[int],
                    report: PollReport) -> None:
        """A backlog: a second thread fetches and records batch after batch, and files away
        what is decided meanwhile, while this thread decides what is recorded; the sender
        process sends what is decided. IMAP round trips, decisions and SMTP overlap. Only
        the fetching thread uses the IMAP connection until it is done. On PostgreSQL other
        workers take shards of what is recorded as it comes."""
        recorded = threading.Event()
        finished = threading.Event()
        failure: list[BaseException] = []

        def after_batch() -> None:
            recorded.set()
            self._move(imap, state, report)

        def fetch() -> None:
            try:
                self._record_all(imap, state, uids, report, after_batch)
            except BaseException as exc:  # re-raised by the deciding thread
                failure.append(exc)
            finally:
                finished.set()
                recorded.set()

        self._fetch_stop = False
        thread = threading.Thread(target=fetch, name="mailbot-fetch", daemon=True)
        thread.start()
        try:
            while not self.should_stop() and not failure:
                recorded.clear()
                done = process_available(self.app.chain_context(), self.rt, on_commit=self._nudge,
                                         should_stop=lambda: self.should_stop() or bool(failure))
                report.add_processing(done)
                if done.processed + done.failed == 0:
                    if finished.is_set():
                        break
                    recorded.wait()
        finally:
            self._fetch_stop = True  # (only matters when this thread stops early)
            thread.join()
            self._fetch_stop = False
        if failure:
            raise failure[0]

    def work_left(self) -> bool:
        """Messages recorded but not processed, or processed but not filed away."""
        with self.app.db.session(readonly=True) as session:
            return inbound.work_waiting(session, self.rt.name)

    def new_mail_waiting(self) -> bool:
        """Has mail arrived above the checkpoint since the last poll (e.g. during it)?
        Asked in the selected state: NOOP, then UID SEARCH."""
        imap = self.connect()
        state = imap.open(self.imap_config.folder)
        with self.app.db.session(readonly=True) as session:
            cp = inbound.checkpoint(session, self.rt.name, self.imap_config.folder)
        if cp is None or cp.uidvalidity != state.uidvalidity:
            return True
        return bool(imap.uids_after(cp.last_uid))

    def _checkpoint(self, state: FolderState, report: PollReport) -> int:
        folder = self.imap_config.folder
        with self.app.db.session() as session:
            cp = inbound.checkpoint(session, self.rt.name, folder)
            if cp is None:
                inbound.save_checkpoint(session, self.rt.name, folder, state.uidvalidity, 0)
                return 0
            if cp.uidvalidity != state.uidvalidity:
                log.warning("UIDVALIDITY of %s changed (%s -> %s): rescanning, known messages "
                            "are recognised by Message-ID and content", folder, cp.uidvalidity,
                            state.uidvalidity)
                case_store.audit(session, "mailbot", "uidvalidity_changed", folder=folder,
                                 old=cp.uidvalidity, new=state.uidvalidity)
                cp.uidvalidity, cp.last_uid = state.uidvalidity, 0
                report.uidvalidity_changed = True
                return 0
            return cp.last_uid

    def _record(self, imap: ImapMailbox, state: FolderState, batch: list[MessageMeta],
                last_uid: int, report: PollReport) -> None:
        """Write the batch's raw messages and the checkpoint advance in one commit."""
        cfg = self.imap_config
        small = [m for m in batch if m.size <= cfg.max_message_bytes]
        big = [m for m in batch if m.size > cfg.max_message_bytes]
        fetched = imap.fetch([m.uid for m in small]) if small else []
        headers = imap.fetch_headers([m.uid for m in big]) if big else {}
        now = self.app.clock()
        with self.app.db.session() as session:
            keyed = [(rawmail.message_id(m.raw), inbound.raw_hash(m.raw), m) for m in fetched]
            known = inbound.known_pairs(session, self.rt.name, [mid for mid, _s, _m in keyed])
            new_rows: dict[tuple[str, str], dict[str, object]] = {}
            for message_id, sha, msg in keyed:
                same = known.get((message_id, sha))
                if same is not None:  # seen before (a re-delivery, or a UIDVALIDITY rescan)
                    same.folder, same.uidvalidity, same.uid = cfg.folder, state.uidvalidity, msg.uid
                    if same.mailbox_state == "moved":
                        same.mailbox_state = "move"
                    report.redelivered += 1
                    continue
                sender = rawmail.sender(msg.raw)
                new_rows.setdefault((message_id, sha), dict(
                    mailbox=self.rt.name, source="imap", folder=cfg.folder,
                    uidvalidity=state.uidvalidity, uid=msg.uid, message_id=message_id,
                    raw_sha256=sha, raw=msg.raw, size=len(msg.raw), received_at=msg.internaldate,
                    status="received", shard=rawmail.shard_of(sender), attempts=0,
                    mailbox_state="keep", flags=[], asks_refund=False, sender=sender,
                    subject="", created_at=now))
            if new_rows:
                inbound.insert_many(session, list(new_rows.values()))
                report.recorded += len(new_rows)
            for meta in big:
                self._record_oversize(session, state, meta, headers.get(meta.uid, b""), report)
            inbound.save_checkpoint(session, self.rt.name, cfg.folder, state.uidvalidity,
                                    last_uid)

    def _record_oversize(self, session: Session, state: FolderState, meta: MessageMeta,
                         header: bytes, report: PollReport) -> None:
        message_id = rawmail.message_id(header)
        sha = inbound.raw_hash(b"oversize:%d:%d:%s" % (state.uidvalidity, meta.uid,
                                                       message_id.encode()))
        if inbound.find_same(session, self.rt.name, message_id, sha) is not None:
            return
        now = self.app.clock()
        row = MessageRow(
            mailbox=self.rt.name, source="imap", folder=self.imap_config.folder,
            uidvalidity=state.uidvalidity, uid=meta.uid, message_id=message_id, raw_sha256=sha,
            raw=None, size=meta.size, received_at=meta.internaldate, status="oversize",
            outcome="flagged", flags=[Flag.OVERSIZE], rule="oversize", created_at=now,
            processed_at=now,
            error=f"{meta.size} bytes, over imap.max_message_bytes "
                  f"({self.imap_config.max_message_bytes}); not read",
        )
        session.add(row)
        session.flush()
        case_store.audit(session, "mailbot", "message_oversize", message_id=row.id, size=meta.size)
        report.oversize += 1

    def _settle(self, imap: ImapMailbox, state: FolderState, report: PollReport) -> None:
        """Process what is recorded, then move and send what processing committed."""
        report.add_processing(process_available(self.app.chain_context(), self.rt,
                                                should_stop=self.should_stop,
                                                on_commit=self._nudge))
        self._move(imap, state, report)

    def _nudge(self) -> None:
        if self.sender is not None:
            self.sender.nudge()

    def _move(self, imap: ImapMailbox, state: FolderState, report: PollReport) -> None:
        """The *file* step (mailbot.flow.file), its result added to the poll's report."""
        filed = self.filer.file(imap, state)
        report.moved += filed.moved
        report.move_method = filed.method or report.move_method
        report.move_error = filed.error or report.move_error


def poll_once(app: App, rt: MailboxRuntime, progress: Progress | None = None) -> PollReport:
    poller = Poller(app, rt, progress)
    try:
        return poller.poll()
    finally:
        poller.close()
