# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que revise cada mensaje.
# RUNASIMI RIMAQKUNAN QHAWANANKU — kay t'ikrayqa makinawan yanapasqan; manaraq apaykachaspa runasimi rimaq qhawachun.
# Variety: Southern Quechua, Cusco–Collao variety, standard written form (three-vowel alphabet a i u).
# Servidorpa kikin qillqasqan: API-q pantay willakuykuna, cliente huk simita mañakuptin (Accept-Language utaq
# lang=). App-qa manan kaykunata rikuchinchu: «code» nisqata kikin willakuyninkunawan t'ikran.
# { $field } nisqaqa parametroq sutinmi, imayna apachisqa hina (lat, radius_m…).

error-invalid_parameter = «{ $field }» nisqapi churasqaqa manan allinchu.
error-missing_parameter = «{ $field }» nisqa pisin.
error-not_found = Manan imapas kanchu chay «{ $field }» nisqawan.
error-no_route = Kay direccionqa manan API-pi kanchu.
error-internal = Ñuqaykumanta huk pantay karqan. Huk ratomanta yapamanta ruway.
error-invalid_field = «{ $field }» nisqa pisin, utaq manan allinchu.
error-unauthorized = Cuentaman yaykuna tiyan, utaq correo utaq contraseña manan allinchu.
error-forbidden = Kay cuentawanqa manan kayta ruwayta atikunchu.
error-account_pending = Cuentaqa suyachkanmi huk administrador ari ninanta.
error-registration_declined = Huk kamachiqmi organizacionniykipa qillqakuyninta mana nirqan. Imarayku: { $reason }
error-cross_origin = Huk t'ikrayqa kay kikin web sitiomanta hamuptillan chaskikun.
error-rate_limited = Nishu achkha kutitan ruwakun. Qhipaman yapamanta ruway.
error-conflict = «{ $field }» nisqaqa ñan apaykachakuchkanña.
error-slot_taken = Chay pacha kunallan hap'isqa. Huktawan akllay.
error-payload_too_large = Mañakuyqa ancha hatunmi: “{ $field }” saywata llallin.
error-import_running = Huk apaykuymi kachkan. Tukukuptin yapamanta ruray.
error-precondition_required = «{ $field }» nisqa pisin: qillqasqata ñawinchasqaykipi hina ETag nisqanwan kachamuy.
error-precondition_failed = Huk runa qillqasqata t'ikrarqun ñawinchasqaykimanta qhipaman. Yapamanta ñawinchay.
error-method_not_allowed = Kay tiyaqqa manam kay ruwanata chaskinchu.
error-unavailable = Servidorqa ancha hunt'asqam. Yapamanta huk chhika segundokunapi kallpachakuy.

## JavaScript mana kaqtin

noscript = Ruta-qa JavaScript-tam munan kay navegadorpi llamk'anampaq. Sichus sasachakuypi kanki chayqa, suyuykipa emergencia yupayninman waqyay.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Usqhaylla lluqsiy
preboot-emergency = Sichus sasachakuypi kanki chayqa, suyuykipa emergencia yupayninman waqyay.
preboot-loading = Apamuchkan…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Tupanakuy
calendar-video = Nisqa pachapi, kay t'inkita kichay video rimanakunapaq:
calendar-phone = Nisqa pachapi, yanapaqniyki saqisqayki yupayman waqyasunki. Mana saqirqankichu chayqa, Ruta-pi rikhuriq liniaman waqyay.
calendar-chat = Nisqa pachapi, Ruta-ta kichay, tupanakuyniykiq chat-ninman yaykuy.
calendar-room-pending = Sesionpa t'inkinqa Ruta-pi rikhurinqa, «Ñuqaq reservay» nisqapi, yanapaqniyki takyachiptin: chaypi kichay referenciaykiwan pakasqa codigoykiwan.

## Referral

# Yanapayman pusana (operadorkunaq consolan, issue 7): waqyaqman operadora leenan utaq SMS-wan apachinan willakuy.
referral-service = Yanapay: { $name }
referral-phones = Telefono: { $phones }
referral-confidential = Qampa amachakunaykipaqmi maypi kasqanqa pakasqa. Ñawpaqta chaskiq telefonota waqyay: { $phones }
referral-hours = Hayk'ap kichasqa: { $hours }
referral-hours-always = 24 hora kichasqa, sapa p'unchaw
referral-address = Maypi: { $address }
referral-demo = Qhawarichinapaqllan: kay yanapayqa yuyaymanasqallan, manan chiqaqchu.
referral-day-mon = Lunis
referral-day-tue = Martis
referral-day-wed = Mirkulis
referral-day-thu = Juywis
referral-day-fri = Wirnis
referral-day-sat = Sabadu
referral-day-sun = Duminku

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Musuq derivacion Ruta-pi
notify-referral_new-body = Organizacionniykipaq musuq derivacion chayamun. Ruta-ta kichay qhawanaykipaq.
notify-booking_new-subject = Musuq tupanakuy mañakuy Ruta-pi
notify-booking_new-body = Musuq tupanakuy mañakuy kan. Ruta-ta kichay qhawanaykipaq.
notify-booking_changed-subject = Huk tupanakuy t'ikrakurqan Ruta-pi
notify-booking_changed-body = Huk tupanakuypa pachan t'ikrakurqan. Ruta-ta kichay qhawanaykipaq.
notify-booking_cancelled-subject = Huk tupanakuy cancelasqa Ruta-pi
notify-booking_cancelled-body = Huk tupanakuy cancelasqa karqan. Ruta-ta kichay qhawanaykipaq.
notify-booking_confirmed-subject = Tupanakuy chiqapchasqa
notify-booking_confirmed-body = { $date } p'unchaw { $time } pachapi tupanakuyniyki chiqapchasqañam. Referencia { $reference }.
notify-booking_reminder-subject = Yuyarichiy
notify-booking_reminder-body = Yuyarichiy: paqarin { $time } pachapi tupanakuyniyki. Referencia { $reference }.
notify-listing_check-subject = Willakuyniykikuna allinraqchu?
notify-listing_check-body =
    Willakuyniykikuna allinraqchu? Organizacionniykipa kay willakuyninkunaqa 150 p'unchawmantapacha mana chiqapchasqachu. Sapa willakuypa t'inkinta kichay allinraq kasqanta chiqapchanaykipaq (t'inkikunaqa 30 p'unchawpaq allin); allichanaykipaq, Ruta-man yaykuy.

    { $listings }
listing-confirm-title = Willakuyta chiqapchay
listing-confirm-ask = “{ $name }” allinraqchu: pachankuna, telefonokuna, maypi kasqan, imatapas quwasqan? Arí chayqa, kaypi chiqapchay. Allichanaykipaq, Ruta-man yaykuy.
listing-confirm-button = Arí, allinraqmi
listing-confirm-done = Sulpayki: “{ $name }” chiqapchasqañam.
listing-confirm-invalid = Kay t'inkiqa mana llamk'anchu. Ruta-man yaykuy willakuyniykikunata chiqapchanaykipaq.
listing-confirm-expired = Kay t'inkiqa tukukapunñam. Ruta-man yaykuy willakuyniykikunata chiqapchanaykipaq.
listing-confirm-later = Kunanqa manam willakuyta chiqapchayta atikurqanchu. Huk iskay minutomanta wakmanta ruray.
