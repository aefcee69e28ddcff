"""The dashboard: outcomes per day, reasons, and the service's health, with charts as SVG."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for

from mailbot import safety
from mailbot.store import outbox as outbox_store
from mailbot.store import stats
from mailbot.web import charts
from mailbot.web.auth import actor, admin_only, require_login
from mailbot.web.factory import desk
from mailbot.web.health import health
from mailbot.web.present import words

bp = Blueprint("dashboard", __name__)
bp.before_request(require_login)
PERIODS = (7, 14, 30, 90, 365)
OUTCOMES = ("confirmed", "flagged", "pending_verification", "needs_info", "rejected",
            "withdrawn", "expired")


@bp.route("/dashboard")
def dashboard() -> Any:
    app = desk().app
    days = request.args.get("days", 14, type=int)
    days = days if days in PERIODS else 14
    zone = app.runtime().policy.zone
    today = app.clock().astimezone(zone).date()
    first = today - timedelta(days=days - 1)
    since = app.clock() - timedelta(days=days + 1)
    with app.db.session(readonly=True) as session:
        per_day = {d: v for d, v in stats.cases_per_day(session, since, zone).items()
                   if d >= first}
        reasons = stats.reasons(session, since)
        bounces = outbox_store.latest_bounces(session)
    series = [o for o in OUTCOMES if any(o in v for v in per_day.values())]
    series += sorted({o for v in per_day.values() for o in v} - set(series))
    day_list = [first + timedelta(days=i) for i in range(days)]
    totals = {o: sum(v.get(o, 0) for v in per_day.values()) for o in series}
    return render_template(
        "dashboard.html", days=days, periods=PERIODS, health=health(app.db, app.clock()),
        totals=totals,
        outcome_chart=charts.stacked_days(day_list, series, per_day,
                                          title=f"Cases per outcome per day, last {days} days"),
        reason_chart=charts.horizontal_bars([(words(r), n) for r, n in reasons],
                                            title="Cancellation reasons"),
        reasons=reasons, bounces=bounces, sender_checks=app.config.security.sender_checks)


@bp.route("/dashboard/resume-sending", methods=["POST"])
@admin_only
def resume_sending() -> Any:
    app = desk().app
    was_open = safety.resume(app.db, actor().label, now=app.clock())
    flash("sending resumed" if was_open else "sending was not paused; the hourly count restarts",
          "ok")
    for box in app.config.mailbox_configs():
        desk().courier.nudge(box.name)
    return redirect(url_for("dashboard.dashboard"))

