"""What the case page shows, read off the case file: messages as text, decisions, history.

The sender's HTML is never shown: a message is shown as the plain text mailbot's
parser made of it (HTML converted to text), which the templates escape. Headers are
shown decoded, and escaped the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mailbot.parsing import parse_mime
from mailbot.review import reply_from_raw
from mailbot.store.models import AuditRow, DecisionRow, MessageRow, OutboxRow
from mailbot.store.queue import CaseFile

MAX_TEXT = 20_000  # characters of a message body shown; the rest is cut with a note


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
    auth_results: list[str]
    confidence: float | None
    evidence: list[dict[str, Any]]
    candidates: list[str]
    new_text: str
    flags: list[str]


@dataclass(frozen=True)
class DecisionView:
    row: DecisionRow
    clauses: list[str]
    explanation: list[str]
    renewals_charged: list[str]
    refund_inputs: dict[str, Any]

    @property
    def refund(self) -> str | None:
        r = self.row
        return f"{r.refund_amount:.2f} {r.refund_currency}" if r.refund_amount is not None \
            else None


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    what: str
    who: str
    detail: str


@dataclass
class CasePage:
    file: CaseFile
    messages: list[MessageView] = field(default_factory=list)
    decision: DecisionView | None = None
    decisions: list[DecisionView] = field(default_factory=list)
    replies: list[tuple[OutboxRow, str]] = field(default_factory=list)  # (row, its text)
    history: list[HistoryLine] = field(default_factory=list)


def case_page(file: CaseFile) -> CasePage:
    page = CasePage(file)
    page.messages = [message_view(m) for m in file.messages]
    page.decisions = [decision_view(d) for d in file.decisions]
    current = file.case.decision_id
    page.decision = next((d for d in page.decisions if d.row.id == current), None)
    page.replies = [(o, _reply_text(o)) for o in file.replies]
    page.history = [HistoryLine(at, what, who, _detail(obj)) for at, what, who, obj in
                    file.history]
    return page


def message_view(row: MessageRow) -> MessageView:
    extraction: dict[str, Any] = row.extraction or {}
    text, headers, had_html, error = "", [], False, row.error
    if row.raw:
        content = parse_mime(row.raw)
        text, headers, had_html = content.text, list(content.headers), content.html is not None
        error = error or content.error
    else:
        text = extraction.get("new_text") or "(the message's bytes are no longer stored)"
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + f"\n\n[… {len(text) - MAX_TEXT} more characters not shown]"
    auth = [v for k, v in headers if k.lower() in ("authentication-results",
                                                   "arc-authentication-results")]
    return MessageView(
        id=row.id, received_at=row.received_at, sender=row.sender, subject=row.subject,
        status=row.status, outcome=row.outcome, error=error, text=text, had_html=had_html,
        headers=headers, auth_results=auth, confidence=row.confidence,
        evidence=list(extraction.get("evidence") or []),
        candidates=[str(c) for c in extraction.get("candidates") or []],
        new_text=str(extraction.get("new_text") or ""), flags=list(row.flags or []))


def decision_view(row: DecisionRow) -> DecisionView:
    details: dict[str, Any] = row.details or {}
    return DecisionView(row, [str(c) for c in details.get("clauses") or []],
                        [str(x) for x in details.get("explanation") or []],
                        [str(x) for x in details.get("renewals_charged") or []],
                        dict(details.get("refund_inputs") or {}))


def _reply_text(row: OutboxRow) -> str:
    try:
        return reply_from_raw(row.raw).text
    except Exception:  # noqa: BLE001 - a stored reply we cannot read back is shown as such
        return "(this reply could not be read back)"


def _detail(obj: Any) -> str:
    if isinstance(obj, MessageRow):
        return f"{obj.subject} — {obj.outcome or obj.status}"
    if isinstance(obj, OutboxRow):
        return f"{obj.kind}: {obj.subject}"
    if isinstance(obj, DecisionRow):
        action = obj.action or "no action"
        return f"{obj.outcome} by rule {obj.rule} ({obj.policy}): {action}"
    if isinstance(obj, AuditRow):
        return ", ".join(f"{k}={v}" for k, v in (obj.details or {}).items() if v is not None)
    return ""
