"""Several `mailbot run` workers on one PostgreSQL database: one poller per mailbox, every
message processed once, every reply sent once, and a new poller when the old one dies."""

from __future__ import annotations

import signal
import subprocess
import time
import uuid
from collections import Counter
from email import message_from_bytes

import psycopg
import pytest

from mailbot.locks import lock_key
from tests.harness import Harness
from tests.test_service_resilience import backlog, start, stop, wait_for

pytestmark = [pytest.mark.dovecot, pytest.mark.postgres]


@pytest.fixture
def pg_harness(tmp_path, dovecot, smtp_sink, pg_url):
    user, password = dovecot.add_user(f"support-{uuid.uuid4().hex[:8]}@crmrunner.example")
    h = Harness(tmp_path, dovecot, smtp_sink, pg_url, user, password)
    h.set_imap(poll_interval_seconds=0.3, batch_size=50)
    h.config_path.write_text(h.config_path.read_text().replace(
        "[service]\n", "[service]\noutbox_interval_seconds = 0.3\n"))
    yield h
    h.close()


def workers(h: Harness, n: int) -> list[subprocess.Popen[str]]:
    return [start(h) for _ in range(n)]


def assert_exactly_once(h: Harness, cancels: set[str], others: set[str]) -> None:
    replies = Counter(message_from_bytes(d.data)["In-Reply-To"] for d in h.sink.deliveries)
    assert set(replies) == cancels and set(replies.values()) == {1}
    records = Counter(r["message_id"] for r in h.export())
    assert set(records) == cancels | others and set(records.values()) == {1}


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.parametrize("count", [2, 3])
def test_workers_share_one_backlog(pg_harness: Harness, count: int):
    """Two or three workers over one backlog: each message once, each reply once."""
    cancels, others = backlog(pg_harness)
    procs = workers(pg_harness, count)
    try:
        assert wait_for(lambda: len(pg_harness.sink.deliveries) >= len(cancels)
                        and len(pg_harness.processed()) >= len(cancels), timeout=120)
    finally:
        results = [stop(p) for p in procs]  # stopped: anything sent twice is in the sink now
    assert all(code == 0 for code, _err in results), results
    assert_exactly_once(pg_harness, cancels, others)


@pytest.mark.postgres
@pytest.mark.slow
def test_another_worker_takes_over_when_the_poller_dies(pg_harness: Harness):
    """SIGKILL the worker that polls: within seconds another polls and answers new mail."""
    from tests.harness import mail

    pg_harness.setup()
    procs = workers(pg_harness, 2)
    try:
        pg_harness.append(mail("jdoe@example.com", "Cancel account 4810237.",
                               message_id="<t1@x>"))
        assert wait_for(lambda: len(pg_harness.sink.deliveries) == 1, timeout=30)
        holder = _holder(procs, pg_harness)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        killed_at = time.monotonic()
        pg_harness.append(mail("billing@acme.example", "Cancel account 7742051.",
                               message_id="<t2@x>"))
        assert wait_for(lambda: len(pg_harness.sink.deliveries) == 2, timeout=30)
        takeover = time.monotonic() - killed_at
    finally:
        results = [stop(p) for p in procs if p.poll() is None]
    assert all(code == 0 for code, _err in results), results
    assert takeover < 10, takeover
    replies = Counter(message_from_bytes(d.data)["In-Reply-To"] for d in pg_harness.sink.deliveries)
    assert replies == {"<t1@x>": 1, "<t2@x>": 1}


def _holder(procs: list[subprocess.Popen[str]], h: Harness) -> subprocess.Popen[str]:
    """The worker whose process holds the mailbox lock (found through its PostgreSQL session)."""
    import os

    url = h.db_url.replace("postgresql+psycopg://", "postgresql://")
    key = lock_key("default")
    with psycopg.connect(url) as conn:
        backend = conn.execute(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
            "objid = (%s::bigint & 4294967295) AND classid = ((%s::bigint >> 32) & 4294967295)",
            (key, key)).fetchone()
        assert backend, "somebody holds the mailbox"
        client_port = conn.execute("SELECT client_port FROM pg_stat_activity WHERE pid = %s",
                                   (backend[0],)).fetchone()[0]
    for proc in procs:
        fds = os.listdir(f"/proc/{proc.pid}/fd")
        inodes = {os.readlink(f"/proc/{proc.pid}/fd/{fd}") for fd in fds}
        if _owns_port(inodes, client_port):
            return proc
    raise AssertionError("no worker owns the lock's connection")


def _owns_port(socket_links: set[str], port: int) -> bool:
    wanted = {link.split("[")[1].rstrip("]") for link in socket_links if link.startswith("socket:")}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for line in f.readlines()[1:]:
                parts = line.split()
                local_port = int(parts[1].split(":")[1], 16)
                if local_port == port and parts[9] in wanted:
                    return True
    return False
