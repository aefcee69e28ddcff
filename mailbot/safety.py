"""The global circuit breaker: too many replies in an hour pauses all sending.

A bot answering hundreds of messages an hour is more likely caught in a loop
than busy. When the limit is reached sending stops, the service says so on
every delivery round, and support resumes it (``mailbot outbox resume``).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from mailbot.store import outbox as outbox_store
from mailbot.store.models import ServiceStateRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mailbot.app import App

log = logging.getLogger("mailbot.safety")
KEY = "circuit_breaker"


def _state(session: Session) -> dict[str, Any]:
    row = session.get(ServiceStateRow, KEY)
    return dict(row.value) if row else {}


def _save(session: Session, value: dict[str, Any]) -> None:
    row = session.get(ServiceStateRow, KEY)
    if row is None:
        session.add(ServiceStateRow(key=KEY, value=value))
    else:
        row.value = value


def sending_allowance(app: App) -> tuple[int, str | None]:
    """How many replies may go out now, or why none may (the breaker is open).

    At the limit this returns 0 without tripping: only a reply still waiting to go
    out trips the breaker (``trip``), not the last one that fitted."""
    with app.db.session(readonly=True) as session:
        state = _state(session)
        if state.get("open"):
            return 0, state.get("reason", "sending paused by the circuit breaker")
        since = _window_start(session, app)
        left = app.config.security.hourly_limit - outbox_store.sent_since(session, since)
        return max(0, left), None


def _window_start(session: Session, app: App) -> datetime:
    since = app.clock() - timedelta(hours=1)
    state = _state(session)
    if state.get("resumed_at"):
        since = max(since, datetime.fromisoformat(state["resumed_at"]))
    return since


def trip(app: App) -> str:
    """Replies are waiting and the hourly limit is used up: open the breaker, loudly."""
    return circuit_open(app) or "circuit breaker open"


def circuit_open(app: App) -> str | None:
    """Why sending is paused, or None. Trips the breaker when the hourly limit is reached."""
    limit = app.config.security.hourly_limit
    now = app.clock()
    with app.db.session() as session:
        state = _state(session)
        if state.get("open"):
            return state.get("reason", "sending paused by the circuit breaker")
        sent = outbox_store.sent_since(session, _window_start(session, app))
        if sent < limit:
            return None
        reason = (f"circuit breaker open: {sent} replies sent in the last hour (limit "
                  f"{limit}); run 'mailbot outbox resume' after checking for a mail loop")
        _save(session, {**state, "open": True, "reason": reason, "opened_at": now.isoformat()})
        log.critical(reason)
        return reason


def resume(app: App, actor: str) -> bool:
    """Close the breaker; the hourly count starts again from now. False if it was closed."""
    from mailbot.store.cases import audit

    with app.db.session() as session:
        state = _state(session)
        was_open = bool(state.get("open"))
        _save(session, {"open": False, "resumed_at": app.clock().isoformat(),
                        "resumed_by": actor})
        audit(session, actor, "circuit_resumed")
    return was_open


def status(session: Session) -> dict[str, Any]:
    return _state(session)
