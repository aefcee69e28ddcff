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
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row

from mailbot.store import outbox as outbox_store
from mailbot.store.models import ServiceStateRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mailbot.app import App
    from mailbot.config import SecurityConfig

log = logging.getLogger("mailbot.safety")
KEY = "circuit_breaker"
DAY = timedelta(hours=24)
# A received time (IMAP INTERNALDATE) has whole seconds and comes from the mail server's
# clock: an answer may look up to this much older than the reply it answers.
SKEW = timedelta(seconds=2)


# --- the loop rules (pure: values in, a verdict out) -------------------------------------

@dataclass(frozen=True)
class LoopLimits:
    address_replies: int
    address_window: timedelta
    thread_replies: int
    answer_window: timedelta
    answers: int

    @classmethod
    def of(cls, sec: SecurityConfig) -> LoopLimits:
        return cls(sec.loop_address_replies, timedelta(minutes=sec.loop_address_minutes),
                   sec.loop_thread_replies, timedelta(seconds=sec.loop_answer_seconds),
                   sec.loop_answers)


@dataclass(frozen=True)
class Inbound:
    """A message we answered: who wrote it and when the server received it."""

    id: int
    sender: str  # lower case
    received_at: datetime


@dataclass(frozen=True)
class Reply:
    """A reply, sent or about to be: where it goes, its thread, what it answers."""

    to_addr: str
    thread: int | None  # the case
    sent_at: datetime
    answers: Inbound | None = None
    thread_label: str = ""  # the case reference, for people


@dataclass(frozen=True)
class Hold:
    key: str  # "address:<addr>" or "thread:<case id>"
    reason: str
    rule: str  # the rule that tripped, or "held" for a reply joining an existing hold


def address_key(address: str) -> str:
    return f"address:{address.lower()}"


def thread_key(case_id: int | None) -> str | None:
    return f"thread:{case_id}" if case_id is not None else None


@dataclass
class LoopRules:
    """The recent replies, and which new ones a loop holds (each reply let through counts)."""

    limits: LoopLimits
    now: datetime
    since: datetime  # the earliest moment that counts (24 h ago, or the last resume)
    history: list[Reply] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)  # hold key -> why

    def check(self, reply: Reply) -> Hold | None:
        keys = [address_key(reply.to_addr), thread_key(reply.thread)]
        for key in keys:
            if key is not None and key in self.held:
                return Hold(key, self.held[key], "held")
        for _name, rule in RULES:
            hold = rule(self, reply)
            if hold is not None:
                self.held[hold.key] = hold.reason
                return hold
        self.history.append(reply)
        return None

    def to(self, address: str) -> list[Reply]:
        return [r for r in self.history if r.to_addr == address]


def address_burst(rules: LoopRules, reply: Reply) -> Hold | None:
    """More than N replies to one address within the window."""
    lim = rules.limits
    since = max(rules.since, rules.now - lim.address_window)
    n = sum(1 for r in rules.to(reply.to_addr) if r.sent_at >= since)
    if n < lim.address_replies:
        return None
    minutes = int(lim.address_window.total_seconds() // 60)
    return Hold(address_key(reply.to_addr),
                f"loop breaker: {n} replies to {reply.to_addr} within {minutes} min (limit "
                f"{lim.address_replies}); replies to this address are held", "address-burst")


def thread_flood(rules: LoopRules, reply: Reply) -> Hold | None:
    """More than N replies in one thread within 24 hours."""
    key = thread_key(reply.thread)
    if key is None:
        return None
    n = sum(1 for r in rules.history if r.thread == reply.thread)
    if n < rules.limits.thread_replies:
        return None
    label = reply.thread_label or f"#{reply.thread}"
    return Hold(key, f"loop breaker: {n} replies in the thread of case {label} within 24 h "
                     f"(limit {rules.limits.thread_replies}); replies in this thread are held",
                "thread")


def ping_pong(rules: LoopRules, reply: Reply) -> Hold | None:
    """The same sender answering our replies within seconds, again and again."""
    lim, to = rules.limits, reply.to_addr
    ours = [*rules.to(to), reply]

    def fast(r: Reply) -> bool:
        """The message this reply answers came from its address right after an earlier one
        of our replies (never the reply it caused: that one was sent after it)."""
        m = r.answers
        return m is not None and m.sender == to and any(
            -SKEW <= m.received_at - o.sent_at <= lim.answer_window
            for o in ours if o.sent_at < r.sent_at)

    if not fast(reply):
        return None
    n = len({r.answers.id for r in ours if r.answers is not None and fast(r)})
    if n < lim.answers:
        return None
    seconds = int(lim.answer_window.total_seconds())
    return Hold(address_key(to),
                f"loop breaker: {to} answered {n} of our replies within {seconds} s each (an "
                "auto-responder?); replies to this address are held", "ping-pong")


RULES: tuple[tuple[str, Callable[[LoopRules, Reply], Hold | None]], ...] = (
    ("address-burst", address_burst),
    ("thread", thread_flood),
    ("ping-pong", ping_pong),
)


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


def resume(app: App, actor: str) -> bool:
    """Close the breaker and release every held reply; counts start again from now.
    False if nothing was paused."""
    return any(resume_all(app, actor))


def resume_all(app: App, actor: str) -> tuple[bool, int]:
    """As ``resume``: (whether all sending was paused, how many held replies were released)."""
    from mailbot.store.cases import audit

    now = app.clock()
    with app.db.session() as session:
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

    def __init__(self, app: App):
        self.app = app
        self.limits = LoopLimits.of(app.config.security)

    def allowance(self) -> tuple[int, str | None]:
        """How many replies may go out now under the global ceiling, or why none may.

        At the limit this returns 0 without tripping: only a reply still waiting to go
        out trips the breaker (``trip``), not the last one that fitted."""
        with self.app.db.session(readonly=True) as session:
            state = _state(session)
            if state.get("open"):
                return 0, state.get("reason", "sending paused by the circuit breaker")
            since = self._since(state, timedelta(hours=1))
            left = self.app.config.security.hourly_limit - outbox_store.sent_since(session, since)
            return max(0, left), None

    def _since(self, state: dict[str, Any], window: timedelta) -> datetime:
        since = self.app.clock() - window
        resumed = _resumed_at(state)
        return max(since, resumed) if resumed else since

    def trip(self) -> str:
        """Replies are waiting and the global ceiling is used up: pause all sending, loudly."""
        limit = self.app.config.security.hourly_limit
        with self.app.db.session() as session:
            state = _state(session)
            if state.get("open"):
                return state.get("reason", "sending paused by the circuit breaker")
            sent = outbox_store.sent_since(session, self._since(state, timedelta(hours=1)))
            reason = (f"circuit breaker open: {sent} replies sent in the last hour, the global "
                      f"ceiling ([security] hourly_limit = {limit}); run 'mailbot outbox resume' "
                      "after checking what is sending")
            _save(session, {**state, "open": True, "reason": reason,
                            "opened_at": self.app.clock().isoformat()})
            log.critical(reason)
            return reason

    def screen(self, rows: Sequence[Row[Any]], owner: str) -> tuple[list[Row[Any]], list[Hold]]:
        """The claimed replies that may go out now, and the holds of those a loop keeps
        back (they are paused, with why, and the trip is logged and audited)."""
        if not rows:
            return [], []
        rules, replies = self._read(rows)
        go: list[Row[Any]] = []
        held: list[tuple[Row[Any], Hold]] = []
        for row, reply in zip(rows, replies, strict=True):
            hold = rules.check(reply)
            if hold is None:
                go.append(row)
            else:
                held.append((row, hold))
        if held:
            self._pause(held, owner)
        return go, [h for _row, h in held]

    def _read(self, rows: Sequence[Row[Any]]) -> tuple[LoopRules, list[Reply]]:
        """The rules with the recent history, and the claimed rows as replies to check."""
        now = self.app.clock()
        with self.app.db.session(readonly=True) as session:
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

    def _pause(self, held: list[tuple[Row[Any], Hold]], owner: str) -> None:
        from mailbot.store.cases import audit

        with self.app.db.session() as session:
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
