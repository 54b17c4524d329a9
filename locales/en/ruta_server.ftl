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
