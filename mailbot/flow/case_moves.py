"""The moves the chain's steps share: open a case, continue one, identify the account,
ask the owner, decide by the policy and record it, withdraw, dispute, answer a duplicate.

Each move changes the case and queues its reply in the batch's session and returns the
Verdict for the message. ``apply_decision`` is also the desk's: an approval records a
decision exactly as the chain does.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Unpack

from sqlalchemy.orm import Session

from mailbot import conversation as conv
from mailbot import refunds
from mailbot.authentication import from_results
from mailbot.domain import (
    CLOSED_STATUSES,
    CaseStatus,
    Decision,
    Intent,
    MailContent,
    Outcome,
)
from mailbot.domain import PolicyRequest as Request
from mailbot.flags import Flag
from mailbot.flow.lookups import Batch
from mailbot.flow.reply import Replier, Said, queue_reply
from mailbot.flow.turn import Turn, Verdict, verdict
from mailbot.parsing.answers import Answer, read_answer
from mailbot.replies import DuplicateFacts, FlaggedFacts, VerificationFacts
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store.models import AccountRow, CaseRow, DecisionRow, MessageRow
from mailbot.threads import thread_ids

ACTION_STATUS = {"block": "blocked", "cancel_immediately": "cancelled", "suspend": "suspended"}
CLOSED = frozenset(s.value for s in CLOSED_STATUSES)


def senders_open_case(t: Turn) -> CaseRow | None:
    """The newest open (or confirmed) case this sender started, if any."""
    if not t.sender:
        return None
    with t.session.no_autoflush:  # (a read in the middle of a batch: no flush per message)
        return case_store.withdrawable_for_sender(t.session, t.rt.name, t.sender)


def _account(t: Turn, case: CaseRow) -> AccountRow | None:
    return t.session.get(AccountRow, case.account_id) if case.account_id else None


def owns(t: Turn, case: CaseRow) -> bool:
    """The sender is the case's requester or the account's registered owner."""
    if conv.same_address(case.sender, t.sender):
        return True
    account = _account(t, case)
    return account is not None and conv.same_address(account.email, t.sender)


def new_case(t: Turn, status: str, flags: list[str] | None = None) -> CaseRow:
    e = t.extraction
    return case_store.create_case(
        t.session, t.batch.references, mailbox=t.rt.name, status=status, sender=t.sender,
        language=e.language, received_at=t.row.received_at, username=e.username,
        account_number=e.account_number, reason=e.reason,
        reason_code=e.reason_code.value if e.reason_code else None, asks_refund=e.asks_refund,
        flags=flags or [], created_at=t.now, updated_at=t.now,
    )


def identify(t: Turn, number: str | None, username: str | None) -> conv.Identified:
    def candidate(row: AccountRow | None) -> conv.Candidate | None:
        return conv.Candidate(row.id, account_store.to_domain(row)) if row else None

    return conv.identify(
        number=number,
        username=username,
        by_number=candidate(t.batch.number(number)) if number else None,
        by_username=candidate(t.batch.username(username)) if username else None,
        by_sender=[conv.Candidate(r.id, account_store.to_domain(r))
                   for r in t.batch.email(t.sender)],
        rule=t.rt.policy.rule_set.identification,
        by_body=[conv.Candidate(r.id, account_store.to_domain(r))
                 for address in _addresses_written(t) for r in t.batch.email(address)],
    )


_WRITTEN_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _addresses_written(t: Turn) -> list[str]:
    """Addresses the customer wrote in the new text (not the sender's, not ours)."""
    text = t.extraction.new_text[:4000] + "\n" + (t.content.forwarded_text or "")[:4000]
    found = {a.lower().rstrip(".") for a in _WRITTEN_ADDRESS.findall(text)}
    return sorted(found - {t.sender} - set(t.rt.own_addresses))[:5]


def proceed(t: Turn, case: CaseRow, ident: conv.Identified) -> Verdict:
    """From an identification to an outcome for this case (new request or follow-up)."""
    if ident.mismatch:
        case.status = CaseStatus.FLAGGED
        case.flags = sorted({*case.flags, Flag.IDENTITY_MISMATCH})
        t.audit(case, "flagged", flags=[Flag.IDENTITY_MISMATCH])
        t.reply("flagged", case, details=FlaggedFacts(flags=(Flag.IDENTITY_MISMATCH,)))
        return verdict(Outcome.FLAGGED, Flag.IDENTITY_MISMATCH, case=case, move=True)
    if ident.candidate is None:
        case.status = CaseStatus.NEEDS_INFO
        t.reply("needs_info", case, missing=ident.missing)
        return verdict(Outcome.NEEDS_INFO, case=case, move=True)
    candidate = ident.candidate
    case.account_id = candidate.id
    owner = candidate.account.email
    if not (conv.same_address(owner, t.sender) and _authenticated(t, case)):
        return _ask_owner(t, case, candidate)
    return _decide(t, case, candidate)


def _authenticated(t: Turn, case: CaseRow) -> bool:
    """Is the From address proven (SPEC §9)? Trusted Authentication-Results first, then
    mailbot's own DKIM check when configured; with neither, From is believed."""
    sec = t.ctx.security
    if not sec.sender_checks:
        return True
    auth = None
    if sec.trusted_authserv_id:
        auth = from_results(t.content.headers, sec.trusted_authserv_id, t.sender)
    if (auth is None or not auth.authenticated) and sec.verify_dkim and t.row.raw:
        auth = t.ctx.verify(t.row.raw, t.sender)
    assert auth is not None
    t.audit(case, "sender_authenticated" if auth.authenticated else "sender_unauthenticated",
            method=auth.method, detail=auth.detail)
    return auth.authenticated


def _ask_owner(t: Turn, case: CaseRow, candidate: conv.Candidate) -> Verdict:
    """The sender is not (provably) the owner: acknowledge without account data, ask the owner."""
    days = t.ctx.security.verification_days
    case.status = CaseStatus.PENDING_VERIFICATION
    case.verify_until = t.now + timedelta(days=days)
    t.batch.now_active(candidate.id, case)
    flag = Flag.SENDER_MISMATCH if not conv.same_address(candidate.account.email, t.sender) \
        else Flag.UNAUTHENTICATED
    case.flags = sorted({*case.flags, flag})
    if flag == Flag.SENDER_MISMATCH:  # (from the owner's own address, one message is enough)
        t.reply("pending_verification", case)
    t.reply("verification_request", case, to=candidate.account.email, account=candidate.account,
            details=VerificationFacts(days))
    t.audit(case, "verification_requested", owner=candidate.account.email)
    return verdict(Outcome.PENDING_VERIFICATION, flag, case=case, move=True)


def _decide(t: Turn, case: CaseRow, candidate: conv.Candidate, *, to: str | None = None
            ) -> Verdict:
    """Apply the policy to the identified, verified request; record and answer it."""
    request = Request(received_at=case.received_at, asks_refund=case.asks_refund)
    decision = t.rt.policy.decide(candidate.account, request)
    apply_decision(t.batch, case, candidate, decision, message=t.row, content=t.content,
                   language=t.extraction.language, to=to or t.sender, decided_by="mailbot",
                   reply=lambda kind, **said: t.reply(kind, case, to=to, **said))
    return verdict(decision.outcome, *decision.flags, case=case, move=True,
                   policy_rule=decision.rule)


def apply_decision(batch: Batch, case: CaseRow, candidate: conv.Candidate, decision: Decision,
                   *, message: MessageRow | None, content: MailContent | None, language: str,
                   to: str, decided_by: str, record_refund: bool = True,
                   reply: Replier | None = None) -> DecisionRow:
    """Record a decision and everything it implies: the case's state, the refund, the
    account's status and the reply. Used by the chain (whose ``reply`` adds the reply to the
    step's verdict) and by a reviewer's approval (the reply is queued at once)."""
    session, now = batch.session, batch.ctx.clock()
    batch.remember_policy()
    row = case_store.add_decision(session, case, message, decision,
                                  digest=batch.rt.policy.digest, by=decided_by)
    if record_refund:
        confirmed = decision.outcome == Outcome.CONFIRMED
        refunds.record(session, case, row, decision, requested_by=case.sender, now=now,
                       approval=batch.policy_approval() if confirmed else None)
    account = candidate.account

    def queue_now(kind: str, **said: Unpack[Said]) -> None:
        ctx = batch.ctx
        queue_reply(session, batch.rt, batch.budget, now=ctx.clock(), secret=ctx.secret,
                    dry_run=ctx.dry_run, kind=kind, to_addr=to,
                    case=case, message=message, content=content, language=language,
                    **said)

    reply = reply or queue_now

    if decision.outcome == Outcome.CONFIRMED:
        case.status = CaseStatus.CONFIRMED
        case.closed_at = now
        _apply_action(session, candidate.id, decision)
        kind = f"confirmed_{decision.action.value}" if decision.action else "terminated"
        reply(kind, account=account, decision=decision)
    elif decision.outcome == Outcome.REJECTED:
        case.status = CaseStatus.REJECTED
        case.closed_at = now
        reply("rejected", account=account, decision=decision, status=account.status.value)
    else:
        case.status = CaseStatus.FLAGGED
        case.flags = sorted({*case.flags, *decision.flags})
        reply("flagged", details=FlaggedFacts(flags=tuple(decision.flags)))
    batch.now_active(candidate.id, case)
    return row


def _apply_action(session: Session, account_id: int, decision: Decision) -> None:
    """The account's status after a confirmed decision (stop_renewal changes it later)."""
    status = ACTION_STATUS.get(decision.action.value if decision.action else "")
    account = session.get(AccountRow, account_id)
    if status and account is not None and account.status not in CLOSED:
        account.status = status


def duplicate(t: Turn, case: CaseRow) -> Verdict:
    """A second request for an account with an open or confirmed case: answered once a day,
    and only to its requester or the account's owner (the case's state is account data)."""
    decision = case_store.to_decision(case.decision) if case.decision else None
    recent = t.now - timedelta(hours=24)
    with t.session.no_autoflush:
        already = case_store.replied_since(t.session, case.id, "duplicate", recent) \
            if case.id else False
    if owns(t, case) and not already:
        t.reply("duplicate", case, status=case.status, decision=decision,
                details=DuplicateFacts(case.received_at))
    return verdict(Outcome.DUPLICATE, case=case, move=True)


def withdraw(t: Turn, case: CaseRow) -> Verdict | None:
    """Stop a case before it takes effect, if the writer may (requester or owner)."""
    if not owns(t, case):
        return None
    effective = case.decision.effective_on if case.decision else None
    local_today = t.now.astimezone(t.rt.policy.zone).date()
    too_late = case.status == CaseStatus.CONFIRMED and (
        effective is None or effective <= local_today)
    if too_late or t.ctx.security.withdrawal == "flag":
        case.status = CaseStatus.FLAGGED
        case.flags = sorted({*case.flags, Flag.WITHDRAWAL})
        t.audit(case, "flagged", flags=[Flag.WITHDRAWAL])
        return verdict(Outcome.FLAGGED, Flag.WITHDRAWAL, case=case, move=True)
    case.status = CaseStatus.WITHDRAWN
    case.closed_at = t.now
    t.reply("withdrawn", case)
    t.audit(case, "withdrawn")
    return verdict(Outcome.IGNORED, Flag.WITHDRAWAL, case=case, move=True)


def continue_case(t: Turn, case: CaseRow) -> Verdict | None:
    """A message in a case's thread: the owner's answer, missing details, withdrawal or
    repeat."""
    e = t.extraction
    if case.status == CaseStatus.PENDING_VERIFICATION and _answers_verification(t, case):
        return _owner_answers(t, case)
    if case.status == CaseStatus.DISPUTED:
        # More words on a dispute a person already has: shown in the case, answered there.
        return verdict(Outcome.FLAGGED, Flag.FOLLOW_UP, Flag.DISPUTE, case=case, move=True)
    if e.withdrawal and (withdrawn := withdraw(t, case)):
        return withdrawn
    if case.status == CaseStatus.NEEDS_INFO:
        return _supply_details(t, case)
    if case.status not in case_store.OPEN and conv.is_dispute(e.new_text) and owns(t, case):
        return _dispute(t, case)
    if e.intent == Intent.CANCELLATION and case.status in case_store.ACTIVE:
        return duplicate(t, case)
    if e.intent == Intent.CANCELLATION:
        return None  # a closed case (withdrawn, expired, rejected): a new request
    if case.status in case_store.OPEN:
        return verdict(Outcome.IGNORED, Flag.FOLLOW_UP, case=case)  # shown in the open case
    # A person asks about a closed case: a person answers. The message stays in the
    # folder, unseen, and waits in the review queue's "failed" (needs a person) tab.
    t.audit(case, "follow_up_on_closed_case", dispute=False)
    return verdict(Outcome.FLAGGED, Flag.FOLLOW_UP, case=case)


def _dispute(t: Turn, case: CaseRow) -> Verdict:
    """The requester or owner disputes a decided case: the case becomes "disputed" (the
    review queue's Disputed tab), they are told a person will review it, and nothing
    changes on the account until that person reopens it, upholds it or grants a refund."""
    previous = case.status
    case.status = CaseStatus.DISPUTED
    case.closed_at = None
    case.flags = sorted({*case.flags, Flag.DISPUTE})
    t.audit(case, "dispute_received", previous_status=previous)
    t.reply("dispute_received", case)
    return verdict(Outcome.FLAGGED, Flag.FOLLOW_UP, Flag.DISPUTE, case=case, move=True)


def _answers_verification(t: Turn, case: CaseRow) -> bool:
    """An answer to the confirmation request (whose Message-ID only the registered mailbox
    received), from the registered address."""
    account = _account(t, case)
    if account is None or not conv.same_address(account.email, t.sender):
        return False
    return bool(case_store.verification_ids(t.session, case.id) & set(
        thread_ids(t.content.in_reply_to, t.content.references)))


def _owner_answers(t: Turn, case: CaseRow) -> Verdict:
    """Only a clear yes confirms; a clear no closes the case with nothing changed and says
    so; anything else waits for a person (SPEC §9). Quoted text is never read."""
    account = _account(t, case)
    assert account is not None
    answer = read_answer(t.extraction.new_text)
    if answer == Answer.YES:
        case.verify_until = None
        t.audit(case, "owner_confirmed", owner=account.email)
        candidate = conv.Candidate(account.id, account_store.to_domain(account))
        return _decide(t, case, candidate, to=account.email)
    if answer == Answer.NO:
        case.status = CaseStatus.NOT_CONFIRMED
        case.verify_until = None
        case.closed_at = t.now
        t.reply("not_confirmed", case, to=account.email)
        t.audit(case, "owner_declined", owner=account.email)
        return verdict(Outcome.IGNORED, Flag.OWNER_DECLINED, case=case, move=True)
    case.flags = sorted({*case.flags, Flag.UNCLEAR_ANSWER})
    t.audit(case, "owner_answer_unclear", owner=account.email)
    return verdict(Outcome.FLAGGED, Flag.UNCLEAR_ANSWER, case=case, move=True)


def _supply_details(t: Turn, case: CaseRow) -> Verdict:
    """A needs_info case gets what the follow-up supplies; then it is decided afresh."""
    e = t.extraction
    case.account_number = e.account_number or case.account_number
    case.username = e.username or case.username
    case.reason = e.reason or case.reason
    case.reason_code = (e.reason_code.value if e.reason_code else None) or case.reason_code
    case.asks_refund = case.asks_refund or e.asks_refund
    ident = identify(t, case.account_number, case.username)
    if ident.candidate is not None:
        active = t.batch.active_case(ident.candidate.id, exclude=case)
        if active is not None:
            case.status = CaseStatus.DUPLICATE
            case.closed_at = t.now
            return duplicate(t, active)
    return proceed(t, case, ident)
