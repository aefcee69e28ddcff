# Batch 03 - Spanish. Hand-written texts.
from common import M, A

LANG = "es"

ACCOUNTS = A("""
4021557 consultora_andina contacto@consultoraandina.example monthly cur=USD tier=pro
3604419 vsalazar.pe valeria.salazar@gmail.example monthly cur=USD
5337281 nachete nacho.gil@hotmail.example monthly
4129970 construcciones_ebro administracion@construccionesebro.example yearly tier=team
3812544 luna martina.cabello@gmail.example monthly
5470016 grupo_mendoza_mx sistemas@grupomendoza.example monthly cur=MXN tier=team
3015882 distribuciones_rial compras@distribucionesrial.example monthly tier=pro
4703340 julia.ferrer julia.ferrer@yahoo.example monthly
3478651 escuela_idiomas_soler direccion@idiomassoler.example monthly tier=pro
5850927 pedro_camacho pedrocamacho@icloud.example monthly
3336120 autoescuela_veloz info@autoescuelaveloz.example yearly tier=pro
4991245 inmobiliaria_costa ventas@inmocosta.example monthly tier=team
3267811 tallerbarrios contabilidad@tallerbarrios.example monthly cur=MXN
4554612 soniamarquez sonia.marquez@outlook.example monthly
5093372 importadora_delsur gerencia@importadoradelsur.example yearly cur=USD tier=pro
3741196 mcarmen.diaz mcarmen.diaz@gmail.example monthly
4380775 tiendaverde hola@tiendaverde.example monthly
5622208 ldominguez l.dominguez@estudiodominguez.example yearly
3905537 agencia_brisa cuentas@agenciabrisa.example monthly tier=pro
4268843 cervantes_seguros info@cervantesseguros.example monthly tier=team
3156629 rodrigo.mx rodrigo.alcantara@gmail.example monthly cur=MXN status=cancelled
5204480 gimnasio_fuerte recepcion@gimnasiofuerte.example monthly
3683317 alejandra_ve alejandra.rivas@correo-latam.example monthly cur=USD
4845019 clinicavet_sanroque clinica@vetsanroque.example monthly tier=pro
3530948 tomasgarcia tomas.garcia@telefonica.example monthly
""")

MESSAGES = [

M("cl-dar-termino-suscripcion", "Felipe Araya <faraya@consultoraandina.example>", "Término de suscripción",
"""Estimados, junto con saludar:

Por medio del presente solicito dar término a la suscripción de CRM Runner contratada por Consultora Andina SpA. La empresa fue absorbida por otra consultora y se trabajará con las herramientas de ellos desde el próximo mes.

La cuenta está registrada con el correo contacto@consultoraandina.example.

Quedo atento a la confirmación.

Saludos cordiales,
Felipe Araya
Gerente de Operaciones
Consultora Andina SpA
Santiago, Chile
""", i="cancellation", k="request", date="2026-04-06 10:12", tz="America/Santiago", acct="4021557", em="contacto@consultoraandina.example",
rk=["la empresa fue absorbida por otra consultora"], rc="business_closed", form="gmail-alt",
notes="Sent from the manager's own address; registered shared address in the body. Chilean formal style ('junto con saludar', 'dar término'); company absorbed by another."),

M("pe-membresia-precio-subio", "Valeria Salazar <vsalazar@vs-emprende.example>", "Cancelar membresía",
"""Hola, buenas tardes.

Quisiera cancelar la membresía del CRM. El precio subió bastante desde que me inscribí y para mi emprendimiento ya no me alcanza. Me registré con valeria.salazar@gmail.example.

Muchas gracias,
Valeria
Lima
""", i="cancellation", k="request", date="2026-04-07 15:30", tz="America/Lima", acct="3604419", em="valeria.salazar@gmail.example",
rk=["el precio subió bastante"], rc="too_expensive", form="gmail-alt",
notes="Writes from her business address; registered address in the body. Peruvian customer, 'cancelar la membresía'; price went up."),

M("whatsapp-style-dadme-de-baja", "Nacho <nachete.gil.99@gmail.example>", "baja",
"""holaa porfa dadme de baja q no lo uso nada jajaja
usuario nachete
gracias!!
""", i="cancellation", k="request", date="2026-04-09 00:47", acct="5337281", un="nachete",
rk=["no lo uso nada"], rc="unused", form="android",
sloppy=True, notes="From another address; username given without a colon. Very informal chat-style message (abbreviations, no capitals)."),

M("resolucion-contrato-constructora", "Jesús López <jlopez@construccionesebro.example>", "Comunicación de resolución del contrato de suscripción",
"""Muy Sres. nuestros:

Por la presente les comunicamos nuestra voluntad de resolver el contrato de suscripción al servicio CRM Runner (plan Team, modalidad anual), con efectos a la finalización del período de facturación en curso, de forma que no se produzca la renovación automática del mismo.

Nº de cuenta: 4129970

Rogamos nos remitan confirmación escrita de la recepción de esta comunicación y de la fecha de efectos.

Sin otro particular, reciban un cordial saludo.
""", sig=["Departamento de Administración", "Construcciones Ebro, S.A.", "Avda. de Navarra 33, 50010 Zaragoza"],
i="cancellation", k="request", date="2026-04-13 12:20", acct="4129970", an="4129970", form="outlook-html",
notes="Sent by an employee's own address (not the registered one); Formal Spanish legal wording ('resolver el contrato', 'no se produzca la renovación automática'); Outlook HTML; account number given."),

M("usuario-luna-hoja-calculo", "Martina Cabello <martina.cabello@gmail.example>", "Dar de baja cuenta",
"""Hola,

Quiero dar de baja la cuenta, usuario: luna

Con una hoja de cálculo me apaño, la verdad es que para lo que hago no necesito tanto.

Gracias!
Martina
""", i="cancellation", k="request", date="2026-04-14 19:05", acct="3812544",
un="luna", rk=["con una hoja de cálculo me apaño"], rc="switched_service", form="gmail-alt",
notes="Username is an ordinary word ('luna'); reason: a spreadsheet is enough."),

M("mx-favor-de-eliminar-licencia", "Ing. Adriana Torres <adriana.torres@grupomendoza.example>", "Baja de licencia usuario Jorge Ramírez",
"""Buen día,

Favor de eliminar la licencia del usuario Jorge Ramírez (jorge.ramirez@grupomendoza.example) de nuestra cuenta, ya no labora con nosotros desde el 15 de abril. No queremos que se nos siga facturando esa licencia.

Saludos cordiales,
Ing. Adriana Torres
Sistemas - Grupo Mendoza
""", i="cancellation", k="request_seat", date="2026-04-20 09:40", tz="America/Mexico_City", acct="5470016",
form="outlook-alt",
notes="Sent from the admin's personal work address (registered is sistemas@); Mexican phrasing ('favor de', 'ya no labora'); remove one paid seat. The address given is the colleague's login."),

M("rv-outlook-contabilidad", "Contabilidad Distribuciones Rial <contabilidad@distribucionesrial.example>", "RV: CRM Runner",
"""Buenos días,

Os reenvío la petición del gerente. Por favor, tramitad la baja y enviadnos la confirmación a este correo o al suyo.

Un saludo,
Encarna Ruiz
Contabilidad

De: Compras Distribuciones Rial <compras@distribucionesrial.example>
Enviado: martes, 21 de abril de 2026 18:02
Para: Contabilidad Distribuciones Rial <contabilidad@distribucionesrial.example>
Asunto: CRM Runner

Encarna, escribe a CRM Runner y que nos den de baja este mes. Los comerciales no lo usan, siguen apuntando todo en el Excel de siempre.

Luis
""", i="cancellation", k="forward_request", date="2026-04-22 08:55", acct="3015882",
rk=["los comerciales no lo usan"], rc="unused", form="forward-inline", mime="outlook-alt",
notes="Outlook inline forward (De:/Enviado:/Para:/Asunto:) of the manager's instruction; the manager's address is the registered one."),

M("reenvio-adjunto-pareja", "Miguel Soler <miguel.soler.r@gmail.example>", "Fwd: baja CRM",
"""Hola,

Os mando el correo de mi mujer, que es la titular. Ella está de viaje y no tiene buen acceso al correo. Quiere darse de baja, os lo pongo adjunto.

Miguel
""", inner=dict(frm="Julia Ferrer <julia.ferrer@yahoo.example>", to="Miguel Soler <miguel.soler.r@gmail.example>",
                 subj="baja CRM", date="2026-04-23 21:10", mime="iphone", fname="baja CRM.eml",
                 body="""Miguel, porfa escribe tú a los del CRM Runner y diles que me den de baja, que cuando vuelva no lo voy a usar más, cierro lo de las clases particulares.

Enviado desde mi iPhone
"""),
i="cancellation", k="forward_request", date="2026-04-24 08:02", acct="4703340",
rk=["cierro lo de las clases particulares"], rc="business_closed", form="forward-rfc822", mime="gmail-alt",
notes="Husband forwards the account holder's mail as an attachment; the holder's address is the registered one, the sender is not."),

M("respuesta-no-gracias-descuento", "Escuela de Idiomas Soler", "Re: Su solicitud de baja",
"""No, gracias, no nos interesa el descuento. Proceded con la baja tal como pedimos, por favor.

Rosa Soler
Dirección

El 27/04/2026 a las 10:05, CRM Runner Soporte escribió:
> Hola, Rosa:
>
> Lamentamos que queráis dejar CRM Runner. Antes de tramitar la cancelación,
> queremos ofreceros un 20 % de descuento durante los próximos seis meses.
> Si os interesa, respondednos y lo aplicamos; si no, procedemos con la baja.
>
> Un saludo,
> Equipo de CRM Runner
""", i="cancellation", k="request", date="2026-04-27 12:48", acct="3478651",
irt="<retention-3478651@crmrunner.example>", form="reply-above-quote", mime="plain-qp",
notes="Reply above the quoted retention offer: declines the discount and confirms the cancellation."),

M("seguimiento-solo-pregunta-llego", "Pedro Camacho", "Re: Baja",
"""Hola, ¿les llegó mi correo de la semana pasada? No he recibido ninguna confirmación.

Pedro

El mar, 28 abr 2026 a las 9:15, Pedro Camacho <pedrocamacho@icloud.example> escribió:
> Buenos días, me quiero dar de baja de CRM Runner. Gracias.
""", i="other", k="follow_up", band="maybe", date="2026-05-05 09:30", acct="5850927",
irt="<A1B2C3D4-5850-4927-9150-CAMACHO00001@icloud.example>", form="follow-up", mime="apple-alt",
notes="Follow-up that only asks whether the earlier request arrived; the request is in the quote only. Labelled other, band maybe (same case, a person should look)."),

M("tercera-vez-que-escribo", "Autoescuela Veloz", "TERCERA VEZ - baja de la suscripción",
"""Es la tercera vez que escribo para darme de baja y nadie me responde. QUIERO CANCELAR LA SUSCRIPCIÓN. No me renueven el plan anual bajo ningún concepto, si me cobran lo reclamaré al banco.

Eduardo Veloz
Autoescuela Veloz
""", i="cancellation", k="follow_up", date="2026-05-06 13:14", acct="3336120",
irt="<CAveloz2ndtry@mail.gmail.example>", form="gmail-alt",
notes="Angry follow-up that restates the request ('quiero cancelar', 'no me renueven'): cancellation."),

M("dejen-de-cobrarme-paypal", "Inmobiliaria Costa", "Cobros PayPal",
"""Buenas,

Dejen de cobrarme por PayPal, por favor. Ya no queremos el servicio, hemos vuelto a trabajar con la agenda compartida de siempre.

El último cargo es el de ID de transacción 7XK41923PL5520118.

Un saludo
Inmobiliaria Costa
""", i="cancellation", k="request", date="2026-05-08 11:11", acct="4991245",
dec=["7XK41923PL5520118"], rk=["hemos vuelto a trabajar con la agenda compartida de siempre"], rc="switched_service",
form="plain-qp",
notes="'Dejen de cobrarme' + 'ya no queremos el servicio'; PayPal transaction id is a decoy."),

M("ingles-espanol-cuenta-otra-direccion", "Emma Clarke <emma.clarke.work@gmail.example>", "Cancelar cuenta",
"""Hola,

Quiero cancelar mi cuenta please. No hablo mucho español, sorry. Mi email en la cuenta es sonia.marquez@outlook.example (es de mi socia, Sonia, ella está de acuerdo).

Gracias,
Emma
""", i="cancellation", k="request", date="2026-05-11 16:44", acct="4554612",
em="sonia.marquez@outlook.example", form="plain-qp",
sloppy=True, notes="Non-native Spanish mixed with English; identifies the account by the partner's registered address; sender is not the owner."),

M("academia-cierra-no-renovamos", "Taller Barrios - Contabilidad", "Ya no renovaremos",
"""Buenas tardes,

Les informamos que el taller cierra definitivamente en junio, por lo que ya no renovaremos la suscripción. Les pedimos que no se hagan más cargos a partir de este mes.

Atentamente,
C.P. Laura Barrios
Taller Barrios, Monterrey
""", i="cancellation", k="request", date="2026-05-13 17:22", tz="America/Monterrey", acct="3267811",
rk=["el taller cierra definitivamente en junio"], rc="business_closed", form="outlook-alt",
notes="Non-renewal + no more charges because the business closes."),

M("mx-sin-cfdi", "Importadora del Sur", "Cancelación",
"""Hola buenas tardes,

Necesitamos cancelar nuestra suscripción. El sistema no genera factura electrónica (CFDI 4.0) ni se conecta con nuestro sistema contable, y sin eso no nos sirve. Ya lo platicamos con su asesora en marzo.

Usuario: importadora_delsur

Saludos
Gerencia
Importadora del Sur
""", i="cancellation", k="request", date="2026-05-15 13:40", tz="America/Mexico_City", acct="5093372", un="importadora_delsur",
rk=["no genera factura electrónica"], rc="missing_features", form="gmail-alt",
notes="Cancellation because of a missing feature (electronic invoicing)."),

M("chat-nadie-contesta-reembolso", "Mari Carmen Díaz", "Nadie contesta",
"""Hola,

Llevo una semana escribiendo por el chat y nadie contesta. Así no se puede. Quiero darme de baja hoy mismo y que me devolváis lo que me cobrasteis el día 10, porque no he podido usarlo en todo el mes por el problema de acceso.

Mari Carmen Díaz
""", i="cancellation", k="request", date="2026-05-18 10:03", acct="3741196", refund=True,
rk=["llevo una semana escribiendo por el chat y nadie contesta"], rc="customer_service", form="plain-qp",
notes="Request + refund; reason unresponsive support."),

M("ar-cp1252-lento-inestable", "Estudio Domínguez", "Solicitud de baja del servicio",
"""Señores de CRM Runner:

Por la presente solicitamos la baja del servicio a partir del próximo vencimiento. En los últimos meses el sistema estuvo muy lento e inestable, con caídas casi todas las semanas, y no podemos seguir trabajando así con los clientes.

Saludos cordiales,
Lic. Laura Domínguez
Estudio Domínguez – Contadores
Córdoba, Argentina
""", i="cancellation", k="request", date="2026-05-20 09:25", tz="America/Argentina/Cordoba", acct="5622208",
rk=["muy lento e inestable"], rc="low_quality", form="cp1252",
notes="Windows-1252 plain text (Outlook on Windows); request at the next expiry; reason unstable service."),

M("solo-asunto-android", "Tomás García", "Darme de baja por favor",
"""

Enviado desde mi Samsung Galaxy
""", i="cancellation", k="request", date="2026-05-22 14:56", acct="3530948", form="android",
notes="The request is only in the subject; the body has only the phone signature."),

M("ya-no-necesito-el-crm", "Tienda Verde", "CRM",
"""hola ya no necesito el crm. saludos
""", i="cancellation", k="request", amb=True, date="2026-05-25 18:18", acct="4380775",
rk=["ya no necesito el crm"], rc="unused", form="plain-qp",
sloppy=True, notes="Statement without an explicit ask; most agents would treat it as a request, but it is ambiguous."),

M("no-me-renueven-hasta-hablar", "Agencia Brisa", "Renovación",
"""Buenos días, por favor no me renueven nada hasta que hablemos. Estamos revisando costes y no tengo claro si seguimos. Llamadme cuando podáis.

Carla
Agencia Brisa
""", i="cancellation", k="request", amb=True, date="2026-05-26 09:05", acct="3905537",
rk=["estamos revisando costes"], rc="too_expensive", form="gmail-alt",
notes="Ambiguous: asks not to renew (a stop-renewal) but only until a conversation; undecided. Labelled cancellation for review."),

M("reembolso-no-lo-volvere-a-usar", "Gimnasio Fuerte", "Reembolso",
"""Hola, pido el reembolso de este mes. No lo volveré a usar, el gimnasio tiene ya su propia app de socios.

Recepción Gimnasio Fuerte
""", i="cancellation", k="request", amb=True, refund=True, date="2026-05-28 12:00", acct="5204480",
rk=["el gimnasio tiene ya su propia app de socios"], rc="switched_service", form="plain-qp",
notes="Refund demand that implies leaving ('no lo volveré a usar'); read as cancellation, ambiguous."),

# ---------------------------------------------------------------- look-alikes

M("anual-a-mensual", "Patricia Luna <patricia@cervantesseguros.example>", "Plan anual -> mensual",
"""Buenas,

Cuando venza nuestro plan anual en julio queremos pasar a pago mensual. No es una cancelación, seguimos con vosotros, pero preferimos no adelantar todo el año.

Gracias
Patricia
Administración Cervantes Seguros
""", i="other", k="plan_change", date="2026-04-08 10:30", acct="4268843", form="outlook-alt",
notes="Sender is an employee address of the same company domain (not the registered one); the account is clear from the company. Yearly->monthly at renewal, explicitly 'no es una cancelación'."),

M("bajar-team-a-pro", "Inmobiliaria Costa", "Cambio de plan",
"""Hola,

¿Podemos bajar del plan Team al Pro? Con los tres que quedamos en la oficina nos sobra. Si se puede desde ya, mejor.

Saludos
""", i="other", k="downgrade", date="2026-04-15 09:12", acct="4991245", form="plain-qp",
notes="Downgrade Team->Pro."),

M("anadir-dos-usuarios", "Clínica Veterinaria San Roque", "Añadir usuarios",
"""Buenos días,

Necesitamos añadir dos usuarios más a la cuenta (dos veterinarias nuevas). ¿Cómo se hace y cuánto sube la cuota?

Un saludo,
Clínica Veterinaria San Roque
""", i="other", k="question", date="2026-04-16 11:50", acct="4845019", form="gmail-alt",
notes="Wants to add seats; the opposite of cancelling."),

M("congelar-cuenta", "Alejandra Rivas", "Congelar la cuenta",
"""Hola! ¿Puedo congelar la cuenta por tres meses? Me voy a vivir a Madrid y hasta que me instale no voy a tener clientes. Luego sigo, eh, no me quiero ir.

Ale
""", i="other", k="pause", date="2026-04-21 22:30", tz="America/Caracas", acct="3683317", form="iphone",
notes="Pause (freeze) for three months; explicitly wants to stay."),

M("como-cancelo-renovacion-automatica", "Sonia Márquez", "Renovación automática",
"""Hola, ¿cómo se desactiva la renovación automática? Quiero tenerla controlada, de momento no voy a cancelar, pero no me gusta que se renueve sola.

Sonia
""", i="other", k="how_to", date="2026-04-10 13:05", acct="4554612", form="gmail-alt",
notes="How-to about auto-renewal with 'de momento no voy a cancelar'."),

M("si-me-doy-de-baja-vuelvo", "Tomás García", "Pregunta",
"""Hola,

Si me doy de baja ahora en verano, ¿puedo volver en septiembre con los mismos datos o se borra todo? Es que en julio y agosto casi no trabajo.

Gracias,
Tomás
""", i="other", k="hypothetical", date="2026-04-29 19:40", acct="3530948", form="plain-qp",
notes="Hypothetical question about what happens to the data after cancelling."),

M("ya-me-di-de-baja-otra-factura", "Rodrigo Alcántara", "Factura después de cancelar",
"""Hola, ya me di de baja en marzo (tengo el correo de confirmación) y me llegó otra factura este mes por 399 pesos. ¿Me pueden explicar? Si me cobraron, quiero mi dinero de vuelta.

Rodrigo
""", i="other", k="already_cancelled", date="2026-04-30 11:25", tz="America/Mexico_City", acct="3156629",
refund=True, dec=["399 pesos"], form="gmail-alt",
notes="Already cancelled, disputes a new invoice; billing dispute."),

M("cobro-en-dolares", "Alejandra Rivas", "Me cobraron en dólares",
"""Hola, este mes me cobraron 21,40 USD en vez de 19 USD, creo que por la conversión del banco o algo. ¿Me pueden devolver la diferencia? Referencia de la operación: 004417762.

Gracias
Ale
""", i="other", k="refund_only", refund=True, date="2026-05-04 10:10", tz="America/Caracas", acct="3683317",
dec=["004417762", "21,40 USD"], form="plain-qp",
notes="Refund of a price difference only."),

M("cancelar-migracion-datos", "Clínica Veterinaria San Roque", "Cancelar servicio de migración",
"""Hola de nuevo,

Al final no vamos a necesitar el servicio de migración de datos que pedimos (pedido MIG-2026-114). Lo hacemos nosotros con el importador. ¿Lo pueden cancelar antes de que lo facturen?

Gracias
""", i="other", k="order_cancel", date="2026-05-07 09:45", acct="4845019",
dec=["MIG-2026-114"], form="gmail-alt",
notes="Cancels a one-off migration order; subscription continues."),

M("cancelo-llamada-manana", "Cervantes Seguros", "Llamada de mañana",
"""Hola Javier,

Te escribo para cancelar la llamada de mañana a las 11 con vuestro equipo comercial; a mi jefe le ha surgido un imprevisto. Ya os diremos nueva fecha.

Un saludo,
Patricia
Cervantes Seguros
""", i="other", k="meeting_cancel", date="2026-05-12 17:05", acct="4268843", form="outlook-alt",
notes="Cancels a sales call."),

M("promos-darme-de-baja-lista", "Gloria Peña <gloria.pena.v@yahoo.example>", "No más correos",
"""No quiero recibir más correos promocionales de CRM Runner. Dénme de baja de la lista de correo, por favor.
""", i="other", k="newsletter_unsubscribe", date="2026-05-14 08:20", form="plain-qp",
notes="Unsubscribe from marketing list ('dénme de baja de la lista'); not a customer."),

M("ex-empleado-borrar-datos", "Héctor Luna <hector.luna.m@gmail.example>", "Eliminación de mis datos",
"""Buenas tardes,

Trabajé en Agencia Brisa hasta marzo y mis datos personales (nombre, móvil, correo) siguen en la cuenta de CRM Runner de la agencia como usuario y en algunas fichas. Solicito que se eliminen conforme al RGPD. La agencia no me responde.

Héctor Luna
""", i="other", k="data_deletion", date="2026-05-19 16:00", form="plain-qp",
notes="A customer's former employee requests erasure of his personal data; not a cancellation."),

M("retirada-tienda-verde", "Tienda Verde", "Re: CRM",
"""Perdonad, olvidad mi mensaje. Lo he hablado con mi socia y SÍ lo necesitamos, seguimos con el CRM.

Un saludo
""", i="other", k="withdrawal", wd=True, date="2026-05-26 10:40", acct="4380775", irt="ya-no-necesito-el-crm",
form="plain-qp",
notes="Withdraws yesterday's 'ya no necesito el CRM' in the same thread."),

M("gracias-tramitar-baja", "Consultora Andina", "Re: Término de suscripción",
"""Muchas gracias por tramitarlo tan rápido. Saludos.

Felipe Araya
""", i="other", k="thanks", date="2026-04-07 09:00", tz="America/Santiago", acct="4021557",
irt="<reply-4021557-a1@crmrunner.example>", form="gmail-alt",
notes="Thanks after the confirmation."),

M("app-android", "Gimnasio Fuerte", None,
"""hola tienen app para android?? las chicas de recepcion quieren ver las fichas desde el movil
""", i="other", k="question", date="2026-03-18 12:30", acct="5204480", form="plain-qp",
sloppy=True, notes="Feature question."),

M("error-descargar-factura", "Mari Carmen Díaz", "Error al descargar factura",
"""Hola, cuando intento descargar la factura de abril desde Facturación me sale "Algo salió mal" y no se descarga. La necesito para el trimestre. Gracias.
""", i="other", k="bug_report", date="2026-05-05 11:00", acct="3741196", form="plain-qp",
notes="Bug report (invoice download)."),

M("propuesta-partner", "Diego Herrera <dherrera@solucionesdigitales.example>", "Propuesta de colaboración",
"""Hola equipo de CRM Runner,

Somos una consultora de transformación digital en Valencia y trabajamos con muchas pymes que buscan un CRM sencillo. Nos gustaría ser partners/revendedores de CRM Runner. ¿Tenéis programa de partners? ¿Con quién podríamos hablar?

Un saludo,
Diego Herrera
Soluciones Digitales Levante
""", i="other", k="sales", date="2026-05-21 10:15", form="gmail-alt",
notes="Partnership / reseller inquiry."),

M("cambio-titular-cuenta", "Agencia Brisa", "Cambio de titular",
"""Hola,

Carla deja la agencia y la cuenta está a su nombre. ¿Podemos cambiar el titular y el correo de acceso al mío (ramon@agenciabrisa.example)? No queremos dar de baja nada, solo cambiar la persona.

Gracias,
Ramón
Agencia Brisa
""", i="other", k="other", date="2026-06-01 10:00", acct="3905537", form="gmail-alt",
notes="Change of account owner; explicitly 'no queremos dar de baja nada'."),

M("factura-con-rfc", "Taller Barrios - Contabilidad", "Factura con RFC",
"""Buenas tardes, necesito que la factura de este mes salga con nuestro RFC y razón social, no a nombre de persona física. RFC: TBA000000XX0. Gracias.
""", i="other", k="other", date="2026-03-20 16:05", tz="America/Monterrey", acct="3267811",
dec=["TBA000000XX0"], form="plain-qp",
notes="Invoice data request (tax id is a decoy)."),

M("reactivar-suscripcion-rodrigo", "Rodrigo Alcántara", "Reactivar",
"""Qué tal, cancelé en marzo pero quiero reactivar mi suscripción, ya tengo clientes otra vez. ¿Se puede con el mismo usuario (rodrigo.mx)?
""", i="other", k="other", date="2026-06-15 12:12", tz="America/Mexico_City", acct="3156629",
un="rodrigo.mx", form="plain-qp",
notes="Reactivation request from a cancelled account; username given."),

M("boletin-camara-comercio", "Cámara de Comercio - Boletín <boletin@camaracomercio-sur.example>", "Boletín semanal: cómo dar de baja servicios que ya no usa tu pyme",
"""BOLETÍN SEMANAL PARA PYMES

En este número:
- Revisa tus suscripciones: cómo dar de baja servicios que ya no usa tu pyme y ahorrar en costes fijos.
- Nuevas ayudas a la digitalización.
- Agenda: jornada sobre facturación electrónica.

Para dejar de recibir este boletín, pulsa aquí: https://camaracomercio-sur.example/baja
""", i="other", k="list_mail", date="2026-06-04 07:00",
hdrs={"List-Id": "<boletin.camaracomercio-sur.example>", "List-Unsubscribe": "<https://camaracomercio-sur.example/baja>",
      "Precedence": "list"}, form="gmail-alt",
notes="Bulk newsletter that talks about 'dar de baja'; list mail."),

# ---------------------------------------------------------------- edge cases

M("buzon-no-activo", "Grupo Mendoza <compras@grupomendoza.example>", "Respuesta automática: Baja de licencia usuario Jorge Ramírez",
"""Este buzón ya no está activo. Para cualquier asunto relacionado con compras, escriba a sistemas@grupomendoza.example.

Este es un mensaje automático, por favor no responda.
""", i="auto_reply", k="auto_reply", date="2026-04-20 09:42", tz="America/Mexico_City",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-5470016-a1@crmrunner.example>", form="plain-qp",
notes="'Mailbox no longer active' auto-reply."),

M("fuera-semana-santa", "Consultora Andina <contacto@consultoraandina.example>", "Fuera de la oficina",
"""Estimado(a):

Estaré fuera de la oficina por Semana Santa, del 30 de marzo al 6 de abril. Responderé su correo a mi regreso.

Saludos cordiales,
Felipe Araya
""", i="auto_reply", k="auto_reply", date="2026-04-02 10:00", tz="America/Santiago", acct="4021557",
form="plain-qp",
notes="Out-of-office without auto-reply headers."),

M("ticket-recibido-45821", "Soporte Importadora del Sur <soporte@importadoradelsur.example>", "Hemos recibido su solicitud #45821",
"""Estimado cliente:

Hemos recibido su solicitud y ha sido registrada con el número #45821. Uno de nuestros agentes le responderá en un plazo máximo de 48 horas hábiles.

Este correo ha sido generado automáticamente.
""", i="auto_reply", k="auto_reply", date="2026-05-15 13:45", tz="America/Mexico_City",
hdrs={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"}, irt="<reply-5093372-a1@crmrunner.example>",
dec=["#45821"], form="plain-qp",
notes="Helpdesk auto-acknowledgement from the customer's side."),

M("de-baja-por-maternidad", "Sonia Márquez", "Respuesta automática: Cancelar cuenta",
"""¡Gracias por escribir!

Estoy de baja por maternidad hasta septiembre y no reviso este correo. Para cualquier cosa urgente, escribe a mi socia Emma (emma.clarke.work@gmail.example).

Sonia
""", i="auto_reply", k="auto_reply", date="2026-05-11 16:50", acct="4554612",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<verify-4554612@crmrunner.example>", form="gmail-alt",
notes="Gmail vacation responder; 'de baja por maternidad' is leave, not a cancellation."),

M("sendmail-returned-mail", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.crmrunner.example>", "Returned mail: see transcript for details",
"", dsn=dict(
    mta="mx1.crmrunner.example", rcpt="tallerbarrios@contabilidad.example", status="5.1.2",
    diag="smtp; 550 5.1.2 Host unknown (Name server: contabilidad.example: host not found)",
    human="""The original message was received at Wed, 13 May 2026 17:24:10 -0600
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<tallerbarrios@contabilidad.example>
    (reason: 550 5.1.2 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <tallerbarrios@contabilidad.example>... Host unknown (Name server: contabilidad.example: host not found)
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="tallerbarrios@contabilidad.example",
                  subj="Re: Ya no renovaremos", date="2026-05-13 17:24", tz="America/Mexico_City", mime="plain-qp",
                  body="Hola,\n\nconfirmamos la recepción.\n")),
i="bounce", k="bounce", date="2026-05-13 17:25", tz="America/Mexico_City", form="dsn",
notes="Sendmail-style bounce with returned headers only."),

M("no-pudo-ser-entregado-cuota", "Administrador del Sistema <postmaster@correo-latam.example>", "Su mensaje no pudo ser entregado",
"", dsn=dict(
    mta="mx.correo-latam.example", rcpt="alejandra.rivas@correo-latam.example", status="5.2.2",
    diag="smtp; 552 5.2.2 Cuota excedida / Quota exceeded",
    human="""Su mensaje no pudo ser entregado a uno o más destinatarios.

Destinatario: alejandra.rivas@correo-latam.example
Motivo: el buzón del destinatario ha excedido su cuota de almacenamiento.

Se adjunta una copia del mensaje original.
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="alejandra.rivas@correo-latam.example",
                  subj="Re: Congelar la cuenta", date="2026-04-22 08:10", mime="plain-qp",
                  body="""Hola Alejandra:

Por ahora no ofrecemos pausar la suscripción, pero puedes cambiar al plan Starter mientras tanto. Si prefieres cancelar, dínoslo.

Equipo de soporte
""")),
i="bounce", k="bounce", date="2026-04-22 08:11", form="dsn",
notes="Spanish-language quota bounce; the returned reply mentions 'cancelar'."),

M("retraso-entrega-4-4-1", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Delayed Mail (still being retried)",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="gerencia@importadoradelsur.example", status="4.4.1", action="delayed",
    diag="X-Postfix; connect to mx.importadoradelsur.example[192.0.2.77]:25: Connection timed out",
    human="""This is the mail system at host mx1.crmrunner.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<gerencia@importadoradelsur.example>: connect to
    mx.importadoradelsur.example[192.0.2.77]:25: Connection timed out
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="gerencia@importadoradelsur.example",
                  subj="Re: Cancelación", date="2026-05-15 13:42", tz="America/Mexico_City", mime="plain-qp",
                  body="Hola,\n\nrecibimos su solicitud.\n")),
i="bounce", k="bounce", date="2026-05-15 22:00", form="dsn",
notes="Delay DSN (action delayed, 4.4.1) for our reply to a cancellation; still a bounce, never a request."),
]
