# Batch 01 - Spanish (Spain + Latin America). Hand-written texts.
from common import M, A

LANG = "es"

ACCOUNTS = A("""
3104877 anaromero a.romero@gmail.example monthly
4172309 ferreterialopez administracion@ferreterialopez.example yearly tier=pro
3650912 gato hector.villanueva@prodigy.example monthly cur=MXN
5230418 clinicadental_sur recepcion@dentalsur.example yearly
3388201 jmcastro jm.castro@telefonica.example monthly
4907733 rociobravo rocio.bravo@hotmail.example monthly tier=pro
4015566 grupoalba it@grupoalba.example monthly tier=team
3920417 ortegainmob direccion@ortegainmobiliaria.example monthly
5561240 ramon_ortega_sl ramon@ortega-asesores.example yearly tier=team
3712085 andres.pardo andres.pardo@yahoo.example yearly
3299614 lu_mendez lucia.mendez@outlook.example monthly
4450128 mateo.bsas mateo@estudiobianchi.example monthly cur=USD tier=pro
3861402 pepe_motos pepemotos.taller@gmail.example monthly
4620357 transportes_quiroga comercial@quiroga.example monthly cur=USD tier=pro
5108890 floreriaelsol ventas@floreriaelsol.example monthly tier=pro cur=MXN
3544071 nlopez.abogados nuria@lopezabogados.example monthly tier=pro
3477019 carmen.vidal carmen.vidal@gmail.example monthly start=2026-02-27
4481902 dgarrido dgarrido@garridoreformas.example yearly
5013377 kwilliams_bcn kate.williams@gmail.example monthly
3990245 jruizgomez josefa.ruiz@telefonica.example monthly
4233160 sergio.navas sergio.navas@gmail.example monthly
3056788 pilar_ortiz pilar.ortiz@academiaortiz.example monthly tier=team
4777812 javiplaza javier.plaza@hotmail.example monthly tier=pro
5400126 inmoverde info@inmoverde.example yearly tier=pro
3149950 hostalmar reservas@hostalmar.example monthly
4866031 elenacastillo elena.castillo@gmail.example yearly
3702244 cafe_lunares hola@cafelunares.example monthly status=cancelled
4318807 gestoria_pena oficina@gestoriapena.example monthly tier=pro
5744590 marisa.ibanez marisa.ibanez@yahoo.example monthly
3210633 mtorres mtorres@consultoratorres.example monthly cur=USD
4588417 raulsoto raul.soto@gmail.example monthly cur=MXN
""")

MESSAGES = [

M("baja-iphone-oneliner", "Ana <anaromero.fotos@icloud.example>", "Baja",
"""Hola, quiero darme de baja del CRM. Gracias

Enviado desde mi iPhone
""", i="cancellation", k="request", date="2026-01-07 22:41", form="iphone", notes="One-line request from an address that is not registered and no identifiers (account cannot be told -> null); 'darme de baja del CRM' is the request."),

M("anulacion-formal-ferreteria", "Administración Ferretería López", "Comunicación de no renovación - suscripción CRM Runner",
"""Estimados señores:

Por medio de la presente les comunicamos que Ferretería López S.L. no desea renovar la suscripción anual a CRM Runner que tenemos contratada, por lo que les rogamos que anulen la suscripción con efecto a la próxima fecha de renovación y que no se emita ningún cargo adicional.

El motivo es que ya disponemos de un ERP que incluye la gestión de clientes y no tiene sentido mantener las dos herramientas.

Número de cliente: 4172309

Les agradeceríamos que nos enviaran confirmación por escrito.

Atentamente,
""", sig=["Mercedes Aranda", "Administración", "Ferretería López S.L.", "C/ Mayor 14, 50001 Zaragoza", "Tel. 976 000 118"],
i="cancellation", k="request", date="2026-01-12 10:05", acct="4172309", an="4172309",
rk=["ya disponemos de un erp"], rc="switched_service", form="outlook-html",
notes="Formal company letter: will not renew the yearly plan, asks to annul; customer number given."),

M("mx-ya-no-me-cobren", "Hector Villanueva", "cobro del crm",
"""Buenas tardes

Ya no me cobren el CRM por favor, lo dejamos de usar desde diciembre. Me siguen llegando los cargos a la tarjeta que termina en 8821.
usuario: gato

saludos
Hector
""", i="cancellation", k="request", date="2026-01-14 16:20", tz="America/Mexico_City", acct="3650912",
un="gato", dec=["8821"], rk=["lo dejamos de usar"], rc="unused", form="gmail-alt",
notes="Never says cancel: 'ya no me cobren' + stopped using it = stop the subscription. Card digits are a decoy; username is an ordinary word."),

M("no-renovar-plan-anual-clinica", "Marta Ibarra <marta.ibarra.r@gmail.example>", "Renovación plan anual",
"""Hola,

Os escribo para avisar de que no vamos a renovar el plan anual de Runner que vence en abril. Somos solo dos personas en recepción y la herramienta se nos queda grande.

La cuenta está con el correo de la clínica, recepcion@dentalsur.example (os escribo desde el mío porque el de recepción no me deja enviar desde casa).

Un saludo,
Marta (Clínica Dental Sur)
""", i="cancellation", k="request", date="2026-01-19 09:32", acct="5230418", em="recepcion@dentalsur.example",
rk=["somos solo dos personas", "se nos queda grande"], rc="other", form="gmail-alt",
notes="Written from the receptionist's private address; the registered clinic address is given in the body. 'No vamos a renovar' the yearly plan is a non-renewal request; reason: team too small."),

M("cierro-negocio-jubilacion", "Jose M. Castro <josemanuel.castro1957@hotmail.example>", "Cierre de cuenta",
"""Buenas tardes:

Les comunico que cierro mi negocio a final de mes porque me jubilo, así que necesito cerrar la cuenta de CRM Runner y que no se me cobre nada más a partir de ahora.

La cuenta está dada de alta con el correo jm.castro@telefonica.example, que es el de la tienda. Les escribo desde mi correo personal porque el de la tienda lo vamos a dar de baja también.

Muchas gracias por todo estos años.

José Manuel Castro
""", i="cancellation", k="request", date="2026-01-20 18:47", acct="3388201",
em="jm.castro@telefonica.example", rk=["cierro mi negocio", "me jubilo"], rc="business_closed", form="plain-qp",
notes="Closing the business, asks to close the account; identifies by the registered shop address written in the body, sent from a personal address."),

M("enfadada-mayusculas-reembolso", "ROCIO BRAVO", "CANCELEN YA",
"""LLEVO TRES MESES PAGANDO 49 EUROS POR ALGO QUE NO FUNCIONA. LA SINCRONIZACION CON EL CALENDARIO FALLA UN DIA SI Y OTRO TAMBIEN.
CANCELEN YA MI SUSCRIPCION Y DEVUELVANME EL DINERO DE ESTE MES.
NO QUIERO MAS EXCUSAS.
""", i="cancellation", k="request", date="2026-01-22 23:58", acct="4907733",
refund=True, rk=["algo que no funciona", "la sincronizacion con el calendario falla"], rc="low_quality",
dec=["49 EUROS"], form="plain-7bit",
sloppy=True, notes="All-caps angry request to cancel plus refund of this month; no accents."),

M("quitar-licencia-companera", "Grupo Alba - Sistemas", "Quitar usuario de Lucía",
"""Hola,

Lucía Fernández ya no trabaja con nosotros desde el viernes. ¿Podéis quitar su acceso (lucia.fernandez@grupoalba.example) de nuestra cuenta del plan Team? No queremos seguir pagando por esa licencia.

El resto de usuarios se quedan igual.

Gracias,
Iñaki
Sistemas - Grupo Alba
""", i="cancellation", k="request_seat", date="2026-01-26 11:15", acct="4015566",
form="gmail-alt",
notes="Team owner asks to remove one seat and stop paying for it; the address written is the colleague's login, not the registered account email."),

M("reenvio-correo-jefe", "Marta Gil <marta.gil@ortegainmobiliaria.example>", "Fwd: baja del CRM",
"""Buenos días,

Os reenvío el correo de mi jefe. Por favor proceded con la baja de nuestra cuenta, es la cuenta 3920417.

Gracias,
Marta Gil
Ortega Inmobiliaria

---------- Forwarded message ---------
De: Julián Ortega <direccion@ortegainmobiliaria.example>
Date: lun, 2 feb 2026 a las 8:54
Subject: baja del CRM
To: Marta Gil <marta.gil@ortegainmobiliaria.example>


Marta, escribe a los del CRM Runner y que nos den de baja. Desde que se fue Toni no lo usa nadie y estamos pagando para nada.

Julián
""", i="cancellation", k="forward_request", date="2026-02-02 09:10", acct="3920417", an="3920417",
rk=["no lo usa nadie"], rc="unused", form="forward-inline",
notes="Employee forwards the boss's instruction inline and asks to proceed; account number in her own text. The boss's address is the registered one, the sender is not."),

M("reenvio-adjunto-outlook", "Francisca Moreno <fmoreno@ortega-asesores.example>", "RV: Suscripción CRM",
"""Buenos días:

Les adjunto el correo de D. Ramón Ortega en el que solicita la cancelación de la suscripción de la empresa. Cualquier cosa me dicen.

Un saludo,
Paqui Moreno
Ortega Asesores
""", inner=dict(frm="Ramón Ortega <ramon@ortega-asesores.example>", to="Francisca Moreno <fmoreno@ortega-asesores.example>",
                 subj="Suscripción CRM", date="2026-02-03 19:22", mime="outlook-alt", fname="Suscripción CRM.eml",
                 body="""Paqui:

Escribe mañana a los del CRM Runner y diles que cancelamos la suscripción, que no la renueven en junio. Hemos contratado el paquete de Vendix que ya trae el CRM incluido.

Ramón
"""),
i="cancellation", k="forward_request", date="2026-02-04 09:03", acct="5561240", mime="outlook-alt",
rk=["hemos contratado el paquete de vendix"], rc="switched_service", form="forward-rfc822",
notes="Secretary sends the owner's instruction as an attached message (message/rfc822); the owner's address is the registered one."),

M("respuesta-arriba-exportar", "Andrés Pardo", "Re: Exportar contactos antes de irme",
"""Gracias, ya exporté los contactos y está todo bien.
Ahora sí, por favor cancelen la suscripción.

Andrés

El mar, 3 feb 2026 a las 11:20, Soporte CRM Runner (<support@crmrunner.example>) escribió:
> Hola Andrés:
>
> Para exportar tus contactos ve a Ajustes > Datos > Exportar y elige CSV.
> Cuando lo tengas, si sigues queriendo darte de baja, respóndenos a este
> correo y lo tramitamos.
>
> Un saludo,
> Equipo de soporte de CRM Runner
>
> El lun, 2 feb 2026 a las 19:02, Andrés Pardo (<andres.pardo@yahoo.example>) escribió:
>> Hola, me quiero ir del CRM pero antes necesito sacar todos mis contactos. ¿Cómo lo hago?
""", i="cancellation", k="request", date="2026-02-03 21:36", acct="3712085",
irt="<reply-3712085-a1@crmrunner.example>", form="reply-above-quote", mime="gmail-alt",
notes="Reply written above the quoted thread; the new text is the request."),

M("pregunta-baja-lucia", "Lucía Méndez", "Darme de baja",
"""Hola, buenas tardes.

Quería pedir la baja de mi suscripción a CRM Runner. La contraté para la tienda online pero al final casi no la he abierto.

Un saludo,
Lucía Méndez
""", i="cancellation", k="request", date="2026-02-05 17:12", acct="3299614",
rk=["casi no la he abierto"], rc="unused", form="apple-alt",
notes="Plain request with a reason (hardly used)."),

M("seguimiento-recibieron-lucia", "Lucía Méndez", "Re: Darme de baja",
"""¿Recibieron mi correo del día 5? Pedí la baja y nadie me ha contestado. Sigo queriendo cancelar, por favor confírmenmelo antes de que me vuelvan a cobrar.

Lucía

El jue, 5 feb 2026 a las 17:12, Lucía Méndez <lucia.mendez@outlook.example> escribió:
> Hola, buenas tardes.
>
> Quería pedir la baja de mi suscripción a CRM Runner. La contraté para la tienda online pero al final casi no la he abierto.
""", i="cancellation", k="follow_up", date="2026-02-11 08:50", acct="3299614", irt="pregunta-baja-lucia",
form="follow-up", mime="apple-alt",
notes="Follow-up on her own earlier request; restates 'sigo queriendo cancelar', so intent cancellation (same case)."),

M("ar-voseo-muy-caro", "Mateo Bianchi <mateo.bianchi.arq@gmail.example>", "baja del abono",
"""Hola chicos, cómo va?

Les pido que me den de baja el abono de CRMRunner. Es muy caro para lo que lo usamos en el estudio, con el dólar como está no lo puedo justificar.

Mi usuario es mateo.bsas (les escribo desde el mail personal).

Abrazo
Mateo
--
Estudio Bianchi - Arquitectura
Rosario, Santa Fe
""", i="cancellation", k="request", date="2026-02-09 12:30", tz="America/Argentina/Buenos_Aires", acct="4450128", un="mateo.bsas",
rk=["es muy caro"], rc="too_expensive", form="gmail-alt",
notes="Sent from his personal address, identified by username. Argentine voseo/informal; 'den de baja el abono' is the request; reason price."),

M("sin-acentos-pepe-motos", "pepe motos <pepemotos.taller@gmail.example>", "cancelar",
"""hola quiero cancelar mi suscripcion al crm runner ya no lo necesito
mi usuario es pepe_motos
gracias
""", i="cancellation", k="request", date="2026-02-10 13:03", acct="3861402",
un="pepe_motos", rk=["ya no lo necesito"], rc="unused", form="plain-7bit",
sloppy=True, notes="Sloppy one-liner without accents or punctuation; username given."),

M("co-soporte-lento-factura", "Yesenia Quiroga <yesenia.quiroga@quiroga.example>", "Solicitud de cancelación",
"""Buenos días.

Por medio del presente solicito la cancelación de nuestra cuenta en CRM Runner a partir de la fecha. El soporte tarda días en responder y no podemos trabajar así, tenemos despachos todos los días y necesitamos respuestas rápidas.

La cuenta está registrada con el correo comercial@quiroga.example. Adjunto como referencia la última factura FV-20931 del mes de enero.

Cordialmente,

Yesenia Quiroga
Transportes Quiroga S.A.S.
Bogotá, Colombia
""", i="cancellation", k="request", date="2026-02-12 08:14", tz="America/Bogota", acct="4620357", em="comercial@quiroga.example",
dec=["FV-20931"], rk=["el soporte tarda días en responder"], rc="customer_service", form="gmail-alt",
notes="Sent from the manager's own address; registered address written in the body. Colombian formal request; invoice number is a decoy, not an identifier; reason slow support."),

M("falta-whatsapp-floreria", "Florería El Sol", "Cancelar plan Pro",
"""Hola buen día,

Queremos cancelar el plan Pro. No tiene integración con WhatsApp, que era lo principal que necesitábamos para los pedidos, y nos dijeron en la demo que "pronto" pero ya pasaron cuatro meses.

Gracias
Florería El Sol
Guadalajara
""", i="cancellation", k="request", date="2026-02-16 10:25", tz="America/Mexico_City", acct="5108890",
rk=["no tiene integración con whatsapp"], rc="missing_features", form="apple-alt",
notes="Cancel the Pro plan, reason a missing WhatsApp integration."),

M("nos-cambiamos-a-vendix", "Nuria López <nuria.lopez.m@gmail.example>", "Baja de la suscripción",
"""Hola,

Os confirmo que nos hemos cambiado a Vendix en el despacho, así que por favor dad de baja nuestra suscripción de CRM Runner. La cuenta está a mi nombre, Nuria López, con el correo del despacho (nuria@lopezabogados.example).

Gracias por todo,
Nuria

López Abogados
""", i="cancellation", k="request", date="2026-02-18 15:40", acct="3544071", em="nuria@lopezabogados.example",
rk=["nos hemos cambiado a vendix"], rc="switched_service", form="flowed",
notes="From a private address; registered office address in the body. Moved to a competitor; request from the registered address, identified only by name."),

M("demasiado-complicado-reembolso", "Carmen Vidal", "me doy de baja",
"""Hola

La verdad es que es demasiado complicado para mí, no entiendo nada de los embudos ni de las etapas. Quiero darme de baja y si es posible que me devuelvan lo de este mes, me suscribí hace poco más de una semana y casi no lo he tocado.

Gracias y perdonen las molestias
Carmen
""", i="cancellation", k="request", date="2026-03-08 20:05", acct="3477019",
refund=True, rk=["demasiado complicado"], rc="too_complex", form="iphone",
notes="Request plus refund of the first month; reason too complicated. (iPhone mail without signature.)"),

M("se-cuelga-cuenta-almohadilla", "Daniel Garrido", "Cancelación cuenta #4481902",
"""Hola,

El programa se cuelga cada dos por tres y pierdo las notas de las llamadas. Ya lo reporté dos veces (ticket 88412 y 88590) y sigue igual. Así no me sirve.

Por favor cancelen mi cuenta, cuenta #4481902.

Daniel Garrido
Garrido Reformas
""", i="cancellation", k="request", date="2026-03-10 12:44", acct="4481902", an="4481902",
dec=["88412", "88590"], rk=["se cuelga cada dos por tres"], rc="low_quality", form="plain-qp",
notes="Request with account number in subject and body; ticket numbers are decoys; reason bugs."),

M("spanglish-asunto-cuenta", "Kate Williams", "cancel subscription cuenta 5013377",
"""hola, porfa cancel my plan, ya no lo uso. thanks!!

Kate
""", i="cancellation", k="request", date="2026-03-12 09:58", acct="5013377", an="5013377",
rk=["ya no lo uso"], rc="unused", form="plain-7bit",
sloppy=True, notes="Non-native mix of Spanish and English; account number only in the subject."),

M("latin1-muy-senores", "Inmaculada Ruiz <inma.ruiz.g@gmail.example>", "Solicitud de baja - Josefa Ruiz Gómez",
"""Muy señores míos:

En nombre de mi madre, Dña. Josefa Ruiz Gómez, titular de la suscripción mensual, les ruego que procedan a dar de baja dicha suscripción con efecto inmediato. Mi madre ha estado ingresada y no va a poder seguir con la actividad de la academia.

El correo con el que se dio de alta es josefa.ruiz@telefonica.example. Si necesitan que ella lo confirme desde ese correo, me lo dicen y lo hacemos.

Atentamente,
Inmaculada Ruiz
""", i="cancellation", k="request", date="2026-03-16 11:27", acct="3990245",
em="josefa.ruiz@telefonica.example", rk=["no va a poder seguir con la actividad"], rc="business_closed",
form="latin1",
notes="Daughter writes on behalf of the account holder, ISO-8859-1; identifies by the registered address in the body; sender is not the owner."),

# ---------------------------------------------------------------- look-alikes

M("mensual-a-anual", "Sergio Navas", "Cambio a plan anual",
"""Hola,

¿Puedo pasar mi plan mensual a anual? He visto en la web que sale más barato. Os soy sincero, estaba pensando en cancelar porque se me hacía caro, pero si el anual sale a ese precio me compensa quedarme.

¿Se hace desde el panel o lo tenéis que hacer vosotros?

Gracias,
Sergio
""", i="other", k="plan_change", date="2026-01-09 13:10", acct="4233160", form="gmail-alt",
notes="Plan change monthly->yearly; mentions having thought about cancelling but wants to stay."),

M("bajar-de-team-a-starter", "Pilar Ortiz", "Cambiar de plan",
"""Buenos días,

Queremos bajar del plan Team al Starter, porque ya solo quedamos dos profesoras en la academia. No queremos darnos de baja, solo pagar menos. ¿Se puede hacer a mitad de mes o hay que esperar a la renovación?

Gracias,
Pilar Ortiz
Academia Ortiz
""", i="other", k="downgrade", date="2026-01-15 10:22", acct="3056788", form="outlook-alt",
notes="Downgrade Team->Starter; explicitly 'no queremos darnos de baja'."),

M("pausar-verano-hostal", "Hostal Mar <hostalmar.cadiz@gmail.example>", "¿Se puede pausar la suscripción?",
"""Hola!

Somos un hostal de temporada y de noviembre a marzo cerramos. ¿Es posible pausar la suscripción esos meses y que no nos cobréis? En abril la volveríamos a activar.

(La cuenta es la de reservas@hostalmar.example.)

Un saludo
Hostal Mar - Cádiz
""", i="other", k="pause", date="2026-10-28 18:05", acct="3149950", em="reservas@hostalmar.example", form="plain-qp",
notes="Asks to pause billing for the off-season, intends to continue."),

M("como-me-doy-de-baja-curiosidad", "Javier Plaza", "pregunta",
"""Buenas, una pregunta rapida: como se cancela la suscripcion? Es para saberlo por si acaso, de momento seguimos.
Gracias
""", i="other", k="how_to", date="2026-02-06 08:31", acct="4777812", form="plain-7bit",
sloppy=True, notes="How-to question with an explicit 'de momento seguimos'; no decision."),

M("cambiar-tarjeta", "Elena Castillo <ecastillo@estudiocastillo.example>", "Tarjeta caducada",
"""Hola, me ha caducado la tarjeta con la que pago el CRM. ¿Dónde se cambia el método de pago? No lo encuentro en ajustes. Mi cuenta es elena.castillo@gmail.example.

Gracias,
Elena
""", i="other", k="question", date="2026-02-19 19:40", acct="4866031", em="elena.castillo@gmail.example", form="iphone",
notes="Billing how-to (change card); nothing about ending the subscription. (iPhone mail, no signature.)"),

M("hipotetico-prorrata-anual", "InmoVerde", "Consulta sobre el plan anual",
"""Hola,

Estamos valorando opciones para el año que viene y quería preguntar: si cancelamos ahora el plan anual, ¿nos devolveríais la parte proporcional de los meses que quedan? ¿Y si en vez de cancelar pasamos al mensual?

No es nada decidido, es solo para saberlo.

Saludos,
Óscar - InmoVerde
""", i="other", k="hypothetical", date="2026-03-02 12:00", acct="5400126", form="gmail-alt",
notes="Hypothetical question about refunds if they cancelled; explicitly not decided."),

M("ya-cancele-me-cobraron", "Café Lunares", "Cobro después de la baja",
"""Hola,

Cancelé la suscripción el 15 de enero (me llegó vuestro correo de confirmación) y el 3 de febrero me habéis vuelto a cobrar 19 €. Quiero que me devolváis ese cargo, por favor.

La referencia del cargo en el banco es CH-88231-0203.

Gracias,
Bea
Café Lunares
""", i="other", k="already_cancelled", date="2026-02-04 10:15", acct="3702244",
refund=True, dec=["CH-88231-0203"], form="gmail-alt",
notes="Already cancelled, disputes a later charge; billing dispute, not a new request."),

M("cobro-doble-facturas", "Gestoría Peña", "Cobro duplicado",
"""Buenos días:

Este mes nos han cobrado dos veces la cuota (facturas 2026-0311 y 2026-0312, las dos de 49,00 €). Por favor, devuélvannos uno de los dos cargos en la misma cuenta.

Un saludo,
Rafael Peña
Gestoría Peña
""", i="other", k="refund_only", date="2026-03-05 09:41", acct="4318807",
refund=True, dec=["2026-0311", "2026-0312"], form="outlook-alt",
notes="Double charge refund only; they keep the subscription."),

M("anular-pedido-formacion", "Marisa Ibáñez", "Anular pedido PED-55120",
"""Hola,

Ayer hice por error el pedido PED-55120 del paquete de formación (onboarding de 3 sesiones). ¿Lo podéis anular antes de que se cobre? La suscripción la mantengo, solo es lo de la formación.

Gracias
Marisa
""", i="other", k="order_cancel", date="2026-03-18 09:12", acct="5744590",
dec=["PED-55120"], form="plain-qp",
notes="Cancels an order for a training package; explicitly keeps the subscription."),

M("cancelar-demo-jueves", "Marcos Torres <mtorres@consultoratorres.example>", "Demo del jueves",
"""Hola Laura,

Tengo que cancelar la demo del jueves a las 10:00 (hora de Lima), me ha surgido un viaje. ¿La podemos mover a la semana que viene? El martes o miércoles en la tarde me vendría bien.

Saludos,
Marcos Torres
Consultora Torres
""", i="other", k="meeting_cancel", date="2026-03-23 17:50", tz="America/Lima", acct="3210633",
form="gmail-alt",
notes="Cancels a demo meeting and asks to reschedule."),

M("anular-inscripcion-webinar", "Raúl Soto", "Webinar martes",
"""Buenas, no voy a poder asistir al webinar del martes sobre automatizaciones. ¿Me pueden anular la inscripción y avisarme si lo graban?

Saludos
Raúl
""", i="other", k="meeting_cancel", date="2026-04-04 11:32", tz="America/Mexico_City", acct="4588417",
form="plain-qp",
notes="Cancels a webinar registration only."),

M("baja-newsletter", "Teresa Gallardo <teresa.gallardo@gmail.example>", "Baja newsletter",
"""Por favor, darme de baja de la newsletter, recibo demasiados correos vuestros. No soy cliente, me apunté a una prueba hace mucho.

Gracias.
""", i="other", k="newsletter_unsubscribe", date="2026-04-07 21:14", form="plain-qp",
notes="'Darme de baja de la newsletter' = unsubscribe from marketing mail; not a customer."),

M("rgpd-supresion-datos", "Alberto Sanz <a.sanz.mora@gmail.example>", "Ejercicio del derecho de supresión (art. 17 RGPD)",
"""A la atención del Delegado de Protección de Datos de CRM Runner:

Alberto Sanz Mora, con DNI 00000000T, por medio del presente escrito ejerzo el derecho de supresión previsto en el artículo 17 del Reglamento (UE) 2016/679 (RGPD), y solicito que se supriman todos los datos personales que sobre mi persona figuren en sus ficheros, incluidos los datos de contacto que pudieran haber obtenido a través de sus formularios web.

Les ruego que me comuniquen por escrito la supresión en el plazo de un mes.

En Valladolid, a 9 de abril de 2026.
Alberto Sanz Mora
""", i="other", k="data_deletion", date="2026-04-09 10:02", dec=["00000000T"], form="plain-qp",
notes="GDPR erasure request from a contact/lead; not a subscription cancellation."),

M("retirada-floreria-whatsapp", "Florería El Sol", "Re: Cancelar plan Pro",
"""Hola otra vez,

Olviden mi correo de la semana pasada, por favor. Nos llamó su compañero Diego y nos explicó que la integración con WhatsApp sale en marzo, así que NO cancelamos, seguimos con el plan Pro.

Gracias por la atención
Florería El Sol
""", i="other", k="withdrawal", wd=True, date="2026-02-23 13:15", tz="America/Mexico_City", acct="5108890",
irt="falta-whatsapp-floreria", form="plain-qp",
notes="Withdraws the earlier cancellation in the same thread: stays on the Pro plan."),

M("gracias-confirmacion-baja", "José Manuel Castro <josemanuel.castro1957@hotmail.example>", "RE: Confirmación de su solicitud de baja",
"""Muchas gracias por la confirmación. Un saludo.

José Manuel
""", i="other", k="thanks", date="2026-01-23 09:05", acct="3388201",
irt="<reply-3388201-a2@crmrunner.example>", form="plain-qp",
notes="Thanks after the cancellation confirmation; nothing new is asked."),

M("pregunta-campanas-email", "Nerea Aguirre <nerea@aguirrepublicidad.example>", "¿Campañas de email?",
"""Hola,

Estamos probando varios CRM y quería saber si CRM Runner permite enviar campañas de email masivas o si hay que integrarlo con otra herramienta. Y otra cosa, ¿se puede cancelar en cualquier momento o hay permanencia?

Gracias,
Nerea
""", i="other", k="sales", date="2026-04-14 12:48", form="gmail-alt",
notes="Prospect's pre-sales question; mentions cancelling only as a contract term question."),

M("bug-boton-cancelar", "Rocío Bravo", "El botón de cancelar no funciona",
"""Hola,

Os aviso de que en Ajustes > Facturación el botón "Cancelar suscripción" no hace nada cuando lo pulso, ni en Chrome ni en Firefox. Solo quería ver qué opciones había antes de la renovación, no es que me quiera ir, pero igual otros clientes sí y no pueden.

Saludos,
Rocío
""", i="other", k="bug_report", date="2026-02-25 10:10", acct="4907733", form="gmail-alt",
notes="Bug report about the cancel button; says explicitly she is not leaving."),

M("descuento-team-25", "Ignacio Ferrer <iferrer@ferrerdistribuciones.example>", "Plan Team para 25 comerciales",
"""Buenos días,

Somos una distribuidora con 25 comerciales y nos interesa el plan Team de CRM Runner. ¿Tenéis descuento por volumen o para pago anual? Nos gustaría también una demo.

Un saludo,
Ignacio Ferrer
Director Comercial
Ferrer Distribuciones
""", i="other", k="sales", date="2026-04-20 09:30", form="outlook-html",
notes="Sales inquiry."),

M("olvide-contrasena", "carmen vidal <carmen.vidal@gmail.example>", "no puedo entrar",
"""hola no puedo entrar he olvidado la contraseña y no me llega el correo para cambiarla, ya mire en spam
gracias
""", i="other", k="other", date="2026-03-04 19:03", acct="3477019", form="plain-qp",
sloppy=True, notes="Password reset problem (from the same customer who later cancels)."),

M("reactivar-cuenta-cafe", "Café Lunares", "Volver a activar la cuenta",
"""Hola de nuevo,

Nos dimos de baja en enero pero hemos abierto un segundo local y queremos volver. ¿Cómo reactivamos la cuenta? ¿Se conservan los contactos que teníamos?

Bea
Café Lunares
""", i="other", k="other", date="2026-05-06 16:20", acct="3702244", form="gmail-alt",
notes="Reactivation request from a cancelled account."),

M("anular-factura-cif", "Gestoría Peña", "Factura con datos erróneos",
"""Buenos días:

¿Pueden anular la factura F-2026-0419 y emitirla de nuevo con el CIF correcto? Nos han puesto el CIF antiguo de la sociedad, el correcto es B00000000.

Gracias,
Rafael Peña
""", i="other", k="other", date="2026-04-21 11:04", acct="4318807",
dec=["F-2026-0419", "B00000000"], form="outlook-alt",
notes="'Anular la factura' = reissue an invoice; not a cancellation of the subscription."),

M("seguimiento-cambio-anual", "Sergio Navas", "Re: Cambio a plan anual",
"""Hola, ¿recibisteis mi correo sobre pasar al plan anual? No he tenido respuesta y la renovación mensual es el día 20.

Sergio
""", i="other", k="follow_up", date="2026-01-16 09:45", acct="4233160", irt="mensual-a-anual",
form="plain-qp",
notes="Follow-up about a plan-change request, not about cancelling."),

# ---------------------------------------------------------------- edge cases

M("autorespuesta-fuera-oficina", "Mercedes Aranda <administracion@ferreterialopez.example>",
"Respuesta automática: Re: Comunicación de no renovación - suscripción CRM Runner",
"""Gracias por su correo.

Estaré fuera de la oficina hasta el lunes 26 de enero, sin acceso al correo. Para asuntos urgentes pueden contactar con contabilidad@ferreterialopez.example o llamar al 976 000 118.

Un saludo,
Mercedes Aranda
""", i="auto_reply", k="auto_reply", date="2026-01-13 08:00", acct="4172309",
hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
irt="<reply-4172309-a1@crmrunner.example>", form="outlook-alt",
notes="Out-of-office auto-reply to our confirmation, with Auto-Submitted header; quotes the word 'no renovación' only in the subject."),

M("autorespuesta-sin-cabeceras-mx", "Hector Villanueva", "Fuera de la oficina",
"""Gracias por su mensaje.

En este momento no me encuentro en la oficina. Regreso el lunes 19 de enero. Su correo será atendido a mi regreso.

Atentamente
Héctor Villanueva
""", i="auto_reply", k="auto_reply", date="2026-01-15 02:13", tz="America/Mexico_City", acct="3650912",
form="plain-qp",
notes="Auto-reply text without any auto-reply headers; labelled from the text."),

M("autorespuesta-vacaciones", "Elena Castillo", "Respuesta automática: Su suscripción anual",
"""Hola, estoy de vacaciones del 3 al 21 de agosto y no leeré el correo. Si es algo urgente llámame al móvil.

Elena
""", i="auto_reply", k="auto_reply", date="2026-08-04 07:12", acct="4866031",
hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"},
irt="<notice-4866031-renewal@crmrunner.example>", form="plain-qp",
notes="Vacation auto-reply with Auto-Submitted/X-Autoreply/Precedence headers."),

M("rebote-postfix-baja", "Mail Delivery System <MAILER-DAEMON@mx1.crmrunner.example>", "Undelivered Mail Returned to Sender",
"", dsn=dict(
    mta="mx1.crmrunner.example", postfix=True, rcpt="pepemotos.taler@gmail.example", orig="pepemotos.taler@gmail.example",
    status="5.1.1", remote="mx.gmail.example",
    diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
    human="""This is the mail system at host mx1.crmrunner.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pepemotos.taler@gmail.example>: host mx.gmail.example[192.0.2.25] said:
    550-5.1.1 The email account that you tried to reach does not exist. (in
    reply to RCPT TO command)
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="pepemotos.taler@gmail.example",
                  subj="Re: cancelar", date="2026-02-10 13:05", mime="plain-qp",
                  body="""Hola:

Hemos recibido tu solicitud. Para poder tramitarla necesitamos que nos escribas desde el correo con el que te registraste.

Equipo de soporte de CRM Runner

El 10/02/2026 a las 13:03, pepe motos escribió:
> hola quiero cancelar mi suscripcion al crm runner ya no lo necesito
> mi usuario es pepe_motos
> gracias
""")),
i="bounce", k="bounce", date="2026-02-10 13:05", form="dsn",
notes="Postfix DSN for our reply to a mistyped address; the returned message quotes a cancellation request, which must not be read as one."),

M("rebote-gmail-espanol", "Mail Delivery Subsystem <mailer-daemon@mx2.crmrunner.example>", "Notificación de estado de entrega (error)",
"", dsn=dict(
    mta="mx2.crmrunner.example", rcpt="lucia.mendes@outlook.example", status="5.1.10", remote="outlook-mx.example",
    diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    headers_only=True,
    human="""No se ha encontrado la dirección

No se ha entregado tu mensaje a lucia.mendes@outlook.example porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
    returned=dict(frm="CRM Runner Soporte <support@crmrunner.example>", to="lucia.mendes@outlook.example",
                  subj="Re: Darme de baja [#CR-20260211-3299614]", date="2026-02-11 09:02", mime="plain-qp",
                  body="Hola Lucía,\n\nte confirmamos la recepción de tu solicitud.\n")),
i="bounce", k="bounce", date="2026-02-11 09:03", form="dsn",
notes="Spanish-language DSN (Gmail style) with only the returned headers; subject of the returned reply mentions 'baja'."),

M("no-quiero-seguir-pagando-opciones", "Javier Plaza", "no quiero seguir pagando",
"""hola, mirad, no quiero seguir pagando por algo que no uso. que opciones tengo? el mes pasado casi ni entre
""", i="cancellation", k="request", amb=True, date="2026-04-15 23:20", acct="4777812",
rk=["algo que no uso"], rc="unused", form="plain-7bit",
sloppy=True, notes="Ambiguous: states he doesn't want to keep paying (a decision) but ends with a question about options; read as a request needing a human."),

M("solo-devolucion-no-cumple", "Marisa Ibáñez", "Devolución",
"""Quiero que me devuelvan el dinero del último mes. El CRM no hace lo que prometían en la web, los informes no se pueden personalizar.
""", i="other", k="refund_only", amb=True, refund=True, date="2026-05-12 10:30", acct="5744590", form="iphone",
notes="Bare refund demand with a complaint; does not say to end the subscription (ambiguous, labelled other)."),

M("borrad-mi-cuenta-no-funciono", "Raúl Soto", "borrar cuenta",
"""Borrad mi cuenta y todos mis datos por favor, no ha funcionado para nosotros. Gracias
""", i="cancellation", k="request", amb=True, date="2026-06-02 14:17", tz="America/Mexico_City", acct="4588417",
rk=["no ha funcionado para nosotros"], rc="low_quality", form="plain-qp",
notes="Delete account because it did not work out: labelled cancellation but ambiguous (could be read as data deletion)."),
]
