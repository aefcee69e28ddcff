"""The ``mailbot`` command: parse arguments, build the App, call the work, report.

Exit codes: 0 success, 1 a handled failure (one line on stderr naming the
cause and the fix), 2 bad usage. No traceback for expected failures; set
MAILBOT_DEBUG=1 to see one for an unexpected error.
"""

from __future__ import annotations

import argparse
import logging
import os
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from mailbot import __version__, logs
from mailbot.commands import desk, mail, mailboxes, policy, web
from mailbot.commands import outbox as outbox_cmd
from mailbot.commands.common import note, opened_apps
from mailbot.errors import MailbotError
from mailbot.store import queue

Handler = Callable[[argparse.Namespace], int]


# --- the parser --------------------------------------------------------------------------

class _Commands:
    """Adds commands and groups of commands to the parser, each with the common options."""

    # ``sub`` and a group are argparse's subparsers actions (a private class, hence Any).
    def __init__(self, sub: Any, common: argparse.ArgumentParser):
        self.sub, self.common = sub, common

    def group(self, name: str, help: str) -> Any:
        return self.sub.add_parser(name, help=help, description=help).add_subparsers(
            dest=f"{name}_command", metavar="ACTION", required=True)

    def command(self, name: str, fn: Handler, help: str, parent: Any = None
                ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = (parent or self.sub).add_parser(
            name, help=help, description=help, parents=[self.common])
        p.set_defaults(func=fn)
        return p

    def dry_run(self, p: argparse.ArgumentParser, what: str = "send and move nothing") -> None:
        p.add_argument("--dry-run", action="store_true", help=f"decide and record; {what}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailbot",
        description="Reads a support mailbox, decides cancellation requests by company policy, "
                    "records and answers them.",
    )
    parser.add_argument("--version", action="version", version=f"mailbot {__version__}")
    # Accepted before the command too (`mailbot --config F init`), as git-style tools do.
    parser.add_argument("--config", dest="global_config", metavar="PATH",
                        help="config file, before or after the command")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH",
                        help="config file (default: $MAILBOT_CONFIG, then ./mailbot.toml)")
    common.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    commands = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND", required=True),
                         common)
    for add in (_database_commands, _account_commands, _mail_commands, _desk_commands,
                _policy_commands, _refund_commands, _outbox_commands, _user_commands,
                _demo_command):
        add(commands)
    return parser


def _database_commands(c: _Commands) -> None:
    """The schema."""
    c.command("init", mail.cmd_init, "create or migrate the database schema (idempotent)")


def _account_commands(c: _Commands) -> None:
    """Accounts and the mailboxes kept in the database."""
    accounts = c.group("accounts", "customer accounts")
    p = c.command("import", mail.cmd_accounts_import,
                "upsert accounts from a CSV file, all or nothing", accounts)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--mailbox", help="the mailbox the accounts belong to (default: the "
                   "file's mailbox column, else 'default')")
    p = c.command("terminate", desk.cmd_accounts_terminate,
                "terminate an account (company-initiated), held for approval", accounts)
    p.add_argument("account", metavar="N", help="the account number")
    p.add_argument("--reason", required=True, help="why the company ends the account")
    p.add_argument("--mailbox", default="default")

    boxes = c.group("mailboxes", "support mailboxes: the config file's and those kept in the "
                  "database")
    p = c.command("add", mailboxes.cmd_mailboxes_add,
                "define a mailbox in the database (running workers pick it up)", boxes)
    mailboxes.add_arguments(p)
    c.command("list", mailboxes.cmd_mailboxes_list, "every mailbox, where it is defined, how it "
            "logs in (secrets by name only)", boxes)
    p = c.command("remove", mailboxes.cmd_mailboxes_remove,
                "remove a mailbox defined in the database (its records stay)", boxes)
    p.add_argument("name")


def _mail_commands(c: _Commands) -> None:
    """Reading mail: one pass, the service, local files, the export."""
    p = c.command("poll", mail.cmd_poll, "one pass: fetch new messages, process them, send replies")
    p.add_argument("--once", action="store_true", help="one pass and exit (the only mode)")
    p.add_argument("--mailbox", help="only this mailbox (default: all with [imap])")
    c.dry_run(p)

    p = c.command("run", mail.cmd_run, "the service: polling or IDLE, outbox delivery, upkeep")
    p.add_argument("--log-format", choices=("json", "text"), default="json")
    c.dry_run(p)

    p = c.command("process", mail.cmd_process, "process local message files through the pipeline")
    p.add_argument("files", nargs="+", metavar="FILE.eml")
    p.add_argument("--received-at", metavar="ISO",
                   help="the moment of receipt (default: each file's Date header)")
    p.add_argument("--mailbox", default="default")
    c.dry_run(p, "send nothing")

    p = c.command("export", mail.cmd_export, "one record per processed message, to stdout")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--mailbox", help="only this mailbox")


def _desk_commands(c: _Commands) -> None:
    """The review desk from the terminal."""
    rv = c.group("review", "the review queue: cases mailbot must not decide alone")
    p = c.command("list", desk.cmd_review_list, "cases waiting, oldest first", rv)
    p.add_argument("--tab", choices=queue.TABS, default="flagged")
    p.add_argument("--flag", help="only cases with this flag, e.g. refund_review")
    p.add_argument("--mailbox")
    p.add_argument("--search", help="account number, username, email or case reference")
    p.add_argument("--limit", type=int, default=100)
    p = c.command("show", desk.cmd_review_show, "one case in full, with its history", rv)
    p.add_argument("reference", metavar="ID")
    p = c.command("approve", desk.cmd_review_approve, "accept the decision; the reply is sent", rv)
    p.add_argument("reference", metavar="ID")
    p.add_argument("--refund", metavar="AMOUNT", help="the refund to grant (0: none)")
    p.add_argument("--note", help="a note for the audit log")
    p.add_argument("--owner-not-verified", action="store_true",
                   help="approve although the owner has not confirmed (needs --reason)")
    p.add_argument("--reason", help="why approving without the owner's confirmation is right")
    p = c.command("reject", desk.cmd_review_reject, "close the case with no change to any account",
                rv)
    p.add_argument("reference", metavar="ID")
    p.add_argument("--note", required=True, help="why (it is included in the reply)")
    p.add_argument("--no-reply", action="store_true", help="tell the customer nothing")
    p = c.command("correct", desk.cmd_review_correct, "fix extracted fields and re-decide", rv)
    p.add_argument("reference", metavar="ID")
    p.add_argument("--account-number")
    p.add_argument("--username")
    p = c.command("resend-verification", desk.cmd_review_resend,
                "send the owner a new confirmation request", rv)
    p.add_argument("reference", metavar="ID")

    p = c.command("reprocess", desk.cmd_reprocess, "run failed messages through the pipeline again")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="message ids")
    p.add_argument("--failed", action="store_true", help="every failed message")

    replies = c.group("replies", "reply templates")
    p = c.command("preview", desk.cmd_replies_preview,
                "render the reply a case would get, without sending", replies)
    p.add_argument("reference", metavar="CASE")
    p.add_argument("--html", action="store_true", help="print the HTML alternative too")


def _policy_commands(c: _Commands) -> None:
    """The policy: explain a decision, check a file."""
    pol = c.group("policy", "the cancellation and refund policy")
    p = c.command("explain", policy.cmd_policy_explain,
                "the decision for an account at a moment, with its working (records nothing)",
                pol)
    p.add_argument("--account", required=True, metavar="N")
    p.add_argument("--received-at", required=True, metavar="ISO")
    p.add_argument("--asks-refund", action="store_true")
    p.add_argument("--company", action="store_true", help="a termination by the company")
    p.add_argument("--mailbox", default="default")
    p = c.command("check", policy.cmd_policy_check, "validate a policy file", pol)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--notice-days", type=int, help="for a file that leaves notice_days blank")


def _refund_commands(c: _Commands) -> None:
    """Refunds."""
    rf = c.group("refunds", "refunds: requested, approved, issued")
    p = c.command("list", desk.cmd_refunds_list, "refunds not yet issued", rf)
    p.add_argument("--due", action="store_true", help="only approved refunds due by today")
    p = c.command("issue", desk.cmd_refunds_issue, "record that an approved refund was paid", rf)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reference", required=True, help="the payment's reference")


def _outbox_commands(c: _Commands) -> None:
    """The outbox."""
    outbox = c.group("outbox", "the queue of replies")
    p = c.command("list", outbox_cmd.cmd_outbox_list,
                "replies waiting, held by the breaker, unknown, failed or bounced, with the "
                "last error", outbox)
    p.add_argument("--failed", action="store_true",
                   help="only what needs a person: unknown, failed and bounced replies")
    p.add_argument("--mailbox", help="only this mailbox")
    p.add_argument("--limit", type=int, default=100, help="at most this many rows (100)")
    p = c.command("retry", outbox_cmd.cmd_outbox_retry,
                "queue failed replies for delivery now (unknown and bounced ones only when "
                "named)", outbox)
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="reply ids (outbox list)")
    p.add_argument("--all", action="store_true", help="every failed reply")
    p.add_argument("--mailbox", help="with --all: only this mailbox")
    p = c.command("mark-sent", outbox_cmd.cmd_outbox_mark_sent,
                "record unknown replies as sent (the SMTP server's log shows them delivered)",
                outbox)
    p.add_argument("ids", nargs="+", type=int, metavar="ID", help="reply ids (outbox list)")
    c.command("resume", outbox_cmd.cmd_outbox_resume,
            "resume sending after the circuit breaker tripped (releases held replies)", outbox)


def _user_commands(c: _Commands) -> None:
    """The review UI: its users, and serving it."""
    users = c.group("users", "people who use the review UI")
    p = c.command("add", web.cmd_users_add, "add a user (password prompted, or from stdin)", users)
    p.add_argument("name")
    p.add_argument("--role", choices=("agent", "admin"), required=True)
    c.command("list", web.cmd_users_list, "the review UI's users and their roles", users)
    p = c.command("token", web.cmd_users_token, "create an API token for a user (printed once)",
                users)
    p.add_argument("name")
    p.add_argument("--label", help="what the token is for, e.g. the script that uses it")
    p = c.command("revoke-token", web.cmd_users_revoke_token, "revoke an API token", users)
    p.add_argument("prefix", help="the token's first 12 characters (mbt_...)")
    p = c.command("disable", web.cmd_users_disable,
                "stop a user: no login, sessions ended, API tokens refused", users)
    p.add_argument("name")
    c.command("serve", web.cmd_serve, "the review web UI on [web] host and port")


def _demo_command(c: _Commands) -> None:
    """The demo."""
    p = c.command("demo", mail.cmd_demo, "run the whole flow on bundled sample mail")
    p.add_argument("--out", default="demo-out", help="folder for the replies (default: demo-out)")
    p.add_argument("--keep", action="store_true", help="keep the demo database and mailbox files")

def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "config", None) is None and hasattr(args, "config"):
        args.config = args.global_config
    if args.command != "run":
        logs.setup(logging.INFO if getattr(args, "verbose", False) else logging.WARNING)
    try:
        return _run(args)
    finally:
        apps = opened_apps(args)
        while apps:
            apps.pop().close()


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
    except Exception as exc:  # the last boundary: one line, no traceback
        if os.environ.get("MAILBOT_DEBUG"):
            traceback.print_exc()
        note(f"mailbot: internal error: {type(exc).__name__}: {exc} "
             "(set MAILBOT_DEBUG=1 for details; please report it)")
        return 1

