"""Queries on refunds: the open ones, the ones due, and a case's latest."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.store.models import RefundRow


def listing(session: Session, *, due_by: date | None = None) -> list[RefundRow]:
    """Refunds not yet issued (or, with due_by, approved ones due on or before that day)."""
    query = select(RefundRow).order_by(RefundRow.due_on, RefundRow.id)
    if due_by is not None:
        query = query.where(RefundRow.status == "approved", RefundRow.due_on <= due_by)
    else:
        query = query.where(RefundRow.status.in_(("requested", "agent_approved", "approved")))
    return list(session.scalars(query))


def for_case(session: Session, case_id: int) -> RefundRow | None:
    """The case's latest refund, whatever its state."""
    return session.scalar(select(RefundRow).where(RefundRow.case_id == case_id)
                          .order_by(RefundRow.id.desc()).limit(1))
