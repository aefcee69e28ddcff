"""`mailbot run` survives what production throws at it: SIGKILL at random, IDLE push,
an IMAP server restart."""

from __future__ import annotations

import imaplib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.harness import REPO, Harness, mail

pytestmark = pytest.mark.dovecot

N_CANCEL = 250
N_OTHER = 250


def start(h: Harness) -> subprocess.Popen[str]:
    """`mailbot run` logging to a file: a pipe nobody reads would fill and block the service."""
    fd, path = tempfile.mkstemp(prefix="mailbot-run-", suffix=".log")
    with os.fdopen(fd, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "run", "--config", str(h.config_path)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=log, text=True)
    proc.log_path = path  # type: ignore[attr-defined]
    return proc


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    """SIGTERM, wait (at most 15 s), and return the exit code and the log."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    path = getattr(proc, "log_path", None)
    return proc.returncode, Path(path).read_text() if path else ""


def backlog(h: Harness) -> tuple[set[str], set[str]]:
    """250 cancellations from 250 owners and 250 other messages, appended in one session."""
    rows = ["account_number,username,email,plan,status,started_on,price,currency"]
    cancels, others = set(), set()
    conn = imaplib.IMAP4("127.0.0.1", h.dovecot.port)
    conn.login(h.user, h.password)
    when = imaplib.Time2Internaldate(datetime(2026, 3, 2, 14, 0, tzinfo=UTC))
    for i in range(N_CANCEL + N_OTHER):
        mid = f"<k{i}@client.example>"
        if i % 2 == 0:
            number = 5000000 + i
            rows.append(f"{number},user{i},user{i}@customer.example,monthly,active,2025-11-10,"
                        "19.00,USD")
            raw = mail(f"user{i}@customer.example", f"Please cancel my account {number}.",
                       message_id=mid)
            cancels.add(mid)
        else:
            raw = mail(f"other{i}@customer.example", "Could you resend my invoice?",
                       subject="Invoice", message_id=mid)
            others.add(mid)
        conn.append("INBOX", "", when, raw)
    conn.logout()
    h.setup("\n".join(rows) + "\n")
    return cancels, others


def settled(h: Harness) -> int:
    """How many replies are settled: neither waiting nor in flight."""
    from sqlalchemy import func, select

    from mailbot.store.models import OutboxRow

    with h.app.db.session(readonly=True) as session:
        statuses = dict(session.execute(select(OutboxRow.status, func.count())
                                        .group_by(OutboxRow.status)).all())
    if any(statuses.get(s) for s in ("pending", "claimed", "sending")):
        return -1
    return sum(statuses.values())


def unknown_replies(h: Harness) -> dict[str, int]:
    """The request's Message-ID -> outbox id of every reply left unknown."""
    from sqlalchemy import select

    from mailbot.store.models import MessageRow, OutboxRow

    with h.app.db.session(readonly=True) as session:
        return dict(session.execute(
            select(MessageRow.message_id, OutboxRow.id)
            .join(OutboxRow, OutboxRow.in_reply_to == MessageRow.id)
            .where(OutboxRow.status == "unknown")).all())


@pytest.mark.slow
def test_random_sigkills_lose_and_repeat_nothing(harness: Harness):
    """Killed with SIGKILL at 22 random instants and restarted, the service never sends a reply
    twice and keeps every message's one record; a reply a kill caught mid-DATA waits as
    unknown, and once the operator settles those every cancellation has exactly one reply."""
    harness.set_imap(poll_interval_seconds=0.2, batch_size=50)
    harness.config_path.write_text(harness.config_path.read_text().replace(
        "[service]\n", "[service]\noutbox_interval_seconds = 0.2\n"))
    cancels, others = backlog(harness)
    rng = random.Random(int(os.environ.get("MAILBOT_KILL_SEED", "20261122")))
    kills = 0
    while kills < 22:
        proc = start(harness)
        time.sleep(rng.uniform(0.4, 2.5))
        proc.kill()
        proc.wait()
        kills += 1
    started = datetime.now(UTC)
    proc = start(harness)
    try:
        assert wait_for(lambda: harness.polled_since(started)
                        and len(harness.processed()) >= N_CANCEL
                        and settled(harness) == N_CANCEL, timeout=120)
    finally:
        code, err = stop(proc)  # stopped: nothing more can arrive after this
    assert code == 0, err
    replies = Counter(message_from_bytes(d.data)["In-Reply-To"] for d in harness.sink.deliveries)
    assert [mid for mid, n in replies.items() if n != 1] == [], "never answered twice"
    unknown = unknown_replies(harness)  # a kill fell between `sending` and `sent`
    assert set(replies) | set(unknown) == cancels, "every cancellation answered, nothing else"
    for mid, row_id in unknown.items():  # what the operator does, the server's log in hand
        action = "mark-sent" if mid in replies else "retry"
        code, out, err = harness.cli("outbox", action, str(row_id))
        assert code == 0, (action, out, err)
    replies = Counter(message_from_bytes(d.data)["In-Reply-To"] for d in harness.sink.deliveries)
    assert set(replies) == cancels and set(replies.values()) == {1}, "answered exactly once"
    records = Counter(r["message_id"] for r in harness.export())
    assert set(records) == cancels | others and set(records.values()) == {1}
    moved = {message_from_bytes(raw)["Message-ID"] for _u, _f, raw in harness.processed()}
    assert moved == cancels
    left = harness.inbox()
    assert {message_from_bytes(raw)["Message-ID"] for _u, _f, raw in left} == others
    assert all("\\Seen" not in flags for _u, flags, _r in left)


def test_idle_push_answers_promptly_and_stops_cleanly(harness: Harness):
    """In idle mode a new message is answered within seconds, without a poll interval."""
    harness.set_imap(mode="idle", poll_interval_seconds=3600)
    harness.setup()
    started = datetime.now(UTC)
    proc = start(harness)
    try:
        assert wait_for(lambda: harness.polled_since(started), timeout=15)  # then it idles
        sent = time.monotonic()
        harness.append(mail("jdoe@example.com", "Please cancel account 4810237."))
        assert wait_for(lambda: len(harness.sink.deliveries) == 1, timeout=10)
        latency = time.monotonic() - sent
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert latency < 5, latency


def test_imap_server_restart_is_survived(harness: Harness):
    """Dovecot restarting under a running service: it reconnects by itself and carries on."""
    harness.set_imap(mode="idle", poll_interval_seconds=1)
    harness.setup()
    proc = start(harness)
    try:
        harness.append(mail("jdoe@example.com", "Cancel account 4810237.", message_id="<i1@x>"))
        assert wait_for(lambda: len(harness.sink.deliveries) == 1, timeout=15)
        harness.dovecot.restart()
        harness.append(mail("billing@acme.example", "Cancel account 7742051.",
                            message_id="<i2@x>"))
        assert wait_for(lambda: len(harness.sink.deliveries) == 2, timeout=60)
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "recovered" in err


def test_uid_gap_left_by_a_deleted_message_is_skipped(harness: Harness):
    """A message deleted before mailbot saw it leaves a UID gap above the checkpoint; it is
    not taken for new mail, so IDLE mode does not keep polling."""
    from mailbot.flow.poll import Poller

    harness.setup()
    harness.poll()  # checkpoint at an empty folder
    conn = imaplib.IMAP4("127.0.0.1", harness.dovecot.port)
    conn.login(harness.user, harness.password)
    conn.select("INBOX")
    conn.append("INBOX", "", None, mail("someone@else.example", "oops, wrong address"))
    conn.uid("STORE", "1:*", "+FLAGS", r"(\Deleted)")
    conn.expunge()
    conn.logout()
    poller = Poller(harness.app, harness.app.runtime())
    try:
        assert not poller.new_mail_waiting(), "a gap is not new mail"
        assert poller.poll().found == 0
        assert not poller.new_mail_waiting()
    finally:
        poller.close()
