"""Conversation threading: case references and our own signed Message-IDs.

Each reply's Message-ID carries the case reference and an HMAC tag, so a
customer's answer (In-Reply-To/References) is matched to its case without
trusting the subject, and a forged ID is recognised as such.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable

_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: easy to read aloud
REFERENCE_RE = re.compile(r"\bCR-([2-9A-HJ-NP-TV-Z]{6})\b")
_SUBJECT_REF = re.compile(r"\[\s*(CR-[2-9A-HJ-NP-TV-Z]{6})\s*\]", re.IGNORECASE)
_OUR_ID = re.compile(r"^<?(cr-[2-9a-hj-np-tv-z]{6}|mb)\.([0-9a-f]{12})\.([0-9a-f]{16})@([^>]+)>?$")
_ANGLE_ID = re.compile(r"<[^<>\s]+>")


def new_case_reference() -> str:
    """A fresh reference like CR-7K2M9Q (30^6 ≈ 729 million)."""
    return "CR-" + "".join(secrets.choice(_ALPHABET) for _ in range(6))


def _tag(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()[:16]


def make_message_id(secret: bytes, domain: str, case_reference: str | None) -> str:
    """A new Message-ID for a reply: ``<cr-7k2m9q.<nonce>.<tag>@domain>``."""
    body = f"{case_reference.lower() if case_reference else 'mb'}.{secrets.token_hex(6)}"
    return f"<{body}.{_tag(secret, body)}@{domain}>"


def case_from_message_id(secret: bytes, message_id: str) -> str | None:
    """The case reference signed into one of our Message-IDs, or None if not ours / forged."""
    match = _OUR_ID.match(message_id.strip().lower())
    if not match:
        return None
    prefix, nonce, tag = match.group(1), match.group(2), match.group(3)
    if not hmac.compare_digest(tag, _tag(secret, f"{prefix}.{nonce}")):
        return None
    return prefix.upper() if prefix != "mb" else None


def is_our_message_id(secret: bytes, message_id: str) -> bool:
    match = _OUR_ID.match(message_id.strip().lower())
    return match is not None and hmac.compare_digest(
        match.group(3), _tag(secret, f"{match.group(1)}.{match.group(2)}")
    )


def split_ids(value: str | None) -> list[str]:
    """The ``<id>`` tokens of an In-Reply-To or References header, in order."""
    return _ANGLE_ID.findall(value or "")


def subject_references(subject: str) -> list[str]:
    """Case references written in a subject, e.g. ``Re: Your request [CR-7K2M9Q]``."""
    return [ref.upper() for ref in _SUBJECT_REF.findall(subject or "")]


def thread_ids(in_reply_to: str | None, references: Iterable[str]) -> list[str]:
    """Every Message-ID this message answers, nearest first, without repeats."""
    seen: list[str] = []
    for mid in [*split_ids(in_reply_to), *reversed(list(references))]:
        if mid not in seen:
            seen.append(mid)
    return seen


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() or "mailbot.invalid"
