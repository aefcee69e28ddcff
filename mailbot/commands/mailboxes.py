"""``mailbot mailboxes add|list|remove``: mailboxes as data, picked up by running workers.

A mailbox defined here is a ``[[mailboxes]]`` entry kept in the database: the same
keys, validated the same way, except that secrets are only named (``password_env``,
``password_file``, ``oauth2.client_secret_env`` ...), never stored. Names are unique
across the config file and the database. Workers re-read the definitions every
``[service] mailboxes_refresh_seconds`` and start, restart or stop polling accordingly.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any

from mailbot.commands.common import actor_name, open_app, say
from mailbot.config import MailboxConfig, parse_mailbox_entry
from mailbot.errors import ConfigError, InputError

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
    from mailbot.store import mailboxes as store
    from mailbot.store.cases import audit

    entries = _from_file(Path(args.file)) if args.file else [_from_options(args)]
    app = open_app(args)
    in_file = {box.name for box in app.config.mailbox_configs()}
    checked: dict[str, dict[str, Any]] = {}
    for data, source in entries:
        entry = parse_mailbox_entry(data, source)
        if entry.name in in_file:
            raise ConfigError(f"mailbox {entry.name!r} is already defined in the config file; "
                              "names are unique", path=app.config.source, key="mailboxes")
        if entry.name in checked:
            raise ConfigError(f"mailbox {entry.name!r} is given twice", path=source, key="name")
        checked[entry.name] = entry.model_dump(mode="json", exclude_unset=True,
                                               exclude={"name"})
    replaced = []
    with app.db.session() as session:
        for name, definition in checked.items():
            try:
                if store.save(session, name, definition, actor_name(), replace=args.replace):
                    replaced.append(name)
            except KeyError:
                raise InputError(f"mailbox {name!r} exists already; pass --replace to change "
                                 "it, or 'mailbot mailboxes remove' it first") from None
            audit(session, f"cli:{actor_name()}", "mailbox_replaced" if name in replaced
                  else "mailbox_added", mailbox=name, definition=definition)
    added = len(checked) - len(replaced)
    say(f"{added} mailbox(es) added, {len(replaced)} replaced: {', '.join(_short(checked))}; "
        f"running workers pick them up within "
        f"{app.config.service.mailboxes_refresh_seconds:g} s")
    return 0


def cmd_mailboxes_list(args: argparse.Namespace) -> int:
    from mailbot.sharing import holders

    app = open_app(args)
    stored = app.stored_mailboxes()
    file_boxes = app.config.mailbox_configs()
    held = holders(app) if app.db.is_postgres else {}
    rows = [("NAME", "DEFINED IN", "MODE", "IMAP", "SMTP", "POLICY", "POLLED BY", "SECRETS")]
    for box in [*file_boxes, *stored.values()]:
        rows.append((box.name, "database" if box.name in stored else "config file",
                     box.imap.mode if box.imap else "-", _server(box, "imap"),
                     _server(box, "smtp"), box.policy.preset or box.policy.file or "-",
                     held.get(box.name, "-"), _secrets(box)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        say("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0


def cmd_mailboxes_remove(args: argparse.Namespace) -> int:
    from mailbot.store import mailboxes as store
    from mailbot.store.cases import audit

    app = open_app(args)
    if args.name in {box.name for box in app.config.mailbox_configs()}:
        raise ConfigError(f"mailbox {args.name!r} is defined in the config file; remove its "
                          "[[mailboxes]] entry there", path=app.config.source, key="mailboxes")
    with app.db.session() as session:
        if not store.remove(session, args.name):
            raise InputError(f"no mailbox named {args.name!r} in the database "
                             "(see 'mailbot mailboxes list')")
        audit(session, f"cli:{actor_name()}", "mailbox_removed", mailbox=args.name)
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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    boxes = data.get("mailboxes")
    if set(data) - {"mailboxes"} or not isinstance(boxes, list) or not boxes:
        raise InputError(f"{path}: expected only [[mailboxes]] tables, as in the config file")
    return [(box, f"{path} ([[mailboxes]] number {i})") for i, box in enumerate(boxes, 1)]


def _server(box: MailboxConfig, section: str) -> str:
    server = getattr(box, section)
    if server is None:
        return "-"
    who = f"{server.username}@" if server.username else ""
    return f"{who}{server.host}:{server.port}"


def _secrets(box: MailboxConfig) -> str:
    """Where each secret comes from, never its value."""
    out = []
    for section in ("imap", "smtp"):
        server = getattr(box, section)
        if server is None or not server.username:
            continue
        if server.auth == "oauth2":
            out.append(f"{section}: oauth2")
        elif server.password is not None:
            out.append(f"{section}: in the config file")
        elif server.password_file:
            out.append(f"{section}: file {server.password_file}")
        elif server.password_env:
            out.append(f"{section}: ${server.password_env}")
    return ", ".join(out) or "-"


def _short(names: dict[str, Any]) -> str:
    listed = list(names)
    return ", ".join(listed[:10]) + (f" and {len(listed) - 10} more" if len(listed) > 10 else "")
