# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker who works with survivors review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que trabaje con sobrevivientes que revise cada mensaje antes de usarlo.
# OIKOTEVẼ OHESA'ỸIJO AVAÑE'Ẽ IÑE'ẼYPYGUÁVA — ko ñembohasa ojejapo máquina pytyvõme; ojeipuru mboyve, peteĩ tapicha oñe'ẽva avañe'ẽ ha omba'apóva umi ohasa va'ekuére ohesa'ỹijo peteĩteĩ marandu.
# Variety: Paraguayan Guaraní (Avañe'ẽ), standard orthography of the Academia de la Lengua Guaraní (ñ, ẽ, ỹ, g̃, puso ').
# Variedad: guaraní paraguayo, grafía de la Academia de la Lengua Guaraní. El castellano (es) es la fuente.
# Palabras de jopara que la gente usa (internet, WhatsApp, SMS, app, chat, video, empresa, migración) se dejan
# así; para «teléfono» se usa pumbyry.
# Ko app ñe'ẽ umi ohasa va'ekue ñeipuru vai rehe g̃uarã. Ñe'ẽ: hesakã, ñemomba'épe, tapicha rehe ojesarekóva; ani araka'eve ojekulpa.

## Opaite kuatiaroguépe

app-name = Ruta
quick-exit = Esẽ pya'e
quick-exit-hint = Esẽ hag̃ua pya'eterei, ejopy «Esẽ pya'e» térã ejopy Esc votõ mbohapy jey. Ojeipe'áta ambue kuatiarogue.
demo-notice = Jehechaukarã: opaite pytyvõ, kundaha ha pumbyry papapy oĩva ko lístape ojejapo jehechaukarãnte, ndaha'éi añetegua. Ko'ãva ndaha'éi pytyvõ añetegua.
nav-label = Jeguata

## Ñepyrũ

home-heading = Ejuhu pytyvõ oĩva ag̃ui…
home-intro = Ehai peteĩ táva térã táva guasu réra. Natekotevẽi ere moõpa reime.
town-label = Táva térã táva guasu
town-searching = Ojeheka hína tendakuéra…
town-no-match = Ndorojuhúi tenda upe réra reheve. Ehai ambue háicha térã eheka peteĩ táva ag̃uiguáva.
town-suggestions-label = Tenda ojojáva
place-name = { $name }, { $admin1 }, { $country }
location-or = térã
use-location = Eipuru moõpa aime
use-location-hint = Moõpa reime ojerure ejopýramo ko votõ añoite. Ojeheka mboyve, ojeipuru 1 km rupinte, ha noñeñongatúi.
location-finding = Ojeheka hína moõpa reime…
location-denied = Ndaikatúi ojeipuru moõpa reime, pe ñemoneĩ oñembogue haguére. Ikatu ehai peteĩ táva térã táva guasu réra upéva rangue.
location-unavailable = Ndaikatúi roikuaa ko'ág̃a moõpa reime. Ikatu ehai peteĩ táva térã táva guasu réra upéva rangue.
settings-heading = Ñe'ẽ ha ñemiguáva
language-label = Ñe'ẽ
remember-language = Eñongatu che ñe'ẽ ko pumbyrýpe
remember-language-hint = Remarkáramo ko kora, oñeñongatu ñe'ẽnte ko pumbyrýpe. Nderemarkáiramo, ko app ndoñongatúi mba'eve.
clear-device = Emboguepa ko pumbyrýpe oñeñongatúva
clear-device-hint = Ombogue opa mba'e ko app oñongatu va'ekue ko pumbyrýpe ha ojevy ñepyrũme.
clear-device-done = Oĩma: oñembogue ko app oñongatu va'ekue. Kundahára tembiasakuépe ikatu gueteri ojehecha ko kuatiarogue; ikatu embogue kundahára ñembohekópe.

## Pytyvõ pya'e papapy

emergency-heading = Pytyvõ pya'e papapy { $country }-pe
emergency-call = Pytyvõ pya'e: { $number }
hotlines-heading = Pumbyry pytyvõrã tetãmegua

## Ñehenói térã jehai hag̃ua

action-call = Ehenói: { $number }
action-sms = Emondo SMS: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp ha'e ambue empresa mba'e. Eipurúramo, pe ñomongeta ikatu opyta ojehecha ko pumbyrýpe.
phone-trace-note = Umi ñehenói ha marandu opyta pumbyry tembiasakuépe. Rejepy'apýramo oĩtaha ohecháva, ikatu embogue upe rire.

## Jehekaapy

results-back = Ejevy jehekápe
results-heading-place = Pytyvõ { $place } ag̃ui
results-heading-location = Pytyvõ reimeha ag̃ui
results-loading = Ojeheka hína pytyvõ…
# Papapy rire noñemoĩri -kuéra: «mbohapy tenda».
results-count =
    { $count ->
        [one] Peteĩ tenda, { $radius } peve
       *[other] { $count } tenda, { $radius } peve
    }
results-list-label = Tenda óga reheve, ag̃uievéva guive mombyryvéva peve
show-filters = Eiporavo jehekaapy
result-distance = { $distance } { $direction }
result-distance-approximate = { $distance } rupi { $direction } (tenda ijerére)
result-languages = Ñe'ẽ: { $languages }
result-confidential = Kundaha oñeñongatu kañyhápe oñeñangareko hag̃ua umi oikóvare upépe. Ojehechauka tenda ijerére añoite.
locator-heading = Moõpa oĩ
locator-label = Tenda ra'ãnga: nde reime mbytépe; peteĩteĩ papapy ha'e peteĩ tenda lístapegua, oĩva imombyrykue ha hape rupi.
no-results = Ndorojuhúi pytyvõ óga reheve { $radius } peve ojojáva nde jeheka ndive.
no-results-try = Ikatu eheka mombyryve, enohẽ mbovymi jeporavo, térã eipuru pytyvõ mombyry guive ha pumbyry pytyvõrã oĩva iguýpe.
wider-radius = Eheka mombyryve ({ $radius } peve)
remote-heading = Pytyvõ ikatúva rehupyty ko'águi, mombyry guive
remote-intro = Pumbyry, video ñehenói térã chat rupive.
remote-none = Ndaipóri pytyvõ mombyry guive ojojáva nde jeheka ndive.
remote-details = Hetave marandu

## Jeporavo

filters-heading = Eiporavo jehekaapy
filter-kind = Mba'e pytyvõ
filter-language = Ñe'ẽ oipurúva
filter-language-any = Oimeraẽ ñe'ẽ
filter-population = Mávape g̃uarã
filter-free = Hepy'ỹva añoite
filter-open-now = Ijurujáva ko'ág̃a añoite
filter-delivery = Mba'éichapa oñepytyvõ
filter-delivery-any = Oimeraẽ háicha
filter-delivery-in-person = Tendápe voi
filter-delivery-remote = Mombyry guive (pumbyry, video térã chat)
filters-clear = Enohẽ jeporavo
filters-see-results = Ehecha jehekaapy

## Peteĩ pytyvõ rehegua

service-back = Ejevy jehekaapýpe
service-loading = Henyhẽhína…
service-organization = Omotenondéva: { $organization }
service-website = Aty ñanduti renda
service-contact-heading = Ñomongeta hag̃ua
service-no-phone = Ko pytyvõ ndorekói pumbyry papapy ko lístape.
service-about = Mba'e ome'ẽ
shown-in = Ñe'ẽ ojehaihápe: { $language }
service-populations = Mávape g̃uarã
service-populations-all = Opavavépe g̃uarã
service-languages = Ñe'ẽ
service-cost = Hepykue
service-delivery = Mba'éichapa oñepytyvõ
service-area = Ikatu ojeipuru ko'ã tendágui: { $places }
service-hours = Aravorã
hours-timezone = { $zone } aravo
hours-always = Ijurujáva 24 aravo, opa ára
hours-none = Nomombe'úi aravorã. Ehenói eporandu hag̃ua.
hours-closed = Oñemboty
day-range = { $first } guive { $last } peve
service-capacity = Tenda nandi
capacity-updated = Oñembopyahu: { $date }
service-verified = Aty ohesa'ỹijo ko'ã marandu: { $date }
service-location = Moõpa oĩ
service-confidential = Oñeñangareko hag̃ua umi oikóvare upépe, kundaha ndojehechaukái. Ehenói pumbyry ojeike hag̃uápe: ha'ekuéra omombe'úta ndéve mba'éichapa reg̃uahẽ tekorosãme.
service-area-approximate = Tenda: { $area }
service-no-premises = Ko pytyvõ oñeme'ẽ mombyry guive.

## Ñe'ẽnguéra

kind-shelter = Óga ñemo'ãha
kind-psychosocial = Pytyvõ py'a ha tekovépe
kind-hotline = Pumbyry pytyvõrã
kind-legal = Pytyvõ léi rehegua
kind-health = Tesãi
kind-food_clothing = Tembi'u ha ao
kind-employment_training = Tembiapo ha ñembokatupyry
kind-education = Tekombo'e
kind-documents_migration = Kuatia ha migración
kind-repatriation = Jejevy tekorosãme ne retãme
kind-financial_aid = Pirapire pytyvõ
kind-other = Ambue pytyvõ
population-women = Kuñanguéra
population-men = Kuimba'ekuéra
population-lgbtq = Tapicha LGBTQ+
population-children = Mitãnguéra
population-adolescents = Mitãrusu ha mitãkuña
population-families = Ogayguakuéra
population-migrants = Tapicha oúva ambue tetãgui
population-indigenous_peoples = Tetã ypykuéra
population-people_with_disabilities = Tapicha ikatupyry iñambuéva
population-sexual_exploitation = Ohasa va'ekue ñeipuru vai sexual
population-labour_exploitation = Ohasa va'ekue ñeipuru vai tembiapópe
population-other_exploitation = Ohasa va'ekue ambue ñeipuru vai
cost-free = Hepy'ỹ
cost-low = Hepy michĩ
cost-paid = Hepy reheve
delivery-in_person = Tendápe voi
delivery-phone = Pumbyry rupive
delivery-video = Video ñehenói rupive
delivery-chat = Chat rupive
open-now = Ijurujáva ko'ág̃a
closed-now = Oñemboty ko'ág̃a
hours-unknown = Aravorã noñemombe'úi
open-always = Ijurujáva 24 aravo
capacity-available = Oĩ tenda nandi
capacity-limited = Opyta mbovymi tenda
capacity-full = Ndaipóri tenda ko'ág̃a
capacity-unknown = Noñemombe'úi oĩpa tenda
status-temporarily_closed = Oñemboty sapy'ami
# Irundy yvytu rape, «3.2 km NE» háicha. Opyta karaiñe'ẽ tai (O = oeste), Paraguái mapape ojehechaháicha.
# Se dejan las letras castellanas, como en los mapas de Paraguay.
compass-n = N
compass-ne = NE
compass-e = E
compass-se = SE
compass-s = S
compass-sw = SO
compass-w = O
compass-nw = NO
weekday-mon = Arateĩ
weekday-tue = Arakõi
weekday-wed = Araapy
weekday-thu = Ararundy
weekday-fri = Arapo
weekday-sat = Arapoteĩ
weekday-sun = Arapokõi

## Jejavy

# Marandu API jejavy papapy rehegua (pe «code»). App ohechauka ko'ãva inglyñe'ẽ rangue.
error-invalid_parameter = Ndojekuaaporãi peteĩ mba'e nde jehekápe. Ehecha jey { $field } ha eñeha'ã jey.
error-missing_parameter = Ndaipóri peteĩ marandu ojeheka hag̃ua: { $field }.
error-not_found = Ndorojuhúi rehekáva. Ikatu ndaipóri véima ko lístape.
error-no_route = Ko kuatiarogue ndaipóri.
error-internal = Peteĩ mba'e ndoikoporãi ore gotyo. Eñeha'ã jey sapy'a rire.
error-invalid_field = Ehecha jey { $field }: ndaipóri térã ndaha'éi hekopete.
error-unauthorized = Eike nde cuenta-pe reho hag̃ua tenonde. Reikéma ramo, pe sesión opáma: eike jey.
error-forbidden = Nde cuenta nomoneĩri rejapo hag̃ua kóva.
error-account_pending = Nde cuenta oha'arõ gueteri peteĩ administrador ñemoneĩ.
error-cross_origin = Tekorosã rehehápe, ko ñemoambue ikatu ojejapo Ruta kuatiaroguépe añoite.
error-rate_limited = Hetaiterei ñeha'ã ojoapykuéri. Eha'arõ sapy'ami ha eñeha'ã jey.
error-conflict = { $field } ojeipurúma.
error-slot_taken = Peteĩ tapicha ojoguapyhágui ko aravo. Eiporavo ambue.
# Ndaipóri internet, térã servidor ndombohováiramo.
error-network = Ndaikatúi roñembojoaju. Ehecha nde internet ha eñeha'ã jey.
retry = Eñeha'ã jey
# Oñemoĩva { $field } rendápe jejavy marandúpe.
field-place = tenda
field-location = moõpa reime
field-radius = mombyrykue
field-service = pytyvõ
field-filters = jeporavo

## Ñe'ẽnguéra réra (ikatúva ojeheka directorio-pe)

# «Ñe'ẽ: …» ha «Ñe'ẽ oipurúva» jeporavo g̃uarã. Tai tuichávape oñepyrũ.
language-es = Karaiñe'ẽ
language-pt = Portugañe'ẽ
language-en = Inglyñe'ẽ
language-fr = Hyãsiañe'ẽ
language-ht = Kreyol Haitígua
language-nl = Olandañe'ẽ
language-qu = Kichuañe'ẽ
language-gn = Avañe'ẽ
language-ay = Aimarañe'ẽ
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Náhuatl
language-yua = Mayañe'ẽ Yucatán
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento
language-miq = Miskito
language-cab = Garífuna
language-jam = Kreyol Jamaikagua
language-acf = Kreyol Santa Lucíagua
language-gcf = Kreyol Guadalupegua
language-guc = Wayuunaiki
language-tzo = Tsotsil
language-tzh = Tseltal
language-zh = Chinañe'ẽ
language-ar = Arañe'ẽ
language-it = Italiañe'ẽ
language-de = Alemañe'ẽ
language-ja = Japoñe'ẽ
language-ko = Koreañe'ẽ

## Mombyrykue

# { $value } oguereko ñe'ẽ papapy ñemboja'o («3,2» térã «3.2»).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Emombe'u peteĩ apañuãi pytyvõ rehegua (oimeraẽva ikatu, ojekuaa'ỹre mávapa)

report-no_answer = Pumbyry ndombohováii
report-wrong_number = Pumbyry papapy ndaha'éi hekopete
report-closed = Oñemboty
report-wrong_address = Kundaha ndaha'éi hekopete
report-wrong_hours = Aravorã ndaha'éi hekopete
report-not_as_described = Nome'ẽi ko'ápe he'íva
report-other = Ambue apañuãi
report-heading = ¿Oĩpa mba'e ndaha'éiva upéicha ko'ápe?
report-intro = Emombe'u ñandéve ani reme'ẽ mba'eve nde rehegua: organización ohecha jeýta.
report-thanks = Aguyje. Organización ohecha jeýta ko'ã marandu.
field-email = correo
field-password = contraseña
field-form = formulario

## Aty rembiapoharakuéra kuatiarogue (/staff/ paquete-pe añoite)

staff-title = Ruta · Atykuéra
staff-sign-out = Esẽ nde cuenta-gui
staff-sign-in-heading = Eike nde cuenta-pe
staff-sign-in-intro = Aty rembiapoharakuéra, pumbyry pytyvõrã ha Ruta sambyhyhára g̃uarã.
staff-email = Correo
staff-password = Contraseña
staff-sign-in = Eike
staff-listings-heading = Ne pytyvõnguéra
staff-listings-intro = Ereko marandu ipyahúva: tapichakuéra ojerovia hese og̃uahẽ hag̃ua pytyvõme.
# Papapy rire noñemoĩri -kuéra: «mbohapy pytyvõ».
staff-listings-count =
    { $count ->
        [one] Peteĩ pytyvõ
       *[other] { $count } pytyvõ
    }
staff-no-listings = Ndaipóri gueteri pytyvõ. Emoĩ peteĩha.
staff-new-listing = Emoĩ peteĩ pytyvõ
staff-reports = Apañuãi oñemombe'úva
staff-stale = Hetave 6 jasy ndojehesa'ỹijói: emoneĩ marandu ojehechauka jey hag̃ua tenondépe.
staff-deactivated = Oñenohẽ lístagui
staff-confidential = Kundaha ñemi: tapichakuéra ohecha tenda ijerére añoite.
staff-last-checked = Ojehesa'ỹijo: { $date }
staff-never-checked = Ndojehesa'ỹijói araka'eve
staff-capacity-question = Oĩpa tenda nandi ko árape?
staff-still-correct = Marandu hekopete gueteri
staff-edit = Emoambue
staff-history = Tembiasakue
staff-saved = Oñeñongatúma.
staff-confirmed = Aguyje: oñemboguapýma marandu ipyahuha.
staff-back = Ejevy ne pytyvõnguérape
staff-edit-heading = Emoambue pytyvõ
staff-new-heading = Pytyvõ pyahu
staff-names = Réra ha ñemyesakã
staff-names-hint = Ikatu ehai heta ñe'ẽme: peteĩteĩ tapicha ohecháta iñe'ẽme, oĩramo.
staff-translation = Ñe'ẽ { $number }
staff-language-code = Ñe'ẽ código (es, qu, pt-BR…)
staff-name = Réra
staff-description = Ñemyesakã
staff-descriptions = Ñemyesakãnguéra
staff-populations-hint = Nderemarkáiramo mba'eve, pytyvõ opavavépe g̃uarã.
staff-languages-hint = Ñe'ẽ código, coma rupive oñemboja'óva, techapyrãramo: es, qu, en
staff-phone = Pumbyry { $number }
staff-phone-number = Papapy tetã código reheve (+504…)
staff-phone-label = Mba'épe g̃uarã (reipotáramo)
staff-channel-voice = Ñehenói
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Aravo tenda (techapyrãramo, America/Tegucigalpa)
staff-day = Ára
staff-opens = Ojepe'a
staff-closes = Oñemboty
staff-lat = Latitud
staff-lon = Longitud
staff-address = Tape ha papapy
staff-locality = Táva térã táva guasu
staff-region = Departamento, estado térã provincia
staff-country = Tetã (código mokõi tai reheve, techapyrãramo HN)
staff-confidential-check = Kundaha ñemi (óga ñemo'ãha): tapichakuéra ohecháta tenda ijerére añoite
staff-area = Tenda oñepytyvõha mombyry guive
staff-area-hint = Pytyvõ pumbyry, video térã chat rupiguápe g̃uarã añoite: tetã ha tenda ikatuhápe ojeipuru.
staff-area-countries = Tetãnguéra (código, coma rupive oñemboja'óva)
staff-area-regions = Tendakuéra (código ISO 3166-2, techapyrãramo HN-FM)
staff-status = Mba'éichapa oĩ
staff-status-active = Omba'apo
staff-save = Eñongatu
staff-form = formulario
staff-history-heading = Ñemoambue rembiasakue
staff-no-history = Ndaipóri gueteri ñemoambue oñemboguapýva.
staff-change-by = { $who }, { $date }
staff-changed-fields = Oñemoambue: { $fields }
staff-action-create = Ojejapo
staff-action-update = Marandu oñemoambue
staff-action-capacity = Tenda nandi oñembopyahu
staff-action-verify = Marandu oñemoneĩ
staff-action-deactivate = Oñenohẽ lístagui
staff-reports-heading = Apañuãi oñemombe'úva
staff-reports-intro = Tapicha oipuru va'ekue directorio omombe'u ko'ã apañuãi. Ndoroikuaái mávapa ha'ekuéra: ehesa'ỹijo marandu ha emarka oñemoĩporãmaha.
staff-no-reports = Ndaipóri apañuãi oha'arõva.
staff-report-resolved = Oñemoĩporãma
staff-import = Eimporta marandu (Open Referral)
staff-import-heading = Eimporta peteĩ archivo Open Referral (HSDS)
staff-import-intro = Emondo peteĩ archivo HSDS 3.0 JSON-pe térã peteĩ ZIP tabla CSV-pe reheve (avei versión 1.1 ha 2.0). Ehesa'ỹijo raẽ: ndoñeñongatúi mba'eve ha rehecháta, fila rupive, mba'épa oñeimportáta, oñemyatyrõta térã opytáta okápe.
staff-import-file = Archivo (.json térã .zip)
staff-import-check = Ehesa'ỹijo archivo (noñongatúi mba'eve)
staff-import-run = Eimporta
staff-import-choose = Eiporavo raẽ peteĩ archivo.
staff-import-uploading = Oñemondo archivo: { $percent } %
staff-import-working = Oñemoñe'ẽ archivo…
staff-import-report = Informe
staff-import-would =
    Oñeimportáta { $organizations ->
        [one] peteĩ aty
       *[other] { $organizations } aty
    } ha { $services ->
        [one] peteĩ pytyvõ
       *[other] { $services } pytyvõ
    }. Ndoñeñongatúi gueteri mba'eve.
staff-import-done =
    Oñeimportáma { $organizations ->
        [one] peteĩ aty
       *[other] { $organizations } aty
    } ha { $services ->
        [one] peteĩ pytyvõ
       *[other] { $services } pytyvõ
    }.
staff-import-nothing-written = Ndoñeñongatúi mba'eve: archivo oguereko peteĩ apañuãi tuicháva (ehecha iguýpe).
staff-import-table = Tabla
staff-import-read = Oñemoñe'ẽva
staff-import-imported = Oñeimportáva
staff-import-issues =
    { $count ->
        [0] Ndaipóri ñemomarandu
        [one] Peteĩ ñemomarandu
       *[other] { $count } ñemomarandu
    }
staff-outcome-fixed = Oñemyatyrõva
staff-outcome-skipped = Opytáva okápe
staff-outcome-warning = Ema'ẽ
staff-outcome-fatal = Apañuãi tuicha

# Staff navigation by role
staff-nav-listings = Marandukuéra
staff-nav-console = Ñe'ẽmbyrykua rembiapo
staff-nav-coverage = Oñeguahẽha
staff-nav-sessions = Ñomongeta
staff-nav-availability = Ára jeporupyrã
staff-nav-label = Vore
