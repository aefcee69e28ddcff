"""Round 1: 12 German, 12 Spanish, 12 French, 12 Portuguese messages (hand-written)."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
3500117 jens_hartwig jens.hartwig@web.example monthly tier=starter
3512407 stb_brenner kanzlei@brenner-steuer.example yearly tier=team
3503388 agrar_koller office@koller-agrar.example monthly tier=team
3504902 mpfister m.pfister@bluewin.example monthly cur=CHF tier=pro
3505561 sabine.roth sabine.roth@gmx.example monthly tier=starter
3506670 ulli_fotografie post@ulli-fotografie.example monthly tier=pro status=cancelled
3507214 hk_immobilien h.kraemer@hk-immo.example monthly tier=pro
3508030 tanja.wulf tanja.wulf@t-online.example monthly tier=starter
3509456 praxis praxis@dr-lenz.example monthly tier=pro
3520118 refacciones_mty ventas@refaccionesmty.example monthly cur=MXN tier=pro
3521907 caro_diseno caro.diseno@gmail.example monthly cur=USD tier=starter
3522640 jlmarin jlmarin@telefonica.example yearly tier=pro
3523805 almacenes_ortega administracion@almacenesortega.example yearly tier=team
3524371 nuria.vidal nuria.vidal@gmail.example monthly tier=pro
3525098 casa_rural_lahoz reservas@casarurallahoz.example monthly tier=starter
3526712 ventas ventas@grupoelorza.example monthly tier=team
3527543 andres.pinto andres.pinto@hotmail.example monthly cur=USD tier=pro
3528260 mferrer.abogados mferrer@ferrerabogados.example monthly tier=starter status=cancelled
3529931 ginecologia.paz consulta@clinicapaz.example monthly cur=MXN tier=pro
3540214 cgirard c.girard@orange.example monthly tier=starter
3541890 renovations_boily info@renovationsboily.example monthly cur=CAD tier=pro
3561208 imprimerie_delvaux compta@imprimerie-delvaux.example yearly tier=pro
3542376 mlefebvre marc.lefebvre@free.example monthly tier=pro
3543615 bureau bureau@cabinet-moreau.example monthly tier=team
3544027 amandine.p amandine.perrot@laposte.example yearly tier=team
3545731 sarl_vitrail gestion@vitrail-atelier.example monthly tier=starter
3546402 hdiallo h.diallo@sonatel-mail.example monthly cur=EUR tier=pro
3547988 kouassi_immo contact@kouassi-immo.example monthly tier=pro
3548155 j.roussel j.roussel@wanadoo.example monthly tier=starter status=cancelled
3570312 luiza.freitas luiza.freitas@uol.example monthly cur=BRL tier=starter
3571846 rafa_autopecas rafael@autopecasmoura.example monthly cur=BRL tier=pro
3578114 contabil_sousa geral@sousacontabilidade.example yearly tier=pro
3572290 bruno.teles bruno.teles@bol.example monthly cur=BRL tier=pro
3573604 imob_vista contato@imobiliariavista.example monthly cur=BRL tier=team
3574417 pedro.nogueira pedro.nogueira@gmail.example monthly cur=BRL tier=pro
3575530 camila.rocha camila.rocha@terra.example monthly cur=BRL tier=starter
3576921 fabio_eventos fabio@fabioeventos.example monthly cur=BRL tier=pro
3577068 joana.matos joana.matos@sapo.example monthly tier=starter
""")

MESSAGES = [
# ------------------------------------------------------------------ German
DE("de-crm-runner-kuendigen-iphone", "Jens Hartwig", "CRM Runner kündigen",
   """Hallo,

bitte CRM Runner zum nächsten Termin kündigen. Brauchen wir im Büro nicht mehr.

Gruß
Jens

Von meinem iPhone gesendet
""", i="cancellation", k="request", date="2026-03-14 08:12", acct="3500117",
   rk=["brauchen wir im büro nicht mehr"], rc="unused", form="iphone",
   notes="product name as object of kündigen, no word for Vertrag/Konto; sender registered"),

DE("de-kuendigung-steuerkanzlei-outlook", "Kanzlei Brenner <kanzlei@brenner-steuer.example>",
   "Kündigung CRM Runner - Kundennummer 3512407",
   """Sehr geehrte Damen und Herren,

hiermit kündigen wir den mit Ihnen bestehenden Vertrag über die Nutzung von CRM Runner (Tarif Team) fristgerecht zum nächstmöglichen Zeitpunkt.

Kundennummer: 3512407
Letzte Rechnung: RE-2026-04417

Grund ist die Umstellung unserer Kanzlei auf eine branchenspezifische Mandantenverwaltung. Bitte bestätigen Sie uns den Kündigungstermin schriftlich.

Mit freundlichen Grüßen

i. A. Petra Vogelsang
Kanzleimanagement
""", i="cancellation", k="request", date="2026-02-03 10:41", acct="3512407", an="3512407",
   dec=["RE-2026-04417", "DE 284 119 032"], rk=["umstellung unserer kanzlei auf eine branchenspezifische mandantenverwaltung"],
   rc="switched_service", form="outlook-html",
   sig=["Steuerberatung Brenner & Partner", "Lindenstraße 14, 90402 Nürnberg", "Tel. 0911 5550 3321", "USt-IdNr. DE 284 119 032"],
   notes="formal Kündigung zum nächstmöglichen Zeitpunkt with Kundennummer; Rechnungsnummer and USt-IdNr are decoys"),

DE("de-team-zugang-kollegin-entfernen", "Franz Koller <office@koller-agrar.example>", "Zugang Michaela",
   """Servus,

kannst du bitte den Zugang von der Michaela (mkoller) rausnehmen? Die ist seit Ende März nicht mehr bei uns und wir wollen für den Platz nix mehr zahlen. Der Rest bleibt wie es ist.

Danke dir
Franz Koller
Koller Agrarhandel, Ried im Innkreis
""", i="cancellation", k="request_seat", date="2026-04-07 17:25", tz="Europe/Vienna", acct="3503388",
   un="mkoller", form="gmail-alt",
   notes="Austrian team owner asks to remove a colleague's seat and stop paying for it; username is the colleague's login"),

DE("de-jaehrlich-statt-kuendigen-ch", "Martin Pfister", "Umstellung auf Jahresabo",
   """Grüezi

Ich wollte Runner eigentlich schon kündigen, weil es mir monatlich zu teuer wurde. Ihr Kollege am Telefon meinte aber, dass das Jahresabo gut 15% günstiger ist. Können Sie mich bitte per nächster Abrechnung auf jährliche Zahlung umstellen? Gleicher Tarif (Pro).

Freundliche Grüsse
Martin Pfister
""", i="other", k="plan_change", date="2026-05-19 11:02", tz="Europe/Zurich", acct="3504902",
   form="apple-alt", notes="cancellation only considered in the past; asks monthly -> yearly switch"),

DE("de-wenn-ich-kuendige-kontakte", "Sabine Roth", "Frage zu Daten",
   """Hallo zusammen,

kurze Frage: wenn ich kündige, was passiert dann mit meinen Kontakten und den Notizen? Kann ich die vorher irgendwie als Excel rausziehen? Ich überlege noch, ob ich bleibe, will aber auf Nummer sicher gehen.

Liebe Grüße
Sabine
""", i="other", k="hypothetical", date="2026-06-02 21:47", acct="3505561", form="gmail-alt",
   notes="wenn ich kündige ... hypothetical, explicitly undecided; export question"),

DE("de-gekuendigt-trotzdem-abgebucht", "Ulrike Zeller <post@ulli-fotografie.example>", "Abbuchung trotz Kündigung!!",
   """Guten Tag,

ich habe mein Abo im Februar gekündigt, die Bestätigung von Ihnen habe ich am 12.02. bekommen. Trotzdem wurden am 01.03. wieder 49,00 € per Lastschrift abgebucht (Mandatsreferenz CRMR-88120-A).

Ich bitte um umgehende Rücküberweisung auf mein Konto. Sonst gebe ich die Lastschrift bei der Bank zurück.

Ulrike Zeller
Ulli Fotografie
""", i="other", k="already_cancelled", date="2026-03-03 09:30", acct="3506670", refund=True,
   dec=["49,00 €", "CRMR-88120-A"], form="plain-qp",
   notes="already cancelled and confirmed, charged again; refund demand only"),

DE("de-keine-abbuchungen-mehr", "Holger Krämer", "Abbuchungen",
   """Hallo,

bitte ab sofort keine Abbuchungen mehr von meinem Konto (IBAN endet auf 4471). Ich nutze Runner seit dem Sommer nicht mehr, das Abo kann weg.

H. Krämer
HK Immobilien
""", i="cancellation", k="request", date="2026-10-06 13:55", acct="3507214",
   dec=["4471"], rk=["ich nutze runner seit dem sommer nicht mehr"], rc="unused", form="outlook-alt",
   notes="stop the direct debit + 'das Abo kann weg' = cancellation; IBAN fragment is a decoy"),

DE("de-nachfrage-kuendigung-jens", "Jens Hartwig", "Re: CRM Runner kündigen",
   """Hallo nochmal,

ich hab bis heute keine Bestätigung. Bitte kündigt das jetzt endlich, ich will nicht noch einen Monat zahlen.

Jens

Am 14.03.2026 um 08:12 schrieb Jens Hartwig <jens.hartwig@web.example>:

> Hallo,
>
> bitte CRM Runner zum nächsten Termin kündigen. Brauchen wir im Büro nicht mehr.
>
> Gruß
> Jens
""", i="cancellation", k="follow_up", date="2026-03-27 19:03", acct="3500117", form="reply-above-quote",
   irt="de-crm-runner-kuendigen-iphone", mime="iphone",
   notes="chaser above the quote restating the wish to cancel"),

DE("de-widerruf-kuendigung-kanzlei", "Kanzlei Brenner <kanzlei@brenner-steuer.example>",
   "AW: Kündigung CRM Runner - Kundennummer 3512407",
   """Sehr geehrte Damen und Herren,

wir bitten Sie, unsere Kündigung vom 03.02.2026 als gegenstandslos zu betrachten. Die Umstellung auf die neue Software verzögert sich um mindestens ein Jahr; wir möchten CRM Runner daher im bisherigen Umfang weiter nutzen.

Bitte bestätigen Sie kurz, dass der Vertrag unverändert fortläuft.

Mit freundlichen Grüßen

i. A. Petra Vogelsang

-----Ursprüngliche Nachricht-----
Von: Kanzlei Brenner <kanzlei@brenner-steuer.example>
Gesendet: Dienstag, 3. Februar 2026 10:41
An: support@crmrunner.example
Betreff: Kündigung CRM Runner - Kundennummer 3512407

Sehr geehrte Damen und Herren,

hiermit kündigen wir den mit Ihnen bestehenden Vertrag über die Nutzung von CRM Runner (Tarif Team) fristgerecht zum nächstmöglichen Zeitpunkt.
""", i="other", k="withdrawal", date="2026-02-20 08:50", acct="3512407", an="3512407", wd=True,
   form="outlook-alt", irt="de-kuendigung-steuerkanzlei-outlook",
   notes="withdrawal of the earlier Kündigung; the Kündigung is only in the quoted original"),

DE("de-newsletter-abmelden", "Tanja Wulf", "Newsletter",
   """Hallo,

ich bekomme seit ein paar Wochen jeden zweiten Tag euren Newsletter mit "Tipps & Tricks". Bitte meldet mich davon ab. Das Konto selbst will ich natürlich behalten, nur die Mails nerven.

Danke
Tanja Wulf
""", i="other", k="newsletter_unsubscribe", date="2026-07-15 07:58", acct="3508030", form="gmail-alt",
   notes="newsletter unsubscribe, keeps the account"),

DE("de-abwesenheitsnotiz-praxis", "Praxis Dr. Lenz <praxis@dr-lenz.example>", "Abwesenheitsnotiz: Ihre Anfrage bei CRM Runner",
   """Sehr geehrte Patientinnen und Patienten, sehr geehrte Damen und Herren,

unsere Praxis ist vom 10.08. bis einschließlich 24.08.2026 wegen Urlaub geschlossen. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an die Vertretung, Praxis Dr. Aydin, Tel. 0221 5550 8812.

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Lenz
""", i="auto_reply", k="auto_reply", date="2026-08-11 10:14", acct="3509456", dec=["0221 5550 8812"],
   hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
   irt="<out-20260811-0912.3509456@crmrunner.example>", form="plain-qp",
   notes="holiday auto-reply of a medical practice"),

DE("de-bounce-postfach-voll", "Mail Delivery System <MAILER-DAEMON@mx01.gmx.example>", "Mail delivery failed: returning message to sender",
   None, i="bounce", k="bounce", date="2026-04-16 14:20", form="dsn",
   dsn=dict(human="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sabine.roth@gmx.example
    host mx00.gmx.example [212.227.15.10]
    SMTP error from remote mail server after RCPT TO:<sabine.roth@gmx.example>:
    552 5.2.2 Mailbox full / Postfach voll
""", mta="mx01.gmx.example", rcpt="sabine.roth@gmx.example", status="5.2.2",
            diag="smtp; 552 5.2.2 Mailbox full / Postfach voll", remote="mx00.gmx.example",
            returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="sabine.roth@gmx.example",
                          subj="Ihre Kündigung bei CRM Runner", date="2026-04-16 14:19",
                          body="""Hallo Frau Roth,

wir haben Ihre Kündigung erhalten. Bitte bestätigen Sie uns kurz, dass wir das Konto zum Ende des Abrechnungszeitraums schließen sollen.

Viele Grüße
Ihr CRM Runner Support
""")),
   notes="DSN (mailbox full) returning support's confirmation question; bounce even though it mentions a Kündigung"),

# ------------------------------------------------------------------ Spanish
ES("es-quiero-dar-de-baja-crm-runner-mx", "Refacciones Monterrey <ventas@refaccionesmty.example>", "Baja",
   """Buenas tardes,

quiero dar de baja CRM Runner, ya no lo vamos a ocupar porque el equipo de ventas se va a manejar desde el sistema del corporativo.

Quedo atento a su confirmación.

Saludos
Ing. Rogelio Garza
Refacciones Monterrey
Tel. 81 5550 2290
""", i="cancellation", k="request", date="2026-02-11 16:40", tz="America/Monterrey", acct="3520118",
   dec=["81 5550 2290"], rk=["se va a manejar desde el sistema del corporativo"], rc="switched_service",
   form="gmail-alt", notes="Mexican 'dar de baja CRM Runner' with the product as object; moves to the group's system"),

ES("es-dame-de-baja-movil", "caro.diseno@gmail.example", "baja",
   """hola ya no lo uso, dame de baja porfa. no quiero q me sigan cobrando

enviado desde mi celular""", i="cancellation", k="request", date="2026-05-08 23:16", tz="America/Bogota",
   acct="3521907", rk=["ya no lo uso"], rc="unused", form="android", sloppy=True,
   notes="informal phone one-liner, tuteo, no accents"),

ES("es-no-renovar-tarjeta", "José Luis Marín", "No renovar suscripción anual",
   """Hola:

Os escribo porque la suscripción anual de CRM Runner se renueva el 15 de junio y no quiero que se renueve. Por favor, no me cobréis más en la tarjeta (la que acaba en 9034).

Un saludo,
José Luis Marín
""", i="cancellation", k="request", date="2026-05-28 12:05", acct="3522640", dec=["9034"],
   form="gmail-alt", notes="do not renew + no more charges to the card; card digits are a decoy"),

ES("es-carta-baja-almacenes-ortega", "Javier Ortega Ruiz <jortega.gerencia@gmail.example>",
   "Baja del servicio CRM Runner - Almacenes Ortega S.L.",
   """Estimados señores:

Por medio de la presente les comunicamos nuestra decisión de dar de baja el servicio CRM Runner contratado por Almacenes Ortega S.L. (NIF B-31847265), con efectos a la finalización del periodo anual en curso.

La cuenta está registrada a nombre de administracion@almacenesortega.example; les escribo desde mi correo personal porque la persona de administración está de baja por maternidad.

El motivo es que hemos migrado la gestión comercial al módulo de CRM de nuestro ERP.

Les ruego confirmación por escrito.

Atentamente,

Javier Ortega Ruiz
Gerente
""", i="cancellation", k="request", date="2026-09-22 10:18", acct="3523805",
   em="administracion@almacenesortega.example", dec=["B-31847265"],
   rk=["hemos migrado la gestión comercial al módulo de crm de nuestro erp"], rc="switched_service",
   form="outlook-html", sig=["Almacenes Ortega S.L.", "Polígono Landaben, calle E, 31012 Pamplona"],
   notes="formal letter from the manager's personal address naming the registered address; 'de baja por maternidad' is leave, not the request"),

ES("es-cancelar-mensual-pasar-anual", "Nuria Vidal", "Cambio a plan anual",
   """Hola!

Estaba pensando en cancelar el plan mensual y pasarme al anual, que me sale más a cuenta. ¿Se puede hacer directamente sin perder los contactos ni el histórico? Si tengo que cancelar primero, decidme cómo para no liarla.

Gracias,
Nuria
""", i="other", k="plan_change", date="2026-04-21 18:33", acct="3524371", form="apple-alt",
   notes="'cancelar el plan mensual' only as the means of switching to yearly; plan change"),

ES("es-pausar-temporada", "Casa Rural La Hoz", "Pausar cuenta julio-agosto?",
   """Buenos días,

Somos una casa rural y en julio y agosto cerramos para hacer obras. ¿Es posible pausar la cuenta esos dos meses y que no nos cobréis? En septiembre volvemos a usarla como siempre.

Un saludo,
Marisa Lahoz
""", i="other", k="pause", date="2026-06-09 09:20", acct="3525098", form="plain-qp",
   notes="pause request for summer works; 'cerramos' is temporary"),

ES("es-quitar-usuario-laura", "Iñaki Elorza <ielorza@grupoelorza.example>", "Quitar usuario Laura Garrido",
   """Hola,

necesito que quitéis el usuario de Laura Garrido (lgarrido) de nuestra cuenta, ya no trabaja con nosotros desde el viernes. Que no se nos cobre su licencia a partir de este mes.

La cuenta es la de ventas@grupoelorza.example, yo soy el administrador.

Gracias,
Iñaki Elorza
Grupo Elorza
""", i="cancellation", k="request_seat", date="2026-03-30 08:47", acct="3526712", un="lgarrido",
   em="ventas@grupoelorza.example", form="outlook-alt",
   notes="admin removes a colleague's seat; registered address given in body from his own address"),

ES("es-cancelar-webinar", "Andrés Pinto", "Webinar jueves",
   """Hola, me inscribí al webinar del jueves sobre automatizaciones de Runner pero al final no puedo asistir. Pueden cancelar mi inscripción y avisarme si lo van a repetir? Gracias!!

Andrés
""", i="other", k="meeting_cancel", date="2026-07-28 15:12", tz="America/Lima", acct="3527543",
   form="gmail-alt", notes="cancels a webinar registration"),

ES("es-supresion-datos-rgpd", "Marta Ferrer", "Solicitud de supresión de datos (RGPD)",
   """Buenos días,

En marzo di de baja mi cuenta de CRM Runner y recibí su confirmación. En ejercicio del derecho de supresión previsto en el artículo 17 del RGPD, les solicito que eliminen todos mis datos personales y los de mis clientes que sigan almacenados en sus sistemas, y que me confirmen la eliminación.

Atentamente,
Marta Ferrer
Ferrer Abogados
""", i="other", k="data_deletion", date="2026-05-04 11:30", acct="3528260", form="plain-qp",
   notes="account already cancelled; GDPR erasure request"),

ES("es-ya-me-dieron-de-baja", "caro.diseno@gmail.example", "Re: baja",
   """y? ya me dieron de baja?

El vie, 8 may 2026 a las 23:16, <caro.diseno@gmail.example> escribió:
> hola ya no lo uso, dame de baja porfa. no quiero q me sigan cobrando
""", i="other", k="follow_up", band="maybe", date="2026-05-13 20:02", tz="America/Bogota", acct="3521907",
   irt="es-dame-de-baja-movil", form="reply-above-quote", mime="gmail-alt", sloppy=True,
   notes="only asks whether the earlier baja was done; the request is only in the quote"),

ES("es-respuesta-automatica-clinica", "Clínica Paz <consulta@clinicapaz.example>", "Respuesta automática: Su solicitud",
   """Gracias por escribir a Clínica Paz Ginecología.

Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00 h. Responderemos su correo a la brevedad. Para agendar una cita llame al 55 5550 7781 o escríbanos por WhatsApp.

Este es un mensaje automático, por favor no responda.
""", i="auto_reply", k="auto_reply", date="2026-06-17 22:41", tz="America/Mexico_City", acct="3529931",
   dec=["55 5550 7781"], hdrs={"Auto-Submitted": "auto-replied"},
   irt="<out-20260617-2240.3529931@crmrunner.example>", form="plain-qp",
   notes="clinic's automatic reply"),

ES("es-gracias-confirmacion-mty", "Refacciones Monterrey <ventas@refaccionesmty.example>", "RE: Baja",
   """Muchas gracias por la confirmación, todo bien.

Saludos
Rogelio

-----Mensaje original-----
De: Refacciones Monterrey <ventas@refaccionesmty.example>
Enviado el: miércoles, 11 de febrero de 2026 16:40
Para: support@crmrunner.example
Asunto: Baja

Buenas tardes,

quiero dar de baja CRM Runner, ya no lo vamos a ocupar porque el equipo de ventas se va a manejar desde el sistema del corporativo.
""", i="other", k="thanks", date="2026-02-13 09:05", tz="America/Monterrey", acct="3520118",
   irt="es-quiero-dar-de-baja-crm-runner-mx", form="reply-above-quote", mime="outlook-alt",
   notes="thanks after the confirmation; the request is only in the quote"),

# ------------------------------------------------------------------ French
FR("fr-resilier-runner", "Claire Girard", "Résiliation",
   """Bonjour,

Je souhaite résilier Runner. Merci de me confirmer la date de fin.

Cordialement,
Claire Girard
""", i="cancellation", k="request", date="2026-01-19 14:22", acct="3540214", form="gmail-alt",
   notes="'résilier Runner' with the product name as object"),

FR("fr-quebec-j-arrete", "Réno Boily <info@renovationsboily.example>", "fermer mon compte",
   """Salut,

j'arrête. Ça coûte trop cher pour ce que j'en fais, je suis rendu à l'utiliser une fois par mois. Pouvez-vous fermer mon compte svp, pis arrêter de charger ma carte de crédit.

Merci
Stéphane Boily
Rénovations Boily inc.
""", i="cancellation", k="request", date="2026-02-25 20:10", tz="America/Toronto", acct="3541890",
   rk=["ça coûte trop cher pour ce que j'en fais"], rc="too_expensive", form="outlook-alt",
   notes="Quebec informal 'j'arrête' + close the account and stop charging the card"),

FR("fr-lettre-resiliation-imprimerie-be", "Imprimerie Delvaux <compta@imprimerie-delvaux.example>",
   "Résiliation de l'abonnement CRM Runner - client 3561208",
   """Madame, Monsieur,

Par la présente, nous vous notifions la résiliation de notre abonnement CRM Runner (formule Pro, numéro de client 3561208), suite à la fermeture de l'entreprise au 30 juin 2026.

Nous vous prions de ne plus procéder à aucun prélèvement après cette date et de nous faire parvenir une confirmation écrite de la résiliation.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Jean-Pierre Delvaux
Administrateur délégué
""", i="cancellation", k="request", date="2026-05-12 09:35", tz="Europe/Brussels", acct="3561208",
   an="3561208", dec=["BE 0456.789.123"], rk=["fermeture de l'entreprise"], rc="business_closed",
   form="outlook-html", sig=["Imprimerie Delvaux SPRL", "Rue des Tanneurs 41, 1000 Bruxelles", "TVA BE 0456.789.123"],
   notes="formal Belgian letter; reason contains the closing word fermeture; TVA number is a decoy"),

FR("fr-retraite-prelevement", "Marc Lefebvre", "Arrêt des prélèvements",
   """Bonjour,

Merci d'arrêter les prélèvements et de ne pas renouveler mon abonnement Pro à la prochaine échéance. Depuis mon départ à la retraite je n'ai plus l'utilité de l'outil.

Bien à vous,
Marc Lefebvre
""", i="cancellation", k="request", date="2026-09-01 10:48", acct="3542376",
   rk=["depuis mon départ à la retraite je n'ai plus l'utilité de l'outil"], rc="business_closed",
   form="plain-qp", notes="stop the prélèvement and do not renew; retirement coded as business_closed"),

FR("fr-retirer-acces-karim", "Sophie Moreau <s.moreau@cabinet-moreau.example>", "Accès de Karim",
   """Bonjour,

Pouvez-vous supprimer l'accès de Karim Bensaïd (identifiant : kbensaid) ? Il a quitté le cabinet vendredi dernier et on ne veut plus payer sa licence.

Notre compte : bureau (c'est moi qui l'administre).

Merci d'avance,
Sophie Moreau
Cabinet Moreau – Expertise comptable
""", i="cancellation", k="request_seat", date="2026-04-13 08:59", acct="3543615", un="kbensaid",
   form="outlook-alt",
   notes="seat removal for a colleague; the account's username 'bureau' is an ordinary word, the labelled username is the colleague's login"),

FR("fr-passer-team-starter", "Amandine Perrot", "Changement de formule",
   """Bonjour,

On n'est plus que deux dans l'équipe depuis la rentrée, donc la formule Team ne se justifie plus. Je voudrais passer en Starter au prochain renouvellement. Je ne veux pas résilier, juste payer moins !

Merci,
Amandine
""", i="other", k="downgrade", date="2026-10-02 16:14", acct="3544027", form="gmail-alt",
   notes="downgrade Team -> Starter, explicitly not a résiliation"),

FR("fr-annuler-facture", "Atelier Vitrail <gestion@vitrail-atelier.example>", "Facture FA-2026-0932 à annuler",
   """Bonjour,

Pouvez-vous annuler la facture FA-2026-0932 et la refaire au nom de la SARL Atelier du Vitrail (SIRET 812 345 678 00021) ? L'adresse indiquée est celle de mon domicile, ça ne va pas pour la compta.

Merci,
Lucie Bernard
""", i="other", k="order_cancel", date="2026-03-06 11:27", acct="3545731",
   dec=["FA-2026-0932", "812 345 678 00021"], form="plain-qp",
   notes="cancel and reissue an invoice; SIRET and invoice number are decoys"),

FR("fr-comment-resilier-bouton", "Lucie Bernard <gestion@vitrail-atelier.example>", "résiliation ?",
   """Bonjour, comment on fait pour résilier ? Je ne trouve pas le bouton dans les paramètres du compte.
Lucie""", i="other", k="how_to", band="maybe", date="2026-08-24 19:40", acct="3545731", form="iphone",
   notes="how-to question alone, no stated decision"),

FR("fr-senegal-annulation-abonnement", "Hamidou Diallo", "Demande d'annulation abonnement",
   """Bonjour Monsieur/Madame,

Je viens par la présente vous demander de bien vouloir procéder à l'annulation de mon abonnement CRM Runner, car nous avons opté pour une autre solution plus adaptée à notre structure.

Dans l'attente de votre retour, veuillez recevoir mes salutations distinguées.

Hamidou DIALLO
Dakar, Sénégal
+221 77 555 01 42
""", i="cancellation", k="request", date="2026-06-23 10:05", tz="Africa/Dakar", acct="3546402",
   dec=["+221 77 555 01 42"], rk=["nous avons opté pour une autre solution plus adaptée à notre structure"],
   rc="switched_service", form="gmail-alt", notes="West African formal request"),

FR("fr-reponse-automatique-kouassi", "Kouassi Immobilier <contact@kouassi-immo.example>", "Réponse automatique : Votre demande",
   """Bonjour,

Nous accusons bonne réception de votre message. Notre équipe vous répondra dans les meilleurs délais (48 h ouvrées).

Pour toute urgence : +225 07 55 50 12 34.

Cordialement,
Kouassi Immobilier – Abidjan
""", i="auto_reply", k="auto_reply", date="2026-07-09 12:00", tz="Africa/Abidjan", acct="3547988",
   dec=["+225 07 55 50 12 34"], hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
   irt="<out-20260709-1159.3547988@crmrunner.example>", form="plain-qp", notes="acknowledgement auto-reply"),

FR("fr-merci-confirmation-girard", "Claire Girard", "Re: Résiliation",
   """Merci beaucoup pour la confirmation. Bonne continuation à vous.

Claire

Le lun. 19 janv. 2026 à 14:22, Claire Girard <c.girard@orange.example> a écrit :
> Bonjour,
>
> Je souhaite résilier Runner. Merci de me confirmer la date de fin.
""", i="other", k="thanks", date="2026-01-21 08:31", acct="3540214", irt="fr-resilier-runner",
   form="reply-above-quote", mime="gmail-alt", notes="thanks after confirmation; request only quoted"),

FR("fr-deja-resilie-encore-preleve", "Julien Roussel", "Prélèvement après résiliation",
   """Bonjour,

J'ai résilié mon abonnement le 3 avril (j'ai le mail de confirmation) et vous m'avez encore prélevé 19 € le 5 mai. Je veux être remboursé rapidement.

Julien Roussel
""", i="other", k="already_cancelled", date="2026-05-06 07:44", acct="3548155", refund=True,
   dec=["19 €"], form="plain-qp", notes="already cancelled but charged; refund only"),

# ------------------------------------------------------------------ Portuguese
PT("pt-quero-cancelar-crm-runner", "Luiza Freitas", "Cancelamento",
   """Oi, quero cancelar o CRM Runner. Não estou usando faz tempo.

Obrigada
Luiza

Enviado do meu iPhone""", i="cancellation", k="request", date="2026-03-18 12:47", acct="3570312",
   rk=["não estou usando faz tempo"], rc="unused", form="iphone",
   notes="'cancelar o CRM Runner', product as object"),

PT("pt-nao-quero-mais-cancela-ai", "rafael@autopecasmoura.example", "cancelar",
   """nao quero mais esse sistema, cancela ai por favor. ja pedi pelo chat semana passada e ninguem respondeu

rafael""", i="cancellation", k="request", date="2026-04-02 18:20", acct="3571846", form="android",
   sloppy=True, notes="informal, no accents, 'não quero mais' + cancela aí"),

PT("pt-carta-rescisao-contabilidade", "Sousa Contabilidade <geral@sousacontabilidade.example>",
   "Carta de rescisão - cliente n.º 3578 114",
   """Exmos. Senhores,

Junto enviamos a carta de rescisão do contrato de subscrição do CRM Runner (cliente n.º 3578 114), devidamente assinada pela gerência.

A rescisão deve-se ao encerramento da empresa, aprovado em assembleia geral a 27 de fevereiro. Solicitamos que não seja efetuada a renovação anual nem qualquer débito posterior.

Com os melhores cumprimentos,

Ana Sousa
Sousa Contabilidade, Lda.
NIF 509 812 334
""", i="cancellation", k="request", date="2026-03-02 15:10", tz="Europe/Lisbon", acct="3578114",
   an="3578114", dec=["509 812 334"], rk=["encerramento da empresa"], rc="business_closed",
   form="attachment-pdf", attach=["Carta_rescisao_CRM_Runner.pdf"],
   notes="Portuguese formal rescisão with signed PDF; customer number written with a space; NIF is a decoy"),

PT("pt-parar-debito-automatico", "Bruno Teles", "Débito automático",
   """Boa tarde,

Quero que parem o débito automático no meu cartão (final 5521). Não vou renovar o plano Pro, pode encerrar no fim do mês.

Att,
Bruno Teles
""", i="cancellation", k="request", date="2026-07-27 14:36", acct="3572290", dec=["5521"],
   form="gmail-alt", notes="stop the débito automático + will not renew + close at month end"),

PT("pt-remover-usuario-thiago", "Imobiliária Vista <contato@imobiliariavista.example>", "Remover usuário",
   """Olá equipe,

Preciso remover o acesso do Thiago (usuário thiago.vendas) da nossa conta Team. Ele saiu da imobiliária e não queremos continuar pagando essa licença.

Obrigada,
Patrícia Lemos
Gerente – Imobiliária Vista
""", i="cancellation", k="request_seat", date="2026-05-25 10:02", acct="3573604", un="thiago.vendas",
   form="outlook-alt", notes="seat removal of a colleague who left"),

PT("pt-mensal-para-anual", "Pedro Nogueira", "Plano anual",
   """Fala pessoal,

Pensei em cancelar, mas vi no site que o plano anual sai bem mais barato. Como faço pra mudar do mensal pro anual sem perder nada? Se der pra fazer por aí, melhor.

Valeu
Pedro
""", i="other", k="plan_change", date="2026-08-05 21:12", acct="3574417", form="gmail-alt",
   notes="cancel only considered; switches monthly -> yearly"),

PT("pt-cancelar-pedido-treinamento", "Camila Rocha", "Cancelar pedido #20931",
   """Olá,

Comprei ontem por engano o pacote de treinamento (pedido #20931, R$ 390,00). Quero cancelar esse pedido e que façam o estorno no cartão. A assinatura do CRM Runner continua normal, é só o treinamento.

Camila Rocha
""", i="other", k="order_cancel", date="2026-06-16 09:47", acct="3575530", refund=True,
   dec=["#20931", "R$ 390,00"], form="plain-qp", notes="cancels an add-on order and asks for a refund; subscription stays"),

PT("pt-exclusao-dados-lgpd", "Joana Matos", "Pedido de eliminação de dados",
   """Bom dia,

Ao abrigo do RGPD, peço a eliminação de todos os meus dados pessoais (nome, telefone, e-mail) que tenham em vossa posse, incluindo os que foram importados pela minha antiga empresa. Não pretendo usar mais os vossos serviços.

Cumprimentos,
Joana Matos
""", i="other", k="data_deletion", date="2026-10-14 17:20", tz="Europe/Lisbon", acct="3577068",
   amb=True, form="plain-qp",
   notes="GDPR erasure; 'não pretendo usar mais' could be read as ending her account too, read as data deletion"),

PT("pt-ameaca-reclame-aqui", "Fábio Eventos <fabio@fabioeventos.example>", "sincronização com google agenda!!!",
   """Pessoal, faz DUAS semanas que a sincronização com o Google Agenda não funciona e ninguém resolve. Abri o chamado #48812 e nada.

Se não resolverem até sexta eu vou cancelar e vou reclamar no Reclame Aqui.

Fábio
""", i="other", k="other", date="2026-09-09 11:55", acct="3576921", dec=["#48812"], form="gmail-alt",
   notes="threat conditioned on a bug fix, not a request"),

PT("pt-reitera-rescisao", "Sousa Contabilidade <geral@sousacontabilidade.example>", "RE: Carta de rescisão - cliente n.º 3578 114",
   """Exmos. Senhores,

Ainda não recebemos qualquer confirmação da rescisão que enviámos a 2 de março. Reiteramos o pedido de cancelamento da subscrição e de não renovação.

Agradecemos resposta breve.

Ana Sousa

-----Mensagem original-----
De: Sousa Contabilidade <geral@sousacontabilidade.example>
Enviada: segunda-feira, 2 de março de 2026 15:10
Para: support@crmrunner.example
Assunto: Carta de rescisão - cliente n.º 3578 114

Exmos. Senhores,

Junto enviamos a carta de rescisão do contrato de subscrição do CRM Runner (cliente n.º 3578 114), devidamente assinada pela gerência.
""", i="cancellation", k="follow_up", date="2026-03-16 09:28", tz="Europe/Lisbon", acct="3578114",
   an="3578114", irt="pt-carta-rescisao-contabilidade", form="reply-above-quote", mime="outlook-alt",
   notes="chaser restating the cancellation request"),

PT("pt-resposta-automatica-ferias", "Pedro Nogueira", "Resposta automática: Re: Plano anual",
   """Olá! Estou de férias até 31/08 com acesso limitado ao e-mail. Assuntos urgentes: (11) 95550-3344.

Abraço,
Pedro Nogueira
""", i="auto_reply", k="auto_reply", date="2026-08-06 10:03", acct="3574417", dec=["(11) 95550-3344"],
   hdrs={"Auto-Submitted": "auto-replied"}, irt="<out-20260806-1002.3574417@crmrunner.example>",
   form="plain-qp", notes="vacation auto-reply"),

PT("pt-bounce-usuario-desconhecido", "Mail Delivery Subsystem <mailer-daemon@mx.uol.example>", "Delivery Status Notification (Failure)",
   None, i="bounce", k="bounce", date="2026-11-03 08:15", form="dsn",
   dsn=dict(human="""Não foi possível entregar a mensagem ao destinatário.

O endereço marcia.lopes@uol.example não existe ou não pode receber mensagens.

Servidor remoto respondeu: 550 5.1.1 User unknown
""", mta="mx.uol.example", rcpt="marcia.lopes@uol.example", status="5.1.1",
            diag="smtp; 550 5.1.1 <marcia.lopes@uol.example>: User unknown", remote="mx.uol.example",
            returned=dict(frm="CRM Runner Suporte <support@crmrunner.example>", to="marcia.lopes@uol.example",
                          subj="Seu pedido de cancelamento", date="2026-11-03 08:14",
                          body="""Olá Márcia,

recebemos seu pedido de cancelamento. Para confirmar, responda este e-mail com o nome de usuário da conta.

Equipe CRM Runner
""")),
   notes="bounce (user unknown) of support's reply about a cancellation"),
]
