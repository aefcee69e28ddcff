"""Round 4: 12 German, 12 Spanish, 12 French, 12 Portuguese messages (hand-written)."""
from common import A, DE, ES, FR, PT

ACCOUNTS = A("""
3800217 gartenbau_lutz buero@gartenbau-lutz.example monthly tier=pro
3801364 hausverwaltung_sommer info@hv-sommer.example monthly tier=pro
3802498 sarah.mcl sarah.mclean@posteo.example monthly tier=starter
3803552 elektro_huber elektro.huber@t-online.example monthly tier=pro status=cancelled
3804619 empfang empfang@zahnarztpraxis-meier.example monthly cur=CHF tier=pro
3805740 agentur_blau hallo@agentur-blau.example monthly tier=team
3806083 weingut_rapp weingut.rapp@gmx.example yearly tier=starter
3807125 it_service_kraus office@kraus-it.example monthly tier=pro
3808390 grafik_zimmer s.zimmer@zimmer-design.example monthly cur=CHF tier=pro
3820276 marco.rinaldi marco.rinaldi@gmail.example monthly tier=starter
3821455 opticas_sol info@opticassol.example monthly tier=pro
3822539 fer.gutierrez fer.gutierrez@hotmail.example monthly cur=MXN tier=starter
3823618 consultora_andina gerencia@consultoraandina.example yearly cur=USD tier=team
3824702 inmob_costa equipo@inmobiliariacosta.example monthly tier=team
3825821 vinos_toro pedidos@vinostoro.example monthly tier=pro
3826990 taller_ruiz info@talleresruiz.example monthly tier=starter
3840139 john.baker john.baker@gmail.example monthly tier=starter
3841258 c.lemoine c.lemoine@orange.example monthly tier=pro
3842374 lucas.henry lucas.henry@free.example monthly tier=starter
3843415 asbl_horizons info@horizons-asbl.example yearly tier=pro
3844561 agence_pixel contact@agencepixel.example monthly tier=team
3845627 librairie_vauban librairie.vauban@wanadoo.example yearly tier=starter
3846783 atelier_cerise atelier.cerise@gmail.example monthly tier=starter
3847804 m.fournier m.fournier@orange.example monthly tier=pro
3870212 martin.acosta martin.acosta@gmail.example monthly cur=BRL tier=starter
3871340 priscila.n priscila.nunes@hotmail.example monthly cur=BRL tier=pro
3872488 felipe.dias felipe.dias@gmail.example monthly cur=BRL tier=starter
3873599 quinta_vale geral@quintadovale.example yearly tier=pro
3874613 agencia_viva time@agenciaviva.example monthly cur=BRL tier=team
3875734 gabriel.s gabriel.santos@gmail.example monthly cur=BRL tier=pro
3876850 studio_yoga contato@studioyogaluz.example monthly cur=BRL tier=starter
3877961 bruna.castro bruna.castro@gmail.example monthly cur=BRL tier=pro
""")

MESSAGES = [
# ------------------------------------------------------------------ German
DE("de-sepa-mandat-ueberweisung", "Gartenbau Lutz <buero@gartenbau-lutz.example>", "SEPA-Mandat",
   """Guten Tag,

hiermit widerrufe ich das SEPA-Lastschriftmandat für CRM Runner. Wir stellen in der Buchhaltung alles auf Überweisung um; bitte schicken Sie uns die Rechnungen künftig per Mail, wir zahlen dann innerhalb von 14 Tagen.

Das Abo läuft natürlich normal weiter.

Mit freundlichen Grüßen
Monika Lutz
""", i="other", k="other", date="2026-02-23 10:26", acct="3800217", form="outlook-alt",
   notes="SEPA mandate revoked only to switch to bank transfer; explicitly keeps the subscription"),

DE("de-brauchen-wir-wohl-nicht-mehr", "Hausverwaltung Sommer <info@hv-sommer.example>", "Kündigungstermin?",
   """Hallo,

ich glaube, wir brauchen Runner eigentlich nicht mehr wirklich, die meisten Mieteranfragen laufen inzwischen über das Portal. Was wäre denn der nächstmögliche Kündigungstermin?

Gruß
Peter Sommer
""", i="other", k="how_to", amb=True, date="2026-04-15 13:40", acct="3801364", form="gmail-alt",
   notes="leaning towards cancelling but only asks for the date; read as how-to, ambiguous"),

DE("de-englaenderin-kuendigen", "Sarah McLean", "Abonnement kündigen",
   """Hallo,

ich möchte bitte meine Abonnement kündigen. Ich ziehe zurück nach Kanada im Sommer und brauche es nicht mehr. Ist es möglich das zum Ende Juni zu machen?

Vielen Dank und schöne Grüße
Sarah McLean
""", i="cancellation", k="request", date="2026-05-11 18:17", acct="3802498",
   rk=["ich ziehe zurück nach kanada"], rc="other", form="gmail-alt", sloppy=True,
   notes="non-native (English) writer, clear Kündigung"),

DE("de-schon-gekuendigt-nochmal-kuendigen", "Elektro Huber", "Schon wieder abgebucht",
   """Hallo,

ich habe im Mai schon gekündigt, trotzdem sind im Juni und Juli wieder 49 € abgebucht worden. Ich weiß nicht, was bei Ihnen schiefläuft. Kündigen Sie das Konto jetzt bitte endgültig und überweisen Sie mir die 98 € zurück.

Josef Huber
Elektro Huber, Rosenheim
""", i="cancellation", k="request", amb=True, date="2026-07-06 08:15", acct="3803552", refund=True,
   dec=["49 €", "98 €"], form="plain-qp",
   notes="already cancelled and charged, but asks again to cancel: cancellation, ambiguous"),

DE("de-konto-empfang-kuendigen-ch", "Dr. med. dent. Urs Meier <urs.meier@hin.example>", "Kündigung Konto empfang",
   """Grüezi

Bitte kündigen Sie das Konto "empfang" unserer Praxis auf Ende des laufenden Monats. Wir haben neu ein Praxisprogramm mit integrierter Patientenverwaltung.

Freundliche Grüsse
Dr. U. Meier
Zahnarztpraxis Meier, Winterthur
""", i="cancellation", k="request", date="2026-11-02 12:03", tz="Europe/Zurich", acct="3804619", un="empfang",
   rk=["praxisprogramm mit integrierter patientenverwaltung"], rc="switched_service", form="outlook-alt",
   notes="username is an ordinary word (empfang); sent from the dentist's own address"),

DE("de-mitarbeiter-eigenen-zugang-entfernen", "Kevin Brandt <k.brandt@agentur-blau.example>", "Mein Zugang",
   """Hi,

ich bin ab 1.8. nicht mehr bei der Agentur Blau. Könnt ihr meinen Zugang (kbrandt) dann bitte rausnehmen, damit die Agentur dafür nicht mehr zahlt? Meine Chefin weiß Bescheid.

Danke
Kevin
""", i="cancellation", k="request_seat", band="maybe", date="2026-07-24 17:52", acct="3805740", un="kbrandt",
   form="gmail-alt", notes="team member asks to remove his own seat; owner must agree, so maybe"),

DE("de-falls-preiserhoehung", "Weingut Rapp", "Preiserhöhung 2027",
   """Hallo,

ich habe gelesen, dass die Preise ab Januar steigen sollen. Falls das wirklich so kommt, werden wir kündigen müssen, für ein kleines Weingut ist das dann zu viel. Stimmt das mit der Erhöhung?

Gruß
Markus Rapp
""", i="other", k="hypothetical", date="2026-10-19 19:30", acct="3806083", form="gmail-alt",
   notes="conditional 'falls ... werden wir kündigen müssen'; asks about the price increase"),

DE("de-anteilige-erstattung", "IT-Service Kraus <office@kraus-it.example>", "Erstattung Restlaufzeit",
   """Hallo,

danke für die Bestätigung unserer Kündigung. Eine Frage noch: bekommen wir die restlichen fünf Monate anteilig erstattet? Wir hatten ja im Voraus bezahlt (Rechnung 2026-00315).

Grüße
Stefan Kraus
""", i="other", k="refund_only", date="2026-03-04 15:11", acct="3807125", refund=True, dec=["2026-00315"],
   form="outlook-alt", notes="after a confirmed Kündigung, only asks for a pro-rata refund"),

DE("de-danke-baeckerei", "Bäckerei Hollweg <info@baeckerei-hollweg.example>", "AW: Kündigung wegen Geschäftsaufgabe",
   """Vielen Dank für die schnelle Bestätigung und alles Gute!

G. Hollweg

-----Ursprüngliche Nachricht-----
Von: Bäckerei Hollweg <info@baeckerei-hollweg.example>
Gesendet: Mittwoch, 28. Oktober 2026 06:42
An: support@crmrunner.example
Betreff: Kündigung wegen Geschäftsaufgabe

Sehr geehrte Damen und Herren,

hiermit kündige ich CRMRunner zum 31.12.2026. Grund ist die Geschäftsaufgabe aus Altersgründen, einen Nachfolger für die Bäckerei gibt es leider nicht.
""", i="other", k="thanks", date="2026-10-29 07:05", acct="3600121", irt="de-geschaeftsaufgabe-baeckerei",
   form="reply-above-quote", mime="outlook-alt", notes="thanks after confirmation"),

DE("de-michaela-immer-noch-drin", "Franz Koller <office@koller-agrar.example>", "Re: Zugang Michaela",
   """Servus nochmal,

die Michaela ist immer noch drin und wir haben im Mai wieder für drei Plätze gezahlt. Bitte nehmt ihren Zugang jetzt endlich raus und schreibt uns den zu viel gezahlten Platz gut.

Franz

Am Di., 7. Apr. 2026 um 17:25 Uhr schrieb Franz Koller <office@koller-agrar.example>:
> Servus,
>
> kannst du bitte den Zugang von der Michaela (mkoller) rausnehmen? Die ist seit Ende März nicht mehr bei uns und wir wollen für den Platz nix mehr zahlen. Der Rest bleibt wie es ist.
""", i="cancellation", k="follow_up", date="2026-05-04 08:33", tz="Europe/Vienna", acct="3503388",
   refund=True, irt="de-team-zugang-kollegin-entfernen", form="reply-above-quote", mime="gmail-alt",
   notes="chaser restating the seat removal and asking a credit; login only in the quote, so no username label"),

DE("de-ausserordentliche-kuendigung-html", "Zimmer Design <s.zimmer@zimmer-design.example>", "Ausserordentliche Kündigung",
   """Sehr geehrte Damen und Herren

Hiermit kündige ich den Vertrag über CRM Runner (Pro) ausserordentlich und mit sofortiger Wirkung.

Seit März kam es wiederholt zu mehrstündigen Ausfällen, zuletzt am 02.06. und 09.06. (Ihre Ticketnummern 77812 und 77940). Unter diesen Umständen ist mir eine Weiterführung nicht zumutbar.

Ich bitte um Rückerstattung der Gebühr für Juni.

Freundliche Grüsse
Sandra Zimmer
""", i="cancellation", k="request", date="2026-06-10 09:58", tz="Europe/Zurich", acct="3808390", refund=True,
   dec=["77812", "77940"], rk=["wiederholt zu mehrstündigen ausfällen"], rc="low_quality", form="outlook-html",
   sig=["Zimmer Design GmbH", "Bahnhofstrasse 12, 6003 Luzern", "CHE-112.334.556 MWST"],
   notes="extraordinary termination for outages; ticket numbers are decoys"),

DE("de-abwesend-bis-juli", "Grafik Zimmer <s.zimmer@zimmer-design.example>", "Abwesenheit / Out of office",
   """Ich bin bis am 15. Juli abwesend und lese meine E-Mails nur unregelmässig. In dringenden Fällen: 041 555 02 37.

I am out of the office until 15 July.

Sandra Zimmer
""", i="auto_reply", k="auto_reply", date="2026-07-01 08:00", tz="Europe/Zurich", acct="3808390",
   dec=["041 555 02 37"], hdrs={"Auto-Submitted": "auto-replied"},
   irt="<out-20260701-0759.3808390@crmrunner.example>", form="plain-qp", notes="bilingual out-of-office"),

# ------------------------------------------------------------------ Spanish
ES("es-italiano-cancelar-abbonamento", "Marco Rinaldi", "cancelar cuenta",
   """Hola, buongiorno,

quiero cancelar mi suscripcion de CRM Runner porque en septiembre vuelvo a Italia y no voy a trabajar mas con clientes de aqui. Por favor no cobrar mas desde octubre.

Grazie mille,
Marco""", i="cancellation", k="request", date="2026-08-18 12:34", acct="3820276",
   rk=["en septiembre vuelvo a italia"], rc="other", form="gmail-alt", sloppy=True,
   notes="Italian writer in Spanish without accents"),

ES("es-ya-cancele-cancelen-de-una-vez", "Ópticas Sol <info@opticassol.example>", "Cobro tras la baja",
   """Buenos días:

Nos dimos de baja en abril y este mes nos habéis vuelto a pasar el recibo de 49 €. Os pido que canceléis la cuenta de una vez por todas y nos devolváis el importe.

Carmen Gil
Ópticas Sol
""", i="cancellation", k="request", amb=True, date="2026-06-02 10:50", acct="3821455", refund=True,
   dec=["49 €"], form="outlook-alt", notes="already cancelled, charged, asks again to cancel: cancellation, ambiguous"),

ES("es-sin-asunto-favor-de-cancelar", "fer.gutierrez@hotmail.example", None,
   """Buenas noches, favor de cancelar mi suscripción de Runner, ya no la ocupo. Gracias

Fernanda G.""", i="cancellation", k="request", date="2026-09-24 22:05", tz="America/Mexico_City",
   acct="3822539", rk=["ya no la ocupo"], rc="unused", form="plain-qp",
   notes="Mexican 'favor de cancelar', no subject"),

ES("es-peru-resolucion-contrato-html", "Consultora Andina <gerencia@consultoraandina.example>", "Carta de resolución de contrato",
   """Lima, 4 de marzo de 2026

Señores
CRM Runner
Presente.-

De nuestra consideración:

Por medio de la presente, Consultora Andina S.A.C., con RUC 20512345678, les comunica su decisión de resolver el contrato de suscripción al servicio CRM Runner (plan Team), con efecto al término del periodo anual vigente, por motivo de la reestructuración del área comercial.

Agradeceremos se sirvan confirmar la recepción de la presente y la fecha efectiva de término.

Atentamente,

Luis Alberto Paredes
Gerente General
""", i="cancellation", k="request", date="2026-03-04 11:30", tz="America/Lima", acct="3823618",
   dec=["20512345678"], rk=["reestructuración del área comercial"], rc="other", form="outlook-html",
   notes="Peruvian formal 'resolver el contrato'; RUC is a decoy"),

ES("es-miembro-quitarme-licencia", "Álvaro Costa <alvaro@inmobiliariacosta.example>", "Mi licencia",
   """Hola,

me voy de la inmobiliaria a final de mes. ¿Podéis quitar mi licencia (acosta) de la cuenta del equipo para que no la sigan pagando? Ya se lo he dicho a Mercedes.

Gracias,
Álvaro
""", i="cancellation", k="request_seat", band="maybe", date="2026-09-25 13:20", acct="3824702", un="acosta",
   form="gmail-alt", notes="member asks to remove his own seat; owner should confirm"),

ES("es-si-suben-precio-nos-damos-de-baja", "Vinos Toro <pedidos@vinostoro.example>", "Subida de precios",
   """Buenas,

nos ha llegado el aviso de la subida de precios para 2027. Si de verdad pasa de 49 a 69 € al mes, nos daremos de baja, que somos una bodega pequeña. ¿Hay alguna tarifa para clientes antiguos?

Un saludo,
Quique Toro
""", i="other", k="hypothetical", date="2026-11-12 18:02", acct="3825821", dec=["49 a 69 €"],
   form="gmail-alt", notes="conditional threat to leave, asks about old-customer pricing"),

ES("es-cancelar-campana-programada", "Taller Ruiz <info@talleresruiz.example>", "cancelar envío",
   """Hola, programé una campaña de email para mañana a las 9 con un error en el precio. ¿Cómo la cancelo? No encuentro el botón.

Gracias
Paco""", i="other", k="question", date="2026-05-20 20:41", acct="3826990", form="iphone",
   notes="cancel a scheduled email campaign, not the subscription"),

ES("es-gracias-kiosco", "Kiosco La Esquina", "Re: cancelar",
   """Gracias, recibí la confirmación. Éxitos con todo!
Claudio

El mié, 22 jul 2026 a las 19:33, Kiosco La Esquina (<kiosco.laesquina@yahoo.example>) escribió:
> Hola, les escribo porque cerramos el local a fin de mes, cierre del negocio definitivo (la verdad que la situación no da más).
> Necesito que me den de baja Runner y que no me debiten más de la tarjeta.
""", i="other", k="thanks", date="2026-07-24 10:15", tz="America/Argentina/Buenos_Aires", acct="3620155",
   irt="es-cierre-del-negocio-ar", form="reply-above-quote", mime="gmail-alt",
   notes="thanks; the request is only quoted"),

ES("es-reitero-terminar-membresia", "Paola Restrepo", "RE: Terminar membresía",
   """Buenas tardes,

reitero mi solicitud de terminar la membresía. Este mes me volvieron a cobrar y no he recibido ninguna respuesta. Por favor procedan y me reintegran el cobro de agosto.

Paola Restrepo

-----Mensaje original-----
De: Paola Restrepo <paola.restrepo@outlook.example>
Enviado el: viernes, 3 de julio de 2026 15:18
Para: support@crmrunner.example
Asunto: Terminar membresía

Buenas tardes,

quisiera terminar la membresía de CRM Runner a partir del próximo corte.
""", i="cancellation", k="follow_up", date="2026-08-04 09:12", tz="America/Bogota", acct="3722504",
   refund=True, irt="es-colombia-terminar-membresia", form="reply-above-quote", mime="outlook-alt",
   notes="chaser restating the request, asks refund"),

ES("es-cuenta-correo-antiguo", "Beatriz Ruiz <bea.ruiz@talleresruiz.example>", "Baja cuenta antigua",
   """Hola,

tenemos una cuenta vieja de CRM Runner registrada con el correo info@talleresruiz.example, que es el que usaba mi padre. Yo ya no la uso y él se ha jubilado. Por favor, dadla de baja y que no se cobre más.

Bea Ruiz
Talleres Ruiz
""", i="cancellation", k="request", date="2026-10-08 17:06", acct="3826990",
   em="info@talleresruiz.example", rk=["él se ha jubilado"], rc="business_closed", form="gmail-alt",
   notes="daughter asks from her own address, registered address written in body"),

ES("es-bounce-gmail-no-existe", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
   None, i="bounce", k="bounce", date="2026-09-28 16:44", form="dsn",
   dsn=dict(human="""** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a alvaro.costa.inmo@gmail.example porque no se ha encontrado la dirección o esta no puede recibir correo.
""", mta="mx.googlemail.example", rcpt="alvaro.costa.inmo@gmail.example", status="5.1.1",
            diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
            returned=dict(frm="Soporte CRM Runner <support@crmrunner.example>", to="alvaro.costa.inmo@gmail.example",
                          subj="Re: Mi licencia", date="2026-09-28 16:43",
                          body="""Hola Álvaro:

Para quitar tu licencia necesitamos la confirmación de la titular de la cuenta.

Un saludo
""")),
   notes="Gmail-style DSN in Spanish"),

# ------------------------------------------------------------------ French
FR("fr-anglophone-annuler", "John Baker", "Annuler abonnement",
   """Bonjour,

Je voudrais annuler mon abonnement s'il vous plait. Je suis pas content avec le produit, il y a trop de bugs avec le calendrier. Merci de ne pas me charger le mois prochain.

Merci,
John Baker""", i="cancellation", k="request", date="2026-04-06 20:20", acct="3840139",
   rk=["trop de bugs avec le calendrier"], rc="low_quality", form="gmail-alt", sloppy=True,
   notes="English native writing French"),

FR("fr-deja-resilie-resiliez-vraiment", "Chantal Lemoine", "Toujours prélevée !",
   """Bonjour,

J'ai résilié en mars, et vous continuez à me prélever chaque mois. Cette fois, résiliez vraiment mon compte et remboursez-moi avril et mai (2 x 49 €).

Chantal Lemoine
""", i="cancellation", k="request", amb=True, date="2026-05-07 13:02", acct="3841258", refund=True,
   dec=["2 x 49 €"], form="plain-qp",
   notes="already cancelled but charged; asks again to close: cancellation, ambiguous"),

FR("fr-sans-objet-cloturer", "Lucas Henry", None,
   """Bonjour, merci de clôturer mon compte Runner. Cordialement, Lucas Henry""",
   i="cancellation", k="request", date="2026-01-22 11:45", acct="3842374", form="plain-8bit",
   notes="one line, no subject"),

FR("fr-asbl-resiliation-html", "ASBL Horizons <info@horizons-asbl.example>", "Résiliation – ASBL Horizons",
   """Madame, Monsieur,

Le conseil d'administration de l'ASBL Horizons a décidé de mettre fin à l'abonnement CRM Runner à l'échéance annuelle, en raison de la fin de notre subside régional.

Numéro d'entreprise : 0712.345.678

Merci de nous confirmer la bonne prise en compte de la résiliation.

Avec nos remerciements,

Françoise Lambotte
Coordinatrice
""", i="cancellation", k="request", date="2026-09-15 14:12", tz="Europe/Brussels", acct="3843415",
   dec=["0712.345.678"], rk=["la fin de notre subside régional"], rc="too_expensive", form="outlook-html",
   sig=["ASBL Horizons", "Rue Haute 210, 1000 Bruxelles"],
   notes="Belgian non-profit, end of funding; company number is a decoy"),

FR("fr-membre-retirer-mon-acces", "Thomas Girard <t.girard@agencepixel.example>", "Mon accès",
   """Bonjour,

Je quitte l'agence à la fin du mois. Pouvez-vous retirer mon accès (tgirard) pour qu'il ne soit plus facturé ? J'ai prévenu la direction.

Thomas
""", i="cancellation", k="request_seat", band="maybe", date="2026-06-25 16:48", acct="3844561", un="tgirard",
   form="gmail-alt", notes="member asks to remove his own seat; owner must agree"),

FR("fr-au-cas-ou-fermeture-boutique", "Librairie Vauban", "Contrat annuel",
   """Bonjour,

Au cas où nous fermerions la librairie l'an prochain (rien n'est décidé), est-ce que le contrat annuel peut être arrêté en cours d'année, ou faut-il aller jusqu'au bout ?

Merci de votre réponse,
Odile Marchand
""", i="other", k="hypothetical", date="2026-11-18 15:27", acct="3845627", form="plain-qp",
   notes="hypothetical closure, explicitly undecided"),

FR("fr-annuler-envoi-programme", "Agence Pixel <contact@agencepixel.example>", "annuler un envoi",
   """Bonjour, comment annuler une séquence d'e-mails programmée ? Je me suis trompée de liste et l'envoi part ce soir !!

Inès""", i="other", k="question", date="2026-03-19 15:58", acct="3844561", form="gmail-alt",
   notes="cancel a scheduled sequence, not the subscription"),

FR("fr-merci-diallo", "Hamidou Diallo", "RE: Demande d'annulation abonnement",
   """Bonjour,

Bien reçu la confirmation, merci beaucoup pour votre diligence.

Cordialement,
Hamidou DIALLO

Le mar. 23 juin 2026 à 10:05, Hamidou Diallo <h.diallo@sonatel-mail.example> a écrit :
> Bonjour Monsieur/Madame,
>
> Je viens par la présente vous demander de bien vouloir procéder à l'annulation de mon abonnement CRM Runner, car nous avons opté pour une autre solution plus adaptée à notre structure.
""", i="other", k="thanks", date="2026-06-25 09:30", tz="Africa/Dakar", acct="3546402",
   irt="fr-senegal-annulation-abonnement", form="reply-above-quote", mime="gmail-alt",
   notes="thanks after the confirmation"),

FR("fr-je-repete-arreter", "ets.ngono@yahoo.example", "Re: arret abonnement",
   """je repete je veux arreter l abonnement, vous avez encore debiter 49 euro ce mois. arretez svp

Le jeu. 21 mai 2026 à 11:17, <ets.ngono@yahoo.example> a écrit :
> Bjr, svp je veux arreter mon abonnement runner, ca ne marche pas bien chez nous la connexion internet est trop lente pour l application. Merci de ne plus debiter.
""", i="cancellation", k="follow_up", date="2026-06-22 09:03", tz="Africa/Douala", acct="3644390",
   dec=["49 euro"], irt="fr-cameroun-arreter-connexion", form="reply-above-quote", mime="gmail-alt", sloppy=True,
   notes="chaser restating the wish to stop"),

FR("fr-compte-adresse-atelier", "Margaux Petit <margaux.petit@outlook.example>", "résiliation compte atelier",
   """Bonjour,

Le compte CRM Runner de l'atelier est enregistré avec l'adresse atelier.cerise@gmail.example, à laquelle je n'ai plus accès. Je vous écris donc de mon adresse perso : je souhaite mettre fin à cet abonnement, l'atelier a fermé ses portes en août.

Merci,
Margaux Petit
""", i="cancellation", k="request", date="2026-09-07 10:22", acct="3846783",
   em="atelier.cerise@gmail.example", rk=["l'atelier a fermé ses portes en août"], rc="business_closed",
   form="outlook-alt", notes="registered address written in the body from a personal address"),

FR("fr-carte-expiree-pas-resilier", "Mathieu Fournier", "Carte expirée",
   """Bonjour,

Ma carte bancaire a expiré fin octobre. Comment je mets à jour la nouvelle ? Je ne veux surtout pas que le compte soit résilié pour défaut de paiement.

Merci
Mathieu Fournier
""", i="other", k="question", date="2026-11-03 08:40", acct="3847804", form="gmail-alt",
   notes="payment update; 'résilié' only as something to avoid"),

FR("fr-bounce-boite-pleine", "MAILER-DAEMON@mail.free.example", "Undelivered Mail Returned to Sender",
   None, i="bounce", k="bounce", date="2026-01-23 09:10", form="dsn",
   dsn=dict(human="""Ceci est le système de messagerie de mail.free.example.

Votre message n'a pas pu être délivré au destinataire suivant : sa boîte aux lettres est pleine.

<lucas.henry@free.example>: quota exceeded
""", mta="mail.free.example", rcpt="lucas.henry@free.example", status="4.2.2", action="delayed", postfix=True,
            diag="smtp; 452 4.2.2 <lucas.henry@free.example>: Mailbox full",
            returned=dict(frm="Support CRM Runner <support@crmrunner.example>", to="lucas.henry@free.example",
                          subj="Re: (sans objet)", date="2026-01-23 09:08",
                          body="""Bonjour Monsieur Henry,

Votre compte sera clôturé à la fin de la période en cours. Merci de votre confiance.

L'équipe CRM Runner
""")),
   notes="mailbox-full DSN returning support's closure confirmation"),

# ------------------------------------------------------------------ Portuguese
PT("pt-argentino-cancelar-conta", "Martín Acosta", "cancelar conta",
   """Olá, gostaria de cancelar minha conta, nao uso mais o sistema porque troquei de trabalho e agora sou empregado. Desculpa o portugues.

Obrigado
Martín""", i="cancellation", k="request", date="2026-02-19 19:25", acct="3870212",
   rk=["nao uso mais o sistema porque troquei de trabalho"], rc="unused", form="gmail-alt", sloppy=True,
   notes="Argentinian writing Portuguese"),

PT("pt-ja-cancelei-cancelem-de-vez", "Priscila Nunes", "cobrança indevida",
   """Gente, eu cancelei em maio e vocês continuam cobrando R$ 249,00 todo mês no meu cartão. Cancelem de vez essa conta e me devolvam junho e julho!!

Priscila""", i="cancellation", k="request", amb=True, date="2026-07-10 12:10", acct="3871340", refund=True,
   dec=["R$ 249,00"], form="iphone",
   notes="already cancelled, still charged, asks again to cancel: cancellation, ambiguous"),

PT("pt-sem-assunto-desativar", "felipe.dias@gmail.example", None,
   """pode desativar minha conta do runner? obg""", i="cancellation", k="request",
   date="2026-06-06 23:58", acct="3872488", form="android", sloppy=True,
   notes="one-line phone request, no subject"),

PT("pt-portugal-rescisao-outlook-html", "Quinta do Vale <geral@quintadovale.example>", "Rescisão do contrato CRM Runner",
   """Exmos. Senhores,

Vimos por este meio comunicar a rescisão do contrato de subscrição do CRM Runner, com efeitos no final do período anual em curso, na sequência de uma reorganização interna da área comercial.

Solicitamos ainda que não sejam efetuados mais débitos na conta IBAN terminada em 0912.

NIPC: 504 331 227

Com os melhores cumprimentos,

Isabel Vale
Administração
""", i="cancellation", k="request", date="2026-05-28 10:45", tz="Europe/Lisbon", acct="3873599",
   dec=["0912", "504 331 227"], rk=["reorganização interna da área comercial"], rc="other", form="outlook-html",
   sig=["Quinta do Vale – Vinhos do Douro", "5130-000 São João da Pesqueira"],
   notes="formal Portuguese rescisão; IBAN fragment and NIPC are decoys"),

PT("pt-membro-sair-conta", "Caio Mendes <caio@agenciaviva.example>", "meu acesso",
   """Oi pessoal, estou saindo da Agência Viva sexta. Podem remover meu usuário (caio.m) da conta pra não cobrarem mais? A Fernanda já tá sabendo.

Valeu
Caio""", i="cancellation", k="request_seat", band="maybe", date="2026-08-20 17:12", acct="3874613", un="caio.m",
   form="gmail-alt", notes="member asks to remove his own seat; owner should confirm"),

PT("pt-se-cancelar-perco-dados", "Gabriel Santos", "dúvida",
   """Se eu cancelar agora, perco todos os contatos? Ou fica salvo por um tempo caso eu volte? Ainda não decidi.

Gabriel""", i="other", k="hypothetical", date="2026-04-27 21:36", acct="3875734", form="iphone",
   notes="hypothetical, undecided"),

PT("pt-cancelar-email-agendado", "Studio Yoga Luz <contato@studioyogaluz.example>", "email agendado",
   """Oi, como faço pra cancelar um email que agendei pra amanhã? Mandei pra lista errada. Urgente!

Obrigada, Tati""", i="other", k="question", date="2026-03-12 20:02", acct="3876850", form="gmail-alt",
   notes="cancel a scheduled email"),

PT("pt-obrigada-distribuidora", "Distribuidora Ramos <financeiro@distribuidoraramos.example>", "RE: Cancelamento da assinatura",
   """Obrigada pela confirmação. Boa sorte a todos.

Cláudia

-----Mensagem original-----
De: Distribuidora Ramos <financeiro@distribuidoraramos.example>
Enviada em: quarta-feira, 12 de agosto de 2026 14:03
Para: support@crmrunner.example
Assunto: Cancelamento da assinatura

Prezados,

Solicito o cancelamento da assinatura do CRM Runner devido ao encerramento das atividades da empresa no final de agosto.
""", i="other", k="thanks", date="2026-08-13 09:00", acct="3670180", irt="pt-encerramento-atividades-cnpj",
   form="reply-above-quote", mime="outlook-alt", notes="thanks after confirmation"),

PT("pt-reforco-nao-renovar", "Renata Alves", "Re: Renovação automática",
   """Oi, ainda não tive retorno. Reforço: NÃO quero a renovação anual, vence dia 10. Por favor confirmem.

Renata

Em sex., 28 de ago. de 2026 às 11:25, Renata Alves <renata.alves@gmail.example> escreveu:
> Olá,
>
> Não quero renovar a assinatura anual que vence dia 10/09. Por favor desativem a renovação automática e não cobrem o cartão.
""", i="cancellation", k="follow_up", date="2026-09-04 10:30", acct="3673902", irt="pt-desativar-renovacao-anual",
   form="reply-above-quote", mime="gmail-alt", notes="chaser restating the non-renewal"),

PT("pt-conta-email-antigo", "Bruna Castro <bruna.castro.adv@outlook.example>", "Cancelar conta antiga",
   """Boa tarde,

Tenho uma conta no CRM Runner cadastrada com o email bruna.castro@gmail.example, mas não uso mais esse endereço. Quero cancelar essa assinatura, já estou usando outra ferramenta no escritório.

Bruna Castro
OAB/SP 312.554
""", i="cancellation", k="request", date="2026-10-26 15:40", acct="3877961",
   em="bruna.castro@gmail.example", dec=["312.554"], rk=["já estou usando outra ferramenta no escritório"],
   rc="switched_service", form="outlook-alt",
   notes="registered address in the body from another address; OAB bar number is a decoy"),

PT("pt-reclamacao-atendimento", "Gabriel Santos", "atendimento péssimo",
   """Mandei 3 emails sobre a importação de planilha e ninguém respondeu. O chat só tem robô. Pago R$ 249 por mês pra isso? Muito decepcionado.

Gabriel""", i="other", k="other", date="2026-09-29 18:20", acct="3875734", dec=["R$ 249"], form="gmail-alt",
   notes="complaint, no request"),

PT("pt-resposta-automatica-agencia", "Agência Viva <time@agenciaviva.example>", "Resposta automática",
   """Olá! Recebemos sua mensagem. Nosso horário de atendimento é de segunda a sexta, das 9h às 18h. Retornaremos em breve.

Equipe Agência Viva
(11) 5550-4321
""", i="auto_reply", k="auto_reply", date="2026-08-22 11:00", acct="3874613", dec=["(11) 5550-4321"],
   hdrs={"Auto-Submitted": "auto-replied"}, irt="<out-20260822-1059.3874613@crmrunner.example>",
   form="plain-qp", notes="business-hours auto-reply"),
]
