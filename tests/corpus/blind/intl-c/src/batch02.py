"""Round 2: de, es, fr, pt. Hand-written texts."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
4512118 heuriger-gmoser wein@heuriger-gmoser.example monthly
4512301 feinkost-wagner bestellung@feinkost-wagner.example monthly
4512440 skischule-arlberg buero@skischule-stanton.example yearly
4512556 kasse hofladen@biohof-lerchenberg.example monthly
4512679 tempelhof-labs ops@tempelhof-labs.example monthly cur=EUR tier=team
4512783 hausverwaltung-kranz verwaltung@kranz-immobilien.example monthly
4512890 elektro-saller saller@elektro-saller.example monthly
4522145 logistica-norte operaciones@transportes-cerro.example yearly cur=MXN
4522267 constructora-salcedo isalcedo@salcedo-ingenieria.example monthly cur=USD
4522390 ceviche-lima caja@puntoceviche.example monthly cur=USD
4522412 teatro-lavapies produccion@teatrolavapies.example monthly
4522538 asesoria-morales jmorales@asesoria-morales.example monthly
4522644 ventas2 ventas2@muebles-tolosa.example monthly
4522709 fotografa-rosario estudio@cintiafoto.example monthly cur=USD
4522851 academia-idiomas secretaria@academia-babel.example monthly
4532133 cpe-petits-flocons direction@cpe-petitsflocons.example yearly cur=CAD
4532249 startup-dakar team@teranga-labs.example monthly
4532371 club-rugby-tournefeuille secretariat@rct-ovalie.example yearly
4532488 cabinet-expertise-garnier m.garnier@garnier-expertise.example monthly
4532590 boulangerie-lemaitre boulangerie.lemaitre@lemaitre-pain.example monthly
4532627 menuiserie-bastien contact@menuiserie-bastien.example monthly
4532715 galerie-mons galerie@galerie-du-beffroi.example monthly
4532846 ecole-musique-namur inscriptions@musique-namur.example monthly
4542112 dentista-bh-recepcao clinica@sorrisobh.example monthly cur=BRL tier=team
4542113 recepcao recepcao@sorrisobh.example monthly cur=BRL
4542254 hotel-funchal reservas@quintadasflores.example yearly
4542369 clinica-vet-recife atendimento@vetrecife.example monthly cur=BRL
4542471 construtora-goiania engenharia@construtora-araujo.example monthly cur=BRL
4542580 confeitaria-campinas pedidos@doceslara.example monthly cur=BRL
4542692 imobiliaria-floripa contato@imobiliariailha.example monthly cur=BRL
4542735 escola-idiomas-coimbra secretaria@linguas-coimbra.example monthly
""")

MESSAGES = [
# ------------------------------------------------------------------ de
DE("heuriger-sperren-zu", "Heuriger Gmoser", "Konto auflösen",
"""Grüß Gott,

wir sperren mit Ende Oktober zu, der Chef geht nach 41 Jahren in Pension und einen Nachfolger gibt's leider keinen. Bitte das Konto mit Ende Oktober auflösen und nichts mehr abbuchen.

Danke fürs Mitmachen die letzten zwei Jahre!
Resi Gmoser
Heuriger Gmoser, Stammersdorf""",
    i="cancellation", k="request", date="2026-09-30 17:25", tz="Europe/Vienna", acct="4512118", form="gmail-alt",
    rk=["wir sperren mit ende oktober zu", "geht nach 41 jahren in pension"], rc="business_closed", dec=["41 Jahren"],
    notes="Austrian 'zusperren' (close the business) + 'Konto auflösen'"),

DE("dsgvo-loeschung-ehemalig", "Jürgen Pfeffer <j.pfeffer@posteo-mail.example>", "Auskunft und Löschung nach Art. 15 und 17 DSGVO",
"""Sehr geehrte Damen und Herren,

ich war bis 2025 bei der Firma Elektro Saller angestellt und habe damals Ihr System genutzt. Ich fordere Sie hiermit auf, mir gemäß Art. 15 DSGVO Auskunft über die zu meiner Person gespeicherten Daten zu erteilen und diese anschließend gemäß Art. 17 DSGVO zu löschen.

Bitte bestätigen Sie mir die Löschung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Jürgen Pfeffer""",
    i="other", k="data_deletion", date="2026-06-08 21:03", form="plain-qp", acct="4512890",
    dec=["Art. 15", "Art. 17"],
    notes="former employee of a customer asks for GDPR access and erasure; not a cancellation; about the Saller account"),

DE("notariat-nachfrage-bestaetigung", "Brunner Notariat", "AW: Ordentliche Kündigung Vertrag CRM Runner",
"""Sehr geehrte Damen und Herren

Mit Schreiben vom 14. September 2026 haben wir den Vertrag per 31. Dezember 2026 gekündigt. Eine Bestätigung ist bis heute nicht eingegangen. Wir halten an der Kündigung fest und bitten um umgehende schriftliche Bestätigung.

Freundliche Grüsse

i.A. Corinne Meier""",
    i="cancellation", k="follow_up", date="2026-10-05 08:50", tz="Europe/Zurich", acct="4510231", form="outlook-alt",
    irt="notariat-ordentliche-kuendigung", dec=["14. September 2026", "31. Dezember 2026"],
    sig=["Notariat Dr. iur. Peter Brunner", "Bahnhofstrasse 71, 8001 Zürich"],
    notes="chaser that restates the cancellation ('halten an der Kündigung fest')"),

DE("kita-angekommen", "Kita Sonnenhof Leitung", "AW: Vertrag Kita Sonnenhof",
"""Hallo,
ist meine Mail vom 6.10. bei Ihnen angekommen? Ich habe noch nichts gehört.
Gruß B. Tallmann

-----Ursprüngliche Nachricht-----
Von: Kita Sonnenhof Leitung <leitung@kita-sonnenhof.example>
Gesendet: Dienstag, 6. Oktober 2026 13:30
An: support@crmrunner.example
Betreff: Vertrag Kita Sonnenhof

Guten Tag,

unser Träger stellt ab Januar alle Einrichtungen auf ein gemeinsames Verwaltungsprogramm um. Den Vertrag für die Kita Sonnenhof bitte daher zum Jahresende auslaufen lassen und nicht mehr verlängern.""",
    i="other", k="follow_up", band="maybe", date="2026-10-19 11:12", acct="4510577", form="reply-above-quote", mime="outlook-alt",
    irt="kita-auslaufen-lassen", dec=["6.10."],
    notes="bare 'did my mail arrive?' chaser; the request is only in the quote"),

DE("feinkost-bestellung-storno", "Feinkost Wagner", "Storno Bestellung RU-20931",
"""Hallo,

bitte stornieren Sie die gestrige Bestellung der 5 zusätzlichen Lizenzen (Bestellnummer RU-20931). Da hat sich unser Azubi verklickt, wir brauchen nur eine.

Danke und Gruß
Markus Wagner""",
    i="other", k="order_cancel", date="2026-02-17 09:30", acct="4512301", form="gmail-alt",
    dec=["RU-20931"],
    notes="cancels an order of extra seats made by mistake"),

DE("tempelhof-shutting-down", "Ops Tempelhof Labs", "account",
"""Hey team,

kurze Info: we're shutting down the Berlin office end of June, der Rest vom Team geht remote und wir konsolidieren alles auf Salesforce bei der Muttergesellschaft. Bitte den Account zum 30.6. kündigen. Invoice bitte noch an die alte Adresse.

thx & cheers
Jonas""",
    i="cancellation", k="request", date="2026-06-01 16:45", acct="4512679", form="gmail-alt",
    rk=["konsolidieren alles auf salesforce"], rc="switched_service", dec=["30.6."],
    notes="Berlin startup, German/English mix; clear request with date"),

DE("feinkost-kdnr-privatmail", "Markus Wagner <markus.wagner1971@gmx-post.example>", "Kündigung Kd-Nr. 4512301",
"""Sehr geehrte Damen und Herren,

ich kündige hiermit das Abonnement für Feinkost Wagner, Kundennummer 4512301, zum nächstmöglichen Zeitpunkt. Ich schreibe von meiner privaten Adresse, weil ich im Geschäft gerade keinen Zugriff habe.

Die letzte Rechnung RE-2026-3381 wurde bereits bezahlt.

Wir geben den Laden Ende August auf.

Mit freundlichen Grüßen
Markus Wagner""",
    i="cancellation", k="request", an="4512301", date="2026-07-14 22:02", acct="4512301", form="plain-qp",
    dec=["RE-2026-3381"], rk=["wir geben den laden ende august auf"], rc="business_closed",
    notes="customer number written, invoice number as decoy; private sender address, so not owner"),

DE("skischule-ruhen-lassen", "Skischule St. Anton Büro", "Sommerpause",
"""Hallo,

im Sommer haben wir die Skischule zu, von Mai bis November brauchen wir das Programm überhaupt nicht. Kann man den Account für diese Monate ruhen lassen, ohne alles zu verlieren? Kündigen wollen wir nicht, im Winter brauchen wir ihn dringend.

Servus
Kathi Strolz""",
    i="other", k="pause", date="2026-04-21 10:18", tz="Europe/Vienna", acct="4512440", form="apple-alt",
    notes="asks to pause over summer; explicitly does not want to cancel"),

DE("schreinerei-latin1-aufhoeren", "Schreinerei Oswald", "Ihr Programm",
"""Sehr geehrte Damen und Herren,

ich höre mit 67 Jahren auf, mein Geselle übernimmt den Betrieb nicht. Bitte buchen Sie ab sofort keine Gebühren mehr von unserem Konto ab und löschen Sie alles, was wir bei Ihnen haben.

Mit freundlichen Grüßen
Erwin Oswald
Schreinermeister""",
    i="cancellation", k="request", date="2026-05-27 19:40", acct="4510733", form="latin1",
    rk=["ich höre mit 67 jahren auf"], rc="business_closed", dec=["67 Jahren"],
    notes="older craftsman, ISO-8859-1 plain; 'keine Gebühren mehr abbuchen' = cancellation"),

DE("hausverwaltung-was-waere-wenn", "Hausverwaltung Kranz", "Daten bei Kündigung?",
"""Guten Tag,

rein interessehalber: Was würde mit unseren Eigentümerdaten passieren, wenn wir irgendwann kündigen sollten? Werden die sofort gelöscht oder kann man sie vorher exportieren? Wir müssen das für unser Datenschutzkonzept dokumentieren.

Mit freundlichen Grüßen
Petra Kranz""",
    i="other", k="hypothetical", date="2026-03-12 14:07", acct="4512783", form="outlook-alt",
    notes="hypothetical question about data after a future cancellation; for documentation"),

DE("saller-elternzeit", "Elektro Saller", "Abwesenheitsnotiz",
"""Guten Tag,

ich bin bis einschließlich 31. Januar 2027 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu Rechnungen wenden Sie sich bitte an buchhaltung@elektro-saller.example, bei Aufträgen an Tel. 08031 555 0177.

Viele Grüße
Stefanie Saller""",
    i="auto_reply", k="auto_reply", date="2026-11-03 08:00", acct="4512890", form="auto-reply",
    dec=["08031 555 0177"],
    notes="parental-leave auto-reply without Auto-Submitted header"),

DE("hofladen-benutzer-kasse", "Biohof Lerchenberg <familie.lerch@t-mail.example>", "Kündigung Hofladen",
"""Hallo,

wir wollen unseren Zugang kündigen. Der Benutzername ist kasse, angemeldet ist es auf die Hofladen-Adresse, an die ich grad nicht rankomme. Wir machen den Hofladen nur noch samstags und brauchen das nicht mehr.

Viele Grüße
Anni Lerch""",
    i="cancellation", k="request", un="kasse", date="2026-08-26 20:20", acct="4512556", form="gmail-alt",
    rk=["brauchen das nicht mehr"], rc="unused",
    notes="identifies only by the ordinary-word username 'kasse', from a private address"),

DE("notariat-danke", "Brunner Notariat", "AW: Bestätigung Ihrer Kündigung",
"""Sehr geehrte Damen und Herren

Besten Dank für die Bestätigung. Damit ist die Angelegenheit für uns erledigt.

Freundliche Grüsse

i.A. Corinne Meier""",
    i="other", k="thanks", date="2026-10-07 09:15", tz="Europe/Zurich", acct="4510231", form="outlook-alt",
    irt="notariat-nachfrage-bestaetigung",
    notes="thanks after the cancellation was confirmed; no new request"),

# ------------------------------------------------------------------ es
ES("transportes-no-renueven", "Operaciones Transportes Cerro", "Suscripción anual",
"""Buenas tardes,

Les pido que no renueven la suscripción anual que vence en agosto. A partir de julio el corporativo nos mueve a HubSpot y ya no vamos a necesitar el CRM.

Saludos cordiales,
Ing. Adrián Cantú
Gerente de Operaciones
Transportes del Cerro, Monterrey""",
    i="cancellation", k="request", date="2026-06-11 16:02", tz="America/Monterrey", acct="4522145", form="outlook-alt",
    rk=["el corporativo nos mueve a hubspot"], rc="switched_service",
    notes="Mexican logistics firm; 'no renueven' without cancelar"),

ES("salcedo-reenvio-asistente", "Paola Guzmán <asistente@salcedo-ingenieria.example>", "RV: CRM",
"""Buenos días,

Les reenvío lo que me pidió el Ing. Salcedo. Él es el titular de la cuenta.

Quedo atenta,
Paola Guzmán
Asistente de Gerencia

---------- Forwarded message ---------
De: Ignacio Salcedo <isalcedo@salcedo-ingenieria.example>
Date: lun, 9 mar 2026 a las 19:44
Subject: CRM
To: Paola Guzmán <asistente@salcedo-ingenieria.example>

Paola, por favor escríbale a los del CRM que ya no vamos a seguir pagando eso, que lo cancelen este mes. Con la obra de Bucaramanga parada no tiene sentido.
IS""",
    i="cancellation", k="forward_request", date="2026-03-10 08:12", tz="America/Bogota", acct="4522267", form="forward-inline",
    rk=["con la obra de bucaramanga parada"], rc="other",
    notes="assistant forwards the owner's instruction; account from the forwarded registered address"),

ES("clinicas-reiteramos", "Dirección Clínicas Sonrisa", "RE: Rescisión del contrato de servicio",
"""Estimados señores:

Reiteramos nuestra solicitud de rescisión enviada el 29 de mayo. A pesar de ello, el 1 de junio se realizó un nuevo cargo por $1,999.00 MXN a nuestra tarjeta. Les pedimos cancelar la suscripción de inmediato y reembolsar dicho cargo.

Atentamente,
Lic. Fernanda Ocampo Ruiz""",
    i="cancellation", k="follow_up", refund=True, date="2026-06-02 10:30", tz="America/Mexico_City", acct="4520236",
    form="outlook-alt", irt="clinicas-rescision", dec=["$1,999.00 MXN", "29 de mayo", "1 de junio"],
    notes="chaser restating the request plus refund of the charge made after the notice"),

ES("rosario-no-lo-quiero", "Cintia Foto", "no lo quiero mas",
"""Hola, la verdad es que ya no lo quiero, no le encontré la vuelta y sigo anotando todo en la agenda de papel. Como lo saco? No encuentro donde.
Cintia""",
    i="cancellation", k="request", amb=True, date="2026-02-04 23:10", tz="America/Argentina/Buenos_Aires", acct="4522709", form="iphone",
    rk=["no le encontré la vuelta"], rc="too_complex", sloppy=True,
    notes="states the decision and asks how; chosen reading: cancellation (rule 1), ambiguous"),

ES("teatro-dejamos-quitadlo", "Producción Teatro Lavapiés", "cuenta",
"""Hola, dejamos de usarlo, quitadlo. Entre la compañía y la sala al final nadie lo abre, lo de las entradas lo llevamos con la plataforma de ticketing.
Gracias
Bea""",
    i="cancellation", k="request", date="2026-01-27 13:44", acct="4522412", form="gmail-alt",
    rk=["nadie lo abre"], rc="unused",
    notes="'dejamos de usarlo, quitadlo' from a Madrid theatre"),

ES("ceviche-debito-automatico", "Punto Ceviche", "Débito automático",
"""Buenas, quisiera cancelar el débito automático de la tarjeta y pasar a pagar por transferencia cada mes, el banco nos cobra comisión por cargos en dólares. ¿Me pueden mandar los datos bancarios?
Gracias,
Héctor Quispe
Punto Ceviche – Miraflores""",
    i="other", k="question", date="2026-04-09 12:20", tz="America/Lima", acct="4522390", form="gmail-alt",
    notes="'cancelar el débito automático' = payment method change, keeps the subscription"),

ES("academia-demo-cancelar", "Secretaría Academia Babel", "Demo del martes",
"""Hola,

tengo que cancelar la demo del martes a las 11 con vuestro comercial (Álvaro), se nos ha juntado con los exámenes de Cambridge. ¿Podemos moverla al jueves 19?

Un saludo,
Noelia""",
    i="other", k="meeting_cancel", date="2026-03-13 17:05", acct="4522851", form="gmail-alt",
    notes="cancels and reschedules a demo meeting"),

ES("supresion-datos-ex-cliente", "Marta Iriarte <marta.iriarte@correo-personal.example>", "Ejercicio del derecho de supresión",
"""A la atención del Delegado de Protección de Datos:

Por la presente ejerzo mi derecho de supresión conforme al artículo 17 del RGPD. Recibo correos comerciales de su empresa sin haber sido nunca cliente. Solicito que eliminen todos mis datos y me confirmen la supresión.

DNI 72.555.018-K

Marta Iriarte""",
    i="other", k="data_deletion", date="2026-05-20 18:33", form="plain-qp",
    dec=["72.555.018-K", "artículo 17"],
    notes="GDPR erasure from a non-customer; national id is a decoy; no account"),

ES("asesoria-latin1-numero", "José Morales <jose.morales.g@telefonica-mail.example>", "Baja servicio cliente 4522538",
"""Muy señores míos:

Les ruego tengan a bien dar de baja el servicio contratado por la Asesoría Morales, número de cliente 4522538, con fecha 30 de junio. Me jubilo y cierro el despacho.

Atentamente,
José Morales García""",
    i="cancellation", k="request", an="4522538", date="2026-06-05 11:08", acct="4522538", form="latin1",
    rk=["me jubilo y cierro el despacho"], rc="business_closed", dec=["30 de junio"],
    notes="older writer, ISO-8859-1, customer number written, private address"),

ES("academia-vacaciones", "Secretaría Academia Babel", "Respuesta automática: Demo del martes",
"""Gracias por su mensaje. La secretaría permanecerá cerrada del 30 de marzo al 6 de abril por Semana Santa. Responderemos a su consulta a nuestro regreso.

Academia de Idiomas Babel""",
    i="auto_reply", k="auto_reply", date="2026-03-30 00:05", acct="4522851", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"},
    notes="Easter closure auto-reply"),

ES("muebles-usuario-ventas2", "Muebles Tolosa <info@muebles-tolosa.example>", "Baja usuario",
"""Buenos días, la cuenta que queremos dar de baja es la del usuario ventas2, es la única que tenemos. Hemos cerrado la tienda online y ya no hace falta.
Un saludo, Iñaki""",
    i="cancellation", k="request", un="ventas2", date="2026-10-14 10:50", acct="4522644", form="gmail-alt",
    rk=["hemos cerrado la tienda online"], rc="business_closed",
    notes="account identified by the username 'ventas2' (their only account, not a seat); sent from a general address"),

ES("rosario-ya-di-de-baja", "Cintia Foto", "otra vez??",
"""Hola, me di de baja en febrero (les escribí) y hoy me llegó otra vez el cobro de USD 19. Qué pasó? Necesito que me devuelvan eso.
Cintia""",
    i="other", k="already_cancelled", refund=True, date="2026-03-05 09:41", tz="America/Argentina/Buenos_Aires", acct="4522709", form="iphone",
    dec=["USD 19"], sloppy=True,
    notes="says she already cancelled and was charged again; asks refund; rule: other/already_cancelled"),

# ------------------------------------------------------------------ fr
FR("architecte-accuse-reception", "Atelier De Wit", "TR: Préavis de résiliation – abonnement annuel",
"""Madame, Monsieur,

Je n'ai à ce jour reçu aucun accusé de réception de mon courrier du 2 octobre ci-dessous. Pourriez-vous me confirmer sa bonne réception ?

Marc De Wit

De : Atelier De Wit <studio@atelier-dewit.example>
Envoyé : vendredi 2 octobre 2026 09:14
À : support@crmrunner.example
Objet : Préavis de résiliation – abonnement annuel

Madame, Monsieur,

Par la présente, je vous notifie mon préavis de résiliation de l'abonnement annuel souscrit au nom de l'Atelier d'architecture De Wit, avec effet à la date d'échéance du contrat.""",
    i="other", k="follow_up", band="maybe", date="2026-10-16 10:02", tz="Europe/Brussels", acct="4530167", form="outlook-alt",
    irt="architecte-preavis-resiliation", dec=["2 octobre"],
    notes="asks only whether the earlier notice arrived; request is in the quoted part"),

FR("cpe-annulez-renouvellement", "Direction CPE Les Petits Flocons", "Renouvellement annuel",
"""Bonjour,

Annulez le renouvellement de notre abonnement annuel SVP. Le ministère nous impose une nouvelle plateforme de gestion des places à partir de septembre.

Merci,
Geneviève Tremblay
Directrice générale, CPE Les Petits Flocons (Laval)""",
    i="cancellation", k="request", date="2026-07-03 13:15", tz="America/Toronto", acct="4532133", form="outlook-alt",
    rk=["nouvelle plateforme de gestion des places"], rc="switched_service",
    notes="Quebec daycare; 'annulez le renouvellement'"),

FR("boulangerie-carte-volee", "Boulangerie Lemaître", "Carte bancaire",
"""Bonjour,

On nous a volé la carte professionnelle, je l'ai fait annuler à la banque (celle qui se termine par 4417). Comment je mets la nouvelle carte sur le compte pour le prochain prélèvement ? Je ne veux pas que ça coupe.

Merci
Didier Lemaître""",
    i="other", k="question", date="2026-02-02 06:48", acct="4532590", form="android",
    dec=["4417"],
    notes="cancelled bank card after theft; wants to update payment and keep the service"),

FR("expert-comptable-fwd-menuiserie", "Cabinet Garnier Expertise <m.garnier@garnier-expertise.example>", "Demande de mon client – Menuiserie Bastien",
"""Bonjour,

Vous trouverez ci-joint la demande de résiliation de mon client, M. Bastien, qui n'est pas très à l'aise avec les mails. Merci de lui confirmer directement.

Bien cordialement,
Marion Garnier
Expert-comptable""",
    i="cancellation", k="forward_request", date="2026-09-21 15:36", acct="4532627", form="forward-rfc822",
    other_owner_ok=True,
    inner=dict(frm="Menuiserie Bastien <contact@menuiserie-bastien.example>", to="m.garnier@garnier-expertise.example",
               subj="logiciel", date="2026-09-19 20:10",
               body="Bonsoir Madame Garnier,\n\nComme je vous disais au téléphone, le logiciel de clients on ne s'en sert plus depuis que mon fils gère les devis sur son application. Pouvez vous leur demander d'arrêter l'abonnement.\n\nMerci\nJ. Bastien"),
    rk=["on ne s'en sert plus"], rc="unused",
    notes="accountant forwards the client's request as an attached message; sender is registered to her own account, labelled account is the client's"),

FR("teranga-on-ne-continue-pas", "Teranga Labs", "Fin",
"""Salut l'équipe,

On ne continue pas avec Runner à la fin du mois, toute l'équipe passe sur Notion + un petit CRM maison. Vous pouvez arrêter le prélèvement après avril.

Merci pour tout,
Moussa""",
    i="cancellation", k="request", date="2026-04-22 18:55", tz="Africa/Dakar", acct="4532249", form="gmail-alt",
    rk=["passe sur notion"], rc="switched_service",
    notes="Dakar startup; 'on ne continue pas ... arrêter le prélèvement'"),

FR("galerie-desabonner-newsletter", "Galerie du Beffroi", "Désabonnement",
"""Bonjour, merci de me désabonner de vos mails « Conseils & nouveautés », j'en reçois trois par semaine. Je garde bien sûr le logiciel.
Isabelle""",
    i="other", k="newsletter_unsubscribe", date="2026-05-15 11:30", tz="Europe/Brussels", acct="4532715", form="gmail-alt",
    notes="unsubscribe from marketing mail; keeps the product"),

FR("cabinet-garnier-accuse", "Comptabilité – Cabinet Garnier <compta@garnier-expertise.example>", "Accusé de réception automatique",
"""Ceci est un accusé de réception automatique.

Votre message a bien été reçu par le service comptabilité du Cabinet Garnier Expertise. Il sera traité dans un délai de 48 heures ouvrées. Merci de ne pas répondre à ce message.""",
    i="auto_reply", k="auto_reply", date="2026-08-31 10:00", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"}, dec=["48 heures"],
    notes="automatic acknowledgement from a firm's accounting inbox"),

FR("bounce-menuiserie", "Mail Delivery System <MAILER-DAEMON@smtp.relais-mail.example>", "Undelivered Mail Returned to Sender",
"",
    i="bounce", k="bounce", date="2026-09-23 14:02", form="dsn", acct="4532627",
    dsn=dict(human="""This is the mail system at host smtp.relais-mail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<contact@menuiserie-bastien.example>: host mx.menuiserie-bastien.example said:
    550 5.1.1 Adresse inconnue / user unknown""",
             mta="smtp.relais-mail.example", rcpt="contact@menuiserie-bastien.example", status="5.1.1", postfix=True,
             diag="smtp; 550 5.1.1 Adresse inconnue / user unknown", remote="mx.menuiserie-bastien.example",
             returned=dict(frm="Support CRM Runner <support@crmrunner.example>", to="contact@menuiserie-bastien.example",
                           subj="Confirmation de résiliation", date="2026-09-23 14:01",
                           body="Bonjour Monsieur Bastien,\n\nNous vous confirmons la résiliation de votre abonnement à la fin de la période en cours.\n\nL'équipe CRM Runner")),
    notes="bounce of support's cancellation confirmation; quoted cancellation text does not change the label"),

FR("rugby-ps-renouvelle-pas", "Secrétariat RC Tournefeuille", "Export des licenciés",
"""Bonjour,

Pour l'assemblée générale du 27 juin, j'ai besoin d'exporter la liste des licenciés avec leurs catégories (U10 à seniors) et les dates de certificat médical. Quand je fais l'export, la colonne « catégorie » sort vide. Est-ce que je fais quelque chose de travers ?

Merci d'avance,
Sylvie
Secrétaire bénévole

PS : et sinon on ne renouvelle pas en septembre, le comité a choisi l'outil fourni par la Fédération. Merci de ne pas reconduire l'abonnement.""",
    i="cancellation", k="request", date="2026-06-16 21:40", acct="4532371", form="gmail-alt",
    rk=["l'outil fourni par la fédération"], rc="switched_service", dec=["27 juin"],
    notes="request buried in a P.S. after a how-to question about exports"),

FR("ecole-musique-integration", "École de musique de Namur", "Résilier la connexion Mailchimp",
"""Bonjour,

comment résilier la connexion avec Mailchimp ? On n'utilise plus Mailchimp et le tableau de bord affiche une erreur de synchronisation tous les matins. Le reste fonctionne très bien.

Merci,
Pascale""",
    i="other", k="question", date="2026-01-14 09:05", tz="Europe/Brussels", acct="4532846", form="gmail-alt",
    notes="'résilier la connexion' refers to an integration, not the subscription"),

FR("garnier-siret-numero-client", "Cabinet Garnier Expertise", "Résiliation – n° client 4532488",
"""Madame, Monsieur,

Je souhaite mettre un terme à l'abonnement du cabinet (n° client 4532488) à l'échéance du mois en cours. Nous avons intégré un réseau d'expertise comptable qui impose ses propres outils.

Cabinet Garnier Expertise – SIRET 812 345 678 00021

Cordialement,
Marion Garnier""",
    i="cancellation", k="request", an="4532488", date="2026-10-01 09:20", acct="4532488", form="outlook-alt",
    rk=["impose ses propres outils"], rc="switched_service", dec=["812 345 678 00021"],
    notes="formal 'mettre un terme' with client number and SIRET decoy"),

FR("galerie-formule-starter", "Galerie du Beffroi", "Changer de formule",
"""Bonjour,

nous avons moins d'expositions cette année. Est-ce qu'on peut passer à la formule Starter à partir du mois prochain ? On n'a plus besoin des campagnes e-mail.

Bien à vous,
Isabelle""",
    i="other", k="downgrade", date="2026-09-09 14:12", tz="Europe/Brussels", acct="4532715", form="gmail-alt",
    notes="downgrade request, not a cancellation"),

FR("prospection-agence", "Kevin de LeadBoost <kevin@leadboost-agence.example>", "Vos clients méritent mieux que des relances manuelles",
"""Bonjour,

Je me permets de vous contacter car nous aidons les éditeurs SaaS comme CRM Runner à réduire leur taux de résiliation de 30 % grâce à des séquences de réactivation automatisées.

Seriez-vous disponible 15 minutes jeudi ou vendredi pour en parler ?

Kevin Morel
Responsable commercial, LeadBoost
+33 6 55 50 19 02""",
    i="other", k="sales", date="2026-02-11 10:45", form="gmail-alt",
    dec=["30 %", "+33 6 55 50 19 02"],
    notes="cold sales pitch mentioning 'résiliation'; no account"),

# ------------------------------------------------------------------ pt
PT("imobiliaria-parem-cobrancas", "Imobiliária Ilha", "nao uso mais",
"""Oi, nao uso mais o sistema. Parem as cobranças no meu cartão por favor, a partir desse mes.
Obrigado
Fabiano""",
    i="cancellation", k="request", date="2026-07-21 19:02", acct="4542692", form="iphone",
    rk=["nao uso mais o sistema"], rc="unused", sloppy=True,
    notes="'parem as cobranças' as the request itself, no accents on phone"),

PT("contab-desistimos", "Contabilidade Ribeira", "RE: Cancelamento da subscrição",
"""Boa tarde,

Desistimos do cancelamento. A fusão com o outro gabinete ficou sem efeito e vamos continuar como estávamos. Por favor mantenham a conta ativa.

Cumprimentos,
Helena Sampaio

-----Mensagem original-----
De: Contabilidade Ribeira <geral@contabilidade-ribeira.example>
Enviada: quarta-feira, 6 de maio de 2026 14:41
Para: support@crmrunner.example
Assunto: Cancelamento da subscrição

Venho por este meio solicitar o cancelamento da nossa subscrição.""",
    i="other", k="withdrawal", wd=True, date="2026-05-13 09:47", tz="Europe/Lisbon", acct="4540728", form="outlook-alt",
    irt="contab-porto-reembolso",
    notes="'desistimos do cancelamento' withdraws the earlier request"),

PT("surf-ja-ta", "Escola Onda Boa", "Re: runner",
"""entao ja ta? nao recebi nada""",
    i="other", k="follow_up", band="maybe", date="2026-10-09 12:30", tz="Europe/Lisbon", acct="4540125", form="android",
    irt="surf-nao-vamos-continuar", sloppy=True,
    notes="bare chaser asking whether it is done; no restated request"),

PT("vet-recife-encaminha", "Larissa Gomes <larissa@vetrecife.example>", "Fwd: Sistema",
"""Oi, encaminho o pedido da Dra. Carla, dona da clínica. Ela não consegue entrar no e-mail cadastrado.

Larissa
Gerente administrativa

---------- Forwarded message ---------
De: Carla Vasconcelos <carla.vasc@zapmail.example>
Date: ter., 25 de ago. de 2026 às 08:15
Subject: Sistema
To: Larissa Gomes <larissa@vetrecife.example>

Lari, pede pra cancelar aquele CRM. A conta é atendimento@vetrecife.example. Ninguém usa, a gente só perde dinheiro com isso.
Beijo, Carla""",
    i="cancellation", k="forward_request", em="atendimento@vetrecife.example", date="2026-08-25 09:03", tz="America/Recife",
    acct="4542369", form="forward-inline",
    rk=["ninguém usa"], rc="unused",
    notes="office manager forwards the owner's request; registered address written in the forwarded text"),

PT("sorriso-tirar-recepcao", "Clínica Sorriso BH", "Usuário recepção",
"""Bom dia,

A recepcionista que usava o login "recepcao" saiu e não vamos contratar outra agora. Por favor, removam esse usuário e tirem da nossa fatura.

Att,
Dr. Henrique Lobo""",
    i="cancellation", k="request_seat", un="recepcao", date="2026-04-28 08:25", acct="4542112", form="gmail-alt",
    notes="owner removes a seat with the ordinary-word login 'recepcao'"),

PT("lgpd-exclusao", "Thiago Nunes <thiago.nunes85@webcorreio.example>", "Exclusão de dados - LGPD",
"""Prezados,

Com base no art. 18 da Lei 13.709/2018 (LGPD), solicito a exclusão de todos os meus dados pessoais da base de vocês. Fui cliente da Construtora Araújo e recebo lembretes de visita até hoje.

CPF 555.018.337-20

Thiago Nunes""",
    i="other", k="data_deletion", date="2026-07-30 15:12", form="plain-qp",
    dec=["art. 18", "13.709/2018", "555.018.337-20"],
    notes="LGPD erasure from a customer's end client; no account of his own; CPF as decoy"),

PT("kwanza-aguardamos", "Kwanza Import Lda - Geral", "RE: Denúncia do contrato de subscrição",
"""Exmos. Senhores,

Aguardamos ainda a confirmação do nosso e-mail de 7 de Julho. Agradecemos uma resposta com brevidade.

Cumprimentos,
A Gerência""",
    i="other", k="follow_up", band="maybe", date="2026-07-21 10:40", tz="Africa/Luanda", acct="4540347", form="outlook-alt",
    irt="kwanza-denuncia-contrato", dec=["7 de Julho"],
    notes="chaser asking for confirmation only; does not restate the request"),

PT("confeitaria-ferias", "Confeitaria Doces Lara", "Resposta automática",
"""Olá! Estamos em férias coletivas de 22/12 a 06/01. Encomendas de Natal somente pelo WhatsApp (19) 95550-0133. Responderemos seu e-mail na volta. Boas festas!""",
    i="auto_reply", k="auto_reply", date="2026-01-05 10:00", acct="4542580", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"}, dec=["(19) 95550-0133"],
    notes="holiday auto-reply"),

PT("construtora-cobrado-duas-vezes", "Engenharia Construtora Araújo", "cobrança em duplicidade",
"""Boa tarde, fomos cobrados duas vezes em setembro (R$ 249,00 cada, fatura 2026-09-0871). Pedimos o estorno de uma das cobranças. O plano continua, é só isso.
Att, Marcelo""",
    i="other", k="refund_only", refund=True, date="2026-09-08 14:55", tz="America/Sao_Paulo", acct="4542471", form="gmail-alt",
    dec=["R$ 249,00", "2026-09-0871"],
    notes="duplicate charge refund only"),

PT("funchal-nao-renovem", "Quinta das Flores Reservas", "Subscrição anual",
"""Bom dia,

Pedimos que não renovem a subscrição anual em Março. O hotel foi vendido a um grupo que trabalha com outro programa.

Com os melhores cumprimentos,
Graça Freitas
Direção – Quinta das Flores, Funchal""",
    i="cancellation", k="request", date="2026-02-16 11:20", tz="Atlantic/Madeira", acct="4542254", form="cp1252",
    rk=["o hotel foi vendido"], rc="business_closed",
    notes="Madeira hotel, windows-1252; 'não renovem'"),

PT("linguas-vamos-sair-exportar", "Secretaria Línguas Coimbra", "Exportar contactos",
"""Olá,

Vamos sair no fim do mês, a escola decidiu voltar ao programa antigo. Antes disso preciso de exportar os contactos dos alunos e os pagamentos. Como faço?

Obrigada,
Inês""",
    i="cancellation", k="request", amb=True, date="2026-11-09 16:40", tz="Europe/Lisbon", acct="4542735", form="gmail-alt",
    rk=["voltar ao programa antigo"], rc="switched_service",
    notes="announces leaving at month end, asks only about export; chosen reading: cancellation, ambiguous"),

PT("sorriso-desmarcar-onboarding", "Clínica Sorriso BH", "Reunião de treinamento",
"""Oi, preciso desmarcar a reunião de treinamento de quinta (14h), o doutor vai estar em cirurgia. Pode ser na semana que vem?
Obrigada, Kelly""",
    i="other", k="meeting_cancel", date="2026-02-24 10:15", acct="4542112", form="gmail-alt",
    notes="cancels a training meeting"),

PT("pre-venda-posso-cancelar", "Rafael Duarte <rafael@duarte-arquitetura.example>", "Dúvida antes de assinar",
"""Olá, estou avaliando o CRM Runner para o escritório. Se eu contratar o plano anual, posso cancelar a qualquer momento? Tem multa?
Obrigado,
Rafael""",
    i="other", k="question", date="2026-03-03 11:11", form="gmail-alt",
    notes="pre-sales question about cancellation terms; not a customer yet"),

PT("goiania-codigo-cliente", "Marcelo Araújo <marcelo.araujo@construtora-araujo.example>", "Cancelamento - código 4542471",
"""Prezados,

Solicito o cancelamento do contrato da Construtora Araújo, código do cliente 4542471, ao fim do ciclo atual. As obras pararam e reduzimos a equipe.

CNPJ 12.555.678/0001-90

Att,
Marcelo Araújo""",
    i="cancellation", k="request", an="4542471", date="2026-10-20 09:10", tz="America/Sao_Paulo", acct="4542471", form="outlook-alt",
    rk=["as obras pararam"], rc="business_closed", dec=["12.555.678/0001-90"],
    notes="client code given, CNPJ decoy, sender not the registered address"),
]
