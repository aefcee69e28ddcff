"""Mailboxes kept in the database: read from TOML, checked, saved, removed and listed, the same
way for ``mailbot mailboxes`` and for the desk's admin page.

A definition is a ``[[mailboxes]]`` entry: the same keys, validated the same way, except that
secrets are only named (``password_env``, ``password_file`` ...), never stored. Names are
unique across the config file and the database; a file of several entries is saved all or
none. Running workers pick the change up within ``[service] mailboxes_refresh_seconds``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from mailbot.app import App
from mailbot.config import Config, MailboxConfig, parse_mailbox_entry
from mailbot.errors import ConfigError, InputError
from mailbot.store import mailboxes as store
from mailbot.store.cases import audit
from mailbot.store.db import Database

Entry = tuple[dict[str, Any], str]  # (one [[mailboxes]] table, where it came from)


def entries_from_toml(text: str, source: str) -> list[Entry]:
    """The ``[[mailboxes]]`` tables of a TOML text, which must hold nothing else."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{source}: not valid TOML: {exc}") from None
    boxes = data.get("mailboxes")
    if set(data) - {"mailboxes"} or not isinstance(boxes, list) or not boxes:
        raise InputError(f"{source}: expected only [[mailboxes]] tables, as in the config file")
    return [(box, f"{source} ([[mailboxes]] number {i})") for i, box in enumerate(boxes, 1)]


def check(config: Config, entries: list[Entry]) -> dict[str, dict[str, Any]]:
    """Validate every entry before anything is saved: name -> definition to store."""
    in_file = {box.name for box in config.mailbox_configs()}
    checked: dict[str, dict[str, Any]] = {}
    for data, source in entries:
        entry = parse_mailbox_entry(data, source)
        if entry.name in in_file:
            raise ConfigError(f"mailbox {entry.name!r} is already defined in the config file; "
                              "names are unique", path=config.source, key="mailboxes")
        if entry.name in checked:
            raise ConfigError(f"mailbox {entry.name!r} is given twice", path=source, key="name")
        checked[entry.name] = entry.model_dump(mode="json", exclude_unset=True,
                                               exclude={"name"})
    return checked


def add(config: Config, db: Database, entries: list[Entry], actor: str, *, replace: bool
        ) -> tuple[list[str], list[str]]:
    """Check, then save every entry in one transaction; returns (added, replaced) names."""
    checked = check(config, entries)
    added: list[str] = []
    replaced: list[str] = []
    with db.session() as session:
        for name, definition in checked.items():
            try:
                was_there = store.save(session, name, definition, actor, replace=replace)
            except KeyError:
                raise InputError(f"mailbox {name!r} exists already; replace it ('mailboxes "
                                 "add --replace', or Replace on the desk) or remove it first"
                                 ) from None
            (replaced if was_there else added).append(name)
            audit(session, actor, "mailbox_replaced" if was_there else "mailbox_added",
                  mailbox=name, definition=definition)
    return added, replaced


def remove(config: Config, db: Database, name: str, actor: str) -> None:
    """Forget a stored mailbox (its accounts, messages and cases stay)."""
    if name in {box.name for box in config.mailbox_configs()}:
        raise ConfigError(f"mailbox {name!r} is defined in the config file; remove its "
                          "[[mailboxes]] entry there", path=config.source, key="mailboxes")
    with db.session() as session:
        if not store.remove(session, name):
            raise InputError(f"no mailbox named {name!r} in the database "
                             "(see 'mailbot mailboxes list')")
        audit(session, actor, "mailbox_removed", mailbox=name)


@dataclass(frozen=True)
class MailboxLine:
    """One mailbox as the list shows it; secrets by where they come from, never their value."""

    name: str
    defined_in: str  # "config file" or "database"
    mode: str
    imap: str
    smtp: str
    policy: str
    polled_by: str
    secrets: str
    unusable: str = ""  # why a stored definition is not polled (it no longer validates)


def overview(app: App) -> list[MailboxLine]:
    """Every mailbox, the config file's first, with the worker polling it (PostgreSQL)."""
    from mailbot.sharing import holders

    app.reload_mailboxes()
    stored = app.stored_mailboxes()
    held = holders(app.db) if app.db.is_postgres else {}
    lines = [MailboxLine(box.name, "database" if box.name in stored else "config file",
                         box.imap.mode if box.imap else "-", server(box, "imap"),
                         server(box, "smtp"), box.policy.preset or box.policy.file or "-",
                         held.get(box.name, "-"), secrets(box))
             for box in [*app.config.mailbox_configs(), *stored.values()]]
    # A stored definition that no longer validates is not polled; list it, so it can be
    # replaced or removed, with the reason.
    lines += [MailboxLine(name, "database", "-", "-", "-", "-", "-", "-", unusable=why)
              for name, why in sorted(app.unusable_mailboxes.items())]
    return lines


def server(box: MailboxConfig, section: str) -> str:
    found = getattr(box, section)
    if found is None:
        return "-"
    who = f"{found.username}@" if found.username else ""
    return f"{who}{found.host}:{found.port}"


def secrets(box: MailboxConfig) -> str:
    """Where each secret comes from, never its value."""
    out = []
    for section in ("imap", "smtp"):
        found = getattr(box, section)
        if found is None or not found.username:
            continue
        if found.auth == "oauth2":
            out.append(f"{section}: oauth2")
        elif found.password is not None:
            out.append(f"{section}: in the config file")
        elif found.password_file:
            out.append(f"{section}: file {found.password_file}")
        elif found.password_env:
            out.append(f"{section}: ${found.password_env}")
    return ", ".join(out) or "-"


def short(names: list[str]) -> str:
    return ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
