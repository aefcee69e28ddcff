"""One thread waits for every mailbox at once: IDLE sockets, timers and a wake-up pipe.

A worker may hold a thousand IDLE connections. Rather than a thread per mailbox
waking every second to look at a stop flag, one thread sleeps in ``select()`` on all
their sockets, on a pipe other threads write a byte to when they have something for
it (stop, a socket to watch again, a mailbox to look at now), and until the earliest
timer. It never reads or writes IMAP itself: readiness and timers are handed to a
small bounded pool of threads that do the work.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import selectors
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger("mailbot.reactor")
Callback = Callable[[], None]


class Timer:
    """A call at a moment, until cancelled."""

    __slots__ = ("cancelled", "fn", "when")

    def __init__(self, when: float, fn: Callback):
        self.when, self.fn, self.cancelled = when, fn, False

    def cancel(self) -> None:
        self.cancelled = True


class Reactor:
    """The selector loop and the pool it hands work to. Every method may be called from any
    thread; callbacks given to it run on the loop's thread and must not block."""

    def __init__(self, threads: int, name: str = "mailbot-work"):
        self.selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self.selector.register(self._wake_r, selectors.EVENT_READ, None)
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._soon: deque[Callback] = deque()
        self._timers: list[tuple[float, int, Timer]] = []
        self._seq = itertools.count()
        self._stopping = False
        self._working = 0  # jobs queued or running on the pool
        self._idle = threading.Condition()
        self.thread: threading.Thread | None = None

    # --- from any thread -------------------------------------------------------------------
    def call_soon(self, fn: Callback) -> None:
        with self._lock:
            self._soon.append(fn)
        self.wake()

    def call_later(self, delay: float, fn: Callback) -> Timer:
        timer = Timer(time.monotonic() + max(0.0, delay), fn)
        with self._lock:
            heapq.heappush(self._timers, (timer.when, next(self._seq), timer))
        self.wake()
        return timer

    def submit(self, fn: Callable[[], Any]) -> None:
        """Run fn on the pool; an exception is logged, never lost silently."""

        def guarded() -> None:
            try:
                fn()
            except Exception:  # the loop and the pool outlive any one failure
                log.exception("unexpected error in %s", getattr(fn, "__qualname__", fn))
            finally:
                with self._idle:
                    self._working -= 1
                    self._idle.notify_all()

        with self._idle:
            self._working += 1
        try:
            self.pool.submit(guarded)
        except RuntimeError:  # the pool is shut down: we are stopping
            with self._idle:
                self._working -= 1

    def watch(self, fileobj: Any, on_ready: Callback) -> None:
        """Call on_ready (on the loop) once fileobj is readable; then it is no longer watched."""
        self.call_soon(lambda: self._register(fileobj, on_ready))

    def unwatch(self, fileobj: Any) -> None:
        self.call_soon(lambda: self._unregister(fileobj))

    # --- on the loop's thread (callbacks) ---------------------------------------------------
    def watch_now(self, fileobj: Any, on_ready: Callback) -> None:
        """watch(), from a callback already running on the loop's thread."""
        self._register(fileobj, on_ready)

    def forget(self, fileobj: Any) -> None:
        """unwatch(), from a callback already running on the loop's thread."""
        self._unregister(fileobj)

    def wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):  # full pipe: it wakes anyway
            os.write(self._wake_w, b"!")

    def stop(self, timeout: float = 5.0) -> None:
        """End the loop (timers and watches are dropped); the pool keeps working."""
        self._stopping = True
        self.wake()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(timeout)

    # --- the loop --------------------------------------------------------------------------
    def start(self) -> Reactor:
        self.thread = threading.Thread(target=self.run, name="mailbot-reactor", daemon=True)
        self.thread.start()
        return self

    def run(self) -> None:
        while not self._stopping:
            for key, _events in self.selector.select(self._timeout()):
                if key.fileobj == self._wake_r:
                    self._drain_wake()
                    continue
                self._unregister(key.fileobj)
                self._call(key.data)
            self._run_due()

    def _timeout(self) -> float | None:
        with self._lock:
            if self._soon:
                return 0.0
            while self._timers and self._timers[0][2].cancelled:
                heapq.heappop(self._timers)
            if not self._timers:
                return None
            return max(0.0, self._timers[0][0] - time.monotonic())

    def _run_due(self) -> None:
        now = time.monotonic()
        due: list[Callback] = []
        with self._lock:
            while self._soon:
                due.append(self._soon.popleft())
            while self._timers and self._timers[0][0] <= now:
                _when, _seq, timer = heapq.heappop(self._timers)
                if not timer.cancelled:
                    due.append(timer.fn)
        for fn in due:
            self._call(fn)

    def _drain_wake(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while os.read(self._wake_r, 4096):
                pass

    @staticmethod
    def _call(fn: Callback) -> None:
        try:
            fn()
        except Exception:  # a bad callback must not end the loop
            log.exception("unexpected error in the reactor")

    def _register(self, fileobj: Any, on_ready: Callback) -> None:
        try:
            self.selector.register(fileobj, selectors.EVENT_READ, on_ready)
        except KeyError:  # already watched: the newer callback wins
            self.selector.modify(fileobj, selectors.EVENT_READ, on_ready)
        except (ValueError, OSError):  # closed meanwhile: let the owner find out by reading
            self._call(on_ready)

    def _unregister(self, fileobj: Any) -> None:
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.selector.unregister(fileobj)

    def close(self, timeout: float = 10.0) -> bool:
        """Stop the loop, wait for the work in hand (at most timeout), drop what is still
        queued and free the pipe. False when some work was still running at the end."""
        self.stop()
        done = self.wait_idle(timeout)
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.selector.close()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        return done

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job is queued or running on the pool (at most timeout seconds)."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._working:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True
