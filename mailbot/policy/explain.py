"""The working behind one decision, as text lines (``mailbot policy explain``).

Shows every date the engine computed (d, the trial end, the first-period end,
each renewal date it weighed and the one it chose), the rule that fired, its
clauses and the resulting decision. Pure: the CLI prints what this returns.
"""

from __future__ import annotations

from datetime import date

from mailbot.domain import Account, Decision, PolicyRequest
from mailbot.policy.engine import Facts, Policy
from mailbot.policy.periods import add_periods, first_renewal_on_or_after

NOTICE_RULE = "next_renewal_with_notice"


def explain_lines(policy: Policy, account: Account, request: PolicyRequest) -> list[str]:
    """The decision for (account, request) and all its working, one line per fact."""
    facts = policy.facts(account, request)
    rule = policy.rule_for(facts)
    decision = policy.decide(account, request)
    local = request.received_at.astimezone(policy.zone)
    trial_source = f"started_on + {policy.trial_days} trial days"
    if account.trial_ends_on:
        trial_source = "set on the account"
    lines = [
        f"Policy: {policy.id} ({policy.rule_set.title}), {policy.source}, "
        f"digest {policy.digest[:12]}",
        f"Account: {account.account_number} ({account.username}), {account.plan}, "
        f"status {account.status}, started {account.started_on}, "
        f"price {account.price} {account.currency}",
        f"Received: {request.received_at.isoformat()} = {local:%Y-%m-%d %H:%M %Z} "
        f"({policy.zone.key}); d = {facts.received_on}",
        f"Request: initiator {request.initiator}, asks for a refund: "
        f"{'yes' if request.asks_refund else 'no'}",
        f"Trial ends on: {facts.trial_ends_on} ({trial_source})",
        f"First period ends on: {facts.first_period_ends_on} (started_on + 1 {_unit(account)})",
        f"Phase: {facts.phase}",
        *_renewal_lines(policy, account, facts, rule.effective == NOTICE_RULE),
        f"Rule: {rule.name} (#{rule.position} of {len(policy.rule_set.rules)})",
        f"Clauses: {'; '.join(decision.clauses) or 'none'}",
        *_decision_lines(decision),
    ]
    return lines


def _unit(account: Account) -> str:
    return "month" if account.plan == "monthly" else "year"


def _renewal_lines(policy: Policy, account: Account, facts: Facts, notice_rule: bool) -> list[str]:
    d, start, plan = facts.received_on, account.started_on, account.plan
    k = first_renewal_on_or_after(start, plan, d)
    if not notice_rule or policy.notice_days is None:
        return [f"Next renewal on or after d: {add_periods(start, plan, k)} (renewal {k})"]
    lines = [f"Renewal dates considered (notice {policy.notice_days} days):"]
    while True:
        r = add_periods(start, plan, k)
        gap = (r - d).days
        if gap >= policy.notice_days:
            lines.append(f"  {r} (renewal {k}): {gap} days after d, enough notice: r = {r}")
            return lines
        lines.append(f"  {r} (renewal {k}): {gap} days after d, too little notice: still charged")
        k += 1


def _decision_lines(decision: Decision) -> list[str]:
    return [
        f"Decision: {decision.outcome}, action {decision.action or 'none'}, "
        f"effective {_date(decision.effective_on)}",
        f"Access until: {_date(decision.access_until)}; "
        f"billing stops on: {_date(decision.billing_stops_on)}",
        "Renewals still charged: "
        + (", ".join(d.isoformat() for d in decision.renewals_charged) or "none"),
        f"Refund: {decision.refund or 'none'}"
        + (f" ({_inputs(decision.refund_inputs)})" if decision.refund_inputs else ""),
        f"Flags: {', '.join(decision.flags) or 'none'}",
        "Explanation:",
        *(f"  {line}" for line in decision.explanation),
    ]


def _date(value: date | None) -> str:
    return value.isoformat() if value else "none"


def _inputs(inputs: dict[str, str]) -> str:
    return ", ".join(f"{key} {value}" for key, value in inputs.items())
