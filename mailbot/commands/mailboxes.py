"""``mailbot mailboxes add|list|remove``: mailboxes as data, picked up by running workers.

A mailbox defined here is a ``[[mailboxes]]`` entry kept in the database: the same
keys, validated the same way, except that secrets are only named (``password_env``,
``password_file``, ``oauth2.client_secret_env`` ...), never stored. Names are unique
across the config file and the database. Workers re-read the definitions every
``[service] mailboxes_refresh_seconds`` and start, restart or stop polling accordingly.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mailbot.commands.common import actor_name, open_app, say
from mailbot.errors import InputError

# Options of `mailboxes add NAME`: (section, key) each sets; the rest through --file.
OPTIONS: dict[str, tuple[str | None, str]] = {
    "imap_host": ("imap", "host"), "imap_port": ("imap", "port"),
    "imap_security": ("imap", "security"), "imap_username": ("imap", "username"),
    "imap_password_env": ("imap", "password_env"),
    "imap_password_file": ("imap", "password_file"), "mode": ("imap", "mode"),
    "poll_interval": ("imap", "poll_interval_seconds"), "folder": ("imap", "folder"),
    "processed_folder": ("imap", "processed_folder"),
    "smtp_host": ("smtp", "host"), "smtp_port": ("smtp", "port"),
    "smtp_security": ("smtp", "security"), "smtp_username": ("smtp", "username"),
    "smtp_password_env": ("smtp", "password_env"),
    "smtp_password_file": ("smtp", "password_file"),
    "from_address": ("smtp", "from_address"), "from_name": ("smtp", "from_name"),
    "preset": ("policy", "preset"), "policy_file": ("policy", "file"),
    "timezone": ("policy", "timezone"), "notice_days": ("policy", "notice_days"),
    "template_dir": ("replies", "template_dir"), "support_address": (None, "support_address"),
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", nargs="?", help="the mailbox's name (a-z, 0-9, - and _)")
    p.add_argument("--file", metavar="FILE.toml",
                   help="add every [[mailboxes]] table of this file instead (all or none)")
    p.add_argument("--replace", action="store_true", help="replace a mailbox of that name")
    for option, (section, key) in OPTIONS.items():
        kind = int if key in ("port", "notice_days") else (
            float if key == "poll_interval_seconds" else str)
        p.add_argument("--" + option.replace("_", "-"), type=kind, dest=option,
                       help=f"{section + '.' if section else ''}{key}")


def cmd_mailboxes_add(args: argparse.Namespace) -> int:
    from mailbot import mailbox_admin

    entries = _from_file(Path(args.file)) if args.file else [_from_options(args)]
    app = open_app(args)
    added, replaced = mailbox_admin.add(app.config, app.db, entries, f"cli:{actor_name()}",
                                        replace=args.replace)
    say(f"{len(added)} mailbox(es) added, {len(replaced)} replaced: "
        f"{mailbox_admin.short(added + replaced)}; running workers pick them up within "
        f"{app.config.service.mailboxes_refresh_seconds:g} s")
    return 0


def cmd_mailboxes_list(args: argparse.Namespace) -> int:
    from mailbot import mailbox_admin

    app = open_app(args)
    rows = [("NAME", "DEFINED IN", "MODE", "IMAP", "SMTP", "POLICY", "POLLED BY", "SECRETS")]
    rows += [(m.name, m.defined_in, m.mode, m.imap, m.smtp, m.policy, m.polled_by,
              f"NOT POLLED: {m.unusable}" if m.unusable else m.secrets)
             for m in mailbox_admin.overview(app)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        say("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0


def cmd_mailboxes_remove(args: argparse.Namespace) -> int:
    from mailbot import mailbox_admin

    app = open_app(args)
    mailbox_admin.remove(app.config, app.db, args.name, f"cli:{actor_name()}")
    say(f"mailbox {args.name} removed; running workers stop polling it within "
        f"{app.config.service.mailboxes_refresh_seconds:g} s (its accounts, messages and "
        "cases stay)")
    return 0


def _from_options(args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    if not args.name:
        raise InputError("name the mailbox (mailbot mailboxes add NAME --imap-host ...) or "
                         "give --file FILE.toml")
    data: dict[str, Any] = {"name": args.name}
    for option, (section, key) in OPTIONS.items():
        value = getattr(args, option)
        if value is None:
            continue
        if section is None:
            data[key] = value
        else:
            data.setdefault(section, {})[key] = value
    return data, "the command line"


def _from_file(path: Path) -> list[tuple[dict[str, Any], str]]:
    from mailbot.mailbox_admin import entries_from_toml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8: {exc}") from None
    return entries_from_toml(text, str(path))
