"""Queries for the dashboard, /healthz and /metrics: outcomes, reasons, polls, backlog."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mailbot.store.models import CaseRow, MessageRow, OutboxRow, ServiceStateRow

POLL_PREFIX = "last_poll:"
BACKLOG = ("pending", "claimed", "sending")  # replies not yet handed to the SMTP server


@dataclass(frozen=True)
class PollState:
    """The last successful poll of one mailbox (service_state ``last_poll:<mailbox>``)."""

    mailbox: str
    at: datetime | None
    seconds: float | None
    found: int
    processed: int


def database_ok(session: Session) -> bool:
    return session.execute(text("SELECT 1")).scalar() == 1


def last_polls(session: Session) -> list[PollState]:
    rows = session.scalars(select(ServiceStateRow).where(ServiceStateRow.key.like(
        f"{POLL_PREFIX}%")).order_by(ServiceStateRow.key))
    return [_poll_state(row) for row in rows]


def _poll_state(row: ServiceStateRow) -> PollState:
    value: dict[str, Any] = row.value or {}
    at = value.get("at")
    try:
        moment = datetime.fromisoformat(at) if at else row.updated_at
    except ValueError:
        moment = row.updated_at
    seconds = value.get("seconds")
    return PollState(row.key[len(POLL_PREFIX):], moment,
                     float(seconds) if isinstance(seconds, int | float) else None,
                     int(value.get("found") or 0), int(value.get("processed") or 0))


def outbox_by_status(session: Session) -> dict[str, int]:
    return dict(session.execute(
        select(OutboxRow.status, func.count()).group_by(OutboxRow.status)).all())


def messages_by_outcome(session: Session) -> dict[str, int]:
    """Processed inbound messages per outcome (confirmed, flagged, ignored, ...)."""
    rows = session.execute(
        select(MessageRow.outcome, func.count()).where(MessageRow.status == "processed",
                                                       MessageRow.outcome.is_not(None))
        .group_by(MessageRow.outcome)).all()
    return {outcome: n for outcome, n in rows if outcome is not None}


def messages_by_status(session: Session) -> dict[str, int]:
    return dict(session.execute(
        select(MessageRow.status, func.count()).group_by(MessageRow.status)).all())


def replies_sent_by_kind(session: Session) -> dict[str, int]:
    """Replies the SMTP server accepted, by kind (a bounce later does not take one back)."""
    return dict(session.execute(
        select(OutboxRow.kind, func.count()).where(OutboxRow.status.in_(("sent", "bounced")))
        .group_by(OutboxRow.kind)).all())


def cases_per_day(session: Session, since: datetime, zone: tzinfo
                  ) -> dict[date, dict[str, int]]:
    """Cases received since a moment, per local day and current status (their outcome).

    Days are bucketed here rather than in SQL: SQLite and PostgreSQL spell time zones
    differently, and a dashboard's window holds few enough rows."""
    out: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    rows = session.execute(select(CaseRow.received_at, CaseRow.status)
                           .where(CaseRow.received_at >= since))
    for received_at, status in rows:
        out[received_at.astimezone(zone).date()][status] += 1
    return {day: dict(per) for day, per in out.items()}


def reasons(session: Session, since: datetime | None = None) -> list[tuple[str, int]]:
    """Cancellation reasons (reason_code) of cases, most frequent first; None is 'unknown'."""
    query = select(CaseRow.reason_code, func.count()).group_by(CaseRow.reason_code)
    if since is not None:
        query = query.where(CaseRow.received_at >= since)
    rows = [(code or "unknown", n) for code, n in session.execute(query).all()]
    return sorted(rows, key=lambda item: (-item[1], item[0]))
