"""Round 1: de, es, fr, pt (12 each). Hand-written texts."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
4510231 notariat-brunner sekretariat@notariat-brunner.example yearly cur=CHF tier=pro
4510388 sepp.huber brauerei@huber-braeu.example monthly
4510412 tanzschule-lindner office@tanzschule-lindner.example monthly
4510577 kita-sonnenhof leitung@kita-sonnenhof.example yearly
4510690 hafenkante-admin dispo@hafenkante-makler.example monthly tier=team
4510691 hafenkante m.lehmann@hafenkante-makler.example monthly
4510733 schreinerei-oswald info@schreinerei-oswald.example monthly
4510845 gaertnerei-pohl pohl@gaertnerei-pohl.example monthly
4510902 physio-am-markt praxis@physio-am-markt.example monthly
4510967 weinbau-kessler kessler@weingut-kessler.example yearly
4511020 buero-vogt a.vogt@vogt-ingenieure.example monthly
4520114 horta-coop comunicacio@lhorta-coop.example monthly
4520236 clinicas-sonrisa direccion@clinicas-sonrisa.example monthly cur=MXN tier=team
4520371 yoga-palermo hola@shantiyoga-palermo.example monthly cur=USD
4520488 clinica-ribera recepcion@clinica-ribera.example monthly
4520519 forn-de-pa forn@forn-sant-pere.example monthly
4520622 ferreteria-olmos compras@ferreteria-olmos.example monthly
4520745 almacen2 marisa@distribuciones-arce.example monthly
4520746 arce-admin gerencia@distribuciones-arce.example monthly tier=team
4520803 grafica-bogota diseno@grafica-candelaria.example monthly cur=USD
4520911 hostal-tarifa reservas@hostal-levante.example monthly
4521033 abogada-rivas despacho@rivas-abogados.example yearly cur=USD
4530167 atelier-dewit studio@atelier-dewit.example yearly
4530290 deneigement-gagnon info@deneigement-gagnon.example monthly cur=CAD
4530344 ong-jokkoo admin@jokkoo-ong.example monthly
4530456 asso-velo-lyon bureau@velo-croix-rousse.example monthly
4530512 salle-escalade contact@bloc-et-bleu.example monthly
4530623 stagiaire stagiaire@fromagerie-mercier.example monthly
4530624 fromagerie-mercier claire@fromagerie-mercier.example monthly tier=team
4530778 gite-des-combes gite@les-combes.example monthly
4530819 imprimerie-roux p.roux@imprimerie-roux.example monthly
4530933 traiteur-ndiaye commandes@traiteur-ndiaye.example monthly
4531004 cabinet-kine-ladoux secretariat@kine-ladoux.example status=trial
4540125 surf-ericeira escola@ondaboa-surf.example monthly
4540233 menezes-adv paulo.menezes@menezesadv.example monthly cur=BRL tier=pro
4540347 kwanza-import geral@kwanza-import.example yearly cur=USD
4540481 padaria-vila contato@padariavilamadalena.example monthly cur=BRL
4540592 studio-pilates-bh agenda@pilatesbh.example monthly cur=BRL
4540619 eventos-serra producao@serraeventos.example monthly cur=BRL
4540728 contab-porto geral@contabilidade-ribeira.example monthly
4540834 tesouraria tesouraria@agro-cerrado.example monthly cur=BRL
4540835 agro-cerrado diretoria@agro-cerrado.example monthly cur=BRL tier=team
4540941 otica-central otica@oticacentral-cwb.example monthly cur=BRL
4541052 autoescola-rio secretaria@autoescola-tijuca.example monthly cur=BRL
""")

MESSAGES = [
# ------------------------------------------------------------------ de
DE("notariat-ordentliche-kuendigung", "Brunner Notariat", "Ordentliche Kündigung Vertrag CRM Runner",
"""Sehr geehrte Damen und Herren

Hiermit kündigen wir den mit Ihnen bestehenden Abonnementsvertrag fristgerecht auf das Ende der laufenden Vertragsperiode, d.h. per 31. Dezember 2026.

Wir ersuchen Sie um eine schriftliche Bestätigung des Kündigungstermins an die oben genannte Adresse.

Freundliche Grüsse

i.A. Corinne Meier
Sekretariat""",
    i="cancellation", k="request", date="2026-09-14 10:22", tz="Europe/Zurich", acct="4510231",
    form="outlook-html", sig=["Notariat Dr. iur. Peter Brunner", "Bahnhofstrasse 71, 8001 Zürich", "UID CHE-109.384.221 MWST", "Tel. +41 44 555 01 37"],
    dec=["CHE-109.384.221", "8001", "+41 44 555 01 37", "31. Dezember 2026"],
    notes="Swiss formal notice, ordentliche Kündigung fristgerecht per year end; UID, postcode and phone are decoys"),

DE("brauerei-wir-hoeren-auf", "Sepp Huber", "Runner",
"""Servus,
wir hören auf mit dem Runner, bitte ab nächsten Monat nix mehr abbuchen. Hat sich einfach nicht rentiert für uns.
Gruß Sepp
Huber Bräu""",
    i="cancellation", k="request", date="2026-03-02 07:48", acct="4510388", form="iphone",
    rk=["hat sich einfach nicht rentiert"], rc="too_expensive", sloppy=True,
    notes="Bavarian brewery owner on phone; 'wir hören auf' + 'nix mehr abbuchen' without the verb kündigen"),

DE("brauerei-doch-weiter", "Sepp Huber", "Re: Runner",
"""Hallo nochmal,
mein Sohn hat mir jetzt gezeigt wie man die Bestellungen von den Wirten direkt reinholt, das taugt uns doch. Ich zieh meine Kündigung zurück, bitte einfach weiterlaufen lassen.
Sepp

> Servus,
> wir hören auf mit dem Runner, bitte ab nächsten Monat nix mehr abbuchen. Hat sich einfach nicht rentiert für uns.
> Gruß Sepp""",
    i="other", k="withdrawal", wd=True, date="2026-03-05 19:12", acct="4510388", form="iphone",
    irt="brauerei-wir-hoeren-auf", sloppy=True,
    notes="withdraws the earlier request ('zieh meine Kündigung zurück'); cancellation words only in quote"),

DE("tanzschule-mitarbeiter-gekuendigt", "Tanzschule Lindner", "Kündigung unseres Mitarbeiters – Zugang umschreiben",
"""Liebes Support-Team,

unser Mitarbeiter Herr Florian Gratzl hat mit Ende Februar gekündigt. Sein Zugang soll aber nicht verloren gehen, weil da alle Kursanmeldungen für den Faschingsball drin hängen.

Können Sie seinen Benutzer bitte auf unsere neue Kollegin Frau Jana Novak umschreiben (jana.novak@tanzschule-lindner.example)? Einen zusätzlichen Platz brauchen wir nicht.

Danke und liebe Grüße aus der Josefstadt
Gabriele Lindner""",
    i="other", k="question", date="2026-02-23 16:05", tz="Europe/Vienna", acct="4510412", form="gmail-alt",
    notes="'Kündigung unseres Mitarbeiters' = employee resigned; wants the seat reassigned, not removed or cancelled"),

DE("kita-auslaufen-lassen", "Kita Sonnenhof Leitung", "Vertrag Kita Sonnenhof",
"""Guten Tag,

unser Träger stellt ab Januar alle Einrichtungen auf ein gemeinsames Verwaltungsprogramm um. Den Vertrag für die Kita Sonnenhof bitte daher zum Jahresende auslaufen lassen und nicht mehr verlängern.

Die letzte Rechnung bitte wie gewohnt an die Kita-Adresse.

Mit freundlichen Grüßen
Birgit Tallmann
Kita-Leitung""",
    i="cancellation", k="request", date="2026-10-06 13:30", acct="4510577", form="outlook-alt",
    rk=["gemeinsames verwaltungsprogramm"], rc="switched_service",
    notes="'zum Jahresende auslaufen lassen und nicht mehr verlängern' = non-renewal request"),

DE("hafenkante-platz-entfernen", "Dispo Hafenkante", "Lizenz Lehmann",
"""Moin,

Herr Lehmann ist zum 30.06. bei uns ausgeschieden. Bitte seinen Zugang (Login hafenkante) entfernen, den Platz wollen wir ab Juli nicht mehr bezahlen.

Die übrigen drei Nutzer bleiben wie gehabt.

Gruß aus Hamburg
Tanja Brömmer
Hafenkante Schiffsmakler GmbH""",
    i="cancellation", k="request_seat", un="hafenkante", date="2026-06-29 08:41", acct="4510690", form="gmail-alt",
    dec=["30.06."],
    notes="owner asks to remove a colleague's paid seat; the login is an ordinary-looking word"),

DE("schreinerei-abwesend", "info@schreinerei-oswald.example", "Automatische Antwort: Ihre Rechnung März",
"""Vielen Dank für Ihre Nachricht.

Wir sind vom 24.03. bis einschließlich 07.04. im Betriebsurlaub. In dringenden Fällen erreichen Sie Herrn Oswald mobil unter 0170 5550143.

Ihre E-Mail wird nicht weitergeleitet.

Schreinerei Oswald""",
    i="auto_reply", k="auto_reply", date="2026-03-25 09:02", acct="4510733", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    dec=["0170 5550143"],
    notes="holiday auto-reply of a joinery"),

DE("gaertnerei-mandat", "Gärtnerei Pohl", "SEPA Lastschrift",
"""Hallo,

wir möchten das SEPA-Lastschriftmandat widerrufen und ab der nächsten Rechnung lieber per Kreditkarte zahlen, die Bank verlangt bei uns neuerdings Gebühren für jede Lastschrift. Wie geht das am einfachsten? Im Konto finde ich nur "Zahlungsmethode hinzufügen".

Viele Grüße
Hannelore Pohl""",
    i="other", k="question", date="2026-05-11 11:17", acct="4510845", form="plain-qp",
    notes="revoking the SEPA mandate to switch payment method; subscription continues"),

DE("steuerbuero-weiterleitung-physio", "Steuerkanzlei Brandl <k.brandl@kanzlei-brandl.example>", "WG: Abo",
"""Sehr geehrte Damen und Herren,

anbei die Nachricht unserer Mandantin Frau Albers zur Kenntnis und Erledigung. Bitte bestätigen Sie die Beendigung direkt an sie.

Mit freundlichen Grüßen
Klaus Brandl
Steuerberater

---------- Forwarded message ---------
Von: Physio am Markt <praxis@physio-am-markt.example>
Date: Mo., 17. Aug. 2026 um 18:02
Subject: Abo
To: Klaus Brandl <k.brandl@kanzlei-brandl.example>

Hallo Herr Brandl,
das war's für uns mit dem CRM Runner, die Terminverwaltung läuft jetzt über die Software vom Verband. Können Sie das bitte für mich erledigen, ich komme einfach nicht dazu.
Danke, Sabine Albers""",
    i="cancellation", k="forward_request", date="2026-08-18 09:10", acct="4510902", form="forward-inline",
    rk=["software vom verband"], rc="switched_service",
    notes="tax adviser forwards the owner's 'das war's für uns'; account from the forwarded registered address"),

DE("weingut-preiserhoehung-drohung", "Weingut Kessler", "Preiserhöhung?",
"""Hallo,

ich lese in Ihrem Newsletter, dass die Jahreslizenz ab Oktober teurer wird. Falls das auch für Bestandskunden gilt, werden wir uns das sehr genau überlegen, dann sind wir wohl weg. Gilt die neue Preisliste auch für uns?

Gruß
Jochen Kessler""",
    i="other", k="hypothetical", date="2026-07-20 20:44", acct="4510967", form="gmail-alt",
    notes="conditional threat ('falls ... dann sind wir wohl weg') with a question; no request"),

DE("physio-ps-uebergabe", "Praxis Physio am Markt", "Fehler beim Export der Termine",
"""Hallo zusammen,

seit dem letzten Update bricht der CSV-Export der Termine nach etwa 200 Zeilen ab. Ich habe es mit Firefox und Edge probiert, immer das gleiche. Die Datei ist dann 14 KB groß und endet mitten in einer Zeile. Könnten Sie sich das ansehen? Ich brauche den kompletten Export, weil wir alles ins neue System übernehmen müssen.

Danke!
Sabine Albers

PS: Falls mein Steuerberater sich nicht schon gemeldet hat: bitte das Abo nach diesem Monat beenden, wir wechseln wie gesagt. Bis dahin brauche ich aber den Export.""",
    i="cancellation", k="request", date="2026-08-19 07:55", acct="4510902", form="gmail-alt",
    dec=["14 KB"], rk=["wir wechseln"], rc="switched_service",
    notes="bug report whose P.S. repeats the request to end the subscription (switching systems)"),

DE("vogt-kuendigung-rueckerstattung", "Andreas Vogt", "Kündigung + Frage Erstattung",
"""Hallo,

bitte kündigen Sie unser Konto zum nächstmöglichen Termin. Wir sind ein Zwei-Mann-Büro und nutzen eigentlich nur noch den Kalender, das geht auch mit Outlook.

Frage: Wir haben im Februar noch einen Zusatzplatz gebucht und bezahlt, der nie benutzt wurde. Kann man den anteilig erstattet bekommen?

Gruß
A. Vogt
Vogt Ingenieure, Freiburg""",
    i="cancellation", k="request", date="2026-04-08 14:26", acct="4511020", form="outlook-alt", refund=True,
    rk=["nutzen eigentlich nur noch den kalender"], rc="unused",
    notes="clear request plus refund question for an unused seat"),

# ------------------------------------------------------------------ es
ES("cooperativa-ya-no-seguimos", "Cooperativa l'Horta", "Programa de socios",
"""Bon dia / buenos días,

os escribo desde la cooperativa. En la asamblea del sábado se decidió que ya no seguimos con el programa, somos pocos y volvemos a llevar los socios en la hoja de cálculo de siempre. Así que no renovéis en septiembre, por favor.

Gracias por todo, de verdad.
Núria Ferrer
Cooperativa l'Horta de Vic""",
    i="cancellation", k="request", date="2026-08-24 12:03", acct="4520114", form="gmail-alt",
    rk=["volvemos a llevar los socios en la hoja de cálculo"], rc="switched_service",
    notes="Catalan cooperative; 'ya no seguimos' + 'no renovéis' without cancelar; greeting in Catalan"),

ES("clinicas-rescision", "Dirección Clínicas Sonrisa", "Rescisión del contrato de servicio",
"""Estimados señores:

Por medio del presente, y con fundamento en la cláusula de terminación de los términos de servicio aceptados, les notificamos nuestra decisión de dar por terminado el contrato de suscripción de Clínicas Dentales Sonrisa, S.A. de C.V., con efectos al término del periodo mensual en curso.

Les solicitamos confirmar por escrito la rescisión y abstenerse de realizar cargos posteriores a la tarjeta registrada.

Sin otro particular, quedamos de ustedes.

Lic. Fernanda Ocampo Ruiz
Directora Administrativa""",
    i="cancellation", k="request", date="2026-05-29 17:40", tz="America/Mexico_City", acct="4520236",
    form="outlook-html", sig=["Clínicas Dentales Sonrisa, S.A. de C.V.", "RFC CDS980514KJ2", "Av. Vallarta 1520, Guadalajara, Jal.", "Tel. 33 5550 1192"],
    dec=["CDS980514KJ2", "33 5550 1192"],
    notes="Mexican formal notice (rescisión / dar por terminado el contrato) in Outlook HTML; RFC tax id and phone are decoys"),

ES("yoga-sacalo-nomas", "Shanti Yoga Palermo", "",
"""hola! dejamos de usarlo, las chicas se manejan con whatsapp y listo. saquenlo nomas y no me cobren mas porfa. gracias!! namaste
Lu""",
    i="cancellation", k="request", date="2026-06-03 22:15", tz="America/Argentina/Buenos_Aires", acct="4520371",
    form="iphone", rk=["dejamos de usarlo", "se manejan con whatsapp"], rc="unused", sloppy=True,
    notes="Argentine yoga studio on phone, empty subject, no accents; 'sáquenlo nomás, no me cobren más'"),

ES("clinica-baja-medica", "Recepción Clínica Ribera", "Cambio de correo de facturas",
"""Buenos días:

Nuestra administrativa, Lorena, está de baja médica desde el lunes y no sabemos cuánto tiempo estará fuera. Las facturas de CRM Runner le llegan a ella; ¿se puede cambiar el correo de facturación a este de recepción mientras tanto?

Un saludo,
Pilar
Clínica Ribera (Zaragoza)""",
    i="other", k="question", date="2026-02-10 09:34", acct="4520488", form="gmail-alt",
    notes="'baja médica' = sick leave; asks to change billing address"),

ES("forn-no-renoveu", "Forn Sant Pere", "Baixa / baja",
"""Hola,

Os pido que deis de baja la cuenta del Forn Sant Pere. Jubilación del jefe, cerramos a final de mes después de 38 años.

Jordi Puig""",
    i="cancellation", k="request", date="2026-04-14 15:50", acct="4520519", form="android",
    rk=["cerramos a final de mes"], rc="business_closed", dec=["38 años"],
    notes="bakery closing; short request, mixed Catalan/Spanish subject"),

ES("forn-olvidad-correo", "Forn Sant Pere", "Re: Baixa / baja",
"""Hola otra vez,

olvidad mi correo anterior. Mi hija se queda con el obrador y quiere seguir con todo igual, también con el programa. Dejadlo activo, por favor, y si hace falta cambiar algo ya os escribirá ella.

Moltes gràcies,
Jordi

El mar., 14 abr. 2026 a las 15:50, Forn Sant Pere (<forn@forn-sant-pere.example>) escribió:
> Hola,
>
> Os pido que deis de baja la cuenta del Forn Sant Pere. Jubilación del jefe, cerramos a final de mes después de 38 años.
>
> Jordi Puig""",
    i="other", k="withdrawal", wd=True, date="2026-04-20 10:08", acct="4520519", form="gmail-alt", irt="forn-no-renoveu",
    notes="'olvidad mi correo anterior ... dejadlo activo' withdraws the baja; request only in the quote"),

ES("ferreteria-cargo-duplicado", "Compras Ferretería Olmos", "Cargo duplicado factura F-2026-0412",
"""Buenas tardes,

En el extracto del banco de abril nos aparecen dos cargos de 49,00 € con la misma referencia (factura F-2026-0412). Por favor, anulen uno de los dos cargos y devuélvannos el importe. La suscripción sigue igual, solo es el duplicado.

Atentamente,
Ramón Olmos""",
    i="other", k="refund_only", refund=True, date="2026-05-04 17:12", acct="4520622", form="outlook-alt",
    dec=["F-2026-0412", "49,00 €"],
    notes="'anulen uno de los cargos' = duplicate charge refund; subscription continues"),

ES("arce-quitar-marisa", "Gerencia Distribuciones Arce", "Usuaria Marisa",
"""Hola,

Marisa ya no trabaja con nosotros desde el viernes. Quitadle el usuario (almacen2) y que no se cobre esa licencia a partir de ahora. Las otras cuentas se quedan.

Saludos,
Enrique Arce""",
    i="cancellation", k="request_seat", un="almacen2", date="2026-09-07 08:19", acct="4520746", form="gmail-alt",
    notes="owner removes an employee's seat; login 'almacen2' belongs to the seat account, labelled account is the owner's"),

ES("grafica-newsletter", "Gráfica Candelaria", "Desuscribir",
"""Buenas, por favor sáquenme de la lista del boletín mensual de novedades, me llega por duplicado a dos correos y no lo leo. La cuenta la sigo usando normal.
Mil gracias,
Camilo""",
    i="other", k="newsletter_unsubscribe", date="2026-03-18 11:45", tz="America/Bogota", acct="4520803", form="gmail-alt",
    notes="Colombian designer unsubscribes from the newsletter only; says the account stays"),

ES("hostal-bajar-plan", "Hostal Levante", "¿Plan más barato?",
"""Hola,

en invierno casi no tenemos huéspedes y el plan Pro se nos hace caro. Antes de plantearnos cancelar, ¿podemos pasar al Starter de noviembre a marzo y luego volver al Pro? ¿Se pierde algo de lo que tenemos guardado?

Gracias,
Maite
Hostal Levante, Tarifa""",
    i="other", k="downgrade", date="2026-10-21 13:27", acct="4520911", form="apple-alt",
    notes="seasonal downgrade question; cancelling only mentioned as the alternative"),

ES("rivas-como-se-da-de-baja", "Despacho Rivas", "consulta",
"""Buenos días, ¿cuál es el procedimiento para dar de baja una cuenta anual? No encuentro la opción en la configuración.
Gracias.
Lucía Rivas""",
    i="other", k="how_to", band="maybe", date="2026-01-19 10:02", tz="America/Bogota", acct="4521033", form="plain-qp",
    notes="how-to question alone, no stated decision"),

ES("bounce-grafica", "Mail Delivery Subsystem <mailer-daemon@mx.grafica-candelaria.example>", "Delivery Status Notification (Failure)",
"",
    i="bounce", k="bounce", date="2026-07-02 06:31", tz="America/Bogota", form="dsn", acct="4520803",
    dsn=dict(human="""No se pudo entregar el mensaje a diseno@grafica-candelaria.example.

El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Inténtelo más tarde o póngase en contacto con el destinatario de otra forma.""",
             mta="mx.grafica-candelaria.example", rcpt="diseno@grafica-candelaria.example", status="5.2.2",
             diag="smtp; 552 5.2.2 Mailbox full", remote="mx.grafica-candelaria.example",
             returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="diseno@grafica-candelaria.example",
                           subj="Tu factura de julio", date="2026-07-02 06:30",
                           body="Hola Camilo,\n\nadjuntamos tu factura de julio. Gracias por seguir con nosotros.\n\nEl equipo de CRM Runner")),
    notes="mailbox-full DSN for support's invoice mail to a customer"),

# ------------------------------------------------------------------ fr
FR("architecte-preavis-resiliation", "Atelier De Wit", "Préavis de résiliation – abonnement annuel",
"""Madame, Monsieur,

Par la présente, je vous notifie mon préavis de résiliation de l'abonnement annuel souscrit au nom de l'Atelier d'architecture De Wit, avec effet à la date d'échéance du contrat.

L'atelier cesse ses activités au 31 décembre, suite à mon départ à la retraite.

Je vous saurais gré de bien vouloir m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marc De Wit
Architecte""",
    i="cancellation", k="request", date="2026-10-02 09:14", tz="Europe/Brussels", acct="4530167",
    form="outlook-alt", sig=["Atelier d'architecture De Wit", "Rue de la Source 14, 1060 Saint-Gilles", "BCE/TVA BE 0712.345.678", "+32 2 555 01 88"],
    dec=["BE 0712.345.678", "1060", "+32 2 555 01 88"],
    rk=["cesse ses activités"], rc="business_closed",
    notes="Belgian architect, formal 'préavis de résiliation'; VAT/BCE number, postcode and phone are decoys"),

FR("deneigement-on-ferme", "Déneigement Gagnon", "Fermeture du compte",
"""Bonjour,

On arrête les frais. J'ai vendu la business à mon beau-frère pis lui a déjà son propre système. Fermez le compte svp, pis chargez plus rien sur la carte.

Merci ben
Réjean Gagnon""",
    i="cancellation", k="request", date="2026-04-16 18:40", tz="America/Toronto", acct="4530290", form="gmail-alt",
    rk=["j'ai vendu la business"], rc="business_closed", sloppy=True,
    notes="Quebec snow-removal owner; 'on arrête les frais ... fermez le compte', Québécois register"),

FR("ong-bail-resilie", "ONG Jokkoo Administration", "Changement d'adresse de facturation",
"""Bonjour,

Suite à la résiliation de notre bail à Sacré-Cœur 3, nos bureaux déménagent à partir du 1er juin à la Cité Keur Gorgui, villa 27. Merci de mettre à jour l'adresse sur les prochaines factures.

Cordialement,
Awa Diop
Responsable administrative et financière""",
    i="other", k="other", date="2026-05-22 11:02", tz="Africa/Dakar", acct="4530344", form="outlook-alt",
    dec=["villa 27"],
    notes="Senegalese NGO; 'résiliation de notre bail' is the office lease, asks for an address update"),

FR("velo-cloturer-espace", "Asso Vélo Croix-Rousse", "Notre espace",
"""Bonjour,

Merci de clôturer notre espace. L'atelier vélo participatif a perdu son local et l'association est mise en sommeil pour au moins un an, on n'a plus de budget pour les abonnements.

Bonne continuation,
Léa pour le bureau""",
    i="cancellation", k="request", date="2026-02-26 20:31", acct="4530456", form="gmail-alt",
    rk=["mise en sommeil", "plus de budget"], rc="business_closed",
    notes="'merci de clôturer notre espace' = close the account; association dormant"),

FR("velo-finalement-on-reste", "Asso Vélo Croix-Rousse", "Re: Notre espace",
"""Re-bonjour,

Finalement on reste ! La mairie nous prête une salle à partir de mars. Si ce n'est pas encore fait, ne fermez rien, désolée pour le dérangement.

Léa

Le jeu. 26 févr. 2026 à 20:31, Asso Vélo Croix-Rousse <bureau@velo-croix-rousse.example> a écrit :
> Bonjour,
>
> Merci de clôturer notre espace. L'atelier vélo participatif a perdu son local et l'association est mise en sommeil pour au moins un an, on n'a plus de budget pour les abonnements.""",
    i="other", k="withdrawal", wd=True, date="2026-03-01 12:10", acct="4530456", form="gmail-alt", irt="velo-cloturer-espace",
    notes="'finalement on reste ... ne fermez rien' withdraws the earlier request"),

FR("escalade-webinaire", "Bloc et Bleu", "Annulation inscription webinaire",
"""Bonjour,

je dois annuler mon inscription au webinaire « Automatiser ses relances » du jeudi 12 mars, j'ai une ouverture de salle ce soir-là. Est-ce qu'il y aura un replay ?

Merci,
Thomas""",
    i="other", k="meeting_cancel", date="2026-03-09 14:55", acct="4530512", form="gmail-alt",
    notes="cancels a webinar registration, not the subscription"),

FR("fromagerie-acces-stagiaire", "Claire Mercier", "Accès stagiaire",
"""Bonjour,

Notre stagiaire a fini son stage vendredi. Pouvez-vous supprimer son accès (identifiant : stagiaire) et arrêter de nous facturer cette licence ?

Merci d'avance,
Claire Mercier
Fromagerie Mercier – Annecy""",
    i="cancellation", k="request_seat", un="stagiaire", date="2026-07-27 10:40", acct="4530624", form="apple-alt",
    notes="owner removes the intern's seat; the login is the common word 'stagiaire'"),

FR("gite-suspendre", "Gîte des Combes", "Suspendre pendant l'hiver ?",
"""Bonjour,

le gîte est fermé de novembre à mars. Plutôt que de résilier et de tout recommencer au printemps, est-ce possible de suspendre l'abonnement pendant ces mois-là ? Je garderais mes fiches clients.

Merci,
Odile Perrin""",
    i="other", k="pause", date="2026-10-12 19:22", acct="4530778", form="gmail-alt",
    notes="asks for a seasonal pause; 'résilier' only as the rejected alternative"),

FR("imprimerie-oui-allez-y", "Pierre Roux", "RE: Votre demande – résiliation",
"""Oui, allez-y, à la fin de la période c'est très bien.

P. Roux

-----Message d'origine-----
De : Support CRM Runner <support@crmrunner.example>
Envoyé : mardi 9 juin 2026 16:12
À : p.roux@imprimerie-roux.example
Objet : Votre demande – résiliation

Bonjour Monsieur Roux,

Nous avons bien reçu votre message au sujet de votre abonnement. Souhaitez-vous que nous le résiliions à la fin de la période de facturation en cours (30 juin) ?

Bien cordialement,
L'équipe CRM Runner""",
    i="cancellation", k="follow_up", date="2026-06-10 08:03", acct="4530819", form="reply-above-quote", mime="outlook-alt",
    irt="<support-2026-0609-roux@crmrunner.example>",
    notes="one-line yes above support's question whether to cancel at period end; labelled by its meaning in the thread"),

FR("traiteur-absent", "Traiteur Ndiaye", "Réponse automatique : Relance facture",
"""Bonjour,

Je suis absente jusqu'au 18 août inclus, avec un accès limité à mes mails. Pour les commandes de mariage, merci d'appeler le 06 55 50 12 34.

Fatou Ndiaye""",
    i="auto_reply", k="auto_reply", date="2026-08-04 07:00", acct="4530933", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"}, dec=["06 55 50 12 34"],
    notes="out-of-office auto-reply"),

FR("kine-fin-essai", "Cabinet Kiné Ladoux", "Fin de l'essai",
"""Bonjour,

On ne continue pas après l'essai, l'outil est trop complet pour un petit cabinet comme le nôtre. Est-ce que je dois faire quelque chose ou ça s'arrête tout seul à la fin des 14 jours ? Je ne voudrais pas être prélevée.

Merci,
Sandrine
secrétariat""",
    i="cancellation", k="request", date="2026-09-03 12:48", acct="4531004", form="gmail-alt", amb=True,
    rk=["trop complet pour un petit cabinet"], rc="too_complex",
    notes="trial user states she won't continue and asks whether to act; chosen reading: cancellation (decision stated), ambiguous"),

# ------------------------------------------------------------------ pt
PT("surf-nao-vamos-continuar", "Escola Onda Boa", "runner",
"""ola bom dia
nao vamos continuar com o runner depois de outubro. a escola fecha no inverno e para o ano logo se ve
obrigado
Duarte""",
    i="cancellation", k="request", date="2026-09-28 09:37", tz="Europe/Lisbon", acct="4540125", form="android",
    rk=["a escola fecha no inverno"], rc="other", sloppy=True,
    notes="Lisbon-area surf school on phone without accents; 'não vamos continuar' depois de outubro"),

PT("advocacia-secretaria-pede", "Renata Alves <renata.alves@menezesadv.example>", "Cancelamento assinatura - Dr. Paulo Menezes",
"""Bom dia,

Escrevo em nome do Dr. Paulo Menezes, sócio do escritório. Ele pediu que a assinatura do CRM Runner seja cancelada a partir do próximo mês, pois o escritório passou a usar o sistema jurídico integrado do tribunal.

O cadastro está no e-mail dele: paulo.menezes@menezesadv.example

Qualquer dúvida, estou à disposição.

Att.,
Renata Alves
Secretária
Menezes & Associados Advocacia
(11) 5550-0187""",
    i="cancellation", k="request", em="paulo.menezes@menezesadv.example", date="2026-05-18 10:25", acct="4540233",
    form="outlook-alt", rk=["sistema jurídico integrado do tribunal"], rc="switched_service", dec=["(11) 5550-0187"],
    notes="Brazilian law firm secretary writes for the partner; registered address given in body, sender not owner"),

PT("kwanza-denuncia-contrato", "Kwanza Import Lda - Geral", "Denúncia do contrato de subscrição",
"""Exmos. Senhores,

Vimos por este meio comunicar a denúncia do contrato de subscrição celebrado entre a Kwanza Import, Lda. e V. Exas., com efeitos no termo do período anual em curso, não pretendendo a sua renovação.

Solicitamos a confirmação por escrito da presente denúncia.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.

A Gerência""",
    i="cancellation", k="request", date="2026-07-07 15:02", tz="Africa/Luanda", acct="4540347", form="outlook-html",
    sig=["Kwanza Import, Lda.", "Rua Rainha Ginga, 112 – Luanda", "NIF 5417003921", "+244 923 555 014"],
    dec=["5417003921", "+244 923 555 014"],
    notes="Angolan importer, formal 'denúncia do contrato ... não pretendendo a sua renovação'; NIF and phone are decoys"),

PT("padaria-encerrar-tudo", "Padaria Vila Madalena", "encerrar",
"""Oi pessoal, podem encerrar tudo. A gente fechou a loja no fim de agosto, o aluguel ficou impossível. Obrigada pelo tempo que ficamos com vocês.
Cida""",
    i="cancellation", k="request", date="2026-09-02 21:14", tz="America/Sao_Paulo", acct="4540481", form="iphone",
    rk=["fechou a loja", "o aluguel ficou impossível"], rc="business_closed",
    notes="'podem encerrar tudo' from a closed bakery"),

PT("pilates-ja-cancelei-parem", "Studio Pilates BH", "COBRANÇA INDEVIDA",
"""Boa tarde.
Eu já cancelei pelo site no dia 12 de maio, tenho até o print da tela de confirmação. Mesmo assim veio cobrança de R$ 99,00 no cartão em junho. Parem as cobranças e devolvam esse valor, por favor.
Juliana""",
    i="other", k="already_cancelled", refund=True, date="2026-06-15 16:33", acct="4540592", form="gmail-alt",
    dec=["R$ 99,00", "12 de maio"],
    notes="says she already cancelled; 'parem as cobranças' + refund; rule: already_cancelled is other"),

PT("serra-cancelamento-evento", "Serra Eventos Produção", "Cancelamento do evento - lembretes agendados",
"""Olá,

Tivemos o cancelamento do evento "Festival de Inverno de Gramado" por causa da chuva. Preciso parar os lembretes por e-mail que estão agendados para os 340 inscritos. Dá para cancelar todos de uma vez ou tenho que apagar um por um?

Obrigado,
Vinícius""",
    i="other", k="question", date="2026-06-26 18:07", acct="4540619", form="gmail-alt",
    dec=["340"],
    notes="event cancellation; wants to cancel scheduled reminder e-mails, not the subscription"),

PT("contab-porto-reembolso", "Contabilidade Ribeira", "Cancelamento da subscrição",
"""Boa tarde,

Venho por este meio solicitar o cancelamento da nossa subscrição. Fundimo-nos com outro gabinete e passamos a usar as ferramentas deles.

Pago-vos o ano inteiro em janeiro? Não me recordo bem. Se for o caso, é possível devolverem os meses que não vamos usar?

Cumprimentos,
Helena Sampaio""",
    i="cancellation", k="request", date="2026-05-06 14:41", tz="Europe/Lisbon", acct="4540728", form="outlook-alt", refund=True,
    rk=["fundimo-nos com outro gabinete"], rc="switched_service",
    notes="Porto accounting office, European Portuguese; request with a refund question"),

PT("agro-tirar-tesouraria", "Diretoria Agro Cerrado", "Acesso tesouraria",
"""Prezados,

Favor retirar o acesso de usuário "tesouraria". A pessoa que usava saiu da empresa e essa função agora fica comigo. Não queremos mais pagar por essa licença.

Att.
Marcos Tavares
Diretor""",
    i="cancellation", k="request_seat", un="tesouraria", date="2026-08-10 11:51", acct="4540835", form="outlook-alt",
    notes="owner removes the seat whose login is the ordinary word 'tesouraria'"),

PT("otica-bounce", "MAILER-DAEMON@oticacentral-cwb.example", "Mensagem não entregue",
"",
    i="bounce", k="bounce", date="2026-04-03 03:12", form="dsn", acct="4540941",
    dsn=dict(human="""Sua mensagem não pôde ser entregue a um ou mais destinatários.

otica@oticacentral-cwb.example
Caixa postal cheia - o destinatário excedeu a cota de armazenamento.""",
             mta="mail.oticacentral-cwb.example", rcpt="otica@oticacentral-cwb.example", status="5.2.2",
             diag="smtp; 552 5.2.2 Quota exceeded", postfix=True,
             returned=dict(frm="Suporte CRM Runner <support@crmrunner.example>", to="otica@oticacentral-cwb.example",
                           subj="Sua assinatura será renovada em 10/04", date="2026-04-03 03:11",
                           body="Olá!\n\nSua assinatura do CRM Runner será renovada automaticamente em 10/04. Nenhuma ação é necessária.\n\nEquipe CRM Runner")),
    notes="quota DSN in Portuguese for a renewal notice"),

PT("autoescola-mudar-anual", "Autoescola Tijuca", "plano anual",
"""Boa tarde, queria mudar do plano mensal para o anual para ter o desconto. Preciso cancelar o mensal antes ou vocês fazem a troca direto?
Obrigada
Sônia - secretaria""",
    i="other", k="plan_change", date="2026-03-23 15:16", acct="4541052", form="gmail-alt",
    notes="monthly-to-yearly plan change; 'cancelar o mensal' only as part of the switch question"),

PT("otica-se-nao-resolverem", "Ótica Central", "Integração WhatsApp",
"""Olá, faz três semanas que a integração com o WhatsApp não envia as mensagens de óculos prontos (chamado 88213). Se não resolverem até o fim do mês, vamos cancelar. Aguardo retorno.
Rogério""",
    i="other", k="hypothetical", date="2026-05-12 10:05", acct="4540941", form="gmail-alt",
    dec=["88213"],
    notes="conditional threat attached to a bug ticket; no request yet"),
]
