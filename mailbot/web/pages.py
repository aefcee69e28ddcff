"""The queue and case pages and their actions: thin views over store.queue and review."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from mailbot import desk_input, review
from mailbot.errors import InputError, MailbotError
from mailbot.store import queue
from mailbot.web.auth import actor, require_login, safe_next
from mailbot.web.bulk import bulk_approve
from mailbot.web.casepage import case_page
from mailbot.web.factory import desk

bp = Blueprint("pages", __name__)
bp.before_request(require_login)
PAGE_SIZE = 50
AGES = (("", "any age"), ("1", "older than 1 day"), ("2", "older than 2 days"),
        ("7", "older than a week"), ("14", "older than 2 weeks"), ("30", "older than 30 days"))
TAB_NAMES = {"flagged": "Flagged", "pending_verification": "Pending verification",
             "needs_info": "Needs info", "failed": "Failed"}


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
            app, tab=tab, flag=args.get("flag") or None, mailbox=args.get("mailbox") or None,
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
            "queue.html", tab=tab, tabs=TAB_NAMES, counts=counts, items=items[:PAGE_SIZE],
            failed=rows[:PAGE_SIZE], filters=filters, age=age, ages=AGES,
            flags=desk_input.known_flags(app), mailboxes=mailboxes, page=page, more=more,
            query=query, max_note=desk_input.MAX_NOTE, max_search=desk_input.MAX_SEARCH)


@bp.route("/queue/approve", methods=["POST"])
def bulk_approve_view() -> Any:
    d = desk()
    form = request.form
    lines = bulk_approve(d.app, form.getlist("ref"), actor(),
                         owner_not_verified=form.get("owner_not_verified") == "1",
                         reason=form.get("reason"))
    for line in lines:
        flash(f"{line.reference}: {line.message}", "ok" if line.ok else "error")
        if line.replies:
            d.courier.after(line.reference)
    return redirect(safe_next(request.form.get("back")))


@bp.route("/messages/reprocess", methods=["POST"])
def reprocess_view() -> Any:
    ids = [int(x) for x in request.form.getlist("id") if x.isdigit()]
    try:
        count = review.reprocess(desk().app, actor(), message_ids=ids or None,
                                 failed=request.form.get("all") == "1")
        flash(f"{count} message(s) processed again", "ok")
    except MailbotError as exc:
        flash(str(exc), "error")
    for mailbox in {box.name for box in desk().app.config.mailbox_configs()}:
        desk().courier.nudge(mailbox)
    return redirect(url_for("pages.queue_page", tab="failed"))


@bp.route("/cases/<ref>")
def case_view(ref: str) -> Any:
    app = desk().app
    with app.db.session(readonly=True) as session:
        found = queue.case_file(session, ref)
        if found is None:
            abort(404, f"No case {ref}.")
        is_open = found.case.status in review.OPEN
        unverified = review.owner_unverified(session, found.case, found.account) \
            if is_open else None
        preview, preview_error = None, None
        try:
            preview = review.preview(app, found.case.reference)
        except MailbotError as exc:
            preview_error = str(exc)
        return render_template("case.html", page=case_page(found), c=found.case,
                               preview=preview, preview_error=preview_error,
                               is_open=is_open, unverified=unverified,
                               max_note=desk_input.MAX_NOTE,
                               four_eyes=app.config.review.four_eyes_refund)


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
        desk().app, ref, actor(), refund=desk_input.refund_amount(form.get("refund")),
        note=form.get("note"), owner_not_verified=form.get("owner_not_verified") == "1",
        reason=form.get("reason")))


@bp.route("/cases/<ref>/reject", methods=["POST"])
def reject_view(ref: str) -> Any:
    form = request.form
    return _act(ref, "reject", lambda: review.reject(
        desk().app, ref, actor(), form.get("note", ""), notify=form.get("notify") == "1"))


@bp.route("/cases/<ref>/correct", methods=["POST"])
def correct_view(ref: str) -> Any:
    form = request.form
    refund = {"yes": True, "no": False}.get(form.get("asks_refund", ""))
    return _act(ref, "correct", lambda: review.correct(
        desk().app, ref, actor(), account_number=form.get("account_number") or None,
        username=form.get("username") or None, asks_refund=refund))


@bp.route("/cases/<ref>/resend-verification", methods=["POST"])
def resend_view(ref: str) -> Any:
    return _act(ref, "resend verification",
                lambda: review.resend_verification(desk().app, ref, actor()))

