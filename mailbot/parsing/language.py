"""Which of English, Spanish, German, French and Portuguese a text is in (stop-word scoring)."""

from __future__ import annotations

import re

from mailbot.parsing.sentences import normalise

# Frequent short words, distinctive per language after accents are removed.
_STOP_WORDS = {
    "en": """the and to of is it my i you your we our for this that with please have be
        not are was would like thanks thank account cancel want hi hello dear regards from
        can will as on at an me do don't i'm""",
    "es": """el la los las de del que y en mi por para con una un es su se lo al como
        pero mas cuenta quiero gracias hola saludos favor cancelar suscripcion ya muy le
        estimados usted nuestra nuestro desde porque""",
    "de": """der die das und ist ich nicht mit sie es ein eine zu den dem des auf fur
        mein meine meinen bitte danke hallo vielen grussen freundlichen wir uns ihr ihre
        kundigen kundigung konto hiermit vertrag auch noch wie bei nach von""",
    "fr": """le la les de des du et est je vous nous mon ma mes un une pour pas que qui
        dans sur avec ce cette merci bonjour cordialement compte abonnement resilier
        souhaite au aux ne en votre notre tres""",
    "pt": """o a os as de do da dos das e que em um uma para com nao meu minha por se
        obrigado obrigada ola conta assinatura cancelar gostaria voce no na ao mais
        atenciosamente quero favor seu sua""",
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP_WORDS.items():
    for _word in _words.split():
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)
_TOKEN = re.compile(r"[a-z']+")
_MARKERS = (  # letters that only one of the five languages uses
    ("de", re.compile(r"[äöüß]")),
    ("es", re.compile(r"[ñ¿¡]")),
    ("pt", re.compile(r"[ãõ]")),
    ("fr", re.compile(r"[èêëîœ]")),
)


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of en/es/de/fr/pt for ``text``; ``default`` when there is no evidence."""
    sample = text[:1500]
    scores = dict.fromkeys(_STOP_WORDS, 0.0)
    for token in _TOKEN.findall(normalise(sample)):
        for lang in _LANGS_OF.get(token, ()):
            scores[lang] += 1
    lowered = sample.lower()
    for lang, marker in _MARKERS:
        scores[lang] += 0.5 * min(len(marker.findall(lowered)), 6)
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default
