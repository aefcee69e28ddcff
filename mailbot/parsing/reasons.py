"""Why a customer cancels, in their own words, with a reason code; and whether they want money back."""

from __future__ import annotations

import re

from mailbot.domain import Evidence, ReasonCode
from mailbot.parsing import cues
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
# Keyword rules per code, first match in the reason text wins; order breaks ties.
_CODES: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = tuple(
    (code, re.compile(rx))
    for code, rx in (
        (ReasonCode.BUSINESS_CLOSED, r"\b(?:clos(?:ing|ed|e) (?:down |our |my |the )?(?:business|"
         r"company|shop|store|doors|office|practice|agency)|shut(?:ting)? down|out of business|"
         r"going out of|retir(?:e|ing|ed|ement)|bankrupt\w*|ceased? (?:trading|operations)|"
         r"(?:business|company) (?:is |has )?(?:closing|closed|shut)|cerr(?:amos|ando|ar|o|e) "
         r"(?:el|la|nuestro|nuestra|mi) (?:negocio|empresa|tienda)|cierre (?:del negocio|de la "
         r"empresa)|jubil\w+|quiebra|geschaft (?:aufgeben|aufgegeben|schliess\w*)|(?:firma|"
         r"geschaft|betrieb) (?:wird |ist )?(?:geschlossen|aufgelost|eingestellt)|insolvenz|"
         r"ruhestand|fermeture|cessation d'activite|ferm(?:ons|e|er) (?:notre|mon|l')"
         r"(?:entreprise|societe|activite|boutique)|retraite|liquidation|fech(?:amos|ar|ou|ando) "
         r"(?:a|nossa|minha) (?:empresa|loja)|encerr(?:amos|ar|ando) (?:as )?atividades|"
         r"aposentad\w+|falencia)"),
        (ReasonCode.SWITCHED_SERVICE, r"\b(?:switch(?:ed|ing)? (?:to|over)|mov(?:ed|ing) (?:to|over)"
         r"|migrat\w+ to|competitor|another (?:provider|tool|solution|service|vendor|crm|platform|"
         r"company)|different (?:provider|tool|solution|crm|platform)|found (?:a |an )?(?:better|"
         r"cheaper|other|alternative)|alternative|(?:going|go) with|chose|chosen|instead|"
         r"cambi(?:amos|e|ado|ando) a|otr[oa] (?:proveedor|herramienta|solucion|servicio|"
         r"plataforma|empresa)|competencia|gewechselt|wechseln zu|anderen anbieter|andere[nr]? "
         r"(?:losung|anbieter|software|tool)|konkurren\w+|autre (?:solution|outil|fournisseur|"
         r"prestataire|logiciel)|passe[sz]? (?:a|chez)|concurren\w+|outr[oa] (?:fornecedor|"
         r"ferramenta|solucao|servico|plataforma|empresa)|mudamos para|migramos|concorren\w+)"),
        (ReasonCode.TOO_EXPENSIVE, r"\b(?:expensive|too (?:much|costly|pricey)|pric(?:e|es|ey|ing)|"
         r"cost(?:s|ly)?|afford\w*|budget\w*|cheaper|overpriced|money|caro|cara|precio|costos?[oa]?"
         r"|presupuesto|barato|teuer|preis\w*|kosten\w*|zu viel|billiger|cher|chere|prix|cout\w*|"
         r"tarif\w*|trop|moins cher|preco|custo\w*|orcamento|mais barato|dinheiro)\b"),
        (ReasonCode.MISSING_FEATURES, r"\b(?:missing|lacks?|lacking|doesn't (?:have|support|offer)|"
         r"does not (?:have|support|offer)|no (?:support for|integration)|feature|features|"
         r"functionality|integrat\w+|falta\w*|no tiene|funcion(?:es|alidad\w*)|caracteristicas|"
         r"fehl(?:t|en|ende)|funktion\w*|manqu\w+|fonctionnalit\w+|ne propose pas|nao tem|"
         r"recursos?|funcionalidade\w*)\b"),
        (ReasonCode.UNUSED, r"\b(?:(?:don't|do not|didn't|did not|never|rarely|hardly|no longer|"
         r"not) (?:\w+ )?(?:use|using|used|need|needed)|haven't (?:been )?us\w+|no (?:longer )?"
         r"need|not (?:been )?using|unused|no use for|ya no (?:lo |la )?(?:uso|usamos|necesito|"
         r"necesitamos|utilizamos)|no (?:lo |la )?(?:usamos|uso|utilizamos|necesitamos)|"
         r"nutze\w* (?:es |das )?(?:nicht|kaum)|brauche\w* (?:es |das )?(?:nicht|kein)|"
         r"nicht mehr (?:benotigt|genutzt|gebraucht)|n'utilis\w+ (?:plus|pas)|plus besoin|"
         r"pas besoin|nao (?:uso|usamos|utilizo|utilizamos|preciso|precisamos)|sem uso)\b"),
        (ReasonCode.CUSTOMER_SERVICE, r"\b(?:support|customer service|service client|"
         r"(?:no|never) (?:response|reply|answer)|nobody (?:answered|responded|replied)|rude|"
         r"unhelpful|atencion al cliente|soporte|servicio al cliente|kundenservice|kundendienst|"
         r"atendimento|suporte|sav)\b"),
        (ReasonCode.TOO_COMPLEX, r"\b(?:complicated|complex|hard to (?:use|learn|understand)|"
         r"difficult|confusing|not intuitive|unintuitive|learning curve|complicad[oa]|dificil|"
         r"confus[oa]|kompliziert|umstandlich|schwierig|unubersichtlich|complique\w*|difficile|"
         r"pas intuiti\w+)\b"),
        (ReasonCode.LOW_QUALITY, r"\b(?:bugs?|buggy|crash\w*|slow|unreliable|unstable|"
         r"doesn't work|does not work|not working|broken|errors?|downtime|outages?|poor quality|"
         r"glitch\w*|fallos?|errores|lent[oa]|no funciona|inestable|fehler\w*|langsam|"
         r"funktioniert nicht|instabil|absturz\w*|bogues?|bugue|lente?|ne fonctionne pas|"
         r"plant\w*|erreurs?|falhas?|erros?|nao funciona|travando|instavel)\b"),
    )
)
_REFUND = re.compile(
    r"\b(?:refund\w*|money back|reimburs\w+|chargeback|credit (?:back|my card)|pro-?rat\w+|"
    r"reembols\w+|devoluci[oó]n|devuelvan|devolver el dinero|r[uü]ckerstatt\w+|erstatt\w+|"
    r"geld zur[uü]ck|gutschrift|rembours\w+|estorno|estornar|devolu[cç][aã]o|dinheiro de volta)"
)
_NO_REFUND = re.compile(
    r"\b(?:no|not|don't|do not|without|nor|keine?n?|pas de|sans|nao|sin|ohne)\b"
    r"(?:\s+[\w']+){0,3}\s+(?:a\s+)?(?:refund|reembolso|r[uü]ckerstattung|erstattung|"
    r"remboursement|estorno)"
)
_THANKS = re.compile(r"^(?:thanks?|thank you|many thanks|gracias|danke|vielen dank|merci|obrigad[oa])\b")
_MAX_REASON = 400


def find_reason(body_lines: list[str], found: list[Sentence]) -> tuple[str | None, Evidence | None]:
    """The customer's stated reason: a "Reason:" line, else the sentences that explain why."""
    for line in body_lines:
        match = _REASON_LABEL.match(line)
        if match and match.group("value").strip():
            return _tidy(match.group("value")), Evidence("reason-label", line.strip()[:200])
    parts: list[str] = []
    for sentence in found:
        match = _REASON_LABEL.match(sentence.text)
        if match and match.group("value").strip():
            return _tidy(match.group("value")), Evidence("reason-label", sentence.text[:200])
    for sentence in found:
        part = _explaining_part(sentence)
        if part:
            parts.append(part)
        if len(parts) == 3:
            break
    if not parts:
        return None, None
    reason = _tidy(" ".join(parts))
    return reason, Evidence("reason-sentence", reason[:200])


def _explaining_part(sentence: Sentence) -> str | None:
    """The part of a sentence that gives a reason, or None if it gives none."""
    norm, text = sentence.norm, sentence.text
    if _GREETING.match(norm) or _THANKS.match(norm) or is_closing(text):
        return None
    if sentence.question:
        return None
    connector = _CONNECTOR.search(norm)
    has_request = bool(cues.REQUEST.search(norm) or cues.BARE_REQUEST.search(norm))
    if connector is not None:
        if has_request or connector.start() < 3:
            return _after_connector(text, connector.group(0)) or text
        return text
    if has_request or _REFUND.search(norm) or _is_identifier_line(norm):
        return None
    return text if reason_code(norm) is not None else None


def _after_connector(text: str, connector: str) -> str | None:
    """"… because it is too expensive" → "it is too expensive"; a leading "Since …," clause."""
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
    if match.start() < 3 and "," in rest:
        rest = rest.split(",", 1)[0]
    return rest or None


def _is_identifier_line(norm: str) -> bool:
    return bool(re.match(r"^(?:account|acct|user|username|login|konto|cuenta|compte|conta|"
                         r"benutzer|usuario|identifiant|name|nombre|nom|nome)\b", norm))


def reason_code(reason: str | None) -> ReasonCode | None:
    """The code whose keywords occur first in the reason; ``other`` when none does."""
    if not reason:
        return None
    norm = normalise(reason)
    best: tuple[int, int, ReasonCode] | None = None
    for order, (code, pattern) in enumerate(_CODES):
        match = pattern.search(norm)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, code)
    return best[2] if best else None


def asks_refund(text: str) -> bool:
    """Whether the text asks for money back (and does not say it wants none)."""
    norm = normalise(text)
    return bool(_REFUND.search(norm)) and not _NO_REFUND.search(norm)


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" -–—*_")
    return text[:_MAX_REASON]
