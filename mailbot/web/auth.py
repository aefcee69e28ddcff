"""Logging in and out, and who the request is from: a session for pages, a token for the API."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, abort, g, redirect, render_template, request, session, url_for

from mailbot.review import Actor
from mailbot.web import users
from mailbot.web.factory import desk

bp = Blueprint("auth", __name__)


def actor() -> Actor:
    """The person this request acts for (set by ``require_login`` or ``require_token``)."""
    return g.actor


def require_login() -> Any:
    """For a blueprint's before_request: anonymous page requests go to the login form."""
    user_id, epoch = session.get("uid"), session.get("epoch")
    found = users.session_actor(desk().app.db, user_id, epoch) \
        if isinstance(user_id, int) and isinstance(epoch, int) else None
    if found is None:
        session.pop("uid", None)  # keep the CSRF token: the login form needs it
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    g.actor = found
    return None


def require_token() -> Any:
    """For the API's before_request: a valid ``Authorization: Bearer`` token or 401."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    app = desk().app
    found = users.token_actor(app.db, token.strip(), now=app.clock()) \
        if scheme.lower() == "bearer" else None
    if found is None:
        return ({"error": "a valid API token is required (Authorization: Bearer TOKEN; "
                          "create one with 'mailbot users token NAME')"}, 401,
                {"WWW-Authenticate": 'Bearer realm="mailbot"'})
    g.actor = found
    return None


def admin_only(view: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if actor().role != "admin":
            abort(403, "Only an admin may do this.")
        return view(*args, **kwargs)
    return wrapper


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if not target:
        return url_for("pages.queue_page")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return url_for("pages.queue_page")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    next_url = request.values.get("next", "")
    if request.method == "GET":
        return render_template("login.html", error=None, username="", next_url=next_url)
    username = request.form.get("username", "")
    app = desk().app
    result = users.authenticate(app.db, app.config.web, username,
                                request.form.get("password", ""), request.remote_addr or "",
                                now=app.clock())
    if result.actor is None:
        status = 429 if result.refused and "Too many" in result.refused else 401
        return render_template("login.html", error=result.refused, username=username,
                               next_url=next_url), status
    session.clear()  # a fresh session (and CSRF token) for the new login
    session.permanent = True
    session["uid"], session["epoch"] = result.user_id, result.epoch
    return redirect(safe_next(next_url))


@bp.route("/logout", methods=["POST"])
def logout() -> Any:
    user_id, epoch = session.get("uid"), session.get("epoch")
    if isinstance(user_id, int) and isinstance(epoch, int) and \
            users.session_actor(desk().app.db, user_id, epoch) is not None:
        users.logged_out(desk().app.db, user_id, request.remote_addr or "")
    session.clear()
    return redirect(url_for("auth.login"))
