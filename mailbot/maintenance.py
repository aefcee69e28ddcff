"""Periodic upkeep: expiring unconfirmed verifications and purging old raw mail."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mailbot.app import ChainContext
from mailbot.config import RetentionConfig
from mailbot.domain import CaseStatus
from mailbot.flow.reply import ReplyBudget, queue_reply
from mailbot.replies import VerificationFacts
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store import refunds as refund_store
from mailbot.store.db import Database

log = logging.getLogger("mailbot.maintenance")


def expire_verifications(ctx: ChainContext) -> int:
    """Cases whose owner never confirmed within verification_days expire, with a notice."""
    now = ctx.clock()
    expired = 0
    with ctx.db.session() as session:
        due = case_store.verification_overdue(session, now)
        budget = ReplyBudget(session, ctx.security, now)
        for case in due:
            rt = ctx.runtime(case.mailbox)
            case.status = CaseStatus.EXPIRED
            case.closed_at = now
            first = case_store.first_message(session, case.id)
            queue_reply(session, rt, budget, now=ctx.clock(), secret=ctx.secret,
                        dry_run=ctx.dry_run, kind="verification_expired", to_addr=case.sender,
                        case=case, message=first, content=None,
                        details=VerificationFacts(ctx.security.verification_days))
            case_store.audit(session, "mailbot", "verification_expired", case=case)
            expired += 1
    if expired:
        log.info("%d unconfirmed request(s) expired", expired)
    return expired


def refund_reminders(db: Database, zone: ZoneInfo, now: datetime) -> int:
    """Approved refunds due today or overdue (today in ``zone``, the default mailbox's policy
    zone): said loudly once a day until issued."""
    today = now.astimezone(zone).date()
    with db.session() as session:
        due = refund_store.listing(session, due_by=today)
        for refund in due:
            state = "overdue" if refund.due_on and refund.due_on < today else "due today"
            log.warning("refund %d for case %s (%s %s) is %s (due %s); record it with "
                        "'mailbot refunds issue %d --reference ...' once paid", refund.id,
                        refund.case.reference, refund.amount, refund.currency, state,
                        refund.due_on, refund.id)
        if due:
            case_store.audit(session, "mailbot", "refunds_due", count=len(due),
                             ids=[r.id for r in due])
    return len(due)


def purge_raw(db: Database, retention: RetentionConfig, now: datetime) -> int:
    """Drop raw bytes older than retention.raw_days; the decision record stays."""
    cutoff = now - timedelta(days=retention.raw_days)
    with db.session() as session:
        purged = inbound.purge_raw(session, cutoff)
        if purged:
            case_store.audit(session, "mailbot", "raw_purged", count=purged,
                             cutoff=cutoff.isoformat())
    return purged
