"""Why a customer cancels, in their own words, with a code; and whether they want money back."""

from __future__ import annotations

import re

from mailbot.domain import Evidence
from mailbot.parsing import cues
from mailbot.parsing.reason_codes import reason_code
from mailbot.parsing.sentences import Sentence, normalise
from mailbot.parsing.signatures import is_closing

_REASON_LABEL = re.compile(
    r"^\s*[*_-]*\s*(?:(?:cancell?ation |closing )?reason(?: for (?:cancell?(?:ation|ing)|"
    r"leaving|closing|termination))?|motivo(?: de(?: la)? (?:baja|cancelaci[óo]n))?|"
    r"motivo do cancelamento|raz[óo]n|grund|k[üu]ndigungsgrund|raison|motif(?: de r[ée]siliation)?"
    r")\s*[*_]*\s*[:=-]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"\b(?:because(?: of)?|since|as (?:we|i|our|my)|due to|the reason (?:is|being)|"
    r"reason being|porque|ya que|debido a|dado que|weil|da (?:wir|ich|unser|mein)|denn|"
    r"aufgrund|wegen|parce que|parce qu'|car|puisque|en raison d[eu]|pois|ja que|devido a|"
    r"por causa d[aeo])\b"
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buenos dias|buenas tardes|"
    r"estimad[oa]s?|hallo|guten tag|sehr geehrte|liebe[rs]?|bonjour|bonsoir|madame|monsieur|"
    r"ola|oi|bom dia|boa tarde|prezad[oa]s?|caro|cara)\b[^.!?]{0,40}[,!:.]?$"
)
_REFUND = re.compile(
    r"\b(?:refund\w*|money back|reimburs\w+|chargeback|credit (?:back|my card)|pro-?rat\w+|"
    r"reembols\w+|devoluci[oó]n|devuelvan|devolver el dinero|r[uü]ckerstatt\w+|erstatt\w+|"
    r"geld zur[uü]ck|gutschrift|rembours\w+|estorno|estornar|devolu[cç][aã]o|dinheiro de volta|"
    r"return (?:the|my|our) (?:\w+ )?(?:payment|money|charge)|reverse the (?:charge|payment))"
)
_NO_REFUND = re.compile(
    r"\b(?:no|not|don't|do not|without|nor|keine?n?|pas de|sans|nao|sin|ohne)\b"
    r"(?:\s+[\w']+){0,3}\s+(?:a\s+)?(?:refund|reembolso|r[uü]ckerstattung|erstattung|"
    r"remboursement|estorno)"
)
_THANKS = re.compile(
    r"^(?:thanks?|thank you|many thanks|gracias|danke|vielen dank|merci(?! de\b| d')|"
    r"obrigad[oa])\b"
)
_MAX_REASON = 400
_ASKING = re.compile(
    r"\b(?:please|can you|could you|i want|i'd like|i would like|kindly|por favor|"
    r"bitte|merci de|veuillez|quero|quiero)\b"
)
_AND = re.compile(r"^\s*(?:and|und|et|y|e|or|oder|ou|o)\b")
_SEGMENT = re.compile(
    r"\s*[,;:]\s+|\s+[-–—]+\s+|\s*[()]\s*|(?<=[a-z]{2})[.!]\s+(?=[a-z])|\s+(?:so|and so|"
    r"which is why|therefore|but|por lo que|asi que|así que|pero|daher|deshalb|also|aber|donc|"
    r"alors|ent[ãa]o|por isso|mas)\s+",
    re.IGNORECASE,
)
# (Conjunctions only: "due to war", "aufgrund der Insolvenz" keep their preposition, the
# customer's words read wrong without it.)
_LEADING_CONNECTOR = re.compile(
    r"^(?:because|since|the reason is(?: that)?|porque|ya que|dado que|pues|weil|da|denn|"
    r"parce que|parce qu'|car|puisque|pois|j[áa] que|que)\s+",
    re.IGNORECASE,
)


def find_reason(
    body_lines: list[str], found: tuple[Sentence, ...]
) -> tuple[str | None, Evidence | None]:
    """The customer's stated reason: a "Reason:" line, else the clauses that explain why."""
    for text in [*body_lines, *(s.text for s in found)]:
        match = _REASON_LABEL.match(text)
        if match and match.group("value").strip():
            return _tidy(match.group("value")), Evidence("reason-label", text.strip()[:200])
    # By subtraction: what the customer says beyond greeting, request, identifiers,
    # thanks, sign-off and questions is why they leave, in their own words.
    kept: list[tuple[bool, int, str]] = []
    for order, sentence in enumerate(found):
        if _SIGN_OFF.match(sentence.norm):
            break  # the signature: nothing after it is the reason
        if _skip(sentence) or _NOISE.search(sentence.norm):
            continue
        if _TIMING.search(sentence.norm) and reason_code(sentence.text) is None:
            continue  # "end of the billing period is fine": when, not why
        text = _without_asides(sentence.text)
        parts = [p for p in _explaining_parts(text) if _substantial(p)]
        if parts:
            text = ", ".join(parts)
            kept.append((reason_code(text) is not None, order, text))
    if not kept:
        return None, None
    if sum(len(t) for _c, _o, t in kept) > _MAX_REASON:  # the explaining sentences first
        chosen: list[tuple[bool, int, str]]
        chosen, size = [], 0
        for item in sorted(kept, key=lambda k: (not k[0], k[1])):
            if size + len(item[2]) <= _MAX_REASON or not chosen:
                chosen.append(item)
                size += len(item[2])
        kept = sorted(chosen, key=lambda k: k[1])
    reason = _tidy(". ".join(t.rstrip(".") for _c, _o, t in kept))
    return reason, Evidence("reason-sentence", reason[:200])


_SIGN_OFF = re.compile(
    r"^(?:best|kind|warm)?\s*(?:regards|wishes)\b|^(?:sincerely|cheers|yours|cordialement|"
    r"atenciosamente|saludos|un saludo|mit freundlichen|freundliche grusse|viele grusse|"
    r"liebe grusse|beste grusse|lg|mfg|bien a vous|abracos|att\b|sent from|enviado desde|"
    r"envoye de|von meinem)"
)
_IDENTIFIER = re.compile(
    r"\d{5,}|\b(?:kontonummer|kundennummer|benutzername|username|user\s?name|customer\s+id|"
    r"client\s+id|id\s+cliente|account\s+number|numero\s+de\s+(?:cuenta|cliente|conta))\b"
)


def _substantial(part: str) -> bool:
    """A part that can say why: two words or more, no identifier in it (a ticket number
    inside a long sentence is not one: "I have waited three weeks on ticket 20931")."""
    norm = normalise(part)
    words = norm.split()
    if len(words) < 2:
        return False
    found = _IDENTIFIER.search(norm)
    return found is None or (found.group(0).isdigit() and len(words) >= 6)


# Sentences that are about the exchange, not the reason: confirmations asked for, wishes,
# contact details, pleasantries.
_NOISE = re.compile(
    r"\b(?:(?:please|kindly|pls)\s+(?:confirm|send|let\s+me\s+know|acknowledge)|confirm\s+"
    r"(?:the|by|in|receipt|when|that|once)|let\s+me\s+know|hope\s+(?:you|this)|"
    r"bitte\s+(?:bestatigen|senden|teilen)|bestatigen\s+sie|por\s+favor\s+confirm|"
    r"confirmen|confirmar\s+(?:la|el|por)|merci\s+de\s+(?:confirmer|me\s+confirmer)|"
    r"(?:pouvez|veuillez)[- ]vous\s+(?:me\s+)?confirmer|favor\s+confirmar|aguardo|"
    r"follow(?:ing)?\s+up|on\s+behalf\s+of|as\s+discussed|"
    r"suite\s+a\s+notre|comme\s+convenu|wie\s+besprochen|como\s+(?:conversado|hablado)|"
    r"\bi\s+just\s+updated|\bupdated\s+my\s+card)"
)
# Parts of a sentence that say when or where, not why: addresses, phone numbers, "at the
# end of this month" (the rest of the sentence may still be the reason).
_TIMING_WORDS = (r"\bend\s+of\s+(?:the|this|my|our|next)?\s*(?:billing\s+|current\s+)?"
                 r"(?:period|month|term|cycle|year)\b")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s()-]{7,}\d|\b\d{3}\.\d{3}\.\d{4}\b")
_WHEN = re.compile(r"\b(?:(?:with\s+effect\s+)?(?:from|at|by|as\s+of|effective|in)\s+)?"
                   r"(?:the\s+)?" + _TIMING_WORDS, re.IGNORECASE)


def _without_asides(text: str) -> str:
    """The sentence without addresses, phone numbers and "at the end of this month" (each
    looked for only where it can be: these run on every sentence of every request)."""
    if "@" in text:
        text = _ADDRESS.sub(" ", text)
    if any(c.isdigit() for c in text):
        text = _PHONE.sub(" ", text)
    if "end" in text.lower():
        text = _WHEN.sub(" ", text)
    return text
_TIMING = re.compile(_TIMING_WORDS)


def _skip(sentence: Sentence) -> bool:
    norm = sentence.norm
    return bool(
        _GREETING.match(norm)
        or _THANKS.match(norm)
        or is_closing(sentence.text)
        or sentence.question
        or _is_identifier_line(norm)
    )


def _explaining_parts(text: str) -> list[str]:
    """Clauses of a sentence that are neither the request, an identifier nor a refund demand."""
    out = []
    after_request = False
    for segment in _SEGMENT.split(text):
        segment = segment.strip(" .!,;:()")
        norm = normalise(segment)
        follows, after_request = after_request, False
        if not norm or _is_identifier_line(norm) or (follows and _continues(norm)):
            continue
        if _REFUND.search(norm):
            segment = _explained(segment, norm) or ""  # "refund me as I could not use it"
            norm = normalise(segment)
            if not norm or _REFUND.search(norm):
                continue
        end = _request_end(norm)
        if end is not None:
            after_request = True
            connector = _CONNECTOR.search(norm, end - 1) or _CONNECTOR.search(norm)
            rest = _after_connector(segment, connector.group(0)) if connector else None
            if rest is None and len(norm) == len(segment) and not _AND.match(norm[end:]):
                rest = segment[end:]  # the words after the request, when they explain it
            segment = rest.strip() if rest else ""
            if not segment or _request_end(normalise(segment)) is not None:
                continue
            if connector is None and reason_code(segment) is None and \
                    not _own_clause(normalise(segment)):
                continue
        segment = _LEADING_CONNECTOR.sub("", segment).strip()
        if segment:
            out.append(segment)
    return out


# A clause of its own after the request: "stop my subscription i lost my job".
_OWN_CLAUSE = re.compile(r"^(?:i|we|i'm|we're|i've|we've|ich|wir|je|j'|nous|on|yo|nosotros|eu|"
                         r"nos|a gente)\s+\w+\s+\w+")
# What continues a request rather than explains it: "… and let it lapse", "… of my
# subscription of CRM Runner" (after "ask the cancellation (baja)").
_CONTINUES = re.compile(rf"^(?:and|und|et|y|e|of|for|from|de|del|da|do|von|du|des)\b.*"
                        rf"(?:{cues.SERVICE}|\b(?:it|lapse|expire)\b)")


def _own_clause(norm: str) -> bool:
    """A subject and a verb of their own, not naming the service ("ich meinen Vertrag
    fristgerecht" continues "hiermit kündige")."""
    return _OWN_CLAUSE.match(norm) is not None and cues.SERVICE_WORD.search(norm) is None


def _continues(norm: str) -> bool:
    return _CONTINUES.match(norm) is not None


def _explained(segment: str, norm: str) -> str | None:
    """The explanation after a connector in a refund demand ("… and refund the amount as I
    was not able to use it due to technical issues")."""
    connector = _CONNECTOR.search(norm)
    return _after_connector(segment, connector.group(0)) if connector else None


def _request_end(norm: str) -> int | None:
    """Where the request phrase in a clause ends ("je voudrais arrêter l'abonnement| on a …")."""
    ends = [
        m.end()
        for rx in (
            cues.REQUEST,
            cues.BARE_REQUEST,
            cues.RENEWAL_STOP,
            cues.QUESTION_REQUEST,
            cues.CANCEL_WORD,
        )
        if (m := rx.search(norm)) is not None
    ]
    return max(ends) if ends else None


def _after_connector(text: str, connector: str) -> str | None:
    """ "… because it is too expensive" → "it is too expensive"."""
    words = connector.split()
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
    match = re.search(pattern, normalise(text))
    if match is None:
        return None
    plain = normalise(text)
    rest_norm = plain[match.end() :].strip(" ,:")
    # Map back onto the original text by length: normalise keeps lengths for Latin text.
    start = len(text) - len(plain) + match.end() if len(text) == len(plain) else None
    rest = text[start:].strip(" ,:") if start is not None else rest_norm
    return rest or None


def _is_identifier_line(norm: str) -> bool:
    return bool(
        re.match(
            r"^(?:account|acct|user|username|login|konto|cuenta|compte|conta|"
            r"benutzer|usuario|identifiant|name|nombre|nom|nome)\b",
            norm,
        )
    )


def asks_refund(found: tuple[Sentence, ...]) -> bool:
    """Whether a sentence asks for money back; questions and "if we …" musings do not."""
    for sentence in found:
        norm = sentence.norm
        if not _REFUND.search(norm) or _NO_REFUND.search(norm):
            continue
        if (sentence.question or cues.CONDITION.search(norm)) and not _ASKING.search(norm):
            continue
        return True
    return False


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" -–—*_")
    return text[:_MAX_REASON]
