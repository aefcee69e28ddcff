"""Queueing replies: render, thread, sign the Message-ID, rate-limit, write the outbox row.

Runs inside the transaction that records the decision, so a reply exists
exactly when its decision does. Sending happens later (mailer.Deliverer).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Protocol, TypedDict, Unpack

from sqlalchemy.orm import Session

from mailbot.app import MailboxRuntime
from mailbot.config import SecurityConfig
from mailbot.domain import Account, Decision, MailContent
from mailbot.replies import Envelope, KindFacts, ReplyFacts, build_mime
from mailbot.store import cases as case_store
from mailbot.store import outbox as outbox_store
from mailbot.store.models import CaseRow, MessageRow, OutboxRow
from mailbot.threads import domain_of, make_message_id, split_ids

log = logging.getLogger("mailbot.flow.reply")


class Said(TypedDict, total=False):
    """What a reply says beyond its case and addresses: ``queue_reply``'s keywords, typed,
    for the helpers that pass them on."""

    account: Account | None
    decision: Decision | None
    missing: tuple[str, ...]
    status: str | None
    details: KindFacts | None


class Replier(Protocol):
    """Something that answers a case's sender with a reply of one kind."""

    def __call__(self, kind: str, /, **said: Unpack[Said]) -> None: ...


class ReplyBudget:
    """The per-address cap: replies sent or queued to each address within the window.

    Counts are read from the database once per address (or per batch with
    ``prefetch``) and then kept in memory as replies are queued.
    """

    def __init__(self, session: Session, security: SecurityConfig, now: datetime):
        self.session = session
        self.limit = security.per_address_limit
        self.window_hours = security.per_address_window_hours
        self.since = now - timedelta(hours=security.per_address_window_hours)
        self.counts: dict[str, int] = {}

    def _query(self, addresses: list[str]) -> None:
        self.counts.update(outbox_store.reply_counts(self.session, addresses, self.since))

    def prefetch(self, addresses: Iterable[str]) -> None:
        todo = sorted({a.lower() for a in addresses if a} - self.counts.keys())
        for start in range(0, len(todo), 500):
            self._query(todo[start:start + 500])

    def take(self, address: str) -> bool:
        """Count one more reply to this address; False when the cap is reached."""
        key = address.lower()
        if key not in self.counts:
            self._query([key])
        if self.counts[key] >= self.limit:
            return False
        self.counts[key] += 1
        return True


def _envelope(secret: bytes, rt: MailboxRuntime, case: CaseRow, content: MailContent | None,
              to_addr: str) -> Envelope:
    """The reply's addresses, its stable Message-ID (signed with the case reference) and
    its place in the customer's thread."""
    in_reply_to = content.message_id if content and content.message_id else None
    return Envelope(
        from_name=rt.from_name,
        from_addr=rt.from_address,
        to_addr=to_addr,
        message_id=make_message_id(secret, domain_of(rt.from_address), case.reference),
        in_reply_to=in_reply_to,
        references=(*(content.references if content else ()), *split_ids(in_reply_to)),
    )


def queue_reply(
    session: Session,
    rt: MailboxRuntime,
    budget: ReplyBudget,
    *,
    now: datetime,
    secret: bytes,
    dry_run: bool,
    kind: str,
    to_addr: str,
    case: CaseRow,
    message: MessageRow | None,
    content: MailContent | None,
    account: Account | None = None,
    decision: Decision | None = None,
    missing: tuple[str, ...] = (),
    status: str | None = None,
    details: KindFacts | None = None,
    language: str | None = None,
) -> OutboxRow:
    """Render one reply and put it in the outbox (or hold it back, saying why): written at
    ``now``, its Message-ID signed with ``secret`` (``Config.thread_secret``), and under
    ``dry_run`` recorded but never sent."""
    facts = ReplyFacts(
        kind=kind,
        language=language or case.language,
        to_addr=to_addr,
        company=rt.company,
        zone=rt.policy.zone,
        received_at=case.received_at,
        case_reference=case.reference,
        customer_name=content.sender_name if content else "",
        original_subject=content.subject if content else "",
        account=account,
        decision=decision,
        missing=missing,
        status=status,
        details=details,
    )
    rendered = rt.renderer.render(facts)
    envelope = _envelope(secret, rt, case, content, to_addr)
    state = "dry_run" if dry_run else "pending" if budget.take(to_addr) else "suppressed"
    row = OutboxRow(
        mailbox=rt.name, case=case, inbound=message, kind=kind,
        to_addr=envelope.to_addr.lower(), from_addr=envelope.from_addr,
        subject=rendered.subject, message_id=envelope.message_id,
        raw=build_mime(rendered, envelope, now),
        status=state, next_attempt_at=now, created_at=now,
    )
    session.add(row)
    if state != "pending":
        case_store.audit(session, "mailbot", f"reply_{state}", case=case, message=message,
                         at=now, to=to_addr, kind=kind)
        if state == "suppressed":
            log.warning("reply %s to %s not sent: %d replies to that address within %d h",
                        kind, to_addr, budget.limit, budget.window_hours)
    return row
