"""Sending the replies a review action queued, from one background thread, right after commit.

The action has already committed the reply to the outbox; this only makes it leave
promptly instead of at the service's next delivery round. If SMTP is down, another
process is delivering, or the circuit breaker is open, the outbox keeps the reply and
`mailbot run` sends it (a few quick retries here first).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from mailbot.mailer import Deliverer
from mailbot.store import cases as case_store
from mailbot.store.db import Database

log = logging.getLogger("mailbot.web.delivery")
RETRY_SECONDS = (5.0, 30.0, 120.0)


class Courier:
    """Delivers the outbox of a mailbox on request; requests for the same mailbox coalesce."""

    def __init__(self, db: Database, deliverer: Callable[[str], Deliverer | None]):
        self.db = db
        self.deliverer = deliverer  # a mailbox's, by name (None: it has no [smtp])
        self.requests: queue.Queue[tuple[str, int]] = queue.Queue()
        self.retry_at: dict[str, tuple[float, int]] = {}  # mailbox -> (when, attempt)
        self.idle = threading.Event()
        self.idle.set()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def after(self, reference: str) -> None:
        """A review action on this case queued replies: send them soon."""
        with self.db.session(readonly=True) as session:
            case = case_store.by_reference(session, reference)
            mailbox = case.mailbox if case is not None else "default"
        self.nudge(mailbox)

    def nudge(self, mailbox: str, attempt: int = 0) -> None:
        with self._lock:
            self.idle.clear()
            self.requests.put((mailbox, attempt))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="mailbot-courier",
                                                daemon=True)
                self._thread.start()

    def wait(self, timeout: float = 30.0) -> bool:
        """Until nothing is queued or being sent (tests, clean shutdown)."""
        return self.idle.wait(timeout)

    def _run(self) -> None:
        while True:
            try:
                mailbox, attempt = self.requests.get(timeout=self._next_retry())
            except queue.Empty:
                mailbox, attempt = self._due_retry()
                if not mailbox:
                    continue
            self._deliver(mailbox, attempt)
            with self._lock:
                if self.requests.empty() and not self.retry_at:
                    self.idle.set()

    def _next_retry(self) -> float:
        if not self.retry_at:
            return 3600.0
        return max(0.0, min(when for when, _ in self.retry_at.values()) - time.monotonic())

    def _due_retry(self) -> tuple[str, int]:
        now = time.monotonic()
        for mailbox, (when, attempt) in list(self.retry_at.items()):
            if when <= now:
                del self.retry_at[mailbox]
                return mailbox, attempt
        return "", 0

    def _deliver(self, mailbox: str, attempt: int) -> None:
        self.retry_at.pop(mailbox, None)
        try:
            d = self.deliverer(mailbox)
            if d is None:
                return  # no [smtp] (or dry run): the service's outbox round decides
            report = d.deliver()
        except Exception:  # a background thread: log it, the outbox keeps it
            log.exception("sending queued replies of mailbox %s failed", mailbox)
            return
        if (report.busy or report.deferred or report.unavailable) and attempt < len(
                RETRY_SECONDS):
            self.retry_at[mailbox] = (time.monotonic() + RETRY_SECONDS[attempt], attempt + 1)
