"""Killed at the worst moments (SIGKILL), then run again: nothing lost, nothing sent twice.

Delivery is at most once: a reply whose SMTP transaction may have reached the server (DATA
begun) is never sent again by itself; it waits as ``unknown`` for the operator."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from email import message_from_bytes

import pytest

from tests.harness import REPO, Harness, mail

pytestmark = pytest.mark.dovecot

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


def replies_per_request(h: Harness) -> Counter[str]:
    return Counter(message_from_bytes(d.data)["In-Reply-To"] for d in h.sink.deliveries)


def outbox(h: Harness) -> dict[str, tuple[int, str]]:
    """The reply to each request: (outbox id, status)."""
    from sqlalchemy import select

    from mailbot.store.models import MessageRow, OutboxRow

    with h.app.db.session(readonly=True) as session:
        rows = session.execute(select(MessageRow.message_id, OutboxRow.id, OutboxRow.status)
                               .join(OutboxRow, OutboxRow.in_reply_to == MessageRow.id))
        return {mid: (row_id, status) for mid, row_id, status in rows}


def assert_settled(h: Harness, answered: tuple[str, ...] = ("<k1@x>", "<k2@x>", "<k3@x>")
                   ) -> None:
    """Every request recorded once and filed once; ``answered`` ones got exactly one reply,
    the rest none; the other mail is left untouched."""
    assert replies_per_request(h) == dict.fromkeys(answered, 1)
    moved = sorted(message_from_bytes(raw)["Message-ID"] for _u, _f, raw in h.processed())
    assert moved == ["<k1@x>", "<k2@x>", "<k3@x>"]
    left = [(message_from_bytes(raw)["Message-ID"], flags) for _u, flags, raw in h.inbox()]
    assert left == [("<k4@x>", set())] or left == [("<k4@x>", {"\\Recent"})]
    rows = h.export()
    assert sorted(r["message_id"] for r in rows) == ["<k1@x>", "<k2@x>", "<k3@x>", "<k4@x>"]


def first_run_killed(h: Harness, target: str) -> None:
    h.setup()
    for raw in [*REQUESTS, OTHER]:
        h.append(raw)
    first = crash_run(h, target)
    assert first.returncode == -signal.SIGKILL, first.stderr


@pytest.mark.parametrize(
    "target",
    [
        "mailbot.flow.batch:run_chain",            # recorded and committed, not yet processed
        "mailbot.flow.poll:Poller._move",        # decisions committed, mailbox not yet changed
        "mailbot.mailer:SmtpMailer.send",     # moved, replies committed, nothing sent yet
        "mailbot.store.outbox:mark_sending",  # envelope accepted, DATA not begun nor recorded
        "mailbot.store.inbound:mark_moved",   # moved on the server, not yet marked in the database
    ],
    ids=["before-processing", "before-move", "before-send", "envelope-only",
         "after-move-before-mark"],
)
def test_sigkill_then_rerun(harness: Harness, target: str):
    """After a SIGKILL anywhere before DATA begins, the next poll finishes the work exactly
    once and nothing waits for the operator."""
    first_run_killed(harness, target)
    harness.poll()
    assert_settled(harness)
    assert {status for _id, status in outbox(harness).values()} == {"sent"}
    harness.poll()
    assert_settled(harness)


def resolve_unknown(h: Harness) -> tuple[list[int], list[int]]:
    """What the operator does with each unknown reply, the SMTP server's log in hand (here,
    the sink's deliveries): mark-sent when it arrived, retry when it did not. Returns the
    ids of each kind."""
    delivered = replies_per_request(h)
    unknown = {mid: row_id for mid, (row_id, status) in outbox(h).items() if status == "unknown"}
    code, out, _err = h.cli("outbox", "list", "--failed")
    assert code == 0
    for row_id in unknown.values():
        line = next(line for line in out.splitlines() if line.startswith(f"{row_id} "))
        assert "unknown" in line and "Message-ID" in line, line
    arrived = [row_id for mid, row_id in unknown.items() if delivered[mid]]
    missing = [row_id for mid, row_id in unknown.items() if not delivered[mid]]
    if arrived:
        code, out, err = h.cli("outbox", "mark-sent", *map(str, arrived))
        assert code == 0 and out.count("recorded as sent") == len(arrived), err
    for row_id in missing:
        code, out, err = h.cli("outbox", "retry", str(row_id))
        assert code == 0 and f"reply {row_id} to" in out and ": sent" in out, err
    return arrived, missing


def test_sigkill_after_sending_is_recorded_leaves_the_reply_unknown_until_retried(
        harness: Harness):
    """Killed once a reply is recorded ``sending``, before DATA: the reruns do not send it (the
    server might have it), `outbox list --failed` shows it unknown, and `outbox retry ID`
    sends it exactly once; the other replies go out once without help."""
    first_run_killed(harness, "aiosmtplib:SMTP.data")
    harness.poll()
    harness.poll()
    unknown = [mid for mid, (_id, status) in outbox(harness).items() if status == "unknown"]
    assert unknown, "the reply whose DATA was about to begin waits for the operator"
    assert_settled(harness, answered=tuple(m for m in ("<k1@x>", "<k2@x>", "<k3@x>")
                                           if m not in unknown))
    arrived, missing = resolve_unknown(harness)
    assert arrived == [] and len(missing) == len(unknown)
    assert_settled(harness)
    assert {status for _id, status in outbox(harness).values()} == {"sent"}


def test_sigkill_after_the_server_accepted_never_sends_twice(harness: Harness):
    """Killed after the server accepted a reply but before it was recorded sent: the reruns
    leave every reply whose DATA had begun unknown, never resent; `outbox mark-sent ID`
    settles the ones the server has and `outbox retry ID` sends any it has not."""
    first_run_killed(harness, "mailbot.store.outbox:mark_sent")
    harness.poll()
    harness.poll()
    before = replies_per_request(harness)
    assert set(before.values()) == {1}, "nothing sent twice"
    arrived, _missing = resolve_unknown(harness)
    assert arrived, "the reply the server accepted is unknown, not resent"
    assert_settled(harness)
    assert {status for _id, status in outbox(harness).values()} == {"sent"}
    assert harness.cli("outbox", "mark-sent", str(arrived[0]))[0] == 1  # only unknown ones
