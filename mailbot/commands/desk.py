"""The review desk and money at the terminal: review, reprocess, replies, refunds, terminate."""

from __future__ import annotations

import argparse
from datetime import date

from mailbot import desk_input, refunds, review
from mailbot.app import App
from mailbot.commands.common import actor_name, note, open_app, say
from mailbot.errors import InputError, MailbotError, NotFound
from mailbot.store import queue
from mailbot.store import refunds as refund_store
from mailbot.store.db import Database
from mailbot.store.models import RefundRow


# The operator at the terminal has every right the review UI's admins have.
def _actor() -> review.Actor:
    return review.Actor(name=actor_name(), role="admin")


def _deliver(app: App, mailbox: str) -> None:
    """Send what the action queued, now, when SMTP is configured."""
    d = app.deliverer(app.runtime(mailbox))
    if d is None:
        note("mailbot: no [smtp] section: the reply stays queued until 'mailbot run' sends it")
        return
    report = d.deliver()
    if report.unavailable:
        note(f"mailbot: the reply is queued, not sent yet: {report.unavailable}")


def _mailbox_of(db: Database, reference: str) -> str:
    with db.session(readonly=True) as session:
        found = queue.case_file(session, reference)
        if found is None:
            raise NotFound(f"no case {reference}; see 'mailbot review list'")
        return found.case.mailbox


def cmd_review_list(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.db.session(readonly=True) as session:
        counts = queue.counts(session)
        say("  ".join(f"{tab}: {n}" for tab, n in counts.items()))
        if args.tab == "failed":
            for msg in queue.failed_messages(session, limit=args.limit):
                say(f"message {msg.id}  {msg.received_at:%Y-%m-%d %H:%M}  {msg.sender or '-'}  "
                    f"{msg.status}: {(msg.error or '')[:80]}")
            return 0
        filters = desk_input.queue_filters(app.config, app.policies, tab=args.tab,
                                           flag=args.flag, mailbox=args.mailbox,
                                           search=args.search, limit=args.limit)
        for item in queue.cases(session, filters):
            ident = item.account_number or item.username or "-"
            proposed = f"  proposed: {item.proposed}" if item.proposed else ""
            refund = f"  refund {item.refund}" if item.refund else ""
            say(f"{item.reference}  {item.received_at:%Y-%m-%d %H:%M}  {item.sender}  "
                f"account {ident}  [{', '.join(item.flags)}]{proposed}{refund}")
    return 0


def cmd_review_show(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.db.session(readonly=True) as session:
        found = queue.case_file(session, args.reference)
        if found is None:
            raise NotFound(f"no case {args.reference}; see 'mailbot review list'")
        c = found.case
        say(f"case {c.reference} ({c.mailbox}): {c.status}  flags: {', '.join(c.flags) or '-'}")
        say(f"received {c.received_at.isoformat()} from {c.sender}")
        say(f"asked for: account {c.account_number or '-'}, username {c.username or '-'}, "
            f"refund {'yes' if c.asks_refund else 'no'}; reason: {c.reason or '-'} "
            f"({c.reason_code or '-'})")
        if found.account is not None:
            a = found.account
            say(f"account {a.account_number} ({a.username}, {a.email}): {a.plan}, {a.status}, "
                f"since {a.started_on}, {a.price} {a.currency}")
        for d in found.decisions:
            money = f"{d.refund_amount} {d.refund_currency}" if d.refund_amount is not None else "-"
            say(f"decision by {d.decided_by} at {d.created_at:%Y-%m-%d %H:%M}: {d.outcome} "
                f"({d.policy}, rule {d.rule}) action {d.action or '-'} effective "
                f"{d.effective_on or '-'} refund {money}")
        for r in found.refunds:
            say(f"refund {r.id}: {r.amount if r.amount is not None else '(to decide)'} "
                f"{r.currency} {r.status} due {r.due_on or '-'}")
        say("history:")
        for at, what, who, _obj in found.history:
            say(f"  {at:%Y-%m-%d %H:%M:%S}  {what:22}  {who}")
    return 0


def cmd_review_approve(args: argparse.Namespace) -> int:
    app = open_app(args)
    result = review.approve(app.chain_context(), args.reference, _actor(),
                            refund=desk_input.refund_amount(args.refund), note=args.note,
                            owner_not_verified=args.owner_not_verified, reason=args.reason)
    return _done(app, result, result.message, send=bool(result.replies))


def cmd_review_reject(args: argparse.Namespace) -> int:
    app = open_app(args)
    result = review.reject(app.chain_context(), args.reference, _actor(), args.note,
                           notify=not args.no_reply)
    return _done(app, result, f"rejected, {result.message}", send=bool(result.replies))


def cmd_review_correct(args: argparse.Namespace) -> int:
    app = open_app(args)
    result = review.correct(app.chain_context(), args.reference, _actor(),
                            account_number=args.account_number, username=args.username)
    return _done(app, result, f"{result.message}; approve with 'mailbot review approve "
                              f"{result.reference}'")


def cmd_review_resend(args: argparse.Namespace) -> int:
    app = open_app(args)
    result = review.resend_verification(app.chain_context(), args.reference, _actor())
    return _done(app, result, result.message, send=True)


def _done(app: App, result: review.Result, words: str, *, send: bool = False) -> int:
    """Say what a desk action did; with ``send``, deliver the replies it queued now."""
    say(f"{result.reference}: {words}")
    if send:
        _deliver(app, _mailbox_of(app.db, result.reference))
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    app = open_app(args)
    if not args.ids and not args.failed:
        raise InputError("name message ids, or use --failed")
    count = review.reprocess(app.chain_context(), _actor(), message_ids=args.ids or None,
                             failed=args.failed)
    say(f"{count} message(s) processed again")
    return 0


def cmd_replies_preview(args: argparse.Namespace) -> int:
    app = open_app(args)
    to, reply = review.preview(app.chain_context(), args.reference)
    say(f"To: {to}\nSubject: {reply.subject}\n\n{reply.text}")
    if args.html:
        say(reply.html)
    return 0


def cmd_accounts_terminate(args: argparse.Namespace) -> int:
    app = open_app(args)
    result = review.terminate(app.chain_context(), args.mailbox, args.account, args.reason,
                              _actor())
    return _done(app, result, f"{result.message}; approve with 'mailbot review approve "
                              f"{result.reference}'")


def cmd_refunds_list(args: argparse.Namespace) -> int:
    app = open_app(args)
    today = app.clock().astimezone(app.runtime().policy.zone).date()
    with app.db.session(readonly=True) as session:
        rows = refund_store.listing(session, due_by=today if args.due else None)
        if not rows:
            say("no refunds due" if args.due else "no open refunds")
        for row in rows:
            say(_refund_line(row, today))
    return 0


def _refund_line(r: RefundRow, today: date) -> str:
    """One refund as ``refunds list`` shows it; an approved one past its due day is OVERDUE."""
    overdue = " OVERDUE" if r.due_on and r.due_on < today and r.status == "approved" else ""
    amount = f"{r.amount} {r.currency}" if r.amount is not None else "(amount to decide)"
    return (f"refund {r.id}  case {r.case.reference}  {amount}  {r.status}  "
            f"requested {r.requested_at:%Y-%m-%d} by {r.requested_by}  "
            f"due {r.due_on or '-'}{overdue}")


def cmd_refunds_issue(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.db.session() as session:
        row = refunds.issue(session, args.id, f"admin:{actor_name()}", args.reference,
                            app.clock())
        say(f"refund {row.id}: issued ({row.amount} {row.currency}, reference {args.reference})")
    return 0


__all__ = ["MailbotError"]
