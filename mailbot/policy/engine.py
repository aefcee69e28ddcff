"""The decision engine: a loaded Policy applies its first matching rule to (account, request).

Pure: no I/O and no clock. The received moment comes in on the request and is
turned into the local date d in the policy's time zone; every other date is
computed from d and the account's ``started_on``.

What the dates on a Decision mean (the same for every preset):

- ``effective_on``: the local date the action takes effect; d for immediate
  actions, the renewal date r for ``stop_renewal``.
- ``access_until``: the last local date (inclusive) the customer can use the
  service. Immediate actions (``block``, ``cancel_immediately``, ``suspend``,
  a company termination): d. ``stop_renewal``: r - 1 day, the last day of the
  last period paid for.
- ``billing_stops_on``: the first date on which nothing is charged any more;
  no renewal on or after it is charged. Immediate actions: d. ``stop_renewal``:
  r, which is not charged.
- ``renewals_charged``: for ``stop_renewal``, the renewals r_k with
  d <= r_k < r that are still charged (one falling on d itself included);
  empty for immediate actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from mailbot.domain import Account, Decision, PolicyRequest, to_money
from mailbot.policy.periods import (
    add_periods,
    local_date,
    phase_of,
    renewal_with_notice,
    renewals_between,
)
from mailbot.policy.refund_formulas import Refund, compute_refund
from mailbot.policy.rules import Cell, Rule, RuleSet, decision_table

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules match on, computed from the account and the received moment."""

    received_on: date  # d, the local date of the received moment
    trial_ends_on: date
    first_period_ends_on: date
    phase: str
    status: str
    plan: str
    asks_refund: bool
    initiator: str

    @property
    def cell(self) -> Cell:
        return (self.status, self.plan, self.phase, self.asks_refund, self.initiator)


class Dates(TypedDict):
    """The dates a rule's date kinds resolve to: the Decision's date fields, passed on as
    they are."""

    effective_on: date | None
    access_until: date | None
    billing_stops_on: date | None
    renewals_charged: tuple[date, ...]


@dataclass(frozen=True, eq=False)  # identity: two loads of one file are two policies
class Policy:
    """A validated rule set with its configuration applied; ``decide`` is the whole API."""

    rule_set: RuleSet
    zone: ZoneInfo
    trial_days: int
    notice_days: int | None
    contact: str
    digest: str  # sha256 of the file bytes and the overrides
    source: str  # where the rules came from, for messages
    text: str = field(default="", compare=False, repr=False)  # the file and overrides, kept
    id: str = field(init=False)  # "<name>@<version>", recorded on every Decision
    _table: dict[Cell, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{self.rule_set.name}@{self.rule_set.version}")
        object.__setattr__(self, "_table", decision_table(self.rule_set.rules))

    def facts(self, account: Account, request: PolicyRequest) -> Facts:
        """The local date d, the trial end, the first-period end and the phase."""
        d = local_date(request.received_at, self.zone)
        trial_ends_on = account.trial_ends_on or account.started_on + timedelta(self.trial_days)
        first_period_ends_on = add_periods(account.started_on, account.plan, 1)
        return Facts(
            received_on=d,
            trial_ends_on=trial_ends_on,
            first_period_ends_on=first_period_ends_on,
            phase=phase_of(d, trial_ends_on, first_period_ends_on),
            status=account.status,
            plan=account.plan,
            asks_refund=bool(request.asks_refund),
            initiator=request.initiator,
        )

    def rule_for(self, facts: Facts) -> Rule:
        """The first rule matching these facts (the final default rule if none other does)."""
        return self._table.get(facts.cell) or self.rule_set.rules[-1]

    def decide(self, account: Account, request: PolicyRequest) -> Decision:
        """Decide one request by the first matching rule (SPEC §5)."""
        facts = self.facts(account, request)
        rule = self.rule_for(facts)
        dates = self.resolve_dates(rule, account, facts.received_on)
        refund = compute_refund(rule.refund, account, facts.received_on)
        return Decision(
            outcome=rule.outcome,
            action=rule.action,
            policy=self.id,
            rule=rule.name,
            clauses=rule.clauses,
            received_on=facts.received_on,
            **dates,
            refund=refund.money,
            refund_inputs=refund.inputs,
            flags=rule.flags,
            explanation=self._explain(rule, account, facts, dates, refund),
        )

    def resolve_dates(self, rule: Rule, account: Account, d: date) -> Dates:
        """Turn the rule's date kinds into dates for a request received on d."""
        start, plan = account.started_on, account.plan
        renewals: tuple[date, ...] = ()
        if rule.effective == "received":
            effective: date | None = d
        elif rule.effective == "next_renewal_with_notice":
            assert self.notice_days is not None  # guaranteed by load_policy
            k = renewal_with_notice(start, plan, d, self.notice_days)
            effective = add_periods(start, plan, k)
            renewals = renewals_between(start, plan, d, k)
        else:
            effective = None
        access = effective
        if effective and rule.access_until == "day_before_effective":
            access = effective - ONE_DAY
        elif rule.access_until == "none":
            access = None
        billing = effective if rule.billing_stops_on == "effective" else None
        return Dates(effective_on=effective, access_until=access, billing_stops_on=billing,
                     renewals_charged=renewals)

    def _explain(
        self, rule: Rule, account: Account, facts: Facts, dates: Dates, refund: Refund
    ) -> tuple[str, ...]:
        working = _Working(self, rule, account, facts, dates, refund)
        context = {name: _FIELDS[name](working) for name in rule.placeholders}
        return tuple(line.format_map(context) for line in rule.explanation)


@dataclass(frozen=True, slots=True)
class _Working:
    """Everything one decision computed, for filling explanation placeholders."""

    policy: Policy
    rule: Rule
    account: Account
    facts: Facts
    dates: Dates
    refund: Refund


def _notice(w: _Working) -> object:
    return "(not set)" if w.policy.notice_days is None else w.policy.notice_days


# Every placeholder an explanation may name (see rules.available_fields), computed on demand.
_FIELDS: dict[str, Callable[[_Working], object]] = {
    "status": lambda w: w.account.status,
    "plan": lambda w: w.account.plan,
    "phase": lambda w: w.facts.phase.replace("_", " "),
    "initiator": lambda w: w.facts.initiator,
    "received_on": lambda w: w.facts.received_on,
    "trial_ends_on": lambda w: w.facts.trial_ends_on,
    "first_period_ends_on": lambda w: w.facts.first_period_ends_on,
    "notice_days": _notice,
    "trial_days": lambda w: w.policy.trial_days,
    "price": lambda w: f"{to_money(w.account.price)} {w.account.currency}",
    "contact": lambda w: w.policy.contact,
    "clauses": lambda w: "; ".join(w.rule.clauses) or "no clause",
    "policy": lambda w: w.policy.id,
    "account_number": lambda w: w.account.account_number,
    "username": lambda w: w.account.username,
    "effective_on": lambda w: w.dates["effective_on"],
    "access_until": lambda w: w.dates["access_until"],
    "billing_stops_on": lambda w: w.dates["billing_stops_on"],
    "refund": lambda w: w.refund.money,
    "renewals_charged_count": lambda w: len(w.dates["renewals_charged"]),
    "renewals_charged_dates": lambda w: join_dates(w.dates["renewals_charged"]) or "none",
    "renewals_charged_sentence": lambda w: renewals_sentence(w.dates["renewals_charged"]),
    "period_start": lambda w: w.refund.inputs["period_start"],
    "period_end": lambda w: w.refund.inputs["period_end"],
    "unused_days": lambda w: w.refund.inputs["unused_days"],
    "period_days": lambda w: w.refund.inputs["period_days"],
}


def join_dates(dates: tuple[date, ...]) -> str:
    """'2026-04-15', '2026-04-15 and 2026-05-15', 'a, b and c'."""
    text = [d.isoformat() for d in dates]
    return " and ".join([", ".join(text[:-1]), text[-1]] if len(text) > 1 else text)


def renewals_sentence(dates: tuple[date, ...]) -> str:
    """Plain words for the renewals still charged before the cancellation takes effect."""
    if not dates:
        return "No renewal falls before then, so nothing more is charged."
    if len(dates) == 1:
        return f"One renewal before then is still charged, on {join_dates(dates)}."
    return f"{len(dates)} renewals before then are still charged, on {join_dates(dates)}."
