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
clear-device = Clear this device
clear-device-hint = Removes everything this app has saved on this phone and starts again.
clear-device-done = Done: what this app had saved has been removed. Your browser’s history may still show this page; you can clear it in the browser’s settings.

## Emergency numbers

emergency-heading = Emergency numbers in { $country }
emergency-call = Emergency: { $number }
hotlines-heading = National helplines

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
result-confidential = The address is kept confidential to protect the people staying there. Only the area is shown.
locator-heading = Where they are
locator-label = Direction chart: you are at the centre; each number is a place in the list, placed by its distance and direction.
no-results = We found no services with premises within { $radius } that match your search.
no-results-try = You can search further away, remove some filters, or use the remote help and helplines further down.
wider-radius = Search further away (up to { $radius })
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
service-contact-heading = Get in touch
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
service-confidential = To protect the people staying there, the address is not shown. Call the intake line: they will tell you how to get there safely.
service-area-approximate = Area: { $area }
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
# No connection, or no answer from the server.
error-network = We could not connect. Check your internet connection and try again.
retry = Try again
# What goes into { $field } in the error messages.
field-place = the place
field-location = the location
field-radius = the distance
field-service = the service
field-filters = the filters

## Language names (those the directory can be searched by)

# For "Languages: …" on a service and the "Language spoken" filter. CLDR names, capitalised.
language-es = Spanish
language-pt = Portuguese
language-en = English
language-fr = French
language-ht = Haitian Creole
language-nl = Dutch
language-qu = Quechua
language-gn = Guarani
language-ay = Aymara
language-quc = K'iche'
language-kek = Q'eqchi'
language-cak = Kaqchikel
language-mam = Mam
language-nah = Nahuatl
language-yua = Yucatec Maya
language-arn = Mapudungun
language-srn = Sranan Tongo
language-pap = Papiamento
language-miq = Miskito
language-cab = Garifuna
language-jam = Jamaican Patois
language-acf = Saint Lucian Creole
language-gcf = Guadeloupean Creole
language-guc = Wayuu
language-tzo = Tzotzil
language-tzh = Tzeltal
language-zh = Chinese
language-ar = Arabic
language-it = Italian
language-de = German
language-ja = Japanese
language-ko = Korean

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
staff-country = Country (two-letter code, for example HN)
staff-confidential-check = Confidential address (safe house): the public will only see the area
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
staff-import-intro = Upload an HSDS 3.0 JSON file or a ZIP of its CSV tables (versions 1.1 and 2.0 too). Check it first: nothing is saved, and you see row by row what will be imported, fixed or left out.
staff-import-file = File (.json or .zip)
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
