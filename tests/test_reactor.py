"""The reactor: one thread waits on sockets and timers, the work runs on a bounded pool."""

from __future__ import annotations

import socket
import threading
import time

from mailbot.reactor import Reactor


def test_timers_fire_in_order_and_cancelled_ones_never():
    """Timers run on the loop's thread in the order of their moments; a cancelled one not."""
    reactor = Reactor(2).start()
    fired: list[str] = []
    done = threading.Event()
    try:
        reactor.call_later(0.15, lambda: (fired.append("late"), done.set()))
        reactor.call_later(0.05, lambda: fired.append("early"))
        reactor.call_later(0.10, lambda: fired.append("cancelled")).cancel()
        assert done.wait(5)
    finally:
        reactor.close()
    assert fired == ["early", "late"]


def test_a_readable_socket_is_reported_once_then_forgotten():
    """A watched socket's callback runs when data arrives, and not again until watched anew."""
    reactor = Reactor(2).start()
    a, b = socket.socketpair()
    calls: list[float] = []
    seen = threading.Event()
    try:
        reactor.watch(a, lambda: (calls.append(time.monotonic()), seen.set()))
        time.sleep(0.05)
        assert not calls
        b.send(b"* 1 EXISTS\r\n")
        assert seen.wait(5)
        time.sleep(0.1)  # still readable (nobody read it): no second call
        assert len(calls) == 1
    finally:
        reactor.close()
        a.close()
        b.close()


def test_the_pool_runs_at_most_its_size_at_once():
    """Work beyond the pool's size waits its turn; wait_idle sees it all finish."""
    reactor = Reactor(2).start()
    running, peak = 0, 0
    guard = threading.Lock()

    def job() -> None:
        nonlocal running, peak
        with guard:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with guard:
            running -= 1

    try:
        for _ in range(8):
            reactor.submit(job)
        assert reactor.wait_idle(5)
    finally:
        reactor.close()
    assert peak == 2


def test_the_loop_sleeps_until_woken_and_stops_at_once():
    """With nothing to do the loop's thread uses no CPU; stop() ends it without delay."""
    reactor = Reactor(1).start()
    thread = reactor.thread
    assert thread is not None and thread.native_id is not None
    reactor.call_later(3600, lambda: None)  # a far timer: select() sleeps until then
    time.sleep(0.1)
    before = _cpu_ticks(thread.native_id)
    time.sleep(1.0)
    assert _cpu_ticks(thread.native_id) - before <= 1  # (clock ticks: 10 ms each)
    t0 = time.monotonic()
    reactor.close()
    assert not thread.is_alive()
    assert time.monotonic() - t0 < 1.0


def _cpu_ticks(tid: int) -> int:
    """User + system clock ticks a thread of this process has used (Linux)."""
    with open(f"/proc/self/task/{tid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])
