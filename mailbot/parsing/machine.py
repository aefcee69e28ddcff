"""Mail written by machines: bounces (DSNs), auto-replies (RFC 3834), receipts, bulk and lists."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mailbot.domain import Evidence, Intent, MailContent
from mailbot.parsing.patterns import compile_table
from mailbot.parsing.sentences import normalise


@dataclass(frozen=True)
class Verdict:
    """What the headers and structure say: an intent, how sure, and why."""

    intent: Intent
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class BulkSignal:
    """Headers that mark list or bulk mail: a human request in it still goes to review."""

    evidence: tuple[Evidence, ...]


_DSN_PARTS = frozenset({"message/delivery-status", "message/global-delivery-status"})
_MDN_PARTS = frozenset(
    {"message/disposition-notification", "message/global-disposition-notification"}
)
_DAEMON = re.compile(
    r"^(?:mailer-daemon|mailer_daemon|maildaemon|mail-daemon|postmaster|mail-?delivery|"
    r"mdaemon|bounces?|nobody)(?:[+@]|$)",
    re.IGNORECASE,
)
_DAEMON_NAME = re.compile(
    r"mail delivery (?:subsystem|system|service)|mailer[- ]daemon|postmaster", re.I
)
_NOREPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?)(?:[+@.-]|$)", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery status notification|delivery (?:failure|failed|problem|"
    r"notification|report|delayed|has failed|warning)|mail delivery failed|returned mail|"
    r"returned to sender|failure notice|non-?delivery|nondeliverable|could not be delivered|"
    r"mail system error|message not delivered|delayed mail|warning: could not send|"
    r"unzustellbar|nicht zustellbar|non remis|non distribuable|no se puede entregar|"
    r"no entregado|nao entregue|mail could not be delivered|permanent error|"
    r"^(?:delivery )?(?:failure|failed)\b|^bounce|rejected:|message you sent"
)
_AUTO_SUBJECT = compile_table(
    r"out of (?:the )?office|automatic (?:reply|response|answer)|auto[- ]?(?:reply|response|"
    r"respons|antwort|matic reply)|autoreply|autorespon|\bvacation\b|away from (?:the )?office|"
    r"^away\b|on (?:vacation|holiday|leave)|abwesenheit|automatische antwort|"
    r"reponse automatique|\babsen(?:ce|t)\b|respuesta automatica|fuera de la oficina|"
    r"\bausente\b|resposta automatica|fora do escritorio|\bausencia\b|^auto:|"
    r"automatyczna odpowiedz|^(?:read|gelesen|lu|leido|lido|gelezen):|atbilde|atvalinajums|"
    r"thank you for your (?:e-?mail|message)|we (?:have )?received your (?:message|request|"
    r"e-?mail)|"
    r"request received|ticket received|\[ticket|case received"
)
_BOUNCE_TEXT = re.compile(
    r"this is the mail system at host|i'm sorry to have to inform you|could not be delivered|"
    r"delivery to the following recipients? failed|following (?:address|recipient)(?:es|s)? "
    r"(?:had|failed)|permanent fatal errors?|created automatically by mail delivery software|"
    r"delivery has failed to these recipients|did not reach (?:some or all of )?the intended|"
    r"message (?:could not|was not|wasn't) (?:be )?delivered|undeliverable|user unknown|"
    r"mailbox (?:unavailable|is full|not found|full)|no such (?:user|recipient|mailbox)|"
    r"recipient address rejected|quota exceeded|unable to deliver|host unknown|"
    r"this is a permanent error|delivery (?:has been|is) delayed|has not (?:yet )?been delivered|"
    r"\b5\.\d\.\d{1,3}\b|\b(?:550|551|552|553|554)[ -]|smtp error|remote (?:host|server) said|"
    r"returned to sender|delivery status notification|undelivered mail|"
    r"unknown (?:user|recipient)|address rejected|failed permanently|temporary failure|"
    r"has been postponed|will continue to (?:try|attempt) to deliver"
)
_AUTO_TEXT = compile_table(
    r"\b(?:i am|i'm|i will be|we are) (?:currently |now )?(?:out of (?:the )?office|away|on "
    r"(?:vacation|holiday|leave|annual leave|parental leave)|traveling|travelling|absent)|"
    r"\bi will (?:be back|return)\b|limited access to (?:my )?e-?mail|"
    r"this is an? (?:automated|automatic|auto-generated) (?:reply|response|message|"
    r"notification)|estoy (?:fuera de la oficina|de vacaciones|ausente)|estare fuera|"
    r"\bich bin\b.{0,40}\b(?:nicht im buro|abwesend|im urlaub|ausser haus)|"
    r"je (?:suis|serai) absent|je suis en conges|estou (?:fora do escritorio|de ferias|ausente)|"
    r"estarei ausente|respuesta automatica|reponse automatique|automatische antwort|"
    r"resposta automatica|we (?:have )?received your (?:message|request|e-?mail)|"
    r"this is an automated message|(?:assigned|created) (?:it )?(?:a )?ticket|"
    # A mailbox that nobody reads any more, and "I will answer when I am back" in the
    # five languages: out-of-office notes sent without auto-reply headers.
    r"\b(?:this|the|my) (?:mailbox|inbox|e-?mail address|address) is (?:no longer|not) "
    r"(?:monitored|in use|checked|read|active)|"
    r"\bi will (?:reply|respond|answer|get back)\b.{0,40}\b(?:when i (?:am back|return)|"
    r"(?:on|upon) my return)|je repondrai\b.{0,40}\b(?:a|des) mon retour|"
    r"\brespondere\b.{0,40}\ba mi (?:regreso|vuelta)|\bresponderei\b.{0,40}\b(?:quando|assim "
    r"que) (?:eu )?(?:voltar|retornar)|\bnach meiner ruckkehr\b.{0,40}\b(?:antworte|beantworte)"
    r"|\b(?:antworte|beantworte)\w*\b.{0,40}\bnach meiner ruckkehr"
)


@dataclass
class _Facts:
    """What the machine rules read, worked out once per message."""

    content: MailContent
    headers: dict[str, str]  # first value of each header, by lower-case name
    subject: str  # normalised
    parts: frozenset[str]

    @functools.cached_property
    def head(self) -> str:
        """The normalised start of the body."""
        return normalise(self.content.text[:3000])

    @functools.cached_property
    def bounce_hits(self) -> int:
        return len(_BOUNCE_TEXT.findall(self.head))

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


def machine_verdict(content: MailContent, own_addresses: frozenset[str]) -> Verdict | None:
    """Intent from headers and structure alone, or None when a human may have written it."""
    sender = content.sender.strip().lower()
    if sender and sender in {a.lower() for a in own_addresses}:
        return _verdict(Intent.AUTO_REPLY, 1.0, "own-address", sender)
    headers: dict[str, str] = {}
    for key, value in content.headers:
        headers.setdefault(key.lower(), value)
    facts = _Facts(content, headers, normalise(content.subject), frozenset(content.parts))
    for rule in _RULES:
        verdict = rule(facts)
        if verdict is not None:
            return verdict
    return None


def _structure(facts: _Facts) -> Verdict | None:
    parts = facts.parts
    ctype = normalise(facts.header("content-type") or "")
    if parts & _DSN_PARTS or "report-type=delivery-status" in ctype.replace('"', ""):
        return _verdict(Intent.BOUNCE, 0.99, "dsn", "message/delivery-status")
    if facts.header("x-failed-recipients"):
        return _verdict(Intent.BOUNCE, 0.98, "header", "X-Failed-Recipients")
    if parts & _MDN_PARTS or "disposition-notification" in ctype:
        return _verdict(Intent.AUTO_REPLY, 0.97, "mdn", "message/disposition-notification")
    if "message/feedback-report" in parts or "feedback-report" in ctype:
        return _verdict(Intent.AUTO_REPLY, 0.95, "arf", "message/feedback-report")
    return None


def _daemon(facts: _Facts) -> Verdict | None:
    sender = facts.content.sender.strip()
    if _DAEMON.match(sender) or _DAEMON_NAME.search(facts.content.sender_name):
        return _verdict(Intent.BOUNCE, 0.97, "daemon-sender", sender or facts.content.sender_name)
    return None


def _subject(facts: _Facts) -> Verdict | None:
    subject = facts.content.subject
    if _BOUNCE_SUBJECT.search(facts.subject) and (facts.bounce_hits or _null_return_path(facts)):
        return _verdict(Intent.BOUNCE, 0.96, "bounce-subject", subject)
    if _AUTO_SUBJECT.search(facts.subject) and _auto_headers(facts):
        return _verdict(Intent.AUTO_REPLY, 0.97, "auto-reply-subject", subject)
    return None


def _headers(facts: _Facts) -> Verdict | None:
    auto = _auto_headers(facts)
    if auto is None and not _null_return_path(facts):
        return None
    if facts.bounce_hits:
        return _verdict(Intent.BOUNCE, 0.93, "bounce-text", auto or "Return-Path: <>")
    if auto is not None and "auto-generated" in auto and not _is_acknowledgement(facts):
        # RFC 3834: auto-generated is a notification (a receipt, an alert), not a reply.
        return _verdict(Intent.OTHER, 0.9, "auto-generated", auto)
    if auto is not None:
        return _verdict(Intent.AUTO_REPLY, 0.95, "auto-submitted", auto)
    if _is_acknowledgement(facts):
        return _verdict(Intent.AUTO_REPLY, 0.93, "null-return-path", "Return-Path: <>")
    return None


def _text(facts: _Facts) -> Verdict | None:
    subject = facts.subject
    if _BOUNCE_SUBJECT.search(subject) and not subject.startswith(("re:", "aw:", "fw")):
        return _verdict(Intent.BOUNCE, 0.9, "bounce-subject", facts.content.subject)
    if facts.bounce_hits >= 3:
        return _verdict(Intent.BOUNCE, 0.88, "bounce-text", facts.head[:80])
    if _AUTO_SUBJECT.search(subject) and not subject.startswith(("re:", "aw:")):
        return _verdict(Intent.AUTO_REPLY, 0.9, "auto-reply-subject", facts.content.subject)
    return None


_RULES = (_structure, _daemon, _subject, _headers, _text)


def auto_reply_text(text: str) -> bool:
    """Whether a body reads like an out-of-office note ("I am out of the office until …")."""
    return bool(_AUTO_TEXT.search(normalise(text[:3000])))


def bulk_signal(content: MailContent) -> BulkSignal | None:
    """List-*, Precedence bulk/list/junk or a no-reply sender: never a confident request."""
    found = []
    precedence = (content.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "list"):
        found.append(Evidence("precedence", precedence))
    for name in ("list-id", "list-unsubscribe", "list-post"):
        value = content.header(name)
        if value:
            found.append(Evidence("list-header", f"{name}: {value[:80]}"))
            break
    if _NOREPLY.match(content.sender.strip()) and not content.header("reply-to"):
        found.append(Evidence("no-reply-sender", content.sender))
    return BulkSignal(tuple(found)) if found else None


def _auto_headers(facts: _Facts) -> str | None:
    submitted = (facts.header("auto-submitted") or "").strip().lower()
    if submitted and not submitted.startswith("no"):
        return f"Auto-Submitted: {submitted}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply"):
        value = facts.header(name)
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            return f"{name}: {value}"
    suppress = (facts.header("x-auto-response-suppress") or "").lower()
    # Outlook puts this on meeting mail and some ordinary mail too: only with auto-reply words.
    if suppress and ("oof" in suppress or "all" in suppress) and _AUTO_TEXT.search(facts.head):
        return f"X-Auto-Response-Suppress: {suppress}"
    return None


def _is_acknowledgement(facts: _Facts) -> bool:
    """An auto-reply's words: "out of office", "we have received your request", "ticket #…"."""
    return bool(_AUTO_SUBJECT.search(facts.subject) or _AUTO_TEXT.search(facts.head))


def _null_return_path(facts: _Facts) -> bool:
    value = facts.header("return-path")
    return value is not None and value.strip() in ("<>", "")


def _verdict(intent: Intent, confidence: float, rule: str, text: str) -> Verdict:
    return Verdict(intent, confidence, (Evidence(rule, text[:200]),))
