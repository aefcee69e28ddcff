"""explain_lines shows the whole working of a decision; refund_due_on dates approved refunds."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from mailbot.config import PolicyConfig
from mailbot.domain import Account, AccountStatus, Initiator, Plan, PolicyRequest
from mailbot.errors import InputError
from mailbot.policy import explain_lines, load_policy, refund_due_on

JAN31 = Account(
    account_number="10001",
    username="alice",
    email="alice@example.com",
    plan=Plan.MONTHLY,
    status=AccountStatus.ACTIVE,
    started_on=date(2026, 1, 31),  # renewals 02-28 03-31 04-30
    price=Decimal("19.00"),
    currency="USD",
)
CRM = load_policy(PolicyConfig(preset="crm-runner"))


def test_explain_shows_every_date_rule_and_clause() -> None:
    """d (with the local time), trial end, first-period end, each renewal weighed, r, the rule."""
    request = PolicyRequest(datetime.fromisoformat("2026-03-08T06:30:00+00:00"))
    text = "\n".join(explain_lines(CRM, JAN31, request))
    assert "Policy: crm-runner@1" in text
    assert "2026-03-08 01:30 EST (America/New_York); d = 2026-03-08" in text
    assert "Trial ends on: 2026-02-14 (started_on + 14 trial days)" in text
    assert "First period ends on: 2026-02-28 (started_on + 1 month)" in text
    assert "2026-03-31 (renewal 2): 23 days after d, too little notice: still charged" in text
    assert "2026-04-30 (renewal 3): 53 days after d, enough notice: r = 2026-04-30" in text
    assert "Rule: monthly-with-notice (#4 of 6)" in text
    assert "Clauses: Refund Policy §2" in text
    assert "Decision: confirmed, action stop_renewal, effective 2026-04-30" in text
    assert "Access until: 2026-04-29; billing stops on: 2026-04-30" in text
    assert "Renewals still charged: 2026-03-31" in text


def test_explain_shows_pro_rata_inputs() -> None:
    """A company termination shows the refund and every input of the formula."""
    atnt = load_policy(PolicyConfig(preset="atntcrm", notice_days=30))
    request = PolicyRequest(
        datetime.fromisoformat("2026-03-01T16:00:00+00:00"), initiator=Initiator.COMPANY
    )
    lines = explain_lines(atnt, JAN31, request)
    refund = next(line for line in lines if line.startswith("Refund:"))
    # period Feb 28 - Mar 31 (31 days), 30 unused: 19 x 30/31 = 18.387 -> 18.39
    assert refund.startswith("Refund: 18.39 USD (formula pro_rata_unused")
    assert "unused_days 30" in refund and "period_days 31" in refund
    assert "Flags: termination_review" in lines


def test_explain_trial_end_set_on_the_account() -> None:
    """An account's own trial end is reported as such."""
    account = Account(**{**JAN31.__dict__, "trial_ends_on": date(2026, 3, 1)})
    request = PolicyRequest(datetime.fromisoformat("2026-02-20T16:00:00+00:00"))
    lines = explain_lines(CRM, account, request)
    assert "Trial ends on: 2026-03-01 (set on the account)" in lines
    assert "Rule: trial (#2 of 6)" in lines


def test_naive_received_at_is_refused() -> None:
    """A moment without an offset cannot be placed in a time zone: bad input, not a guess."""
    with pytest.raises(InputError, match="no UTC offset"):
        CRM.decide(JAN31, PolicyRequest(datetime(2026, 3, 8, 6, 30)))


@pytest.mark.parametrize(
    ("approved", "days", "due"),
    [
        (date(2026, 3, 1), 14, date(2026, 3, 15)),
        (date(2026, 2, 20), 14, date(2026, 3, 6)),  # across a 28-day February
        (date(2024, 2, 20), 14, date(2024, 3, 5)),  # across a leap February
        (date(2026, 12, 25), 10, date(2027, 1, 4)),  # across the year end
        (date(2026, 3, 1), 0, date(2026, 3, 1)),
    ],
)
def test_refund_due_on(approved: date, days: int, due: date) -> None:
    """An approved refund is due that many calendar days after approval."""
    assert refund_due_on(approved, days) == due


def test_refund_due_on_defaults_to_14_days_and_refuses_negative() -> None:
    """14 days is the default processing time; a negative one is a programming error."""
    assert refund_due_on(date(2026, 3, 1)) == date(2026, 3, 15)
    with pytest.raises(ValueError):
        refund_due_on(date(2026, 3, 1), -1)
