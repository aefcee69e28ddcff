"""The admins' mailbox page: the mailboxes this deployment polls, and adding, replacing and
removing those kept in the database (the same checks as ``mailbot mailboxes``)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for

from mailbot import mailbox_admin
from mailbot.errors import MailbotError
from mailbot.web.auth import actor, admin_only, require_login
from mailbot.web.factory import desk

bp = Blueprint("mailboxes", __name__)
bp.before_request(require_login)
EXAMPLE = """[[mailboxes]]
name = "brand-b"
support_address = "help@brand-b.example"
[mailboxes.imap]
host = "imap.brand-b.example"
username = "help@brand-b.example"
password_env = "BRAND_B_IMAP_PASSWORD"
[mailboxes.smtp]
host = "smtp.brand-b.example"
username = "help@brand-b.example"
password_env = "BRAND_B_SMTP_PASSWORD"
from_address = "help@brand-b.example"
[mailboxes.policy]
preset = "crm-runner"
"""


@bp.route("/mailboxes")
@admin_only
def mailboxes_page() -> Any:
    app = desk().app
    return render_template("mailboxes.html", boxes=mailbox_admin.overview(app),
                           definition=EXAMPLE, replace=False,
                           refresh=app.config.service.mailboxes_refresh_seconds)


@bp.route("/mailboxes/add", methods=["POST"])
@admin_only
def add_mailboxes() -> Any:
    app = desk().app
    text = request.form.get("definition", "")
    replace = request.form.get("replace") == "yes"
    try:
        added, replaced = mailbox_admin.add(
            app.config, app.db, mailbox_admin.entries_from_toml(text, "the definition"),
            actor().label, replace=replace)
    except MailbotError as exc:  # shown beside the text, which is kept for correcting
        flash(str(exc), "error")
        return render_template("mailboxes.html", boxes=mailbox_admin.overview(app),
                               definition=text, replace=replace,
                               refresh=app.config.service.mailboxes_refresh_seconds), 400
    flash(f"{len(added)} mailbox(es) added, {len(replaced)} replaced: "
          f"{mailbox_admin.short(added + replaced)}; running workers pick them up within "
          f"{app.config.service.mailboxes_refresh_seconds:g} s", "ok")
    return redirect(url_for("mailboxes.mailboxes_page"))


@bp.route("/mailboxes/<name>/remove", methods=["POST"])
@admin_only
def remove_mailbox(name: str) -> Any:
    app = desk().app
    try:
        mailbox_admin.remove(app.config, app.db, name, actor().label)
    except MailbotError as exc:
        flash(str(exc), "error")
        return redirect(url_for("mailboxes.mailboxes_page"))
    flash(f"mailbox {name} removed; running workers stop polling it within "
          f"{app.config.service.mailboxes_refresh_seconds:g} s (its accounts, messages and "
          "cases stay)", "ok")
    return redirect(url_for("mailboxes.mailboxes_page"))
