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
    r"\b(?:cancel|cancell?ing|cancle|cansel|close|closing|terminate|terminating|delete|deactivate|"
    r"discontinue|end|stop|remove|shut down|"
    r"cancel(?:ar|en|e|a|ad|em|ado|ada|o)|cerrar|cierren|eliminar|eliminen|borrar|anular|"
    r"terminar|finalizar|desactivar|dar(?:me|nos)? de baja|den de baja|rescindir|resolver|detener|"
    r"ku(?:e)?ndig(?:en|e|t)|schliessen|loschen|beenden|deaktivieren|auflosen|stoppen|"
    r"stornieren|storniere|"
    r"resilier|resiliez|resilie|annuler|annulez|fermer|fermez|cloturer|cloturez|supprimer|"
    r"supprimez|desactiver|mettre fin a|mettre un terme a|arreter|arretez|stopper|"
    r"encerrar|encerrem|excluir|excluam|apagar|desativar|desativem|cancelem|parar|rescindir)\b"
)
# What the customer holds with the company.
SERVICE = (
    r"(?:account|acct|acount|accout|subscription|subcription|subscribtion|sub|membership|plan|"
    r"service|services|contract|licen[cs]e|testphase|probezeit|probeabo|testzeitraum|abonement|"
    r"workspace|workspaces|instance|tenant|teste|arbeitsbereich|espace|espaco|espacio|"
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
# Other vendors' products: "cancel our Pipedrive subscription" was sent to the wrong company.
OTHER_VENDOR = re.compile(
    r"\b(?:pipedrive|hubspot|salesforce|zoho|monday|freshsales|freshworks|notion|netflix|spotify|"
    r"adobe|microsoft|office ?365|google workspace|dropbox|zoom|slack|mailchimp|shopify|"
    r"quickbooks|xero|amazon|prime|apple|icloud)\b"
)
# "cancel the import job", "cancel the scheduled send": a determiner, then not the account.
_DETERMINER = (
    r"(?:the|this|that|these|those|my|our|a|an|la|el|los|las|le|les|l'|mon|ma|mes|notre|nos|"
    r"das|den|die|dem|meine|meinen|unser\w*|o|os|as|meu|minha|nosso|nossa|mi|nuestra|nuestro)"
)
VERB_OBJECT = re.compile(rf"{VERB}\s+{_DETERMINER}\s+(?P<words>(?:[\w'-]+\s+){{0,2}}[\w'-]+)")
SERVICE_WORD = re.compile(rf"\b{SERVICE}")
# Scheduling objects: "Re: Invitation: review" + "please cancel" is about the meeting.
SCHEDULING = re.compile(
    r"\b(?:meeting|invitation|invite|event|appointment|webinar|call|demo|session|booking|"
    r"reservation|reunion|cita|termin|einladung|besprechung|rendez-vous|reuniao|convite)\b"
)
YOUR_OBJECT = re.compile(rf"{VERB}\s+(?:your|votre|vos|su|sus|ihr|ihre|ihren|seu|sua)\s")
_AFTER_SERVICE = r"(?!\s+(?:manager|number|executive|rep|owner|meeting|call|ticket|settings|page))"
_CLOSURE_NOUN = (
    r"(?:closure|closing|cancell?ation|termination|cloture|fermeture|resiliation|cierre|baja|"
    r"cancelacion|schliessung|kundigung|encerramento|cancelamento|rescisao|rescision|resolucion)"
)

# A request: the verb with a service object, the object with the verb (German order),
# a wish for the object to be cancelled, or a request noun.
REQUEST = _rx(
    rf"{VERB}(?:\s+{_FILLER}){{0,4}}?\s+{SERVICE}{_AFTER_SERVICE}",
    rf"\b{SERVICE}(?:\s+{_FILLER}){{0,5}}?\s+(?:fristgerecht\s+|bitte\s+|sofort\s+)*"
    r"(?:ku(?:e)?ndigen|loschen|schliessen|beenden|auflosen|kundige|resilier|annuler)\b",
    rf"\b(?:want|like|need|wish|have|get)\s+(?:my|our|the|this)\s+(?:\w+\s+)?{SERVICE}\s+"
    r"(?:to be\s+)?(?:cancell?ed|closed|terminated|deleted|removed|deactivated|ended)\b",
    rf"\b{SERVICE}\s+(?:should|must|needs to|to)\s+be\s+(?:cancell?ed|closed|terminated|deleted)",
    rf"\b(?:make sure|ensure|check that)\s+(?:that\s+)?(?:my|our|the)\s+{SERVICE}\s+(?:is|gets|has "
    r"been)\s+(?:actually\s+|really\s+|properly\s+)?(?:cancell?ed|closed|terminated|deleted)",
    rf"\b(?:confirm|process|confirmer|traiter|confirmar|procesar|tramitar|bestatigen|bearbeiten|"
    rf"processar)\w*\s+(?:the |my |our |this |la |le |el |a |o |die |den |meine |ma |mi |minha )?"
    rf"{_CLOSURE_NOUN}",
    rf"\b{_CLOSURE_NOUN}\s+(?:of|du|de|da|do|del|des|der|von)\s+(?:my |our |the |mon |ma |la |"
    rf"l'|mi |minha |meu |o |a |meines |meiner |unseres |des |der )?{SERVICE}",
    r"\b(?:me|nous)\s+(?:desinscrire|desabonner|desinscris|desabonne)\s+(?:de|du|d')\s*"
    r"(?!(?:la |les |votre |vos )?(?:newsletter|e-?mails?|mails?|liste|lettre))",
    r"\b(?:\d+[- ]days? |formal |written )?notice of (?:cancell?ation|termination|non-?renewal)\b",
    r"\bhereby\s+terminat\w*|\b(?:serves as|this is (?:a |our |my )?)(?:formal )?(?:notice|"
    r"notification) of (?:cancell?ation|termination)",
    r"\b(?:unsubscribe|desabonner|desinscrire|descadastrar)\s+(?:me|us|moi|nous)\s+(?:from|de|du|"
    r"da|do)\s+(?!(?:your |the |this |all )?(?:newsletter|e-?mails?|mailing|list|marketing|"
    r"promotion|notification|lettre|boletin|correos))",
    r"\b(?:won't|will not|don't want to|do not want to|not going to) (?:be )?renew(?:ing)?\b",
    r"\bcancell?ation (?:request|notice|of (?:my|our|the) )|\brequest(?:ing)? (?:for |to )cancel",
    r"\b(?:solicitud|peticion|solicito|solicitar|solicitamos|pido|pedimos|pedir|pedido|peco|"
    r"solicitacao|requerer|requeiro) (?:de |la |el |o |a )?(?:cancelacion|baja|cancelamento|"
    r"rescision|rescisao|encerramento|resolucion)\b",
    r"\b(?:cancelacion|cancelamento|encerramento|baja) (?:de|da|do|del) (?:la |mi |minha |meu |"
    rf"nuestra |o |a )?{SERVICE}",
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
    rf"\b(?:please|kindly|pls|plz)\s+(?:\w+\s+){{0,3}}?{BARE_VERB}",
    r"^(?:just\s+|so\s+)?(?:cancel|terminate|close|delete)\s+it\b",
    r"\b(?:just\s+)?(?:cancel|delete|close|terminate|remove|end|stop)\s+(?:it|this|everything)\s*,?"
    r"\s*(?:please|pls|asap|now|today|immediately)\b|\bgo ahead and (?:cancel|close|terminate)\b",
    r"\b(?:please|pls)\s+(?:just\s+)?(?:delete|close|remove|end|stop)\s+it\b",
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
    r"gostaria|desejo|favor|veux|voulons|queremos|quero|ich will|wir wollen)\b|"
    r"\b(?:can|could|would|will) you\b"
)
# Polite requests phrased as questions ("could you cancel …?").
QUESTION_REQUEST = _rx(
    rf"\b(?:can|could|would|will) you\s+(?:(?:please|kindly|just|also|"
    rf"go ahead and)\s+){{0,2}}{VERB}",
    r"\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+)?(?:make sure|ensure|see to it)\b",
    rf"(?<!se )\b(?:puede|pueden|podria|podrian|"
    rf"podrias)\s+(?:usted(?:es)?\s+)?(?:por favor\s+)?{VERB}",
    rf"\b(?:konnen|konnten|wurden) sie\b.{{0,60}}{VERB}",
    rf"\b(?:pouvez|pourriez|pourrais|peux)[- ]vous\b.{{0,40}}{VERB}",
    rf"\b(?:pode|podem|poderia|poderiam|podes)\s+(?:por favor\s+)?{VERB}",
    r"\b(?:podeis|podrias|podria) (?:tramitar|gestionar|procesar)",
)
# "Do not renew" and "turn off auto-renewal" stop the contract at its end: a cancellation.
RENEWAL_STOP = _rx(
    r"\b(?:do not|don't|dont|please don't|not to) (?:auto-?)?renew\b",
    r"\b(?:turn off|disable|stop|cancel|switch off|deactivate)\s+(?:the\s+|my\s+)?"
    r"(?:auto-?(?:matic)?\s*-?renew(?:al)?|recurring (?:billing|payments?)|renewal)\b",
    r"\bno (?:renovar|renueven)\b|\bnicht (?:mehr )?verlangern\b|\bne pas (?:le |la )?renouveler\b"
    r"|\bnao renovar\b",
    r"\b(?:won't|will not|wont|are not|aren't|am not|not) (?:be )?continu(?:e|ing) (?:with|using|"
    r"our|the|to use)\b",
)
NEGATION = re.compile(
    r"(?:\b(?:not|never|no|nicht|nie|keine?n?|ne|pas|nao|nunca|jamais)\b|n't)"
    r"(?:\s+(?!please|por|bitte|longer|only|mais|mehr)[\w']+){0,3}?\s*"
    + VERB
    + r"|"
    + VERB
    + r"\s+(?:sie\s+)?(?:bitte\s+)?(?:nicht|pas)\b"
)
# "How do I cancel?": the customer wants to, and asks the way; a request we may not act on alone.
HOW_TO = _rx(
    rf"\bhow (?:do|can|would|should|could) (?:i|we)\b.{{0,30}}{VERB}|\bhow to\s+{VERB}",
    rf"\bwhere (?:do|can) (?:i|we)\b.{{0,20}}{VERB}",
    rf"\b(?:como|donde) (?:puedo|podemos|se puede|hago|hacemos)\b.{{0,30}}{VERB}",
    rf"\bwie (?:kann|konnen|konnte) (?:ich|wir|man)\b.{{0,40}}{VERB}",
    rf"\bcomment (?:puis-je|pouvons-nous|faire pour|faut-il)?\b.{{0,30}}{VERB}",
    rf"\bcomo (?:faco|fazemos|posso|podemos|se)\b.{{0,30}}{VERB}",
    r"\bcomo\s+(?:cancelo|cancelamos|me doy de baja|doy de baja|encerro|rescindo)\b",
    rf"\bis (?:it|there) (?:possible|a way) to\s+{VERB}",
    rf"\b(?:es|sera) posible\s+{VERB}|\bist es moglich\b.{{0,30}}{VERB}|"
    rf"\best-il possible de\s+{VERB}|\be possivel\s+{VERB}",
)
# Questions about the terms, not about leaving now: "can I cancel anytime?".
ANYTIME = re.compile(
    r"\b(?:anytime|any time|at any time|en cualquier momento|jederzeit|a tout moment|"
    r"a qualquer momento|n'importe quand|en cours d'annee|mid-?(?:term|year))\b"
)
QUESTION_ABOUT = _rx(
    r"\b(?:anytime|any time|at any time|en cualquier momento|jederzeit|a tout moment|"
    r"a qualquer momento|n'importe quand)\b",
    r"\bwhat (?:happens|would happen|will happen)\b|\bis (?:it|there) (?:possible|a way)\b",
    rf"\b(?:can|may|could|should|do) (?:i|we)\s+(?:still\s+|just\s+|also\s+)?{VERB}",
    rf"\bkann (?:ich|man)\b.{{0,40}}{VERB}",
    r"\b(?:cancellation|cancelacion|kundigungs|resiliation|cancelamento)"
    r"\s*(?:policy|politica|frist|fee|bedingungen|conditions|politique|taxa|tarifa)\b",
)
HEDGE = re.compile(
    r"\b(?:thinking|considering|might|maybe|perhaps|wondering|may have to|"
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
    r"(?:one|two|three|some|a few|several|part|\d+) of (?:our|the|my) (?:\w+ )?(?:seats|users|"
    r"licen[cs]es|workspaces|accounts|plans)|"
    r"(?:reduce|remove) (?:\d+|one|two|three|some|a few) (?:seats|users|licenses)|"
    r"upgrade)\b",
    r"\b(?:pausar|congelar|cambiar (?:de|mi|el) plan|bajar de plan|plan mas barato|"
    r"pausieren|ruhen lassen|downgraden|tarif wechseln|kleineren tarif|"
    r"mettre en pause|suspendre temporairement|changer de (?:formule|forfait|plan)|"
    r"rebaixar|mudar (?:de|o meu|meu) plano|trocar de plano|plano mais barato)\b",
)
NEWSLETTER = _rx(
    r"\bunsubscrib\w* (?:\w+ ){0,3}?(?:newsletter|e-?mails?|mailing|list|marketing|promotion)|"
    r"\bnewsletters?\b|\bmailing list\b|\bmarketing (?:e-?mails|messages)\b|"
    r"\bstop (?:sending|emailing)\b|\bremove me from (?:your|the|this) (?:list|mailing)",
    r"\bde (?:la lista|los correos|boletin)|\babbestellen\b|\bvom verteiler\b|"
    r"\b(?:abmelden|desabonner|desinscri\w+|descadastr\w+|descredenciar)\b.{0,30}\b(?:newsletter|"
    r"e-?mails?|mails?|liste|lettre|boletin|correos|verteiler|lista)",
)
WITHDRAWAL_SPECIFIC = _rx(
    r"\b(?:disregard|ignore|cancel|withdraw|revoke|retract|undo|reverse|rescind)\s+(?:my|the|our)"
    r"\s+(?:previous\s+|earlier\s+|last\s+|recent\s+)?(?:cancell?ation|request to cancel|"
    r"request for cancellation|termination)",
    r"\bundo (?:the|this|my) cancell?ation",
    r"\b(?:ne pas tenir compte|ne tenez pas compte)\s+de\s+(?:mon|ma|notre)\s+(?:precedent|"
    r"derniere?|demande)|\bgarde\w*\s+(?:finalement|quand meme|plutot)\s+(?:mon|notre)\s+"
    r"(?:abonnement|compte)",
    r"\bno longer (?:want|wish|need) to (?:cancel|close|terminate)\b",
    r"\b(?:anular|retirar|retiro|cancelar|ignoren|ignorar)\s+(?:mi|la|el)\s+(?:solicitud de\s+)?"
    r"(?:cancelacion|baja)\b|\b(?:mantener|conservar) (?:mi|nuestra) (?:cuenta|suscripcion)\b",
    r"\bkundigung\s+(?:\w+\s+)?(?:zuruckziehen|zuruck|widerrufen|zurucknehmen|stornieren|"
    r"ignorieren)|\b(?:widerrufe|storniere)\s+(?:meine|die)\s+kundigung",
    r"\b(?:annuler|retirer|ignorer|ignorez)\s+(?:ma|la)\s+(?:demande de\s+)?resiliation\b|"
    r"\bgarder (?:mon|notre) (?:compte|abonnement)\b",
    r"\b(?:cancel\w*|retir\w*|desconsider\w*|ignor\w*)\s+(?:o |a |meu |minha |o meu |a minha )?"
    r"(?:(?:pedido|solicitacao) de\s+)?cancelamento\b|\bmanter (?:minha|a) (?:conta|assinatura)\b",
)
# "We'd like to keep it", "reactivate it": a withdrawal only where a cancellation is the topic.
KEEP = _rx(
    r"\b(?:like to|want to|decided to|will|'ll|going to|rather)\s+(?:keep|continue|retain)\s+"
    r"(?:using\s+)?(?:my|our|the|it)\b|\bkeep (?:\w+ ){1,3}active\b|\breactivat\w*\s+(?:it|my|our|"
    r"the)\b|\brestore (?:it|my|our)\b",
    r"\b(?:mantengo|mantenemos|nos quedamos con)\s+(?:mi|la|nuestra)\s+(?:cuenta|suscripcion)|"
    r"\bbehalte\w*\s+(?:mein|unser)\w*\s+(?:konto|abo|vertrag)|\bvou manter\b",
    r"\b(?:vamos|vou|seguimos|continuamos|nous allons|nous restons|wir bleiben)\s+(?:a\s+)?"
    r"(?:continuar|seguir|rester)?\s*(?:com|con|avec|bei)\s+(?:o|el|la|le|the|dem)?\s*"
    r"(?:crm|plan|plano|abonnement|abo|sistema|servicio|servico|the subscription)\b",
    r"\b(?:nao|no|do not|don't|nicht|n')\s*(?:autorizo|autorizamos|authori[sz]e|autorise|"
    r"autorisons|genehmige|genehmigen)\w*\s+(?:o|el|la|the|die|le|this|esse|este|diese)?\s*"
    r"(?:cancelamento|cancelacion|baja|cancell?ation|kundigung|resiliation)",
)
WITHDRAWAL_GENERIC = _rx(
    r"\b(?:ignore|disregard|forget)\s+(?:my|the|our)\s+(?:previous|earlier|last|prior)\s+"
    r"(?:e-?mail|message|mail|request|note)",
    r"\b(?:changed|change) (?:my|our) minds?\b|\bnever ?mind\b|\bhold off\b",
    r"\b(?:ignoren|ignore|ignorar|olviden|hagan caso omiso de|no tengan en cuenta)\s+(?:mi|el)\s+"
    r"(?:correo|mensaje|e-?mail|solicitud)\s+(?:anterior|de (?:la semana pasada|ayer|antes))|"
    r"\bcambie de (?:opinion|idea)\b|"
    r"\bhe cambiado de (?:opinion|idea)\b",
    r"\banders uberlegt\b|\bignorieren sie\b.{0,20}\b(?:vorherige|letzte)\w* (?:e-?mail|nachricht)",
    r"\bchange d'avis\b|\bignore[rz]?\s+(?:mon|le)\s+(?:precedent|dernier)\s+(?:message|"
    r"mail|courriel)",
    r"\bmudei de (?:ideia|opiniao)\b|\b(?:desconsider\w+|ignore|ignorem)\s+(?:o\s+|meu\s+|"
    r"o meu\s+)?"
    r"(?:e-?mail|mensagem)\s+anterior",
)
# Words that put the topic of cancelling on the table, whatever the phrasing.
TOPIC = re.compile(
    VERB + r"|\bcancel\w*|\bdesinscri\w*|\bdesabonn\w*|\bclosed\b|\bterminated\b|"
    r"\bunsubscrib\w*|\bclosure\b|\bcloture\b|"
    r"\bcierre\b|\brescis\w*|\bku(?:e)?ndig\w*|\bresili\w*|\bbaja\b|\bcancelamento\b|\bannul\w*"
)
# Words that name cancelling itself (not "end", "close", "stop", which have other senses).
CANCEL_WORD = re.compile(
    r"\bcancel\w*|\bcancle|\bku(?:e)?ndig\w*|\bresili\w*|\bde baja\b|\bcancelamento\b|"
    r"\brescis\w*|\bannul\w*|\bterminat\w*"
)
# Subjects that name the request ("Cancellation", "Kündigung", "Baja de cuenta").
SUBJECT_REQUEST = _rx(
    r"sorry to see you (?:go|leave)|sad to see you go|"
    r"^(?:notice of |request for )?(?:account |subscription )?(?:cancell?ation|termination|"
    r"close account|closing account|"
    r"account closure|account cancell?ation|cancel(?:ing|ling)?(?: my| our| the)?(?: \w+)?)\b",
    r"^(?:cancelacion|baja|solicitud de baja|dar de baja|cancelar|resolucion (?:del? )?contrato)\b",
    r"^(?:kundigung|vertragskundigung|kundigen|konto loschen|konto schliessen)\b",
    r"^(?:resiliation|demande de resiliation|annulation|resilier|fermeture de compte|"
    r"arret de l'abonnement)\b",
    r"^(?:cancelamento|cancelar|encerramento de conta|pedido de cancelamento|rescisao)\b",
)
FORWARD_PREFIX = re.compile(r"^\s*(?:fw|fwd|wg|tr|rv|enc|doorst)\s*:", re.IGNORECASE)
REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc|res|doorst)\s*(?:\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
