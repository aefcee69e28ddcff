"""Disputes: a customer disagrees with a decided case, and a person settles it.

The pipeline makes such a case ``disputed`` (and acknowledges it with the
``dispute_received`` reply). From the desk a person then reopens it (it goes back to
the flagged queue with a fresh proposal, to be approved, corrected or rejected),
upholds the earlier outcome (the customer is told, with a note), or grants a refund
(in the plan's currency, at most what was paid for the period; four eyes above the
threshold). Each is audited; the reply goes to whoever disputed, in their thread.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from mailbot import refunds
from mailbot.app import ChainContext
from mailbot.desk_input import limited
from mailbot.domain import CaseStatus, Money, Outcome
from mailbot.errors import Conflict
from mailbot.flags import Flag
from mailbot.flow.reply import queue_reply
from mailbot.parsing import parse_mime
from mailbot.replies import KindFacts, NoteFacts, RefundFacts
from mailbot.review import Actor, Desk, Result, _candidate, _replies, desk, propose
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store import refunds as refund_store
from mailbot.store.models import MessageRow

CLOSED_AGAIN = "confirmed"  # when the audit does not say what the case was before


def _require_disputed(d: Desk) -> None:
    if d.case.status != CaseStatus.DISPUTED:
        raise Conflict(f"case {d.case.reference} is {d.case.status}, not disputed")


def previous_status(d: Desk) -> str:
    """What the case was before the dispute (the pipeline audits it)."""
    row = case_store.last_audit(d.session, d.case.id, "dispute_received")
    status = (row.details or {}).get("previous_status") if row is not None else None
    return str(status) if status else CLOSED_AGAIN


def dispute_message(d: Desk) -> MessageRow | None:
    """The customer's latest message disputing the case (replies are threaded under it)."""
    rows = inbound.of_case(d.session, d.case.id, newest_first=True)
    return next((m for m in rows if "dispute" in (m.flags or ())), None)


def disputer(d: Desk) -> str:
    """Who disputed: the dispute message's sender, else the case's requester."""
    message = dispute_message(d)
    return (message.sender if message is not None and message.sender else d.case.sender).lower()


def _close_again(d: Desk) -> None:
    d.case.status = previous_status(d)
    d.case.closed_at = d.now
    d.case.flags = [f for f in d.case.flags if f != Flag.AWAITING_ADMIN]


def _reply(d: Desk, kind: str, details: KindFacts) -> None:
    message = dispute_message(d)
    content = parse_mime(message.raw) if message is not None and message.raw else None
    account = d.account()
    queue_reply(d.session, d.rt, d.batch.budget, now=d.now, secret=d.ctx.secret,
                dry_run=d.ctx.dry_run, kind=kind, to_addr=disputer(d),
                case=d.case, message=message, content=content,
                account=account_store.to_domain(account) if account is not None else None,
                decision=d.decision(), details=details)


def reopen(ctx: ChainContext, reference: str, actor: Actor, note: str | None = None) -> Result:
    """The dispute has a point: the case goes back to the flagged queue with the policy's
    proposal made afresh, to be approved, corrected or rejected. No email yet."""
    note = limited(note, "note")
    with desk(ctx, reference) as d:
        _require_disputed(d)
        d.case.status = CaseStatus.FLAGGED
        d.case.closed_at = None
        proposal = None
        if d.case.account_id is not None:
            try:
                candidate = _candidate(d)
            except Conflict:
                candidate = None
            if candidate is not None:
                proposal = propose(d, candidate)
                proposal = dataclasses.replace(
                    proposal, outcome=Outcome.FLAGGED if proposal.outcome == Outcome.CONFIRMED
                    else proposal.outcome)
                case_store.add_decision(d.session, d.case, None, proposal,
                                        digest=d.rt.policy.digest, by=actor.label)
        case_store.audit(d.session, actor.label, "dispute_reopened", case=d.case, note=note,
                         proposal=proposal.rule if proposal else None)
        return Result(reference, "flagged", "reopened: the case is back in the Flagged tab"
                      + (f" with a fresh proposal ({proposal.rule})" if proposal else
                         "; correct its account to get a proposal"))


def uphold(ctx: ChainContext, reference: str, actor: Actor, note: str) -> Result:
    """The earlier outcome stands: the case closes again as it was, and whoever disputed
    is told why (the note)."""
    note = limited(note, "note") or ""
    if not note:
        raise Conflict("upholding needs a note saying why (the customer is told)")
    with desk(ctx, reference) as d:
        _require_disputed(d)
        _close_again(d)
        before = _replies(d)
        _reply(d, "dispute_upheld", NoteFacts(note))
        case_store.audit(d.session, actor.label, "dispute_upheld", case=d.case, note=note,
                         status=d.case.status)
        return Result(reference, d.case.status, f"upheld: the case is {d.case.status} again "
                      f"and {disputer(d)} is told why", _replies(d) - before)


def refund(ctx: ChainContext, reference: str, actor: Actor, amount: Decimal | None,
           currency: str | None = None, note: str | None = None) -> Result:
    """Settle the dispute with a refund: recorded, approved (an admin too at or above the
    four-eyes threshold), the case closes again and whoever disputed is told."""
    note = limited(note, "note")
    with desk(ctx, reference) as d:
        _require_disputed(d)
        account = d.account()
        if account is None:
            raise Conflict(f"case {reference} has no account to refund; reopen it and correct "
                           "the account first")
        row = refund_store.for_case(d.session, d.case.id)
        pending = row is not None and row.status == "agent_approved" and \
            "awaiting_admin" in d.case.flags
        if amount is None and pending and row is not None:
            amount = row.amount  # the admin's second approval of the amount the agent gave
        if amount is None or amount <= 0:
            raise Conflict("enter the amount to refund (more than 0); to refund nothing, "
                           "uphold the dispute instead")
        refunds.check_amount(amount, currency, account)
        if not pending:
            row = refunds.open_request(d.session, d.case, d.case.decision, None,
                                       account.currency, {"dispute": "true"},
                                       requested_by=disputer(d), now=d.now)
        assert row is not None
        approval = refunds.Approval(
            actor=actor.label, role=actor.role,
            today=d.now.astimezone(d.rt.policy.zone).date(),
            processing_days=d.rt.config.policy.refund_processing_days,
            four_eyes=ctx.review.four_eyes_refund)
        if refunds.approve(d.session, row, approval, d.now, amount=amount) == "agent_approved":
            d.case.flags = sorted({*d.case.flags, Flag.AWAITING_ADMIN})
            case_store.audit(d.session, actor.label, "dispute_refund_pending_admin",
                             case=d.case, amount=row.amount, currency=row.currency, note=note)
            return Result(reference, d.case.status,
                          f"refund {row.amount:.2f} {row.currency} approved by {actor.name}; "
                          f"at or above {ctx.review.four_eyes_refund} it needs an "
                          "admin's approval too, then the customer is told")
        _close_again(d)
        before = _replies(d)
        money = Money(row.amount or Decimal("0"), row.currency)
        _reply(d, "dispute_refunded", RefundFacts(
            refund=money, note=note or "",
            processing_days=d.rt.config.policy.refund_processing_days))
        case_store.audit(d.session, actor.label, "dispute_refunded", case=d.case,
                         amount=row.amount, currency=row.currency, due_on=row.due_on, note=note,
                         status=d.case.status)
        return Result(reference, d.case.status, f"refund {money} approved (due "
                      f"{row.due_on}); the case is {d.case.status} again and {disputer(d)} is "
                      "told", _replies(d) - before)
