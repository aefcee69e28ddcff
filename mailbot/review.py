"""The review desk's actions: what a support agent can do with a case.

The CLI (``mailbot review ...``) and the web UI call these same functions;
neither holds business logic of its own. Every action is audited with who
and when, and runs in one transaction; replies it queues are sent after commit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from mailbot import conversation as conv
from mailbot import refunds
from mailbot.app import ChainContext, MailboxRuntime
from mailbot.config import SecurityConfig
from mailbot.desk_input import identifier, limited
from mailbot.domain import (
    Account,
    CaseStatus,
    Decision,
    Initiator,
    MailContent,
    Money,
    Outcome,
    PolicyRequest,
)
from mailbot.errors import Conflict, NotFound
from mailbot.flags import Flag
from mailbot.flow.batch import Batch, process_received
from mailbot.flow.case_moves import apply_decision
from mailbot.flow.reply import queue_reply
from mailbot.parsing import parse_mime
from mailbot.replies import NoteFacts, RenderedReply, VerificationFacts
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store import inbound, queue
from mailbot.store import outbox as outbox_store
from mailbot.store import refunds as refund_store
from mailbot.store.db import Database
from mailbot.store.models import AccountRow, CaseRow, MessageRow

OPEN = case_store.OPEN
ROLES = ("agent", "admin")
class OwnerNotVerified(Conflict):
    """Approving would act for someone not shown to be the account's owner (SPEC §9)."""

    def __init__(self, reference: str, why: str, *, reason_missing: bool = False):
        self.reference, self.why, self.reason_missing = reference, why, reason_missing
        if reason_missing:
            text = (f"case {reference}: approving with 'owner not verified' needs a reason "
                    "(say how the owner was verified, or why it is safe); nothing was changed")
        else:
            text = (f"case {reference}: the owner has not confirmed this request ({why}); "
                    "to approve it anyway choose 'owner not verified' and give a reason "
                    "(nothing was changed)")
        super().__init__(text)


@dataclass(frozen=True)
class Actor:
    """Who acts: a review-UI user (agent or admin) or the operator at the CLI."""

    name: str
    role: str  # agent | admin

    @property
    def label(self) -> str:
        return f"{self.role}:{self.name}"


@dataclass(frozen=True)
class Result:
    reference: str
    status: str
    message: str
    replies: int = 0


class Desk:
    """One review action's working state: the session, the case, its mailbox."""

    def __init__(self, ctx: ChainContext, session: Session, case: CaseRow):
        self.ctx, self.session, self.case = ctx, session, case
        self.rt: MailboxRuntime = ctx.runtime(case.mailbox)
        self.batch = Batch(session, ctx, self.rt)

    @property
    def now(self) -> datetime:
        return self.ctx.clock()

    def account(self) -> AccountRow | None:
        return self.session.get(AccountRow, self.case.account_id) if self.case.account_id else None

    def first(self) -> tuple[MessageRow | None, MailContent | None]:
        """The case's first message, to thread replies under it."""
        message = case_store.first_message(self.session, self.case.id)
        content = parse_mime(message.raw) if message is not None and message.raw else None
        return message, content

    def decision(self) -> Decision | None:
        row = self.case.decision
        return case_store.to_decision(row) if row is not None else None


@contextmanager
def desk(ctx: ChainContext, reference: str) -> Iterator[Desk]:
    with ctx.db.session() as session:
        case = case_store.by_reference(session, reference)
        if case is None:
            raise NotFound(f"no case {reference}; see 'mailbot review list'")
        yield Desk(ctx, session, case)


def _require_open(d: Desk) -> None:
    if d.case.status not in OPEN:
        raise Conflict(f"case {d.case.reference} is {d.case.status}; only open cases "
                       f"({', '.join(OPEN)}) can be changed")


def _candidate(d: Desk) -> conv.Candidate:
    """The account the case is about, from its (possibly corrected) identifiers."""
    ident = conv.identify(
        number=d.case.account_number, username=d.case.username,
        by_number=_cand(account_store.by_number(d.session, d.case.mailbox, d.case.account_number))
        if d.case.account_number else None,
        by_username=_cand(account_store.by_username(d.session, d.case.mailbox, d.case.username))
        if d.case.username else None,
        by_sender=[c for r in account_store.by_email(d.session, d.case.mailbox, d.case.sender)
                   if (c := _cand(r)) is not None],
        rule=d.rt.policy.rule_set.identification,
    )
    if ident.mismatch:
        raise Conflict(f"case {d.case.reference}: the account number and the username name "
                       "different accounts; correct one of them first")
    if ident.candidate is None:
        raise Conflict(f"case {d.case.reference}: no account matches; correct the account "
                       "number or username first")
    other = case_store.active_for_account(d.session, ident.candidate.id, exclude=d.case.id)
    if other is not None:
        raise Conflict(f"account {ident.candidate.account.account_number} already has case "
                       f"{other.reference} ({other.status}); reject this one as a duplicate")
    return ident.candidate


def _cand(row: AccountRow | None) -> conv.Candidate | None:
    return conv.Candidate(row.id, account_store.to_domain(row)) if row else None


def propose(d: Desk, candidate: conv.Candidate) -> Decision:
    """What the policy says for this case now (nothing is recorded)."""
    initiator = Initiator.COMPANY if Flag.TERMINATION_REVIEW in d.case.flags else Initiator.CUSTOMER
    return d.rt.policy.decide(candidate.account, PolicyRequest(
        received_at=d.case.received_at, asks_refund=d.case.asks_refund, initiator=initiator))


def approve(ctx: ChainContext, reference: str, actor: Actor, *, refund: Decimal | None = None,
            note: str | None = None, owner_not_verified: bool = False,
            reason: str | None = None, currency: str | None = None) -> Result:
    """Accept the case: the policy's decision (a proposed one, made final) takes effect and
    the customer gets the reply. A large refund may need a second approval by an admin.

    A case whose owner has not confirmed is approved only with ``owner_not_verified`` and
    a ``reason``, which are audited; without them nothing changes (SPEC §9)."""
    note = limited(note, "note")
    reason = limited(reason, "owner-not-verified reason")
    with desk(ctx, reference) as d:
        _require_open(d)
        candidate = _candidate(d)
        unverified = _unverified_override(d, candidate, owner_not_verified, reason)
        decision = d.decision() if d.case.decision is not None else None
        if decision is None or decision.outcome not in (Outcome.FLAGGED, Outcome.CONFIRMED):
            decision = propose(d, candidate)
        account = d.account()
        if refund is not None and refund > 0 and account is not None:
            refunds.check_amount(refund, currency, account)
        waiting = _settle_refund(d, decision, actor, refund, unverified)
        if waiting is not None:
            return waiting
        final = _finalise(decision, d)
        terminating = Flag.TERMINATION_REVIEW in d.case.flags
        if final.outcome == Outcome.CONFIRMED and final.action is None and not terminating:
            raise Conflict(f"case {reference}: the policy does not cover this request "
                           f"(rule {final.rule}); handle it yourself and close the case with "
                           "'review reject' and a note")
        _message, content = d.first()
        before = _replies(d)
        apply_decision(d.batch, d.case, candidate, final, message=None, content=content,
                       language=d.case.language, to=candidate.account.email,
                       decided_by=actor.label, record_refund=False)
        if terminating and final.outcome == Outcome.CONFIRMED:
            account = d.session.get(AccountRow, candidate.id)
            if account is not None:
                account.status = "terminated"
        d.case.verify_until = None
        case_store.audit(d.session, actor.label, "approved", case=d.case, note=note,
                         outcome=final.outcome.value, account_action=final.action.value
                         if final.action else None,
                         refund=str(final.refund) if final.refund else None, **unverified)
        sent = _replies(d) - before
        return Result(reference, d.case.status, f"{final.outcome.value}: {outcome_words(final)}"
                      + (f"; the reply goes to {candidate.account.email}" if sent else ""), sent)


def outcome_words(decision: Decision) -> str:
    """A decision in a few plain words: what happens to the account, and any refund."""
    action = {"block": "the trial account is closed", "cancel_immediately":
              "the subscription is cancelled now", "stop_renewal":
              "the subscription stops renewing", "suspend": "the yearly subscription is "
              "suspended"}.get(decision.action.value if decision.action else "",
                               "the account is terminated")
    if decision.outcome == Outcome.REJECTED:
        action = "nothing to cancel, the account is already closed"
    when = f" on {decision.effective_on.isoformat()}" if decision.effective_on and \
        decision.outcome != Outcome.REJECTED else ""
    money = f", refund {decision.refund}" if decision.refund and decision.refund.amount > 0 \
        else ", no refund"
    return f"{action}{when}{money}"


def owner_unverified(session: Session, case: CaseRow, owner: AccountRow | Account | None
                     ) -> str | None:
    """Why the sender was not shown to be the registered owner of the case's account
    (``owner``, when known), or None when they were, or the company ends the account."""
    flags = set(case.flags or ())
    if Flag.TERMINATION_REVIEW in flags:
        return None
    number = f" of account {owner.account_number}" if owner is not None else ""
    if Flag.SENDER_MISMATCH in flags or (
            owner is not None and not conv.same_address(owner.email, case.sender)):
        why = f"sender_mismatch: {case.sender} is not the registered address{number}"
    elif Flag.UNAUTHENTICATED in flags:
        why = (f"unauthenticated: the request came from the registered address{number} but "
               "its authentication did not pass")
    else:
        why = ""
    if case.status == CaseStatus.PENDING_VERIFICATION:
        return "; ".join(x for x in ("pending verification: the owner has not answered the "
                                     "confirmation request", why) if x)
    if not why or queue.owner_confirmed(session, case.id):
        return None
    return why


def _unverified_override(d: Desk, candidate: conv.Candidate, chosen: bool,
                         reason: str | None) -> dict[str, Any]:
    """The audit details of an 'owner not verified' approval ({} when the owner is
    verified); refuses, changing nothing, without the explicit choice and a reason."""
    why = owner_unverified(d.session, d.case, candidate.account)
    if why is None:
        return {}
    if not chosen:
        raise OwnerNotVerified(d.case.reference, why)
    if not reason:
        raise OwnerNotVerified(d.case.reference, why, reason_missing=True)
    return {"owner_not_verified": True, "unverified_reason": reason, "unverified_why": why}


def _finalise(decision: Decision, d: Desk) -> Decision:
    """A proposal held for review becomes a confirmed decision (or stays what it is)."""
    if decision.outcome != Outcome.FLAGGED:
        return decision
    refund_row = refund_store.for_case(d.session, d.case.id)
    money = decision.refund
    if refund_row is not None and refund_row.status == "rejected":
        money = None
    elif refund_row is not None and refund_row.amount is not None:
        money = Money(refund_row.amount, refund_row.currency)
    flags = tuple(f for f in decision.flags if f not in (
        Flag.REFUND_REVIEW, Flag.TERMINATION_REVIEW, Flag.NOT_COVERED))
    return dataclasses.replace(decision, outcome=Outcome.CONFIRMED, flags=flags, refund=money,
                               explanation=settled_explanation(decision, money))


# A held rule's explanation says the request waits for support ("support reviews this
# request before anything is confirmed"); once support has decided, that is no longer true.
_WAITING_LINE = re.compile(r"\b(reviews?|held for approval|before anything is confirmed)\b",
                           re.IGNORECASE)


def settled_explanation(decision: Decision, money: Money | None) -> tuple[str, ...]:
    """The explanation of a held decision once support approved it: the lines about
    waiting for a review give way to what support decided."""
    lines = [line for line in decision.explanation if not _WAITING_LINE.search(line)]
    granted = f"approved a refund of {money}" if money and money.amount > 0 else \
        "decided that no refund is given"
    if Flag.REFUND_REVIEW in decision.flags:
        lines.append(f"Support reviewed the refund request and {granted}.")
    elif Flag.TERMINATION_REVIEW in decision.flags:
        lines.append(f"Support approved the termination and {granted}.")
    return tuple(lines)


def _settle_refund(d: Desk, decision: Decision, actor: Actor, amount: Decimal | None,
                   unverified: dict[str, Any]) -> Result | None:
    """Approve the case's refund, if there is one. Returns a Result while a second
    (admin) approval is still needed; None when the case can go ahead."""
    row = refund_store.for_case(d.session, d.case.id)
    if row is None or (row.status == "rejected" and amount is not None and amount > 0):
        money = decision.refund if decision.refund and decision.refund.amount > 0 else None
        if row is not None:
            money = None  # refused before (e.g. then reopened): the amount typed now counts
        if money is None and not (amount is not None and amount > 0):
            return None  # nothing to refund
        account = d.account()
        currency = money.currency if money else (account.currency if account else "")
        row = refunds.open_request(d.session, d.case, d.case.decision,
                                   money.amount if money else None, currency,
                                   dict(decision.refund_inputs), requested_by=d.case.sender,
                                   now=d.now)
    if row.status not in ("requested", "agent_approved"):
        return None
    if amount is not None and amount <= 0:
        refunds.reject(d.session, row, actor.label, "no refund granted on review")
        return None
    approval = refunds.Approval(
        actor=actor.label, role=actor.role, today=d.now.astimezone(d.rt.policy.zone).date(),
        processing_days=d.rt.config.policy.refund_processing_days,
        four_eyes=d.ctx.review.four_eyes_refund)
    if refunds.approve(d.session, row, approval, d.now, amount=amount) == "agent_approved":
        d.case.flags = sorted({*d.case.flags, Flag.AWAITING_ADMIN})
        case_store.audit(d.session, actor.label, "approved_pending_admin", case=d.case,
                         amount=row.amount, **unverified)
        return Result(d.case.reference, d.case.status,
                      f"refund {row.amount:.2f} {row.currency} approved by {actor.name}; at or "
                      f"above {d.ctx.review.four_eyes_refund} it needs an admin's "
                      "approval too")
    d.case.flags = [f for f in d.case.flags if f != Flag.AWAITING_ADMIN]
    return None


def reject(ctx: ChainContext, reference: str, actor: Actor, note: str, *,
           notify: bool = True) -> Result:
    """Close the case without acting on the account; the customer is told why (the note)."""
    note = limited(note, "note") or ""
    if not note:
        raise Conflict("a rejection needs a note saying why")
    with desk(ctx, reference) as d:
        _require_open(d)
        d.case.status = CaseStatus.REJECTED
        d.case.closed_at = d.now
        row = refund_store.for_case(d.session, d.case.id)
        if row is not None and row.status in ("requested", "agent_approved"):
            refunds.reject(d.session, row, actor.label, note)
        before = _replies(d)
        if notify:
            message, content = d.first()
            queue_reply(d.session, d.rt, d.batch.budget, now=d.now, secret=ctx.secret,
                        dry_run=ctx.dry_run, kind="review_rejected",
                        to_addr=d.case.sender, case=d.case, message=message, content=content,
                        details=NoteFacts(note.strip()))
        case_store.audit(d.session, actor.label, "rejected", case=d.case, note=note)
        return Result(reference, "rejected", "closed without a change to any account",
                      _replies(d) - before)


def correct(ctx: ChainContext, reference: str, actor: Actor, *, account_number: str | None = None,
            username: str | None = None, asks_refund: bool | None = None) -> Result:
    """Fix what the parser got wrong, then propose the decision afresh (held for approval).

    When the corrected account's registered address is not the sender's, the case gets
    ``sender_mismatch``: approving it then needs the 'owner not verified' choice."""
    account_number = identifier(account_number, "account number", 64)
    username = identifier(username, "username", 255)
    with desk(ctx, reference) as d:
        _require_open(d)
        changes: dict[str, tuple[Any, Any]] = {}
        if account_number is not None:
            changes["account_number"] = (d.case.account_number, account_number.strip() or None)
            d.case.account_number = account_number.strip() or None
        if username is not None:
            changes["username"] = (d.case.username, username.strip() or None)
            d.case.username = username.strip() or None
        if asks_refund is not None:
            changes["asks_refund"] = (d.case.asks_refund, asks_refund)
            d.case.asks_refund = asks_refund
        candidate = _candidate(d)
        d.case.account_id = candidate.id
        mismatch = {Flag.SENDER_MISMATCH} if Flag.TERMINATION_REVIEW not in d.case.flags \
            and not conv.same_address(candidate.account.email, d.case.sender) else set()
        proposal = propose(d, candidate)
        proposal = dataclasses.replace(
            proposal, outcome=Outcome.FLAGGED if proposal.outcome == Outcome.CONFIRMED
            else proposal.outcome)
        case_store.add_decision(d.session, d.case, None, proposal, digest=d.rt.policy.digest,
                                by=actor.label)
        d.case.status = CaseStatus.FLAGGED
        d.case.flags = sorted({*(f for f in d.case.flags if f not in (
            Flag.IDENTITY_MISMATCH, Flag.LOW_CONFIDENCE)), Flag.CORRECTED, *mismatch})
        case_store.audit(d.session, actor.label, "corrected", case=d.case,
                         changes={k: [str(a), str(b)] for k, (a, b) in changes.items()},
                         proposal=proposal.rule)
        return Result(reference, "flagged", f"proposed: {proposal.rule} -> "
                      f"{proposal.action.value if proposal.action else 'no action'}")


# Between two confirmation requests for one case: the owner is not flooded by a desk
# where several people press "resend".
RESEND_COOLDOWN = timedelta(minutes=15)


def resend_blocked(session: Session, case: CaseRow, account: AccountRow | None, *,
                   security: SecurityConfig, now: datetime, zone: ZoneInfo) -> str | None:
    """Why a confirmation request cannot be re-sent ``now`` (cooldown or the per-address
    limit), with when it can, as a clock in the desk's ``zone``; None when it can."""
    if account is None:
        return f"case {case.reference} has no account to verify"
    last = outbox_store.last_counted(session, case.id, "verification_request")
    if last is not None and now - last < RESEND_COOLDOWN:
        return (f"a confirmation request went to {account.email} at {_clock(last, zone)}; "
                f"the next can be sent from {_clock(last + RESEND_COOLDOWN, zone)} (a "
                f"{RESEND_COOLDOWN.seconds // 60}-minute pause between requests)")
    since = now - timedelta(hours=security.per_address_window_hours)
    times = outbox_store.counted_times(session, account.email_key, since)
    if len(times) >= security.per_address_limit:
        free = times[len(times) - security.per_address_limit] + timedelta(
            hours=security.per_address_window_hours)
        return (f"{account.email} has had {len(times)} replies within "
                f"{security.per_address_window_hours} hours, the most mailbot sends one address "
                f"([security] per_address_limit = {security.per_address_limit}); the next can go "
                f"after {_clock(free, zone)}")
    return None


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def resend_verification(ctx: ChainContext, reference: str, actor: Actor) -> Result:
    """Send the owner a new confirmation request and give them the full period again.

    Refused, with nothing sent or changed, within RESEND_COOLDOWN of the last request or
    when the per-address limit would suppress it; the message says which, and until when."""
    with desk(ctx, reference) as d:
        if d.case.status != CaseStatus.PENDING_VERIFICATION:
            raise Conflict(f"case {reference} is {d.case.status}, not pending_verification")
        account = d.account()
        blocked = resend_blocked(d.session, d.case, account, security=ctx.security,
                                 now=d.now, zone=ctx.desk_zone)
        if blocked is not None or account is None:
            raise Conflict(f"not sent: {blocked}")
        days = ctx.security.verification_days
        message, content = d.first()
        row = queue_reply(d.session, d.rt, d.batch.budget, now=d.now, secret=ctx.secret,
                          dry_run=ctx.dry_run, kind="verification_request",
                          to_addr=account.email, case=d.case, message=message,
                          content=content, account=account_store.to_domain(account),
                          details=VerificationFacts(days))
        if row.status == "suppressed":  # raced past the check above: say so, keep the record
            case_store.audit(d.session, actor.label, "verification_resend_suppressed",
                             case=d.case, to=account.email)
            return Result(reference, d.case.status, f"NOT sent: the per-address limit "
                          f"suppressed the confirmation request to {account.email}", 0)
        d.case.verify_until = d.now + timedelta(days=days)
        case_store.audit(d.session, actor.label, "verification_resent", case=d.case,
                         to=account.email)
        return Result(reference, d.case.status, f"confirmation request sent to {account.email}"
                      f"; the owner has until {_clock(d.case.verify_until, ctx.desk_zone)}"
                      " to confirm", 1)


def reprocess(ctx: ChainContext, actor: Actor, *, message_ids: list[int] | None = None,
              failed: bool = False) -> int:
    """Run failed (or named) messages through the pipeline again: any message the "failed"
    tab lists (processing raised, unreadable, a follow-up on a closed case)."""
    if not (message_ids or failed):
        raise Conflict("name message ids or use --failed")
    with ctx.db.session() as session:
        rows = inbound.named_or_failed(session, message_ids)
        missing = set(message_ids or ()) - {r.id for r in rows}
        if missing:
            raise NotFound(f"no message(s) {', '.join(map(str, sorted(missing)))}")
        for row in rows:
            if row.status not in ("failed", "oversize") and not queue.needs_attention(
                    session, row.id):
                raise Conflict(f"message {row.id} was processed already ({row.outcome}); only "
                               "messages waiting for a person are reprocessed")
            if row.raw is None:
                raise Conflict(f"message {row.id} has no stored bytes (oversize or purged)")
        ids = [r.id for r in rows]
        inbound.mark_for_reprocessing(session, ids)
        case_store.audit(session, actor.label, "reprocess", ids=ids)
        boxes = {r.mailbox for r in rows}
    for box in boxes:
        while process_received(ctx, ctx.runtime(box)).processed:
            pass
    return len(ids)


def dismiss(db: Database, message_id: int, actor: Actor, note: str) -> Result:
    """A person dealt with a message the "failed" tab lists (answered it, or it needs
    nothing): it leaves the tab, marked handled, with who, when and the note."""
    note = limited(note, "note") or ""
    if not note:
        raise Conflict("say what was done with the message (a note)")
    with db.session() as session:
        row = session.get(MessageRow, message_id)
        if row is None:
            raise NotFound(f"no message {message_id}")
        if not queue.needs_attention(session, row.id):
            raise Conflict(f"message {row.id} is not waiting for a person")
        row.status = "handled"
        case_store.audit(session, actor.label, "message_handled", message=row,
                         case_id=row.case_id, note=note)
        return Result(f"message {row.id}", "handled", "marked handled; it left the tab")


@dataclass(frozen=True)
class CandidateAccount:
    """An account the case might be about, and why: for picking the right one."""

    row: AccountRow
    why: tuple[str, ...]
    owner_is_sender: bool
    linked: bool  # the account the case is linked to now
    other_case: CaseRow | None = None  # its open or confirmed case, if it has one already


def candidates(session: Session, case: CaseRow, limit: int = 6) -> list[CandidateAccount]:
    """The accounts the case's identifiers, its sender and the numbers found in its
    messages point at, each with the reasons (e.g. both accounts of an identity mismatch)."""
    found: dict[int, tuple[AccountRow, list[str]]] = {}

    def add(row: AccountRow | None, why: str) -> None:
        if row is not None:
            found.setdefault(row.id, (row, []))[1].append(why)

    box = case.mailbox
    if case.account_id:
        add(session.get(AccountRow, case.account_id), "the case is linked to it")
    if case.account_number:
        add(account_store.by_number(session, box, case.account_number),
            f"the account number {case.account_number} names it")
    if case.username:
        add(account_store.by_username(session, box, case.username),
            f"the username {case.username} names it")
    for row in account_store.by_email(session, box, case.sender):
        add(row, f"it is registered to the sender's address {case.sender}")
    for message in inbound.of_case(session, case.id):
        for number in (message.extraction or {}).get("candidates") or ():
            if str(number) != case.account_number:
                add(account_store.by_number(session, box, str(number)),
                    f"the message mentions the number {number}")
    return [CandidateAccount(row, tuple(why), conv.same_address(row.email, case.sender),
                             row.id == case.account_id,
                             case_store.active_for_account(session, row.id, exclude=case.id))
            for row, why in list(found.values())[:limit]]


def terminate(ctx: ChainContext, mailbox: str, account_number: str, reason: str,
              actor: Actor) -> Result:
    """The company ends an account (atntcrm §3): a case held for approval, with the pro-rata
    refund the policy computes. Nothing happens to the account until it is approved."""
    reason = limited(reason, "reason") or ""
    if not reason:
        raise Conflict("a termination needs a reason (--reason)")
    now = ctx.clock()
    rt = ctx.runtime(mailbox)
    with ctx.db.session() as session:
        row = account_store.by_number(session, mailbox, account_number)
        if row is None:
            raise NotFound(f"no account {account_number} in mailbox {mailbox}")
        if row.status in ("cancelled", "blocked", "suspended", "terminated"):
            raise Conflict(f"account {row.account_number} is already {row.status}")
        if case_store.active_for_account(session, row.id) is not None:
            raise Conflict(f"account {row.account_number} has an open case; settle it first")
        account = account_store.to_domain(row)
        decision = rt.policy.decide(account, PolicyRequest(received_at=now,
                                                           initiator=Initiator.COMPANY))
        batch = Batch(session, ctx, rt)
        case = case_store.create_case(
            session, batch.references, mailbox=mailbox, status="flagged", sender=row.email_key,
            language="en", received_at=now, username=row.username,
            account_number=row.account_number, reason=reason.strip(), reason_code=None,
            asks_refund=False, flags=sorted({"termination_review", *decision.flags}),
            account_id=row.id, created_at=now, updated_at=now)
        batch.remember_policy()
        decision_row = case_store.add_decision(session, case, None, decision,
                                               digest=rt.policy.digest, by=actor.label)
        refunds.record(session, case, decision_row, decision, requested_by=actor.label,
                       approval=None, now=now)
        case_store.audit(session, actor.label, "termination_requested", case=case,
                         reason=reason.strip(), refund=str(decision.refund) if decision.refund
                         else None)
        money = f", pro-rata refund {decision.refund}" if decision.refund else ""
        return Result(case.reference, "flagged",
                      f"termination of {row.account_number} held for approval{money}")


def preview(ctx: ChainContext, reference: str) -> tuple[str, RenderedReply]:
    """The reply approving this open case would send (or, for a closed case, the reply it
    got), rendered and returned, nothing written. Returns (recipient, reply)."""
    from mailbot.previews import previews

    found = previews(ctx, reference)
    shown = found.get("approve") or found.get("sent") or next(iter(found.values()), None)
    if shown is None or shown.reply is None:
        raise Conflict(shown.problem if shown is not None else f"case {reference} has no reply")
    return shown.to, shown.reply


def reply_from_raw(raw: bytes) -> RenderedReply:
    """A stored reply read back into its subject, text and HTML."""
    from email import message_from_bytes
    from email.policy import default

    msg = message_from_bytes(raw, policy=default)
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    return RenderedReply(str(msg["Subject"] or ""), text.get_content() if text else "",
                         html.get_content() if html else "")


def _replies(d: Desk) -> int:
    """How many replies this case has in the outbox (compare before and after an action)."""
    d.session.flush()
    return outbox_store.count_for_case(d.session, d.case.id)


__all__ = ["Actor", "Result", "approve", "candidates", "correct", "dismiss", "reject",
           "reprocess", "resend_verification"]
