"""Cancellation and refund policy as data: versioned rule tables and a pure ``decide``.

A policy file (the shipped presets live in ``presets/``) is TOML::

    name = "crm-runner"          # Policy.id is "<name>@<version>"
    version = 1
    title = "CRM RUNNER Refund Policy"
    trial_days = 14              # [policy] trial_days overrides
    notice_days = 30             # may be left out; then [policy] notice_days is required
    identification = "any"       # any | both (username AND account number)
    contact = "305.510.0170"     # [policy] contact overrides

    [[rules]]                    # ordered; the first rule whose `when` matches decides
    name = "monthly-with-notice"
    when = { plan = "monthly", initiator = "customer" }
    outcome = "confirmed"        # confirmed | flagged | rejected
    action = "stop_renewal"      # none | block | cancel_immediately | stop_renewal | suspend
    effective = "next_renewal_with_notice"   # none | received | next_renewal_with_notice
    access_until = "day_before_effective"    # none | effective | day_before_effective
    billing_stops_on = "effective"           # none | effective
    refund = "none"              # none | zero | one_period_price | pro_rata_unused
    flags = []                   # e.g. ["refund_review"]
    clauses = ["Refund Policy §2"]
    explanation = ["... renewal on {effective_on} ...", "{renewals_charged_sentence}"]

``when`` may restrict ``status`` (account statuses), ``plan``, ``phase``
(``trial`` / ``first_period`` / ``regular``, from the dates), ``asks_refund``
(true/false) and ``initiator`` (``customer`` / ``company``); a string or a list.
The last rule must have no ``when``: the default, a safety net that may be
unreachable (every other rule must be able to fire). Unknown keys or values,
duplicate names, rules that can never fire and explanation placeholders a rule
cannot fill are refused on load with a PolicyError naming the file and rule.
See ``engine`` for what ``access_until``, ``billing_stops_on`` and
``renewals_charged`` mean.
"""

from mailbot.policy.engine import Policy
from mailbot.policy.explain import explain_lines
from mailbot.policy.loader import PRESETS, build_policy, check_policy_file, load_policy
from mailbot.policy.refund_formulas import refund_due_on

__all__ = [
    "PRESETS",
    "Policy",
    "build_policy",
    "check_policy_file",
    "explain_lines",
    "load_policy",
    "refund_due_on",
]
