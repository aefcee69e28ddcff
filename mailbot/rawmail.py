"""Cheap facts read from a message's raw bytes before it is parsed: Message-ID, sender, shard.

Used when recording a message, which must be fast and must not fail: a full parse
happens later, in the pipeline.
"""

from __future__ import annotations

import re
import zlib

from mailbot.parsing.senders import parse_from

SHARDS = 16
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\r\n]*>)", re.I | re.M)
_FROM = re.compile(rb"^From:[ \t]*(.*(?:\r?\n[ \t]+.*)*)", re.I | re.M)


def head(raw: bytes) -> bytes:
    """The header block (everything before the first empty line)."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        if separator in raw:
            return raw.split(separator, 1)[0]
    return raw


def message_id(raw: bytes) -> str:
    m = _MESSAGE_ID.search(head(raw))
    return m.group(1).decode("ascii", "replace")[:998] if m else ""


def sender(raw: bytes) -> str:
    """The From address, lower-cased ("" when there is none), read as the pipeline reads
    it (mailbot.parsing.senders): a display name is never taken for an address."""
    found = _FROM.findall(head(raw))
    values = [re.sub(rb"\r?\n[ \t]+", b" ", v).decode("ascii", "surrogateescape")
              for v in found]
    try:
        return parse_from(values).key[:320]
    except Exception:  # recording must never fail; the pipeline parses again
        return ""


def shard_of(address: str) -> int:
    """Which shard a sender's messages go to: one sender, one shard, processed in order."""
    return zlib.crc32(address.encode("utf-8", "replace")) % SHARDS
