"""Round 3: de, es, fr, pt. Hand-written texts."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
4513105 zahnarzt-graz ordination@dr-pichler-graz.example monthly
4513217 fahrschule-leipzig info@fahrschule-kunze.example monthly
4513329 bauer-regensburg regensburg@bauer-haustechnik.example monthly tier=pro
4513330 bauer-passau passau@bauer-haustechnik.example monthly tier=pro
4513442 n.keller n.keller@druckerei-fuchs.example monthly
4513443 druckerei-fuchs chef@druckerei-fuchs.example monthly tier=team
4513558 velo-bern werkstatt@velo-lauberhorn.example monthly cur=CHF
4513661 alpkaese-allgaeu sennerei@alpe-gund.example monthly
4513774 ergo-kiel praxis@ergo-foerde.example monthly
4513889 mueller-steuern kanzlei@mueller-steuern.example yearly
4523108 vina-colchagua oficina@vinalosrobles.example monthly cur=USD
4523219 grupo-ebro administracion@grupo-ebro-logistica.example yearly
4523336 panaderia-montevideo pedidos@panaderia-cordon.example monthly cur=USD
4523447 taller taller@autos-iturbide.example monthly cur=MXN
4523448 autos-iturbide direccion@autos-iturbide.example monthly cur=MXN tier=team
4523559 restaurante-san-juan reservas@elcoqui-rest.example monthly cur=USD
4523662 papeleria-sevilla tienda@papeleria-triana.example monthly
4523778 escuela-surf-cantabria info@olasomo.example monthly
4533117 fiduciaire-lausanne info@fiduciaire-leman.example monthly cur=CHF
4533228 transit-abidjan direction@transit-lagune.example monthly
4533339 sophie.b sophie.b@bureau-verhaegen.example monthly
4533340 bureau-verhaegen gert@bureau-verhaegen.example monthly tier=team
4533451 coiffure-marseille salon@coiffure-belle-de-mai.example monthly
4533562 agence-voyage-dakar resa@sunu-voyages.example monthly
4533673 pharmacie-rennes pharmacie@pharmacie-des-lices.example monthly tier=pro
4533784 camping-ardeche accueil@camping-gorges.example monthly
4543106 maputo-seguros geral@maputo-seguros.example yearly cur=USD
4543217 barbearia-salvador barbearia@navalhadeouro.example monthly cur=BRL
4543329 joao.estagio joao.estagio@lima-arquitetos.example monthly cur=BRL
4543330 lima-arquitetos socios@lima-arquitetos.example monthly cur=BRL tier=team
4543442 quinta-douro enoturismo@quinta-vale-douro.example monthly
4543553 academia-crossfit-poa contato@boxsul.example monthly cur=BRL
4543664 loja-braga loja@bicicletas-braga.example monthly
4543775 escritorio-brasilia contato@pereira-consultoria.example monthly cur=BRL
""")

MESSAGES = [
# ------------------------------------------------------------------ de
DE("zahnarzt-graz-widerruf", "Ordination Dr. Pichler", "Widerruf des Vertrags vom 3. März",
"""Sehr geehrte Damen und Herren,

hiermit widerrufe ich den am 3. März 2026 online abgeschlossenen Vertrag über das Paket "Pro". Wir haben festgestellt, dass die Terminerinnerung per SMS in Österreich nicht funktioniert, und das war für uns der einzige Grund für den Abschluss.

Ich ersuche um Rückerstattung des bereits abgebuchten Betrags.

Mit freundlichen Grüßen
Dr. Elisabeth Pichler
Zahnärztin""",
    i="cancellation", k="request", refund=True, date="2026-03-09 12:40", tz="Europe/Vienna", acct="4513105",
    form="outlook-html", sig=["Ordination Dr. Elisabeth Pichler", "Herrengasse 12, 8010 Graz", "Tel. +43 316 555 014"],
    rk=["terminerinnerung per sms in österreich nicht funktioniert"], rc="missing_features",
    dec=["3. März 2026", "8010", "+43 316 555 014"],
    notes="'Widerruf' of a freshly concluded contract = cancellation (not a withdrawal of a cancellation), with refund request"),

DE("weingut-kuendigt-jetzt", "Weingut Kessler", "Re: Preiserhöhung?",
"""Hallo,

nachdem die neuen Preise jetzt auch für uns gelten, kündigen wir die Jahreslizenz zum Ende der Laufzeit. Für einen Familienbetrieb mit drei Leuten ist das einfach zu viel.

Gruß
Jochen Kessler

Am 20.07.2026 um 20:44 schrieb Weingut Kessler <kessler@weingut-kessler.example>:
> Falls das auch für Bestandskunden gilt, werden wir uns das sehr genau überlegen, dann sind wir wohl weg.""",
    i="cancellation", k="request", date="2026-08-03 18:20", acct="4510967", form="gmail-alt", irt="weingut-preiserhoehung-drohung",
    rk=["für einen familienbetrieb mit drei leuten ist das einfach zu viel"], rc="too_expensive",
    notes="the earlier conditional threat becomes a real cancellation"),

DE("fahrschule-ja-bitte", "Fahrschule Kunze", "AW: Ihre Anfrage",
"""Ja, bitte.

Ronny Kunze

-----Ursprüngliche Nachricht-----
Von: CRM Runner Support <support@crmrunner.example>
Gesendet: Montag, 11. Mai 2026 15:20
An: info@fahrschule-kunze.example
Betreff: Ihre Anfrage

Hallo Herr Kunze,

Sie hatten am Telefon gesagt, dass Sie den Runner nicht mehr brauchen. Sollen wir Ihr Konto zum 31.05. schließen?

Viele Grüße
Ihr CRM Runner Team""",
    i="cancellation", k="follow_up", date="2026-05-12 07:35", acct="4513217", form="reply-above-quote", mime="outlook-alt",
    irt="<support-2026-0511-kunze@crmrunner.example>",
    notes="'Ja, bitte' under support's question whether to close the account; labelled by its meaning"),

DE("fahrschule-ja-bitte-anleitung", "Fahrschule Kunze", "AW: Export Ihrer Daten",
"""Ja, bitte. Am besten als PDF, ich bin nicht so fit mit Excel.

Ronny Kunze

-----Ursprüngliche Nachricht-----
Von: CRM Runner Support <support@crmrunner.example>
Gesendet: Dienstag, 12. Mai 2026 09:02
An: info@fahrschule-kunze.example
Betreff: Export Ihrer Daten

Hallo Herr Kunze,

wir schließen Ihr Konto wie besprochen zum 31.05. Sollen wir Ihnen vorher eine Anleitung schicken, wie Sie Ihre Fahrschülerdaten exportieren?

Viele Grüße
Ihr CRM Runner Team""",
    i="other", k="other", date="2026-05-12 10:10", acct="4513217", form="reply-above-quote", mime="outlook-alt",
    irt="<support-2026-0512-kunze@crmrunner.example>",
    notes="the same 'Ja, bitte' answers an offer of export instructions; the cancellation is only in the quote"),

DE("druckerei-eigener-zugang", "Nadine Keller <n.keller@druckerei-fuchs.example>", "Mein Zugang",
"""Hallo,

ich verlasse die Druckerei Fuchs zum Monatsende. Bitte löschen Sie meinen Zugang (n.keller), damit die Firma dafür nicht weiter zahlt. Herr Fuchs weiß Bescheid.

Viele Grüße
Nadine Keller""",
    i="cancellation", k="request_seat", band="maybe", un="n.keller", date="2026-11-16 12:05", acct="4513443", form="gmail-alt",
    other_owner_ok=True,
    notes="team member asks to remove her own seat; owner should agree, so band maybe; labelled account is the owner's"),

DE("bauer-standort-regensburg", "Bauer Haustechnik Regensburg", "Vertrag Standort Regensburg / Konto 4513329",
"""Sehr geehrte Damen und Herren,

im Zuge der Zusammenlegung unserer Niederlassungen wird der Standort Regensburg zum 30.09.2026 aufgelöst. Wir bitten Sie daher, den Vertrag für das Konto 4513329 (Regensburg) zum 30.09. zu beenden. Das Konto für Passau läuft unverändert weiter.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
i.A. Stefan Hierl
Kaufmännische Leitung""",
    i="cancellation", k="request", an="4513329", date="2026-08-27 10:30", acct="4513329", form="outlook-html",
    sig=["Bauer Haustechnik GmbH & Co. KG", "Amtsgericht Regensburg HRB 15502", "USt-IdNr. DE 281 555 034", "Tel. 0941 555 0120"],
    rk=["zusammenlegung unserer niederlassungen"], rc="business_closed",
    dec=["30.09.2026", "HRB 15502", "DE 281 555 034", "0941 555 0120"],
    notes="ends one of two accounts of the same company; HRB and USt-IdNr as decoys"),

DE("bounce-unzustellbar", "Microsoft Outlook <postmaster@mueller-steuern.example>", "Unzustellbar: Ihre Rechnung Oktober",
"",
    i="bounce", k="bounce", date="2026-10-02 05:40", form="exchange-dsn", acct="4513889",
    dsn=dict(human="""Ihre Nachricht konnte nicht an einen oder mehrere Empfänger zugestellt werden.

kanzlei@mueller-steuern.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers und versuchen Sie, die Nachricht erneut zu senden.""",
             mta="EX01.mueller-steuern.example", rcpt="kanzlei@mueller-steuern.example", status="5.1.10",
             diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
             returned=dict(frm="CRM Runner <support@crmrunner.example>", to="kanzlei@mueller-steuern.example",
                           subj="Ihre Rechnung Oktober", date="2026-10-02 05:39",
                           body="Guten Tag,\n\nanbei Ihre Rechnung für Oktober.\n\nIhr CRM Runner Team"), headers_only=True),
    notes="Exchange NDR in German for an invoice mail"),

DE("ergo-ticket-autoantwort", "Praxis Ergo Förde", "Ihre Anfrage ist eingegangen [#20417]",
"""Ja, wir haben Ihre E-Mail erhalten.

Ihre Anfrage wurde unter der Nummer #20417 erfasst. Wir melden uns innerhalb von zwei Werktagen. Bitte antworten Sie nicht auf diese E-Mail, sondern geben Sie bei Rückfragen die Nummer im Betreff an.

Ergotherapie an der Förde""",
    i="auto_reply", k="auto_reply", date="2026-06-19 13:00", acct="4513774", form="auto-reply",
    dec=["#20417"],
    notes="ticket-system acknowledgement starting with 'Ja, wir haben Ihre E-Mail erhalten'; no auto headers"),

DE("mueller-verteiler", "Kanzlei Müller", "Verteiler",
"""Guten Tag,
bitte tragen Sie mich aus dem Verteiler für die Produkt-Updates aus. Die Infos gehen an den Kollegen, der das System bei uns betreut.
Danke
E. Müller""",
    i="other", k="newsletter_unsubscribe", date="2026-04-14 08:12", acct="4513889", form="outlook-alt",
    notes="unsubscribe from product update mails"),

DE("mueller-kuendigungsfrist", "Kanzlei Müller", "Kündigungsfrist Jahresvertrag?",
"""Guten Tag,

wie lange ist bei Ihnen die Kündigungsfrist für den Jahresvertrag, und bis wann müsste eine Kündigung spätestens bei Ihnen sein? Wir überlegen, zum nächsten Jahr zu wechseln, es ist aber noch nichts entschieden.

Mit freundlichen Grüßen
E. Müller""",
    i="other", k="how_to", band="maybe", date="2026-07-08 15:30", acct="4513889", form="outlook-alt",
    notes="asks for the notice period; explicitly undecided"),

DE("velo-bern-sistieren", "Velo Lauberhorn", "Abo sistieren",
"""Grüessech

Wir möchten das Abo für Januar und Februar sistieren, in dieser Zeit ist die Werkstatt wegen Umbau zu. Ab März brauchen wir es wieder. Geht das?

Merci und Gruess
Urs Zbinden""",
    i="other", k="pause", date="2026-11-12 17:02", tz="Europe/Zurich", acct="4513558", form="gmail-alt",
    notes="Swiss 'sistieren' = suspend temporarily; pause, not cancellation"),

DE("alpe-brauch-ich-nimmer", "Sennerei Alpe Gund", "kuendigen",
"""hallo bitte kuendigen, brauch ich nimmer, bin eh nur im sommer oben und da hab ich kein netz
gruss toni""",
    i="cancellation", k="request", date="2026-09-25 06:10", acct="4513661", form="android",
    rk=["brauch ich nimmer", "da hab ich kein netz"], rc="unused", sloppy=True,
    notes="Allgäu alpine dairy on phone, no umlauts"),

DE("ergo-portal-gekuendigt-abgebucht", "Praxis Ergo Förde", "Trotz Kündigung abgebucht",
"""Hallo,

ich habe am 2. Juli über das Kundenportal gekündigt und auch die Bestätigung bekommen (Vorgang 20417). Heute sehe ich trotzdem eine Abbuchung über 49,00 EUR. Bitte prüfen Sie das und erstatten Sie den Betrag.

Gruß
Svenja Petersen""",
    i="other", k="already_cancelled", refund=True, date="2026-08-04 09:22", acct="4513774", form="gmail-alt",
    dec=["20417", "49,00 EUR", "2. Juli"],
    notes="already cancelled via portal, charged anyway; refund"),

# ------------------------------------------------------------------ es
ES("vina-cerramos-sucursal", "Viña Los Robles Oficina", "dar de baja",
"""Hola, necesito dar de baja la cuenta po. Cerramos la oficina de ventas de Santa Cruz y lo poco que queda lo vemos desde la viña con una planilla.
Saludos,
Francisca""",
    i="cancellation", k="request", date="2026-04-30 16:20", tz="America/Santiago", acct="4523108", form="gmail-alt",
    rk=["cerramos la oficina de ventas"], rc="business_closed", sloppy=True,
    notes="Chilean register ('po'); clear request"),

ES("ebro-resolucion-contrato", "Administración Grupo Ebro", "Comunicación de resolución de contrato",
"""Estimados señores:

Por medio de la presente, Grupo Ebro Logística, S.L. les comunica la resolución del contrato de suscripción anual con efectos a su próximo vencimiento, por lo que les rogamos se abstengan de renovarlo.

Asimismo, les solicitamos la exportación completa de nuestros datos antes de la fecha de baja.

Atentamente,

Departamento de Administración""",
    i="cancellation", k="request", date="2026-09-15 10:05", acct="4523219", form="outlook-html",
    sig=["Grupo Ebro Logística, S.L.", "CIF B-50555872", "Polígono Plaza, C/ Tarento 8, 50197 Zaragoza", "Tel. 976 555 018"],
    dec=["B-50555872", "50197", "976 555 018"],
    notes="Spanish formal 'resolución del contrato' in Outlook HTML; CIF, postcode and phone are decoys"),

ES("panaderia-no-debiten", "Panadería Cordón", "debito",
"""Buenas, por favor no me debiten más de la tarjeta, ya no vamos a usar el sistema. Lo probamos unos meses pero los muchachos no se acostumbraron.
Gracias
Walter""",
    i="cancellation", k="request", date="2026-05-08 19:30", tz="America/Montevideo", acct="4523336", form="gmail-alt",
    rk=["los muchachos no se acostumbraron"], rc="too_complex",
    notes="Uruguayan baker; 'no me debiten más ... ya no vamos a usar' = cancellation"),

ES("papeleria-anulen-factura", "Papelería Triana", "Factura mal emitida",
"""Hola,

la factura FV-26-1182 ha salido a nombre de mi anterior socio. ¿Pueden anularla y emitirla de nuevo a nombre de Papelería Triana, S.L., con el CIF B-41555093? Sin esa corrección la gestoría no me la acepta.

Gracias,
Rocío""",
    i="other", k="question", date="2026-02-19 12:12", acct="4523662", form="gmail-alt",
    dec=["FV-26-1182", "B-41555093"],
    notes="'anulen la factura' = reissue an invoice; CIF decoy"),

ES("cantabria-si-no-bajan", "Escuela de Surf Ola Somo", "precio invierno",
"""Hola, en invierno no damos clases y pagar lo mismo todo el año no tiene sentido. Si no nos hacéis algún descuento para los meses de temporada baja, nos damos de baja en enero. ¿Tenéis algo así?
Dani""",
    i="other", k="hypothetical", date="2026-11-02 11:48", acct="4523778", form="gmail-alt",
    notes="conditional threat with a discount request; no request yet"),

ES("bounce-papeleria", "Mail Delivery System <postmaster@correo-hosting.example>", "Mensaje no entregado",
"",
    i="bounce", k="bounce", date="2026-06-30 04:20", form="dsn", acct="4523662",
    dsn=dict(human="""Este es el sistema de correo de correo-hosting.example.

No ha sido posible entregar su mensaje a uno o más destinatarios.

<tienda@papeleria-triana.example>: el dominio no tiene registros MX válidos.""",
             mta="correo-hosting.example", rcpt="tienda@papeleria-triana.example", status="5.4.4",
             diag="smtp; 550 5.4.4 Host not found / dominio no encontrado", postfix=True,
             returned=dict(frm="Soporte CRM Runner <support@crmrunner.example>", to="tienda@papeleria-triana.example",
                           subj="Hemos cancelado tu cuenta", date="2026-06-30 04:19",
                           body="Hola Rocío,\n\nte confirmamos que tu cuenta de CRM Runner ha sido cancelada a petición tuya.\n\nUn saludo,\nEl equipo de CRM Runner")),
    notes="bounce of a cancellation confirmation; returned text mentions cancelling but the message is a bounce"),

ES("ebro-cambio-empresa-auto", "Administración Grupo Ebro", "Respuesta automática",
"""Hola,

A partir del 1 de octubre ya no formo parte de Grupo Ebro Logística. Para cualquier asunto administrativo, escriba a contabilidad@grupo-ebro-logistica.example.

Un saludo,
Eva Lasheras""",
    i="auto_reply", k="auto_reply", date="2026-10-08 09:00", acct="4523219", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    notes="left-the-company auto-reply"),

ES("iturbide-usuario-taller", "Dirección Autos Iturbide", "Licencia del taller",
"""Buen día,

Favor de dar de baja el usuario "taller", Jorge ya se fue del negocio y el mecánico nuevo no va a usar la computadora. Las licencias de oficina se quedan igual.

Gracias,
Lic. Gabriela Iturbide""",
    i="cancellation", k="request_seat", un="taller", date="2026-07-16 13:40", tz="America/Mexico_City", acct="4523448", form="outlook-alt",
    notes="Mexican owner removes the seat 'taller' (ordinary word)"),

ES("horta-recordatorio", "Cooperativa l'Horta", "Re: Programa de socios",
"""Hola de nuevo,

os lo recuerdo porque no hemos recibido respuesta: no renovéis en septiembre, la cooperativa deja el programa. Si hace falta que lo firme alguien de la junta, decídmelo.

Núria

El lun, 24 ago 2026 a las 12:03, Cooperativa l'Horta (<comunicacio@lhorta-coop.example>) escribió:
> Así que no renovéis en septiembre, por favor.""",
    i="cancellation", k="follow_up", date="2026-09-04 09:12", acct="4520114", form="gmail-alt", irt="cooperativa-ya-no-seguimos",
    notes="chaser that restates 'no renovéis ... deja el programa'"),

ES("hostal-si-confirmo", "Hostal Levante", "Re: Confirmación de baja",
"""Sí, confirmo. Al final preferimos cerrar la cuenta que andar cambiando de plan cada temporada.

Maite

> El 4 nov 2026, a las 10:02, Soporte CRM Runner <support@crmrunner.example> escribió:
>
> Hola Maite, ¿nos confirmas que quieres cancelar la cuenta de Hostal Levante al final del periodo actual?""",
    i="cancellation", k="follow_up", date="2026-11-04 12:30", acct="4520911", form="iphone",
    irt="<support-2026-1104-levante@crmrunner.example>",
    rk=["andar cambiando de plan cada temporada"], rc="other",
    notes="'Sí, confirmo' under support's confirmation request; reason: hassle of switching plans every season"),

ES("coqui-huracan", "El Coquí Restaurante", "Cancelar cuenta",
"""Saludos,

Favor de cancelar nuestra cuenta. El huracán dañó el local y no sabemos cuándo ni si vamos a reabrir. Les agradezco que no nos cobren el mes que viene.

Carmen Rosado
El Coquí, Santurce""",
    i="cancellation", k="request", date="2026-09-22 14:05", tz="America/Puerto_Rico", acct="4523559", form="gmail-alt",
    rk=["el huracán dañó el local"], rc="business_closed",
    notes="Puerto Rican restaurant after hurricane"),

ES("panaderia-gracias", "Panadería Cordón", "Re: debito",
"""Gracias por la rapidez, ya vi la confirmación. Suerte!
Walter""",
    i="other", k="thanks", date="2026-05-09 10:02", tz="America/Montevideo", acct="4523336", form="gmail-alt", irt="panaderia-no-debiten",
    notes="thanks after confirmation"),

ES("papeleria-factura-anual", "Papelería Triana", "facturas 2025",
"""Hola, ¿me podéis mandar en un solo PDF todas las facturas de 2025? Me las pide el gestor para el cierre del ejercicio.
Rocío""",
    i="other", k="question", date="2026-01-21 18:44", acct="4523662", form="iphone",
    dec=["2025"],
    notes="asks for invoices"),

# ------------------------------------------------------------------ fr
FR("fiduciaire-lausanne-fin-mois", "Fiduciaire Léman", "Résiliation",
"""Bonjour,

Je résilie notre abonnement pour la fin du mois. Nous avons repris un portefeuille de clients qui vient avec son propre logiciel et nous n'allons pas gérer deux outils.

Meilleures salutations
Christophe Rochat
Fiduciaire Léman SA – Lausanne""",
    i="cancellation", k="request", date="2026-03-17 11:02", tz="Europe/Zurich", acct="4533117", form="outlook-alt",
    rk=["nous n'allons pas gérer deux outils"], rc="switched_service",
    notes="Swiss French, plain résiliation"),

FR("abidjan-cloture-compte", "Transit Lagune Direction", "Clôture de compte",
"""Messieurs,

Nous vous prions de bien vouloir procéder à la clôture de notre compte à compter de la fin du mois courant. La société a été absorbée par le groupe et l'ensemble des outils informatiques est désormais centralisé au siège.

Veuillez agréer, Messieurs, nos salutations distinguées.

Kouadio N'Guessan
Directeur Administratif et Financier
Transit Lagune SARL – RCCM CI-ABJ-2019-B-55512""",
    i="cancellation", k="request", date="2026-06-24 09:48", tz="Africa/Abidjan", acct="4533228", form="outlook-alt",
    rk=["absorbée par le groupe"], rc="switched_service", dec=["CI-ABJ-2019-B-55512"],
    notes="Ivorian formal request; RCCM register number as decoy"),

FR("rugby-annuler-notre-demande", "Secrétariat RC Tournefeuille", "Re: Export des licenciés",
"""Bonjour,

Le comité est revenu sur sa décision lors de la réunion d'hier : merci d'annuler notre demande de non-renouvellement. On garde CRM Runner pour la saison prochaine, l'outil de la Fédération n'est pas prêt.

Désolée pour le va-et-vient !
Sylvie

Le mar. 16 juin 2026 à 21:40, Secrétariat RC Tournefeuille <secretariat@rct-ovalie.example> a écrit :
> PS : et sinon on ne renouvelle pas en septembre, le comité a choisi l'outil fourni par la Fédération. Merci de ne pas reconduire l'abonnement.""",
    i="other", k="withdrawal", wd=True, date="2026-07-02 08:30", acct="4532371", form="gmail-alt", irt="rugby-ps-renouvelle-pas",
    notes="'annuler notre demande de non-renouvellement' = withdrawal of the earlier request"),

FR("coiffure-si-on-resilie", "Salon Belle de Mai", "Question remboursement",
"""Bonjour,

si on résiliait maintenant, est-ce que vous remboursez les mois qui restent ou c'est perdu ? On n'a rien décidé, c'est pour savoir.

Nadia""",
    i="other", k="hypothetical", date="2026-05-25 13:14", acct="4533451", form="gmail-alt",
    notes="hypothetical refund question, explicitly undecided"),

FR("verhaegen-retirer-sophie", "Gert Verhaegen", "Retirer un utilisateur",
"""Bonjour,

Pouvez-vous retirer Sophie de notre compte ? Son identifiant est sophie.b. Elle a rejoint un autre bureau et nous ne voulons plus payer sa licence.

Merci,
Gert Verhaegen
Bureau d'études Verhaegen – Liège""",
    i="cancellation", k="request_seat", un="sophie.b", date="2026-10-26 15:15", tz="Europe/Brussels", acct="4533340", form="apple-alt",
    notes="Belgian owner removes a colleague's seat"),

FR("coiffure-arretez", "Salon Belle de Mai", "STOP",
"""Stop. Arrêtez de me prélever tous les mois pour un truc dont je ne me sers pas. Je ne veux plus de votre abonnement.""",
    i="cancellation", k="request", date="2026-06-29 22:41", acct="4533451", form="iphone",
    rk=["je ne me sers pas"], rc="unused",
    notes="angry one-liner, clear request"),

FR("bounce-exchange-fr", "Microsoft Outlook <postmaster@sunu-voyages.example>", "Non remis : Votre abonnement",
"",
    i="bounce", k="bounce", date="2026-08-12 11:00", tz="Africa/Dakar", form="exchange-dsn", acct="4533562",
    dsn=dict(human="""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

resa@sunu-voyages.example
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.""",
             mta="EXCH02.sunu-voyages.example", rcpt="resa@sunu-voyages.example", status="5.2.2",
             diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
             returned=dict(frm="CRM Runner <support@crmrunner.example>", to="resa@sunu-voyages.example",
                           subj="Votre abonnement", date="2026-08-12 10:59",
                           body="Bonjour,\n\nvotre carte a expiré. Merci de la mettre à jour pour éviter une interruption de service.\n\nL'équipe CRM Runner")),
    notes="Exchange NDR in French"),

FR("pharmacie-plus-partie", "Pharmacie des Lices", "Réponse automatique : Facture septembre",
"""Bonjour,

Je ne fais plus partie de la Pharmacie des Lices depuis le 31 août. Votre message n'a pas été transféré. Merci d'écrire désormais à la titulaire, Mme Le Goff.

Cordialement,
Yann Prigent""",
    i="auto_reply", k="auto_reply", date="2026-09-02 07:30", acct="4533673", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"},
    notes="left-the-company auto-reply, no address given for the new contact"),

FR("pharmacie-annuler-commande", "Pharmacie des Lices", "Annuler la commande de licences",
"""Bonjour,

Pouvez-vous annuler la commande de 3 licences supplémentaires passée ce matin (commande n° CMD-88410) ? Nos préparatrices utiliseront finalement un poste partagé.

Merci,
Anne Le Goff
Pharmacienne titulaire""",
    i="other", k="order_cancel", date="2026-09-14 11:40", acct="4533673", form="outlook-alt",
    dec=["CMD-88410"],
    notes="cancels an order of extra seats"),

FR("sunu-fermez-compte", "Sunu Voyages", "compte",
"""bjr svp fermez mon compte je n utilise plus depuis le covid les agences on a fermé 2 sur 3. merci
Ibrahima""",
    i="cancellation", k="request", date="2026-09-01 10:44", tz="Africa/Dakar", acct="4533562", form="android",
    rk=["je n utilise plus"], rc="unused", sloppy=True,
    notes="Senegalese travel agency on phone, no accents/apostrophes"),

FR("kine-oui-arretez", "Cabinet Kiné Ladoux", "Re: Votre essai",
"""Oui merci, arrêtez-le maintenant.

Sandrine

Le 4 sept. 2026 à 09:15, Support CRM Runner <support@crmrunner.example> a écrit :
> Bonjour Sandrine,
> Votre essai se termine automatiquement sans prélèvement. Souhaitez-vous que nous le fermions dès maintenant ?""",
    i="cancellation", k="follow_up", date="2026-09-04 12:20", acct="4531004", form="iphone",
    irt="<support-2026-0904-ladoux@crmrunner.example>",
    notes="short yes to support's offer to close the trial now; labelled by meaning in the thread"),

FR("camping-factures-expert", "Camping des Gorges", "Factures pour le comptable",
"""Bonjour,

Notre expert-comptable demande toutes les factures de 2026 avec la TVA détaillée. Vous pouvez les envoyer directement à compta@cabinet-ardeche.example ?

Merci,
Laurent""",
    i="other", k="question", date="2026-11-18 10:15", acct="4533784", form="gmail-alt",
    notes="asks for invoices to be sent to the accountant"),

FR("verhaegen-merci", "Gert Verhaegen", "Re: Retirer un utilisateur",
"""Merci, c'est noté, la licence n'apparaît plus sur la facture.
Gert""",
    i="other", k="thanks", date="2026-11-04 08:55", tz="Europe/Brussels", acct="4533340", form="apple-alt", irt="verhaegen-retirer-sophie",
    notes="thanks after the seat was removed"),

# ------------------------------------------------------------------ pt
PT("maputo-rescindir", "Maputo Seguros - Geral", "Rescisão de contrato",
"""Exmos. Senhores,

Pela presente, a Maputo Seguros, Lda. vem comunicar a intenção de rescindir o contrato de subscrição anual, com efeito a partir do termo do actual período, não devendo o mesmo ser renovado.

Agradecemos confirmação escrita.

Atenciosamente,
Célia Mondlane
Direcção Administrativa
NUIT 400555123""",
    i="cancellation", k="request", date="2026-08-18 10:00", tz="Africa/Maputo", acct="4543106", form="outlook-alt",
    dec=["400555123"],
    notes="Mozambican formal rescisão; NUIT tax number as decoy"),

PT("barbearia-cancela-pfv", "Navalha de Ouro", "",
"""cancela pra mim pfv, nao to usando. vlw""",
    i="cancellation", k="request", date="2026-03-29 21:50", tz="America/Bahia", acct="4543217", form="iphone",
    rk=["nao to usando"], rc="unused", sloppy=True,
    notes="Salvador barbershop, phone slang, no subject"),

PT("imobiliaria-ignorem", "Imobiliária Ilha", "Re: nao uso mais",
"""Oi, ignorem meu email anterior por favor. Meu sócio quer continuar usando para os aluguéis de temporada. Podem deixar como está.
Fabiano

Em ter., 21 de jul. de 2026 às 19:02, Imobiliária Ilha <contato@imobiliariailha.example> escreveu:
> Oi, nao uso mais o sistema. Parem as cobranças no meu cartão por favor, a partir desse mes.""",
    i="other", k="withdrawal", wd=True, date="2026-07-22 10:10", acct="4542692", form="gmail-alt", irt="imobiliaria-parem-cobrancas",
    notes="'ignorem meu email anterior ... podem deixar como está' withdraws the request"),

PT("crossfit-congelar", "Box Sul CrossFit", "congelar conta",
"""Olá! Vamos reformar o box em janeiro e fevereiro. Dá para congelar a conta nesses dois meses sem pagar? Em março voltamos com tudo.
Abraço, Diego""",
    i="other", k="pause", date="2026-11-10 09:30", acct="4543553", form="gmail-alt",
    notes="pause request"),

PT("bounce-lima", "Mail Delivery Subsystem <mailer-daemon@provedor-br.example>", "Falha na entrega",
"",
    i="bounce", k="bounce", date="2026-05-30 02:10", form="dsn", acct="4543330",
    dsn=dict(human="""Não foi possível entregar sua mensagem para socios@lima-arquitetos.example.

O servidor de destino recusou a mensagem: domínio suspenso.""",
             mta="mx1.provedor-br.example", rcpt="socios@lima-arquitetos.example", status="5.7.1",
             diag="smtp; 554 5.7.1 Domain suspended", remote="mx.lima-arquitetos.example",
             returned=dict(frm="Suporte CRM Runner <support@crmrunner.example>", to="socios@lima-arquitetos.example",
                           subj="Pagamento recusado", date="2026-05-30 02:09",
                           body="Olá,\n\nnão conseguimos processar o pagamento da sua assinatura. Atualize o cartão para evitar o cancelamento.\n\nEquipe CRM Runner")),
    notes="DSN for a payment-failed notice"),

PT("quinta-recebemos", "Quinta Vale do Douro Enoturismo", "Recebemos a sua mensagem",
"""Obrigado pelo seu contacto!

Recebemos a sua mensagem e responderemos com a maior brevidade possível. Para reservas de provas, utilize o formulário no nosso site.

Quinta Vale do Douro""",
    i="auto_reply", k="auto_reply", date="2026-04-06 16:00", tz="Europe/Lisbon", acct="4543442", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"},
    notes="generic acknowledgement auto-reply"),

PT("quinta-se-cancelar-dados", "Quinta Vale do Douro Enoturismo", "Dados",
"""Boa tarde,

Se um dia cancelarmos, perdemos os contactos dos visitantes ou conseguimos descarregá-los antes? É só para saber, por agora está tudo a correr bem.

Obrigada,
Mariana""",
    i="other", k="hypothetical", date="2026-06-17 15:25", tz="Europe/Lisbon", acct="4543442", form="gmail-alt",
    notes="hypothetical question about data after cancelling"),

PT("lima-excluir-estagiario", "Lima Arquitetos Sócios", "Acesso estagiário",
"""Boa tarde,

O estágio do João terminou. Favor excluir o acesso dele (login: joao.estagio) e parar de cobrar essa licença.

Att,
Fernanda Lima""",
    i="cancellation", k="request_seat", un="joao.estagio", date="2026-07-01 14:30", acct="4543330", form="gmail-alt",
    notes="owner removes the intern's seat"),

PT("braga-reencaminho", "Rui Lopes <rui.lopes@bicicletas-braga.example>", "Fwd: CRM",
"""Bom dia,

Reencaminho o pedido do nosso sócio-gerente. O registo está em nome da loja.

Rui

-------- Mensagem reencaminhada --------
De: Alberto Sá <alberto.sa@bicicletas-braga.example>
Data: 03/02/2026 18:40
Para: Rui Lopes <rui.lopes@bicicletas-braga.example>
Assunto: CRM

Rui, trata de acabar com aquela subscrição do CRM (a da loja@bicicletas-braga.example), que isso não serve para nada numa loja como a nossa. Obrigado.
Alberto""",
    i="cancellation", k="forward_request", em="loja@bicicletas-braga.example", date="2026-02-04 09:20", tz="Europe/Lisbon",
    acct="4543664", form="forward-inline",
    rk=["não serve para nada numa loja como a nossa"], rc="low_quality",
    notes="employee forwards the manager's request; registered address given in forwarded text"),

PT("kwanza-reiteramos", "Kwanza Import Lda - Geral", "RE: RE: Denúncia do contrato de subscrição",
"""Exmos. Senhores,

Reiteramos que não pretendemos renovar a subscrição, conforme a nossa comunicação de 7 de Julho. Solicitamos que nenhum débito seja efectuado após o termo do período.

A Gerência""",
    i="cancellation", k="follow_up", date="2026-08-05 11:10", tz="Africa/Luanda", acct="4540347", form="outlook-alt",
    irt="kwanza-aguardamos", dec=["7 de Julho"],
    notes="chaser that restates the non-renewal"),

PT("brasilia-importacao", "Pereira Consultoria", "Cancelar importação de contatos",
"""Oi, comecei uma importação de 12 mil contatos há 3 horas e está travada em 40%. Como cancelo essa importação? Quero começar de novo com a planilha corrigida.
Paulo""",
    i="other", k="bug_report", date="2026-09-29 17:40", tz="America/Sao_Paulo", acct="4543775", form="gmail-alt",
    dec=["12 mil", "40%"],
    notes="wants to cancel a running contact import"),

PT("crossfit-obrigado", "Box Sul CrossFit", "Re: congelar conta",
"""Valeu pela resposta rápida, vou esperar vocês ativarem a pausa então. Abraço!""",
    i="other", k="thanks", date="2026-11-11 08:20", acct="4543553", form="gmail-alt", irt="crossfit-congelar",
    notes="thanks about the pause"),
]
