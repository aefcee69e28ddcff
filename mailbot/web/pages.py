"""The queue and case pages and their actions: thin views over store.queue and review."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from mailbot import desk_input, disputes, refunds, review
from mailbot.domain import CaseStatus
from mailbot.errors import InputError, MailbotError
from mailbot.previews import header_content, previews
from mailbot.store import cases as case_store
from mailbot.store import queue
from mailbot.store.models import AccountRow, MessageRow
from mailbot.web.auth import actor, require_login, safe_next
from mailbot.web.bulk import bulk_approve
from mailbot.web.casepage import case_page, message_view
from mailbot.web.factory import desk

_Row = TypeVar("_Row")
bp = Blueprint("pages", __name__)
bp.before_request(require_login)
PAGE_SIZE = 50
AGES = (("", "any age"), ("1", "older than 1 day"), ("2", "older than 2 days"),
        ("7", "older than a week"), ("14", "older than 2 weeks"), ("30", "older than 30 days"))
TAB_NAMES = {"flagged": "Flagged", "pending_verification": "Pending verification",
             "needs_info": "Needs info", "disputed": "Disputed", "failed": "Failed"}
TAB_HINTS = {
    "flagged": "Held for a person: approve (with the refund, where one is due), correct the "
               "account, or reject with a note.",
    "pending_verification": "Waiting for the account's owner to confirm: resend the request, "
                            "or approve after verifying the owner another way.",
    "needs_info": "Waiting for the customer's details: correct the case when they arrive "
                  "elsewhere, or reject it.",
    "disputed": "The customer disputes a decided case: reopen it, uphold the outcome, or "
                "settle it with a refund.",
    "failed": "Messages a person must look at: open one to see why, reprocess it, or mark it "
              "handled.",
}


@bp.route("/")
def home() -> Any:
    return redirect(url_for("pages.queue_page"))


@bp.route("/queue")
def queue_page() -> Any:
    app = desk().app
    args = request.args
    tab = args.get("tab", "flagged")
    if tab not in queue.TABS:
        abort(404, f"no tab {tab!r}")
    page = min(max(1, args.get("page", 1, type=int) or 1), 100_000)
    age = args.get("older_than", "")
    age = age if age in dict(AGES) else ""
    query = args.get("q", "")
    try:
        filters = desk_input.queue_filters(
            app.config, app.policies, tab=tab, flag=args.get("flag") or None,
            mailbox=args.get("mailbox") or None,
            search=query, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE,
            received_before=app.clock() - timedelta(days=int(age)) if age.isdigit() else None)
    except InputError as exc:  # shown, and the tab is listed unfiltered
        flash(f"Filter not applied: {exc}", "error")
        filters, age, query = queue.Filters(tab=tab, limit=PAGE_SIZE + 1), "", ""
        page = 1
    mailboxes = [(box.name, box.policy.preset or "own policy")
                 for box in app.config.mailbox_configs()]
    with app.db.session(readonly=True) as session:
        counts = queue.counts(session)
        if tab == "failed":
            rows = queue.failed_messages(session, limit=PAGE_SIZE + 1, offset=filters.offset)
            items = []
        else:
            rows, items = [], queue.cases(session, filters)
        more = len(rows if tab == "failed" else items) > PAGE_SIZE
        return render_template(
            "queue.html", tab=tab, tabs=TAB_NAMES, hint=TAB_HINTS[tab], counts=counts,
            items=items[:PAGE_SIZE], failed=[(m, attention(m)) for m in rows[:PAGE_SIZE]],
            filters=filters, age=age, ages=AGES, flags=desk_input.known_flags(app.policies()),
            mailboxes=mailboxes, page=page, more=more, query=query,
            max_note=desk_input.MAX_NOTE, max_search=desk_input.MAX_SEARCH)


def attention(m: MessageRow) -> str:
    """Why a message in the "failed" tab needs a person, in words (never empty)."""
    flags = set(m.flags or ())
    if m.status == "oversize":
        return (f"Too large to process ({m.size:,} bytes; [imap] max_message_bytes): read it "
                "in the mailbox")
    if m.status == "failed":
        return f"Processing failed: {m.error or 'no error was recorded'}"
    if "unparseable" in flags or m.case_id is None:
        why = (m.extraction or {}).get("error") or m.error or "its bytes are not an email"
        return f"Unreadable: {why}"
    if "follow_up" in flags and m.case is not None:
        return (f"A message about case {m.case.reference}, which is "
                f"{m.case.status.replace('_', ' ')}: answer it, then mark it handled")
    return m.error or "Held for a person"


@bp.route("/queue/approve", methods=["POST"])
def bulk_approve_view() -> Any:
    d = desk()
    form = request.form
    amounts = {key[len("refund-"):]: value for key, value in form.items()
               if key.startswith("refund-")}
    lines = bulk_approve(d.chain(), form.getlist("ref"), actor(),
                         owner_not_verified=form.get("owner_not_verified") == "1",
                         reason=form.get("reason"), amounts=amounts)
    for line in lines:
        flash(f"{line.reference}: {line.message}", "ok" if line.ok else "error")
        if line.replies:
            d.courier.after(line.reference)
    return redirect(safe_next(request.form.get("back")))


@bp.route("/messages/reprocess", methods=["POST"])
def reprocess_view() -> Any:
    ids = [int(x) for x in request.form.getlist("id") if x.isdigit()]
    try:
        count = review.reprocess(desk().chain(), actor(), message_ids=ids or None,
                                 failed=request.form.get("all") == "1")
        flash(f"{count} message(s) processed again", "ok")
    except MailbotError as exc:
        flash(str(exc), "error")
    for mailbox in {box.name for box in desk().app.config.mailbox_configs()}:
        desk().courier.nudge(mailbox)
    back = request.form.get("back")
    return redirect(safe_next(back) if back else url_for("pages.queue_page", tab="failed"))


def found_or_404(value: _Row | None, what: str) -> _Row:
    """The row looked up, or a 404 page naming what was not found."""
    if value is None:
        abort(404, f"No {what}.")
    return value


@bp.route("/messages/<int:message_id>")
def message_page(message_id: int) -> Any:
    app = desk().app
    with app.db.session(readonly=True) as session:
        row = found_or_404(session.get(MessageRow, message_id), f"message {message_id}")
        waiting = queue.needs_attention(session, row.id)
        return render_template("message.html", m=message_view(row, app.config.security),
                               row=row, why=attention(row) if waiting else None,
                               waiting=waiting, max_note=desk_input.MAX_NOTE)


@bp.route("/messages/<int:message_id>/handled", methods=["POST"])
def dismiss_view(message_id: int) -> Any:
    try:
        result = review.dismiss(desk().app.db, message_id, actor(), request.form.get("note", ""))
        flash(f"message {message_id}: {result.message}", "ok")
    except MailbotError as exc:
        flash(f"mark handled: {exc}", "error")
        return redirect(url_for("pages.message_page", message_id=message_id))
    return redirect(url_for("pages.queue_page", tab="failed"))


@bp.route("/cases/<ref>")
def case_view(ref: str) -> Any:
    app = desk().app
    with app.db.session(readonly=True) as session:
        found = found_or_404(queue.case_file(session, ref), f"case {ref}")
        case = found.case
        is_open = case.status in review.OPEN
        unverified = review.owner_unverified(session, case, found.account) \
            if is_open else None
        first = found.messages[0] if found.messages else None
        emails = previews(desk().chain(), case.reference, first=header_content(first.raw)
                          if first is not None and first.raw else None)
        resend_blocked = review.resend_blocked(
            session, case, found.account, security=app.config.security, now=app.clock(),
            zone=app.config.desk_zone) if case.status == CaseStatus.PENDING_VERIFICATION else None
        candidates = review.candidates(session, case) if is_open else []
        page = case_page(found, app.config.security)
        due = refund_due(page, emails)
        return render_template(
            "case.html", page=page, c=case, emails=emails, is_open=is_open,
            unverified=unverified, resend_blocked=resend_blocked, candidates=candidates,
            refund_due=due, paid=queue.paid_in_period(found.account) if found.account
            else None, max_note=desk_input.MAX_NOTE,
            four_eyes=app.config.review.four_eyes_refund,
            preview_url=url_for("pages.preview_json", ref=case.reference))


def refund_due(page: Any, emails: dict[str, Any]) -> bool:
    """Is a refund at stake when approving (so the form asks for an amount)?"""
    c = page.file.case
    if page.file.account is None or "approve" not in emails:
        return False
    refund = page.refund
    return bool({"refund_review", "termination_review"} & set(c.flags)) or c.asks_refund or (
        refund is not None and refund.status in ("requested", "agent_approved"))


@bp.route("/cases/<ref>/preview")
def preview_json(ref: str) -> Any:
    """The email one action would send, with what the person typed (for the live preview)."""
    app = desk().app
    action = request.args.get("action", "approve")
    try:
        amount = desk_input.refund_amount(request.args.get("refund") or None)
        note = desk_input.limited(request.args.get("note"), "note")
    except InputError as exc:
        return {"error": str(exc)}, 400
    try:
        if amount is not None and amount > 0:
            with app.db.session(readonly=True) as session:
                case = case_store.by_reference(session, ref)
                account = session.get(AccountRow, case.account_id) \
                    if case is not None and case.account_id else None
                if account is not None:
                    refunds.check_amount(amount, None, account)
        found = previews(desk().chain(), ref, refund=amount, note=note, only=action)
    except InputError as exc:
        return {"error": str(exc)}, 400
    except MailbotError as exc:
        return {"error": str(exc)}, 404
    shown = found.get(action)
    if shown is None:
        return {"error": f"no {action} email for case {ref} in its state"}, 404
    return {"action": action, "to": shown.to, "problem": shown.problem, "hint": shown.hint,
            "subject": shown.reply.subject if shown.reply else "",
            "text": shown.reply.text if shown.reply else ""}


def _act(ref: str, action: str, fn: Any) -> Any:
    """Run one review action; its message (or error) is flashed, replies sent after commit."""
    d = desk()
    try:
        result = fn()
    except MailbotError as exc:
        flash(f"{action}: {exc}", "error")
    else:
        flash(f"{action}: {result.message}", "ok")
        if result.replies:
            d.courier.after(result.reference)
    return redirect(url_for("pages.case_view", ref=ref))


@bp.route("/cases/<ref>/approve", methods=["POST"])
def approve_view(ref: str) -> Any:
    form = request.form
    return _act(ref, "approve", lambda: review.approve(
        desk().chain(), ref, actor(), refund=desk_input.refund_amount(form.get("refund")),
        currency=desk_input.refund_currency(form.get("currency")),
        note=form.get("note"), owner_not_verified=form.get("owner_not_verified") == "1",
        reason=form.get("reason")))


@bp.route("/cases/<ref>/reject", methods=["POST"])
def reject_view(ref: str) -> Any:
    form = request.form
    return _act(ref, "reject", lambda: review.reject(
        desk().chain(), ref, actor(), form.get("note", ""), notify=form.get("notify") == "1"))


@bp.route("/cases/<ref>/correct", methods=["POST"])
def correct_view(ref: str) -> Any:
    form = request.form
    refund = {"yes": True, "no": False}.get(form.get("asks_refund", ""))
    return _act(ref, "correct", lambda: review.correct(
        desk().chain(), ref, actor(), account_number=form.get("account_number") or None,
        username=form.get("username") or None, asks_refund=refund))


@bp.route("/cases/<ref>/resend-verification", methods=["POST"])
def resend_view(ref: str) -> Any:
    return _act(ref, "resend verification",
                lambda: review.resend_verification(desk().chain(), ref, actor()))


@bp.route("/cases/<ref>/dispute/reopen", methods=["POST"])
def reopen_view(ref: str) -> Any:
    return _act(ref, "reopen", lambda: disputes.reopen(desk().chain(), ref, actor(),
                                                       request.form.get("note")))


@bp.route("/cases/<ref>/dispute/uphold", methods=["POST"])
def uphold_view(ref: str) -> Any:
    return _act(ref, "uphold", lambda: disputes.uphold(desk().chain(), ref, actor(),
                                                       request.form.get("note", "")))


@bp.route("/cases/<ref>/dispute/refund", methods=["POST"])
def dispute_refund_view(ref: str) -> Any:
    form = request.form
    return _act(ref, "refund", lambda: disputes.refund(
        desk().chain(), ref, actor(), desk_input.refund_amount(form.get("refund")),
        desk_input.refund_currency(form.get("currency")), form.get("note")))
