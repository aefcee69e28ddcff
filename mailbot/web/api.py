"""The JSON API: the queue, one case, approve and reject; bearer tokens; an OpenAPI 3 document."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, request

from mailbot import desk_input, review
from mailbot.errors import Conflict, InputError, MailbotError, NotFound
from mailbot.store import queue
from mailbot.web.auth import actor, require_token
from mailbot.web.factory import desk
from mailbot.web.openapi import document

bp = Blueprint("api", __name__, url_prefix="/api/v1")
PUBLIC = {"api.openapi"}


@bp.before_request
def _auth() -> Any:
    return None if request.endpoint in PUBLIC else require_token()


@bp.route("/openapi.json")
def openapi() -> Any:
    return document()


@bp.route("/cases")
def list_cases() -> Any:
    app = desk().app
    tab = request.args.get("tab", "flagged")
    if tab not in queue.TABS:
        abort(400, f"tab must be one of {', '.join(queue.TABS)}")
    limit = min(max(request.args.get("limit", 50, type=int) or 50, 1), 500)
    offset = min(max(request.args.get("offset", 0, type=int) or 0, 0), 10**9)
    with app.db.session(readonly=True) as session:
        counts = queue.counts(session)
        if tab == "failed":
            messages = queue.failed_messages(session, limit=limit, offset=offset)
            return {"tab": tab, "counts": counts, "messages": [
                {"id": m.id, "received_at": m.received_at.isoformat(), "sender": m.sender,
                 "subject": m.subject, "status": m.status, "error": m.error}
                for m in messages]}
        try:
            filters = desk_input.queue_filters(
                app.config, app.policies, tab=tab, flag=request.args.get("flag") or None,
                mailbox=request.args.get("mailbox") or None,
                search=request.args.get("search"), limit=limit, offset=offset)
        except InputError as exc:
            return {"error": str(exc)}, 400
        items = queue.cases(session, filters)
    return {"tab": tab, "counts": counts, "cases": [
        {"reference": i.reference, "mailbox": i.mailbox, "status": i.status,
         "flags": list(i.flags), "received_at": i.received_at.isoformat(), "sender": i.sender,
         "account_number": i.account_number, "username": i.username,
         "proposed_action": i.proposed, "refund": i.refund} for i in items]}


@bp.route("/cases/<ref>")
def get_case(ref: str) -> Any:
    with desk().app.db.session(readonly=True) as session:
        found = queue.case_file(session, ref)
        if found is None:
            return _error(NotFound(f"no case {ref}"))
        return _case_json(found)


def _case_json(f: queue.CaseFile) -> dict[str, Any]:
    c, a = f.case, f.account
    return {
        "reference": c.reference, "mailbox": c.mailbox, "status": c.status,
        "flags": list(c.flags or []), "received_at": c.received_at.isoformat(),
        "sender": c.sender, "language": c.language, "username": c.username,
        "account_number": c.account_number, "reason": c.reason, "reason_code": c.reason_code,
        "asks_refund": c.asks_refund,
        "account": None if a is None else {
            "account_number": a.account_number, "username": a.username, "email": a.email,
            "plan": a.plan, "status": a.status, "started_on": a.started_on.isoformat(),
            "price": str(a.price), "currency": a.currency},
        "decisions": [{
            "outcome": d.outcome, "action": d.action, "policy": d.policy, "rule": d.rule,
            "clauses": (d.details or {}).get("clauses", []),
            "explanation": (d.details or {}).get("explanation", []),
            "received_on": d.received_on.isoformat(),
            "effective_on": d.effective_on.isoformat() if d.effective_on else None,
            "refund": None if d.refund_amount is None else {
                "amount": f"{d.refund_amount:.2f}", "currency": d.refund_currency},
            "decided_by": d.decided_by, "at": d.created_at.isoformat(),
            "current": d.id == c.decision_id} for d in f.decisions],
        "refunds": [{"amount": None if r.amount is None else f"{r.amount:.2f}",
                     "currency": r.currency or (a.currency if a is not None else None),
                     "status": r.status} for r in f.refunds],
        "history": [{"at": at.isoformat(), "what": what, "who": who}
                    for at, what, who, _ in f.history],
    }


@bp.route("/cases/<ref>/approve", methods=["POST"])
def approve(ref: str) -> Any:
    body = _body()
    chosen = body.get("owner_not_verified", False)
    if not isinstance(chosen, bool):
        return _error(InputError("'owner_not_verified' must be true or false"))
    try:
        result = review.approve(desk().chain(), ref, actor(),
                                refund=desk_input.refund_amount(body.get("refund")),
                                currency=desk_input.refund_currency(body.get("currency")),
                                note=_text(body, "note"), owner_not_verified=chosen,
                                reason=_text(body, "reason"))
    except MailbotError as exc:
        return _error(exc)
    return _result(result)


@bp.route("/cases/<ref>/reject", methods=["POST"])
def reject(ref: str) -> Any:
    body = _body()
    try:
        note = _text(body, "note")
        if not note or not note.strip():
            raise InputError("'note' is required: say why (the customer is told)")
        result = review.reject(desk().chain(), ref, actor(), note,
                               notify=body.get("notify", True) is not False)
    except MailbotError as exc:
        return _error(exc)
    return _result(result)


def _body() -> dict[str, Any]:
    data = request.get_json(silent=True) if request.data else {}
    if not isinstance(data, dict):
        abort(400, "the request body must be a JSON object")
    return data


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"'{key}' must be a string")
    return value


def _result(result: review.Result) -> Any:
    if result.replies:
        desk().courier.after(result.reference)
    return {"reference": result.reference, "status": result.status, "message": result.message,
            "replies_queued": result.replies}


def _error(exc: MailbotError) -> Any:
    """A JSON error: 404 unknown, 409 the case's state forbids it, 413 a text over its
    limit, 422 'owner not verified' chosen without a reason, 400 other bad input."""
    body: dict[str, Any] = {"error": str(exc)}
    if isinstance(exc, review.OwnerNotVerified):
        body.update(owner_not_verified_required=True, why=exc.why)
        return body, 422 if exc.reason_missing else 409
    if isinstance(exc, desk_input.TooLong):
        body.update(limit=exc.limit, length=exc.length)
        return body, 413
    code = 404 if isinstance(exc, NotFound) else 409 if isinstance(exc, Conflict) else 400
    return body, code
