"""One message through the chain: classify, identify, check the sender, decide, answer.

Like Mailman's chains, a message passes an ordered table of named steps; the first
that returns a Verdict (mailbot.flow.turn) decides the message, and run_chain applies
it. The moves the steps share are in mailbot.flow.case_moves. The steps read what they
need from the Batch (mailbot.flow.lookups), which fetched it for many messages at once,
and write through the session; nothing is sent or moved here.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy.orm.attributes import flag_modified

from mailbot import bounces
from mailbot import conversation as conv
from mailbot.domain import (
    CaseStatus,
    Extraction,
    Intent,
    MailContent,
    Outcome,
)
from mailbot.flags import Flag
from mailbot.flow.case_moves import (
    continue_case,
    duplicate,
    identify,
    new_case,
    owns,
    proceed,
    senders_open_case,
    withdraw,
)
from mailbot.flow.lookups import Batch
from mailbot.flow.turn import Step, Turn, Verdict, verdict
from mailbot.parsing.bands import mentions_ending
from mailbot.store import cases as case_store
from mailbot.store.models import CaseRow, MessageRow
from mailbot.threads import subject_references, thread_ids

log = logging.getLogger("mailbot.flow.decide")


# --- the steps ---------------------------------------------------------------------------

def unreadable(t: Turn) -> Verdict | None:
    """A message whose bytes cannot be read is kept and flagged for a person."""
    return verdict(Outcome.FLAGGED, Flag.UNPARSEABLE) if t.content.error is not None else None


def from_ourselves(t: Turn) -> Verdict | None:
    """Never answer our own address (RFC 3834 loop guard)."""
    return verdict(Outcome.IGNORED, Flag.OWN_ADDRESS) if t.sender in t.rt.own_addresses \
        else None


def unanswerable(t: Turn) -> Verdict | None:
    """Addresses nobody reads (noreply@, mailer-daemon@, postmaster@): never answered."""
    return verdict(Outcome.IGNORED, Flag.NO_REPLY_ADDRESS) if conv.is_unanswerable(t.sender) \
        else None


def own_bounce(t: Turn) -> Verdict | None:
    """A bounce of one of our replies marks that reply bounced (with the server's reason)
    and joins its case; like every bounce it is never answered, never moved."""
    if t.extraction.intent != Intent.BOUNCE:
        return None
    returned = bounces.settle(t.session, t.rt.name, t.row, t.now)
    if returned is None:
        return None
    case = t.session.get(CaseRow, returned.reply.case_id) if returned.reply.case_id else None
    flag = Flag.REPLY_BOUNCED if returned.failed else Flag.REPLY_DELAYED
    return verdict(Outcome.IGNORED, flag, case=case)


def machine_mail(t: Turn) -> Verdict | None:
    """Auto-replies and bounces are recorded, never answered, never moved."""
    intent = t.extraction.intent
    return verdict(Outcome.IGNORED) if intent in (Intent.AUTO_REPLY, Intent.BOUNCE) else None


def follow_up(t: Turn) -> Verdict | None:
    """A reply in a case's thread continues that case."""
    ids = thread_ids(t.content.in_reply_to, t.content.references)
    case = next((t.batch.by_message_id[i] for i in ids if i in t.batch.by_message_id), None)
    if case is None and ids:
        case = case_store.for_thread(t.session, t.rt.name, ids, t.ctx.secret)
    if case is None:
        for reference in subject_references(t.content.subject):
            found = case_store.by_reference(t.session, reference)
            if found and found.mailbox == t.rt.name and owns(t, found):
                case = found
                break
    return continue_case(t, case) if case is not None else None


def withdrawal(t: Turn) -> Verdict | None:
    """'Please ignore my previous email' withdraws this sender's open case."""
    if not t.extraction.withdrawal:
        return None
    case = case_store.withdrawable_for_sender(t.session, t.rt.name, t.sender)
    return withdraw(t, case) if case is not None else None


def not_a_request(t: Turn) -> Verdict | None:
    """Anything else that is not a cancellation request stays for the humans. If it speaks
    of the matter of the sender's open case ("did you get my email?"), it is shown there."""
    if t.extraction.intent == Intent.CANCELLATION:
        return None
    open_case = senders_open_case(t) if t.extraction.intent == Intent.OTHER and \
        mentions_ending(f"{t.content.subject}\n{t.extraction.new_text}") else None
    if open_case is not None:
        t.audit(open_case, "follow_up", evidence=t.extraction.new_text[:200])
        return verdict(Outcome.IGNORED, Flag.FOLLOW_UP, case=open_case)
    return verdict(Outcome.IGNORED)


def unsure(t: Turn) -> Verdict | None:
    """Could be a request, but not clearly one: never left silently. The sender gets an
    acknowledgement of receipt (its date and time, nothing decided), a person decides with
    the evidence; the message is not moved (SPEC §6)."""
    if t.extraction.confidence >= t.ctx.parsing.min_confidence:
        return None
    open_case = senders_open_case(t)
    if open_case is not None:  # "did you get my email?": shown in the case already open
        t.audit(open_case, "follow_up", evidence=t.extraction.new_text[:200])
        return verdict(Outcome.IGNORED, Flag.FOLLOW_UP, case=open_case)
    case = new_case(t, CaseStatus.FLAGGED, flags=[Flag.LOW_CONFIDENCE])
    t.audit(case, "flagged", flags=[Flag.LOW_CONFIDENCE],
            evidence=[f"{e.rule}: {e.text[:120]}" for e in t.extraction.evidence[:4]])
    t.reply("received", case)
    return verdict(Outcome.FLAGGED, Flag.LOW_CONFIDENCE, case=case)


def new_request(t: Turn) -> Verdict | None:
    """A cancellation request: identify the account, check the sender, decide."""
    ident = identify(t, t.extraction.account_number, t.extraction.username)
    if ident.candidate is not None:
        active = t.batch.active_case(ident.candidate.id)
        if active is not None:
            return duplicate(t, active)
    elif not (t.extraction.account_number or t.extraction.username):
        open_case = senders_open_case(t)  # a request again, no identifiers: the same case
        if open_case is not None and (continued := continue_case(t, open_case)):
            return continued
    case = new_case(t, CaseStatus.NEEDS_INFO)
    return proceed(t, case, ident)


# The chain, in order: the first step that returns a Verdict decides the message; its
# name is recorded on the message (``rule``, SPEC §4).
CHAIN: tuple[tuple[str, Step], ...] = (
    ("unreadable", unreadable),
    ("from-ourselves", from_ourselves),
    ("own-bounce", own_bounce),
    ("machine-mail", machine_mail),
    ("unanswerable", unanswerable),
    ("follow-up", follow_up),
    ("withdrawal", withdrawal),
    ("not-a-request", not_a_request),
    ("unsure", unsure),
    ("request", new_request),
)


# --- running the chain -------------------------------------------------------------------

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


# What processing writes to a message row, set or not. Rows of a flush whose UPDATEs name
# the same columns go to the database in one statement; otherwise (a question, then a
# cancellation, then a question ...) each row would be a statement of its own.
_WRITTEN = ("sender", "subject", "intent", "confidence", "language", "username",
            "account_number", "reason", "reason_code", "asks_refund", "extraction", "outcome",
            "flags", "rule", "status", "processed_at", "mailbox_state", "case_id")


def run_chain(batch: Batch, row: MessageRow, content: MailContent, extraction: Extraction
              ) -> Turn:
    """Run the chain on one recorded message and store what it decided."""
    started = time.perf_counter()
    _record(row, content, extraction)
    turn = Turn(batch, row, content, extraction)
    for name, step in CHAIN:
        decided = step(turn)
        if decided is not None:
            decided = turn.decided(decided)
            turn.apply(name, decided)
            turn.queue(decided.replies)
            break
    else:  # no step decided: a reply decided on the way still goes out
        turn.queue(turn.take_said())
    ctx = batch.ctx
    row.outcome = turn.outcome.value
    row.flags = list(turn.flags)
    row.rule = turn.rule
    row.status = "processed"
    row.processed_at = ctx.clock()
    if turn.move and row.source == "imap" and not ctx.dry_run:
        row.mailbox_state = "move"
    for column in _WRITTEN:  # every processed row writes the same columns: one executemany
        flag_modified(row, column)
    log.info("message processed", extra={"event": {
        "message_id": content.message_id, "intent": extraction.intent.value,
        "outcome": turn.outcome.value, "ms": round((time.perf_counter() - started) * 1000, 1)}})
    return turn
