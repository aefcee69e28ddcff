"""The part of a body the customer wrote now: older quoted messages and signatures cut off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.parsing.signatures import split_signature

_WROTE = (
    r"wrote|geschreven|пише|написала|writes|schrieb|schreibt|a\s+[ée]crit|[ée]crivait|"
    r"escribi[óo]|escreveu|escrito|"
    r"schreef|skrev|ha\s+scritto|scrisse|napisa[łl]\(?a?\)?|написал\(?а?\)?|kirjoitti|írta"
)
# "On Tue, 3 May 2024 at 10:00, Ann <a@b.c> wrote:" and its siblings, possibly over lines.
_OPENER = re.compile(
    r"^[-\s*]*(?:(?:on|am|le|el|em|op|den|il|w\s+dniu|dne|p[åa]|во?|в)\s.{0,200}\d"
    r"|\d{1,4}[\s./-]\S.{0,200}\d{1,2}:\d{2})",
    re.IGNORECASE,
)
_WROTE_WORD = re.compile(rf"(?<!\w)(?:{_WROTE})(?!\w)", re.IGNORECASE)
_WROTE_END = re.compile(rf"(?:{_WROTE})\s*(?:\(?\w*\)?)?\s*\**\s*$", re.IGNORECASE)
_TRAILING_DASHES = re.compile(r"[\s-]+$")
# "Ann via Forum <a@b.c> schrieb:" (no leading "On …"): a short line ending in "wrote:".
_NAME_WROTE = re.compile(rf"^\s*\S.{{0,200}}\b(?:{_WROTE})\s*:\s*$", re.IGNORECASE)
# Gmail in CJK locales: "2013/11/21 Ann <a@b.c>" followed by the quote.
_DATE_ADDRESS = re.compile(
    r"^\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}\b(?:.{0,200}<[^>\s]+@[^>\s]+>:?"
    r"|\s+\d{1,2}:\d{2}\s+GMT[+-]\d{1,2}:\d{2}\s.{1,100})\s*$"
)
_HEADER_LABEL = (
    r"from|de|von|van|da|od|fr[åa]n|fra|от|sent|skickat|till|ämne|date|datum|fecha|data|"
    r"envoy[ée]|enviado|"
    r"enviada|gesendet|verzonden|inviato|to|an|para|[àa]|aan|cc|subject|betreff|asunto|"
    r"objet|assunto|onderwerp|oggetto|reply-to|antwort an|répondre à"
)
_HEADER_LINE = re.compile(rf"^\s*[*_]*(?:{_HEADER_LABEL})\s*[*_]*\s*:", re.IGNORECASE)
_FROM_LINE = re.compile(
    r"^\s*[*_]*(?:from|de|von|van|da|od|fr[åa]n|fra|от|mittente)\s*[*_]*\s*:", re.IGNORECASE
)
_ONE_LINE_HEADERS = re.compile(
    r"^\s*[*_]*(?:from|de|von)\s*[*_]*\s*:.{1,300}\b(?:sent|date|enviado|gesendet|envoy[ée]|"
    r"datum|fecha|data)\s*[*_]*\s*:",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^\s*[-=_*\s]*(?:original message|mensaje original|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|message original|mensagem original|oorspronkelijk bericht|"
    r"messaggio originale|reply message|alkuperäinen viesti)[-=_*\s]*:?\s*$",
    re.IGNORECASE,
)
FORWARD_MARKER = re.compile(
    r"^\s*(?:[-=_*>\s]*(?:forwarded message|forwarded e-?mail|mensaje reenviado|"
    r"weitergeleitete nachricht|message transf[ée]r[ée]|mensagem encaminhada|"
    r"mensagem reencaminhada|doorgestuurd bericht|messaggio inoltrato)[-=_*\s]*:?"
    r"|begin forwarded message\s*:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|"
    r"inicio del mensaje reenviado\s*:|anfang der weitergeleiteten nachricht\s*:|"
    r"in[íi]cio da mensagem reencaminhada\s*:)\s*$",
    re.IGNORECASE,
)
_OPENER_WORDS = frozenset(
    [
        "on",
        "am",
        "le",
        "el",
        "em",
        "op",
        "den",
        "il",
        "w",
        "dne",
        "på",
        "pa",
        "во",
        "в",
        "begin",
        "début",
        "debut",
        "inicio",
        "anfang",
        "início",
    ]
)
_HEADER_WORDS = (
    "wrote",
    "writes",
    "schrieb",
    "schreibt",
    "écrit",
    "ecrit",
    "escribi",
    "escreveu",
    "schreef",
    "skrev",
    "scritto",
    "scrisse",
    "napisa",
    "написал",
    "пише",
    "kirjoitti",
    "írta",
    "forward",
    "reenviado",
    "weitergeleitet",
    "transf",
    "encaminhada",
    "original",
    "geschreven",
)
_RULE = re.compile(r"^\s*(?:[-_=*~#+]{2,}|ᐧ)\s*$")
_OUTLOOK_RULE = re.compile(r"^\s*_{20,}\s*$")
_MAX_FORWARD_SCAN = 200_000
_FORWARD_HINTS = (
    "forward",
    "reenviado",
    "weitergeleitet",
    "transf",
    "encaminhad",
    "reencaminhad",
    "doorgestuurd",
    "inoltrato",
    "réexpédié",
    "reexpedie",
)
_QUOTED = re.compile(r"^\s*(?:[A-Z]{1,3})?>")


@dataclass(frozen=True)
class Reply:
    """A body split into what was written now and what came with it."""

    body: str  # the new text, without sign-off and signature
    signoff: str = ""  # "Thanks,\nAnn" — the writer's own closing and name lines
    signature: str = ""  # "-- " block, "Sent from my iPhone", disclaimers
    quoted: str = ""  # older messages: attribution and everything after, "> " lines

    @property
    def visible(self) -> str:
        """Body and sign-off, as a reader sees the new message."""
        return "\n\n".join(part for part in (self.body, self.signoff) if part)


def split_reply(text: str) -> Reply:
    """Split a plain-text body into new text, sign-off, signature and quoted older messages."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept, quoted = strip_quotes(lines)
    body, signoff, signature = split_signature(_trim(kept))
    return Reply(
        body="\n".join(_trim(body)),
        signoff="\n".join(_trim(signoff)),
        signature="\n".join(_trim(signature)),
        quoted="\n".join(_trim(quoted)),
    )


def strip_quotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """(new lines, quoted lines): "> " lines and everything from an older message's header on.

    An attribution directly followed by "> " lines introduces an inline quote: the writer's
    own lines after it are kept (interleaved replies). Any other header (Outlook block,
    "Original Message", a forward marker) starts the older message, which runs to the end.
    """
    kept: list[str] = []
    quoted: list[str] = []
    i, count = 0, len(lines)
    while i < count:
        line = lines[i]
        if _QUOTED.match(line):
            quoted.append(line)
            i += 1
            continue
        end = _header_end(lines, i) if line.strip() else None
        if end is None:
            kept.append(line)
            i += 1
            continue
        follow = next((j for j in range(end, min(count, end + 4)) if lines[j].strip()), None)
        if follow is not None and _QUOTED.match(lines[follow]):
            quoted.extend(lines[i:end])
            i = end
            continue
        while kept and (not kept[-1].strip() or _RULE.match(kept[-1])):
            quoted.insert(0, kept.pop())
        quoted.extend(lines[i:])
        break
    return kept, quoted


def _header_end(lines: list[str], i: int) -> int | None:
    """If an older message's header starts at line i, the index just after it."""
    stripped = lines[i].strip()
    if not _maybe_header(stripped):
        return None  # most lines: no colon, rule, date, opener or "wrote"
    if _ORIGINAL.match(stripped) or FORWARD_MARKER.match(stripped):
        return i + 1
    if _FROM_LINE.match(stripped):
        following = [ln for ln in lines[i + 1 : i + 8] if ln.strip()][:3]
        if sum(bool(_HEADER_LINE.match(ln)) for ln in following) >= 2 or _ONE_LINE_HEADERS.match(
            stripped
        ):
            return _block_end(lines, i)
    if _OUTLOOK_RULE.match(stripped):
        following = [ln for ln in lines[i + 1 : i + 4] if ln.strip()]
        if following and _FROM_LINE.match(following[0]):
            return i + 1
    if _DATE_ADDRESS.match(stripped):
        return i + 1
    return _attribution_end(lines, i)


def _maybe_header(stripped: str) -> bool:
    """A cheap test before the real ones: could this line start an older message?"""
    if ":" in stripped or stripped[:1] in "-_=*>#~" or stripped[:1].isdigit():
        return True
    low = stripped[:300].lower()
    return low.split(" ", 1)[0] in _OPENER_WORDS or any(w in low for w in _HEADER_WORDS)


def _block_end(lines: list[str], i: int) -> int:
    """The end of a header block: the first blank line after it."""
    j = i + 1
    while j < len(lines) and lines[j].strip():
        j += 1
    return j


def _attribution_end(lines: list[str], i: int) -> int | None:
    """An "On … wrote:" line, or one spread over up to six lines, or "Ann wrote:"."""
    first = lines[i].strip()
    if len(first) > 400:
        return None
    if _NAME_WROTE.match(first) and len(first) < 200:
        return i + 1
    if _OPENER.match(first):
        reach = 6  # "On Thu, 31 Mar 2016 at 11:16 Ann\n\n<\nmailto:ann@b.c>\n> wrote:"
    elif _WROTE_WORD.search(first):
        reach = 1  # "Ann <ann@b.c> schrieb am Fr., 28.\nApr. 2017 um 11:53 Uhr:"
    else:
        return None
    joined = first
    for j in range(i + 1, min(len(lines), i + reach + 1) + 1):
        tail = _TRAILING_DASHES.sub("", joined)
        ends = tail.endswith(":") or _WROTE_END.search(tail)
        if ends and len(tail) < 500 and _WROTE_WORD.search(tail) and _looks_dated(tail):
            return j
        if j < len(lines):
            if reach == 1 and not lines[j].strip():
                return None
            joined = f"{joined} {lines[j].strip().lstrip('>').strip()}"
    return None


def _looks_dated(text: str) -> bool:
    """Attributions carry a date, a time or an address; "As I wrote:" alone does not."""
    return bool(re.search(r"\d|@|<", text))


def _trim(lines: list[str]) -> list[str]:
    """Drop leading and trailing blank lines and rule-only lines."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and (not lines[end - 1].strip() or _RULE.match(lines[end - 1])):
        end -= 1
    return [line.rstrip() for line in lines[start:end]]


def split_forwarded(text: str) -> Reply:
    """A forwarded message's own reply parts, after its From/Date/Subject header lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (_HEADER_LINE.match(lines[i]) or _FROM_LINE.match(lines[i])):
        i += 1
        while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip():
            i += 1  # a folded header value
    return split_reply("\n".join(lines[i:]))


def split_forward(text: str, *, forward_subject: bool = False) -> tuple[str, str | None]:
    """Text before an inline forwarded message, and the forwarded message (headers and body).

    Only a forward that the writer added now counts: a marker inside a quoted older
    message ("> ---- Forwarded message", or below an "On … wrote:") is part of the quote.
    Under a forward's subject ("FW: …") Outlook's "-----Original Message-----" block is
    the forwarded message too.
    """
    low = text[:_MAX_FORWARD_SCAN].lower()
    if not any(hint in low for hint in _FORWARD_HINTS) and not forward_subject:
        return text, None  # the common case, decided without splitting lines
    lines = text[:_MAX_FORWARD_SCAN].split("\n")
    kept, quoted = strip_quotes(lines)
    marker = next((i for i, ln in enumerate(quoted) if ln.strip() and not _RULE.match(ln)), None)
    if marker is None or _QUOTED.match(quoted[marker]):
        return text, None
    if not FORWARD_MARKER.match(quoted[marker]) and not (
            forward_subject and (_ORIGINAL.match(quoted[marker]) or
                                 _ONE_LINE_HEADERS.match(quoted[marker]) or
                                 _HEADER_LINE.match(quoted[marker]))):
        return text, None
    headed = not FORWARD_MARKER.match(quoted[marker]) and not _ORIGINAL.match(quoted[marker])
    forwarded = "\n".join(quoted[marker + (0 if headed else 1) :]).strip("\n")
    return "\n".join(kept).rstrip(), forwarded or None
