"""Queries on the outbox: claim due rows under a lease, settle each, count recent sends.

A claim marks rows ``sending`` with an owner and a lease in one short
transaction (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so workers claim
disjoint rows). Each row is settled on its own right after the SMTP server
answers. Rows whose owner died are claimable again (see ``reclaim``).

Also here: what the loop breaker reads and writes (recent sends, holds), what the
operator sees and does (``mailbot outbox list|retry``) and bounces of our replies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, joinedload

from mailbot.store.models import CaseRow, MessageRow, OutboxRow

OUTBOX = OutboxRow.__table__
MESSAGES = MessageRow.__table__
_TIME = OUTBOX.c.next_attempt_at.type
CLAIM_COLUMNS = (OUTBOX.c.id, OUTBOX.c.kind, OUTBOX.c.message_id, OUTBOX.c.from_addr,
                 OUTBOX.c.to_addr, OUTBOX.c.raw, OUTBOX.c.attempts, OUTBOX.c.case_id,
                 OUTBOX.c.in_reply_to)
SENT = ("sent", "bounced")  # handed to the SMTP server (a bounce came back later)
WAITING = ("pending", "sending", "paused", "failed", "bounced")  # what `outbox list` shows
ATTENTION = ("failed", "bounced")  # `outbox list --failed`

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
    """Replies actually sent since a moment, all mailboxes: the global ceiling."""
    return session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.status.in_(SENT), OutboxRow.sent_at >= since)
    ) or 0


def for_message(session: Session, message_row_id: int) -> list[OutboxRow]:
    return list(
        session.scalars(
            select(OutboxRow).where(OutboxRow.in_reply_to == message_row_id).order_by(OutboxRow.id)
        )
    )


# --- the loop breaker --------------------------------------------------------------------

def recent_sends(conn: Connection, addresses: Sequence[str], case_ids: Sequence[int],
                 since: datetime) -> list[Row[Any]]:
    """Replies sent since a moment to these addresses or in these cases, each with the
    inbound message it answered (received_at, sender): what the loop rules read."""
    columns = (OUTBOX.c.id, OUTBOX.c.to_addr, OUTBOX.c.case_id, OUTBOX.c.sent_at,
               MESSAGES.c.id.label("answered_id"), MESSAGES.c.received_at, MESSAGES.c.sender)
    base = (select(*columns)
            .select_from(OUTBOX.outerjoin(MESSAGES, MESSAGES.c.id == OUTBOX.c.in_reply_to))
            .where(OUTBOX.c.status.in_(SENT), OUTBOX.c.sent_at >= since))
    found: dict[int, Row[Any]] = {}
    # Two queries, not one OR: each uses its own index (ix_outbox_to, ix_outbox_case_id).
    if addresses:
        found.update((r.id, r) for r in conn.execute(base.where(
            OUTBOX.c.to_addr.in_(list(addresses)))))
    if case_ids:
        found.update((r.id, r) for r in conn.execute(base.where(
            OUTBOX.c.case_id.in_(list(case_ids)))))
    return list(found.values())


def context(conn: Connection, row_ids: Sequence[int]) -> list[Row[Any]]:
    """For replies about to go out: their case's reference and the message each answers."""
    query = (select(OUTBOX.c.id, CaseRow.__table__.c.reference,
                    MESSAGES.c.id.label("answered_id"), MESSAGES.c.received_at,
                    MESSAGES.c.sender)
             .select_from(OUTBOX.outerjoin(CaseRow.__table__,
                                           CaseRow.__table__.c.id == OUTBOX.c.case_id)
                          .outerjoin(MESSAGES, MESSAGES.c.id == OUTBOX.c.in_reply_to))
             .where(OUTBOX.c.id.in_(list(row_ids))))
    return list(conn.execute(query))


def holds(conn: Connection, keys: Sequence[str]) -> dict[str, str]:
    """Of these hold keys ("address:...", "thread:..."), those the breaker holds, with why."""
    if not keys:
        return {}
    rows = conn.execute(select(OUTBOX.c.hold, OUTBOX.c.last_error)
                        .where(OUTBOX.c.status == "paused", OUTBOX.c.hold.in_(list(keys)))
                        .order_by(OUTBOX.c.id))
    found: dict[str, str] = {}
    for hold, reason in rows:
        found.setdefault(hold, reason or "held by the loop breaker")
    return found


def pause(conn: Connection, row_id: int, owner: str, hold: str, reason: str) -> None:
    """A claimed reply the loop breaker holds: it waits, with why, for `outbox resume`."""
    conn.execute(update(OUTBOX).where(OUTBOX.c.id == row_id, OUTBOX.c.lease_owner == owner)
                 .values(status="paused", hold=hold, last_error=reason[:2000],
                         lease_owner=None, lease_until=None))


def release_paused(session: Session, now: datetime) -> int:
    """Every reply the loop breaker holds is due again (``mailbot outbox resume``)."""
    result = session.execute(update(OutboxRow).where(OutboxRow.status == "paused")
                             .values(status="pending", hold=None, next_attempt_at=now))
    return result.rowcount or 0  # type: ignore[attr-defined]


def paused_summary(session: Session) -> list[tuple[str, str, int]]:
    """What the loop breaker holds: (hold key, why, how many replies), oldest first."""
    rows = session.execute(
        select(OutboxRow.hold, func.min(OutboxRow.last_error), func.count(),
               func.min(OutboxRow.id).label("first"))
        .where(OutboxRow.status == "paused").group_by(OutboxRow.hold).order_by("first"))
    return [(hold or "-", reason or "", n) for hold, reason, n, _first in rows]


# --- what the operator sees and does -----------------------------------------------------

def listing(session: Session, statuses: Sequence[str], *, mailbox: str | None = None,
            limit: int = 100) -> tuple[list[OutboxRow], int]:
    """Replies in these statuses, oldest first (at most ``limit``), and how many in all."""
    where = [OutboxRow.status.in_(list(statuses))]
    if mailbox is not None:
        where.append(OutboxRow.mailbox == mailbox)
    total = session.scalar(select(func.count()).select_from(OutboxRow).where(*where)) or 0
    rows = session.scalars(select(OutboxRow).where(*where).order_by(OutboxRow.id).limit(limit))
    return list(rows), total


def retry(session: Session, row_ids: Sequence[int] | None, now: datetime,
          statuses: Sequence[str], mailbox: str | None = None) -> list[OutboxRow]:
    """Put failed (or named bounced) replies back in the queue, due now, with a fresh
    count of attempts; the last error stays until a send succeeds. None: every failed."""
    query = select(OutboxRow).where(OutboxRow.status.in_(list(statuses)))
    if row_ids is not None:
        query = query.where(OutboxRow.id.in_(list(row_ids)))
    if mailbox is not None:
        query = query.where(OutboxRow.mailbox == mailbox)
    rows = list(session.scalars(query.order_by(OutboxRow.id)))
    for row in rows:
        row.status, row.attempts, row.next_attempt_at = "pending", 0, now
        row.lease_owner = row.lease_until = None
    return rows


# --- bounces of our replies --------------------------------------------------------------

def sent_reply(session: Session, mailbox: str, message_ids: Sequence[str]) -> OutboxRow | None:
    """The first of these Message-IDs (in the order given) that is a reply we sent."""
    if not message_ids:
        return None
    rows = {row.message_id: row for row in session.scalars(
        select(OutboxRow).where(OutboxRow.mailbox == mailbox,
                                OutboxRow.message_id.in_(list(message_ids))))}
    return next((rows[m] for m in message_ids if m in rows), None)


def bounced_by_kind(session: Session) -> dict[str, int]:
    return dict(session.execute(
        select(OutboxRow.kind, func.count()).where(OutboxRow.status == "bounced")
        .group_by(OutboxRow.kind)).all())


def latest_bounces(session: Session, limit: int = 5) -> list[OutboxRow]:
    """The newest bounced replies, with their cases loaded (for the dashboard)."""
    return list(session.scalars(
        select(OutboxRow).options(joinedload(OutboxRow.case))
        .where(OutboxRow.status == "bounced")
        .order_by(OutboxRow.bounced_at.desc(), OutboxRow.id.desc()).limit(limit)))
