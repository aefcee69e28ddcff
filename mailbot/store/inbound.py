"""Queries on inbound messages and the per-folder IMAP checkpoint."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, undefer

from mailbot.store.db import changed
from mailbot.store.models import CaseRow, Checkpoint, DecisionRow, MessageRow


def raw_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def checkpoint(session: Session, mailbox: str, folder: str, *, lock: bool = False
               ) -> Checkpoint | None:
    query = select(Checkpoint).where(Checkpoint.mailbox == mailbox, Checkpoint.folder == folder)
    return session.scalar(query.with_for_update() if lock else query)


def save_checkpoint(session: Session, mailbox: str, folder: str, uidvalidity: int,
                    last_uid: int) -> None:
    row = checkpoint(session, mailbox, folder)
    if row is None:
        session.add(Checkpoint(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity,
                               last_uid=last_uid))
    else:
        row.uidvalidity = uidvalidity
        row.last_uid = max(last_uid, row.last_uid) if row.uidvalidity == uidvalidity else last_uid


def find_same(session: Session, mailbox: str, message_id: str, sha: str) -> MessageRow | None:
    """A message already recorded with the same Message-ID and bytes (a re-delivery)."""
    return session.scalar(
        select(MessageRow).where(
            MessageRow.mailbox == mailbox,
            MessageRow.message_id == message_id,
            MessageRow.raw_sha256 == sha,
        )
    )


def known_pairs(session: Session, mailbox: str, message_ids: Sequence[str]
                ) -> dict[tuple[str, str], MessageRow]:
    """Messages already recorded under any of these Message-IDs, keyed by (id, sha256)."""
    out: dict[tuple[str, str], MessageRow] = {}
    ids = sorted(set(message_ids))
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(MessageRow).where(
                MessageRow.mailbox == mailbox, MessageRow.message_id.in_(ids[start:start + 500]))):
            out[(row.message_id, row.raw_sha256)] = row
    return out


def received(session: Session, mailbox: str, limit: int = 500,
             shards: Sequence[int] | None = None) -> list[MessageRow]:
    """Recorded but not yet processed, oldest first (the order they arrived)."""
    query = (select(MessageRow).options(undefer(MessageRow.raw))
             .where(MessageRow.mailbox == mailbox, MessageRow.status == "received")
             .order_by(MessageRow.id).limit(limit))
    if shards is not None:
        query = query.where(MessageRow.shard.in_(list(shards)))
    return list(session.scalars(query))


def work_waiting(session: Session, mailbox: str) -> bool:
    """Anything recorded but unprocessed, or processed but not yet filed away?"""
    return session.scalar(
        select(MessageRow.id).where(
            MessageRow.mailbox == mailbox,
            (MessageRow.status == "received") | (MessageRow.mailbox_state == "move"),
        ).limit(1)
    ) is not None


def pending_shard_counts(session: Session, mailbox: str) -> dict[int, int]:
    """Shards with messages waiting to be processed, and how many each."""
    return dict(session.execute(
        select(MessageRow.shard, func.count())
        .where(MessageRow.mailbox == mailbox, MessageRow.status == "received")
        .group_by(MessageRow.shard)).all())


def to_move(session: Session, mailbox: str, folder: str, uidvalidity: int, limit: int = 1000
            ) -> list[tuple[int, int]]:
    """(row id, UID) of messages processed and waiting to be filed away, a chunk at a time."""
    return [(row_id, uid) for row_id, uid in session.execute(
        select(MessageRow.id, MessageRow.uid).where(
            MessageRow.mailbox == mailbox,
            MessageRow.mailbox_state == "move",
            MessageRow.folder == folder,
            MessageRow.uidvalidity == uidvalidity,
        ).order_by(MessageRow.id).limit(limit)
    ) if uid is not None]  # (always: messages from a folder have a UID)


def stale_moves(session: Session, mailbox: str, folder: str, uidvalidity: int) -> int:
    """Moves recorded under an older UIDVALIDITY: their UIDs mean nothing any more."""
    result = session.execute(
        update(MessageRow)
        .where(
            MessageRow.mailbox == mailbox,
            MessageRow.mailbox_state == "move",
            MessageRow.folder == folder,
            MessageRow.uidvalidity != uidvalidity,
        )
        .values(mailbox_state="lost")
    )
    return changed(result)


def mark_moved(session: Session, ids: Sequence[int]) -> None:
    if ids:
        session.execute(
            update(MessageRow).where(MessageRow.id.in_(ids)).values(mailbox_state="moved")
        )


def by_message_id(session: Session, mailbox: str, message_id: str) -> MessageRow | None:
    return session.scalar(
        select(MessageRow)
        .where(MessageRow.mailbox == mailbox, MessageRow.message_id == message_id)
        .order_by(MessageRow.id)
        .limit(1)
    )


def counts_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(MessageRow.status, func.count()).group_by(MessageRow.status))
    return {status: n for status, n in rows}


def last_received_at(session: Session, mailbox: str) -> datetime | None:
    return session.scalar(
        select(func.max(MessageRow.received_at)).where(MessageRow.mailbox == mailbox)
    )


def named_or_failed(session: Session, message_ids: Sequence[int] | None) -> list[MessageRow]:
    """The messages named by id, or with none named every message that failed."""
    query = select(MessageRow)
    if message_ids:
        query = query.where(MessageRow.id.in_(message_ids))
    else:
        query = query.where(MessageRow.status == "failed")
    return list(session.scalars(query))


def mark_for_reprocessing(session: Session, ids: Sequence[int]) -> None:
    """Back to ``received`` with nothing decided, so the next batch processes them again."""
    session.execute(update(MessageRow).where(MessageRow.id.in_(ids))
                    .values(status="received", error=None, outcome=None, flags=[], rule=None))


def of_case(session: Session, case_id: int, *, newest_first: bool = False) -> list[MessageRow]:
    """The messages a case holds, in the order they came (or newest first)."""
    order = MessageRow.id.desc() if newest_first else MessageRow.id
    return list(session.scalars(select(MessageRow).where(MessageRow.case_id == case_id)
                                .order_by(order)))


def purge_raw(session: Session, cutoff: datetime) -> int:
    """Drop the raw bytes of processed messages received before the cutoff; how many."""
    return changed(session.execute(
        update(MessageRow)
        .where(MessageRow.raw.is_not(None), MessageRow.received_at < cutoff,
               MessageRow.status != "received")
        .values(raw=None)
    ))


def insert_many(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """New message rows in one executemany (a poll records a batch at once)."""
    session.execute(insert(MessageRow), list(rows))


def processed_after(session: Session, last_id: int, limit: int, mailbox: str | None = None
                    ) -> list[tuple[MessageRow, DecisionRow | None, str | None]]:
    """The next processed messages after an id (the export's chunks), each with the
    decision made on it and its case's reference."""
    query = (
        select(MessageRow, DecisionRow, CaseRow.reference)
        .outerjoin(DecisionRow, DecisionRow.message_id == MessageRow.id)
        .outerjoin(CaseRow, CaseRow.id == MessageRow.case_id)
        .where(MessageRow.status != "received", MessageRow.id > last_id)
        .order_by(MessageRow.id)
        .limit(limit)
    )
    if mailbox is not None:
        query = query.where(MessageRow.mailbox == mailbox)
    return [(msg, decision, reference) for msg, decision, reference in session.execute(query)]
