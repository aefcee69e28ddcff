"""Retrying after a failure: one exponential backoff with jitter for every retry mailbot does.

The outbox (a reply the SMTP server refused for now), a mailbox's poll or IDLE connection
and the service's periodic jobs all wait ``delay(n)`` after their n-th failure in a row.
"""

from __future__ import annotations

import logging
import random

log = logging.getLogger("mailbot.service")


def delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait after the attempt-th failure: base·2^(n-1), at most cap, drawn from
    its upper half (jitter: processes that failed together do not retry together)."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


class Backoff:
    """Failures in a row of one thing; logs a failure once per change of error."""

    def __init__(self, what: str, base: float = 1.0, cap: float = 300.0):
        self.what, self.base, self.cap = what, base, cap
        self.failures = 0
        self.last_error: str | None = None

    def failed(self, error: str) -> float:
        """Count a failure; the seconds to wait before the next try."""
        self.failures += 1
        if error != self.last_error:
            log.error("%s failed: %s (retrying with backoff)", self.what, error)
            self.last_error = error
        return delay(self.failures, self.base, self.cap)

    def ok(self) -> None:
        if self.failures:
            log.warning("%s recovered after %d failure(s)", self.what, self.failures)
        self.failures = 0
        self.last_error = None
