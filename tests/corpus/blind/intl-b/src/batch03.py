"""Round 3: 12 German, 12 Spanish, 12 French, 12 Portuguese messages (hand-written)."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
3700148 nadine_kurz nadine.kurz@icloud.example monthly tier=pro start=2026-03-02
3701224 autohaus_eder verkauf@autohaus-eder.example yearly tier=team
3702390 w.schaefer w.schaefer@arcor.example monthly tier=starter
3703415 fitcoach_lena lena@fitcoach-lena.example monthly tier=starter
3704581 medienhaus_kiel it@medienhaus-kiel.example monthly tier=team
3705036 ib_neumann info@ib-neumann.example monthly tier=team
3706177 dk_solar daniel.koch@dk-solar.example monthly tier=starter status=cancelled
3707652 r.haas r.haas@gmx.example monthly tier=pro
3708803 tobias.mertens tobias.mertens@gmail.example monthly tier=starter status=trial
3720061 gestoria_blanco gestoria.blanco@gmail.example monthly tier=pro
3721379 dist_valle compras@distribucionesvalle.example monthly cur=USD tier=pro
3722504 pao.restrepo paola.restrepo@outlook.example monthly cur=USD tier=pro
3723846 vera.lucena vera.lucena@gmail.example monthly tier=starter start=2026-03-03
3724110 academia_onda info@academiaonda.example monthly tier=team
3725914 antonio.lafuente a.lafuente@ono.example monthly tier=starter
3726433 laura.ibarra laura.ibarra@gmail.example monthly tier=pro
3727270 jardines_mora oficina@jardinesmora.example monthly cur=MXN tier=pro
3728655 mateo.quiroga mateo.quiroga@gmail.example monthly cur=USD tier=pro
3740392 g.fontaine g.fontaine@bbox.example monthly tier=pro
3741507 v.garnier v.garnier@gmail.example yearly tier=pro
3742683 fiduciaire_rochat admin@fiduciaire-rochat.example monthly cur=CHF tier=pro
3743120 studio_lumen contact@studio-lumen.example monthly tier=team
3744276 c.blanchard c.blanchard@gmail.example monthly tier=pro
3745449 h.meyer-pro helene.meyer@free.example monthly tier=starter
3746832 p.diop p.diop@gmail.example monthly tier=pro
3747015 garage_lambert garage.lambert@wanadoo.example monthly tier=starter
3748561 transports_riviere direction@transports-riviere.example yearly tier=pro
3770224 m.conceicao m.conceicao@sapo.example monthly tier=pro
3771309 daniela.mota daniela.mota@gmail.example monthly cur=BRL tier=pro start=2026-05-12
3772856 rodrigo.b rodrigo.barros@gmail.example monthly cur=BRL tier=starter status=trial
3773491 padaria_estrela padariaestrela@hotmail.example monthly cur=BRL tier=starter
3774028 escola_idiomas secretaria@escolafalamais.example monthly cur=BRL tier=team
3775662 vendas_sp comercial@tecnofrio.example monthly cur=BRL tier=team
3776147 helena.cruz helena.cruz@gmail.example monthly cur=BRL tier=pro
3777590 josue.martins josue.martins@bol.example monthly cur=BRL tier=pro
3778305 loja_pimenta loja@pimentarosa.example monthly cur=BRL tier=pro
""")

MESSAGES = [
# ------------------------------------------------------------------ German
DE("de-widerruf-neuvertrag-14-tage", "Nadine Kurz", "Widerruf",
   """Sehr geehrte Damen und Herren,

hiermit widerrufe ich den von mir am 02.03.2026 abgeschlossenen Vertrag über CRM Runner Pro.

Bitte erstatten Sie mir den bereits gezahlten Betrag auf meine Kreditkarte.

Mit freundlichen Grüßen
Nadine Kurz
""", i="cancellation", k="request", date="2026-03-09 19:55", acct="3700148", refund=True, form="latin1",
   notes="Widerruf of a new contract within 14 days = cancellation (withdrawal flag false), asks refund"),

DE("de-ja-bitte-kuendigen-autohaus", "Autohaus Eder <verkauf@autohaus-eder.example>", "AW: Ihre Kündigung - bitte bestätigen",
   """Ja, das ist richtig, bitte kündigen.

Eder

-----Ursprüngliche Nachricht-----
Von: CRM Runner Support <support@crmrunner.example>
Gesendet: Montag, 14. September 2026 10:02
An: verkauf@autohaus-eder.example
Betreff: Ihre Kündigung - bitte bestätigen

Guten Tag Herr Eder,

wir haben eine Kündigungsanfrage für Ihr Konto erhalten. Bitte bestätigen Sie uns kurz, dass das Team-Abo zum Ende der Laufzeit beendet werden soll.

Ihr CRM Runner Support
""", i="cancellation", k="follow_up", date="2026-09-14 11:37", tz="Europe/Vienna", acct="3701224",
   irt="<conf-20260914-1002.3701224@crmrunner.example>", form="reply-above-quote", mime="outlook-alt",
   notes="registered owner answers the confirmation question with a clear yes"),

DE("de-und-ist-das-jetzt-gekuendigt", "Holger Krämer", "AW: Abbuchungen",
   """Und? Ist das Abo jetzt weg?

-----Ursprüngliche Nachricht-----
Von: Holger Krämer <h.kraemer@hk-immo.example>
Gesendet: Dienstag, 6. Oktober 2026 13:55
An: support@crmrunner.example
Betreff: Abbuchungen

Hallo,

bitte ab sofort keine Abbuchungen mehr von meinem Konto (IBAN endet auf 4471). Ich nutze Runner seit dem Sommer nicht mehr, das Abo kann weg.
""", i="other", k="follow_up", band="maybe", date="2026-10-15 08:20", acct="3507214", dec=["4471"],
   irt="de-keine-abbuchungen-mehr", form="reply-above-quote", mime="outlook-alt",
   notes="one-line status question; the request is only in the quote"),

DE("de-mitgliedschaft-beenden-trainerin", "Lena Voss <lena@fitcoach-lena.example>", "Mitgliedschaft",
   """Hallo liebes CRM Runner Team,

bitte beendet meine Mitgliedschaft zum Monatsende. Ich habe meine Selbstständigkeit als Trainerin aufgegeben und bin seit Juni wieder angestellt, da brauche ich kein eigenes Kundenprogramm mehr.

Danke für alles!
Lena
""", i="cancellation", k="request", date="2026-06-22 12:18", acct="3703415",
   rk=["ich habe meine selbstständigkeit als trainerin aufgegeben"], rc="business_closed", form="gmail-alt",
   notes="'Mitgliedschaft beenden' = end the subscription"),

DE("de-app-absturz-ticket", "Medienhaus Kiel IT <it@medienhaus-kiel.example>", "App stürzt ab - Ticket #T-55102",
   """Moin,

seit dem Update vom Dienstag stürzt die Android-App bei drei Kollegen ab, sobald man einen Kontakt öffnet. Ticket #T-55102 ist schon offen, aber es tut sich nichts. Geräte: Samsung Galaxy A54, Android 14.

Bitte um Rückmeldung.
Jan Petersen, IT
""", i="other", k="bug_report", date="2026-05-07 10:11", acct="3704581", dec=["#T-55102"], form="outlook-alt",
   notes="bug report"),

DE("de-praktikant-login-loeschen", "Ingenieurbüro Neumann <info@ib-neumann.example>", "Login Praktikant",
   """Guten Morgen,

das Praktikum von Herrn Schulte ist vorbei. Bitte den Login praktikant2 löschen, damit wir für den Platz ab nächstem Monat nichts mehr zahlen.

Gruß
K. Neumann
""", i="cancellation", k="request_seat", date="2026-09-30 07:48", acct="3705036", un="praktikant2",
   form="plain-qp", notes="remove an intern's paid seat"),

DE("de-mitarbeiter-hat-gekuendigt", "Ingenieurbüro Neumann <info@ib-neumann.example>", "Kontakte übertragen",
   """Hallo,

unser Mitarbeiter Herr Kühn hat zum 31.10. gekündigt. Können Sie seine Kontakte und offenen Aufgaben auf Frau Seidel (Login aseidel) übertragen? Sein Zugang soll bis zum letzten Arbeitstag bleiben, dann melde ich mich wegen der Lizenz nochmal.

Gruß
K. Neumann
""", i="other", k="question", date="2026-10-05 14:26", acct="3705036", form="plain-qp",
   notes="'Mitarbeiter hat gekündigt' is the employee's job; asks for a data transfer, seat removal deferred"),

DE("de-mengenrabatt-anfrage", "Svenja Kröger <s.kroeger@logistik-nordwest.example>", "Angebot für 40 Nutzer",
   """Guten Tag,

wir sind eine Spedition mit ca. 40 Disponenten und überlegen, CRM Runner einzuführen. Gibt es für den Team-Tarif einen Mengenrabatt ab 25 Nutzern? Gern auch ein Angebot als PDF.

Mit freundlichen Grüßen
Svenja Kröger
Logistik Nordwest GmbH
""", i="other", k="sales", date="2026-02-04 09:33", form="outlook-alt", notes="sales inquiry from a prospect"),

DE("de-reaktivieren-nach-kuendigung", "Daniel Koch", "Wieder einsteigen",
   """Hallo,

ich hatte im Frühjahr gekündigt, weil es bei uns ruhig war. Jetzt läuft es wieder und ich würde gern zurückkommen. Kann mein altes Konto mit den Daten reaktiviert werden?

Grüße
Daniel Koch
DK Solar
""", i="other", k="other", date="2026-09-08 16:02", acct="3706177", form="gmail-alt",
   notes="reactivation after an earlier cancellation"),

DE("de-lesebestaetigung", "Robert Haas", "Gelesen: Ihre Anfrage zur Rechnung",
   """Ihre Nachricht

  An: r.haas@gmx.example
  Betreff: Ihre Anfrage zur Rechnung
  Gesendet: 21.04.2026 09:14

wurde am 21.04.2026 11:02 gelesen.
""", i="auto_reply", k="auto_reply", date="2026-04-21 11:02", acct="3707652", form="mdn",
   mdn=dict(original="<out-20260421-0914.3707652@crmrunner.example>"),
   notes="read receipt (MDN), machine mail"),

DE("de-autohaus-formal-cp1252", "Autohaus Eder <verkauf@autohaus-eder.example>", "Kündigung CRM Runner - Kundennr. 3701224",
   """Sehr geehrte Damen und Herren,

hiermit kündigen wir unseren Vertrag über CRM Runner (Team) zum Ende der laufenden Vertragsperiode.

Kundennr.: 3701224
UID-Nr.: ATU 61234509

Wir legen unsere zwei Standorte zusammen und verwenden künftig das CRM-System vom Standort Linz.

Um eine schriftliche Bestätigung wird gebeten.

Mit freundlichen Grüßen
Franz Eder
Autohaus Eder GmbH, Wels
""", i="cancellation", k="request", date="2026-09-11 10:05", tz="Europe/Vienna", acct="3701224", an="3701224",
   dec=["ATU 61234509"], rk=["verwenden künftig das crm-system vom standort linz"], rc="switched_service",
   form="cp1252", notes="Austrian formal Kündigung in windows-1252; UID number is a decoy"),

DE("de-testphase-beenden", "Tobias Mertens", "Testphase beenden",
   """Hi,

ich teste gerade CRM Runner, ist aber ehrlich gesagt nichts für mich. Bitte die Testphase beenden und NICHT in ein bezahltes Abo umwandeln, meine Kreditkarte ist ja hinterlegt.

Tobias
""", i="cancellation", k="request", date="2026-06-12 22:31", acct="3708803",
   rk=["ist aber ehrlich gesagt nichts für mich"], rc="other", form="gmail-alt",
   notes="trial user asks not to convert to paid"),

# ------------------------------------------------------------------ Spanish
ES("es-si-confirmo-gestoria", "Gestoría Blanco", "Re: Confirmación de baja",
   """Sí, confirmo. Dadme de baja, por favor.

Manuel Blanco

El lun, 19 oct 2026 a las 10:30, Soporte CRM Runner (<support@crmrunner.example>) escribió:
> Hola Manuel:
> Antes de procesar la baja necesitamos que nos confirmes que quieres cancelar la cuenta gestoria_blanco al final del periodo.
> Un saludo
""", i="cancellation", k="follow_up", date="2026-10-19 12:44", acct="3720061",
   irt="<conf-20261019-1030.3720061@crmrunner.example>", form="reply-above-quote", mime="gmail-alt",
   notes="owner confirms the baja; the username appears only in support's quoted text, so not labelled"),

ES("es-recibieron-nuestra-carta", "Javier Ortega Ruiz <jortega.gerencia@gmail.example>", "RE: Baja del servicio CRM Runner - Almacenes Ortega S.L.",
   """¿Han recibido nuestra carta del día 22? No tenemos ninguna confirmación.

J. Ortega

-----Mensaje original-----
De: Javier Ortega Ruiz <jortega.gerencia@gmail.example>
Enviado el: martes, 22 de septiembre de 2026 10:18
Para: support@crmrunner.example
Asunto: Baja del servicio CRM Runner - Almacenes Ortega S.L.

Estimados señores:

Por medio de la presente les comunicamos nuestra decisión de dar de baja el servicio CRM Runner contratado por Almacenes Ortega S.L. (NIF B-31847265), con efectos a la finalización del periodo anual en curso.
""", i="other", k="follow_up", band="maybe", date="2026-10-01 09:02", acct="3523805",
   dec=["B-31847265"], irt="es-carta-baja-almacenes-ortega", form="reply-above-quote", mime="outlook-alt",
   notes="only asks whether the letter arrived; the request is in the quote"),

ES("es-colombia-terminar-membresia", "Paola Restrepo", "Terminar membresía",
   """Buenas tardes,

quisiera terminar la membresía de CRM Runner a partir del próximo corte. La verdad no le estamos sacando provecho, somos muy pocos en la oficina.

Muchas gracias, quedo atenta.
Paola Restrepo
""", i="cancellation", k="request", date="2026-07-03 15:18", tz="America/Bogota", acct="3722504",
   rk=["no le estamos sacando provecho"], rc="unused", form="outlook-alt",
   notes="Colombian 'terminar la membresía'"),

ES("es-desistimiento-14-dias", "Vera Lucena", "Desistimiento del contrato",
   """Buenos días:

Por la presente ejerzo mi derecho de desistimiento sobre la suscripción a CRM Runner contratada el 3 de marzo de 2026, dentro del plazo de 14 días naturales. Solicito el reembolso íntegro del importe cobrado (19 €).

Atentamente,
Vera Lucena
""", i="cancellation", k="request", date="2026-03-12 18:03", acct="3723846", refund=True, dec=["19 €"],
   form="plain-qp", notes="statutory withdrawal from a new contract = cancellation with refund"),

ES("es-quitar-licencia-jorge", "Academia Onda <info@academiaonda.example>", "Licencia de Jorge",
   """Hola,

Jorge Molina ha dejado la academia. ¿Podéis quitar su licencia (jmolina) para que no nos la cobréis el mes que viene? Sus contactos pasádselos a la usuaria de secretaría, por favor.

Gracias!
Bea
""", i="cancellation", k="request_seat", date="2026-02-26 11:40", acct="3724110", un="jmolina",
   form="gmail-alt", notes="remove a former colleague's licence"),

ES("es-mx-derecho-cancelacion-arco", "Jardines Mora <oficina@jardinesmora.example>", "Ejercicio de derechos ARCO",
   """A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales, ejerzo mi derecho de cancelación respecto de los datos personales de mis clientes que un exempleado cargó en su plataforma sin autorización (aprox. 300 registros con teléfono y domicilio).

Solicito que se eliminen dichos registros y se me informe cuando esté hecho. Nuestra cuenta sigue activa.

Atentamente,
Rosa Mora
Jardines Mora
""", i="other", k="data_deletion", date="2026-05-26 13:07", tz="America/Mexico_City", acct="3727270",
   form="outlook-alt", notes="Mexican ARCO 'derecho de cancelación' = data erasure; account stays"),

ES("es-baja-por-maternidad-pausa", "Laura Ibarra", "Pausar cuenta",
   """Hola!

Estoy de baja por maternidad hasta octubre y no voy a tocar el CRM en estos meses. ¿Podéis pausar mi cuenta para no pagar mientras tanto? No quiero perder nada.

Un beso,
Laura
""", i="other", k="pause", date="2026-04-23 10:30", acct="3726433", form="iphone",
   notes="'baja por maternidad' is leave; asks to pause"),

ES("es-error-al-cancelar-web", "Mateo Quiroga", "No me deja cancelar",
   """Hola, intento cancelar la suscripción desde la web y me sale "Algo salió mal, inténtalo de nuevo". Lo probé en Chrome y en el celular. Quiero cancelarla hoy mismo antes de que me cobren el mes, háganlo ustedes por favor.

Mateo
""", i="cancellation", k="request", date="2026-08-30 21:15", tz="America/Santiago", acct="3728655",
   form="gmail-alt", notes="cancel page error plus a clear wish to cancel today"),

ES("es-ampliar-usuarios", "Distribuciones Valle <compras@distribucionesvalle.example>", "Cotización 15 usuarios",
   """Buen día,

queremos ampliar a 15 usuarios en el plan Team. ¿Me pueden mandar una cotización en dólares con factura a nombre de la empresa?

Saludos cordiales,
Hernán Valle
""", i="other", k="sales", date="2026-03-17 12:00", tz="America/Guayaquil", acct="3721379",
   form="gmail-alt", notes="upgrade / sales"),

ES("es-queja-sin-respuesta", "Laura Ibarra", "Sin respuesta ticket 8812",
   """Llevo una semana esperando respuesta al ticket 8812 sobre la importación de contactos. Pago un servicio y no hay nadie al otro lado. Muy decepcionada, la verdad.

Laura
""", i="other", k="other", date="2026-11-10 09:44", acct="3726433", dec=["8812"], form="iphone",
   notes="complaint about support, no request"),

ES("es-baja-jubilacion-latin1", "Antonio Lafuente", "Baja",
   """Muy señores míos:

Les ruego procedan a dar de baja mi cuenta de CRM Runner. Mi número de cliente es el 3725914.

El motivo es mi jubilación; cierro la consulta a final de mes y ya no lo necesitaré.

Agradeciéndoles su atención, les saluda atentamente,

Antonio Lafuente Gil
""", i="cancellation", k="request", date="2026-01-27 11:22", acct="3725914", an="3725914",
   rk=["mi jubilación", "cierro la consulta a final de mes"], rc="business_closed", form="latin1",
   notes="older writer, formal; account number written"),

ES("es-acuse-recibo-incidencia", "Soporte Distribuciones Valle <compras@distribucionesvalle.example>", "[INC-449120] Hemos recibido su mensaje",
   """Estimado cliente:

Hemos recibido su mensaje y se ha registrado con el número de incidencia INC-449120. Un agente le atenderá en un plazo máximo de 48 horas hábiles.

Por favor, no responda a este correo.
""", i="auto_reply", k="auto_reply", date="2026-06-04 08:12", tz="America/Guayaquil", acct="3721379",
   dec=["INC-449120"], hdrs={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
   irt="<out-20260604-0811.3721379@crmrunner.example>", form="plain-qp", notes="helpdesk acknowledgement"),

# ------------------------------------------------------------------ French
FR("fr-oui-je-confirme", "Gérard Fontaine", "Re: Confirmation de votre demande",
   """Oui, je confirme la résiliation.

G. Fontaine

Le mar. 10 févr. 2026 à 09:15, Support CRM Runner <support@crmrunner.example> a écrit :
> Bonjour Monsieur Fontaine,
> Pouvez-vous nous confirmer que vous souhaitez résilier votre abonnement Pro à la fin de la période en cours ?
> L'équipe CRM Runner
""", i="cancellation", k="follow_up", date="2026-02-10 11:02", acct="3740392",
   irt="<conf-20260210-0915.3740392@crmrunner.example>", form="reply-above-quote", mime="gmail-alt",
   notes="owner confirms the résiliation"),

FR("fr-des-nouvelles", "Imprimerie Delvaux <compta@imprimerie-delvaux.example>", "RE: Résiliation de l'abonnement CRM Runner - client 3561208",
   """Des nouvelles ? Nous n'avons reçu aucune confirmation à ce jour.

J.-P. Delvaux

-----Message d'origine-----
De : Imprimerie Delvaux <compta@imprimerie-delvaux.example>
Envoyé : mardi 12 mai 2026 09:35
À : support@crmrunner.example
Objet : Résiliation de l'abonnement CRM Runner - client 3561208

Madame, Monsieur,

Par la présente, nous vous notifions la résiliation de notre abonnement CRM Runner (formule Pro, numéro de client 3561208), suite à la fermeture de l'entreprise au 30 juin 2026.
""", i="other", k="follow_up", band="maybe", date="2026-05-26 14:10", tz="Europe/Brussels", acct="3561208",
   an="3561208", irt="fr-lettre-resiliation-imprimerie-be", form="reply-above-quote", mime="outlook-alt",
   notes="only asks for news; the request is in the quote; customer number is in the new subject"),

FR("fr-pas-de-tacite-reconduction", "Valérie Garnier", "Abonnement annuel – non-reconduction",
   """Madame, Monsieur,

Je vous informe que je ne souhaite pas que mon abonnement annuel CRM Runner soit reconduit tacitement à son échéance du 1er avril 2026. Merci de prendre les dispositions nécessaires et de ne procéder à aucun prélèvement.

Cordialement,
Valérie Garnier
""", i="cancellation", k="request", date="2026-02-16 17:08", acct="3741507", form="plain-qp",
   notes="refuses tacit renewal of the yearly plan"),

FR("fr-suisse-romande-resilier-contrat", "Fiduciaire Rochat <admin@fiduciaire-rochat.example>", "Résiliation contrat CRMRunner",
   """Bonjour,

Je vous prie de bien vouloir résilier notre contrat CRMRunner pour la prochaine échéance. Nous avons réorganisé le service clients et le suivi se fait désormais directement dans notre logiciel de comptabilité.

Avec mes meilleures salutations,
Nicole Rochat
Fiduciaire Rochat SA, Lausanne
""", i="cancellation", k="request", date="2026-04-29 08:50", tz="Europe/Zurich", acct="3742683",
   rk=["le suivi se fait désormais directement dans notre logiciel de comptabilité"], rc="switched_service",
   form="outlook-alt", notes="Swiss French formal résiliation"),

FR("fr-retirer-licence-stagiaire", "Studio Lumen <contact@studio-lumen.example>", "licence stagiaire",
   """Hello,

Pouvez-vous retirer la licence de notre stagiaire (login : stagiaire01) ? Son stage se termine vendredi et on ne veut pas payer un mois de plus pour rien.

Merci !
Chloé – Studio Lumen
""", i="cancellation", k="request_seat", date="2026-08-26 16:33", acct="3743120", un="stagiaire01",
   form="gmail-alt", notes="seat removal for an intern"),

FR("fr-si-je-resilie-acces", "Camille Blanchard", "Question résiliation",
   """Bonjour,

Si je résilie maintenant, est-ce que je garde l'accès jusqu'à la fin du mois déjà payé ? Et est-ce que je peux exporter mes contacts après ?

Merci
Camille
""", i="other", k="hypothetical", band="maybe", date="2026-06-05 12:22", acct="3744276", form="gmail-alt",
   notes="conditional question about résiliation consequences, no decision stated"),

FR("fr-failli-resilier-annuel", "Hélène Meyer", "Passage à l'annuel",
   """Bonjour,

J'ai failli résilier le mois dernier (le prix mensuel commençait à me peser), mais j'ai vu votre offre à -20 % sur l'annuel. Je prends ! Pouvez-vous basculer mon compte sur la formule annuelle ?

Hélène Meyer
""", i="other", k="plan_change", date="2026-09-21 19:12", tz="Europe/Paris", acct="3745449", form="apple-alt",
   notes="nearly cancelled in the past; now asks monthly -> yearly"),

FR("fr-double-prelevement", "Papa Diop", "Prélevé deux fois",
   """Bonjour,

J'ai été prélevé deux fois ce mois-ci (2 x 49 €, le 2 et le 3 juin). Pouvez-vous me rembourser le doublon ? Référence de la transaction : TRX-7781-AB.

Merci,
Papa Diop
""", i="other", k="refund_only", date="2026-06-04 09:27", tz="Africa/Dakar", acct="3746832", refund=True,
   dec=["2 x 49 €", "TRX-7781-AB"], form="gmail-alt", notes="double charge, refund only"),

FR("fr-devis-12-utilisateurs", "Aurélie Petit <a.petit@groupe-mistral.example>", "Demande de devis",
   """Bonjour,

Pourriez-vous m'envoyer un devis pour 12 utilisateurs en formule Team, avec paiement annuel ? Nous comparons trois solutions d'ici fin mars.

Cordialement,
Aurélie Petit
Groupe Mistral – Achats
""", i="other", k="sales", date="2026-03-03 10:04", form="outlook-alt", notes="sales inquiry"),

FR("fr-plainte-lenteur", "Garage Lambert <garage.lambert@wanadoo.example>", "C'est de pire en pire",
   """Bonjour,

Depuis trois semaines, l'appli met 30 secondes à ouvrir une fiche client. On paye pour un outil qui nous fait perdre du temps. J'espère que vous allez régler ça rapidement, sinon je vais sérieusement réfléchir.

R. Lambert
""", i="other", k="other", date="2026-07-16 18:40", acct="3747015", form="plain-qp",
   notes="complaint with a vague threat, no request"),

FR("fr-lettre-resiliation-latin9", "Transports Rivière <direction@transports-riviere.example>", "Résiliation abonnement",
   """Madame, Monsieur,

Nous vous informons par la présente de notre décision de résilier l'abonnement CRM Runner souscrit par notre société, à effet de la prochaine échéance annuelle.

Cette décision est motivée par une forte baisse d'activité qui nous oblige à réduire nos charges.

Nous vous remercions de bien vouloir nous adresser une confirmation de la résiliation ainsi que la date de fin effective.

Veuillez agréer nos salutations distinguées.

Michel Rivière
Gérant
""", i="cancellation", k="request", date="2026-10-07 11:15", acct="3748561",
   rk=["une forte baisse d'activité qui nous oblige à réduire nos charges"], rc="too_expensive",
   form="latin9", notes="formal résiliation letter in ISO-8859-15; cost cutting"),

FR("fr-adresse-plus-consultee", "Valérie Garnier", "Message automatique",
   """Bonjour,

Cette adresse n'est plus consultée régulièrement. Merci d'écrire désormais à valerie.garnier.pro@gmail.example.

Message envoyé automatiquement.
""", i="auto_reply", k="auto_reply", date="2026-02-17 08:00", acct="3741507",
   irt="<out-20260217-0759.3741507@crmrunner.example>", form="plain-qp",
   notes="auto-reply without Auto-Submitted header, identified from the text"),

# ------------------------------------------------------------------ Portuguese
PT("pt-sim-pode-cancelar", "Helena Cruz", "Re: Confirmação de cancelamento",
   """Sim, pode cancelar.

Em seg., 9 de nov. de 2026 às 14:00, Suporte CRM Runner <support@crmrunner.example> escreveu:
> Olá Helena,
> Recebemos um pedido de cancelamento da sua conta. Você confirma que deseja encerrar a assinatura no fim do ciclo atual?
> Equipe CRM Runner
""", i="cancellation", k="follow_up", date="2026-11-09 15:31", acct="3776147",
   irt="<conf-20261109-1400.3776147@crmrunner.example>", form="reply-above-quote", mime="iphone",
   notes="clear yes to support's confirmation question"),

PT("pt-e-ai-conseguiram", "rafael@autopecasmoura.example", "Re: cancelar",
   """e ai, conseguiram cancelar?

Em qui., 2 de abr. de 2026 às 18:20, <rafael@autopecasmoura.example> escreveu:
> nao quero mais esse sistema, cancela ai por favor. ja pedi pelo chat semana passada e ninguem respondeu
""", i="other", k="follow_up", band="maybe", date="2026-04-08 10:12", acct="3571846",
   irt="pt-nao-quero-mais-cancela-ai", form="reply-above-quote", mime="gmail-alt", sloppy=True,
   notes="status question only; request in the quote"),

PT("pt-encerramento-conta-saude", "Maria da Conceição <m.conceicao@sapo.example>", "Pedido de encerramento de conta",
   """Exmos. Senhores,

Venho por este meio solicitar o encerramento da minha conta CRM Runner e o cancelamento dos pagamentos mensais. Por motivos de saúde vou deixar de exercer a atividade.

Com os melhores cumprimentos,
Maria da Conceição Fonseca
""", i="cancellation", k="request", date="2026-05-13 10:40", tz="Europe/Lisbon", acct="3770224",
   rk=["por motivos de saúde vou deixar de exercer a atividade"], rc="business_closed", form="outlook-alt",
   notes="Portuguese formal request; reason health / stopping work"),

PT("pt-direito-arrependimento-cdc", "Daniela Mota", "Direito de arrependimento",
   """Olá,

Quero exercer meu direito de arrependimento (art. 49 do CDC, 7 dias) e cancelar a assinatura que fiz no dia 12. Peço o estorno integral de R$ 249,00 no cartão.

Daniela Mota
""", i="cancellation", k="request", date="2026-05-16 20:05", acct="3771309", refund=True,
   dec=["R$ 249,00"], form="gmail-alt", notes="statutory 7-day withdrawal from a new subscription, refund"),

PT("pt-teste-nao-virar-assinatura", "Rodrigo Barros", "período de teste",
   """Boa noite, estou no período de teste e não quero que vire assinatura paga. Pode encerrar o teste por favor. Achei o sistema muito complicado pra mim.

Rodrigo""", i="cancellation", k="request", date="2026-07-19 22:48", acct="3772856",
   rk=["achei o sistema muito complicado pra mim"], rc="too_complex", form="android",
   notes="trial user asks not to be converted to paid"),

PT("pt-congelar-conta", "Padaria Estrela <padariaestrela@hotmail.example>", "congelar conta",
   """Oi! Dá pra congelar a conta por uns 2 meses? Vamos reformar a padaria e ficar fechados em janeiro e fevereiro. Depois volto a usar.

Obrigado
Seu Antônio""", i="other", k="pause", date="2026-11-16 09:02", acct="3773491", form="plain-qp",
   notes="pause for renovation; 'fechados' is temporary"),

PT("pt-boleto-valor-errado", "Escola Fala Mais <secretaria@escolafalamais.example>", "boleto com valor errado",
   """Olá,

O boleto deste mês veio com R$ 549,00, mas o nosso plano é o Team de R$ 499,00. Podem verificar e mandar um boleto corrigido? Nosso contrato nº 2025/118.

Obrigada,
Secretaria Escola Fala Mais
""", i="other", k="question", date="2026-02-06 14:50", acct="3774028",
   dec=["R$ 549,00", "R$ 499,00", "2025/118"], form="gmail-alt", notes="billing question"),

PT("pt-mais-licencas-orcamento", "Josué Martins", "orçamento mais licenças",
   """Bom dia, queremos colocar mais 4 usuários no Pro. Qual o valor? Tem desconto no anual?

Josué""", i="other", k="sales", date="2026-06-24 10:10", acct="3777590", form="iphone",
   notes="upgrade / sales question"),

PT("pt-cancelar-nota-fiscal", "Loja Pimenta Rosa <loja@pimentarosa.example>", "Cancelar NF 4481",
   """Olá,

Preciso que cancelem a nota fiscal nº 4481, saiu com o CNPJ errado (o certo é 98.765.432/0001-10). Depois emitam uma nova, por favor.

Obrigada
Bia – Loja Pimenta Rosa
""", i="other", k="order_cancel", date="2026-09-02 11:47", acct="3778305",
   dec=["4481", "98.765.432/0001-10"], form="gmail-alt", notes="cancel and reissue an invoice"),

PT("pt-descadastrar-emails-marketing", "Helena Cruz", "emails de marketing",
   """Quero me descadastrar dos emails de marketing de vocês, chegam todo dia. Só quero receber as faturas.

Helena""", i="other", k="newsletter_unsubscribe", date="2026-03-25 13:30", acct="3776147", form="gmail-alt",
   notes="marketing unsubscribe"),

PT("pt-cancelamento-usuario-vendas-sp", "TecnoFrio Comercial <comercial@tecnofrio.example>", "Solicitação de cancelamento",
   """Prezados,

Solicitamos o cancelamento da conta CRM Runner, usuário vendas_sp, a partir da próxima fatura. A diretoria aprovou um corte de custos e vamos concentrar tudo no ERP.

Atenciosamente,
Fernanda Lopes
Coordenação Comercial – TecnoFrio
""", i="cancellation", k="request", date="2026-10-01 16:20", acct="3775662", un="vendas_sp",
   rk=["corte de custos"], rc="too_expensive", form="cp1252", mime="cp1252",
   notes="formal request naming the username; cost cutting"),

PT("pt-bounce-caixa-cheia", "Mail Delivery Subsystem <mailer-daemon@mx.bol.example>", "Delivery Status Notification (Failure)",
   None, i="bounce", k="bounce", date="2026-07-08 13:30", form="dsn",
   dsn=dict(human="""A mensagem não pôde ser entregue.

Destinatário: josue.martins@bol.example
Motivo: caixa postal cheia (quota excedida).
""", mta="mx.bol.example", rcpt="josue.martins@bol.example", status="5.2.2",
            diag="smtp; 552 5.2.2 Mailbox full, quota exceeded", remote="mx2.bol.example",
            returned=dict(frm="CRM Runner Suporte <support@crmrunner.example>", to="josue.martins@bol.example",
                          subj="Re: orçamento mais licenças", date="2026-07-08 13:29",
                          body="""Olá Josué,

segue o orçamento para 4 usuários adicionais no plano Pro.

Equipe CRM Runner
""")),
   notes="mailbox-full DSN"),
]
