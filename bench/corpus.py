"""The public corpus (../shared/corpus/public) through the real poll path.

Every message is appended to a Dovecot mailbox (the few Dovecot refuses go
through `mailbot process` instead) and mailbot polls once. Prints the counts
the issue asks for: replies sent (goal 0), failed (goal 0), plus intents and
outcomes.

    .venv/bin/python bench/corpus.py [--corpus PATH]
"""

from __future__ import annotations

import argparse
import imaplib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.servers import Dovecot, SmtpSink  # noqa: E402


def _default_corpus() -> Path:
    """$MAILBOT_PUBLIC_CORPUS, else ../shared beside the checkout, else /work/shared."""
    candidates = [Path(p) for p in [os.environ.get("MAILBOT_PUBLIC_CORPUS")] if p]
    candidates += [REPO.parent / "shared" / "corpus" / "public",
                   Path("/work/shared/corpus/public")]
    return next((c for c in candidates if c.is_dir()), candidates[0])


DEFAULT_CORPUS = _default_corpus()


def corpus_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.eml"))


def run(corpus: Path, work: Path) -> dict[str, object]:
    """Load, poll, export; returns the figures."""
    dovecot = Dovecot(work / "dovecot").start()
    sink = SmtpSink().start()
    try:
        user, password = dovecot.add_user("support@corpus.test")
        files = corpus_files(corpus)
        refused: list[Path] = []
        conn = imaplib.IMAP4("127.0.0.1", dovecot.port)
        conn.login(user, password)
        when = imaplib.Time2Internaldate(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
        for path in files:
            try:
                typ, _ = conn.append("INBOX", "", when, path.read_bytes())
            except imaplib.IMAP4.error:
                typ = "NO"
            if typ != "OK":
                refused.append(path)
        conn.logout()
        config = work / "mailbot.toml"
        config.write_text(f"""
[database]
url = "sqlite:///{work / 'mailbot.db'}"
[imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
username = "{user}"
password = "{password}"
[smtp]
host = "127.0.0.1"
port = {sink.port}
security = "none"
from_address = "support@corpus.test"
[policy]
preset = "crm-runner"
""")
        mailbot = [sys.executable, "-m", "mailbot"]
        subprocess.run([*mailbot, "init", "--config", str(config)], check=True,
                       capture_output=True)
        started = time.perf_counter()
        poll = subprocess.run([*mailbot, "poll", "--once", "--config", str(config)],
                              capture_output=True, text=True)
        if refused:
            subprocess.run([*mailbot, "process", *map(str, refused), "--received-at",
                            "2026-03-02T14:00:00+00:00", "--config", str(config)],
                           capture_output=True, text=True)
        seconds = time.perf_counter() - started
        export = subprocess.run([*mailbot, "export", "--config", str(config)],
                                capture_output=True, text=True, check=True)
        rows = [json.loads(line) for line in export.stdout.splitlines()]
        return {
            "files": len(files),
            "appended": len(files) - len(refused),
            "processed_by_file": len(refused),
            "records": len(rows),
            "replies_sent": len(sink.deliveries),
            "failed": sum(1 for r in rows if "failed" in r["flags"]),
            "poll_exit": poll.returncode,
            "poll_stderr": poll.stderr.strip()[-500:],
            "intents": dict(Counter(r["intent"] for r in rows)),
            "answered": sorted(f"{r['message_id']} {r['outcome']} {r['flags']}" for r in rows
                               if r.get("reply_message_ids")),
            "outcomes": dict(Counter(r["outcome"] for r in rows)),
            "seconds": round(seconds, 1),
        }
    finally:
        sink.stop()
        dovecot.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mailbot-corpus-"))
    try:
        figures = run(args.corpus, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for key, value in figures.items():
        print(f"{key:18} {value}")
    for line in figures["answered"]:
        print(f"answered: {line}")
    print(f"replies sent: {figures['replies_sent']} (goal 0), failed: {figures['failed']} "
          "(goal 0)")


if __name__ == "__main__":
    main()
