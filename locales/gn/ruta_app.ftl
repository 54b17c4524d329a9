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
discreet-mode = Ehechauka téra ha ta'anga ndohechaukáiva mba'eve ("Clima")
discreet-mode-hint = Navegador rovetã, ha ta'anga remoĩramo ko kuatiarogue pumbyry ñepyrũhápe, he'íta "Clima" ha ara ta'anga porãmimi: oma'ẽva pumbyrýre ndohechamo'ãi ambue mba'e. Ko jeporavo oñeñongatu ko pumbyrýpe; "Emboguepa ko pumbyrýpe oñeñongatúva" oipe'a.
clear-device = Emboguepa ko pumbyrýpe oñeñongatúva
clear-device-hint = Ombogue opa mba'e ko app oñongatu va'ekue ko pumbyrýpe ha ojevy ñepyrũme.
clear-device-done = Oĩma: oñembogue ko app oñongatu va'ekue. Kundahára tembiasakuépe ikatu gueteri ojehecha ko kuatiarogue; ikatu embogue kundahára ñembohekópe.

## Pytyvõ pya'e papapy

emergency-heading = Pytyvõ pya'e papapy { $country }-pe
lifelines-open = Opaite papapy ha nde derechokuéra
lifelines-open-anywhere = Pytyvõ pya'e papapy ha nde derechokuéra, peteĩteĩ tetãme g̃uarã
lifelines-heading = Moõpa ikatu rehenói { $country }-pe
lifelines-heading-none = Moõpa ikatu rehenói
lifelines-country-label = Tetã
lifelines-country-choose = Eiporavo peteĩ tetã
lifelines-offline-note = Ko pumbyry oñongatu ko'ã papapy opaite tetãmegua peteĩcha: omba'apo internet'ỹre ha ndohechaukái mba'e tetãpa rehecha.
lifelines-emergency-heading = Pytyvõ pya'e papapy
lifelines-lines-heading = Pumbyry pytyvõrã
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = SMS: { $number }
lifeline-web-chat = Chat internet rupive
lifeline-free = hepy'ỹ
lifeline-24h = 24 aravo
lifeline-hours = Aravorã: { $hours }
lifeline-languages = Ñe'ẽ: { $languages }
lifeline-run-by = Omotenondéva: { $organisation }
lifeline-source = Moõgui ou: { $title }. Ojehecha jey: { $date }.
lifeline-checked = Ojehecha jey: { $date }.
lifeline-unverified = Ndojekuaái añetépa: pe marandu añoite rojuhu va'ekue ymaguare térã ndaha'éi oficial. Ikatúramo, ehecha jey ko papapy ambue háicha avei.
lifelines-corrected = Umi omotenondéva ko pytyvõ omyatyrõ: { $date }.
lifelines-no-trafficking-line = Ndorojuhúi ko tetãme pumbyry pytyvõrã tetãmegua tapicha ñemu (trata) rehegua, marandu ojekuaáva reheve. Reiméramo peligro-pe, ehenói { $number }-pe.
lifelines-no-emergency = Ndoroguerekói gueteri pytyvõ pya'e papapy ojehecha jeýva ko tendápe g̃uarã. Eporandu peteĩ tapicha rejeroviávape ko tendagua papapy.
purpose-general = Pytyvõ pya'e
purpose-police = Polisía
purpose-ambulance = Ambulancia
purpose-fire = Bombero
purpose-women = Violencia kuñanguéra rehe
purpose-children = Mitã, mitãrusu ha mitãkuña
purpose-human_rights = Yvypóra derécho
purpose-migrants = Tapicha oúva ambue tetãgui
purpose-coast_guard = Ñepysyrõ yguasúpe
purpose-civil_protection = Mba'e vai guasu (desastre)
focus-trafficking = Pumbyry pytyvõrã tapicha ñemu (trata) rehegua
focus-women = Pumbyry pytyvõrã kuñanguérape g̃uarã
focus-children = Pumbyry pytyvõrã mitã, mitãrusu ha mitãkuñape g̃uarã
focus-human_rights = Pumbyry pytyvõrã yvypóra derécho rehegua
focus-migrants = Pumbyry pytyvõrã tapicha oúva ambue tetãgui g̃uarã
focus-labour = Pumbyry pytyvõrã mba'apohárape g̃uarã
focus-lgbtq = Pumbyry pytyvõrã tapicha LGBTQ+ g̃uarã
focus-mental_health = Pumbyry pytyvõrã py'a rehegua
rights-heading = Nde derechokuéra
rights-intro = Opaite tetã ko yvy pehẽme omboheraguapy peteĩ ñe'ẽme'ẽ tapicha ñemu (trata) rehe: Protocolo de Palermo. Upépe he'i mba'épa ikatu ojerure umi ohasa va'ekue. Peteĩteĩ tetã oipuru ambue háicha.
rights-help = Ikatu ejerure pytyvõ ndereho'ỹre polisíape.
rights-free = Pytyvõ ohasa va'ekuépe g̃uarã rehe nderehepyme'ẽi va'erã.
rights-private = Umi remombe'úva oñeñongatu va'erã kañyhápe.
rights-interpreter = Ikatu ejerure peteĩ ñe'ẽmbohasahára oñe'ẽva nde ñe'ẽme.
rights-time = Ikatu reipyhy ára rejepytu'u ha rejepy'amongeta hag̃ua, reiporavo mboyve mba'épa rejapóta.
rights-not-punished = Ndojekastigái va'erã ndéve umi mba'e rejapo va'ekuére ojeobliga haguére ndéve.
rights-consulate = Nde ambue tetãguáramo, ikatu ejerure pytyvõ nde consulado-pe.
rights-go-or-stay = Ikatu eporandu mba'éichapa rejevy tekorosãme ne retãme, térã mba'éichapa repyta ko tetãme.
route-heading = Mba'épa oikóta upéi { $country }-pe
route-intro = Ko'ãva ha'e umi mba'e ojejapo jepíva. Reimehápe, ikatu iñambue.
route-law = Léi: { $law }
route-bodies = Mávapa: { $bodies }
route-contact = Mba'éichapa reñe'ẽta hendivekuéra: { $contact }
route-none = Ndorojuhúi gueteri ko tetãme marandu ojekuaáva mba'épa ojejapo. Umi pumbyry pytyvõrã oĩva yvate gotyo ikatu omombe'u ndéve.

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
result-checked = Aty ohesa'ỹijo: { $date }
result-not-checked = Aty ndohesa'ỹijói gueteri
result-confidential = Kundaha oñeñongatu kañyhápe oñeñangareko hag̃ua umi oikóvare upépe. Ojehechauka tenda ijerére añoite.
locator-heading = Moõpa oĩ
locator-label = Tenda ra'ãnga: nde reime mbytépe; peteĩteĩ papapy ha'e peteĩ tenda lístapegua, oĩva imombyrykue ha hape rupi.
no-results = Ndorojuhúi pytyvõ óga reheve { $radius } peve ojojáva nde jeheka ndive.
no-results-try = Ikatu eheka mombyryve, enohẽ mbovymi jeporavo, térã eipuru pytyvõ mombyry guive ha pumbyry pytyvõrã oĩva iguýpe.
wider-radius = Eheka mombyryve ({ $radius } peve)
beyond-heading = Pytyvõ hi'aguive ojojáva nde jeheka ndive, { $radius } ambue gotyo
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
service-apply = Mba'éichapa rehupytýta pytyvõ
service-contact-heading = Ñomongeta hag̃ua
service-sessions-book = Ehecha hembiapoharakuéra ha aravo isãsóva
service-sessions-intro = Hembiapoharakuéra ome'ẽ ñemongeta psicosocial video, pumbyry térã chat rupive. Ndereikotevẽi cuenta ni correo.
service-sessions-heading = Ñemongeta mombyry guive ko atyguasu ndive
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
service-other-locations = Oĩ avei ko tendakuérape
service-confidential = Oñeñangareko hag̃ua umi oikóvare upépe, kundaha ndojehechaukái. Ehenói pumbyry ojeike hag̃uápe: ha'ekuéra omombe'úta ndéve mba'éichapa reg̃uahẽ tekorosãme.
service-area-approximate = Tenda: { $area }
service-point-approximate = Mombyry ojeipapa táva mbytégui, ndaha'éi ko kundahágui. Ehenói reho mboyve.
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
cost-unknown = Hepy ndojeíri: eporandu
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
error-payload_too_large = Ko marandurenda tuichaiterei peteĩ ñemoingerãicha: emboja'o, térã ejerure peteĩ ñangarekoharépe omoinge hag̃ua.
error-import_running = Oĩma ambue ñemoinge oikóva. Eha'ã jey opa rire.
error-precondition_required = Ko ñemoambue ohechaukava'erã mba'e versión omyengoviáva. Embopyahu ha eñeha'ã jey.
error-precondition_failed = Ambue tapicha omoambue kóva ko'ã aja. Embopyahu rehecha hag̃ua umi ñemoambue.
error-method_not_allowed = Ko tembiapo ndaipóri ko'ápe.
error-unavailable = Ko tembiapo oñeporuiterei ko'ágã. Eha'ã jey mbovymi aravo'ípe.
# Ndaipóri internet, térã servidor ndombohováiramo.
error-network = Ndaikatúi roñembojoaju. Ehecha nde internet ha eñeha'ã jey.
retry = Eñeha'ã jey
# Oñemoĩva { $field } rendápe jejavy marandúpe.
field-place = tenda
field-location = moõpa reime
field-radius = mombyrykue
field-service = pytyvõ
field-filters = jeporavo

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
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Ambue tapicha omoambue ko pytyvõ. Embopyahu rehecha hag̃ua umi ñemoambue.
staff-changed-profile = Ambue tapicha omoambue ko marandu. Embopyahu rehecha hag̃ua umi ñemoambue.
staff-changed-lifelines = Ambue tapicha omoambue ko'ã pumbyry pytyvõrã. Embopyahu rehecha hag̃ua umi ñemoambue.
staff-reload = Embopyahu
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
staff-postal-code = Código postal
staff-details = Nde directorio ñe'ẽme
staff-details-hint = Ojehechauka opavavépe ojehaiháicha, pe ñe'ẽ rehaiháme. Ehejanandi ndereikuaáiva.
staff-alternate-name = Ambue téra oñeikuaáva
staff-eligibility = Máva ikatu ou (tekotevẽva)
staff-fees = Hepykue, ñe'ẽme
staff-service-url = Servicio kuatia ñanduti tee
staff-source-terms = Ñe'ẽ ojegueru haguéicha
staff-source-terms-hint = Categoría pe directorio oúvagui, oñeñongatu ojegueru haguéicha ha ojeme'ẽjey pe directorio oñeguenohẽ jave. Jeheka oipuru umi tipo ha tapicha yvategua, ndaha'éi kóva.
staff-country = Tetã (código mokõi tai reheve, techapyrãramo HN)
staff-confidential-check = Kundaha ñemi (óga ñemo'ãha): tapichakuéra ohecháta tenda ijerére añoite
staff-other-locations = Ambue tenda
staff-other-locations-hint = Ambue táva rupi oĩva: peteĩteĩ ojejuhu jeheka rupi ha ojehechauka kuatiápe. Emopotĩ peteĩ tysýi coordenadas enohẽ hag̃ua; tysýi paha omoĩve peteĩ.
staff-branch = Tenda { $number }
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
staff-import-intro = Emondo peteĩ archivo HSDS 3.0 JSON-pe térã peteĩ ZIP tabla CSV-pe reheve (avei versión 1.1 ha 2.0). Ehesa'ỹijo raẽ: ndoñeñongatúi mba'eve ha rehecháta mba'épa oñeimportáta, oñemyatyrõta térã opytáta okápe, oñembojoajúva mba'érehápa, mboy jey ha mba'e filápe.
staff-import-file = Archivo (.json, .zip térã peteĩ hoja de cálculo: .xlsx, .ods, .csv)
staff-import-template = Emboguejy plantilla hoja de cálculo mba'e
staff-import-template-hint = Reguereko nde directorio peteĩ hoja de cálculo-pe? Eipuru plantilla: peteĩ fila peteĩteĩ servicio ha tenda rehe, encabezado castellano, inglés, portugués térã francés-pe. Servicio réra añónte tekotevẽ.
staff-import-terms-hint = Nde directorio oipuru ijehegui categoría? Emoĩ ZIP-pe peteĩ tabla hérava ruta_terms.csv (columnas taxonomy, code, term, kinds, populations, delivery) ha ehecha pe archivo: informe he'i mba'épa oiko ne ñe'ẽ tee Ruta-pe. Peteĩ administrador ikatu avei oñongatu peteĩ tabla servidor-pe opa jegueru rehegua (Ñemboguata → Ñe'ẽnguéra tabla).
staff-import-country = Tetã umi servicio mba'éva, archivo ndeímarõ
staff-import-timezone = Aravo tenda umi horario mba'éva, archivo ndeímarõ
staff-import-file-says = Archivo he'iháicha
staff-import-silent-hint = Eiporavo ko'ã mba'e peteĩ archivo ndeíriva araka'eve moõpa oĩ rehehápe añoite (techapyrã, peteĩ tetã directorio): ndohekoviairi araka'eve archivo he'íva.
staff-import-shelters-heading = Tekoha oguerekóva kundaha
staff-import-shelters-intro = Ko'ã tekoha oguahẽ ikundaha reheve. Umi oñemarkáva opyta ñemi: ikundaha ndojehechaukái arakaeve opavave tapichápe, línea rembiapoháme añoite. Eipe'a marka peteĩ tekohágui añoite ndaha'éiramo peligro opavave oikuaa haguã moõpa oĩ.
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
staff-import-no-services = Ndaipóri pytyvõ oñemoingétava. Ehecha mba'érepa iguýpe.
staff-import-examples = (tysýi { $rows })
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

# Ñomongeta mombyry guive peteĩ pytyvõhára ndive (app umi ohasa va'ekuépe g̃uarã) / Remote sessions with a counsellor
remote-session-heading = Eñomongeta peteĩ pytyvõhára ndive reimehágui voi
remote-session-intro = Ñomongeta video, pumbyry térã chat rupive, peteĩ tapicha oñe'ẽva nde ñe'ẽme ndive. Natekotevẽi cuenta térã correo.
remote-session-book = Ereserva peteĩ ñomongeta mombyry guive
remote-session-have-booking = Aguerekóma peteĩ reserva
booking-back = Ejevy
booking-list-heading = Pytyvõhára ñomongeta mombyry guivépe g̃uarã
booking-list-intro = Eiporavo peteĩ tapicha reñeñandu porãva hendive. Ikatu repyta upe tapicha ndive umi ñomongeta upe riréguape, ani hag̃ua reikotevẽ remombe'u jey nde rembiasakue.
booking-again-new-codes = Ko ñemongeta pyahu oguereko referencia ha código ñemi ijupeguáva: ehai avei. Umi código reserva mboyvegua oipe'a gueteri upe reserva.
booking-contact-remove = Emboguete
booking-contact-kept = Pe nde pytyvõva ojokuaáta nendive ojapo haguéicha ({ $channel }) ha nerenóita pe téra reme'ẽ haguépe.
booking-contact-email-invalid = Ko correo ndahenyhẽi. Ehecha jey, techapyrã téra@techapyra.org.
booking-contact-phone-invalid = Ndaikatúi ojehenói ko número ojehaiháicha. Ehai + ha tetã código ndive (techapyrã +595 981 123456) térã eiporavo pe número tetã.
booking-contact-country-none = Ojehai + ha tetã código ndive
booking-contact-country = Número tetã
booking-contact-phone-hint = + ha tetã código ndive (techapyrã +595 981 123456), térã eiporavo yvy gotyo pe número tetã.
booking-times-more = { $count ->
        [one] Peteĩ aravo ve
       *[other] { $count } aravo ve
    }
booking-times-earlier-day = Ára mboyve
booking-times-next-day = Ára upe rire
booking-all-counsellors = Ehechauka opavave consejero
booking-one-organization = Ojehechauka umi consejero atyguasu rehecháva mante.
booking-filter-any = Oimeraẽva
booking-filter-language = Ñe'ẽ
booking-filter-gender = Aipotave añe'ẽ
booking-filter-speciality = Máva ndive omba'apokuaa
booking-filter-modality = Mba'e rupive reñe'ẽse
booking-gender-woman = Peteĩ kuña ndive
booking-gender-man = Peteĩ kuimba'e ndive
booking-gender-non_binary = Peteĩ tapicha no binaria ndive
booking-none = Avave ndojojái ko'ã jeporavo ndive. Eñeha'ã enohẽ peteĩ.
# Papapy rire noñemoĩri -kuéra: «mbohapy tapicha».
booking-count =
    { $count ->
        [one] Peteĩ tapicha
       *[other] { $count } tapicha
    }
booking-languages = Oñe'ẽ: { $languages }
booking-specialities = Omba'apokuaa ko'ãva ndive: { $list }
booking-modalities = Ñomongeta: { $list }
booking-session-length = Peteĩteĩ ñomongeta ipuku { $minutes } aravo'i.
booking-soonest = Aravo nandi peteĩha: { $when }
booking-no-soonest = Ndaipóri aravo nandi umi arapokõindy oúvape.
booking-choose-time = Ehecha aravo nandi
booking-times-heading = Eiporavo peteĩ aravo { $name } ndive
booking-move-heading = Eiporavo peteĩ aravo pyahu { $name } ndive
booking-times-zone = Aravokuéra ojehechauka nde pumbyry aravo tendápe ({ $zone }).
booking-times-none = Ndaipóri aravo nandi ko'ã mokõi arapokõindýpe. Ehecha aravo upe riregua, térã eiporavo ambue tapicha.
booking-time-chosen = Aravo reiporavo va'ekue: { $when }
booking-form-heading = Ñomongeta rehegua
booking-modality = ¿Mba'e rupive reñe'ẽse?
booking-language = Ñomongeta ñe'ẽ
booking-alias = Peteĩ réra rohenói hag̃ua ndéve (reipotáramo)
booking-alias-hint = Ndaha'éiramo jepe nde réra añetegua, iporã.
booking-contact-channel = Mba'éichapa ikatu roñe'ẽ nendive (reipotáramo)
booking-contact-none = Mba'eve: ahecháta che reserva referencia reheve
booking-channel-phone = Ñehenói pumbyry rupive
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = Correo
booking-contact-value = Papapy térã kundaha
booking-contact-notes = Mba'éichapa roñe'ẽ nendive tekorosãme (reipotáramo)
booking-contact-notes-hint = Techapyrãramo: «ani peheja marandu ñe'ẽ rupive», «ka'aru 6 aravo rire añoite», «ani peje mávapa ohenói».
booking-reminders = Emondo chéve peteĩ jemoneĩ ha peteĩ mandu'arã ára mboyvegua
booking-reminders-hint = Ára, aravo ha nde referencia añónte, ñe'ẽ ndohechaukáiva mba'érepa pe ñembohasa. Ani emarka ambue tapicha ikatúramo omoñe'ẽ nde marandu.
booking-consent-heading = Ereserva mboyve, emoñe'ẽ ko'ã
booking-consent-stored = Roñongatu aravo, mba'e rupive reñe'ẽse ha ñe'ẽ añoite. Réra ha mba'éichapa roñe'ẽ nendive oñeñongatu rehaíramo añoite, ha oñemoñemi (cifrado).
booking-consent-who = Nde pytyvõhára añoite ikatu omoñe'ẽ upe réra ha mba'éichapa ikatu oñe'ẽ nendive. Avave ambue ndaikatúi.
booking-consent-deleted =
    { $days ->
        [0] Opa mba'e ko ñomongeta rehegua oñembogue mbovymi ára rire. Opyta papapy réra'ỹva añoite: mboýpa ñomongeta, araka'eve mávapa.
        [one] Opa mba'e ko ñomongeta rehegua oñembogue peteĩ ára rire. Opyta papapy réra'ỹva añoite: mboýpa ñomongeta, araka'eve mávapa.
       *[other] Opa mba'e ko ñomongeta rehegua oñembogue { $days } ára rire. Opyta papapy réra'ỹva añoite: mboýpa ñomongeta, araka'eve mávapa.
    }
booking-consent-optional = Ereservápa térã nahániri, nde reiporavo. Ikatu ehecha opaite pytyvõ ha ehenói chupekuéra reserva'ỹre.
booking-consent-agree = Amoñe'ẽma ko'ã ha areservase
booking-consent-needed = Ereserva hag̃ua, emarka pe kora he'íva remoneĩha. Ikatu avei rejevy.
booking-submit = Ereserva ko aravo
booking-sending = Ojereserva hína…
booking-slot-taken = Peteĩ tapicha oipyhy ko aravo ko'ag̃aite. Eiporavo ambue, ikatúramo.
booking-move-submit = Emongu'e che ñomongeta ko aravópe
booking-done-heading = Nde ñomongeta oñereservama
booking-done-intro = Ehai ko'ã mokõi código kuatiápe, térã eñongatu ne akãme. Reikotevẽ mokõivéva rehecha, remongu'e térã recancela hag̃ua pe ñomongeta. Ko'ág̃a añoite ojehechauka pe código ñemi.
booking-reference = Referencia
booking-secret = Código ñemi
booking-next-heading = Mba'épa oikóta upéi
booking-next-confirm = { $name } omoneĩta pe ñomongeta. Ikatu ehecha ko'ápe: «Aguerekóma peteĩ reserva».
booking-next-video = Ñomongeta aravópe, eipe'a video joaju. Omba'apo pumbyry kundahárape.
booking-next-phone = { $name } ohenóita ndéve pe papapy reheja va'ekuépe. Nderehejáiramo mba'eve papapy, eipe'a nde reserva ñomongeta mboyve rehecha hag̃ua mba'éichapa reike.
booking-next-chat = Ñomongeta aravópe, eipe'a ko'ápe nde reserva referencia ha código ñemi reheve, ha eike chat-pe.
booking-room-link = Eipe'a video ñehenói
booking-status-label = Mba'éichapa oĩ
booking-when-label = Araka'e
booking-with-label = Máva ndive
booking-how-label = Mba'éicha
booking-status-requested = Oha'arõ oñemoneĩ
booking-status-confirmed = Oñemoneĩma
booking-status-declined = Ndaikatúi nepytyvõ ko aravópe
booking-status-cancelled = Ojecancela
booking-status-completed = Ojejapóma
booking-status-no_show = Ndojejapói
booking-returning = Pe tapicha oĩ va'ekue nde ñomongeta mboyveguápe.
booking-declined-hint = Ikatu eiporavo ambue aravo upe tapicha ndive voi.
booking-deleted-on = Opa mba'e ko ñomongeta rehegua oñemboguéta { $date }-pe.
booking-calendar = Emoĩ che arapapahápe (.ics)
booking-calendar-hint = Arapapahápe he'i «Ñembojuaju» añoite: ndohaíri aty réra térã mba'érepa.
booking-mine-heading = Che reserva
booking-mine-intro = Ehai referencia ha código ñemi rehai va'ekue.
booking-mine-open = Eipe'a che reserva
booking-not-found = Ndaipóri reserva ojojáva ko referencia ha ko código ñemi ndive. Ehecha jey ha eñeha'ã jey.
booking-cancel = Ecancela pe ñomongeta
booking-cancel-question = ¿Recancelasépa ko ñomongeta? Pe aravo opytáta nandi ambue tapichápe g̃uarã.
booking-cancel-confirm = Héẽ, ecancela
booking-cancel-keep = Nahániri, eñongatu
booking-cancelled-done = Pe ñomongeta ojecancelama.
booking-move = Emongu'e ambue aravópe
booking-again = Ereserva ambue ñomongeta { $name } ndive

# Ñe'ẽmbyrykua rembiapo ha oñeguahẽha (mba'apohára rehegua)
staff-console-heading = Ñe'ẽmbyrykua rembiapo
staff-console-keys-line = Tecla: / tenda · ↑ ↓ ñemongu'e · Enter eipe'a · c embohasa pytyvõ rape · s SMS · Esc ejevy.
staff-console-keys-heading = Tecla pya'eha
staff-console-kbd-enter = Enter
staff-console-key-place = Eho tapicha oĩhápe
staff-console-key-move = Eho ojejuhúva upeigua térã tenondegua rehe
staff-console-key-open = Eipe'a ojejuhúva reiporavóva
staff-console-key-copy = Embosako'i pytyvõ rape ha embohasa
staff-console-key-sms = Embosako'i pytyvõ rape ha eipe'a SMS
staff-console-key-back = Ejevy lístape
staff-console-key-help = Ehechauka térã eñomi ko lista
staff-console-place = Moõpa oĩ tapicha (táva térã táva guasu)
staff-console-caller = Ñe'ẽ tapicha ohenóiva oipurúva
staff-console-referral-in = Pytyvõ rape oñehaíta { $language }-pe.
staff-console-language-hint = Ehai téra pehẽngue: opaite ñe'ẽ kuatiañe'ẽme oĩva oĩ ko'ápe.
staff-console-language-services =
    { $count ->
        [one] 1 pytyvõ
       *[other] { $count } pytyvõ
    }
staff-console-need = Mba'épa oikotevẽ
staff-console-any-kind = Oimeraẽ pytyvõ
staff-console-anyone = Oimeraẽ tapicha
staff-console-min-beds = Tenda nandi, sa'ive
staff-console-min-beds-hint = Kuatia ñemohenda oñongatu oĩpa tenda, sa'i térã ndaipóri, ndaha'éi mboy hetapa: 1 térã hetave reheve ojehechauka tenda nandi orekóva añoite.
staff-console-verified = Atyguasu ohesa'ỹijova'ekue ára pahápe
staff-console-verified-hint = Ehai mboy ára. Nandi: oimeraẽ ára.
staff-console-prompt = Ehai táva tapicha oĩhápe ha eiporavo peteĩ lístagui.
staff-console-nearby = Tenda ypýpe
staff-console-remote = Mombyry guive (pumbyry, video térã chat)
staff-console-results =
    { $count ->
        [0] Ndaipóri pytyvõ
        [one] Peteĩ pytyvõ
       *[other] { $count } pytyvõ
    } { $radius } peve { $place } guive; { $remote ->
        [0] ndaipóri mombyry guive
        [one] peteĩ mombyry guive
       *[other] { $remote } mombyry guive
    }.
staff-console-address = Kundaha añete: { $address }
staff-console-confidential = Ñemi
staff-console-confidential-detail = Kundaha ñemi: ani eme'ẽ pumbyrýpe ni SMS-pe. Eme'ẽ jeguerohoryha rape; upépe he'íta tapichápe mba'éicha ikatu oguahẽ kyhyje'ỹme.
staff-console-stale = Hetave 6 jasy ndojehesa'ỹijói
staff-console-capacity-on = { $capacity } ({ $date } guive)
staff-console-intake = Myesakã ha jeguerohory
staff-console-checked = Ojehesa'ỹijo pahague
staff-console-compose = Embohasa pytyvõ rape (c)
staff-console-compose-sms = Emondo SMS rupive (s)
staff-console-composing = Oñembosako'i pytyvõ rape…
staff-console-referral-label = Pytyvõ rape { $language }-pe, ñemoñe'ẽ térã ñemboja hag̃ua
staff-console-sms = Eipe'a SMS ko jehai reheve
staff-console-sms-opened = Pytyvõ rape oĩma SMS-pe.
staff-console-copied = Pytyvõ rape ojehaíma.
staff-console-copy-yourself = Ndaikatúi ojehai ijehegui: jehai oñeiporavóma, ejopy Ctrl+C.
staff-console-back = Ejevy lístape (Esc)
staff-console-note = Jehaipy ambue pytyvõhárape g̃uarã
staff-console-note-hint = Opyta ko pantállape añoite: araka'eve ndojemondói ni ndoñeñongatúi, ha okañy jeheka pyahu reheve térã rembotývo kuatiarogue. Ani ehai téra ni mba'eve ohechaukáva tapichápe.
staff-coverage-heading = Oñeguahẽha: moõpa ndaipóri pytyvõ
staff-coverage-intro = Mboy tapichapa oiko 25, 50 ha 100 km peve peteĩ pytyvõ óga reheve, tetã térã departamento rupive. Pa'ũ ojeha'ã tape hekopete rupive peteĩteĩ táva guive; óga ñemi ojeipapa ijerére, araka'eve ikundaha rupive.
staff-coverage-country = Tetã
staff-coverage-all-countries = Opaite tetãnguéra
staff-coverage-admin-area = Departamento térã provincia
staff-coverage-whole-country = Tetã tuichakue
staff-coverage-kind = Mba'e pytyvõ
staff-coverage-download = Emboguejy CSV
staff-coverage-download-hint = Peteĩ tysýi peteĩteĩ táva ha mba'e pytyvõme g̃uarã, pa'ũ ijypykuéva peve. Ndoguerekói mba'eve pytyvõ renda.
staff-coverage-downloading = Oñembosako'i archivo…
staff-coverage-downloaded = Archivo CSV oguejýma.
staff-coverage-by-country = peteĩteĩ tetãme
staff-coverage-by-area = peteĩteĩ departamento { $country }-pe
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: tapichakuéra oĩva pytyvõ óga ypýpe, { $scope }
staff-coverage-chart-label = Ta'ãnga barra reheve. { $kind }: mboy tapichapa oĩ 25, 50 ha 100 km peve pytyvõ óga guive, { $scope }. Umi papapy voi oĩ tabla oúvape.
staff-coverage-order = Sa'ive oñeguahẽha guive hetave peve.
staff-coverage-within-25 = 25 km peve
staff-coverage-within-50 = 50 km peve
staff-coverage-within-100 = 100 km peve
staff-coverage-percent = { $value } %
staff-coverage-table-caption = Ta'ãnga papapy
staff-coverage-area = Tenda
staff-coverage-population = Tapichakuéra
staff-coverage-remote = Pytyvõ mombyry guive reheve
staff-coverage-uncovered = Pytyvõ'ỹre 100 km peve ni mombyry guive
staff-coverage-median = Pa'ũ mbytegua
staff-coverage-none-at-all = Ndaipóri kuatia ñemohendápe
staff-coverage-empty = Ndaipóri táva ko tendápe.
staff-coverage-farthest-heading = Táva mombyryvéva pytyvõgui
staff-coverage-farthest-intro = Táva oĩva 100 km ári peteĩ pytyvõ óga ko mba'éva guive, hetave tapichayguáva ypy.
staff-coverage-farthest-caption = Táva mombyry: { $kind }
staff-coverage-no-farthest = Ndaipóri táva oĩva 100 km ári ko mba'e pytyvõgui.
staff-coverage-place = Táva
staff-coverage-distance = Pa'ũ ijypykuéva peve
staff-coverage-yes = Héẽ
staff-coverage-no = Nahániri
staff-coverage-counts-heading = Pytyvõ rape ojehaíva
staff-coverage-counts-intro = Peteĩteĩ pytyvõ rape oipapa mba'e pytyvõ, tetã, tenda, ñe'ẽ ha ára añoite: ni tapicha ni jehai. Aty sa'ivéva 5-gui ndojehechaukái, avave ani hag̃ua ojekuaa.
staff-coverage-counts-period = { $from } guive { $to } peve
staff-coverage-no-referrals = Ndaipóri gueteri pytyvõ rape ko árape.
staff-coverage-month = Jasy
staff-coverage-language = Ñe'ẽ
staff-coverage-referrals = Pytyvõ rape
staff-coverage-suppressed =
    { $groups ->
        [one] Peteĩ aty ambue, pytyvõ rape sa'i reheve
       *[other] { $groups } aty ambue, peteĩteĩ pytyvõ rape sa'i reheve
    }
staff-coverage-fewer-than = sa'ive { $min }-gui

# Pytyvõhára ñomongeta ha aravo jeporupyrã (mba'apohára rehegua) / A counsellor's sessions and availability
staff-sessions-heading = Ne ñomongetakuéra
staff-sessions-intro = Umi jerure oha'arõva nde mbohovái ha ne ñomongeta oúva, nde aravópe. Umi marandu oñe'ẽ hag̃ua hendivekuéra nde añoite rehecha.
staff-sessions-refresh = Embopyahu
staff-sessions-none = Ndaipóri gueteri jerure térã ñomongeta.
staff-sessions-requests = Jerure remoneĩ va'erã
staff-sessions-upcoming = Ñomongeta oñemoneĩmava
staff-sessions-past = Mboyvegua
staff-sessions-status-requested = Oha'arõ nde mbohovái
staff-sessions-status-declined = Remboyke
staff-sessions-returning = Tapicha oujeýva
staff-sessions-alias = Réra ojeipurútava: { $alias }
staff-sessions-no-alias = Ndome'ẽi réra
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Mba'éichapa eñe'ẽ hendive tekorosãme: { $notes }
staff-sessions-suggested = Ambue aravo nandi ikatúva reikuave'ẽ: { $times }
staff-sessions-confirm = Emoneĩ
staff-sessions-decline = Emboyke
staff-sessions-complete = Ojejapóma
staff-sessions-no-show = Ndoúi
staff-availability-heading = Ne aravo jeporupyrã
staff-availability-zone = Aravokuéra oĩ nde aravo tendápe: { $zone }.
staff-availability-weekly = Opa arapokõindy
staff-availability-day = Ára
staff-availability-from = Guive
staff-availability-until = Peve
staff-availability-remove = Enohẽ
staff-availability-add-window = Emoĩ aravo
staff-availability-time-off = Ára pytu'u
staff-availability-time-off-hint = Avave ndaikatúi oreserva nendive ne ára pytu'úme. Umi ñomongeta oñereservamava opyta oñereservaháicha.
staff-availability-off-from = Guive
staff-availability-off-until = Peve
staff-availability-add-off = Emoĩ ára pytu'u
staff-availability-rules = Ñomongeta
staff-availability-session = Mboy aravo'ipa ipuku peteĩ ñomongeta (aravo'i)
staff-availability-buffer = Pytu'u ñomongeta mbytépe (aravo'i)
staff-availability-notice = Mboy aravo'i sa'ive ojereserva hag̃ua tenonderã (aravo'i)
staff-availability-horizon = Mboy ára tenonderã peve ikatu ojereserva
staff-availability-save = Eñongatu ne aravo jeporupyrã
# Papapy rire noñemoĩri -kuéra: «mbohapy ñomongeta».
staff-availability-outside = { $count ->
    [one] Peteĩ ñomongeta oñereservamava opyta ko'ág̃a ne aravo okápe. Oñereserva gueteri: emoneĩ, emboyke térã eñongatu ne ñomongetakuéragui.
   *[other] { $count } ñomongeta oñereservamava opyta ko'ág̃a ne aravo okápe. Oñereserva gueteri: emoneĩ, emboyke térã eñongatu ne ñomongetakuéragui.
    }

# Peteĩ aty pytyvõharakuéra (mba'apohára rehegua) / An organisation's counsellors
staff-nav-team = Pytyvõhára
staff-team-heading = Ne pytyvõharakuéra
staff-team-intro = Tapichakuéra ojapóva ñomongeta mombyry guive ne atýpe g̃uarã. Peteĩteĩ oike icuenta-pe ombopyahu hag̃ua iaravo ha iára pytu'u.
staff-team-add = Emoĩ peteĩ pytyvõhára
staff-team-none = Ndaipóri gueteri pytyvõhára. Emoĩ peteĩha.
staff-team-no-account = Ndojoajúi gueteri peteĩ cuenta ndive
staff-team-account-is = Oike { $email } rupive
staff-team-inactive = Ndoipyhýi reserva
staff-team-back = Ejevy pytyvõharakuérape
staff-team-edit-heading = Emoambue pytyvõhára
staff-team-new-heading = Pytyvõhára pyahu
staff-team-organization = Aty (id)
staff-team-name = Réra tapichakuéra ohecháva
staff-team-name-hint = Téra térã peteĩ réra oiporavóva. Ani araka'eve terajoapy.
staff-team-gender = Género tapichakuéra ohecháva
staff-team-gender-unspecified = Ndojehechaukái
staff-team-timezone = Aravo tenda
staff-team-timezone-hint = Techapyrãramo America/Lima térã America/Santiago: aravokuéra oñemoĩ ko aravo tendápe.
staff-team-account = Cuenta oike hag̃ua (correo)
staff-team-account-hint = Peteĩ cuenta pytyvõhára rembiapo reheve ne atýpe. Eheja nandi rejoaju hag̃ua upe rire.
staff-team-active = Oipyhy reserva
staff-team-hours-hint = Pytyvõhára omoĩ voi iaravo opa arapokõindy ha iára pytu'u, oike rire icuenta-pe.
staff-team-save = Eñongatu pytyvõhára

# The chat room of a chat session
booking-chat-link = Eipe'a chat

## Rembiapoharakuéra: pumbyry pytyvõrã peteĩteĩ tetãme (sambyhyhára g̃uarã)

staff-nav-lifelines = Pumbyry pytyvõrã
staff-lifelines-heading = Pumbyry pytyvõrã peteĩteĩ tetãme
staff-lifelines-intro = Emyatyrõ peteĩ tetã papapy oñemoambuéramo peteĩva. Peteĩteĩ papapy oikotevẽ kuatiarogue ojekuaáva remoñe'ẽ haguépe ha ára remoñe'ẽ hague. Ñemoambue ojehechauka pya'e app-pe ha oñemboguapy nde réra reheve.
staff-lifelines-country = Tetã
staff-lifelines-shipped = Ko'ãva ha'e umi papapy Ruta oguerúva.
staff-lifelines-corrected = Oñemyatyrõ: { $date }.
staff-lifelines-revert = Ejevy umi papapy Ruta oguerúvape
staff-lifelines-revert-yes = Héẽ, enohẽ ñemyatyrõ
staff-lifelines-emergency = Pytyvõ pya'e papapy
staff-lifelines-lines = Pumbyry pytyvõrã
staff-lifelines-number = Papapy, ojehenóiháicha upe tetãme
staff-lifelines-purpose = Mba'épe g̃uarã
staff-lifelines-focus = Mávape g̃uarã
staff-lifelines-name = Pumbyry pytyvõrã réra
staff-lifelines-organisation = Mávapa omotenonde
staff-lifelines-whatsapp = WhatsApp papapy, + ha tetã código reheve
staff-lifelines-sms = Papapy ojemondo hag̃ua SMS
staff-lifelines-web-chat = Chat kundaha internet-pe
staff-lifelines-channels = Mba'éichapa ikatu oñeñe'ẽ hendive
staff-lifelines-voice = Ñehenói
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = SMS
staff-lifelines-web-chat-channel = Chat internet rupive
staff-lifelines-open-24h = Ojepe'a 24 aravo
staff-lifelines-free = Hepy'ỹ
staff-lifelines-unknown = Pe kuatiarogue ndoje'éi upéva
staff-lifelines-yes = Héẽ
staff-lifelines-no = Nahániri
staff-lifelines-hours = Aravorã, kuatiarogue he'iháicha
staff-lifelines-languages = Ñe'ẽ (código, techapyrãramo es, qu)
staff-lifelines-source-url = Moõgui ou: kuatiarogue kundaha internet-pe
staff-lifelines-source-title = Moõgui ou: kuatiarogue réra
staff-lifelines-checked-on = Ára rehesa'ỹijo hague
staff-lifelines-status = Mba'éichapa ojekuaa añetépa
staff-lifelines-verified = Ojehesa'ỹijóma: peteĩ kuatiarogue oficial térã ojeroviakuaáva, ha ipyahúva
staff-lifelines-unverified = Ndojekuaái añetépa
staff-lifelines-add-number = Emoĩ peteĩ papapy
staff-lifelines-add-line = Emoĩ peteĩ pumbyry pytyvõrã
staff-lifelines-remove = Enohẽ
staff-lifelines-save = Eñongatu ñemyatyrõ
staff-lifelines-bad-date = Peteĩteĩ marandu oikotevẽ ára rehesa'ỹijo hague ({ $field }).

# Administration (admins only)
staff-nav-admin = Ñemboguata
staff-admin-heading = Ñemboguata
staff-admin-registrations = Organización oha'arõva ñemoneĩ
staff-admin-no-registrations = Ndaipóri organización oha'arõva ñemoneĩ.
staff-admin-no-applicant = Ndaipóri cuenta ojeruréva hendive.
staff-admin-asked-by = Ojeruréva: { $emails }
staff-admin-registered-on = Oñembohéra { $date }-pe
staff-admin-website = Ñanduti renda: { $url }
staff-admin-approve = Moneĩ
staff-admin-decline = Mboyke
staff-admin-confirm-approve = ¿Remoneĩpa { $name }? Editor-kuéra ikatúta oike ha omoherakuã servicio ko'ág̃a voi.
staff-admin-approve-yes = Héẽ, moneĩ
staff-admin-confirm-decline = ¿Emboykepa { $name }? Ojeruréva omoñe'ẽta nde mba'ére oike jave.
staff-admin-reason = Mba'ére
staff-admin-reason-hint = Ojeruréva ontende haguã ñe'ẽme; 500 taikuéra peve.
staff-admin-reason-needed = Ehai raẽ mba'ére (500 taikuéra peve).
staff-admin-decline-yes = Héẽ, mboyke
staff-admin-cancel = Heja
staff-admin-approved = { $name } oñemoneĩma.
staff-admin-declined = { $name } oñemboykéma.
staff-role-admin = Ñembohekuáva
staff-role-ngo_editor = Organización editor
staff-role-operator = Pytyvõ pumbyry rembiapoha
staff-role-counsellor = Pytyvõhára
staff-account-active = Omba'apóva
staff-account-disabled = Ojejokóva
staff-account-pending = Oha'arõ ñemoneĩ
staff-admin-confirm-disable = ¿Ejokópa { $email }? Ndaikatuvéima oike ha isesión ojepe'áva opáta.
staff-admin-confirm-activate = ¿Emyendyjeýpa { $email }? Ikatúta oike jey.
staff-admin-confirm-revoke = ¿Emosẽpa { $email } opaite hendágui? Ko cuenta sesión ojepe'áva opáta ko'ág̃a (pumbyry okañýva térã ojemondáva).
staff-admin-confirm-role = ¿{ $email } oiko haguã { $role }?
staff-admin-yes = Héẽ, ejapo
staff-admin-revoked = { $email } osẽma opaite hendágui ({ $count } sesión opáma).
staff-admin-changed = { $email } oñemoambuéma.
staff-admin-disable = Ejoko
staff-admin-activate = Emyendyjey
staff-admin-revoke = Emboty opaite sesión
staff-admin-change-role = Emoambue tembiapo
staff-admin-role = Tembiapo
staff-admin-organization = Organización
staff-admin-no-organization = Mavave (ñembohekuáva ha rembiapoha)
staff-admin-organization-hint = Editor ha pytyvõhára oĩ peteĩ organización-pe; ñembohekuáva ha rembiapoha ndoikéi mavavépe.
staff-admin-accounts = Cuenta-kuéra
staff-admin-search = Eheka correo rupive
staff-admin-any = Opavave
staff-admin-no-accounts = Ndaipóri cuenta ojojoguáva.
staff-admin-new-account = Emoheñói peteĩ cuenta
staff-admin-create = Emoheñói cuenta
staff-admin-created = Cuenta oñemoheñóima { $email }-pe g̃uarã. Iñe'ẽñemi:
staff-admin-password-once = Ojehechauka ko'ág̃a año: eme'ẽ ko'ág̃a tapichápe tape oñeñangarekóva rupive.
error-registration_declined = Peteĩ ñembohekuáva omboyke nde organización jehaipy. Mba'ére: { $reason }
staff-admin-parts = Ñemboguata vore
staff-audit-heading = Ñemoambue rysýi
staff-audit-person = Tapicha (correo peteĩ vore)
staff-audit-record = Jehaipy ID
staff-audit-action = Mba'e ojejapóva
staff-audit-from = Ára guive
staff-audit-to = Ára peve (oikehápe)
staff-audit-show = Hechauka
staff-audit-csv = Mboguejy CSV
staff-audit-none = Ndaipóri ñemoambue ojojoguáva ko filtro-kuérare.
staff-audit-field = Kokue
staff-audit-before = Yma
staff-audit-after = Upéi
staff-audit-yes = Héẽ
staff-audit-no = Nahániri
staff-audit-action-approve = Organización oñemoneĩva
staff-audit-action-disable = Cuenta ojejokóva
staff-audit-action-activate = Cuenta oñemyendyjeýva
staff-audit-action-register = Jehaipy oñemoherakuãva
staff-audit-action-import = Archivo oñeguerúva
staff-audit-action-availability = Oĩhára oñemoambuéva
staff-audit-action-correct = Pumbyry pytyvõrã oñemyatyrõva
staff-audit-action-revert = Pumbyry pytyvõrã ojerujeýva
staff-audit-action-decline = Jehaipy oñemboykéva
staff-audit-action-change_role = Tembiapo oñemoambuéva
staff-audit-action-revoke_sessions = Oñemosẽ opaite hendágui
staff-audit-action-referral_status = Derivación ombohovái
staff-audit-action-other = Ambue ñemoambue
staff-terms-heading = Ñe'ẽnguéra tabla
staff-terms-hint = Mba'éichapa ambue directorio categoría oiko Ruta pytyvõ rehegua ha tapicha oñepytyvõva rehegua peteĩ archivo ojegueru jave. Opa jegueru oipuru ko tabla (peteĩ tabla archivo ryepýpe oĩ rire, upe rire), upéi Ruta mba'e. Emboguejy, emoambue peteĩ hoja de cálculo-pe ha emondo henyhẽmbáva; upéi ehecha peteĩ archivo jegueru pantalla-pe ehecha hag̃ua mba'épa ojapo.
staff-terms-status = Tysýi: { $rows }. Oñeñongatu { $date }.
staff-terms-none = Ko servidor ndoguerekói gueteri itabla: umi jegueru oipuru Ruta mba'e (tysýi: { $rows }).
staff-terms-download = Emboguejy ko servidor tabla
staff-terms-built-in = Emboguejy Ruta tabla eñepyrũ hag̃ua
staff-terms-file = Tabla emondo hag̃ua (CSV)
staff-terms-save = Eñongatu tabla
staff-terms-choose = Eiporavo raẽ peteĩ archivo CSV.
staff-terms-unreadable = Ko archivo ndaikatúi ojelee moñe'ẽrãicha. Eñongatu hoja de cálculo guive CSV (UTF-8) ramo.
staff-terms-saved = Tabla oñeñongatúma (tysýi: { $rows }). Jegueru oúvape oipurúta.
staff-terms-bad-cell = Tysýi { $line }, columna { $column } naiporãi: peteĩ valor Ruta ndoikuaáiva, peteĩ columna ofaltáva térã peteĩ tysýi ndogueraháiva mba'eve gotyo. Mba'eve noñeñongatúi. Ruta tabla ohechauka umi columna ha valor oikuaáva.
staff-terms-too-long = Tabla ohasa 200 KB. Mba'eve noñeñongatúi.
staff-audit-entity-service = Servicio
staff-audit-entity-organization = Organización
staff-audit-entity-referral = Derivación
staff-audit-entity-user = Cuenta
staff-audit-entity-import = Jegueru
staff-audit-entity-counsellor = Pytyvõhára
staff-audit-entity-lifelines = Pumbyry pytyvõrã
staff-admin-reports-intro = Apañuãi tapichakuéra omomarandúva oimeraẽ organización servicio rehe ha avave ndoipytyvõiva gueteri; ohaʼarõvéva raẽ.
staff-admin-last-admin = Kóva ha'e ñembohekuáva cuenta paha omba'apóva: ejapo raẽ ambue cuenta ñembohekuávarõ.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Derivación-kuéra
staff-referral-heading = Derivación-kuéra
staff-referral-intro = Derivación-kuéra oñemondóva tapicha ñemoneĩ reheve. Organización ohupytýva ombohovái ko'ápe; omondova'ekue ohecha año mba'éichapa oĩ.
staff-referral-inbox = Nde organización ohupytýva
staff-referral-inbox-empty = Ndaipóri derivación ojehupytýva.
staff-referral-inbox-kept = Opa mba'e peteĩ derivación rehegua oñembogue { $days } ára rire oñemboty térã oñemboyke guive.
staff-referral-sent = Derivación-kuéra remondova'ekue
staff-referral-sent-empty = Nemondói gueteri peteĩ derivación jepe.
staff-referral-sent-on = Oñemondo { $date }-pe
staff-referral-for = { $service }-pe g̃uarã: { $needs }
staff-referral-from = { $from } guive
staff-referral-from-hotline = Pumbyry pytyvõrã
staff-referral-accept = Emoneĩ
staff-referral-decline = Emboyke
staff-referral-reason = Mba'ére oñemboyke
staff-referral-contacted = Roñe'ẽma tapicha ndive
staff-referral-close = Emboty
staff-referral-changed = Ambue tapicha ombohováima ko derivación upe aja: ojehechaukajey umi derivación ojehupytýva.
staff-referral-deleted-on = Oñembogueta { $date }-pe
staff-referral-status-new = Pyahu
staff-referral-status-accepted = Oñemoneĩma
staff-referral-status-declined = Oñemboykéma
staff-referral-status-contacted = Oñeñe'ẽma tapicha ndive
staff-referral-status-closed = Oñembotýma
staff-referral-status-unknown = Mba'éichapa oĩ ko versión ndoikuaáiva
staff-referral-urgency-routine = Mbovy ára ryepýpe
staff-referral-urgency-soon = Ko árape térã ko'ẽrõ
staff-referral-urgency-urgent = Pya'e: ko'ág̃aite
staff-referral-reason-no_capacity = Ndaipóri tenda ni aravo nandi
staff-referral-reason-outside_area = Okápe tenda ropytyvõhágui
staff-referral-reason-not_eligible = Ore pytyvõ ndaha'éi ko tapichápe g̃uarã
staff-referral-reason-need_not_offered = Ndoroikuave'ẽi pe oikotevẽva
staff-referral-reason-served_elsewhere = Ambue organización oipytyvõma
staff-warm-heading = Emondo peteĩ derivación oñemoirũva
staff-warm-intro = Tapicha ñemoneĩ reheve, { $organization } ohupyty rehaíva ko'ápe ha ombohovái umi derivación ohupytývape. Ehai año umi mba'e oikotevẽva ojapo hag̃ua.
staff-warm-consent = Tapicha omoneĩ { $organization } ohupyty hag̃ua ko derivación
staff-warm-needs = Mba'épa oikotevẽ
staff-warm-urgency = Mboy pya'épa oikotevẽ
staff-warm-alias = Peteĩ réra ojehenói hag̃ua tapichápe (ndaha'éi héra kuatiapegua)
staff-warm-channel = Peteĩ tape tekorosãme oñe'ẽ hag̃ua hendive
staff-warm-no-contact = Mba'eve: tapicha voi oñe'ẽta hendivekuéra
staff-warm-contact = Papapy térã kundaha
staff-warm-contact-notes = Mba'éichapa oñe'ẽ hendive tekorosãme (techapyrãramo: ani oheja marandu ñe'ẽ rupive, ka'aru 6 aravo rire añoite)
staff-warm-consent-contact = Tapicha omoneĩ oñe'ẽ hag̃ua hendive ko tape rupive
staff-warm-note = Jehaipy organización-pe g̃uarã
staff-warm-note-hint = Ani ehai téra ni kundaha: 500 taikuéra peve.
staff-warm-send = Emondo derivación
staff-warm-sent = Oñemondo { $service }-pe. Ehecha mba'éichapa oĩ Derivación-kuérape.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Ñemomarandu-kuéra
staff-notify-heading = Ñemomarandu-kuéra
staff-notify-intro = Mba'e Ruta omomarandúva rembiapoharakuérape ha umi tapicha ojeruréva ñembojuaju, ha mba'éichapa oĩ peteĩteĩ ñemondo. Ko'ápe ndojehechaukái máva ohupytýpa; jehecha ypýpe pe dirección oñemokañy peteĩ pehẽngue.
staff-notify-channels-none = Ndaipóri tape oñembosako'íva (ndaipóri servidor correo rehegua, ndaipóri pasarela SMS rehegua), upévare umi ñemomarandu noñemondói: oĩnte ko lista-pe, «ojejokóva» ramo.
staff-notify-channels-email-only = Correo-kuéra oñemondo. Ndaipóri pasarela SMS oñembosako'íva, upévare SMS ha WhatsApp marandu noñemondói: oĩnte ko lista-pe, «ojejokóva» ramo.
staff-notify-channels-gateway-only = SMS ha WhatsApp marandu oñemondo. Ndaipóri servidor correo oñembosako'íva, upévare correo-kuéra noñemondói: oĩnte ko lista-pe, «ojejokóva» ramo.
staff-notify-channels-all = Correo, SMS ha WhatsApp marandu oñemondo.
staff-notify-list = Ñemomarandu ipyahuvéva, ipyahuvéva raẽ
staff-notify-empty = Ndaipóri gueteri ñemomarandu.
staff-notify-attempts = Mboy jey oñeha'ã oñemondo: { $count }
staff-notify-queued = Oñemoĩ ñeha'arõme: { $date }
staff-notify-sent-at = Oñemondo: { $date }
staff-notify-next-try = Ñeha'ã oúva: { $date }
staff-notify-last-error = Jejavy paha: { $error }
staff-notify-preview = Jehecha ypy
staff-notify-preview-hide = Emokañy jehecha ypy
staff-notify-retry = Eha'ã jey
staff-notify-preview-to = Máva peg̃uarã
staff-notify-preview-subject = Mba'e rehegua
staff-notify-preview-text = Marandu ({ $language }-pe)
staff-notify-kind-referral_new = Derivación pyahu
staff-notify-kind-booking_new = Ñembojuaju jerure pyahu
staff-notify-kind-booking_changed = Ñembojuaju oñemoambue
staff-notify-kind-booking_cancelled = Ñembojuaju ojecancela
staff-notify-kind-booking_confirmed = Ñembojuaju oñemoneĩma
staff-notify-kind-booking_reminder = Ñembojuaju ñemomandu'a
staff-notify-kind-listing_check = Marandu-kuéra emoneĩ hag̃ua
staff-notify-status-pending = Oha'arõ oñemondo
staff-notify-status-sending = Oñemondo hína
staff-notify-status-sent = Oñemondóma
staff-notify-status-failed = Ndoikói
staff-notify-status-held = Ojejoko (noñemondói)
staff-notify-status-cancelled = Ojecancela
staff-notify-channel-email = Correo
staff-notify-channel-sms = Marandu jehaipyre (SMS)
staff-notify-channel-whatsapp = WhatsApp
