"""The mail commands: init, accounts import, poll, run, process, export, demo."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from mailbot import logs
from mailbot.commands.common import actor_name, note, open_app, say
from mailbot.errors import InputError, MailbotError


def cmd_init(args: argparse.Namespace) -> int:
    from mailbot.store.db import migrate

    app = open_app(args, ready=False)
    before, after = migrate(app.db.engine)
    if before == after:
        say(f"database is up to date (schema {after})")
    else:
        say(f"database ready: schema {before or 'empty'} -> {after}")
    return 0


def cmd_accounts_import(args: argparse.Namespace) -> int:
    from mailbot.accounts_csv import parse_accounts_by_mailbox
    from mailbot.store.accounts import upsert_many
    from mailbot.store.cases import audit

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    app = open_app(args)
    names = app.mailbox_names()
    if args.mailbox is not None and args.mailbox not in names:
        app.config.mailbox(args.mailbox)  # raises: no mailbox of that name
    by_mailbox = parse_accounts_by_mailbox(data, str(path), names, args.mailbox)
    with app.db.session() as session:
        reports = upsert_many(session, by_mailbox, str(path))
        for box, report in reports.items():
            audit(session, f"cli:{actor_name()}", "accounts_imported", file=str(path),
                  mailbox=box, created=report.created, updated=report.updated,
                  unchanged=report.unchanged)
    for box, report in reports.items():
        if len(reports) == 1 or args.verbose:
            say(f"imported {report.total} account(s) into mailbox {box}: {report.created} "
                f"new, {report.updated} updated, {report.unchanged} unchanged")
    if len(reports) > 1:
        total = [sum(getattr(r, f) for r in reports.values())
                 for f in ("total", "created", "updated", "unchanged")]
        say(f"imported {total[0]} account(s) into {len(reports)} mailboxes: {total[1]} new, "
            f"{total[2]} updated, {total[3]} unchanged")
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from mailbot.flow.poll import poll_once

    app = open_app(args)
    boxes = [app.runtime(args.mailbox)] if args.mailbox else [
        rt for rt in app.runtimes() if rt.config.imap is not None]
    if not boxes:
        raise MailbotError(f"no mailbox has an [imap] section in {app.config.source}")
    code = 0
    for rt in boxes:
        report = poll_once(app, rt, progress=note if sys.stderr.isatty() or args.verbose else None)
        if report.skipped:
            note(f"mailbox {rt.name}: {report.skipped}; nothing done")
            continue
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(report.outcomes.items())) or "none"
        say(f"mailbox {rt.name}: {report.found} new message(s), {report.processed} processed "
            f"({outcomes}), {report.failed} failed, {report.oversize} oversize, "
            f"{report.moved} moved, {report.sent} repl{'y' if report.sent == 1 else 'ies'} sent "
            f"in {report.seconds:.2f}s")
        if report.move_error:
            note(f"mailbot: processed mail is not filed away yet: {report.move_error}; "
                 "check imap.processed_folder (retried every poll)")
            code = 1
        if report.smtp_unavailable:
            note(f"mailbot: replies are queued, not sent: {report.smtp_unavailable}; "
                 "they will be sent by the next poll or by 'mailbot run'")
            code = 1
    return code


def cmd_run(args: argparse.Namespace) -> int:
    from mailbot import service

    logs.setup(logging.DEBUG if args.verbose else logging.INFO, args.log_format)
    app = open_app(args)
    return service.run(app)


def cmd_process(args: argparse.Namespace) -> int:
    from mailbot.flow.files import describe, parse_received_at, process_files, read_files

    files = read_files(args.files)
    app = open_app(args)
    rt = app.runtime(args.mailbox)
    when = parse_received_at(args.received_at, rt.policy.zone) if args.received_at else None
    results = process_files(app.chain_context(), rt, files, when)
    for result in results:
        info = describe(app.db, result.row_id)
        seen = " (already processed)" if result.already else ""
        extra = f" [{info['flags']}]" if info["flags"] else ""
        case = f" case {info['case']}" if info["case"] else ""
        say(f"{result.path}: {info['intent'] or '-'} -> {info['outcome']}{extra}{case}{seen}")
    d = app.deliverer(rt)
    if d is None:
        if not app.dry_run:
            note("mailbot: no [smtp] section: replies stay in the outbox until a poll or run "
                 "with SMTP configured sends them")
        return 0
    report = d.deliver()
    say(f"{report.sent} repl{'y' if report.sent == 1 else 'ies'} sent")
    if report.unavailable:
        note(f"mailbot: replies are queued, not sent: {report.unavailable}")
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mailbot.export import records, write_csv, write_jsonl

    app = open_app(args)
    with app.db.session(readonly=True) as session:
        rows = records(session, args.mailbox)
        writer = write_csv if args.format == "csv" else write_jsonl
        writer(rows, sys.stdout)
    sys.stdout.flush()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from mailbot import extras

    extras.require("demo", "mailbot demo")
    from mailbot.demo import run_demo

    return run_demo(Path(args.out), keep=args.keep)
