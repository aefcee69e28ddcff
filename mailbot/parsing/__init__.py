"""Mail understanding: MIME to text, intent, and the identifiers and reason a request carries.

Pure functions, bytes in and values out; nothing here raises on bad input. The pipeline
calls ``parse_mime`` and ``understand`` (or ``read_message`` for both).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import TypedDict, Unpack

from mailbot.config import ParsingConfig
from mailbot.domain import Evidence, Extraction, Intent, MailContent, ReasonCode
from mailbot.parsing.bands import MAYBE, answers_our_offer, band
from mailbot.parsing.extract import (
    account_candidates,
    bare_usernames,
    choose_account,
    choose_username,
    username_candidates,
)
from mailbot.parsing.intent import IntentResult, classify_machine, classify_text
from mailbot.parsing.language import detect_language
from mailbot.parsing.lookalikes import SETTLED_CONDITION
from mailbot.parsing.machine import bulk_signal
from mailbot.parsing.mime import parse_mime
from mailbot.parsing.quotes import Reply, split_forwarded, split_reply
from mailbot.parsing.reason_codes import reason_code
from mailbot.parsing.reasons import asks_refund, find_reason
from mailbot.parsing.sentences import normalise, sentences

__all__ = ["parse_mime", "read_message", "understand"]

Checker = Callable[[str], bool] | None
_MAX_BODY = 12_000  # characters read for intent and fields; requests are at the top
_MAX_SUBJECT = 500
_BAND_CHARS = 1500  # the second reading looks at the top of the new text, where requests are


def understand(
    content: MailContent,
    *,
    config: ParsingConfig,
    own_addresses: frozenset[str] = frozenset(),
    is_known_account: Checker = None,
    is_known_username: Checker = None,
) -> Extraction:
    """Intent, identifiers, reason and language of a decoded message; never raises."""
    try:
        return _understand(content, config, own_addresses, is_known_account, is_known_username)
    except Exception as exc:  # a parsing bug must flag one message, not stop the pipeline
        return Extraction(
            intent=Intent.OTHER,
            confidence=0.0,
            evidence=(Evidence("error", f"{type(exc).__name__}: {exc}"[:200]),),
        )


class Context(TypedDict, total=False):
    """What ``understand`` may know besides the message: ``read_message`` passes it on."""

    own_addresses: frozenset[str]
    is_known_account: Checker
    is_known_username: Checker


def read_message(raw: bytes, *, config: ParsingConfig, **context: Unpack[Context]
                 ) -> tuple[MailContent, Extraction]:
    """``parse_mime`` then ``understand``, for callers that hold raw bytes."""
    content = parse_mime(raw)
    return content, understand(content, config=config, **context)


def _understand(
    content: MailContent,
    config: ParsingConfig,
    own_addresses: frozenset[str],
    is_known_account: Checker,
    is_known_username: Checker,
) -> Extraction:
    if len(content.subject) > _MAX_SUBJECT:
        content = dataclasses.replace(content, subject=content.subject[:_MAX_SUBJECT])
    machine = classify_machine(content, own_addresses)
    if machine is not None:
        new_text = content.text[:2000].strip()
        return Extraction(
            machine.intent,
            machine.confidence,
            machine.evidence,
            language=detect_language(f"{content.subject}\n{new_text}"),
            new_text=new_text,
        )
    reply = split_reply(content.text[:_MAX_BODY])
    forwarded = (
        split_forwarded(content.forwarded_text[:_MAX_BODY]) if content.forwarded_text else None
    )
    products = _products(config.product_names, config.plan_names)
    named = dataclasses.replace(content, subject=_generic(content.subject, products))
    visible = SETTLED_CONDITION.sub(" ", _unquoted(_generic(reply.visible, products)))
    result = classify_text(
        named,
        visible,
        _generic(forwarded.visible, products) if forwarded else None,
        min_confidence=config.min_confidence,
    )
    if bulk_signal(content) is None:  # (a list never carries a request to us: intent._temper)
        banded = band(result.intent, result.confidence, result.evidence,
                      normalise(visible[:_BAND_CHARS]), normalise(named.subject))
        result = IntentResult(banded.intent, banded.confidence, banded.evidence,
                              result.withdrawal or banded.withdrawal)
        if result.intent == Intent.OTHER and not result.withdrawal and reply.quoted:
            yes = answers_our_offer(normalise(visible[:_BAND_CHARS]), reply.quoted)
            if yes is not None:
                result = IntentResult(Intent.CANCELLATION, MAYBE, (*result.evidence, yes))
    language = detect_language(f"{content.subject}\n{reply.body}")
    return _extract(
        content, reply, forwarded, result, language, config, is_known_account, is_known_username
    )


def _extract(
    content: MailContent,
    reply: Reply,
    forwarded: Reply | None,
    result: IntentResult,
    language: str,
    config: ParsingConfig,
    is_known_account: Checker,
    is_known_username: Checker,
) -> Extraction:
    """Identifiers from new text, subject, signature and forwarded text; reason if cancelling."""
    texts = [
        reply.visible,
        content.subject,
        reply.signature,
        forwarded.visible if forwarded else "",
    ]
    account, candidates, account_ev = choose_account(
        account_candidates(texts, _pattern(config.account_number_pattern)), is_known_account
    )
    username, user_ev = choose_username(
        username_candidates(texts),
        bare_usernames(texts) if is_known_username else [],
        is_known_username,
    )
    reason, reason_ev, code = None, None, None
    if result.intent is Intent.CANCELLATION:
        reason, reason_ev, code = _reason(reply, forwarded)
    found = tuple(e for e in (account_ev, user_ev, reason_ev) if e is not None)
    return Extraction(
        intent=result.intent,
        confidence=result.confidence,
        evidence=result.evidence + found,
        language=language,
        account_number=account,
        account_number_candidates=candidates,
        username=username,
        reason=reason,
        reason_code=code,
        asks_refund=asks_refund(sentences(reply.visible)),
        withdrawal=result.withdrawal,
        new_text=reply.body,
    )


def _reason(
    reply: Reply, forwarded: Reply | None
) -> tuple[str | None, Evidence | None, ReasonCode | None]:
    """The stated reason, from the new text and any forwarded request, with its code."""
    source = "\n\n".join(t for t in (reply.body, forwarded.body if forwarded else "") if t)
    reason, evidence = find_reason(source.split("\n"), sentences(source))
    code = (reason_code(reason) or ReasonCode.OTHER) if reason else None
    return reason, evidence, code


@functools.lru_cache(maxsize=16)
def _products(products: tuple[str, ...], plans: tuple[str, ...]
              ) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The company's own words as patterns: its product names read as "the subscription",
    its plan names as "plan" ("cancel CRM Runner" is "cancel the subscription")."""
    out = []
    for names, generic in ((products, "the subscription"), (plans, "plan")):
        for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
            words = r"[\s-]*".join(re.escape(w) for w in name.split())
            out.append((re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE), generic))
    return tuple(out)


_QUOTED = re.compile(r'"[^"\n]{3,250}"|\u201c[^\u201d\n]{3,250}\u201d|'
                     r'\u00ab[^\u00bb\n]{3,250}\u00bb|\u201e[^\u201c\u201d\n]{3,250}[\u201c\u201d]')


def _unquoted(text: str) -> str:
    """Text in quotation marks is someone else's words (a button label, a phishing mail,
    our own subject line): never the customer's request."""
    return _QUOTED.sub(" ", text) if any(q in text for q in '"\u201c\u00ab\u201e') else text


def _generic(text: str, products: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for rx, generic in products:
        text = rx.sub(generic, text)
    return text


@functools.lru_cache(maxsize=16)
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
