"""Properties of decide() over random accounts and moments (hypothesis).

Renewal calendars here are rebuilt independently from SPEC §5 (``started_on +
relativedelta(k periods)``), not taken from the engine.
"""

from __future__ import annotations

import ast
import os
import sys
import time
from calendar import monthrange
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

import mailbot.policy
from mailbot.config import PolicyConfig
from mailbot.domain import Account, AccountStatus, Initiator, Plan, PolicyRequest
from mailbot.policy import Policy, load_policy

ZONES = ("America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Auckland")


@lru_cache
def policy(preset: str, notice_days: int, zone: str) -> Policy:
    notice = notice_days if preset == "atntcrm" else None
    return load_policy(PolicyConfig(preset=preset, notice_days=notice, timezone=zone))


policies = st.builds(
    policy,
    st.sampled_from(["crm-runner", "atntcrm"]),
    st.sampled_from([0, 1, 14, 30, 45, 90]),
    st.sampled_from(ZONES),
)
# Month ends and leap days are where calendars break: weight them in.
starts = st.one_of(
    st.dates(date(2019, 1, 1), date(2031, 12, 31)),
    st.builds(
        lambda y, m: date(y, m, monthrange(y, m)[1]), st.integers(2019, 2031), st.integers(1, 12)
    ),
    st.sampled_from([date(2024, 2, 29), date(2026, 1, 31), date(2025, 8, 31), date(2026, 3, 31)]),
)


@st.composite
def accounts(draw: st.DrawFn) -> Account:
    started = draw(starts)
    trial = draw(st.none() | st.integers(0, 60).map(lambda n: started + timedelta(n)))
    return Account(
        account_number="1",
        username="u",
        email="u@example.com",
        plan=draw(st.sampled_from(list(Plan))),
        status=draw(st.sampled_from(list(AccountStatus))),
        started_on=started,
        price=Decimal(draw(st.integers(0, 999_999))) / 100,
        currency="USD",
        trial_ends_on=trial,
    )


@st.composite
def moments(draw: st.DrawFn, account: Account) -> datetime:
    base = datetime.combine(account.started_on, datetime.min.time(), UTC)
    return base + timedelta(minutes=draw(st.integers(-60 * 24 * 40, 60 * 24 * 1500)))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Policy, Account, PolicyRequest]:
    account = draw(accounts())
    request = PolicyRequest(
        received_at=draw(moments(account)),
        asks_refund=draw(st.booleans()),
        initiator=draw(st.sampled_from(list(Initiator))),
    )
    return draw(policies), account, request


def renewals(account: Account, until: date) -> list[date]:
    """started_on + k periods for k = 1, 2, ... up to ``until`` (inclusive)."""
    step = relativedelta(months=1) if account.plan == Plan.MONTHLY else relativedelta(years=1)
    out, k = [], 1
    while (r := account.started_on + step * k) <= until:
        out.append(r)
        k += 1
    return out


def local_day(pol: Policy, moment: datetime) -> date:
    return moment.astimezone(ZoneInfo(pol.zone.key)).date()


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_effective_date_is_a_renewal_or_the_received_date(
    scenario: tuple[Policy, Account, PolicyRequest],
) -> None:
    """Effective dates are d itself or a renewal date; stop_renewal is the first with notice."""
    pol, account, request = scenario
    decision = pol.decide(account, request)
    d = local_day(pol, request.received_at)
    assert decision.received_on == d
    if decision.effective_on is None:
        assert decision.action is None
        return
    if decision.action != "stop_renewal":
        assert decision.effective_on == d
        assert decision.renewals_charged == ()
        return
    assert pol.notice_days is not None
    calendar = renewals(account, decision.effective_on)
    assert decision.effective_on in calendar
    assert (decision.effective_on - d).days >= pol.notice_days
    earlier = [r for r in calendar if r < decision.effective_on]
    # the first such renewal: the one before it (if any on or after d) had too little notice
    assert not earlier or (earlier[-1] - d).days < pol.notice_days
    assert decision.renewals_charged == tuple(r for r in earlier if r >= d)
    assert decision.access_until == decision.effective_on - timedelta(days=1)
    assert decision.billing_stops_on == decision.effective_on


@settings(max_examples=300, deadline=None)
@given(scenarios(), st.integers(0, 60 * 24 * 400))
def test_a_later_request_never_gets_an_earlier_effective_date(
    scenario: tuple[Policy, Account, PolicyRequest], later_by_minutes: int
) -> None:
    """Same account, same kind of request: waiting can never move the end earlier."""
    pol, account, request = scenario
    later = PolicyRequest(
        received_at=request.received_at + timedelta(minutes=later_by_minutes),
        asks_refund=request.asks_refund,
        initiator=request.initiator,
    )
    first, second = pol.decide(account, request), pol.decide(account, later)
    assert second.received_on >= first.received_on
    if first.effective_on and second.effective_on:
        assert second.effective_on >= first.effective_on


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_refunds_are_never_negative_nor_above_one_period_price(
    scenario: tuple[Policy, Account, PolicyRequest],
) -> None:
    """Any refund is between 0 and one period's price, in cents, in the account's currency."""
    pol, account, request = scenario
    refund = pol.decide(account, request).refund
    if refund is None:
        return
    assert refund.currency == account.currency
    assert Decimal("0.00") <= refund.amount <= account.price
    assert refund.amount == refund.amount.quantize(Decimal("0.01"))


@contextmanager
def process_zone(name: str) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_decision_does_not_depend_on_the_process_time_zone(
    scenario: tuple[Policy, Account, PolicyRequest],
) -> None:
    """The machine's TZ never leaks into d or any date derived from it."""
    pol, account, request = scenario
    decisions = []
    for zone in ("UTC", "Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"):
        with process_zone(zone):
            decisions.append(pol.decide(account, request))
    assert all(decision == decisions[0] for decision in decisions)


CLOCK_CALLS = {"today", "now", "utcnow", "time", "monotonic", "localtime", "gmtime", "time_ns"}


def test_policy_code_never_reads_the_clock() -> None:
    """No today()/now()/time() anywhere in the package: the received moment is passed in."""
    package = Path(mailbot.policy.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in CLOCK_CALLS, f"{source.name}:{node.lineno}"


@settings(max_examples=50, deadline=None)
@given(scenarios())
def test_decision_does_not_depend_on_todays_date(
    scenario: tuple[Policy, Account, PolicyRequest],
) -> None:
    """With today() and now() booby-trapped in every policy module, decisions still come out."""
    pol, account, request = scenario
    expected = pol.decide(account, request)
    with trapped_clock():
        assert pol.decide(account, request) == expected


class _NoClockDate(date):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        raise AssertionError("policy code read today's date")


class _NoClockDatetime(datetime):
    @classmethod
    def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
        raise AssertionError("policy code read the clock")

    @classmethod
    def today(cls) -> datetime:  # type: ignore[override]
        raise AssertionError("policy code read the clock")


@contextmanager
def trapped_clock() -> Iterator[None]:
    modules = [m for name, m in sys.modules.items() if name.startswith("mailbot.policy")]
    saved = [(m, n, getattr(m, n)) for m in modules for n in ("date", "datetime") if hasattr(m, n)]
    for module, name, _ in saved:
        trap = _NoClockDate if name == "date" else _NoClockDatetime
        setattr(module, name, trap)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
