"""``mailbot process FILE.eml``: local message files through the same pipeline as a poll."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from mailbot import rawmail
from mailbot.app import ChainContext, MailboxRuntime
from mailbot.errors import InputError
from mailbot.flow.batch import process_received
from mailbot.parsing.headers import parse_date
from mailbot.store import inbound
from mailbot.store.db import Database
from mailbot.store.models import CaseRow, MessageRow

_DATE = re.compile(rb"^Date:[ \t]*(.*(?:\r?\n[ \t]+.*)*)", re.I | re.M)


@dataclass(frozen=True)
class FileResult:
    path: str
    row_id: int
    already: bool  # the same message was processed before


def parse_received_at(value: str, zone: ZoneInfo) -> datetime:
    """An ISO 8601 moment; without an offset it is read in the policy time zone."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            f"--received-at {value!r} is not an ISO 8601 date-time like 2026-03-01T10:15:00-05:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def date_header(raw: bytes) -> datetime | None:
    """The sender-written Date, read by mailbot's one Date parser (a "-0000" zone is UTC,
    RFC 5322 §3.3), for a file given without --received-at."""
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    m = _DATE.search(head)
    return parse_date(m.group(1).decode("ascii", "replace").strip()) if m else None


def read_files(paths: list[str]) -> list[tuple[str, bytes]]:
    """Every file's bytes, or InputError naming the first that cannot be read (nothing done)."""
    out = []
    for name in paths:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory; give .eml files") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror}") from None
        out.append((name, data))
    return out


def process_files(ctx: ChainContext, rt: MailboxRuntime, files: list[tuple[str, bytes]],
                  received_at: datetime | None) -> list[FileResult]:
    """Record each file (dedupe on Message-ID + bytes), then run the pipeline on them."""
    results = []
    missing = [name for name, raw in files if received_at is None and date_header(raw) is None]
    if missing:
        raise InputError(f"{missing[0]}: no readable Date header; pass --received-at ISO")
    with ctx.db.session() as session:
        for name, raw in files:
            sha = inbound.raw_hash(raw)
            message_id = rawmail.message_id(raw)
            same = inbound.find_same(session, rt.name, message_id, sha)
            if same is not None:
                results.append(FileResult(name, same.id, True))
                continue
            when = received_at or date_header(raw)
            assert when is not None
            sender = rawmail.sender(raw)
            row = MessageRow(mailbox=rt.name, source="file", message_id=message_id,
                             raw_sha256=sha, raw=raw, size=len(raw), received_at=when,
                             status="received", sender=sender, shard=rawmail.shard_of(sender),
                             created_at=ctx.clock())
            session.add(row)
            session.flush()
            results.append(FileResult(name, row.id, False))
    process_received(ctx, rt, limit=len(files) + 1)
    return results


def describe(db: Database, row_id: int) -> dict[str, str]:
    """What became of one recorded file: its intent, outcome, flags, account and case."""
    with db.session(readonly=True) as session:
        row = session.get(MessageRow, row_id)
        assert row is not None
        case = session.get(CaseRow, row.case_id) if row.case_id else None
        return {
            "intent": row.intent or "",
            "outcome": row.outcome or row.status,
            "flags": ", ".join(row.flags or []),
            "account": row.account_number or "",
            "case": case.reference if case else "",
            "error": row.error or "",
        }
