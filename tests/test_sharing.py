"""Two `mailbot run` workers on one PostgreSQL database share 50 mailboxes: each mailbox
polled by one of them, the share rebalanced when a worker joins, and taken over when one
is killed; every message answered once."""

from __future__ import annotations

import signal
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.servers import SmtpSink
from tests.test_many_mailboxes import Many, N, many_dovecot, name  # noqa: F401 (a fixture)
from tests.test_service_resilience import start, stop, wait_for

pytestmark = [pytest.mark.dovecot, pytest.mark.postgres, pytest.mark.slow]


def holdings(many: Many) -> dict[int, set[str]]:
    """pid -> the mailboxes each live worker says it holds (service_state worker:*)."""
    from sqlalchemy import select

    from mailbot.app import App
    from mailbot.config import load_config
    from mailbot.store.models import ServiceStateRow

    app = App(load_config(str(many.config)))
    try:
        with app.db.session(readonly=True) as session:
            rows = session.scalars(select(ServiceStateRow)
                                   .where(ServiceStateRow.key.like("worker:%"))).all()
            return {int(r.value["pid"]): set(r.value["holds"]) for r in rows}
    finally:
        app.close()


def shared_by(many: Many, procs: list[subprocess.Popen[str]]) -> bool:
    """Every mailbox held by exactly one of these workers, each holding a fair part."""
    held = holdings(many)
    parts = [held.get(p.pid, set()) for p in procs]
    every = set().union(*parts)
    fair = N // len(procs) // 2
    return (len(every) == N and sum(map(len, parts)) == N
            and all(len(part) >= fair for part in parts))


def problems(procs: list[subprocess.Popen[str]]) -> list[str]:
    """The error lines of the workers' logs (shown when a test fails)."""
    lines = []
    for proc in procs:
        text = Path(proc.log_path).read_text()  # type: ignore[attr-defined]
        lines += [f"{proc.pid}: {line[:300]} ... {line[-700:]}" for line in text.splitlines()
                  if '"level": "error"' in line or "Traceback" in line][-5:]
    return lines


@pytest.fixture
def many(tmp_path: Path, many_dovecot, smtp_sink: SmtpSink, pg_url: str) -> Many:  # noqa: F811
    return Many(tmp_path, many_dovecot, smtp_sink, pg_url)


def test_two_workers_share_fifty_mailboxes_and_one_takes_over(many: Many):
    """Worker A polls all 50; B joins and takes about half; mail arriving anywhere is
    answered once; B is killed (SIGKILL) and A takes its mailboxes back within seconds."""
    many.setup()
    a = start(many)  # type: ignore[arg-type]
    procs = [a]
    try:
        assert wait_for(lambda: shared_by(many, [a]), timeout=60), holdings(many)
        b = start(many)  # type: ignore[arg-type]
        procs.append(b)
        assert wait_for(lambda: shared_by(many, [a, b]), timeout=60), holdings(many)
        listing = many.cli("mailboxes", "list")
        assert f":{a.pid}" in listing and f":{b.pid}" in listing, "list shows who polls"
        cancels, others = many.arrivals(60, seed=2, boxes=list(range(N)))
        many.arrival_thread.join()
        assert wait_for(lambda: set(many.replies()) >= cancels, timeout=60), \
            (len(cancels - set(many.replies())), problems(procs))

        b_had = holdings(many)[b.pid]
        b.send_signal(signal.SIGKILL)
        b.wait()
        assert wait_for(lambda: shared_by(many, [a]), timeout=30), holdings(many)
        boxes = [i for i in range(N) if name(i) in b_had]
        late, late_others = many.arrivals(15, seed=3, boxes=boxes)
        many.arrival_thread.join()
        assert wait_for(lambda: set(many.replies()) >= late, timeout=60), \
            (len(late - set(many.replies())), problems(procs))
    finally:
        results = [stop(p) for p in procs if p.poll() is None]
    assert all(code == 0 for code, _err in results), [err[-2000:] for _c, err in results]
    replies = many.replies()
    assert set(replies) == cancels | late, "every cancellation, nothing else"
    assert set(replies.values()) == {1}, "each answered once"
    import json

    records = Counter(json.loads(line)["message_id"]
                      for line in many.cli("export", "--format", "jsonl").splitlines())
    assert set(records) >= cancels | others | late | late_others
    assert set(records.values()) == {1}
