"""The circuit breaker: replies caught in a loop are held; only a runaway pauses everything.

A backlog of thousands of requests from thousands of senders is volume, not a loop,
and drains on its own. What trips the breaker, checked on each reply just before it
goes out (``mailer.Deliverer`` asks ``Breaker.screen``), is a small table of loop rules:

* ``address-burst``: more than ``loop_address_replies`` replies to one address within
  ``loop_address_minutes``;
* ``thread``: more than ``loop_thread_replies`` replies in one thread (a case's
  conversation: its References chain and case reference) within 24 hours;
* ``ping-pong``: the same sender answering ``loop_answers`` of our replies, each within
  ``loop_answer_seconds`` of it (an auto-responder without RFC 3834 headers).

A reply a rule catches is ``paused`` with the reason (which address or thread, how many),
and so is every later reply to that address or thread; everything else keeps flowing.
``[security] hourly_limit`` (10,000 by default) stays as a last-resort global ceiling
against a runaway: reaching it pauses all sending. ``mailbot outbox resume`` (or the
dashboard) releases both, and the counts start again from that moment.

The per-address cap (``flow.reply.ReplyBudget``) acts earlier, when a reply is queued; these
rules act when it is sent. On PostgreSQL two workers screening at the same instant may
each let one more reply of a loop through before it is held.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from mailbot.loops import DAY, Hold, Inbound, LoopLimits, LoopRules, Reply, address_key
from mailbot.store import outbox as outbox_store
from mailbot.store.models import ServiceStateRow
from mailbot.store.outbox import AnyRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mailbot.config import SecurityConfig
    from mailbot.store.db import Database

log = logging.getLogger("mailbot.safety")
KEY = "circuit_breaker"


# --- the breaker's state (service_state) -------------------------------------------------

def _state(session: Session) -> dict[str, Any]:
    row = session.get(ServiceStateRow, KEY)
    return dict(row.value) if row else {}


def _save(session: Session, value: dict[str, Any]) -> None:
    row = session.get(ServiceStateRow, KEY)
    if row is None:
        session.add(ServiceStateRow(key=KEY, value=value))
    else:
        row.value = value


def _resumed_at(state: dict[str, Any]) -> datetime | None:
    value = state.get("resumed_at")
    return datetime.fromisoformat(value) if value else None


def status(session: Session) -> dict[str, Any]:
    """The global breaker's state, and ``holds``: what the loop breaker holds, and why."""
    state = _state(session)
    state["holds"] = [{"key": key, "reason": reason, "replies": n}
                      for key, reason, n in outbox_store.paused_summary(session)]
    return state


def resume(db: Database, actor: str, *, now: datetime) -> bool:
    """Close the breaker and release every held reply; counts start again from now.
    False if nothing was paused."""
    return any(resume_all(db, actor, now=now))


def resume_all(db: Database, actor: str, *, now: datetime) -> tuple[bool, int]:
    """As ``resume``: (whether all sending was paused, how many held replies were released)."""
    from mailbot.store.cases import audit

    with db.session() as session:
        was_open = bool(_state(session).get("open"))
        released = outbox_store.release_paused(session, now)
        _save(session, {"open": False, "resumed_at": now.isoformat(), "resumed_by": actor})
        audit(session, actor, "circuit_resumed", released=released, was_open=was_open)
    if was_open or released:
        log.warning("circuit breaker resumed by %s: %d held repl(ies) released", actor, released)
    return was_open, released


# --- the breaker as delivery uses it -----------------------------------------------------

class Breaker:
    """Asked by the Deliverer before each round (the global ceiling) and for each claimed
    reply (the loop rules)."""

    def __init__(self, db: Database, security: SecurityConfig, clock: Callable[[], datetime]):
        self.db, self.security, self.clock = db, security, clock
        self.limits = LoopLimits.of(security)

    def allowance(self) -> tuple[int, str | None]:
        """How many replies may go out now under the global ceiling, or why none may.

        At the limit this returns 0 without tripping: only a reply still waiting to go
        out trips the breaker (``trip``), not the last one that fitted."""
        with self.db.session(readonly=True) as session:
            state = _state(session)
            if state.get("open"):
                return 0, state.get("reason", "sending paused by the circuit breaker")
            since = self._since(state, timedelta(hours=1))
            left = self.security.hourly_limit - outbox_store.sent_since(session, since)
            return max(0, left), None

    def _since(self, state: dict[str, Any], window: timedelta) -> datetime:
        since = self.clock() - window
        resumed = _resumed_at(state)
        return max(since, resumed) if resumed else since

    def trip(self) -> str:
        """Replies are waiting and the global ceiling is used up: pause all sending, loudly."""
        limit = self.security.hourly_limit
        with self.db.session() as session:
            state = _state(session)
            if state.get("open"):
                return state.get("reason", "sending paused by the circuit breaker")
            sent = outbox_store.sent_since(session, self._since(state, timedelta(hours=1)))
            reason = (f"circuit breaker open: {sent} replies sent in the last hour, the global "
                      f"ceiling ([security] hourly_limit = {limit}); run 'mailbot outbox resume' "
                      "after checking what is sending")
            _save(session, {**state, "open": True, "reason": reason,
                            "opened_at": self.clock().isoformat()})
            log.critical(reason)
            return reason

    def screen(self, rows: Sequence[AnyRow], owner: str) -> tuple[list[AnyRow], list[Hold]]:
        """The claimed replies that may go out now, and the holds of those a loop keeps
        back (they are paused, with why, and the trip is logged and audited)."""
        if not rows:
            return [], []
        rules, replies = self._read(rows)
        go: list[AnyRow] = []
        held: list[tuple[AnyRow, Hold]] = []
        for row, reply in zip(rows, replies, strict=True):
            hold = rules.check(reply)
            if hold is None:
                go.append(row)
            else:
                held.append((row, hold))
        if held:
            self._pause(held, owner)
        return go, [h for _row, h in held]

    def _read(self, rows: Sequence[AnyRow]) -> tuple[LoopRules, list[Reply]]:
        """The rules with the recent history, and the claimed rows as replies to check."""
        now = self.clock()
        with self.db.session(readonly=True) as session:
            since = self._since(_state(session), DAY)
            conn = session.connection()
            addresses = sorted({r.to_addr for r in rows})
            cases = sorted({r.case_id for r in rows if r.case_id is not None})
            sent = outbox_store.recent_sends(conn, addresses, cases, since)
            keys = [address_key(a) for a in addresses] + [f"thread:{c}" for c in cases]
            held = outbox_store.holds(conn, keys)
            context = {r.id: r for r in outbox_store.context(conn, [r.id for r in rows])}
        history = [Reply(s.to_addr, s.case_id, s.sent_at, _inbound(s)) for s in sent]
        replies = [Reply(r.to_addr, r.case_id, now, _inbound(context.get(r.id)),
                         getattr(context.get(r.id), "reference", None) or "") for r in rows]
        return LoopRules(self.limits, now, since, history, held), replies

    def _pause(self, held: list[tuple[AnyRow, Hold]], owner: str) -> None:
        from mailbot.store.cases import audit

        with self.db.session() as session:
            conn = session.connection()
            for row, hold in held:
                outbox_store.pause(conn, row.id, owner, hold.key, hold.reason)
                if hold.rule != "held":
                    log.critical("%s (rule %s; run 'mailbot outbox resume' after checking)",
                                 hold.reason, hold.rule)
                    audit(session, "mailbot", "loop_breaker_tripped", case_id=row.case_id,
                          rule=hold.rule, hold=hold.key, reason=hold.reason, reply=row.id)
        log.warning("%d repl(ies) held by the loop breaker", len(held))


def _inbound(row: Any) -> Inbound | None:
    if row is None or row.answered_id is None or row.received_at is None:
        return None
    return Inbound(row.answered_id, (row.sender or "").strip().lower(), row.received_at)
