"""Processing recorded messages in batches: read, prefetch, decide in short chunks.

What the chain's steps look up (accounts, open cases, reply counts) is fetched
for a whole batch at once and kept current in memory. Messages are read without
holding a write transaction, then decided and written in chunks. If a message
raises, its chunk is rolled back and the rest is done again with a savepoint per
message, so only that one is recorded as failed. On PostgreSQL several workers
process one mailbox at once, each taking shards (a sender's messages share a
shard, so they stay in order); two requests for one account from different
senders are serialised by a lock on the account.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mailbot.app import ChainContext, MailboxRuntime
from mailbot.config import ParsingConfig
from mailbot.domain import Extraction, MailContent, Outcome
from mailbot.flags import Flag
from mailbot.flow.decide import run_chain
from mailbot.flow.lookups import Batch
from mailbot.locks import AdvisoryLocks
from mailbot.parsing import read_message
from mailbot.reports import add_up
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store.db import READONLY, Database
from mailbot.store.models import MessageRow

log = logging.getLogger("mailbot.flow.batch")
# The database failing, or a case changed meanwhile by someone else, is not the message's
# fault: never mark messages failed for it; the next round tries again.
RETRY_LATER = (OperationalError, InterfaceError, DisconnectionError, StaleDataError)


def read(parsing: ParsingConfig, own_addresses: frozenset[str], known: account_store.KnownIds,
         raw: bytes) -> tuple[MailContent, Extraction]:
    """A recorded message's bytes understood (mailbot.parsing.read_message), identifiers
    checked against the mailbox's known accounts."""
    return read_message(raw, config=parsing, own_addresses=own_addresses,
                        is_known_account=known.has_number, is_known_username=known.has_username)




@dataclass
class ProcessReport:
    processed: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str) -> None:
        self.processed += 1
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def merge(self, other: ProcessReport) -> None:
        add_up(self, other)


# Messages per write transaction. SQLite has one write lock: short transactions keep a
# concurrent sender from waiting. PostgreSQL locks rows: fewer, larger commits are cheaper.
CHUNK_SQLITE = 50
CHUNK_POSTGRES = 250


def _read_all(batch: Batch, rows: list[MessageRow], careful: bool,
              should_stop: Callable[[], bool]
              ) -> tuple[list[tuple[MessageRow, MailContent, Extraction]],
                         list[tuple[MessageRow, Exception]]]:
    """Parse and understand every message of the batch (CPU only, nothing written)."""
    readings, failures = [], []
    parsing = batch.ctx.parsing
    for row in rows:
        if should_stop():
            break
        try:
            assert row.raw is not None
            readings.append((row, *read(parsing, batch.rt.own_addresses, batch.known, row.raw)))
        except Exception as exc:  # the parser promises not to raise; belt and braces
            if not careful:
                raise
            failures.append((row, exc))
    return readings, failures


def _chain_chunk(batch: Batch, chunk: list[tuple[MessageRow, MailContent, Extraction]],
                 report: ProcessReport, careful: bool) -> None:
    session = batch.session
    with session.begin():
        batch.locked = set()  # advisory transaction locks end with each transaction
        batch.lock_accounts((content, extraction) for _row, content, extraction in chunk)
        for row, content, extraction in chunk:
            if not careful:
                report.count(run_chain(batch, row, content, extraction).outcome.value)
                continue
            try:
                with session.begin_nested():
                    report.count(run_chain(batch, row, content, extraction).outcome.value)
            except RETRY_LATER:
                raise
            except Exception as exc:  # kept, shown as failed, never stops the loop
                log.exception("message %s failed", row.id)
                _fail(session, batch.ctx.clock(), row, exc)
                report.failed += 1


def _process_batch(ctx: ChainContext, rt: MailboxRuntime, limit: int,
                   should_stop: Callable[[], bool], careful: bool,
                   on_commit: Callable[[], None], shards: Sequence[int] | None
                   ) -> ProcessReport:
    report = ProcessReport()
    with ctx.db.sessions() as session:
        with session.begin():
            session.connection(execution_options=READONLY)
            rows = inbound.received(session, rt.name, limit, shards)
            batch = Batch(session, ctx, rt)
            readings, failures = _read_all(batch, rows, careful, should_stop)
            batch.prefetch((content, extraction) for _row, content, extraction in readings)
        if failures:
            with session.begin():
                for row, exc in failures:
                    _fail(session, ctx.clock(), row, exc)
                    report.failed += 1
        chunk = CHUNK_POSTGRES if ctx.db.is_postgres else CHUNK_SQLITE
        for start in range(0, len(readings), chunk):
            if should_stop():
                break
            _chain_chunk(batch, readings[start:start + chunk], report, careful)
            on_commit()
    return report


def process_received(ctx: ChainContext, rt: MailboxRuntime, *, limit: int = 500,
                     should_stop: Callable[[], bool] = lambda: False,
                     on_commit: Callable[[], None] = lambda: None,
                     shards: Sequence[int] | None = None) -> ProcessReport:
    """Process recorded, unprocessed messages of a mailbox; one bad one never stops it.

    Messages are read first without holding a write transaction, then decided and
    written in chunks. If a message raises, its chunk is rolled back and the rest is
    done again with a savepoint per message, so only that one is recorded as failed.
    """
    try:
        return _process_batch(ctx, rt, limit, should_stop, False, on_commit, shards)
    except RETRY_LATER:
        raise
    except Exception:  # redone carefully below
        log.warning("a message in the batch failed; processing it one message at a time")
    return _process_batch(ctx, rt, limit, should_stop, True, on_commit, shards)


def process_available(ctx: ChainContext, rt: MailboxRuntime, *,
                      should_stop: Callable[[], bool] = lambda: False,
                      on_commit: Callable[[], None] = lambda: None) -> ProcessReport:
    """Process every recorded message this worker can take, until none is left.

    SQLite (one process): all of them. PostgreSQL: shard by shard, each under a lock,
    so other workers take the shards this one is not processing."""
    total = ProcessReport()
    if not ctx.db.is_postgres:
        while not should_stop():
            report = process_received(ctx, rt, should_stop=should_stop, on_commit=on_commit)
            total.merge(report)
            if report.processed + report.failed == 0:
                break
        return total
    locks = AdvisoryLocks(ctx.db)
    try:
        while not should_stop():
            shards = _claim_shards(ctx.db, rt.name, locks)
            if not shards:
                break
            try:
                report = process_received(ctx, rt, should_stop=should_stop,
                                          on_commit=on_commit, shards=shards)
            finally:
                locks.release_all()
            total.merge(report)
            if report.processed + report.failed == 0:
                break
    finally:
        locks.close()
    return total


def _claim_shards(db: Database, mailbox: str, locks: AdvisoryLocks, enough: int = 300) -> list[int]:
    """Lock shards with waiting messages, in random order, until about ``enough`` messages
    are covered: a batch worth processing, leaving the other shards to other workers."""
    with db.session(readonly=True) as session:
        waiting = inbound.pending_shard_counts(session, mailbox)
    shards = list(waiting)
    random.shuffle(shards)
    taken: list[int] = []
    covered = 0
    for shard in shards:
        if locks.try_lock(f"shard:{mailbox}:{shard}"):
            taken.append(shard)
            covered += waiting[shard]
            if covered >= enough:
                break
    return taken


def _fail(session: Session, now: datetime, row: MessageRow, exc: BaseException) -> None:
    """Set one message aside as failed, with its error; the batch goes on without it."""
    with session.begin_nested():
        row.status = "failed"
        row.attempts = (row.attempts or 0) + 1
        row.error = f"{type(exc).__name__}: {exc}"[:4000]
        row.outcome = Outcome.FLAGGED.value
        row.flags = [Flag.FAILED]
        row.rule = "failed"  # no chain step decided: processing raised
        row.processed_at = now
        case_store.audit(session, "mailbot", "message_failed", message=row, error=row.error)
