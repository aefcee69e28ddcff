"""Account numbers and usernames in a message: labelled forms first, checked against known ones."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mailbot.domain import Evidence

Checker = Callable[[str], bool] | None

_A = r"(?:a|á)"
_E = r"(?:e|é)"
_U = r"(?:u|ú)"
# "Account number:", "Acct #", "account no.", "Kontonummer", "número de cuenta", …
_ACCOUNT_LABEL = re.compile(
    r"(?<![\w-])(?:"
    r"(?:account|acct|acc|a/c|customer|client|member|membership|subscription|subscriber|"
    r"contract)(?:\s*(?:number|num|nbr|no|nr|id|ref|reference)\b\.?)?"
    r"|konto(?:[- ]?(?:nummer|nr\b\.?))?|kunden(?:[- ]?(?:nummer|nr\b\.?))|vertrags(?:nummer|"
    r"[- ]nr\b\.?)"
    rf"|mitglieds(?:nummer|[- ]nr\b\.?)"
    rf"|(?:n{_U}mero|num|nro|no|n[°º]|nº)\.?\s*(?:de|da|do|d')\s*(?:la\s+|l')?"
    r"(?:cuenta|compte|conta|cliente|client|contrato|contrat|abonn[ée]|assinante|socio|"
    r"assinatura|suscripci[óo]n|abonnement)"
    rf"|(?:n{_U}mero|n[°º]|no)\.?\s*(?:client|cliente|d'abonn[ée])"
    r"|(?:id|identificador|identifiant)\s*(?:de|do|du)?\s*(?:cliente|client|cuenta|conta|compte)"
    r"|kunden-?id|cuenta|compte|conta)"
    r"(?:\s+(?:is|es|ist|est|[ée]|lautet|n\.?[°º]|no\.?|nr\.?|#))?\s*[:#=(]?\s*[#:]?\s*"
    r"(?P<value>\d{1,3}(?:\.\d{3}){1,3}(?![\d.,/]\d)|[A-Za-z]{0,4}[- ]?\d(?:[ -]?\d){2,24}"
    r"(?!\d|[.,/]\d))",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,/+-])(?P<value>\d(?:[ -]?\d){4,19})(?![\w/]|[.,]\d|-\d)")
_EXCLUDING_CONTEXT = re.compile(
    r"(?:order|invoice|ticket|case|ref|reference|tracking|transaction|receipt|confirmation|"
    r"phone|tel|telephone|mobile|cell|fax|call|zip|postal|postcode|plz|cp|cep|code postal|"
    r"factura|pedido|orden|tel[ée]fono|rechnung|bestell\w*|auftrag\w*|telefon|handy|commande|"
    r"facture|t[ée]l[ée]phone|portable|fatura|encomenda|telefone|celular|iban|bic|swift|card|"
    r"tarjeta|karte|carte|cart[ãa]o|vat|tax|ust|nif|cif|siret|routing|sort code|id card|"
    r"passport|ssn|\$|€|£|usd|eur|gbp|chf)\W{0,4}(?:(?:number|no|nr|n[°º]|#|num)\W{0,3})?$",
    re.IGNORECASE,
)
_MONEY_AFTER = re.compile(r"^\s?(?:[.,]\d{2}\b|usd|eur|gbp|dollars?|euros?|€|\$|£)", re.I)
_DATE_SHAPE = re.compile(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$")
_PHONE_SHAPE = re.compile(
    r"^(?:1[- ])?\d{3}[- ]\d{3}[- ]\d{4}$|^\d{3}[- ]\d{4}$|^\d{2}(?: \d{2}){4}$"
)
_ZIP_CITY = re.compile(r"^\s+[A-ZÄÖÜ][a-zäöüß]+")
_US_STATE = re.compile(r"\b[A-Z]{2}\s*$")
_USERNAME_LABEL = re.compile(
    r"(?<![\w-])(?:(?P<specific>user\s*name|username|user\s*id|userid|login(?:\s*name|\s*id)?|"
    r"benutzer(?:name|kennung|-?id)|nutzername|anmeldename|nombre de usuario|"
    r"identifiant(?: de connexion)?|nom d'utilisateur|nome de usu[aá]rio|usu[aá]rio de acesso|"
    r"handle)|(?P<generic>user|usuario|usu[aá]rio|utilisateur|utilizador|benutzer|nutzer)|"
    r"(?P<noun>(?:the|my|our|a|la|mi|el|das|mein|le|mon|o|minha)\s+(?:account|conta|cuenta|"
    r"compte|konto)))"
    r"(?P<sep>\s*[:=#]\s*|\s+(?:is|es|ist|est|[ée]|lautet)\s*:?\s*|\s+)"
    r"[\"'“‘«(]?(?P<value>[\w][\w.@+-]{1,63})",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s-]")
_TOKEN = re.compile(r"(?<![\w@.])[A-Za-z][\w.-]{2,40}(?![\w@])")
_USERNAME_SHAPE = re.compile(r"[._\d-]")
_NON_DIGITS = re.compile(r"\D")
_MAX_SCAN = 20_000  # characters of each text searched for identifiers
_NOT_A_USERNAME = frozenset(
    re.findall(
        r"\S+",
        "is and or the a an my our your of for to in on at as by with since from name id number "
        "no account this that it here below above same also not please was has have es el la de "
        "del y mi su ist der die das und mein ein est le les et mon un une du e o da do meu "
        "minha um uma com para por que client cliente kunde customer nummer numero there",
    )
)


@dataclass(frozen=True)
class Found:
    """A value found in the text, where, and by which rule."""

    value: str
    labelled: bool
    source: int  # 0 body, 1 subject, 2 signature, 3 forwarded
    position: int
    evidence: Evidence


def account_candidates(texts: list[str], pattern: re.Pattern[str]) -> list[Found]:
    """Account-number candidates in ranked order: labelled first, then by source and position."""
    found: list[Found] = []
    for source, text in enumerate(texts):
        if not text:
            continue
        text = text[:_MAX_SCAN].replace("’", "'")
        labelled_spans = []
        for match in _ACCOUNT_LABEL.finditer(text):
            raw = match.group("value")
            value = None if _DATE_SHAPE.match(raw) else _normalise_account(raw, pattern)
            if value and not _money_after(text, match.end("value")):
                labelled_spans.append(match.span("value"))
                found.append(Found(value, True, source, match.start(), _ev("account-label", match)))
        for match in _NUMBER.finditer(text):
            if any(a <= match.start() < b for a, b in labelled_spans) or _excluded(text, match):
                continue
            value = _normalise_account(match.group("value"), pattern)
            if value:
                found.append(Found(value, False, source, match.start(), _ev("number", match)))
    return sorted(found, key=lambda f: (not f.labelled, f.source, f.position))


def choose_account(
    found: list[Found], is_known: Checker
) -> tuple[str | None, tuple[str, ...], Evidence | None]:
    """The best candidate: a known one first, else the best labelled one; and all candidates."""
    candidates = tuple(dict.fromkeys(f.value for f in found))
    if is_known is not None:
        for item in found:
            if _safe_check(is_known, item.value):
                return item.value, candidates, item.evidence
    labelled = [f for f in found if f.labelled]
    if labelled:
        return labelled[0].value, candidates, labelled[0].evidence
    unlabelled = {f.value for f in found if f.source in (0, 1)}
    if is_known is None and len(unlabelled) == 1:
        first = next(f for f in found if f.value in unlabelled)
        return first.value, candidates, first.evidence
    return None, candidates, None


def username_candidates(texts: list[str]) -> list[Found]:
    """Usernames after a label ("username: ann", "mi usuario es ann"), ranked by source."""
    found: list[Found] = []
    for source, text in enumerate(texts):
        if not text:
            continue
        for match in _USERNAME_LABEL.finditer(text[:_MAX_SCAN].replace("’", "'")):
            value = match.group("value").rstrip(".,;:!?)»”\"'")
            if len(value) < 2 or value.lower() in _NOT_A_USERNAME:
                continue
            if match.group("noun") and (match.group("sep").strip() or not value.isalpha()):
                continue  # "the account 4810237" is a number; "a conta rochaimoveis" may be a name
            # "user ann" is weaker than "username: ann": it needs a known name or a name's shape.
            sure = bool(match.group("specific") or match.group("sep").strip())
            found.append(Found(value, sure, source, match.start(), _ev("username-label", match)))
    return sorted(found, key=lambda f: (not f.labelled, f.source, f.position))


def bare_usernames(texts: list[str]) -> list[Found]:
    """Unlabelled tokens shaped like usernames (``kwhite88``, or a word ending a line)."""
    found: list[Found] = []
    for source, text in enumerate(texts[:2]):
        for line in text[:_MAX_SCAN].split("\n"):
            tokens = _TOKEN.findall(line)
            for index, token in enumerate(tokens):
                token = token.rstrip(".-")
                shaped = _USERNAME_SHAPE.search(token) and not token.replace(".", "").isdigit()
                if (shaped or index == len(tokens) - 1) and token.lower() not in _NOT_A_USERNAME:
                    found.append(Found(token, False, source, 0, Evidence("username-token", token)))
    return found[:30]


def choose_username(
    found: list[Found], bare: list[Found], is_known: Checker
) -> tuple[str | None, Evidence | None]:
    """A known labelled username, else a known bare token, else the best labelled one."""
    if is_known is not None:
        # An unlabelled word counts only when it is shaped like a login (kwhite88,
        # jane.doe): a username that is an ordinary word ("hello", "admin", "sunshine")
        # names an account only where the customer labels it ("my username is hello").
        shaped = [b for b in bare if _USERNAME_SHAPE.search(b.value)]
        for item in [*found, *shaped]:
            if _safe_check(is_known, item.value):
                return item.value, item.evidence
    for item in found:
        if item.labelled or _USERNAME_SHAPE.search(item.value):
            return item.value, item.evidence
    return None, None


def _normalise_account(raw: str, pattern: re.Pattern[str]) -> str | None:
    """Spaces, dashes and thousands dots removed ("4.512.339"); the pattern decides. An id
    with a letter prefix is read whole: "CR-2024-0117" is a contract number, not the
    account 20240117, unless the operator's pattern allows the letters."""
    compact = _SEPARATORS.sub("", raw).upper()
    if any(c.isalpha() for c in compact):
        return compact if pattern.fullmatch(compact) else None
    digits = _NON_DIGITS.sub("", compact)
    first_group = _NON_DIGITS.sub("", raw.split()[0]) if " " in raw else ""
    for value in (compact, digits, first_group):
        if value and pattern.fullmatch(value):
            return value
    return None


def _excluded(text: str, match: re.Match[str]) -> bool:
    """Dates, money, phone numbers, postcodes and order/invoice/ticket numbers."""
    raw = match.group("value")
    before = text[max(0, match.start() - 30) : match.start()]
    if _DATE_SHAPE.match(raw) or _PHONE_SHAPE.match(raw) or _EXCLUDING_CONTEXT.search(before):
        return True
    if before.rstrip().endswith(("(", "+", "#")) and len(raw.replace(" ", "")) >= 10:
        return True
    after = text[match.end() : match.end() + 20]
    if _money_after(text, match.end()):
        return True
    digits = raw.replace(" ", "").replace("-", "")
    return len(digits) == 5 and (bool(_ZIP_CITY.match(after)) or bool(_US_STATE.search(before)))


def _money_after(text: str, end: int) -> bool:
    return bool(_MONEY_AFTER.match(text[end : end + 12]))


def _safe_check(check: Callable[[str], bool], value: str) -> bool:
    try:
        return bool(check(value))
    except Exception:  # a failing lookup must not turn into a failed message
        return False


def _ev(rule: str, match: re.Match[str]) -> Evidence:
    return Evidence(rule, match.group(0).strip()[:120])
