"""Trust figures (SPEC §9): forgeries confirmed, unclear or negative answers that confirm,
genuine owners confirmed, and the time per message the sender checks add.

Run: ``.venv/bin/python bench/trust.py``. Every hostile row of tests/trust/hostile_senders.toml
runs through the real pipeline (SQLite, the same path as ``mailbot process``); the answer
table through the answer reader after quote removal. Goals: 0 forged requests confirmed,
0 unclear/negative answers that confirm, every genuine owner confirmed.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from mailbot.authentication import from_results  # noqa: E402 (after the sys.path line)
from mailbot.parsing import parse_mime  # noqa: E402 (after the sys.path line)
from mailbot.parsing.answers import Answer, read_answer  # noqa: E402 (after the sys.path line)
from mailbot.parsing.headers import parse_addresses  # noqa: E402 (after the sys.path line)
from mailbot.parsing.quotes import split_reply  # noqa: E402 (after the sys.path line)
from mailbot.parsing.senders import parse_from  # noqa: E402 (after the sys.path line)

TABLES = ROOT / "tests" / "trust"


def hostile_figures() -> tuple[int, int, int, int]:
    """(forgeries, forgeries confirmed, genuine owners, genuine owners confirmed)."""
    from tests import test_trust as t

    rows = t.HOSTILE
    forged = confirmed_forged = genuine = confirmed_genuine = 0
    with tempfile.TemporaryDirectory() as tmp:
        templates = t.make_templates(Path(tmp))
        for n, row in enumerate(rows):
            work = Path(tmp) / f"row{n}"
            work.mkdir()
            record, _recipients, _status = t.run_row(row, templates[row["trusted"]], work)
            confirmed = record["outcome"] == "confirmed"
            if row["expect_owner"]:
                genuine += 1
                confirmed_genuine += confirmed
            else:
                forged += 1
                confirmed_forged += confirmed
    return forged, confirmed_forged, genuine, confirmed_genuine


def answer_figures() -> tuple[int, int, int, int, int]:
    """(not-yes answers, of them read as yes, yes answers, of them read as yes, rows right)."""
    rows = tomllib.loads((TABLES / "confirmation_answers.toml").read_text())["answer"]
    not_yes = false_yes = yes = true_yes = right = 0
    for row in rows:
        got = read_answer(split_reply(row["body"]).body)
        right += got == row["expect"]
        if row["expect"] == "yes":
            yes += 1
            true_yes += got == Answer.YES
        else:
            not_yes += 1
            false_yes += got == Answer.YES
    return not_yes, false_yes, yes, true_yes, right


def check_cost(rounds: int = 7) -> tuple[float, float, int]:
    """Microseconds per message over the public corpus (real mail, as it comes): the strict
    From parse plus the Authentication-Results reading with a trusted id configured,
    against the lenient From parse they replaced (median of rounds)."""
    corpus = ROOT.parent / "shared" / "corpus" / "public"
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".eml", ""))
    contents = [parse_mime(p.read_bytes()) for p in files[:2000]]
    froms = [[v for k, v in c.headers if k.lower() == "from"] for c in contents]
    reps = 5

    def new() -> None:
        for content, values in zip(contents, froms, strict=True):
            sender = parse_from(values)
            from_results(content.headers, ("mx.crmrunner.example",), sender.address)

    def old() -> None:
        for values in froms:
            parse_addresses(values[0] if values else "")

    def timed(fn) -> float:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            for _ in range(reps):
                fn()
            times.append((time.perf_counter() - start) / (reps * len(contents)) * 1e6)
        return statistics.median(times)

    return timed(new), timed(old), len(contents)


def main() -> int:
    forged, forged_ok, genuine, genuine_ok = hostile_figures()
    not_yes, false_yes, yes, true_yes, right = answer_figures()
    new_us, old_us, count = check_cost()
    print("trust figures (tests/trust tables, real pipeline on SQLite)")
    print(f"  forged requests confirmed:              {forged_ok} of {forged}   (goal 0)")
    print(f"  genuine owners confirmed:               {genuine_ok} of {genuine}")
    print(f"  unclear or negative answers confirming: {false_yes} of {not_yes}   (goal 0)")
    print(f"  clear yes answers confirming:           {true_yes} of {yes}")
    print(f"  answers read as labelled:               {right} of {not_yes + yes}")
    print(f"  sender checks per message ({count} public-corpus messages): {new_us:.1f} us "
          f"(strict From + Authentication-Results) vs {old_us:.1f} us (lenient From, before): "
          f"+{new_us - old_us:.1f} us")
    return 0 if forged_ok == 0 and false_yes == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
