"""What the case page shows, read off the case file: messages as text, attachments as a
list, Authentication-Results with the ones mailbot trusted, decisions, history in words.

The sender's HTML is never shown: a message is shown as the plain text mailbot's
parser made of it (HTML converted to text), which the templates escape. Headers are
shown decoded, and escaped the same way. Attachments are listed (name, type, size),
never rendered and never served.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mailbot.authentication import from_results
from mailbot.config import SecurityConfig
from mailbot.parsing import parse_mime
from mailbot.review import reply_from_raw
from mailbot.store.models import AuditRow, DecisionRow, MessageRow, OutboxRow, RefundRow
from mailbot.store.queue import CaseFile
from mailbot.web import mimescan, present

MAX_TEXT = 20_000  # characters of a message body shown; the rest is cut with a note
_ID = re.compile(r"\s*(?:\([^()]*\)\s*)*([^\s;()]+)")


@dataclass(frozen=True)
class AuthHeader:
    """One Authentication-Results header, top first, and what mailbot made of it."""

    position: int
    server: str  # the authserv-id: which server added it
    value: str
    trusted: bool  # mailbot read this one (SPEC §9)
    note: str


@dataclass(frozen=True)
class MessageView:
    id: int
    received_at: datetime
    sender: str
    subject: str
    status: str
    outcome: str | None
    error: str | None
    text: str
    had_html: bool
    headers: list[tuple[str, str]]
    auth: list[AuthHeader]
    auth_verdict: str
    arc: list[str]
    attachments: list[mimescan.Attachment]
    confidence: float | None
    evidence: list[dict[str, Any]]
    candidates: list[str]
    new_text: str
    flags: list[str]
    size: int


@dataclass(frozen=True)
class DecisionView:
    row: DecisionRow
    clauses: list[str]
    explanation: list[str]
    renewals_charged: list[str]
    refund_inputs: dict[str, Any]
    currency: str  # the refund's, else the account's

    @property
    def refund(self) -> str | None:
        r = self.row
        return present.money(r.refund_amount, r.refund_currency or self.currency) \
            if r.refund_amount is not None else None


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    who: str
    role: str
    sentence: str
    recorded: str  # the entry as stored, for the "as recorded" disclosure


@dataclass
class CasePage:
    file: CaseFile
    messages: list[MessageView] = field(default_factory=list)
    decision: DecisionView | None = None
    decisions: list[DecisionView] = field(default_factory=list)
    replies: list[tuple[OutboxRow, str]] = field(default_factory=list)  # (row, its text)
    history: list[HistoryLine] = field(default_factory=list)
    refund: RefundRow | None = None  # the latest refund, if any
    currency: str = ""  # the account's

    def refund_money(self, row: RefundRow) -> str:
        if row.amount is None:
            return f"amount to decide ({row.currency or self.currency})"
        return present.money(row.amount, row.currency or self.currency)


def case_page(file: CaseFile, security: SecurityConfig) -> CasePage:
    currency = file.account.currency if file.account is not None else ""
    page = CasePage(file, currency=currency)
    page.messages = [message_view(m, security) for m in file.messages]
    page.decisions = [decision_view(d, currency) for d in file.decisions]
    current = file.case.decision_id
    page.decision = next((d for d in page.decisions if d.row.id == current), None)
    page.replies = [(o, _reply_text(o)) for o in file.replies]
    page.history = [_history(at, what, who, obj, currency) for at, what, who, obj in
                    file.history]
    page.refund = file.refunds[-1] if file.refunds else None
    return page


def message_view(row: MessageRow, security: SecurityConfig) -> MessageView:
    extraction: dict[str, Any] = row.extraction or {}
    text, headers, had_html, error = "", [], False, row.error
    sender = row.sender
    attachments: list[mimescan.Attachment] = []
    cut = 0
    if row.raw:
        # The parser reads the message without its attachments' bytes: the same text,
        # headers and errors, in milliseconds for a message of megabytes.
        found = mimescan.scan(row.raw)
        attachments, cut = found.attachments, found.cut
        content = parse_mime(found.skeleton)
        text, headers, had_html = content.text, list(content.headers), content.html is not None
        error = error or content.error
        sender = sender or content.sender
        if content.error:
            # Unreadable: its bytes as text, control characters made visible as "�".
            text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "\ufffd",
                          row.raw[:MAX_TEXT].decode("utf-8", "replace"))
    else:
        text = extraction.get("new_text") or "(the message's bytes are no longer stored)"
    error = error or extraction.get("error")
    if len(text) > MAX_TEXT or cut:
        more = f"{len(text) - MAX_TEXT:,} more characters" if not cut else \
            f"the rest of the text ({(len(text) - MAX_TEXT + cut) / 1024:,.0f} KB or so)"
        text = text[:MAX_TEXT] + f"\n\n[… {more} not shown]"
    auth, verdict = auth_headers(headers, security, sender)
    arc = [v for k, v in headers if k.lower() == "arc-authentication-results"]
    return MessageView(
        id=row.id, received_at=row.received_at, sender=row.sender, subject=row.subject,
        status=row.status, outcome=row.outcome, error=error, text=text, had_html=had_html,
        headers=headers, auth=auth, auth_verdict=verdict, arc=arc, attachments=attachments,
        confidence=row.confidence, evidence=list(extraction.get("evidence") or []),
        candidates=[str(c) for c in extraction.get("candidates") or []],
        new_text=str(extraction.get("new_text") or ""), flags=list(row.flags or []),
        size=row.size)


def auth_headers(headers: list[tuple[str, str]], security: SecurityConfig, sender: str
                 ) -> tuple[list[AuthHeader], str]:
    """Each Authentication-Results header with the server that added it and whether
    mailbot trusted it (``authentication.from_results``: the topmost ones carrying a
    trusted authserv-id), and the verdict in words."""
    values = [v for k, v in headers if k.lower() == "authentication-results"]
    trusted_ids = {i.strip().lower() for i in security.trusted_authserv_id}
    verdict_text, read = "", set()
    if trusted_ids:
        verdict = from_results(headers, tuple(trusted_ids), sender or "")
        read = set(verdict.trusted)
        verdict_text = ("authenticated: " if verdict.authenticated else
                        "not authenticated: ") + verdict.detail
    elif security.verify_dkim:
        verdict_text = ("no trusted_authserv_id: mailbot checks DKIM and DMARC itself and "
                        "reads none of these headers")
    else:
        verdict_text = ("neither trusted_authserv_id nor verify_dkim is set: the From "
                        "address is believed and none of these headers is read")
    out = []
    for i, value in enumerate(values):
        match = _ID.match(value)
        server = match.group(1) if match else "(unreadable)"
        if i in read:
            note = "trusted: mailbot read this one"
        elif not trusted_ids:
            note = "not read"
        elif server.lower() in trusted_ids:
            note = "not read: below a header from another server (could be forged)"
        else:
            note = "not read: added by a server mailbot does not trust"
        out.append(AuthHeader(i + 1, server, value, i in read, note))
    return out, verdict_text


def size_words(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def decision_view(row: DecisionRow, currency: str = "") -> DecisionView:
    details: dict[str, Any] = row.details or {}
    return DecisionView(row, [str(c) for c in details.get("clauses") or []],
                        [str(x) for x in details.get("explanation") or []],
                        [str(x) for x in details.get("renewals_charged") or []],
                        dict(details.get("refund_inputs") or {}), currency)


def _reply_text(row: OutboxRow) -> str:
    try:
        return reply_from_raw(row.raw).text
    except Exception:  # a stored reply we cannot read back is shown as such
        return "(this reply could not be read back)"


def _history(at: datetime, what: str, who: str, obj: Any, currency: str) -> HistoryLine:
    if isinstance(obj, MessageRow):
        outcome = present.words(obj.outcome or obj.status).lower()
        flags = ", ".join(present.flag_words(f) for f in obj.flags or ())
        return HistoryLine(at, obj.sender or "(no sender)", "", f"Message from "
                           f"{obj.sender or '(no sender)'}: {present._quoted(obj.subject)} — "
                           f"{outcome}{f' ({flags})' if flags else ''}", "")
    if isinstance(obj, OutboxRow):
        kind = present.KINDS.get(obj.kind, obj.kind.replace("_", " "))
        state = present.words(obj.status).lower()
        return HistoryLine(at, "mailbot", "", f"Reply to {obj.to_addr} ({kind}): "
                           f"{present._quoted(obj.subject)} — {state}", "")
    if isinstance(obj, DecisionRow):
        action = present.words(obj.action, present.ACTIONS).lower() if obj.action else \
            "no action"
        refund = present.money(obj.refund_amount, obj.refund_currency or currency) \
            if obj.refund_amount is not None else "no refund"
        verb = "proposed" if obj.outcome == "flagged" else "decided"
        effective = f" from {obj.effective_on}" if obj.effective_on else ""
        return HistoryLine(at, present.person(who), present.role(who),
                           f"{present.person(who)} {verb}: {present.words(obj.outcome).lower()}"
                           f", {action}{effective}, {refund} (policy {obj.policy}, rule "
                           f"{obj.rule})", "")
    if isinstance(obj, AuditRow):
        return HistoryLine(at, present.person(who), present.role(who),
                           present.audit_sentence(obj.action, obj.actor, obj.details or {}),
                           present.raw_details(obj.details))
    return HistoryLine(at, present.person(who), present.role(who), what, "")
