"""How an owner answered our confirmation request: yes, no, or unclear (SPEC §9). Pure.

Only a clear yes confirms, so "yes" is built to be hard to reach: every clause of the
new text (quotes already removed) must be a yes made only of words from the yes tables
below, or a greeting, a thanks, a sign-off or a name. Anything else — a question, a
condition, a word we do not know — makes the answer unclear, and a person looks. A
clause that says no (a negation, "keep my account", "I did not ask for this") makes the
answer no, unless another clause says yes: then it is unclear too.
"""

from __future__ import annotations

import enum
import html
import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Answer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


# Phrases that would trip the word tables, rewritten first ("no problem" is a yes; "not
# now" and "I don't know" are neither yes nor no).
_REWRITES = [(re.compile(p, re.I), r) for p, r in (
    (r"\b[a-z]{2,4}-[a-z0-9]{4,10}\b", " "),  # a case reference (CR-7K2M9Q)
    (r"\b(?:not (?:now|yet)|nicht (?:jetzt|sofort)|noch nicht|ahora no|todavia no|aun no|"
     r"pas (?:maintenant|encore)|agora nao|ainda nao)\b", " later "),
    (r"\b(?:i (?:do ?n'?t|do not) know|not sure|no se|no estoy segur[oa]|nao sei|"
     r"weiss (?:ich )?nicht|keine ahnung|je ne sais pas|je sais pas)\b", " unsure "),
    (r"\b(?:do it|bien sur|por supuesto|pode seguir|claro que si|of course|na klar|"
     r"selbstverstandlich)\b", " ok "),
    (r"\b(no problem|no worries|kein problem|no hay problema|sin problema|pas de (?:souci|"
     r"probleme)|sans (?:souci|probleme)|nao (?:tem|ha) problema|sem problema)\b", " ok "),
    (r"\b(?:it|that) (?:was|is|'s) (?:me|us)\b|\bthat'?s me\b|\bc'?est (?:bien )?moi\b|"
     r"\bfui (?:eu|yo)\b|\bsoy yo\b|\bich war(?:'s| es)\b|\bdas war ich\b", " yes "),
    (r"\bvas[- ]?y\b|\ballez[- ]?y\b", " ok "),
    (r"[\U0001F44D\u2705\u2714\u2611]\ufe0f?", " yes "),  # thumbs up, check marks
    (r"[\U0001F44E\u274C\u2716]\ufe0f?", " no "),  # thumbs down, crosses
)]

# Words a yes may consist of (accents removed, lower case). Among them, the ones that
# carry the yes: a clause without one of these is not a yes ("my account" alone).
_YES_CORE = _words("""
yes yep yeah yup ya yea yess yesss sure ok okay okey k kk confirm confirmed confirming
confirms correct proceed ahead absolutely definitely certainly agreed agree approve
approved affirmative alright right fine cancel cancelled canceled cancellation close
ja jawohl jep jo genau bestatige bestatigt bestatigen bestatigung richtig korrekt
durchfuhren fortfahren
einverstanden ordnung klar kundigen kundigt kundigung stimmt gerne gern
si claro confirmo confirmado confirmada confirmar adelante vale correcto acuerdo perfecto
dale exacto procedan proceder cancelar cancelen cancela cancelenla cancelala
oui ouais confirme confirmee exact exactement parfait accord dacc dac resilier resiliez
annuler annulez valide procedez
sim certo correto isso beleza perfeito prossiga prosseguir cancelem confirmada pode podem
""")
_YES_FILLER = _words("""
please pls plz go do it i we that thats is s was me us my the our this account
subscription request it's its now can you want wanted to just yes and all set
indeed really very much y with hereby
hiermit die der dem den
o cancelamento
bitte ich wir das ist es mein meinen meine konto abo abonnement vertrag in los mach
machen sie den die
por favor mi la el cuenta suscripcion de solicitud es lo yo si puede pueden
je vous pouvez mon ma le la compte abonnement c est bien moi s il plait svp sur oui y
d l j qu
demande de
a o minha meu conta assinatura pedido por favor eu de pode mesmo
""") | _YES_CORE

# "cancel it", "cancélenla", "kündigen Sie", "résiliez", "annulez", "cancelem": an answer
# that tells us to cancel is a yes.
_CANCEL_VERBS = ("cancel", "kundig", "resili", "annul")

# Greetings, thanks and sign-offs: they neither help nor hurt.
_NEUTRAL = _words("""
please pls plz bitte favor por svp
hi hello hey dear good morning afternoon evening thanks thank you thx ty cheers regards
best kind warm sincerely many greetings team support all
hallo guten tag morgen abend danke vielen dank schonen grusse gruss lg mfg vg
freundlichen beste viele liebe lieber sehr geehrte geehrter damen herren
hola buenos buenas dias tardes noches gracias saludos muchas atentamente un cordial
saludo estimado estimados estimada
bonjour bonsoir salut merci cordialement bien a vous bonne journee soiree madame monsieur
bien amicalement
ola oi bom dia boa tarde noite obrigado obrigada abracos abraco att atenciosamente muito
prezados prezado caro cara
""")

_SIGN_OFF = _words("""
thanks thank thx cheers regards best kind warm sincerely danke vielen lg mfg vg gruss grusse
beste viele gracias saludos atentamente merci cordialement amicalement bien obrigado
obrigada abracos abraco att atenciosamente
""")

# A clause that says no. Explicit phrases first: they win even beside yes-words
# ("not ok", "I confirm that I did not request this").
_NO_PHRASES = re.compile(r"""
  \b(?:not\ (?:ok|okay|me|us|fine|correct|right)|do\ not\ cancel|dont\ cancel|don't\ cancel|
  (?:do\ ?n'?t|do\ not|not|never)\ confirm|no\ confirmo|bestatige\ (?:ich\ )?nicht|
  ne\ (?:le\ )?confirme\ pas|nao\ confirmo|
  no\ way|de\ jeito\ nenhum|de\ maneira\ nenhuma|de\ ninguna\ manera|auf\ keinen\ fall|
  en\ aucun\ cas|pas\ question|nada\ disso|absolutely\ not|
  (?:my|our|the|mein|unser|das|mi|nuestra|la|mon|notre|le|minha|nossa|a)\ (?:account|konto|
  cuenta|compte|conta)\ (?:stays|remains|bleibt|sigue|queda|reste|fica|continua)|
  did\ ?n[o']?t\ (?:ask|request|send|want|write|authori[sz]e)|did\ not\ (?:ask|request|send|
  want|write|authori[sz]e)|was\ ?n[o']?t\ (?:me|us)|never\ (?:asked|requested)|
  keep\ (?:my|the|our)\ (?:account|subscription|plan)|i\ want\ to\ keep|
  nicht\ kundigen|nicht\ gekundigt|keine\ kundigung|war\ ich\ nicht|nicht\ ich|behalten|
  no\ cancel\w*|no\ quiero|no\ fui|no\ he\ (?:pedido|solicitado)|no\ lo\ (?:pedi|solicite)|
  mantener|mantengan|conservar|
  ne\ (?:pas\ )?resili\w*|pas\ moi|je\ garde|garder|conserver|je\ n'?ai\ (?:pas|rien)|
  nao\ (?:cancel\w*|quero|fui|pedi|solicitei)|manter|mantenha|mantenham|
  (?:not|never|nicht|nie|no|nunca|jamas|pas|jamais|nao)(?:\W+\w+){0,3}?\W+(?:ask|asked|
  request|requested|beantragt|angefordert|veranlasst|pedi|pedido|solicite|solicitado|
  solicitei|demande|demandee))\b
""", re.X)
_NO_WORDS = _words("""
no nope nah nay never not dont don't didnt neither nor negative refuse decline stop
nein nee ne nicht nie niemals kein keine keinen stopp
nunca jamas ni
non pas jamais arretez
nao nunca jamais pare nem
""")

_CLAUSE = re.compile(r"(?:[!;\n]+|(?<!\d)[.,]+(?!\d)|\?+|\.\.\.|…|"
                     r"\s(?:but|aber|pero|mais|mas|however|actually|sondern)\s)")
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^<>]{0,200}>")
_ARTICLE_ELISION = re.compile(r"\b([dljcmnst])'")
_PHONE_SIGNATURE = re.compile(r"^(sent from|envoye de|enviado (?:desde|do|de)|von meinem|"
                              r"get outlook)\b", re.I)


def read_answer(text: str) -> Answer:
    """yes, no or unclear for the new text of a reply to a confirmation request."""
    text = html.unescape(_TAG.sub(" ", text)) if "<" in text or "&" in text else text
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith(">") and
             not _PHONE_SIGNATURE.match(_plain(ln))]
    for n, line in enumerate(lines[1:], 1):
        first = _plain(line).split(",")[0].split()
        if _looks_like_name(line) or (first and first[0] in _SIGN_OFF and len(line.split()) <= 6):
            lines = lines[:n]  # a signature: "Thanks, Kate", the name, title, company, phone
            break
    body = _ARTICLE_ELISION.sub(r"\1 ", _plain("\n".join(lines)))
    for pattern, replacement in _REWRITES:
        body = pattern.sub(replacement, body)
    kinds = [_clause_kind(c, question=q) for c, q in _clauses(body)]
    kinds = [k for k in kinds if k != "neutral"]
    if not kinds or "mixed" in kinds:
        return Answer.UNCLEAR
    if "no" in kinds:
        return Answer.NO if "yes" not in kinds else Answer.UNCLEAR
    if all(k == "yes" for k in kinds):
        return Answer.YES
    return Answer.UNCLEAR


def _plain(text: str) -> str:
    """Lower case without accents; curly apostrophes as straight ones."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _clauses(body: str) -> list[tuple[str, bool]]:
    """The clauses of the text, each with whether a question mark ended it."""
    out: list[tuple[str, bool]] = []
    start = 0
    for m in _CLAUSE.finditer(body):
        out.append((body[start:m.start()], "?" in m.group(0)))
        start = m.end()
    out.append((body[start:], False))
    return [(c.strip(), q) for c, q in out if c.strip(" ,:-*_~\"'()")]


def _clause_kind(clause: str, *, question: bool) -> str:
    words = [w.strip("'") for w in _WORD.findall(clause)]
    words = [w for w in words if w]
    if not words:
        return "neutral"
    if _NO_PHRASES.search(clause):
        return "no"
    # A negation counts near the start of a clause ("no", "not at all", "nein danke"); "out
    # of the office with no access" does not say no to anything we asked.
    negated = any(w in _NO_WORDS for w in words[:3])
    yes_core = any(w in _YES_CORE or w.startswith(_CANCEL_VERBS) for w in words)
    if negated:
        return "mixed" if yes_core else "no"
    if all(w in _NEUTRAL for w in words) or (words[0] in _SIGN_OFF and len(words) <= 5):
        return "neutral"  # "Thanks", "Best regards, Kate Miller"
    if question:
        return "other"  # "Yes?", "Can I cancel later instead?"
    if yes_core and all(w in _YES_FILLER or w in _NEUTRAL or w.startswith(_CANCEL_VERBS)
                        for w in words):
        return "yes"
    return "other"


def _looks_like_name(line: str) -> bool:
    """A sign-off name: one to three capitalised words none of which means anything here
    ("Kate Miller" is a name; "No", "OK" and "Danke" are not)."""
    words = line.replace(",", " ").split()
    known = _YES_FILLER | _NO_WORDS | _NEUTRAL
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
        and _plain(w).strip(".") not in known for w in words)
