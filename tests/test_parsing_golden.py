"""The hand-made golden corpus (tests/golden): intent, identifiers and reason as expected."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from mailbot.config import ParsingConfig
from mailbot.domain import Extraction, Intent
from mailbot.parsing import parse_mime, understand

GOLDEN = Path(__file__).resolve().parent / "golden"
MESSAGES = GOLDEN / "messages"
CONFIG = ParsingConfig()

pytestmark = pytest.mark.skipif(
    not any(MESSAGES.glob("*.eml")) if MESSAGES.exists() else True,
    reason="tests/golden/messages has no messages yet",
)


@dataclass
class Figures:
    """Agreement counts over the golden corpus, with the failing message names per figure."""

    total: int = 0
    false_confirmations: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def rate(self, figure: str) -> float:
        return 1 - len(self.misses.get(figure, [])) / self.total

    def miss(self, figure: str, name: str) -> None:
        self.misses.setdefault(figure, []).append(name)


def _known() -> tuple[set[str], set[str]]:
    numbers, names = set(), set()
    with (GOLDEN / "accounts.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            numbers.add(row["account_number"].strip())
            names.add(row["username"].strip().lower())
    return numbers, names


def _reason_ok(got: Extraction, want: dict) -> bool:
    """Code matches and the reason contains the expected words (case/space-insensitive)."""
    code = got.reason_code.value if got.reason_code else None
    if want.get("reason_code") is None and want.get("reason_contains") is None:
        return code is None
    if code != want.get("reason_code"):
        return False
    words = " ".join((want.get("reason_contains") or "").casefold().split())
    return words in " ".join((got.reason or "").casefold().split())


@cache
def figures() -> Figures:
    numbers, names = _known()
    result = Figures()
    for eml in sorted(MESSAGES.glob("*.eml")):
        expected_file = eml.with_suffix(".json")
        if not expected_file.exists():
            continue
        want = json.loads(expected_file.read_text(encoding="utf-8"))
        got = understand(
            parse_mime(eml.read_bytes()),
            config=CONFIG,
            is_known_account=numbers.__contains__,
            is_known_username=lambda name: name.lower() in names,
        )
        result.total += 1
        confident = got.intent is Intent.CANCELLATION and got.confidence >= CONFIG.min_confidence
        if confident and want["intent"] != "cancellation" and not want.get("ambiguous"):
            result.false_confirmations.append(eml.stem)
        checks = {
            "intent": got.intent.value == want["intent"],
            "account_number": got.account_number == want.get("account_number"),
            "username": (got.username or "").lower() == (want.get("username") or "").lower(),
            "reason": _reason_ok(got, want),
        }
        for figure, ok in checks.items():
            if not ok:
                result.miss(figure, eml.stem)
    return result


def test_no_false_confirmations():
    """No non-cancellation (ambiguous ones excepted) is a cancellation at ≥ min_confidence."""
    assert figures().false_confirmations == []


@pytest.mark.parametrize(
    ("figure", "threshold"),
    [("intent", 0.99), ("account_number", 0.98), ("username", 0.97), ("reason", 0.90)],
)
def test_accuracy(figure, threshold):
    """Intent ≥ 99 %, account number ≥ 98 %, username ≥ 97 %, reason ≥ 90 % of the corpus."""
    found = figures()
    assert found.total > 0
    assert found.rate(figure) >= threshold, found.misses.get(figure)
