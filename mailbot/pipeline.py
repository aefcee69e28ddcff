"""One message through the chain: read, classify, identify, decide, record, queue replies.

Like Mailman's chains, a message passes an ordered table of named steps; the
first that handles it settles the outcome. Everything happens in the caller's
transaction; the mailbox is changed and replies are sent only after commit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from mailbot import conversation as conv
from mailbot.app import App, MailboxRuntime
from mailbot.domain import CLOSED_STATUSES, Decision, Extraction, Intent, MailContent, Outcome
from mailbot.domain import PolicyRequest as Request
from mailbot.parsing import parse_mime, understand
from mailbot.respond import queue_reply
from mailbot.store import accounts as account_store
from mailbot.store import cases as case_store
from mailbot.store import inbound
from mailbot.store.models import AccountRow, CaseRow, MessageRow
from mailbot.threads import subject_references, thread_ids

log = logging.getLogger("mailbot.pipeline")
ACTION_STATUS = {"block": "blocked", "cancel_immediately": "cancelled", "suspend": "suspended"}


@dataclass
class Turn:
    """The working state of one message while the chain runs."""

    session: Session
    app: App
    rt: MailboxRuntime
    row: MessageRow
    content: MailContent
    extraction: Extraction
    outcome: Outcome = Outcome.IGNORED
    flags: list[str] = field(default_factory=list)
    move: bool = False

    @property
    def sender(self) -> str:
        return self.content.sender.strip().lower()

    @property
    def now(self) -> datetime:
        return self.app.clock()

    def settle(self, outcome: Outcome, *flags: str, case: CaseRow | None = None,
               move: bool = False) -> bool:
        self.outcome = outcome
        self.flags.extend(f for f in flags if f not in self.flags)
        self.move = move
        if case is not None:
            self.row.case_id = case.id
        return True

    def reply(self, kind: str, case: CaseRow, to: str | None = None, **facts: object) -> None:
        queue_reply(self.session, self.app, self.rt, kind=kind, to_addr=to or self.sender,
                    case=case, message=self.row, content=self.content,
                    language=self.extraction.language, **facts)  # type: ignore[arg-type]


# --- the steps ---------------------------------------------------------------------------

def unreadable(t: Turn) -> bool:
    """A message whose bytes cannot be read is kept and flagged for a person."""
    return t.content.error is not None and t.settle(Outcome.FLAGGED, "unparseable")


def from_ourselves(t: Turn) -> bool:
    """Never answer our own address (RFC 3834 loop guard)."""
    return t.sender in t.rt.own_addresses and t.settle(Outcome.IGNORED, "own_address")


def machine_mail(t: Turn) -> bool:
    """Auto-replies and bounces are recorded, never answered, never moved."""
    intent = t.extraction.intent
    return intent in (Intent.AUTO_REPLY, Intent.BOUNCE) and t.settle(Outcome.IGNORED)


def follow_up(t: Turn) -> bool:
    """A reply in a case's thread continues that case."""
    case = case_store.for_thread(t.session, t.rt.name,
                                 thread_ids(t.content.in_reply_to, t.content.references), t.app.secret)
    if case is None:
        for reference in subject_references(t.content.subject):
            found = case_store.by_reference(t.session, reference)
            if found and found.mailbox == t.rt.name and _owns(t, found):
                case = found
                break
    if case is None:
        return False
    return _continue_case(t, case)


def withdrawal(t: Turn) -> bool:
    """'Please ignore my previous email' withdraws this sender's open case."""
    if not t.extraction.withdrawal:
        return False
    case = case_store.withdrawable_for_sender(t.session, t.rt.name, t.sender)
    return case is not None and _withdraw(t, case)


def not_a_request(t: Turn) -> bool:
    """Anything else that is not a cancellation request stays for the humans."""
    return t.extraction.intent != Intent.CANCELLATION and t.settle(Outcome.IGNORED)


def unsure(t: Turn) -> bool:
    """Below the confidence threshold: a person decides; no reply, not moved."""
    if t.extraction.confidence >= t.app.config.parsing.min_confidence:
        return False
    case = _new_case(t, "flagged", flags=["low_confidence"])
    _audit(t, case, "flagged", flags=["low_confidence"])
    return t.settle(Outcome.FLAGGED, "low_confidence", case=case)


def new_request(t: Turn) -> bool:
    """A cancellation request: identify the account, check the sender, decide."""
    ident = _identify(t, t.extraction.account_number, t.extraction.username)
    if ident.candidate is not None:
        active = case_store.active_for_account(t.session, ident.candidate.id)
        if active is not None:
            return _duplicate(t, active)
    case = _new_case(t, "needs_info")
    return _proceed(t, case, ident)


CHAIN: tuple[tuple[str, Callable[[Turn], bool]], ...] = (
    ("unreadable", unreadable),
    ("from-ourselves", from_ourselves),
    ("machine-mail", machine_mail),
    ("follow-up", follow_up),
    ("withdrawal", withdrawal),
    ("not-a-request", not_a_request),
    ("unsure", unsure),
    ("new-request", new_request),
)


# --- shared moves ------------------------------------------------------------------------

def _owns(t: Turn, case: CaseRow) -> bool:
    if conv.same_address(case.sender, t.sender):
        return True
    account = t.session.get(AccountRow, case.account_id) if case.account_id else None
    return account is not None and conv.same_address(account.email, t.sender)


def _new_case(t: Turn, status: str, flags: list[str] | None = None) -> CaseRow:
    e = t.extraction
    return case_store.create_case(
        t.session, mailbox=t.rt.name, status=status, sender=t.sender, language=e.language,
        received_at=t.row.received_at, username=e.username, account_number=e.account_number,
        reason=e.reason, reason_code=e.reason_code.value if e.reason_code else None,
        asks_refund=e.asks_refund, flags=flags or [], first_message_id=t.row.id,
        created_at=t.now, updated_at=t.now,
    )


def _identify(t: Turn, number: str | None, username: str | None) -> conv.Identified:
    s, box = t.session, t.rt.name

    def candidate(row: AccountRow | None) -> conv.Candidate | None:
        return conv.Candidate(row.id, account_store.to_domain(row)) if row else None

    return conv.identify(
        number=number,
        username=username,
        by_number=candidate(account_store.by_number(s, box, number)) if number else None,
        by_username=candidate(account_store.by_username(s, box, username)) if username else None,
        by_sender=[conv.Candidate(r.id, account_store.to_domain(r))
                   for r in account_store.by_email(s, box, t.sender)],
        rule=t.rt.policy.identification,
    )


def _proceed(t: Turn, case: CaseRow, ident: conv.Identified) -> bool:
    """From an identification to an outcome for this case (new request or follow-up)."""
    if ident.mismatch:
        case.status = "flagged"
        case.flags = sorted({*case.flags, "identity_mismatch"})
        _audit(t, case, "flagged", flags=["identity_mismatch"])
        t.reply("flagged", case, extra={"flags": ["identity_mismatch"]})
        return t.settle(Outcome.FLAGGED, "identity_mismatch", case=case, move=True)
    if ident.candidate is None:
        case.status = "needs_info"
        t.reply("needs_info", case, missing=ident.missing)
        return t.settle(Outcome.NEEDS_INFO, case=case, move=True)
    candidate = ident.candidate
    case.account_id = candidate.id
    owner = candidate.account.email
    if not (conv.same_address(owner, t.sender)
            and conv.authenticated(t.content, t.app.config.security.trusted_authserv_id)):
        return _ask_owner(t, case, candidate)
    return _decide(t, case, candidate)


def _ask_owner(t: Turn, case: CaseRow, candidate: conv.Candidate) -> bool:
    """The sender is not (provably) the owner: acknowledge without account data, ask the owner."""
    days = t.app.config.security.verification_days
    case.status = "pending_verification"
    case.verify_until = t.now + timedelta(days=days)
    flag = "sender_mismatch" if not conv.same_address(candidate.account.email, t.sender) \
        else "unauthenticated"
    case.flags = sorted({*case.flags, flag})
    t.reply("pending_verification", case)
    t.reply("verification_request", case, to=candidate.account.email, account=candidate.account,
            extra={"verification_days": days})
    _audit(t, case, "verification_requested", owner=candidate.account.email)
    return t.settle(Outcome.PENDING_VERIFICATION, flag, case=case, move=True)


def _decide(t: Turn, case: CaseRow, candidate: conv.Candidate, *, to: str | None = None) -> bool:
    """Apply the policy to the identified, verified request; record and answer it."""
    policy = t.rt.policy
    request = Request(received_at=case.received_at, asks_refund=case.asks_refund)
    decision = policy.decide(candidate.account, request)
    row = case_store.add_decision(t.session, case, t.row, decision, digest=policy.digest)
    t.row.decision_id = row.id
    account = candidate.account
    if decision.outcome == Outcome.CONFIRMED:
        case.status = "confirmed"
        case.closed_at = t.now
        _apply_action(t, candidate.id, decision)
        kind = f"confirmed_{decision.action.value}" if decision.action else "flagged"
        t.reply(kind, case, to=to, account=account, decision=decision)
    elif decision.outcome == Outcome.REJECTED:
        case.status = "rejected"
        case.closed_at = t.now
        t.reply("rejected", case, to=to, account=account, decision=decision,
                status=account.status.value)
    else:
        case.status = "flagged"
        case.flags = sorted({*case.flags, *decision.flags})
        t.reply("flagged", case, to=to, extra={"flags": list(decision.flags)})
    _audit(t, case, "decided", outcome=decision.outcome.value, rule=decision.rule,
           policy=decision.policy)
    return t.settle(decision.outcome, *decision.flags, case=case, move=True)


def _apply_action(t: Turn, account_id: int, decision: Decision) -> None:
    status = ACTION_STATUS.get(decision.action.value if decision.action else "")
    account = t.session.get(AccountRow, account_id)
    if status and account is not None and account.status not in {s.value for s in CLOSED_STATUSES}:
        account.status = status


def _duplicate(t: Turn, case: CaseRow) -> bool:
    """A second request for an account with an open or confirmed case: answered once a day."""
    decision = None
    if case.decision_id:
        stored = t.session.get(case_store.DecisionRow, case.decision_id)
        decision = case_store.to_decision(stored) if stored else None
    recent = t.now - timedelta(hours=24)
    already = case_store.replied_since(t.session, case.id, "duplicate", recent)
    # The case's state is account data: only its requester or the account's owner hears it.
    if _owns(t, case) and not already:
        t.reply("duplicate", case, status=case.status, decision=decision,
                extra={"case_received": _local(t, case.received_at)})
    _audit(t, case, "duplicate")
    return t.settle(Outcome.DUPLICATE, case=case, move=True)


def _withdraw(t: Turn, case: CaseRow) -> bool:
    """Stop a case before it takes effect, if the writer may (sender or owner)."""
    if not _owns(t, case):
        return False
    effective = None
    if case.decision_id:
        stored = t.session.get(case_store.DecisionRow, case.decision_id)
        effective = stored.effective_on if stored else None
    local_today = t.now.astimezone(t.rt.policy.zone).date()
    too_late = case.status == "confirmed" and (effective is None or effective <= local_today)
    if too_late or t.app.config.security.withdrawal == "flag":
        case.status = "flagged"
        case.flags = sorted({*case.flags, "withdrawal"})
        _audit(t, case, "flagged", flags=["withdrawal"])
        return t.settle(Outcome.FLAGGED, "withdrawal", case=case, move=True)
    case.status = "withdrawn"
    case.closed_at = t.now
    t.reply("withdrawn", case)
    _audit(t, case, "withdrawn")
    return t.settle(Outcome.IGNORED, "withdrawal", case=case, move=True)


def _continue_case(t: Turn, case: CaseRow) -> bool:
    """A message in a case's thread: confirmation, missing details, withdrawal or repeat."""
    e = t.extraction
    if e.withdrawal or (case.status == "pending_verification" and conv.is_refusal(e.new_text)):
        if _withdraw(t, case):
            return True
    if case.status == "needs_info":
        return _supply_details(t, case)
    if case.status == "pending_verification":
        account = t.session.get(AccountRow, case.account_id) if case.account_id else None
        # Proof of ownership: an answer to the confirmation request, whose Message-ID only
        # the registered mailbox received, from the registered address.
        answered = case_store.verification_ids(t.session, case.id) & set(
            thread_ids(t.content.in_reply_to, t.content.references))
        if account and answered and conv.same_address(account.email, t.sender) and (
            e.intent == Intent.CANCELLATION or conv.is_confirmation(e.new_text)
        ):
            case.verify_until = None
            _audit(t, case, "owner_confirmed", owner=account.email)
            candidate = conv.Candidate(account.id, account_store.to_domain(account))
            return _decide(t, case, candidate, to=account.email)
    if e.intent == Intent.CANCELLATION and case.status in ("pending_verification", "flagged",
                                                           "confirmed"):
        return _duplicate(t, case)
    if e.intent == Intent.CANCELLATION:
        return False  # a closed case (withdrawn, expired, rejected): a new request
    _audit(t, case, "follow_up")
    return t.settle(Outcome.IGNORED, "follow_up", case=case)


def _supply_details(t: Turn, case: CaseRow) -> bool:
    """A needs_info case gets what the follow-up supplies; then it is decided afresh."""
    e = t.extraction
    case.account_number = e.account_number or case.account_number
    case.username = e.username or case.username
    case.reason = e.reason or case.reason
    case.reason_code = (e.reason_code.value if e.reason_code else None) or case.reason_code
    case.asks_refund = case.asks_refund or e.asks_refund
    ident = _identify(t, case.account_number, case.username)
    if ident.candidate is not None:
        active = case_store.active_for_account(t.session, ident.candidate.id, exclude=case.id)
        if active is not None:
            case.status = "duplicate"
            case.closed_at = t.now
            return _duplicate(t, active)
    return _proceed(t, case, ident)


def _local(t: Turn, when: datetime) -> str:
    return when.astimezone(t.rt.policy.zone).strftime("%Y-%m-%d %H:%M %Z")


def _audit(t: Turn, case: CaseRow, action: str, **details: object) -> None:
    case_store.audit(t.session, "mailbot", action, case_id=case.id, message_id=t.row.id,
                     at=t.now, **details)


# --- running the chain -------------------------------------------------------------------

def read(app: App, rt: MailboxRuntime, session: Session, raw: bytes
         ) -> tuple[MailContent, Extraction]:
    content = parse_mime(raw)
    box = rt.name
    extraction = understand(
        content,
        config=app.config.parsing,
        own_addresses=rt.own_addresses,
        is_known_account=lambda n: account_store.by_number(session, box, n) is not None,
        is_known_username=lambda u: account_store.by_username(session, box, u) is not None,
    )
    return content, extraction


def _record(row: MessageRow, content: MailContent, e: Extraction) -> None:
    row.sender = content.sender[:320]
    row.subject = content.subject[:2000]
    row.intent = e.intent.value
    row.confidence = round(e.confidence, 4)
    row.language = e.language
    row.username = e.username
    row.account_number = e.account_number
    row.reason = e.reason
    row.reason_code = e.reason_code.value if e.reason_code else None
    row.asks_refund = e.asks_refund
    row.extraction = {
        "evidence": [{"rule": ev.rule, "text": ev.text[:300]} for ev in e.evidence],
        "candidates": list(e.account_number_candidates),
        "withdrawal": e.withdrawal,
        "new_text": e.new_text[:4000],
        "error": content.error,
    }


def process_row(session: Session, app: App, rt: MailboxRuntime, row: MessageRow) -> Turn:
    """Run the chain on one recorded message and store what it decided."""
    started = time.perf_counter()
    assert row.raw is not None
    content, extraction = read(app, rt, session, row.raw)
    _record(row, content, extraction)
    turn = Turn(session, app, rt, row, content, extraction)
    for _name, step in CHAIN:
        if step(turn):
            break
    row.outcome = turn.outcome.value
    row.flags = list(turn.flags)
    row.status = "processed"
    row.processed_at = app.clock()
    if turn.move and row.source == "imap" and not app.dry_run:
        row.mailbox_state = "move"
    log.info("message processed", extra={"event": {
        "message_id": content.message_id, "intent": extraction.intent.value,
        "outcome": turn.outcome.value, "ms": round((time.perf_counter() - started) * 1000, 1)}})
    return turn


@dataclass
class ProcessReport:
    processed: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


def process_received(app: App, rt: MailboxRuntime, *, limit: int = 500,
                     should_stop: Callable[[], bool] = lambda: False) -> ProcessReport:
    """Process recorded, unprocessed messages of a mailbox; one bad one never stops it.

    All of them commit together (one transaction, a savepoint each); on a stop
    request the loop ends after the message in hand and commits what is done.
    """
    report = ProcessReport()
    with app.db.session() as session:
        for row in inbound.received(session, rt.name, limit):
            if should_stop():
                break
            try:
                with session.begin_nested():
                    turn = process_row(session, app, rt, row)
                report.processed += 1
                report.outcomes[turn.outcome.value] = report.outcomes.get(turn.outcome.value, 0) + 1
            except Exception as exc:  # noqa: BLE001 - kept, shown as failed, never stops the loop
                log.exception("message %s failed", row.id)
                _fail(session, app, row, exc)
                report.failed += 1
    return report


def _fail(session: Session, app: App, row: MessageRow, exc: BaseException) -> None:
    with session.begin_nested():
        row.status = "failed"
        row.attempts = (row.attempts or 0) + 1
        row.error = f"{type(exc).__name__}: {exc}"[:4000]
        row.outcome = Outcome.FLAGGED.value
        row.flags = ["failed"]
        row.processed_at = app.clock()
        case_store.audit(session, "mailbot", "message_failed", message_id=row.id, error=row.error)


def closed_status(status: str) -> bool:
    return status in {s.value for s in CLOSED_STATUSES}
