"""Killed at the worst moments (SIGKILL), then run again: nothing lost, nothing sent twice."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from email import message_from_bytes

import pytest

from tests.harness import REPO, Harness, mail

REQUESTS = [
    mail("jdoe@example.com", "Please cancel my account 4810237.", message_id="<k1@x>"),
    mail("billing@acme.example", "Cancel account 7742051, we closed the business.",
         message_id="<k2@x>"),
    mail("sam@unknown.example", "I want to cancel my subscription.", message_id="<k3@x>"),
]
OTHER = mail("priya@example.in", "Can you resend my invoice?", subject="Invoice",
             message_id="<k4@x>")


def crash_run(h: Harness, target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "tests" / "crash.py"), target, "poll", "--once",
         "--config", str(h.config_path)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )


def assert_settled(h: Harness) -> None:
    per_message = Counter(message_from_bytes(d.data)["In-Reply-To"] for d in h.sink.deliveries)
    assert per_message == {"<k1@x>": 1, "<k2@x>": 1, "<k3@x>": 1}, per_message
    moved = sorted(message_from_bytes(raw)["Message-ID"] for _u, _f, raw in h.processed())
    assert moved == ["<k1@x>", "<k2@x>", "<k3@x>"]
    left = [(message_from_bytes(raw)["Message-ID"], flags) for _u, flags, raw in h.inbox()]
    assert left == [("<k4@x>", set())] or left == [("<k4@x>", {"\\Recent"})]
    rows = h.export()
    assert sorted(r["message_id"] for r in rows) == ["<k1@x>", "<k2@x>", "<k3@x>", "<k4@x>"]


@pytest.mark.parametrize(
    "target",
    [
        "mailbot.batch:run_chain",            # recorded and committed, not yet processed
        "mailbot.ingest:Poller._move",        # decisions committed, mailbox not yet changed
        "mailbot.mailer:SmtpMailer.send",     # moved, replies committed, nothing sent yet
        "mailbot.store.outbox:mark_sent",     # body written to the server, no final dot yet
        "mailbot.store.inbound:mark_moved",   # moved on the server, not yet marked in the database
    ],
    ids=["before-processing", "before-move", "before-send", "mid-data", "after-move-before-mark"],
)
def test_sigkill_then_rerun(harness: Harness, target: str):
    """After a SIGKILL at each point, the next poll finishes the work exactly once."""
    harness.setup()
    for raw in [*REQUESTS, OTHER]:
        harness.append(raw)
    first = crash_run(harness, target)
    assert first.returncode == -signal.SIGKILL, first.stderr
    harness.poll()
    assert_settled(harness)
    harness.poll()
    assert_settled(harness)
