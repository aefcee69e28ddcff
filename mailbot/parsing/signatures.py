"""Sign-offs ("Thanks,\\nAnn"), signatures ("-- ", "Sent from my iPhone") and disclaimers."""

from __future__ import annotations

import re

_DELIMITER = re.compile(r"^\s*(?:--|—|__|-- ?\S{0,3})\s*$")
_DEVICE = re.compile(
    r"^\s*[(<\[]*\s*(?:sent (?:from|with|via|using) |sent by |get outlook for |"
    r"enviado (?:desde|do|de|com|a partir) |enviada (?:desde|do|de) |"
    r"envoy[ée] (?:de|depuis|avec|à partir) |gesendet (?:von|mit) |von meinem .{0,60}gesendet|"
    r"diese nachricht wurde von meinem |sendt fra |skickat från |verzonden (?:met|vanaf|van) |"
    r"inviato da |"
    r"from my (?:iphone|ipad|android|mobile|samsung|phone)|從我的 |发自我的 )",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*[*_]*(?:confidential|confidentiality|disclaimer|privileged|legal notice|"
    r"this (?:e-?mail|message|communication)(?: and any (?:attachments?|files))?"
    r"(?: transmitted with it)? (?:is|are|may|contains?|and)|"
    r"if you (?:are not|have received this)|the information (?:contained )?in this|"
    r"este (?:mensaje|correo|e-?mail)|la informaci[óo]n contenida|aviso (?:legal|"
    r"de confidencialidad)|"
    r"diese (?:e-?mail|nachricht) (?:enth[äa]lt|ist|kann)|vertraulichkeitshinweis|"
    r"ce (?:message|courriel|mail|e-mail) (?:et|est|contient|peut)|avertissement|"
    r"esta (?:mensagem|e-?mail)|aviso de confidencialidade|a informa[çc][ãa]o contida)",
    re.IGNORECASE,
)
_LEGALESE = re.compile(
    r"confiden|intended|privileged|recipient|disclos|addressee|prohibited|"
    r"vertraulich|empf[äa]nger|destinatari|destinataire|confidentiel|sigilo|legal",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:(?:many |thanks |thank you |best |kind |warm |warmest |with )?(?:thanks|thank you|"
    r"thx|ty|cheers|regards|best regards|kind regards|warm regards|best wishes|best|all the best|"
    r"sincerely|yours sincerely|sincerely yours|(?:very )?truly yours|yours truly|yours faithfully|"
    r"yours|respectfully|cordially|"
    r"take care|br|rgds)(?: again| in advance| so much| very much| a lot)?"
    r"|(?:muchas |mil )?gracias(?: de antemano| por todo)?|(?:un )?saludos?(?: cordiales)?|"
    r"atentamente|cordialmente|un abrazo|quedo (?:atento|atenta|a la espera)[^.]{0,30}|"
    r"(?:vielen |besten |herzlichen )?dank(?:e)?(?: sch[öo]n| im voraus)?|"
    r"mit (?:freundlichen|besten|herzlichen|lieben) gr[üu](?:ß|ss)en|"
    r"(?:freundliche|viele|beste|liebe|herzliche|sch[öo]ne) gr[üu](?:ß|ss)e|"
    r"gr[üu](?:ß|ss)e?|mfg|lg|vg|"
    r"merci(?: beaucoup| d'avance| par avance)?|(?:bien )?cordialement|salutations|"
    r"(?:sinc[èe]res|meilleures|bien [àa] vous|bien amicalement|amicalement|"
    r"bonne (?:journ[ée]e|soir[ée]e))|en vous remerciant[^.]{0,30}|"
    r"(?:muito )?obrigad[oa]|atenciosamente|(?:melhores )?cumprimentos|abra[çc]os?|att\.?|"
    r"sauda[çc][õo]es|grat[oa])"
    r"\s*[,.!:;–—-]*\s*$",
    re.IGNORECASE,
)
_NAMED_CLOSING = re.compile(r"^(?P<closing>[^,]{2,40}),\s*(?P<name>[A-ZÀ-Þ][\w.' -]{0,40})$")
_CONTACT = re.compile(
    r"(?:@|https?://|www\.|\+?\d[\d ().-]{6,}\d|\b(?:tel|phone|mobile|mobil|cell|fax|"
    r"tél|teléfono|telefone|móvil|celular)\b)",
    re.IGNORECASE,
)
_LONG_RULE = re.compile(r"^\s*[-_=]{10,}\s*$")
_MAX_SIGNOFF_LINES = 9


def split_signature(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(body, sign-off, signature) lines of a reply whose quotes are already removed."""
    sig_at = _signature_start(lines)
    head, signature = lines[:sig_at], lines[sig_at:]
    off_at = _signoff_start(head)
    return head[:off_at], head[off_at:], signature


def _signature_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if i and _DELIMITER.match(line):
            return i
        if i and _LONG_RULE.match(line) and _is_card(lines[i + 1 :]):
            return i
        stripped = line.strip()
        if (len(stripped) < 200 and _DEVICE.match(stripped)) or _is_disclaimer(stripped):
            return i
    return len(lines)


def _is_disclaimer(line: str) -> bool:
    """A legal notice: its opening words and a word such notices always use."""
    return bool(_DISCLAIMER.match(line)) and bool(_LEGALESE.search(line[:400]))


def is_closing(line: str) -> bool:
    """A line that is only a closing formula, with or without the writer's name after a comma."""
    stripped = line.strip()
    if len(stripped) > 60:
        return False
    if _CLOSING.match(stripped):
        return True
    named = _NAMED_CLOSING.match(stripped)
    return named is not None and bool(_CLOSING.match(named.group("closing")))


def _signoff_start(lines: list[str]) -> int:
    """Where the closing formula and the name/contact lines after it begin, if anywhere."""
    for i, line in enumerate(lines):
        if not is_closing(line):
            continue
        rest = [ln.strip() for ln in lines[i + 1 :] if ln.strip()]
        if len(rest) <= _MAX_SIGNOFF_LINES and all(_is_signoff_line(ln) for ln in rest):
            return i
    return _contact_block_start(lines)


def _is_card(lines: list[str]) -> bool:
    """Lines after a rule that are all name, title and contact lines."""
    rest = [ln.strip() for ln in lines if ln.strip()]
    return len(rest) <= 2 * _MAX_SIGNOFF_LINES and all(_is_signoff_line(ln) for ln in rest)


def _is_signoff_line(line: str) -> bool:
    """Name, title, company or contact details: short, or carrying an address or a number."""
    if _CONTACT.search(line):
        return True
    words = line.split()
    return len(words) <= 6 and not line.endswith(("?", ":"))


def _contact_block_start(lines: list[str]) -> int:
    """A trailing block of short lines with a phone, address or URL (name + contact card)."""
    end = len(lines)
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = [ln.strip() for ln in lines[start:end]]
    if not block or start == 0 or len(block) > _MAX_SIGNOFF_LINES:
        return end
    has_contact = any(_CONTACT.search(ln) and len(ln.split()) <= 8 for ln in block)
    if has_contact and all(_is_signoff_line(ln) for ln in block) and len(block[0].split()) <= 4:
        return start
    return end
