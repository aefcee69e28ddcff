"""Raw message bytes to MailContent: headers, the readable body, forwarded and calendar parts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message

from mailbot.domain import MailContent
from mailbot.parsing.charsets import decode_bytes
from mailbot.parsing.cues import FORWARD_PREFIX as _FORWARD_SUBJECT
from mailbot.parsing.feed import parse_bytes
from mailbot.parsing.headers import decode_header_value, message_ids, parse_addresses, parse_date
from mailbot.parsing.htmltext import html_to_text
from mailbot.parsing.quotes import split_forward
from mailbot.parsing.senders import parse_from

# compat32 with hand decoding is several times faster than policy.default, and it does not
# raise on header access for malformed addresses and encoded words (see corpus SOURCES.md).
_MAX_DEPTH = 20
_MAX_TEXT = 500_000  # characters of body text kept; the rest of a huge message is noise
_REPORT_PARTS = frozenset(
    {
        "message/delivery-status",
        "message/disposition-notification",
        "message/feedback-report",
        "message/global-delivery-status",
        "message/global-disposition-notification",
    }
)
_OBSOLETE_NAME = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.MULTILINE)
_CALENDAR_KEYS = ("METHOD", "SUMMARY", "STATUS")


@dataclass
class _Body:
    """What the walk over the MIME tree collects."""

    texts: list[str] = field(default_factory=list)
    html: str | None = None
    forwarded: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def parse_mime(raw: bytes) -> MailContent:
    """Decode a message's bytes into MailContent; never raises (``error`` says what failed)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        return _unreadable(b"", f"not bytes: {type(raw).__name__}")
    data = bytes(raw)
    try:
        return _parse(data)
    except Exception as exc:  # one bad message must never stop the pipeline
        return _unreadable(data, f"{type(exc).__name__}: {exc}"[:300])


def _parse(data: bytes) -> MailContent:
    data = data.removeprefix(b"\xef\xbb\xbf")
    msg = parse_bytes(data)
    if not msg.keys() and _OBSOLETE_NAME.match(data):
        msg = parse_bytes(_repair_obsolete(data))
    # raw_items: compat32's items() turns raw 8-bit values into lossy Header objects.
    headers = tuple((str(k), decode_header_value(v)) for k, v in msg.raw_items())
    body = _Body()
    _collect(msg, body, 0)
    text = _clean("\n\n".join(t for t in body.texts if t.strip()))
    forwarded = "\n\n".join(body.forwarded) or None
    first = _first(headers)
    if forwarded is None:
        _, forwarded = split_forward(text, forward_subject=_FORWARD_SUBJECT.match(
            first("subject")) is not None)
    sender = parse_from([v for k, v in msg.raw_items() if k.lower() == "from"])
    return MailContent(
        message_id=_first_id(first("message-id")) or first("message-id") or None,
        sender=sender.address,
        sender_name=sender.name,
        sender_problem=sender.problem,
        to=tuple(addr for _, addr in parse_addresses(first("to"))),
        subject=" ".join(first("subject").split()),
        date_header=parse_date(first("date") or None),
        in_reply_to=_first_id(first("in-reply-to")),
        references=message_ids(first("references")),
        headers=headers,
        content_type=_content_type(msg),
        text=text,
        html=body.html,
        forwarded_text=forwarded,
        defects=tuple(dict.fromkeys(body.defects)),
        parts=tuple(body.parts),
        error=None if headers else "not an email message: no header fields",
    )


def _repair_obsolete(data: bytes) -> bytes:
    """RFC 5322 §4.5 obsolete syntax allows blanks before a header's colon; the parser does not."""
    end = data.find(b"\n\n") if b"\n\n" in data else data.find(b"\r\n\r\n")
    head, rest = (data, b"") if end < 0 else (data[:end], data[end:])
    return _OBSOLETE_NAME.sub(rb"\1:", head) + rest


def _first(headers: tuple[tuple[str, str], ...]) -> Callable[[str], str]:
    """A lookup of each header's first value by lower-case name ("" when absent)."""
    index: dict[str, str] = {}
    for key, value in headers:
        index.setdefault(key.lower(), value)
    return lambda name: index.get(name, "")


def _first_id(value: str) -> str | None:
    found = message_ids(value)
    return found[0] if found else None


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:  # a garbled Content-Type reads as the RFC 2045 default
        return "text/plain"


def _collect(part: Message, body: _Body, depth: int) -> None:
    """Walk the MIME tree, keeping the readable text of each inline part in order."""
    ctype = _content_type(part)
    body.parts.append(ctype)
    body.defects.extend(type(d).__name__ for d in getattr(part, "defects", ()))
    if depth > _MAX_DEPTH:
        body.defects.append("NestingTooDeep")
        return
    payload = part.get_payload()
    if ctype in _REPORT_PARTS:
        return  # machine fields; the human-readable part says the same in words
    if ctype in ("message/rfc822", "message/global"):
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            body.forwarded.append(_forwarded(inner, depth))
    elif isinstance(payload, list):
        children = [c for c in payload if isinstance(c, Message)]
        if ctype == "multipart/alternative":
            children = _best_alternative(children, body)
        for child in children:
            _collect(child, body, depth + 1)
    elif _is_attachment(part, ctype):
        return
    elif ctype in ("text/calendar", "application/ics"):
        body.texts.append(_calendar(_decoded(part)))
    elif ctype == "text/html":
        html = _decoded(part)
        body.html = body.html or html
        body.texts.append(html_to_text(html))
    elif ctype.startswith("text/") and ctype != "text/rfc822-headers":
        body.texts.append(_decoded(part))


def _best_alternative(children: list[Message], body: _Body) -> list[Message]:
    """Prefer text/plain; keep the HTML as ``html``; fall back to HTML or a nested multipart."""
    by_type = {_content_type(c): c for c in reversed(children)}
    plain, html = by_type.get("text/plain"), by_type.get("text/html")
    if plain is not None and (html is None or len(_decoded(plain).strip()) >= 10):
        if html is not None:
            body.html = body.html or _decoded(html)
        return [plain]
    if html is not None:
        return [html]
    return children[-1:]


def _is_attachment(part: Message, ctype: str) -> bool:
    if not ctype.startswith("text/"):
        return True
    disposition = str(part.get("content-disposition", "")).lower()
    return disposition.startswith("attachment") and ctype not in ("text/calendar",)


def _decoded(part: Message) -> str:
    """The part's payload, transfer-decoded (base64, QP, uuencode) and charset-decoded."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # broken transfer encoding: take the bytes as they are
        data = str(part.get_payload()).encode("ascii", errors="surrogateescape")
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:  # RFC 2231 parameters can be malformed beyond repair
        charset = None
    return decode_bytes(data[: 4 * _MAX_TEXT], charset)


def _forwarded(inner: Message, depth: int) -> str:
    """A carried message as text: its From/Date/Subject lines, then its readable body."""
    body = _Body()
    _collect(inner, body, depth + 1)
    lines = []
    for name in ("From", "Date", "Subject"):
        value = next((v for k, v in inner.raw_items() if k.lower() == name.lower()), None)
        if value is not None:
            lines.append(f"{name}: {decode_header_value(value)}")
    text = _clean("\n\n".join(t for t in body.texts if t.strip()))
    return "\n".join(lines) + "\n\n" + text if lines else text


def _calendar(ics: str) -> str:
    """The METHOD, SUMMARY and STATUS of an iCalendar part (a cancelled meeting says CANCEL)."""
    unfolded = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    found = []
    for line in unfolded.split("\n"):
        key = line.split(":", 1)[0].split(";", 1)[0].upper()
        if key in _CALENDAR_KEYS and ":" in line:
            found.append(f"{key}:{line.split(':', 1)[1].strip()}")
    return "\n".join(dict.fromkeys(found))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text[:_MAX_TEXT].strip("\n")


def _unreadable(data: bytes, error: str) -> MailContent:
    """A MailContent for bytes that could not be read as a message: text kept for review."""
    return MailContent(
        message_id=None,
        sender="",
        sender_name="",
        to=(),
        subject="",
        date_header=None,
        in_reply_to=None,
        references=(),
        headers=(),
        content_type="application/octet-stream",
        text=_clean(decode_bytes(data[:_MAX_TEXT])) if data else "",
        html=None,
        error=error,
    )
