"""Queries on the outbox: enqueue, claim one due row, settle it, count recent sends."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from mailbot.store.models import OutboxRow


def claim_next(session: Session, mailbox: str, now: datetime) -> OutboxRow | None:
    """The oldest due pending row, locked so no other worker can take it (SKIP LOCKED)."""
    return session.scalar(
        select(OutboxRow)
        .where(
            OutboxRow.mailbox == mailbox,
            OutboxRow.status == "pending",
            OutboxRow.next_attempt_at <= now,
        )
        .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )


def relax_commit(session: Session) -> None:
    """Marking a row sent need not wait for the WAL flush: a worker crash keeps it,
    only a PostgreSQL crash in the next ~0.6 s could resend one reply (never lose one)."""
    session.execute(text("SET LOCAL synchronous_commit = off"))


def mark_sent(row: OutboxRow, now: datetime) -> None:
    row.status = "sent"
    row.sent_at = now
    row.attempts += 1
    row.last_error = None


def defer_due(session: Session, mailbox: str, now: datetime, until: datetime) -> None:
    """The server is unreachable: try every due row of this mailbox again later."""
    session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.mailbox == mailbox,
            OutboxRow.status == "pending",
            OutboxRow.next_attempt_at <= now,
        )
        .values(next_attempt_at=until)
    )


def pending_count(session: Session, mailbox: str | None = None) -> int:
    query = select(func.count()).select_from(OutboxRow).where(OutboxRow.status == "pending")
    if mailbox is not None:
        query = query.where(OutboxRow.mailbox == mailbox)
    return session.scalar(query) or 0


def due_count(session: Session, mailbox: str, now: datetime) -> int:
    return session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.mailbox == mailbox, OutboxRow.status == "pending",
               OutboxRow.next_attempt_at <= now)
    ) or 0


def sent_to_since(session: Session, address: str, since: datetime) -> int:
    """Replies to one address (sent or queued) since a moment: the per-address cap."""
    return session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(
            func.lower(OutboxRow.to_addr) == address.lower(),
            OutboxRow.status.in_(("pending", "sent")),
            OutboxRow.created_at >= since,
        )
    ) or 0


def sent_since(session: Session, since: datetime) -> int:
    """Replies actually sent since a moment, all mailboxes: the circuit breaker."""
    return session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.status == "sent", OutboxRow.sent_at >= since)
    ) or 0


def for_message(session: Session, message_row_id: int) -> list[OutboxRow]:
    return list(
        session.scalars(
            select(OutboxRow).where(OutboxRow.in_reply_to == message_row_id).order_by(OutboxRow.id)
        )
    )
