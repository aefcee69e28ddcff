"""Refund arithmetic: the formulas a rule can name, and when an approved refund is due.

Money is Decimal; an amount is rounded half-up to cents exactly once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from mailbot.domain import Account, Money, to_money
from mailbot.policy.periods import current_period

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Refund:
    """A computed refund and the inputs that produced it (for the review page and audit)."""

    money: Money | None
    inputs: dict[str, str]


def compute_refund(formula: str, account: Account, d: date) -> Refund:
    """The refund a rule's ``refund`` formula gives for a request received on local date d."""
    if formula == "none":
        return Refund(None, {})  # a fresh dict: Decision.refund_inputs is the caller's to keep
    if formula == "zero":
        return Refund(Money(ZERO, account.currency), {"formula": "zero"})
    price = to_money(account.price)
    if formula == "one_period_price":
        inputs = {"formula": formula, "price": str(price), "plan": str(account.plan)}
        return Refund(Money(price, account.currency), inputs)
    return pro_rata_unused(account, d)


def pro_rata_unused(account: Account, d: date) -> Refund:
    """price x unused days of the current period / days in the period, half-up to cents once.

    The current period is ``[period_start, period_end)`` containing d. Day d itself
    counts as unused: a termination effective on d serves nothing from d on. A date
    before ``started_on`` leaves the whole first period unused (capped at one price).
    """
    period_start, period_end = current_period(account.started_on, account.plan, d)
    period_days = (period_end - period_start).days
    unused_days = min((period_end - d).days, period_days)
    amount = to_money(Decimal(account.price) * unused_days / period_days)
    inputs = {
        "formula": "pro_rata_unused",
        "price": str(to_money(account.price)),
        "unused_days": str(unused_days),
        "period_days": str(period_days),
        "period_start": period_start.isoformat(),
        "period_end": period_end.isoformat(),
    }
    return Refund(Money(amount, account.currency), inputs)


def refund_due_on(approved_on: date, days: int = 14) -> date:
    """The date an approved refund must be paid by: ``days`` calendar days after approval."""
    if days < 0:
        raise ValueError(f"refund processing days must be 0 or more, got {days}")
    return approved_on + timedelta(days=days)
