"""The refund lifecycle: requested -> approved -> issued, each step with who and when.

atntcrm §2.2 says refunds are processed "within a reasonable timeframe"; mailbot
makes that a number: an approved refund is due ``[policy] refund_processing_days``
(default 14) after approval. Refunds at or above ``[review] four_eyes_refund``
need an admin's approval after an agent's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from mailbot.domain import Decision, to_money
from mailbot.errors import Conflict, InputError, NotFound
from mailbot.policy import refund_due_on
from mailbot.store.cases import audit
from mailbot.store.models import AccountRow, CaseRow, DecisionRow, RefundRow
from mailbot.store.queue import paid_in_period


@dataclass(frozen=True)
class Approval:
    """Who approves, in what role, on which local date, under which rules."""

    actor: str
    role: str  # agent | admin | policy
    today: date
    processing_days: int
    four_eyes: Decimal


def record(session: Session, case: CaseRow, row: DecisionRow, decision: Decision, *,
           requested_by: str, approval: Approval | None, now: datetime) -> RefundRow | None:
    """The refund a decision implies: none, one to decide (review), or one already approved
    (the policy itself grants it). Zero refunds are not refunds."""
    wants_review = "refund_review" in decision.flags or "termination_review" in decision.flags
    money = decision.refund
    if money is None and not wants_review:
        return None
    if money is not None and money.amount <= 0:
        return None
    # A refund to decide still has a currency: the plan's (never stored blank).
    currency = money.currency if money else plan_currency(session, case)
    refund = open_request(session, case, row, money.amount if money else None, currency,
                          dict(decision.refund_inputs), requested_by=requested_by, now=now)
    if approval is not None and money is not None:
        _approve(session, refund, approval, now)
    return refund


def plan_currency(session: Session, case: CaseRow) -> str:
    """The currency of the case's account (its plan's price), or "" when none is known."""
    account = session.get(AccountRow, case.account_id) if case.account_id else None
    return account.currency if account is not None else ""


def check_amount(amount: Decimal, currency: str | None, account: AccountRow) -> None:
    """A refund a person types: in the plan's currency and no more than was paid for the
    current period (the plan's price; nothing in a trial). Raises InputError."""
    paid = paid_in_period(account)
    if currency and currency.strip().upper() != account.currency:
        raise InputError(f"a refund for account {account.account_number} is in its plan's "
                         f"currency, {account.currency}, not {currency.strip()[:8]!r}")
    if to_money(amount) > paid:
        what = ("nothing was paid during the trial" if account.status == "trial" else
                f"{paid:.2f} {account.currency} was paid for the current {account.plan} "
                "period")
        raise InputError(f"a refund of {to_money(amount):.2f} {account.currency} is more than "
                         f"the customer paid: {what} of account {account.account_number}")


def open_request(session: Session, case: CaseRow, row: DecisionRow | None,
                 amount: Decimal | None, currency: str, inputs: dict[str, str], *,
                 requested_by: str, now: datetime) -> RefundRow:
    """A refund waiting for a decision (amount None: support decides how much)."""
    refund = RefundRow(case=case, decision=row, amount=amount, currency=currency,
                       status="requested", inputs=inputs, requested_at=now,
                       requested_by=requested_by)
    session.add(refund)
    return refund


def _approve(session: Session, refund: RefundRow, approval: Approval, now: datetime) -> None:
    refund.status = "approved"
    refund.approved_at = now
    refund.approved_by = approval.actor
    refund.due_on = refund_due_on(approval.today, approval.processing_days)
    audit(session, approval.actor, "refund_approved", case=refund.case, amount=refund.amount,
          currency=refund.currency, due_on=refund.due_on)


def approve(session: Session, refund: RefundRow, approval: Approval, now: datetime, *,
            amount: Decimal | None = None, currency: str | None = None) -> str:
    """One approval step; returns the refund's status after it.

    A refund at or above the four-eyes threshold approved by an agent waits for an
    admin ("agent_approved"); the same person cannot give both approvals.
    """
    what = _named(refund)
    if refund.status not in ("requested", "agent_approved"):
        raise Conflict(f"{what} is {refund.status}; only a requested refund can be approved")
    if amount is not None:
        if refund.status == "agent_approved" and to_money(amount) != refund.amount:
            raise Conflict(f"{what} was approved at {refund.amount:.2f} {refund.currency}; an "
                           "admin cannot change the amount in the second approval, reject it "
                           "instead")
        refund.amount = to_money(amount)
        refund.currency = currency or refund.currency
    if not refund.currency and refund.case is not None:
        refund.currency = plan_currency(session, refund.case)
    if refund.amount is None:
        raise Conflict(f"{what} has no amount yet: enter the amount to refund (0 for none) "
                       "when approving")
    if refund.amount < 0:
        raise Conflict("a refund cannot be negative")
    needs_two = refund.amount >= approval.four_eyes
    if refund.status == "agent_approved" and _person(refund.agent_approved_by) == _person(
            approval.actor):
        raise Conflict("the second approval of a large refund must come from someone else")
    if needs_two and approval.role == "agent":
        if refund.status == "agent_approved":
            raise Conflict(f"{what} ({refund.amount:.2f} {refund.currency}) is at or above "
                           f"{approval.four_eyes}: an admin must give the second approval")
        refund.status = "agent_approved"
        refund.agent_approved_at, refund.agent_approved_by = now, approval.actor
        audit(session, approval.actor, "refund_agent_approved", case=refund.case,
              amount=refund.amount)
        return refund.status
    _approve(session, refund, approval, now)
    return refund.status


def _named(refund: RefundRow) -> str:
    """How a message names a refund: by its case, never by an internal id."""
    return f"the refund of case {refund.case.reference}" if refund.case is not None \
        else "the refund"


def _person(label: str | None) -> str:
    """The person behind an actor label ("agent:alice" and "admin:alice" are one person)."""
    return (label or "").split(":", 1)[-1].casefold()


def reject(session: Session, refund: RefundRow, actor: str, note: str) -> None:
    if refund.status in ("issued", "rejected"):
        raise Conflict(f"{_named(refund)} is already {refund.status}")
    refund.status = "rejected"
    refund.note = note
    audit(session, actor, "refund_rejected", case=refund.case, note=note)


def issue(session: Session, refund_id: int, actor: str, reference: str, now: datetime
          ) -> RefundRow:
    """Record that the money went out (support does the payment; mailbot keeps the record)."""
    refund = session.get(RefundRow, refund_id)
    if refund is None:
        raise NotFound(f"no refund {refund_id}")
    if refund.status != "approved":
        raise Conflict(f"refund {refund_id} is {refund.status}; only an approved refund can be "
                       "marked issued")
    refund.status = "issued"
    refund.issued_at, refund.issued_by = now, actor
    refund.payment_reference = reference
    audit(session, actor, "refund_issued", case=refund.case, amount=refund.amount,
          reference=reference)
    return refund
