"""A quick look at a message's MIME tree for the case page: its attachments (name, type,
decoded size) and a skeleton of it without the attachments' bodies. Pure.

A 5 MB message with a PDF attached takes the email package a third of a second to
walk; splitting the bytes at the MIME boundaries takes milliseconds. Nothing here is
decoded except part headers (and quoted-printable bodies, to measure them), and
nothing is ever rendered: the desk lists attachments, it never opens them.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser

MAX_DEPTH = 8
# A text part longer than this is cut (at a line end) in the skeleton: the case page
# shows the first 20,000 characters of a message's text, and says how much was left out.
TEXT_LIMIT = 128 * 1024
MAX_PARTS = 200
_WHITESPACE = b" \t\r\n"
_BLANK = re.compile(rb"\r\n\r\n|\n\n")
_headers = BytesHeaderParser(policy=policy.default)


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str
    size: int  # bytes, decoded


@dataclass
class Scan:
    attachments: list[Attachment]
    skeleton: bytes  # the message without attachment bodies (and long texts cut)
    cut: int = 0  # bytes of text parts left out of the skeleton


def scan(raw: bytes, text_limit: int | None = TEXT_LIMIT) -> Scan:
    """The attachments of a message, and the message with every non-text leaf part's body
    emptied (what the text parser needs, at a fraction of the size); text parts longer
    than ``text_limit`` are cut at a line end (None: never)."""
    result = Scan([], b"")
    result.skeleton = _part(raw, result, 0, text_limit)
    return result


def split_head(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(header block, the blank line after it, body)."""
    found = _BLANK.search(raw)
    if found is None:
        return raw, b"", b""
    return raw[:found.start()], found.group(), raw[found.end():]


def _part(raw: bytes, result: Scan, depth: int, limit: int | None) -> bytes:
    found = result.attachments
    head, sep, body = split_head(raw)
    try:
        headers = _headers.parsebytes(head + b"\r\n\r\n")
        ctype = headers.get_content_type()
    except Exception:  # headers we cannot read: keep the part as it is
        return raw
    if depth >= MAX_DEPTH or len(found) >= MAX_PARTS:
        return raw
    if ctype.startswith("multipart/"):
        boundary = headers.get_param("boundary")
        if not isinstance(boundary, str) or not boundary:
            return raw
        return head + sep + _multipart(body, b"--" + boundary.encode("utf-8", "replace"),
                                       result, depth, limit)
    if ctype == "message/rfc822":
        return head + sep + _part(body, result, depth + 1, limit)
    try:
        name = headers.get_filename()
        disposition = headers.get_content_disposition()
    except Exception:  # a malformed parameter: no name
        name, disposition = None, None
    if name is not None or disposition == "attachment":
        clean = "".join(c if c.isprintable() else " " for c in str(name or "(no name)"))
        found.append(Attachment(clean[:200], ctype[:100],
                                _decoded_size(body, str(headers.get("content-transfer-encoding",
                                                                    "")))))
    if headers.get_content_maintype() in ("text", "message"):
        if limit is None or len(body) <= limit:
            return raw
        end = body.rfind(b"\n", 0, limit) + 1 or limit
        if str(headers.get("content-transfer-encoding", "")).strip().lower() == "base64":
            end -= end % 4 if b"\n" not in body[:end] else 0
        result.cut += len(body) - end
        return head + sep + body[:end]
    return head + sep  # an image, a PDF, ...: the text parser does not need its bytes


def _multipart(body: bytes, delimiter: bytes, result: Scan, depth: int,
               limit: int | None) -> bytes:
    pieces = body.split(delimiter)
    out = [pieces[0]]  # the preamble
    for i, piece in enumerate(pieces[1:], 1):
        if piece.startswith(b"--"):  # the closing delimiter and the epilogue
            out.append(delimiter.join([piece, *pieces[i + 1:]]))
            break
        # The line break after the delimiter and the one before the next belong to the
        # delimiters, not to the part (RFC 2046 §5.1.1): cut them off by position.
        head = piece[:64]
        start = len(head) - len(head.lstrip(b" \t"))  # spaces after a delimiter
        start += 2 if piece.startswith(b"\r\n", start) else 1 if piece.startswith(
            b"\n", start) else 0
        end = len(piece) - (2 if piece.endswith(b"\r\n") else 1 if piece.endswith(b"\n")
                            else 0)
        end = max(end, start)
        out.append(piece[:start] + _part(piece[start:end], result, depth + 1, limit)
                   + piece[end:])
    return delimiter.join(out)


def _decoded_size(body: bytes, encoding: str) -> int:
    encoding = encoding.strip().lower()
    if encoding == "base64":
        chars = len(body) - sum(body.count(c) for c in (b"\r", b"\n", b" ", b"\t"))
        tail = body[-8:].rstrip(_WHITESPACE)
        return max(0, chars * 3 // 4 - tail[-2:].count(b"="))
    if encoding == "quoted-printable":
        try:
            return len(binascii.a2b_qp(body))
        except (binascii.Error, ValueError):
            return len(body)
    return len(body)
