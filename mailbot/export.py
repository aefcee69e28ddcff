"""The export (SPEC §4): one record per processed inbound message, as JSON lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from mailbot.store import inbound
from mailbot.store import outbox as outbox_store
from mailbot.store.models import DecisionRow, MessageRow

FIELDS = (
    "message_id",
    "received_at",
    "sender",
    "intent",
    "username",
    "account_number",
    "reason",
    "reason_code",
    "outcome",
    "flags",
    "account_action",
    "effective_on",
    "refund",
    "policy",
    "request_id",
    "reply_message_ids",
    "rule",
)
# A queued reply's Message-ID is already fixed; a reply held by the loop breaker is still
# queued, and a bounced one was sent.
REPLY_STATUSES = ("pending", "claimed", "sending", "sent", "paused", "unknown", "bounced")
_CHUNK = 1000


def _record(msg: MessageRow, decision: DecisionRow | None, case_ref: str | None,
            replies: list[str]) -> dict[str, Any]:
    refund = None
    if decision is not None and decision.refund_amount is not None:
        refund = {"amount": f"{decision.refund_amount:.2f}", "currency": decision.refund_currency}
    return {
        "message_id": msg.message_id or None,
        "received_at": msg.received_at.isoformat(),
        "sender": msg.sender or None,
        "intent": msg.intent,
        "username": msg.username,
        "account_number": msg.account_number,
        "reason": msg.reason,
        "reason_code": msg.reason_code,
        "outcome": msg.outcome,
        "flags": list(msg.flags or []),
        "account_action": decision.action if decision else None,
        "effective_on": decision.effective_on.isoformat()
        if decision and decision.effective_on else None,
        "refund": refund,
        "policy": decision.policy if decision else None,
        "request_id": case_ref,
        "reply_message_ids": replies,
        "rule": msg.rule,
    }


def records(session: Session, mailbox: str | None = None) -> Iterator[dict[str, Any]]:
    """Every processed message, oldest first, streamed in chunks."""
    last_id = 0
    while chunk := inbound.processed_after(session, last_id, _CHUNK, mailbox):
        ids = [msg.id for msg, _d, _r in chunk]
        replies = outbox_store.reply_ids_by_inbound(session, ids, REPLY_STATUSES)
        for msg, decision, reference in chunk:
            yield _record(msg, decision, reference, replies.get(msg.id, []))
        last_id = ids[-1]
        session.expunge_all()


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return f"{value['amount']} {value['currency']}"
    return str(value)


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    n = 0
    for row in rows:
        writer.writerow([_csv_cell(row[f]) for f in FIELDS])
        n += 1
    return n
