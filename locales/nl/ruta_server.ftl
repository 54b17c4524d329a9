# Nederlandse teksten die de server zelf schrijft: de foutberichten van de API als de client om een taal vraagt
# (Accept-Language of lang=). De app toont ze niet: die vertaalt het veld "code" met eigen berichten.
# { $field } is de technische naam van de parameter, zoals die is verstuurd (lat, radius_m…).

error-invalid_parameter = De waarde van “{ $field }” is niet geldig.
error-missing_parameter = Het gegeven “{ $field }” ontbreekt.
error-not_found = Niets gevonden met deze waarde van “{ $field }”.
error-no_route = Dit adres bestaat niet in de API.
error-internal = Er ging bij ons iets mis. Probeer het over een moment opnieuw.
error-invalid_field = Het veld “{ $field }” ontbreekt of is niet geldig.
error-unauthorized = Inloggen is nodig, of het e-mailadres of het wachtwoord klopt niet.
error-forbidden = Met dit account kan dit niet.
error-account_pending = Het account wacht op goedkeuring van een beheerder.
error-registration_declined = Een beheerder heeft de aanmelding van uw organisatie afgewezen. Reden: { $reason }
error-cross_origin = Een wijziging wordt alleen vanaf deze zelfde site geaccepteerd.
error-rate_limited = Te veel pogingen. Probeer het later opnieuw.
error-conflict = “{ $field }” is al in gebruik.
error-slot_taken = Dat tijdstip is net geboekt. Kies een ander.
error-payload_too_large = Het verzoek is te groot: “{ $field }” gaat over de grens.
error-import_running = Er loopt al een import. Probeer het opnieuw als die klaar is.
error-precondition_required = “{ $field }” is nodig: stuur de ETag van het record zoals u het las.
error-precondition_failed = Iemand anders heeft het record gewijzigd nadat u het las. Lees het opnieuw.
error-method_not_allowed = Dit adres accepteert deze methode niet.
error-unavailable = De server is te druk. Probeer het over een paar seconden opnieuw.

## Pagina zonder JavaScript

noscript = Ruta heeft JavaScript nodig om in deze browser te werken. Bent u in gevaar? Bel dan het alarmnummer van uw land.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Snel weg
preboot-emergency = Bent u in gevaar? Bel dan het alarmnummer van uw land.
preboot-loading = Laden…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Afspraak
calendar-video = Open op het aangegeven tijdstip deze link voor het videogesprek:
calendar-phone = Op het aangegeven tijdstip belt de persoon u op het nummer dat u hebt achtergelaten. Hebt u er geen achtergelaten, bel dan de lijn die in Ruta staat.
calendar-chat = Open op het aangegeven tijdstip Ruta en ga naar de chat van uw afspraak.
calendar-room-pending = De link voor het gesprek verschijnt in Ruta onder ‘Mijn afspraak’ zodra de hulpverlener het bevestigt: open het daar met uw referentie en geheime code.

## Referral

# Doorverwijzing (console voor operatoren, issue 7): het bericht dat de operator voorleest of per sms stuurt aan wie belt.
referral-service = Dienst: { $name }
referral-phones = Telefoon: { $phones }
referral-confidential = Voor uw veiligheid is het adres geheim. Bel eerst de intakelijn: { $phones }
referral-hours = Openingstijden: { $hours }
referral-hours-always = 24 uur per dag open, elke dag
referral-address = Adres: { $address }
referral-demo = Demogegevens: deze dienst is verzonnen.
referral-day-mon = ma
referral-day-tue = di
referral-day-wed = wo
referral-day-thu = do
referral-day-fri = vr
referral-day-sat = za
referral-day-sun = zo

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Nieuwe doorverwijzing in Ruta
notify-referral_new-body = Er is een nieuwe doorverwijzing voor uw organisatie binnengekomen. Open Ruta om die te bekijken.
notify-booking_new-subject = Nieuwe afspraakaanvraag in Ruta
notify-booking_new-body = Er is een nieuwe aanvraag voor een afspraak. Open Ruta om die te bekijken.
notify-booking_changed-subject = Een afspraak is gewijzigd in Ruta
notify-booking_changed-body = Een afspraak is verzet. Open Ruta om die te bekijken.
notify-booking_cancelled-subject = Een afspraak is geannuleerd in Ruta
notify-booking_cancelled-body = Een afspraak is geannuleerd. Open Ruta om die te bekijken.
notify-booking_confirmed-subject = Afspraak bevestigd
notify-booking_confirmed-body = Uw afspraak op { $date } om { $time } is bevestigd. Referentie { $reference }.
notify-booking_reminder-subject = Herinnering
notify-booking_reminder-body = Herinnering: uw afspraak is morgen om { $time }. Referentie { $reference }.
notify-listing_check-subject = Kloppen uw vermeldingen nog?
notify-listing_check-body =
    Kloppen uw vermeldingen nog? Deze vermeldingen van uw organisatie zijn al 150 dagen niet bevestigd. Open de link van een vermelding om te bevestigen dat die nog klopt (de links werken 30 dagen); om er een te corrigeren, meldt u zich aan bij Ruta.

    { $listings }
listing-confirm-title = Een vermelding bevestigen
listing-confirm-ask = Klopt “{ $name }” nog: openingstijden, telefoonnummers, plaats en wat er geboden wordt? Zo ja, bevestig het hier. Om het te corrigeren, meldt u zich aan bij Ruta.
listing-confirm-button = Ja, het klopt nog
listing-confirm-done = Dank u: “{ $name }” is bevestigd.
listing-confirm-invalid = Deze link werkt niet. Meld u aan bij Ruta om uw vermeldingen te bevestigen.
listing-confirm-expired = Deze link is verlopen. Meld u aan bij Ruta om uw vermeldingen te bevestigen.
listing-confirm-later = De vermelding kon nu niet worden bevestigd. Probeer het over een paar minuten opnieuw.
