"""Reply composition: templates by purpose and language, rendered to a MIME message.

Templates live in folders per language (``en/confirmed_block.txt``); a site
folder (``[replies] template_dir``) overrides any bundled file. Rendering uses
StrictUndefined, so a template naming a missing variable fails loudly in
tests instead of in a customer's mailbox. The HTML alternative is the
``<kind>.html`` template if there is one, else the text wrapped by
``layout.html`` — always autoescaped.
"""

from __future__ import annotations

import binascii
import re
import secrets
from dataclasses import dataclass, fields
from datetime import date, datetime
from email.header import Header
from email.utils import format_datetime as rfc2822_date
from email.utils import formataddr
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_currency
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from mailbot.domain import Account, Decision, Money

LANGUAGES = ("en", "es", "de", "fr", "pt")
KINDS = (
    "confirmed_block",
    "confirmed_cancel_immediately",
    "confirmed_stop_renewal",
    "confirmed_suspend",
    "needs_info",
    "pending_verification",
    "verification_request",
    "flagged",
    "rejected",
    "duplicate",
    "withdrawn",
    "not_confirmed",
    "received",
    "verification_expired",
    "terminated",
    "review_rejected",
    "dispute_received",
    "dispute_upheld",
    "dispute_refunded",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")



def bundled_template_dir() -> Path:
    """The templates shipped with mailbot (in the wheel, or the source checkout)."""
    packaged = resources.files("mailbot") / "_bundled_templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def clean_header(value: str, limit: int = 200) -> str:
    """A header value with every CR, LF and control character made a space: no injection."""
    value = _CONTROL.sub(" ", value or "").strip()
    return value[:limit]


@dataclass(frozen=True)
class Company:
    """Who signs the replies and how a customer reaches a person (``[replies]``)."""

    name: str
    contact: str
    support_address: str


@dataclass(frozen=True)
class FlaggedFacts:
    """``flagged``: the flags that sent the request to a person (refund_review changes
    the wording: refunds are decided case by case)."""

    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DuplicateFacts:
    """``duplicate``: when the case already open for this account was received."""

    case_received: datetime


@dataclass(frozen=True)
class VerificationFacts:
    """``verification_request`` and ``verification_expired``: how long the owner has."""

    verification_days: int


@dataclass(frozen=True)
class NoteFacts:
    """``review_rejected`` and ``dispute_upheld``: the agent's words to the customer."""

    note: str


@dataclass(frozen=True)
class RefundFacts:
    """``dispute_refunded``: the refund a person approved, and when it arrives."""

    refund: Money | None
    processing_days: int
    note: str = ""


# What one template says beyond the case, the account and the decision: one type per kind
# of reply that needs more. Templates read it as ``extra`` (its fields by name), the name
# site templates written for earlier versions use.
KindFacts = FlaggedFacts | DuplicateFacts | VerificationFacts | NoteFacts | RefundFacts


@dataclass(frozen=True)
class ReplyFacts:
    """Everything one reply may say. ``account`` is None when account data must not be shown."""

    kind: str
    language: str
    to_addr: str
    company: Company
    zone: ZoneInfo
    received_at: datetime
    case_reference: str | None
    customer_name: str = ""
    original_subject: str = ""
    account: Account | None = None
    decision: Decision | None = None
    missing: tuple[str, ...] = ()
    status: str | None = None  # rejected: the account's status; duplicate: the case's state
    details: KindFacts | None = None


@dataclass(frozen=True)
class RenderedReply:
    """One reply as rendered, before it becomes MIME (the desk previews it like this)."""

    subject: str
    text: str
    html: str


@lru_cache(maxsize=64)
def _environment(site_dir: Path | None, bundled: Path, language: str) -> Environment:
    """The templates of one language, a site folder over the bundled defaults, compiled once
    per process (every App of the process shares them: templates do not change under it)."""
    language = language if language in LANGUAGES else "en"
    roots = [site_dir, bundled] if site_dir else [bundled]
    search = [root / language for root in roots] + [root / "en" for root in roots] + roots
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(p)) for p in search]),
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name and name.endswith(".html")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change under a running process
    )
    env.filters["date"] = lambda d: _fmt_date(d, language)
    env.filters["money"] = lambda m: _fmt_money(m, language)
    env.filters["datetime"] = lambda dt, zone: _fmt_datetime(dt, zone, language)
    env.globals["language"] = language
    return env


class Renderer:
    """Renders reply templates for one mailbox (its site folder over the bundled defaults)."""

    def __init__(self, site_dir: Path | None = None):
        self.site_dir = site_dir
        self.bundled = bundled_template_dir()

    def env(self, language: str) -> Environment:
        return _environment(self.site_dir, self.bundled, language)

    def render(self, facts: ReplyFacts) -> RenderedReply:
        env = self.env(facts.language)
        context = _context(facts)
        template = env.get_template(f"{facts.kind}.txt")
        subject_block = template.blocks.get("subject")
        if subject_block is None:
            raise ValueError(f"template {facts.kind}.txt has no subject block")
        subject = "".join(subject_block(template.new_context(context))).strip()
        text = template.render(context).strip() + "\n"
        try:
            html = env.get_template(f"{facts.kind}.html").render(context)
        except TemplateNotFound:
            html = env.get_template("layout.html").render(
                {**context, "subject": subject, "paragraphs": _paragraphs(text)}
            )
        return RenderedReply(clean_header(subject), text, html)


def _paragraphs(text: str) -> list[list[str]]:
    return [block.splitlines() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


@lru_cache(maxsize=4096)
def _fmt_date(value: date | None, language: str) -> str:
    return format_date(value, "long", locale=language) if value else ""


def _fmt_datetime(value: datetime, zone: ZoneInfo, language: str) -> str:
    """"March 2, 2026, 9:14 AM EST (America/New_York)", in the reply's language."""
    local = value.astimezone(zone)
    day = format_date(local.date(), "long", locale=language)
    clock = format_time(local, "short", tzinfo=zone, locale=language)
    return f"{day}, {clock} {local.tzname()} ({zone.key})"


def _fmt_money(value: Money | None, language: str) -> str:
    if value is None:
        return ""
    return format_currency(value.amount, value.currency, locale=language)


def _context(facts: ReplyFacts) -> dict[str, Any]:
    decision = facts.decision
    return {
        "kind": facts.kind,
        "company": facts.company,
        "case": {"reference": facts.case_reference or ""},
        "received_at": facts.received_at,
        "received": _fmt_datetime(facts.received_at, facts.zone, facts.language),
        "zone": facts.zone,
        "customer_name": clean_header(facts.customer_name, 80),
        "original_subject": clean_header(facts.original_subject),
        "account": facts.account,
        "decision": decision,
        "refund": decision.refund if decision else None,
        "missing": list(facts.missing),
        "status": facts.status,
        "extra": _fields_of(facts.details),
    }


def _fields_of(details: KindFacts | None) -> dict[str, Any]:
    """A kind's facts as the template's ``extra`` mapping (empty for kinds without any)."""
    if details is None:
        return {}
    return {f.name: getattr(details, f.name) for f in fields(details)}


def _header(name: str, value: str) -> bytes:
    """One header line: ASCII as is (folded between words), else RFC 2047 encoded-words."""
    if value.isascii():
        words, lines, line = value.split(" "), [], f"{name}:"
        for word in words:
            if len(line) + 1 + len(word) > 76 and line != f"{name}:":
                lines.append(line)
                line = ""
            line += " " + word
        lines.append(line)
        text = "\r\n".join(lines)
    else:
        text = f"{name}: " + Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
    return text.encode("ascii") + b"\r\n"


def _qp(text: str) -> bytes:
    """Quoted-printable UTF-8 with CRLF line ends (binascii is C: fast)."""
    encoded = binascii.b2a_qp(text.encode("utf-8"), istext=True)
    return encoded.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass(frozen=True)
class Envelope:
    """Who a reply is from and to, and where it sits in the thread: its headers' values.

    The outbox row stores the same values, so both are filled from this one object."""

    from_name: str
    from_addr: str
    to_addr: str
    message_id: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


def build_mime(rendered: RenderedReply, envelope: Envelope, when: datetime) -> bytes:
    """The reply as bytes ready for SMTP: threaded, marked auto-replied (RFC 3834).

    Assembled directly (the email package's generator costs more than the whole
    decision): every header value has CR/LF removed first, so nothing can inject
    a header; non-ASCII is RFC 2047-encoded; both bodies are quoted-printable, so
    the ``=_`` boundary can never occur inside them.
    """
    boundary = f"=_mailbot_{secrets.token_hex(12)}"
    e = envelope
    refs = e.references if len(e.references) <= 10 else e.references[:1] + e.references[-9:]
    headers = [
        ("From", formataddr((clean_header(e.from_name, 80), clean_header(e.from_addr, 320)),
                            charset="utf-8")),
        ("To", clean_header(e.to_addr, 320)),
        ("Subject", rendered.subject),
        ("Date", rfc2822_date(when)),
        ("Message-ID", clean_header(e.message_id, 998)),
        ("In-Reply-To", clean_header(e.in_reply_to or "", 998)),
        ("References", clean_header(" ".join(refs), 3000)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{boundary}"'),
    ]
    out = [_header(name, value) for name, value in headers if value]
    out.append(b"\r\n")
    for subtype, body in (("plain", rendered.text), ("html", rendered.html)):
        out += [
            f"--{boundary}\r\nContent-Type: text/{subtype}; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode("ascii"),
            _qp(body), b"\r\n",
        ]
    out.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(out)
