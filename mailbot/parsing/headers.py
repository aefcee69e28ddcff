"""Header values to text: unfolding, RFC 2047 encoded words, 8-bit bytes, addresses, dates."""

from __future__ import annotations

import binascii
import re
from datetime import UTC, datetime
from email.quoprimime import header_decode
from email.utils import getaddresses, parsedate_to_datetime

from mailbot.parsing.charsets import decode_bytes, repair_surrogates

# The stdlib's email.header.decode_header raises on bad base64 and returns a mix of
# bytes and str; this reads the same grammar (RFC 2047 §2, RFC 2231 §5 language tags)
# leniently: a word it cannot decode stays as written.
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(?==\?[^?\s]+\?[bBqQ]\?)")
_FOLD = re.compile(r"\r?\n[ \t]|\r[ \t]")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*", re.UNICODE)
_MSG_ID = re.compile(r"<[^<>\s]+>")


def decode_header_value(value: object) -> str:
    """A header's text: unfolded, encoded words decoded, raw 8-bit bytes repaired."""
    text = str(value) if value is not None else ""
    if text.isascii() and "=?" not in text and "\n" not in text and "\r" not in text:
        return text.strip()
    text = _FOLD.sub(" ", text).replace("\r", " ").replace("\n", " ")
    text = repair_surrogates(text)
    if "=?" in text:
        text = _BETWEEN_WORDS.sub(r"\1", text)
        text = _ENCODED_WORD.sub(_decode_word, text)
    return text.strip()


def _decode_word(match: re.Match[str]) -> str:
    charset, encoding, payload = match.groups()
    charset = charset.split("*", 1)[0]
    try:
        if encoding in "bB":
            data = binascii.a2b_base64(payload + "=" * (-len(payload) % 4))
        else:
            data = header_decode(payload).encode("latin-1", errors="replace")
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, charset).replace("\r", "").replace("\n", " ")


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header; tolerant of broken syntax."""
    try:
        pairs = [(n, a) for n, a in getaddresses([value]) if "@" in a]
    except Exception:  # getaddresses has raised on odd group syntax in some versions
        pairs = []
    if pairs:
        return [(name.strip().strip('"'), addr.strip()) for name, addr in pairs]
    return [("", found) for found in _ADDRESS.findall(value)]


def parse_date(value: str | None) -> datetime | None:
    """The Date header as an aware datetime (UTC when no zone is given), or None."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def message_ids(value: str | None) -> tuple[str, ...]:
    """The ``<id>`` tokens of a Message-ID, In-Reply-To or References header."""
    return tuple(_MSG_ID.findall(value or ""))
