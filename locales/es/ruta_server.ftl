# Textos que el servidor escribe él mismo: los mensajes de error de la API cuando el cliente pide un idioma
# (Accept-Language o lang=). La app no los muestra: traduce el campo "code" con sus propios mensajes.
# { $field } es el nombre técnico del parámetro, tal como se envió (lat, radius_m…).

error-invalid_parameter = El valor de «{ $field }» no es válido.
error-missing_parameter = Falta el dato «{ $field }».
error-not_found = No hay nada con ese «{ $field }».
error-no_route = Esta dirección no existe en la API.
error-internal = Algo falló de nuestro lado. Intente de nuevo en un momento.
error-invalid_field = El campo «{ $field }» falta o no es válido.
error-unauthorized = Hace falta iniciar sesión, o el correo o la contraseña no son correctos.
error-forbidden = Esta cuenta no puede hacer esto.
error-account_pending = La cuenta espera la aprobación de un administrador.
error-registration_declined = Un administrador rechazó el registro de su organización. Motivo: { $reason }
error-cross_origin = Un cambio solo se acepta desde este mismo sitio.
error-rate_limited = Demasiados intentos. Vuelva a intentar más tarde.
error-conflict = «{ $field }» ya está en uso.
error-slot_taken = Esa hora acaba de reservarse. Elija otra.
error-payload_too_large = La solicitud es demasiado grande: “{ $field }” supera el límite.
error-import_running = Hay otra importación en curso. Inténtelo de nuevo cuando termine.
error-precondition_required = Falta «{ $field }»: envíe la ETag del registro tal como lo leyó.
error-precondition_failed = Otra persona cambió el registro después de que usted lo leyó. Léalo de nuevo.
error-method_not_allowed = Esta dirección no acepta este método.
error-unavailable = El servidor está demasiado ocupado. Inténtelo de nuevo en unos segundos.

## Página sin JavaScript

# El <noscript> de index.html, en el idioma del navegador. Que sirva a quien esté en peligro.
noscript = Ruta necesita JavaScript para funcionar en este navegador. Si está en peligro, llame al número de emergencias de su país.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Salir rápido
preboot-emergency = Si está en peligro, llame al número de emergencias de su país.
preboot-loading = Cargando…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Cita
calendar-video = A la hora indicada, abra este enlace para la videollamada:
calendar-phone = A la hora indicada, la persona que le atiende le llamará al número que dejó. Si no dejó ninguno, llame usted a la línea que aparece en Ruta.
calendar-chat = A la hora indicada, abra Ruta y entre al chat de su cita.
calendar-room-pending = El enlace de la sesión aparece en Ruta, en «Mi reserva», cuando la persona que le atiende la confirme: ábrala allí con su referencia y su secreto.

## Referral

# Referencia (consola de operadores, issue 7): el mensaje que la operadora lee o envía por SMS a quien llama. { $name }: nombre del servicio; { $phones }: números; { $hours }: horario corto; { $address }: dirección.
referral-service = Servicio: { $name }
referral-phones = Teléfono: { $phones }
referral-confidential = Por su seguridad, la dirección es confidencial. Llame primero a la línea de admisión: { $phones }
referral-hours = Horario: { $hours }
referral-hours-always = abierto las 24 horas, todos los días
referral-address = Dirección: { $address }
referral-demo = Dato de demostración: este servicio es ficticio.
referral-day-mon = lun
referral-day-tue = mar
referral-day-wed = mié
referral-day-thu = jue
referral-day-fri = vie
referral-day-sat = sáb
referral-day-sun = dom

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Nueva derivación en Ruta
notify-referral_new-body = Llegó una nueva derivación para su organización. Abra Ruta para verla.
notify-booking_new-subject = Nueva solicitud de cita en Ruta
notify-booking_new-body = Hay una nueva solicitud de cita. Abra Ruta para verla.
notify-booking_changed-subject = Una cita cambió en Ruta
notify-booking_changed-body = Una cita cambió de hora. Abra Ruta para verla.
notify-booking_cancelled-subject = Una cita fue cancelada en Ruta
notify-booking_cancelled-body = Una cita fue cancelada. Abra Ruta para verla.
notify-booking_confirmed-subject = Cita confirmada
notify-booking_confirmed-body = Su cita del { $date } a las { $time } está confirmada. Referencia { $reference }.
notify-booking_reminder-subject = Recordatorio
notify-booking_reminder-body = Recordatorio: su cita es mañana a las { $time }. Referencia { $reference }.
notify-listing_check-subject = ¿Sus fichas siguen siendo correctas?
notify-listing_check-body =
    ¿Sus fichas siguen siendo correctas? Estas fichas de su organización no se confirman desde hace 150 días. Abra el enlace de una ficha para confirmar que sigue siendo correcta (los enlaces valen 30 días); para corregirla, entre en Ruta.

    { $listings }
listing-confirm-title = Confirmar una ficha
listing-confirm-ask = ¿“{ $name }” sigue siendo correcta: horarios, teléfonos, lugar y lo que ofrece? Si es así, confírmela aquí. Para corregirla, entre en Ruta.
listing-confirm-button = Sí, sigue siendo correcta
listing-confirm-done = Gracias: “{ $name }” está confirmada.
listing-confirm-invalid = Este enlace no funciona. Entre en Ruta para confirmar sus fichas.
listing-confirm-expired = Este enlace ha caducado. Entre en Ruta para confirmar sus fichas.
listing-confirm-later = No se pudo confirmar la ficha en este momento. Inténtelo de nuevo en unos minutos.
