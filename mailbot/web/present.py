"""How the desk says things: times in the desk's zone, money with its currency, flags,
states and actions in words, and each history entry as a plain sentence.

Pure functions of values; the Jinja filters of the desk's templates are these.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from mailbot.flags import WORDS

FLAGS = WORDS  # one list: mailbot/flags.py
STATUSES = {
    "flagged": "Flagged", "pending_verification": "Pending verification",
    "needs_info": "Needs info", "disputed": "Disputed", "confirmed": "Confirmed",
    "rejected": "Rejected", "withdrawn": "Withdrawn", "expired": "Expired",
    "not_confirmed": "Not confirmed by owner", "duplicate": "Duplicate",
    # messages
    "received": "Received", "processed": "Processed", "failed": "Processing failed",
    "oversize": "Too large", "handled": "Handled",
    # outcomes, replies
    "needs_info_outcome": "Needs info", "ignored": "Ignored", "pending": "Queued",
    "sending": "Sending", "sent": "Sent", "held": "Held", "cancelled": "Cancelled",
    "suppressed": "Not sent (per-address limit)", "dry_run": "Not sent (dry run)",
    "paused": "Held by the loop breaker", "bounced": "Bounced",
    # refunds
    "requested": "To decide", "agent_approved": "Approved by an agent, awaiting an admin",
    "approved": "Approved", "issued": "Paid",
}
ACTIONS = {
    "block": "Close the trial account", "cancel_immediately": "Cancel now",
    "stop_renewal": "Stop renewal", "suspend": "Suspend (yearly plan)",
}
KINDS = {
    "confirmed_block": "confirmation (trial closed)",
    "confirmed_cancel_immediately": "confirmation (cancelled now)",
    "confirmed_stop_renewal": "confirmation (renewal stopped)",
    "confirmed_suspend": "confirmation (suspended)", "needs_info": "request for details",
    "pending_verification": "acknowledgement", "verification_request": "confirmation request",
    "flagged": "acknowledgement", "rejected": "rejection (already closed)",
    "duplicate": "already on file", "withdrawn": "withdrawal confirmed",
    "not_confirmed": "nothing cancelled (owner said no)",
    "verification_expired": "request expired", "terminated": "termination notice",
    "review_rejected": "rejection with a note", "dispute_received": "dispute acknowledged",
    "dispute_upheld": "dispute answered (outcome stands)",
    "dispute_refunded": "dispute answered (refund)",
}


def words(value: str | None, table: dict[str, str] | None = None) -> str:
    """A code word as words: from the table, else with underscores as spaces."""
    if not value:
        return "–"
    found = (table or {}).get(value) or STATUSES.get(value) or FLAGS.get(value)
    return found or value.replace("_", " ").capitalize()


def flag_words(flag: str) -> str:
    return FLAGS.get(flag) or flag.replace("_", " ").capitalize()


def local(moment: datetime | None, zone: ZoneInfo, seconds: bool = False) -> str:
    """A moment in the desk's zone, labelled: "2026-03-02 09:14 EST"."""
    if moment is None:
        return "–"
    here = moment.astimezone(zone)
    return f"{here:%Y-%m-%d %H:%M{':%S' if seconds else ''}} {here.tzname()}"


def money(amount: Decimal | str | None, currency: str | None) -> str:
    """"19.00 USD" (an amount without a currency never leaves the desk bare of one)."""
    if amount is None:
        return "–"
    return f"{Decimal(amount):.2f} {currency or '(currency unknown)'}"


def person(label: str | None) -> str:
    """Who did it, as a name: "agent:alice" -> "Alice"; mailbot stays mailbot."""
    if not label:
        return "someone"
    role, _, name = label.partition(":")
    if not name:
        return {"mailbot": "mailbot", "operator": "The operator"}.get(role, role)
    return name[:1].upper() + name[1:]


def role(label: str | None) -> str:
    role_name, _, name = (label or "").partition(":")
    return role_name if name else ""


def _quoted(text: Any) -> str:
    text = str(text or "").strip()
    return f"“{text[:300]}{'…' if len(text) > 300 else ''}”" if text else ""


def _changes(changes: dict[str, Any]) -> str:
    names = {"account_number": "the account number", "username": "the username",
             "asks_refund": "“asks for a refund”"}
    parts = []
    for key, pair in changes.items():
        old, new = [*pair, None, None][:2] if isinstance(pair, list | tuple) else (
            None, pair)
        show = {"None": "(none)", "True": "yes", "False": "no", "": "(none)"}
        if str(old) == str(new):
            continue
        parts.append(f"{names.get(key, key)} from {show.get(str(old), old)} to "
                     f"{show.get(str(new), new)}")
    return ", ".join(parts)


def audit_sentence(action: str, actor: str, details: dict[str, Any]) -> str:
    """One audit entry as a sentence a support agent reads."""
    who = person(actor)
    d = details or {}
    note = f": {_quoted(d.get('note'))}" if d.get("note") and d.get("note") != "bulk approval" \
        else (" (bulk approval)" if d.get("note") == "bulk approval" else "")
    refund = f", refund {d['refund']}" if d.get("refund") else ""
    amount = money(d.get("amount"), d.get("currency")) if d.get("amount") is not None else ""
    if action == "approved":
        line = f"{who} approved the case: {words(d.get('outcome'))}"
        if d.get("account_action"):
            line += f", {words(d['account_action'], ACTIONS).lower()}"
        line += refund
        if d.get("owner_not_verified"):
            line += (" — without the owner's confirmation, because "
                     f"{_quoted(d.get('unverified_reason'))}")
        return line + note
    if action == "corrected":
        proposal = f"; the policy now proposes {d['proposal']}" if d.get("proposal") else ""
        return f"{who} corrected {_changes(d.get('changes') or {}) or 'the case'}{proposal}"
    sentences = {
        "approved_pending_admin": f"{who} approved the refund of {amount or d.get('amount')};"
                                  " it waits for an admin's approval",
        "rejected": f"{who} rejected the case{note}",
        "verification_requested": f"mailbot asked the account's owner ({d.get('owner')}) to "
                                  "confirm the request",
        "verification_resent": f"{who} sent the confirmation request again"
                               + (f" to {d['to']}" if d.get("to") else ""),
        "verification_resend_suppressed": f"{who} tried to resend the confirmation request; "
                                          "the per-address limit suppressed it",
        "verification_expired": "The owner did not confirm in time: the request expired",
        "owner_confirmed": f"The owner ({d.get('owner')}) confirmed the request",
        "owner_declined": f"The owner ({d.get('owner')}) said no: nothing was changed",
        "owner_answer_unclear": f"The owner ({d.get('owner')}) answered, but not clearly: a "
                                "person decides",
        "flagged": "mailbot held the case for a person: "
                   + ", ".join(flag_words(f) for f in d.get("flags") or ()),
        "sender_authenticated": f"The sender's address was authenticated ({d.get('detail')})",
        "sender_unauthenticated": "The sender's address could not be authenticated "
                                  f"({d.get('detail')})",
        "refund_approved": f"{who} approved the refund of {amount}"
                           + (f", to be paid by {d['due_on']}" if d.get("due_on") else ""),
        "refund_agent_approved": f"{who} gave the first approval of the refund of {amount}",
        "refund_rejected": f"{who} refused the refund{note}",
        "refund_issued": f"{who} recorded the refund of {amount} as paid"
                         + (f" (payment reference {d['reference']})" if d.get("reference")
                            else ""),
        "termination_requested": f"{who} asked to terminate the account: "
                                 f"{_quoted(d.get('reason'))}{refund}",
        "withdrawn": "The customer withdrew the request",
        "follow_up_on_closed_case": "The customer wrote about the closed case",
        "dispute_received": "The customer disputed the case (it was "
                            f"{words(d.get('previous_status')).lower()})",
        "dispute_reopened": f"{who} reopened the disputed case{note}",
        "dispute_upheld": f"{who} upheld the earlier outcome{note}",
        "dispute_refunded": f"{who} settled the dispute with a refund of {amount}{note}",
        "dispute_refund_pending_admin": f"{who} approved a refund of {amount} for the dispute;"
                                        " it waits for an admin's approval",
        "reply_suppressed": f"A {KINDS.get(d.get('kind', ''), 'reply')} to {d.get('to')} was "
                            "not sent: the per-address limit was reached",
        "reply_dry_run": f"A {KINDS.get(d.get('kind', ''), 'reply')} to {d.get('to')} was not "
                         "sent (dry run)",
        "reply_not_sent": f"No reply was sent: {d.get('reason')}",
        "reprocess": f"{who} had the message(s) processed again",
        "message_handled": f"{who} marked a message handled{note}",
    }
    if action in sentences:
        return sentences[action]
    rest = "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in d.items() if v not in (None, ""))
    return f"{who}: {action.replace('_', ' ')}" + (f" ({rest})" if rest else "")


def raw_details(details: dict[str, Any] | None) -> str:
    """The audit entry as recorded (for the "as recorded" disclosure)."""
    return ", ".join(f"{k}={v}" for k, v in (details or {}).items() if v is not None)


def day(value: date | None) -> str:
    return value.isoformat() if value else "–"
