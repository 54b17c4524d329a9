# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que revise cada mensaje.
# OIKOTEVẼ OHESA'ỸIJO AVAÑE'Ẽ IÑE'ẼYPYGUÁVA — ko ñembohasa ojejapo máquina pytyvõme.
# Variety: Paraguayan Guaraní (Avañe'ẽ), orthography of the Academia de la Lengua Guaraní.
# Servidor ohai ha'eñoite: API jejavy marandu, cliente ojerure ramo peteĩ ñe'ẽ (Accept-Language térã lang=).
# App ndohechaukái ko'ãva: ombohasa pe «code» imarandu voi reheve.
# { $field } ha'e parámetro réra, oñemondo haguéicha (lat, radius_m…).

error-invalid_parameter = Pe oĩva «{ $field }»-pe ndaha'éi hekopete.
error-missing_parameter = Tekotevẽ «{ $field }».
error-not_found = Ndaipóri mba'eve upe «{ $field }» reheve.
error-no_route = Ko kundaha ndaipóri API-pe.
error-internal = Peteĩ mba'e ndoikoporãi ore gotyo. Eñeha'ã jey sapy'a rire.
error-invalid_field = «{ $field }» ndaipóri térã ndaha'éi hekopete.
error-unauthorized = Tekotevẽ reike cuenta-pe, térã pe correo térã contraseña ndaha'éi hekopete.
error-forbidden = Ko cuenta ndaikatúi ojapo kóva.
error-account_pending = Pe cuenta oha'arõ peteĩ administrador ñemoneĩ.
error-registration_declined = Peteĩ ñembohekuáva omboyke nde organización jehaipy. Mba'ére: { $reason }
error-cross_origin = Peteĩ ñemoambue oñemoneĩ ko ñanduti renda voi guive añoite.
error-rate_limited = Hetaiterei ñeha'ã. Eñeha'ã jey upe rire.
error-conflict = «{ $field }» ojeipurúma.
error-slot_taken = Ko aravo ojejapyhyma. Eiporavo ambue.
error-payload_too_large = Pe mba'ejerure tuichaiterei: “{ $field }” ohasa pe ijapýgui.
error-import_running = Oĩma ambue ñemoinge oikóva. Eha'ã jey opa rire.
error-precondition_required = Tekotevẽ «{ $field }»: emondo pe marandu ETag rehecha hague guáicha.
error-precondition_failed = Ambue tapicha omoambue pe marandu rehecha rire. Emoñe'ẽ jey.
error-method_not_allowed = Ko kundaharape ndohupytýi ko tembiaporape.
error-unavailable = Servidor hembiapoiterei. Eha'ã jey mbovymi aravo'ípe.

## Kuatiarogue JavaScript'ỹre

noscript = Ruta oikotevẽ JavaScript omba'apo hag̃ua ko navegador-pe. Reime ramo peligro-pe, ehenói nde retã emergencia papapýpe.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Esẽ pya'e
preboot-emergency = Reime ramo peligro-pe, ehenói nde retã emergencia papapýpe.
preboot-loading = Henyhẽhína…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Ñembojuaju
calendar-video = Aravo oje'évape, eipe'a ko joaju videollamada-rã:
calendar-phone = Aravo oje'évape, nde pytyvõhára nerenóíta pumbyry rehejavaekuépe. Ndereheja'ýiramo mavave, ehenói línea ojehechaukáva Ruta-pe.
calendar-chat = Aravo oje'évape, eipe'a Ruta ha eike nde ñembojuaju chat-pe.
calendar-room-pending = Pe joaju osẽta Ruta-pe, «Che reserva»-pe, pe nde pytyvõva omoneĩ vove: eipe'a upépe nde referencia ha nde código ñemi reheve.

## Referral

# Ñemondo pytyvõme (operador-kuéra consola, issue 7): operadora omoñe'ẽ térã omondo SMS rupive ohenóivape.
referral-service = Pytyvõ: { $name }
referral-phones = Pumbyry: { $phones }
referral-confidential = Nde rekorosã hag̃ua, kundaha ñemi. Ehenói raẽ pumbyry ojeike hag̃uápe: { $phones }
referral-hours = Aravorã: { $hours }
referral-hours-always = ijurujáva 24 aravo, opa ára
referral-address = Kundaha: { $address }
referral-demo = Jehechaukarã: ko pytyvõ ndaha'éi añetegua.
referral-day-mon = Arateĩ
referral-day-tue = Arakõi
referral-day-wed = Araapy
referral-day-thu = Ararundy
referral-day-fri = Arapo
referral-day-sat = Arapoteĩ
referral-day-sun = Arapokõi

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Derivación pyahu Ruta-pe
notify-referral_new-body = Og̃uahẽ peteĩ derivación pyahu nde organización-pe. Eipe'a Ruta ehecha hag̃ua.
notify-booking_new-subject = Ñembojuaju jerure pyahu Ruta-pe
notify-booking_new-body = Oĩ peteĩ ñembojuaju jerure pyahu. Eipe'a Ruta ehecha hag̃ua.
notify-booking_changed-subject = Peteĩ ñembojuaju oñemoambue Ruta-pe
notify-booking_changed-body = Peteĩ ñembojuaju aravo oñemoambue. Eipe'a Ruta ehecha hag̃ua.
notify-booking_cancelled-subject = Peteĩ ñembojuaju ojecancela Ruta-pe
notify-booking_cancelled-body = Peteĩ ñembojuaju ojecancela. Eipe'a Ruta ehecha hag̃ua.
notify-booking_confirmed-subject = Ñembojuaju oñemoneĩma
notify-booking_confirmed-body = Nde ñembojuaju { $date }-pe, aravo { $time }-pe, oñemoneĩma. Referencia { $reference }.
notify-booking_reminder-subject = Ñemomandu'a
notify-booking_reminder-body = Ñemomandu'a: nde ñembojuaju ko'ẽrõ aravo { $time }-pe. Referencia { $reference }.
notify-listing_check-subject = Nde marandu-kuéra oĩporãpa gueteri?
notify-listing_check-body =
    Nde marandu-kuéra oĩporãpa gueteri? Ko nde organización marandu ndojehesa'ỹijói 150 ára guive. Eipe'a peteĩ marandu link emoneĩ hag̃ua oĩporãha gueteri (umi link oiko 30 ára); emyatyrõ hag̃ua, eike Ruta-pe.

    { $listings }
listing-confirm-title = Emoneĩ peteĩ marandu
listing-confirm-ask = “{ $name }” oĩporãpa gueteri: aravo, pumbyry, tenda ha mba'e ome'ẽva? Upéicharõ, emoneĩ ko'ápe. Emyatyrõ hag̃ua, eike Ruta-pe.
listing-confirm-button = Héẽ, oĩporã gueteri
listing-confirm-done = Aguyje: “{ $name }” oñemoneĩma.
listing-confirm-invalid = Ko link ndoikói. Eike Ruta-pe emoneĩ hag̃ua nde marandu-kuéra.
listing-confirm-expired = Ko link opáma. Eike Ruta-pe emoneĩ hag̃ua nde marandu-kuéra.
listing-confirm-later = Ndaikatúi oñemoneĩ marandu ko'ág̃a. Eha'ã jey mbovy aravo'i rire.
