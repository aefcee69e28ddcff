"""For machines: /healthz (JSON) and /metrics (Prometheus text format, via prometheus_client).

Both are open without a login, as load balancers and Prometheus expect; they show
counts and ages, never message content or account data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from flask import Blueprint, Response
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from mailbot.store import outbox as outbox_store
from mailbot.store import stats
from mailbot.store.db import Database
from mailbot.web.factory import desk
from mailbot.web.health import health

bp = Blueprint("machine", __name__)


@bp.route("/healthz")
def healthz() -> Any:
    app = desk().app
    h = health(app.db, app.clock())
    body = {
        "status": "ok" if h.database else "error",
        "database": h.database,
        "last_poll_age_seconds": _round(h.last_poll_age),
        "mailboxes": {p.mailbox: {"last_poll_at": p.at.isoformat() if p.at else None,
                                  "last_poll_age_seconds": _round(h.age(p)),
                                  "last_poll_seconds": p.seconds} for p in h.polls},
        "outbox_backlog": h.backlog,
        "failed_messages": h.failed_messages,
        "sending_paused": h.breaker_open,
        "replies_held": h.held,
        "replies_bounced": h.bounced,
    }
    if h.error:
        body["error"] = h.error
    return body, 200 if h.database else 503


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


class DeskCollector:
    """Reads the numbers from the database at each scrape (several processes share it)."""

    def __init__(self, db: Database, clock: Callable[[], datetime]):
        self.db, self.clock = db, clock

    def collect(self) -> Iterator[Metric]:
        h = health(self.db, self.clock())
        up = GaugeMetricFamily("mailbot_database_up", "1 when the database answers")
        up.add_metric([], 1.0 if h.database else 0.0)
        yield up
        if not h.database:
            return
        with self.db.session(readonly=True) as session:
            outcomes = stats.messages_by_outcome(session)
            statuses = stats.messages_by_status(session)
            sent = stats.replies_sent_by_kind(session)
            bounced = outbox_store.bounced_by_kind(session)
        yield _family(CounterMetricFamily, "mailbot_messages_processed",
                      "Inbound messages processed, by outcome", "outcome", outcomes)
        yield _family(CounterMetricFamily, "mailbot_replies_sent",
                      "Replies accepted by the SMTP server, by kind", "kind", sent)
        yield _family(CounterMetricFamily, "mailbot_replies_bounced",
                      "Replies sent and then returned by a bounce (DSN), by kind", "kind",
                      bounced)
        failures = {"message": sum(statuses.get(s, 0) for s in ("failed", "oversize")),
                    "reply": h.outbox.get("failed", 0)}
        yield _family(CounterMetricFamily, "mailbot_failures",
                      "Messages whose processing failed and replies that could not be sent",
                      "kind", failures)
        yield _family(GaugeMetricFamily, "mailbot_outbox_depth",
                      "Replies in the outbox, by status (pending and sending are the backlog)",
                      "status", h.outbox)
        yield _family(GaugeMetricFamily, "mailbot_review_queue",
                      "Cases waiting for review, by tab", "tab", h.queue)
        duration = GaugeMetricFamily("mailbot_poll_duration_seconds",
                                     "Duration of the last successful poll", labels=["mailbox"])
        last = GaugeMetricFamily("mailbot_last_poll_timestamp_seconds",
                                 "Unix time of the last successful poll", labels=["mailbox"])
        for p in h.polls:
            if p.seconds is not None:
                duration.add_metric([p.mailbox], p.seconds)
            if p.at is not None:
                last.add_metric([p.mailbox], p.at.timestamp())
        yield duration
        yield last
        breaker = GaugeMetricFamily("mailbot_sending_paused",
                                    "1 while the circuit breaker holds all replies")
        breaker.add_metric([], 1.0 if h.breaker_open else 0.0)
        yield breaker
        held = GaugeMetricFamily("mailbot_replies_held",
                                 "Replies the loop breaker holds (to a looping address or thread)")
        held.add_metric([], float(h.held))
        yield held


def _family(kind: Any, name: str, doc: str, label: str, values: dict[str, int]) -> Metric:
    family = kind(name, doc, labels=[label])
    for key, value in sorted(values.items()):
        family.add_metric([str(key)], float(value))
    return family


@bp.route("/metrics")
def metrics() -> Response:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DeskCollector(desk().app.db, desk().app.clock))
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_PLAIN_0_0_4)
