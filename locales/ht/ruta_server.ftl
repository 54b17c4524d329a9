# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted Haitian Creole translation; please have a native speaker who works with survivors review every message.
# BEZWEN REVIZYON MOUN KI PALE KREYÒL KÒM LANG MANMAN YO — tradiksyon kreyòl ayisyen sa a fèt avèk èd machin; tanpri, mande yon moun ki pale kreyòl kòm lang manman l e ki travay ak moun ki chape anba eksplwatasyon pou li revize chak mesaj.
# Tèks sèvè a ekri li menm: mesaj erè API a lè kliyan an mande yon lang (Accept-Language oswa lang=).
# Aplikasyon an pa montre yo: li tradui chan "code" a ak pwòp mesaj pa l.
# { $field } se non teknik paramèt la, jan yo te voye l la (lat, radius_m…).

error-invalid_parameter = Valè «{ $field }» a pa valab.
error-missing_parameter = Enfòmasyon «{ $field }» a manke.
error-not_found = Nou pa jwenn anyen ak valè «{ $field }» sa a.
error-no_route = Adrès sa a pa egziste nan API a.
error-internal = Gen yon bagay ki pa mache bò kote pa nou. Eseye ankò nan yon ti moman.
error-invalid_field = Chan «{ $field }» a manke oswa li pa valab.
error-unauthorized = Fòk ou antre nan kont ou, oswa imèl la oswa modpas la pa kòrèk.
error-forbidden = Kont sa a pa ka fè sa.
error-account_pending = Kont la ap tann yon administratè apwouve l.
error-registration_declined = Yon administratè refize enskripsyon òganizasyon ou. Rezon: { $reason }
error-cross_origin = Yon chanjman aksepte sèlman si li soti nan menm sit sa a.
error-rate_limited = Twòp esè. Eseye ankò pita.
error-conflict = «{ $field }» deja itilize.
error-slot_taken = Lè sa a fèk pran. Chwazi yon lòt.
error-payload_too_large = Demann nan twò gwo: “{ $field }” depase limit la.
error-import_running = Gen yon lòt enpòtasyon k ap fèt. Eseye ankò lè li fini.
error-precondition_required = Enfòmasyon «{ $field }» a manke: voye ETag dosye a jan ou te li l la.
error-precondition_failed = Yon lòt moun chanje dosye a depi ou te li l. Li l ankò.
error-method_not_allowed = Adrès sa a pa aksepte metòd sa a.
error-unavailable = Sèvè a twò okipe. Eseye ankò nan kèk segonn.

## Paj san JavaScript

noscript = Ruta bezwen JavaScript pou l mache nan navigatè sa a. Si ou an danje, rele nimewo ijans peyi w la.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Sòti vit
preboot-emergency = Si ou an danje, rele nimewo ijans peyi w la.
preboot-loading = Ap chaje…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Randevou
calendar-video = Lè a rive, louvri lyen sa a pou apèl videyo a:
calendar-phone = Lè a rive, moun nan ap rele w nan nimewo ou te kite a. Si ou pa t kite okenn, rele liy ki nan Ruta a.
calendar-chat = Lè a rive, louvri Ruta epi antre nan chat randevou w la.
calendar-room-pending = Lyen seyans lan ap parèt nan Ruta, nan «Randevou mwen», lè moun k ap ede w la konfime l: louvri l la ak referans ou ak kòd sekrè ou.

## Referral

# Referans (konsòl operatè yo, issue 7): mesaj operatè a li oswa voye pa SMS bay moun k ap rele a.
referral-service = Sèvis: { $name }
referral-phones = Telefòn: { $phones }
referral-confidential = Pou sekirite ou, adrès la se yon sekrè. Rele liy admisyon an anvan: { $phones }
referral-hours = Orè: { $hours }
referral-hours-always = louvri 24 è sou 24, chak jou
referral-address = Adrès: { $address }
referral-demo = Done demonstrasyon: sèvis sa a pa egziste vre.
referral-day-mon = len
referral-day-tue = mad
referral-day-wed = mèk
referral-day-thu = jed
referral-day-fri = van
referral-day-sat = sam
referral-day-sun = dim

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Nouvo referans nan Ruta
notify-referral_new-body = Yon nouvo referans rive pou òganizasyon w lan. Louvri Ruta pou w wè l.
notify-booking_new-subject = Nouvo demann randevou nan Ruta
notify-booking_new-body = Gen yon nouvo demann randevou. Louvri Ruta pou w wè l.
notify-booking_changed-subject = Yon randevou chanje nan Ruta
notify-booking_changed-body = Yo chanje lè yon randevou. Louvri Ruta pou w wè l.
notify-booking_cancelled-subject = Yo anile yon randevou nan Ruta
notify-booking_cancelled-body = Yo anile yon randevou. Louvri Ruta pou w wè l.
notify-booking_confirmed-subject = Randevou konfime
notify-booking_confirmed-body = Randevou w la { $date } a { $time } konfime. Referans { $reference }.
notify-booking_reminder-subject = Raple
notify-booking_reminder-body = Raple: randevou w la se demen a { $time }. Referans { $reference }.
notify-listing_check-subject = Èske fich ou yo toujou kòrèk?
notify-listing_check-body =
    Èske fich ou yo toujou kòrèk? Fich òganizasyon w lan sa yo pa konfime depi 150 jou. Louvri lyen yon fich pou konfime li toujou kòrèk (lyen yo bon pou 30 jou); pou korije li, konekte nan Ruta.

    { $listings }
listing-confirm-title = Konfime yon fich
listing-confirm-ask = Èske “{ $name }” toujou kòrèk: lè, telefòn, kote ak sa li ofri? Si se wi, konfime li la a. Pou korije li, konekte nan Ruta.
listing-confirm-button = Wi, li toujou kòrèk
listing-confirm-done = Mèsi: “{ $name }” konfime.
listing-confirm-invalid = Lyen sa a pa mache. Konekte nan Ruta pou konfime fich ou yo.
listing-confirm-expired = Lyen sa a ekspire. Konekte nan Ruta pou konfime fich ou yo.
listing-confirm-later = Nou pa t ka konfime fich la kounye a. Eseye ankò nan kèk minit.
