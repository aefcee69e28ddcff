"""Queries across mailboxes: which of them have work waiting (the service asks once for all)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import distinct, or_, select
from sqlalchemy.orm import Session

from mailbot.store.models import MessageRow, OutboxRow

IN_FLIGHT = ("claimed", "sending")


def with_replies_due(session: Session, now: datetime, me: str) -> list[str]:
    """Mailboxes with replies to deliver now, or in flight under another owner (or an
    expired lease): delivery takes those back when their owner is gone."""
    return sorted(session.scalars(select(distinct(OutboxRow.mailbox)).where(or_(
        (OutboxRow.status == "pending") & (OutboxRow.next_attempt_at <= now),
        OutboxRow.status.in_(IN_FLIGHT) & (
            (OutboxRow.lease_owner != me) | (OutboxRow.lease_until < now)),
    ))))


def with_messages_received(session: Session) -> list[str]:
    """Mailboxes with messages recorded and not yet processed."""
    return sorted(session.scalars(select(distinct(MessageRow.mailbox))
                                  .where(MessageRow.status == "received")))
