# Text the server writes itself: API error messages when the client asks for a language (Accept-Language or
# lang=). The app does not show them: it translates the "code" field with its own messages.
# { $field } is the parameter's technical name, as sent (lat, radius_m…).

error-invalid_parameter = The value of “{ $field }” is not valid.
error-missing_parameter = “{ $field }” is needed.
error-not_found = Nothing has that “{ $field }”.
error-no_route = There is no such address in the API.
error-internal = Something went wrong on our side. Please try again in a moment.
error-invalid_field = The field “{ $field }” is missing or not valid.
error-unauthorized = Sign-in is needed, or the email or password is wrong.
error-forbidden = This account cannot do this.
error-account_pending = The account is waiting for an administrator's approval.
error-registration_declined = An administrator declined your organisation's registration. Reason: { $reason }
error-cross_origin = A change is only accepted from this same site.
error-rate_limited = Too many attempts. Try again later.
error-conflict = “{ $field }” is already in use.
error-slot_taken = That time has just been booked. Choose another.
error-payload_too_large = The request is too large: “{ $field }” goes over the limit.
error-import_running = Another import is running. Try again when it is done.
error-precondition_required = “{ $field }” is needed: send the ETag of the record as you read it.
error-precondition_failed = Someone else changed the record since you read it. Read it again.
error-method_not_allowed = This address does not take this method.
error-unavailable = The server is too busy. Try again in a few seconds.

## Page without JavaScript

# index.html's <noscript>, in the browser's language. It must help someone in danger.
noscript = Ruta needs JavaScript to work in this browser. If you are in danger, call your country's emergency number.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Quick exit
preboot-emergency = If you are in danger, call your country's emergency number.
preboot-loading = Loading…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Appointment
calendar-video = At the time shown, open this link for the video call:
calendar-phone = At the time shown, the person will call you on the number you left. If you left none, call the line shown in Ruta.
calendar-chat = At the time shown, open Ruta and go to your appointment's chat.
calendar-room-pending = The link for the session appears in Ruta under “My booking” once the counsellor confirms it: open it there with your reference and secret.

## Referral

# Referral (operator console, issue 7): the message the operator reads aloud or texts to the caller. { $name }: service name; { $phones }: numbers; { $hours }: short hours; { $address }: address.
referral-service = Service: { $name }
referral-phones = Phone: { $phones }
referral-confidential = For your safety the address is confidential. Call the intake line first: { $phones }
referral-hours = Hours: { $hours }
referral-hours-always = open 24 hours, every day
referral-address = Address: { $address }
referral-demo = Demo data: this service is fictional.
referral-day-mon = Mon
referral-day-tue = Tue
referral-day-wed = Wed
referral-day-thu = Thu
referral-day-fri = Fri
referral-day-sat = Sat
referral-day-sun = Sun

## Notifications

# The notification outbox (issue 18): e-mails to staff, texts to the person who booked. Staff messages carry no
# personal data (no name, no contact): they say what happened and "open Ruta". The person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL: no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta in them — a test checks every language against a list of words.
# { $date }: the day; { $time }: the local time (16:00); { $reference }: the booking reference; { $link }: a link.
notify-referral_new-subject = New referral in Ruta
notify-referral_new-body = A new referral arrived for your organisation. Open Ruta to see it.
notify-booking_new-subject = New booking request in Ruta
notify-booking_new-body = There is a new booking request. Open Ruta to see it.
notify-booking_changed-subject = A booking changed in Ruta
notify-booking_changed-body = A booking was moved. Open Ruta to see it.
notify-booking_cancelled-subject = A booking was cancelled in Ruta
notify-booking_cancelled-body = A booking was cancelled. Open Ruta to see it.
notify-booking_confirmed-subject = Appointment confirmed
notify-booking_confirmed-body = Your appointment on { $date } at { $time } is confirmed. Reference { $reference }.
notify-booking_reminder-subject = Reminder
notify-booking_reminder-body = Reminder: your appointment tomorrow at { $time }. Reference { $reference }.
notify-listing_check-subject = Are your listings still right?
notify-listing_check-body =
    Are your listings still right? These listings of your organisation have not been confirmed for 150 days. Open a listing's link to confirm it is still right (the links work for 30 days); to correct one, sign in to Ruta.

    { $listings }
listing-confirm-title = Confirm a listing
listing-confirm-ask = Is “{ $name }” still right: its hours, phones, place and what it offers? If so, confirm it here. To correct it, sign in to Ruta.
listing-confirm-button = Yes, it is still right
listing-confirm-done = Thank you: “{ $name }” is confirmed.
listing-confirm-invalid = This link does not work. Sign in to Ruta to confirm your listings.
listing-confirm-expired = This link has expired. Sign in to Ruta to confirm your listings.
listing-confirm-later = The listing could not be confirmed just now. Please try again in a few minutes.
