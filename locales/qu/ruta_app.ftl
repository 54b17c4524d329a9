# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker who works with survivors review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que trabaje con sobrevivientes que revise cada mensaje antes de usarlo.
# RUNASIMI RIMAQKUNAN QHAWANANKU — kay t'ikrayqa makinawan yanapasqan; manaraq apaykachaspa, sapa willakuyta yanapaq llamk'aq runasimi rimaq qhawachun.
# Variety: Southern Quechua (Qhichwa / Runasimi), Cusco–Collao variety, standard written form used in Peru and
# Bolivia (three-vowel alphabet a i u; evidential -n/-mi, genitive -q/-pa). Spanish (es) is the source.
# Variedad: quechua sureño, variedad Cusco–Collao, escritura normalizada de Perú y Bolivia (alfabeto de tres vocales).
# Préstamos del castellano que la gente usa (telefono, WhatsApp, SMS, internet, app, chat, video, navegador,
# historial, permiso, lista) se dejan con su escritura castellana para que se reconozcan en el teléfono.
# Kay app-pa qillqankuna, ñak'ariymanta lluqsimuq runakunapaq. Rimay: sut'i, respetowan, runata qhawaspa; ama hayk'appas huchachaspa.

## Llapan p'anqakunapi

app-name = Ruta
quick-exit = Usqhaylla lluqsiy
quick-exit-hint = Chayllapacha lluqsinaykipaq, «Usqhaylla lluqsiy» nisqata ñit'iy, utaq Esc teclata kimsa kutita ñit'iy. Huk p'anqan kicharikunqa.
demo-notice = Kayqa qhawarichinapaqllan: kay listapi llapan yanapaykuna, maypi kasqankuna, telefono yupaykunapas yuyaymanasqallan. Manan chiqaq yanapaykunachu.
nav-label = Purina

## Qallariy

home-heading = Qayllapi yanapayta tariy…
home-intro = Huk llaqtaq sutinta qillqay. Maypi kasqaykitaqa manan willanayki kanchu.
town-label = Llaqta utaq hatun llaqta
town-searching = Llaqtakunata maskachkan…
town-no-match = Manan tarinikuchu chay sutiyuq llaqtata. Huk hinata qillqaspa maskay, utaq qayllapi kaq llaqtata maskay.
town-suggestions-label = Tupaq llaqtakuna
place-name = { $name }, { $admin1 }, { $country }
location-or = utaq
use-location = Maypi kasqaywan maskay
use-location-hint = Kay botonta ñit'iptiykillan maypi kasqaykita mañakun. Maskanapaqqa yaqa 1 km kamallatan riqsikun, manataq waqaychakunchu.
location-finding = Maypi kasqaykita maskachkan…
location-denied = Manan maypi kasqaykita apaykachayta atikunchu, permiso wisq'asqa kasqanrayku. Chaypa rantinqa llaqtaq sutinta qillqayta atinki.
location-unavailable = Kunanqa manan yachayta atinikuchu maypi kasqaykita. Chaypa rantinqa llaqtaq sutinta qillqayta atinki.
settings-heading = Simi, pakasqa kay
language-label = Simi
remember-language = Kay telefonopi simiyta yuyariy
remember-language-hint = Kay cuadrota marcaptiykiqa, simillan kay telefonopi waqaychakun. Mana marcaptiykiqa, kay app manan imatapas waqaychanchu.
discreet-mode = Mana imatapas willakuq suti, siq'ita rikuchiy ("Clima")
discreet-mode-hint = Navegadorpa pestañan, siq'ipas kay p'anqata qallariy pantallaman churaspaqa, "Clima" nispa ninqa, pacha imayna kasqanmanta huk siq'illawan: telefonota qhawaqqa manam imatapas astawan rikunqachu. Kay akllayqa kay telefonopi waqaychakun; "Kay telefonopi waqaychasqata pichay" nisqa qichun.
clear-device = Kay telefonopi waqaychasqata pichay
clear-device-hint = Kay app kay telefonopi waqaychasqanta llapanta pichan, qallariymantaq kutin.
clear-device-done = Tukunña: kay app waqaychasqanqa pichasqañan. Navegadorpa historialninpiqa kay p'anqa rikhurillanmanraqmi; navegadorpa configuracionninpi pichayta atinki.

## Usqhay yanapana yupaykuna

emergency-heading = { $country } suyupi usqhay yanapana yupaykuna
lifelines-open = Llapan yupaykuna, hayñiykikunapas
lifelines-open-anywhere = Usqhay yanapana yupaykuna, hayñiykikunapas, sapa suyupaq
lifelines-heading = { $country } suyupi mayman waqyana
lifelines-heading-none = Mayman waqyana
lifelines-country-label = Suyu
lifelines-country-choose = Huk suyuta akllay
lifelines-offline-note = Kay telefonoqa llapan suyukunaq yupayninkunata kaqllata waqaychan: mana internetwanpas llamk'anku, manataq rikuchinkuchu mayqin suyuta qhawasqaykita.
lifelines-emergency-heading = Usqhay yanapana yupaykuna
lifelines-lines-heading = Yanapay telefonokuna
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = SMS: { $number }
lifeline-web-chat = Internetpi chat
lifeline-free = qasimanta
lifeline-24h = 24 hora
lifeline-hours = Hayk'ap kichasqa: { $hours }
lifeline-languages = Simikuna: { $languages }
lifeline-run-by = Kamayuq: { $organisation }
lifeline-source = Maymanta hamun: { $title }. Qhawasqa: { $date }.
lifeline-checked = Qhawasqa: { $date }.
lifeline-unverified = Mana chiqapchasqachu: tarisqayku hukllan willakuyqa mawk'an utaq mana oficialchu. Atispaqa, huk hinatapas kay yupayta qhawaykuy.
lifelines-corrected = Kay yanapayta apaykachaq runakunan allicharqanku: { $date }.
lifelines-no-trafficking-line = Kay suyupiqa manan tarirqaykuchu runa qhatuymanta (trata) suyuntinpaq yanapay telefonota, llapanpaq rikusqa willakuyniyuqta. Peligropi kaspaqa, { $number } yupayman waqyay.
lifelines-no-emergency = Kay llaqtapaqqa manaraqmi chiqapchasqa usqhay yanapana yupayniyku kanchu. Iñisqayki runata tapuy kaypi kaq yupaymanta.
purpose-general = Usqhay yanapana
purpose-police = Policia
purpose-ambulance = Ambulancia
purpose-fire = Bomberokuna
purpose-women = Warmikunata maqay
purpose-children = Wawakuna, wayna sipaskunapas
purpose-human_rights = Runaq hayñinkuna
purpose-migrants = Migrante runakuna
purpose-coast_guard = Mama quchapi qispichiy
purpose-civil_protection = Desastrekuna
focus-trafficking = Runa qhatuymanta (trata) yanapay telefono
focus-women = Warmikunapaq yanapay telefono
focus-children = Wawakunapaq, wayna sipaskunapaqpas yanapay telefono
focus-human_rights = Runaq hayñinkunamanta yanapay telefono
focus-migrants = Migrante runakunapaq yanapay telefono
focus-labour = Llamk'aqkunapaq yanapay telefono
focus-lgbtq = LGBTQ+ runakunapaq yanapay telefono
focus-mental_health = Sunqupaq yanapay telefono
rights-heading = Hayñiykikuna
rights-intro = Kay k'itipi llapan suyukunan runa qhatuyta (trata) harkanapaq huk rimanakuyta firmarqanku: Protocolo de Palermo. Chaypin nin ñak'ariymanta lluqsimuq runakuna imatachus mañakuyta atinkuman. Sapa suyun kikin hinanta apaykachan.
rights-help = Policiaman mana rispa yanapayta mañakuyta atinki.
rights-free = Ñak'ariymanta lluqsimuq runakunapaq yanapayqa manan qullqiykita mañananchu.
rights-private = Willakusqaykiqa pakasqa kanan.
rights-interpreter = Simiykita rimaq t'ikraqta mañakuyta atinki.
rights-time = Ima ruwanaykita manaraq akllaspa, samanaykipaq, yuyaymananaykipaqpas pachata hap'iyta atinki.
rights-not-punished = Kallpawan ruwachisqasuykikunamanta manan muchuchisunankuchu.
rights-consulate = Huk suyumanta kaspaqa, consuladoykiman yanapayta mañakuyta atinki.
rights-go-or-stay = Suyuykiman allinlla kutiymanta, utaq kay suyupi qhipakuymanta tapukuyta atinki.
route-heading = { $country } suyupi, imataq qhipaman kanqa
route-intro = Kaykunan yaqa sapa kuti ruwakuq ruwanakuna. Maypi kasqaykipiqa hukniraq kanmanmi.
route-law = Kamachikuy: { $law }
route-bodies = Pikuna: { $bodies }
route-contact = Imaynata paykunawan rimanaykipaq: { $contact }
route-none = Kay suyupiqa manaraqmi tarirqaykuchu llapanpaq qillqasqa ruwanakunamanta willakuyta. Hanaqpi kaq yanapay telefonokunan willasunkiman.

## Waqyanapaq utaq qillqanapaq

action-call = Waqyay: { $number }
action-sms = SMS apachiy: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = WhatsApp huk empresaq kaqninmi. Apaykachaspaqa, rimasqaykikuna kay telefonopi rikhurillanmanmi.
phone-trace-note = Waqyasqaykikuna, willakuykunapas telefonoq historialninpi qhipakun. Pipas qhawanqa nispa llakikuspaqa, qhipaman pichayta atinki.

## Tarisqakuna

results-back = Maskanaman kutiy
results-heading-place = { $place } qayllapi yanapay
results-heading-location = Maypi kasqayki qayllapi yanapay
results-loading = Yanapayta maskachkan…
# Runasimipiqa yupaywan -kuna mana churakunchu: «kimsa wasi».
results-count =
    { $count ->
        [one] Huk wasi, { $radius } ukhupi
       *[other] { $count } wasi, { $radius } ukhupi
    }
results-list-label = Wasiyuq yanapaykuna, aswan qaylla kaqmanta aswan karu kaqkama
show-filters = Tarisqakunata akllay
result-distance = { $distance } { $direction }
result-distance-approximate = Yaqa { $distance } { $direction } (yaqa kaqlla k'iti)
result-languages = Simikuna: { $languages }
result-checked = Tantanakuy qhawarqan: { $date }
result-not-checked = Tantanakuyqa manaraq qhawanchu
result-confidential = Chaypi samaqkunata amachanapaqmi maypi kasqanqa pakasqa. K'itillanmi rikuchikun.
locator-heading = Maypi kasqanku
locator-label = Siq'i: qamqa chawpipin kachkanki; sapa yupaymi listapi huk wasi, hayk'a karupi, may ladupi kasqanman hina.
no-results = Manan tarinikuchu { $radius } ukhupi wasiyuq yanapaykunata, maskasqaykiman tupaqta.
no-results-try = Aswan karupi maskayta atinki, wakin akllaykunata hurquyta, utaq uraypi kaq karumanta yanapaykunata, yanapay telefonokunatapas apaykachayta.
wider-radius = Aswan karupi maskay ({ $radius } kama)
beyond-heading = Maskasqaykiman tupaq aswan qayllapi kaqkuna, { $radius } aswan karupi
remote-heading = Mana rispa, kaymanta chaskiyta atisqayki yanapay
remote-intro = Telefonowan, video waqyaywan utaq chatwan.
remote-none = Manan kanchu maskasqaykiman tupaq karumanta yanapaykuna.
remote-details = Aswan willakuy

## Akllaykuna

filters-heading = Tarisqakunata akllay
filter-kind = Yanapay laya
filter-language = Rimasqanku simi
filter-language-any = Mayqin simipas
filter-population = Pikunapaq
filter-free = Qasimanta kaqkunalla
filter-open-now = Kunan kichasqakunalla
filter-delivery = Imaynatan yanapanku
filter-delivery-any = Ima hinapas
filter-delivery-in-person = Uyapura
filter-delivery-remote = Karumanta (telefono, video utaq chat)
filters-clear = Akllaykunata hurquy
filters-see-results = Tarisqakunata qhaway

## Huk yanapaymanta

service-back = Tarisqakunaman kutiy
service-loading = Apamuchkan…
service-organization = Kamayuq: { $organization }
service-website = Tantanakuypa web p'anqan
service-apply = Imaynatataq yanapayta chaskinki
service-contact-heading = Rimanakunapaq
service-sessions-book = Yanapaqninkunata, qasi pachankunatapas qhaway
service-sessions-intro = Yanapaqninkuna sesion psicosocialta qunku videowan, telefonowan utaq chatwan. Manam cuentata nitaq correota munankichu.
service-sessions-heading = Karumanta sesionkuna kay organizacionwan
service-no-phone = Kay yanapaypa telefononqa manan kay listapi kanchu.
service-about = Imatan qun
shown-in = { $language }pi qillqasqa
service-populations = Pikunapaq
service-populations-all = Llapa runapaq
service-languages = Simikuna
service-cost = Chanin
service-delivery = Imaynatan yanapanku
service-area = Kaykunamanta chaskiyta atikun: { $places }
service-hours = Hayk'ap kichasqa
hours-timezone = { $zone } llaqtaq pachan
hours-always = 24 hora kichasqa, sapa p'unchaw
hours-none = Manan willankuchu hayk'ap kichasqa kasqanta. Waqyaspa tapuy.
hours-closed = Wisq'asqa
day-range = { $first }manta { $last }kama
service-capacity = Ch'usaq tiyanakuna
capacity-updated = Musuqchasqa: { $date }
service-verified = Tantanakuymi kay willakuykunata qhawarqan: { $date }
service-location = Maypin kachkan
service-other-locations = Kay llaqtakunapipas kachkan
service-confidential = Chaypi samaqkunata amachanapaqmi maypi kasqanqa mana rikuchikunchu. Chaskiq telefonota waqyaykuy: paykunan willasunki imaynata allinlla chayanaykita.
service-area-approximate = K'iti: { $area }
service-point-approximate = Karu kayqa llaqtaq chawpinmanta yupasqa, manan kay tiyanamantachu. Manaraq rispa waqyaykuy.
service-no-premises = Kay yanapayqa karumantan qukun.

## Simikuna

kind-shelter = Samana wasi
kind-psychosocial = Yuyaypaq sunqupaq yanapay
kind-hotline = Yanapay telefono
kind-legal = Kamachikuy yanapay
kind-health = Qhali kay
kind-food_clothing = Mikhuywan p'achawan
kind-employment_training = Llamk'aywan yachaqaywan
kind-education = Yachay
kind-documents_migration = Qillqakunawan migracionwan
kind-repatriation = Suyuykiman allinlla kutiy
kind-financial_aid = Qullqi yanapay
kind-other = Huk yanapaykuna
population-women = Warmikuna
population-men = Qharikuna
population-lgbtq = LGBTQ+ runakuna
population-children = Wawakuna
population-adolescents = Wayna sipaskuna
population-families = Ayllukuna
population-migrants = Migrante runakuna
population-indigenous_peoples = Ñawpaq llaqtakuna
population-people_with_disabilities = Discapacidadniyuq runakuna
population-sexual_exploitation = Sexual explotacionta atipaqkuna
population-labour_exploitation = Llamk'aypi explotacionta atipaqkuna
population-other_exploitation = Huk laya explotacionta atipaqkuna
cost-free = Qasimanta
cost-low = Pisi chaniyuq
cost-paid = Chaniyuq
cost-unknown = Chanin mana willasqachu: tapuy
delivery-in_person = Uyapura
delivery-phone = Telefonowan
delivery-video = Video waqyaywan
delivery-chat = Chatwan
open-now = Kunan kichasqa
closed-now = Kunan wisq'asqa
hours-unknown = Pachan mana willasqachu
open-always = 24 hora kichasqa
capacity-available = Ch'usaq tiyanakuna kan
capacity-limited = Pisi tiyanakunalla qhipan
capacity-full = Kunanqa manan tiyana kanchu
capacity-unknown = Tiyana kasqan mana willasqachu
status-temporarily_closed = Pisi pachapaq wisq'asqa
# Tawantin suyu kinraykuna, «3.2 km NE» hina. Kastilla simi letrakunallapin qhipakun (O = oeste), Perú,
# Bolivia mapakunapi rikhurisqanman hina. / Se dejan las letras castellanas, como en los mapas de Perú y Bolivia.
compass-n = N
compass-ne = NE
compass-e = E
compass-se = SE
compass-s = S
compass-sw = SO
compass-w = O
compass-nw = NO
# Semana p'unchawkuna, kastilla simimanta hamuq sutikunawan, runakuna rimasqanman hina.
weekday-mon = Lunis
weekday-tue = Martis
weekday-wed = Mirkulis
weekday-thu = Juywis
weekday-fri = Wirnis
weekday-sat = Sabadu
weekday-sun = Duminku

## Pantaykuna

# API-q pantay codigonkunapaq willakuykuna («code» nisqa). App-qa kaykunata rikuchin, mana inglis simipi qillqasqatachu.
error-invalid_parameter = Maskasqaykimanta wakinqa manan hamut'akunchu. Qhawaykuy: { $field }, hinaspa yapamanta maskay.
error-missing_parameter = Maskanapaq huk willakuy pisin: { $field }.
error-not_found = Manan tarinikuchu maskasqaykita. Manaña kay listapi kanmanchu.
error-no_route = Kay p'anqaqa manan kanchu.
error-internal = Ñuqaykumanta huk pantay karqan. Huk ratomanta yapamanta ruway.
error-invalid_field = Qhawaykuy: { $field }. Pisin, utaq manan allinchu.
error-unauthorized = Qatipanaykipaq cuentaykiman yaykuy. Sichus ñaña yaykurqanki chayqa, sesionniyki tukukunñan: yapamanta yaykuy.
error-forbidden = Cuentaykiwanqa manan kayta ruwayta atikunchu.
error-account_pending = Cuentaykiqa suyachkanraqmi huk administrador ari ninanta.
error-cross_origin = Amachanapaqmi kay t'ikrayqa Ruta-q kikin p'anqanllamanta ruwakunman.
error-rate_limited = Nishu achkha kutitan qatiq-qatiqlla ruwakun. Huk ratota suyaspa yapamanta ruway.
error-conflict = { $field } nisqaqa ñan apaykachakuchkanña.
error-slot_taken = Huk runa kunallan chay pachata hap'irqun. Huktawan akllay.
error-payload_too_large = Kay willayqa ancha hatunmi huk kutilla apaykunapaq: rakiy, utaq huk kamachiqta mañakuy apaykunanpaq.
error-import_running = Huk apaykuymi kachkan. Tukukuptin yapamanta ruray.
error-precondition_required = Kay t'ikrayqa mayqin kaqta rantinmanta niyta atinan. Musuqchay, hinaspa yapamanta ruway.
error-precondition_failed = Huk runa chaykama kayta t'ikrarqun. Musuqchay t'ikrasqakunata qhawanaykipaq.
error-method_not_allowed = Kay ruwayqa manam kaypi kanchu.
error-unavailable = Kunanqa llamk'ayqa ancha hunt'asqam. Yapamanta huk chhika segundokunapi kallpachakuy.
# Mana internetniyuq, utaq servidor mana kutichiptin.
error-network = Manan t'inkikuyta atinikuchu. Internetniykita qhawaspa yapamanta ruway.
retry = Yapamanta ruway
# Pantay willakuykunapi { $field } nisqaman churakuq.
field-place = llaqta
field-location = maypi kasqayki
field-radius = karu kay
field-service = yanapay
field-filters = akllaykuna

## Karu kaykuna

# { $value } simiq yupay t'aqanankunawanña hamun («3,2» utaq «3.2»).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Huk yanapaypi sasachakuyta willay (pipas willayta atin, mana pi kasqanta willaspa)

report-no_answer = Telefono yupayqa manan kutichinchu
report-wrong_number = Telefono yupayqa pantasqan
report-closed = Wisq'asqan kachkan
report-wrong_address = Maypi kasqanqa pantasqan
report-wrong_hours = Hayk'ap kichasqanqa pantasqan
report-not_as_described = Manan kaypi nisqanta qunkuchu
report-other = Huk sasachakuy
report-heading = ¿Kaypi willakuykuna mana allinchu?
report-intro = Willaykuwayku mana qampa imaykitapas quspa: organización qhawanqa.
report-thanks = Sulpayki. Organización kay willakuykunata qhawanqa.
field-email = correo
field-password = contraseña
field-form = formulario

## Tantanakuykunapi llamk'aqkunapaq p'anqakuna (/staff/ paquetellapi)

staff-title = Ruta · Tantanakuykuna
staff-sign-out = Cuentamanta lluqsiy
staff-sign-in-heading = Cuentaman yaykuy
staff-sign-in-intro = Tantanakuykunapi, yanapay telefonokunapi llamk'aqkunapaq, Ruta-q kamachiqninkunapaqpas.
staff-email = Correo
staff-password = Contraseña
staff-sign-in = Yaykuy
staff-listings-heading = Yanapayniykikuna
staff-listings-intro = Willakuykunata musuqchasqata hap'iy: runakunaqa chaykunapi hap'ipakunku yanapayman chayanankupaq.
# Runasimipiqa yupaywan -kuna mana churakunchu: «kimsa yanapay».
staff-listings-count =
    { $count ->
        [one] Huk yanapay
       *[other] { $count } yanapay
    }
staff-no-listings = Manaraqmi yanapaykuna kanchu. Ñawpaq kaqta yapay.
staff-new-listing = Yanapayta yapay
staff-reports = Willasqa sasachakuykuna
staff-stale = 6 killamanta aswan manan qhawasqachu: willakuykunata chiqapchay, yapamanta ñawpaqpi rikhurinanpaq.
staff-deactivated = Listamanta hurqusqa
staff-confidential = Maypi kasqanqa pakasqa: runakunaqa k'itillanta rikunku.
staff-last-checked = Qhawasqa: { $date }
staff-never-checked = Manan hayk'appas qhawasqachu
staff-capacity-question = Kunan p'unchaw ch'usaq tiyanakuna kanchu?
staff-still-correct = Willakuykunaqa allinraqmi
staff-edit = T'ikray
staff-history = Historial
staff-saved = Waqaychasqaña.
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Huk runa kay yanapayta t'ikrarqun. Musuqchay t'ikrasqakunata qhawanaykipaq.
staff-changed-profile = Huk runa kay willakuykunata t'ikrarqun. Musuqchay t'ikrasqakunata qhawanaykipaq.
staff-changed-lifelines = Huk runa kay yanapay telefonokunata t'ikrarqun. Musuqchay t'ikrasqakunata qhawanaykipaq.
staff-reload = Musuqchay
staff-confirmed = Sulpayki: willakuykuna musuqchasqa kasqanqa qillqasqañan.
staff-back = Yanapayniykikunaman kutiy
staff-edit-heading = Yanapayta t'ikray
staff-new-heading = Musuq yanapay
staff-names = Suti, riqsichiypas
staff-names-hint = Achkha simikunapi qillqayta atinki: sapa runan paypa siminpi rikunqa, kaqtinqa.
staff-translation = Simi { $number }
staff-language-code = Simiq codigon (es, qu, pt-BR…)
staff-name = Suti
staff-description = Riqsichiy
staff-descriptions = Riqsichiykuna
staff-populations-hint = Mana mayqintapas marcaptiykiqa, yanapayqa llapa runapaqmi.
staff-languages-hint = Simi codigokuna, comawan t'aqasqa, kay hina: es, qu, en
staff-phone = Telefono { $number }
staff-phone-number = Suyuq codigonwan yupay (+504…)
staff-phone-label = Imapaq kasqan (munaspaqa)
staff-channel-voice = Waqyaykuna
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Hora k'iti (kay hina: America/Tegucigalpa)
staff-day = P'unchaw
staff-opens = Kichakun
staff-closes = Wisq'akun
staff-lat = Latitud
staff-lon = Longitud
staff-address = Calle, wasi yupaypas
staff-locality = Llaqta utaq hatun llaqta
staff-region = Departamento, estado utaq provincia
staff-postal-code = Código postal
staff-details = Directorioykiq simillanpi
staff-details-hint = Llapa runaman qillqasqa hina rikuchikun, qillqasqayki simipi. Mana yachasqaykitaqa ch'usaqta saqiy.
staff-alternate-name = Huk sutinwanpas riqsisqa
staff-eligibility = Pikunam hamunman (mañakuykuna)
staff-fees = Chaninkuna, simipi
staff-service-url = Serviciopa kikin web p'anqan
staff-source-terms = Importasqa kaspa apamusqan simikuna
staff-source-terms-hint = Maymanta hamusqan directoriopa rakiyninkuna, hamusqanku hina waqaychasqa, directorio hurqusqa kaqtin kutichisqa. Maskayqa hanaqpi kaq rikchaqkunata runakunatapas llamk'achin, manan kaykunata.
staff-country = Suyu (iskay letrayuq codigo, kay hina: HN)
staff-confidential-check = Maypi kasqanqa pakasqa (samana wasi): runakunaqa k'itillanta rikunqaku
staff-other-locations = Huk llaqtakuna
staff-other-locations-hint = Huk llaqtakunapi wasikuna: sapankatam maskaypi tarinku, willakuypipas rikunku. Huk siq'ip coordenadasninta pichay chayta qichunaykipaq; qhipa siq'iqa hukta yapan.
staff-branch = K'iti { $number }
staff-area = Karumanta yanapasqan k'iti
staff-area-hint = Telefonowan, videowan utaq chatwan yanapaykunallapaq: mayqin suyukunamanta k'itikunamantapas apaykachayta atikun.
staff-area-countries = Suyukuna (codigokuna, comawan t'aqasqa)
staff-area-regions = K'itikuna (ISO 3166-2 codigokuna, kay hina: HN-FM)
staff-status = Imayna kachkan
staff-status-active = Llamk'achkan
staff-save = Waqaychay
staff-form = formulario
staff-history-heading = T'ikrasqakunaq historialnin
staff-no-history = Manaraqmi t'ikrasqakuna qillqasqachu.
staff-change-by = { $who }, { $date }
staff-changed-fields = T'ikrasqa: { $fields }
staff-action-create = Ruwasqa
staff-action-update = Willakuykuna t'ikrasqa
staff-action-capacity = Ch'usaq tiyanakuna musuqchasqa
staff-action-verify = Willakuykuna chiqapchasqa
staff-action-deactivate = Listamanta hurqusqa
staff-reports-heading = Willasqa sasachakuykuna
staff-reports-intro = Directoriota apaykachaq runakunan kay sasachakuykunata willarqanku. Manan yachanikuchu pikuna kasqankuta: willakuykunata qhawaspa, allichasqa hina marcay.
staff-no-reports = Manan suyachkaq sasachakuykuna kanchu.
staff-report-resolved = Allichasqa
staff-import = Willakuykunata importay (Open Referral)
staff-import-heading = Open Referral (HSDS) archivota importay
staff-import-intro = HSDS 3.0 archivota JSON-pi apachiy, utaq CSV tablakunayuq ZIP-ta (1.1, 2.0 versionkunatapas). Ñawpaqta qhaway: manan imapas waqaychakunchu, rikunkitaq imachus importakunqa, allichakunqa utaq hawapi qhipanqa, imarayku kasqanman hina huñusqa, hayk'a kutitapas maqay siq'ikunapipas.
staff-import-file = Archivo (.json, .zip, utaq hoja de cálculo: .xlsx, .ods, .csv)
staff-import-template = Hoja de cálculo plantillata uraykachiy
staff-import-template-hint = ¿Directorioykichu hoja de cálculopi kachkan? Plantillata llamk'achiy: sapa serviciopaq, sapa llaqtapaq huk siq'i, umachakunataq castellanopi, inglespi, portuguespi utaq francespi. Servicioq sutillanmi necesario.
staff-import-terms-hint = ¿Directorioykichu kikin rakiykunata llamk'achin? ZIP-man ruta_terms.csv sutiyuq tablata yapay (taxonomy, code, term, kinds, populations, delivery columnakuna), archivotataq qhaway: willakuyqa sapa simiykikuna Ruta-pi imaman tukusqanta nin. Huk kamachiqmi servidorpi tablata waqaychanman sapa importaypaq (Kamachiy → Simikuna tabla).
staff-import-country = Yanapaykunaq suyun, archivo mana nimuptinqa
staff-import-timezone = Pachakunaq hora suyun, archivo mana nimuptinqa
staff-import-file-says = Archivo nisqanman hina
staff-import-silent-hint = Kaykunataqa akllay maypi kasqanta mana hayk'appas niq archivopaqlla (ahinataq huk suyuq directorion): manan hayk'appas archivoq nisqanta rantinkuchu.
staff-import-shelters-heading = Tiyana wasikuna direccionniyuq
staff-import-shelters-intro = Kay tiyana wasikunaqa direccionninwan chayamunku. Markasqakunaqa pakasqa qhipanku: direccionninkuqa manam hayk'appas llapa runaman rikuchikunchu, línea yanapaqkunallaman. Huk wasita markanta qichuy, pipas maypi kasqanta yachananpaq mana manchakuypaq kaptinlla.
staff-import-check = Archivota qhaway (manan imatapas waqaychanchu)
staff-import-run = Importay
staff-import-choose = Ñawpaqta huk archivota akllay.
staff-import-uploading = Archivota apachichkan: { $percent } %
staff-import-working = Archivota ñawinchachkan…
staff-import-report = Informe
staff-import-would =
    Importakunman: { $organizations ->
        [one] huk tantanakuy
       *[other] { $organizations } tantanakuy
    }, { $services ->
        [one] huk yanapaypas
       *[other] { $services } yanapaypas
    }. Manaraqmi imapas waqaychakunchu.
staff-import-done =
    Importasqaña: { $organizations ->
        [one] huk tantanakuy
       *[other] { $organizations } tantanakuy
    }, { $services ->
        [one] huk yanapaypas
       *[other] { $services } yanapaypas
    }.
staff-import-nothing-written = Manan imapas waqaychakunchu: archivoqa hatun sasachakuyniyuqmi (uraypi qhaway).
staff-import-table = Tabla
staff-import-read = Ñawinchasqa
staff-import-imported = Importasqa
staff-import-no-services = Mana ima yanapaypas apaykunmanchu. Imarayku kasqanqa uraypi.
staff-import-examples = (siqikuna { $rows })
staff-import-issues =
    { $count ->
        [0] Mana willaykuna kanchu
        [one] Huk willay
       *[other] { $count } willay
    }
staff-outcome-fixed = Allichasqa
staff-outcome-skipped = Saqisqa
staff-outcome-warning = Yuyaykuy
staff-outcome-fatal = Hatun sasachakuy

# Staff navigation by role
staff-nav-listings = Willakuykuna
staff-nav-console = Rimanakuy ruranan
staff-nav-coverage = Chayana
staff-nav-sessions = Tupanakuykuna
staff-nav-availability = Kaqninkuna
staff-nav-label = Rakikuna

# Karumanta tupanakuykuna yuyaychaqwan (ñak'ariymanta lluqsimuq runakunapaq app) / Remote sessions with a counsellor
remote-session-heading = Maypi kaspapas huk yuyaychaqwan rimay
remote-session-intro = Video, telefono utaq chat nisqawan tupanakuykuna, simiykita rimaq runawan. Manan cuentata nitaq correota mañakunchu.
remote-session-book = Karumanta tupanakuyta reservay
remote-session-have-booking = Reservayuqñan kani
booking-back = Kutiy
booking-list-heading = Karumanta tupanakunapaq yuyaychaqkuna
booking-list-intro = Piwanchus sunqu tiyasqa kanki, chay runata akllay. Qatiq tupanakuykunapipas kikin runallawan kayta atinki; chhaynapi manañan kawsasqaykita yapamanta willanaykichu kanqa.
booking-again-new-codes = Kay musuq sesionqa kikin referenciayuq, kikin pakasqa codigoyuqmi: chaykunatapas qillqay. Ñawpaq reservaykipa codigonkunaqa chay reservallatam kichanraq.
booking-contact-remove = Qichuy
booking-contact-kept = Yanapaqniyki ñawpaq kutipi hina willasunki ({ $channel }), sutiykita qurqanki chayqa chay sutiwan qayasunki.
booking-contact-email-invalid = Kay correo manam hunt'asqachu. Qhawariy, kayhina suti@ejemplo.org.
booking-contact-phone-invalid = Manam kay numeroman qayakuyta atikunchu qillqasqa kasqanmanhina. + nisqawan suyup codigonwan qillqay (kayhina +51 987 654 321) utaq numeropa suyunta akllay.
booking-contact-country-none = + nisqawan suyup codigonwan qillqasqa
booking-contact-country = Numeropa suyun
booking-contact-phone-hint = + nisqawan suyup codigonwan (kayhina +51 987 654 321), utaq uraypi numeropa suyunta akllay.
booking-times-more = { $count ->
        [one] Huk pacha astawan
       *[other] { $count } pacha astawan
    }
booking-times-earlier-day = Ñawpaq p'unchaw
booking-times-next-day = Qhipa p'unchaw
booking-all-counsellors = Llapan yanapaqkunata rikuchiy
booking-one-organization = Qhawasqayki organizacionpa yanapaqninkunallam rikhurichkan.
booking-filter-any = Mayqinpas
booking-filter-language = Simi
booking-filter-gender = Piwan rimayta aswan munanki
booking-filter-speciality = Pikunawan llamk'ayta yachan
booking-filter-modality = Imawan rimanakuy
booking-gender-woman = Warmiwan
booking-gender-man = Qhariwan
booking-gender-non_binary = Mana binario runawan
booking-none = Manan pipas kay akllasqaykikunaman tupanchu. Wakinta hurquspa qhawariy.
# Runasimipiqa yupaywan -kuna mana churakunchu: «kimsa runa».
booking-count =
    { $count ->
        [one] Huk runa
       *[other] { $count } runa
    }
booking-languages = Rimasqan simikuna: { $languages }
booking-specialities = Kaykunawan llamk'ayta yachan: { $list }
booking-modalities = Tupanakuykuna: { $list }
booking-session-length = Sapa tupanakuy { $minutes } minuto unan.
booking-soonest = Ñawpaq ch'usaq pacha: { $when }
booking-no-soonest = Hamuq semanakunapi manan ch'usaq pacha kanchu.
booking-choose-time = Ch'usaq pachakunata qhaway
booking-times-heading = { $name }-wan pachata akllay
booking-move-heading = { $name }-wan musuq pachata akllay
booking-times-zone = Pachakunaqa telefonoykiq hora k'itinpi rikhurin ({ $zone }).
booking-times-none = Kay iskay semanakunapiqa manan ch'usaq pacha kanchu. Qhipa pachakunata qhaway, utaq huk runata akllay.
booking-time-chosen = Akllasqa pacha: { $when }
booking-form-heading = Tupanakuymanta
booking-modality = ¿Imawan rimanakuyta munanki?
booking-language = Tupanakuypa simin
booking-alias = Qayasunaykupaq huk suti (munaspaqa)
booking-alias-hint = Mana chiqaq sutiyki kaptinpas allinmi.
booking-contact-channel = Rimapayasunaykupaq huk ñan (munaspaqa)
booking-contact-none = Manan: reservaytaqa referenciawan qhawasaq
booking-channel-phone = Telefonowan waqyay
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = Correo
booking-contact-value = Yupay utaq direccion
booking-contact-notes = Imaynatan mana sasachakuyman churaspa rimapayasunayku (munaspaqa)
booking-contact-notes-hint = Kay hina: «ama rimasqa willakuyta saqiychischu», «ch'isi 6 horamantañalla», «ama willaychischu pi waqyachkasqanta».
booking-reminders = Huk chiqapchayta, ñawpaq p'unchawpi yuyarichiytapas apachimuway
booking-reminders-hint = Fechallata, horallata, referenciaykitapas, mana ima tinkunapaq kasqanta niq simikunawan. Mana markaychu huk runa willakuyniykikunata ñawinman chayqa.
booking-consent-heading = Manaraq reservachkaspa, kayta ñawinchay
booking-consent-stored = Kay kimsallatan waqaychayku: pachata, imawan rimayta munasqaykita, simitapas. Sutiyki, rimapayasunaykupaq ñanpas qillqaptiykillan waqaychakun, cifrasqataq.
booking-consent-who = Yuyaychaqniykillan chay sutita, chay rimapayanatapas ñawinchayta atin. Manan huk pipas atinchu.
booking-consent-deleted =
    { $days ->
        [0] Tupanakuy pasaptin, wakin p'unchawmantan kay tupanakuymanta llapan pichakun. Sutinnaq yupayllan qhipan: hayk'a tupanakuy karqan, manan hayk'appas pikuna.
        [one] Tupanakuy pasaptin, huk p'unchawmantan kay tupanakuymanta llapan pichakun. Sutinnaq yupayllan qhipan: hayk'a tupanakuy karqan, manan hayk'appas pikuna.
       *[other] Tupanakuy pasaptin, { $days } p'unchawmantan kay tupanakuymanta llapan pichakun. Sutinnaq yupayllan qhipan: hayk'a tupanakuy karqan, manan hayk'appas pikuna.
    }
booking-consent-optional = Reservanaykipas mana reservanaykipas qampa akllasqaykin. Llapa yanapaykunata qhawayta, mana reservaspa waqyaytapas atinki.
booking-consent-agree = Ñawinchaniñan, reservaytataq munani
booking-consent-needed = Reservanaykipaqqa, ari nisqaykita rikuchiq cuadrota marcay. Kutiytapas atinki.
booking-submit = Kay pachata reservay
booking-sending = Reservachkan…
booking-slot-taken = Huk runa kunallan kay pachata hap'irqun. Ama hina kaspa, hukta akllay.
booking-move-submit = Tupanakuyniyta kay pachaman t'ikray
booking-done-heading = Tupanakuyniykiqa reservasqañan
booking-done-intro = Kay iskay codigota papelpi qillqakuy, utaq yuyayniykipi waqaychay. Iskayninwanmi tupanakuyta qhawayta, t'ikrayta, cancelaytapas atinki. Kay kutillanmi pakasqa codigoqa rikuchikun.
booking-reference = Referencia
booking-secret = Pakasqa codigo
booking-next-heading = Kunan imataq kanqa
booking-next-confirm = { $name } tupanakuyta chiqapchanqa. «Reservayuqñan kani» nisqapi qhawayta atinki.
booking-next-video = Tupanakuy pachapi, video t'inkita kichay. Telefonoq navegadorninpi llamk'an.
booking-next-phone = { $name } saqisqayki yupayman waqyasunki. Mana mayqin yupaytapas saqirqankichu chayqa, manaraq tupanakuy kachkaptin reservaykita kichay, imaynata yaykunaykita yachanaykipaq.
booking-next-chat = Tupanakuy pachapi, kaypi reservaykita referenciawan pakasqa codigowan kichay, chatman yaykunaykipaq.
booking-room-link = Video waqyayta kichay
booking-status-label = Imayna kachkan
booking-when-label = Hayk'ap
booking-with-label = Piwan
booking-how-label = Imaynata
booking-status-requested = Chiqapchanankuta suyachkan
booking-status-confirmed = Chiqapchasqa
booking-status-declined = Kay pachapiqa manan tupanakuyta atinkuchu
booking-status-cancelled = Cancelasqa
booking-status-completed = Ruwasqaña
booking-status-no_show = Mana ruwakurqanchu
booking-returning = Ñawpaq tupanakuyniykipi kaq kikin runa.
booking-declined-hint = Kikin runawan huk pachata akllayta atinki.
booking-deleted-on = Kay tupanakuymanta llapan { $date } p'unchawpi pichakunqa.
booking-calendar = Calendarioyman yapay (.ics)
booking-calendar-hint = Calendariopiqa «Tupanakuy» nisqallan qillqasqa: mana tantanakuypa sutinwan, mana imarayku kasqanwan.
booking-mine-heading = Ñuqaq reservay
booking-mine-intro = Qillqakusqayki referenciata pakasqa codigotawan qillqay.
booking-mine-open = Reservayta kichay
booking-not-found = Manan mayqin reservapas kay referenciawan kay pakasqa codigowan tupanchu. Qhawaspa yapamanta ruway.
booking-cancel = Tupanakuyta cancelay
booking-cancel-question = ¿Kay tupanakuyta cancelankichu? Pachaqa huk runapaq ch'usaq qhipanqa.
booking-cancel-confirm = Ari, cancelay
booking-cancel-keep = Manan, kachun
booking-cancelled-done = Tupanakuyqa cancelasqañan.
booking-move = Huk pachaman t'ikray
booking-again = { $name }-wan huk tupanakuyta reservay

# Rimanakuy ruranan, chayanapas (llamk'aqkunapaq p'anqakuna)
staff-console-heading = Rimanakuy ruranan
staff-console-keys-line = Llave: / maypi · ↑ ↓ puriy · Enter kichay · c kachanata qillqay · s SMS · Esc kutiy.
staff-console-keys-heading = Teclado llavekuna
staff-console-kbd-enter = Enter
staff-console-key-place = Runaq kasqan llaqtaman riy
staff-console-key-move = Qhipa utaq ñawpaq tarisqaman riy
staff-console-key-open = Akllasqa tarisqata kichay
staff-console-key-copy = Kachanata wakichiy, qillqaytaq
staff-console-key-sms = Kachanata wakichiy, SMS kichaytaq
staff-console-key-back = Listaman kutiy
staff-console-key-help = Kay listata rikuchiy utaq pakay
staff-console-place = Maypin runa kashan (llaqta utaq hatun llaqta)
staff-console-caller = Waqyaq runaq siminkuna
staff-console-referral-in = Kachanaqa { $language } simipi qillqasqa kanqa.
staff-console-language-hint = Sutinpa huk partinta qillqay: directoriopi llapan simikuna kaypi kan.
staff-console-language-services =
    { $count ->
        [one] 1 yanapay
       *[other] { $count } yanapay
    }
staff-console-need = Imatan munan
staff-console-any-kind = Ima yanapaypas
staff-console-anyone = Pipas
staff-console-min-beds = Ch'usaq tiyanakuna, pisimanta
staff-console-min-beds-hint = Directorioqa willan tiyana kasqanta, pisilla kasqanta utaq mana kasqanta, manan hayk'a kasqantachu: 1 utaq aswanwan, tiyanayuqkunallan rikhurinqa.
staff-console-verified = Organizacionpa qhawasqan qhipa p'unchawkunapi
staff-console-verified-hint = Hayk'a p'unchawta qillqay. Ch'usaq: ima p'unchawpas.
staff-console-prompt = Runa kashan chay llaqtata qillqay, listamanta hukta akllaytaq.
staff-console-nearby = Llaqtaq qayllanpi
staff-console-remote = Karumanta (telefono, video utaq chat)
staff-console-results =
    { $count ->
        [0] Mana ima yanapaypas
        [one] Huk yanapay
       *[other] { $count } yanapaykuna
    } { $place } llaqtamanta { $radius } ukhupi; { $remote ->
        [0] karumantaqa mana hukpas
        [one] karumanta huk
       *[other] karumanta { $remote }
    }.
staff-console-address = Chiqap maypi kasqan: { $address }
staff-console-confidential = Pakasqa
staff-console-confidential-detail = Pakasqa maypi kasqan: ama telefonopi nitaq SMS-pi willaychu. Chaskiq lineata quy; paykunan runaman willanqaku imaynata mana manchakuspa chayananta.
staff-console-stale = 6 killamanta aswan mana qhawasqa
staff-console-capacity-on = { $capacity } ({ $date } p'unchawpi)
staff-console-intake = Willakuy, chaskiypas
staff-console-checked = Qhipa qhawasqa
staff-console-compose = Kachanata qillqay (c)
staff-console-compose-sms = SMS-wan kachay (s)
staff-console-composing = Kachanata wakichishan…
staff-console-referral-label = Kachana { $language } simipi, ñawinchanapaq utaq k'askachinapaq
staff-console-sms = Kay qillqawan SMS-ta kichay
staff-console-sms-opened = Kachanaqa SMS-pi listoña.
staff-console-copied = Kachanaqa qillqasqaña.
staff-console-copy-yourself = Manan kikillanmanta qillqayta atirqanchu: qillqaqa akllasqa kashan, Ctrl+C ñit'iy.
staff-console-back = Listaman kutiy (Esc)
staff-console-note = Huk yanapaqman pasachinapaq willakuy
staff-console-note-hint = Kay p'anqallapin qhepan: manan hayk'appas kachakunchu nitaq waqaychakunchu, musuq maskaypi utaq p'anqata wisq'aspa chinkan. Ama sutikunata nitaq runata riqsichiq willakuykunata qillqaychu.
staff-coverage-heading = Chayana: maypin yanapay pisin
staff-coverage-intro = Hayk'a runakunan tiyanku 25, 50, 100 km ukhupi kikinpi yanapaq wasimanta, sapa suyupi utaq sapa departamentopi. Karukayqa chiqan siqipi tupusqa, sapa llaqtamanta; pakasqa wasiqa k'itinwanmi yupakun, manan maypi kasqanwanchu.
staff-coverage-country = Suyu
staff-coverage-all-countries = Llapan suyukuna
staff-coverage-admin-area = Departamento utaq provincia
staff-coverage-whole-country = Llapan suyu
staff-coverage-kind = Yanapay laya
staff-coverage-download = CSV-ta uraqachiy
staff-coverage-download-hint = Sapa llaqtapaq, sapa yanapay layapaq huk siqi, aswan qayllapi kaqkama karukaywan. Manan ima yanapaypa maypi kasqantapas apanchu.
staff-coverage-downloading = Archivota wakichishan…
staff-coverage-downloaded = CSV archivoqa uraqasqaña.
staff-coverage-by-country = sapa suyupi
staff-coverage-by-area = { $country } suyupa sapa departamentonpi
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: kikinpi yanapaq wasiq qayllanpi runakuna, { $scope }
staff-coverage-chart-label = Barrakunayuq siq'i. { $kind }: hayk'a runakunan kanku 25, 50, 100 km ukhupi kikinpi yanapaq wasimanta, { $scope }. Kikin yupaykunan qhipan tablapi kashan.
staff-coverage-order = Aswan pisi chayanamanta aswan achkakama.
staff-coverage-within-25 = 25 km ukhupi
staff-coverage-within-50 = 50 km ukhupi
staff-coverage-within-100 = 100 km ukhupi
staff-coverage-percent = { $value } %
staff-coverage-table-caption = Siq'ipa yupayninkuna
staff-coverage-area = K'iti
staff-coverage-population = Runakuna
staff-coverage-remote = Karumanta yanapaywan
staff-coverage-uncovered = Mana yanapayniyuq 100 km ukhupi nitaq karumanta
staff-coverage-median = Chawpi karukay
staff-coverage-none-at-all = Directoriopi mana kanchu
staff-coverage-empty = Kay k'itipiqa mana llaqtakuna kanchu.
staff-coverage-farthest-heading = Yanapaymanta aswan karupi llaqtakuna
staff-coverage-farthest-intro = Kay laya kikinpi yanapaymanta 100 km-manta aswan karupi llaqtakuna, aswan runayuqkuna ñawpaqta.
staff-coverage-farthest-caption = Karupi llaqtakuna: { $kind }
staff-coverage-no-farthest = Manan mayqin llaqtapas kay laya yanapaymanta 100 km-manta aswan karupichu.
staff-coverage-place = Llaqta
staff-coverage-distance = Aswan qayllapi kaqkama karukay
staff-coverage-yes = Arí
staff-coverage-no = Manan
staff-coverage-counts-heading = Qillqasqa kachanakuna
staff-coverage-counts-intro = Sapa kachanaqa yupallan yanapay layata, suyuta, k'itita, simita, p'unchawta ima: mana runakunata nitaq qillqakunata. 5-manta pisi huñukunaqa mana rikuchikunchu, pipas mana riqsisqa kananpaq.
staff-coverage-counts-period = { $from } p'unchawmanta { $to } p'unchawkama
staff-coverage-no-referrals = Kay pachapiqa manaraq kachanakuna kanchu.
staff-coverage-month = Killa
staff-coverage-language = Simi
staff-coverage-referrals = Kachanakuna
staff-coverage-suppressed =
    { $groups ->
        [one] Huk huñu astawan, pisi kachanakunayuq
       *[other] { $groups } huñukuna astawan, sapankaqa pisi kachanakunayuq
    }
staff-coverage-fewer-than = { $min }-manta pisi

# Yuyaychaqpa tupanakuyninkuna, ch'usaq pachankunapas (llamk'aqkunapaq p'anqakuna) / A counsellor's sessions and availability
staff-sessions-heading = Tupanakuyniykikuna
staff-sessions-intro = Kutichiyniykita suyachkaq mañakuykuna, hamuq tupanakuyniykikunapas, kaypi kaq horaykipi. Rimapayanapaq willakuykunataqa qamllamanmi rikuchiyku.
staff-sessions-refresh = Musuqchay
staff-sessions-none = Manaraqmi mañakuykuna nitaq tupanakuykuna kanchu.
staff-sessions-requests = Chiqapchanaykipaq mañakuykuna
staff-sessions-upcoming = Chiqapchasqa tupanakuykuna
staff-sessions-past = Ñawpaq tupanakuykuna
staff-sessions-status-requested = Kutichiyniykita suyachkan
staff-sessions-status-declined = Mana nirqanki
staff-sessions-returning = Kutimuq runa
staff-sessions-alias = Kay sutiwan qayay: { $alias }
staff-sessions-no-alias = Manan sutita qurqanchu
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Imaynata mana sasachakuyman churaspa rimapayana: { $notes }
staff-sessions-suggested = Kay ch'usaq pachakunatapas quyta atinki: { $times }
staff-sessions-confirm = Chiqapchay
staff-sessions-decline = Mana niy
staff-sessions-complete = Ruwakurqanmi
staff-sessions-no-show = Manan hamurqanchu
staff-availability-heading = Ch'usaq pachaykikuna
staff-availability-zone = Pachakunaqa hora k'itiykipi kachkan: { $zone }.
staff-availability-weekly = Sapa semana
staff-availability-day = P'unchaw
staff-availability-from = Hayk'amanta
staff-availability-until = Hayk'akama
staff-availability-remove = Hurquy
staff-availability-add-window = Pachata yapay
staff-availability-time-off = Samana p'unchawkuna
staff-availability-time-off-hint = Samana p'unchawniykikunapiqa manan pipas qamwan reservayta atinchu. Ña reservasqa tupanakuykunaqa reservasqallapunin qhipanku.
staff-availability-off-from = Hayk'amanta
staff-availability-off-until = Hayk'akama
staff-availability-add-off = Samana p'unchawkunata yapay
staff-availability-rules = Tupanakuykuna
staff-availability-session = Sapa tupanakuy hayk'a unan (minuto)
staff-availability-buffer = Tupanakuykuna chawpipi samay (minuto)
staff-availability-notice = Pisimanta hayk'a ñawpaqta reservana (minuto)
staff-availability-horizon = Hayk'a p'unchaw ñawpaqmanta reservayta atinku
staff-availability-save = Ch'usaq pachaykikunata waqaychay
# Runasimipiqa yupaywan -kuna mana churakunchu: «kimsa reservasqa tupanakuy».
staff-availability-outside = { $count ->
    [one] Huk reservasqa tupanakuymi kunan pachaykikunamanta hawapi qhipan. Reservasqallan kachkan: tupanakuyniykikunamanta chiqapchay, mana niy utaq kachun niy.
   *[other] { $count } reservasqa tupanakuymi kunan pachaykikunamanta hawapi qhipan. Reservasqallan kachkanku: tupanakuyniykikunamanta chiqapchay, mana niy utaq kachun niy.
    }

# Huk tantanakuypa yuyaychaqninkuna (llamk'aqkunapaq p'anqakuna) / An organisation's counsellors
staff-nav-team = Yuyaychaqkuna
staff-team-heading = Yuyaychaqniykikuna
staff-team-intro = Tantanakuyniykipaq karumanta tupanakuykunata ruwaq runakuna. Sapankanmi cuentanman yaykun, sapa semana pachankunata samana p'unchawninkunatapas musuqchananpaq.
staff-team-add = Yuyaychaqta yapay
staff-team-none = Manaraqmi yuyaychaqkuna kanchu. Ñawpaq kaqta yapay.
staff-team-no-account = Manaraqmi yaykunan cuentawan t'inkisqachu
staff-team-account-is = { $email } nisqawan yaykun
staff-team-inactive = Manan reservakunata chaskinchu
staff-team-back = Yuyaychaqkunaman kutiy
staff-team-edit-heading = Yuyaychaqta t'ikray
staff-team-new-heading = Musuq yuyaychaq
staff-team-organization = Tantanakuy (id)
staff-team-name = Runakunaq rikunan suti
staff-team-name-hint = Sutin utaq akllakusqan suti. Ama hayk'appas ayllu sutinta.
staff-team-gender = Runakunaq rikunan genero
staff-team-gender-unspecified = Mana rikuchikunchu
staff-team-timezone = Hora k'iti
staff-team-timezone-hint = Kay hina: America/Lima utaq America/Santiago. Pachakunaqa kay hora k'itipi churakun.
staff-team-account = Yaykunan cuenta (correo)
staff-team-account-hint = Tantanakuyniykipi yuyaychaq ruwayniyuq cuenta. Qhipaman t'inkinaykipaq ch'usaqta saqiy.
staff-team-active = Reservakunata chaskin
staff-team-hours-hint = Yuyaychaqmi cuentanman yaykuspa sapa semana pachankunata, samana p'unchawninkunatapas churan.
staff-team-save = Yuyaychaqta waqaychay

# The chat room of a chat session
booking-chat-link = Chat-ta kichay

## Llamk'aqkunapaq: sapa suyupi yanapay telefonokuna (kamachiqkunapaq)

staff-nav-lifelines = Yanapay telefonokuna
staff-lifelines-heading = Sapa suyupi yanapay telefonokuna
staff-lifelines-intro = Huk suyuq yupayninkunata allichay, hukninku t'ikrakuptin. Sapa yupaypaqmi churanayki llapanpaq rikusqa p'anqata maypi ñawinchasqaykita, ima p'unchaw ñawinchasqaykitapas. T'ikrasqaqa chayllapacha app-pi rikhurin, sutiykiwantaq qillqakun.
staff-lifelines-country = Suyu
staff-lifelines-shipped = Kaykunan Ruta-q apamusqan yupaykuna.
staff-lifelines-corrected = Allichasqa: { $date }.
staff-lifelines-revert = Ruta-q apamusqan yupaykunaman kutiy
staff-lifelines-revert-yes = Arí, allichasqata hurquy
staff-lifelines-emergency = Usqhay yanapana yupaykuna
staff-lifelines-lines = Yanapay telefonokuna
staff-lifelines-number = Yupay, chay suyupi marcakusqan hina
staff-lifelines-purpose = Imapaq kasqan
staff-lifelines-focus = Pikunapaq kasqan
staff-lifelines-name = Yanapay telefonoq sutin
staff-lifelines-organisation = Pi apaykachan
staff-lifelines-whatsapp = WhatsApp yupay, + nisqawan suyuq codigonwan ima
staff-lifelines-sms = SMS apachinapaq yupay
staff-lifelines-web-chat = Internetpi chatpa direccionnin
staff-lifelines-channels = Imaynata rimapayana
staff-lifelines-voice = Telefonowan waqyay
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = SMS
staff-lifelines-web-chat-channel = Internetpi chat
staff-lifelines-open-24h = 24 hora kichasqa
staff-lifelines-free = Qasimanta
staff-lifelines-unknown = P'anqaqa manan chaytaqa ninchu
staff-lifelines-yes = Arí
staff-lifelines-no = Manan
staff-lifelines-hours = Hayk'ap kichasqa, p'anqa nisqanman hina
staff-lifelines-languages = Simikuna (codigokuna, kay hina: es, qu)
staff-lifelines-source-url = Maymanta hamun: p'anqaq internetpi direccionnin
staff-lifelines-source-title = Maymanta hamun: p'anqaq sutin
staff-lifelines-checked-on = Qhawasqayki p'unchaw
staff-lifelines-status = Hayk'a chiqapchasqa kasqan
staff-lifelines-verified = Chiqapchasqa: musuq p'anqa, oficial utaq iñina
staff-lifelines-unverified = Mana chiqapchasqachu
staff-lifelines-add-number = Yupayta yapay
staff-lifelines-add-line = Yanapay telefonota yapay
staff-lifelines-remove = Hurquy
staff-lifelines-save = Allichasqata waqaychay
staff-lifelines-bad-date = Sapa qillqasqapaqmi qhawasqayki p'unchawta churanayki ({ $field }).

# Administration (admins only)
staff-nav-admin = Kamachiy
staff-admin-heading = Kamachiy
staff-admin-registrations = Ari ninanta suyaq organizacionkuna
staff-admin-no-registrations = Manam mayqin organizacionpas ari ninanta suyachkanchu.
staff-admin-no-applicant = Manam mayqin cuentapas paywan mañakurqanchu.
staff-admin-asked-by = Mañakuq: { $emails }
staff-admin-registered-on = { $date } punchawpi qillqakurqan
staff-admin-website = Web kiti: { $url }
staff-admin-approve = Ari niy
staff-admin-decline = Mana niy
staff-admin-confirm-approve = ¿{ $name } ari niytachu? Editorninkuna chaylla yaykuspa serviciokunata churanqaku.
staff-admin-approve-yes = Arí, ari niy
staff-admin-confirm-decline = ¿{ $name } mana niytachu? Mañakuq runaqa yaykuyta munaspa imaraykuchus nisqaykita ñawinchanqa.
staff-admin-reason = Imarayku
staff-admin-reason-hint = Mañakuq runa entiendenan simikunawan; 500 qillqakama.
staff-admin-reason-needed = Ñawpaqta imaraykuchus qillqay (500 qillqakama).
staff-admin-decline-yes = Arí, mana niy
staff-admin-cancel = Saqiy
staff-admin-approved = { $name } ari nisqañam.
staff-admin-declined = { $name } mana nisqañam.
staff-role-admin = Kamachiq
staff-role-ngo_editor = Organizacionpa editornin
staff-role-operator = Yanapay telefonopi llamk'aq
staff-role-counsellor = Yuyaychaq
staff-account-active = Llamk'achkan
staff-account-disabled = Wañuchisqa
staff-account-pending = Ari ninanta suyachkan
staff-admin-confirm-disable = ¿{ $email } wañuchiytachu? Manañam yaykuyta atinqachu, kichasqa sesionninkunapas tukukunqa.
staff-admin-confirm-activate = ¿{ $email } kawsachiytachu? Hukmanta yaykuyta atinqa.
staff-admin-confirm-revoke = ¿{ $email } llapan maypipas lluqsichiytachu? Kay cuentapa sapa kichasqa sesionnin kunanpacha tukukunqa (chinkasqa utaq suwasqa telefono).
staff-admin-confirm-role = ¿{ $email } { $role } kananpaq?
staff-admin-yes = Arí, ruway
staff-admin-revoked = { $email } llapan maypipas lluqsisqañam ({ $count } sesionkuna tukusqa).
staff-admin-changed = { $email } tikrasqañam.
staff-admin-disable = Wañuchiy
staff-admin-activate = Kawsachiy
staff-admin-revoke = Llapan sesionkunata wichqay
staff-admin-change-role = Rolta tikray
staff-admin-role = Rol
staff-admin-organization = Organización
staff-admin-no-organization = Mana mayqinpas (kamachiqkuna, llamk'aqkuna)
staff-admin-organization-hint = Editorkuna yuyaychaqkunapas huk organizacionpam kanku; kamachiqkuna llamk'aqkunapas manam.
staff-admin-accounts = Cuentakuna
staff-admin-search = Correowan maskay
staff-admin-any = Llapan
staff-admin-no-accounts = Manam mayqin cuentapas tupanchu.
staff-admin-new-account = Huk cuentata ruway
staff-admin-create = Cuentata ruway
staff-admin-created = { $email } paq cuenta ruwasqañam. Pakasqa siminqa:
staff-admin-password-once = Kay kutillam rikuchikun: kunanpacha runaman allin ñanninta quy.
error-registration_declined = Huk kamachiqmi organizacionniykipa qillqakuyninta mana nirqan. Imarayku: { $reason }
staff-admin-parts = Kamachiypa t'aqankuna
staff-audit-heading = Tikraykunapa qillqan
staff-audit-person = Runa (correopa huk t'aqan)
staff-audit-record = Qillqapa ID nin
staff-audit-action = Ruway
staff-audit-from = Punchawmanta
staff-audit-to = Punchawkama (chaypas)
staff-audit-show = Rikuchiy
staff-audit-csv = CSV uraykachiy
staff-audit-none = Manam mayqin tikraypas kay filtrokunawan tupanchu.
staff-audit-field = Kamp
staff-audit-before = Ñawpaqta
staff-audit-after = Qhipaman
staff-audit-yes = Arí
staff-audit-no = Manam
staff-audit-action-approve = Organización ari nisqa
staff-audit-action-disable = Cuenta wañuchisqa
staff-audit-action-activate = Cuenta kawsachisqa
staff-audit-action-register = Qillqakuy chaskisqa
staff-audit-action-import = Archivo apamusqa
staff-audit-action-availability = Kakuy tikrasqa
staff-audit-action-correct = Yanapay telefonokuna allichasqa
staff-audit-action-revert = Yanapay telefonokuna kutichisqa
staff-audit-action-decline = Qillqakuy mana nisqa
staff-audit-action-change_role = Rol tikrasqa
staff-audit-action-revoke_sessions = Llapan maypipas lluqsichisqa
staff-audit-action-referral_status = Derivación kutichisqa
staff-audit-action-other = Huk tikray
staff-terms-heading = Simikuna tabla
staff-terms-hint = Huk directoriokunapa rakiyninkuna imaynatas Ruta-pa yanapay rikchaqninkunaman, yanapasqa runakunamanpas tukun, huk archivota importaspa. Sapa importayqa kay tablata llamk'achin (archivo ukhupi tabla kaqtinqa, chay qhipa), chaymantataq Ruta-pa kaqta. Uraykachiy, hoja de cálculopi allichay, hunt'asqata wichichiy; chaymanta importana pantallapi huk archivota qhaway imatas ruwasqanta rikunaykipaq.
staff-terms-status = Siqikuna: { $rows }. { $date } p'unchawpi waqaychasqa.
staff-terms-none = Kay servidorqa manaraq kikin tablayuqchu: importaykunaqa Ruta-pa kaqta llamk'achinku (siqikuna: { $rows }).
staff-terms-download = Kay servidorpa tablanta uraykachiy
staff-terms-built-in = Qallarinapaq Ruta-pa tablanta uraykachiy
staff-terms-file = Wichichinapaq tabla (CSV)
staff-terms-save = Tablata waqaychay
staff-terms-choose = Ñawpaqta huk CSV archivota akllay.
staff-terms-unreadable = Kay archivoqa mana qillqa hina ñawinchakuyta atikunchu. Hoja de cálculomanta CSV (UTF-8) hina waqaychay.
staff-terms-saved = Tabla waqaychasqa (siqikuna: { $rows }). Hamuq importayqa chayta llamk'achinqa.
staff-terms-bad-cell = { $line } siqi, { $column } columna mana allinchu: Ruta mana riqsisqan chanin, huk columna pisisqan utaq mana imamanpas apaq siqi. Manam imapas waqaychakurqanchu. Ruta-pa tablanmi riqsisqan columnakunata chaninkunatapas rikuchin.
staff-terms-too-long = Tablaqa 200 KB-manta aswan hatunmi. Manam imapas waqaychakurqanchu.
staff-audit-entity-service = Servicio
staff-audit-entity-organization = Organización
staff-audit-entity-referral = Derivación
staff-audit-entity-user = Cuenta
staff-audit-entity-import = Apamuy
staff-audit-entity-counsellor = Yuyaychaq
staff-audit-entity-lifelines = Yanapay telefonokuna
staff-admin-reports-intro = Runakunap willasqan sasachakuykuna mayqin organizacionpa serviciokunamantapas, manaraq pipas allichasqan; aswan unay suyaqkuna ñawpaqta.
staff-admin-last-admin = Kayqa qhipa kaq llamk'aq kamachiq cuentam: ñawpaqta huk cuentata kamachiqta ruway.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Derivacionkuna
staff-referral-heading = Derivacionkuna
staff-referral-intro = Runaq ari nisqanwan kachasqa derivacionkuna. Chaskiq organizacionmi kaypi kutichin; kachaqqa imayna kachkasqallantan rikun.
staff-referral-inbox = Organizacionniykiq chaskisqan
staff-referral-inbox-empty = Manan chaskisqa derivacionkuna kanchu.
staff-referral-inbox-kept = Derivacionmanta llapan willakuyqa pichakun, wisq'asqa utaq mana nisqa kasqanmanta { $days } p'unchaw qhipaman.
staff-referral-sent = Kachasqayki derivacionkuna
staff-referral-sent-empty = Manaraqmi ni huk derivaciontapas kachankichu.
staff-referral-sent-on = { $date } p'unchawpi kachasqa
staff-referral-for = { $service }-paq: { $needs }
staff-referral-from = { $from }-manta
staff-referral-from-hotline = Yanapay telefono
staff-referral-accept = Chaskiy
staff-referral-decline = Mana niy
staff-referral-reason = Imarayku mana nisqa
staff-referral-contacted = Runawanña rimarqayku
staff-referral-close = Wisq'ay
staff-referral-changed = Huk runan kay derivacionta chaykama kutichirqanña: chaskisqa derivacionkunata hukmanta rikuchiyku.
staff-referral-deleted-on = { $date } p'unchawpi pichakunqa
staff-referral-status-new = Musuq
staff-referral-status-accepted = Chaskisqa
staff-referral-status-declined = Mana nisqa
staff-referral-status-contacted = Runawan rimasqa
staff-referral-status-closed = Wisq'asqa
staff-referral-status-unknown = Imayna kachkasqan, kay versionpa mana riqsisqan
staff-referral-urgency-routine = Pisi p'unchawkunapi
staff-referral-urgency-soon = Kunan utaq paqarin
staff-referral-urgency-urgent = Usqhaylla: kunanpacha
staff-referral-reason-no_capacity = Manan ch'usaq tiyana nitaq tupanakuy kanchu
staff-referral-reason-outside_area = Yanapasqayku k'itimanta hawapi
staff-referral-reason-not_eligible = Yanapayniykuqa manan kay runapaqchu
staff-referral-reason-need_not_offered = Manan munasqanta quykuchu
staff-referral-reason-served_elsewhere = Huk organizacionñan yanapachkan
staff-warm-heading = Huk derivacionta kachay, runata pusaspa
staff-warm-intro = Runaq ari nisqanwan, { $organization } kaypi qillqasqaykita chaskin, chaskisqankunapitaq kutichin. Yanapanankupaq yachanankullata qillqay.
staff-warm-consent = Runan ari nirqan { $organization } kay derivacionta chaskinanpaq
staff-warm-needs = Imatan munan
staff-warm-urgency = Hayk'aqkama yanapayta munan
staff-warm-alias = Runata qayanapaq huk suti (mana documentonpi sutinchu)
staff-warm-channel = Mana sasachakuyman churaspa rimapayanapaq huk ñan
staff-warm-no-contact = Manan: runan kikin rimapayamunqa
staff-warm-contact = Yupay utaq direccion
staff-warm-contact-notes = Imaynata mana sasachakuyman churaspa rimapayana (kay hina: ama rimasqa willakuyta saqiychu, ch'isi 6 horamantañalla)
staff-warm-consent-contact = Runan ari nirqan kay ñanwan rimapayanankupaq
staff-warm-note = Organizacionpaq willakuy
staff-warm-note-hint = Ama sutikunata nitaq direccionkunata qillqaychu: 500 qillqakama.
staff-warm-send = Derivacionta kachay
staff-warm-sent = { $service }-man kachasqa. Derivacionkunapi imayna kachkasqanta qhawariy.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Willachiykuna
staff-notify-heading = Willachiykuna
staff-notify-intro = Ruta llamk'aqkunaman, tupanakuyta mañakuq runakunamanpas imakunatachus willachin, sapa kachay imayna kachkasqanpas. Pimanchus chayan, manan kaypi rikuchikunchu; ñawpaq qhawayqa direccionta huk partinta pakaspa rikuchin.
staff-notify-channels-none = Manan ni huk ñanpas churasqachu (mana correo servidor, mana SMS pasarela), chayrayku willachiykunaqa manan kachakunchu: kay listapillan rikukunku, «hark'asqa» nisqawan.
staff-notify-channels-email-only = Correokunaqa kachakunmi. Manan SMS pasarela churasqachu, chayrayku SMS, WhatsApp willakuykunapas manan kachakunchu: kay listapillan rikukunku, «hark'asqa» nisqawan.
staff-notify-channels-gateway-only = SMS, WhatsApp willakuykunapas kachakunmi. Manan correo servidor churasqachu, chayrayku correokunaqa manan kachakunchu: kay listapillan rikukunku, «hark'asqa» nisqawan.
staff-notify-channels-all = Correokuna, SMS, WhatsApp willakuykunapas kachakunmi.
staff-notify-list = Qhipa willachiykuna, aswan musuqkuna ñawpaqta
staff-notify-empty = Manaraqmi willachiykuna kanchu.
staff-notify-attempts = Hayk'a kuti kachayta munarqan: { $count }
staff-notify-queued = Suyanapi churasqa: { $date }
staff-notify-sent-at = Kachasqa: { $date }
staff-notify-next-try = Hamuq kachay: { $date }
staff-notify-last-error = Qhipa pantay: { $error }
staff-notify-preview = Ñawpaq qhaway
staff-notify-preview-hide = Ñawpaq qhawayta pakay
staff-notify-retry = Wakmanta ruray
staff-notify-preview-to = Pimanmi
staff-notify-preview-subject = Imamanta
staff-notify-preview-text = Willakuy ({ $language } simipi)
staff-notify-kind-referral_new = Musuq derivacion
staff-notify-kind-booking_new = Musuq tupanakuy mañakuy
staff-notify-kind-booking_changed = Tupanakuypa pachan t'ikrasqa
staff-notify-kind-booking_cancelled = Tupanakuy cancelasqa
staff-notify-kind-booking_confirmed = Tupanakuy chiqapchasqa
staff-notify-kind-booking_reminder = Tupanakuy yuyarichiy
staff-notify-kind-listing_check = Chiqapchanapaq willakuykuna
staff-notify-status-pending = Kachanata suyachkan
staff-notify-status-sending = Kachakuchkan
staff-notify-status-sent = Kachasqa
staff-notify-status-failed = Mana atikurqanchu
staff-notify-status-held = Hark'asqa (mana kachasqa)
staff-notify-status-cancelled = Cancelasqa
staff-notify-channel-email = Correo
staff-notify-channel-sms = Qillqasqa willakuy (SMS)
staff-notify-channel-whatsapp = WhatsApp
