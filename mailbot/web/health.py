"""The service's health, read in one place for the dashboard, /healthz and /metrics."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import safety
from mailbot.store import queue, stats
from mailbot.store.db import Database

log = logging.getLogger("mailbot.web.health")


@dataclass
class Health:
    now: datetime
    database: bool
    error: str | None = None
    polls: list[stats.PollState] = field(default_factory=list)
    outbox: dict[str, int] = field(default_factory=dict)
    queue: dict[str, int] = field(default_factory=dict)
    breaker: dict[str, Any] = field(default_factory=dict)

    def age(self, poll: stats.PollState) -> float | None:
        return (self.now - poll.at).total_seconds() if poll.at is not None else None

    @property
    def last_poll_age(self) -> float | None:
        """Seconds since the stalest mailbox's last successful poll (None: never polled)."""
        ages = [a for p in self.polls if (a := self.age(p)) is not None]
        return max(ages) if ages else None

    @property
    def backlog(self) -> int:
        return sum(self.outbox.get(s, 0) for s in stats.BACKLOG)

    @property
    def failed_messages(self) -> int:
        return self.queue.get("failed", 0)

    @property
    def breaker_open(self) -> bool:
        return bool(self.breaker.get("open"))

    @property
    def holds(self) -> list[dict[str, Any]]:
        """What the loop breaker holds replies for (an address or a thread), and why."""
        return list(self.breaker.get("holds") or [])

    @property
    def held(self) -> int:
        return self.outbox.get("paused", 0)

    @property
    def bounced(self) -> int:
        return self.outbox.get("bounced", 0)


def health(db: Database, now: datetime) -> Health:
    """The database's answer (or why none came), the polls, the outbox and the breaker."""
    try:
        with db.session(readonly=True) as session:
            stats.database_ok(session)
            return Health(now, True, polls=stats.last_polls(session),
                          outbox=stats.outbox_by_status(session), queue=queue.counts(session),
                          breaker=safety.status(session))
    except (OperationalError, DBAPIError) as exc:
        log.warning("health check: database unreachable: %s", exc)
        return Health(now, False, error=str(getattr(exc, "orig", exc)).splitlines()[0][:200])
