"""Bounces read closely: which message came back, whether it failed for good, and why.

Pure: a bounce's bytes in, a ``Dsn`` out. Reads RFC 3464 reports
(``multipart/report; report-type=delivery-status``: each recipient's Action, Status
and Diagnostic-Code, and the returned message or its headers) and the common
non-standard bounces that quote the returned message as text (Exim, qmail). Which
bounces these are is decided elsewhere (``parsing.machine``); this only reads them.
"""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from mailbot.parsing.headers import decode_header_value

_ID = re.compile(r"<[^<>\s]+>")
_QUOTED_ID = re.compile(r"^[ \t>]*Message-ID:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_COPY_MARK = re.compile(
    r"^.*(?:copy of the (?:original )?message|below this line|original message follows|"
    r"returned message|undelivered message|message headers follow).*$",
    re.IGNORECASE | re.MULTILINE)
_SMTP_LINE = re.compile(
    r"^.*?(?:\b[45]\d\d[ -]\d?\.?|#[45]\.\d{1,3}\.\d{1,3}|\b[45]\.\d{1,3}\.\d{1,3}\b).*$",
    re.MULTILINE)
_REASON_LINE = re.compile(
    r"^.*(?:user unknown|no such (?:user|mailbox|recipient)|does not exist|not found|"
    r"address rejected|mailbox (?:is )?(?:full|unavailable)|quota|unknown (?:user|recipient)|"
    r"host unknown|domain not found).*$", re.IGNORECASE | re.MULTILINE)
_DELAY = re.compile(
    r"\bdelayed\b|warning only|will (?:continue to )?(?:be )?retr|still being retried|"
    r"has not (?:yet )?been delivered|has been postponed|delivery (?:is|has been) delayed",
    re.IGNORECASE)
_REPORTS = ("message/delivery-status", "message/global-delivery-status")
_RETURNED = ("message/rfc822", "message/global")


@dataclass(frozen=True)
class Dsn:
    """What a bounce says about the message it returns."""

    message_ids: tuple[str, ...]  # the returned message's Message-ID candidates, best first
    failed: bool  # False for a delay warning or a delivered/relayed notice
    diagnostic: str  # what the receiving server said, on one line
    recipient: str | None = None


@dataclass(frozen=True)
class _Recipient:
    action: str
    status: str
    diagnostic: str
    address: str | None


def read_dsn(raw: bytes) -> Dsn:
    """Read a bounce; never raises (a bounce we cannot read names no message)."""
    try:
        msg = email.message_from_bytes(raw)
    except Exception:  # a broken bounce is simply not matched
        return Dsn((), False, "")
    returned: list[str] = []
    original: list[str] = []
    recipients: list[_Recipient] = []
    texts: list[str] = []
    for part in _parts(msg):
        ctype = part.get_content_type()
        if ctype in _REPORTS:
            blocks = _blocks(part)
            original += [i for b in blocks for i in _ids(b.get("Original-Message-ID"))]
            recipients += [_recipient(b) for b in blocks[1:] if b.get("Action")]
        elif ctype in _RETURNED:
            inner = part.get_payload(0) if part.is_multipart() else None
            if isinstance(inner, Message):
                returned += _ids(inner.get("Message-ID"))
        elif ctype == "text/rfc822-headers":
            returned += _ids(HeaderParser().parsestr(_text(part)).get("Message-ID"))
        elif ctype == "text/plain":
            texts.append(_text(part))
    text = "\n".join(texts)
    return Dsn(_candidates(msg, returned, original, text), _failed(recipients, text),
               _diagnostic(recipients, text, msg),
               next((r.address for r in recipients if r.address), None))


def _candidates(msg: Message, returned: list[str], original: list[str], text: str
                ) -> tuple[str, ...]:
    """Which message came back, from the surest source there is: the returned message's
    own Message-ID (or its Original-Message-ID field), else the first Message-ID quoted in
    the text, else the bounce's own In-Reply-To and References. A surer source that names
    another message is never overruled by a vaguer one naming ours."""
    if returned or original:
        return _unique([*returned, *original])
    quoted = _QUOTED_ID.search(text)
    if quoted:
        return (quoted.group(1),)
    return _unique([*_ids(msg.get("In-Reply-To")), *reversed(_ids(msg.get("References")))])


def _blocks(part: Message) -> list[Message]:
    """The field blocks of a delivery-status part: per message first, then per recipient."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [b for b in payload if isinstance(b, Message)]
    text = payload if isinstance(payload, str) else ""
    return [HeaderParser().parsestr(chunk.strip() + "\n")
            for chunk in re.split(r"\r?\n[ \t]*\r?\n", text) if chunk.strip()]


def _recipient(block: Message) -> _Recipient:
    final = _one_line(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
    address = final.split(";", 1)[-1].strip() or None
    diagnostic = _one_line(block.get("Diagnostic-Code") or "")
    if ";" in diagnostic.split(" ", 1)[0]:  # "smtp; 550 5.1.1 ..." -> "550 5.1.1 ..."
        diagnostic = diagnostic.split(";", 1)[1].strip()
    return _Recipient(_one_line(block.get("Action") or "").lower(),
                      _one_line(block.get("Status") or ""), diagnostic, address)


def _failed(recipients: list[_Recipient], text: str) -> bool:
    if recipients:
        return any(r.action.startswith("failed") for r in recipients)
    return not _DELAY.search(text)


def _diagnostic(recipients: list[_Recipient], text: str, msg: Message) -> str:
    """The failed recipient's Diagnostic-Code (and Status), else the report's own words."""
    said = _said(text)
    for r in recipients:
        if r.action.startswith("failed") or len(recipients) == 1:
            line = r.diagnostic or said or "no diagnostic given"
            status = f" (status {r.status})" if r.status and r.status not in line else ""
            who = f"{r.address}: " if r.address and r.address not in line else ""
            return f"{who}{line}{status}"[:500]
    return (said or _one_line(decode_header_value(msg.get("Subject") or "bounce")))[:500]


def _said(text: str) -> str:
    """The first line of the human-readable part with an SMTP reply or a known reason."""
    head = _COPY_MARK.split(text, 1)[0]
    for pattern in (_SMTP_LINE, _REASON_LINE):
        found = pattern.search(head)
        if found:
            return _one_line(found.group(0)).strip(" #")
    return ""


def _parts(msg: Message) -> Iterator[Message]:
    """Every part of the report, depth first, without entering the returned message (its
    text is our reply, not the report)."""
    yield msg
    if msg.get_content_type() in _RETURNED or not msg.is_multipart():
        return
    for sub in msg.get_payload():
        if isinstance(sub, Message):
            yield from _parts(sub)


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    value = part.get_payload()
    return value if isinstance(value, str) else ""


def _ids(value: str | None) -> list[str]:
    return _ID.findall(str(value)) if value else []


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _unique(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
