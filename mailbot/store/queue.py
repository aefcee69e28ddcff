"""Queries for the review queue: tabs with counts, filters, search, and one case in full.

User input never reaches a LIKE pattern unescaped: search terms are compared for
equality, and a flag is matched with its ``%`` and ``_`` escaped (the desk also
accepts only known flags, see ``desk_input.queue_filters``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session, joinedload

from mailbot.store.models import (
    AccountRow,
    AuditRow,
    CaseRow,
    DecisionRow,
    MessageRow,
    OutboxRow,
    RefundRow,
)

TABS = ("flagged", "pending_verification", "needs_info", "disputed", "failed")
CASE_TABS = TABS[:4]  # the tabs that list cases (by status); "failed" lists messages


@dataclass(frozen=True)
class QueueItem:
    reference: str
    mailbox: str
    status: str
    flags: tuple[str, ...]
    received_at: datetime
    sender: str
    account_number: str | None
    username: str | None
    proposed: str | None  # the proposed (or current) decision's action, if any
    refund: str | None
    # A refund to decide on approval (refund review, termination): the most that can be
    # refunded (what was paid for the current period) and its currency; None otherwise.
    refund_due: tuple[str, str] | None = None


@dataclass(frozen=True)
class Filters:
    tab: str = "flagged"
    flag: str | None = None
    mailbox: str | None = None
    search: str | None = None
    received_before: datetime | None = None  # "older than"
    limit: int = 100
    offset: int = 0


def counts(session: Session) -> dict[str, int]:
    """How many cases wait in each tab (failed: messages whose processing raised)."""
    rows = dict(session.execute(
        select(CaseRow.status, func.count()).where(CaseRow.status.in_(CASE_TABS))
        .group_by(CaseRow.status)).all())
    failed = session.scalar(select(func.count()).select_from(MessageRow).where(
        _needs_attention())) or 0
    return {**{tab: rows.get(tab, 0) for tab in CASE_TABS}, "failed": failed}


def cases(session: Session, f: Filters) -> list[QueueItem]:
    """One tab of the queue, oldest first, filtered and searched."""
    query = (
        select(CaseRow, DecisionRow, AccountRow)
        .outerjoin(DecisionRow, DecisionRow.id == CaseRow.decision_id)
        .outerjoin(AccountRow, AccountRow.id == CaseRow.account_id)
        .where(CaseRow.status == f.tab)
        .order_by(CaseRow.received_at, CaseRow.id)
        .limit(f.limit).offset(f.offset)
    )
    if f.mailbox:
        query = query.where(CaseRow.mailbox == f.mailbox)
    if f.flag:
        query = query.where(has_flag(CaseRow.flags, f.flag))
    if f.received_before:
        query = query.where(CaseRow.received_at < f.received_before)
    if f.search:
        term = f.search.strip().lower()
        accounts = select(AccountRow.id).where(or_(
            AccountRow.account_number == term.replace(" ", "").replace("-", "").upper(),
            AccountRow.username_key == term, AccountRow.email_key == term))
        query = query.where(or_(
            CaseRow.reference == term.upper(), CaseRow.account_number == term,
            func.lower(CaseRow.username) == term, CaseRow.sender == term,
            CaseRow.account_id.in_(accounts)))
    items = []
    for case, decision, account in session.execute(query):
        flags = tuple(case.flags or ())
        currency = (decision.refund_currency if decision is not None else None) or (
            account.currency if account is not None else "")
        refund = (f"{decision.refund_amount:.2f} {currency}".strip()
                  if decision is not None and decision.refund_amount is not None else None)
        due = None
        if account is not None and refund is None and "awaiting_admin" not in flags and (
                {"refund_review", "termination_review"} & set(flags)):
            due = (f"{paid_in_period(account):.2f}", account.currency)
        items.append(QueueItem(case.reference, case.mailbox, case.status, flags,
                               case.received_at, case.sender, case.account_number,
                               case.username, decision.action if decision else None, refund,
                               due))
    return items


def paid_in_period(account: AccountRow) -> Decimal:
    """What the customer paid for the current period: the plan's price (nothing in a
    trial). The most a refund can be."""
    return Decimal("0.00") if account.status == "trial" else Decimal(account.price)


def _needs_attention():  # an SQL expression
    """Messages a person must look at outside any open case: processing failed, too large,
    unreadable, or a follow-up (question, dispute) on a case that is already closed."""
    open_cases = select(CaseRow.id).where(CaseRow.status.in_(CASE_TABS))
    return or_(
        MessageRow.status.in_(("failed", "oversize")),
        (MessageRow.status == "processed") & (MessageRow.outcome == "flagged") & or_(
            MessageRow.case_id.is_(None),  # e.g. unreadable
            has_flag(MessageRow.flags, "follow_up") & MessageRow.case_id.not_in(open_cases)),
    )


def needs_attention(session: Session, message_id: int) -> bool:
    """Is this message one the 'failed' tab lists (a person must look at it)?"""
    return session.scalar(select(MessageRow.id).where(
        MessageRow.id == message_id, _needs_attention())) is not None


def has_flag(column, flag: str):  # SQL expressions
    """A JSON list column contains this flag: the quoted word, matched literally (its LIKE
    wildcards, ``%`` and ``_``, and the escape character itself are escaped)."""
    literal = flag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(column, String).like(f'%"{literal}"%', escape="\\")


def owner_confirmed(session: Session, case_id: int) -> bool:
    """The registered owner answered the confirmation request with a yes (the pipeline
    audits it as ``owner_confirmed``)."""
    return session.scalar(select(AuditRow.id).where(
        AuditRow.case_id == case_id, AuditRow.action == "owner_confirmed").limit(1)) is not None


def failed_messages(session: Session, limit: int = 100, offset: int = 0) -> list[MessageRow]:
    """The 'failed' tab: every message that needs a person outside an open case."""
    return list(session.scalars(
        select(MessageRow).options(joinedload(MessageRow.case)).where(_needs_attention())
        .order_by(MessageRow.received_at, MessageRow.id).limit(limit).offset(offset)))


@dataclass
class CaseFile:
    """Everything about one case: the review page and `mailbot review show`."""

    case: CaseRow
    account: AccountRow | None
    messages: list[MessageRow]
    replies: list[OutboxRow]
    decisions: list[DecisionRow]
    refunds: list[RefundRow]
    audit: list[AuditRow]
    history: list[tuple[datetime, str, str, Any]] = field(default_factory=list)


def case_file(session: Session, reference: str) -> CaseFile | None:
    case = session.scalar(select(CaseRow).where(CaseRow.reference == reference.upper()))
    if case is None:
        return None
    account = session.get(AccountRow, case.account_id) if case.account_id else None
    messages = list(session.scalars(select(MessageRow).where(MessageRow.case_id == case.id)
                                    .order_by(MessageRow.received_at, MessageRow.id)))
    replies = list(session.scalars(select(OutboxRow).where(OutboxRow.case_id == case.id)
                                   .order_by(OutboxRow.id)))
    decisions = list(session.scalars(select(DecisionRow).where(DecisionRow.case_id == case.id)
                                     .order_by(DecisionRow.id)))
    refunds = list(session.scalars(select(RefundRow).where(RefundRow.case_id == case.id)
                                   .order_by(RefundRow.id)))
    audit = list(session.scalars(select(AuditRow).where(AuditRow.case_id == case.id)
                                 .order_by(AuditRow.at, AuditRow.id)))
    history: list[tuple[datetime, str, str, Any]] = []
    history += [(m.received_at, "message in", m.sender, m) for m in messages]
    history += [(o.sent_at or o.created_at, f"reply {o.status}", o.to_addr, o) for o in replies]
    history += [(d.created_at, "decision", d.decided_by, d) for d in decisions]
    history += [(a.at, a.action, a.actor, a) for a in audit]
    history.sort(key=lambda item: item[0])
    return CaseFile(case, account, messages, replies, decisions, refunds, audit, history)
