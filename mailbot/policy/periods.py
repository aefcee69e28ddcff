"""Billing-calendar arithmetic: local dates, renewal dates, phases and the current period.

Pure date maths, no clock. Renewal ``k`` is always ``started_on + k periods``
computed from ``started_on`` (never by repeated addition), so month ends clamp
the way SPEC §5 says: Jan 31 + 1 month = Feb 28/29, + 2 months = Mar 31, and
Feb 29 + 1 year = Feb 28.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from mailbot.errors import InputError

TRIAL = "trial"
FIRST_PERIOD = "first_period"
REGULAR = "regular"
PHASES = (TRIAL, FIRST_PERIOD, REGULAR)

MONTHLY = "monthly"


@lru_cache(maxsize=4096)
def _step(plan: str, k: int) -> relativedelta:
    # Cached: building a relativedelta costs more than adding one.
    return relativedelta(months=k) if plan == MONTHLY else relativedelta(years=k)


def add_periods(start: date, plan: str, k: int) -> date:
    """``start + k`` billing periods (months or years), month-end clamped."""
    return start + _step(plan, k)


def local_date(received_at: datetime, zone: ZoneInfo) -> date:
    """The calendar date of an aware moment in the policy's time zone (never the machine's)."""
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise InputError(f"received_at {received_at.isoformat()} has no UTC offset")
    return received_at.astimezone(zone).date()


def first_renewal_on_or_after(start: date, plan: str, target: date) -> int:
    """The smallest k >= 1 with ``start + k periods >= target``."""
    if plan == MONTHLY:
        k = (target.year - start.year) * 12 + target.month - start.month
    else:
        k = target.year - start.year
    # Renewal k lands in target's month (or year), so it is k or the next one.
    k = max(k, 1)
    return k if add_periods(start, plan, k) >= target else k + 1


def renewal_with_notice(start: date, plan: str, d: date, notice_days: int) -> int:
    """The index of the first renewal r with ``r - d >= notice_days``."""
    return first_renewal_on_or_after(start, plan, d + timedelta(days=notice_days))


def renewals_between(start: date, plan: str, d: date, stop_k: int) -> tuple[date, ...]:
    """Renewal dates r_k with ``d <= r_k`` and ``k < stop_k`` (those still charged)."""
    k = first_renewal_on_or_after(start, plan, d)
    return tuple(add_periods(start, plan, i) for i in range(k, stop_k))


def phase_of(d: date, trial_ends_on: date, first_period_ends_on: date) -> str:
    """``trial`` before the trial end, ``first_period`` before renewal 1, else ``regular``."""
    if d < trial_ends_on:
        return TRIAL
    if d < first_period_ends_on:
        return FIRST_PERIOD
    return REGULAR


def current_period(start: date, plan: str, d: date) -> tuple[date, date]:
    """The billing period ``[period_start, period_end)`` that contains d.

    Before ``started_on`` the first period is returned: nothing of it is used yet.
    """
    k = first_renewal_on_or_after(start, plan, d + timedelta(days=1))
    return add_periods(start, plan, k - 1), add_periods(start, plan, k)
