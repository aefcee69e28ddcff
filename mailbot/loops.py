"""The loop rules of the circuit breaker: a table of small named rules over recent replies.

Pure: values in (the replies sent lately, the one about to go), a verdict out (hold it, and
why, or let it go). ``mailbot.safety`` reads the values from the outbox and acts on the
verdicts. Each rule returns a ``Hold`` naming what it holds (one address or one thread)
and a reason a person can act on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailbot.config import SecurityConfig

DAY = timedelta(hours=24)
# A received time (IMAP INTERNALDATE) has whole seconds and comes from the mail server's
# clock: an answer may look up to this much older than the reply it answers.
SKEW = timedelta(seconds=2)


@dataclass(frozen=True)
class LoopLimits:
    """The thresholds, from ``[security]`` (see config.SecurityConfig)."""

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
                f"loop breaker: {n + 1} replies to {reply.to_addr} within {minutes} min (more "
                f"than loop_address_replies = {lim.address_replies}); replies to this address "
                "are held", "address-burst")


def thread_flood(rules: LoopRules, reply: Reply) -> Hold | None:
    """More than N replies in one thread within 24 hours."""
    key = thread_key(reply.thread)
    if key is None:
        return None
    n = sum(1 for r in rules.history if r.thread == reply.thread)
    if n < rules.limits.thread_replies:
        return None
    label = reply.thread_label or f"#{reply.thread}"
    return Hold(key, f"loop breaker: {n + 1} replies in the thread of case {label} within 24 h "
                     f"(more than loop_thread_replies = {rules.limits.thread_replies}); replies "
                     "in this thread are held", "thread")


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
