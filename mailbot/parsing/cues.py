"""Phrase tables for intent in English, Spanish, German, French and Portuguese.

Every pattern runs on ``sentences.normalise``d text: casefolded, without accents
("kündigen" is "kundigen", "résilier" is "resilier", "não" is "nao").
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Verbs that end a contract, in the forms a request uses (imperative, infinitive, 1st person).
VERB = (
    r"\b(?:cancel|cancell?ing|close|closing|terminate|terminating|delete|deactivate|discontinue|"
    r"end|stop|remove|shut down|"
    r"cancel(?:ar|en|e|a|ad|em|ado|ada|o)|cerrar|cierren|eliminar|eliminen|borrar|anular|"
    r"terminar|finalizar|desactivar|dar(?:me|nos)? de baja|den de baja|rescindir|"
    r"ku(?:e)?ndig(?:en|e|t)|schliessen|loschen|beenden|deaktivieren|auflosen|"
    r"resilier|resiliez|resilie|annuler|annulez|fermer|fermez|cloturer|cloturez|supprimer|"
    r"supprimez|desactiver|mettre fin a|mettre un terme a|"
    r"encerrar|encerrem|excluir|excluam|apagar|desativar|desativem|cancelem)\b"
)
# What the customer holds with the company.
SERVICE = (
    r"(?:account|acct|subscription|sub|membership|plan|service|services|contract|licen[cs]e|"
    r"licenses|profile|trial|cuenta|suscripcion|subscripcion|membresia|servicio|contrato|licencia|"
    r"perfil|prueba|konto|kundenkonto|benutzerkonto|nutzerkonto|zugang|abo|abonnement|"
    r"mitgliedschaft|vertrag|lizenz|tarif|dienst|profil|compte|adhesion|contrat|forfait|"
    r"inscription|offre|essai|conta|assinatura|subscricao|plano|servico|inscricao|licenca|adesao)\b"
)
# Things one cancels that are not the account: meetings, orders, payments, mail, seats.
_OTHER_WORDS = (
    r"(?:meeting|call|appointment|event|invite|invitation|webinar|demo|order|orders|invoice|"
    r"payment|payments|transaction|charge|booking|reservation|session|training|ticket|request|"
    r"newsletter|emails|email|notifications|mailing|seat|seats|users|user|add-?on|upgrade|"
    r"reunion|cita|llamada|evento|pedido|orden|factura|pago|cargo|reserva|boletin|correos|"
    r"puesto|puestos|termin|besprechung|anruf|bestellung|rechnung|zahlung|lastschrift|buchung|"
    r"einladung|veranstaltung|rendez-vous|rdv|appel|evenement|commande|facture|paiement|"
    r"prelevement|seance|reuniao|chamada|encomenda|fatura|pagamento|cobranca|convite)\b"
)
OTHER_OBJECT = re.compile(r"\b" + _OTHER_WORDS)
_FILLER = (
    r"(?!(?:from|on|in|to|for|with|of|at|by|about|after|before|de|del|en|para|por|von|auf|im|"
    r"fur|mit|zum|zur|du|des|sur|pour|avec|da|do|no|na|em|and|y|und|et|e|or|o|oder|ou)\b)"
    rf"(?!{_OTHER_WORDS})[\w'-]+"
)
_AFTER_SERVICE = r"(?!\s+(?:manager|number|executive|rep|owner|meeting|call|ticket|settings|page))"

# A request: the verb with a service object, the object with the verb (German order),
# a wish for the object to be cancelled, or a request noun.
REQUEST = _rx(
    rf"{VERB}(?:\s+{_FILLER}){{0,4}}?\s+{SERVICE}{_AFTER_SERVICE}",
    rf"\b{SERVICE}(?:\s+{_FILLER}){{0,5}}?\s+(?:fristgerecht\s+|bitte\s+|sofort\s+)*"
    r"(?:ku(?:e)?ndigen|loschen|schliessen|beenden|auflosen|kundige|resilier|annuler)\b",
    rf"\b(?:want|like|need|wish|have|get)\s+(?:my|our|the|this)\s+(?:\w+\s+)?{SERVICE}\s+"
    r"(?:to be\s+)?(?:cancell?ed|closed|terminated|deleted|removed|deactivated|ended)\b",
    rf"\b{SERVICE}\s+(?:should|must|needs to|to)\s+be\s+(?:cancell?ed|closed|terminated|deleted)",
    r"\bcancell?ation (?:request|notice|of (?:my|our|the) )|\brequest(?:ing)? (?:for |to )cancel",
    r"\b(?:solicitud|peticion|solicito|pido|pedido|solicitacao) (?:de |la |el |o |a )?"
    r"(?:cancelacion|baja|cancelamento|rescision)\b",
    r"\b(?:cancelacion|cancelamento|encerramento|baja) (?:de|da|do|del) (?:la |mi |minha |meu |"
    r"nuestra |o |a )?(?:cuenta|suscripcion|conta|assinatura|plano|servicio|servico|contrato)\b",
    r"\bhiermit\s+(?:ku(?:e)?ndige|widerrufe)\b|\bku(?:e)?ndigung\b(?!\s*(?:s?frist|bestatigung))",
    r"\b(?:demande de |je demande la |lettre de )?resiliation\b",
    rf"\bque\s+(?:se\s+)?(?:cancele|cierre|den de baja)\s+(?:mi|la|nuestra)\s+{SERVICE}",
    rf"\bque\s+(?:mon|ma|mes|notre)\s+{SERVICE}\s+soit\s+(?:resilie|annule|ferme|supprime)",
    rf"\bque\s+(?:minha|meu|a|o)\s+{SERVICE}\s+seja\s+(?:cancelad|encerrad|exclu)",
)
# Verbs that mean "cancel the contract" even without an object.
BARE_VERB = (
    r"\b(?:cancel|cancell?ing|terminate|cancel(?:ar|en|e|em)|dar(?:me|nos)? de baja|rescindir|"
    r"anular|ku(?:e)?ndig(?:en|e)|resilier|resiliez|annuler|encerrar)\b"
)
# A request without an object ("please cancel", "quiero cancelar", "je souhaite résilier").
BARE_REQUEST = _rx(
    rf"\b(?:please|kindly|pls|plz)\s+(?:\w+\s+)?{BARE_VERB}",
    r"\b(?:i|we)(?:'d|'m|'ve| would| am| are| have| hereby| just)?(?:\s+(?:like|want|wish|need|"
    rf"writing|decided|request|hereby|must|have to))*(?:\s+to)?\s+{BARE_VERB}",
    r"\b(?:quiero|queremos|deseo|deseamos|quisiera|quisieramos|necesito|me gustaria|"
    rf"nos gustaria|favor de|por favor,?)\s+{BARE_VERB}",
    rf"\b(?:ich|wir)\s+(?:mochte|mochten|will|wollen|werde|muss|mussen)\b.{{0,60}}{BARE_VERB}",
    rf"\bbitte\s+{BARE_VERB}|{BARE_VERB}\s+sie\s+bitte\b",
    r"\b(?:je|nous)\s+(?:souhaite|souhaitons|veux|voulons|voudrais|voudrions|desire|demande "
    rf"a|dois)\s+{BARE_VERB}|\b(?:merci de|veuillez|je vous prie de)\s+{BARE_VERB}",
    r"\b(?:quero|queremos|gostaria de|gostariamos de|desejo|desejamos|preciso|precisamos|"
    rf"favor|por favor,?)\s+{BARE_VERB}",
    rf"^{BARE_VERB}\s+(?:it|immediately|asap|now|today|effective)\b",
)
# "cancel this contract" without "please" or a wish is an aside, not a request to us.
DEMONSTRATIVE = re.compile(
    rf"{VERB}\s+(?:this|that|these|those|este|esta|ese|esa|diesen|diese|dieses|ce|cette|"
    rf"esse|essa|isso)\s"
)
POLITE = re.compile(
    r"\b(?:please|kindly|pls|want|would like|'d like|wish|hereby|request|por favor|quiero|"
    r"quisiera|deseo|gustaria|bitte|mochte|hiermit|souhaite|voudrais|veuillez|merci de|quero|"
    r"gostaria|desejo|favor)\b|\b(?:can|could|would|will) you\b"
)
# Polite requests phrased as questions ("could you cancel …?").
QUESTION_REQUEST = _rx(
    rf"\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+)?{VERB}",
    rf"\b(?:puede|pueden|podria|podrian|podrias)\s+(?:usted(?:es)?\s+)?(?:por favor\s+)?{VERB}",
    rf"\b(?:konnen|konnten|wurden) sie\b.{{0,60}}{VERB}",
    rf"\b(?:pouvez|pourriez|pourrais|peux)[- ]vous\b.{{0,40}}{VERB}",
    rf"\b(?:pode|podem|poderia|poderiam|podes)\s+(?:por favor\s+)?{VERB}",
)
# "Do not renew" and "turn off auto-renewal" stop the contract at its end: a cancellation.
RENEWAL_STOP = _rx(
    r"\b(?:do not|don't|dont|please don't|not to) (?:auto-?)?renew\b",
    r"\b(?:turn off|disable|stop|cancel|switch off|deactivate)\s+(?:the\s+|my\s+)?"
    r"(?:auto-?(?:matic)?\s*-?renew(?:al)?|recurring (?:billing|payments?)|renewal)\b",
    r"\bno (?:renovar|renueven)\b|\bnicht (?:mehr )?verlangern\b|\bne pas (?:le |la )?renouveler\b"
    r"|\bnao renovar\b",
)
NEGATION = re.compile(
    r"(?:\b(?:not|never|no|nicht|nie|keine?n?|ne|pas|nao|nunca|jamais)\b|n't)"
    r"(?:\s+(?!please|por|bitte|longer|only|mais|mehr)[\w']+){0,3}?\s*" + VERB
)
QUESTION_ABOUT = _rx(
    rf"\bhow (?:do|can|would|should|could) (?:i|we)\b.{{0,30}}{VERB}|\bhow to\s+{VERB}",
    rf"\bwhat (?:happens|would happen|will happen)\b|\bis (?:it|there) (?:possible|a way)\b",
    rf"\b(?:can|may|could|should|do) (?:i|we)\s+(?:still\s+|just\s+|also\s+)?{VERB}",
    rf"\b(?:como|donde) (?:puedo|podemos|se puede|hago|hacemos)\b.{{0,30}}{VERB}",
    rf"\bwie (?:kann|konnen|konnte) (?:ich|wir|man)\b|\bkann (?:ich|man)\b.{{0,40}}{VERB}",
    rf"\bcomment (?:puis-je|pouvons-nous|faire pour|faut-il)?\b.{{0,30}}{VERB}",
    rf"\bcomo (?:faco|fazemos|posso|podemos|se)\b.{{0,30}}{VERB}",
    r"\b(?:cancellation|cancelacion|kundigungs|resiliation|cancelamento)"
    r"\s*(?:policy|politica|frist|fee|bedingungen|conditions|politique|taxa|tarifa)\b",
)
HEDGE = re.compile(
    r"\b(?:thinking|considering|consider|might|maybe|perhaps|wondering|may have to|"
    r"pensando|considerando|tal vez|quizas|quiza|uberlege|uberlegen|vielleicht|eventuell|"
    r"envisage|envisageons|reflechis|peut-etre|talvez|cogitando)\b"
)
CONDITION = re.compile(
    r"(?:^|\s)(?:if|unless|otherwise|or else|a menos que|de lo contrario|sino|wenn|falls|"
    r"sonst|ansonsten|sinon|a moins que|caso|senao|a nao ser que)\b|^(?:si|se)\s"
)
# A threat about the future ("if …, I will cancel") is not a request.
FUTURE = re.compile(
    r"\b(?:i'll|i will|we'll|we will|i would|we would|i'd|we'd|i'm going to|we're going to|"
    r"going to|voy a|vamos a|tendre que|werde|werden|je vais|nous allons|je devrai|vou|vamos|"
    r"terei que)\b"
)
DOWNGRADE = _rx(
    r"\b(?:downgrade|downgrading|pause|pausing|put (?:it |my \w+ )?on hold|freeze|suspend "
    r"(?:it )?(?:temporarily|for)|switch (?:to|from) (?:the |a )?\w+ (?:plan|tier)|"
    r"change (?:my|our|the) plan|cheaper plan|smaller plan|fewer (?:seats|users|licenses)|"
    r"(?:reduce|remove) (?:\d+|one|two|three|some|a few) (?:seats|users|licenses)|"
    r"upgrade)\b",
    r"\b(?:pausar|congelar|cambiar (?:de|mi|el) plan|bajar de plan|plan mas barato|"
    r"pausieren|ruhen lassen|downgraden|tarif wechseln|kleineren tarif|"
    r"mettre en pause|suspendre temporairement|changer de (?:formule|forfait|plan)|"
    r"rebaixar|mudar (?:de|o meu|meu) plano|trocar de plano|plano mais barato)\b",
)
NEWSLETTER = _rx(
    r"\bunsubscrib\w*|\bnewsletters?\b|\bmailing list\b|\bmarketing (?:e-?mails|messages)\b|"
    r"\bstop (?:sending|emailing)\b|\bremove me from (?:your|the|this) (?:list|mailing)",
    r"\bde (?:la lista|los correos|boletin)|\babbestellen\b|\babmelden\b|\bdesabonner\b|"
    r"\bdesinscri\w+|\bdescadastr\w+|\bdescredenciar",
)
WITHDRAWAL_SPECIFIC = _rx(
    r"\b(?:disregard|ignore|cancel|withdraw|revoke|retract|undo|reverse|rescind)\s+(?:my|the|our)"
    r"\s+(?:previous\s+|earlier\s+|last\s+|recent\s+)?(?:cancell?ation|request to cancel|"
    r"request for cancellation|termination)",
    r"\b(?:keep|continue|reactivate|restore|retain)\s+(?:using\s+)?(?:my|our)\s+"
    r"(?:account|subscription|plan|membership)\b",
    r"\bno longer (?:want|wish|need) to (?:cancel|close|terminate)\b",
    r"\b(?:anular|retirar|retiro|cancelar|ignoren|ignorar)\s+(?:mi|la|el)\s+(?:solicitud de\s+)?"
    r"(?:cancelacion|baja)\b|\b(?:mantener|conservar) (?:mi|nuestra) (?:cuenta|suscripcion)\b",
    r"\bkundigung\s+(?:\w+\s+)?(?:zuruckziehen|zuruck|widerrufen|zurucknehmen|stornieren|"
    r"ignorieren)|\b(?:widerrufe|storniere)\s+(?:meine|die)\s+kundigung",
    r"\b(?:annuler|retirer|ignorer|ignorez)\s+(?:ma|la)\s+(?:demande de\s+)?resiliation\b|"
    r"\bgarder (?:mon|notre) (?:compte|abonnement)\b",
    r"\b(?:cancelar|retirar|desconsiderar|desconsiderem|ignorar)\s+(?:o|meu|o meu)\s+"
    r"(?:pedido de\s+)?cancelamento\b|\bmanter (?:minha|a) (?:conta|assinatura)\b",
)
WITHDRAWAL_GENERIC = _rx(
    r"\b(?:ignore|disregard|forget)\s+(?:my|the|our)\s+(?:previous|earlier|last|prior)\s+"
    r"(?:e-?mail|message|mail|request|note)",
    r"\b(?:changed|change) (?:my|our) minds?\b|\bnever ?mind\b",
    r"\b(?:ignoren|ignore|ignorar|olviden|hagan caso omiso de|no tengan en cuenta)\s+(?:mi|el)\s+"
    r"(?:correo|mensaje|e-?mail|solicitud)\s+anterior|\bcambie de (?:opinion|idea)\b|"
    r"\bhe cambiado de (?:opinion|idea)\b",
    r"\banders uberlegt\b|\bignorieren sie\b.{0,20}\b(?:vorherige|letzte)\w* (?:e-?mail|nachricht)",
    r"\bchange d'avis\b|\bignore[rz]?\s+(?:mon|le)\s+(?:precedent|dernier)\s+(?:message|"
    r"mail|courriel)",
    r"\bmudei de (?:ideia|opiniao)\b|\b(?:desconsider\w+|ignore|ignorem)\s+(?:o\s+|meu\s+|o meu\s+)?"
    r"(?:e-?mail|mensagem)\s+anterior",
)
# Words that put the topic of cancelling on the table, whatever the phrasing.
TOPIC = re.compile(
    VERB + r"|\bcancel\w*|\bku(?:e)?ndig\w*|\bresili\w*|\bbaja\b|\bcancelamento\b|\bannul\w*"
)
# Subjects that name the request ("Cancellation", "Kündigung", "Baja de cuenta").
SUBJECT_REQUEST = _rx(
    r"^(?:account |subscription )?(?:cancell?ation|termination|close account|closing account|"
    r"account closure|account cancell?ation|cancel(?:ing|ling)?(?: my| our| the)?(?: \w+)?)\b",
    r"^(?:cancelacion|baja|solicitud de baja|dar de baja|cancelar)\b",
    r"^(?:kundigung|vertragskundigung|kundigen|konto loschen|konto schliessen)\b",
    r"^(?:resiliation|demande de resiliation|annulation|resilier|fermeture de compte)\b",
    r"^(?:cancelamento|cancelar|encerramento de conta|pedido de cancelamento)\b",
)
REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|res|doorst)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
