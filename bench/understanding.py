"""Understanding mail the way customers write it: the blind corpus and the real corpus.

    .venv/bin/python bench/understanding.py --part test      # the blind test part (score only)
    .venv/bin/python bench/understanding.py --part dev       # the part rules may be tuned on
    .venv/bin/python bench/understanding.py --real           # ../shared/corpus/real
    add --failures to list what went wrong (never on the test part while tuning)

Blind corpus (tests/corpus/blind, written by helper sessions that never saw the parser):
every message runs through the real pipeline on its own (a copy of a database holding its
writer's accounts; crm-runner; received at its Date header), and the outcome and reply
recipients are compared with what its labels imply:

* a clear request (band "clear") about a known account, from its owner: a decision
  (confirmed, or rejected when the account is already closed); from anyone else:
  pending_verification; about no account the text identifies: needs_info;
* a look-alike or other human mail (band "not"), an auto-reply or a bounce: ignored,
  nothing sent;
* band "maybe" rows are not scored for outcome (a person may read them either way).

Figures: cancellation recall and precision (a request counts as recognised when it is
decided or put in front of a person), requests silently left (neither), false
confirmations (anything not a request that ends confirmed), outcome accuracy on scored
rows, reason keyword hit rate (labels' keywords found in the extracted reason), review
rate (messages that wait for a person), parse throughput on one core.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.app import App  # noqa: E402
from mailbot.cli import main as cli  # noqa: E402
from mailbot.config import ParsingConfig, load_config  # noqa: E402
from mailbot.domain import Intent  # noqa: E402
from mailbot.export import records  # noqa: E402
from mailbot.flow.files import process_files, read_files  # noqa: E402
from mailbot.parsing import read_message  # noqa: E402
from mailbot.store.models import MessageRow, OutboxRow  # noqa: E402
from tests.corpus.blind.split import messages  # noqa: E402

REAL = Path(os.environ.get("MAILBOT_REAL_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))
PRODUCTS = ("CRM Runner", "CRMRunner", "Runner")
PLANS = ("Starter", "Pro", "Team")
CLOSED = {"cancelled", "suspended", "blocked", "terminated"}
DECIDED = {"confirmed", "rejected", "pending_verification", "needs_info", "duplicate"}


@dataclass
class Score:
    rows: int = 0
    requests: int = 0  # intent cancellation (any band)
    recognised: int = 0  # of requests: decided or put in front of a person
    silent: int = 0  # of requests: ignored, nothing sent, nobody asked to look
    predicted: int = 0  # messages decided or reviewed as possible requests
    predicted_true: int = 0
    false_confirmations: int = 0
    scored: int = 0
    outcome_ok: int = 0
    reasons: int = 0
    reasons_hit: int = 0
    reviews: int = 0
    unwanted_replies: int = 0  # replies to mail that is not a request (band "not")
    failures: list[str] = field(default_factory=list)
    by_kind: Counter = field(default_factory=Counter)
    by_kind_ok: Counter = field(default_factory=Counter)


def config_text(root: Path) -> str:
    return (f'[database]\nurl = "sqlite:///{root}/mailbot.db"\n'
            f'[policy]\npreset = "crm-runner"\ntimezone = "America/New_York"\n'
            f'[parsing]\nproduct_names = {json.dumps(list(PRODUCTS))}\n'
            f'plan_names = {json.dumps(list(PLANS))}\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = 2525\nsecurity = "none"\n'
            f'from_address = "support@crmrunner.example"\n'
            f'[security]\nper_address_limit = 1000\n')


def template(accounts: Path, work: Path) -> Path:
    """A database with one writer's accounts, made once and copied for every message."""
    root = work / f"template-{accounts.parent.name}"
    if root.exists():
        return root
    root.mkdir()
    (root / "mailbot.toml").write_text(config_text(root))
    for args in (["init"], ["accounts", "import", str(accounts)]):
        code = cli([*args, "--config", str(root / "mailbot.toml")])
        assert code == 0, args
    return root


def run_one(eml: Path, base: Path, work: Path) -> tuple[dict, set[str]]:
    root = work / "one"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(base, root)
    (root / "mailbot.toml").write_text(config_text(root))
    app = App(load_config(str(root / "mailbot.toml")))
    try:
        raw = eml.read_bytes()
        when = received_at(raw)
        process_files(app.chain_context(), app.runtime(), read_files([str(eml)]), when)
        with app.db.session(readonly=True) as session:
            [record] = list(records(session, None))
            row = session.query(MessageRow).one()
            record["_reason"] = row.reason
            sent = {o.to_addr for o in session.query(OutboxRow)}
    finally:
        app.close()
    return record, sent


def received_at(raw: bytes) -> datetime:
    for line in raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0].splitlines():
        if line.lower().startswith(b"date:"):
            try:
                return parsedate_to_datetime(line[5:].decode("ascii", "replace").strip())
            except (TypeError, ValueError):
                break
    return datetime(2026, 6, 1, 12, tzinfo=UTC)


def expected(labels: dict, accounts: dict[str, dict]) -> str | None:
    """The outcome a label implies, or None when the row is not scored."""
    if labels["intent"] in ("auto_reply", "bounce"):
        return "ignored"
    if labels["band"] == "maybe" or labels.get("ambiguous"):
        return None
    if labels["intent"] != "cancellation":
        return "ignored"
    account = labels.get("account")
    if not account:
        return "needs_info"
    if not labels.get("sender_is_owner"):
        return "pending_verification"
    return "rejected" if accounts[account]["status"] in CLOSED else "confirmed"


def score_blind(part: str, show: bool, writers: set[str] | None = None) -> Score:
    score = Score()
    work = Path(tempfile.mkdtemp(prefix="mailbot-understanding-"))
    tables: dict[Path, dict[str, dict]] = {}
    try:
        for eml, labels, accounts_csv in messages(part):
            if writers and eml.parent.parent.name not in writers:
                continue
            if accounts_csv not in tables:
                with accounts_csv.open(newline="", encoding="utf-8") as handle:
                    tables[accounts_csv] = {r["account_number"]: r for r in csv.DictReader(handle)}
            base = template(accounts_csv, work)
            record, sent = run_one(eml, base, work)
            tally(score, f"{eml.parent.parent.name}/{eml.stem}", labels, record, sent,
                  tables[accounts_csv], show)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return score


def tally(score: Score, name: str, labels: dict, record: dict, sent: set[str],
          accounts: dict[str, dict], show: bool) -> None:
    score.rows += 1
    outcome = record["outcome"]
    reviewed = outcome == "flagged"
    acted = outcome in DECIDED or reviewed
    request = labels["intent"] == "cancellation"
    score.reviews += reviewed
    if acted:
        score.predicted += 1
        score.predicted_true += request or labels["band"] == "maybe"
    if request:
        score.requests += 1
        score.recognised += acted
        if not acted:
            score.silent += 1
            score.failures.append(f"{name}: SILENT request ({labels['kind']})")
    elif outcome == "confirmed":
        score.false_confirmations += 1
        score.failures.append(f"{name}: FALSE CONFIRMATION ({labels['kind']})")
    if labels["band"] == "not" and sent:
        score.unwanted_replies += 1
    want = expected(labels, accounts)
    if want is not None:
        score.scored += 1
        ok = outcome == want
        score.outcome_ok += ok
        score.by_kind[labels["kind"]] += 1
        score.by_kind_ok[labels["kind"]] += ok
        if not ok and show:
            score.failures.append(f"{name}: outcome {outcome} {record['flags']} != {want} "
                                  f"({labels['kind']})")
    if request and labels.get("reason_keywords"):
        score.reasons += 1
        got = (record.get("_reason") or "").casefold()
        hit = all(k.casefold() in got for k in labels["reason_keywords"])
        score.reasons_hit += hit
        if not hit and show:
            score.failures.append(f"{name}: reason {got[:80]!r} misses "
                                  f"{labels['reason_keywords']}")


def real_rows() -> Iterator[tuple[str, bytes, dict]]:
    labels = REAL / "labels.jsonl"
    for line in labels.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            yield row["file"], (REAL / row["file"]).read_bytes(), row


def score_real(show: bool) -> Score:
    """The real corpus has no accounts: scored on what is asked (request or not), the
    reason, and the band; outcomes need accounts and are not scored here."""
    score = Score()
    config = ParsingConfig(product_names=PRODUCTS, plan_names=PLANS)
    for name, raw, labels in real_rows():
        _content, e = read_message(raw, config=config)
        score.rows += 1
        request = labels["intent"] == "cancellation"
        clear = e.intent == Intent.CANCELLATION and e.confidence >= config.min_confidence
        maybe = e.intent == Intent.CANCELLATION and not clear
        acted = clear or maybe
        score.reviews += maybe
        if acted:
            score.predicted += 1
            score.predicted_true += request or labels.get("ambiguous", False)
        if request:
            score.requests += 1
            score.recognised += acted
            if not acted:
                score.silent += 1
                score.failures.append(f"{name}: SILENT request ({labels['what_is_asked']})")
        elif clear and not labels.get("ambiguous"):
            score.false_confirmations += 1
            score.failures.append(f"{name}: taken for a clear request ({labels['what_is_asked']})")
        if not labels.get("ambiguous") and labels["intent"] in ("cancellation", "other"):
            score.scored += 1
            ok = (clear if request else not acted)
            score.outcome_ok += ok
            if not ok and show and not (request and maybe):
                score.failures.append(f"{name}: {e.intent.value}@{e.confidence:.2f} != "
                                      f"{labels['intent']} ({labels['what_is_asked']})")
        if request and labels.get("reason_keywords"):
            score.reasons += 1
            hit = all(k.casefold() in (e.reason or "").casefold()
                      for k in labels["reason_keywords"])
            score.reasons_hit += hit
            if not hit and show:
                score.failures.append(f"{name}: reason {e.reason!r} misses "
                                      f"{labels['reason_keywords']}")
    return score


def throughput(rounds: int = 3) -> float:
    """Messages per second for parse + classify + extract over the blind corpus, one core."""
    raws = [eml.read_bytes() for part in ("dev", "test") for eml, _l, _a in messages(part)]
    config = ParsingConfig(product_names=PRODUCTS, plan_names=PLANS)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in raws:
            read_message(raw, config=config)
        best = max(best, len(raws) / (time.perf_counter() - start))
    return best


def report(title: str, s: Score, *, outcome_label: str) -> None:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:6.2f} % ({a}/{b})" if b else "   n/a"

    print(title)
    print(f"  messages                     {s.rows}")
    print(f"  cancellation recall          {pct(s.recognised, s.requests)}")
    print(f"  cancellation precision       {pct(s.predicted_true, s.predicted)}")
    print(f"  requests silently left       {s.silent}   (goal 0)")
    print(f"  false confirmations          {s.false_confirmations}   (goal 0)")
    print(f"  {outcome_label:28} {pct(s.outcome_ok, s.scored)}")
    print(f"  reason keyword hit rate      {pct(s.reasons_hit, s.reasons)}")
    print(f"  review rate                  {pct(s.reviews, s.rows)}")
    if s.unwanted_replies:
        print(f"  replies to non-requests      {s.unwanted_replies}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "test"))
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--writers", help="only these writers' messages, comma-separated "
                                          "(e.g. en-b,intl-b)")
    parser.add_argument("--speed", action="store_true", help="also parse throughput, one core")
    args = parser.parse_args()
    if not args.part and not args.real:
        args.part, args.real = "test", True
    if args.part:
        writers = set(args.writers.split(",")) if args.writers else None
        s = score_blind(args.part, args.failures, writers)
        which = f", writers {args.writers}" if writers else ""
        report(f"blind corpus, {args.part} part{which} (real pipeline, SQLite, crm-runner)", s,
               outcome_label="outcome accuracy (scored)")
        if args.failures:
            for kind in sorted(s.by_kind):
                print(f"    {kind:24} {s.by_kind_ok[kind]}/{s.by_kind[kind]}")
            print("\n".join(f"    {f}" for f in s.failures))
    if args.real:
        if (REAL / "labels.jsonl").exists():
            s = score_real(args.failures)
            report(f"real customers' texts ({REAL})", s,
                   outcome_label="band accuracy (scored)")
            if args.failures:
                print("\n".join(f"    {f}" for f in s.failures))
        else:
            print(f"real corpus not found at {REAL} (set MAILBOT_REAL_CORPUS)")
    if args.speed:
        print(f"parse + classify + extract: {throughput():,.0f} messages/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
