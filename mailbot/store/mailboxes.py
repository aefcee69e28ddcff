"""Mailboxes as data: definitions stored with ``mailbot mailboxes add``, and which mailboxes
have work waiting (the service asks once for all of them, not each in turn)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from mailbot.store.db import changed
from mailbot.store.models import MailboxRow, MessageRow, OutboxRow

IN_FLIGHT = ("claimed", "sending")


def with_replies_due(session: Session, now: datetime, me: str) -> list[str]:
    """Mailboxes with replies to deliver now, or in flight under another owner (or an
    expired lease): delivery takes those back when their owner is gone."""
    return sorted(session.scalars(select(OutboxRow.mailbox).distinct().where(or_(
        (OutboxRow.status == "pending") & (OutboxRow.next_attempt_at <= now),
        OutboxRow.status.in_(IN_FLIGHT) & (
            (OutboxRow.lease_owner != me) | (OutboxRow.lease_until < now)),
    ))))


def with_messages_received(session: Session) -> list[str]:
    """Mailboxes with messages recorded and not yet processed."""
    return sorted(session.scalars(select(MessageRow.mailbox).distinct()
                                  .where(MessageRow.status == "received")))


def versions(session: Session) -> dict[str, datetime]:
    """Every stored mailbox's name and the moment its definition last changed (cheap: the
    service asks this every few seconds and reads a definition only when it changed)."""
    return dict(session.execute(select(MailboxRow.name, MailboxRow.updated_at)).all())


def definitions(session: Session, names: list[str] | None = None) -> dict[str, dict[str, Any]]:
    query = select(MailboxRow.name, MailboxRow.definition)
    if names is not None:
        query = query.where(MailboxRow.name.in_(names))
    return {name: dict(definition or {}) for name, definition in session.execute(query)}


def save(session: Session, name: str, definition: dict[str, Any], actor: str, *,
         replace: bool) -> bool:
    """Store a definition; True when it replaced one of the same name (only with replace)."""
    row = session.scalar(select(MailboxRow).where(MailboxRow.name == name))
    if row is None:
        session.add(MailboxRow(name=name, definition=definition, created_by=actor))
        return False
    if not replace:
        raise KeyError(name)
    row.definition, row.created_by = definition, actor
    return True


def remove(session: Session, name: str) -> bool:
    return changed(session.execute(delete(MailboxRow).where(MailboxRow.name == name))) > 0
