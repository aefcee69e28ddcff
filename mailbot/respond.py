"""Queueing replies: render, thread, sign the Message-ID, rate-limit, write the outbox row.

Runs inside the transaction that records the decision, so a reply exists
exactly when its decision does. Sending happens later (mailer.Deliverer).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from mailbot.app import App, MailboxRuntime
from mailbot.domain import Account, Decision, MailContent
from mailbot.replies import ReplyFacts, build_mime
from mailbot.store import cases as case_store
from mailbot.store import outbox as outbox_store
from mailbot.store.models import CaseRow, MessageRow, OutboxRow
from mailbot.threads import domain_of, make_message_id, split_ids

log = logging.getLogger("mailbot.respond")


def queue_reply(
    session: Session,
    app: App,
    rt: MailboxRuntime,
    *,
    kind: str,
    to_addr: str,
    case: CaseRow,
    message: MessageRow | None,
    content: MailContent | None,
    account: Account | None = None,
    decision: Decision | None = None,
    missing: tuple[str, ...] = (),
    status: str | None = None,
    extra: dict[str, Any] | None = None,
    language: str | None = None,
) -> OutboxRow:
    """Render one reply and put it in the outbox (or hold it back, saying why)."""
    now = app.clock()
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
        extra=extra or {},
    )
    rendered = rt.renderer.render(facts)
    message_id = make_message_id(app.secret, domain_of(rt.from_address), case.reference)
    in_reply_to = content.message_id if content and content.message_id else None
    references = [*(content.references if content else ()), *split_ids(in_reply_to)]
    raw = build_mime(
        rendered=rendered,
        from_name=rt.from_name,
        from_addr=rt.from_address,
        to_addr=to_addr,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        when=now,
    )
    row = OutboxRow(
        mailbox=rt.name,
        case_id=case.id,
        in_reply_to=message.id if message else None,
        kind=kind,
        to_addr=to_addr,
        from_addr=rt.from_address,
        subject=rendered.subject,
        message_id=message_id,
        raw=raw,
        status=_status(session, app, to_addr, now),
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    if row.status != "pending":
        case_store.audit(session, "mailbot", f"reply_{row.status}", case_id=case.id,
                         message_id=message.id if message else None, to=to_addr, kind=kind)
        log.warning("reply %s to %s not sent: %s", kind, to_addr, row.status)
    return row


def _status(session: Session, app: App, to_addr: str, now: datetime) -> str:
    """pending, or why not: dry_run, or suppressed by the per-address cap."""
    if app.dry_run:
        return "dry_run"
    sec = app.config.security
    since = now - timedelta(hours=sec.per_address_window_hours)
    session.flush()
    if outbox_store.sent_to_since(session, to_addr, since) >= sec.per_address_limit:
        return "suppressed"
    return "pending"
