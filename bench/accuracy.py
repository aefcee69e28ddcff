"""Accuracy of mailbot.parsing on the golden corpus and the public corpus.

Usage: python bench/accuracy.py [--failures] [--blind]

--blind also prints the figures of bench/understanding.py: the blind corpus's test part
through the real pipeline, and the real customers' corpus.

Golden corpus (tests/golden): false confirmations, intent, account number, username
and reason accuracy. Public corpus (shared/corpus/public): crashes, cancellations,
bounce recall and quote-stripping agreement with the annotated reply fixtures.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.config import ParsingConfig  # noqa: E402
from mailbot.domain import Extraction, Intent  # noqa: E402
from mailbot.parsing import parse_mime, understand  # noqa: E402
from mailbot.parsing.quotes import split_reply  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
PUBLIC = ROOT.parent / "shared" / "corpus" / "public"
if not PUBLIC.exists():
    PUBLIC = Path("/work/shared/corpus/public")
CONFIG = ParsingConfig()


@dataclass
class GoldenScore:
    """Counts over the golden corpus; each ``failures`` entry names the message and the field."""

    total: int = 0
    false_confirmations: int = 0
    intent_ok: int = 0
    account_ok: int = 0
    username_ok: int = 0
    reason_ok: int = 0
    failures: list[str] = field(default_factory=list)

    def rate(self, count: int) -> float:
        return count / self.total if self.total else 1.0


def known_accounts(path: Path = GOLDEN / "accounts.csv") -> tuple[set[str], set[str]]:
    """Account numbers and usernames (lower-cased) listed in the golden accounts CSV."""
    numbers: set[str] = set()
    names: set[str] = set()
    if path.exists():
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                numbers.add(row["account_number"].strip())
                names.add(row["username"].strip().lower())
    return numbers, names


def golden_cases(folder: Path = GOLDEN / "messages") -> Iterator[tuple[str, bytes, dict]]:
    """(name, raw bytes, expected values) for every message with its JSON beside it."""
    for eml in sorted(folder.glob("*.eml")):
        expected = eml.with_suffix(".json")
        if expected.exists():
            yield eml.stem, eml.read_bytes(), json.loads(expected.read_text(encoding="utf-8"))


def understand_golden(raw: bytes, numbers: set[str], names: set[str]) -> Extraction:
    return understand(
        parse_mime(raw),
        config=CONFIG,
        is_known_account=numbers.__contains__,
        is_known_username=lambda name: name.lower() in names,
    )


def reason_correct(got: Extraction, expected: dict) -> bool:
    """Code matches and the reason contains the expected words; or both are null."""
    want_code, want_text = expected.get("reason_code"), expected.get("reason_contains")
    got_code = got.reason_code.value if got.reason_code else None
    if want_code is None and want_text is None:
        return got_code is None
    if got_code != want_code:
        return False
    if want_text is None:
        return True
    return _squash(want_text) in _squash(got.reason or "")


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def score_golden() -> GoldenScore:
    """Run every golden message through parse_mime + understand and count the agreements."""
    numbers, names = known_accounts()
    score = GoldenScore()
    for name, raw, want in golden_cases():
        got = understand_golden(raw, numbers, names)
        score.total += 1
        confirmed = got.intent is Intent.CANCELLATION and got.confidence >= CONFIG.min_confidence
        if confirmed and want["intent"] != "cancellation" and not want.get("ambiguous"):
            score.false_confirmations += 1
            score.failures.append(f"{name}: FALSE CONFIRMATION ({got.confidence:.2f})")
        checks = {
            "intent": got.intent.value == want["intent"],
            "account": got.account_number == want.get("account_number"),
            "username": _same_user(got.username, want.get("username")),
            "reason": reason_correct(got, want),
        }
        score.intent_ok += checks["intent"]
        score.account_ok += checks["account"]
        score.username_ok += checks["username"]
        score.reason_ok += checks["reason"]
        for key, ok in checks.items():
            if not ok:
                score.failures.append(f"{name}: {key} {_show(key, got)} != {_want(key, want)}")
    return score


def _same_user(got: str | None, want: str | None) -> bool:
    return (got or "").lower() == (want or "").lower()


def _show(key: str, got: Extraction) -> str:
    return {
        "intent": f"{got.intent.value}@{got.confidence:.2f}",
        "account": str(got.account_number),
        "username": str(got.username),
        "reason": f"{got.reason_code and got.reason_code.value}:{got.reason!r}",
    }[key]


def _want(key: str, want: dict) -> str:
    return {
        "intent": str(want["intent"]),
        "account": str(want.get("account_number")),
        "username": str(want.get("username")),
        "reason": f"{want.get('reason_code')}:{want.get('reason_contains')!r}",
    }[key]


@dataclass
class PublicScore:
    """Robustness figures over the public corpus."""

    messages: int = 0
    crashes: list[str] = field(default_factory=list)
    cancellations: list[str] = field(default_factory=list)
    bounces: int = 0
    bounces_found: int = 0
    bounces_missed: list[str] = field(default_factory=list)
    quote_fixtures: int = 0
    quote_agree: int = 0
    quote_disagree: list[str] = field(default_factory=list)


def listed_bounces(root: Path = PUBLIC) -> list[str]:
    """Relative paths of the bounces the mailman2 and ruby-bounce_email annotations list."""
    mailman = json.loads((root / "mailman2-bounces/annotations/expected_bounces.json").read_text())
    ruby = json.loads((root / "ruby-bounce_email/annotations/expected_bounces.json").read_text())
    paths = [f"mailman2-bounces/{case['file']}" for case in mailman["cases"]]
    paths += [f"ruby-bounce_email/{case['file']}" for case in ruby["cases"] if case["is_bounce"]]
    return paths


def quote_fixtures(root: Path = PUBLIC) -> Iterator[tuple[str, str, str]]:
    """(name, body, expected visible reply) for the annotated discourse reply fixtures."""
    folder = root / "discourse-email_reply_trimmer-bodies"
    for body in sorted(folder.glob("*.txt")):
        trimmed = folder / "annotations" / "trimmed" / body.name
        if trimmed.exists():
            yield body.name, body.read_text(encoding="utf-8"), trimmed.read_text(encoding="utf-8")


def comparable(text: str) -> str:
    """Lines stripped, blank and "> " lines dropped (the trimmer keeps inline quotes; we don't)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith(">"))


def score_public(root: Path = PUBLIC) -> PublicScore:
    score = PublicScore()
    intents: dict[str, Intent] = {}
    for path in sorted(root.glob("**/*.eml")):
        rel = path.relative_to(root).as_posix()
        score.messages += 1
        try:
            got = understand(parse_mime(path.read_bytes()), config=CONFIG)
        except Exception as exc:  # the figure we measure: nothing may raise
            score.crashes.append(f"{rel}: {exc!r}")
            continue
        intents[rel] = got.intent
        if got.intent is Intent.CANCELLATION:
            score.cancellations.append(f"{rel} ({got.confidence:.2f})")
    for rel in listed_bounces(root):
        score.bounces += 1
        if intents.get(rel) in (Intent.BOUNCE, Intent.AUTO_REPLY):
            score.bounces_found += 1
        else:
            score.bounces_missed.append(f"{rel}: {intents.get(rel)}")
    for name, body, expected in quote_fixtures(root):
        score.quote_fixtures += 1
        if comparable(split_reply(body).visible) == comparable(expected):
            score.quote_agree += 1
        else:
            score.quote_disagree.append(name)
    return score


def main(argv: list[str]) -> int:
    show = "--failures" in argv
    if "--blind" in argv:
        import understanding  # bench/understanding.py, beside this file

        for title, score, label in (
            ("blind corpus, test part (real pipeline)", understanding.score_blind("test", False),
             "outcome accuracy (scored)"),
            ("real customers' texts", understanding.score_real(False), "band accuracy (scored)"),
        ):
            understanding.report(title, score, outcome_label=label)
    golden = score_golden()
    print(f"golden corpus: {golden.total} messages")
    if golden.total:
        print(f"  false confirmations : {golden.false_confirmations}")
        for label, count in (
            ("intent", golden.intent_ok),
            ("account number", golden.account_ok),
            ("username", golden.username_ok),
            ("reason", golden.reason_ok),
        ):
            print(f"  {label:<20}: {golden.rate(count):7.2%}  ({count}/{golden.total})")
        if show:
            print("\n".join(f"    {line}" for line in golden.failures))
    public = score_public()
    print(f"public corpus: {public.messages} messages")
    print(f"  crashes             : {len(public.crashes)}")
    print(f"  cancellations       : {len(public.cancellations)}")
    recall = public.bounces_found / public.bounces if public.bounces else 1.0
    print(f"  bounce recall       : {recall:7.2%}  ({public.bounces_found}/{public.bounces})")
    agreement = public.quote_agree / public.quote_fixtures if public.quote_fixtures else 1.0
    print(
        f"  quote agreement     : {agreement:7.2%}  ({public.quote_agree}/{public.quote_fixtures})"
    )
    if show:
        for line in public.crashes + public.cancellations + public.bounces_missed:
            print(f"    {line}")
        print(f"    quote disagreements: {', '.join(public.quote_disagree)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
