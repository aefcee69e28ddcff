# Batch 05 - Spanish. Hand-written texts.
from common import M, A

LANG = "es"

ACCOUNTS = A("""
4512339 optica_miralles optica@miralles.example yearly tier=pro
3077264 jorge.benitez jorge.benitez@gmail.example monthly cur=USD
5181406 tienda_valencia tiendavalencia@lasmerceditas.example monthly
5181407 tienda_alicante tiendaalicante@lasmerceditas.example monthly
3623985 yolanda.p yolanda.prieto@hotmail.example monthly status=trial
4059118 fisio_norte citas@fisionorte.example monthly tier=pro
5745213 despacho_ugarte ugarte@ugarteabogados.example yearly tier=pro
3389502 ricardo.mtz ricardo.martinez.v@prodigy.example monthly cur=MXN
4194476 bodegas_rioja_alta export@bodegasriojaalta.example yearly tier=team
3857690 paco_fontanero fontaneriapaco@gmail.example monthly
4731058 seguros_lara polizas@seguroslara.example monthly tier=pro
5420832 carolina.uy carolina.techera@adinet.example monthly cur=USD
3962374 academia_baile_ritmo info@ritmoacademia.example monthly
4676615 eventos_gala contacto@eventosgala.example monthly cur=MXN tier=pro
3298856 noelia_r noelia.r@gmail.example monthly
5011642 asesoria_prado info@asesoriaprado.example yearly tier=team
3583771 zapateria_lucas zapaterialucas@telefonica.example monthly
4402910 marcos.pe marcos.quispe@gmail.example monthly cur=USD
3144027 laura_web laura.gomez.design@gmail.example monthly
4948805 cooperativa_olivar administracion@coopolivar.example yearly tier=pro
5367190 drmorales consultorio@drmorales.example monthly cur=MXN
3726413 elisa.campos elisa.campos@yahoo.example monthly
4285537 guarderia_osito direccion@guarderiaosito.example monthly
""")

MESSAGES = [

M("cuenta-con-puntos-optica", "Amparo Miralles <amparo@miralles.example>", "Baja servicio CRM",
"""Buenos días,

Solicitamos la baja del servicio CRM Runner para nuestra cuenta 4.512.339. Hemos cambiado de programa de gestión y el nuevo ya incluye la ficha de clientes, así que no necesitamos dos.

Gracias y un saludo,
Amparo Miralles
Óptica Miralles
""", i="cancellation", k="request", date="2026-06-01 10:20", acct="4512339", an="4512339",
rk=["hemos cambiado de programa de gestión"], rc="switched_service", form="outlook-alt",
notes="Sender is the owner's personal address at the same domain, not the registered one. Account number written with thousands dots (4.512.339), common in Spain."),

M("ya-no-deseo-continuar-formal-mx", "Jorge Benítez", "Cancelación del servicio",
"""Estimados señores:

Por medio de la presente les informo que ya no deseo continuar con el servicio de CRM Runner. Les solicito de la manera más atenta que no se realicen más cargos a mi tarjeta. Mi usuario es jorge.benitez.

Sin más por el momento, quedo de ustedes.

Atentamente,
Lic. Jorge Benítez
""", i="cancellation", k="request", date="2026-06-02 11:00", tz="America/Mexico_City", acct="3077264", un="jorge.benitez",
form="gmail-alt",
notes="Mexican formal style ('ya no deseo continuar', 'quedo de ustedes'); no reason."),

M("dos-cuentas-cancelar-una", "Mercedes Lozano <mercedes@lasmerceditas.example>", "Baja de una de las cuentas",
"""Hola,

Tenemos dos cuentas con vosotros, una por tienda. Cerramos la tienda de Valencia a final de mes, así que cancelad la de Valencia (usuario: tienda_valencia) y mantened la de Alicante tal cual.

Gracias,
Mercedes Lozano
Las Merceditas
""", i="cancellation", k="request", date="2026-06-03 13:15", acct="5181406", un="tienda_valencia",
rk=["cerramos la tienda de valencia"], rc="business_closed", form="gmail-alt",
notes="Owner of two accounts cancels one, identified by username; sent from a third address (not the registered one)."),

M("prueba-no-me-cobren", "Yolanda Prieto", "Periodo de prueba",
"""Hola, estoy en el periodo de prueba y no quiero seguir. Por favor que no me cobren nada cuando termine, no es lo que buscaba.
Gracias
""", i="cancellation", k="request", date="2026-06-04 21:40", acct="3623985",
rk=["no es lo que buscaba"], rc="other", form="iphone",
notes="Trial user asks not to be charged after the trial = cancel."),

M("fisio-quitar-fisioterapeuta", "Fisio Norte", "Quitar usuario",
"""Hola!

Sandra se ha ido de la clínica. Quitad su usuario (sandra.fisio) de la cuenta y bajad una licencia, que no queremos pagar por alguien que ya no está.

Gracias
Íñigo
Fisio Norte
""", i="cancellation", k="request_seat", date="2026-06-05 09:35", acct="4059118",
form="gmail-alt",
notes="Remove a departed colleague's seat. The login 'sandra.fisio' is the colleague's, not the account username (username label null)."),

M("despacho-no-renovacion-carta-html", "Despacho Ugarte", "Notificación de no renovación",
"""Estimados Sres.:

Les notificamos formalmente que Ugarte Abogados no renovará el contrato de suscripción anual de CRM Runner, cuyo vencimiento está previsto para el próximo mes de septiembre. Les rogamos desactiven la renovación automática y se abstengan de realizar cargo alguno a partir de dicha fecha.

A efectos identificativos: número de cliente 5745213, CIF B00000001.

Atentamente,
""", sig=["Íñigo Ugarte Zabala", "Socio director", "Ugarte Abogados", "Gran Vía 40, 48011 Bilbao"],
i="cancellation", k="request", date="2026-06-08 12:00", acct="5745213", an="5745213",
dec=["B00000001"], form="outlook-html",
notes="Formal non-renewal notice, HTML only, with customer number and tax id (decoy)."),

M("renuncio-al-servicio-mx-sin-acentos", "ricardo martinez <ricardo.martinez.v@prodigy.example>", "renuncio al servicio",
"""buenas tardes por este medio renuncio al servicio del crm, ya no lo ocupo, favor de no hacer mas cargos a mi tarjeta con terminacion 0457
gracias
""", i="cancellation", k="request", date="2026-06-09 17:25", tz="America/Mexico_City", acct="3389502",
dec=["0457"], rk=["ya no lo ocupo"], rc="unused", form="plain-7bit",
sloppy=True, notes="Mexican colloquial ('ya no lo ocupo' = I don't need it), no accents; card digits decoy."),

M("bodega-reenvio-director-outlook", "Export Bodegas Rioja Alta <export@bodegasriojaalta.example>", "RV: Licencias CRM",
"""Hola,

Os reenvío lo que nos pide el director. Como veis, quiere cancelar la suscripción de CRM Runner cuando termine el año contratado.

Saludos,
Begoña

-----Mensaje original-----
De: Alfonso Sáenz <asaenz@bodegasriojaalta.example>
Enviado el: lunes, 8 de junio de 2026 19:40
Para: Export Bodegas Rioja Alta <export@bodegasriojaalta.example>
Asunto: Licencias CRM

Begoña, con la integración del nuevo ERP ya no tiene sentido mantener CRM Runner. Comunícales que no renovamos.

Alfonso
""", i="cancellation", k="forward_request", date="2026-06-09 08:30", acct="4194476",
rk=["con la integración del nuevo erp ya no tiene sentido mantener crm runner"], rc="switched_service",
form="forward-inline", mime="outlook-alt",
notes="Forward from the registered shared address relaying the director's decision; sender is the owner address."),

M("fontanero-audio-transcrito", "Paco Fontanería", "baja",
"""hola buenas soy paco el fontanero quería darme de baja del programa ese del crm porque no tengo tiempo de aprender a usarlo y mi hija que me lo puso se ha ido a estudiar fuera muchas gracias

Enviado desde mi iPhone
""", i="cancellation", k="request", date="2026-06-10 20:50", acct="3857690",
rk=["no tengo tiempo de aprender a usarlo"], rc="too_complex", form="iphone",
sloppy=True, notes="Dictated-sounding text without punctuation; 'el programa ese del crm'."),

M("seguros-lara-reply-gmail", "Seguros Lara", "Re: Tu factura de junio",
"""Hola, aprovecho para deciros que a partir de julio no queremos seguir. Dad de baja la cuenta cuando acabe este mes, por favor. La aplicación de la aseguradora ya hace lo mismo.

Gracias

El lun, 1 jun 2026 a las 8:00, CRM Runner <billing@crmrunner.example> escribió:
> Hola,
>
> Tu factura de junio (F-2026-06-4731) ya está disponible. Importe: 49,00 EUR.
> Se cargará en tu tarjeta el 3 de junio.
>
> Gracias por usar CRM Runner.
""", i="cancellation", k="request", date="2026-06-11 10:10", acct="4731058",
irt="<invoice-4731058-2026-06@crmrunner.example>",
rk=["la aplicación de la aseguradora ya hace lo mismo"], rc="switched_service",
form="reply-above-quote", mime="gmail-alt",
notes="Request written above a quoted invoice mail; the invoice number is only in the quote."),

M("uy-dar-de-baja-vos", "Carolina Techera", "dar de baja",
"""Hola, ¿cómo andan? Quería pedirles que me den de baja (usuario carolina.uy). La verdad es que no le encontré la vuelta al programa y lo estoy pagando al pedo. Gracias igual!

Caro
Montevideo
""", i="cancellation", k="request", date="2026-06-12 14:00", tz="America/Montevideo", acct="5420832", un="carolina.uy",
rk=["no le encontré la vuelta al programa"], rc="too_complex", form="gmail-alt",
notes="Rioplatense slang ('no le encontré la vuelta', 'al pedo'); request with reason."),

M("academia-baile-sin-alumnos", "Silvia Ritmo <silvia.ritmo@hotmail.example>", "Cierre",
"""Hola,

Con mucha pena os comunico que cerramos la academia después de 12 años. Por favor, cerrad nuestra cuenta de CRM Runner (la de info@ritmoacademia.example) y no paséis más recibos.

Un abrazo,
Silvia
""", i="cancellation", k="request", date="2026-06-15 18:00", acct="3962374", em="info@ritmoacademia.example",
rk=["cerramos la academia"], rc="business_closed", form="apple-alt",
notes="From the owner's private address; registered address in the body. Closing the business; 'cerrad nuestra cuenta' + 'no paséis más recibos'."),

M("eventos-gala-adjunto-pdf", "Eventos Gala", "Carta de cancelación",
"""Buenas tardes,

Adjunto la carta firmada de cancelación de nuestra suscripción. Agradeceremos su confirmación.

Saludos,
Dirección Administrativa
Eventos Gala
""", attach=["Carta_cancelacion_CRM_Runner.pdf"],
i="cancellation", k="request", date="2026-06-16 16:30", tz="America/Mexico_City", acct="4676615",
form="attachment-pdf", mime="outlook-alt",
notes="The signed letter is an attached PDF; the body states its purpose."),

M("noelia-seguimiento-enfadada", "Noelia R.", "Re: baja ya!!",
"""Os escribí hace diez días pidiendo la baja y hoy me habéis vuelto a cobrar. QUIERO LA BAJA YA y que me devolváis el cobro de hoy. Es increíble.

El 6 jun 2026, a las 10:12, Noelia R. <noelia.r@gmail.example> escribió:
> Hola, me quiero dar de baja de CRM Runner. No lo uso.
""", i="cancellation", k="follow_up", date="2026-06-16 09:05", acct="3298856", refund=True,
irt="<CAnoelia0606baja@mail.gmail.example>", form="follow-up", mime="gmail-alt",
notes="Angry follow-up that restates the request and asks a refund; reason appears only in the quote, so no reason keywords."),

M("asesoria-prado-reembolso-anual", "Elena Prado <elena.prado@asesoriaprado.example>", "Cancelación y devolución",
"""Buenos días,

Queremos cancelar la suscripción. Contratamos el plan Team pensando que íbamos a crecer, pero seguimos siendo cuatro y la mitad de las funciones no las tocamos. Os pedimos también que nos devolváis la parte que no vamos a usar.

Usuario: asesoria_prado

Un saludo,
Elena Prado
""", i="cancellation", k="request", date="2026-06-17 10:45", acct="5011642", un="asesoria_prado", refund=True,
rk=["la mitad de las funciones no las tocamos"], rc="unused", form="outlook-alt",
notes="From a colleague address of the same domain; username given. Cancellation plus pro-rata refund request."),

M("zapateria-telefono-decoy", "lucas <lucas.zapatero64@gmail.example>", "Darse de baja",
"""hola kiero darme de baja, si necesitan algo llamen al 612 000 345 x las mañanas
lucas
""", i="cancellation", k="request", date="2026-06-18 12:20", dec=["612 000 345"], form="plain-qp",
sloppy=True, notes="From an unregistered address with no identifier (only a first name and a phone): account cannot be told (null). Short request; phone number is a decoy."),

M("pe-desuscribirme-servicio", "Marcos Quispe", "Desuscribirme",
"""Buenas noches, quisiera desuscribirme del servicio de CRM Runner, ya no lo voy a usar porque cambié de trabajo y ahora la empresa me da otro sistema.

Gracias de antemano.
Marcos
""", i="cancellation", k="request", date="2026-06-19 22:10", tz="America/Lima", acct="4402910",
rk=["cambié de trabajo"], rc="other", form="base64",
notes="'Desuscribirme del servicio' (LatAm) refers to the subscription, not a newsletter."),

M("no-se-como-se-cancela-asi-que-escribo", "Laura Gómez <laura@lauragomezdesign.example>", "cancelar",
"""Hola, no encuentro dónde se cancela así que os escribo por aquí: no quiero seguir con la suscripción. Mi cuenta es laura_web. Gracias!
""", i="cancellation", k="request", date="2026-06-22 08:40", acct="3144027", un="laura_web",
form="plain-qp",
notes="From her new domain; identifies by username ('mi cuenta es laura_web'). Could not find the button, so states the decision by mail: a request (not a how-to)."),

M("desactivar-mi-cuenta-cooperativa", "Cooperativa del Olivar", "Desactivar cuenta",
"""Buenos días, ¿podrían desactivar nuestra cuenta? Hasta la próxima campaña de aceite no vamos a tener movimiento.

Administración
Cooperativa del Olivar
""", i="other", k="pause", amb=True, date="2026-06-23 09:00", acct="4948805", form="plain-qp",
notes="Ambiguous: 'desactivar' until next season reads as a pause rather than a cancellation; labelled other/pause."),

M("dr-morales-reembolso-mal-servicio", "Consultorio Dr. Morales", "Queja",
"""Buen día. El sistema de recordatorios de citas no funcionó en toda la semana y varios pacientes no llegaron. Exijo la devolución del mes completo.

Dr. Alberto Morales
""", i="other", k="refund_only", amb=True, refund=True, date="2026-06-24 13:30", tz="America/Mexico_City",
acct="5367190", form="gmail-alt",
notes="Refund demand after an outage without saying they want to leave; ambiguous, labelled other."),

M("elisa-cerrar-cuenta-datos", "Elisa Campos", "Cerrar cuenta",
"""Hola,

Quiero cerrar mi cuenta y que borréis mis datos. Gracias.

Elisa
""", i="cancellation", k="request", amb=True, date="2026-06-25 11:11", acct="3726413", form="plain-qp",
notes="Close account + erase data: read as cancellation (account closure) but it overlaps a GDPR erasure; ambiguous."),

# ---------------------------------------------------------------- look-alikes

M("como-doy-de-baja-un-cliente", "Guardería Osito", "¿Cómo doy de baja a un cliente?",
"""Hola,

Una familia se ha dado de baja de la guardería. ¿Cómo doy de baja a ese cliente en el CRM para que no me salga en los listados? ¿Se borra o se archiva?

Gracias,
Rosa
""", i="other", k="how_to", date="2026-06-01 15:20", acct="4285537", form="gmail-alt",
notes="How to remove/archive a customer record inside the CRM; 'dar de baja' refers to their own client."),

M("mis-clientes-cancelan-informe", "Asesoría Prado", "Informe de bajas",
"""Hola,

¿Hay algún informe en el CRM para ver qué clientes nuestros han cancelado su contrato este año? Queremos analizar las bajas por trimestre.

Gracias,
Elena
""", i="other", k="question", date="2026-03-10 10:00", acct="5011642", form="outlook-alt",
notes="Feature question about churn reports of their own customers."),

M("domiciliacion-otra-cuenta", "Zapatería Lucas", "Cambiar domiciliación",
"""Hola, quiero cancelar la domiciliación en la cuenta de Bankinter y que paséis los recibos a la nueva cuenta, la que acaba en 7721. ¿Os mando el IBAN completo por aquí?

Lucas
""", i="other", k="question", date="2026-05-19 12:20", acct="3583771", dec=["7721"], form="plain-qp",
notes="'Cancelar la domiciliación' = move the direct debit to another bank account; payment change, not a cancellation."),

M("pago-automatico-transferencia", "Cooperativa del Olivar", "Forma de pago",
"""Buenos días,

Queremos cancelar el pago automático con tarjeta y pasar a pagar la anualidad por transferencia. ¿Es posible?

Administración
""", i="other", k="question", date="2026-02-17 09:20", acct="4948805", form="plain-qp",
notes="'Cancelar el pago automático' = change payment method."),

M("notificaciones-email-baja", "Jorge Benítez", "Demasiados correos",
"""Hola, ¿me pueden dar de baja de las notificaciones por correo? Cada vez que alguien del equipo mueve un trato me llega un email. Quiero seguir usando el CRM, solo sin tantas notificaciones.
""", i="other", k="newsletter_unsubscribe", date="2026-04-22 18:00", tz="America/Mexico_City", acct="3077264",
form="gmail-alt",
notes="Unsubscribe from notification e-mails; keeps using the CRM."),

M("plan-mensual-a-anual-uy", "Carolina Techera", "Plan anual",
"""Hola! Si paso al plan anual ahora, ¿me descuentan lo que ya pagué este mes? Gracias!
""", i="other", k="plan_change", date="2026-03-03 11:30", tz="America/Montevideo", acct="5420832", form="plain-qp",
notes="Plan change question."),

M("bajar-a-starter-paco", "Paco Fontanería", "plan mas barato",
"""hola hay algun plan mas barato? el que tengo tiene muchas cosas que no uso. no me quiero ir pero 49 euros es mucho para mi
""", i="other", k="downgrade", date="2026-04-20 20:30", acct="3857690", dec=["49 euros"], form="plain-7bit",
sloppy=True, notes="Asks for a cheaper plan, 'no me quiero ir'."),

M("pausa-baja-maternal", "Noelia R.", "Pausa",
"""Hola, me voy de baja maternal en agosto. ¿Puedo pausar la suscripción hasta enero sin perder los datos?
""", i="other", k="pause", date="2026-05-10 10:00", acct="3298856", form="gmail-alt",
notes="Pause during maternity leave ('baja maternal' is leave, not a cancellation)."),

M("que-pasa-con-datos-si-cancelo", "Despacho Ugarte", "Consulta sobre datos",
"""Buenos días,

En caso de que decidiéramos no renovar, ¿durante cuánto tiempo conservarían nuestros datos y en qué formato podríamos exportarlos? Necesitamos esta información para nuestro registro de tratamientos.

Un saludo,
Íñigo Ugarte
""", i="other", k="hypothetical", date="2026-05-05 09:30", acct="5745213", form="outlook-alt",
notes="Hypothetical ('en caso de que decidiéramos no renovar')."),

M("cancele-en-abril-cobro-mayo", "Marcos Quispe", "Cobro indebido",
"""Hola, cancelé mi suscripción en abril desde la web (me salió el mensaje de 'suscripción cancelada') pero en mayo me volvieron a cobrar 19 USD. Por favor revisen y devuelvan el cobro.
""", i="other", k="already_cancelled", refund=True, date="2026-05-06 21:00", tz="America/Lima", acct="4402910",
dec=["19 USD"], form="plain-qp",
notes="Claims an earlier cancellation and disputes a charge."),

M("anular-cargo-duplicado-mx", "Eventos Gala", "Cargo duplicado",
"""Buenas tardes, nos aparece un cargo duplicado de $999.00 MXN el día 2 de mayo. Les pedimos anular uno de los dos cargos. Número de autorización 882134.

Saludos
""", i="other", k="refund_only", refund=True, date="2026-05-04 16:10", tz="America/Mexico_City", acct="4676615",
dec=["882134", "$999.00 MXN"], form="outlook-alt",
notes="'Anular' a duplicate charge: refund only."),

M("anular-pedido-licencias-extra", "Bodegas Rioja Alta", "Anular ampliación",
"""Buenos días,

Ayer solicitamos por error la ampliación a 15 licencias (solicitud AMP-3321). Por favor, anúlenla; seguimos con las 10 actuales.

Gracias,
Begoña
""", i="other", k="order_cancel", date="2026-03-12 08:45", acct="4194476", dec=["AMP-3321"], form="outlook-alt",
notes="Cancels an order for extra licences; keeps the current ones."),

M("cancelar-formacion-presencial", "Fisio Norte", "Formación del viernes",
"""Hola! Tenemos que cancelar la formación presencial del viernes, tenemos la clínica llena de pacientes ese día. ¿Se puede hacer online otro día?
""", i="other", k="meeting_cancel", date="2026-04-15 13:00", acct="4059118", form="gmail-alt",
notes="Cancels a training session."),

M("retirada-asesoria-prado", "Asesoría Prado", "Re: Cancelación y devolución",
"""Buenos días,

Después de la llamada de ayer y con el cambio al plan Pro que nos ofrecisteis, retiramos la solicitud de baja. Nos quedamos.

Un saludo,
Elena Prado
""", i="other", k="withdrawal", wd=True, date="2026-06-19 09:15", acct="5011642",
irt="asesoria-prado-reembolso-anual", form="outlook-alt",
notes="Withdraws the cancellation after a plan-change offer."),

M("gracias-baja-academia", "Academia de Baile Ritmo", "Re: Cierre",
"""Gracias a vosotros por estos años. Un abrazo.

Silvia
""", i="other", k="thanks", date="2026-06-16 10:00", acct="3962374",
irt="<reply-3962374-a1@crmrunner.example>", form="apple-alt",
notes="Thanks after the confirmation."),

M("importar-contactos-excel", "Yolanda Prieto", "importar",
"""hola, como importo los contactos desde un excel? me da error con las tildes
""", i="other", k="question", date="2026-06-01 19:00", acct="3623985", form="plain-qp",
notes="How-to unrelated to cancelling (import)."),

M("bug-boton-baja-no-carga", "Elisa Campos", "La página de Baja no carga",
"""Hola,

Solo por avisaros: la página de "Darse de baja" en Mi cuenta se queda en blanco en Safari. No es que quiera irme, me la encontré mirando las facturas.

Elisa
""", i="other", k="bug_report", date="2026-04-09 12:40", acct="3726413", form="apple-alt",
notes="Bug report about the cancel page; explicitly not leaving."),

M("presupuesto-ong", "Fundación Caminos <info@fundacioncaminos.example>", "Precio para ONG",
"""Hola,

Somos una fundación pequeña (8 personas) y queremos saber si tenéis precios especiales para ONG en el plan Pro.

Gracias,
Marta - Fundación Caminos
""", i="other", k="sales", date="2026-06-29 10:00", form="gmail-alt",
notes="Sales inquiry."),

M("cambio-email-acceso", "Marcos Quispe <marcos.quispe.trabajo@empresaandina.example>", "Cambio de correo",
"""Hola, quiero cambiar el correo de acceso de mi cuenta (marcos.quispe@gmail.example) a este nuevo. ¿Cómo lo hago?
""", i="other", k="other", date="2026-07-01 09:00", tz="America/Lima", acct="4402910",
em="marcos.quispe@gmail.example", form="plain-qp",
notes="Change of login e-mail, written from the new address; not a cancellation."),

M("queja-agente-soporte", "Guardería Osito", "Queja",
"""Quiero dejar constancia de que el trato que recibí ayer por teléfono fue bastante borde. No pasa nada, pero que se sepa.

Rosa
""", i="other", k="other", date="2026-05-27 17:00", acct="4285537", form="plain-qp",
notes="Complaint about support; no cancellation."),

# ---------------------------------------------------------------- edge cases

M("autorespuesta-optica-horario", "Óptica Miralles <optica@miralles.example>", "Re: Baja servicio CRM",
"""Gracias por contactar con Óptica Miralles.

Nuestro horario de atención es de lunes a viernes de 9:30 a 13:30 y de 17:00 a 20:00. Responderemos a su mensaje lo antes posible.

Este es un mensaje automático.
""", i="auto_reply", k="auto_reply", date="2026-06-01 10:25", acct="4512339",
hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, irt="<reply-4512339-a1@crmrunner.example>", form="plain-qp",
notes="Shop auto-responder answering our confirmation; subject carries 'Baja'."),

M("autorespuesta-mx-vacaciones-sin-cabeceras", "Jorge Benítez", "RE: Cancelación del servicio",
"""Estoy de vacaciones hasta el 15 de junio. Para asuntos urgentes comunicarse con mi asistente al 55 0000 1234.

Saludos
""", i="auto_reply", k="auto_reply", date="2026-06-02 11:05", tz="America/Mexico_City", acct="3077264",
irt="<reply-3077264-a1@crmrunner.example>", dec=["55 0000 1234"], form="outlook-alt",
notes="Auto-reply text without any header hint and with a reply-style subject."),

M("respuesta-automatica-cooperativa", "Cooperativa del Olivar <administracion@coopolivar.example>", "Respuesta automática",
"""La oficina de administración permanecerá cerrada del 1 al 31 de agosto por vacaciones. Atenderemos su correo a partir del 1 de septiembre.

Cooperativa del Olivar
""", i="auto_reply", k="auto_reply", date="2026-08-05 09:00", acct="4948805",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<notice-4948805-renewal@crmrunner.example>", form="plain-qp",
notes="Office closed auto-reply."),

M("rebote-direccion-inexistente-noelia", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="noelia.r@gmial.example", status="5.4.4",
    diag="X-Postfix; Host or domain name not found. Name service error for name=gmial.example type=A: Host not found",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<noelia.r@gmial.example>: Host or domain name not found. Name service error
    for name=gmial.example type=A: Host not found
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="noelia.r@gmial.example",
                  subj="Re: baja ya!!", date="2026-06-16 09:20", mime="plain-qp",
                  body="""Hola Noelia:

Sentimos la espera. Tu baja queda tramitada y te devolvemos el cobro del 16 de junio.

Equipo de soporte de CRM Runner
""")),
i="bounce", k="bounce", date="2026-06-16 09:21", form="dsn",
notes="Postfix bounce (domain typo) for our reply to a cancellation."),

M("rebote-rechazo-politica", "Mail Delivery Subsystem <mailer-daemon@mx2.crmrunner.example>", "Delivery Status Notification (Failure)",
"", dsn=dict(
    mta="mx2.crmrunner.example", rcpt="polizas@seguroslara.example", status="5.7.26", remote="mx.seguroslara.example",
    diag="smtp; 550 5.7.26 Unauthenticated email from crmrunner.example is not accepted due to domain's DMARC policy",
    human="""** Message not delivered **

There was a problem delivering your message to polizas@seguroslara.example. See the technical details below.

The response was:
550 5.7.26 Unauthenticated email from crmrunner.example is not accepted due to domain's DMARC policy.
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="polizas@seguroslara.example",
                  subj="Re: Tu factura de junio", date="2026-06-11 10:15", mime="plain-qp", body="Hola,\n")),
i="bounce", k="bounce", date="2026-06-11 10:16", form="dsn",
notes="Policy (DMARC) rejection DSN with headers only."),

M("rebote-demora-latam", "Postmaster <postmaster@adinet.example>", "Aviso: entrega demorada",
"", dsn=dict(
    mta="mta.adinet.example", rcpt="carolina.techera@adinet.example", status="4.2.1", action="delayed",
    diag="smtp; 421 4.2.1 Buzón temporalmente no disponible",
    human="""AVISO: su mensaje aún no ha podido ser entregado.

Destinatario: carolina.techera@adinet.example
Motivo: buzón temporalmente no disponible.

El sistema seguirá intentando la entrega durante 3 días. No es necesario que reenvíe el mensaje.
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="carolina.techera@adinet.example",
                  subj="Re: dar de baja", date="2026-06-12 14:10", tz="America/Montevideo", mime="plain-qp", body="Hola Caro,\n")),
i="bounce", k="bounce", date="2026-06-12 18:15", tz="America/Montevideo", form="dsn",
notes="Spanish delay notice (4.2.1) from the customer's provider."),
]
