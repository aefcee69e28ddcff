"""The exact email each review action would send, rendered and returned, nothing written.

The case page shows one per action (approve, reject, resend the confirmation request,
uphold or refund a dispute), filled with what the person typed (a refund amount, a
note) when they ask for it again; ``mailbot replies preview`` prints the approval's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from mailbot import disputes
from mailbot.app import ChainContext
from mailbot.domain import CaseStatus, Decision, MailContent, Money, Outcome
from mailbot.errors import Conflict, MailbotError, NotFound
from mailbot.parsing import parse_mime
from mailbot.replies import (
    FlaggedFacts,
    KindFacts,
    NoteFacts,
    RefundFacts,
    RenderedReply,
    ReplyFacts,
    VerificationFacts,
)
from mailbot.review import OPEN, Desk, _candidate, _finalise, propose, reply_from_raw
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store import outbox as outbox_store
from mailbot.store import refunds as refund_store
from mailbot.web import mimescan

NOTE_SLOT = "[your note]"  # where the note a person types goes, until they type one


@dataclass(frozen=True)
class Preview:
    """One action's email: to whom and what (or why there is none)."""

    action: str  # approve | reject | resend | uphold | refund | sent
    to: str = ""
    reply: RenderedReply | None = None
    problem: str = ""  # why the action cannot send (yet), when reply is None
    hint: str = ""  # what would change the email (e.g. type the refund amount)


def previews(ctx: ChainContext, reference: str, *, refund: Decimal | None = None,
             note: str | None = None, only: str | None = None,
             first: MailContent | None = None) -> dict[str, Preview]:
    """The email of each action the case's state allows (``only``: just that one).
    ``first``: the header of the case's first message, when the caller has read it."""
    with ctx.db.session(readonly=True) as session:
        case = case_store.by_reference(session, reference)
        if case is None:
            raise NotFound(f"no case {reference}")
        d = Desk(ctx, session, case)
        content = first
        if content is None:
            row = case_store.first_message(session, case.id)
            content = header_content(row.raw) if row is not None and row.raw else None
        makers: dict[str, Any] = {}
        if case.status in OPEN:
            makers = {"approve": lambda: _approve(d, content, refund),
                      "reject": lambda: _simple(d, content, "reject", "review_rejected",
                                                case.sender, note)}
            if case.status == CaseStatus.PENDING_VERIFICATION:
                makers["resend"] = lambda: _resend(d, content)
        elif case.status == CaseStatus.DISPUTED:
            makers = {"uphold": lambda: _dispute(d, "uphold", note, None),
                      "refund": lambda: _dispute(d, "refund", note, refund)}
        else:
            makers = {"sent": lambda: _sent(d)}
        out = {}
        for action, make in makers.items():
            if only and action != only:
                continue
            try:
                out[action] = make()
            except MailbotError as exc:
                out[action] = Preview(action, problem=str(exc))
        return out


def header_content(raw: bytes) -> MailContent:
    """What a reply takes from the message it answers (the sender's name, the subject),
    read from its header alone: the same values, without parsing megabytes of body."""
    head, sep, _body = mimescan.split_head(raw)
    return parse_mime(head + (sep or b"\r\n\r\n"))


def _facts(d: Desk, content: MailContent | None, kind: str, to: str, **over: Any) -> ReplyFacts:
    case = d.case
    return ReplyFacts(
        kind=kind, language=case.language, to_addr=to, company=d.rt.company,
        zone=d.rt.policy.zone, received_at=case.received_at, case_reference=case.reference,
        customer_name=content.sender_name if content else "",
        original_subject=content.subject if content else "", **over)


def _approve(d: Desk, content: MailContent | None, amount: Decimal | None) -> Preview:
    candidate = _candidate(d)
    decision = d.decision() if d.case.decision is not None else None
    if decision is None or decision.outcome not in (Outcome.FLAGGED, Outcome.CONFIRMED):
        decision = propose(d, candidate)
    final = _finalise(decision, d)
    hint = ""
    if amount is not None:
        money = Money(amount, candidate.account.currency) if amount > 0 else None
        final = _finalise(_with_refund(decision, money), d) if decision.outcome == \
            Outcome.FLAGGED else _with_refund(final, money)
    elif _amount_to_decide(d, decision):
        hint = ("Type the refund amount to see it in the email; as it stands the email says "
                "no refund is given.")
    kind = {Outcome.CONFIRMED: f"confirmed_{final.action.value}" if final.action
            else "terminated", Outcome.REJECTED: "rejected"}.get(final.outcome, "flagged")
    facts = _facts(d, content, kind, candidate.account.email, account=candidate.account,
                   decision=final, status=candidate.account.status.value,
                   details=FlaggedFacts(flags=tuple(final.flags)))
    return Preview("approve", candidate.account.email, d.rt.renderer.render(facts), hint=hint)


def _with_refund(decision: Decision, money: Money | None) -> Decision:
    return dataclasses.replace(decision, refund=money)


def _amount_to_decide(d: Desk, decision: Decision) -> bool:
    """Does approving need a refund amount that nobody has given yet?"""
    row = refund_store.for_case(d.session, d.case.id)
    if row is not None and row.status in ("requested", "agent_approved"):
        return row.amount is None
    return "refund_review" in decision.flags and row is None


def _simple(d: Desk, content: MailContent | None, action: str, kind: str, to: str,
            note: str | None) -> Preview:
    facts = _facts(d, content, kind, to, details=NoteFacts(note or NOTE_SLOT))
    return Preview(action, to, d.rt.renderer.render(facts),
                   hint="" if note else f"Your note appears where it says {NOTE_SLOT}.")


def _resend(d: Desk, content: MailContent | None) -> Preview:
    account = d.account()
    if account is None:
        raise Conflict(f"case {d.case.reference} has no account to verify")
    facts = _facts(d, content, "verification_request", account.email,
                   account=account_store.to_domain(account),
                   details=VerificationFacts(d.ctx.security.verification_days))
    return Preview("resend", account.email, d.rt.renderer.render(facts))


def _dispute(d: Desk, action: str, note: str | None, amount: Decimal | None) -> Preview:
    account = d.account()
    message = disputes.dispute_message(d)
    content = header_content(message.raw) if message is not None and message.raw else None
    to = disputes.disputer(d)
    details: KindFacts = NoteFacts(note or NOTE_SLOT)
    hint = "" if note else f"Your note appears where it says {NOTE_SLOT}."
    kind = "dispute_upheld"
    if action == "refund":
        if account is None:
            raise Conflict("no account to refund; reopen the case and correct it first")
        kind = "dispute_refunded"
        details = RefundFacts(note=note or "",
                              refund=Money(amount, account.currency) if amount else None,
                              processing_days=d.rt.config.policy.refund_processing_days)
        hint = "" if amount else "Type the amount to see it in the email."
    facts = _facts(d, content, kind, to, decision=d.decision(),
                   account=account_store.to_domain(account) if account else None, details=details)
    return Preview(action, to, d.rt.renderer.render(facts), hint=hint)


def _sent(d: Desk) -> Preview:
    last = outbox_store.latest_for_case(d.session, d.case.id)
    if last is None:
        raise Conflict(f"case {d.case.reference} is {d.case.status} and has no reply")
    return Preview("sent", last.to_addr, reply_from_raw(last.raw))
