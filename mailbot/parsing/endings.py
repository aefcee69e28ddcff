"""What customers say when they want it to end: the word tables the second reading of a
message's intent (``bands``) reads. Pure.

Each table covers the five languages, on ``sentences.normalise``d text (casefolded, no
accents): ``MONEY_STOP`` (the money and the renewal: "stop charging my card", "keine
Abbuchungen mehr", "no renovéis"), ``LEAVING`` (leaving, with the product or account as
the object), ``SEAT`` (a colleague's seat or login to remove) and ``ENDING`` (the topic of
ending, broadly: could be a request). The look-alikes are their counterpart
(``lookalikes``).
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


_US = r"(?:me|us|my|our|mi|mis|nos|nuestra|nuestro|mich|uns|unser\w*|mein\w*|moi|nous|mon|ma|" \
      r"notre|nos|me|nos|minha|meu|nossa|nosso)"
# Money and renewal: what a customer says when they want it to end.
MONEY_STOP = _rx(
    r"\b(?:stop|quit|cease|end)\s+(?:the\s+)?(?:charging|billing|debiting|taking\s+(?:money|"
    r"payments?))\b",
    r"\bno\s+(?:more|further)\s+(?:payments?|charges?|billing|bills|debits?|invoices?|"
    r"renewals?)\b",
    rf"\b(?:do\s*n'?t|do\s+not|never|please\s+don'?t)\s+(?:charge|bill|debit|renew)\s+{_US}?"
    r"\s*(?:\w+\s+){0,3}?(?:again|anymore|any\s*more|further|next)",
    r"\bno\s+renewal\s+(?:charge|payment|invoice)",
    r"\b(?:turn\s+off|disable|deactivate|cancel|stop)\s+(?:the\s+|my\s+|our\s+)?auto[- ]?renew",
    r"\b(?:desactiver|desactivez|arreter|supprimer)\s+(?:le\s+)?renouvellement\s+automatique",
    r"\bne\s+(?:proceder|procedez)\s+a\s+aucun\s+prelevement|\bnous\s+ne\s+renouvellerons\s+pas",
    r"\bnao\s+(?:cobrar|cobrem)\s+mais\b|\b(?:tirar|tire)\s+(?:meu|o)\s+cartao",
    r"\bdenuncia\s+do\s+contrato|\breiteramos\s+a\s+denuncia",
    r"\b(?:won'?t|will\s+not|do\s*n'?t\s+want\s+to|do\s+not\s+want\s+to|not\s+going\s+to|"
    r"decided\s+not\s+to|do\s+not\s+wish\s+to|would\s+like\s+not\s+to)\s+(?:be\s+)?renew",
    r"\b(?:ya\s+)?no\s+(?:me|nos)\s+(?:cobren|cobreis|cobres|sigan\s+cobrando|carguen)\b",
    r"\b(?:que\s+)?no\s+(?:me|nos)\s+(?:vuelvan\s+a\s+)?cobr(?:en|ar)\b",
    r"\bdejen\s+de\s+cobrar|\bno\s+(?:pasen|paseis|paséis|cobreis)\s+(?:mas\s+)?(?:recibos|cargos)",
    r"\bno\s+(?:vamos|voy|queremos|quiero|deseamos|desea|desean)\s+(?:a\s+)?renovar\b",
    r"\bno\s+desea\w*\s+renovar",
    r"\bkeine\s+(?:weiteren\s+)?(?:abbuchungen|lastschriften|zahlungen|rechnungen|belastungen)\b",
    r"\bnicht\s+(?:mehr\s+)?(?:verlangern|abbuchen|belasten)\b|\bnicht\s+verlangert\b",
    r"\b(?:arreter|arretez|cesser|stopper|stoppez)\s+(?:les\s+|de\s+)?(?:prelevements?|prelever|"
    r"facturer|facturation|debiter)\b",
    r"\b(?:ne\s+(?:plus\s+)?(?:me|nous)\s+(?:prelever|facturer|debiter))",
    r"\bne\s+(?:pas|plus)\s+(?:renouveler|reconduire)\b|\bnon[- ]renouvellement\b",
    r"\b(?:parar|parem|pare)\s+de\s+(?:cobrar|me\s+cobrar|debitar|faturar)\b",
    r"\bnao\s+(?:me|nos)\s+cobr(?:em|ar)\b|\bnao\s+(?:quero|queremos|vamos)\s+renovar\b",
    r"\bnao\s+renovar\b|\bsem\s+renovacao\b",
    r"\bopt(?:ing)?\s+out\s+of\s+(?:the\s+|my\s+|our\s+)?(?:auto[- ]?)?renewal",
    # "stop the monthly payment", "I'm not paying for this anymore", "don't charge me when
    # the trial ends", "we don't want the plan renewed", "NÃO quero a renovação".
    r"\bstop\s+(?:the\s+|my\s+|our\s+|all\s+|any\s+|these\s+)?(?:monthly\s+|annual\s+|yearly\s+|"
    r"recurring\s+|automatic\s+|auto\s+)?(?:payments?|debits?|charges|direct\s+debit)\b",
    r"\bnot\s+(?:be\s+)?paying\s+(?:for\s+(?:this|it|that)\s+)?(?:any\s*more|any\s+longer|again)\b",
    r"\b(?:do\s*n'?t|do\s+not)\s+charge\s+(?:me|us)\s+(?:when|after|once|at\s+the\s+end)\b",
    r"\b(?:do\s*n'?t|do\s+not)\s+want\s+(?:\w+\s+){0,4}?renewed\b",
    r"\bnao\s+(?:quero|queremos)\s+(?:a\s+)?renovacao\b|\b(?:desativ|desliguem|cancelem)\w*\s+a\s+"
    r"renovacao\s+automatica",
    r"\bbelasten\s+(?:sie\s+)?(?:\w+\s+){0,3}?nicht\s+mehr\b|\b(?:mitgliedschaft|abo|abonnement|"
    r"vertrag|lizenz)\b[^.!?\n]{0,60}\bauslaufen\b",
    r"\b(?:do\s*n'?t|do\s+not)\s+want\s+to\s+be\s+(?:billed|charged|debited|invoiced)\s+(?:again|"
    r"any\s*more|further)\b|\bno\s+charge\s+(?:me|us)\s+(?:again|any\s*more)\b|\bstop\s+(?:to\s+)?"
    r"charg\w*\s+(?:my|our|the)\s+(?:credit\s+)?card\b",
    r"\b(?:charges|payments|billing|debits)\s+(?:to\s+be\s+)?stopped\b|\bthere\s+(?:will\s+not|"
    r"won'?t)\s+be\s+(?:an?\s+|any\s+)?(?:automatic\s+|auto[- ]?)?renewal\b|\b(?:we|i)\s+(?:will\s+"
    r"not|won'?t|do\s*n'?t\s+want\s+to|do\s+not\s+want\s+to)\s+extend\s+(?:it|the|our|my|this)\b",
    r"\b(?:please\s+)?no\s+(?:automatic\s+|auto[- ]?)renewal\b|\bno\s+(?:quiero|queremos|deseo|"
    r"deseamos)\s+que\s+se\s+renueve",
    r"\b(?:do\s*n'?t|do\s+not)\s+take\s+(?:the|any|my|our)\s+(?:\w+\s+)?payments?\b|\bne\s+"
    r"(?:voudrais|veux|voulons)\s+pas\s+etre\s+prelev",
    r"\bnotice\s+of\s+non-?renewal\b|\bnon-?renewal\s+(?:notice\s+)?(?:remains|stands|is\s+still)\b|"
    r"\b(?:do\s*n'?t|do\s+not)\s+charge\s+(?:me\s+|us\s+)?(?:the\s+)?(?:new\s+)?(?:rate|price|fee|renewal)\b|"
    r"\bstops?\s+billing\b|\bno\s+(?:renoveis|renueven|renueves)\b",
    r"\bdejar\s+de\s+pagar|\bne\s+(?:veux|voulons)\s+plus\s+payer|\bnao\s+(?:quero|queremos)\s+"
    r"mais\s+pagar|\bnicht\s+mehr\s+(?:zahlen|bezahlen)\b",
)
# Leaving, in the customer's words, with the product or account as the object.
LEAVING = _rx(
    r"\b(?:close|cancel|end|terminate|delete|deactivate|stop)\s+(?:\w+\s+){0,3}?(?:subscription|"
    r"account|membership|contract|plan|service|licen[cs]e)\b",
    r"\b(?:cerrad|cerrar|cierren|cerreis|anulen|anular|anuleis|anulad|cancelen|cancelar|canceleis|"
    r"cancelad|dar\s+de\s+baja|darme\s+de\s+baja|"
    r"darnos\s+de\s+baja|dar\s+termino|terminar)\b(?:\s+\w+){0,4}\s+(?:cuenta|suscripcion|"
    r"contrato|plan|servicio|licencia)",
    r"\b(?:kundige|kundigen|kundigt|beenden|loschen|schliessen|auflosen)\b",
    r"\b(?:resilier|resiliez|resilie|fermer|fermez|cloturer|cloturez|mettre\s+fin)\b",
    r"\b(?:cancelar|cancelem|encerrar|encerrem|rescindir)\b(?:\s+\w+){0,4}\s+(?:conta|assinatura|"
    r"contrato|plano|servico|licenca)",
    r"\bwiderrufe\b(?![^.!?\n]{0,40}mandat)",
    r"\b(?:dadme|dame|denme|deme|dadnos|danos|dennos)\s+de\s+baja\b|\b(?:quitadlo|quitalo|quitenlo|"
    r"borradlo|cerradlo)\b",
    r"\bresign\w*\s+from\s+(?:the|my|our)\s+(?:\w+\s+)?(?:subscription|account|plan|service)\b|"
    r"\bknock\s+it\s+on\s+the\s+head\b|\bdiscontinu\w*\s+(?:the|my|our)\s+(?:\w+\s+)?(?:subscription|"
    r"account|plan|service)\b|\b(?:we|i)(?:'ll|\s+will)\s+leave\s+(?:at|by|on|in|from)\b",
    r"\bno\s+(?:deseamos|deseo|queremos|quiero|vamos\s+a)\s+continuar\s+con\s+(?:el|la)\s+(?:servicio|"
    r"sistema|suscripcion|plataforma|programa|herramienta|crm|the\s+subscription)\b|\bnao\s+(?:queremos|"
    r"quero|vamos|desejamos)\s+continuar\s+com\s+(?:o|a)\s+(?:sistema|servico|programa|crm|plano|"
    r"assinatura|plataforma|the\s+subscription)\b|\b(?:on|nous)\s+ne\s+(?:continue|continuons|"
    r"continuera|continuerons)\s+pas\b",
    r"\b(?:i|we)\s+(?:want|need)\s+(?:this|it|(?:my|our|the)\s+(?:\w+\s+)?(?:account|subscription|"
    r"plan|membership))\s+(?:to\s+be\s+)?(?:cancell?ed|closed|terminated|ended)\b",
    r"\bcancel\s+this\b(?=\s*(?:[.!,;]|and\b|now\b|today\b|please\b|immediately\b|$))",
    r"\bproceder\s+a\s+l'?\s*(?:annulation|resiliation|cloture)\b|\b(?:annulation|resiliation|"
    r"cloture)\s+de\s+(?:mon|notre)\s+(?:abonnement|compte|contrat)\b",
    r"\b(?:beendet|beende|beendigen)\s+(?:sie\s+)?(?:bitte\s+)?(?:meine|unsere|die|das|den)\s+"
    r"(?:mitgliedschaft|abo\w*|vertrag|konto|lizenz)",
    r"\b(?:ejerzo|ejercemos|ejercer)\s+(?:\w+\s+){0,3}?desistimiento\b|\b(?:exerco|exercemos|"
    r"exercer)\s+(?:\w+\s+){0,3}?arrependimento\b|\b(?:j'?exerce|nous\s+exercons|exercer)\s+"
    r"(?:\w+\s+){0,3}?retractation\b|\bwiderrufsrecht\s+geltend\b|\bexercis\w+\s+(?:\w+\s+){0,3}?"
    r"right\s+(?:of|to)\s+withdraw",
    r"\bshut\s+(?:it|this|everything|(?:my|our|the)\s+account)\s+(?:off|down)\b|\b(?:i|we)\s+"
    r"(?:won'?t|will\s+not)\s+be\s+continuing\b",
    r"\b(?:do\s*n'?t|do\s+not)\s+(?:want|need)\s+(?:it|this|that|the\s+subscription|the\s+service|"
    r"(?:my|our|the)\s+account)\s+any\s*more\b|\bnot\s+use\s+(?:it|this|the\s+subscription)\s+"
    r"any\s*more\b",
    r"\b(?:couper|coupez|arreter|arretez)\s+(?:mon|notre|l')\s*(?:abo|abonnement|compte)\b",
    r"\bwir\s+kundigen\b|\bich\s+kundige\b|\bque\s+me\s+den\s+de\s+baja\b|"
    r"\bquiero\s+(?:la\s+)?baja\b|\bpidiendo\s+la\s+baja|\bveux\s+(?:toujours\s+)?resilier",
    r"\b(?:ask|request)\w*\s+(?:for\s+)?the\s+cancell?ation\b|\blet'?s\s+not\s+renew|"
    r"\bproceed\s+with\s+(?:the|my|our)\s+cancell?ation|\bcancel\s+(?:it|us|me)\b(?!\s+(?:if|"
    r"when|once))|\bcancell?ing\s+then\b|\bgo\s+ahead\s+(?:and|with)\s+(?:the\s+)?cancel",
    r"\b(?:make\s+sure|ensure)\s+(?:that\s+)?the\s+(?:\w+\s+)?renewal\s+(?:does\s*n'?t|does"
    r"\s+not|won'?t)\s+go\s+through|\bnot\s+be\s+processing\s+the\s+renewal",
    r"\bcanceln\b|\b(?:subscription|abo|vertrag)\s+(?:\w+\s+){0,2}?canceln",
    r"\bnao\s+(?:pretendo|pretendemos|vamos)\s+renovar|\bnao\s+renovaremos|\b(?:sigam|prossigam|"
    r"seguir|prosseguir)\s+com\s+o\s+cancelamento|\b(?:queria|quero|queremos)\s+cancelar\b|"
    r"\bdecisao\s+de\s+cancelar",
    r"\b(?:je\s+veux|nous\s+voulons|je\s+souhaite|nous\s+souhaitons|je\s+voudrais)\s+"
    r"(?:\w+\s+){0,2}?(?:fermer|resilier|annuler|cloturer)\b",
    r"\bdecided\s+not\s+to\s+(?:continue|renew|keep)\b|\btake\s+(?:me|us)\s+off\s+(?:the\s+|"
    r"my\s+|our\s+)?(?:\w+\s+)?(?:plan|subscription|billing)\b",
    r"\b(?:procedan|sigan|continuen|proceded|seguid|continuad|tramitad)\s+con\s+la\s+(?:baja|"
    r"cancelacion)|\bmantenemos\s+la\s+baja",
    r"\b(?:still|really|just)\s+(?:need|want)\s+(?:this|it|that|(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:account|subscription|plan|membership))\s+(?:to\s+be\s+)?(?:cancell?ed|closed|"
    r"terminated|stopped|ended)\b",
)
# Removing a colleague: a seat, a login, a user — not the account itself.
SEAT = _rx(
    r"\b(?:remove|delete|deactivate|disable|close|cancel|take\s+off|drop)\s+(?:\w+\s+){0,4}?"
    r"(?:seat|login|user(?:\s*id)?|licen[cs]e|access|slot)s?\b",
    r"\btake\s+(?:[\w.']+\s+){1,3}?(?:off|out\s+of)\s+(?:of\s+)?(?:our|the|my)\s+(?:\w+\s+)?"
    r"(?:account|plan|team|bill|subscription)\b|\b(?:remove|delete|take\s+off)\s+(?:him|her|them)\b"
    r"(?!\s+(?:personal|data|details|info|information|contacts?|records?|e-?mails?|files?|notes?)\b)",
    r"\b(?:seat|login|user(?:\s*id)?|licen[cs]e|access)\s+(?:\w+\s+){0,3}?(?:removed|deleted|"
    r"deactivated|disabled|closed)\b",
    r"\b(?:left|has\s+left|leaves|no\s+longer\s+(?:with|works|at)|let\s+(?:him|her|them)\s+go|"
    r"resigned|is\s+no\s+more\s+associated)\b[^.!?\n]*\b(?:seat|login|user|licen[cs]e|access)\b",
    r"\b(?:quitar|quitad|quiten|eliminar|eliminad|eliminen|borrar|borrad|desactivar|dar\s+de\s+"
    r"baja)\s+(?:\w+\s+){0,4}?(?:usuario|acceso|licencia|puesto|asiento)\b",
    r"\b(?:zugang|nutzer|benutzer|lizenz|user)\b[^.!?\n]{0,60}?\b(?:entfernen|loschen|"
    r"rausnehmen|deaktivieren|sperren)\b",
    r"\b(?:nehmt|nehmen|nimm)\s+(?:sie\s+)?[^.!?\n]{0,40}?\b(?:zugang|nutzer|benutzer|lizenz|platz)\b"
    r"[^.!?\n]{0,30}?\braus\b",
    r"\b(?:entfernen|loschen|deaktivieren)\s+(?:sie\s+)?(?:\w+\s+){0,4}?(?:zugang|nutzer|"
    r"benutzer|lizenz)\b",
    r"\b(?:supprimer|supprimez|retirer|retirez|desactiver|desactivez|enlever|enlevez)\s+"
    r"(?:\w+\s+){0,4}?"
    r"(?:acces|utilisateur|licence|siege|compte\s+de)\b",
    r"\b(?:remover|remova|removam|excluir|exclua|desativar|desative|tirar|tire|retirar|retire|"
    r"retirem)\s+(?:\w+\s+){0,4}?"
    r"(?:usuario|acesso|licenca|assento|login)\b",
)
# The topic of ending, broadly: could be a request. (Words, not requests.)
ENDING = _rx(
    r"\b(?:i|we|i'?d|we'?d|i'?m|we'?re)\b[^.!?\n]{0,40}?\b(?:cancel\w*|terminat\w*|"
    r"close\s+(?:my|our|the)\s+account|leav(?:e|ing)\s+(?:crm|you|the\s+subscription)|"
    r"stop\s+(?:paying|using)|not\s+renew\w*|pull(?:ing)?\s+the\s+plug|done\s+with\b|"
    r"no\s+longer\s+need|(?:want|would\s+like|need)\s+(?:a\s+|my\s+money\s+)?(?:refund|back))",
    r"\b(?:my|our)\s+(?:cancell?ation|termination)\b|\bmoving\s+on\b|\bi\s+want\s+out\b|"
    r"\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+done\b|\b(?:do\s*n'?t|do\s+not|won'?t|will\s+not)\s+"
    r"(?:want\s+to\s+|wish\s+to\s+)?(?:extend|prolong)\b",
    r"\b(?:quiero|queremos|deseo|deseamos|necesito|necesitamos|quisiera|quisieramos|me\s+quiero|"
    r"nos\s+queremos)\s+(?:\w+\s+){0,2}?(?:cancelar|dar(?:me|nos)?\s+de\s+baja|anular|"
    r"terminar|cerrar|que\s+me\s+devuelvan|el\s+reembolso|un\s+reembolso)|\bmi\s+baja\b|"
    r"\bya\s+no\s+(?:lo\s+)?(?:necesitamos|usamos|quiero|uso)",
    r"\b(?:ich|wir)\b[^.!?\n]{0,40}?\b(?:kundig\w*|beenden|nicht\s+(?:mehr\s+)?verlanger\w*|"
    r"(?:geld|betrag)\s+zuruck|erstattung)|\b(?:meine|unsere)\s+kundigung\b|"
    r"\bbrauchen\s+(?:\w+\s+)?nicht\s+mehr",
    r"\b(?:je|nous|j'|on)\b[^.!?\n]{0,40}?\b(?:resili\w*|annuler|arreter|ne\s+plus\s+(?:payer|"
    r"utiliser)|rembours\w*|mettre\s+fin)|\b(?:ma|notre)\s+resiliation\b|\bplus\s+besoin",
    r"\b(?:quero|queremos|gostaria|gostariamos|preciso|precisamos|desejo)\s+(?:de\s+)?"
    r"(?:\w+\s+){0,2}?(?:cancelar|encerrar|descadastrar|parar\s+de\s+pagar|meu\s+dinheiro|"
    r"o\s+reembolso|reembolso|estorno)|\bmeu\s+cancelamento\b|\bnao\s+(?:precisamos|quero)\s+"
    r"mais|\bnao\s+compensa",
)
