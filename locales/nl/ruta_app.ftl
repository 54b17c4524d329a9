# Teksten van de app voor overlevenden (Nederlands, zoals gelezen in Suriname en het Nederlands Caribisch gebied).
# Spaans (es) is de standaardtaal en de referentie voor ids en variabelen.
# Toon: duidelijk, respectvol, mensgericht; nooit de schuld geven. De persoon wordt met "u" aangesproken.

## Kader van elk scherm

app-name = Ruta
quick-exit = Snel weg
quick-exit-hint = Om meteen weg te gaan, tikt u op “Snel weg” of drukt u drie keer op de Esc-toets. Er opent dan een andere pagina.
demo-notice = Demoversie: alle diensten, adressen en telefoonnummers in deze lijst zijn verzonnen. Het zijn geen echte diensten.
nav-label = Navigatie

## Start

home-heading = Hulp vinden in de buurt van…
home-intro = Typ de naam van een dorp of stad. U hoeft niet te delen waar u bent.
town-label = Dorp of stad
town-searching = Plaatsen zoeken…
town-no-match = We vinden geen plaats met die naam. Probeer een andere schrijfwijze of een plaats in de buurt.
town-suggestions-label = Plaatsen die overeenkomen
place-name = { $name }, { $admin1 }, { $country }
location-or = of
use-location = Mijn locatie gebruiken
use-location-hint = Uw locatie wordt alleen gevraagd als u op deze knop tikt. Voor het zoeken wordt ze afgerond op ongeveer 1 km, en ze wordt niet bewaard.
location-finding = Uw locatie zoeken…
location-denied = Uw locatie kon niet worden gebruikt, omdat de toestemming uit staat. U kunt in plaats daarvan een dorp of stad typen.
location-unavailable = We konden uw locatie nu niet vinden. U kunt in plaats daarvan een dorp of stad typen.
settings-heading = Taal en privacy
language-label = Taal
remember-language = Mijn taal onthouden op deze telefoon
remember-language-hint = Als u dit vakje aanvinkt, wordt alleen de taal op deze telefoon bewaard. Zo niet, dan bewaart deze app niets.
discreet-mode = Een neutrale naam en pictogram tonen ("Clima")
discreet-mode-hint = Het tabblad van de browser, en het pictogram als u deze pagina aan het beginscherm toevoegt, tonen dan "Clima" met een eenvoudig weerplaatje: wie op de telefoon kijkt, ziet niets meer. Deze keuze wordt op deze telefoon bewaard; "Gegevens op deze telefoon wissen" haalt haar weg.
clear-device = Gegevens op deze telefoon wissen
clear-device-hint = Wist alles wat deze app op deze telefoon heeft bewaard en gaat terug naar het begin.
clear-device-done = Klaar: wat deze app had bewaard, is gewist. De browsergeschiedenis kan deze pagina nog tonen; u kunt die wissen in de instellingen van de browser.

## Noodnummers

emergency-heading = Noodnummers in { $country }
lifelines-open = Alle nummers en uw rechten
lifelines-open-anywhere = Noodnummers en uw rechten, per land
lifelines-heading = Waar u kunt bellen in { $country }
lifelines-heading-none = Waar u kunt bellen
lifelines-country-label = Land
lifelines-country-choose = Kies een land
lifelines-offline-note = Deze telefoon bewaart deze nummers voor alle landen op dezelfde manier: ze werken zonder internet en laten niet zien welk land u hebt bekeken.
lifelines-emergency-heading = Noodnummers
lifelines-lines-heading = Hulplijnen
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = Sms: { $number }
lifeline-web-chat = Chatten via internet
lifeline-free = gratis
lifeline-24h = 24 uur
lifeline-hours = Openingstijden: { $hours }
lifeline-languages = Talen: { $languages }
lifeline-run-by = Organisatie: { $organisation }
lifeline-source = Bron: { $title }. Gecontroleerd op { $date }.
lifeline-checked = Gecontroleerd op { $date }.
lifeline-unverified = Niet bevestigd: de enige bron die we vonden is oud of niet officieel. Controleer dit nummer als het kan ook op een andere manier.
lifelines-corrected = Op { $date } verbeterd door de mensen die deze dienst beheren.
lifelines-no-trafficking-line = We vonden in dit land geen landelijke lijn tegen mensenhandel met een openbare bron. Bent u in gevaar? Bel dan { $number }.
lifelines-no-emergency = We hebben nog geen gecontroleerd noodnummer voor deze plaats. Vraag iemand die u vertrouwt naar het lokale nummer.
purpose-general = Noodgevallen
purpose-police = Politie
purpose-ambulance = Ambulance
purpose-fire = Brandweer
purpose-women = Geweld tegen vrouwen
purpose-children = Kinderen en jongeren
purpose-human_rights = Mensenrechten
purpose-migrants = Migranten
purpose-coast_guard = Redding op zee
purpose-civil_protection = Rampen
focus-trafficking = Lijn tegen mensenhandel
focus-women = Lijn voor vrouwen
focus-children = Lijn voor kinderen en jongeren
focus-human_rights = Mensenrechtenlijn
focus-migrants = Lijn voor migranten
focus-labour = Lijn voor werknemers
focus-lgbtq = Lijn voor LHBTIQ+-personen
focus-mental_health = Lijn voor emotionele steun
rights-heading = Uw rechten
rights-intro = Alle landen in deze regio hebben een afspraak tegen mensenhandel ondertekend: het Protocol van Palermo. Daarin staat waar overlevenden om kunnen vragen. Elk land past het op zijn eigen manier toe.
rights-help = U kunt om hulp vragen zonder naar de politie te gaan.
rights-free = Hulp voor overlevenden hoort u geen geld te kosten.
rights-private = Wat u vertelt, hoort privé te blijven.
rights-interpreter = U kunt vragen om een tolk die uw taal spreekt.
rights-time = U kunt de tijd nemen om uit te rusten en na te denken voordat u beslist wat u doet.
rights-not-punished = U hoort niet gestraft te worden voor wat u gedwongen werd te doen.
rights-consulate = Komt u uit een ander land? Dan kunt u uw consulaat om hulp vragen.
rights-go-or-stay = U kunt vragen hoe u veilig naar huis kunt gaan, of wat de mogelijkheden zijn om in dit land te blijven.
route-heading = Wat er hierna gebeurt in { $country }
route-intro = Dit zijn de gewone stappen. Waar u bent, kunnen ze anders zijn.
route-law = De wet: { $law }
route-bodies = Wie: { $bodies }
route-contact = Hoe u ze bereikt: { $contact }
route-none = We hebben voor dit land nog geen openbare beschrijving van de stappen gevonden. De hulplijnen hierboven kunnen het u vertellen.

## Links om te bellen of te schrijven

action-call = Bellen: { $number }
action-sms = Sms sturen: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp is van een ander bedrijf. Als u het gebruikt, kan het gesprek zichtbaar blijven op deze telefoon.
phone-trace-note = Gesprekken en berichten blijven in de geschiedenis van de telefoon staan. Bent u bang dat iemand die bekijkt? Dan kunt u ze achteraf wissen.

## Resultaten

results-back = Terug naar zoeken
results-heading-place = Hulp in de buurt van { $place }
results-heading-location = Hulp in de buurt van uw locatie
results-loading = Hulp zoeken…
results-count =
    { $count ->
        [one] Eén plek binnen { $radius }
       *[other] { $count } plekken binnen { $radius }
    }
results-list-label = Plekken met een vestiging, dichtstbijzijnde eerst
show-filters = Resultaten filteren
result-distance = { $distance } { $direction }
result-distance-approximate = Ongeveer { $distance } { $direction } (geschat gebied)
result-languages = Talen: { $languages }
result-checked = Gecontroleerd door de organisatie: { $date }
result-not-checked = Nog niet gecontroleerd door de organisatie
result-confidential = Het adres blijft geheim om de mensen die er verblijven te beschermen. Alleen het gebied wordt getoond.
locator-heading = Waar ze zijn
locator-label = Richtingskaart: u staat in het midden; elk nummer is een plek uit de lijst, geplaatst volgens afstand en richting.
no-results = We vonden geen diensten met een vestiging binnen { $radius } die passen bij uw zoekopdracht.
no-results-try = U kunt verder weg zoeken, een paar filters weghalen of de hulp op afstand en de hulplijnen hieronder gebruiken.
wider-radius = Verder weg zoeken (tot { $radius })
beyond-heading = Het dichtstbij dat bij uw zoekopdracht past, verder dan { $radius }
remote-heading = Hulp die u van hieruit op afstand kunt krijgen
remote-intro = Via telefoon, videobellen of chat.
remote-none = Er zijn geen diensten op afstand die passen bij uw zoekopdracht.
remote-details = Meer informatie

## Filters

filters-heading = Resultaten filteren
filter-kind = Soort hulp
filter-language = Gesproken taal
filter-language-any = Elke taal
filter-population = Voor wie
filter-free = Alleen gratis
filter-open-now = Alleen nu open
filter-delivery = Hoe de hulp gegeven wordt
filter-delivery-any = Op elke manier
filter-delivery-in-person = Persoonlijk
filter-delivery-remote = Op afstand (telefoon, video of chat)
filters-clear = Filters wissen
filters-see-results = Resultaten bekijken

## Gegevens van een dienst

service-back = Terug naar de resultaten
service-loading = Laden…
service-organization = Organisatie: { $organization }
service-website = Website van de organisatie
service-apply = Hoe u hulp krijgt
service-contact-heading = Contact
service-sessions-book = Bekijk hun hulpverleners en vrije tijden
service-sessions-intro = Hun hulpverleners geven psychosociale gesprekken via video, telefoon of chat. U hebt geen account of e-mail nodig.
service-sessions-heading = Gesprekken op afstand met deze organisatie
service-no-phone = Deze dienst heeft geen telefoonnummer in de gids.
service-about = Wat ze bieden
shown-in = Tekst in het { $language }
service-populations = Voor wie
service-populations-all = Voor iedereen
service-languages = Talen
service-cost = Kosten
service-delivery = Hoe de hulp gegeven wordt
service-area = Te gebruiken vanuit: { $places }
service-hours = Openingstijden
hours-timezone = Lokale tijd in { $zone }
hours-always = Elke dag 24 uur open
hours-none = Geen openingstijden opgegeven. Bel om het te vragen.
hours-closed = Gesloten
day-range = { $first } tot en met { $last }
service-capacity = Beschikbare plaatsen
capacity-updated = Bijgewerkt op { $date }
service-verified = De organisatie heeft deze gegevens gecontroleerd op { $date }
service-location = Waar het is
service-other-locations = Ook op deze plaatsen
service-confidential = Om de mensen die er verblijven te beschermen, wordt het adres niet getoond. Bel de aanmeldlijn: daar hoort u hoe u er veilig komt.
service-area-approximate = Gebied: { $area }
service-point-approximate = Afstanden worden gemeten vanaf het centrum van de plaats, niet vanaf dit adres. Bel voordat u gaat.
service-no-premises = Deze dienst werkt op afstand.

## Woordenlijst

kind-shelter = Opvanghuis
kind-psychosocial = Psychosociale steun
kind-hotline = Hulplijn
kind-legal = Juridisch advies
kind-health = Gezondheid
kind-food_clothing = Eten en kleding
kind-employment_training = Werk en opleiding
kind-education = Onderwijs
kind-documents_migration = Documenten en migratie
kind-repatriation = Veilig terug naar het land van herkomst
kind-financial_aid = Financiële hulp
kind-other = Andere hulp
population-women = Vrouwen
population-men = Mannen
population-lgbtq = LHBTIQ+-personen
population-children = Kinderen
population-adolescents = Jongeren
population-families = Gezinnen
population-migrants = Migranten
population-indigenous_peoples = Inheemse volken
population-people_with_disabilities = Mensen met een beperking
population-sexual_exploitation = Overlevenden van seksuele uitbuiting
population-labour_exploitation = Overlevenden van arbeidsuitbuiting
population-other_exploitation = Overlevenden van andere vormen van uitbuiting
cost-free = Gratis
cost-low = Lage kosten
cost-paid = Tegen betaling
cost-unknown = Kosten onbekend: vraag het
delivery-in_person = Persoonlijk
delivery-phone = Via telefoon
delivery-video = Via videobellen
delivery-chat = Via chat
open-now = Nu open
closed-now = Nu gesloten
hours-unknown = Openingstijden niet opgegeven
open-always = 24 uur open
capacity-available = Er zijn plaatsen vrij
capacity-limited = Nog maar weinig plaatsen
capacity-full = Nu geen plaatsen vrij
capacity-unknown = Beschikbaarheid niet opgegeven
status-temporarily_closed = Tijdelijk gesloten
# Windrichtingen afgekort, zoals in “3,2 km NO” (O = oost).
compass-n = N
compass-ne = NO
compass-e = O
compass-se = ZO
compass-s = Z
compass-sw = ZW
compass-w = W
compass-nw = NW
weekday-mon = Maandag
weekday-tue = Dinsdag
weekday-wed = Woensdag
weekday-thu = Donderdag
weekday-fri = Vrijdag
weekday-sat = Zaterdag
weekday-sun = Zondag

## Fouten

# Berichten voor de foutcodes van de API (het veld "code"). De app toont deze in plaats van de Engelse tekst.
error-invalid_parameter = Een deel van de zoekopdracht is niet duidelijk. Controleer { $field } en probeer het opnieuw.
error-missing_parameter = Er ontbreekt iets om te zoeken: { $field }.
error-not_found = We konden niet vinden wat u zoekt. Misschien staat het niet meer in de gids.
error-no_route = Deze pagina bestaat niet.
error-internal = Er ging bij ons iets mis. Probeer het over een moment opnieuw.
error-invalid_field = Controleer { $field }: dit ontbreekt of is niet geldig.
error-unauthorized = Log in om verder te gaan. Was u al ingelogd, dan is de sessie verlopen: log opnieuw in.
error-forbidden = Met uw account kunt u dit niet doen.
error-account_pending = Uw account wacht nog op goedkeuring van een beheerder.
error-cross_origin = Voor de veiligheid kan deze wijziging alleen via de eigen pagina van Ruta worden gedaan.
error-rate_limited = Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.
error-conflict = { $field } is al in gebruik.
error-slot_taken = Iemand heeft dat tijdstip net geboekt. Kies een ander.
error-payload_too_large = Het bestand is te groot voor één import: splits het, of vraag een beheerder het te importeren.
error-import_running = Er loopt al een import. Probeer het opnieuw als die klaar is.
error-precondition_required = Deze wijziging moet zeggen welke versie ze vervangt. Laad opnieuw en probeer het nog eens.
error-precondition_failed = Iemand anders heeft dit intussen gewijzigd. Laad opnieuw om de wijzigingen te zien.
error-method_not_allowed = Deze handeling is hier niet beschikbaar.
error-unavailable = De dienst is nu erg druk. Probeer het over een paar seconden opnieuw.
# Geen verbinding, of geen antwoord van de server.
error-network = We konden geen verbinding maken. Controleer uw internetverbinding en probeer het opnieuw.
retry = Opnieuw proberen
# Wat er in { $field } van de foutberichten komt.
field-place = de plaats
field-location = de locatie
field-radius = de afstand
field-service = de dienst
field-filters = de filters

## Afstanden

# { $value } heeft al de scheidingstekens van de taal (“3,2” of “3.2”).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Een probleem met een dienst melden (iedereen, zonder persoonsgegevens)

report-no_answer = Het nummer wordt niet opgenomen
report-wrong_number = Het nummer klopt niet
report-closed = Het is gesloten
report-wrong_address = Het adres klopt niet
report-wrong_hours = De openingstijden kloppen niet
report-not_as_described = Ze bieden niet wat hier staat
report-other = Een ander probleem
report-heading = Klopt hier iets niet?
report-intro = Laat het ons weten zonder iets over uzelf te zeggen: de organisatie controleert het.
report-thanks = Dank u. De organisatie controleert deze gegevens.
field-email = het e-mailadres
field-password = het wachtwoord
field-form = het formulier

## Schermen voor medewerkers van organisaties (alleen in het /staff/-pakket)

staff-title = Ruta · Organisaties
staff-sign-out = Uitloggen
staff-sign-in-heading = Inloggen
staff-sign-in-intro = Voor medewerkers van organisaties en hulplijnen, en voor de beheerders van Ruta.
staff-email = E-mailadres
staff-password = Wachtwoord
staff-sign-in = Inloggen
staff-listings-heading = Uw diensten
staff-listings-intro = Houd de gegevens actueel: mensen vertrouwen erop om hulp te vinden.
staff-listings-count =
    { $count ->
        [one] Eén dienst
       *[other] { $count } diensten
    }
staff-no-listings = Er zijn nog geen diensten. Voeg de eerste toe.
staff-new-listing = Dienst toevoegen
staff-reports = Gemelde problemen
staff-stale = Meer dan 6 maanden niet gecontroleerd: bevestig de gegevens, dan staat de dienst weer bovenaan.
staff-deactivated = Uit de gids gehaald
staff-confidential = Geheim adres: het publiek ziet alleen het gebied.
staff-last-checked = Gecontroleerd op { $date }
staff-never-checked = Nooit gecontroleerd
staff-capacity-question = Vandaag plaatsen vrij?
staff-still-correct = De gegevens kloppen nog
staff-edit = Bewerken
staff-history = Geschiedenis
staff-saved = Opgeslagen.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Iemand anders heeft deze dienst gewijzigd. Laad opnieuw om de wijzigingen te zien.
staff-changed-profile = Iemand anders heeft dit profiel gewijzigd. Laad opnieuw om de wijzigingen te zien.
staff-changed-lifelines = Iemand anders heeft deze hulplijnen gewijzigd. Laad opnieuw om de wijzigingen te zien.
staff-reload = Opnieuw laden
staff-confirmed = Dank u: vastgelegd dat de gegevens actueel zijn.
staff-back = Terug naar uw diensten
staff-edit-heading = Dienst bewerken
staff-new-heading = Nieuwe dienst
staff-names = Naam en beschrijving
staff-names-hint = U kunt ze in meerdere talen schrijven: iedereen ziet de eigen taal als die er is.
staff-translation = Taal { $number }
staff-language-code = Taalcode (es, qu, pt-BR…)
staff-name = Naam
staff-description = Beschrijving
staff-descriptions = Beschrijvingen
staff-populations-hint = Als u niets aanvinkt, is de dienst voor iedereen.
staff-languages-hint = Taalcodes gescheiden door komma’s, bijvoorbeeld: es, qu, en
staff-phone = Telefoon { $number }
staff-phone-number = Nummer met landcode (+504…)
staff-phone-label = Waarvoor het is (optioneel)
staff-channel-voice = Bellen
staff-channel-sms = Sms
staff-channel-whatsapp = WhatsApp
staff-timezone = Tijdzone (bijvoorbeeld America/Tegucigalpa)
staff-day = Dag
staff-opens = Open vanaf
staff-closes = Open tot
staff-lat = Breedtegraad
staff-lon = Lengtegraad
staff-address = Straat en huisnummer
staff-locality = Dorp of stad
staff-region = Departement, district, staat of provincie
staff-postal-code = Postcode
staff-details = In de woorden van uw overzicht
staff-details-hint = Zo getoond aan het publiek, in de taal waarin u ze schrijft. Laat leeg wat u niet weet.
staff-alternate-name = Een andere naam waaronder de dienst bekend is
staff-eligibility = Wie kan komen (voorwaarden)
staff-fees = Kosten, in woorden
staff-service-url = De eigen webpagina van de dienst
staff-source-terms = Termen waarmee het is geïmporteerd
staff-source-terms-hint = Categorieën uit de gids waar het vandaan komt, bewaard zoals ze kwamen en teruggegeven als de gids wordt geëxporteerd. Het zoeken gebruikt de soorten en mensen hierboven, niet deze.
staff-country = Land (code van twee letters, bijvoorbeeld HN)
staff-confidential-check = Geheim adres (opvanghuis): het publiek ziet alleen het gebied
staff-other-locations = Andere plaatsen
staff-other-locations-hint = Vestigingen in andere plaatsen: elk wordt gevonden bij het zoeken en getoond op de vermelding. Maak de coördinaten van een rij leeg om hem te verwijderen; de laatste rij voegt er een toe.
staff-branch = Plaats { $number }
staff-area = Gebied dat op afstand wordt bediend
staff-area-hint = Alleen voor diensten via telefoon, video of chat: landen en regio’s van waaruit ze te gebruiken zijn.
staff-area-countries = Landen (codes, gescheiden door komma’s)
staff-area-regions = Regio’s (ISO 3166-2-codes, bijvoorbeeld HN-FM)
staff-status = Status
staff-status-active = Actief
staff-save = Opslaan
staff-form = het formulier
staff-history-heading = Wijzigingsgeschiedenis
staff-no-history = Nog geen wijzigingen vastgelegd.
staff-change-by = { $who }, op { $date }
staff-changed-fields = Gewijzigd: { $fields }
staff-action-create = Aangemaakt
staff-action-update = Gegevens bewerkt
staff-action-capacity = Beschikbare plaatsen bijgewerkt
staff-action-verify = Gegevens bevestigd
staff-action-deactivate = Uit de gids gehaald
staff-reports-heading = Gemelde problemen
staff-reports-intro = Mensen die de gids gebruikten, hebben deze problemen gemeld. We weten niet wie ze zijn: controleer de gegevens en markeer de problemen als opgelost.
staff-no-reports = Geen openstaande problemen.
staff-report-resolved = Opgelost
staff-import = Gegevens importeren (Open Referral)
staff-import-heading = Een Open Referral-bestand (HSDS) importeren
staff-import-intro = Upload een HSDS 3.0-bestand in JSON of een ZIP met de tabellen in CSV (versie 1.1 en 2.0 kan ook). Controleer het eerst: er wordt niets opgeslagen en u ziet wat wordt geïmporteerd, gecorrigeerd of weggelaten, gegroepeerd per reden, met hoe vaak en in welke rijen.
staff-import-file = Bestand (.json, .zip of een spreadsheet: .xlsx, .ods, .csv)
staff-import-template = Het spreadsheetsjabloon downloaden
staff-import-template-hint = Houdt u uw overzicht bij in een spreadsheet? Gebruik het sjabloon: één rij per dienst en plaats, kolomkoppen in het Engels, Spaans, Portugees of Frans. Alleen de naam van de dienst is verplicht.
staff-import-terms-hint = Gebruikt uw gids eigen categorieën? Voeg een tabel ruta_terms.csv toe aan de ZIP (kolommen taxonomy, code, term, kinds, populations, delivery) en controleer het bestand: het verslag zegt wat elk van uw termen in Ruta wordt. Een beheerder kan ook een tabel op de server bewaren voor elke import (Beheer → Termentabel).
staff-import-country = Land van de diensten, waar het bestand het niet zegt
staff-import-timezone = Tijdzone van de openingstijden, waar het bestand het niet zegt
staff-import-file-says = Zoals het bestand zegt
staff-import-silent-hint = Kies deze alleen voor een bestand dat nooit zegt waar het is (bijvoorbeeld de gids van één land): ze vervangen nooit wat het bestand zegt.
staff-import-shelters-heading = Opvanghuizen met een adres
staff-import-shelters-intro = Deze opvanghuizen komen binnen met hun adres. Aangevinkte blijven vertrouwelijk: hun adres wordt nooit aan het publiek getoond, alleen aan de medewerkers van de hulplijn. Vink een opvanghuis alleen uit als het veilig is dat iedereen weet waar het is.
staff-import-check = Bestand controleren (slaat niets op)
staff-import-run = Importeren
staff-import-choose = Kies eerst een bestand.
staff-import-uploading = Bestand wordt geüpload: { $percent }%
staff-import-working = Bestand wordt gelezen…
staff-import-report = Verslag
staff-import-would =
    Dit zou { $organizations ->
        [one] één organisatie
       *[other] { $organizations } organisaties
    } en { $services ->
        [one] één dienst
       *[other] { $services } diensten
    } importeren. Er is nog niets opgeslagen.
staff-import-done =
    Geïmporteerd: { $organizations ->
        [one] één organisatie
       *[other] { $organizations } organisaties
    } en { $services ->
        [one] één dienst
       *[other] { $services } diensten
    }.
staff-import-nothing-written = Er is niets opgeslagen: het bestand heeft een ernstig probleem (zie hieronder).
staff-import-table = Tabel
staff-import-read = Gelezen
staff-import-imported = Geïmporteerd
staff-import-no-services = Er zou geen enkele dienst worden geïmporteerd. De redenen staan hieronder.
staff-import-examples = (regels { $rows })
staff-import-issues =
    { $count ->
        [0] Geen opmerkingen
        [one] Eén opmerking
       *[other] { $count } opmerkingen
    }
staff-outcome-fixed = Gecorrigeerd
staff-outcome-skipped = Weggelaten
staff-outcome-warning = Let op
staff-outcome-fatal = Ernstig

# Staff navigation by role
staff-nav-listings = Vermeldingen
staff-nav-console = Hulplijnconsole
staff-nav-coverage = Dekking
staff-nav-sessions = Sessies
staff-nav-availability = Beschikbaarheid
staff-nav-label = Onderdelen

# Sessies op afstand met een hulpverlener (app voor overlevenden)
remote-session-heading = Praat met een hulpverlener, waar u ook bent
remote-session-intro = Sessies via video, telefoon of chat met iemand die uw taal spreekt. U hebt geen account en geen e-mailadres nodig.
remote-session-book = Een sessie op afstand afspreken
remote-session-have-booking = Ik heb al een afspraak
booking-back = Terug
booking-list-heading = Hulpverleners voor sessies op afstand
booking-list-intro = Kies iemand bij wie u zich op uw gemak voelt. U kunt bij dezelfde persoon blijven voor de volgende sessies, zodat u uw verhaal niet opnieuw hoeft te vertellen.
booking-again-new-codes = Dit nieuwe gesprek heeft een eigen referentie en geheime code: schrijf ze ook op. Met de codes van uw vorige afspraak opent u nog steeds die afspraak.
booking-contact-remove = Verwijderen
booking-contact-kept = De hulpverlener neemt op dezelfde manier contact op als de vorige keer ({ $channel }) en noemt u bij dezelfde naam als u er een gaf.
booking-contact-email-invalid = Dit e-mailadres is niet compleet. Controleer het, bijvoorbeeld naam@voorbeeld.org.
booking-contact-phone-invalid = Dit nummer is zo niet bereikbaar. Schrijf het met + en de landcode (bijvoorbeeld +597 812 3456) of kies het land van het nummer.
booking-contact-country-none = Geschreven met + en de landcode
booking-contact-country = Land van het nummer
booking-contact-phone-hint = Met + en de landcode (bijvoorbeeld +597 812 3456), of kies hieronder het land van het nummer.
booking-times-more = { $count ->
        [one] Nog één tijd
       *[other] Nog { $count } tijden
    }
booking-times-earlier-day = Vorige dag
booking-times-next-day = Volgende dag
booking-all-counsellors = Toon alle hulpverleners
booking-one-organization = Alleen de hulpverleners van de organisatie die u bekeek worden getoond.
booking-filter-any = Maakt niet uit
booking-filter-language = Taal
booking-filter-gender = Ik praat liever met
booking-filter-speciality = Ervaring met
booking-filter-modality = Manier van praten
booking-gender-woman = Een vrouw
booking-gender-man = Een man
booking-gender-non_binary = Een non-binair persoon
booking-none = Niemand past bij deze keuzes. Probeer er een weg te halen.
booking-count =
    { $count ->
        [one] Eén persoon
       *[other] { $count } personen
    }
booking-languages = Spreekt: { $languages }
booking-specialities = Ervaring met: { $list }
booking-modalities = Sessies: { $list }
booking-session-length = Een sessie duurt { $minutes } minuten.
booking-soonest = Eerste vrije tijdstip: { $when }
booking-no-soonest = Geen vrije tijden in de komende weken.
booking-choose-time = Vrije tijden bekijken
booking-times-heading = Kies een tijdstip met { $name }
booking-move-heading = Kies een nieuw tijdstip met { $name }
booking-times-zone = De tijden staan in de tijdzone van uw telefoon ({ $zone }).
booking-times-none = Geen vrije tijden in deze twee weken. Bekijk latere tijden of kies iemand anders.
booking-time-chosen = Gekozen tijdstip: { $when }
booking-form-heading = Over de sessie
booking-modality = Hoe wilt u praten?
booking-language = Taal van de sessie
booking-alias = Een naam waarmee we u aanspreken (niet verplicht)
booking-alias-hint = Het hoeft niet uw echte naam te zijn.
booking-contact-channel = Een manier om u te bereiken (niet verplicht)
booking-contact-none = Geen: ik bekijk mijn afspraak zelf met de referentie
booking-channel-phone = Telefoongesprek
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = E-mail
booking-contact-value = Nummer of adres
booking-contact-notes = Hoe we u veilig kunnen bereiken (niet verplicht)
booking-contact-notes-hint = Bijvoorbeeld: “geen voicemail inspreken”, “alleen na 18.00 uur”, “niet zeggen wie er belt”.
booking-reminders = Stuur me een bevestiging en de dag ervoor een herinnering
booking-reminders-hint = Alleen de datum, de tijd en uw referentie, in woorden die niet zeggen waar de afspraak voor is. Laat dit uit als iemand anders uw berichten kan lezen.
booking-consent-heading = Lees dit voordat u de afspraak maakt
booking-consent-stored = We bewaren alleen het tijdstip, hoe u wilt praten en de taal. Een naam en een manier om u te bereiken worden alleen bewaard als u ze invult, en dan versleuteld.
booking-consent-who = Alleen uw hulpverlener kan die naam en dat contact lezen. Niemand anders.
booking-consent-deleted =
    { $days ->
        [0] Alles over deze sessie wordt een paar dagen erna gewist. Er blijft alleen een anonieme telling over: hoeveel sessies, nooit wie.
        [one] Alles over deze sessie wordt één dag erna gewist. Er blijft alleen een anonieme telling over: hoeveel sessies, nooit wie.
       *[other] Alles over deze sessie wordt { $days } dagen erna gewist. Er blijft alleen een anonieme telling over: hoeveel sessies, nooit wie.
    }
booking-consent-optional = Een afspraak maken is uw eigen keuze. U kunt alle diensten bekijken en ze bellen zonder afspraak.
booking-consent-agree = Ik heb dit gelezen en ik wil een afspraak maken
booking-consent-needed = Om de afspraak te maken, vinkt u het vakje aan dat zegt dat u akkoord gaat. U kunt ook teruggaan.
booking-submit = Afspraak maken op dit tijdstip
booking-sending = Afspraak wordt gemaakt…
booking-slot-taken = Iemand heeft dit tijdstip net genomen. Kies alstublieft een ander tijdstip.
booking-move-submit = Mijn sessie naar dit tijdstip verzetten
booking-done-heading = Uw afspraak is gemaakt
booking-done-intro = Schrijf deze twee codes op papier of onthoud ze goed. U hebt ze allebei nodig om de sessie te bekijken, te verzetten of af te zeggen. Dit is de enige keer dat de geheime code wordt getoond.
booking-reference = Referentie
booking-secret = Geheime code
booking-next-heading = Wat er nu gebeurt
booking-next-confirm = { $name } bevestigt de sessie. U kunt dat nakijken onder “Ik heb al een afspraak”.
booking-next-video = Open op het tijdstip van de sessie de videolink. Die werkt in de browser van de telefoon.
booking-next-phone = { $name } belt u op het nummer dat u hebt achtergelaten. Hebt u geen nummer achtergelaten? Open dan vóór de sessie uw afspraak om te zien hoe u kunt meedoen.
booking-next-chat = Open op het tijdstip van de sessie hier uw afspraak met de referentie en de geheime code om in de chat te komen.
booking-room-link = Videogesprek openen
booking-status-label = Status
booking-when-label = Wanneer
booking-with-label = Met
booking-how-label = Hoe
booking-status-requested = Wacht op bevestiging
booking-status-confirmed = Bevestigd
booking-status-declined = Dit tijdstip lukt helaas niet
booking-status-cancelled = Afgezegd
booking-status-completed = Afgerond
booking-status-no_show = Niet doorgegaan
booking-returning = Dezelfde persoon als bij uw vorige sessie.
booking-declined-hint = U kunt een ander tijdstip kiezen met dezelfde persoon.
booking-deleted-on = Alles over deze sessie wordt gewist op { $date }.
booking-calendar = Toevoegen aan mijn agenda (.ics)
booking-calendar-hint = In de agenda staat alleen “Afspraak”: geen organisatie en geen reden.
booking-mine-heading = Mijn afspraak
booking-mine-intro = Typ de referentie en de geheime code die u hebt opgeschreven.
booking-mine-open = Mijn afspraak openen
booking-not-found = Er is geen afspraak met deze referentie en deze geheime code. Controleer ze en probeer het opnieuw.
booking-cancel = De sessie afzeggen
booking-cancel-question = Deze sessie afzeggen? Het tijdstip komt dan vrij voor iemand anders.
booking-cancel-confirm = Ja, afzeggen
booking-cancel-keep = Nee, laten staan
booking-cancelled-done = De sessie is afgezegd.
booking-move = Naar een ander tijdstip verzetten
booking-again = Nog een afspraak maken met { $name }

# Console van de hulplijn en dekking (schermen voor medewerkers)
staff-console-heading = Console van de hulplijn
staff-console-keys-line = Toetsen: / plaats · ↑ ↓ verplaatsen · Enter openen · c doorverwijzing kopiëren · s sms · Esc terug.
staff-console-keys-heading = Sneltoetsen
staff-console-kbd-enter = Enter
staff-console-key-place = Naar de plaats van de beller
staff-console-key-move = Naar het volgende of vorige resultaat
staff-console-key-open = Het gekozen resultaat openen
staff-console-key-copy = De doorverwijzing maken en kopiëren
staff-console-key-sms = De doorverwijzing maken en een sms openen
staff-console-key-back = Terug naar de lijst
staff-console-key-help = Deze lijst tonen of verbergen
staff-console-place = Waar de beller is (stad of dorp)
staff-console-caller = Taal van de beller
staff-console-referral-in = De doorverwijzing wordt geschreven in het { $language }.
staff-console-language-hint = Typ een deel van de naam: alle talen van de gids staan erin.
staff-console-language-services =
    { $count ->
        [one] 1 dienst
       *[other] { $count } diensten
    }
staff-console-need = Wat de beller nodig heeft
staff-console-any-kind = Elke soort hulp
staff-console-anyone = Iedereen
staff-console-min-beds = Vrije plaatsen, minstens
staff-console-min-beds-hint = De gids houdt bij of er plaatsen zijn, weinig of geen, niet het precieze aantal: met 1 of meer ziet u alleen wie plaatsen heeft.
staff-console-verified = Door de organisatie nagekeken in de laatste dagen
staff-console-verified-hint = Typ het aantal dagen. Leeg: elke datum.
staff-console-prompt = Typ de stad of het dorp waar de beller is en kies er een uit de lijst.
staff-console-nearby = Dicht bij de plaats
staff-console-remote = Op afstand (telefoon, video of chat)
staff-console-results =
    { $count ->
        [0] Geen diensten
        [one] Eén dienst
       *[other] { $count } diensten
    } binnen { $radius } van { $place }; { $remote ->
        [0] geen op afstand
        [one] één op afstand
       *[other] { $remote } op afstand
    }.
staff-console-address = Precies adres: { $address }
staff-console-confidential = Vertrouwelijk
staff-console-confidential-detail = Vertrouwelijk adres: geef het niet door aan de telefoon of per sms. Geef het intakenummer; daar hoort de persoon hoe die er veilig komt.
staff-console-stale = Meer dan 6 maanden niet nagekeken
staff-console-capacity-on = { $capacity } (op { $date })
staff-console-intake = Beschrijving en intake
staff-console-checked = Laatst nagekeken
staff-console-compose = Doorverwijzing kopiëren (c)
staff-console-compose-sms = Per sms sturen (s)
staff-console-composing = Doorverwijzing wordt gemaakt…
staff-console-referral-label = Doorverwijzing in het { $language }, om voor te lezen of te plakken
staff-console-sms = De sms met deze tekst openen
staff-console-sms-opened = De doorverwijzing staat klaar in de sms.
staff-console-copied = Doorverwijzing gekopieerd.
staff-console-copy-yourself = Automatisch kopiëren lukte niet: de tekst is geselecteerd, druk op Ctrl+C.
staff-console-back = Terug naar de lijst (Esc)
staff-console-note = Notitie voor de warme overdracht
staff-console-note-hint = Deze blijft alleen op dit scherm: ze wordt nooit verstuurd of bewaard, en verdwijnt bij een nieuwe zoekopdracht of als de pagina sluit. Schrijf geen namen of iets waaraan de persoon te herkennen is.
staff-coverage-heading = Dekking: waar diensten ontbreken
staff-coverage-intro = Welk deel van de bevolking binnen 25, 50 en 100 km van een dienst ter plaatse woont, per land of per district. Afstanden zijn in rechte lijn vanaf elke stad of elk dorp in de plaatsenlijst; een vertrouwelijke opvang telt mee via haar gebied, nooit via haar adres.
staff-coverage-country = Land
staff-coverage-all-countries = De hele regio
staff-coverage-admin-area = District of provincie
staff-coverage-whole-country = Het hele land
staff-coverage-kind = Soort dienst
staff-coverage-download = CSV downloaden
staff-coverage-download-hint = Eén regel per stad of dorp en soort dienst, met de afstand tot de dichtstbijzijnde. Geen enkele locatie van een dienst staat erin.
staff-coverage-downloading = Bestand wordt gemaakt…
staff-coverage-downloaded = CSV-bestand gedownload.
staff-coverage-by-country = elk land van de regio
staff-coverage-by-area = elk district of elke provincie van { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: mensen dicht bij een dienst ter plaatse, in { $scope }
staff-coverage-chart-label = Staafdiagram. { $kind }: deel van de bevolking binnen 25, 50 en 100 km van een dienst ter plaatse, in { $scope }. Dezelfde cijfers staan in de tabel hieronder.
staff-coverage-order = Van minste naar meeste dekking.
staff-coverage-within-25 = Binnen 25 km
staff-coverage-within-50 = Binnen 50 km
staff-coverage-within-100 = Binnen 100 km
staff-coverage-percent = { $value }%
staff-coverage-table-caption = De cijfers van het diagram
staff-coverage-area = Gebied
staff-coverage-population = Bevolking
staff-coverage-remote = Met hulp op afstand
staff-coverage-uncovered = Geen hulp binnen 100 km of op afstand
staff-coverage-median = Mediane afstand
staff-coverage-none-at-all = Geen in de gids
staff-coverage-empty = De plaatsenlijst heeft geen plaatsen in dit gebied.
staff-coverage-farthest-heading = Plaatsen het verst van hulp
staff-coverage-farthest-intro = Steden en dorpen meer dan 100 km van een dienst ter plaatse van deze soort, de grootste eerst.
staff-coverage-farthest-caption = Plaatsen ver van: { $kind }
staff-coverage-no-farthest = Geen enkele plaats ligt meer dan 100 km van een dienst van deze soort.
staff-coverage-place = Plaats
staff-coverage-distance = Afstand tot de dichtstbijzijnde
staff-coverage-yes = Ja
staff-coverage-no = Nee
staff-coverage-counts-heading = Geregistreerde doorverwijzingen
staff-coverage-counts-intro = Elke doorverwijzing telt alleen de soort dienst, het land, het gebied, de taal en de dag: geen personen, geen tekst. Groepen onder de 5 worden niet getoond, zodat niemand te herkennen is.
staff-coverage-counts-period = Van { $from } tot { $to }
staff-coverage-no-referrals = Nog geen doorverwijzingen in deze periode.
staff-coverage-month = Maand
staff-coverage-language = Taal
staff-coverage-referrals = Doorverwijzingen
staff-coverage-suppressed =
    { $groups ->
        [one] Nog één groep, met weinig doorverwijzingen
       *[other] Nog { $groups } groepen, elk met weinig doorverwijzingen
    }
staff-coverage-fewer-than = minder dan { $min }

# Sessies en beschikbaarheid van een hulpverlener (schermen voor medewerkers)
staff-sessions-heading = Uw sessies
staff-sessions-intro = Aanvragen die op uw antwoord wachten en uw volgende sessies, in uw lokale tijd. Contactgegevens worden alleen aan u getoond.
staff-sessions-refresh = Vernieuwen
staff-sessions-none = Nog geen aanvragen of sessies.
staff-sessions-requests = Te bevestigen aanvragen
staff-sessions-upcoming = Bevestigde sessies
staff-sessions-past = Eerder
staff-sessions-status-requested = Wacht op uw antwoord
staff-sessions-status-declined = U hebt deze afgewezen
staff-sessions-returning = Iemand die terugkomt
staff-sessions-alias = Aanspreken als: { $alias }
staff-sessions-no-alias = Geen naam opgegeven
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Veilig contact: { $notes }
staff-sessions-suggested = Andere vrije tijden die u kunt aanbieden: { $times }
staff-sessions-confirm = Bevestigen
staff-sessions-decline = Afwijzen
staff-sessions-complete = Heeft plaatsgevonden
staff-sessions-no-show = Niet gekomen
staff-availability-heading = Uw beschikbaarheid
staff-availability-zone = De tijden staan in uw tijdzone: { $zone }.
staff-availability-weekly = Elke week
staff-availability-day = Dag
staff-availability-from = Van
staff-availability-until = Tot
staff-availability-remove = Verwijderen
staff-availability-add-window = Uren toevoegen
staff-availability-time-off = Vrije dagen
staff-availability-time-off-hint = Niemand kan een afspraak met u maken op uw vrije dagen. Sessies die al zijn afgesproken, blijven staan.
staff-availability-off-from = Van
staff-availability-off-until = Tot
staff-availability-add-off = Vrije dagen toevoegen
staff-availability-rules = Sessies
staff-availability-session = Duur van een sessie (minuten)
staff-availability-buffer = Pauze tussen sessies (minuten)
staff-availability-notice = Minimale tijd vooraf (minuten)
staff-availability-horizon = Aantal dagen vooruit waarvoor een afspraak kan worden gemaakt
staff-availability-save = Beschikbaarheid opslaan
staff-availability-outside = { $count ->
    [one] Eén afgesproken sessie valt nu buiten uw uren. Die blijft staan: u kunt haar bevestigen, afwijzen of aanhouden via uw sessies.
   *[other] { $count } afgesproken sessies vallen nu buiten uw uren. Ze blijven staan: u kunt ze bevestigen, afwijzen of aanhouden via uw sessies.
    }

# Hulpverleners van een organisatie (schermen voor medewerkers)
staff-nav-team = Hulpverleners
staff-team-heading = Uw hulpverleners
staff-team-intro = De mensen die voor uw organisatie sessies op afstand doen. Iedereen logt in met een eigen account om de eigen uren en vrije dagen bij te houden.
staff-team-add = Hulpverlener toevoegen
staff-team-none = Nog geen hulpverleners. Voeg de eerste toe.
staff-team-no-account = Nog geen inlogaccount gekoppeld
staff-team-account-is = Logt in als { $email }
staff-team-inactive = Neemt geen afspraken aan
staff-team-back = Terug naar de hulpverleners
staff-team-edit-heading = Hulpverlener bewerken
staff-team-new-heading = Nieuwe hulpverlener
staff-team-organization = Organisatie (id)
staff-team-name = Naam die mensen zien
staff-team-name-hint = Een voornaam of een zelfgekozen naam. Nooit een achternaam.
staff-team-gender = Gender dat mensen zien
staff-team-gender-unspecified = Niet getoond
staff-team-timezone = Tijdzone
staff-team-timezone-hint = Bijvoorbeeld America/Lima of America/Santiago: de uren worden in deze tijdzone ingesteld.
staff-team-account = Inlogaccount (e-mailadres)
staff-team-account-hint = Een account met de rol hulpverlener in uw organisatie. Laat dit leeg om het later te koppelen.
staff-team-active = Neemt afspraken aan
staff-team-hours-hint = De hulpverlener stelt na het inloggen zelf de uren per week en de vrije dagen in.
staff-team-save = Hulpverlener opslaan

# The chat room of a chat session
booking-chat-link = De chat openen

## Medewerkers: hulplijnen per land (beheerders)

staff-nav-lifelines = Hulplijnen
staff-lifelines-heading = Hulplijnen per land
staff-lifelines-intro = Verbeter de nummers van een land als er een verandert. Bij elk nummer horen de openbare pagina waar u het hebt gelezen en de dag waarop u het las. De wijziging staat meteen in de app en wordt vastgelegd met uw naam.
staff-lifelines-country = Land
staff-lifelines-shipped = Dit zijn de nummers die met Ruta zijn meegeleverd.
staff-lifelines-corrected = Verbeterd op { $date }.
staff-lifelines-revert = Terug naar de nummers die met Ruta zijn meegeleverd
staff-lifelines-revert-yes = Ja, de verbetering verwijderen
staff-lifelines-emergency = Noodnummers
staff-lifelines-lines = Hulplijnen
staff-lifelines-number = Nummer, zoals het in het land wordt gebeld
staff-lifelines-purpose = Waarvoor het is
staff-lifelines-focus = Voor wie de lijn is
staff-lifelines-name = Naam van de lijn
staff-lifelines-organisation = Wie de lijn beheert
staff-lifelines-whatsapp = WhatsApp-nummer, met + en landcode
staff-lifelines-sms = Nummer om een sms naar te sturen
staff-lifelines-web-chat = Webadres van de chat
staff-lifelines-channels = Manieren om de lijn te bereiken
staff-lifelines-voice = Bellen
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = Sms
staff-lifelines-web-chat-channel = Chatten via internet
staff-lifelines-open-24h = 24 uur open
staff-lifelines-free = Gratis
staff-lifelines-unknown = Staat niet in de bron
staff-lifelines-yes = Ja
staff-lifelines-no = Nee
staff-lifelines-hours = Openingstijden, zoals de bron ze vermeldt
staff-lifelines-languages = Talen (codes zoals es, qu)
staff-lifelines-source-url = Bron: webadres van de pagina
staff-lifelines-source-title = Bron: titel van de pagina
staff-lifelines-checked-on = Dag waarop u het hebt gecontroleerd
staff-lifelines-status = Hoe zeker
staff-lifelines-verified = Geverifieerd: een recente officiële of betrouwbare pagina
staff-lifelines-unverified = Niet bevestigd
staff-lifelines-add-number = Nummer toevoegen
staff-lifelines-add-line = Lijn toevoegen
staff-lifelines-remove = Verwijderen
staff-lifelines-save = Verbetering opslaan
staff-lifelines-bad-date = Bij elk onderdeel hoort de dag waarop u het hebt gecontroleerd ({ $field }).

# Administration (admins only)
staff-nav-admin = Beheer
staff-admin-heading = Beheer
staff-admin-registrations = Organisaties die op goedkeuring wachten
staff-admin-no-registrations = Er wacht geen organisatie op goedkeuring.
staff-admin-no-applicant = Geen account heeft het samen aangevraagd.
staff-admin-asked-by = Aangevraagd door: { $emails }
staff-admin-registered-on = Aangemeld op { $date }
staff-admin-website = Website: { $url }
staff-admin-approve = Goedkeuren
staff-admin-decline = Afwijzen
staff-admin-confirm-approve = { $name } goedkeuren? De redacteuren kunnen dan meteen inloggen en diensten publiceren.
staff-admin-approve-yes = Ja, goedkeuren
staff-admin-confirm-decline = { $name } afwijzen? Wie het aanvroeg, leest uw reden bij de volgende inlogpoging.
staff-admin-reason = Reden
staff-admin-reason-hint = In woorden die de aanvrager begrijpt; hoogstens 500 tekens.
staff-admin-reason-needed = Schrijf eerst de reden (hoogstens 500 tekens).
staff-admin-decline-yes = Ja, afwijzen
staff-admin-cancel = Annuleren
staff-admin-approved = { $name } is goedgekeurd.
staff-admin-declined = { $name } is afgewezen.
staff-role-admin = Beheerder
staff-role-ngo_editor = Redacteur van de organisatie
staff-role-operator = Medewerker hulplijn
staff-role-counsellor = Hulpverlener
staff-account-active = Actief
staff-account-disabled = Uitgeschakeld
staff-account-pending = Wacht op goedkeuring
staff-admin-confirm-disable = { $email } uitschakelen? Deze persoon kan niet meer inloggen en open sessies stoppen.
staff-admin-confirm-activate = { $email } weer activeren? Deze persoon kan dan weer inloggen.
staff-admin-confirm-revoke = { $email } overal uitloggen? Elke open sessie van dit account stopt nu (een verloren of gestolen telefoon).
staff-admin-confirm-role = { $email } { $role } maken?
staff-admin-yes = Ja, doen
staff-admin-revoked = { $email } is overal uitgelogd ({ $count } sessies gestopt).
staff-admin-changed = { $email } is gewijzigd.
staff-admin-disable = Uitschakelen
staff-admin-activate = Weer activeren
staff-admin-revoke = Overal uitloggen
staff-admin-change-role = Rol wijzigen
staff-admin-role = Rol
staff-admin-organization = Organisatie
staff-admin-no-organization = Geen (beheerders en medewerkers hulplijn)
staff-admin-organization-hint = Redacteuren en hulpverleners horen bij één organisatie; beheerders en medewerkers hulplijn bij geen enkele.
staff-admin-accounts = Accounts
staff-admin-search = Zoeken op e-mail
staff-admin-any = Alle
staff-admin-no-accounts = Geen account komt overeen.
staff-admin-new-account = Een account aanmaken
staff-admin-create = Het account aanmaken
staff-admin-created = Account aangemaakt voor { $email }. Het wachtwoord:
staff-admin-password-once = Het wordt alleen deze keer getoond: geef het nu via een veilig kanaal aan de persoon.
error-registration_declined = Een beheerder heeft de aanmelding van uw organisatie afgewezen. Reden: { $reason }
staff-admin-parts = Onderdelen van het beheer
staff-audit-heading = Wijzigingslogboek
staff-audit-person = Persoon (deel van het e-mailadres)
staff-audit-record = Id van het record
staff-audit-action = Handeling
staff-audit-from = Vanaf (dag)
staff-audit-to = Tot en met (dag)
staff-audit-show = Tonen
staff-audit-csv = CSV downloaden
staff-audit-none = Geen wijziging past bij deze filters.
staff-audit-field = Veld
staff-audit-before = Voor
staff-audit-after = Na
staff-audit-yes = Ja
staff-audit-no = Nee
staff-audit-action-approve = Organisatie goedgekeurd
staff-audit-action-disable = Account uitgeschakeld
staff-audit-action-activate = Account weer geactiveerd
staff-audit-action-register = Aanmelding ontvangen
staff-audit-action-import = Bestand geïmporteerd
staff-audit-action-availability = Beschikbaarheid gewijzigd
staff-audit-action-correct = Hulplijnen verbeterd
staff-audit-action-revert = Hulplijnen hersteld
staff-audit-action-decline = Aanmelding afgewezen
staff-audit-action-change_role = Rol gewijzigd
staff-audit-action-revoke_sessions = Overal uitgelogd
staff-audit-action-referral_status = Doorverwijzing beantwoord
staff-audit-action-other = Andere wijziging
staff-terms-heading = Termentabel
staff-terms-hint = Hoe de categorieën van andere gidsen de soorten hulp en de geholpen mensen van Ruta worden als een bestand wordt geïmporteerd. Elke import gebruikt deze tabel (na een tabel in het bestand zelf), daarna die van Ruta. Download hem, bewerk hem in een spreadsheet en upload hem in zijn geheel; controleer daarna een bestand op het importscherm om te zien wat hij doet.
staff-terms-status = Rijen: { $rows }. Opgeslagen op { $date }.
staff-terms-none = Deze server heeft nog geen eigen tabel: imports gebruiken die van Ruta (rijen: { $rows }).
staff-terms-download = De tabel van deze server downloaden
staff-terms-built-in = De tabel van Ruta downloaden om mee te beginnen
staff-terms-file = Tabel om te uploaden (CSV)
staff-terms-save = De tabel opslaan
staff-terms-choose = Kies eerst een CSV-bestand.
staff-terms-unreadable = Dit bestand kan niet als tekst worden gelezen. Sla het vanuit de spreadsheet op als CSV (UTF-8).
staff-terms-saved = Tabel opgeslagen (rijen: { $rows }). De volgende import gebruikt hem.
staff-terms-bad-cell = Regel { $line }, kolom { $column } klopt niet: een waarde die Ruta niet kent, een ontbrekende kolom of een rij die nergens naar verwijst. Er is niets opgeslagen. De tabel van Ruta toont de kolommen en waarden die het kent.
staff-terms-too-long = De tabel is groter dan 200 KB. Er is niets opgeslagen.
staff-audit-entity-service = Dienst
staff-audit-entity-organization = Organisatie
staff-audit-entity-referral = Doorverwijzing
staff-audit-entity-user = Account
staff-audit-entity-import = Import
staff-audit-entity-counsellor = Hulpverlener
staff-audit-entity-lifelines = Hulplijnen
staff-admin-reports-intro = Problemen die mensen meldden over diensten van elke organisatie en die nog niemand oploste, de oudste eerst.
staff-admin-last-admin = Dit is het laatste actieve beheerdersaccount: maak eerst een ander account beheerder.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Doorverwijzingen
staff-referral-heading = Doorverwijzingen
staff-referral-intro = Doorverwijzingen die met toestemming van de persoon zijn verstuurd. De organisatie die er een ontvangt, antwoordt hier; wie die verstuurde, ziet alleen hoe het ermee staat.
staff-referral-inbox = Ontvangen door uw organisatie
staff-referral-inbox-empty = Geen doorverwijzingen ontvangen.
staff-referral-inbox-kept = Alles over een doorverwijzing wordt { $days } dagen na het afsluiten of afwijzen verwijderd.
staff-referral-sent = Doorverwijzingen die u verstuurde
staff-referral-sent-empty = U hebt nog geen doorverwijzing verstuurd.
staff-referral-sent-on = Verstuurd op { $date }
staff-referral-for = Voor { $service }: { $needs }
staff-referral-from = Van { $from }
staff-referral-from-hotline = de hulplijn
staff-referral-accept = Accepteren
staff-referral-decline = Afwijzen
staff-referral-reason = Reden van afwijzing
staff-referral-contacted = We hebben de persoon bereikt
staff-referral-close = Afsluiten
staff-referral-changed = Iemand anders heeft intussen op deze doorverwijzing geantwoord: de inbox wordt opnieuw getoond.
staff-referral-deleted-on = Wordt verwijderd op { $date }
staff-referral-status-new = Nieuw
staff-referral-status-accepted = Geaccepteerd
staff-referral-status-declined = Afgewezen
staff-referral-status-contacted = Persoon bereikt
staff-referral-status-closed = Afgesloten
staff-referral-status-unknown = Status die deze versie niet kent
staff-referral-urgency-routine = Binnen enkele dagen
staff-referral-urgency-soon = Vandaag of morgen
staff-referral-urgency-urgent = Dringend: nu
staff-referral-reason-no_capacity = Geen plek of afspraak vrij
staff-referral-reason-outside_area = Buiten het gebied waar wij werken
staff-referral-reason-not_eligible = Onze dienst is niet voor deze persoon
staff-referral-reason-need_not_offered = Wij bieden niet wat nodig is
staff-referral-reason-served_elsewhere = Een andere organisatie helpt al
staff-warm-heading = Een warme doorverwijzing sturen
staff-warm-intro = Met toestemming van de persoon ontvangt { $organization } wat u hier schrijft en antwoordt vanuit de eigen inbox. Schrijf alleen wat de organisatie nodig heeft om te handelen.
staff-warm-consent = De persoon stemde ermee in dat { $organization } deze doorverwijzing ontvangt
staff-warm-needs = Wat nodig is
staff-warm-urgency = Hoe snel
staff-warm-alias = Een naam om de persoon mee aan te spreken (niet de officiële naam)
staff-warm-channel = Een veilige manier om de persoon te bereiken
staff-warm-no-contact = Geen: de persoon neemt zelf contact op
staff-warm-contact = Nummer of adres
staff-warm-contact-notes = Aanwijzingen voor veilig contact (bijvoorbeeld: geen voicemail, alleen na 18.00 uur)
staff-warm-consent-contact = De persoon stemde ermee in om op deze manier benaderd te worden
staff-warm-note = Notitie voor de organisatie
staff-warm-note-hint = Geen namen, geen adressen: hoogstens 500 tekens.
staff-warm-send = De doorverwijzing sturen
staff-warm-sent = Verstuurd naar { $service }. Volg de status onder Doorverwijzingen.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Meldingen
staff-notify-heading = Meldingen
staff-notify-intro = Wat Ruta aan medewerkers en aan mensen die een afspraak maakten laat weten, en hoe het met elke verzending staat. Wie ze ontvangt, staat hier niet; een voorbeeld toont het adres gedeeltelijk verborgen.
staff-notify-channels-none = Er is geen kanaal ingesteld (geen mailserver, geen sms-gateway), dus meldingen worden niet verstuurd: ze staan alleen hier in de lijst, als “tegengehouden”.
staff-notify-channels-email-only = E-mails worden verstuurd. Er is geen sms-gateway ingesteld, dus sms- en WhatsApp-berichten worden niet verstuurd: ze staan alleen hier in de lijst, als “tegengehouden”.
staff-notify-channels-gateway-only = Sms- en WhatsApp-berichten worden verstuurd. Er is geen mailserver ingesteld, dus e-mails worden niet verstuurd: ze staan alleen hier in de lijst, als “tegengehouden”.
staff-notify-channels-all = E-mails, sms- en WhatsApp-berichten worden verstuurd.
staff-notify-list = Laatste meldingen, nieuwste eerst
staff-notify-empty = Er zijn nog geen meldingen.
staff-notify-attempts = Verzendpogingen: { $count }
staff-notify-queued = In de wachtrij gezet: { $date }
staff-notify-sent-at = Verstuurd: { $date }
staff-notify-next-try = Volgende poging: { $date }
staff-notify-last-error = Laatste fout: { $error }
staff-notify-preview = Voorbeeld
staff-notify-preview-hide = Voorbeeld verbergen
staff-notify-retry = Opnieuw proberen
staff-notify-preview-to = Aan
staff-notify-preview-subject = Onderwerp
staff-notify-preview-text = Bericht (taal: { $language })
staff-notify-kind-referral_new = Nieuwe doorverwijzing
staff-notify-kind-booking_new = Nieuwe afspraakaanvraag
staff-notify-kind-booking_changed = Afspraak verplaatst
staff-notify-kind-booking_cancelled = Afspraak afgezegd
staff-notify-kind-booking_confirmed = Afspraak bevestigd
staff-notify-kind-booking_reminder = Herinnering aan afspraak
staff-notify-kind-listing_check = Vermeldingen om te bevestigen
staff-notify-status-pending = Wacht op verzending
staff-notify-status-sending = Wordt verstuurd
staff-notify-status-sent = Verstuurd
staff-notify-status-failed = Mislukt
staff-notify-status-held = Tegengehouden (niet verstuurd)
staff-notify-status-cancelled = Geannuleerd
staff-notify-channel-email = E-mail
staff-notify-channel-sms = Sms
staff-notify-channel-whatsapp = WhatsApp
