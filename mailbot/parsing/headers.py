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
    if text.isascii() and "=?" not in text:
        if "\n" not in text and "\r" not in text:
            return text.strip()
        return _FOLD.sub(" ", text).replace("\r", " ").replace("\n", " ").strip()
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


# The common single-address forms, read without the stdlib's full RFC 5322 address parser
# (which parses twice since the 3.11 security fixes): `addr`, `<addr>`, `Name <addr>` and
# `"Name" <addr>`. Anything else (groups, comments, several addresses) takes the full path.
_ADDR = r"[^\s<>()\[\],;:\\\"@]+@[^\s<>()\[\],;:\\\"@]+"
_SIMPLE_BARE = re.compile(rf"\s*<?({_ADDR})>?\s*")
_SIMPLE_NAMED = re.compile(rf'\s*(?:"((?:[^"\\]|\\.)*)"|([^"<>()\[\],;:@\\]*?))\s*<({_ADDR})>\s*')
_QUOTED_PAIR = re.compile(r"\\(.)")
_BLANKS = re.compile(r"[ \t]+")


def _simple_address(value: str) -> tuple[str, str] | None:
    simple = _SIMPLE_BARE.fullmatch(value)
    if simple and value.count("<") == value.count(">"):
        return "", simple.group(1)
    simple = _SIMPLE_NAMED.fullmatch(value)
    if simple:
        quoted, plain, address = simple.groups()
        name = _QUOTED_PAIR.sub(r"\1", quoted) if quoted is not None else _BLANKS.sub(" ", plain)
        return name.strip().strip('"'), address
    return None


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header; tolerant of broken syntax."""
    simple = _simple_address(value)
    if simple is not None:
        return [simple]
    if "," in value and not any(c in value for c in '"():;\\'):  # a list of simple ones
        found = [_simple_address(part) for part in value.split(",") if part.strip()]
        if found and all(found):
            return found  # type: ignore[return-value]
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
