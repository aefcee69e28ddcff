"""Policy files: presets load, unsound files are refused by name, a company's own file decides."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from mailbot.config import PolicyConfig
from mailbot.domain import Account, AccountStatus, Initiator, Plan, PolicyRequest
from mailbot.errors import PolicyError
from mailbot.policy import check_policy_file, load_policy

HEADER = """\
name = "acme"
version = 3
trial_days = 7
notice_days = 15
identification = "any"
contact = "help@acme.example"
"""

STOP = """
[[rules]]
name = "stop"
when = { plan = "monthly" }
outcome = "confirmed"
action = "stop_renewal"
effective = "next_renewal_with_notice"
access_until = "day_before_effective"
billing_stops_on = "effective"
clauses = ["Terms §4"]
explanation = ["Ends on {effective_on}."]
"""

DEFAULT = """
[[rules]]
name = "default"
outcome = "flagged"
flags = ["not_covered"]
explanation = ["Support decides."]
"""

VALID = HEADER + STOP + DEFAULT

ACCOUNT = Account(
    account_number="10001",
    username="alice",
    email="alice@example.com",
    plan=Plan.MONTHLY,
    status=AccountStatus.ACTIVE,
    started_on=date(2026, 1, 15),  # renewals 02-15 03-15 04-15 05-15
    price=Decimal("19.00"),
    currency="USD",
)


def received(day: str, **kw: object) -> PolicyRequest:
    return PolicyRequest(datetime.fromisoformat(f"{day}T16:00:00+00:00"), **kw)  # type: ignore[arg-type]


def write(tmp_path: Path, text: str, name: str = "acme.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path: Path, text: str) -> str:
    with pytest.raises(PolicyError) as info:
        check_policy_file(write(tmp_path, text))
    message = str(info.value)
    assert "acme.toml" in message
    return message


# --- the shipped presets -------------------------------------------------------------


def test_crm_runner_preset_parameters() -> None:
    """crm-runner ships with its id, 14-day trial, 30-day notice, 'any' identification and phone."""
    policy = load_policy(PolicyConfig(preset="crm-runner"))
    assert policy.id == "crm-runner@1"
    assert (policy.trial_days, policy.notice_days) == (14, 30)
    assert policy.rule_set.identification == "any"
    assert policy.contact == "305.510.0170"
    assert policy.zone.key == "America/New_York"
    assert len(policy.digest) == 64


def test_atntcrm_preset_parameters() -> None:
    """atntcrm needs both identifiers, its own contact, and its notice period from config."""
    policy = load_policy(PolicyConfig(preset="atntcrm", notice_days=45, timezone="Europe/Berlin"))
    assert policy.id == "atntcrm@1"
    assert policy.rule_set.identification == "both"
    assert policy.contact == "support@atntcrm.com"
    assert policy.notice_days == 45
    assert policy.zone.key == "Europe/Berlin"


def test_atntcrm_without_notice_days_is_refused() -> None:
    """The seed leaves the notice period blank, so loading it without config names the key."""
    with pytest.raises(PolicyError, match="notice_days") as info:
        load_policy(PolicyConfig(preset="atntcrm"))
    assert "atntcrm" in str(info.value)


def test_config_overrides_apply_on_top_of_the_file() -> None:
    """[policy] notice_days, trial_days and contact replace the file's values."""
    config = PolicyConfig(preset="crm-runner", notice_days=10, trial_days=0, contact="call 555")
    policy = load_policy(config)
    assert (policy.notice_days, policy.trial_days, policy.contact) == (10, 0, "call 555")


def test_shipped_presets_pass_the_checker(tmp_path: Path) -> None:
    """Both preset files are valid policy files on their own (atntcrm with a notice period)."""
    presets = resources.files("mailbot.policy").joinpath("presets")
    crm = write(tmp_path, presets.joinpath("crm-runner.toml").read_text("utf-8"), "crm.toml")
    atnt = write(tmp_path, presets.joinpath("atntcrm.toml").read_text("utf-8"), "atnt.toml")
    assert check_policy_file(crm).id == "crm-runner@1"
    with pytest.raises(PolicyError, match="notice_days"):
        check_policy_file(atnt)
    assert check_policy_file(atnt, PolicyConfig(notice_days=30)).notice_days == 30


# --- validation on load --------------------------------------------------------------


def test_valid_file_is_accepted(tmp_path: Path) -> None:
    """A minimal file with one rule and a default loads as '<name>@<version>'."""
    policy = check_policy_file(write(tmp_path, VALID))
    assert policy.id == "acme@3"
    assert [rule.name for rule in policy.rule_set.rules] == ["stop", "default"]


def test_missing_default_rule_is_refused(tmp_path: Path) -> None:
    """A table whose last rule restricts anything would leave requests undecided."""
    message = refused(tmp_path, HEADER + STOP)
    assert "rule 'stop'" in message and "default" in message


def test_default_rule_not_last_is_refused(tmp_path: Path) -> None:
    """Rules after a default rule can never fire, so the file is refused naming one of them."""
    message = refused(tmp_path, HEADER + DEFAULT + STOP.replace('name = "stop"', 'name = "x"'))
    assert "rule 'x'" in message


def test_duplicate_rule_name_is_refused(tmp_path: Path) -> None:
    """Two rules with one name would make decisions ambiguous to read."""
    twin = STOP.replace('plan = "monthly"', 'plan = "yearly"')
    message = refused(tmp_path, HEADER + STOP + twin + DEFAULT)
    assert "rule 'stop'" in message and "duplicate" in message


def test_unreachable_rule_is_refused(tmp_path: Path) -> None:
    """A rule whose every case an earlier rule already decides is refused, naming both."""
    shadowed = STOP.replace('name = "stop"', 'name = "late"').replace(
        'when = { plan = "monthly" }', 'when = { plan = "monthly", phase = "regular" }'
    )
    message = refused(tmp_path, HEADER + STOP + shadowed + DEFAULT)
    assert "rule 'late'" in message and "'stop'" in message and "never fire" in message


def test_rule_covered_by_several_earlier_rules_is_unreachable(tmp_path: Path) -> None:
    """Coverage is by the union of earlier rules, not just one of them."""
    monthly = STOP.replace('name = "stop"', 'name = "m"')
    yearly = STOP.replace('name = "stop"', 'name = "y"').replace('"monthly"', '"yearly"')
    both = STOP.replace('name = "stop"', 'name = "both"').replace(
        'when = { plan = "monthly" }', 'when = { status = ["active", "trial"] }'
    )
    message = refused(tmp_path, HEADER + monthly + yearly + both + DEFAULT)
    assert "rule 'both'" in message and "'m'" in message and "'y'" in message


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ('outcome = "confirmed"', 'outcome = "confirmed"\ncolour = "red"', "'colour'"),
        ('outcome = "confirmed"', 'outcome = "approved"', "'approved'"),
        ('outcome = "confirmed"', 'outcome = "duplicate"', "pipeline"),
        ('action = "stop_renewal"', 'action = "delete_account"', "'delete_account'"),
        ('effective = "next_renewal_with_notice"', 'effective = "tomorrow"', "'tomorrow'"),
        ('when = { plan = "monthly" }', 'when = { plan = "weekly" }', "'weekly'"),
        ('when = { plan = "monthly" }', 'when = { phase = "grace" }', "'grace'"),
        ('when = { plan = "monthly" }', 'when = { colour = "red" }', "'colour'"),
        ('when = { plan = "monthly" }', "when = { plan = [] }", "matches nothing"),
        ('when = { plan = "monthly" }', 'when = { asks_refund = "yes" }', "asks_refund"),
        ('billing_stops_on = "effective"', 'billing_stops_on = "never"', "'never'"),
        ('clauses = ["Terms §4"]', 'clauses = ["Terms §4"]\nrefund = "half"', "'half'"),
        ('["Ends on {effective_on}."]', '["Ends on {when}."]', "{when}"),
        ('["Ends on {effective_on}."]', '["Refund {refund}."]', "{refund}"),
        ('["Ends on {effective_on}."]', '["{account.__class__}"]', "plain name"),
        ('["Ends on {effective_on}."]', "[]", "explanation"),
        ('flags = ["not_covered"]', 'flags = ["Not Covered!"]', "flags"),
        ('action = "stop_renewal"', 'action = "none"\nflags = []', None),
    ],
    ids=[
        "unknown rule key",
        "unknown outcome",
        "pipeline outcome",
        "unknown action",
        "unknown effective kind",
        "unknown plan",
        "unknown phase",
        "unknown match key",
        "empty match list",
        "asks_refund not a bool",
        "unknown billing_stops_on kind",
        "unknown refund formula",
        "unknown placeholder",
        "placeholder the rule cannot fill",
        "attribute placeholder",
        "no explanation",
        "bad flag",
        "action none is fine",
    ],
)
def test_bad_rule_values_are_refused(tmp_path: Path, old: str, new: str, named: str | None) -> None:
    """Every unknown key or value is refused with a message naming the rule and the culprit."""
    text = VALID.replace(old, new, 1)
    assert text != VALID
    if named is None:
        assert check_policy_file(write(tmp_path, text)).id == "acme@3"
        return
    message = refused(tmp_path, text)
    rule = "'default'" if "flags" in old else "'stop'"
    assert f"rule {rule}" in message
    assert named in message


def test_rejected_rule_may_not_act(tmp_path: Path) -> None:
    """A rejection that blocks an account or pays money is a contradiction."""
    message = refused(tmp_path, VALID.replace('outcome = "confirmed"', 'outcome = "rejected"'))
    assert "rule 'stop'" in message and "rejected" in message


def test_access_without_effective_date_is_refused(tmp_path: Path) -> None:
    """access_until and billing_stops_on are counted from the effective date."""
    text = VALID.replace('action = "stop_renewal"\neffective = "next_renewal_with_notice"\n', "")
    assert "rule 'stop'" in refused(tmp_path, text)


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ('name = "acme"', 'name = "acme"\nowner = "bob"', "'owner'"),
        ("version = 3", 'version = "3"', "'version'"),
        ("version = 3", "version = true", "'version'"),
        ("version = 3", "version = 0", "'version'"),
        ('name = "acme"', 'name = "Acme Corp"', "'name'"),
        ("notice_days = 15", "notice_days = -1", "'notice_days'"),
        ('identification = "any"', 'identification = "either"', "'either'"),
        ('contact = "help@acme.example"\n', "", "'contact'"),
        ("[[rules]]", "[[rule]]", "'rule'"),
        ('name = "acme"', 'name = "acme', "TOML"),
    ],
)
def test_bad_file_keys_are_refused(tmp_path: Path, old: str, new: str, named: str) -> None:
    """File-level keys are checked too; the message names the key."""
    text = VALID.replace(old, new, 1)
    assert named in refused(tmp_path, text)


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    """A policy file that does not exist is an expected failure, not a traceback."""
    with pytest.raises(PolicyError, match="not found"):
        check_policy_file(tmp_path / "missing.toml")


# --- a company's own file ------------------------------------------------------------


def test_company_file_loads_relative_to_the_config_folder(tmp_path: Path) -> None:
    """[policy] file is resolved against the config file's folder."""
    write(tmp_path, VALID)
    policy = load_policy(PolicyConfig(file="acme.toml"), base_dir=tmp_path)
    assert policy.id == "acme@3"
    assert policy.decide(ACCOUNT, received("2026-03-16")).policy == "acme@3"


def test_company_notice_period_changes_decisions(tmp_path: Path) -> None:
    """On Mar 31, 15 days' notice reaches the Apr 15 renewal; 40 days' pushes it to May 15."""
    short = check_policy_file(write(tmp_path, VALID, "short.toml"))
    long = check_policy_file(write(tmp_path, VALID.replace("= 15", "= 40"), "long.toml"))
    request = received("2026-03-31")  # 15 days before Apr 15, 45 before May 15
    assert short.decide(ACCOUNT, request).effective_on == date(2026, 4, 15)
    assert long.decide(ACCOUNT, request).effective_on == date(2026, 5, 15)
    assert long.decide(ACCOUNT, request).renewals_charged == (date(2026, 4, 15),)


def test_company_trial_length_and_refund_rule_change_decisions(tmp_path: Path) -> None:
    """A company's own trial rule and pro-rata refund rule are honoured."""
    trial = """
[[rules]]
name = "trial"
when = { phase = "trial" }
outcome = "confirmed"
action = "block"
effective = "received"
access_until = "effective"
billing_stops_on = "effective"
refund = "zero"
explanation = ["Blocked on {effective_on}, trial ended {trial_ends_on}."]
"""
    pro_rata = STOP.replace(
        'clauses = ["Terms §4"]', 'refund = "pro_rata_unused"\nclauses = ["Terms §4"]'
    )
    base = HEADER + trial + pro_rata + DEFAULT
    seven = check_policy_file(write(tmp_path, base, "seven.toml"))
    longer = base.replace("trial_days = 7", "trial_days = 30")
    thirty = check_policy_file(write(tmp_path, longer, "thirty.toml"))
    request = received("2026-01-25")  # day 10: past a 7-day trial, inside a 30-day one
    assert thirty.decide(ACCOUNT, request).rule == "trial"
    decision = seven.decide(ACCOUNT, request)
    assert decision.rule == "stop"
    # period Jan 15 - Feb 15 (31 days), Jan 25 to Feb 15 is 21 unused days: 19 x 21/31 = 12.87
    assert decision.refund is not None and decision.refund.amount == Decimal("12.87")


def test_company_file_can_decide_company_terminations(tmp_path: Path) -> None:
    """The initiator is matchable, so a file can treat company terminations separately."""
    company = """
[[rules]]
name = "terminate"
when = { initiator = "company" }
outcome = "flagged"
effective = "received"
refund = "one_period_price"
flags = ["termination_review"]
explanation = ["Terminated on {effective_on}, refund {refund}."]
"""
    policy = check_policy_file(write(tmp_path, HEADER + company + STOP + DEFAULT))
    decision = policy.decide(ACCOUNT, received("2026-03-16", initiator=Initiator.COMPANY))
    assert decision.rule == "terminate" and decision.refund is not None
    assert decision.refund.amount == Decimal("19.00")
    assert decision.explanation == ("Terminated on 2026-03-16, refund 19.00 USD.",)


# --- digest --------------------------------------------------------------------------


def test_changed_file_yields_a_different_digest(tmp_path: Path) -> None:
    """The store can tell a changed file (or changed overrides) from the same one."""
    path = write(tmp_path, VALID)
    first = check_policy_file(path).digest
    assert check_policy_file(path).digest == first
    path.write_text(VALID.replace("Ends on", "Stops on"), encoding="utf-8")
    assert check_policy_file(path).digest != first
    path.write_text(VALID, encoding="utf-8")
    assert check_policy_file(path).digest == first
    assert check_policy_file(path, PolicyConfig(notice_days=20)).digest != first


def test_preset_digest_depends_on_overrides() -> None:
    """Same preset, different notice period: same id, different digest."""
    a = load_policy(PolicyConfig(preset="atntcrm", notice_days=30))
    b = load_policy(PolicyConfig(preset="atntcrm", notice_days=31))
    assert a.id == b.id and a.digest != b.digest
