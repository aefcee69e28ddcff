"""Queries on the outbox: claim due rows under a lease, settle each, count recent sends.

A claim marks rows ``sending`` with an owner and a lease in one short
transaction (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so workers claim
disjoint rows). Each row is settled on its own right after the SMTP server
answers. Rows whose owner died are claimable again (see ``reclaim``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from mailbot.store.models import OutboxRow

OUTBOX = OutboxRow.__table__
_TIME = OUTBOX.c.next_attempt_at.type
CLAIM_COLUMNS = (OUTBOX.c.id, OUTBOX.c.kind, OUTBOX.c.message_id, OUTBOX.c.from_addr,
                 OUTBOX.c.to_addr, OUTBOX.c.raw, OUTBOX.c.attempts)

# Built once: delivery runs these for every reply, and building statements is not free.
_DUE = (
    select(OUTBOX.c.id)
    .where(
        OUTBOX.c.mailbox == bindparam("mailbox"),
        OUTBOX.c.status == "pending",
        OUTBOX.c.next_attempt_at <= bindparam("now", type_=_TIME),
    )
    .order_by(OUTBOX.c.next_attempt_at, OUTBOX.c.id)
    .limit(bindparam("limit"))
    .with_for_update(skip_locked=True)
)
_SENT = (
    update(OUTBOX)
    .where(OUTBOX.c.id == bindparam("row_id"), OUTBOX.c.lease_owner == bindparam("owner"))
    .values(status="sent", sent_at=bindparam("now", type_=_TIME),
            attempts=OUTBOX.c.attempts + 1, last_error=None, lease_until=None)
)


def claim(conn: Connection, mailbox: str, now: datetime, limit: int, owner: str,
          lease_until: datetime) -> list[Row[Any]]:
    """Take up to ``limit`` due rows for this owner: status sending, leased until a moment."""
    ids = list(conn.execute(_DUE, {"mailbox": mailbox, "now": now, "limit": limit}).scalars())
    if not ids:
        return []
    conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_(ids))
                 .values(status="sending", lease_owner=owner, lease_until=lease_until))
    rows = conn.execute(select(*CLAIM_COLUMNS).where(OUTBOX.c.id.in_(ids))).all()
    return sorted(rows, key=lambda r: ids.index(r.id))


def reclaim(conn: Connection, mailbox: str, now: datetime, dead_owners: Sequence[str] = (),
            everyone_else_but: str | None = None) -> int:
    """Put rows in flight back to pending: expired leases, dead owners, or (when this
    process is known to be the only sender) every owner but itself."""
    stale = [and_(OUTBOX.c.status == "sending", OUTBOX.c.lease_until < now)]
    if dead_owners:
        stale.append(and_(OUTBOX.c.status == "sending", OUTBOX.c.lease_owner.in_(dead_owners)))
    if everyone_else_but is not None:
        stale.append(and_(OUTBOX.c.status == "sending",
                          OUTBOX.c.lease_owner != everyone_else_but))
    result = conn.execute(
        update(OUTBOX).where(OUTBOX.c.mailbox == mailbox, or_(*stale))
        .values(status="pending", lease_owner=None, lease_until=None)
    )
    return result.rowcount or 0


def owners_in_flight(conn: Connection, mailbox: str) -> list[str]:
    return list(conn.execute(
        select(OUTBOX.c.lease_owner).distinct()
        .where(OUTBOX.c.mailbox == mailbox, OUTBOX.c.status == "sending")
    ).scalars())


def mark_sent(conn: Connection, row_id: int, owner: str, now: datetime) -> None:
    conn.execute(_SENT, {"row_id": row_id, "owner": owner, "now": now})


def unmark_sent(conn: Connection, row_id: int, owner: str) -> None:
    """The server refused (or the line broke) after we recorded the send: in flight again,
    so the caller can settle it as a failure or give it back."""
    conn.execute(update(OUTBOX).where(OUTBOX.c.id == row_id, OUTBOX.c.status == "sent",
                                      OUTBOX.c.lease_owner == owner)
                 .values(status="sending", sent_at=None, attempts=OUTBOX.c.attempts - 1))


def release(conn: Connection, row_ids: Sequence[int], owner: str, *, until: datetime,
            attempt: bool = False, error: str | None = None, failed: bool = False) -> None:
    """Give claimed rows back: pending again at ``until`` (or failed for good)."""
    if not row_ids:
        return
    values: dict[str, Any] = {"status": "failed" if failed else "pending", "lease_owner": None,
                              "lease_until": None, "next_attempt_at": until}
    if attempt:
        values["attempts"] = OUTBOX.c.attempts + 1
    if error is not None:
        values["last_error"] = error[:2000]
    conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_(list(row_ids)),
                                      OUTBOX.c.lease_owner == owner).values(**values))


def due_count(conn: Connection, mailbox: str, now: datetime) -> int:
    return conn.execute(
        select(func.count()).select_from(OUTBOX).where(
            OUTBOX.c.mailbox == mailbox, OUTBOX.c.status == "pending",
            OUTBOX.c.next_attempt_at <= now)
    ).scalar() or 0


def pending_count(session: Session, mailbox: str | None = None) -> int:
    query = select(func.count()).select_from(OutboxRow).where(
        OutboxRow.status.in_(("pending", "sending")))
    if mailbox is not None:
        query = query.where(OutboxRow.mailbox == mailbox)
    return session.scalar(query) or 0


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
