"""Round 4: de, es, fr, pt. Hand-written texts."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
4514120 kiosk-altona kiosk@altona-eck.example monthly
4514233 segelschule-luebeck buero@segelschule-travemuende.example yearly
4514345 architekten-hofmann b.hofmann@hofmann-architekten.example monthly tier=pro
4514458 foto-dresden mail@lichtwerk-dresden.example monthly
4514561 empfang2 empfang2@hotel-seeblick-luzern.example monthly cur=CHF
4514562 hotel-seeblick direktion@hotel-seeblick-luzern.example monthly cur=CHF tier=team
4514677 reisebuero-cottbus info@reisebuero-spree.example monthly
4514789 umzug-kraus disposition@umzuege-kraus.example monthly
4514890 verein-tafel vorstand@tafel-neustadt.example monthly
4524113 estudio-foto-cordoba estudio@luzsur-foto.example monthly cur=USD
4524226 colegio-quito secretaria@colegio-montufar.example yearly cur=USD
4524338 gimnasio-bilbao recepcion@gimnasio-zorrotza.example yearly
4524441 florista-cdmx ventas@florestlalpan.example monthly cur=MXN
4524552 practicas practicas@estudio-quiroga.example monthly cur=USD
4524553 estudio-quiroga socios@estudio-quiroga.example monthly cur=USD tier=team
4524667 agencia-medellin cuentas@agencia-paisa.example monthly cur=USD
4524778 consultora-valencia hola@consultora-turia.example monthly
4524889 clinica-vet-mendoza turnos@vetandes.example monthly cur=USD
4534118 conciergerie-lille contact@conciergerie-vieux-lille.example yearly
4534229 paysagiste-sherbrooke info@paysages-estrie.example monthly cur=CAD
4534331 ong-bamako secretariat@ong-sahel-eau.example monthly
4534442 commercial commercial@vins-alsace-koenig.example monthly
4534443 vins-koenig direction@vins-alsace-koenig.example monthly tier=team
4534555 librairie-nantes librairie@les-mots-passants.example monthly
4534666 auto-ecole-toulon contact@autoecole-mourillon.example monthly
4534777 photographe-geneve atelier@lumiere-lac.example monthly cur=CHF
4544110 escritorio-setubal geral@solucoes-sado.example monthly
4544221 pinheiro-advogados juridico@pinheiro-advogados.example monthly cur=BRL tier=pro
4544332 loja-huambo loja@planalto-comercio.example monthly cur=USD
4544443 vendas.sp vendas.sp@distribuidora-paulista.example monthly cur=BRL
4544444 distribuidora-paulista ti@distribuidora-paulista.example monthly cur=BRL tier=team
4544556 salao-fortaleza agenda@salaoiracema.example monthly cur=BRL
4544667 ong-festas-santos contato@festas-santos.example monthly cur=BRL
4544668 ong-festas-sp eventos@festas-sp.example monthly cur=BRL
4544779 grafica-manaus orcamento@grafica-rionegro.example monthly cur=BRL
4544880 clinica-fisio-aveiro clinica@fisio-ria.example monthly
""")

MESSAGES = [
# ------------------------------------------------------------------ de
DE("kiosk-laden-zu", "Kiosk Altona Eck", "vertrag",
"""Hallo,
bitte Vertrag beenden. Ich mache Laden zu Ende Monat, Miete zu hoch geworden. Danke für alles.
Mit freundlichen Grüße
Mehmet Yıldız""",
    i="cancellation", k="request", date="2026-02-20 22:30", acct="4514120", form="android",
    rk=["ich mache laden zu", "miete zu hoch geworden"], rc="business_closed", sloppy=True,
    notes="Turkish-German kiosk owner, non-native grammar"),

DE("segelschule-fristgerecht-post", "Segelschule Travemünde", "Kündigung zum 31.03.2027",
"""Sehr geehrte Damen und Herren,

hiermit kündigen wir unseren Jahresvertrag fristgerecht zum 31.03.2027. Wir steigen auf das Buchungssystem des Landesseglerverbands um.

Reicht Ihnen diese E-Mail, oder müssen wir die Kündigung zusätzlich per Post schicken?

Mit freundlichen Grüßen
Hauke Petersen""",
    i="cancellation", k="request", date="2026-11-17 09:40", acct="4514233", form="outlook-alt",
    rk=["buchungssystem des landesseglerverbands"], rc="switched_service", dec=["31.03.2027"],
    notes="fristgerecht Kündigung with a question about the form; clear"),

DE("hofmann-sekretariat-weiterleitung", "Sekretariat Hofmann Architekten <sekretariat@hofmann-architekten.example>", "WG: CRM-Abo",
"""Sehr geehrtes Support-Team,

ich leite Ihnen die Nachricht von Herrn Hofmann weiter, mit der Bitte um Erledigung.

Mit freundlichen Grüßen
Monika Seitz
Sekretariat

-----Ursprüngliche Nachricht-----
Von: Bernhard Hofmann <b.hofmann@hofmann-architekten.example>
Gesendet: Donnerstag, 5. März 2026 07:12
An: Sekretariat Hofmann Architekten <sekretariat@hofmann-architekten.example>
Betreff: CRM-Abo

Frau Seitz, das CRM-Abo bitte zum Monatsende abbestellen. Die Projektakquise läuft jetzt komplett über die Plattform von der Kammer. BH""",
    i="cancellation", k="forward_request", date="2026-03-05 08:30", acct="4514345", form="forward-inline", mime="outlook-alt",
    rk=["plattform von der kammer"], rc="switched_service",
    notes="secretary forwards the owner's 'abbestellen' in Outlook; account from the forwarded registered address"),

DE("foto-dresden-nichts-mehr", "Lichtwerk Dresden", "Abo",
"""Hallo,

bitte ab sofort nichts mehr abbuchen, das Konto darf gelöscht werden. Ich habe es seit dem Frühjahr nicht mehr geöffnet, Kunden kommen sowieso über Instagram.

Grüße
Tobias""",
    i="cancellation", k="request", date="2026-09-10 14:14", acct="4514458", form="apple-alt",
    rk=["seit dem frühjahr nicht mehr geöffnet"], rc="unused",
    notes="'nichts mehr abbuchen, Konto darf gelöscht werden'"),

DE("seeblick-lizenz-aufheben", "Hotel Seeblick Direktion", "Lizenz empfang2",
"""Grüezi

Bitte heben Sie die Lizenz von Frau Huber (Benutzer empfang2) per Ende Monat auf. Sie hat uns verlassen und die Stelle wird nicht mehr besetzt.

Freundliche Grüsse
Daniel Amrein
Direktor""",
    i="cancellation", k="request_seat", un="empfang2", date="2026-05-21 16:50", tz="Europe/Zurich", acct="4514562", form="outlook-alt",
    notes="Swiss hotel owner removes a seat; 'Lizenz aufheben'"),

DE("reisebuero-zapier", "Reisebüro Spree", "Zapier-Verbindung",
"""Hallo,

wir haben Zapier gekündigt, weil es uns zu teuer geworden ist. Jetzt kommen jeden Morgen Fehlermeldungen "Webhook failed". Wie schalte ich die Verbindung in Runner ab? Runner selbst nutzen wir natürlich weiter.

Danke
Heike Lorenz""",
    i="other", k="question", date="2026-04-02 09:05", acct="4514677", form="gmail-alt",
    notes="they cancelled a third-party tool; asks how to switch off the integration"),

DE("umzug-rechnung-storno", "Umzüge Kraus Disposition", "Rechnung RE-2026-5512 stornieren",
"""Guten Tag,

bitte stornieren Sie die Rechnung RE-2026-5512 und stellen Sie sie neu aus, unsere Firmierung hat sich geändert: jetzt Umzüge Kraus GmbH statt Kraus e.K.

Danke
Melanie Kraus""",
    i="other", k="question", date="2026-06-03 10:20", acct="4514789", form="outlook-alt",
    dec=["RE-2026-5512"],
    notes="invoice cancellation/reissue; not the subscription"),

DE("brauerei-team-plan", "Sepp Huber", "Noch ein Zugang",
"""Servus,
mein Sohn macht jetzt auch mit, brauchen wir dann den größeren Tarif oder geht ein zweiter Zugang auch so?
Sepp""",
    i="other", k="plan_change", date="2026-04-12 18:10", acct="4510388", form="iphone",
    notes="upgrade question from the brewer who withdrew his cancellation earlier"),

DE("weingut-widerruf-kuendigung", "Weingut Kessler", "Widerruf unserer Kündigung",
"""Hallo,

hiermit widerrufen wir unsere Kündigung vom 3. August. Ihr Angebot mit dem Rabatt für Familienbetriebe nehmen wir an, dann bleiben wir.

Gruß
Jochen Kessler""",
    i="other", k="withdrawal", wd=True, date="2026-08-12 12:02", acct="4510967", form="gmail-alt", irt="weingut-kuendigt-jetzt",
    dec=["3. August"],
    notes="'Widerruf unserer Kündigung' = withdrawal, accepting a retention offer"),

DE("tafel-support-beschwerde", "Vorstand Tafel Neustadt", "Ihr Support",
"""Sehr geehrte Damen und Herren,

ich warte seit elf Tagen auf eine Antwort zu meiner Frage nach dem Spendenquittungs-Export. Für einen ehrenamtlich geführten Verein ist das nicht akzeptabel. Ich erwarte, dass sich jemand meldet.

Werner Albrecht
1. Vorsitzender""",
    i="other", k="other", date="2026-10-28 19:30", acct="4514890", form="gmail-alt",
    dec=["elf Tagen"],
    notes="complaint about support, no cancellation wish"),

DE("tafel-per-email-oder-fax", "Vorstand Tafel Neustadt", "Kündigung per E-Mail?",
"""Sehr geehrte Damen und Herren,

nach dem Ärger der letzten Wochen hat der Vorstand beschlossen, den Vertrag zu kündigen. Genügt dafür diese E-Mail, oder brauchen Sie ein unterschriebenes Schreiben per Fax oder Post?

Werner Albrecht
1. Vorsitzender""",
    i="cancellation", k="request", amb=True, date="2026-11-09 10:10", acct="4514890", form="gmail-alt", irt="tafel-support-beschwerde",
    rk=["nach dem ärger der letzten wochen"], rc="customer_service",
    notes="states the board's decision and asks whether the e-mail suffices; chosen reading: cancellation, ambiguous"),

DE("postfach-nicht-betreut", "Umzüge Kraus Disposition", "Automatische Antwort: Ihre Rechnung",
"""Dieses Postfach wird nicht mehr betreut. Bitte richten Sie Ihre Nachricht an buero@umzuege-kraus.example.

Umzüge Kraus GmbH""",
    i="auto_reply", k="auto_reply", date="2026-09-01 06:00", acct="4514789", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"},
    notes="mailbox-no-longer-monitored auto-reply"),

# ------------------------------------------------------------------ es
ES("contador-cordoba-en-nombre", "Estudio Contable Ferreyra <cferreyra@estudioferreyra.example>", "Baja de servicio - Luz Sur Fotografía",
"""Buenas tardes,

Escribo en nombre de mi cliente, Luz Sur Fotografía (CUIT 27-55501234-6), para solicitar la baja del servicio a partir del próximo mes. La cuenta está registrada con el correo estudio@luzsur-foto.example.

Mi clienta está reduciendo gastos fijos y este es uno de los que decidimos recortar.

Saludos cordiales,
Cr. Claudio Ferreyra
Estudio Contable Ferreyra – Córdoba""",
    i="cancellation", k="request", em="estudio@luzsur-foto.example", date="2026-07-09 15:30", tz="America/Argentina/Cordoba",
    acct="4524113", form="outlook-alt", rk=["reduciendo gastos fijos"], rc="too_expensive", dec=["27-55501234-6"],
    notes="Argentine accountant writes for the client (not a forward); registered e-mail given; CUIT decoy"),

ES("colegio-quito-no-continuar", "Secretaría Colegio Montúfar", "Servicio CRM",
"""Estimados,

Les informamos que no deseamos continuar con el servicio al término del año contratado. El Ministerio implementó una plataforma obligatoria para la gestión de matrículas.

Atentamente,
Lcda. Rosa Paredes
Secretaria General""",
    i="cancellation", k="request", date="2026-08-03 11:00", tz="America/Guayaquil", acct="4524226", form="outlook-alt",
    rk=["plataforma obligatoria para la gestión de matrículas"], rc="switched_service",
    notes="Ecuadorian school; 'no deseamos continuar'"),

ES("gimnasio-bilbao-devolucion", "Recepción Gimnasio Zorrotza", "Baja y devolución",
"""Kaixo,

Dadnos de baja, por favor. Hemos contratado un programa específico de gimnasios que ya trae los accesos con torno.

Y ya que estamos: pagamos el año entero en febrero, ¿nos devolvéis la parte que no vamos a usar?

Eskerrik asko,
Iker""",
    i="cancellation", k="request", refund=True, date="2026-06-22 12:45", acct="4524338", form="gmail-alt",
    rk=["programa específico de gimnasios"], rc="switched_service",
    notes="Bilbao gym, Basque greetings; request plus refund question"),

ES("florista-spanglish", "Flores Tlalpan", "cancel subscription",
"""Hola buenas tardes, quiero cancelar mi subscription, ya no la uso desde que mi sobrino me hizo una pagina con pedidos. Thank you!
Lupita""",
    i="cancellation", k="request", date="2026-04-18 17:55", tz="America/Mexico_City", acct="4524441", form="gmail-alt",
    rk=["ya no la uso"], rc="unused", sloppy=True,
    notes="Mexican florist, Spanish with English words"),

ES("quiroga-practicante", "Estudio Quiroga Socios", "Licencia practicante",
"""Hola,

Por favor eliminen la licencia de la practicante (usuario: practicas). Terminó sus prácticas en diciembre y no vamos a tener otra hasta el próximo año.

Gracias,
Dr. Martín Quiroga""",
    i="cancellation", k="request_seat", un="practicas", date="2026-01-12 09:30", tz="America/Lima", acct="4524553", form="gmail-alt",
    notes="Peruvian law office removes an intern's seat"),

ES("medellin-no-cobren", "Agencia Paisa Cuentas", "cobro",
"""Buenas, por favor no me vuelvan a cobrar, no lo voy a seguir usando. El equipo se redujo a dos personas y manejamos los clientes por correo.
Gracias,
Sebastián""",
    i="cancellation", k="request", date="2026-10-05 08:35", tz="America/Bogota", acct="4524667", form="gmail-alt",
    rk=["el equipo se redujo a dos personas"], rc="unused",
    notes="'no me vuelvan a cobrar, no lo voy a seguir usando'"),

ES("turia-baja-maternidad", "Consultora Turia", "Baja por maternidad",
"""Hola,

a partir del 1 de marzo estaré de baja por maternidad unos cuatro meses. ¿Puedo pasar la administración de la cuenta a mi compañera Elena (elena@consultora-turia.example) mientras tanto, sin cambiar el plan?

Gracias,
Clara""",
    i="other", k="question", date="2026-02-25 13:00", acct="4524778", form="gmail-alt",
    notes="'baja por maternidad' = maternity leave; asks to hand over admin rights"),

ES("vet-mendoza-congelar", "Veterinaria Andes Turnos", "Agosto",
"""Hola! En agosto cerramos por vacaciones todo el mes. ¿Se puede congelar la cuenta ese mes y no pagarlo? En septiembre seguimos normal.
Gracias, Romina""",
    i="other", k="pause", date="2026-07-20 10:10", tz="America/Argentina/Mendoza", acct="4524889", form="gmail-alt",
    notes="pause for one month"),

ES("arco-derecho-cancelacion", "Rodrigo Villaseñor <rvillasenor@correo-mx.example>", "Solicitud de derechos ARCO - Cancelación",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, ejerzo mi derecho de cancelación respecto de mis datos personales. Fui cliente de Flores Tlalpan y sigo recibiendo mensajes de su sistema.

Adjunto copia de mi INE para acreditar mi identidad.

Rodrigo Villaseñor""",
    i="other", k="data_deletion", date="2026-05-27 20:15", tz="America/Mexico_City", form="plain-qp",
    notes="Mexican ARCO 'derecho de cancelación' = data erasure; not a customer"),

ES("turia-gracias-ayuda", "Consultora Turia", "Re: Baja por maternidad",
"""¡Perfecto, muchas gracias! Elena ya entra sin problema.
Clara""",
    i="other", k="thanks", date="2026-02-26 18:02", acct="4524778", form="iphone", irt="turia-baja-maternidad",
    notes="thanks"),

ES("proveedor-pitch-es", "Lucas de Retenia <lucas@retenia-growth.example>", "¿Cuántas bajas pierde CRM Runner cada mes?",
"""Hola equipo,

Ayudamos a empresas SaaS a recuperar hasta un 25 % de las cancelaciones con encuestas de salida y ofertas automáticas. ¿Os va bien una llamada de 20 minutos la semana que viene?

Un saludo,
Lucas Benítez
Retenia Growth – Madrid""",
    i="other", k="sales", date="2026-03-24 09:45", form="gmail-alt",
    dec=["25 %"],
    notes="cold sales mail about churn"),

ES("vet-mendoza-boton-cancelar-envio", "Veterinaria Andes Turnos", "No funciona cancelar envío",
"""Hola, programé un recordatorio de vacunas para el lunes con la fecha mal y el botón "Cancelar envío" no hace nada, lo aprieto y sigue programado. Me ayudan? Se lo va a mandar a 600 clientes.
Romina""",
    i="other", k="bug_report", date="2026-09-18 19:25", tz="America/Argentina/Mendoza", acct="4524889", form="gmail-alt",
    dec=["600"],
    notes="cannot cancel a scheduled e-mail; bug report"),

ES("colegio-auto-vacaciones", "Secretaría Colegio Montúfar", "Respuesta automática: Servicio CRM",
"""Estimado/a:

La Secretaría General se encuentra en periodo de vacaciones hasta el 1 de septiembre. Para trámites urgentes de matrícula comuníquese al (02) 555-0142.

Colegio Montúfar""",
    i="auto_reply", k="auto_reply", date="2026-08-10 08:00", tz="America/Guayaquil", acct="4524226", form="auto-reply",
    hdrs={"Auto-Submitted": "auto-replied"}, dec=["(02) 555-0142"],
    notes="holiday auto-reply"),

# ------------------------------------------------------------------ fr
FR("conciergerie-ne-pas-reconduire", "Conciergerie du Vieux-Lille", "Abonnement annuel",
"""Bonjour,

Merci de ne pas reconduire notre abonnement annuel à son échéance de décembre. Nous avons regroupé la gestion des locations sur la plateforme de notre partenaire.

Bonne journée,
Héloïse Dumont""",
    i="cancellation", k="request", date="2026-11-05 10:30", acct="4534118", form="gmail-alt",
    rk=["plateforme de notre partenaire"], rc="switched_service",
    notes="'ne pas reconduire' = non-renewal"),

FR("sherbrooke-canceller", "Paysages Estrie", "Canceller",
"""Salut, je veux canceller mon abonnement à la fin du mois. Ça coûte trop cher pour ce que j'en fais, surtout l'hiver quand il n'y a pas de contrats.
Merci
Steve Bolduc""",
    i="cancellation", k="request", date="2026-11-20 08:15", tz="America/Toronto", acct="4534229", form="gmail-alt",
    rk=["ça coûte trop cher pour ce que j'en fais"], rc="too_expensive", sloppy=True,
    notes="Quebec anglicism 'canceller'"),

FR("bamako-lettre-pdf", "ONG Sahel Eau Secrétariat", "Lettre de résiliation",
"""Bonjour,

Veuillez trouver ci-joint notre lettre de résiliation de l'abonnement, signée par le coordinateur. Le projet financé par le bailleur s'achève le 30 juin et nous n'aurons plus de budget pour ce service.

Cordialement,
Aminata Coulibaly
Secrétariat""",
    i="cancellation", k="request", date="2026-06-10 10:00", tz="Africa/Bamako", acct="4534331", form="attachment-pdf",
    attach=["Lettre_resiliation_CRM.pdf"], rk=["plus de budget pour ce service"], rc="too_expensive", dec=["30 juin"],
    notes="Malian NGO, request in the body with a signed PDF letter attached"),

FR("librairie-supprimez-compte-donnees", "Librairie Les Mots Passants", "Suppression",
"""Bonjour,

Je vous demande de supprimer mon compte et toutes les données associées (fiches clients, historique des commandes), conformément au RGPD. La librairie est reprise et le repreneur ne souhaite pas récupérer ce fichier.

Cordialement,
Jeanne Morvan""",
    i="cancellation", k="request", amb=True, date="2026-03-31 17:20", acct="4534555", form="gmail-alt",
    rk=["la librairie est reprise"], rc="business_closed",
    notes="account deletion + GDPR erasure; chosen reading: cancellation (closing the account), ambiguous"),

FR("koenig-desactiver-commercial", "Vins König Direction", "Ancien commercial",
"""Bonjour,

Merci de désactiver le compte de notre ancien commercial (login : commercial) et de ne plus le facturer. Nous ne remplaçons pas le poste cette année.

Cordialement,
Frédéric König
Vins d'Alsace König – Riquewihr""",
    i="cancellation", k="request_seat", un="commercial", date="2026-01-29 11:25", tz="Europe/Paris", acct="4534443", form="outlook-alt",
    notes="owner removes a seat whose login is the ordinary word 'commercial'"),

FR("auto-ecole-remboursement-mois", "Auto-école du Mourillon", "Résiliation immédiate",
"""Bonjour,

Je résilie notre abonnement avec effet immédiat et je demande le remboursement du mois entamé (prélevé le 3 mai, 49 €), puisque nous n'avons rien utilisé depuis. Les moniteurs sont passés sur l'appli de la plateforme de réservation.

Cordialement,
Karim Benali""",
    i="cancellation", k="request", refund=True, date="2026-05-05 14:00", acct="4534666", form="outlook-alt",
    rk=["passés sur l'appli de la plateforme de réservation"], rc="switched_service", dec=["3 mai", "49 €"],
    notes="clear request plus refund of the current month"),

FR("photographe-prelevement-virement", "Atelier Lumière du Lac", "Prélèvement",
"""Bonjour,

Pouvez-vous annuler le prélèvement automatique ? Je préfère payer par virement chaque mois, ma banque suisse facture des frais sur les prélèvements en euros. L'abonnement continue bien sûr.

Merci
Anouk Favre""",
    i="other", k="question", date="2026-07-14 09:10", tz="Europe/Zurich", acct="4534777", form="gmail-alt",
    notes="'annuler le prélèvement' = payment method change"),

FR("conciergerie-passer-pro", "Conciergerie du Vieux-Lille", "Formule Pro",
"""Bonjour, on a signé trois nouveaux propriétaires. Est-ce qu'on peut passer à la formule Pro dès ce mois-ci ? Merci
Héloïse""",
    i="other", k="plan_change", date="2026-03-06 09:50", acct="4534118", form="gmail-alt",
    notes="upgrade request"),

FR("librairie-deja-resilie", "Librairie Les Mots Passants", "Prélèvement après résiliation",
"""Bonjour,

Vous m'avez confirmé la suppression du compte le 2 avril, et pourtant un prélèvement de 19 € a eu lieu le 5 mai. Merci de me rembourser.

Jeanne Morvan""",
    i="other", k="already_cancelled", refund=True, date="2026-05-07 11:40", acct="4534555", form="gmail-alt",
    dec=["2 avril", "19 €", "5 mai"],
    notes="charged after confirmed cancellation; refund only"),

FR("koenig-standard-resilie", "Vins König Direction", "Changement de numéro",
"""Bonjour,

Nous avons résilié notre abonnement téléphonique chez l'opérateur et le numéro du domaine change : c'est désormais le 03 89 55 50 127. Pouvez-vous mettre à jour la fiche de facturation ?

Merci,
Frédéric König""",
    i="other", k="other", date="2026-10-07 16:05", tz="Europe/Paris", acct="4534443", form="outlook-alt",
    dec=["03 89 55 50 127"],
    notes="'résilié notre abonnement téléphonique' refers to the phone operator; billing update"),

FR("photographe-comment-resilier", "Atelier Lumière du Lac", "question",
"""Bonjour, où se trouve l'option pour résilier dans les paramètres ? Je ne la vois pas dans « Facturation ».
Anouk""",
    i="other", k="how_to", band="maybe", date="2026-10-30 20:10", tz="Europe/Zurich", acct="4534777", form="iphone",
    notes="how-to alone, no decision stated"),

FR("sunu-finalement-garde", "Sunu Voyages", "Re: compte",
"""bjr finalement je garde le compte, mon neveu va reprendre l agence de Thiès. svp ne fermez pas. merci
Ibrahima

Le 1 sept. 2026 à 10:44, Sunu Voyages <resa@sunu-voyages.example> a écrit :
> bjr svp fermez mon compte je n utilise plus depuis le covid les agences on a fermé 2 sur 3. merci""",
    i="other", k="withdrawal", wd=True, date="2026-09-03 09:30", tz="Africa/Dakar", acct="4533562", form="android", irt="sunu-fermez-compte",
    sloppy=True,
    notes="'finalement je garde le compte ... ne fermez pas' withdraws the request"),

FR("bounce-librairie", "Mail Delivery System <MAILER-DAEMON@mx.hebergeur-fr.example>", "Undelivered Mail Returned to Sender",
"",
    i="bounce", k="bounce", date="2026-03-30 09:00", form="dsn", acct="4534555",
    dsn=dict(human="""This is the mail system at host mx.hebergeur-fr.example.

Your message could not be delivered to one or more recipients.

<librairie@les-mots-passants.example>: connect to mx.les-mots-passants.example:
    Connection timed out (délai dépassé après 5 jours)""",
             mta="mx.hebergeur-fr.example", rcpt="librairie@les-mots-passants.example", status="4.4.1", postfix=True,
             diag="X-Postfix; connect to mx.les-mots-passants.example: Connection timed out",
             returned=dict(frm="Support CRM Runner <support@crmrunner.example>", to="librairie@les-mots-passants.example",
                           subj="Votre facture de mars", date="2026-03-25 08:59",
                           body="Bonjour,\n\nvotre facture de mars est disponible dans votre espace client.\n\nL'équipe CRM Runner")),
    notes="delayed-delivery failure bounce (5 days) for an invoice mail"),

# ------------------------------------------------------------------ pt
PT("setubal-procedam", "Soluções Sado", "Cancelamento",
"""Bom dia,

Agradeço que procedam ao cancelamento da nossa subscrição no final deste mês. A empresa vai ser dissolvida.

Com os melhores cumprimentos,
Nuno Rebelo""",
    i="cancellation", k="request", date="2026-04-27 10:05", tz="Europe/Lisbon", acct="4544110", form="outlook-alt",
    rk=["a empresa vai ser dissolvida"], rc="business_closed",
    notes="European Portuguese formal request"),

PT("pinheiro-notificacao-rescisao", "Pinheiro Advogados Jurídico", "Notificação de rescisão contratual",
"""Prezados Senhores,

Pela presente, Pinheiro & Costa Sociedade de Advogados notifica V.Sas. da rescisão do contrato de licença de uso do software CRM Runner, nos termos da cláusula de vigência, devendo a rescisão produzir efeitos ao final do ciclo de faturamento vigente.

Solicitamos que não sejam efetuadas novas cobranças após essa data.

Atenciosamente,

Dra. Beatriz Pinheiro
OAB/SP 255.018""",
    i="cancellation", k="request", date="2026-10-13 16:30", tz="America/Sao_Paulo", acct="4544221", form="outlook-html",
    sig=["Pinheiro & Costa Sociedade de Advogados", "CNPJ 33.555.412/0001-07", "Av. Paulista, 1842 – cj. 155", "(11) 5555-0193"],
    dec=["255.018", "33.555.412/0001-07", "(11) 5555-0193"],
    notes="Brazilian law firm, formal notificação de rescisão in Outlook HTML; OAB, CNPJ, phone are decoys"),

PT("huambo-nao-queremos", "Planalto Comércio", "sistema",
"""Boa tarde, nao queremos continuar com o sistema, a internet aqui no Huambo cai todo dia e nao da para trabalhar assim. Obrigado
Esperança""",
    i="cancellation", k="request", date="2026-08-06 15:00", tz="Africa/Luanda", acct="4544332", form="android",
    rk=["a internet aqui no huambo cai todo dia"], rc="other", sloppy=True,
    notes="Angolan shop on phone; 'não queremos continuar'"),

PT("paulista-remover-vendas", "TI Distribuidora Paulista", "Remover usuário",
"""Olá,

Favor remover o usuário vendas.sp do nosso plano. O vendedor foi desligado semana passada e a carteira passou para o gerente, que já tem acesso.

Obrigado,
Leandro – TI""",
    i="cancellation", k="request_seat", un="vendas.sp", date="2026-06-15 11:15", acct="4544444", form="gmail-alt",
    notes="owner (IT) removes a salesman's seat"),

PT("fortaleza-reembolso", "Salão Iracema", "Cancelar",
"""Oi, quero cancelar o plano. Contratei achando que mandava lembrete pelo WhatsApp e não manda. Dá pra devolver o valor desse mês? Paguei faz 3 dias.
Obrigada, Jaqueline""",
    i="cancellation", k="request", refund=True, date="2026-03-16 13:30", tz="America/Fortaleza", acct="4544556", form="gmail-alt",
    rk=["não manda"], rc="missing_features", dec=["3 dias"],
    notes="cancel plus refund of the current month; missing WhatsApp reminders"),

PT("festas-ps-santos", "ONG Festas SP Eventos <eventos@festas-sp.example>", "Relatório de inscrições junina",
"""Olá equipe,

Estou montando o relatório das inscrições da festa junina e percebi que o filtro por bairro não considera os inscritos que vieram pelo formulário do Instagram. Eles aparecem sem bairro nenhum. Tem como corrigir em massa ou preciso editar um por um? São umas 230 fichas.

Outra coisa: o relatório em PDF corta o nome das barracas maiores. Seria ótimo se desse para ajustar a largura da coluna.

Obrigada,
Priscila

P.S. aproveitando: podem cancelar a conta da filial de Santos (contato@festas-santos.example)? Ela não tem mais evento próprio, tudo passou para cá.""",
    i="cancellation", k="request", em="contato@festas-santos.example", date="2026-06-05 17:45", tz="America/Sao_Paulo",
    acct="4544667", form="gmail-alt", other_owner_ok=True, rk=["tudo passou para cá"], rc="other", dec=["230"],
    notes="request for the other (Santos) account buried in a P.S.; registered address given; sender is the SP account's owner"),

PT("manaus-nota-fiscal", "Gráfica Rio Negro Orçamento", "Cancelamento da nota fiscal",
"""Boa tarde, a nota fiscal de setembro saiu com o CNPJ errado (saiu 04.555.231/0001-55, o certo é 04.555.231/0002-36, é da filial). Vocês conseguem fazer o cancelamento da nota e emitir outra?
Obrigado
Raimundo""",
    i="other", k="question", date="2026-10-02 10:30", tz="America/Manaus", acct="4544779", form="gmail-alt",
    dec=["04.555.231/0001-55", "04.555.231/0002-36"],
    notes="'cancelamento da nota fiscal' = invoice reissue"),

PT("aveiro-plano-basico", "Fisio Ria Clínica", "Mudar de plano",
"""Olá,

Queríamos passar para o plano mais básico a partir de janeiro. Deixámos de usar as campanhas de e-mail e não faz sentido pagar o Pro.

Obrigada,
Sofia""",
    i="other", k="downgrade", date="2026-11-19 12:00", tz="Europe/Lisbon", acct="4544880", form="gmail-alt",
    notes="downgrade, not a cancellation"),

PT("fortaleza-newsletter", "Salão Iracema", "parar emails",
"""Oi, como paro de receber esses emails de dicas de vocês? Todo dia chega um. Obrigada""",
    i="other", k="newsletter_unsubscribe", date="2026-02-27 08:40", tz="America/Fortaleza", acct="4544556", form="iphone",
    notes="wants to stop marketing e-mails"),

PT("paulista-quantas-licencas", "TI Distribuidora Paulista", "Licenças",
"""Bom dia, quantas licenças temos ativas hoje? Preciso desse número para o orçamento de TI de 2027.
Leandro""",
    i="other", k="question", date="2026-11-13 09:00", acct="4544444", form="gmail-alt",
    dec=["2027"],
    notes="asks how many seats are active"),

PT("manaus-ja-cancelei", "Gráfica Rio Negro Orçamento", "Ainda cobrando",
"""Pessoal, eu cancelei pelo painel em 20 de outubro, apareceu a mensagem de confirmação e tudo. Mas chegou boleto de novembro. O que está acontecendo?
Raimundo""",
    i="other", k="already_cancelled", date="2026-11-06 14:20", tz="America/Manaus", acct="4544779", form="gmail-alt",
    dec=["20 de outubro"],
    notes="already cancelled, still billed; no refund asked explicitly, no new request"),

PT("aveiro-multa-meio-ano", "Fisio Ria Clínica", "Dúvida contrato",
"""Boa tarde,

Estamos a avaliar outras opções para o próximo ano. Se cancelássemos a meio do ano, haveria alguma penalização?

Obrigada,
Sofia""",
    i="other", k="hypothetical", date="2026-09-23 15:30", tz="Europe/Lisbon", acct="4544880", form="gmail-alt",
    notes="hypothetical question about a penalty"),

PT("huambo-nao-monitorado", "Planalto Comércio", "Resposta automática",
"""Este endereço de e-mail não é mais monitorado. Para assuntos comerciais contacte comercial@planalto-comercio.example.""",
    i="auto_reply", k="auto_reply", date="2026-10-01 07:00", tz="Africa/Luanda", acct="4544332", form="auto-reply",
    notes="no-longer-monitored auto-reply without Auto-Submitted header"),
]
