"""`mailbot policy explain|check`: a decision's working, and a policy file's validity."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from mailbot.commands.common import open_app, say
from mailbot.config import PolicyConfig, load_config
from mailbot.domain import Initiator, PolicyRequest
from mailbot.errors import ConfigError, NotFound
from mailbot.flow.files import parse_received_at
from mailbot.policy import check_policy_file, explain_lines
from mailbot.store import accounts as account_store


def cmd_policy_explain(args: argparse.Namespace) -> int:
    """Print the decision and every date and rule behind it. Records nothing."""
    app = open_app(args)
    rt = app.runtime(args.mailbox)
    received = parse_received_at(args.received_at, rt.policy.zone)
    with app.db.session(readonly=True) as session:
        row = account_store.by_number(session, rt.name, args.account)
        if row is None:
            raise NotFound(f"no account {args.account} in mailbox {rt.name}; import it with "
                           "'mailbot accounts import'")
        account = account_store.to_domain(row)
    request = PolicyRequest(received_at=received, asks_refund=args.asks_refund,
                            initiator=Initiator.COMPANY if args.company else Initiator.CUSTOMER)
    for line in explain_lines(rt.policy, account, request):
        say(line)
    return 0


def cmd_policy_check(args: argparse.Namespace) -> int:
    """Validate a policy file; notice_days may come from the config or --notice-days."""
    config = PolicyConfig(preset=None)
    with contextlib.suppress(ConfigError):  # no config at hand: the file must stand alone
        config = load_config(args.config).policy.model_copy(update={"preset": None})
    if args.notice_days is not None:
        config = config.model_copy(update={"notice_days": args.notice_days})
    policy = check_policy_file(Path(args.file), config)
    rules = policy.rule_set
    say(f"{args.file}: valid policy {policy.id} ({rules.title}), {len(rules.rules)} rules, "
        f"trial {policy.trial_days} days, notice "
        f"{policy.notice_days if policy.notice_days is not None else '-'} days, "
        f"identification {policy.rule_set.identification}, digest {policy.digest[:12]}")
    for rule in policy.rule_set.rules:
        say(f"  {rule.position}. {rule.name}")
    return 0
