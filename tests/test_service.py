"""`mailbot run`: scheduled polling, outbox retries through a 451 outage, clean SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest

from mailbot.store.models import OutboxRow
from tests.harness import REPO, Harness, mail

pytestmark = pytest.mark.dovecot


def start(h: Harness, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "mailbot", "run", "--config", str(h.config_path), *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> tuple[int, float, str]:
    started = time.monotonic()
    proc.send_signal(sig)
    try:
        _out, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return proc.returncode, time.monotonic() - started, err


def attempts(h: Harness) -> list[int]:
    """Each reply's count of delivery attempts, in outbox order."""
    with h.app.db.session(readonly=True) as session:
        return [r.attempts for r in session.query(OutboxRow).order_by(OutboxRow.id)]


def test_run_polls_on_schedule_and_stops_cleanly(harness: Harness):
    """The service answers new mail without being asked, and SIGTERM ends it with exit 0."""
    harness.setup()
    harness.set_imap(poll_interval_seconds=0.5)
    proc = start(harness)
    try:
        harness.append(mail("jdoe@example.com", "Please cancel account 4810237."))
        assert wait_for(lambda: len(harness.sink.to("jdoe@example.com")) == 1)
        assert wait_for(lambda: len(harness.processed()) == 1)
    finally:
        code, seconds, err = stop(proc)
    assert code == 0, err
    assert seconds < 10
    assert "Traceback" not in err
    assert '"msg": "message processed"' in err and '"outcome": "confirmed"' in err


def test_sigint_also_stops_cleanly(harness: Harness):
    """Ctrl-C (SIGINT) is a clean stop too."""
    harness.setup()
    started = datetime.now(UTC)
    proc = start(harness)
    assert wait_for(lambda: harness.polled_since(started))  # up, its handlers set
    code, seconds, err = stop(proc, signal.SIGINT)
    assert code == 0, err
    assert seconds < 10


def test_smtp_451_outage_then_recovery_delivers_once(harness: Harness):
    """While the SMTP server answers 451 replies wait in the outbox; then each goes out once."""
    harness.setup()
    harness.sink.fail_with = "451 4.3.0 Try again later"
    for i, account in enumerate(("4810237", "7742051")):
        sender = ("jdoe@example.com", "billing@acme.example")[i]
        harness.append(mail(sender, f"Cancel account {account} please.", message_id=f"<o{i}@x>"))
    code, _out, _err = harness.cli("poll", "--once")
    assert code == 0
    assert harness.sink.deliveries == []
    first_attempts = attempts(harness)
    proc = start(harness)
    try:  # the service tries again (and is refused again) before the server recovers
        assert wait_for(lambda: min(attempts(harness)) > max(first_attempts))
        assert harness.sink.deliveries == []
        harness.sink.fail_with = None
        assert wait_for(lambda: len(harness.sink.deliveries) == 2, timeout=40)
    finally:
        code, _s, err = stop(proc)
    assert code == 0, err
    assert len(harness.sink.deliveries) == 2  # stopped: nothing more can arrive
    with harness.app.db.session() as session:
        rows = session.query(OutboxRow).all()
        assert {r.status for r in rows} == {"sent"}
        assert all(r.attempts >= 2 for r in rows), "the 451 answers counted as attempts"
