"""The review desk's Flask app: ``create_app(app)`` wires config, security and the views.

One composition root: the mailbot App (config, database, clock) is passed in and
kept in ``flask_app.extensions["mailbot"]``; views reach it through ``desk()``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, current_app, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from jinja2 import StrictUndefined
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from mailbot.app import App, ChainContext
from mailbot.config import Config
from mailbot.desk_input import MAX_NOTE
from mailbot.errors import ConfigError
from mailbot.web.delivery import Courier

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
csrf = CSRFProtect()
# Every form and JSON body the desk takes is small (a note is at most 2,000 characters):
# anything larger is refused with 413 before a view, or the CSRF check, reads it.
MAX_BODY = 64 * 1024


@dataclass
class DeskContext:
    """What every view needs: the mailbot App and the courier that sends queued replies."""

    app: App
    courier: Courier

    def chain(self) -> ChainContext:
        """What the desk's actions use (mailbot.review, disputes, previews), built for this
        request from the App."""
        return self.app.chain_context()


def desk() -> DeskContext:
    return current_app.extensions["mailbot"]


def secret_key(config: Config) -> str:
    """The key that signs session cookies and CSRF tokens; refuse to run without one."""
    web = config.web
    key = web.secret_key or (os.environ.get(web.secret_key_env) if web.secret_key_env else None)
    if not key:
        env = web.secret_key_env or "MAILBOT_SECRET_KEY"
        raise ConfigError(f"the review UI needs a secret key: export {env} (named by "
                          "web.secret_key_env) or set web.secret_key", path=config.source,
                          key="web.secret_key_env")
    return key


def create_app(app: App, *, testing: bool = False) -> Flask:
    from mailbot.web import api, auth, dashboard, mailboxes, monitoring, pages

    web = app.config.web
    flask = Flask(__name__)
    flask.config.update(
        SECRET_KEY=secret_key(app.config),
        TESTING=testing,
        SESSION_COOKIE_NAME="mailbot_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=web.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as the (12-hour) session
        WTF_CSRF_SSL_STRICT=web.secure_cookies,
        MAX_CONTENT_LENGTH=MAX_BODY,
        MAX_FORM_MEMORY_SIZE=MAX_BODY,
    )
    if web.trusted_proxies:
        # Behind N reverse proxies the client is the Nth address from the right of
        # X-Forwarded-For; login throttling counts per client address (request.remote_addr).
        n = web.trusted_proxies
        flask.wsgi_app = ProxyFix(flask.wsgi_app, x_for=n, x_proto=n,  # type: ignore[method-assign]
                                  x_host=n)
    flask.jinja_env.undefined = StrictUndefined
    flask.jinja_env.autoescape = True
    _filters(flask, app.config.desk_zone)
    flask.extensions["mailbot"] = DeskContext(app, Courier(
        app.db, lambda mailbox: app.deliverer(app.runtime(mailbox))))
    csrf.init_app(flask)
    csrf.exempt(api.bp)  # bearer tokens only: a browser never sends them by itself
    for bp in (auth.bp, pages.bp, dashboard.bp, mailboxes.bp, monitoring.bp, api.bp):
        flask.register_blueprint(bp)
    flask.after_request(_security_headers)
    flask.register_error_handler(CSRFError, _csrf_error)
    flask.register_error_handler(HTTPException, _http_error)
    return flask


def _filters(flask: Flask, zone: ZoneInfo) -> None:
    """How templates show times (the desk's zone, labelled), money, flags and states."""
    from mailbot.web import casepage, present

    flask.jinja_env.filters.update(
        when=lambda moment: present.local(moment, zone),
        when_s=lambda moment: present.local(moment, zone, seconds=True),
        words=present.words, flag_words=present.flag_words, money=present.money,
        action_words=lambda action: present.words(action, present.ACTIONS),
        kind_words=lambda kind: present.KINDS.get(kind, kind.replace("_", " ")),
        size=casepage.size_words, person=present.person)
    flask.jinja_env.globals.update(desk_zone=zone.key)


def _security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _csrf_error(exc: CSRFError) -> Any:
    if request.path.startswith("/api/"):
        return {"error": exc.description}, 400
    return render_template("error.html", code=400, message="The form was stale or forged "
                           f"({exc.description}). Go back, reload the page and try again."), 400


def _http_error(exc: HTTPException) -> Any:
    code = exc.code or 500
    message = exc.description
    if code == 413:
        message = (f"The request is too large: the review desk accepts at most "
                   f"{MAX_BODY // 1024} KB, and a note or reason at most {MAX_NOTE:,} "
                   "characters. "
                   "Nothing was changed.")
    if request.path.startswith("/api/"):
        return {"error": message}, code
    return render_template("error.html", code=code, message=message), code
