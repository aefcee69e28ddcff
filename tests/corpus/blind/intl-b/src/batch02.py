"""Round 2: 12 German, 12 Spanish, 12 French, 12 Portuguese messages (hand-written)."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
3600121 baeckerei_hollweg info@baeckerei-hollweg.example monthly tier=starter
3601743 berger_haustechnik t.berger@berger-haustechnik.example monthly tier=pro
3602258 kfz_yilmaz kfz.yilmaz@web.example monthly tier=starter
3603394 j.albrecht julia.albrecht@posteo.example monthly tier=pro
3604517 werkstatt info@holzwerkstatt-brandl.example monthly tier=starter
3605082 kanzlei_roemer sekretariat@roemer-recht.example monthly tier=pro
3606940 flowbase team@flowbase.example monthly cur=CHF tier=team
3607311 h.gruber h.gruber@aon.example yearly tier=pro
3608675 vertrieb_nord vertrieb@nordlicht-moebel.example monthly tier=team
3620155 kioscolaesquina kiosco.laesquina@yahoo.example monthly cur=USD tier=starter
3621480 marisa_decor marisa@decoraciones-sanz.example monthly tier=pro
3622716 viagens_sul contato@turismosul.example monthly cur=USD tier=pro
3623059 almacen pedidos@ferreteriaelclavo.example monthly tier=pro
3624391 clinica_dental_rios recepcion@dentalrios.example monthly tier=team
3625803 raul.mendez raul.mendez@gmail.example yearly tier=pro
3626217 pilar.soto pilar.soto@outlook.example monthly tier=pro
3627644 sergio.campos sergio.campos@gmail.example monthly tier=pro
3628192 eventos_lumbre hola@eventoslumbre.example monthly tier=starter
3640229 boulangerie_favre contact@boulangerie-favre.example monthly tier=starter
3641558 ateliers_dumont info@ateliers-dumont.example monthly tier=pro
3642074 genevieve.t genevieve.tremblay@videotron.example monthly cur=CAD tier=starter
3643816 agence_horizon direction@agence-horizon.example monthly tier=team
3644390 ets_ngono ets.ngono@yahoo.example monthly tier=pro
3645127 batir_plus bureau@batirplus.example monthly tier=pro
3646603 f.masson f.masson@sfr.example monthly tier=starter
3647918 e.leclerc-pro emilie.leclerc@gmail.example monthly tier=pro
3648250 cabinet_aubry secretariat@cabinet-aubry.example yearly tier=pro
3670180 distribuidora_ramos financeiro@distribuidoraramos.example monthly cur=BRL tier=pro
3671645 tiago.pereira tiago.pereira@sapo.example monthly tier=starter
3672233 marcos_grafica marcos@graficaponto.example monthly cur=BRL tier=pro
3673902 renata.alves renata.alves@gmail.example yearly cur=BRL tier=pro
3674471 clinica_bemestar adm@clinicabemestar.example monthly cur=BRL tier=team
3675066 lucas.ferraz lucas.ferraz@hotmail.example monthly cur=BRL tier=team
3676310 andrea.souza andrea.souza@yahoo.example monthly cur=BRL tier=pro
3677728 rui.carvalho rui.carvalho@netcabo.example monthly tier=pro
3678849 startup_pulso hello@pulso.example monthly cur=BRL tier=pro
""")

MESSAGES = [
# ------------------------------------------------------------------ German
DE("de-geschaeftsaufgabe-baeckerei", "Bäckerei Hollweg <info@baeckerei-hollweg.example>", "Kündigung wegen Geschäftsaufgabe",
   """Sehr geehrte Damen und Herren,

hiermit kündige ich CRMRunner zum 31.12.2026. Grund ist die Geschäftsaufgabe aus Altersgründen, einen Nachfolger für die Bäckerei gibt es leider nicht.

Bitte buchen Sie danach nichts mehr ab. Ihre letzte Rechnung Nr. 104-88231 habe ich bezahlt.

Mit freundlichen Grüßen
Gerhard Hollweg
Bäckerei Hollweg, Marktplatz 3, 97070 Würzburg
""", i="cancellation", k="request", date="2026-10-28 06:42", acct="3600121", dec=["104-88231"],
   rk=["geschäftsaufgabe aus altersgründen"], rc="business_closed", form="outlook-alt",
   notes="clear Kündigung whose reason contains the closing word Geschäftsaufgabe"),

DE("de-weiterleitung-geschaeftsfuehrer", "Lea Schmid <lea.schmid@berger-haustechnik.example>", "WG: Runner",
   """Hallo liebes Support-Team,

unten die Nachricht von unserem Geschäftsführer, bitte wie gewünscht umsetzen und mir kurz Bescheid geben.

Danke & viele Grüße
Lea Schmid
Assistenz der Geschäftsleitung

---------- Forwarded message ---------
Von: Thomas Berger <t.berger@berger-haustechnik.example>
Date: Mo., 8. Juni 2026 um 07:55
Subject: Runner
To: Lea Schmid <lea.schmid@berger-haustechnik.example>

Lea, bitte kündige den Runner. Wir wechseln zum 1.7. komplett auf HubSpot, das andere brauchen wir dann nicht mehr. Kundennummer müsste 3601743 sein.

Thomas
""", i="cancellation", k="forward_request", date="2026-06-08 09:14", acct="3601743",
   rk=["wir wechseln zum 1.7. komplett auf hubspot"], rc="switched_service", form="forward-inline",
   notes="assistant forwards the owner's request; customer number only inside the forwarded text, so not labelled"),

DE("de-nicht-muttersprachler-kfz", "Mehmet Yilmaz <kfz.yilmaz@web.example>", "runner beenden",
   """Hallo,

ich möchte mein Runner beenden. Wir haben kein Zeit für das Programm, ist zu kompliziert für uns in der Werkstatt. Bitte nicht mehr Geld abbuchen.

Danke
Mehmet Yilmaz
Kfz Yilmaz
""", i="cancellation", k="request", date="2026-02-17 18:05", acct="3602258",
   rk=["zu kompliziert für uns in der werkstatt"], rc="too_complex", form="plain-qp", sloppy=True,
   notes="non-native writer: 'mein Runner beenden' + stop debiting"),

DE("de-elternzeit-ruhen-lassen", "Julia Albrecht", "Konto ruhen lassen während Elternzeit?",
   """Hallo,

ich gehe ab Mai für ein Jahr in Elternzeit. Kann ich mein Konto für diese Zeit ruhen lassen, ohne dass etwas abgebucht wird? Danach möchte ich unbedingt weitermachen, alle Daten sollen bleiben.

Viele Grüße
Julia Albrecht
""", i="other", k="pause", date="2026-03-24 20:31", acct="3603394", form="gmail-alt",
   notes="pause during parental leave, wants to continue afterwards"),

DE("de-dsgvo-loeschung-nichtkunde", "Karl-Heinz Oberle <kh.oberle@freenet.example>", "Auskunft und Löschung nach Art. 15/17 DSGVO",
   """Sehr geehrte Damen und Herren,

ich erhalte seit Wochen Werbemails von Ihnen, obwohl ich nie ein Konto bei Ihnen hatte. Ich fordere Sie auf, mir gemäß Art. 15 DSGVO mitzuteilen, woher Sie meine Adresse haben, und sämtliche Daten zu meiner Person gemäß Art. 17 DSGVO zu löschen.

Für die Erledigung setze ich Ihnen eine Frist bis zum 30.04.2026.

Karl-Heinz Oberle
""", i="other", k="data_deletion", date="2026-04-09 15:48", form="plain-qp",
   notes="non-customer DSGVO access and erasure request"),

DE("de-kannst-du-das-beenden-werkstatt", "Sepp Brandl <sepp.brandl@gmx.example>", "Runner Abo",
   """hey, kannst du das bitte beenden? Login ist werkstatt. hab jetzt was anderes, das auch im Handy gscheit läuft.

servus Sepp""", i="cancellation", k="request", date="2026-09-14 21:09", tz="Europe/Vienna", acct="3604517",
   un="werkstatt", rk=["hab jetzt was anderes"], rc="switched_service", form="android", sloppy=True,
   notes="informal 'kannst du das bitte beenden' from a private address; username is an ordinary word"),

DE("de-demo-termin-stornieren", "Kanzlei Römer <sekretariat@roemer-recht.example>", "Termin Donnerstag stornieren",
   """Guten Tag,

bitte stornieren Sie den Schulungstermin am Donnerstag, 16.07., 14:00 Uhr. Herr Dr. Römer ist kurzfristig bei Gericht. Wir melden uns für einen neuen Termin.

Mit freundlichen Grüßen
Sandra Weil
Sekretariat
""", i="other", k="meeting_cancel", date="2026-07-13 11:20", acct="3605082", form="outlook-alt",
   notes="cancels a training appointment"),

DE("de-bestellung-lizenzen-stornieren", "Vertrieb Nordlicht <vertrieb@nordlicht-moebel.example>", "Storno Bestellung B-77120",
   """Hallo,

ich habe heute Morgen aus Versehen 5 zusätzliche Lizenzen bestellt (Bestellnummer B-77120), es sollten nur 2 sein. Bitte die Bestellung stornieren, ich buche dann neu.

Gruß
Tim Hansen
""", i="other", k="order_cancel", date="2026-05-05 10:37", acct="3608675", dec=["B-77120"], form="gmail-alt",
   notes="cancels a mistaken order of extra seats; subscription unaffected"),

DE("de-zuerich-mixed-english", "Nico Baumann <nico@flowbase.example>", "Kündigung Team-Abo",
   """Hoi zäme

We decided as a team to stop using Runner. Bitte kündigt unser Team-Abo per Ende Monat (das Konto läuft auf team@flowbase.example). Leider gibt es keine Schnittstelle zu Bexio und ohne die bringt es uns nix.

Thanks & Grüessli
Nico
Flowbase GmbH, Zürich
""", i="cancellation", k="request", date="2026-08-19 16:45", tz="Europe/Zurich", acct="3606940",
   em="team@flowbase.example", rk=["keine schnittstelle zu bexio"], rc="missing_features",
   form="apple-alt", sloppy=True,
   notes="Swiss mixed German/English; sender is a colleague who names the registered team@ address"),

DE("de-frist-jahresabo-frage", "H. Gruber", "Frist",
   """Guten Tag,

bis wann müsste ich spätestens kündigen, damit sich das Jahresabo nicht automatisch verlängert? Und geht das per Mail oder nur im Portal?

MfG
Helmut Gruber
""", i="other", k="how_to", band="maybe", date="2026-01-26 09:12", tz="Europe/Vienna", acct="3607311",
   form="plain-qp", notes="asks for the notice period and channel; no decision stated"),

DE("de-abwesenheit-ausgeschieden", "Tim Hansen <vertrieb@nordlicht-moebel.example>", "Automatische Antwort: Ihre Nachricht an Nordlicht Möbel",
   """Vielen Dank für Ihre Nachricht.

Ich bin nicht mehr für die Nordlicht Möbel GmbH tätig. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich künftig an info@nordlicht-moebel.example oder telefonisch an 040 5550 6120.

Mit freundlichen Grüßen
Nordlicht Möbel GmbH
""", i="auto_reply", k="auto_reply", date="2026-11-04 08:01", acct="3608675", dec=["040 5550 6120"],
   irt="<out-20261104-0800.3608675@crmrunner.example>", form="plain-qp",
   notes="left-the-company auto-reply without Auto-Submitted header"),

DE("de-exchange-unzustellbar", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@roemer-recht.example>",
   "Unzustellbar: Ihre Kündigung bei CRM Runner", None, i="bounce", k="bounce", date="2026-08-03 12:18",
   form="exchange-dsn",
   dsn=dict(human="""Ihre Nachricht hat folgende Empfänger nicht erreicht:

s.weil@roemer-recht.example

Das E-Mail-Konto, das Sie erreichen wollten, existiert nicht. Bitte überprüfen Sie die E-Mail-Adresse und versuchen Sie es erneut.

Diagnoseinformationen für Administratoren:
Generierender Server: DB9PR02MB7790.eurprd02.prod.outlook.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
""", mta="DB9PR02MB7790.eurprd02.prod.outlook.example", rcpt="s.weil@roemer-recht.example", status="5.1.10",
            diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="s.weil@roemer-recht.example",
                          subj="Ihre Kündigung bei CRM Runner", date="2026-08-03 12:17",
                          body="""Guten Tag Frau Weil,

Sie hatten nach der Kündigung gefragt. Bitte lassen Sie uns wissen, ob wir das Konto der Kanzlei tatsächlich schließen sollen.

Ihr CRM Runner Support
""")),
   notes="Exchange NDR in German returning support's mail about a Kündigung"),

# ------------------------------------------------------------------ Spanish
ES("es-cierre-del-negocio-ar", "Kiosco La Esquina", "cancelar",
   """Hola, les escribo porque cerramos el local a fin de mes, cierre del negocio definitivo (la verdad que la situación no da más).
Necesito que me den de baja Runner y que no me debiten más de la tarjeta.

Gracias igual, anduvo bien.
Claudio""", i="cancellation", k="request", date="2026-07-22 19:33", tz="America/Argentina/Buenos_Aires",
   acct="3620155", rk=["cierre del negocio definitivo"], rc="business_closed", form="gmail-alt",
   notes="Argentinian; closing word in the reason; request is 'den de baja Runner'"),

ES("es-reenvio-correo-jefa", "Pablo Ruano <pablo.ruano@decoraciones-sanz.example>", "RV: lo del CRM",
   """Hola,

os reenvío el correo de mi jefa. Por favor, proceded con la baja y mandadnos la confirmación a los dos.

Saludos,
Pablo
""", i="cancellation", k="forward_request", date="2026-04-28 12:40", acct="3621480", form="forward-rfc822",
   inner=dict(frm="Marisa Sanz <marisa@decoraciones-sanz.example>", to="Pablo Ruano <pablo.ruano@decoraciones-sanz.example>",
              subj="lo del CRM", date="2026-04-28 09:02", fname="lo del CRM.eml",
              body="""Pablo, da de baja lo del CRM Runner ya, que no lo usa nadie desde enero. Y que no cobren mayo.

Marisa
"""),
   rk=["no lo usa nadie desde enero"], rc="unused",
   notes="colleague forwards the owner's mail as attachment and asks to proceed"),

ES("es-portunol-cancelar-cuenta", "Turismo Sul <contato@turismosul.example>", "Cancelamiento de cuenta",
   """Hola equipo de CRM Runner,

quisiera cancelar nuestra cuenta, no estamos utilizando más la herramienta desde que la agencia quedó con solo dos personas. Por favor, no cobrar más la tarjeta.

Obrigado y saludos,
Gilberto Vaz
""", i="cancellation", k="request", date="2026-06-30 14:28", tz="America/Montevideo", acct="3622716",
   rk=["no estamos utilizando más la herramienta"], rc="unused", form="gmail-alt", sloppy=True,
   notes="Brazilian writing Spanish (portuñol); clear request"),

ES("es-usuario-almacen-cancelar", "Ferretería El Clavo <ferreteria.elclavo@gmail.example>", "suscripción",
   """Buenas,

quiero cancelar la suscripción del usuario almacen, ya no la necesitamos porque ahora llevamos los pedidos en el programa de facturación.

Les escribo desde este otro correo porque el de pedidos no lo revisa nadie.

Un saludo,
Toni
""", i="cancellation", k="request", date="2026-02-09 13:07", acct="3623059", un="almacen",
   rk=["ahora llevamos los pedidos en el programa de facturación"], rc="switched_service", form="plain-qp",
   notes="username is an ordinary word (almacen), written from an unregistered address"),

ES("es-bajar-de-plan", "Clínica Dental Ríos <recepcion@dentalrios.example>", "Bajar de plan",
   """Hola,

queremos bajar del plan Team al Pro a partir del mes que viene, ahora solo lo usamos en recepción. ¿Tenemos que hacer algo nosotros o lo cambiáis vosotros?

Gracias,
Elena (recepción)
""", i="other", k="downgrade", date="2026-09-03 10:15", acct="3624391", form="outlook-alt",
   notes="'bajar de plan' = downgrade, not baja"),

ES("es-si-me-doy-de-baja-prorrata", "Raúl Méndez", "Pregunta sobre la baja",
   """Hola,

si me doy de baja ahora, a mitad del año, ¿me devolvéis la parte proporcional de la suscripción anual o pierdo lo que queda? Depende de eso lo que haga.

Raúl
""", i="other", k="hypothetical", band="maybe", date="2026-05-15 22:10", acct="3625803", form="gmail-alt",
   notes="conditional question, decision depends on the answer; a person should look"),

ES("es-cancelar-reunion-comercial", "Pilar Soto", "Reunión de mañana",
   """Hola Diego,

tengo que cancelar la reunión de mañana a las 11 con vosotros, me ha surgido un viaje. ¿La pasamos al martes?

Pilar
""", i="other", k="meeting_cancel", date="2026-03-10 17:54", acct="3626217", form="iphone",
   notes="cancels a meeting with the sales rep"),

ES("es-cobro-doble-abril", "Sergio Campos", "Cobro duplicado",
   """Buenas tardes,

en el extracto del banco veo dos cargos de 49 € de CRM Runner el 1 de abril (pedido 55120 y 55121). Supongo que es un error. ¿Me podéis devolver uno de los dos?

Gracias,
Sergio Campos
""", i="other", k="refund_only", date="2026-04-03 16:22", acct="3627644", refund=True,
   dec=["49 €", "55120", "55121"], form="gmail-alt", notes="double charge, refund only"),

ES("es-cancelar-domiciliacion-tarjeta", "Eventos Lumbre <hola@eventoslumbre.example>", "Cambio forma de pago",
   """Hola!

Quiero cancelar la domiciliación bancaria y pagar con tarjeta a partir de ahora, el banco nos cobra comisión por cada recibo. ¿Dónde lo cambio?

Un abrazo,
Lucía
""", i="other", k="other", date="2026-08-26 12:02", acct="3628192", form="gmail-alt",
   notes="'cancelar la domiciliación' = payment method change, not a cancellation"),

ES("es-insiste-no-renovar", "José Luis Marín", "Re: No renovar suscripción anual",
   """Hola de nuevo,

sigo sin respuesta. Repito: NO quiero que se renueve la suscripción anual el 15 de junio. Confirmadme por favor que está anulada la renovación.

José Luis

El jue, 28 may 2026 a las 12:05, José Luis Marín (<jlmarin@telefonica.example>) escribió:
> Hola:
>
> Os escribo porque la suscripción anual de CRM Runner se renueva el 15 de junio y no quiero que se renueve.
""", i="cancellation", k="follow_up", date="2026-06-08 09:40", acct="3522640", irt="es-no-renovar-tarjeta",
   form="reply-above-quote", mime="gmail-alt", notes="chaser restating 'no renovar'"),

ES("es-respuesta-automatica-vacaciones", "Pilar Soto", "Respuesta automática: Re: Reunión de mañana",
   """Hola, estoy de vacaciones hasta el 2 de septiembre sin acceso al correo. Para temas urgentes escribid a oficina@pilarsoto.example.

Pilar
""", i="auto_reply", k="auto_reply", date="2026-08-14 07:00", acct="3626217",
   hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   irt="<out-20260814-0659.3626217@crmrunner.example>", form="plain-qp", notes="holiday auto-reply"),

ES("es-bounce-no-existe", "MAILER-DAEMON@correo.telefonica.example", "Undelivered Mail Returned to Sender",
   None, i="bounce", k="bounce", date="2026-10-12 11:51", form="dsn",
   dsn=dict(human="""Este es el sistema de correo de correo.telefonica.example.

Lamentamos informarle que su mensaje no pudo ser entregado a uno o más
destinatarios.

<j.arroyo@telefonica.example>: el buzón no existe (550 5.1.1)
""", mta="correo.telefonica.example", rcpt="j.arroyo@telefonica.example", status="5.1.1", postfix=True,
            diag="smtp; 550 5.1.1 <j.arroyo@telefonica.example>: Recipient address rejected: User unknown",
            returned=dict(frm="Soporte CRM Runner <support@crmrunner.example>", to="j.arroyo@telefonica.example",
                          subj="Re: Quiero darme de baja", date="2026-10-12 11:50",
                          body="""Hola Jesús,

para tramitar la baja necesitamos que nos escribas desde el correo con el que te registraste.

Un saludo,
Soporte CRM Runner
""")),
   notes="postfix DSN returning support's reply about a baja"),

# ------------------------------------------------------------------ French
FR("fr-liquidateur-judiciaire", "Me Olivier Caron <o.caron@mj-caron.example>", "SAS Boulangerie Favre - liquidation judiciaire - résiliation des contrats",
   """Madame, Monsieur,

En ma qualité de liquidateur judiciaire de la SAS Boulangerie Favre (SIRET 790 112 443 00018), désigné par jugement du Tribunal de commerce de Lyon du 2 mars 2026 (RG 2026/01234), je vous notifie la résiliation de l'ensemble des contrats en cours, dont l'abonnement CRM Runner souscrit par la société avec l'adresse contact@boulangerie-favre.example.

Je vous remercie de cesser tout prélèvement et de déclarer, le cas échéant, votre créance auprès de mon étude.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Maître Olivier Caron
Mandataire judiciaire
""", i="cancellation", k="request", date="2026-03-11 15:02", acct="3640229",
   em="contact@boulangerie-favre.example", dec=["790 112 443 00018", "RG 2026/01234"],
   rk=["liquidation judiciaire"], rc="business_closed", form="outlook-html",
   sig=["Étude Caron", "12 quai Saint-Antoine, 69002 Lyon"],
   notes="court-appointed liquidator terminates the company's contracts; registered address written in the body"),

FR("fr-belge-stopper-abonnement", "Ateliers Dumont <info@ateliers-dumont.example>", "Stopper abonnement",
   """Bonjour,

Je voudrais stopper mon abonnement à la fin du mois. On a trouvé un outil qui fait la même chose pour moins cher et qui est intégré à notre logiciel de facturation.

Bien à vous,
Benoît Dumont
Ateliers Dumont – Liège
""", i="cancellation", k="request", date="2026-06-18 08:26", tz="Europe/Brussels", acct="3641558",
   rk=["on a trouvé un outil qui fait la même chose pour moins cher"], rc="switched_service", form="gmail-alt",
   notes="Belgian, 'stopper mon abonnement'"),

FR("fr-quebec-me-desabonner", "Geneviève Tremblay", "Me désabonner de CRM Runner",
   """Bonjour,

J'aimerais me désabonner de CRM Runner. Merci de ne plus rien prélever sur ma carte à partir de maintenant.

Bonne journée
Geneviève
""", i="cancellation", k="request", date="2026-01-30 13:44", tz="America/Toronto", acct="3642074",
   form="apple-alt", notes="Quebec 'me désabonner de CRM Runner' + stop charging the card; not a newsletter"),

FR("fr-transfert-demande-nathalie", "Julien Marchal <j.marchal@agence-horizon.example>", "TR: Fin de l'abonnement CRM Runner",
   """Bonjour,

Voir ci-dessous la demande de Nathalie, notre directrice, qui est en congé cette semaine. Pouvez-vous la traiter et me confirmer ?

Merci,
Julien Marchal
Office manager

---------- Forwarded message ---------
De : Nathalie Roux <direction@agence-horizon.example>
Date: ven. 9 oct. 2026 à 18:12
Subject: Fin de l'abonnement CRM Runner
To: Julien Marchal <j.marchal@agence-horizon.example>

Julien, peux-tu faire le nécessaire pour mettre fin à notre abonnement CRM Runner à la fin du mois ? Nous n'utilisons plus l'outil depuis le passage à Salesforce.

Nathalie
""", i="cancellation", k="forward_request", date="2026-10-12 09:05", acct="3643816",
   rk=["depuis le passage à salesforce"], rc="switched_service", form="forward-inline",
   notes="office manager forwards the director's request"),

FR("fr-cameroun-arreter-connexion", "ets.ngono@yahoo.example", "arret abonnement",
   """Bjr, svp je veux arreter mon abonnement runner, ca ne marche pas bien chez nous la connexion internet est trop lente pour l application. Merci de ne plus debiter.
Ngono Ets, Yaoundé""", i="cancellation", k="request", date="2026-05-21 11:17", tz="Africa/Douala",
   acct="3644390", rk=["la connexion internet est trop lente pour l application"], rc="other",
   form="android", sloppy=True, notes="Cameroonian phone message without accents"),

FR("fr-suspendre-trois-mois", "Bâtir Plus <bureau@batirplus.example>", "Suspension abonnement ?",
   """Bonjour,

Est-ce qu'il est possible de suspendre notre abonnement pendant 3 mois ? On démarre un gros chantier à l'étranger et personne ne sera au bureau. On reprend en février.

Cordialement,
Yannick Lopes
""", i="other", k="pause", date="2026-10-20 07:35", acct="3645127", form="outlook-alt",
   notes="pause for three months"),

FR("fr-rgpd-prospect-salon", "Vincent Arnaud <v.arnaud@laposte.example>", "Suppression de mes données",
   """Bonjour,

Vous avez récupéré mes coordonnées lors du salon Vivatech. Je n'ai jamais été client et je ne souhaite pas l'être. Conformément au RGPD, merci de supprimer toutes les données me concernant et de ne plus me contacter.

V. Arnaud
""", i="other", k="data_deletion", date="2026-07-01 18:20", form="plain-qp",
   notes="non-customer GDPR erasure"),

FR("fr-desinscrire-newsletter", "François Masson", "newsletter",
   """Bonjour, pouvez-vous me désinscrire de la newsletter ? Je reçois 3 mails par semaine, c'est trop. Je garde l'abonnement bien sûr.
Merci
F. Masson""", i="other", k="newsletter_unsubscribe", date="2026-02-12 12:31", acct="3646603", form="gmail-alt",
   notes="newsletter unsubscribe, keeps the subscription"),

FR("fr-annuler-formation-en-ligne", "Émilie Leclerc", "Formation du 14",
   """Bonjour,

Je dois malheureusement annuler ma participation à la formation en ligne du 14 septembre (« Automatiser ses relances »). Est-ce qu'il y aura une autre session ?

Émilie
""", i="other", k="meeting_cancel", date="2026-09-10 10:49", acct="3647918", form="gmail-alt",
   notes="cancels participation in an online training"),

FR("fr-quebec-oubliez-ma-demande", "Réno Boily <info@renovationsboily.example>", "RE: fermer mon compte",
   """Finalement oubliez ma demande. Ma blonde va se servir du compte pour sa business de paysagement, gardez-le ouvert svp. Même carte.

Stéphane

-----Message d'origine-----
De : Réno Boily <info@renovationsboily.example>
Envoyé : 25 février 2026 20:10
À : support@crmrunner.example
Objet : fermer mon compte

Salut,

j'arrête. Ça coûte trop cher pour ce que j'en fais, je suis rendu à l'utiliser une fois par mois. Pouvez-vous fermer mon compte svp, pis arrêter de charger ma carte de crédit.
""", i="other", k="withdrawal", date="2026-02-26 21:30", tz="America/Toronto", acct="3541890", wd=True,
   irt="fr-quebec-j-arrete", form="reply-above-quote", mime="outlook-alt",
   notes="Quebec withdrawal of yesterday's request; request only in the quote"),

FR("fr-absente-du-bureau", "Cabinet Aubry <secretariat@cabinet-aubry.example>", "Absente du bureau : Votre facture CRM Runner",
   """Bonjour,

Je suis absente du bureau jusqu'au lundi 3 novembre inclus. Pour toute question urgente, merci de contacter Maître Aubry au 01 55 50 43 21.

Cordialement,
Isabelle, secrétariat
""", i="auto_reply", k="auto_reply", date="2026-10-27 09:30", acct="3648250", dec=["01 55 50 43 21"],
   hdrs={"Auto-Submitted": "auto-replied"}, irt="<out-20261027-0929.3648250@crmrunner.example>",
   form="outlook-alt", notes="out-of-office auto-reply"),

FR("fr-bounce-adresse-inconnue", "Mail Delivery System <MAILER-DAEMON@smtp.orange.example>", "Non remis : Re: Résiliation",
   """Ceci est un message automatique du serveur smtp.orange.example.

Votre message n'a pas pu être remis aux destinataires suivants :

<p.guerin@orange.example> : adresse inconnue (550 5.1.1 Mailbox does not exist)

--- Début du message non remis ---
From: Support CRM Runner <support@crmrunner.example>
To: p.guerin@orange.example
Subject: Re: Résiliation
Date: Thu, 05 Nov 2026 10:12:40 +0100

Bonjour Monsieur Guérin,

Pouvez-vous nous confirmer que vous souhaitez bien résilier votre abonnement à la fin de la période en cours ?

L'équipe CRM Runner
""", i="bounce", k="bounce", date="2026-11-05 10:13", form="bounce-plain", mime="plain-qp",
   notes="plain-text bounce without multipart/report, quoting support's résiliation question"),

# ------------------------------------------------------------------ Portuguese
PT("pt-encerramento-atividades-cnpj", "Distribuidora Ramos <financeiro@distribuidoraramos.example>", "Cancelamento da assinatura",
   """Prezados,

Solicito o cancelamento da assinatura do CRM Runner devido ao encerramento das atividades da empresa no final de agosto.

Dados da empresa: Distribuidora Ramos Ltda., CNPJ 12.345.678/0001-90.

Peço que não haja mais cobranças no boleto a partir de setembro.

Atenciosamente,
Cláudia Ramos
Financeiro
""", i="cancellation", k="request", date="2026-08-12 14:03", acct="3670180", dec=["12.345.678/0001-90"],
   rk=["encerramento das atividades da empresa"], rc="business_closed", form="outlook-alt",
   notes="clear request whose reason contains encerramento; CNPJ is a decoy"),

PT("pt-portugal-anular-subscricao", "Tiago Pereira", "Anular subscrição",
   """Boa tarde,

Queria anular a subscrição do Runner a partir do próximo mês. Mudámos para outra plataforma que já vinha com o nosso software de faturação.

Obrigado,
Tiago Pereira
""", i="cancellation", k="request", date="2026-04-14 15:36", tz="Europe/Lisbon", acct="3671645",
   rk=["mudámos para outra plataforma"], rc="switched_service", form="gmail-alt",
   notes="European Portuguese 'anular a subscrição do Runner'"),

PT("pt-encaminha-pedido-socio", "Juliana Prado <juliana@graficaponto.example>", "Fwd: crm",
   """Oi, segue o pedido do Marcos aqui embaixo. Ele é o dono da conta. Pode cancelar por favor?

Juliana

---------- Forwarded message ---------
De: Marcos Lima <marcos@graficaponto.example>
Date: ter., 7 de jul. de 2026 às 16:20
Subject: crm
To: Juliana Prado <juliana@graficaponto.example>

Ju, vamos cancelar o CRMRunner, ta caro demais pro que a gente usa. Manda um email pra eles pf
""", i="cancellation", k="forward_request", date="2026-07-07 17:02", acct="3672233",
   rk=["ta caro demais pro que a gente usa"], rc="too_expensive", form="forward-inline", sloppy=True,
   notes="partner forwards the owner's decision and asks to cancel"),

PT("pt-desativar-renovacao-anual", "Renata Alves", "Renovação automática",
   """Olá,

Não quero renovar a assinatura anual que vence dia 10/09. Por favor desativem a renovação automática e não cobrem o cartão.

Renata Alves
""", i="cancellation", k="request", date="2026-08-28 11:25", acct="3673902", form="gmail-alt",
   notes="do not renew the yearly plan; date 10/09 is not an id"),

PT("pt-tirar-usuario-financeiro", "Clínica Bem-Estar <adm@clinicabemestar.example>", "usuário financeiro",
   """Bom dia!

Pode tirar o usuário financeiro da nossa conta? A Débora saiu da clínica e não vamos colocar ninguém no lugar, então não precisa mais cobrar essa licença.

Obrigada,
Sílvia – administração
""", i="cancellation", k="request_seat", date="2026-06-01 08:40", acct="3674471", un="financeiro",
   form="gmail-alt", notes="remove a colleague's seat whose login is an ordinary word (financeiro)"),

PT("pt-team-para-starter", "Lucas Ferraz", "Mudar plano",
   """E aí, tudo bem?

Quero passar do Team pro Starter a partir do mês que vem. O time encolheu e só eu uso agora. Não quero cancelar, só diminuir.

Lucas
""", i="other", k="downgrade", date="2026-09-17 13:13", acct="3675066", form="iphone",
   notes="downgrade, explicitly not cancelling"),

PT("pt-como-cancelo-app", "Andrea Souza", None,
   """como eu cancelo? nao acho a opcao no app""", i="other", k="how_to", band="maybe",
   date="2026-03-05 23:48", acct="3676310", form="android", sloppy=True,
   notes="how-to alone without a stated decision; no subject"),

PT("pt-ja-cancelei-cobraram", "Rui Carvalho", "Cobrança após cancelamento",
   """Boa tarde,

Cancelei a conta em julho, tenho o email de confirmação. Em agosto voltaram a cobrar 49,00 € no cartão terminado em 4410. Exijo a devolução desse valor.

Rui Carvalho
""", i="other", k="already_cancelled", date="2026-08-04 17:45", tz="Europe/Lisbon", acct="3677728",
   refund=True, dec=["49,00 €", "4410"], form="plain-qp", notes="already cancelled but charged; refund"),

PT("pt-desmarcar-demonstracao", "Startup Pulso <hello@pulso.example>", "Demo amanhã",
   """Oi Carla,

vou precisar cancelar a demonstração de amanhã às 10h, pintou uma reunião com investidor. Consegue quinta no mesmo horário?

Abs
Gustavo
""", i="other", k="meeting_cancel", date="2026-05-19 18:02", acct="3678849", form="gmail-alt",
   notes="cancels a product demo"),

PT("pt-obrigada-confirmacao-luiza", "Luiza Freitas", "Re: Cancelamento",
   """Recebi a confirmação, obrigada pela rapidez!

Luiza

Em qua., 18 de mar. de 2026 às 12:47, Luiza Freitas <luiza.freitas@uol.example> escreveu:
> Oi, quero cancelar o CRM Runner. Não estou usando faz tempo.
""", i="other", k="thanks", date="2026-03-19 09:10", acct="3570312", irt="pt-quero-cancelar-crm-runner",
   form="reply-above-quote", mime="gmail-alt", notes="thanks after confirmation"),

PT("pt-resposta-automatica-portugal", "Tiago Pereira", "Resposta automática: Re: Anular subscrição",
   """Obrigado pelo seu email. Estarei ausente até dia 27 de abril. Para assuntos urgentes ligue para 21 555 0187.

Tiago Pereira
""", i="auto_reply", k="auto_reply", date="2026-04-16 08:00", tz="Europe/Lisbon", acct="3671645",
   dec=["21 555 0187"], hdrs={"Auto-Submitted": "auto-replied"},
   irt="<out-20260416-0759.3671645@crmrunner.example>", form="plain-qp", notes="out-of-office auto-reply"),

PT("pt-mixed-english-pipedrive", "Startup Pulso <hello@pulso.example>", "cancelamento / cancellation",
   """Hi team,

quero cancelar nossa subscription do Runner no fim deste ciclo. We are moving to Pipedrive next month, então não precisa renovar.

Obrigado!
Gustavo Reis
""", i="cancellation", k="request", date="2026-10-23 15:50", acct="3678849",
   rk=["we are moving to pipedrive next month"], rc="switched_service", form="gmail-alt", sloppy=True,
   notes="Brazilian mixed Portuguese/English"),
]
