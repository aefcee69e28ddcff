"""Build raw RFC 5322 messages for parsing tests, with only the headers a case needs."""

from __future__ import annotations

from email.header import Header


def _encoded(value: str) -> str:
    """An RFC 2047 encoded word when the value is not plain ASCII."""
    return value if value.isascii() else Header(value, "utf-8").encode()


def make_message(
    body: str = "",
    *,
    subject: str = "Hello",
    sender: str = "Ann Example <ann@example.com>",
    headers: dict[str, str] | None = None,
    content_type: str = "text/plain; charset=utf-8",
    encoding: str = "8bit",
    charset: str = "utf-8",
) -> bytes:
    """A single-part message: From/To/Subject/Date, extra headers, then the body."""
    lines = [
        f"From: {sender}",
        "To: Support <support@crmrunner.example>",
        f"Subject: {_encoded(subject)}",
        "Date: Mon, 16 Mar 2026 09:30:00 +0100",
        "Message-ID: <test-1@example.com>",
        "MIME-Version: 1.0",
        f"Content-Type: {content_type}",
        f"Content-Transfer-Encoding: {encoding}",
    ]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    head = "\r\n".join(lines).encode("ascii")
    return head + b"\r\n\r\n" + body.replace("\n", "\r\n").encode(charset, errors="replace")


def multipart(
    parts: list[tuple[str, bytes | str]],
    *,
    subtype: str = "mixed",
    extra: str = "",
    subject: str = "Hello",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A multipart message from (part headers, part body) pairs."""
    boundary = "=_b0undary_42"
    head = [
        "From: Ann Example <ann@example.com>",
        "To: support@crmrunner.example",
        f"Subject: {_encoded(subject)}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}',
    ]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    out = "\r\n".join(head).encode() + b"\r\n\r\n"
    for part_headers, part_body in parts:
        data = part_body.encode() if isinstance(part_body, str) else part_body
        out += f"--{boundary}\r\n{part_headers}\r\n\r\n".encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()
