"""The policy-file vocabulary: parse a decoded TOML rule table and refuse anything unsound.

A rule set is an ordered table; the first rule whose ``when`` matches decides.
Validation happens here, at load time: unknown keys and values, duplicate
names, a missing final default rule, a rule that can never fire and an
explanation placeholder the rule cannot fill are all ``PolicyError``s whose
message names the file and the rule.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass
from typing import Any, NoReturn

from mailbot.domain import AccountStatus, Action, Initiator, Outcome, Plan
from mailbot.errors import PolicyError
from mailbot.policy.periods import PHASES

# What a rule can match on, with every value each dimension can take.
DIMENSIONS: dict[str, tuple[Any, ...]] = {
    "status": tuple(s.value for s in AccountStatus),
    "plan": tuple(p.value for p in Plan),
    "phase": PHASES,
    "asks_refund": (False, True),
    "initiator": tuple(i.value for i in Initiator),
}
POLICY_OUTCOMES = ("confirmed", "flagged", "rejected")
ACTIONS = ("none", *(a.value for a in Action))
EFFECTIVE = ("none", "received", "next_renewal_with_notice")
ACCESS_UNTIL = ("none", "effective", "day_before_effective")
BILLING_STOPS_ON = ("none", "effective")
REFUNDS = ("none", "zero", "one_period_price", "pro_rata_unused")
IDENTIFICATION = ("any", "both")

FILE_KEYS = frozenset(
    {"name", "version", "title", "trial_days", "notice_days", "identification", "contact", "rules"}
)
RULE_KEYS = frozenset(
    (
        "name",
        "when",
        "outcome",
        "action",
        "effective",
        "access_until",
        "billing_stops_on",
        "refund",
        "flags",
        "clauses",
        "explanation",
    )
)

# Explanation placeholders: always available, or only when the rule computes them.
ALWAYS_FIELDS = frozenset(
    (
        "status",
        "plan",
        "phase",
        "initiator",
        "received_on",
        "trial_ends_on",
        "first_period_ends_on",
        "notice_days",
        "trial_days",
        "price",
        "contact",
        "clauses",
        "policy",
        "account_number",
        "username",
    )
)
RENEWAL_FIELDS = frozenset(
    {"renewals_charged_count", "renewals_charged_dates", "renewals_charged_sentence"}
)
PRO_RATA_FIELDS = frozenset({"period_start", "period_end", "unused_days", "period_days"})

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_FLAG = re.compile(r"^[a-z][a-z0-9_]{0,39}$")

Cell = tuple[str, str, str, bool, str]  # (status, plan, phase, asks_refund, initiator)


@dataclass(frozen=True)
class Rule:
    """One row of the table: what it matches and what it decides."""

    name: str
    position: int  # 1-based, as a reader counts rules in the file
    when: dict[str, frozenset[Any]]  # only the dimensions the rule restricts
    outcome: Outcome
    action: Action | None
    effective: str
    access_until: str
    billing_stops_on: str
    refund: str
    flags: tuple[str, ...]
    clauses: tuple[str, ...]
    explanation: tuple[str, ...]
    placeholders: frozenset[str]  # the names the explanation lines use

    @property
    def is_default(self) -> bool:
        return not self.when

    def cells(self) -> set[Cell]:
        """Every combination of facts this rule matches."""
        axes = [self.when.get(dim, values) for dim, values in DIMENSIONS.items()]
        return set(itertools.product(*axes))


@dataclass(frozen=True)
class RuleSet:
    """A validated policy file, before configuration overrides are applied."""

    name: str
    version: int
    title: str
    trial_days: int
    notice_days: int | None
    identification: str
    contact: str
    rules: tuple[Rule, ...]

    @property
    def needs_notice(self) -> bool:
        return any(rule.effective == "next_renewal_with_notice" for rule in self.rules)


class _Reader:
    """Typed access to one TOML table; every error names the file and the rule."""

    def __init__(self, data: Any, source: str, where: str, allowed: frozenset[str]):
        self.source, self.where = source, where
        if not isinstance(data, dict):
            self.fail("must be a table")
        unknown = sorted(set(data) - allowed)
        if unknown:
            self.fail(f"unknown key '{unknown[0]}' (allowed: {', '.join(sorted(allowed))})")
        self.data = data

    def fail(self, message: str) -> NoReturn:
        where = f"{self.where}: " if self.where else ""
        raise PolicyError(f"{self.source}: {where}{message}")

    def get(
        self, key: str, kind: type | tuple[type, ...], default: Any = ..., *, what: str = ""
    ) -> Any:
        if key not in self.data:
            if default is ...:
                self.fail(f"missing required key '{key}'")
            return default
        value = self.data[key]
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            self.fail(f"key '{key}' must be {what or kind}, got {value!r}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.get(key, str, ... if default is None else default, what="a string")
        if value not in allowed:
            self.fail(f"key '{key}' has unknown value {value!r} (allowed: {', '.join(allowed)})")
        return value

    def strings(self, key: str, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
        values = self.get(key, (list, str), [], what="a list of strings")
        values = [values] if isinstance(values, str) else values
        for value in values:
            if not isinstance(value, str) or (pattern and not pattern.match(value)):
                self.fail(f"key '{key}' has an invalid entry {value!r}")
        return tuple(values)


def parse_rule_set(data: dict[str, Any], source: str) -> RuleSet:
    """Validate a decoded policy file; raise PolicyError naming the file and the rule."""
    top = _Reader(data, source, "", FILE_KEYS)
    name = top.get("name", str, what="a string")
    if not _NAME.match(name):
        top.fail(f"key 'name' must be lower-case letters, digits, '.', '_' or '-', got {name!r}")
    version = top.get("version", int, what="a whole number")
    if version < 1:
        top.fail("key 'version' must be 1 or more")
    notice_days = top.get("notice_days", int, None, what="a whole number of days")
    trial_days = top.get("trial_days", int, 0, what="a whole number of days")
    for key, value in (("notice_days", notice_days), ("trial_days", trial_days)):
        if value is not None and not 0 <= value <= 3650:
            top.fail(f"key '{key}' must be between 0 and 3650, got {value}")
    raw_rules = top.get("rules", list, what="an array of [[rules]] tables")
    if not raw_rules:
        top.fail("no [[rules]]: a policy needs at least a default rule")
    rules = tuple(_parse_rule(raw, source, i) for i, raw in enumerate(raw_rules, start=1))
    _check_table(rules, source)
    return RuleSet(
        name=name,
        version=version,
        title=top.get("title", str, name, what="a string"),
        trial_days=trial_days,
        notice_days=notice_days,
        identification=top.choice("identification", IDENTIFICATION),
        contact=top.get("contact", str, what="a string"),
        rules=rules,
    )


def _parse_when(rule: _Reader) -> dict[str, frozenset[Any]]:
    raw = rule.get("when", dict, {}, what="a table")
    when = _Reader(raw, rule.source, f"{rule.where}: when", frozenset(DIMENSIONS))
    result: dict[str, frozenset[Any]] = {}
    for dim, values in DIMENSIONS.items():
        if dim not in when.data:
            continue
        if dim == "asks_refund":
            result[dim] = frozenset({when.get(dim, bool, what="true or false")})
            continue
        chosen = when.strings(dim)
        bad = [v for v in chosen if v not in values]
        if bad:
            when.fail(f"key '{dim}' has unknown value {bad[0]!r} (allowed: {', '.join(values)})")
        if not chosen:
            when.fail(f"key '{dim}' is empty, so the rule matches nothing")
        result[dim] = frozenset(chosen)
    # A dimension listing every value restricts nothing: keep the match canonical.
    return {dim: vals for dim, vals in result.items() if vals != frozenset(DIMENSIONS[dim])}


def _parse_rule(raw: Any, source: str, position: int) -> Rule:
    label = raw.get("name") if isinstance(raw, dict) else None
    where = f"rule '{label}'" if isinstance(label, str) else f"rule #{position}"
    rule = _Reader(raw, source, where, RULE_KEYS)
    name = rule.get("name", str, what="a string")
    if not _NAME.match(name):
        rule.fail("key 'name' must be lower-case letters, digits, '.', '_' or '-'")
    outcome = rule.get("outcome", str, what="a string")
    if outcome in {o.value for o in Outcome} - set(POLICY_OUTCOMES):
        rule.fail(
            f"outcome {outcome!r} is decided by the pipeline, not a policy "
            f"(allowed: {', '.join(POLICY_OUTCOMES)})"
        )
    outcome = rule.choice("outcome", POLICY_OUTCOMES)
    action = rule.choice("action", ACTIONS, "none")
    explanation = rule.strings("explanation")
    parsed = Rule(
        name=name,
        position=position,
        when=_parse_when(rule),
        outcome=Outcome(outcome),
        action=None if action == "none" else Action(action),
        effective=rule.choice("effective", EFFECTIVE, "none"),
        access_until=rule.choice("access_until", ACCESS_UNTIL, "none"),
        billing_stops_on=rule.choice("billing_stops_on", BILLING_STOPS_ON, "none"),
        refund=rule.choice("refund", REFUNDS, "none"),
        flags=rule.strings("flags", _FLAG),
        clauses=rule.strings("clauses"),
        explanation=explanation,
        placeholders=frozenset(p for line in explanation for p in _placeholders(line, rule)),
    )
    _check_consistent(parsed, rule)
    return parsed


def _check_consistent(rule: Rule, reader: _Reader) -> None:
    if not rule.explanation:
        reader.fail("missing required key 'explanation' (at least one line)")
    if rule.outcome is Outcome.REJECTED and (rule.action or rule.refund != "none"):
        reader.fail("a rejected request takes no action and moves no money")
    if rule.action and rule.effective == "none":
        reader.fail(f"action '{rule.action}' needs an 'effective' date kind")
    if rule.effective == "none" and (rule.access_until, rule.billing_stops_on) != ("none", "none"):
        reader.fail(
            "'access_until' and 'billing_stops_on' are counted from the effective date; "
            "set 'effective' too"
        )
    for placeholder in sorted(rule.placeholders - available_fields(rule)):
        reader.fail(f"explanation placeholder '{{{placeholder}}}' is not available in this rule")


def _placeholders(line: str, reader: _Reader) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(line))
    except ValueError as exc:
        reader.fail(f"explanation line {line!r} is not a valid template: {exc}")
    names = [field for _, field, _, _ in parsed if field is not None]
    for field in names:
        if not field.isidentifier():
            reader.fail(f"explanation placeholder '{{{field}}}' must be a plain name")
    return names


def available_fields(rule: Rule) -> frozenset[str]:
    """The explanation placeholders a rule can fill."""
    fields = set(ALWAYS_FIELDS)
    for key, value in (
        ("effective_on", rule.effective),
        ("access_until", rule.access_until),
        ("billing_stops_on", rule.billing_stops_on),
        ("refund", rule.refund),
    ):
        if value != "none":
            fields.add(key)
    if rule.effective == "next_renewal_with_notice":
        fields |= RENEWAL_FIELDS
    if rule.refund == "pro_rata_unused":
        fields |= PRO_RATA_FIELDS
    return frozenset(fields)


def _check_table(rules: tuple[Rule, ...], source: str) -> None:
    seen: dict[str, int] = {}
    for rule in rules:
        if rule.name in seen:
            raise PolicyError(
                f"{source}: rule '{rule.name}': duplicate name "
                f"(rules #{seen[rule.name]} and #{rule.position})"
            )
        seen[rule.name] = rule.position
    last = rules[-1]
    if not last.is_default:
        raise PolicyError(
            f"{source}: rule '{last.name}': the last rule must be a default rule "
            "(no 'when'), so every request gets a decision"
        )
    decided: dict[Cell, Rule] = {}
    # The final default rule is the safety net and may be unreachable; every other must fire.
    for rule in rules[:-1]:
        cells = rule.cells()
        if cells <= decided.keys():
            earlier = sorted({decided[c].position: decided[c].name for c in cells}.items())
            names = ", ".join(f"'{n}'" for _, n in earlier)
            raise PolicyError(
                f"{source}: rule '{rule.name}' can never fire: every case it "
                f"matches is decided earlier by {names}"
            )
        for cell in cells - decided.keys():
            decided[cell] = rule


def decision_table(rules: tuple[Rule, ...]) -> dict[Cell, Rule]:
    """Every combination of facts mapped to the rule that decides it (first match wins)."""
    table: dict[Cell, Rule] = {}
    for rule in rules:
        for cell in rule.cells():
            table.setdefault(cell, rule)
    return table
