"""Round 5: 12 German, 13 Spanish, 12 French, 12 Portuguese messages (hand-written)."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
3900118 moebel_seiler inhaber@moebel-seiler.example monthly tier=pro
3901247 g.wimmer g.wimmer@a1.example monthly tier=starter
3902365 c.hoffmann c.hoffmann@web.example yearly tier=pro
3903481 reisebuero_sonne service@reisebuero-sonne.example monthly tier=pro
3903482 sonne_filiale2 filiale2@reisebuero-sonne.example monthly tier=starter
3904590 dachdecker_stein info@dachdecker-stein.example monthly tier=team
3905612 bauplan_ag kontakt@bauplan.example monthly cur=CHF tier=team
3906773 finanz_weber buero@finanz-weber.example monthly tier=pro
3907834 j.pohl j.pohl@gmail.example monthly tier=starter
3920155 vale.munoz vale.munoz@gmail.example monthly cur=USD tier=starter
3921774 logistica_ebro direccion@logisticaebro.example monthly tier=team
3922806 ventas_norte admin@ferreterianorte.example monthly cur=MXN tier=team
3923917 yoli.mar yolimar.perez@gmail.example monthly cur=USD tier=pro
3924038 andrea.sanz andrea.sanz@gmail.example monthly tier=pro
3925149 hostal_brisa hostalbrisa@gmail.example monthly tier=starter status=cancelled
3926260 asesoria_luna info@asesorialuna.example monthly tier=team
3940117 cabinet_roux secretariat@cabinet-roux.example monthly tier=pro
3941125 menuiserie_gagnon info@menuiseriegagnon.example monthly cur=CAD tier=team
3942236 theo.b theo.bernard@gmail.example monthly tier=starter
3943347 clinique_veto accueil@clinique-veto-sud.example yearly tier=pro
3944458 j.dupuis j.dupuis@orange.example yearly tier=pro
3945569 s.martin-conseil sophie.martin@conseil-sm.example monthly tier=pro
3946670 a.kone a.kone@gmail.example monthly tier=pro
3970213 farmacia_central geral@farmaciacentral.example monthly tier=pro
3971324 escritorio_lisboa escritorio@advogados-lx.example monthly tier=team
3972435 joao.mei joao.vitor@gmail.example monthly cur=BRL tier=starter
3973546 marina.lopes marina.lopes@gmail.example monthly cur=BRL tier=pro
3974657 construtora_alfa compras@construtoraalfa.example monthly cur=BRL tier=pro
3975768 leandro.f leandro.fonseca@gmail.example monthly cur=BRL tier=pro
""")

MESSAGES = [
# ------------------------------------------------------------------ German
DE("de-weiterleitung-anhang-buchhaltung", "Buchhaltung Möbel Seiler <buchhaltung@moebel-seiler.example>", "WG: CRM",
   """Guten Tag,

im Anhang die Mail von unserem Chef, Herrn Seiler. Bitte kündigen Sie wie gewünscht und schicken die Bestätigung an ihn und an mich.

Freundliche Grüße
Birgit Lang
Buchhaltung
""", i="cancellation", k="forward_request", date="2026-01-14 10:22", acct="3900118", form="forward-rfc822",
   inner=dict(frm="Reinhard Seiler <inhaber@moebel-seiler.example>", to="Buchhaltung <buchhaltung@moebel-seiler.example>",
              subj="CRM", date="2026-01-13 18:40", fname="CRM.eml",
              body="""Birgit,

bitte das CRM Runner zum nächsten Termin kündigen. Wir machen die Kundenpflege wieder über Outlook, das reicht für uns.

R. Seiler
"""),
   rk=["wir machen die kundenpflege wieder über outlook"], rc="switched_service",
   notes="bookkeeper forwards the owner's mail as an attachment and asks to cancel"),

DE("de-brauch-ma-nimma-handy", "g.wimmer@a1.example", "runner",
   """bitte runner kuendigen, brauch ma nimma. danke wimmer""", i="cancellation", k="request",
   date="2026-05-29 07:12", tz="Europe/Vienna", acct="3901247", rk=["brauch ma nimma"], rc="unused",
   form="android", sloppy=True, notes="Austrian dialect, no umlauts, phone one-liner"),

DE("de-kreditkarte-nicht-mehr-belasten", "Claudia Hoffmann", "Jahresabo auslaufen lassen",
   """Hallo,

bitte belasten Sie meine Kreditkarte nicht mehr und lassen Sie meine Mitgliedschaft zum Ende der Laufzeit im August auslaufen. Ich arbeite inzwischen nur noch mit zwei Stammkunden, dafür lohnt sich das nicht.

Viele Grüße
Claudia Hoffmann
""", i="cancellation", k="request", date="2026-06-29 14:45", acct="3902365",
   rk=["ich arbeite inzwischen nur noch mit zwei stammkunden"], rc="unused", form="apple-alt",
   notes="no more card charges + let the membership expire = cancellation"),

DE("de-username-und-nummer-verschiedene-konten", "Reisebüro Sonne - Frank Lehmann <f.lehmann@reisebuero-sonne.example>",
   "Kündigung", """Hallo,

bitte kündigen Sie unser Konto. Benutzername ist reisebuero_sonne, Kundennummer 3903482.

Danke
Frank Lehmann
""", i="cancellation", k="request", date="2026-07-20 11:08", an="3903482", un="reisebuero_sonne",
   form="outlook-alt",
   notes="clear request, but username and customer number belong to two different accounts of the same agency; account cannot be told (null)"),

DE("de-lehrling-zugang-entfernen", "Dachdecker Stein <info@dachdecker-stein.example>", "Zugang Lehrling",
   """Hallo,

unser Lehrling hat die Lehre abgebrochen. Bitte den Zugang lehrling aus unserem Team-Konto entfernen, ab sofort brauchen wir nur noch 3 Plätze.

Gruß
Michael Stein
""", i="cancellation", k="request_seat", date="2026-02-02 07:30", acct="3904590", un="lehrling",
   form="plain-qp", notes="owner removes an apprentice's seat; login is an ordinary word"),

DE("de-team-auf-pro-runterstufen", "Bauplan AG <kontakt@bauplan.example>", "Wechsel Team -> Pro",
   """Guten Tag

Wir möchten per nächstem Monat von Team auf Pro wechseln, da nur noch zwei Projektleiter das CRM brauchen. Bitte nicht kündigen, nur umstellen.

Freundliche Grüsse
Reto Ammann
""", i="other", k="downgrade", date="2026-03-26 09:50", tz="Europe/Zurich", acct="3905612", form="outlook-alt",
   notes="downgrade, explicitly not a Kündigung"),

DE("de-liste-digest-crm-gruppe", "CRM-Stammtisch Mittelstand <crm-stammtisch@lists.mittelstand.example>",
   "[crm-stammtisch] Digest Nr. 112", """Heutige Themen:

  1. Re: CRM Runner kündigen - wie lange vorher? (Ralf B.)
  2. Erfahrungen mit Pipedrive? (Anja K.)

----------------------------------------------------------------------

Nachricht: 1
Von: Ralf B.
Betreff: Re: CRM Runner kündigen - wie lange vorher?

Bei uns ging das per Mail an den Support, Bestätigung kam nach zwei Tagen. Frist war Monatsende.

----------------------------------------------------------------------

Nachricht: 2
Von: Anja K.
Betreff: Erfahrungen mit Pipedrive?

Hat jemand Pipedrive im Einsatz und kann was zur Outlook-Integration sagen?

----------------------------------------------------------------------
Abmelden: crm-stammtisch-leave@lists.mittelstand.example
""", i="other", k="list_mail", date="2026-08-07 05:00", form="plain-qp",
   hdrs={"List-Id": "<crm-stammtisch.lists.mittelstand.example>", "Precedence": "list",
         "List-Unsubscribe": "<mailto:crm-stammtisch-leave@lists.mittelstand.example>"},
   notes="mailing-list digest that reached the support address; discusses cancelling, no request"),

DE("de-wie-nutzer-entfernen", "Finanz Weber <buero@finanz-weber.example>", "Nutzer entfernen?",
   """Hallo,

wie kann ich als Admin einen Nutzer aus unserem Konto entfernen? Unter Einstellungen > Team sehe ich nur "Rolle ändern". Und zahlen wir den Platz dann automatisch nicht mehr?

Danke
Jürgen Weber
""", i="other", k="how_to", band="maybe", date="2026-04-20 16:18", acct="3906773", form="gmail-alt",
   notes="asks how to remove a seat, names no colleague and states no decision"),

DE("de-rechnung-stornieren-ustid", "Finanz Weber <buero@finanz-weber.example>", "Rechnung 2026-1187 stornieren",
   """Hallo,

bitte stornieren Sie die Rechnung 2026-1187 und stellen Sie sie mit unserer USt-IdNr. DE 312 778 459 neu aus. Ohne die Nummer kann mein Steuerberater sie nicht verbuchen.

Danke
J. Weber
""", i="other", k="order_cancel", date="2026-05-06 08:57", acct="3906773", dec=["2026-1187", "DE 312 778 459"],
   form="gmail-alt", notes="invoice reissue; Rechnung stornieren is not a cancellation"),

DE("de-kuendigungsbestaetigung-pdf", "Lena Voss <lena@fitcoach-lena.example>", "Re: Mitgliedschaft",
   """Hallo nochmal,

könnt ihr mir die Kündigungsbestätigung noch als PDF schicken? Die brauche ich für meine Steuerunterlagen.

Danke!
Lena

Am Mo., 22. Juni 2026 um 12:18 schrieb Lena Voss <lena@fitcoach-lena.example>:
> Hallo liebes CRM Runner Team,
>
> bitte beendet meine Mitgliedschaft zum Monatsende. Ich habe meine Selbstständigkeit als Trainerin aufgegeben und bin seit Juni wieder angestellt, da brauche ich kein eigenes Kundenprogramm mehr.
""", i="other", k="question", date="2026-07-02 10:40", acct="3703415", irt="de-mitgliedschaft-beenden-trainerin",
   form="reply-above-quote", mime="gmail-alt", notes="asks for a PDF of the confirmation; request only quoted"),

DE("de-beschwerde-kuendigungsfrist", "Jonas Pohl", "Frechheit",
   """Hallo,

ich habe letzte Woche gekündigt und bekomme jetzt die Bestätigung, dass das Konto erst Ende nächsten Monats geschlossen wird und ich noch einmal zahlen muss. Davon stand bei der Anmeldung nichts. Ich finde das kundenunfreundlich und werde das auch so bewerten.

Jonas Pohl
""", i="other", k="already_cancelled", date="2026-09-16 20:14", acct="3907834", form="gmail-alt",
   notes="complains about the notice period after a confirmed cancellation; no new request"),

DE("de-preis-starter-jaehrlich", "Claudia Hoffmann", "Preis Starter",
   """Hallo, was würde Starter jährlich kosten? Nur zur Info, ich überlege für nächstes Jahr.

LG Claudia""", i="other", k="question", date="2026-03-08 12:05", acct="3902365", form="iphone",
   notes="price question"),

# ------------------------------------------------------------------ Spanish
ES("es-chile-cambie-a-otra-app", "Valentina Muñoz", "cancelar",
   """hola porfa cancelen mi cuenta, me cambie a otra app mas barata. gracias!""",
   i="cancellation", k="request", date="2026-04-09 13:55", tz="America/Santiago", acct="3920155",
   rk=["me cambie a otra app mas barata"], rc="switched_service", form="android", sloppy=True,
   notes="Chilean phone message without accents"),

ES("es-mx-dar-de-baja-usuario-pedro", "Ferretería del Norte <admin@ferreterianorte.example>", "Baja de usuario",
   """Buen día,

les pido dar de baja al usuario de Pedro Salinas (pedro.ventas), ya no labora con nosotros desde el 15. Favor de ya no cobrar esa licencia.

Saludos,
Lic. Gabriela Treviño
Administración
""", i="cancellation", k="request_seat", date="2026-06-18 10:30", tz="America/Monterrey", acct="3922806",
   un="pedro.ventas", form="outlook-alt", notes="Mexican 'dar de baja al usuario' of a colleague = seat"),

ES("es-logistica-ebro-html", "Logística Ebro <direccion@logisticaebro.example>", "Baja CRM Runner - cliente 3921774",
   """Buenos días:

Les comunicamos que deseamos dar de baja nuestra suscripción a CRM Runner (número de cliente 3921774) con efectos a final de mes. El cargo mensual se realiza en la cuenta ES76 **** 3310; les rogamos que no emitan más recibos.

Hemos decidido centralizar toda la gestión comercial en Salesforce a nivel de grupo.

Atentamente,

Pilar Aznar
Dirección Financiera
""", i="cancellation", k="request", date="2026-11-06 09:15", acct="3921774", an="3921774",
   dec=["ES76 **** 3310"], rk=["centralizar toda la gestión comercial en salesforce"], rc="switched_service",
   form="outlook-html", sig=["Logística Ebro S.A.", "Av. de Cataluña 305, 50014 Zaragoza", "Tel. 976 555 412"],
   notes="customer number vs bank account fragment (decoy)"),

ES("es-venezuela-anulen-suscripcion", "Yolimar Pérez", "Anular suscripción",
   """Buenas tardes, necesito que me anulen la suscripción, no la estoy usando para nada y me siguen cobrando en dólares todos los meses.

Bendiciones,
Yolimar""", i="cancellation", k="request", date="2026-02-14 16:40", tz="America/Caracas", acct="3923917",
   rk=["no la estoy usando para nada"], rc="unused", form="gmail-alt",
   notes="Venezuelan 'anulen la suscripción'"),

ES("es-darme-de-baja-newsletter", "Andrea Sanz", "Newsletter",
   """Hola, ¿podéis darme de baja de la newsletter? Me llegan tres correos a la semana. La cuenta la sigo usando, eh.

Andrea""", i="other", k="newsletter_unsubscribe", date="2026-05-22 09:05", acct="3924038", form="gmail-alt",
   notes="'darme de baja de la newsletter' = unsubscribe, keeps the account"),

ES("es-como-me-doy-de-baja", "Asesoría Luna <info@asesorialuna.example>", "Consulta",
   """Buenas, ¿cómo me doy de baja? ¿Es desde la web o os tengo que escribir?

Gracias,
Rocío""", i="other", k="how_to", band="maybe", date="2026-10-13 12:30", acct="3926260", form="plain-qp",
   notes="how-to alone, no stated decision"),

ES("es-olvidenlo-ya-no-cancelar", "fer.gutierrez@hotmail.example", "RE: ",
   """Olvídenlo por favor, ya no quiero cancelar. Mi socia sí lo va a usar, que siga todo igual.

Fernanda

________________________________
De: fer.gutierrez@hotmail.example
Enviado: jueves, 24 de septiembre de 2026 22:05
Para: support@crmrunner.example

Buenas noches, favor de cancelar mi suscripción de Runner, ya no la ocupo. Gracias
""", i="other", k="withdrawal", date="2026-09-25 10:12", tz="America/Mexico_City", acct="3822539", wd=True,
   irt="es-sin-asunto-favor-de-cancelar", form="reply-above-quote", mime="outlook-alt",
   notes="withdraws yesterday's request"),

ES("es-cancelar-pedido-formacion", "Asesoría Luna <info@asesorialuna.example>", "Cancelar pedido formación presencial",
   """Hola,

queremos cancelar el pedido de la formación presencial en Valencia (pedido PF-2026-118, 2 plazas). Al final no podemos ir. ¿Nos devolvéis el importe?

Gracias,
Rocío Luna
""", i="other", k="order_cancel", date="2026-03-31 17:20", acct="3926260", refund=True, dec=["PF-2026-118"],
   form="gmail-alt", notes="cancels a training order with refund"),

ES("es-ya-di-de-baja-factura-julio", "Hostal Brisa", "Factura de julio",
   """Hola,

me di de baja en junio (me llegó vuestro correo de confirmación) y ahora me ha llegado la factura de julio. ¿Tengo que pagarla o es un error?

Gracias,
Toñi
""", i="other", k="already_cancelled", date="2026-07-02 11:48", acct="3925149", form="plain-qp",
   notes="already cancelled, asks about an invoice"),

ES("es-cambiar-titular", "Asesoría Luna <info@asesorialuna.example>", "Cambio de titular",
   """Hola, la socia que abrió la cuenta se ha ido de la asesoría. ¿Podemos cambiar el titular y el correo de la cuenta sin perder los datos? No queremos cancelar nada.

Rocío""", i="other", k="question", date="2026-11-19 09:30", acct="3926260", form="gmail-alt",
   notes="change of owner, explicitly not cancelling"),

ES("es-agenda-duplica-citas", "Andrea Sanz", "Citas duplicadas",
   """Hola, desde ayer la sincronización con Google Calendar me duplica todas las citas (las veo dos veces en el móvil). ¿Podéis mirarlo? Adjunto captura en otro correo.

Andrea""", i="other", k="bug_report", date="2026-08-11 19:02", acct="3924038", form="iphone",
   notes="bug report"),

ES("es-companera-baja-medica-licencia", "Logística Ebro <direccion@logisticaebro.example>", "Licencia compañera de baja",
   """Buenos días:

Una compañera de administración estará de baja médica unos tres meses. ¿Podemos pasar su licencia temporalmente a la persona que la sustituye, sin pagar una licencia más?

Gracias,
Pilar Aznar
""", i="other", k="question", date="2026-06-08 08:44", acct="3921774", form="outlook-alt",
   notes="'de baja médica' is sick leave; reassigns a seat, no cancellation"),

ES("es-fuera-de-oficina", "Logística Ebro <direccion@logisticaebro.example>", "Respuesta automática: Fuera de la oficina",
   """Estaré fuera de la oficina del 10 al 21 de agosto. Para asuntos urgentes, contacte con recepción en el 976 555 400.

Pilar Aznar
""", i="auto_reply", k="auto_reply", date="2026-08-10 08:00", acct="3921774", dec=["976 555 400"],
   hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   irt="<out-20260810-0759.3921774@crmrunner.example>", form="outlook-alt", notes="out-of-office"),

# ------------------------------------------------------------------ French
FR("fr-transfert-piece-jointe-cabinet", "Secrétariat Cabinet Roux <secretariat@cabinet-roux.example>", "TR: Abonnement CRM",
   """Bonjour,

Vous trouverez en pièce jointe le message du Dr Roux concernant notre abonnement. Merci d'y donner suite et de nous confirmer la résiliation.

Bien cordialement,
Nadège
Secrétariat médical
""", i="cancellation", k="forward_request", date="2026-02-05 14:20", acct="3940117", form="forward-rfc822",
   inner=dict(frm="Dr Alain Roux <a.roux@cabinet-roux.example>", to="Secrétariat <secretariat@cabinet-roux.example>",
              subj="Abonnement CRM", date="2026-02-05 08:10", fname="Abonnement CRM.eml",
              body="""Nadège,

Merci de résilier l'abonnement CRM Runner. Depuis que nous utilisons Doctolib pour les rendez-vous, nous n'en avons plus l'usage.

A. Roux
"""),
   rk=["depuis que nous utilisons doctolib pour les rendez-vous"], rc="switched_service",
   notes="secretary forwards the doctor's mail as an attachment"),

FR("fr-quebec-enlever-licence-mathieu", "Menuiserie Gagnon <info@menuiseriegagnon.example>", "Licence de Mathieu",
   """Bonjour,

Pouvez-vous enlever la licence de Mathieu (mgagnon2)? Il est retourné aux études. On veut pas payer pour un accès que personne utilise.

Merci ben gros
Line Gagnon
""", i="cancellation", k="request_seat", date="2026-09-03 15:30", tz="America/Toronto", acct="3941125",
   un="mgagnon2", form="outlook-alt", notes="Quebec owner removes a colleague's seat"),

FR("fr-stp-resilie-telephone", "theo.bernard@gmail.example", "resiliation",
   """salut stp resilie mon abonnement j en ai plus besoin depuis que j ai fini ma formation. merci""",
   i="cancellation", k="request", date="2026-07-11 01:14", acct="3942236",
   rk=["j en ai plus besoin depuis que j ai fini ma formation"], rc="unused", form="android", sloppy=True,
   notes="young writer on a phone, no apostrophes or accents"),

FR("fr-numero-client-ne-pas-renouveler", "Clinique Vétérinaire du Sud <accueil@clinique-veto-sud.example>", "Non-renouvellement",
   """Bonjour,

Numéro client 3943347 : merci de ne pas renouveler notre abonnement annuel qui arrive à échéance le 30 septembre. Nous avons bien reçu votre rappel (commande n° CMD-55410).

Cordialement,
L'accueil – Clinique Vétérinaire du Sud
""", i="cancellation", k="request", date="2026-08-31 10:05", acct="3943347", an="3943347", dec=["CMD-55410"],
   form="plain-qp", notes="do not renew; order number is a decoy"),

FR("fr-communaute-notification", "Communauté CRM Runner <community@notifications.crmrunner.example>",
   "Nouvelle réponse : « Résilier sans perdre ses données ? »",
   """Bonjour,

Une nouvelle réponse a été publiée dans le fil que vous suivez : « Résilier sans perdre ses données ? »

Marc_B a écrit :
« Il suffit d'exporter les contacts en CSV avant de résilier, ça prend deux minutes. »

Voir la discussion : https://community.crmrunner.example/t/resilier-sans-perdre-donnees/4821

Vous recevez ce message parce que vous suivez ce fil. Se désabonner des notifications : https://community.crmrunner.example/unsubscribe
""", i="other", k="list_mail", date="2026-04-02 06:30", form="plain-qp",
   hdrs={"List-Id": "<community.crmrunner.example>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"},
   notes="forum notification routed to the support box; talks about résilier, no request"),

FR("fr-portabilite-donnees", "Joël Dupuis", "Portabilité de mes données",
   """Bonjour,

Je souhaite exercer mon droit à la portabilité (article 20 du RGPD) : pouvez-vous m'envoyer un export complet de mes contacts et de l'historique des échanges dans un format lisible ? Je reste client pour l'instant.

Cordialement,
Joël Dupuis
""", i="other", k="question", date="2026-05-18 11:31", acct="3944458", form="gmail-alt",
   notes="GDPR portability request, not erasure, not a cancellation"),

FR("fr-annuler-pack-formation", "Sophie Martin", "Annulation commande pack formation",
   """Bonjour,

J'ai commandé hier le pack formation (3 sessions) par erreur, je pensais qu'il était inclus dans l'abonnement. Pouvez-vous annuler cette commande et me rembourser les 150 € ?

Merci
Sophie Martin
""", i="other", k="order_cancel", date="2026-10-15 09:12", acct="3945569", refund=True, dec=["150 €"],
   form="gmail-alt", notes="cancels an add-on order"),

FR("fr-merci-asbl", "ASBL Horizons <info@horizons-asbl.example>", "RE: Résiliation – ASBL Horizons",
   """Merci pour votre confirmation rapide. Bonne continuation.

F. Lambotte

-----Message d'origine-----
De : ASBL Horizons <info@horizons-asbl.example>
Envoyé : mardi 15 septembre 2026 14:12
À : support@crmrunner.example
Objet : Résiliation – ASBL Horizons

Madame, Monsieur,

Le conseil d'administration de l'ASBL Horizons a décidé de mettre fin à l'abonnement CRM Runner à l'échéance annuelle, en raison de la fin de notre subside régional.
""", i="other", k="thanks", date="2026-09-17 08:45", tz="Europe/Brussels", acct="3843415",
   irt="fr-asbl-resiliation-html", form="reply-above-quote", mime="outlook-alt", notes="thanks after confirmation"),

FR("fr-resilie-par-erreur-reactiver", "Lucas Henry", "Re: (sans objet)",
   """Bonjour,

En fait j'ai résilié un peu vite : un client important vient de revenir. Est-ce qu'on peut annuler ma résiliation et garder le compte comme avant ?

Merci,
Lucas

Le jeu. 22 janv. 2026 à 11:45, Lucas Henry <lucas.henry@free.example> a écrit :
> Bonjour, merci de clôturer mon compte Runner. Cordialement, Lucas Henry
""", i="other", k="withdrawal", date="2026-01-28 18:20", acct="3842374", wd=True, irt="fr-sans-objet-cloturer",
   form="reply-above-quote", mime="gmail-alt", notes="asks to cancel the résiliation = withdrawal"),

FR("fr-annuel-vers-mensuel", "Joël Dupuis", "Repasser en mensuel",
   """Bonjour,

À l'échéance de juillet, je préférerais repasser en paiement mensuel plutôt que de renouveler pour un an d'un coup. C'est possible sans résilier ?

Joël
""", i="other", k="plan_change", date="2026-06-11 17:44", acct="3944458", form="gmail-alt",
   notes="yearly -> monthly; 'sans résilier'"),

FR("fr-synchro-outlook-doublons", "Aïcha Koné", "Bug synchronisation Outlook",
   """Bonjour,

Depuis la mise à jour de lundi, la synchronisation avec Outlook crée des doublons de tous mes rendez-vous. J'ai désactivé et réactivé la connexion, rien n'y fait. Ticket ouvert sous le n° 90211.

Aïcha Koné
Abidjan
""", i="other", k="bug_report", date="2026-10-21 10:10", tz="Africa/Abidjan", acct="3946670", dec=["90211"],
   form="gmail-alt", notes="bug report"),

FR("fr-quebec-vacances", "Menuiserie Gagnon <info@menuiseriegagnon.example>", "Réponse automatique : Licence de Mathieu",
   """Bonjour, je suis en vacances jusqu'au 14 septembre. Pour une urgence sur un chantier, appelez Réjean au 418 555-0193.

Line Gagnon
""", i="auto_reply", k="auto_reply", date="2026-09-04 08:00", tz="America/Toronto", acct="3941125",
   dec=["418 555-0193"], hdrs={"Auto-Submitted": "auto-replied"},
   irt="<out-20260904-0759.3941125@crmrunner.example>", form="plain-qp", notes="Quebec vacation auto-reply"),

# ------------------------------------------------------------------ Portuguese
PT("pt-reencaminha-anexo-farmacia", "Farmácia Central <geral@farmaciacentral.example>", "Fwd: CRM Runner",
   """Bom dia,

Reencaminho em anexo o email da Dra. Helena, diretora técnica. Agradeço que procedam conforme pedido.

Cumprimentos,
Rui Santos
""", i="cancellation", k="forward_request", date="2026-03-23 09:40", tz="Europe/Lisbon", acct="3970213",
   form="forward-rfc822",
   inner=dict(frm="Helena Reis <helena.reis@farmaciacentral.example>", to="Farmácia Central <geral@farmaciacentral.example>",
              subj="CRM Runner", date="2026-03-20 18:05", fname="CRM Runner.eml",
              body="""Rui,

Por favor cancela a subscrição do CRM Runner. O programa da farmácia já faz a gestão dos clientes e não precisamos de pagar duas coisas.

Helena
"""),
   rk=["o programa da farmácia já faz a gestão dos clientes"], rc="switched_service",
   notes="colleague forwards the director's mail as attachment"),

PT("pt-retirar-licenca-sofia", "Escritório de Advogados <escritorio@advogados-lx.example>", "Licença Sofia",
   """Boa tarde,

A Dra. Sofia Ramalho deixou o escritório. Solicito que retirem a licença dela (sofia.r) e que deixemos de a pagar a partir deste mês.

Obrigado,
Nuno Teixeira
""", i="cancellation", k="request_seat", date="2026-04-16 15:00", tz="Europe/Lisbon", acct="3971324",
   un="sofia.r", form="outlook-alt", notes="Portuguese owner removes a colleague's licence"),

PT("pt-fechei-meu-mei", "João Vitor", "encerrar assinatura",
   """Oi, fechei meu MEI mês passado, então pode encerrar minha assinatura do Runner. Valeu pela ferramenta!

João Vitor""", i="cancellation", k="request", date="2026-10-05 12:25", acct="3972435",
   rk=["fechei meu mei"], rc="business_closed", form="iphone", notes="closed his micro-business"),

PT("pt-pode-esquecer-pedido", "felipe.dias@gmail.example", "Re:",
   """pode esquecer o pedido, vou continuar usando. consegui um cliente novo rs

Em sáb., 6 de jun. de 2026 às 23:58, <felipe.dias@gmail.example> escreveu:
> pode desativar minha conta do runner? obg
""", i="other", k="withdrawal", date="2026-06-08 09:15", acct="3872488", wd=True, irt="pt-sem-assunto-desativar",
   form="reply-above-quote", mime="gmail-alt", sloppy=True, notes="withdraws the earlier request"),

PT("pt-grupo-vendas-lista", "Grupo Vendas B2B <vendas-b2b@googlegroups.example>", "[vendas-b2b] Alguém usa CRM Runner?",
   """Pessoal, alguém aqui usa o CRM Runner? Estou pensando em cancelar o Pipedrive e migrar. Vale a pena?

-- 
Você recebeu esta mensagem porque está inscrito no grupo "Vendas B2B".
Para cancelar a inscrição neste grupo, envie um e-mail para vendas-b2b+unsubscribe@googlegroups.example.
""", i="other", k="list_mail", date="2026-02-27 14:02", form="plain-qp",
   hdrs={"List-Id": "<vendas-b2b.googlegroups.example>", "Precedence": "list",
         "List-Unsubscribe": "<mailto:vendas-b2b+unsubscribe@googlegroups.example>"},
   notes="group mail delivered to support; 'cancelar' is about another product / the list"),

PT("pt-nota-fiscal-cnpj", "Construtora Alfa <compras@construtoraalfa.example>", "Nota fiscal",
   """Boa tarde, preciso que as próximas notas fiscais saiam com o CNPJ da matriz: 45.678.901/0001-23. Pode ser?

Obrigado
Wagner – Compras""", i="other", k="question", date="2026-05-04 14:10", acct="3974657",
   dec=["45.678.901/0001-23"], form="gmail-alt", notes="invoice data question"),

PT("pt-cobrado-duas-vezes", "Marina Lopes", "cobrança duplicada",
   """Olá, fui cobrada duas vezes no cartão este mês (2x R$ 249,00, dias 5 e 6). Podem estornar uma delas?

Marina""", i="other", k="refund_only", date="2026-08-07 19:30", acct="3973546", refund=True,
   dec=["2x R$ 249,00"], form="iphone", notes="double charge, refund only"),

PT("pt-app-nao-sincroniza", "Leandro Fonseca", "app não sincroniza",
   """O app do Android não sincroniza os contatos novos desde quinta. Já desinstalei e instalei de novo. Versão 4.12.1, Motorola g54.

Leandro""", i="other", k="bug_report", date="2026-09-19 10:45", acct="3975768", form="android",
   notes="bug report"),

PT("pt-obrigada-quinta-vale", "Quinta do Vale <geral@quintadovale.example>", "RE: Rescisão do contrato CRM Runner",
   """Muito obrigada pela confirmação.

Isabel Vale

-----Mensagem original-----
De: Quinta do Vale <geral@quintadovale.example>
Enviada: quinta-feira, 28 de maio de 2026 10:45
Para: support@crmrunner.example
Assunto: Rescisão do contrato CRM Runner

Exmos. Senhores,

Vimos por este meio comunicar a rescisão do contrato de subscrição do CRM Runner, com efeitos no final do período anual em curso, na sequência de uma reorganização interna da área comercial.
""", i="other", k="thanks", date="2026-06-01 09:20", tz="Europe/Lisbon", acct="3873599",
   irt="pt-portugal-rescisao-outlook-html", form="reply-above-quote", mime="outlook-alt",
   notes="thanks after confirmation"),

PT("pt-cartao-clonado-cancelei", "Marina Lopes", "cartão novo",
   """Oi, meu cartão foi clonado e eu cancelei ele no banco. Como atualizo o pagamento pra não suspenderem minha conta? Não quero perder nada.

Marina""", i="other", k="question", date="2026-10-09 08:55", acct="3973546", form="gmail-alt",
   notes="cancelled her card, wants to keep the account"),

PT("pt-receberam-meu-email", "Martín Acosta", "Re: cancelar conta",
   """Oi, receberam meu email?

Em qui., 19 de fev. de 2026 às 19:25, Martín Acosta <martin.acosta@gmail.example> escreveu:
> Olá, gostaria de cancelar minha conta, nao uso mais o sistema porque troquei de trabalho e agora sou empregado. Desculpa o portugues.
""", i="other", k="follow_up", band="maybe", date="2026-02-25 10:02", acct="3870212",
   irt="pt-argentino-cancelar-conta", form="reply-above-quote", mime="gmail-alt",
   notes="only asks whether the mail arrived; request in the quote"),

PT("pt-ausencia-escritorio", "Escritório de Advogados <escritorio@advogados-lx.example>", "Ausência: Licença Sofia",
   """Obrigado pela sua mensagem. O escritório encontra-se encerrado para férias de 3 a 21 de agosto. Responderemos a partir de dia 24.

Advogados Lisboa – Sociedade de Advogados
""", i="auto_reply", k="auto_reply", date="2026-08-05 09:00", tz="Europe/Lisbon", acct="3971324",
   hdrs={"Auto-Submitted": "auto-replied"}, irt="<out-20260805-0859.3971324@crmrunner.example>",
   form="plain-qp", notes="office closed for holidays; 'encerrado' is temporary"),
]
