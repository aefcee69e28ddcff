"""Queries on the outbox: claim due rows under a lease, settle each, count recent sends.

A reply goes ``pending`` -> ``claimed`` -> ``sending`` -> ``sent`` (or back to
``pending`` after a temporary refusal, ``failed`` after a permanent one). A claim
takes rows with an owner and a lease in one short transaction (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL, so workers claim disjoint rows). ``sending`` is recorded,
fenced by the owner, once the server has accepted the envelope and before DATA:
from then on the server may have the message. Rows whose owner died are taken back
by ``reclaim``: a ``claimed`` one is pending again (DATA never began), a ``sending``
one becomes ``unknown`` and waits for the operator, so no reply is ever sent twice
(delivery is at most once; see README, Crash safety).

Also here: what the loop breaker reads and writes (recent sends, holds), what the
operator sees and does (``mailbot outbox list|retry``) and bounces of our replies.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Row, Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, joinedload

from mailbot.store.db import changed
from mailbot.store.models import CaseRow, MessageRow, OutboxRow

OUTBOX = cast(Table, OutboxRow.__table__)
MESSAGES = cast(Table, MessageRow.__table__)
CASES = cast(Table, CaseRow.__table__)
AnyRow = Row[*tuple[Any, ...]]  # a row of a core select, read by column name
_TIME = OUTBOX.c.next_attempt_at.type
CLAIM_COLUMNS = (OUTBOX.c.id, OUTBOX.c.kind, OUTBOX.c.message_id, OUTBOX.c.from_addr,
                 OUTBOX.c.to_addr, OUTBOX.c.raw, OUTBOX.c.attempts, OUTBOX.c.case_id,
                 OUTBOX.c.in_reply_to)
SENT = ("sent", "bounced")  # handed to the SMTP server (a bounce came back later)
IN_FLIGHT = ("claimed", "sending")  # leased by a delivering process
# What `outbox list` shows, and `outbox list --failed` (what needs a person).
WAITING = ("pending", *IN_FLIGHT, "paused", "unknown", "failed", "bounced")
ATTENTION = ("unknown", "failed", "bounced")
INTERRUPTED = ("delivery was interrupted after DATA began (the process stopped): the server "
               "may have the message; look for its Message-ID in the server's log, then "
               "'mailbot outbox retry ID' sends it again or 'mailbot outbox mark-sent ID' "
               "records it as sent")

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
_SENDING = (
    update(OUTBOX)
    .where(OUTBOX.c.id == bindparam("row_id"), OUTBOX.c.status == "claimed",
           OUTBOX.c.lease_owner == bindparam("owner"))
    .values(status="sending", lease_until=bindparam("lease_until", type_=_TIME))
)
_SENT = (
    update(OUTBOX)
    .where(OUTBOX.c.id == bindparam("row_id"), OUTBOX.c.status == "sending",
           OUTBOX.c.lease_owner == bindparam("owner"))
    .values(status="sent", sent_at=bindparam("now", type_=_TIME),
            attempts=OUTBOX.c.attempts + 1, last_error=None, lease_until=None)
)


def claim(conn: Connection, mailbox: str, now: datetime, limit: int, owner: str,
          lease_until: datetime) -> list[AnyRow]:
    """Take up to ``limit`` due rows for this owner: status claimed, leased until a moment."""
    ids = list(conn.execute(_DUE, {"mailbox": mailbox, "now": now, "limit": limit}).scalars())
    if not ids:
        return []
    conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_(ids))
                 .values(status="claimed", lease_owner=owner, lease_until=lease_until))
    rows = conn.execute(select(*CLAIM_COLUMNS).where(OUTBOX.c.id.in_(ids))).all()
    return sorted(rows, key=lambda r: ids.index(r.id))


def reclaim(conn: Connection, mailbox: str, now: datetime, dead_owners: Sequence[str] = (),
            everyone_else_but: str | None = None) -> tuple[int, int]:
    """Rows left in flight by a process that stopped (expired leases, dead owners, or, when
    this process is known to be the only sender, every owner but itself): claimed ones are
    pending again, ``sending`` ones become ``unknown``. Returns how many of each."""
    stale = [OUTBOX.c.lease_until < now]
    if dead_owners:
        stale.append(OUTBOX.c.lease_owner.in_(dead_owners))
    if everyone_else_but is not None:
        stale.append(OUTBOX.c.lease_owner != everyone_else_but)
    left = (OUTBOX.c.mailbox == mailbox, or_(*stale))
    back = conn.execute(update(OUTBOX).where(*left, OUTBOX.c.status == "claimed")
                        .values(status="pending", lease_owner=None, lease_until=None))
    unknown = conn.execute(update(OUTBOX).where(*left, OUTBOX.c.status == "sending")
                           .values(status="unknown", lease_owner=None, lease_until=None,
                                   attempts=OUTBOX.c.attempts + 1, last_error=INTERRUPTED))
    return back.rowcount or 0, unknown.rowcount or 0


def owners_in_flight(conn: Connection, mailbox: str) -> list[str]:
    return list(conn.execute(
        select(OUTBOX.c.lease_owner).distinct()
        .where(OUTBOX.c.mailbox == mailbox, OUTBOX.c.status.in_(IN_FLIGHT))
    ).scalars())


def mark_sending(conn: Connection, row_id: int, owner: str, lease_until: datetime) -> bool:
    """The envelope is accepted and DATA is next: from now on the server may have the
    message. False when the row is no longer this owner's claim (then nothing is sent)."""
    result = conn.execute(_SENDING, {"row_id": row_id, "owner": owner,
                                     "lease_until": lease_until})
    return result.rowcount == 1


def mark_sent(conn: Connection, row_id: int, owner: str, now: datetime) -> None:
    """The server accepted the message (250 after the final dot)."""
    conn.execute(_SENT, {"row_id": row_id, "owner": owner, "now": now})


def mark_unknown(conn: Connection, row_id: int, owner: str, error: str) -> None:
    """The connection broke during DATA: the server may or may not have the message. It is
    not retried by itself (that could send it twice); the operator decides."""
    conn.execute(update(OUTBOX).where(OUTBOX.c.id == row_id, OUTBOX.c.status == "sending",
                                      OUTBOX.c.lease_owner == owner)
                 .values(status="unknown", lease_owner=None, lease_until=None,
                         attempts=OUTBOX.c.attempts + 1, last_error=error[:2000]))


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
        OutboxRow.status.in_(("pending", *IN_FLIGHT)))
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
                 since: datetime) -> list[AnyRow]:
    """Replies sent since a moment to these addresses or in these cases, each with the
    inbound message it answered (received_at, sender): what the loop rules read."""
    columns = (OUTBOX.c.id, OUTBOX.c.to_addr, OUTBOX.c.case_id, OUTBOX.c.sent_at,
               MESSAGES.c.id.label("answered_id"), MESSAGES.c.received_at, MESSAGES.c.sender)
    base = (select(*columns)
            .select_from(OUTBOX.outerjoin(MESSAGES, MESSAGES.c.id == OUTBOX.c.in_reply_to))
            .where(OUTBOX.c.status.in_(SENT), OUTBOX.c.sent_at >= since))
    found: dict[int, AnyRow] = {}
    # Two queries, not one OR: each uses its own index (ix_outbox_to, ix_outbox_case_id).
    if addresses:
        found.update((r.id, r) for r in conn.execute(base.where(
            OUTBOX.c.to_addr.in_(list(addresses)))))
    if case_ids:
        found.update((r.id, r) for r in conn.execute(base.where(
            OUTBOX.c.case_id.in_(list(case_ids)))))
    return list(found.values())


def context(conn: Connection, row_ids: Sequence[int]) -> list[AnyRow]:
    """For replies about to go out: their case's reference and the message each answers."""
    query = (select(OUTBOX.c.id, CASES.c.reference,
                    MESSAGES.c.id.label("answered_id"), MESSAGES.c.received_at,
                    MESSAGES.c.sender)
             .select_from(OUTBOX.outerjoin(CASES,
                                           CASES.c.id == OUTBOX.c.case_id)
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
    return changed(result)


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
    where: list[ColumnElement[bool]] = [OutboxRow.status.in_(list(statuses))]
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


def record_sent(session: Session, row_ids: Sequence[int], now: datetime) -> list[OutboxRow]:
    """Replies in ``unknown`` the operator found in the SMTP server's log: sent (as of now,
    the moment of the check; the real one is in that log). Others are left alone."""
    rows = list(session.scalars(select(OutboxRow).where(
        OutboxRow.id.in_(list(row_ids)), OutboxRow.status == "unknown").order_by(OutboxRow.id)))
    for row in rows:
        row.status, row.sent_at = "sent", now
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


# Replies that went or will go, for the per-address cap: a reply the loop breaker holds,
# or that bounced, counts too.
COUNTED = ("pending", "claimed", "sending", "sent", "paused", "unknown", "bounced")


def reply_counts(session: Session, addresses: Sequence[str], since: datetime) -> dict[str, int]:
    """Replies counted against each address since a moment (0 for those without any)."""
    with session.no_autoflush:
        rows = session.execute(
            select(OutboxRow.to_addr, func.count())
            .where(OutboxRow.to_addr.in_(addresses), OutboxRow.status.in_(COUNTED),
                   OutboxRow.created_at >= since)
            .group_by(OutboxRow.to_addr)
        ).all()
    return {**{a: 0 for a in addresses}, **{address: n for address, n in rows}}


def last_counted(session: Session, case_id: int, kind: str) -> datetime | None:
    """When the case's latest counted reply of this kind was queued."""
    return session.scalar(select(func.max(OutboxRow.created_at)).where(
        OutboxRow.case_id == case_id, OutboxRow.kind == kind, OutboxRow.status.in_(COUNTED)))


def counted_times(session: Session, address: str, since: datetime) -> list[datetime]:
    """When each counted reply to an address since a moment was queued, oldest first."""
    return list(session.scalars(select(OutboxRow.created_at).where(
        OutboxRow.to_addr == address, OutboxRow.status.in_(COUNTED),
        OutboxRow.created_at >= since).order_by(OutboxRow.created_at)))


def count_for_case(session: Session, case_id: int) -> int:
    """How many replies a case has in the outbox, in any state."""
    return session.scalar(select(func.count()).select_from(OutboxRow)
                          .where(OutboxRow.case_id == case_id)) or 0


def latest_for_case(session: Session, case_id: int) -> OutboxRow | None:
    """The case's newest reply."""
    return session.scalars(select(OutboxRow).where(OutboxRow.case_id == case_id)
                           .order_by(OutboxRow.id.desc()).limit(1)).first()


def reply_ids_by_inbound(session: Session, inbound_ids: Sequence[int],
                         statuses: Sequence[str]) -> dict[int, list[str]]:
    """The Message-IDs of the replies to each inbound message, in the order queued."""
    replies: dict[int, list[str]] = {}
    for in_reply_to, message_id in session.execute(
        select(OutboxRow.in_reply_to, OutboxRow.message_id)
        .where(OutboxRow.in_reply_to.in_(inbound_ids), OutboxRow.status.in_(statuses))
        .order_by(OutboxRow.id)
    ):
        if in_reply_to is not None:  # (always: selected by it)
            replies.setdefault(in_reply_to, []).append(message_id)
    return replies
