"""Policy engine throughput: decisions per second on one core, plus the case-table pass count.

Run: ``.venv/bin/python bench/policy.py [N]`` (default 100,000 random account/moment pairs).
Goal: at least 20,000 decisions per second.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from mailbot.config import PolicyConfig  # noqa: E402 (after the sys.path line)
from mailbot.domain import Account, AccountStatus, Initiator, Plan, PolicyRequest  # noqa: E402 (after the sys.path line)
from mailbot.policy import Policy, load_policy  # noqa: E402 (after the sys.path line)

GOAL = 20_000


def random_pairs(n: int, seed: int = 2026) -> list[tuple[Account, PolicyRequest]]:
    """n reproducible (account, request) pairs over every status, plan and initiator."""
    rng = random.Random(seed)
    statuses, plans = list(AccountStatus), list(Plan)
    pairs = []
    for i in range(n):
        started = date(2020, 1, 1) + timedelta(days=rng.randrange(3000))
        account = Account(
            account_number=str(100000 + i),
            username=f"user{i}",
            email=f"user{i}@example.com",
            plan=rng.choice(plans),
            status=rng.choice(statuses),
            started_on=started,
            price=Decimal(rng.randrange(100, 50000)) / 100,
            currency="USD",
            trial_ends_on=started + timedelta(days=rng.randrange(40))
            if rng.random() < 0.1
            else None,
        )
        moment = datetime.combine(started, datetime.min.time(), UTC) + timedelta(
            minutes=rng.randrange(-60 * 24 * 30, 60 * 24 * 900)
        )
        initiator = Initiator.COMPANY if rng.random() < 0.1 else Initiator.CUSTOMER
        pairs.append((account, PolicyRequest(moment, rng.random() < 0.2, initiator)))
    return pairs


def rate(policy: Policy, pairs: list[tuple[Account, PolicyRequest]]) -> float:
    decide = policy.decide
    start = time.perf_counter()
    for account, request in pairs:
        decide(account, request)
    return len(pairs) / (time.perf_counter() - start)


class _Tally:
    """A pytest plugin that counts test outcomes."""

    def __init__(self) -> None:
        self.passed = self.total = 0

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if "test_case[" not in report.nodeid:
            return
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self.total += 1
            self.passed += report.passed


def case_table() -> tuple[int, int]:
    tally = _Tally()
    path = ROOT / "tests" / "test_policy_cases.py"
    args = [str(path), "-p", "no:cacheprovider", "-p", "no:terminal", "-o", "addopts="]
    pytest.main(args, plugins=[tally])
    return tally.passed, tally.total


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    pairs = random_pairs(n)
    for config in (
        PolicyConfig(preset="crm-runner"),
        PolicyConfig(preset="atntcrm", notice_days=30),
    ):
        policy = load_policy(config)
        per_second = rate(policy, pairs)
        verdict = "ok" if per_second >= GOAL else f"BELOW GOAL {GOAL:,}"
        print(
            f"{policy.id}: {n:,} decisions, {per_second:,.0f} decisions/s on one core ({verdict})"
        )
    passed, total = case_table()
    print(f"case table (tests/test_policy_cases.py): {passed}/{total} hand-worked cases passed")


if __name__ == "__main__":
    main()
