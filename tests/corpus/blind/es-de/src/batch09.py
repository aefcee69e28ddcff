# Batch 09 - Spanish and German (final). Hand-written texts.
from common import M, A

LANG = "es"

ACCOUNTS = A("""
3436218 dani_unas daniela.unas@hotmail.example monthly cur=MXN
4119750 jake_tx jake.torres@gmail.example monthly cur=USD
5598823 paulo_br paulo.santos@gmail.example monthly cur=USD
3281149 giulia.r giulia.romano@libero.example monthly
4851207 ferreteria_el_tornillo eltornillo@ferreteria.example monthly cur=USD
3064972 agro_sanjuan admin@agrosanjuan.example monthly cur=MXN tier=pro
4705316 carla_ve carla.mendez@correo-latam.example monthly cur=USD
5162247 kevin.sc kevin.sanchez@gmail.example monthly status=trial
3710598 moda_rosalia tienda@modarosalia.example monthly
4267003 inmob_el_puerto info@inmoelpuerto.example yearly tier=pro
4988430 lupita_reposteria lupita.reposteria@gmail.example monthly cur=MXN
3509021 autolavado_brillo brillo.autolavado@yahoo.example monthly cur=MXN
5035774 academia_math_pro contacto@mathpro.example monthly
4390869 optica_vision_cl ventas@opticavision.example monthly cur=USD
3873045 despacho_reyes reyes@reyesabogados.example yearly tier=pro

3622570 schmuck_design atelier@schmuck-design.example monthly
4457319 ali_k ali.kaya@gmx.example monthly
5210088 startup_flowbase hello@flowbase.example monthly tier=pro
3944406 hundesalon_fiffi fiffi@hundesalon.example monthly
4736621 heuriger_weiss weiss@heuriger-weiss.example monthly cur=EUR
3180877 sanitaer_keller keller@sanitaer-keller.example monthly tier=team
5477094 photography_jens jens@jens-photography.example monthly
4026513 nachhilfe_plus info@nachhilfe-plus.example monthly
3355602 weinhandel_graf graf@weinhandel-graf.example yearly
4814395 kosmetikstudio_aura aura@kosmetik-aura.example monthly
""")

ES = [

M("kisiera-dar-de-baja-xq", "daniela <daniela.unas@hotmail.example>", "baja",
"""ola buenas tardes kisiera dar de baja mi cuenta xq ya no trabajo en eso. gracias
""", i="cancellation", k="request", date="2026-09-07 18:40", tz="America/Mexico_City", acct="3436218",
rk=["ya no trabajo en eso"], rc="other", form="plain-7bit", sloppy=True,
notes="Phonetic spelling ('ola', 'kisiera', 'xq'); changed line of work."),

M("unsubscribe-del-service-no-newsletter", "Jake Torres", "unsubscribe",
"""Hola, quiero unsubscribe del CRM. No del newsletter, del service completo, ya no lo uso para mi business.
My username: jake_tx
thx
""", i="cancellation", k="request", date="2026-09-08 09:12", tz="America/Chicago", acct="4119750", un="jake_tx",
rk=["ya no lo uso para mi business"], rc="unused", form="gmail-alt", sloppy=True,
notes="Spanglish 'unsubscribe', explicitly the whole service, not the newsletter; username given."),

M("portunol-cancelar-assinatura", "Paulo Santos", "cancelar assinatura",
"""Hola, yo quiero cancelar la assinatura del CRM Runner por favor. Mi empresa ahora usa otro sistema do grupo.
Obrigado,
Paulo
""", i="cancellation", k="request", date="2026-09-09 14:00", tz="America/Sao_Paulo", acct="5598823",
rk=["mi empresa ahora usa otro sistema do grupo"], rc="switched_service", form="plain-qp", sloppy=True,
notes="Portuguese speaker writing Spanish (portuñol)."),

M("italiana-cancelar-suscripcion", "Giulia Romano", "Cancellazione / cancelación",
"""Buongiorno,

voglio cancelar mi suscripción de CRM Runner, perché no lo uso mucho, scusate mi español. Grazie mille!

Giulia
""", i="cancellation", k="request", date="2026-09-10 10:30", tz="Europe/Rome", acct="3281149",
rk=["no lo uso mucho"], rc="unused", form="apple-alt", sloppy=True,
notes="Italian speaker mixing Italian and Spanish."),

M("cuenta-nro-espacios-cancel", "Ferretería El Tornillo", "Cancel",
"""Estimados:

Solicito la cancelación de la cuenta nro. 4851207 a partir de este mes. Motivo: bajaron mucho las ventas y tenemos que recortar gastos.

Atte.
Rubén Ortiz
Ferretería El Tornillo
""", i="cancellation", k="request", date="2026-09-11 08:50", tz="America/Asuncion", acct="4851207", an="4851207",
rk=["tenemos que recortar gastos"], rc="too_expensive", form="gmail-alt",
notes="English subject, Spanish body; account number as 'cuenta nro.'."),

M("quiten-a-jose-sloppy", "Agro San Juan", "usuario jose",
"""quiten a Jose del crm ya no trabaja aqui y no kiero pagar x el
""", i="cancellation", k="request_seat", date="2026-09-14 07:30", tz="America/Mexico_City", acct="3064972",
form="plain-7bit", sloppy=True,
notes="Sloppy seat removal ('no kiero pagar x el')."),

M("si-confirmo-baja-sonia", "Sonia Márquez <sonia.marquez@outlook.example>", "RE: Confirme la baja de su cuenta CRM Runner",
"""Sí, confirmo. Podéis dar de baja la cuenta, lo hablé con Emma.

Sonia

De: CRM Runner Soporte <support@crmrunner.example>
Enviado: lunes, 11 de mayo de 2026 16:46
Para: sonia.marquez@outlook.example
Asunto: Confirme la baja de su cuenta CRM Runner

Hola:

Hemos recibido una solicitud de baja para la cuenta asociada a esta dirección. Si la solicitud es suya, responda "Sí" a este correo. Si no, responda "No".

Equipo de soporte de CRM Runner
""", i="cancellation", k="follow_up", date="2026-09-15 12:05", acct="4554612",
irt="<verify-4554612@crmrunner.example>", form="reply-above-quote", mime="outlook-alt",
notes="The registered owner answers our confirmation request with a clear yes (months later, after her leave)."),

M("nadie-me-contesta-que-me-den-de-baja", "Carla Méndez", "Re: baja",
"""hola??? nadie me contesta, QUE ME DEN DE BAJA YA, es la segunda vez que escribo

El 2 sep 2026, a las 9:14, Carla Méndez <carla.mendez@correo-latam.example> escribió:
> buenas, quiero darme de baja del crm
""", i="cancellation", k="follow_up", date="2026-09-16 21:30", tz="America/Caracas", acct="4705316",
irt="<carla-baja-0209@correo-latam.example>", form="follow-up", mime="plain-qp", sloppy=True,
notes="Sloppy angry follow-up that restates the request."),

M("no-renueven-15-10-tarjeta", "Moda Rosalía", "No renovar",
"""Hola,

No me renueven la suscripción el 15/10, cancélenla por favor. Tengo la tarjeta terminación 3390 y no quiero ver ningún cargo más. Me he dado cuenta de que con la tienda física no me da tiempo a llevar el CRM.

Rosalía
""", i="cancellation", k="request", date="2026-09-17 19:00", acct="3710598",
dec=["3390"], rk=["no me da tiempo a llevar el crm"], rc="unused", form="iphone",
notes="Non-renewal with a renewal date and card digits (decoy)."),

M("atencion-pesima", "Gonzalo Ferrer <gonzalo@inmoelpuerto.example>", "Baja por mala atención",
"""La atención es pésima. Tres correos sin respuesta y el chat siempre "ocupado". Dense por notificados: cancelamos la suscripción desde hoy. La cuenta está a nombre de info@inmoelpuerto.example.

Inmobiliaria El Puerto
""", i="cancellation", k="request", date="2026-09-18 11:40", acct="4267003", em="info@inmoelpuerto.example",
rk=["la atención es pésima"], rc="customer_service", form="outlook-alt",
notes="From an employee address; registered address in the body. Customer-service reason; immediate cancellation."),

M("qtal-porfa-baja-thx", "Lupita Repostería", None,
"""q tal, porfa me dan de baja? ya cerre el negocio de pasteles. thx
""", i="cancellation", k="request", date="2026-09-21 16:20", tz="America/Mexico_City", acct="4988430",
rk=["ya cerre el negocio de pasteles"], rc="business_closed", form="android", sloppy=True,
notes="Text-speak request phrased as a question."),

# ---------------------------------------------------------------- look-alikes (es)

M("kiero-cambiar-a-anual", "autolavado brillo <brillo.autolavado@yahoo.example>", "cambio",
"""kiero cambiar a plan anual cuanto sale?
""", i="other", k="plan_change", date="2026-03-23 12:00", tz="America/Mexico_City", acct="3509021",
form="plain-7bit", sloppy=True, notes="Sloppy plan-change question."),

M("bajar-plan-despacho-reyes", "Despacho Reyes", "Bajar de plan",
"""Buenas tardes. Queremos pasar del plan Pro al Starter a partir del próximo ciclo. Las automatizaciones no las usamos.

Lic. Reyes
""", i="other", k="downgrade", date="2026-09-01 17:00", tz="America/Mexico_City", acct="3873045", form="outlook-alt",
notes="Downgrade."),

M("pausa-academia-verano-sloppy", "Academia Math Pro", "pausa",
"""hola se puede pausar en agosto? no hay clases. luego seguimos
""", i="other", k="pause", date="2026-07-10 10:00", acct="5035774", form="plain-7bit", sloppy=True,
notes="Sloppy pause question."),

M("antelacion-para-cancelar", "Óptica Visión", "Consulta",
"""Buenas tardes, ¿con cuánta antelación hay que avisar para cancelar el plan mensual? Lo pregunto para tenerlo en cuenta.
""", i="other", k="how_to", date="2026-06-16 15:00", tz="America/Santiago", acct="4390869", form="gmail-alt",
notes="Question about the notice period; no decision."),

M("si-cierro-la-optica-que-pasa", "Óptica Visión", "Pregunta",
"""Y si cerramos una de las dos sucursales, ¿se puede quitar un usuario o hay que cancelar todo? Solo es una idea por ahora.
""", i="other", k="hypothetical", date="2026-06-20 11:00", tz="America/Santiago", acct="4390869", form="gmail-alt",
notes="Hypothetical about removing a seat; only an idea."),

M("ya-cancele-siguen-cobrando-sloppy", "Carla Méndez", "COBRO!!!",
"""ya cancele hace un mes y me siguen cobrando!!! devuelvanme la plata
""", i="other", k="already_cancelled", refund=True, date="2026-10-20 20:10", tz="America/Caracas", acct="4705316",
form="plain-7bit", sloppy=True,
notes="Sloppy billing dispute after an earlier cancellation."),

M("reembolso-cobro-prueba-kevin", "Kevin Sánchez", "Cobro en la prueba",
"""Hola, estoy en el periodo de prueba y me han hecho un cargo de 1 €. ¿Es normal? Si es un error, ¿me lo podéis devolver? Quiero seguir probando.
""", i="other", k="refund_only", refund=True, date="2026-09-22 10:00", acct="5162247", dec=["1 €"], form="plain-qp",
notes="Refund of a card-verification charge during the trial; wants to continue."),

M("no-me-manden-promociones", "Lupita Repostería", None,
"""no me manden mas correos de promociones porfa, solo los de la cuenta
""", i="other", k="newsletter_unsubscribe", date="2026-05-02 09:00", tz="America/Mexico_City", acct="4988430",
form="plain-7bit", sloppy=True, notes="Sloppy marketing unsubscribe."),

M("supresion-datos-exempleada", "Marta Castillo <marta.castillo.v@gmail.example>", "Supresión de datos",
"""Hola,

Fui usuaria de la cuenta de Despacho Reyes hasta junio. Solicito que eliminéis mi nombre y mi correo de vuestros sistemas, ya no tengo relación con el despacho.

Marta Castillo
""", i="other", k="data_deletion", date="2026-09-23 09:30", form="plain-qp",
notes="Former seat user requests erasure of her data."),

M("nvm-keep-it-jake", "Jake Torres", "Re: unsubscribe",
"""nvm, keep it!! mi socio dice que lo sigue usando. sorry
""", i="other", k="withdrawal", wd=True, date="2026-09-08 15:30", tz="America/Chicago", acct="4119750",
irt="unsubscribe-del-service-no-newsletter", form="gmail-alt", sloppy=True,
notes="Spanglish withdrawal of the earlier request."),

M("grax-confirmacion", "Lupita Repostería", "Re: porfa",
"""grax!!
""", i="other", k="thanks", date="2026-09-22 09:00", tz="America/Mexico_City", acct="4988430",
irt="<reply-4988430-a1@crmrunner.example>", form="android", sloppy=True,
notes="One-word thanks after confirmation."),

M("campos-personalizados", "Academia Math Pro", "Campos personalizados",
"""Hola, ¿se pueden crear campos personalizados para guardar el curso y el nivel de cada alumno?
""", i="other", k="question", date="2026-04-16 18:00", acct="5035774", form="gmail-alt",
notes="Feature question."),

M("cancelar-sesion-soporte", "Despacho Reyes", "Sesión de soporte",
"""Buenos días, cancelo la sesión de soporte remoto agendada para el viernes, ya resolvimos el problema. Gracias.
""", i="other", k="meeting_cancel", date="2026-08-05 09:00", tz="America/Mexico_City", acct="3873045", form="outlook-alt",
notes="Cancels a support session."),

M("anular-compra-plantillas", "Moda Rosalía", "Compra duplicada",
"""Hola, compré dos veces el pack de plantillas de email (pedidos TPL-1042 y TPL-1043). ¿Podéis anular uno?
""", i="other", k="order_cancel", date="2026-04-28 13:00", acct="3710598", dec=["TPL-1042", "TPL-1043"], form="plain-qp",
notes="Cancels a duplicate add-on purchase."),

M("info-precios-peru", "Jorge Paredes <jparedes@constructoraandes.example>", "Información",
"""Buenas, quisiera información de precios y si tienen facturación en soles. Somos una constructora con 6 vendedores.
""", i="other", k="sales", date="2026-09-24 11:00", tz="America/Lima", form="gmail-alt",
notes="Sales inquiry."),

# ---------------------------------------------------------------- edge cases (es)

M("fuera-oficina-outlook-html", "Lic. Reyes <reyes@reyesabogados.example>", "Respuesta automática: Bajar de plan",
"""Estaré fuera de la oficina del 2 al 9 de septiembre por audiencias. Su correo será atendido a mi regreso.

Lic. Andrés Reyes
""", i="auto_reply", k="auto_reply", date="2026-09-02 08:00", tz="America/Mexico_City", acct="3873045",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-3873045-a1@crmrunner.example>", form="outlook-html",
notes="Outlook HTML-only out-of-office."),

M("autoreply-x-header-optica", "Óptica Visión <ventas@opticavision.example>", "Re: Consulta",
"""Gracias por escribir a Óptica Visión. Te responderemos dentro de las próximas 24 horas hábiles.
""", i="auto_reply", k="auto_reply", date="2026-06-16 15:30", tz="America/Santiago", acct="4390869",
hdrs={"X-Autoreply": "yes"}, irt="<reply-4390869-a1@crmrunner.example>", form="plain-qp",
notes="Auto-reply marked only by X-Autoreply, with a plain 'Re:' subject."),

M("exim-espanol-rebote", "Mail Delivery System <Mailer-Daemon@mx1.crmrunner.example>", "Mail delivery failed: returning message to sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", rcpt="admin@agro-sanjuan.example", status="5.1.2",
    diag="smtp; 550 5.1.2 dominio inexistente",
    human="""Este mensaje fue creado automáticamente por el software de entrega de correo.

Un mensaje que usted envió no pudo ser entregado a uno o más destinatarios. Este es un error permanente. La(s) siguiente(s) dirección(es) falló(aron):

  admin@agro-sanjuan.example
    dominio inexistente
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="admin@agro-sanjuan.example",
                  subj="Re: usuario jose", date="2026-09-14 07:35", tz="America/Mexico_City", mime="plain-qp",
                  body="""Hola:

Quitaremos el usuario de José a partir del próximo ciclo.

> quiten a Jose del crm ya no trabaja aqui y no kiero pagar x el
""")),
i="bounce", k="bounce", date="2026-09-14 07:36", tz="America/Mexico_City", form="dsn",
notes="Spanish Exim-style bounce; returned reply quotes the seat-removal request."),

M("no-se-puede-entregar-exchange", "Microsoft Outlook <postmaster@inmoelpuerto.example>", "No se puede entregar: Re: Baja por mala atención",
"", dsn=dict(
    mta="mail.inmoelpuerto.example", rcpt="info@inmoelpuerto.example", status="5.7.1",
    diag="smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    human="""Su mensaje no llegó a todos los destinatarios, o a ninguno.

Asunto: Re: Baja por mala atención
Enviado: 18/09/2026 11:45

No se pudo llegar a los siguientes destinatarios:

info@inmoelpuerto.example el 18/09/2026 11:45
No tiene permiso para enviar a este destinatario. Para obtener ayuda, póngase en contacto con el administrador del sistema.
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="info@inmoelpuerto.example",
                  subj="Re: Baja por mala atención", date="2026-09-18 11:45", mime="plain-qp", body="Hola,\n")),
i="bounce", k="bounce", date="2026-09-18 11:46", form="exchange-dsn",
notes="Spanish Exchange NDR ('No se puede entregar')."),
]

DE = [

M("wie-gesagt-bitte-kuendigen", "schmuck design <atelier@schmuck-design.example>", None,
"""hi wie gesagt bitte kündigen thx
""", i="cancellation", k="request", date="2026-09-07 16:10", acct="3622570", form="plain-qp", sloppy=True,
notes="Ultra-short ('wie gesagt' refers to a phone call)."),

M("konto-schliesen-kein-geschaeft", "Ali Kaya", "Konto",
"""Hallo ich will mein Konto schliesen bitte. Ich habe kein Geschäft mehr seit Juli. Danke
""", i="cancellation", k="request", date="2026-09-08 12:30", acct="4457319",
rk=["ich habe kein geschäft mehr"], rc="business_closed", form="android", sloppy=True,
notes="Non-native German ('schliesen')."),

M("denglisch-subscription-canceln", "Flowbase Team", "Subscription canceln",
"""Hi zusammen,

wir möchten unsere Subscription canceln, das Tool ist für uns als early-stage Startup einfach zu expensive. Bitte auch keine Invoices mehr schicken.

Cheers
Lukas | Flowbase
""", i="cancellation", k="request", date="2026-09-09 10:00", acct="5210088",
rk=["zu expensive"], rc="too_expensive", form="gmail-alt", sloppy=True,
notes="Startup Denglisch ('Subscription canceln', 'zu expensive')."),

M("autokorrektur-anno-kuendigen", "Hundesalon Fiffi", "Anno",
"""Hallo, bitte mein Anno kündigen. Danke

Von meinem iPhone gesendet
""", i="cancellation", k="request", date="2026-09-10 07:55", acct="3944406", form="iphone", sloppy=True,
notes="Autocorrect typo 'Anno' for 'Abo'."),

M("passt-nimma-lg", "heuriger weiss <weiss@heuriger-weiss.example>", "abo",
"""bitte abo kündigen, passt nimma. lg weiss
""", i="cancellation", k="request", date="2026-09-11 22:00", tz="Europe/Vienna", acct="4736621",
form="plain-qp", sloppy=True,
notes="Austrian colloquial, lowercase ('passt nimma'); no extractable reason."),

M("user-kevin-loeschen-sloppy", "Sanitär Keller", "user kevin",
"""bitte den user von kevin löschen, der is weg. wollen nich mehr für den zahlen
""", i="cancellation", k="request_seat", date="2026-09-14 06:45", acct="3180877", form="plain-qp", sloppy=True,
notes="Sloppy seat removal."),

M("ja-bitte-kuendigen-brunner", "Katharina Brunner <k.brunner@bluewin.example>", "AW: Bitte bestätigen: Kündigung Ihres Abonnements",
"""Ja, das ist richtig, bitte kündigen. Mein Mann hat das in meinem Namen geschrieben.

K. Brunner

Von: CRM Runner Support <support@crmrunner.example>
Gesendet: Dienstag, 2. Juni 2026 08:20
An: k.brunner@bluewin.example
Betreff: Bitte bestätigen: Kündigung Ihres Abonnements

Guten Tag

Wir haben eine Kündigung für Ihr Konto von einer anderen Adresse erhalten. Bitte bestätigen Sie mit «Ja» oder lehnen Sie mit «Nein» ab.

CRM Runner Support
""", i="cancellation", k="follow_up", date="2026-09-15 09:20", tz="Europe/Zurich", acct="3388064",
irt="<verify-3388064@crmrunner.example>", form="reply-above-quote", mime="outlook-alt",
notes="The registered owner confirms (clear yes) a cancellation her husband sent from another address."),

# ---------------------------------------------------------------- look-alikes (de)

M("jahres-abo-wechseln-geht-das", "photography jens <jens@jens-photography.example>", "jahresabo",
"""hey wollen auf jahres abo wechseln geht das auch mitten im monat
""", i="other", k="plan_change", date="2026-05-19 23:00", acct="5477094", form="plain-7bit", sloppy=True,
notes="Sloppy plan-change question."),

M("team-auf-starter", "Sanitär Keller", "Tarif",
"""Guten Tag, wir möchten ab Oktober vom Team- in den Starter-Tarif wechseln. Bitte um Bestätigung. Keller
""", i="other", k="downgrade", date="2026-09-20 08:00", acct="3180877", form="plain-qp",
notes="Downgrade."),

M("pausieren-winter-heuriger", "heuriger weiss <weiss@heuriger-weiss.example>", "pause",
"""kann ma das abo übern winter pausieren? im märz sperr ma wieder auf
""", i="other", k="pause", date="2026-01-12 21:00", tz="Europe/Vienna", acct="4736621", form="plain-qp", sloppy=True,
notes="Austrian colloquial pause request for the winter closure."),

M("pw-aendern-wie", "Ali Kaya", None,
"""wie kann ich mein pw ändern? finde es nich
""", i="other", k="question", date="2026-06-10 19:00", acct="4457319", form="plain-qp", sloppy=True,
notes="Password how-to."),

M("falls-wir-aufhoeren-export", "Nachhilfe Plus", "Export",
"""Hallo, falls wir irgendwann aufhören sollten: kann man dann alle Schüler und Eltern als Excel exportieren? Nur zur Info, im Moment läuft alles.
""", i="other", k="hypothetical", date="2026-06-24 14:00", acct="4026513", form="gmail-alt",
notes="Hypothetical ('falls wir irgendwann aufhören')."),

M("hab-doch-gekuendigt-wieso-abgebucht", "photography jens <jens@jens-photography.example>", "abbuchung???",
"""hab doch im august gekündigt wieso wird jetzt wieder abgebucht??? bitte zurück überweisen
""", i="other", k="already_cancelled", refund=True, date="2026-10-02 08:30", acct="5477094",
form="plain-qp", sloppy=True, notes="Sloppy billing dispute after an earlier cancellation."),

M("rueckerstattung-falscher-tarif", "Kosmetikstudio Aura", "Falscher Betrag",
"""Hallo, im September wurden 49 € statt 19 € abgebucht, obwohl ich Starter habe. Bitte die Differenz erstatten. Rechnung RE-2026-09-4814.

Liebe Grüße
Aura
""", i="other", k="refund_only", refund=True, date="2026-09-25 10:00", acct="4814395",
dec=["RE-2026-09-4814", "49 €"], form="gmail-alt", notes="Refund of an over-charge only."),

M("newsletter-weg-sloppy", "schmuck design <atelier@schmuck-design.example>", None,
"""bitte newsletter abbestellen danke
""", i="other", k="newsletter_unsubscribe", date="2026-04-02 12:00", acct="3622570", form="plain-qp", sloppy=True,
notes="Sloppy newsletter unsubscribe ('abbestellen')."),

M("dsgvo-auskunft-und-loeschung", "Friederike Lange <f.lange@posteo.example>", "Auskunft und Löschung nach DSGVO",
"""Sehr geehrte Damen und Herren,

ich bitte um Auskunft nach Art. 15 DSGVO, welche Daten Sie über mich gespeichert haben, und anschließend um deren Löschung nach Art. 17 DSGVO. Ich war nie Kundin bei Ihnen, habe aber Werbung erhalten.

Mit freundlichen Grüßen
Friederike Lange
""", i="other", k="data_deletion", date="2026-09-28 09:00", form="plain-qp",
notes="GDPR access + erasure by a non-customer."),

M("doch-nicht-kuendigen-flowbase", "Flowbase Team", "Re: Subscription canceln",
"""Hey, scratch that – wir haben grad ne Finanzierungsrunde abgeschlossen 🎉 Bitte NICHT kündigen, wir bleiben!

Lukas
""", i="other", k="withdrawal", wd=True, date="2026-09-10 18:00", acct="5210088",
irt="denglisch-subscription-canceln", form="gmail-alt", sloppy=True,
notes="Denglisch withdrawal of the previous day's cancellation."),

M("danke-hundesalon", "Hundesalon Fiffi", "Re: Anno",
"""Danke, hat alles geklappt 🐶

Von meinem iPhone gesendet
""", i="other", k="thanks", date="2026-09-11 08:00", acct="3944406",
irt="<reply-3944406-a1@crmrunner.example>", form="iphone",
notes="Thanks after the confirmation."),

M("etiketten-drucken-frage", "Weinhandel Graf", "Etiketten",
"""Guten Tag, kann man aus CRM Runner Adressetiketten (Avery Zweckform) drucken? Für unseren Weihnachtsversand.

Mit freundlichen Grüßen
Graf
""", i="other", k="question", date="2026-10-12 10:00", acct="3355602", form="outlook-alt",
notes="Feature question."),

M("termin-morgen-faellt-aus", "Nachhilfe Plus", "termin morgen",
"""hallo, der termin morgen um 10 fällt bei uns leider aus, krankheit. melden uns
""", i="other", k="meeting_cancel", date="2026-05-06 17:00", acct="4026513", form="plain-qp", sloppy=True,
notes="Cancels an appointment, sloppy."),

M("geschenkgutschein-stornieren", "Kosmetikstudio Aura", "Gutschein stornieren",
"""Hallo, ich habe versehentlich einen CRM Runner Geschenkgutschein für eine Freundin gekauft (Bestellung GS-3318), wollte eigentlich nur schauen. Kann man das stornieren?
""", i="other", k="order_cancel", date="2026-03-30 20:00", acct="4814395", dec=["GS-3318"], form="plain-qp",
notes="Cancels a gift-voucher order."),

M("interesse-demo-weinhandel", "Konstantin Berg <k.berg@berg-weine.example>", "Demo",
"""Hallo, ein Kollege (Weinhandel Graf) hat mir CRM Runner empfohlen. Können wir eine Demo machen? Gruß K. Berg
""", i="other", k="sales", date="2026-10-14 09:00", form="plain-qp",
notes="Sales/demo request."),

# ---------------------------------------------------------------- edge cases (de)

M("abwesend-weinhandel-weihnachten", "Weinhandel Graf <graf@weinhandel-graf.example>", "Abwesenheitsnotiz",
"""Vielen Dank für Ihre Nachricht. Wir sind bis einschließlich 18. November auf der Weinmesse und beantworten Ihre E-Mail danach.

Weinhandel Graf
""", i="auto_reply", k="auto_reply", date="2026-11-10 09:00", acct="3355602",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<notice-3355602-renewal@crmrunner.example>", form="plain-qp",
notes="Trade-fair out-of-office with Auto-Submitted."),

M("automatische-antwort-nachhilfe", "Nachhilfe Plus <info@nachhilfe-plus.example>", "AW: Ihr Abo verlängert sich",
"""Danke für Ihre Mail! Wir sind in den Herbstferien bis 2.11. nicht erreichbar.
""", i="auto_reply", k="auto_reply", date="2026-10-26 08:00", acct="4026513",
irt="<renewal-4026513-2026-11@crmrunner.example>", form="outlook-alt",
notes="Holiday auto-reply without headers and with an 'AW:' subject."),

M("bounce-gekuendigte-adresse", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="ali.kaya@gmx.example", status="5.1.1",
    remote="mx01.gmx.example",
    diag="smtp; 550 5.1.1 Requested action not taken: mailbox unavailable",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ali.kaya@gmx.example>: host mx01.gmx.example[192.0.2.52] said: 550 5.1.1
    Requested action not taken: mailbox unavailable (in reply to RCPT TO
    command)
""",
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="ali.kaya@gmx.example",
                  subj="Re: Konto", date="2026-09-08 12:40", mime="plain-qp",
                  body="""Hallo Herr Kaya,

Ihr Konto wird geschlossen. Vielen Dank.

> Hallo ich will mein Konto schliesen bitte. Ich habe kein Geschäft mehr seit Juli.
""")),
i="bounce", k="bounce", date="2026-09-08 12:41", form="dsn",
notes="Bounce whose returned confirmation quotes the customer's request."),

M("exchange-ndr-deutsch-quota", "Microsoft Outlook <postmaster@kosmetik-aura.example>", "Unzustellbar: Re: Falscher Betrag",
"", dsn=dict(
    mta="mail.kosmetik-aura.example", rcpt="aura@kosmetik-aura.example", status="5.2.2",
    diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
    human="""Die Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Re: Falscher Betrag
Gesendet: 25.09.2026 10:20

Die Nachricht konnte von folgenden Empfängern nicht empfangen werden:

aura@kosmetik-aura.example am 25.09.2026 10:20
Das Postfach des Empfängers ist voll, und es können keine Nachrichten angenommen werden.
""", headers_only=True,
    returned=dict(frm="CRM Runner Support <support@crmrunner.example>", to="aura@kosmetik-aura.example",
                  subj="Re: Falscher Betrag", date="2026-09-25 10:20", mime="plain-qp", body="Hallo,\n")),
i="bounce", k="bounce", date="2026-09-25 10:21", form="exchange-dsn",
notes="German Exchange NDR (mailbox full), headers only."),
]

for _m in DE:
    _m["lang"] = "de"
    if not _m.get("tz"):
        _m["tz"] = "Europe/Berlin"

MESSAGES = ES + DE
