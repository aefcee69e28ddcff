"""`mailbot users add` and `mailbot serve`: people of the review UI, and the UI itself."""

from __future__ import annotations

import argparse
import getpass
import sys

from mailbot.commands.common import note, open_app, say
from mailbot.errors import InputError


def read_password(name: str) -> str:
    """Prompted twice on a terminal; otherwise the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != first:
            raise InputError("the two passwords differ; nothing was saved")
        return first
    line = sys.stdin.readline()
    if not line:
        raise InputError("no password on standard input")
    return line.rstrip("\r\n")


def cmd_users_add(args: argparse.Namespace) -> int:
    from mailbot.web.users import add_user

    app = open_app(args)
    add_user(app.db, args.name, args.role, read_password(args.name), now=app.clock())
    say(f"user {args.name} ({args.role}) added")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from mailbot.web.server import serve

    app = open_app(args)
    return serve(app)


def cmd_users_list(args: argparse.Namespace) -> int:
    from mailbot.web.users import list_users

    app = open_app(args)
    rows = list_users(app.db)
    if not rows:
        say("no users; add one with 'mailbot users add NAME --role agent|admin'")
    for name, role, active, last_login in rows:
        seen = f"last login {last_login:%Y-%m-%d %H:%M}" if last_login else "never logged in"
        say(f"{name}  {role}  {'active' if active else 'disabled'}  {seen}")
    return 0


def cmd_users_token(args: argparse.Namespace) -> int:
    from mailbot.web.users import create_token

    app = open_app(args)
    token = create_token(app.db, args.name, args.label or "", now=app.clock())
    note(f"API token for {args.name} (shown once; send it as 'Authorization: Bearer TOKEN'):")
    say(token)
    return 0


def cmd_users_revoke_token(args: argparse.Namespace) -> int:
    from mailbot.web.users import revoke_token

    app = open_app(args)
    revoke_token(app.db, args.prefix, now=app.clock())
    say(f"API token {args.prefix}… revoked")
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    from mailbot.web.users import disable_user

    app = open_app(args)
    disable_user(app.db, args.name)
    say(f"user {args.name} disabled: logged out everywhere, API tokens refused")
    return 0
