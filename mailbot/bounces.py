"""Bounces of our own replies: the reply a DSN returns becomes ``bounced``, with the reason.

The pipeline's ``own-bounce`` step calls this for every message classified as a bounce.
The returned reply is found by its stable Message-ID (the returned message's, the
Original-Message-ID field, a quoted copy, or the bounce's In-Reply-To/References; see
``parsing.dsn``). A delay warning leaves the reply ``sent`` and is only noted. The
bounce itself is recorded like any machine mail: never answered, never moved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.parsing.dsn import read_dsn
from mailbot.store import cases as case_store
from mailbot.store import outbox as outbox_store
from mailbot.store.models import MessageRow, OutboxRow

log = logging.getLogger("mailbot.bounces")


@dataclass(frozen=True)
class Returned:
    """A bounce matched to one of our replies: the reply, and whether it failed for good."""

    reply: OutboxRow
    failed: bool
    diagnostic: str


def settle(session: Session, mailbox: str, bounce: MessageRow, now: datetime
           ) -> Returned | None:
    """Mark the reply this bounce returns as bounced (a delay warning only notes it);
    None when the bounce returns none of this mailbox's replies."""
    if bounce.raw is None:
        return None
    dsn = read_dsn(bounce.raw)
    reply = outbox_store.sent_reply(session, mailbox, dsn.message_ids)
    if reply is None:
        return None
    found = Returned(reply, dsn.failed, dsn.diagnostic)
    if not dsn.failed:
        _record(session, reply, bounce, now, dsn.diagnostic, "reply_delayed", "is delayed")
        return found
    if reply.status == "sent":
        reply.status = "bounced"
        reply.last_error = f"bounced: {dsn.diagnostic}"[:2000]
        reply.bounced_at = now
        reply.bounce_message_id = bounce.id
        _record(session, reply, bounce, now, dsn.diagnostic, "reply_bounced", "bounced")
    return found


def _record(session: Session, reply: OutboxRow, bounce: MessageRow, now: datetime,
            diagnostic: str, action: str, what: str) -> None:
    """Audit on the reply's case and log what the DSN said about our reply."""
    case_store.audit(session, "mailbot", action, case_id=reply.case_id, message=bounce, at=now,
                     reply=reply.id, to=reply.to_addr, diagnostic=diagnostic)
    log.log(logging.WARNING if action == "reply_bounced" else logging.INFO,
            "reply %s to %s %s: %s", reply.message_id, reply.to_addr, what, diagnostic)
