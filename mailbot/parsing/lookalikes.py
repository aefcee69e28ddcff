"""Look-alikes: mail that speaks of cancelling but asks for something else. Pure.

SPEC §6: plan changes, pauses, how-to and hypothetical questions, complaints about an
earlier cancellation, refund-only requests and cancellations of orders, meetings or
newsletters are not cancellation requests. Each table here names one of them, in the five
languages, on ``sentences.normalise``d text; ``bands`` decides what a match means.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Look-alikes: the text is about something other than ending the account now.
ALREADY_CANCELLED = _rx(
    r"\b(?:already|previously|had)\s+(?:cancell?ed|terminated|closed)\b",
    r"\bcancell?ed\s+(?:it\s+|my\s+\w+\s+|the\s+\w+\s+)?(?:in|on|last|back|weeks?|months?|ago)\b",
    r"\b(?:ya\s+(?:cancele|di\s+de\s+baja|me\s+di\s+de\s+baja|habia\s+cancelado)|"
    r"habia\s+cancelado)\b",
    r"\b(?:bereits|schon)\s+(?:gekundigt|storniert)\b|\bhabe\s+(?:bereits|schon)\s+\w*\s*gekundigt",
    r"\bj'?ai\s+(?:deja\s+)?resilie\b|\bdeja\s+resilie\b",
    r"\bja\s+(?:cancelei|tinha\s+cancelado)\b|\bcancelei\s+(?:em|no|ha)\b",
    r"\bcancele\s+(?:la|mi)\s+\w+\s+(?:el|en|hace|desde)\b",
    r"\b(?:bereits|schon)\s+(?:\w+\s+){0,3}?gekundigt\b|\btrotz\s+(?:meiner\s+|unserer\s+)?"
    r"kundigung",
    r"\b(?:confirmaram|confirmou|confirmaron|confirmasteis|confirmed|bestatigt)\s+(?:o\s+|la\s+|"
    r"el\s+|the\s+|my\s+|die\s+)?(?:cancelamento|cancelacion|baja|cancell?ation|kundigung)",
    r"\b(?:suite\s+a|apres)\s+(?:ma|notre|la)\s+resiliation|\bafter\s+(?:my|our|the)\s+"
    r"cancell?ation|\bdespues\s+de\s+(?:mi|la)\s+(?:cancelacion|baja)|\bnach\s+(?:meiner|"
    r"unserer|der)\s+kundigung|\bapos\s+o\s+cancelamento",
    # The first person past tense: "I have cancelled my subscription since last month",
    # "cancelei a assinatura em março", "j'ai demandé la clôture ... vous me l'aviez confirmée".
    r"\b(?:i|we)\s*(?:'ve|have|had)\s+(?:already\s+)?(?:cancell?ed|terminated|closed)\s+"
    r"(?:my|our|the)\s+(?:\w+\s+)?(?:account|subscription|plan|membership|contract)\b",
    r"\bcancelei\s+(?:a|o|minha|meu|nossa|nosso)\s+\w+\s+(?:em|no|na|ha|dia|faz|desde)\b",
    r"\b(?:est|a\s+ete|ist|wurde|is|was|has\s+been|esta|foi|fue)\s+(?:deja\s+|bereits\s+|"
    r"already\s+|ja\s+|ya\s+)?(?:resilie|gekundigt|cancell?ed|cancelad[ao]|"
    r"dad[ao]\s+de\s+baja)\s+(?:depuis|seit|since|desde|ha|hace)\b",
    r"\bj'?ai\s+demande\s+la\s+(?:cloture|resiliation|fermeture)\b[^.!?]{0,60}\bconfirm",
    r"\b(?:vous\s+m'?avez|vous\s+nous\s+avez|you\s+(?:have\s+|already\s+)?|sie\s+haben\s+(?:mir|uns))\s+"
    r"(?:\w+\s+)?confirm(?:e|ed|iert)\s+(?:la\s+|the\s+|die\s+|el\s+|a\s+|o\s+)?(?:suppression|resiliation|cloture|"
    r"cancell?ation|kundigung|baja|cancelamento|encerramento)",
    r"\bapres\s+(?:la\s+|ma\s+|notre\s+)?resiliation\b|\bnous\s+avons\s+(?:deja\s+)?resilie\s+"
    r"(?:notre|l')\s*abonnement\b",
    # Thanks for the confirmation of it: the cancellation is done ("danke für die Bestätigung
    # unserer Kündigung"); asking for a confirmation is not this.
    r"\b(?:danke|dank|thanks|thank\s+you|merci|gracias|obrigad[oa])\s+(?:\w+\s+){0,2}?(?:fur|for|pour|"
    r"por|pela|pelo)\s+(?:die|the|la|a|o|votre|your|ihre|su|sua|vuestra)?\s*(?:bestatigung|"
    r"confirmation|confirmacion|confirmacao)\s+(?:unserer|meiner|der|of\s+(?:my|our|the)|de\s+(?:mi|la|"
    r"nuestra|ma|notre)|d[aoe]\s+(?:minha|nossa)?|du|des)\s*(?:kundigung|cancell?ation|cancelacion|"
    r"baja|resiliation|cancelamento)",
    # The customer has our confirmation of the closing: a later mail is about something else.
    r"\b(?:recebi|recibi|received|got|erhalten|recu|me\s+llego)\s+(?:a\s+|la\s+|the\s+|your\s+|"
    r"die\s+|la\s+|vuestro\s+|su\s+|el\s+)?(?:confirmacao|confirmacion|confirmation|"
    r"bestatigung|correo\s+de\s+confirmacion|e-?mail\s+de\s+confirmacao)\s+(?:do|de|of|der|"
    r"du|da|del)\s+(?:o\s+|la\s+|the\s+|my\s+|meu\s+|minha\s+)?(?:encerramento|cancelamento|"
    r"cancelacion|baja|cancell?ation|kundigung|resiliation|cloture)",
)
DATA_DELETION = _rx(
    r"\b(?:gdpr|rgpd|lgpd|dsgvo|article\s+17|art\.?\s*17|right\s+to\s+(?:erasure|be\s+"
    r"forgotten)|derecho\s+de\s+(?:supresion|cancelacion)|droit\s+(?:a\s+l'oubli|"
    r"d'effacement)|recht\s+auf\s+(?:loschung|vergessen))\b",
    r"\b(?:erase|delete)\s+(?:all\s+)?(?:my\s+)?personal\s+data|\beffacer\s+(?:toutes\s+)?"
    r"mes\s+donnees|\bborr(?:ar|en)\s+(?:todos\s+)?mis\s+datos|\bmeine\s+(?:personenbezogenen"
    r"\s+)?daten\s+(?:\w+\s+)?losch|\bexclu(?:ir|am)\s+(?:todos\s+)?(?:os\s+)?meus\s+dados",
)
HYPOTHETICAL = _rx(
    r"\bwhat\s+(?:happens|would\s+happen|will\s+happen)\s+(?:to\s+\w+\s+(?:\w+\s+)?)?(?:if|when)\b",
    r"\bif\s+(?:we|i)\s+(?:were\s+to\s+|decide\s+to\s+|did\s+)?cancel",
    r"\bcancel\s+(?:\w+\s+){0,2}?any\s*time\b",
    r"\b(?:can|could|may)\s+(?:we|i)\s+cancel\s+(?:\w+\s+){0,4}?(?:later|anytime|any\s+time|at\s+any)",
    r"\bque\s+pasa\w*\s+si\b|\bsi\s+(?:cancelamos|cancelo|nos\s+damos\s+de\s+baja)\b",
    r"\bwas\s+passiert\w*\s+(?:wenn|falls)\b|\b(?:wenn|falls)\s+(?:wir|ich)\s+(?:\w+\s+){0,4}?"
    r"kundig",
    r"\bque\s+se\s+passe\w*\s+si\b|\bsi\s+(?:on|je|nous)\s+resili",
    r"\b(?:wenn|falls)\b[^.!?\n]{0,60}?\b(?:werden|mussen|musste|mussten)\s+(?:wir|ich)\s+"
    r"(?:\w+\s+){0,2}?kundig",
    r"\bo\s+que\s+acontece\w*\s+se\b|\bse\s+(?:a\s+gente|eu|nos)\s+cancela",
)
WITHDRAWN = _rx(
    r"\b(?:withdraw|retract|cancel|revoke)\s+(?:my|our|the)\s+(?:cancell?ation|termination)"
    r"(?:\s+request|\s+notice)?\b",
    r"\b(?:ziehen|ziehe)\s+(?:\w+\s+){0,4}?(?:kundigung|kundigungsschreiben)\b[^!?\n]{0,40}?"
    r"zuruck\b|\b(?:kundigung|kundigungsschreiben)\s+(?:\w+\s+){0,3}?zuruck(?:ziehen|nehmen|"
    r"genommen|gezogen)\b|\bwiderrufen\s+(?:wir|ich)\s+(?:\w+\s+){0,2}?kundigung",
    r"\b(?:retiramos|retiro|anulamos|anulo|cancelamos|cancelo)\s+(?:la|mi|nuestra)\s+"
    r"(?:solicitud|peticion)\s+de\s+(?:baja|cancelacion)",
    r"\b(?:annulez|annuler|retirez|retirer|retire|retirons|j'annule)\s+(?:ma|notre|la)\s+"
    r"demande\s+de\s+(?:resiliation|desabonnement|non-?\s*renouvellement)",
    r"\b(?:on\s+garde|nous\s+gardons|we(?:'ll|\s+will)\s+keep|wir\s+behalten|nos\s+quedamos\s+con|"
    r"vamos\s+manter|mantemos)\s+(?:the\s+subscription|crm|runner|l'abonnement|das\s+abo|el\s+servicio|"
    r"a\s+assinatura)",
    r"\b(?:cancelem|cancelar|desconsiderem|desconsiderar|retiro|retiramos)\s+(?:o\s+|meu\s+|"
    r"nosso\s+)?(?:pedido|solicitacao)\s+de\s+cancelamento",
    # "please don't cancel yet", "hold off on the cancellation", "Kündigung ... als
    # gegenstandslos betrachten", "oubliez ma demande", "olviden mi solicitud de baja".
    r"\b(?:please\s+)?(?:do\s*n'?t|do\s+not)\s+cancel\s+(?:it\s+|anything\s+|(?:my|our|the)\s+"
    r"\w+\s+)?(?:yet|after\s+all|for\s+now|just\s+yet)\b|\bhold\s+off\s+(?:on\s+)?(?:the\s+|my\s+|"
    r"our\s+)?cancell?(?:ation|ing)\b|\bput\s+(?:the\s+|my\s+|our\s+)?cancell?ation\s+on\s+hold",
    r"\bkundigung\b[^!?\n]{0,40}?\b(?:als\s+gegenstandslos|gegenstandslos|nicht\s+(?:mehr\s+)?"
    r"(?:bearbeiten|ausfuhren|umsetzen))",
    r"\b(?:oubliez|oublier|ignorez)\s+(?:ma|notre|la|mon)\s+(?:demande|courriel|message|mail)\b|"
    r"\b(?:olviden|olvidad|ignoren|ignorad)\s+(?:mi|nuestra|la|el|mi\s+ultimo)\s+(?:solicitud|"
    r"peticion|correo|mensaje|baja)\b|\bdesconsiderem\s+(?:o\s+|meu\s+|o\s+meu\s+)?"
    r"(?:e-?mail|pedido|mensagem)\b",
)
CONSIDERED = _rx(
    r"\b(?:was|were)\s+(?:about|going|planning)\s+to\s+cancel|\bthought\s+(?:about|of)\s+"
    r"cancell?ing|\bconsider(?:ed|ing)\s+cancell?ing|\bthinking\s+(?:about|of)\s+(?:cancel|"
    r"leaving|closing)|\b(?:may|might)\s+(?:need\s+to\s+|have\s+to\s+)?cancel",
    r"\bpensamos\s+en\s+(?:cancelar|darnos\s+de\s+baja)|\bestuve\s+a\s+punto\s+de",
    r"\b(?:uberlegt|nachgedacht),?\s+(?:\w+\s+){0,3}?zu\s+kundigen|\bwollten?\s+(?:ich\s+|wir\s+)?"
    r"(?:schon\s+|eigentlich\s+|erst\s+)?kundigen",
    r"\b(?:pense|songe|hesite)\s+a\s+(?:resilier|annuler)|\bj'?(?:ai\s+failli|allais)\s+"
    r"(?:\w+\s+){0,2}?(?:resilier|annuler)",
    r"\b(?:almost|nearly)\s+cancell?ed\b|\bwollten?\s+(?:\w+\s+){0,4}?(?:eigentlich|fast|beinahe)\s+"
    r"(?:schon\s+)?kundigen|\bcasi\s+(?:cancelo|cancele|cancelamos|me\s+doy\s+de\s+baja|"
    r"nos\s+damos\s+de\s+baja)",
    r"\bpensamos\s+em\s+cancelar|\bquase\s+cancel",
)
HOW_TO = _rx(
    r"\bhow\s+(?:do|can|could|would|should)\s+(?:i|we|she|he|they|one)\s+(?:\w+\s+){0,2}?"
    r"cancel",
    r"\b(?:como|cómo)\s+(?:puedo\s+|podemos\s+|se\s+puede\s+|hago\s+para\s+)?"
    r"(?:cancelar|dar(?:me|nos)?\s+de\s+baja|anular)\b|\bsaber\s+como\s+cancel",
    r"\bwie\s+(?:kann\s+(?:ich|man|wir)\s+|kundige\s+ich)",
    r"\bcomment\s+(?:puis-je\s+|peut-on\s+|faire\s+pour\s+)?(?:resilier|annuler)",
    r"\bcomo\s+(?:posso\s+|faco\s+para\s+|faz\s+para\s+)?cancelar",
    r"\b(?:guide|show|tell|explain|send)\s+(?:me|us)\s+(?:\w+\s+){0,3}?(?:steps?|way|how|"
    r"instructions?)\s+(?:to\s+|for\s+)?cancel|\bsteps\s+(?:to|for)\s+cancel",
    r"\bhow\s+(?:much|many\s+days'?)\s+notice|\bnotice\s+period\b|\bkundigungsfrist|"
    r"\bcuanta\s+antelacion|\bplazo\s+de\s+preaviso|\bdelai\s+de\s+preavis|\b(?:le|du|au|quel)\s+preavis\s+de|"
    r"\bdias\s+de\s+antecedencia|\bprazo\s+de\s+aviso",
)
THANKS = re.compile(r"^(?:(?:hi|hello|hallo|hola|bonjour|ola|oi|dear|guten tag)\b[^.!?\n]{0,40}"
                    r"[,!.]?\s*)?(?:thanks|thank you|many thanks|vielen dank|danke|gracias|"
                    r"muchas gracias|merci|obrigad[oa]|muito obrigad[oa])\b")
NOT_THE_ACCOUNT = _rx(
    r"\b(?:cancel\w*|annul\w*|storn\w*|anular|cancelar|absagen|desmarcar)\s+(?:[\w']+\s+){0,3}?"
    r"(?:call|appointment|session|training|event|visit|onboarding|llamada|chamada|appel|rdv|"
    r"visita|sesion|sessao|schulung|formation|formacion|treinamento|cita|webinar|domiciliacion|"
    r"mandat|mandate|lastschriftmandat|compra|purchase|achat|kauf|modul|modulo|module|add-?on|"
    r"extension|erweiterung|"
    r"inscription|inscricao|inscripcion|anmeldung|encomenda|order|pedido|commande|bestellung|"
    r"meeting|rendez-vous|reuniao|reunion|termin|relance|invoice|factura|fatura|rechnung|facture|"
    r"demo|booking|reservation|reserva|review|qbr|check-?in|kick-?off|catch-?up)\b",
    r"\b(?:cancel\w*|annul\w*|absagen|anular|cancelar)\s+(?:[\w']+\s+){0,2}?(?:monday|tuesday|"
    r"wednesday|thursday|friday|today|tomorrow)(?:'?s)?\s+(?:\w+\s+){0,2}?(?:call|meeting|review|"
    r"session|demo|training|appointment|slot)\b|\bcancel\s+(?:the\s+)?qbr\b",
    r"\b(?:descadastrar|unsubscribe|abmelden|desabonner|desinscrire|desuscribir\w*|darme\s+de\s+baja)"
    r"\b[^.!?\n]{0,30}\b(?:e-?mails?|newsletter|lista|list|mailing|marketing|correos?|boletin|"
    r"courriels?)\b",
    r"\bkundigung\s+(?:unseres|unserer|eines|einer|des|der)\s+(?:mitarbeiter\w*|kolleg\w*|"
    r"angestellt\w*|azubi\w*|lehrling\w*)|\b(?:mitarbeiter\w*|kolleg\w*)\b[^.!?\n]{0,60}\bhat\b"
    r"[^.!?\n]{0,40}\bgekundigt\b",
    r"\b(?:abonnement|abo|subscription|contrato|assinatura|vertrag)\s+(?:telephonique|mobile|internet|"
    r"fibre|telefon\w*|handy\w*|phone|movil|telefonic\w*|de\s+telephone|de\s+telefone)\b|\bchez\s+"
    r"(?:l'?operateur|notre\s+operateur)\b",
    r"\b(?:relance|mahnung|invoice|factura|fatura|rechnung|facture)\b.*\b(?:annuler|cancel|"
    r"stornieren|anular|cancelar)",
    r"\b(?:pedido|order|commande|bestellung|encomenda|auftrag)\s+(?:n\S{0,2}\s*|nr\.?\s*|no\.?\s*|"
    r"#\s*|number\s+)?[a-z]{0,4}-?\d[\w-]{3,}",
)
PLAN_CHANGE = _rx(
    r"\b(?:switch|change|move|upgrade|downgrade|convert)\w*\s+(?:\w+\s+){0,4}?(?:to|from)\s+"
    r"(?:the\s+)?(?:annual|yearly|monthly|starter|pro|team|basic|lower|cheaper|smaller)",
    r"\b(?:cambiar|pasar|pasarnos|pasarme)\s+(?:\w+\s+){0,3}?(?:al?\s+)?(?:plan\s+)?(?:anual|"
    r"mensual|starter|pro|team)",
    r"\b(?:wechseln|umstellen|umsteigen)\s+(?:\w+\s+){0,3}?(?:auf\s+(?:den\s+|das\s+)?(?:jahres|"
    r"monats|starter|pro|team)|in\s+den\s+(?:jahres|monats))",
    r"\b(?:passer|basculer)\s+(?:\w+\s+){0,3}?(?:a\s+l'|au|a\s+la)\s*(?:annuel|mensuel|formule)",
    r"\b(?:mudar|trocar|passar)\s+(?:\w+\s+){0,3}?(?:para\s+o\s+)?(?:plano\s+)?(?:anual|mensal)",
    r"\b(?:pause|pausieren|pausar|suspend(?:re)?|mettre\s+en\s+pause|congelar)\b",
    r"\b(?:carry\s+on|continue|stay|go|keep\s+going)\s+(?:\w+\s+){0,2}?(?:month[- ]to[- ]month|"
    r"monthly|on\s+a\s+monthly)",
)
# The subscription explicitly goes on ("our subscription stays as it is", "sans résilier",
# "sin darme de baja", "ohne zu kündigen", "sem cancelar"): whatever else is cancelled.
KEEPS = _rx(
    r"\b(?:subscription|account|plan|membership)\s+(?:\w+\s+){0,2}?(?:stays|remains|continues|"
    r"stay|remain)\s+(?:as\s+it\s+is|active|open|the\s+same|unchanged)\b|\bkeep\s+(?:my|our|the)\s+"
    r"(?:subscription|account|membership)\s+(?:active|open|running|as\s+it\s+is)\b",
    r"\bsans\s+(?:resilier|annuler|perdre\s+mon\s+abonnement)\b|\bsin\s+(?:cancelar|darme\s+de\s+baja|"
    r"dar\s+de\s+baja)\b|\bohne\s+(?:zu\s+kundigen|kundigung|(?:\w+\s+)?zu\s+kundigen)\b|"
    r"\bsem\s+(?:cancelar|encerrar)\b|\bwithout\s+cancell?ing\b",
)
# Paying another way ("can we pay by invoice instead of direct debit?"): not ending anything.
PAYMENT_METHOD = _rx(
    r"\b(?:instead\s+of|rather\s+than|statt|anstatt|en\s+(?:lugar|vez)\s+de|au\s+lieu\s+de|"
    r"em\s+vez\s+de|ao\s+inves\s+de)\b(?:\s+\w+){0,3}?\s+(?:per\s+|por\s+|par\s+|by\s+)?"
    r"(?:lastschrift|direct\s+debit|credit\s+card|card|karte|kreditkarte|tarjeta|carte|cartao|"
    r"invoice|rechnung|factura|facture|fatura|boleto|pix|paypal|bank\s+transfer|uberweisung|"
    r"transferencia|virement|domiciliacion|prelevement)",
    # A direct-debit mandate revoked for paying another way ("widerrufe das SEPA-Mandat ...
    # das Abo läuft weiter"), a subscription that explicitly goes on.
    r"\bwiderruf\w*\s+(?:\w+\s+){0,3}?(?:sepa-?)?(?:lastschrift)?-?mandat|\b(?:abo|abonnement|"
    r"vertrag|konto)\s+(?:\w+\s+){0,2}?lauft\s+(?:\w+\s+){0,2}?weiter\b",
    r"\b(?:change|update|switch)\s+(?:the\s+|our\s+|my\s+)?(?:payment\s+method|card\s+on\s+file|"
    r"billing\s+card)|\b(?:zahlungsart|zahlungsweise|forma\s+de\s+pago|moyen\s+de\s+paiement|"
    r"mode\s+de\s+paiement|forma\s+de\s+pagamento)\s+(?:\w+\s+){0,2}?(?:andern|wechseln|cambiar|"
    r"changer|modifier|mudar|alterar)",
)

# Every look-alike by the name its evidence carries, in the order they are tried.
LOOK_ALIKES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("already-cancelled", ALREADY_CANCELLED), ("hypothetical", HYPOTHETICAL),
    ("plan-change", PLAN_CHANGE), ("withdrawn", WITHDRAWN), ("only-considered", CONSIDERED),
    ("how-to", HOW_TO), ("not-the-account", NOT_THE_ACCOUNT), ("data-deletion", DATA_DELETION),
    ("payment-method", PAYMENT_METHOD), ("keeps-account", KEEPS),
)

# A condition the customer already knows the answer to ("if a pause isn't possible then
# please cancel", "since it is not possible to change to monthly, we decided to cancel"):
# the request after it is decided, not conditional.
SETTLED_CONDITION = re.compile(
    r"\b(?:if|since|as|because|given\s+that|seeing\s+that|si|como|ya\s+que|puesto\s+que|wenn|"
    r"falls|da|weil|puisque|comme|se|j[aá]\s+que|visto\s+que)\s+[^.!?\n]{0,80}?\b(?:(?:is|are)"
    r"\s*n['’]?t|(?:is|are)\s+not|not|no\s+es|no\s+son|nicht|pas|n[aã]o\s+(?:[eé]|for))\s+"
    r"(?:possible|available|an\s+option|posible|disponible|m[oö]glich|verf[uü]gbar|poss[ií]vel|"
    r"dispon[ií]vel)\b"
    r"[^.!?\n,]{0,60}?(?:\s*[,;]\s*(?:then\s+|entonces\s+|dann\s+|alors\s+|ent[aã]o\s+)?|"
    r"\s+(?:then|entonces|dann|alors|ent[aã]o)\s+)"
    # (only before a request made now: "… then I will cancel" is still a threat)
    r"(?!\s*(?:i|we|i'?ll|we'?ll|ich|wir|je|nous|yo|eu|n[oó]s)\s*(?:'ll|will|would|'d|shall|am\s+going|"
    r"are\s+going|werde|werden|vais|allons|voy|vamos|vou)\b)",
    re.IGNORECASE,
)
# "Please do it for me", "go ahead", "yes please" under a subject about cancelling: the
# customer answers our offer to do it; the request is in the thread, not in these words.
GO_AHEAD = re.compile(
    r"^(?:(?:hi|hello|ok|okay|ok,|yes|yes,|si|sim|ja|oui|bueno|alright|please)[,!.]?\s*)*(?:please\s+"
    r"(?:just\s+)?(?:do|go\s+ahead)|go\s+ahead|do\s+it|yes,?\s+please|please\s+proceed|"
    r"proceed|hazlo|haganlo|por\s+favor\s+haganlo|adelante|bitte\s+(?:erledigen|machen\s+sie\s+das)"
    r"|machen\s+sie\s+(?:das|es)|allez-y|faites-le|pode\s+fazer|podem\s+fazer|pode\s+seguir)\b"
)
# Our own offer or question in the quoted thread ("If you'd like, I can cancel the Pro plan
# for you now", "could you confirm that you want the Team plan to end …", "necesitamos que
# nos confirmes que quieres cancelar"): a bare "yes, go ahead" above it answers it.
OUR_OFFER = re.compile(
    r"\b(?:i|we)\s+(?:can|could)\s+(?:\w+\s+){0,2}?(?:cancel|close|end|terminate)\b|\b(?:shall|should)"
    r"\s+(?:i|we)\s+(?:\w+\s+)?(?:cancel|close|end)\b|\b(?:would|do)\s+you\s+(?:like|want)\s+(?:me|us)\s+"
    r"to\s+(?:cancel|close|end)\b|\bconfirm\s+that\s+you\s+(?:want|wish|would\s+like)\b[^.?!]{0,80}"
    r"\b(?:cancel|close|end|terminat|not\s+renew)|\bconfirm\w*\s+que\s+(?:quieres|quiere|desea|deseas|"
    r"voulez|souhaitez|quer|deseja)\s+(?:\w+\s+){0,2}?(?:cancelar|resilier|annuler|dar\s+de\s+baja|"
    r"encerrar)|\bbestatigen\s+sie\b[^.?!]{0,60}\bkundig|\bconfirm\s+(?:that\s+)?you(?:'d|\s+would)?\s+"
    r"(?:like|want|wish)\s+(?:us\s+|me\s+)?to\s+(?:cancel|close|end|terminate)|\bsollen\s+wir\b[^?!\n]{0,60}"
    r"\b(?:schliessen|kundigen|beenden|loschen|stornieren)|\bsouhaitez-vous\s+que\s+nous\b[^.?!]{0,40}"
    r"\b(?:fermions|resilions|arretions|annulions|cloturions)|\bquiere(?:s|n)?\s+que\s+(?:lo\s+|la\s+)?"
    r"(?:cancelemos|demos\s+de\s+baja|cerremos)|\b(?:deseja|quer|querem)\s+que\s+(?:\w+\s+){0,2}?"
    r"(?:cancelemos|encerremos|cancele)",
)
# A short yes under it.
YES = re.compile(
    r"^(?:(?:hi|hello|dear\s+\w+|hola|hallo|bonjour|ola|oi)[,!.]?\s*)?(?:yes|yep|yeah|confirmed|i\s+confirm|"
    r"si|sí|confirmo|ja|bestatige|oui|je\s+confirme|sim|confirmado)\b"
)
# A subject that speaks to the customer ("Your cancellation request", "Votre demande de
# résiliation", "Confirme o cancelamento da sua assinatura"): our words, not theirs.
OUR_SUBJECT = re.compile(
    r"\b(?:your|votre|vos|su|sus|tu|ihr|ihre|ihren|seu|sua|teu|tua)\b|^(?:confirm\w*|"
    r"bestatigung|confirmacao|confirmacion)\b"
)
