"""The ``mailbot`` command: parse arguments, build the App, call the work, report.

Exit codes: 0 success, 1 a handled failure (one line on stderr naming the
cause and the fix), 2 bad usage. No traceback for expected failures; set
MAILBOT_DEBUG=1 to see one for an unexpected error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import __version__, logs
from mailbot.config import Config, load_config
from mailbot.errors import InputError, MailbotError, StoreError

Handler = Callable[[argparse.Namespace], int]
_OPEN_APPS: list = []  # closed when the command returns (connections, locks)


def _app(args: argparse.Namespace, *, ready: bool = True):  # noqa: ANN202 - mailbot.app.App
    from mailbot.app import App

    config: Config = load_config(args.config)
    if getattr(args, "dry_run", False):
        config = config.model_copy(update={"service": config.service.model_copy(
            update={"dry_run": True})})
    app = App(config)
    _OPEN_APPS.append(app)
    return app.ready() if ready else app


def say(text: str = "") -> None:
    print(text, flush=True)


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- commands ----------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from mailbot.store.db import migrate

    app = _app(args, ready=False)
    before, after = migrate(app.db.engine)
    if before == after:
        say(f"database is up to date (schema {after})")
    else:
        say(f"database ready: schema {before or 'empty'} -> {after}")
    return 0


def cmd_accounts_import(args: argparse.Namespace) -> int:
    from mailbot.accounts import parse_accounts_csv
    from mailbot.store.accounts import upsert_accounts
    from mailbot.store.cases import audit

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    accounts = parse_accounts_csv(data, str(path))
    app = _app(args)
    box = app.config.mailbox(args.mailbox).name
    with app.db.session() as session:
        report = upsert_accounts(session, box, accounts, str(path))
        audit(session, _actor(), "accounts_imported", file=str(path), created=report.created,
              updated=report.updated, unchanged=report.unchanged)
    say(f"imported {report.total} account(s) into mailbox {box}: {report.created} new, "
        f"{report.updated} updated, {report.unchanged} unchanged")
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from mailbot.ingest import poll_once

    app = _app(args)
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
        if report.smtp_unavailable:
            note(f"mailbot: replies are queued, not sent: {report.smtp_unavailable}; "
                 "they will be sent by the next poll or by 'mailbot run'")
            code = 1
    return code


def cmd_run(args: argparse.Namespace) -> int:
    from mailbot import service

    logs.setup(logging.DEBUG if args.verbose else logging.INFO, args.log_format)
    app = _app(args)
    return service.run(app)


def cmd_process(args: argparse.Namespace) -> int:
    from mailbot.ingest import deliverer
    from mailbot.intake import describe, parse_received_at, process_files, read_files

    files = read_files(args.files)
    app = _app(args)
    rt = app.runtime(args.mailbox)
    when = parse_received_at(args.received_at, rt.policy.zone) if args.received_at else None
    results = process_files(app, rt, files, when)
    for result in results:
        info = describe(app, result.row_id)
        seen = " (already processed)" if result.already else ""
        extra = f" [{info['flags']}]" if info["flags"] else ""
        case = f" case {info['case']}" if info["case"] else ""
        say(f"{result.path}: {info['intent'] or '-'} -> {info['outcome']}{extra}{case}{seen}")
    d = deliverer(app, rt)
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

    app = _app(args)
    with app.db.session(readonly=True) as session:
        rows = records(session, args.mailbox)
        writer = write_csv if args.format == "csv" else write_jsonl
        writer(rows, sys.stdout)
    sys.stdout.flush()
    return 0


def cmd_outbox_resume(args: argparse.Namespace) -> int:
    from mailbot.safety import resume

    app = _app(args)
    was_open = resume(app, _actor())
    say("sending resumed" if was_open else "sending was not paused; the hourly count restarts")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from mailbot.demo import run_demo

    return run_demo(Path(args.out), keep=args.keep)


def _actor() -> str:
    return f"cli:{os.environ.get('USER') or os.environ.get('LOGNAME') or 'operator'}"


# --- the parser --------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailbot",
        description="Reads a support mailbox, decides cancellation requests by company policy, "
                    "records and answers them.",
    )
    parser.add_argument("--version", action="version", version=f"mailbot {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH",
                        help="config file (default: $MAILBOT_CONFIG, then ./mailbot.toml)")
    common.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, fn: Handler, help: str, parent=sub):  # noqa: ANN001, ANN202, A002
        p = parent.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(func=fn)
        return p

    command("init", cmd_init, "create or migrate the database schema (idempotent)")

    accounts = sub.add_parser("accounts", help="customer accounts").add_subparsers(
        dest="accounts_command", metavar="ACTION", required=True)
    p = command("import", cmd_accounts_import, "upsert accounts from a CSV file, all or nothing",
                accounts)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--mailbox", default="default", help="the mailbox the accounts belong to")

    p = command("poll", cmd_poll, "one pass: fetch new messages, process them, send replies")
    p.add_argument("--once", action="store_true", help="one pass and exit (the only mode)")
    p.add_argument("--mailbox", help="only this mailbox (default: all with [imap])")
    p.add_argument("--dry-run", action="store_true", help="decide and record; send, move nothing")

    p = command("run", cmd_run, "the service: polling or IDLE, outbox delivery, upkeep")
    p.add_argument("--log-format", choices=("json", "text"), default="json")
    p.add_argument("--dry-run", action="store_true", help="decide and record; send, move nothing")

    p = command("process", cmd_process, "process local message files through the pipeline")
    p.add_argument("files", nargs="+", metavar="FILE.eml")
    p.add_argument("--received-at", metavar="ISO",
                   help="the moment of receipt (default: each file's Date header)")
    p.add_argument("--mailbox", default="default")
    p.add_argument("--dry-run", action="store_true", help="decide and record; send nothing")

    p = command("export", cmd_export, "one record per processed message, to stdout")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--mailbox", help="only this mailbox")

    outbox = sub.add_parser("outbox", help="the queue of replies").add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True)
    command("resume", cmd_outbox_resume, "resume sending after the circuit breaker tripped", outbox)

    p = command("demo", cmd_demo, "run the whole flow on bundled sample mail and show the outcome")
    p.add_argument("--out", default="demo-out", help="folder for the replies (default: demo-out)")
    p.add_argument("--keep", action="store_true", help="keep the demo database and mailbox files")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "run":
        logs.setup(logging.INFO if getattr(args, "verbose", False) else logging.WARNING)
    try:
        return _run(args)
    finally:
        while _OPEN_APPS:
            _OPEN_APPS.pop().close()


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args) or 0)
    except MailbotError as exc:
        note(f"mailbot: error: {exc}")
        return 1
    except (OperationalError, DBAPIError) as exc:
        from mailbot.store.db import describe_db_error

        note(f"mailbot: error: {describe_db_error(exc, '')}; check database.url and that the "
             "database is running")
        return 1
    except KeyboardInterrupt:
        note("mailbot: interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last boundary: one line, no traceback
        if os.environ.get("MAILBOT_DEBUG"):
            traceback.print_exc()
        note(f"mailbot: internal error: {type(exc).__name__}: {exc} "
             "(set MAILBOT_DEBUG=1 for details; please report it)")
        return 1


__all__ = ["main", "StoreError"]
