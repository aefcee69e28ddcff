"""The outbox at the terminal: list what waits or failed, retry it, resume after the breaker."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from mailbot import safety
from mailbot.app import App
from mailbot.commands.common import actor_name, note, open_app, say
from mailbot.errors import Conflict, NotFound
from mailbot.store import outbox as outbox_store
from mailbot.store.cases import audit
from mailbot.store.models import OutboxRow

# Named by id; --all takes only failed ones (an unknown reply may have been delivered: the
# operator checks the server's log before sending it again).
RETRYABLE = ("failed", "bounced", "unknown", "pending")
COLUMNS = ("ID", "MAILBOX", "TO", "SUBJECT", "STATUS", "ATTEMPTS", "NEXT ATTEMPT", "LAST ERROR")


def cmd_outbox_list(args: argparse.Namespace) -> int:
    app = open_app(args)
    statuses = outbox_store.ATTENTION if args.failed else outbox_store.WAITING
    with app.db.session(readonly=True) as session:
        if not args.failed:
            for line in breaker_lines(safety.status(session)):
                say(line)
        rows, total = outbox_store.listing(session, statuses, mailbox=args.mailbox,
                                           limit=args.limit)
        if not rows:
            say("no unknown, failed or bounced replies" if args.failed
                else "no replies waiting")
            return 0
        for line in table([COLUMNS, *(_cells(row) for row in rows)]):
            say(line)
    if total > len(rows):
        say(f"{total - len(rows)} more not shown (--limit)")
    return 0


def breaker_lines(state: dict[str, Any]) -> list[str]:
    """The circuit breaker in a line, and one line per loop it holds replies for."""
    if state.get("open"):
        lines = [f"circuit breaker: OPEN, all sending paused: {state.get('reason', '')}"]
    else:
        lines = ["circuit breaker: closed (replies are sent)"]
    for hold in state.get("holds", []):
        lines.append(f"loop breaker holds {hold['replies']} repl"
                     f"{'y' if hold['replies'] == 1 else 'ies'} ({hold['key']}): "
                     f"{hold['reason']}")
    if state.get("open") or state.get("holds"):
        lines.append("run 'mailbot outbox resume' once the cause is dealt with")
    return lines


def _cells(row: OutboxRow) -> tuple[str, ...]:
    nxt = {"pending": _when(row.next_attempt_at), "claimed": "in flight",
           "sending": "in flight", "paused": "held",
           "unknown": "retry or mark-sent"}.get(row.status, "-")
    subject = row.subject if len(row.subject) <= 40 else row.subject[:39] + "…"
    error = " ".join((row.last_error or "-").split())
    return (str(row.id), row.mailbox, row.to_addr, subject, row.status, str(row.attempts),
            nxt, error)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%SZ") if moment else "-"


def table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell; the last column is not padded."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return ["  ".join([*(c.ljust(w) for c, w in zip(r, widths, strict=False)), r[-1]])
            for r in rows]


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    if bool(args.ids) == bool(args.all):
        return _usage("give reply ids or --all (not both)")
    app = open_app(args)
    with app.db.session() as session:
        ids = _check_named(session, args.ids) if args.ids else None
        rows = outbox_store.retry(session, ids, app.clock(), RETRYABLE if ids else ("failed",),
                                  mailbox=None if ids else args.mailbox)
        for row in rows:
            audit(session, f"cli:{actor_name()}", "reply_retried", case_id=row.case_id,
                  reply=row.id, to=row.to_addr, last_error=row.last_error)
        retried = [(row.id, row.mailbox) for row in rows]
    if not retried:
        say("no failed replies to retry")
        return 0
    say(f"{len(retried)} repl{'y' if len(retried) == 1 else 'ies'} queued for delivery now")
    return _deliver_now(app, retried)


def _check_named(session: Session, ids: list[int], statuses: Sequence[str] = RETRYABLE,
                 may: str = "only failed, bounced, unknown or queued replies can be retried"
                 ) -> list[int]:
    """Every id names a reply in one of these statuses; else one line saying why."""
    for row_id in ids:
        row = session.get(OutboxRow, row_id)
        if row is None:
            raise NotFound(f"no reply {row_id} in the outbox; see 'mailbot outbox list'")
        if row.status == "paused":
            raise Conflict(f"reply {row_id} is held by the loop breaker ({row.last_error}); "
                           "'mailbot outbox resume' releases it")
        if row.status not in statuses:
            raise Conflict(f"reply {row_id} is {row.status}; {may}")
    return ids


def _deliver_now(app: App, retried: list[tuple[int, str]]) -> int:
    """Send what is due in each mailbox concerned; report each retried reply's fate."""
    sent_from = set()
    for mailbox in sorted({box for _id, box in retried}):
        d = app.deliverer(app.runtime(mailbox))
        if d is None:
            note(f"mailbot: mailbox {mailbox} has no [smtp] section (or this is a dry run): "
                 "its replies stay queued for 'mailbot run'")
            continue
        d.deliver()
        sent_from.add(mailbox)
    code = 0
    with app.db.session(readonly=True) as session:
        for row_id, box in retried:
            if box not in sent_from:
                continue
            row = session.get(OutboxRow, row_id)
            assert row is not None
            if row.status == "sent":
                say(f"reply {row_id} to {row.to_addr}: sent")
                continue
            code = 1
            later = f" (next attempt {_when(row.next_attempt_at)})" \
                if row.status == "pending" else ""
            note(f"mailbot: reply {row_id} to {row.to_addr}: {row.status}{later}: "
                 f"{row.last_error or 'not sent yet'}")
    return code


def cmd_outbox_mark_sent(args: argparse.Namespace) -> int:
    """Unknown replies the operator found delivered in the SMTP server's log: sent."""
    app = open_app(args)
    with app.db.session() as session:
        _check_named(session, args.ids, ("unknown",), "only unknown replies can be marked sent")
        for row in outbox_store.record_sent(session, args.ids, app.clock()):
            audit(session, f"cli:{actor_name()}", "reply_marked_sent", case_id=row.case_id,
                  reply=row.id, to=row.to_addr, last_error=row.last_error)
            say(f"reply {row.id} to {row.to_addr}: recorded as sent")
    return 0


def cmd_outbox_resume(args: argparse.Namespace) -> int:
    app = open_app(args)
    was_open, released = safety.resume_all(app.db, actor_name(), now=app.clock())
    if not was_open and not released:
        say("sending was not paused; the breaker's counts restart from now")
        return 0
    say(f"sending resumed: {released} held repl{'y' if released == 1 else 'ies'} released"
        if released else "sending resumed")
    return 0


def _usage(message: str) -> int:
    note(f"usage: mailbot outbox retry (ID ... | --all)\nmailbot outbox retry: error: {message}")
    return 2
