# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted Haitian Creole translation; please have a native speaker who works with survivors review every message.
# BEZWEN REVIZYON MOUN KI PALE KREYÒL KÒM LANG MANMAN YO — tradiksyon kreyòl ayisyen sa a fèt avèk èd machin; tanpri, mande yon moun ki pale kreyòl kòm lang manman l e ki travay ak moun ki chape anba eksplwatasyon pou li revize chak mesaj.
# Tèks aplikasyon an pou moun ki chape anba eksplwatasyon (kreyòl ayisyen). Panyòl (es) se lang default la ak referans pou id ak varyab yo.
# Ton: klè, ak respè, santre sou moun nan; pa janm blame moun nan. Nou pale ak moun nan ak "ou".

## Sa ki parèt sou tout ekran yo

app-name = Ruta
quick-exit = Sòti vit
quick-exit-hint = Pou sòti touswit, peze «Sòti vit» oswa peze bouton Esc la twa fwa. Yon lòt paj ap louvri.
demo-notice = Vèsyon demonstrasyon: tout sèvis, adrès ak nimewo telefòn ki nan lis sa a se egzanp nou envante. Se pa vrè sèvis.
nav-label = Navigasyon

## Akèy

home-heading = Jwenn èd toupre…
home-intro = Ekri non yon bouk oswa yon vil. Ou pa bezwen di kote ou ye.
town-label = Bouk oswa vil
town-searching = N ap chèche kote yo…
town-no-match = Nou pa jwenn okenn kote ki gen non sa a. Eseye ekri l yon lòt jan, oswa chèche yon bouk ki tou pre.
town-suggestions-label = Kote ki koresponn
place-name = { $name }, { $admin1 }, { $country }
location-or = oswa
use-location = Sèvi ak pozisyon mwen
use-location-hint = Aplikasyon an mande pozisyon ou sèlman si ou peze bouton sa a. Anvan li chèche, li fè pozisyon an mwens presi (apeprè 1 km), epi li pa sere l.
location-finding = N ap chèche pozisyon ou…
location-denied = Nou pa t ka sèvi ak pozisyon ou paske pèmisyon an fèmen. Ou ka ekri non yon bouk oswa yon vil pito.
location-unavailable = Nou pa ka jwenn pozisyon ou kounye a. Ou ka ekri non yon bouk oswa yon vil pito.
settings-heading = Lang ak vi prive
language-label = Lang
remember-language = Sonje lang mwen sou telefòn sa a
remember-language-hint = Si ou make ti bwat sa a, se sèlman lang lan ki sere sou telefòn sa a. Si ou pa make l, aplikasyon sa a pa sere anyen.
discreet-mode = Montre yon non ak yon ikòn ki pa di anyen ("Clima")
discreet-mode-hint = Onglè navigatè a, ak ikòn nan si ou mete paj sa a sou ekran dakèy telefòn nan, ap di "Clima" ak yon ti desen tan fè: moun ki gade telefòn nan p ap wè anyen lòt. Chwa sa a sere sou telefòn sa a; "Efase sa ki sere sou telefòn sa a" retire l.
clear-device = Efase sa ki sere sou telefòn sa a
clear-device-hint = Efase tout sa aplikasyon sa a te sere sou telefòn sa a epi retounen nan kòmansman.
clear-device-done = Fini: sa aplikasyon sa a te sere yo efase. Istorik navigatè a ka toujou montre paj sa a; ou ka efase l nan paramèt navigatè a.

## Nimewo ijans

emergency-heading = Nimewo ijans nan { $country }
lifelines-open = Tout nimewo yo ak dwa ou yo
lifelines-open-anywhere = Nimewo ijans ak dwa ou yo, peyi pa peyi
lifelines-heading = Ki kote pou rele nan { $country }
lifelines-heading-none = Ki kote pou rele
lifelines-country-label = Peyi
lifelines-country-choose = Chwazi yon peyi
lifelines-offline-note = Telefòn sa a sere nimewo sa yo pou tout peyi yo menm jan: yo mache san entènèt, epi yo pa montre ki peyi ou te gade.
lifelines-emergency-heading = Nimewo ijans
lifelines-lines-heading = Liy èd
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = SMS: { $number }
lifeline-web-chat = Chat sou entènèt
lifeline-free = gratis
lifeline-24h = 24 è sou 24
lifeline-hours = Orè: { $hours }
lifeline-languages = Lang: { $languages }
lifeline-run-by = Responsab: { $organisation }
lifeline-source = Sous: { $title }. Verifye nan dat { $date }.
lifeline-checked = Verifye nan dat { $date }.
lifeline-unverified = Pa konfime: sèl sous nou jwenn nan ansyen, oswa li pa ofisyèl. Si ou kapab, verifye nimewo sa a yon lòt jan tou.
lifelines-corrected = Moun ki okipe sèvis sa a korije l nan dat { $date }.
lifelines-no-trafficking-line = Nan peyi sa a, nou pa jwenn okenn liy nasyonal kont trafik moun ki gen yon sous piblik. Si ou an danje, rele { $number }.
lifelines-no-emergency = Nou poko gen yon nimewo ijans nou verifye pou kote sa a. Mande yon moun ou fè konfyans ki nimewo lokal la.
purpose-general = Ijans
purpose-police = Lapolis
purpose-ambulance = Anbilans
purpose-fire = Ponpye
purpose-women = Vyolans sou fanm
purpose-children = Timoun ak adolesan
purpose-human_rights = Dwa moun
purpose-migrants = Moun ki migre
purpose-coast_guard = Sekou sou lanmè
purpose-civil_protection = Katastwòf
focus-trafficking = Liy kont trafik moun
focus-women = Liy pou fanm
focus-children = Liy pou timoun ak adolesan
focus-human_rights = Liy pou dwa moun
focus-migrants = Liy pou moun ki migre
focus-labour = Liy pou travayè
focus-lgbtq = Liy pou moun LGBTQ+
focus-mental_health = Liy sipò emosyonèl
rights-heading = Dwa ou yo
rights-intro = Tout peyi nan rejyon sa a siyen yon akò kont trafik moun: Pwotokòl Palermo a. Li di sa moun ki chape anba trafik moun ka mande. Chak peyi aplike l jan pa l.
rights-help = Ou ka mande èd san ou pa ale lapolis.
rights-free = Èd pou moun ki chape anba trafik moun pa ta dwe koute ou lajan.
rights-private = Sa ou rakonte ta dwe rete sekrè.
rights-interpreter = Ou ka mande yon entèprèt ki pale lang ou.
rights-time = Ou ka pran tan pou w repoze w epi reflechi anvan ou deside sa pou w fè.
rights-not-punished = Yo pa ta dwe pini ou pou bagay yo te fòse ou fè.
rights-consulate = Si ou soti nan yon lòt peyi, ou ka mande konsila peyi ou a èd.
rights-go-or-stay = Ou ka mande ki jan pou retounen nan peyi w san danje, oswa ki jan pou rete nan peyi sa a.
route-heading = Sa k ap pase apre nan { $country }
route-intro = Sa yo se etap abityèl yo. Kote ou ye a, yo ka diferan.
route-law = Lalwa: { $law }
route-bodies = Ki moun: { $bodies }
route-contact = Ki jan pou kontakte yo: { $contact }
route-none = Nou poko jwenn yon deskripsyon piblik etap yo nan peyi sa a. Liy èd ki pi wo yo ka di ou.

## Lyen pou rele oswa ekri

action-call = Rele: { $number }
action-sms = Voye SMS: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp se pou yon lòt konpayi. Si ou sèvi avè l, konvèsasyon an ka rete parèt sou telefòn sa a.
phone-trace-note = Apèl ak mesaj yo rete nan istorik telefòn nan. Si ou pè pou yon moun ta gade l, ou ka efase yo apre.

## Rezilta

results-back = Retounen nan rechèch la
results-heading-place = Èd toupre { $place }
results-heading-location = Èd toupre kote ou ye
results-loading = N ap chèche èd…
results-count =
    { $count ->
        [one] Yon kote a mwens pase { $radius }
       *[other] { $count } kote a mwens pase { $radius }
    }
results-list-label = Kote ki gen lokal, sa ki pi pre a an premye
show-filters = Filtre rezilta yo
result-distance = { $distance } { $direction }
result-distance-approximate = Apeprè { $distance } { $direction } (zòn apwoksimatif)
result-languages = Lang: { $languages }
result-checked = Òganizasyon an verifye: { $date }
result-not-checked = Òganizasyon an poko verifye
result-confidential = Adrès la rete sekrè pou pwoteje moun ki rete la. Se sèlman zòn nan ki parèt.
locator-heading = Ki kote yo ye
locator-label = Chema direksyon: ou nan mitan; chak nimewo se yon kote nan lis la, dapre distans li ak direksyon li.
no-results = Nou pa jwenn okenn sèvis ki gen lokal a mwens pase { $radius } ki koresponn ak rechèch ou.
no-results-try = Ou ka chèche pi lwen, retire kèk filt, oswa sèvi ak èd a distans ak liy èd ki pi ba yo.
wider-radius = Chèche pi lwen (jiska { $radius })
beyond-heading = Sa ki pi pre e ki koresponn ak rechèch ou, pi lwen pase { $radius }
remote-heading = Èd ou ka resevwa a distans, san ou pa deplase
remote-intro = Pa telefòn, apèl videyo oswa chat.
remote-none = Pa gen sèvis a distans ki koresponn ak rechèch ou.
remote-details = Plis enfòmasyon

## Filt

filters-heading = Filtre rezilta yo
filter-kind = Kalite èd
filter-language = Lang yo pale
filter-language-any = Nenpòt lang
filter-population = Pou ki moun
filter-free = Sèlman gratis
filter-open-now = Sèlman sa ki louvri kounye a
filter-delivery = Ki jan yo bay èd la
filter-delivery-any = Nenpòt jan
filter-delivery-in-person = Fas a fas
filter-delivery-remote = A distans (telefòn, videyo oswa chat)
filters-clear = Retire filt yo
filters-see-results = Wè rezilta yo

## Fich yon sèvis

service-back = Retounen nan rezilta yo
service-loading = Ap chaje…
service-organization = Responsab: { $organization }
service-website = Sit entènèt òganizasyon an
service-apply = Kijan pou w jwenn èd
service-contact-heading = Kontak
service-sessions-book = Wè konseye li yo ak lè ki lib
service-sessions-intro = Konseye li yo bay seyans sikososyal pa videyo, telefòn oswa chat. Ou pa bezwen kont ni imèl.
service-sessions-heading = Seyans a distans ak òganizasyon sa a
service-no-phone = Sèvis sa a pa gen nimewo telefòn nan anyè a.
service-about = Sa yo ofri
shown-in = Tèks an { $language }
service-populations = Pou ki moun
service-populations-all = Pou tout moun
service-languages = Lang
service-cost = Pri
service-delivery = Ki jan yo bay èd la
service-area = Ou ka sèvi avè l si ou nan: { $places }
service-hours = Orè
hours-timezone = Lè lokal { $zone }
hours-always = Louvri 24 è sou 24, chak jou
hours-none = Yo pa bay orè. Rele pou mande.
hours-closed = Fèmen
day-range = { $first } rive { $last }
service-capacity = Plas ki disponib
capacity-updated = Mizajou: { $date }
service-verified = Òganizasyon an te verifye enfòmasyon sa yo nan dat { $date }
service-location = Ki kote li ye
service-other-locations = Li la tou nan kote sa yo
service-confidential = Pou pwoteje moun ki rete la, nou pa montre adrès la. Rele liy admisyon an: y ap di ou ki jan pou rive la san danje.
service-area-approximate = Zòn: { $area }
service-point-approximate = Distans yo konte depi mitan vil la, pa depi adrès sa a. Rele anvan ou ale.
service-no-premises = Sèvis sa a fèt a distans.

## Vokabilè

kind-shelter = Kay akèy
kind-psychosocial = Sipò sikososyal
kind-hotline = Liy èd
kind-legal = Konsèy legal
kind-health = Sante
kind-food_clothing = Manje ak rad
kind-employment_training = Travay ak fòmasyon
kind-education = Edikasyon
kind-documents_migration = Dokiman ak migrasyon
kind-repatriation = Retounen nan peyi w san danje
kind-financial_aid = Èd lajan
kind-other = Lòt èd
population-women = Fanm
population-men = Gason
population-lgbtq = Moun LGBTQ+
population-children = Timoun
population-adolescents = Adolesan
population-families = Fanmi
population-migrants = Moun ki migre
population-indigenous_peoples = Pèp endijèn
population-people_with_disabilities = Moun ki gen andikap
population-sexual_exploitation = Moun ki chape anba eksplwatasyon seksyèl
population-labour_exploitation = Moun ki chape anba eksplwatasyon nan travay
population-other_exploitation = Moun ki chape anba lòt fòm eksplwatasyon
cost-free = Gratis
cost-low = Pa twò chè
cost-paid = Fòk ou peye
cost-unknown = Pri a pa di: mande
delivery-in_person = Fas a fas
delivery-phone = Pa telefòn
delivery-video = Pa apèl videyo
delivery-chat = Pa chat
open-now = Louvri kounye a
closed-now = Fèmen kounye a
hours-unknown = Yo pa bay orè
open-always = Louvri 24 è sou 24
capacity-available = Gen plas disponib
capacity-limited = Rete kèk plas sèlman
capacity-full = Pa gen plas kounye a
capacity-unknown = Yo pa di si gen plas
status-temporarily_closed = Fèmen pou kounye a
# Pwen kadinal yo, tankou nan «3,2 km Nòdès».
# Mo antye yo, pa lèt: Lès ak Lwès tou de kòmanse ak L, e lèt angle yo (W, SW) pa kreyòl.
# Full words, not letters: east and west both start with L in Creole, and the English letters are not Creole.
compass-n = Nò
compass-ne = Nòdès
compass-e = Lès
compass-se = Sidès
compass-s = Sid
compass-sw = Sidwès
compass-w = Lwès
compass-nw = Nòdwès
weekday-mon = Lendi
weekday-tue = Madi
weekday-wed = Mèkredi
weekday-thu = Jedi
weekday-fri = Vandredi
weekday-sat = Samdi
weekday-sun = Dimanch

## Erè

# Mesaj pou kòd erè API a (chan "code"). Aplikasyon an montre yo olye tèks an angle a.
error-invalid_parameter = Nou pa konprann yon pati nan rechèch la. Verifye { $field } epi eseye ankò.
error-missing_parameter = Gen yon enfòmasyon ki manke pou chèche: { $field }.
error-not_found = Nou pa jwenn sa ou ap chèche a. Petèt li pa nan anyè a ankò.
error-no_route = Paj sa a pa egziste.
error-internal = Gen yon bagay ki pa mache bò kote pa nou. Eseye ankò nan yon ti moman.
error-invalid_field = Verifye { $field }: li manke oswa li pa valab.
error-unauthorized = Antre nan kont ou pou w kontinye. Si ou te deja antre, sesyon an fini: antre ankò.
error-forbidden = Kont ou pa pèmèt ou fè sa.
error-account_pending = Kont ou toujou ap tann yon administratè apwouve l.
error-cross_origin = Pou rezon sekirite, ou ka fè chanjman sa a sèlman sou paj Ruta a.
error-rate_limited = Twòp esè youn dèyè lòt. Tann yon ti moman epi eseye ankò.
error-conflict = { $field } deja itilize.
error-slot_taken = Yon moun fèk pran lè sa a. Chwazi yon lòt.
error-payload_too_large = Fichye a twò gwo pou yon sèl enpòtasyon: koupe l, oswa mande yon administratè enpòte l.
error-import_running = Gen yon lòt enpòtasyon k ap fèt. Eseye ankò lè li fini.
error-precondition_required = Chanjman sa a dwe di ki vèsyon li ranplase. Rechaje epi eseye ankò.
error-precondition_failed = Yon lòt moun chanje sa a pandan tan an. Rechaje pou w wè chanjman yo.
error-method_not_allowed = Aksyon sa a pa disponib isit la.
error-unavailable = Sèvis la okipe anpil kounye a. Tanpri eseye ankò nan kèk segonn.
# Pa gen koneksyon, oswa sèvè a pa reponn.
error-network = Nou pa t ka konekte. Verifye koneksyon entènèt ou epi eseye ankò.
retry = Eseye ankò
# Sa ki ale nan { $field } nan mesaj erè yo.
field-place = kote a
field-location = pozisyon an
field-radius = distans lan
field-service = sèvis la
field-filters = filt yo

## Distans

# { $value } gen tout separatè lang lan deja («3,2» oswa «3.2»).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Siyale yon pwoblèm ak yon sèvis (nenpòt moun, san done pèsonèl)

report-no_answer = Nimewo a pa reponn
report-wrong_number = Nimewo a pa bon
report-closed = Li fèmen
report-wrong_address = Adrès la pa bon
report-wrong_hours = Orè a pa bon
report-not_as_described = Yo pa bay sa ki ekri la a
report-other = Yon lòt pwoblèm
report-heading = Gen yon bagay ki pa bon la a?
report-intro = Di nou sa san ou pa bay okenn enfòmasyon sou tèt ou: òganizasyon an ap verifye l.
report-thanks = Mèsi. Òganizasyon an ap verifye enfòmasyon sa yo.
field-email = imèl la
field-password = modpas la
field-form = fòmilè a

## Ekran pou anplwaye òganizasyon yo (sèlman nan pake /staff/ la)

staff-title = Ruta · Òganizasyon
staff-sign-out = Dekonekte
staff-sign-in-heading = Antre nan kont ou
staff-sign-in-intro = Pou anplwaye òganizasyon yo, liy èd yo ak administrasyon Ruta.
staff-email = Imèl
staff-password = Modpas
staff-sign-in = Antre
staff-listings-heading = Sèvis ou yo
staff-listings-intro = Kenbe enfòmasyon yo ajou: moun konte sou yo pou yo jwenn èd.
staff-listings-count =
    { $count ->
        [one] Yon sèvis
       *[other] { $count } sèvis
    }
staff-no-listings = Poko gen sèvis. Ajoute premye a.
staff-new-listing = Ajoute yon sèvis
staff-reports = Pwoblèm moun siyale
staff-stale = Pa verifye depi plis pase 6 mwa: konfime enfòmasyon yo pou li parèt an premye ankò.
staff-deactivated = Retire nan anyè a
staff-confidential = Adrès sekrè: piblik la wè zòn nan sèlman.
staff-last-checked = Verifye nan dat { $date }
staff-never-checked = Pa janm verifye
staff-capacity-question = Èske gen plas disponib jodi a?
staff-still-correct = Enfòmasyon yo toujou kòrèk
staff-edit = Modifye
staff-history = Istorik
staff-saved = Li anrejistre.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Yon lòt moun chanje sèvis sa a. Rechaje pou w wè chanjman yo.
staff-changed-profile = Yon lòt moun chanje pwofil sa a. Rechaje pou w wè chanjman yo.
staff-changed-lifelines = Yon lòt moun chanje liy èd sa yo. Rechaje pou w wè chanjman yo.
staff-reload = Rechaje
staff-confirmed = Mèsi: nou note enfòmasyon yo ajou.
staff-back = Retounen nan sèvis ou yo
staff-edit-heading = Modifye sèvis la
staff-new-heading = Nouvo sèvis
staff-names = Non ak deskripsyon
staff-names-hint = Ou ka ekri yo nan plizyè lang: chak moun ap wè pa l la si li egziste.
staff-translation = Lang { $number }
staff-language-code = Kòd lang lan (es, qu, pt-BR…)
staff-name = Non
staff-description = Deskripsyon
staff-descriptions = Deskripsyon yo
staff-populations-hint = Si ou pa make okenn, sèvis la se pou tout moun.
staff-languages-hint = Kòd lang yo separe ak vigil, pa egzanp: es, qu, en
staff-phone = Telefòn { $number }
staff-phone-number = Nimewo ak kòd peyi a (+504…)
staff-phone-label = Pou kisa li sèvi (opsyonèl)
staff-channel-voice = Apèl
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Fizo orè (pa egzanp, America/Tegucigalpa)
staff-day = Jou
staff-opens = Louvri
staff-closes = Fèmen
staff-lat = Latitid
staff-lon = Lonjitid
staff-address = Lari ak nimewo
staff-locality = Bouk oswa vil
staff-region = Depatman, eta oswa pwovens
staff-postal-code = Kòd postal
staff-details = Ak pwòp mo lis ou a
staff-details-hint = Piblik la ap wè yo jan yo ekri a, nan lang ou ekri yo a. Kite vid sa ou pa konnen.
staff-alternate-name = Yon lòt non yo konnen l
staff-eligibility = Ki moun ki ka vini (kondisyon)
staff-fees = Pri, an mo
staff-service-url = Pwòp paj entènèt sèvis la
staff-source-terms = Tèm li te vini avè yo
staff-source-terms-hint = Kategori anyè li soti a, nou kenbe yo jan yo te vini epi nou remèt yo lè yo ekspòte anyè a. Rechèch la sèvi ak kalite ak moun ki anlè yo, pa ak sa yo.
staff-country = Peyi (kòd de lèt, pa egzanp HN)
staff-confidential-check = Adrès sekrè (kay akèy): piblik la ap wè zòn nan sèlman
staff-other-locations = Lòt kote
staff-other-locations-hint = Biwo nan lòt vil: yo jwenn chak nan rechèch la epi yo montre li sou fich la. Efase kowòdone yon liy pou retire l; dènye liy lan ajoute youn.
staff-branch = Kote { $number }
staff-area = Zòn yo sèvi a distans
staff-area-hint = Sèlman pou sèvis pa telefòn, videyo oswa chat: peyi ak rejyon kote moun ka sèvi avè l.
staff-area-countries = Peyi (kòd, separe ak vigil)
staff-area-regions = Rejyon (kòd ISO 3166-2, pa egzanp HN-FM)
staff-status = Eta sèvis la
staff-status-active = Ap fonksyone
staff-save = Anrejistre
staff-form = fòmilè a
staff-history-heading = Istorik chanjman yo
staff-no-history = Poko gen chanjman ki anrejistre.
staff-change-by = { $who }, nan dat { $date }
staff-changed-fields = Sa ki chanje: { $fields }
staff-action-create = Kreye
staff-action-update = Enfòmasyon modifye
staff-action-capacity = Plas disponib mete ajou
staff-action-verify = Enfòmasyon konfime
staff-action-deactivate = Retire nan anyè a
staff-reports-heading = Pwoblèm moun siyale
staff-reports-intro = Moun ki te sèvi ak anyè a siyale pwoblèm sa yo. Nou pa konnen ki moun yo ye: verifye enfòmasyon yo epi make pwoblèm yo kòm rezoud.
staff-no-reports = Pa gen pwoblèm k ap tann.
staff-report-resolved = Rezoud
staff-import = Enpòte done (Open Referral)
staff-import-heading = Enpòte yon fichye Open Referral (HSDS)
staff-import-intro = Voye yon fichye HSDS 3.0 an JSON oswa yon ZIP ak tab yo an CSV (vèsyon 1.1 ak 2.0 yo mache tou). Verifye l anvan: anyen pa anrejistre, epi w ap wè sa ki pral enpòte, sa ki pral korije ak sa ki pral rete deyò, gwoupe pa rezon, ak konbyen fwa ak nan ki liy.
staff-import-file = Fichye (.json, .zip, oswa yon tablo: .xlsx, .ods, .csv)
staff-import-template = Telechaje modèl tablo a
staff-import-template-hint = Ou kenbe lis sèvis ou yo nan yon tablo? Sèvi ak modèl la: yon liy pou chak sèvis ak chak kote, tit kolòn yo an fransè, angle, panyòl oswa pòtigè. Se sèlman non sèvis la ki obligatwa.
staff-import-terms-hint = Anyè ou a gen pwòp kategori li? Mete yon tablo ki rele ruta_terms.csv nan ZIP la (kolòn taxonomy, code, term, kinds, populations, delivery) epi verifye fichye a: rapò a di sa chak tèm ou vin ye nan Ruta. Yon administratè kapab kenbe yon tablo sou sèvè a tou pou tout enpòtasyon (Administrasyon → Tablo tèm yo).
staff-import-country = Peyi sèvis yo, lè fichye a pa di l
staff-import-timezone = Lè lokal pou orè yo, lè fichye a pa di l
staff-import-file-says = Sa fichye a di
staff-import-silent-hint = Chwazi yo sèlman pou yon fichye ki pa janm di ki kote li ye (pa egzanp, anyè yon peyi): yo pa janm ranplase sa fichye a di.
staff-import-shelters-heading = Abri ki gen adrès
staff-import-shelters-intro = Abri sa yo rive ak adrès yo. Sa ki make yo rete konfidansyèl: adrès yo pa janm parèt pou piblik la, se operatè liy lan sèlman ki wè l. Retire mak la sou yon abri sèlman si li san danje pou nenpòt moun konnen kote li ye.
staff-import-check = Verifye fichye a (li pa anrejistre anyen)
staff-import-run = Enpòte
staff-import-choose = Chwazi yon fichye anvan.
staff-import-uploading = N ap voye fichye a: { $percent }%
staff-import-working = N ap li fichye a…
staff-import-report = Rapò
staff-import-would =
    Sa ta enpòte { $organizations ->
        [one] yon òganizasyon
       *[other] { $organizations } òganizasyon
    } ak { $services ->
        [one] yon sèvis
       *[other] { $services } sèvis
    }. Poko gen anyen ki anrejistre.
staff-import-done =
    Nou enpòte { $organizations ->
        [one] yon òganizasyon
       *[other] { $organizations } òganizasyon
    } ak { $services ->
        [one] yon sèvis
       *[other] { $services } sèvis
    }.
staff-import-nothing-written = Anyen pa anrejistre: fichye a gen yon pwoblèm grav (gade pi ba a).
staff-import-table = Tab
staff-import-read = Li
staff-import-imported = Enpòte
staff-import-no-services = Pa gen okenn sèvis ki ta enpòte. Rezon yo anba a.
staff-import-examples = (liy { $rows })
staff-import-issues =
    { $count ->
        [0] Pa gen remak
        [one] Yon remak
       *[other] { $count } remak
    }
staff-outcome-fixed = Korije
staff-outcome-skipped = Kite deyò
staff-outcome-warning = Atansyon
staff-outcome-fatal = Grav

# Staff navigation by role
staff-nav-listings = Fich yo
staff-nav-console = Konsòl liy dirèk
staff-nav-coverage = Kouvèti
staff-nav-sessions = Seyans yo
staff-nav-availability = Disponiblite
staff-nav-label = Seksyon yo

# Seyans a distans ak yon konseye (aplikasyon pou moun ki chape anba eksplwatasyon)
remote-session-heading = Pale ak yon konseye, kèlkeswa kote ou ye
remote-session-intro = Seyans pa videyo, pa telefòn oswa pa chat ak yon moun ki pale lang ou. Ou pa bezwen kont ni imèl.
remote-session-book = Pran randevou pou yon seyans a distans
remote-session-have-booking = Mwen gen yon randevou deja
booking-back = Retounen
booking-list-heading = Konseye pou seyans a distans
booking-list-intro = Chwazi yon moun ou santi ou alèz avè l. Ou ka kontinye ak menm moun nan pou lòt seyans yo, konsa ou pa bezwen rakonte istwa ou ankò.
booking-again-new-codes = Nouvo seyans sa a gen pwòp referans li ak pwòp kòd sekrè li: ekri yo tou. Kòd ansyen randevou w la toujou louvri ansyen randevou a.
booking-contact-remove = Retire yo
booking-contact-kept = Moun k ap ede w la ap kontakte w menm jan ak dènye fwa a ({ $channel }), epi l ap rele w menm non an si w te bay youn.
booking-contact-email-invalid = Adrès imèl sa a pa konplè. Verifye l, pa egzanp non@egzanp.org.
booking-contact-phone-invalid = Yo pa ka rele nimewo sa a jan li ekri a. Ekri l ak + ak kòd peyi a (pa egzanp +509 3700 0000) oswa chwazi peyi nimewo a.
booking-contact-country-none = Ekri ak + ak kòd peyi a
booking-contact-country = Peyi nimewo a
booking-contact-phone-hint = Ak + ak kòd peyi a (pa egzanp +509 3700 0000), oswa chwazi peyi nimewo a anba a.
booking-times-more = { $count ->
        [one] Yon lè anplis
       *[other] { $count } lè anplis
    }
booking-times-earlier-day = Jou anvan an
booking-times-next-day = Jou apre a
booking-all-counsellors = Montre tout konseye yo
booking-one-organization = Se sèlman konseye òganizasyon ou t ap gade a ki parèt.
booking-filter-any = Nenpòt
booking-filter-language = Lang
booking-filter-gender = Mwen ta pito pale ak
booking-filter-speciality = Gen eksperyans ak
booking-filter-modality = Ki jan pou pale
booking-gender-woman = Yon fanm
booking-gender-man = Yon gason
booking-gender-non_binary = Yon moun ki pa binè
booking-none = Pa gen pèsonn ki koresponn ak chwa sa yo. Eseye retire youn ladan yo.
booking-count =
    { $count ->
        [one] Yon moun
       *[other] { $count } moun
    }
booking-languages = Li pale: { $languages }
booking-specialities = Gen eksperyans ak: { $list }
booking-modalities = Seyans: { $list }
booking-session-length = Chak seyans dire { $minutes } minit.
booking-soonest = Premye lè ki lib: { $when }
booking-no-soonest = Pa gen lè ki lib nan semèn k ap vini yo.
booking-choose-time = Wè lè ki lib yo
booking-times-heading = Chwazi yon lè ak { $name }
booking-move-heading = Chwazi yon nouvo lè ak { $name }
booking-times-zone = Lè yo parèt dapre fizo orè telefòn ou ({ $zone }).
booking-times-none = Pa gen lè ki lib nan de semèn sa yo. Gade lè ki pi ta yo, oswa chwazi yon lòt moun.
booking-time-chosen = Lè ou chwazi a: { $when }
booking-form-heading = Sou seyans lan
booking-modality = Ki jan ou vle pale?
booking-language = Lang seyans lan
booking-alias = Yon non pou nou rele ou (si ou vle)
booking-alias-hint = Li pa bezwen se vrè non ou.
booking-contact-channel = Yon fason pou nou kontakte ou (si ou vle)
booking-contact-none = Okenn: m ap gade randevou mwen ak referans lan
booking-channel-phone = Apèl telefòn
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = Imèl
booking-contact-value = Nimewo oswa adrès
booking-contact-notes = Ki jan pou nou kontakte ou san danje (si ou vle)
booking-contact-notes-hint = Pa egzanp: «pa kite mesaj vokal», «sèlman apre 6 è diswa», «pa di ki moun k ap rele».
booking-reminders = Voye yon konfimasyon ban mwen ak yon rapèl jou anvan an
booking-reminders-hint = Sèlman dat la, lè a ak referans ou, ak mo ki pa di pou kisa randevou a ye. Pa make l si yon lòt moun ka li mesaj ou yo.
booking-consent-heading = Anvan ou pran randevou, li sa a
booking-consent-stored = Nou sere sèlman twa bagay: lè a, ki jan ou vle pale, ak lang lan. Yon non ak yon fason pou kontakte ou sere sèlman si ou ekri yo, epi yo chifre.
booking-consent-who = Se sèlman konseye ou la ki ka li non sa a ak kontak sa a. Pèsonn lòt moun pa ka li yo.
booking-consent-deleted =
    { $days ->
        [0] Tout sa ki gen pou wè ak seyans sa a efase kèk jou apre l. Sèl sa ki rete se yon kantite san non: konbyen seyans ki te fèt, men pa janm ki moun.
        [one] Tout sa ki gen pou wè ak seyans sa a efase yon jou apre l. Sèl sa ki rete se yon kantite san non: konbyen seyans ki te fèt, men pa janm ki moun.
       *[other] Tout sa ki gen pou wè ak seyans sa a efase { $days } jou apre l. Sèl sa ki rete se yon kantite san non: konbyen seyans ki te fèt, men pa janm ki moun.
    }
booking-consent-optional = Se ou ki deside si ou pran randevou. Ou ka wè tout sèvis yo epi rele yo san randevou.
booking-consent-agree = Mwen li sa a epi mwen vle pran randevou
booking-consent-needed = Pou pran randevou, make ti bwat ki di ou dakò a. Ou ka retounen tou.
booking-submit = Pran randevou pou lè sa a
booking-sending = N ap pran randevou a…
booking-slot-taken = Yon moun fèk pran lè sa a. Tanpri, chwazi yon lòt.
booking-move-submit = Deplase seyans mwen an pou lè sa a
booking-done-heading = Randevou ou anrejistre
booking-done-intro = Ekri de kòd sa yo sou papye, oswa kenbe yo nan tèt ou. Ou bezwen tou de pou wè, chanje oswa anile seyans lan. Se sèl fwa sa a kòd sekrè a ap parèt.
booking-reference = Referans
booking-secret = Kòd sekrè
booking-next-heading = Sa k ap pase kounye a
booking-next-confirm = { $name } ap konfime seyans lan. Ou ka verifye sa nan «Mwen gen yon randevou deja».
booking-next-video = Lè seyans lan rive, louvri lyen videyo a. Li mache nan navigatè telefòn nan.
booking-next-phone = { $name } ap rele ou nan nimewo ou te kite a. Si ou pa t kite okenn, louvri randevou ou anvan seyans lan pou wè ki jan pou w patisipe.
booking-next-chat = Lè seyans lan rive, louvri randevou ou isit la ak referans lan ak kòd sekrè a pou w antre nan chat la.
booking-room-link = Louvri apèl videyo a
booking-status-label = Eta
booking-when-label = Ki lè
booking-with-label = Avèk
booking-how-label = Ki jan
booking-status-requested = Ap tann konfimasyon
booking-status-confirmed = Konfime
booking-status-declined = Yo pa ka resevwa ou lè sa a
booking-status-cancelled = Anile
booking-status-completed = Fèt
booking-status-no_show = Pa t fèt
booking-returning = Se menm moun ak seyans ou te fè anvan an.
booking-declined-hint = Ou ka chwazi yon lòt lè ak menm moun nan.
booking-deleted-on = Tout sa ki gen pou wè ak seyans sa a ap efase nan dat { $date }.
booking-calendar = Mete l nan kalandriye mwen (.ics)
booking-calendar-hint = Nan kalandriye a, se sèlman «Randevou» ki ekri: pa gen non òganizasyon, pa gen rezon.
booking-mine-heading = Randevou mwen
booking-mine-intro = Ekri referans lan ak kòd sekrè ou te note a.
booking-mine-open = Louvri randevou mwen
booking-not-found = Pa gen okenn randevou ki koresponn ak referans sa a ak kòd sekrè sa a. Verifye yo epi eseye ankò.
booking-cancel = Anile seyans lan
booking-cancel-question = Anile seyans sa a? Lè a ap vin lib pou yon lòt moun.
booking-cancel-confirm = Wi, anile l
booking-cancel-keep = Non, kenbe l
booking-cancelled-done = Seyans lan anile.
booking-move = Chanje pou yon lòt lè
booking-again = Pran yon lòt randevou ak { $name }

# Konsòl liy dirèk la ak kouvèti (ekran pou anplwaye yo)
staff-console-heading = Konsòl liy dirèk la
staff-console-keys-line = Touch: / kote · ↑ ↓ deplase · Antre louvri · c kopye referans lan · s SMS · Esc retounen.
staff-console-keys-heading = Rakousi klavye
staff-console-kbd-enter = Antre
staff-console-key-place = Ale nan kote moun nan ye a
staff-console-key-move = Pase nan rezilta apre a oswa anvan an
staff-console-key-open = Louvri rezilta ou chwazi a
staff-console-key-copy = Prepare referans lan epi kopye l
staff-console-key-sms = Prepare referans lan epi louvri yon SMS
staff-console-key-back = Retounen nan lis la
staff-console-key-help = Montre oswa kache lis sa a
staff-console-place = Kote moun nan ye (bouk oswa vil)
staff-console-caller = Lang moun k ap rele a
staff-console-referral-in = Referans lan ap ekri an { $language }.
staff-console-language-hint = Tape yon moso nan non an: tout lang ki nan anyè a la.
staff-console-language-services =
    { $count ->
        [one] 1 sèvis
       *[other] { $count } sèvis
    }
staff-console-need = Sa li bezwen
staff-console-any-kind = Nenpòt kalite èd
staff-console-anyone = Nenpòt moun
staff-console-min-beds = Plas ki lib, omwen
staff-console-min-beds-hint = Anyè a konnen si gen plas, kèk plas oswa pa gen plas, men li pa konnen kantite egzak la: avèk 1 oswa plis, se sèlman sa ki gen plas ki parèt.
staff-console-verified = Òganizasyon an verifye l nan dènye jou yo
staff-console-verified-hint = Ekri konbyen jou. Vid: nenpòt dat.
staff-console-prompt = Ekri bouk oswa vil kote moun nan ye a epi chwazi youn nan lis la.
staff-console-nearby = Toupre kote a
staff-console-remote = A distans (telefòn, videyo oswa chat)
staff-console-results =
    { $count ->
        [0] Okenn sèvis
        [one] Yon sèvis
       *[other] { $count } sèvis
    } a mwens pase { $radius } de { $place }; { $remote ->
        [0] okenn a distans
        [one] youn a distans
       *[other] { $remote } a distans
    }.
staff-console-address = Adrès egzak: { $address }
staff-console-confidential = Konfidansyèl
staff-console-confidential-detail = Adrès konfidansyèl: pa bay li nan telefòn ni nan SMS. Bay liy resepsyon an; se yo ki pral di moun nan kijan pou l rive san danje.
staff-console-stale = Pa verifye depi plis pase 6 mwa
staff-console-capacity-on = { $capacity } (nan dat { $date })
staff-console-intake = Deskripsyon ak resepsyon
staff-console-checked = Dènye verifikasyon
staff-console-compose = Kopye referans lan (c)
staff-console-compose-sms = Voye pa SMS (s)
staff-console-composing = N ap prepare referans lan…
staff-console-referral-label = Referans an { $language }, pou li oswa pou kole
staff-console-sms = Louvri SMS la avèk tèks sa a
staff-console-sms-opened = Referans lan pare nan SMS la.
staff-console-copied = Referans lan kopye.
staff-console-copy-yourself = Nou pa t ka kopye l otomatikman: tèks la chwazi, peze Ctrl+C.
staff-console-back = Retounen nan lis la (Esc)
staff-console-note = Nòt pou pase dosye a
staff-console-note-hint = Li rete sou ekran sa a sèlman: yo pa janm voye l ni anrejistre l, epi li efase lè w fè yon nouvo rechèch oswa lè w fèmen paj la. Pa ekri non ni anyen ki ka fè yo rekonèt moun nan.
staff-coverage-heading = Kouvèti: kote ki manke sèvis
staff-coverage-intro = Ki pati nan popilasyon an ki rete a mwens pase 25, 50 ak 100 km de yon sèvis sou plas, pa peyi oswa pa depatman. Distans yo mezire an liy dwat depi chak bouk oswa vil nan lis kote yo; yon kay akèy konfidansyèl konte pa zòn li, janm pa adrès li.
staff-coverage-country = Peyi
staff-coverage-all-countries = Tout rejyon an
staff-coverage-admin-area = Depatman oswa pwovens
staff-coverage-whole-country = Tout peyi a
staff-coverage-kind = Kalite sèvis
staff-coverage-download = Telechaje CSV
staff-coverage-download-hint = Yon liy pou chak bouk oswa vil ak chak kalite sèvis, avèk distans jiska sa ki pi pre a. Li pa gen kote okenn sèvis ye.
staff-coverage-downloading = N ap prepare fichye a…
staff-coverage-downloaded = Fichye CSV la telechaje.
staff-coverage-by-country = chak peyi nan rejyon an
staff-coverage-by-area = chak depatman oswa pwovens nan { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: moun ki toupre yon sèvis sou plas, nan { $scope }
staff-coverage-chart-label = Grafik ak ba. { $kind }: pati nan popilasyon an ki a mwens pase 25, 50 ak 100 km de yon sèvis sou plas, nan { $scope }. Menm chif yo nan tablo ki vin apre a.
staff-coverage-order = Soti nan sa ki mwens kouvri rive nan sa ki plis kouvri.
staff-coverage-within-25 = A mwens pase 25 km
staff-coverage-within-50 = A mwens pase 50 km
staff-coverage-within-100 = A mwens pase 100 km
staff-coverage-percent = { $value } %
staff-coverage-table-caption = Chif grafik la
staff-coverage-area = Zòn
staff-coverage-population = Popilasyon
staff-coverage-remote = Avèk èd a distans
staff-coverage-uncovered = San èd a 100 km ni a distans
staff-coverage-median = Distans medyàn
staff-coverage-none-at-all = Pa gen okenn nan anyè a
staff-coverage-empty = Lis kote yo pa gen okenn kote nan zòn sa a.
staff-coverage-farthest-heading = Kote ki pi lwen èd
staff-coverage-farthest-intro = Bouk ak vil ki plis pase 100 km de yon sèvis sou plas kalite sa a, sa ki gen plis moun an premye.
staff-coverage-farthest-caption = Kote ki lwen: { $kind }
staff-coverage-no-farthest = Pa gen okenn kote ki plis pase 100 km de yon sèvis kalite sa a.
staff-coverage-place = Kote
staff-coverage-distance = Distans jiska sa ki pi pre a
staff-coverage-yes = Wi
staff-coverage-no = Non
staff-coverage-counts-heading = Referans ki anrejistre
staff-coverage-counts-intro = Chak referans konte sèlman kalite sèvis la, peyi a, zòn nan, lang lan ak jou a: ni moun ni tèks. Gwoup ki gen mwens pase 5 pa parèt, pou pèsonn pa ka rekonèt.
staff-coverage-counts-period = Soti { $from } rive { $to }
staff-coverage-no-referrals = Poko gen referans nan peryòd sa a.
staff-coverage-month = Mwa
staff-coverage-language = Lang
staff-coverage-referrals = Referans
staff-coverage-suppressed =
    { $groups ->
        [one] Yon lòt gwoup, ki gen kèk referans sèlman
       *[other] { $groups } lòt gwoup, chak ak kèk referans sèlman
    }
staff-coverage-fewer-than = mwens pase { $min }

# Seyans ak disponiblite yon konseye (ekran pou anplwaye yo)
staff-sessions-heading = Seyans ou yo
staff-sessions-intro = Demann k ap tann repons ou ak pwochen seyans ou yo, dapre lè kote ou ye a. Se sèlman ou menm ki wè enfòmasyon pou kontakte moun yo.
staff-sessions-refresh = Mete ajou
staff-sessions-none = Poko gen demann ni seyans.
staff-sessions-requests = Demann pou konfime
staff-sessions-upcoming = Seyans ki konfime
staff-sessions-past = Sa ki pase deja
staff-sessions-status-requested = Ap tann repons ou
staff-sessions-status-declined = Ou refize l
staff-sessions-returning = Moun ki tounen ankò
staff-sessions-alias = Non pou rele l: { $alias }
staff-sessions-no-alias = Li pa bay non
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Ki jan pou kontakte l san danje: { $notes }
staff-sessions-suggested = Lòt lè ki lib ou ka pwopoze: { $times }
staff-sessions-confirm = Konfime
staff-sessions-decline = Refize
staff-sessions-complete = Li fèt
staff-sessions-no-show = Moun nan pa t vini
staff-availability-heading = Disponiblite ou
staff-availability-zone = Lè yo dapre fizo orè ou: { $zone }.
staff-availability-weekly = Chak semèn
staff-availability-day = Jou
staff-availability-from = Depi
staff-availability-until = Jiska
staff-availability-remove = Retire
staff-availability-add-window = Ajoute lè
staff-availability-time-off = Jou konje
staff-availability-time-off-hint = Pèsonn pa ka pran randevou avè ou pandan jou konje ou yo. Seyans ki te deja gen randevou yo rete jan yo ye.
staff-availability-off-from = Depi
staff-availability-off-until = Jiska
staff-availability-add-off = Ajoute jou konje
staff-availability-rules = Seyans yo
staff-availability-session = Konbyen tan yon seyans dire (minit)
staff-availability-buffer = Poz ant de seyans (minit)
staff-availability-notice = Pi piti tan davans pou pran randevou (minit)
staff-availability-horizon = Konbyen jou davans moun ka pran randevou
staff-availability-save = Anrejistre disponiblite ou
staff-availability-outside = { $count ->
    [one] Gen yon seyans ki gen randevou ki tonbe andeyò lè ou yo kounye a. Randevou a toujou la: konfime l, refize l oswa kenbe l nan seyans ou yo.
   *[other] Gen { $count } seyans ki gen randevou ki tonbe andeyò lè ou yo kounye a. Randevou yo toujou la: konfime yo, refize yo oswa kenbe yo nan seyans ou yo.
    }

# Konseye yon òganizasyon (ekran pou anplwaye yo)
staff-nav-team = Konseye yo
staff-team-heading = Konseye ou yo
staff-team-intro = Moun ki fè seyans a distans pou òganizasyon ou an. Chak moun antre nan pwòp kont li pou l mete lè travay li ak jou konje li yo ajou.
staff-team-add = Ajoute yon konseye
staff-team-none = Poko gen konseye. Ajoute premye a.
staff-team-no-account = Poko gen kont ki lye avè l
staff-team-account-is = Li antre ak { $email }
staff-team-inactive = Li pa pran randevou
staff-team-back = Retounen nan konseye yo
staff-team-edit-heading = Modifye konseye a
staff-team-new-heading = Nouvo konseye
staff-team-organization = Òganizasyon (id)
staff-team-name = Non moun yo wè
staff-team-name-hint = Yon ti non oswa yon non li chwazi. Pa janm yon siyati.
staff-team-gender = Jann moun yo wè
staff-team-gender-unspecified = Yo pa montre l
staff-team-timezone = Fizo orè
staff-team-timezone-hint = Pa egzanp America/Lima oswa America/Santiago: lè travay yo fikse dapre fizo orè sa a.
staff-team-account = Kont pou antre (imèl)
staff-team-account-hint = Yon kont ki gen wòl konseye nan òganizasyon ou an. Kite l vid pou w lye l pita.
staff-team-active = Ap pran randevou
staff-team-hours-hint = Konseye a fikse lè travay li chak semèn ak jou konje li yo apre li fin antre nan kont li.
staff-team-save = Anrejistre konseye a

# The chat room of a chat session
booking-chat-link = Louvri chat la

## Anplwaye: liy èd peyi pa peyi (administratè)

staff-nav-lifelines = Liy èd
staff-lifelines-heading = Liy èd peyi pa peyi
staff-lifelines-intro = Korije nimewo yon peyi lè youn ladan yo chanje. Chak nimewo bezwen paj piblik kote ou te li l la, ak jou ou te li l la. Chanjman an parèt touswit nan aplikasyon an, epi li anrejistre ak non ou.
staff-lifelines-country = Peyi
staff-lifelines-shipped = Sa yo se nimewo ki vini ak Ruta.
staff-lifelines-corrected = Korije nan dat { $date }.
staff-lifelines-revert = Retounen nan nimewo ki vini ak Ruta yo
staff-lifelines-revert-yes = Wi, retire koreksyon an
staff-lifelines-emergency = Nimewo ijans
staff-lifelines-lines = Liy èd
staff-lifelines-number = Nimewo a, jan moun konpoze l nan peyi a
staff-lifelines-purpose = Pou kisa li sèvi
staff-lifelines-focus = Pou ki moun li ye
staff-lifelines-name = Non liy lan
staff-lifelines-organisation = Ki moun ki responsab li
staff-lifelines-whatsapp = Nimewo WhatsApp, ak + ak kòd peyi a
staff-lifelines-sms = Nimewo pou voye SMS
staff-lifelines-web-chat = Adrès chat sou entènèt la
staff-lifelines-channels = Fason pou kontakte l
staff-lifelines-voice = Apèl telefòn
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = SMS
staff-lifelines-web-chat-channel = Chat sou entènèt
staff-lifelines-open-24h = Louvri 24 è sou 24
staff-lifelines-free = Gratis
staff-lifelines-unknown = Sous la pa di sa
staff-lifelines-yes = Wi
staff-lifelines-no = Non
staff-lifelines-hours = Orè, jan sous la bay li
staff-lifelines-languages = Lang (kòd tankou es, qu)
staff-lifelines-source-url = Sous: adrès entènèt paj la
staff-lifelines-source-title = Sous: tit paj la
staff-lifelines-checked-on = Jou ou te verifye l
staff-lifelines-status = Konbyen li sèten
staff-lifelines-verified = Verifye: yon paj ofisyèl oswa serye, ki resan
staff-lifelines-unverified = Pa konfime
staff-lifelines-add-number = Ajoute yon nimewo
staff-lifelines-add-line = Ajoute yon liy
staff-lifelines-remove = Retire
staff-lifelines-save = Anrejistre koreksyon an
staff-lifelines-bad-date = Chak antre bezwen jou ou te verifye l ({ $field }).

# Administration (admins only)
staff-nav-admin = Administrasyon
staff-admin-heading = Administrasyon
staff-admin-registrations = Òganizasyon k ap tann apwobasyon
staff-admin-no-registrations = Pa gen okenn òganizasyon k ap tann apwobasyon.
staff-admin-no-applicant = Pa gen okenn kont ki te mande avè l.
staff-admin-asked-by = Moun ki mande: { $emails }
staff-admin-registered-on = Enskri le { $date }
staff-admin-website = Sit entènèt: { $url }
staff-admin-approve = Apwouve
staff-admin-decline = Refize
staff-admin-confirm-approve = Apwouve { $name }? Editè li yo ka konekte epi pibliye sèvis touswit.
staff-admin-approve-yes = Wi, apwouve
staff-admin-confirm-decline = Refize { $name }? Moun ki te mande a ap li rezon ou lè l eseye konekte.
staff-admin-reason = Rezon
staff-admin-reason-hint = Ak mo moun ki mande a konprann; pa plis pase 500 karaktè.
staff-admin-reason-needed = Ekri rezon an anvan (pa plis pase 500 karaktè).
staff-admin-decline-yes = Wi, refize
staff-admin-cancel = Anile
staff-admin-approved = { $name } apwouve.
staff-admin-declined = { $name } refize.
staff-role-admin = Administratè
staff-role-ngo_editor = Editè òganizasyon
staff-role-operator = Operatè liy èd
staff-role-counsellor = Konseye
staff-account-active = Aktif
staff-account-disabled = Dezaktive
staff-account-pending = Ap tann apwobasyon
staff-admin-confirm-disable = Dezaktive { $email }? Moun nan p ap ka konekte ankò, e sesyon ki louvri yo fini.
staff-admin-confirm-activate = Reaktive { $email }? Moun nan ka konekte ankò.
staff-admin-confirm-revoke = Dekonekte { $email } toupatou? Chak sesyon ki louvri sou kont sa a fini kounye a (yon telefòn ki pèdi oswa yo vòlè).
staff-admin-confirm-role = Fè { $email } tounen { $role }?
staff-admin-yes = Wi, fè l
staff-admin-revoked = { $email } dekonekte toupatou ({ $count } sesyon fini).
staff-admin-changed = { $email } chanje.
staff-admin-disable = Dezaktive
staff-admin-activate = Reaktive
staff-admin-revoke = Dekonekte toupatou
staff-admin-change-role = Chanje wòl
staff-admin-role = Wòl
staff-admin-organization = Òganizasyon
staff-admin-no-organization = Okenn (administratè ak operatè)
staff-admin-organization-hint = Editè ak konseye fè pati yon òganizasyon; administratè ak operatè pa fè pati okenn.
staff-admin-accounts = Kont
staff-admin-search = Chèche pa imèl
staff-admin-any = Tout
staff-admin-no-accounts = Pa gen okenn kont ki koresponn.
staff-admin-new-account = Kreye yon kont
staff-admin-create = Kreye kont lan
staff-admin-created = Kont kreye pou { $email }. Modpas li:
staff-admin-password-once = Yo montre l sèlman fwa sa a: bay moun nan li kounye a pa yon chanèl ki an sekirite.
error-registration_declined = Yon administratè refize enskripsyon òganizasyon ou. Rezon: { $reason }
staff-admin-parts = Pati administrasyon an
staff-audit-heading = Jounal chanjman yo
staff-audit-person = Moun (yon pati nan imèl la)
staff-audit-record = Idantifyan dosye a
staff-audit-action = Aksyon
staff-audit-from = Depi (jou)
staff-audit-to = Jiska (jou, enkli)
staff-audit-show = Montre
staff-audit-csv = Telechaje CSV
staff-audit-none = Pa gen okenn chanjman ki koresponn ak filt sa yo.
staff-audit-field = Chan
staff-audit-before = Anvan
staff-audit-after = Apre
staff-audit-yes = Wi
staff-audit-no = Non
staff-audit-action-approve = Òganizasyon apwouve
staff-audit-action-disable = Kont dezaktive
staff-audit-action-activate = Kont reaktive
staff-audit-action-register = Enskripsyon resevwa
staff-audit-action-import = Fichye enpòte
staff-audit-action-availability = Disponiblite chanje
staff-audit-action-correct = Liy èd korije
staff-audit-action-revert = Liy èd retabli
staff-audit-action-decline = Enskripsyon refize
staff-audit-action-change_role = Wòl chanje
staff-audit-action-revoke_sessions = Dekonekte toupatou
staff-audit-action-referral_status = Referans reponn
staff-audit-action-other = Lòt chanjman
staff-terms-heading = Tablo tèm yo
staff-terms-hint = Kijan kategori lòt anyè yo tounen kalite èd ak moun Ruta sèvi yo lè yo enpòte yon fichye. Chak enpòtasyon sèvi ak tablo sa a (apre yon tablo ki nan fichye a), epi ak pa Ruta a. Telechaje l, chanje l nan yon tablè epi voye l tout antye; apre sa verifye yon fichye sou ekran enpòtasyon an pou wè sa li fè.
staff-terms-status = Liy: { $rows }. Anrejistre { $date }.
staff-terms-none = Sèvè sa a poko gen pwòp tablo pa l: enpòtasyon yo sèvi ak pa Ruta a (liy: { $rows }).
staff-terms-download = Telechaje tablo sèvè sa a
staff-terms-built-in = Telechaje tablo Ruta a pou kòmanse
staff-terms-file = Tablo pou voye (CSV)
staff-terms-save = Anrejistre tablo a
staff-terms-choose = Chwazi yon fichye CSV anvan.
staff-terms-unreadable = Yo pa ka li fichye sa a kòm tèks. Anrejistre l nan tablè a kòm CSV (UTF-8).
staff-terms-saved = Tablo a anrejistre (liy: { $rows }). Pwochen enpòtasyon an ap sèvi avè l.
staff-terms-bad-cell = Liy { $line }, kolòn { $column } pa kòrèk: yon valè Ruta pa konnen, yon kolòn ki manke oswa yon liy ki pa mennen okenn kote. Anyen pa anrejistre. Tablo Ruta a montre kolòn ak valè li konnen yo.
staff-terms-too-long = Tablo a depase 200 KB. Anyen pa anrejistre.
staff-audit-entity-service = Sèvis
staff-audit-entity-organization = Òganizasyon
staff-audit-entity-referral = Referans
staff-audit-entity-user = Kont
staff-audit-entity-import = Enpòtasyon
staff-audit-entity-counsellor = Konseye
staff-audit-entity-lifelines = Liy èd
staff-admin-reports-intro = Pwoblèm moun siyale sou sèvis nenpòt òganizasyon e pèsonn poko rezoud, sa k ap tann pi lontan an premye.
staff-admin-last-admin = Se dènye kont administratè ki aktif la: fè yon lòt kont tounen administratè anvan.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Referans
staff-referral-heading = Referans
staff-referral-intro = Referans yo voye avèk konsantman moun nan. Òganizasyon ki resevwa referans lan reponn isit la; moun ki voye l la wè sèlman nan ki eta li ye.
staff-referral-inbox = Sa òganizasyon ou resevwa
staff-referral-inbox-empty = Poko gen okenn referans ki rive.
staff-referral-inbox-kept = Tout sa ki gen pou wè ak yon referans efase { $days } jou apre yo fin fèmen l oswa refize l.
staff-referral-sent = Referans ou voye
staff-referral-sent-empty = Ou poko voye okenn referans.
staff-referral-sent-on = Voye le { $date }
staff-referral-for = Pou { $service }: { $needs }
staff-referral-from = Soti nan { $from }
staff-referral-from-hotline = liy èd la
staff-referral-accept = Aksepte
staff-referral-decline = Refize
staff-referral-reason = Poukisa ou refize
staff-referral-contacted = Nou jwenn moun nan
staff-referral-close = Fèmen
staff-referral-changed = Yon lòt moun reponn referans sa a pandan tan an: n ap montre bwat resepsyon an ankò.
staff-referral-deleted-on = Ap efase le { $date }
staff-referral-status-new = Nouvo
staff-referral-status-accepted = Aksepte
staff-referral-status-declined = Refize
staff-referral-status-contacted = Yo jwenn moun nan
staff-referral-status-closed = Fèmen
staff-referral-status-unknown = Eta vèsyon sa a pa konnen
staff-referral-urgency-routine = Nan kèk jou
staff-referral-urgency-soon = Jodi a oswa demen
staff-referral-urgency-urgent = Ijan: kounye a
staff-referral-reason-no_capacity = Pa gen plas ni randevou ki lib
staff-referral-reason-outside_area = Deyò zòn nou sèvi a
staff-referral-reason-not_eligible = Sèvis nou an pa pou moun sa a
staff-referral-reason-need_not_offered = Nou pa ofri sa li bezwen an
staff-referral-reason-served_elsewhere = Yon lòt òganizasyon deja ap ede l
staff-warm-heading = Voye yon referans akonpaye
staff-warm-intro = Avèk konsantman moun nan, { $organization } resevwa sa ou ekri la a epi li reponn nan bwat resepsyon pa l. Ekri sèlman sa òganizasyon an bezwen pou l aji.
staff-warm-consent = Moun nan dakò pou { $organization } resevwa referans sa a
staff-warm-needs = Sa li bezwen
staff-warm-urgency = Nan konbyen tan
staff-warm-alias = Yon non pou rele moun nan (pa non legal li)
staff-warm-channel = Yon fason pou kontakte l san danje
staff-warm-no-contact = Okenn: se moun nan ki pral kontakte yo
staff-warm-contact = Nimewo oswa adrès
staff-warm-contact-notes = Ki jan pou kontakte l san danje (pa egzanp: pa kite mesaj vokal, sèlman apre 6 è diswa)
staff-warm-consent-contact = Moun nan dakò pou yo kontakte l konsa
staff-warm-note = Nòt pou òganizasyon an
staff-warm-note-hint = Pa mete non ni adrès: pa plis pase 500 karaktè.
staff-warm-send = Voye referans lan
staff-warm-sent = Voye bay { $service }. Swiv eta li nan Referans.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Notifikasyon
staff-notify-heading = Notifikasyon
staff-notify-intro = Sa Ruta fè anplwaye yo ak moun ki pran randevou yo konnen, ak kote chak voye ye. Nou pa montre isit la ki moun ki resevwa yo; apèsi a montre adrès la ak yon pati ki kache.
staff-notify-channels-none = Pa gen okenn kanal ki konfigire (pa gen sèvè imèl, pa gen pasrèl SMS), kidonk notifikasyon yo pa voye: yo parèt sèlman nan lis isit la, make «kenbe».
staff-notify-channels-email-only = Imèl yo voye. Pa gen pasrèl SMS ki konfigire, kidonk SMS ak mesaj WhatsApp yo pa voye: yo parèt sèlman nan lis isit la, make «kenbe».
staff-notify-channels-gateway-only = SMS ak mesaj WhatsApp yo voye. Pa gen sèvè imèl ki konfigire, kidonk imèl yo pa voye: yo parèt sèlman nan lis isit la, make «kenbe».
staff-notify-channels-all = Imèl, SMS ak mesaj WhatsApp yo voye.
staff-notify-list = Dènye notifikasyon yo, sa ki pi nouvo yo an premye
staff-notify-empty = Poko gen okenn notifikasyon.
staff-notify-attempts = Konbyen fwa yo eseye voye l: { $count }
staff-notify-queued = Mete nan ran: { $date }
staff-notify-sent-at = Voye: { $date }
staff-notify-next-try = Pwochen esè: { $date }
staff-notify-last-error = Dènye erè: { $error }
staff-notify-preview = Apèsi
staff-notify-preview-hide = Kache apèsi a
staff-notify-retry = Eseye ankò
staff-notify-preview-to = Pou
staff-notify-preview-subject = Sijè
staff-notify-preview-text = Mesaj (lang: { $language })
staff-notify-kind-referral_new = Nouvo referans
staff-notify-kind-booking_new = Nouvo demann randevou
staff-notify-kind-booking_changed = Randevou chanje lè
staff-notify-kind-booking_cancelled = Randevou anile
staff-notify-kind-booking_confirmed = Randevou konfime
staff-notify-kind-booking_reminder = Raple randevou
staff-notify-kind-listing_check = Fich pou konfime
staff-notify-status-pending = Ap tann pou voye
staff-notify-status-sending = Ap voye
staff-notify-status-sent = Voye
staff-notify-status-failed = Pa t mache
staff-notify-status-held = Kenbe (pa voye)
staff-notify-status-cancelled = Anile
staff-notify-channel-email = Imèl
staff-notify-channel-sms = Mesaj tèks (SMS)
staff-notify-channel-whatsapp = WhatsApp
