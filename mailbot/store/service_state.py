"""Queries on service_state: small JSON values running processes publish under a key
(the PostgreSQL workers' announcements, the last poll of each mailbox)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mailbot.store.models import ServiceStateRow


def publish(session: Session, key: str, value: Any) -> None:
    """Set the key's value (insert or update)."""
    row = session.get(ServiceStateRow, key)
    if row is None:
        session.add(ServiceStateRow(key=key, value=value))
    else:
        row.value = value


def with_prefix(session: Session, prefix: str) -> dict[str, Any]:
    """Every key starting with the prefix (the prefix cut off) and its value."""
    rows = session.execute(select(ServiceStateRow.key, ServiceStateRow.value)
                           .where(ServiceStateRow.key.like(prefix + "%")))
    return {key[len(prefix):]: value for key, value in rows}


def forget(session: Session, keys: Sequence[str]) -> None:
    """Delete these keys."""
    session.execute(delete(ServiceStateRow).where(ServiceStateRow.key.in_(list(keys))))
