# Batch 07 - Spanish. Hand-written texts.
from common import M, A

LANG = "es"

ACCOUNTS = A("""
3187402 brenda_ch brenda.chavez@hotmail.example monthly cur=MXN
5554018 bakery_la_esperanza orders@laesperanzabakery.example monthly cur=USD
4620981 botiga_nuria nuria@labotigadenuria.example monthly
3902275 logistica_caribe operaciones@logisticacaribe.example monthly cur=USD tier=team
4413067 pili_ventas pilar.sanchez.ventas@gmail.example monthly
3356924 marisol_tienda marisol.tienda@gmail.example monthly
3356931 marisol_personal marisol.ortega@gmail.example monthly
5077716 hotel_las_dunas reservas@hotellasdunas.example monthly tier=team
4229850 sol_y_mar solymar.apartamentos@gmail.example monthly
3740663 kiosko_don_pepe donpepe.kiosko@yahoo.example monthly cur=USD
4895132 metalicas_ruiz gerencia@metalicasruiz.example monthly cur=USD
3623311 ana.belen anabelen.cortes@gmail.example monthly
5311490 franquicia_telas_sur tienda12@telassur.example monthly tier=pro
4170028 lucia_coach lucia@luciacoach.example monthly start=2026-07-02
3499807 clinica_estetica_ibiza info@esteticaibiza.example yearly tier=pro
4066375 fernando.ar fernando.rossi@fibertel.example monthly cur=USD
5212563 colegio_montessori_sol secretaria@montessorisol.example yearly tier=team
3948002 restaurante_el_faro reservas@elfaro.example monthly
4787134 dra_quintana consultorio@draquintana.example monthly cur=MXN
3064418 taller_rojas contacto@tallerrojas.example monthly cur=USD
5636092 andrea_viajes andrea@viajesandrea.example monthly
4330567 electricidad_vega pedidos@electricidadvega.example monthly
3811250 ines_fotografia ines@inesfoto.example monthly status=suspended
4948322 papeleria_arco papeleria.arco@gmail.example monthly
""")

MESSAGES = [

M("kiero-cancelar-sin-ortografia", "brenda ch <brenda.ch.2001@gmail.example>", "cancelar",
"""kiero cancelar mi cuenta porfavor no me cobren mas ya no la ocupo
mi correo es brenda.chavez@hotmail.example
""", i="cancellation", k="request", date="2026-08-03 22:14", tz="America/Mexico_City", acct="3187402", em="brenda.chavez@hotmail.example",
rk=["ya no la ocupo"], rc="unused", form="plain-7bit", sloppy=True,
notes="From another address; registered one in the body. Phonetic spelling ('kiero', 'porfavor'), no punctuation."),

M("spanglish-us-bakery", "Rosa Delgado <orders@laesperanzabakery.example>", "cancel subscription",
"""Hi, necesito cancel la subscription de mi business, ya no la necesitamos porque cerramos la bakery en septiembre. Thank you!!

Rosa
La Esperanza Bakery
""", i="cancellation", k="request", date="2026-08-04 10:30", tz="America/Los_Angeles", acct="5554018",
rk=["cerramos la bakery en septiembre"], rc="business_closed", form="gmail-alt", sloppy=True,
notes="US Hispanic Spanglish."),

M("bon-dia-baja-botiga", "Núria Puig <nuria.puig.f@gmail.example>", "Baixa / baja",
"""Bon dia,

Os escribo para dar de baja la cuenta de la botiga (nuria@labotigadenuria.example). Ahora la gestión la lleva mi hermana con su propio programa y no tiene sentido pagar dos.

Gràcies!
Núria
""", i="cancellation", k="request", date="2026-08-05 09:10", acct="4620981", em="nuria@labotigadenuria.example",
rk=["con su propio programa"], rc="switched_service", form="apple-alt",
notes="From a private address; registered address in the body. Spanish with Catalan greeting/sign-off and subject."),

M("co-cordial-saludo-nit", "Logística Caribe", "Solicitud cancelación servicio CRM",
"""Cordial saludo.

Por medio de la presente solicitamos la cancelación del servicio CRM Runner a nombre de Logística Caribe S.A.S., NIT 900.000.000-1, a partir del próximo corte de facturación. La decisión obedece a que la casa matriz implementó el CRM corporativo para todas las filiales.

Agradecemos confirmar la cancelación por este medio.

Atentamente,

Carlos Mendoza
Jefe de Operaciones
Logística Caribe S.A.S.
Barranquilla
""", i="cancellation", k="request", date="2026-08-06 08:00", tz="America/Bogota", acct="3902275",
dec=["900.000.000-1"], rk=["la casa matriz implementó el crm corporativo"], rc="switched_service", form="outlook-alt",
notes="Colombian formal letter; the NIT (tax id) is a decoy."),

M("sin-asunto-pili", "Pili <pilisanchez76@hotmail.example>", None,
"""Buenas, me quiero dar de baja, usuario pili_ventas. Gracias

Pili
""", i="cancellation", k="request", date="2026-08-07 13:45", acct="4413067", un="pili_ventas", form="gmail-alt",
notes="No Subject header; short request from a non-registered address with the username."),

M("usuario-y-cuenta-no-coinciden", "Marisol Ortega <marisol.ortega@gmail.example>", "Cancelar cuenta 3356931",
"""Hola,

Quiero cancelar la cuenta de la tienda, ya no vendo por internet.
usuario: marisol_tienda
cuenta 3356931

Gracias
Marisol
""", i="cancellation", k="request", date="2026-08-10 11:20", an="3356931", un="marisol_tienda",
rk=["ya no vendo por internet"], rc="business_closed", form="plain-qp",
other_owner_ok=True,
notes="Identity mismatch: the username is her shop account, the number (and the From address) her personal account; which one she means cannot be told for sure (account null)."),

M("outlook-baja-usuario-licencia", "Hotel Las Dunas", "Baja de usuario",
"""Buenos días:

Les rogamos que den de baja al usuario de recepción de noche (recepcion.noche@hotellasdunas.example), ya que hemos reorganizado los turnos y esa licencia ha dejado de ser necesaria. Entendemos que a partir de la próxima factura se nos cobrará una licencia menos.

Un saludo,
Dirección
Hotel Las Dunas
""", i="cancellation", k="request_seat", date="2026-08-11 10:00", acct="5077716",
form="outlook-html", sig=["Hotel Las Dunas ****", "Paseo Marítimo 8, Almería"],
notes="Remove one paid seat (a shared night-reception login)."),

M("ios-inicio-mensaje-reenviado", "Paula Ortiz <paula.ortiz.r@icloud.example>", "Fwd: cancelar CRM",
"""Hola, os reenvío lo que me pidió mi padre, que no se aclara con el correo. Dadle de baja por favor.

Paula

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Pepe Quintero <donpepe.kiosko@yahoo.example>
Fecha: 11 de agosto de 2026, 19:02:11 GMT-5
Para: Paula Ortiz <paula.ortiz.r@icloud.example>
Asunto: cancelar CRM

mija cancela lo del programa de los clientes q ya no lo uso, el kiosko lo llevo con el cuaderno
""", i="cancellation", k="forward_request", date="2026-08-12 08:30", tz="America/Panama", acct="3740663",
rk=["ya no lo uso"], rc="unused", form="forward-inline", mime="iphone",
sloppy=True, notes="iOS forward ('Inicio del mensaje reenviado') by the daughter; the father's registered address is in the forwarded header; the father writes sloppily."),

M("rv-adjunto-gerencia-metalicas", "Asistente Gerencia <asistente@metalicasruiz.example>", "RV: Cancelación CRM",
"""Buenas tardes,

Adjunto el correo del gerente, Ing. Ruiz, con la instrucción de cancelar la suscripción. Por favor confirmar.

Saludos,
Daniela
""", inner=dict(frm="Ing. Héctor Ruiz <gerencia@metalicasruiz.example>", to="Asistente Gerencia <asistente@metalicasruiz.example>",
                 subj="Cancelación CRM", date="2026-08-12 18:20", mime="outlook-alt", tz="America/Guatemala",
                 fname="Cancelacion CRM.eml",
                 body="""Daniela:

Favor de cancelar la suscripción del CRM Runner. El costo mensual ya no se justifica con las ventas que tenemos este año.

Ing. Héctor Ruiz
Gerente General
"""),
i="cancellation", k="forward_request", date="2026-08-13 09:10", tz="America/Guatemala", acct="4895132",
rk=["el costo mensual ya no se justifica"], rc="too_expensive", form="forward-rfc822", mime="outlook-alt",
notes="Assistant forwards the manager's instruction as an attached message."),

M("respuesta-usuario-sol-y-mar", "Apartamentos Sol y Mar", "RE: Su solicitud de baja - necesitamos un dato",
"""Mi usuario es sol_y_mar. Confirmo que quiero la baja.

Un saludo,
Juan

De: CRM Runner Soporte <support@crmrunner.example>
Enviado el: jueves, 13 de agosto de 2026 10:02
Para: solymar.apartamentos@gmail.example
Asunto: Su solicitud de baja - necesitamos un dato

Hola:

Hemos recibido su solicitud de baja. Para poder tramitarla, ¿nos puede indicar su nombre de usuario?

Un saludo,
Equipo de soporte de CRM Runner
""", i="cancellation", k="follow_up", date="2026-08-13 12:40", acct="4229850", un="sol_y_mar",
irt="<needinfo-4229850@crmrunner.example>", form="reply-above-quote", mime="outlook-alt",
notes="Answer to our request for missing information, restating the request and giving the username; Outlook quote block."),

M("envio-numero-cuenta-pedido", "Ana Belén Cortés", "Re: Baja",
"""Hola, les envío el número de cuenta que me pidieron para tramitar mi baja: 3623311.

Ana Belén

El jue, 13 ago 2026 a las 9:30, CRM Runner Soporte (<support@crmrunner.example>) escribió:
> Hola, Ana Belén:
> Para tramitar la baja necesitamos el número de cuenta que aparece en Ajustes > Facturación.
""", i="cancellation", k="follow_up", date="2026-08-13 17:05", acct="3623311", an="3623311",
irt="<needinfo-3623311@crmrunner.example>", form="follow-up", mime="gmail-alt",
notes="Supplies the requested account number 'para tramitar mi baja'; continues the cancellation case."),

M("la-empresa-quebro", "tienda12 telas sur <tienda12@telassur.example>", "baja x quiebra",
"""buenas, la franquicia quebro y cerramos la tienda 12, den de baja la cuenta xfa. el resto de tiendas ya no es asunto nuestro.
saludos
""", i="cancellation", k="request", date="2026-08-14 12:12", acct="5311490",
rk=["la franquicia quebro"], rc="business_closed", form="plain-7bit", sloppy=True,
notes="Sloppy ('xfa', no accents); franchise went bankrupt."),

M("ar-caro-en-pesos", "Fernando Rossi", "Baja",
"""Buenas, necesito dar de baja la suscripción. Con el tipo de cambio se me hizo imposible pagarlo en dólares, es carísimo para una pyme acá.

Saludos,
Fernando
Buenos Aires
""", i="cancellation", k="request", date="2026-08-17 15:20", tz="America/Argentina/Buenos_Aires", acct="4066375",
rk=["es carísimo"], rc="too_expensive", form="gmail-alt",
notes="Price in foreign currency too expensive."),

M("no-integra-gmail", "Clínica Estética Ibiza", "Cancelación de la suscripción",
"""Hola,

Queremos cancelar la suscripción. El CRM no se integra bien con Gmail: los correos de las clientas no se guardan en su ficha y tenemos que copiarlos a mano. Para eso nos quedamos con la agenda.

Nuestro usuario: clinica_estetica_ibiza

Gracias,
Clínica Estética Ibiza
""", i="cancellation", k="request", date="2026-08-18 11:00", acct="3499807", un="clinica_estetica_ibiza",
rk=["no se integra bien con gmail"], rc="missing_features", form="gmail-alt",
notes="Missing Gmail integration."),

M("latin9-euro-no-uso", "Restaurante El Faro", "Baja",
"""Buenas,

No quiero pagar 19 € al mes por algo que no uso. Den de baja la suscripción, por favor.

Restaurante El Faro
""", i="cancellation", k="request", date="2026-08-19 16:35", acct="3948002",
dec=["19 €"], rk=["algo que no uso"], rc="unused", form="latin9",
notes="ISO-8859-15 body (euro sign)."),

M("olvide-cancelar-prueba-reembolso", "Lucía Coach", "Me cobraron sin querer",
"""Hola,

Se me olvidó cancelar la prueba y ayer me cobraron la primera cuota. Quiero cancelar ya la suscripción y que me devuelvan ese cobro, no he llegado a usar nada de pago.

Gracias,
Lucía
""", i="cancellation", k="request", date="2026-07-17 09:20", acct="4170028", refund=True,
form="gmail-alt",
notes="Forgot to cancel the trial, charged; cancel + refund of the first month."),

M("denunciar-consumo", "Andrea Viajes", "Reclamación",
"""Llevo dos meses intentando que me deis de baja desde la web y no hay manera. Esta es mi solicitud por escrito: CANCELAD MI SUSCRIPCIÓN. Si el mes que viene vuelvo a ver un cargo, os denuncio en Consumo.

Andrea Molina
Viajes Andrea
""", i="cancellation", k="request", date="2026-08-20 20:00", acct="5636092",
form="base64",
notes="Angry written request with a threat; no reason given."),

M("cancelen-plan-borren-tarjeta", "Electricidad Vega", None,
"""cancelen mi plan y borren mi tarjeta del sistema porfa, no quiero q quede guardada

j vega
""", i="cancellation", k="request", date="2026-08-21 08:40", acct="4330567", form="plain-qp",
sloppy=True, notes="Cancel the plan + remove stored card."),

M("dra-quintana-whatsapp", "Dra. Quintana <consultorio@draquintana.example>", "Baja",
"""Buenas tardes, ya les había escrito por WhatsApp pero por si acaso lo pongo por aquí: quiero dar de baja el servicio a partir de septiembre, ya tengo un sistema de expedientes que también lleva la agenda.

Dra. Gabriela Quintana
""", i="cancellation", k="request", date="2026-08-24 17:10", tz="America/Mexico_City", acct="4787134",
rk=["ya tengo un sistema de expedientes"], rc="switched_service", form="gmail-alt",
notes="Request by mail after a chat; 'a partir de septiembre'."),

M("taller-rojas-hmm-no-se", "Taller Rojas", "consulta",
"""hola, estamos pensando dar de baja el crm porque casi no lo usamos. como es el tema, hay que avisar con tiempo?
""", i="other", k="how_to", amb=True, date="2026-08-25 11:00", tz="America/Santiago", acct="3064418", sloppy=True,
notes="Ambiguous: 'estamos pensando' + how-to about notice; not decided, labelled other."),

M("como-ago-para-darme-de-baja", "Papelería Arco", None,
"""como ago para darme de baja?
""", i="other", k="how_to", amb=True, date="2026-08-26 19:30", acct="4948322", form="plain-7bit", sloppy=True,
notes="Bare how-to question; many agents would read it as a request, but it asks how (labelled other, ambiguous)."),

# ---------------------------------------------------------------- look-alikes

M("subir-a-pro-tienda", "Papelería Arco", "Subir de plan",
"""Hola, quiero pasar al plan Pro para tener las automatizaciones. ¿Se cobra la diferencia este mes?
""", i="other", k="plan_change", date="2026-05-12 10:00", acct="4948322", form="gmail-alt",
notes="Upgrade."),

M("dejar-solo-starter", "Hotel Las Dunas", "Cambio a Starter",
"""Buenos días,

A partir de octubre queremos dejar solo el plan Starter para la dirección; el resto del equipo ya no lo va a usar en temporada baja. No cancelamos la cuenta.

Dirección
""", i="other", k="downgrade", date="2026-09-01 09:00", acct="5077716", form="outlook-alt",
notes="Downgrade to Starter; 'no cancelamos la cuenta'."),

M("pausa-verano-colegio", "Colegio Montessori Sol", "Verano",
"""Buenas, ¿se puede pausar la suscripción durante julio y agosto, que el colegio está cerrado? Si no se puede, no pasa nada, seguimos igual.

Secretaría
""", i="other", k="pause", date="2026-06-08 10:00", acct="5212563", form="plain-qp",
notes="Pause question."),

M("si-cancelo-pierdo-descuento", "Ana Belén Cortés", "Descuento",
"""Una duda: si cancelo y vuelvo dentro de unos meses, ¿pierdo el descuento de cliente antiguo?
""", i="other", k="hypothetical", date="2026-05-20 12:00", acct="3623311", form="plain-qp",
notes="Hypothetical ('si cancelo')."),

M("ya-habia-dado-de-baja-padre", "Paula Ortiz <paula.ortiz.r@icloud.example>", "Cobro en la cuenta de mi padre",
"""Hola otra vez,

Ya habíamos dado de baja la cuenta de mi padre (donpepe.kiosko@yahoo.example) el mes pasado y os lo confirmasteis, pero hoy le ha llegado otro cargo de 19 USD. ¿Podéis devolverlo?

Gracias,
Paula
""", i="other", k="already_cancelled", refund=True, date="2026-09-14 10:10", tz="America/Panama", acct="3740663",
em="donpepe.kiosko@yahoo.example", dec=["19 USD"], form="iphone",
notes="Already cancelled, charged again: billing dispute on behalf of her father."),

M("me-cobraron-iva", "Andrea Viajes", "IVA",
"""Hola, en la factura de julio me habéis cobrado IVA aunque tenemos el NIF intracomunitario dado de alta. ¿Me podéis devolver el IVA? Factura F-2026-07-5636.
""", i="other", k="refund_only", refund=True, date="2026-08-03 12:00", acct="5636092",
dec=["F-2026-07-5636"], form="plain-qp",
notes="VAT refund only."),

M("cancelar-compra-creditos-sms", "Clínica Estética Ibiza", "Compra de SMS",
"""Hola, ayer compré un paquete de 1000 SMS por error (pedido SMS-55871), quería el de 500. ¿Se puede cancelar la compra y hacer la buena?
""", i="other", k="order_cancel", date="2026-06-15 12:30", acct="3499807", dec=["SMS-55871"], form="gmail-alt",
notes="Cancels an add-on purchase."),

M("cancelar-cita-consultor", "Colegio Montessori Sol", "Cita con el consultor",
"""Buenos días, necesitamos cancelar la cita con el consultor del miércoles; tenemos reunión de claustro. ¿Nos propone otra fecha?
""", i="other", k="meeting_cancel", date="2026-09-07 09:00", acct="5212563", form="plain-qp",
notes="Cancels a consultant appointment."),

M("desuscribirme-boletin", "Fernando Rossi", "Boletín",
"""Hola, ¿cómo hago para desuscribirme del boletín mensual? Ya probé el link de abajo y no funciona. Igual sigo usando el CRM, eh.
""", i="other", k="newsletter_unsubscribe", date="2026-06-20 10:00", tz="America/Argentina/Buenos_Aires",
acct="4066375", form="gmail-alt",
notes="'Desuscribirme del boletín' = newsletter; keeps using the CRM."),

M("derechos-arco-cancelacion", "Rubén Salinas <ruben.salinas@correo-mx.example>", "Ejercicio de derechos ARCO - Cancelación",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, por este medio ejerzo mi derecho de CANCELACIÓN respecto de los datos personales que CRM Runner o sus clientes tengan sobre mi persona (nombre, teléfono y correo electrónico), los cuales fueron recabados sin mi consentimiento.

Solicito se me informe el resultado en el plazo legal de 20 días hábiles.

Atentamente,
Rubén Salinas
""", i="other", k="data_deletion", date="2026-08-28 12:00", tz="America/Mexico_City", form="plain-qp",
notes="Mexican ARCO 'derecho de cancelación' = data erasure, not a subscription cancellation; not a customer."),

M("ya-no-quiero-cancelar-andrea", "Andrea Viajes", "Re: Reclamación",
"""Vale, ya me ha llamado vuestra compañera y me ha arreglado lo del pago. Al final ya no quiero cancelar, seguimos. Perdón por el tono del otro día.

Andrea
""", i="other", k="withdrawal", wd=True, date="2026-08-21 13:00", acct="5636092", irt="denunciar-consumo",
form="plain-qp",
notes="Withdraws the angry cancellation."),

M("gracias-confirmacion-botiga", "Núria Puig", "Re: Baixa / baja",
"""Moltes gràcies! / ¡Muchas gracias por la confirmación!

Núria
""", i="other", k="thanks", date="2026-08-05 14:00", acct="4620981",
irt="<reply-4620981-a1@crmrunner.example>", form="apple-alt",
notes="Thanks after confirmation (Catalan + Spanish)."),

M("dos-empresas-misma-cuenta", "Taller Rojas", "Dos empresas",
"""Hola, ¿se pueden manejar dos empresas (dos RUT distintos) en la misma cuenta o tengo que abrir otra?
""", i="other", k="question", date="2026-04-09 10:00", tz="America/Santiago", acct="3064418", form="plain-qp",
notes="Feature question."),

M("no-deja-borrar-contacto", "Electricidad Vega", "No puedo borrar un contacto",
"""Hola, intento eliminar un contacto duplicado y me sale "No tienes permisos". Soy el administrador. ¿Qué pasa?
""", i="other", k="bug_report", date="2026-07-06 08:30", acct="4330567", form="plain-qp",
notes="Bug report (delete a contact)."),

M("cancelar-automatizacion", "Dra. Quintana <consultorio@draquintana.example>", "Cancelar recordatorios",
"""Hola, ¿cómo cancelo una automatización? Tengo programados unos recordatorios por SMS para pacientes que ya no vienen y no encuentro dónde pararlos.
""", i="other", k="question", date="2026-07-14 13:00", tz="America/Mexico_City", acct="4787134", form="gmail-alt",
notes="'Cancelar una automatización' inside the CRM; how-to unrelated to the subscription."),

M("cancelar-invitacion-usuario", "Logística Caribe", "Invitación enviada por error",
"""Buenas, envié una invitación a un usuario externo por error (proveedor@otraempresa.example). ¿Cómo la cancelo antes de que la acepte?
""", i="other", k="question", date="2026-07-20 09:40", tz="America/Bogota", acct="3902275", form="outlook-alt",
notes="Cancel a pending user invitation; no seat is paid yet."),

M("cancelada-falta-pago-quiero-pagar", "Inés Fotografía", "Mi cuenta está suspendida",
"""Hola, me han suspendido la cuenta por falta de pago porque me caducó la tarjeta. Quiero pagar lo pendiente y seguir, ¿cómo lo hago?

Inés
""", i="other", k="other", date="2026-08-27 11:30", acct="3811250", form="gmail-alt",
notes="Suspended account wants to pay and continue."),

M("sales-agencia-marketing", "Valentina Ríos <vrios@agenciacreativa-bog.example>", "Cotización 10 usuarios",
"""Hola, buen día. Me pueden enviar una cotización del plan Team para 10 usuarios, pago anual, facturado en pesos colombianos? Gracias.

Valentina Ríos
""", i="other", k="sales", date="2026-08-31 10:20", tz="America/Bogota", form="gmail-alt",
notes="Sales quote request."),

M("lista-asociacion-autonomos", "Asociación de Autónomos <lista@autonomos-asoc.example>", "[Autonomos] Re: ¿Alguien sabe cómo cancelar CRM Runner?",
"""Yo lo cancelé el mes pasado escribiendo a su soporte, me contestaron en un día. Lo malo es que tienes que avisar con un mes de antelación.

Saludos,
Javi

---
Lista de correo de la Asociación de Autónomos
Para darte de baja de la lista: lista-baja@autonomos-asoc.example
""", i="other", k="list_mail", date="2026-09-02 08:15",
hdrs={"List-Id": "Autonomos <lista.autonomos-asoc.example>", "List-Unsubscribe": "<mailto:lista-baja@autonomos-asoc.example>",
      "Precedence": "list", "Sender": "lista-bounces@autonomos-asoc.example"}, form="plain-qp",
notes="Mailing-list discussion about cancelling CRM Runner, copied to the support address by the list; not a request."),

M("seguimiento-cotizacion", "Valentina Ríos <vrios@agenciacreativa-bog.example>", "Re: Cotización 10 usuarios",
"""Hola, ¿pudieron revisar lo de la cotización? Quedo atenta.
""", i="other", k="follow_up", date="2026-09-04 10:00", tz="America/Bogota", irt="sales-agencia-marketing",
form="gmail-alt",
notes="Follow-up on a sales request."),

M("gracias-reactivacion", "Inés Fotografía", "Re: Mi cuenta está suspendida",
"""¡Listo, ya pagué y funciona todo! Gracias por la ayuda.
""", i="other", k="thanks", date="2026-08-28 09:00", acct="3811250",
irt="<reply-3811250-a1@crmrunner.example>", form="iphone",
notes="Thanks after reactivation."),

# ---------------------------------------------------------------- edge cases

M("acuse-lectura-baja", "Juan Soler <solymar.apartamentos@gmail.example>", "Leído: Su solicitud de baja - necesitamos un dato",
"""Su mensaje

  Para: solymar.apartamentos@gmail.example
  Asunto: Su solicitud de baja - necesitamos un dato
  Enviado: jueves, 13 de agosto de 2026 10:02

fue leído el jueves, 13 de agosto de 2026 12:31.
""", mdn=dict(original="<needinfo-4229850@crmrunner.example>"),
i="auto_reply", k="auto_reply", date="2026-08-13 12:31", acct="4229850", form="mdn",
notes="Read receipt (MDN, multipart/report disposition-notification) for our needs-info mail; automatic, never a request."),

M("respuesta-automatica-de-viaje", "Fernando Rossi <fernando.rossi@fibertel.example>", "Respuesta automática: Re: Baja",
"""Hola, estoy de viaje hasta el 2 de septiembre con acceso limitado al correo. Te respondo a la vuelta.

Fernando
""", i="auto_reply", k="auto_reply", date="2026-08-17 15:25", tz="America/Argentina/Buenos_Aires", acct="4066375",
hdrs={"Auto-Submitted": "auto-replied"}, irt="<reply-4066375-a1@crmrunner.example>", form="gmail-alt",
notes="Travel auto-reply to our confirmation."),

M("acuse-recibo-automatico-colegio", "Secretaría Colegio Montessori Sol <secretaria@montessorisol.example>", "Acuse de recibo",
"""Hemos recibido su mensaje. La secretaría del colegio atiende de lunes a viernes de 8:00 a 14:00. Le responderemos lo antes posible.

Colegio Montessori Sol
""", i="auto_reply", k="auto_reply", date="2026-09-07 09:05", acct="5212563",
irt="<reply-5212563-a1@crmrunner.example>", form="plain-qp",
notes="Automatic acknowledgement without auto-reply headers."),

M("rebote-mensaje-no-entregado-hotel", "Mail Delivery Subsystem <mailer-daemon@mx2.crmrunner.example>", "Delivery Status Notification (Failure)",
"", dsn=dict(
    mta="mx2.crmrunner.example", rcpt="recepcion.noche@hotellasdunas.example", status="5.1.1", remote="mx.hotellasdunas.example",
    diag="smtp; 550 5.1.1 User unknown",
    human="""** Mensaje no entregado **

Hubo un problema al entregar tu mensaje a recepcion.noche@hotellasdunas.example. Consulta los detalles técnicos a continuación.

La respuesta fue:
550 5.1.1 User unknown
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="recepcion.noche@hotellasdunas.example",
                  subj="Tu acceso a CRM Runner se desactivará", date="2026-08-11 10:30", mime="plain-qp",
                  body="""Hola:

A petición del administrador de tu cuenta, tu acceso a CRM Runner se desactivará el próximo día de facturación.

Equipo de CRM Runner
""")),
i="bounce", k="bounce", date="2026-08-11 10:31", form="dsn",
notes="Spanish DSN for our notice to the removed seat's login."),

M("rebote-buzon-lleno-vega", "MAILER-DAEMON <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="pedidos@electricidadvega.example", status="5.2.2",
    remote="mx.electricidadvega.example",
    diag="smtp; 552 5.2.2 Mailbox full - El buzon esta lleno",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<pedidos@electricidadvega.example>: host mx.electricidadvega.example[192.0.2.33]
    said: 552 5.2.2 Mailbox full - El buzon esta lleno (in reply to RCPT TO
    command)
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="pedidos@electricidadvega.example",
                  subj="Re: Su mensaje", date="2026-08-21 08:45", mime="plain-qp",
                  body="""Hola:

Confirmamos la cancelación de tu plan. Tu tarjeta se eliminará al final del periodo.

> Cancelen mi plan y borren mi tarjeta del sistema, por favor.
""")),
i="bounce", k="bounce", date="2026-08-21 08:46", form="dsn",
notes="Mailbox-full bounce whose returned confirmation quotes the customer's cancellation."),

M("rebote-dominio-inexistente-lucia", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="lucia@luciacoach.example", status="5.4.4",
    diag="X-Postfix; Host or domain name not found. Name service error for name=luciacoach.example type=MX: Host not found, try again",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lucia@luciacoach.example>: Host or domain name not found. Name service error
    for name=luciacoach.example type=MX: Host not found, try again
""", headers_only=True,
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="lucia@luciacoach.example",
                  subj="Re: Me cobraron sin querer", date="2026-07-17 09:30", mime="plain-qp", body="Hola Lucía,\n")),
i="bounce", k="bounce", date="2026-07-17 09:31", form="dsn",
notes="Bounce with headers only (domain not found)."),
]
