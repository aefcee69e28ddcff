"""Reason codes from a customer's own words: multilingual keyword rules in priority order.

When a reason matches several codes the earlier rule wins: a business that closed or a
switch to a competitor explains the "we no longer use it" that often comes with it, and
support that never answered is what a customer leaves over, more than the bug they
reported to it.
Patterns run on ``sentences.normalise``d text (casefolded, no accents).
"""

from __future__ import annotations

from mailbot.domain import ReasonCode
from mailbot.parsing.patterns import compile_table
from mailbot.parsing.sentences import normalise

_BUSINESS = (
    r"(?:business|company|shop|store|bakery|practice|restaurant|cafe|salon|studio|agency|firm|"
    r"office|clinic|boutique|negocio|empresa|tienda|despacho|oficina|consulta|clinica|local|"
    r"restaurante|firma|geschaft|betrieb|laden|buro|kanzlei|praxis|unternehmen|boulangerie|"
    r"entreprise|societe|cabinet|magasin|agence|commerce|activite|loja|consultorio|escritorio|"
    r"imobiliaria|counter|workshop|joinery|academy|academia|academie|akademie|school|escuela|"
    r"escola|ecole|schule|branch|sucursal|filiale|succursale|filial|atelier|werkstatt|taller|"
    r"oficina|freelance|side business|activity|actividad|activite|atividade)"
)
_VENDORS = (
    r"(?:salesforce|hubspot|zoho|pipedrive|notion|monday(?:\.com)?|jobber|datev|axonaut|"
    r"rd station|freshsales|freshworks|odoo|sellsy|bitrix\w*|agendor|ploomes|close\.com|copper|"
    r"keap|insightly|dynamics|sugarcrm|airtable|excel|google sheets|spreadsheets?|planilha|"
    r"hoja de calculo|tabelle|tableur)"
)
_RULES: tuple[tuple[ReasonCode, str], ...] = (
    (
        ReasonCode.BUSINESS_CLOSED,
        "|".join(
            (
                rf"\bclos(?:e|ed|ing)\s+(?:down\s+)?(?:\w+\s+){{0,6}}?{_BUSINESS}\b",
                rf"\b{_BUSINESS}\b.{{0,40}}\b(?:clos(?:ed|ing)|shut(?:ting)? down|sold|geschlossen|"
                r"aufgelost|eingestellt|aufgegeben|fechar|fechou|fechando|encerr\w+|liquid\w+|"
                r"cierra|"
                r"cerro|cesa\w*|ferme\w*)\b",
                rf"\b(?:sell|selling|sold)\s+(?:the|our|my)\s+(?:\w+\s+)?{_BUSINESS}\b",
                r"\bshut(?:ting)? down\b|\bout of business\b|\bgoing out of\b|\bretir(?:e|ing|ed|"
                r"ement)\b",
                r"\bbankrupt\w*|\bcease[sd]? (?:trading|operations)\b|\bliquid\w+",
                r"\b(?:dissolved|wound down|winding down|wind(?:ing)? up|stopped trading|"
                r"no longer (?:trading|in business)|dissous|dissoute|disuelt[oa]|dissolvid[oa]|"
                r"aufgelost)\b",
                rf"\b(?:stop(?:ped|ping)?|end(?:ed|ing)?|gave up|giving up)\s+(?:our|my|the)\s+"
                rf"(?:\w+\s+)?{_BUSINESS}\b|\b(?:truck|van|shop|store|business|company|firm|"
                r"practice|firma|laden|geschaft|negocio|tienda|loja|empresa|entreprise|societe)\s+"
                r"(?:was |is |has been |got |wurde |ist |fue |foi )?(?:sold|verkauft|vendu\w*|"
                r"vendid[oa]|closed)\b",
                r"\b(?:arrete|arreter|arretons|arretes)\s+(?:le |mon |notre |l')\s*(?:freelance|"
                r"activite|entreprise|commerce)|\b(?:verkauft|vendu|vendimos|vendemos|vendi)\b",
                rf"\bcerr(?:amos|ando|ar|o|e|aremos)\s+(?:el|la|nuestr[oa]|"
                rf"mi)\s+(?:\w+\s+)?{_BUSINESS}\b",
                r"\bcese de (?:la )?actividad\b|\bcesa\w* (?:su |la )?actividad\b|\bjubil\w+|"
                r"\bquiebra\b",
                r"\b(?:geschaft|firma|betrieb)\s+(?:\w+\s+){0,3}(?:aufgeben|aufgegeben|schliess\w*|"
                r"aufgelost|abgemeldet)|\binsolven\w+|\bruhestand\b|\brente\b",
                rf"\bferm(?:e|er|ons|ons|é|ee|ent)\s+(?:la|le|notre|mon|ma|"
                rf"l')\s*(?:\w+\s+)?{_BUSINESS}\b",
                r"\bfermeture\b|\bcessation d'activite\b|\bretraite\b",
                rf"\bfech(?:amos|ar|ou|ando|ei|o)\s+(?:o|a|nossa|minha|meu|"
                rf"nosso)\s+(?:\w+\s+)?{_BUSINESS}",
                r"\bencerr\w+ (?:as |suas |nossas )*atividades\b|\baposentad\w+|\bfalencia\b",
            )
        ),
    ),
    (
        ReasonCode.SWITCHED_SERVICE,
        "|".join(
            (
                rf"\b{_VENDORS}\b",
                r"\bswitch(?:ed|ing)?\s+(?:\w+\s+){0,3}?(?:to|over)\b|\bmov(?:e|ed|"
                r"ing)\s+(?:\w+\s+){0,4}?"
                r"(?:over\s+)?(?:to|onto)\b|\bmigr\w+|\bconsolidat\w+|\bcentraliz\w+",
                r"\bcompetitor\w*|\b(?:another|different|new|"
                r"other)\s+(?:\w+\s+){0,3}?(?:provider|tool|"
                r"solution|service|vendor|crm|platform|company|system|software)\b",
                r"\bfound (?:a |an )?(?:better|cheaper|other|free)|\balternativ\w*|\b(?:going|"
                r"go) with\b",
                r"\bparent company\b|\bown (?:crm|system|software|tool|platform)\b|"
                r"\bpropre (?:logiciel|"
                r"outil|crm|systeme)|\bstart(?:ed|ing)? using\b|\binstead\b",
                r"\botr[oa] (?:proveedor|herramienta|solucion|servicio|plataforma|empresa|sistema)|"
                r"\bnos pas(?:amos|aremos|ando) a\b|\bcompetencia\b|\bcambi(?:amos|e|ado|ando) a\b",
                r"\bgewechselt\b|\bwechseln zu\b|\banderen? (?:anbieter|losung|software|tool)|"
                r"\bkonkurren\w+|"
                r"\bumstell\w+|\bumgestellt\b|\bsteigen\b.{0,40}\bum\b|\bstellen\b.{0,40}\bum\b|"
                r"\bfur\b.{1,40}\bentschieden\b|\bentschieden fur\b|\bwechsel zu\b",
                r"\bautre (?:solution|outil|fournisseur|prestataire|logiciel)|\bpass(?:ons|e|er|"
                r"age)\s+"
                r"(?:a|chez|sur)\b|\bconcurren\w+",
                r"\boutr[oa] (?:fornecedor|ferramenta|solucao|servico|plataforma|empresa|sistema)|"
                r"\bmudamos para\b|\bconcorren\w+|\bcontrato com\b",
                r"\b(?:head ?office|headquarters|parent company|mother company|franchis\w*|"
                r"franqueadora|distributor|distribuidor|distributeur|verband|dachverband|"
                r"casa matriz|zentrale|konzern)\b",
                r"\bnov[oa] (?:software|sistema|ferramenta|crm|plataforma|programa)|"
                r"\bnuev[oa] (?:software|sistema|herramienta|crm|programa|plataforma)|"
                r"\bneue[snm]? (?:software|system|tool|crm|programm|losung)|"
                r"\bnouveau (?:logiciel|systeme|outil|crm)|"
                r"\bnew (?:\w+ )?(?:software|system|tool|crm|platform|app)\b",
                r"\bcambi\w+ de (?:programa|sistema|herramienta|proveedor|software|crm)|"
                r"\bmud\w+ de (?:sistema|programa|ferramenta|fornecedor)|\bregroup\w+|"
                r"\bconcentr\w+ (?:tudo|todo|everything|tout|alles)",
                r"\b(?:elsewhere|ailleurs|anderswo|woanders|en otro lado|em outro lugar)\b|"
                r"\bbuilt-?in\b|\berp\b|\bin-?house\b|"
                r"\b(?:already|ya|ja|bereits|deja) (?:\w+ ){0,2}?(?:includes?|incluye|inclui|"
                r"enthalt|comes? with|does it)\b",
                r"\b(?:back to|volvimos a|zuruck zu|retour au|voltamos (?:a|para)) "
                r"(?:the |our |los |las |el |la |le |les |o |a |den |die )?(?:\w+ ){0,3}?"
                r"(?:system|tool|spreadsheets?|paper|excel|sistema|planilhas?|papel|papier|"
                r"tabellen?)\b",
                r"\b(?:paper|papier|papel|cuaderno|cahier|carnet|notebook|agenda)\b.{0,30}\b"
                r"(?:enough|suffit|basta|reicht|suficiente)|\b(?:enough|suffit|basta|reicht)\b.{0,30}"
                r"\b(?:paper|papier|papel)\b",
                r"\b(?:crm|system|software|tool|sistema)\b.{0,40}\b(?:kostenlos|for free|gratis|"
                r"gratuit\w*)\b",
            )
        ),
    ),
    (
        ReasonCode.TOO_EXPENSIVE,
        "|".join(
            (
                r"\bexpensive\b|\btoo (?:much|costly|pricey)\b|\bpric(?:e|es|ey|ing)\b|"
                r"\bcost(?:s|ly)?\b|"
                r"\bafford\w*|\bbudget\w*|\bcheaper\b|\boverpriced\b|\bhard to justify\b|"
                r"\bcan't justify\b|\$\d+\s*/\s*(?:mo|month)\b|\bcan(?:no|'|)t pay\b|"
                r"\bnot worth\b|\bworth it\b|\bincreas\w*|\bhike\b|\bcut(?:ting)? (?:costs|back|"
                r"expenses|spending)|\blost (?:my|our|his|her) (?:job|income|biggest client)|"
                r"\bunemployed\b",
                r"\blohnt sich (?:\w+ )?nicht|\brentab\w+|\bno (?:nos )?compensa|\bnao compensa|"
                r"\bne vaut pas|\baugment\w*|\breajuste\w*|\baumento\w*|\berhoh\w*|\bgastos?\b|"
                r"\brecort\w+|\bsparen\b|\beconomi\w+|\bcortar custos|\barbeitslos|\bchomage|"
                r"\bdesemprega\w*|\bsin trabajo\b",
                r"\bcar[oa]s?\b|\bprecio\w*|\bcostos[oa]\b|\bpresupuesto\b|\bimposible pagar\b|"
                r"\b(?:no puedo|no podemos) pagar\b",
                r"\bteuer\w*|\bpreis\w*|\bkosten\b|\bkostet\b|\bzu viel\b|\bbilliger\b|"
                r"\bnicht (?:mehr )?leisten\b",
                r"\btrop cher\b|\bcher\b|\bchere\b|\bprix\b|\bcout\w*|\bmoins cher\b|\bpayer\b",
                r"\bpreco\w*|\bcusto\w*|\borcamento\b|\bmais barato\b|\bnao consigo pagar\b",
            )
        ),
    ),
    (
        ReasonCode.MISSING_FEATURES,
        "|".join(
            (
                r"\bmissing\b|\black(?:s|ing)?\b|\bdoesn't (?:have|support|offer)\b|\bdoes not "
                r"(?:have|support|offer)\b|\bno (?:support for|integration)\b|\bfeatures?\b|"
                r"\bfunctionality\b|\bintegrat\w+|\bneed (?:a |an )?(?:proper |better |real |"
                r"native )?"
                r"(?:\w+ ){0,3}?(?:sync|integration|feature|connector|export|api)\b",
                r"\bfalta\w*|\bno tiene\b|\bfuncion(?:es|alidad\w*)\b|\bcaracteristicas\b",
                r"\bfehl(?:t|en|ende)\b|\bfunktion(?:en|alitat\w*)\b|\banbindung\b|"
                r"\bschnittstelle\b",
                r"\bmanqu\w+|\bfonctionnalit\w+|\bne propose pas\b",
                r"\bnao tem\b|\brecursos?\b|\bfuncionalidade\w*",
                r"\bdoesn'?t do what|\bisn'?t (?:there|available)|\baren'?t available|"
                r"\bnot available\b|\bdoesn'?t fit\b|\bpasst nicht\b|\bne correspond pas|"
                r"\bnao atende|\bno (?:nos )?sirve para",
            )
        ),
    ),
    (
        ReasonCode.TOO_COMPLEX,
        "|".join(
            (
                r"\bcomplicated\b|\bcomplex\b|\bhard to (?:use|learn|understand)\b|\bdifficult\b|"
                r"\bconfusing\b|\b(?:not |un)intuitive\b|\blearning curve\b|\btoo many (?:settings|"
                r"options|features|steps)\b|\boverkill\b|\bmore (?:\w+ )?than (?:i|we) need",
                r"\bcomplicad[oa]\b|\bdificil\b|\bconfus[oa]\b",
                r"\bkompliziert\b|\bumstandlich\b|\bschwierig\b|\bunubersichtlich\b",
                r"\bcomplique\w*|\bdifficile\b|\bpas intuiti\w+",
                r"\bcan'?t (?:manage it|figure (?:it )?out|get the hang)|\bcouldn'?t (?:figure|get "
                r"the hang|work (?:it )?out)|\bnao me adaptei|\bno me adapt\w+|\bencontre la "
                r"vuelta|\bkomme? nicht (?:damit )?zurecht|\bnao consegui (?:usar|mexer)|\bnot "
                r"(?:tech|computer)[- ]savvy|\bmto complicado",
            )
        ),
    ),
    (
        ReasonCode.CUSTOMER_SERVICE,
        "|".join(
            (
                r"\bsupport\b|\bcustomer service\b|\b(?:no|never) (?:response|reply|answer)\b|"
                r"\b(?:nobody|no one|no-one) (?:answers|answered|responds|responded|replies|"
                r"replied|"
                r"gets back|called)\b|\bnever (?:called|got back|heard back)\b|\brude\b|"
                r"\bunhelpful\b|"
                r"\bslow to (?:respond|reply|answer)\b|\bdays to (?:get a )?(?:reply|response|"
                r"answer)\b",
                r"\batencion al cliente\b|\bsoporte\b|\bservicio al cliente\b|\bnadie (?:responde|"
                r"contesta)",
                r"\bkundenservice\b|\bkundendienst\b|\bnie zuruckgerufen\b|\bkeine antwort\b",
                r"\bservice (?:a la )?client\w*|\bjamais rappele\b|\bpersonne ne repond\b|\bsav\b",
                r"\batendimento\b|\bsuporte\b|\bninguem (?:responde|retornou|respondeu)\b|"
                r"\bprocon\b|\breclame aqui\b",
                r"\bchat ?bot\b|\b(?:reach|talk to|speak to|get) (?:a |an actual |a real )?"
                r"(?:human|person)\b|\bhotline\b|\b(?:nie|nicht) erreichbar|\bmenschen erreich\w*|"
                r"\bniemand (?:ruft|antwortet|meldet)|\bwarte\w* (?:\w+ ){0,4}?(?:antwort|"
                r"ruckmeldung)|\bwaiting (?:\w+ ){0,3}?(?:reply|response|answer)|\bzero (?:answers|"
                r"replies)|\bno answers\b|\bsin respuesta|\bsans reponse|\bsem resposta",
            )
        ),
    ),
    (
        ReasonCode.LOW_QUALITY,
        "|".join(
            (
                r"\bbugs?\b|\bbuggy\b|\bcrash\w*|\bslow\b(?! to (?:respond|reply|answer))|"
                r"\bunreliable\b|"
                r"\bunstable\b|\bdoesn't work\b|"
                r"\bdoes not work\b|\bnot working\b|\bbroken\b|\berrors?\b|\bdowntime\b|"
                r"\boutages?\b|"
                r"\bpoor quality\b|\bglitch\w*|\bworst\b|\bterrible\b|\buseless\b|\bgarbage\b|"
                r"\brubbish\b|\bawful\b|\bjunk\b|\btechnical (?:issues|problems)|\bnot loading\b|"
                r"\bdidn'?t work|\bhasn'?t worked|\bnot enjoying\b",
                r"\bno ha funcionado|\bnao funcionou|\bn'a pas fonctionne|\bhat nicht funktioniert|"
                r"\bproblemas tecnicos|\btechnische probleme|\bproblemes techniques|\bpesim\w+|"
                r"\bhorrivel\b|\bschrott\b",
                r"\bfallos?\b|\berrores\b|\blent[oa]\b|\bno funciona\b|\binestable\b|\bcuelga\w*",
                r"\bfehler\w*|\blangsam\b|\bfunktioniert nicht\b|\binstabil\b|\babsturz\w*|"
                r"\bsturzt\b",
                r"\bbogues?\b|\bbugue\b|\blente?\b|\bne fonctionne pas\b|\bplant\w*|\berreurs?\b",
                r"\bfalhas?\b|\berros?\b|\bnao funciona\b|\btrava\w*|\binstavel\b",
            )
        ),
    ),
    (
        ReasonCode.OTHER,
        "|".join(
            (  # personal circumstances: the customer's words, no product fault
                r"\bpassed away\b|\bdied\b|\bdeath\b|\bdeceased\b|\billness\b|\bhealth\b|"
                r"\bfallec\w+|"
                r"\bverstorben\b|\bgestorben\b|\bdecede\w*|\bfalec\w+|\bmoving abroad\b|"
                r"\bleaving the "
                r"country\b|\bquitte la france\b|\bquitte le pays\b|\bauswander\w+|"
                r"\bmudando de pais\b",
            )
        ),
    ),
    (
        ReasonCode.UNUSED,
        "|".join(
            (
                r"\b(?:don'?t|do not|didn'?t|did not|doesn'?t|never|rarely|hardly|barely|"
                r"no longer|not) (?:[\w']+ ){0,3}?"
                r"(?:use|using|used|need|needed|touch\w*|open\w*|log\w* in)\b|"
                r"\bhaven'?t (?:been )?us\w+|\bstopped using\b|\b(?:nobody|no one|no-one) "
                r"(?:\w+ ){0,2}?(?:uses?|using|updates?|opens?|touch\w*)\b|"
                r"\bno (?:longer )?need\b|"
                r"\bunused\b|\bno use for\b|\bno time\b",
                r"\bya no (?:lo |la )?(?:uso|usamos|necesito|necesitamos|utilizamos)\b|"
                r"\bno (?:lo |la )?"
                r"(?:usamos|uso|utilizamos|necesitamos)\b|\bno tengo tiempo\b|"
                r"\bdej\w+ de (?:usar|utilizar)|\bnadie (?:lo |la )?usa\b",
                r"\bnutze\w*(?: \w+){0,3} (?:nicht|kaum)\b|\bbrauche\w*(?: \w+){0,3} (?:nicht|"
                r"kein)\w*|"
                r"\bnicht mehr (?:benotigt|genutzt|gebraucht)\b|\bkeine zeit\b|\bkaum genutzt\b|"
                r"\bnichts (?:mehr )?damit gemacht|\bnicht mehr (?:\w+ )?(?:genutzt|benutzt|"
                r"verwendet)|\bnutzen (?:\w+ ){0,3}?(?:nicht|kaum)\b|\baufgehort\w* (?:\w+ )?zu "
                r"(?:nutzen|benutzen)",
                r"\bn'utilis\w+ (?:plus|pas)\b|\bplus besoin\b|\bpas besoin\b|\bpas le temps\b|"
                r"\bservir\b",
                r"\bnao (?:uso|usamos|utilizo|utilizamos|preciso|precisamos)\b|\bsem uso\b|"
                r"\bsem tempo\b|\b(?:nao|n|nem)\b(?: \w+){0,2}? (?:usando|uso|usamos|utilizando|"
                r"utilizo)\b|\b(?:paramos|deixamos|deixei|parei) de usar|\barrete\w* d'utiliser",
            )
        ),
    ),
)
_COMPILED = tuple((code, compile_table(rx)) for code, rx in _RULES)
PRIORITY = tuple(code for code, _ in _RULES)


def reason_code(reason: str | None) -> ReasonCode | None:
    """The highest-priority code whose keywords occur in the reason, or None when none does."""
    if not reason:
        return None
    norm = normalise(reason)
    for code, pattern in _COMPILED:
        if pattern.search(norm):
            return code
    return None


def rank(code: ReasonCode | None) -> int:
    """A code's priority (0 is highest); codes that matched nothing come last."""
    return PRIORITY.index(code) if code in PRIORITY else len(PRIORITY)
