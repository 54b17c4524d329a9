# Texts of the survivor app (English). Spanish (es) is the default and the reference for ids and variables.
# Tone: plain, respectful, survivor-centred; never blaming.

## Frame of every screen

app-name = Ruta
quick-exit = Quick exit
quick-exit-hint = To leave at once, tap “Quick exit” or press the Esc key three times. Another page will open.
demo-notice = Demo version: every service, address and phone number listed here is made up. They are not real services.
nav-label = Navigation

## Home

home-heading = Find help near…
home-intro = Type the name of a town or city. You do not need to share where you are.
town-label = Town or city
town-searching = Looking for places…
town-no-match = We could not find a place with that name. Try another spelling or a nearby town.
town-suggestions-label = Matching places
place-name = { $name }, { $admin1 }, { $country }
location-or = or
use-location = Use my location
use-location-hint = Your location is only asked for if you tap this button. It is rounded to about 1 km before searching and is not kept.
location-finding = Finding your location…
location-denied = Your location could not be used because permission is turned off. You can type a town or city instead.
location-unavailable = We could not find your location right now. You can type a town or city instead.
settings-heading = Language and privacy
language-label = Language
remember-language = Remember my language on this phone
remember-language-hint = If you tick this box, only the language is saved on this phone. If you do not, this app saves nothing.
discreet-mode = Show a neutral name and icon ("Clima")
discreet-mode-hint = The browser tab, and the icon if you add this page to your home screen, will say "Clima" with a plain weather picture, so a glance at the phone shows nothing more. This choice is saved on this phone; "Clear this device" removes it.
clear-device = Clear this device
clear-device-hint = Removes everything this app has saved on this phone and starts again.
clear-device-done = Done: what this app had saved has been removed. Your browser’s history may still show this page; you can clear it in the browser’s settings.

## Emergency numbers

emergency-heading = Emergency numbers in { $country }
lifelines-open = All numbers and your rights
lifelines-open-anywhere = Emergency numbers and your rights, by country
lifelines-heading = Where to call in { $country }
lifelines-heading-none = Where to call
lifelines-country-label = Country
lifelines-country-choose = Choose a country
lifelines-offline-note = This phone keeps these numbers for every country alike: they work without internet and do not show which country you looked at.
lifelines-emergency-heading = Emergency numbers
lifelines-lines-heading = Help lines
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = Text message: { $number }
lifeline-web-chat = Chat on the web
lifeline-free = free
lifeline-24h = 24 hours
lifeline-hours = Hours: { $hours }
lifeline-languages = Languages: { $languages }
lifeline-run-by = Run by: { $organisation }
lifeline-source = Source: { $title }. Checked on { $date }.
lifeline-checked = Checked on { $date }.
lifeline-unverified = Not confirmed: the only source we found is old or unofficial. If you can, check this number another way too.
lifelines-corrected = Corrected by the people who run this service on { $date }.
lifelines-no-trafficking-line = We found no national line against trafficking with a public source in this country. In danger, call { $number }.
lifelines-no-emergency = We do not have a checked emergency number for this place yet. Ask someone you trust for the local number.
purpose-general = Emergencies
purpose-police = Police
purpose-ambulance = Ambulance
purpose-fire = Fire brigade
purpose-women = Violence against women
purpose-children = Children and teenagers
purpose-human_rights = Human rights
purpose-migrants = Migrants
purpose-coast_guard = Sea rescue
purpose-civil_protection = Disasters
focus-trafficking = Line against trafficking
focus-women = Line for women
focus-children = Line for children and teenagers
focus-human_rights = Human rights line
focus-migrants = Line for migrants
focus-labour = Line for workers
focus-lgbtq = Line for LGBTQ+ people
focus-mental_health = Emotional support line
rights-heading = Your rights
rights-intro = Every country in this region signed an agreement against trafficking: the Palermo Protocol. It says what survivors can ask for. Each country applies it in its own way.
rights-help = You can ask for help without going to the police.
rights-free = Help for survivors should not cost you money.
rights-private = What you tell should be kept private.
rights-interpreter = You can ask for an interpreter who speaks your language.
rights-time = You can take time to rest and think before you decide what to do.
rights-not-punished = You should not be punished for things you were forced to do.
rights-consulate = If you are from another country, you can ask your consulate for help.
rights-go-or-stay = You can ask about going home safely, or about staying in this country.
route-heading = What happens next in { $country }
route-intro = These are the usual steps. Where you are, they can be different.
route-law = The law: { $law }
route-bodies = Who: { $bodies }
route-contact = How to reach them: { $contact }
route-none = We have not found a public description of the steps in this country yet. The help lines above can tell you.

## Links to call or write

action-call = Call: { $number }
action-sms = Text: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp is run by another company. If you use it, the chat may stay visible on this phone.
phone-trace-note = Calls and messages stay in the phone’s history. If you are worried someone may check it, you can delete them afterwards.

## Results

results-back = Back to search
results-heading-place = Help near { $place }
results-heading-location = Help near your location
results-loading = Looking for help…
results-count =
    { $count ->
        [one] One place within { $radius }
       *[other] { $count } places within { $radius }
    }
results-list-label = Places with premises, nearest first
show-filters = Filter the results
result-distance = { $distance } { $direction }
result-distance-approximate = About { $distance } { $direction } (approximate area)
result-languages = Languages: { $languages }
result-checked = Checked by the organisation: { $date }
result-not-checked = Not checked by the organisation yet
result-confidential = The address is kept confidential to protect the people staying there. Only the area is shown.
locator-heading = Where they are
locator-label = Direction chart: you are at the centre; each number is a place in the list, placed by its distance and direction.
no-results = We found no services with premises within { $radius } that match your search.
no-results-try = You can search further away, remove some filters, or use the remote help and helplines further down.
wider-radius = Search further away (up to { $radius })
beyond-heading = The nearest that match, farther than { $radius }
remote-heading = Help you can get from here remotely
remote-intro = By phone, video call or chat.
remote-none = No remote services match your search.
remote-details = More information

## Filters

filters-heading = Filter the results
filter-kind = Type of help
filter-language = Language spoken
filter-language-any = Any language
filter-population = Who it is for
filter-free = Free only
filter-open-now = Open now only
filter-delivery = How help is given
filter-delivery-any = Any way
filter-delivery-in-person = In person
filter-delivery-remote = Remotely (phone, video or chat)
filters-clear = Clear filters
filters-see-results = See the results

## One service

service-back = Back to the results
service-loading = Loading…
service-organization = Run by: { $organization }
service-website = The organisation’s website
service-apply = How to get help
service-contact-heading = Get in touch
service-sessions-book = See its counsellors and their free times
service-sessions-intro = Its counsellors give psychosocial sessions by video, phone or chat. You do not need an account or an email.
service-sessions-heading = Remote sessions with this organisation
service-no-phone = This service has no phone number in the directory.
service-about = What they offer
shown-in = Shown in { $language }
service-populations = Who it is for
service-populations-all = Open to everyone
service-languages = Languages
service-cost = Cost
service-delivery = How help is given
service-area = Can be used from: { $places }
service-hours = Opening hours
hours-timezone = Local time in { $zone }
hours-always = Open 24 hours, every day
hours-none = No opening hours given. Call to ask.
hours-closed = Closed
day-range = { $first } to { $last }
service-capacity = Places available
capacity-updated = Updated on { $date }
service-verified = The organisation checked these details on { $date }
service-location = Where it is
service-other-locations = Also in these places
service-confidential = To protect the people staying there, the address is not shown. Call the intake line: they will tell you how to get there safely.
service-area-approximate = Area: { $area }
service-point-approximate = Distances are counted from the centre of the town, not from this address. Call before you go.
service-no-premises = This service is given remotely.

## Vocabulary

kind-shelter = Shelter
kind-psychosocial = Psychosocial support
kind-hotline = Helpline
kind-legal = Legal help
kind-health = Health care
kind-food_clothing = Food and clothing
kind-employment_training = Work and training
kind-education = Education
kind-documents_migration = Documents and migration
kind-repatriation = Safe return home
kind-financial_aid = Financial help
kind-other = Other help
population-women = Women
population-men = Men
population-lgbtq = LGBTQ+ people
population-children = Children
population-adolescents = Adolescents
population-families = Families
population-migrants = Migrants
population-indigenous_peoples = Indigenous peoples
population-people_with_disabilities = People with disabilities
population-sexual_exploitation = Survivors of sexual exploitation
population-labour_exploitation = Survivors of labour exploitation
population-other_exploitation = Survivors of other forms of exploitation
cost-free = Free
cost-low = Low cost
cost-paid = Paid
cost-unknown = Cost not known — ask
delivery-in_person = In person
delivery-phone = By phone
delivery-video = By video call
delivery-chat = By chat
open-now = Open now
closed-now = Closed now
hours-unknown = Hours not given
open-always = Open 24 hours
capacity-available = Places available
capacity-limited = Few places left
capacity-full = No places right now
capacity-unknown = Availability not given
status-temporarily_closed = Temporarily closed
# Compass points, abbreviated as in “3.2 km NE”.
compass-n = N
compass-ne = NE
compass-e = E
compass-se = SE
compass-s = S
compass-sw = SW
compass-w = W
compass-nw = NW
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Errors

# Messages for the API's error codes (the "code" field). The app shows these instead of the English text.
error-invalid_parameter = Part of the search could not be understood. Check { $field } and try again.
error-missing_parameter = Something is missing to search: { $field }.
error-not_found = We could not find what you are looking for. It may no longer be in the directory.
error-no_route = This page does not exist.
error-internal = Something went wrong on our side. Please try again in a moment.
error-invalid_field = Check { $field }: it is missing or not valid.
error-unauthorized = Please sign in to continue. If you did, your session ended: sign in again.
error-forbidden = Your account cannot do this.
error-account_pending = Your account is still waiting for an administrator's approval.
error-cross_origin = For safety, this change can only be made from Ruta's own page.
error-rate_limited = Too many attempts in a row. Wait a moment and try again.
error-conflict = { $field } is already in use.
error-slot_taken = Someone has just booked that time. Please choose another.
error-payload_too_large = The file is too large for one import: split it, or ask an administrator to import it.
error-import_running = Another import is running. Try again when it is done.
error-precondition_required = This change must say which version it replaces. Reload and try again.
error-precondition_failed = Someone else changed this in the meantime. Reload to see the changes.
error-method_not_allowed = This action is not available here.
error-unavailable = The service is very busy right now. Please try again in a few seconds.
# No connection, or no answer from the server.
error-network = We could not connect. Check your internet connection and try again.
retry = Try again
# What goes into { $field } in the error messages.
field-place = the place
field-location = the location
field-radius = the distance
field-service = the service
field-filters = the filters

## Distances

# { $value } already has the language's separators ("3.2" or "3,2").
distance-metres = { $value } m
distance-kilometres = { $value } km

## Report a problem with a service (anyone, no personal data)

report-no_answer = The number does not answer
report-wrong_number = The number is wrong
report-closed = It is closed
report-wrong_address = The address is wrong
report-wrong_hours = The hours are wrong
report-not_as_described = They do not offer what it says here
report-other = Another problem
report-heading = Is something here wrong?
report-intro = Tell us without giving any details about yourself: the organisation will check it.
report-thanks = Thank you. The organisation will check these details.
field-email = the email
field-password = the password
field-form = the form

## Staff screens of organisations (only in the /staff/ bundle)

staff-title = Ruta · Organisations
staff-sign-out = Sign out
staff-sign-in-heading = Sign in
staff-sign-in-intro = For staff of organisations, helplines and Ruta's administrators.
staff-email = Email
staff-password = Password
staff-sign-in = Sign in
staff-listings-heading = Your services
staff-listings-intro = Keep the details current: people rely on them to reach help.
staff-listings-count =
    { $count ->
        [one] One service
       *[other] { $count } services
    }
staff-no-listings = There are no services yet. Add the first one.
staff-new-listing = Add a service
staff-reports = Reported problems
staff-stale = Not checked for over 6 months: confirm the details so it shows first again.
staff-deactivated = Taken down
staff-confidential = Confidential address: the public only sees the area.
staff-last-checked = Checked on { $date }
staff-never-checked = Never checked
staff-capacity-question = Places available today?
staff-still-correct = The details are still correct
staff-edit = Edit
staff-history = History
staff-saved = Saved.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = This listing was changed by someone else. Reload to see the changes.
staff-changed-profile = This profile was changed by someone else. Reload to see the changes.
staff-changed-lifelines = These life lines were changed by someone else. Reload to see the changes.
staff-reload = Reload
staff-confirmed = Thank you: it is recorded that the details are current.
staff-back = Back to your services
staff-edit-heading = Edit the service
staff-new-heading = New service
staff-names = Name and description
staff-names-hint = You can write them in several languages: each person sees theirs when it exists.
staff-translation = Language { $number }
staff-language-code = Language code (es, qu, pt-BR…)
staff-name = Name
staff-description = Description
staff-descriptions = Descriptions
staff-populations-hint = If you tick none, the service is for everyone.
staff-languages-hint = Language codes separated by commas, for example: es, qu, en
staff-phone = Phone { $number }
staff-phone-number = Number with country code (+504…)
staff-phone-label = What it is for (optional)
staff-channel-voice = Calls
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Time zone (for example, America/Tegucigalpa)
staff-day = Day
staff-opens = Opens
staff-closes = Closes
staff-lat = Latitude
staff-lon = Longitude
staff-address = Street and number
staff-locality = City or town
staff-region = Department, state or province
staff-postal-code = Postal code
staff-details = In the directory’s own words
staff-details-hint = Shown to the public as written, in the language you write them in. Leave empty what you do not know.
staff-alternate-name = Another name it is known by
staff-eligibility = Who may come (requirements)
staff-fees = Fees, in words
staff-service-url = The service’s own web page
staff-source-terms = Terms it was imported with
staff-source-terms-hint = Categories from the directory it came from, kept as they came and given back when the directory is exported. Search uses the kinds and people above, not these.
staff-country = Country (two-letter code, for example HN)
staff-confidential-check = Confidential address (safe house): the public will only see the area
staff-other-locations = Other places
staff-other-locations-hint = Branches in other towns: each is found by a search, and shown on the listing. Empty a row's coordinates to remove it; the last row adds one.
staff-branch = Place { $number }
staff-area = Area covered remotely
staff-area-hint = Only for services by phone, video or chat: countries and regions it can be used from.
staff-area-countries = Countries (codes, separated by commas)
staff-area-regions = Regions (ISO 3166-2 codes, for example HN-FM)
staff-status = Status
staff-status-active = Running
staff-save = Save
staff-form = the form
staff-history-heading = History of changes
staff-no-history = No changes recorded yet.
staff-change-by = { $who }, on { $date }
staff-changed-fields = Changed: { $fields }
staff-action-create = Created
staff-action-update = Details edited
staff-action-capacity = Places available updated
staff-action-verify = Details confirmed
staff-action-deactivate = Taken down
staff-reports-heading = Reported problems
staff-reports-intro = People who used the directory flagged these problems. We do not know who they are: check the details and mark them as resolved.
staff-no-reports = No open problems.
staff-report-resolved = Resolved
staff-import = Import data (Open Referral)
staff-import-heading = Import an Open Referral (HSDS) file
staff-import-intro = Upload an HSDS 3.0 JSON file or a ZIP of its CSV tables (versions 1.1 and 2.0 too). Check it first: nothing is saved, and you see what will be imported, fixed or left out, grouped by reason with how often and in which rows.
staff-import-file = File (.json, .zip, or a spreadsheet: .xlsx, .ods, .csv)
staff-import-template = Download the spreadsheet template
staff-import-template-hint = Keep your directory in a spreadsheet? Use the template: one row per service and place, headers in English, Spanish, Portuguese or French. Only the service's name is required.
staff-import-terms-hint = Your directory uses its own categories? Add a table named ruta_terms.csv to the ZIP (columns taxonomy, code, term, kinds, populations, delivery) and check the file: the report says what each of your terms becomes in Ruta. An admin can also keep a table on the server for every import (Administration → Term table).
staff-import-country = Country of the services, where the file does not say
staff-import-timezone = Time zone of the opening hours, where the file does not say
staff-import-file-says = As the file says
staff-import-silent-hint = Choose these only for a file that never says where it is (for example one country's directory): they never replace what the file says.
staff-import-shelters-heading = Shelters with a street address
staff-import-shelters-intro = These shelters arrive with their street address. Ticked ones are kept confidential: their address is never shown to the public, only to hotline operators. Untick a shelter only if it is safe for anyone to know where it is.
staff-import-check = Check the file (saves nothing)
staff-import-run = Import
staff-import-choose = Choose a file first.
staff-import-uploading = Uploading the file: { $percent } %
staff-import-working = Reading the file…
staff-import-report = Report
staff-import-would =
    This would import { $organizations ->
        [one] one organisation
       *[other] { $organizations } organisations
    } and { $services ->
        [one] one service
       *[other] { $services } services
    }. Nothing is saved yet.
staff-import-done =
    Imported { $organizations ->
        [one] one organisation
       *[other] { $organizations } organisations
    } and { $services ->
        [one] one service
       *[other] { $services } services
    }.
staff-import-nothing-written = Nothing was saved: the file has a serious problem (see below).
staff-import-table = Table
staff-import-read = Read
staff-import-imported = Imported
staff-import-no-services = No services would be imported. The reasons are below.
staff-import-examples = (rows { $rows })
staff-import-issues =
    { $count ->
        [0] No remarks
        [one] One remark
       *[other] { $count } remarks
    }
staff-outcome-fixed = Fixed
staff-outcome-skipped = Left out
staff-outcome-warning = Note
staff-outcome-fatal = Serious

# Staff navigation by role
staff-nav-listings = Listings
staff-nav-console = Hotline console
staff-nav-coverage = Coverage
staff-nav-sessions = Sessions
staff-nav-availability = Availability
staff-nav-label = Sections

# Remote sessions with a counsellor (survivor app)
remote-session-heading = Talk with a counsellor from wherever you are
remote-session-intro = Sessions by video, phone or chat with a counsellor who speaks your language. No account and no email needed.
remote-session-book = Book a remote session
remote-session-have-booking = I already have a booking
booking-back = Back
booking-list-heading = Counsellors for remote sessions
booking-list-intro = Choose someone you feel comfortable with. You can keep the same person for the next sessions, so you do not have to tell your story again.
booking-again-new-codes = This new session has its own reference and secret: write them down too. The codes of your earlier booking still open that one.
booking-contact-remove = Remove them
booking-contact-kept = The counsellor will reach you the same way as last time ({ $channel }), and call you by the same name if you gave one.
booking-contact-email-invalid = That email address is not complete. Check it, for example name@example.org.
booking-contact-phone-invalid = That number cannot be reached as written. Write it with + and the country code (for example +51 987 654 321), or choose the country of the number.
booking-contact-country-none = Written with + and the country code
booking-contact-country = Country of the number
booking-contact-phone-hint = With + and the country code (for example +51 987 654 321), or choose the country of the number below.
booking-times-more = { $count ->
        [one] One more time
       *[other] { $count } more times
    }
booking-times-earlier-day = Previous day
booking-times-next-day = Next day
booking-all-counsellors = Show all counsellors
booking-one-organization = Showing only the counsellors of the organisation you were looking at.
booking-filter-any = Any
booking-filter-language = Language
booking-filter-gender = I would rather talk with
booking-filter-speciality = Experience with
booking-filter-modality = How to talk
booking-gender-woman = A woman
booking-gender-man = A man
booking-gender-non_binary = A non-binary person
booking-none = No counsellor matches these choices. Try removing one of them.
booking-count = { $count ->
    [one] One counsellor
   *[other] { $count } counsellors
}
booking-languages = Speaks: { $languages }
booking-specialities = Experience with: { $list }
booking-modalities = Sessions: { $list }
booking-session-length = Sessions last { $minutes } minutes.
booking-soonest = First free time: { $when }
booking-no-soonest = No free time in the coming weeks.
booking-choose-time = See free times
booking-times-heading = Choose a time with { $name }
booking-move-heading = Choose a new time with { $name }
booking-times-zone = Times are shown in your phone's time zone ({ $zone }).
booking-times-none = No free times in these two weeks. Look at later times, or choose another counsellor.
booking-time-chosen = Chosen time: { $when }
booking-form-heading = About the session
booking-modality = How do you want to talk?
booking-language = Language of the session
booking-alias = A name to call you (optional)
booking-alias-hint = It does not have to be your real name.
booking-contact-channel = A way to reach you (optional)
booking-contact-none = None: I will look at my booking with the reference
booking-channel-phone = Phone call
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = Email
booking-contact-value = Number or address
booking-contact-notes = How to contact you safely (optional)
booking-contact-notes-hint = For example: “no voicemail”, “only after 6 pm”, “do not say who is calling”.
booking-reminders = Send me a confirmation and a reminder the day before
booking-reminders-hint = Only the date, the time and your reference, in words that do not say what the appointment is for. Leave this off if someone else may read your messages.
booking-consent-heading = Before you book, please read
booking-consent-stored = We keep only the time, how you want to talk and the language. A name and a way to reach you are kept only if you write them, and they are encrypted.
booking-consent-who = Only your counsellor can read that name and contact. Nobody else can.
booking-consent-deleted = { $days ->
    [0] Everything about this session is deleted some days after it. Only an anonymous count remains: how many sessions, never who.
    [one] Everything about this session is deleted one day after it. Only an anonymous count remains: how many sessions, never who.
   *[other] Everything about this session is deleted { $days } days after it. Only an anonymous count remains: how many sessions, never who.
}
booking-consent-optional = Booking is your choice. You can see every service and call them without booking.
booking-consent-agree = I have read this and I want to book
booking-consent-needed = To book, tick the box that says you agree. You can also go back.
booking-submit = Book this time
booking-sending = Booking…
booking-slot-taken = Someone has just taken this time. Please choose another one.
booking-move-submit = Move my session to this time
booking-done-heading = Your session is booked
booking-done-intro = Write down these two codes, on paper or in your memory. You need both to see, move or cancel the session. This is the only time the secret is shown.
booking-reference = Reference
booking-secret = Secret
booking-next-heading = What happens next
booking-next-confirm = { $name } will confirm the session. You can check it under “I already have a booking”.
booking-next-video = At the time of the session, open the video link. It works in the phone's browser.
booking-next-phone = { $name } will call you on the number you left. If you left none, open your booking before the session to see how to join.
booking-next-chat = At the time of the session, open your booking here with your reference and secret to join the chat.
booking-room-link = Open the video call
booking-status-label = Status
booking-when-label = When
booking-with-label = With
booking-how-label = How
booking-status-requested = Waiting for the counsellor to confirm
booking-status-confirmed = Confirmed
booking-status-declined = The counsellor cannot make this time
booking-status-cancelled = Cancelled
booking-status-completed = Done
booking-status-no_show = Missed
booking-returning = The same counsellor as your earlier session.
booking-declined-hint = You can choose another time with the same counsellor.
booking-deleted-on = Everything about this session will be deleted on { $date }.
booking-calendar = Add to my calendar (.ics)
booking-calendar-hint = The calendar entry says only “Appointment”: no organisation and no reason.
booking-mine-heading = My booking
booking-mine-intro = Type the reference and the secret you wrote down.
booking-mine-open = Open my booking
booking-not-found = No booking matches this reference and secret. Check them and try again.
booking-cancel = Cancel the session
booking-cancel-question = Cancel this session? The time becomes free for someone else.
booking-cancel-confirm = Yes, cancel it
booking-cancel-keep = No, keep it
booking-cancelled-done = The session is cancelled.
booking-move = Move to another time
booking-again = Book another session with { $name }

# A counsellor's sessions (staff screens)
staff-sessions-heading = Your sessions
staff-sessions-intro = Requests waiting for you and your next sessions, at your local time. Contact details are shown to you only.
staff-sessions-refresh = Refresh
staff-sessions-none = No requests or sessions yet.
staff-sessions-requests = Requests to confirm
staff-sessions-upcoming = Confirmed sessions
staff-sessions-past = Earlier
staff-sessions-status-requested = Waiting for your answer
staff-sessions-status-declined = You declined it
staff-sessions-returning = Returning person
staff-sessions-alias = Name to use: { $alias }
staff-sessions-no-alias = No name given
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Safe contact: { $notes }
staff-sessions-suggested = Other free times you can offer: { $times }
staff-sessions-confirm = Confirm
staff-sessions-decline = Decline
staff-sessions-complete = Took place
staff-sessions-no-show = Did not come

# Helpline console and coverage (staff screens)
staff-console-heading = Helpline console
staff-console-keys-line = Keys: / place · ↑ ↓ move · Enter open · c copy the referral · s text message · Esc back.
staff-console-keys-heading = Keyboard shortcuts
staff-console-kbd-enter = Enter
staff-console-key-place = Go to the caller's place
staff-console-key-move = Go to the next or previous result
staff-console-key-open = Open the chosen result
staff-console-key-copy = Prepare the referral and copy it
staff-console-key-sms = Prepare the referral and open a text message
staff-console-key-back = Back to the list
staff-console-key-help = Show or hide this list
staff-console-place = Where the caller is (town or city)
staff-console-caller = Caller's language
staff-console-referral-in = The referral will be written in { $language }.
staff-console-language-hint = Type part of a name: every language of the directory is there.
staff-console-language-services =
    { $count ->
        [one] 1 service
       *[other] { $count } services
    }
staff-console-need = What they need
staff-console-any-kind = Any kind of help
staff-console-anyone = Anyone
staff-console-min-beds = Free places, at least
staff-console-min-beds-hint = The directory records whether there are places, few or none, not the exact number: 1 or more shows only those with places.
staff-console-verified = Checked by the organisation in the last days
staff-console-verified-hint = Type how many days. Empty: any date.
staff-console-prompt = Type the town or city where the caller is and choose one from the list.
staff-console-nearby = Near the place
staff-console-remote = Remote (phone, video or chat)
staff-console-results =
    { $count ->
        [0] No services
        [one] One service
       *[other] { $count } services
    } within { $radius } of { $place }; { $remote ->
        [0] none remote
        [one] one remote
       *[other] { $remote } remote
    }.
staff-console-address = Exact address: { $address }
staff-console-confidential = Confidential
staff-console-confidential-detail = Confidential address: do not give it by phone or text message. Give the intake line; they will tell the person how to get there safely.
staff-console-stale = Not checked for over 6 months
staff-console-capacity-on = { $capacity } (as of { $date })
staff-console-intake = Description and intake
staff-console-checked = Last checked
staff-console-compose = Copy the referral (c)
staff-console-compose-sms = Send by text message (s)
staff-console-composing = Preparing the referral…
staff-console-referral-label = Referral in { $language }, to read out or paste
staff-console-sms = Open the text message with this
staff-console-sms-opened = The referral is ready in the text message.
staff-console-copied = Referral copied.
staff-console-copy-yourself = It could not be copied automatically: the text is selected, press Ctrl+C.
staff-console-back = Back to the list (Esc)
staff-console-note = Warm handoff note
staff-console-note-hint = It stays on this screen only: it is never sent or saved, and a new search or closing the page clears it. Do not write names or anything that identifies the person.
staff-coverage-heading = Coverage: where services are missing
staff-coverage-intro = How much of the population lives within 25, 50 and 100 km of an in-person service, by country or by province. Distances are straight lines from each town or city in the gazetteer; a confidential shelter counts by its area, never by its address.
staff-coverage-country = Country
staff-coverage-all-countries = The whole region
staff-coverage-admin-area = Province or department
staff-coverage-whole-country = The whole country
staff-coverage-kind = Kind of service
staff-coverage-download = Download CSV
staff-coverage-download-hint = One row per town or city and kind of service, with the distance to the nearest one. It includes the location of no service.
staff-coverage-downloading = Preparing the file…
staff-coverage-downloaded = CSV file downloaded.
staff-coverage-by-country = each country of the region
staff-coverage-by-area = each province of { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: people near an in-person service, in { $scope }
staff-coverage-chart-label = Bar chart. { $kind }: share of the population within 25, 50 and 100 km of an in-person service, in { $scope }. The same figures are in the table below.
staff-coverage-order = Least covered first.
staff-coverage-within-25 = Within 25 km
staff-coverage-within-50 = Within 50 km
staff-coverage-within-100 = Within 100 km
staff-coverage-percent = { $value }%
staff-coverage-table-caption = The figures of the chart
staff-coverage-area = Area
staff-coverage-population = Population
staff-coverage-remote = With remote help
staff-coverage-uncovered = No help within 100 km or remotely
staff-coverage-median = Median distance
staff-coverage-none-at-all = None in the directory
staff-coverage-empty = The gazetteer has no places in this area.
staff-coverage-farthest-heading = Places farthest from help
staff-coverage-farthest-intro = Towns and cities more than 100 km from an in-person service of this kind, most people first.
staff-coverage-farthest-caption = Places far from: { $kind }
staff-coverage-no-farthest = No place is more than 100 km from a service of this kind.
staff-coverage-place = Place
staff-coverage-distance = Distance to the nearest
staff-coverage-yes = Yes
staff-coverage-no = No
staff-coverage-counts-heading = Referrals recorded
staff-coverage-counts-intro = Each referral counts only the kind of service, the country, the area, the language and the day: no people, no text. Groups under 5 are not shown, so that nobody can be identified.
staff-coverage-counts-period = From { $from } to { $to }
staff-coverage-no-referrals = No referrals in this period yet.
staff-coverage-month = Month
staff-coverage-language = Language
staff-coverage-referrals = Referrals
staff-coverage-suppressed =
    { $groups ->
        [one] One more group, with few referrals
       *[other] { $groups } more groups, each with few referrals
    }
staff-coverage-fewer-than = fewer than { $min }

# A counsellor's availability (staff screens)
staff-availability-heading = Your availability
staff-availability-zone = Times are in your time zone: { $zone }.
staff-availability-weekly = Every week
staff-availability-day = Day
staff-availability-from = From
staff-availability-until = Until
staff-availability-remove = Remove
staff-availability-add-window = Add hours
staff-availability-time-off = Time off
staff-availability-time-off-hint = Nobody can book you during time off. Sessions already booked stay booked.
staff-availability-off-from = From
staff-availability-off-until = Until
staff-availability-add-off = Add time off
staff-availability-rules = Sessions
staff-availability-session = Session length (minutes)
staff-availability-buffer = Break between sessions (minutes)
staff-availability-notice = Minimum notice (minutes)
staff-availability-horizon = Bookable this many days ahead
staff-availability-save = Save availability
staff-availability-outside = { $count ->
    [one] One booked session is now outside your hours. It stays booked: confirm, decline or keep it from your sessions.
   *[other] { $count } booked sessions are now outside your hours. They stay booked: confirm, decline or keep them from your sessions.
}

# An organisation's counsellors (staff screens)
staff-nav-team = Counsellors
staff-team-heading = Your counsellors
staff-team-intro = The people who take remote sessions for your organisation. Each one signs in to keep their own hours and time off.
staff-team-add = Add a counsellor
staff-team-none = No counsellors yet. Add the first one.
staff-team-no-account = No sign-in account linked yet
staff-team-account-is = Signs in as { $email }
staff-team-inactive = Not taking bookings
staff-team-back = Back to the counsellors
staff-team-edit-heading = Edit the counsellor
staff-team-new-heading = New counsellor
staff-team-organization = Organisation (id)
staff-team-name = Name shown to people
staff-team-name-hint = A first name or a chosen name. Never a surname.
staff-team-gender = Gender shown to people
staff-team-gender-unspecified = Not shown
staff-team-timezone = Time zone
staff-team-timezone-hint = As in America/Lima or America/Santiago: the hours are set in this zone.
staff-team-account = Sign-in account (email)
staff-team-account-hint = An account with the counsellor role in your organisation. Leave it empty to link it later.
staff-team-active = Taking bookings
staff-team-hours-hint = The counsellor sets their weekly hours and time off after signing in.
staff-team-save = Save the counsellor

# The chat room of a chat session
booking-chat-link = Open the chat

## Staff: life lines by country (admins)

staff-nav-lifelines = Life lines
staff-lifelines-heading = Life lines by country
staff-lifelines-intro = Correct a country's numbers when one changes. Every number needs the public page you read it on and the day you read it. The change shows in the app at once and is recorded with your name.
staff-lifelines-country = Country
staff-lifelines-shipped = These are the numbers shipped with Ruta.
staff-lifelines-corrected = Corrected on { $date }.
staff-lifelines-revert = Go back to the numbers shipped with Ruta
staff-lifelines-revert-yes = Yes, remove the correction
staff-lifelines-emergency = Emergency numbers
staff-lifelines-lines = Help lines
staff-lifelines-number = Number, as dialled in the country
staff-lifelines-purpose = What it is for
staff-lifelines-focus = Who it is for
staff-lifelines-name = Name of the line
staff-lifelines-organisation = Who runs it
staff-lifelines-whatsapp = WhatsApp number, with + and country code
staff-lifelines-sms = Number to send a text message to
staff-lifelines-web-chat = Web chat address
staff-lifelines-channels = Ways to reach it
staff-lifelines-voice = Phone call
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = Text message
staff-lifelines-web-chat-channel = Web chat
staff-lifelines-open-24h = Open 24 hours
staff-lifelines-free = Free of charge
staff-lifelines-unknown = The source does not say
staff-lifelines-yes = Yes
staff-lifelines-no = No
staff-lifelines-hours = Hours, as the source states them
staff-lifelines-languages = Languages (codes such as es, qu)
staff-lifelines-source-url = Source: web address of the page
staff-lifelines-source-title = Source: title of the page
staff-lifelines-checked-on = Day you checked it
staff-lifelines-status = How sure
staff-lifelines-verified = Verified: an official or reputable recent page
staff-lifelines-unverified = Not confirmed
staff-lifelines-add-number = Add a number
staff-lifelines-add-line = Add a line
staff-lifelines-remove = Remove
staff-lifelines-save = Save the correction
staff-lifelines-bad-date = Every entry needs the day you checked it ({ $field }).

# Administration (admins only)
staff-nav-admin = Administration
staff-admin-heading = Administration
staff-admin-registrations = Organisations waiting for approval
staff-admin-no-registrations = No organisation is waiting for approval.
staff-admin-no-applicant = No account asked with it.
staff-admin-asked-by = Asked by: { $emails }
staff-admin-registered-on = Registered on { $date }
staff-admin-website = Website: { $url }
staff-admin-approve = Approve
staff-admin-decline = Decline
staff-admin-confirm-approve = Approve { $name }? Its editors can sign in and publish listings at once.
staff-admin-approve-yes = Yes, approve
staff-admin-confirm-decline = Decline { $name }? The person who asked will read your reason when they try to sign in.
staff-admin-reason = Reason
staff-admin-reason-hint = In words the applicant understands; at most 500 characters.
staff-admin-reason-needed = Write the reason first (at most 500 characters).
staff-admin-decline-yes = Yes, decline
staff-admin-cancel = Cancel
staff-admin-approved = { $name } is approved.
staff-admin-declined = { $name } is declined.
staff-role-admin = Administrator
staff-role-ngo_editor = Organisation editor
staff-role-operator = Hotline operator
staff-role-counsellor = Counsellor
staff-account-active = Active
staff-account-disabled = Disabled
staff-account-pending = Waiting for approval
staff-admin-confirm-disable = Disable { $email }? They can no longer sign in, and their open sessions end.
staff-admin-confirm-activate = Reactivate { $email }? They can sign in again.
staff-admin-confirm-revoke = Sign { $email } out everywhere? Every open session of this account ends now (a lost or stolen phone).
staff-admin-confirm-role = Make { $email } { $role }?
staff-admin-yes = Yes, do it
staff-admin-revoked = { $email } is signed out everywhere ({ $count } sessions ended).
staff-admin-changed = { $email } is changed.
staff-admin-disable = Disable
staff-admin-activate = Reactivate
staff-admin-revoke = Sign out everywhere
staff-admin-change-role = Change role
staff-admin-role = Role
staff-admin-organization = Organisation
staff-admin-no-organization = None (administrators and operators)
staff-admin-organization-hint = Editors and counsellors belong to one organisation; administrators and operators to none.
staff-admin-accounts = Accounts
staff-admin-search = Search by email
staff-admin-any = All
staff-admin-no-accounts = No account matches.
staff-admin-new-account = Create an account
staff-admin-create = Create the account
staff-admin-created = Account created for { $email }. Its password:
staff-admin-password-once = It is shown only this once: give it to the person by a safe channel now.
error-registration_declined = An administrator declined your organisation's registration. Reason: { $reason }
staff-admin-parts = Administration parts
staff-audit-heading = Audit log
staff-audit-person = Person (part of the email)
staff-audit-record = Record id
staff-audit-action = Action
staff-audit-from = From (day)
staff-audit-to = To (day, included)
staff-audit-show = Show
staff-audit-csv = Download CSV
staff-audit-none = No change matches these filters.
staff-audit-field = Field
staff-audit-before = Before
staff-audit-after = After
staff-audit-yes = Yes
staff-audit-no = No
staff-audit-action-approve = Organisation approved
staff-audit-action-disable = Account disabled
staff-audit-action-activate = Account reactivated
staff-audit-action-register = Registration received
staff-audit-action-import = File imported
staff-audit-action-availability = Availability changed
staff-audit-action-correct = Life lines corrected
staff-audit-action-revert = Life lines restored
staff-audit-action-decline = Registration declined
staff-audit-action-change_role = Role changed
staff-audit-action-revoke_sessions = Signed out everywhere
staff-audit-action-referral_status = Referral answered
staff-audit-action-other = Other change
staff-terms-heading = Term table
staff-terms-hint = How other directories’ categories become Ruta’s kinds of help and the people served when a file is imported. Every import uses this table (after a table inside the file), then Ruta’s own. Download it, edit it in a spreadsheet and upload it whole; then check a file on the import screen to see what it does.
staff-terms-status = Rows: { $rows }. Saved { $date }.
staff-terms-none = This server has no table of its own yet: imports use Ruta’s (rows: { $rows }).
staff-terms-download = Download this server’s table
staff-terms-built-in = Download Ruta’s table to start from
staff-terms-file = Table to upload (CSV)
staff-terms-save = Save the table
staff-terms-choose = Choose a CSV file first.
staff-terms-unreadable = This file cannot be read as text. Save it from the spreadsheet as CSV (UTF-8).
staff-terms-saved = Table saved (rows: { $rows }). The next import uses it.
staff-terms-bad-cell = Line { $line }, column { $column } is not right: a value Ruta does not know, a missing column, or a row that maps to nothing. Nothing was saved. Ruta’s table shows the columns and values it knows.
staff-terms-too-long = The table is longer than 200 KB. Nothing was saved.
staff-audit-entity-service = Listing
staff-audit-entity-organization = Organisation
staff-audit-entity-referral = Referral
staff-audit-entity-user = Account
staff-audit-entity-import = Import
staff-audit-entity-counsellor = Counsellor
staff-audit-entity-lifelines = Life lines
staff-admin-reports-intro = Problems people reported about any organisation's listings and nobody has resolved yet, the longest waiting first.
staff-admin-last-admin = This is the last active administrator: make another account an administrator first.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Referrals
staff-referral-heading = Referrals
staff-referral-intro = Referrals sent with the person's consent. The receiving organisation answers here; whoever sent one sees only where it stands.
staff-referral-inbox = Received by your organisation
staff-referral-inbox-empty = No referrals received.
staff-referral-inbox-kept = Everything about a referral is deleted { $days } days after it is closed or declined.
staff-referral-sent = Referrals you sent
staff-referral-sent-empty = You have not sent any referral.
staff-referral-sent-on = Sent { $date }
staff-referral-for = For { $service }: { $needs }
staff-referral-from = From { $from }
staff-referral-from-hotline = the hotline
staff-referral-accept = Accept
staff-referral-decline = Decline
staff-referral-reason = Reason for declining
staff-referral-contacted = We reached the person
staff-referral-close = Close
staff-referral-changed = Someone else answered this referral meanwhile: the inbox is shown again.
staff-referral-deleted-on = Deleted on { $date }
staff-referral-status-new = New
staff-referral-status-accepted = Accepted
staff-referral-status-declined = Declined
staff-referral-status-contacted = Contacted
staff-referral-status-closed = Closed
staff-referral-status-unknown = Status not known to this version
staff-referral-urgency-routine = Within days
staff-referral-urgency-soon = Today or tomorrow
staff-referral-urgency-urgent = Urgent: now
staff-referral-reason-no_capacity = No place or appointment free
staff-referral-reason-outside_area = Outside the area we serve
staff-referral-reason-not_eligible = Our service is not for this person
staff-referral-reason-need_not_offered = We do not offer what is needed
staff-referral-reason-served_elsewhere = Another organisation already helps
staff-warm-heading = Send a warm referral
staff-warm-intro = With the person's consent, { $organization } receives what you write here and answers in its inbox. Write only what they need to act.
staff-warm-consent = The person agreed that { $organization } receives this referral
staff-warm-needs = What is needed
staff-warm-urgency = How soon
staff-warm-alias = A name to call the person by (not their legal name)
staff-warm-channel = A safe way to reach them
staff-warm-no-contact = None: the person will get in touch
staff-warm-contact = Number or address
staff-warm-contact-notes = Safe-contact notes (for example: no voicemail, only after 6 pm)
staff-warm-consent-contact = The person agreed to be contacted this way
staff-warm-note = Note for the organisation
staff-warm-note-hint = No names, no addresses: at most 500 characters.
staff-warm-send = Send the referral
staff-warm-sent = Sent to { $service }. Follow its status under Referrals.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Notifications
staff-notify-heading = Notifications
staff-notify-intro = What Ruta tells staff and the people who booked, and where each delivery stands. Who receives them is not shown here; a preview shows the address partly hidden.
staff-notify-channels-none = No channel is configured (no mail server, no SMS gateway), so notifications are not sent: they are only listed here, marked “held”.
staff-notify-channels-email-only = E-mails are sent. No SMS gateway is configured, so text messages and WhatsApp messages are not sent: they are only listed here, marked “held”.
staff-notify-channels-gateway-only = Text messages and WhatsApp messages are sent. No mail server is configured, so e-mails are not sent: they are only listed here, marked “held”.
staff-notify-channels-all = E-mails, text messages and WhatsApp messages are sent.
staff-notify-list = Latest notifications, newest first
staff-notify-empty = There are no notifications yet.
staff-notify-attempts = Delivery attempts: { $count }
staff-notify-queued = Queued: { $date }
staff-notify-sent-at = Sent: { $date }
staff-notify-next-try = Next try: { $date }
staff-notify-last-error = Last error: { $error }
staff-notify-preview = Preview
staff-notify-preview-hide = Hide preview
staff-notify-retry = Try again
staff-notify-preview-to = To
staff-notify-preview-subject = Subject
staff-notify-preview-text = Message (in { $language })
staff-notify-kind-referral_new = New referral
staff-notify-kind-booking_new = New booking request
staff-notify-kind-booking_changed = Booking moved
staff-notify-kind-booking_cancelled = Booking cancelled
staff-notify-kind-booking_confirmed = Appointment confirmed
staff-notify-kind-booking_reminder = Appointment reminder
staff-notify-kind-listing_check = Listings to confirm
staff-notify-status-pending = Waiting to be sent
staff-notify-status-sending = Being sent
staff-notify-status-sent = Sent
staff-notify-status-failed = Failed
staff-notify-status-held = Held (not sent)
staff-notify-status-cancelled = Cancelled
staff-notify-channel-email = E-mail
staff-notify-channel-sms = Text message (SMS)
staff-notify-channel-whatsapp = WhatsApp
