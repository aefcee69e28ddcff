"""Hand-worked decisions for both presets: every rule, boundary, month end, leap year and DST.

Each expected value below was worked out by hand from SPEC §5 (the renewal
calendars are written next to the accounts); none is computed by the code under
test. Received moments given as a bare date mean 16:00Z that day, which is the
same calendar date in New York (11:00 EST / 12:00 EDT).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

import pytest

from mailbot.config import PolicyConfig
from mailbot.domain import Account, AccountStatus, Decision, Initiator, Plan, PolicyRequest
from mailbot.policy import Policy, load_policy

CRM, ATNT = "crm-runner", "atntcrm"
ONE_DAY = timedelta(days=1)

# (preset, rule) -> (outcome, clauses, flags), copied by hand from the seed policies.
RULES = {
    (CRM, "already-closed"): ("rejected", (), ()),
    (CRM, "trial"): ("confirmed", ("Refund Policy §1",), ()),
    (CRM, "monthly-first-month"): ("confirmed", ("Refund Policy §2",), ()),
    (CRM, "monthly-with-notice"): (
        "confirmed",
        ("Refund Policy §2", "Refund Policy, renewal notice paragraph"),
        (),
    ),
    (CRM, "yearly-suspend"): ("confirmed", ("Refund Policy §3",), ()),
    (CRM, "not-covered"): ("flagged", (), ("not_covered",)),
    (ATNT, "already-closed"): ("rejected", (), ()),
    (ATNT, "refund-requested"): (
        "flagged",
        ("Cancellation Policy §1.2", "Cancellation Policy §2.1"),
        ("refund_review",),
    ),
    (ATNT, "stop-renewal"): ("confirmed", ("Cancellation Policy §1.2",), ()),
    (ATNT, "company-termination"): (
        "flagged",
        ("Cancellation Policy §3.1", "Cancellation Policy §3.2"),
        ("termination_review",),
    ),
}


def account(
    plan: str,
    started: str,
    status: str = "active",
    price: str = "19.00",
    trial_ends_on: str | None = None,
    currency: str = "USD",
) -> Account:
    return Account(
        account_number="10001",
        username="alice",
        email="alice@example.com",
        plan=Plan(plan),
        status=AccountStatus(status),
        started_on=date.fromisoformat(started),
        price=Decimal(price),
        currency=currency,
        trial_ends_on=date.fromisoformat(trial_ends_on) if trial_ends_on else None,
    )


def monthly(started: str, **kw: str) -> Account:
    return account("monthly", started, **kw)


def yearly(started: str, **kw: str) -> Account:
    return account("yearly", started, **kw)


def case(
    reason: str,
    preset: str,
    acct: Account,
    received: str,
    *,
    rule: str,
    action: str | None = None,
    effective: str | None = None,
    refund: str | None = None,
    charged: tuple[str, ...] = (),
    d: str | None = None,
    asks_refund: bool = False,
    initiator: str = "customer",
    notice_days: int | None = None,
    trial_days: int | None = None,
    timezone: str = "America/New_York",
    inputs: dict[str, str] | None = None,
) -> Any:
    """One row: the setup, the account, the request and the hand-worked expectation."""
    moment = f"{received}T16:00:00+00:00" if len(received) == 10 else received
    expected = {
        "rule": rule,
        "action": action,
        "d": d or received[:10],
        "effective": effective,
        "refund": refund,
        "charged": charged,
        "inputs": inputs or {},
    }
    setup = {
        "preset": preset,
        "notice_days": notice_days if notice_days is not None or preset == CRM else 30,
        "trial_days": trial_days,
        "timezone": timezone,
    }
    request = PolicyRequest(
        received_at=datetime.fromisoformat(moment.replace("Z", "+00:00")),
        asks_refund=asks_refund,
        initiator=Initiator(initiator),
    )
    return pytest.param(setup, acct, request, expected, id=reason)


# Renewal calendars (hand-computed, month ends clamped, always from started_on):
# A  monthly 2026-01-15: trial ends 01-29; renewals 02-15 03-15 04-15 05-15 06-15
A = monthly("2026-01-15")
# B  monthly 2026-01-31: trial ends 02-14; renewals 02-28 03-31 04-30 05-31
B = monthly("2026-01-31")
# C  monthly 2024-01-31 (leap): renewals 2024-02-29 03-31
C = monthly("2024-01-31")
# D  monthly 2024-02-29: renewals 03-29 04-29 ... 2025-01-29 2025-02-28 2025-03-29
D = monthly("2024-02-29")
# E  yearly 2024-02-29: renewals 2025-02-28 2026-02-28 2027-02-28 2028-02-29
E = yearly("2024-02-29")
# F  monthly 2026-03-31: trial ends 04-14; renewals 04-30 05-31 06-30 07-31
F = monthly("2026-03-31")
# G  monthly 2025-08-31: renewals 09-30 10-31 11-30 12-31 2026-01-31 02-28 03-31
G = monthly("2025-08-31")
# H  yearly 2025-06-10: trial ends 06-24; renewals 2026-06-10 2027-06-10
H = yearly("2025-06-10")
# K  monthly 2025-02-28: renewals on the 28th: 03-28 04-28 05-28 (no end-of-month snapping)
K = monthly("2025-02-28")
# L  monthly 2024-02-29: trial ends 2024-03-14; first month ends 2024-03-29; then 04-29
L = D

# fmt: off
CASES = [
    # --- crm-runner rule 2: trial (14 days) -------------------------------------------
    case("crm trial: request on the start day is in the trial", CRM, A, "2026-01-15",
         rule="trial", action="block", effective="2026-01-15", refund="0.00"),
    case("crm trial: last trial day (started+13) is still trial", CRM, A, "2026-01-28",
         rule="trial", action="block", effective="2026-01-28", refund="0.00"),
    case("crm trial: the day the trial ends is first month, refunded", CRM, A, "2026-01-29",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-01-29",
         refund="19.00"),
    case("crm trial: request before started_on is in the trial", CRM, monthly("2026-02-01"),
         "2026-01-25", rule="trial", action="block", effective="2026-01-25", refund="0.00"),
    case("crm trial: yearly account in its trial is blocked (trial rule first)", CRM, H,
         "2025-06-20", rule="trial", action="block", effective="2025-06-20", refund="0.00"),
    # --- crm-runner rule 3: first month --------------------------------------------------
    case("crm first month: day before the first renewal refunds one month", CRM, A,
         "2026-02-14", rule="monthly-first-month", action="cancel_immediately",
         effective="2026-02-14", refund="19.00"),
    case("crm first month: refund is in the account's currency", CRM,
         monthly("2026-01-15", currency="EUR", price="49.90"), "2026-02-01",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-02-01",
         refund="49.90"),
    case("crm first month: asking for a refund changes nothing", CRM, A, "2026-02-01",
         asks_refund=True, rule="monthly-first-month", action="cancel_immediately",
         effective="2026-02-01", refund="19.00"),
    # --- crm-runner rule 4: stop renewal with 30 days' notice ----------------------------
    case("crm notice: request on the first renewal day, that renewal still charged", CRM, A,
         "2026-02-15", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-04-15", charged=("2026-02-15", "2026-03-15")),
    case("crm notice: exactly 30 days before a renewal is enough", CRM, A, "2026-03-16",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-04-15"),
    case("crm notice: 29 days before a renewal is one day short", CRM, A, "2026-03-17",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-05-15",
         charged=("2026-04-15",)),
    case("crm notice: request on a renewal day (31 days before the next)", CRM, A,
         "2026-03-15", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-04-15", charged=("2026-03-15",)),
    case("crm notice: mid-cycle request skips the renewal 14 days away", CRM, A, "2026-05-01",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-06-15",
         charged=("2026-05-15",)),
    case("crm notice: asking for a refund after the first month gets none", CRM, A,
         "2026-03-16", asks_refund=True, rule="monthly-with-notice", action="stop_renewal",
         effective="2026-04-15"),
    # --- month ends and leap years ------------------------------------------------------
    case("crm Jan 31 anchor: Feb 27 is still the first month (ends Feb 28)", CRM, B,
         "2026-02-27", rule="monthly-first-month", action="cancel_immediately",
         effective="2026-02-27", refund="19.00"),
    case("crm Jan 31 anchor: Feb 28 is the clamped first renewal", CRM, B, "2026-02-28",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-03-31",
         charged=("2026-02-28",)),
    case("crm Jan 31 anchor: +2 months is Mar 31, exactly 30 days after Mar 1", CRM, B,
         "2026-03-01", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-03-31"),
    case("crm Jan 31 anchor: Mar 2 is 29 days short, ends Apr 30 (clamped)", CRM, B,
         "2026-03-02", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-04-30", charged=("2026-03-31",)),
    case("crm leap: Jan 31 2024 + 1 month = Feb 29, so Feb 28 is first month", CRM, C,
         "2024-02-28", rule="monthly-first-month", action="cancel_immediately",
         effective="2024-02-28", refund="19.00"),
    case("crm leap: Feb 29 2024 is the first renewal", CRM, C, "2024-02-29",
         rule="monthly-with-notice", action="stop_renewal", effective="2024-03-31",
         charged=("2024-02-29",)),
    case("crm Feb 29 anchor: Feb 2025 renewal clamps to 28th, March back to 29th", CRM, D,
         "2025-02-01", rule="monthly-with-notice", action="stop_renewal",
         effective="2025-03-29", charged=("2025-02-28",)),
    case("crm Feb 29 anchor: Mar 28 2024 is the first month", CRM, L, "2024-03-28",
         rule="monthly-first-month", action="cancel_immediately", effective="2024-03-28",
         refund="19.00"),
    case("crm Feb 29 anchor: Mar 29 2024 is the first renewal", CRM, L, "2024-03-29",
         rule="monthly-with-notice", action="stop_renewal", effective="2024-04-29",
         charged=("2024-03-29",)),
    case("crm Mar 31 anchor: Apr 29 is still the first month (ends Apr 30)", CRM, F,
         "2026-04-29", rule="monthly-first-month", action="cancel_immediately",
         effective="2026-04-29", refund="19.00"),
    case("crm Mar 31 anchor: Apr 30 renewal day, ends May 31", CRM, F, "2026-04-30",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-05-31",
         charged=("2026-04-30",)),
    case("crm Mar 31 anchor: May 2 is 29 days before May 31, ends Jun 30", CRM, F,
         "2026-05-02", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-06-30", charged=("2026-05-31",)),
    case("crm Aug 31 anchor: Oct 1 is exactly 30 days before Oct 31", CRM, G, "2025-10-01",
         rule="monthly-with-notice", action="stop_renewal", effective="2025-10-31"),
    case("crm Aug 31 anchor: across February two renewals still charged", CRM, G,
         "2026-01-30", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-03-31", charged=("2026-01-31", "2026-02-28")),
    case("crm Feb 28 anchor stays on the 28th, not the month end", CRM, K, "2025-04-01",
         rule="monthly-with-notice", action="stop_renewal", effective="2025-05-28",
         charged=("2025-04-28",)),
    case("crm Dec 31 anchor: across the year end to Mar 31", CRM, monthly("2025-12-31"),
         "2026-02-01", rule="monthly-with-notice", action="stop_renewal",
         effective="2026-03-31", charged=("2026-02-28",)),
    # --- crm-runner rule 5: yearly ------------------------------------------------------
    case("crm yearly: the day its trial ends is suspended, no refund", CRM, H, "2025-06-24",
         rule="yearly-suspend", action="suspend", effective="2025-06-24"),
    case("crm yearly: mid-year request suspended at once", CRM, H, "2026-02-01",
         rule="yearly-suspend", action="suspend", effective="2026-02-01"),
    case("crm yearly: on its anniversary still suspended that day", CRM, H, "2026-06-10",
         rule="yearly-suspend", action="suspend", effective="2026-06-10"),
    case("crm yearly: asking for a refund gets none", CRM, H, "2026-03-01", asks_refund=True,
         rule="yearly-suspend", action="suspend", effective="2026-03-01"),
    # --- crm-runner rule 1: already closed ----------------------------------------------
    case("crm closed: cancelled account is rejected", CRM, monthly("2026-01-15",
         status="cancelled"), "2026-03-16", rule="already-closed"),
    case("crm closed: blocked account is rejected", CRM, monthly("2026-01-15",
         status="blocked"), "2026-03-16", rule="already-closed"),
    case("crm closed: suspended yearly account is rejected", CRM, yearly("2025-06-10",
         status="suspended"), "2026-03-16", rule="already-closed"),
    case("crm closed: terminated account is rejected", CRM, monthly("2026-01-15",
         status="terminated"), "2026-03-16", rule="already-closed"),
    case("crm closed: status wins over the trial phase", CRM, monthly("2026-01-15",
         status="blocked"), "2026-01-20", rule="already-closed"),
    # --- status trial vs dates ----------------------------------------------------------
    case("crm trial-status account past its trial end, first month: refunded", CRM,
         monthly("2026-01-15", status="trial"), "2026-02-01", rule="monthly-first-month",
         action="cancel_immediately", effective="2026-02-01", refund="19.00"),
    case("crm trial-status account after the first month: stop renewal", CRM,
         monthly("2026-01-15", status="trial"), "2026-03-01", rule="monthly-with-notice",
         action="stop_renewal", effective="2026-04-15", charged=("2026-03-15",)),
    case("crm trial-status yearly past its trial end: suspended", CRM,
         yearly("2026-01-15", status="trial"), "2026-02-01", rule="yearly-suspend",
         action="suspend", effective="2026-02-01"),
    case("crm trial-status account inside its trial: blocked", CRM,
         monthly("2026-01-15", status="trial"), "2026-01-20", rule="trial", action="block",
         effective="2026-01-20", refund="0.00"),
    # --- explicit trial_ends_on ---------------------------------------------------------
    case("crm explicit 30-day trial_ends_on keeps day 20 in the trial", CRM,
         monthly("2026-01-15", trial_ends_on="2026-02-14"), "2026-02-04", rule="trial",
         action="block", effective="2026-02-04", refund="0.00"),
    case("crm explicit trial_ends_on: the end day itself is first month", CRM,
         monthly("2026-01-15", trial_ends_on="2026-02-14"), "2026-02-14",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-02-14",
         refund="19.00"),
    case("crm explicit 3-day trial: day 3 is already first month", CRM,
         monthly("2026-01-15", trial_ends_on="2026-01-18"), "2026-01-18",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-01-18",
         refund="19.00"),
    case("crm explicit trial beyond the first month keeps Feb 20 in trial", CRM,
         monthly("2026-01-15", trial_ends_on="2026-03-01"), "2026-02-20", rule="trial",
         action="block", effective="2026-02-20", refund="0.00"),
    # --- config overrides ---------------------------------------------------------------
    case("crm trial_days override 30: day 26 is trial", CRM, A, "2026-02-10", trial_days=30,
         rule="trial", action="block", effective="2026-02-10", refund="0.00"),
    case("crm trial_days override 0: the start day is first month", CRM, A, "2026-01-15",
         trial_days=0, rule="monthly-first-month", action="cancel_immediately",
         effective="2026-01-15", refund="19.00"),
    case("crm notice_days override 10: 11 days before a renewal is enough", CRM, A,
         "2026-03-04", notice_days=10, rule="monthly-with-notice", action="stop_renewal",
         effective="2026-03-15"),
    case("crm notice_days override 60: two renewals still charged", CRM, A, "2026-03-01",
         notice_days=60, rule="monthly-with-notice", action="stop_renewal",
         effective="2026-05-15", charged=("2026-03-15", "2026-04-15")),
    # --- time zones and DST (America/New_York: EDT from 2026-03-08, EST from 2026-11-01) -
    case("DST start: 04:30Z Mar 8 is 23:30 EST Mar 7, still first month", CRM,
         monthly("2026-02-08"), "2026-03-08T04:30:00Z", d="2026-03-07",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-03-07",
         refund="19.00"),
    case("DST start: 06:30Z Mar 8 is 01:30 EST Mar 8, the first renewal day", CRM,
         monthly("2026-02-08"), "2026-03-08T06:30:00Z", rule="monthly-with-notice",
         action="stop_renewal", effective="2026-04-08", charged=("2026-03-08",)),
    case("DST in force: 04:30Z Mar 9 is 00:30 EDT Mar 9, not 23:30 EST", CRM,
         monthly("2026-02-09"), "2026-03-09T04:30:00Z", rule="monthly-with-notice",
         action="stop_renewal", effective="2026-04-09", charged=("2026-03-09",)),
    case("DST end: 03:30Z Nov 1 is 23:30 EDT Oct 31, first month", CRM,
         monthly("2026-10-01"), "2026-11-01T03:30:00Z", d="2026-10-31",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-10-31",
         refund="19.00"),
    case("DST end: 04:30Z Nov 1 is 00:30 EDT Nov 1, exactly 30 days before Dec 1", CRM,
         monthly("2026-10-01"), "2026-11-01T04:30:00Z", rule="monthly-with-notice",
         action="stop_renewal", effective="2026-12-01", charged=("2026-11-01",)),
    case("DST end: 06:30Z Nov 1 is 01:30 EST (the repeated hour), Nov 1", CRM,
         monthly("2026-10-01"), "2026-11-01T06:30:00Z", rule="monthly-with-notice",
         action="stop_renewal", effective="2026-12-01", charged=("2026-11-01",)),
    case("EST: 04:30Z Nov 2 is 23:30 EST Nov 1, not the UTC date", CRM,
         monthly("2026-10-01"), "2026-11-02T04:30:00Z", d="2026-11-01",
         rule="monthly-with-notice", action="stop_renewal", effective="2026-12-01",
         charged=("2026-11-01",)),
    case("offset input: 23:30-05:00 Jan 28 is Jan 28 in New York, trial", CRM, A,
         "2026-01-28T23:30:00-05:00", d="2026-01-28", rule="trial", action="block",
         effective="2026-01-28", refund="0.00"),
    case("timezone Asia/Tokyo: 16:00Z Jan 28 is Jan 29 there, trial over", CRM, A,
         "2026-01-28T16:00:00Z", d="2026-01-29", timezone="Asia/Tokyo",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-01-29",
         refund="19.00"),
    case("timezone Pacific/Honolulu: 05:00Z Feb 15 is Feb 14 there, first month", CRM, A,
         "2026-02-15T05:00:00Z", d="2026-02-14", timezone="Pacific/Honolulu",
         rule="monthly-first-month", action="cancel_immediately", effective="2026-02-14",
         refund="19.00"),
    # --- crm-runner default: not covered ------------------------------------------------
    case("crm company-initiated request is not covered: flagged, no action", CRM, A,
         "2026-03-20", initiator="company", rule="not-covered"),
    case("crm company-initiated request on a closed account: rejected", CRM,
         monthly("2026-01-15", status="cancelled"), "2026-03-20", initiator="company",
         rule="already-closed"),
    # --- atntcrm: stop renewal with notice (notice_days = 30 from config) ---------------
    case("atntcrm first month: no first-month refund, stop at renewal", ATNT, A, "2026-01-20",
         rule="stop-renewal", action="stop_renewal", effective="2026-03-15",
         charged=("2026-02-15",)),
    case("atntcrm exactly 30 days before a renewal is enough", ATNT, A, "2026-03-16",
         rule="stop-renewal", action="stop_renewal", effective="2026-04-15"),
    case("atntcrm 29 days before a renewal is one day short", ATNT, A, "2026-03-17",
         rule="stop-renewal", action="stop_renewal", effective="2026-05-15",
         charged=("2026-04-15",)),
    case("atntcrm request on a renewal day: that renewal still charged", ATNT, A,
         "2026-03-15", rule="stop-renewal", action="stop_renewal", effective="2026-04-15",
         charged=("2026-03-15",)),
    case("atntcrm yearly: exactly 30 days before the anniversary", ATNT, H, "2026-05-11",
         rule="stop-renewal", action="stop_renewal", effective="2026-06-10"),
    case("atntcrm yearly: 29 days before the anniversary waits a year", ATNT, H,
         "2026-05-12", rule="stop-renewal", action="stop_renewal", effective="2027-06-10",
         charged=("2026-06-10",)),
    case("atntcrm yearly Feb 29 anchor renews Feb 28 in a common year", ATNT, E,
         "2025-01-15", rule="stop-renewal", action="stop_renewal", effective="2025-02-28"),
    case("atntcrm yearly Feb 29 anchor: 29 days before Feb 28 waits to 2026", ATNT, E,
         "2025-01-30", rule="stop-renewal", action="stop_renewal", effective="2026-02-28",
         charged=("2025-02-28",)),
    case("atntcrm yearly Feb 29 anchor renews Feb 29 again in 2028", ATNT, E, "2028-01-29",
         rule="stop-renewal", action="stop_renewal", effective="2028-02-29"),
    case("atntcrm Aug 31 anchor: Jan 29 is exactly 30 days before Feb 28", ATNT, G,
         "2026-01-29", rule="stop-renewal", action="stop_renewal", effective="2026-02-28",
         charged=("2026-01-31",)),
    case("atntcrm account in an explicit trial still just stops renewal", ATNT,
         monthly("2026-01-15", trial_ends_on="2026-02-15"), "2026-01-20",
         rule="stop-renewal", action="stop_renewal", effective="2026-03-15",
         charged=("2026-02-15",)),
    case("atntcrm trial-status account stops renewal like any other", ATNT,
         monthly("2026-01-15", status="trial"), "2026-03-16", rule="stop-renewal",
         action="stop_renewal", effective="2026-04-15"),
    case("atntcrm notice_days 45: exactly 45 days before Apr 15", ATNT, A, "2026-03-01",
         notice_days=45, rule="stop-renewal", action="stop_renewal", effective="2026-04-15",
         charged=("2026-03-15",)),
    case("atntcrm notice_days 45: 44 days before Apr 15 goes to May 15", ATNT, A,
         "2026-03-02", notice_days=45, rule="stop-renewal", action="stop_renewal",
         effective="2026-05-15", charged=("2026-03-15", "2026-04-15")),
    case("atntcrm notice_days 0: a renewal on d is the end, not charged", ATNT, A,
         "2026-03-15", notice_days=0, rule="stop-renewal", action="stop_renewal",
         effective="2026-03-15"),
    case("atntcrm DST start: 04:30Z Mar 8 is Mar 7 in New York", ATNT, monthly("2026-01-06"),
         "2026-03-08T04:30:00Z", d="2026-03-07", rule="stop-renewal", action="stop_renewal",
         effective="2026-04-06"),
    # --- atntcrm: refund requests are flagged -------------------------------------------
    case("atntcrm asks refund: flagged for review with the stop-renewal proposal", ATNT, A,
         "2026-03-16", asks_refund=True, rule="refund-requested", action="stop_renewal",
         effective="2026-04-15"),
    case("atntcrm asks refund one day short of notice: proposal May 15", ATNT, A,
         "2026-03-17", asks_refund=True, rule="refund-requested", action="stop_renewal",
         effective="2026-05-15", charged=("2026-04-15",)),
    case("atntcrm asks refund, yearly: flagged, proposal next year", ATNT, H, "2026-05-12",
         asks_refund=True, rule="refund-requested", action="stop_renewal",
         effective="2027-06-10", charged=("2026-06-10",)),
    # --- atntcrm: already closed --------------------------------------------------------
    case("atntcrm closed: cancelled account is rejected", ATNT, monthly("2026-01-15",
         status="cancelled"), "2026-03-16", rule="already-closed"),
    case("atntcrm closed: blocked account is rejected", ATNT, monthly("2026-01-15",
         status="blocked"), "2026-03-16", rule="already-closed"),
    case("atntcrm closed: suspended account is rejected", ATNT, monthly("2026-01-15",
         status="suspended"), "2026-03-16", rule="already-closed"),
    case("atntcrm closed: terminated account is rejected", ATNT, yearly("2025-06-10",
         status="terminated"), "2026-03-16", rule="already-closed"),
    case("atntcrm closed account asking a refund is still rejected", ATNT,
         monthly("2026-01-15", status="cancelled"), "2026-03-16", asks_refund=True,
         rule="already-closed"),
    case("atntcrm company termination of a terminated account is rejected", ATNT,
         monthly("2026-01-15", status="terminated"), "2026-03-20", initiator="company",
         rule="already-closed"),
    # --- atntcrm: company termination, pro-rata refund ----------------------------------
    case("termination mid-period: 19.00 x 26/31 = 15.935 -> 15.94", ATNT, A, "2026-03-20",
         initiator="company", rule="company-termination", effective="2026-03-20",
         refund="15.94", inputs={"unused_days": "26", "period_days": "31",
                                 "period_start": "2026-03-15", "period_end": "2026-04-15"}),
    case("termination on a renewal day refunds the whole new period", ATNT, A, "2026-03-15",
         initiator="company", rule="company-termination", effective="2026-03-15",
         refund="19.00", inputs={"unused_days": "31", "period_days": "31"}),
    case("termination on a period's last day refunds one day: 19/31 = 0.61", ATNT, A,
         "2026-04-14", initiator="company", rule="company-termination",
         effective="2026-04-14", refund="0.61",
         inputs={"unused_days": "1", "period_days": "31", "period_start": "2026-03-15"}),
    case("termination rounds half-up: 25.05 x 3/30 = 2.505 -> 2.51", ATNT,
         monthly("2026-04-01", price="25.05"), "2026-04-28", initiator="company",
         rule="company-termination", effective="2026-04-28", refund="2.51",
         inputs={"unused_days": "3", "period_days": "30"}),
    case("termination rounds half-up in February: 49.07 x 2/28 = 3.505 -> 3.51", ATNT,
         monthly("2026-02-01", price="49.07"), "2026-02-27", initiator="company",
         rule="company-termination", effective="2026-02-27", refund="3.51",
         inputs={"unused_days": "2", "period_days": "28"}),
    case("termination, Jan 31 anchor: period Feb 28-Mar 31 is 31 days, 28 x 30/31", ATNT,
         monthly("2026-01-31", price="28.00"), "2026-03-01", initiator="company",
         rule="company-termination", effective="2026-03-01", refund="27.10",
         inputs={"unused_days": "30", "period_days": "31", "period_start": "2026-02-28",
                 "period_end": "2026-03-31"}),
    case("termination, yearly over a leap period: 366 x 152/366 = 152.00", ATNT,
         yearly("2023-06-01", price="366.00"), "2024-01-01", initiator="company",
         rule="company-termination", effective="2024-01-01", refund="152.00",
         inputs={"unused_days": "152", "period_days": "366"}),
    case("termination, yearly common period: 120 x 151/365 = 49.64", ATNT,
         yearly("2025-06-01", price="120.00"), "2026-01-01", initiator="company",
         rule="company-termination", effective="2026-01-01", refund="49.64",
         inputs={"unused_days": "151", "period_days": "365"}),
    case("termination before the start refunds at most one period", ATNT,
         monthly("2026-02-01"), "2026-01-25", initiator="company", rule="company-termination",
         effective="2026-01-25", refund="19.00",
         inputs={"unused_days": "28", "period_days": "28", "period_start": "2026-02-01"}),
    case("termination in DST: 03:30Z Nov 1 is Oct 31, 19 x 1/31 = 0.61", ATNT,
         monthly("2026-10-01"), "2026-11-01T03:30:00Z", d="2026-10-31", initiator="company",
         rule="company-termination", effective="2026-10-31", refund="0.61",
         inputs={"unused_days": "1", "period_days": "31"}),
]
# fmt: on


@lru_cache
def policy_for(preset: str, notice_days: int | None, trial_days: int | None, tz: str) -> Policy:
    config = PolicyConfig(
        preset=preset, notice_days=notice_days, trial_days=trial_days, timezone=tz
    )
    return load_policy(config)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@pytest.mark.parametrize(("setup", "acct", "request_", "expected"), CASES)
def test_case(setup: dict, acct: Account, request_: PolicyRequest, expected: dict) -> None:
    """Each hand-worked case gets exactly the rule, action, dates and refund worked out."""
    policy = policy_for(
        setup["preset"], setup["notice_days"], setup["trial_days"], setup["timezone"]
    )
    decision = policy.decide(acct, request_)
    outcome, clauses, flags = RULES[(setup["preset"], expected["rule"])]
    d = date.fromisoformat(expected["d"])
    assert decision.rule == expected["rule"]
    assert decision.outcome == outcome
    assert decision.action == expected["action"]
    assert decision.policy == f"{setup['preset']}@1"
    assert decision.clauses == clauses
    assert decision.flags == flags
    assert decision.received_on == d
    assert decision.effective_on == _day(expected["effective"])
    assert decision.renewals_charged == tuple(map(date.fromisoformat, expected["charged"]))
    if expected["refund"] is None:
        assert decision.refund is None
    else:
        assert decision.refund is not None
        assert decision.refund.amount == Decimal(expected["refund"])
        assert decision.refund.currency == acct.currency
        assert str(decision.refund.amount) == expected["refund"]  # exactly two places
    for key, value in expected["inputs"].items():
        assert decision.refund_inputs[key] == value
    _check_access_and_billing(decision.action, d, decision)
    assert decision.explanation


def _check_access_and_billing(action: str | None, d: date, decision: Decision) -> None:
    """access_until / billing_stops_on follow the documented meaning for each action."""
    if decision.effective_on is None:
        assert decision.access_until is None and decision.billing_stops_on is None
    elif action == "stop_renewal":
        assert decision.access_until == decision.effective_on - ONE_DAY
        assert decision.billing_stops_on == decision.effective_on
    else:
        assert decision.access_until == d == decision.effective_on
        assert decision.billing_stops_on == d


def test_table_is_large_and_covers_every_rule() -> None:
    """The table has at least 70 cases and exercises every rule of both presets."""
    assert len(CASES) >= 70
    fired = {(c.values[0]["preset"], c.values[3]["rule"]) for c in CASES}
    assert fired == set(RULES)


def test_explanation_names_dates_and_money() -> None:
    """The reply lines say what happens, when, the money and the clause."""
    policy = policy_for(CRM, None, None, "America/New_York")
    req = PolicyRequest(datetime.fromisoformat("2026-03-17T16:00:00+00:00"))
    lines = "\n".join(policy.decide(A, req).explanation)
    assert "2026-05-15" in lines and "2026-05-14" in lines
    assert "One renewal before then is still charged, on 2026-04-15." in lines
    assert "Refund Policy §2" in lines
    first = policy.decide(A, PolicyRequest(datetime.fromisoformat("2026-02-01T16:00:00+00:00")))
    assert "19.00 USD" in "\n".join(first.explanation)
    closed = monthly("2026-01-15", status="suspended")
    assert "already suspended" in policy.decide(closed, req).explanation[0]
