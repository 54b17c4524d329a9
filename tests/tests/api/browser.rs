//! The survivor's journey in headless Chromium against the real server and the built app (`scripts/build-app.sh`).
//! Screenshots of each screen at 360×740 go to `target/screenshots/`.

use std::time::Duration;

use fantoccini::Locator;
use ruta_tests::TestApp;
use ruta_tests::browser::{Browser, LANGUAGES};

pub(crate) async fn app_with_bundle() -> TestApp {
    let app = TestApp::spawn_demo().await;
    app.assert_app_built();
    app
}

#[tokio::test]
async fn a_survivor_finds_help_near_a_town_and_leaves_no_trace() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.client.goto("about:blank").await.unwrap();
    b.open_home(&app.base).await;

    // Home: quick exit first in focus order, the demo notice, the town field; what showed while the app loaded
    // is gone.
    b.find("#town").await;
    assert_eq!(b.js("return !document.querySelector('#preboot')").await, true);
    let history_at_start = b.js("return history.length").await;
    let first_focus = b
        .js("return document.querySelector('button, a[href], input, select, textarea').id")
        .await;
    assert_eq!(first_focus, "quick-exit");
    b.find("#demo-notice").await;
    assert_eq!(b.js("return document.documentElement.lang").await, "es");
    b.screenshot("1-home").await;
    b.assert_accessible("home").await;

    // Type a town, choose it, see the nearest help.
    b.search_town("tegucigalpa").await;
    b.find("#remote").await;
    b.find("#locator").await;
    b.find("#emergency a[href^='tel:']").await;
    b.find("#demo-notice").await;
    let first = b
        .js("return document.querySelector('#result-list li.result .open-service').textContent")
        .await;
    let expected = app.get("/api/v1/search?place=3600949&lang=es").await;
    assert_eq!(
        first.as_str().map(str::trim),
        expected.json["results"][0]["name"].as_str()
    );
    let distance = b
        .js("return document.querySelector('#result-list li.result').textContent")
        .await;
    assert!(
        distance.as_str().unwrap_or("").contains(" m") || distance.as_str().unwrap_or("").contains("km"),
        "{distance}"
    );
    b.screenshot("2-results").await;

    // Weight of a first visit up to the first results, as the browser downloaded it (compressed, with headers).
    let weight = b
        .js("const nav = performance.getEntriesByType('navigation')[0]; \
             const files = performance.getEntriesByType('resource'); \
             return [nav.transferSize].concat(files.map(e => e.transferSize)).reduce((a, b) => a + b, 0);")
        .await
        .as_u64()
        .unwrap();
    let listing = b
        .js("return performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize).join('\\n');")
        .await;
    let report = format!(
        "first visit to the first results: {weight} bytes\n{}\n",
        listing.as_str().unwrap_or("")
    );
    let _ = std::fs::create_dir_all(ruta_tests::workspace().join("target/screenshots"));
    let _ = std::fs::write(
        ruta_tests::workspace().join("target/screenshots/weight.txt"),
        report,
    );
    assert!(
        weight <= 300_000,
        "the first results screen weighs {weight} bytes, over the 300 KB budget"
    );
    b.assert_accessible("results").await;

    // Filter: shelters only. The first result is the API's first shelter.
    b.tap("#filters input[name='kind'][value='shelter']").await;
    let shelter = app.get("/api/v1/search?place=3600949&lang=es&kind=shelter").await;
    let want = shelter.json["results"][0]["name"].as_str().unwrap().to_owned();
    let script = format!(
        "const b = document.querySelector('#result-list li.result .open-service'); return !!b && b.textContent.trim() === {};",
        serde_json::to_string(&want).unwrap()
    );
    b.wait_until("the list shows shelters", &script).await;
    b.screenshot("3-filtered").await;

    // Open a service: a call link.
    b.tap("#result-list li.result .open-service").await;
    b.find("#service").await;
    let call = b.find("#service a.call").await;
    let href = call.attr("href").await.unwrap().unwrap_or_default();
    assert!(href.starts_with("tel:+"), "{href}");
    b.find("#demo-notice").await;
    b.screenshot("4-service").await;
    b.assert_accessible("service").await;

    // Nothing left on the phone, and nothing asked of another host.
    assert_eq!(b.js("return document.cookie").await, "");
    assert_eq!(
        b.js("return localStorage.length + sessionStorage.length").await,
        0
    );
    let databases = b
        .client
        .execute_async(
            "const done = arguments[0]; indexedDB.databases().then(d => done(d.length));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(databases, 0);
    let foreign = b
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin));")
        .await;
    assert_eq!(foreign, serde_json::json!([]), "requests to other hosts");
    assert_eq!(
        b.js("return history.length").await,
        history_at_start,
        "the app's navigation adds no history"
    );

    // Quick exit: the page goes, and Back does not bring it back.
    b.tap_then(
        "#quick-exit",
        "the page is replaced",
        "return location.href === 'about:blank';",
    )
    .await;
    b.client.back().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let url = b.client.current_url().await.unwrap();
    assert!(
        !url.as_str().starts_with(&app.base),
        "Back returned to the app: {url}"
    );
}

#[tokio::test]
async fn pressing_escape_three_times_leaves_at_once() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.client.goto("about:blank").await.unwrap();
    b.open_home(&app.base).await;
    for _ in 0..3 {
        b.client
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .send_keys("\u{E00C}")
            .await
            .unwrap();
    }
    b.wait_until("the page is replaced", "return location.href === 'about:blank';")
        .await;
}

/// Sentences of the English interface (literal runs of three words or more), to catch English left on a
/// screen in another language.
pub(crate) fn english_sentences() -> Vec<String> {
    sentences_of("en")
}

/// Sentences of one language's interface file (literal runs of three words or more), to catch text left in
/// another language on a screen.
pub(crate) fn sentences_of(lang: &str) -> Vec<String> {
    let text = std::fs::read_to_string(ruta_tests::workspace().join(format!("locales/{lang}/ruta_app.ftl")))
        .unwrap();
    let mut sentences = Vec::new();
    for line in text.lines() {
        let value = match line.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') && !id.starts_with('#') => value,
            _ if line.starts_with("        [") || line.starts_with("       *[") => {
                line.split_once("] ").map_or("", |(_, v)| v)
            }
            _ => continue,
        };
        for run in value.split(['{', '}']) {
            let run = run.trim().trim_end_matches(['.', ':', '…', ';']);
            if run
                .split_whitespace()
                .filter(|w| w.chars().all(char::is_alphabetic))
                .count()
                >= 3
                && !run.contains('$')
            {
                sentences.push(run.to_owned());
            }
        }
    }
    assert!(sentences.len() > 40, "read the English file: {}", sentences.len());
    sentences
}

/// Whether `text` has a distance such as `3,2 km` with this decimal separator.
fn has_decimal_distance(text: &str, separator: char) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(6).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == separator
            && w[2].is_ascii_digit()
            && w[3].is_whitespace()
            && w[4] == 'k'
            && w[5] == 'm'
    })
}

/// The page's visible text, and how far it overflows horizontally (0 = fits).
pub(crate) async fn visible_text_and_overflow(b: &Browser) -> (String, i64) {
    (b.visible_text().await, b.horizontal_overflow().await)
}

pub(crate) fn assert_reads_in(tag: &str, screen: &str, text: &str, overflow: i64, english: &[String]) {
    if tag != "es" {
        // Spanish UI sentences that this language's own file does not also use (Portuguese shares some).
        let own =
            std::fs::read_to_string(ruta_tests::workspace().join(format!("locales/{tag}/ruta_app.ftl")))
                .unwrap();
        for sentence in sentences_of("es").iter().filter(|s| !own.contains(s.as_str())) {
            assert!(
                !text.contains(sentence.as_str()),
                "{tag} {screen}: Spanish left: {sentence:?}"
            );
        }
    }
    assert_eq!(overflow, 0, "{tag} {screen}: horizontal overflow at 320 px");
    assert!(
        !text.contains("{$"),
        "{tag} {screen}: a message lacks an argument"
    );
    for id in [
        "kind-shelter",
        "results-count",
        "open-now",
        "language-",
        "distance-",
    ] {
        assert!(!text.contains(id), "{tag} {screen}: raw message id {id}");
    }
    if tag != "en" {
        for sentence in english {
            assert!(
                !text.contains(sentence.as_str()),
                "{tag} {screen}: English left: {sentence:?}"
            );
        }
    }
}

/// Every language: picked on the home screen, results and a service page read wholly in it, `<html lang>`
/// follows, and nothing overflows a 320 px screen.
#[tokio::test]
async fn every_language_reads_wholly_in_itself_and_fits_320_px() {
    let app = app_with_bundle().await;
    let english = english_sentences();
    let b = Browser::start_sized(320, 640).await;
    for tag in LANGUAGES {
        b.open_home_in(&app.base, tag).await;
        let (text, overflow) = visible_text_and_overflow(&b).await;
        assert_reads_in(tag, "home", &text, overflow, &english);

        b.search_town("tegucigalpa").await;
        let (text, overflow) = visible_text_and_overflow(&b).await;
        assert_reads_in(tag, "results", &text, overflow, &english);
        // Distances under 10 km have a decimal, written the language's way.
        let separator = if ["pt-BR", "fr", "nl", "gn", "ht"].contains(&tag) {
            ','
        } else {
            '.'
        };
        assert!(
            has_decimal_distance(&text, separator),
            "{tag}: no distance like 3{separator}2 km in {text}"
        );
        let other = if separator == ',' { '.' } else { ',' };
        assert!(
            !has_decimal_distance(&text, other),
            "{tag}: a distance with {other} in {text}"
        );
        b.screenshot(&format!("lang-{tag}-results-320")).await;

        b.tap("#result-list li.result .open-service").await;
        b.find("main#service h1").await;
        b.wait_until(
            "the service is shown",
            "return !!document.querySelector('main#service .phones, main#service .hours');",
        )
        .await;
        let (text, overflow) = visible_text_and_overflow(&b).await;
        assert_reads_in(tag, "service", &text, overflow, &english);
        b.screenshot(&format!("lang-{tag}-service-320")).await;
        assert_eq!(b.js("return document.documentElement.lang").await, tag);
    }
}

/// With no saved choice the app follows the browser: a phone set to European Portuguese then English gets the
/// Brazilian Portuguese interface (pt-PT → pt → pt-BR), and one set to German gets Spanish.
#[tokio::test]
async fn the_app_starts_in_the_browsers_language_with_fallbacks() {
    let app = app_with_bundle().await;
    for (languages, expected) in [("pt-PT,en", "pt-BR"), ("ht,fr", "ht"), ("de-DE", "es")] {
        let b = Browser::start_configured(360, 740, languages).await;
        b.open_home(&app.base).await;
        b.wait_until(
            &format!("{languages} starts in {expected}"),
            &format!("return document.documentElement.lang === '{expected}';"),
        )
        .await;
        let picked = b.js("return document.querySelector('#language').value").await;
        assert_eq!(picked, expected, "the picker shows the language in use");
    }
}

/// The page itself is served in the browser's language: `<html lang>` and the sentence shown without
/// JavaScript (which must still help someone in danger); Spanish when the browser asks for nothing Ruta speaks.
#[tokio::test]
async fn the_page_without_javascript_speaks_the_browsers_language() {
    let app = app_with_bundle().await;
    for (accept, lang, words, exit) in [
        ("qu-PE,es;q=0.5", "qu", "waqyay", "Usqhaylla lluqsiy"),
        (
            "pt-PT",
            "pt-BR",
            "ligue para o número de emergência",
            "Sair rápido",
        ),
        ("fr-HT,fr", "fr", "appelez le numéro d’urgence", "Sortie rapide"),
        ("de-DE", "es", "llame al número de emergencias", "Salir rápido"),
        ("", "es", "llame al número de emergencias", "Salir rápido"),
    ] {
        let headers: &[(&str, &str)] = if accept.is_empty() {
            &[]
        } else {
            &[("accept-language", accept)]
        };
        let page = app.get_with("/", headers).await;
        assert_eq!(page.status, 200);
        assert!(
            page.text.contains(&format!("<html lang=\"{lang}\">")),
            "{accept}: {}",
            page.text
        );
        assert!(page.text.contains(words), "{accept}: {}", page.text);
        assert_eq!(page.headers["content-language"], lang);
        assert_eq!(page.headers["vary"], "Accept-Language");
        assert!(
            page.text.contains("name=\"ruta-exit-url\""),
            "the exit address is still set"
        );
        // Before the app starts (seconds on a slow link): a working quick exit to the configured address and the
        // sentence that helps in danger, in the same language, in the first bytes.
        assert!(
            page.text.contains(&format!(
                "id=\"preboot-exit\" href=\"about:blank\" rel=\"noreferrer\">{exit}</a>"
            )),
            "{accept}: {}",
            page.text
        );
        let emergency = page.text.find("id=\"preboot-emergency\"").unwrap();
        assert!(page.text[emergency..].contains(words), "{accept}");
        assert!(
            page.text.len() < 14_000,
            "the whole page fits the first round trip"
        );
    }
}

/// An NGO editor on a phone: signs in on /staff/, sets "full tonight" with one tap, confirms the listing, edits
/// its name adding a Quechua translation, sees the history; the public search shows every change at once; a bad
/// phone number is refused with the field named and nothing saved.
#[tokio::test]
async fn an_ngo_editor_keeps_a_listing_current_from_a_phone() {
    let own = uuid::Uuid::from_u128(0x100);
    let app = own_centre_with_editors(&["editor@ruta.test"]).await;
    let b = Browser::start_sized(360, 740).await;
    b.client.goto(&format!("{}/staff/", app.base)).await.unwrap();
    b.type_in("#sign-in #email", "editor@ruta.test").await;
    b.type_in("#sign-in #password", "tres palabras sueltas").await;
    b.screenshot("staff-1-sign-in").await;
    b.tap("#sign-in button[type='submit']").await;
    b.find("#listings li.listing").await;
    assert_eq!(b.js("return document.documentElement.lang").await, "es");
    let (text, overflow) = visible_text_and_overflow(&b).await;
    assert!(text.contains("Centro Propio"), "{text}");
    assert!(text.contains("Nunca revisado"), "{text}");
    assert_eq!(overflow, 0, "the listings fit a phone");
    b.screenshot("staff-2-listings").await;
    b.assert_accessible("staff listings").await;

    // One tap: no places tonight.
    b.tap_then("button[data-capacity='full']", "the capacity is saved", "return document.querySelector(\"button[data-capacity='full']\").getAttribute('aria-pressed') === 'true';").await;
    let public = app.get(&format!("/api/v1/services/{own}")).await;
    assert_eq!(public.json["capacity"], "full");
    // One tap: still correct.
    b.tap_then(
        "button.still-correct",
        "the listing is confirmed",
        "return document.querySelector('#listings .checked').textContent.includes('2026');",
    )
    .await;

    // Edit: a wrong phone is refused, naming the field, and nothing changes.
    b.tap("button.edit").await;
    b.find("#listing-form").await;
    assert_eq!(
        b.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await,
        0,
        "the form fits a phone"
    );
    b.screenshot("staff-3-edit").await;
    b.assert_accessible("staff edit form").await;
    b.js("document.querySelector('#phone-0').value = '555-0199';")
        .await;
    b.tap_then(
        "#listing-form button[type='submit']",
        "the error shows",
        "return document.querySelector('#form-error').textContent.length > 0;",
    )
    .await;
    let error = b
        .js("return document.querySelector('#form-error').textContent")
        .await;
    assert!(error.as_str().unwrap().contains("Contacto"), "{error}");
    assert_eq!(
        app.get(&format!("/api/v1/services/{own}")).await.json["phones"][0]["number"],
        "+50400000256"
    );

    // Fix it, add a Quechua name in the empty translation row and a branch in San Pedro Sula in the empty
    // "other places" row.
    b.js("document.querySelector('#phone-0').value = '+50400000257';")
        .await;
    b.js("document.querySelector('#name-lang-1').value = 'qu'; document.querySelector('#name-text-1').value = 'Kikin Wasi';").await;
    b.js("document.querySelector('#branch-0-lat').value = '15,5042'; \
          document.querySelector('#branch-0-lon').value = '-88.025'; \
          document.querySelector('#branch-0-address').value = 'Barrio Guamilito 7'; \
          document.querySelector('#branch-0-locality').value = 'San Pedro Sula';")
        .await;
    b.tap("#listing-form button[type='submit']").await;
    b.find("#listings li.listing").await;
    let quechua = app.get(&format!("/api/v1/services/{own}?lang=qu")).await;
    assert_eq!(quechua.json["name"], "Kikin Wasi");
    assert_eq!(quechua.json["phones"][0]["number"], "+50400000257");
    assert_eq!(
        quechua.json["other_locations"][0]["locality"], "San Pedro Sula",
        "{}",
        quechua.text
    );
    let from_san_pedro = app.get("/api/v1/search?lat=15.5&lon=-88.02&radius_m=20000").await;
    assert_eq!(
        from_san_pedro.json["results"][0]["location"]["address"], "Barrio Guamilito 7",
        "found in San Pedro Sula at its branch: {}",
        from_san_pedro.text
    );

    // The history lists the three changes, newest first, with who made them.
    b.tap("button.history").await;
    b.find("#history li.change").await;
    let history = b.js("return document.querySelector('#history').innerText").await;
    let history = history.as_str().unwrap();
    assert_eq!(
        b.js("return document.querySelectorAll('#history li').length")
            .await,
        3,
        "{history}"
    );
    assert!(history.contains("editor@ruta.test"), "{history}");
    assert!(history.contains("Datos editados"), "{history}");
    b.screenshot("staff-4-history").await;

    // The staff screens read wholly in every language too.
    let english = english_sentences();
    b.tap("button.back").await;
    b.find("#listings li.listing").await;
    for tag in ["pt-BR", "qu", "gn", "ht", "fr", "nl", "en", "es"] {
        b.choose_language("#staff-language", tag).await;
        let (text, overflow) = visible_text_and_overflow(&b).await;
        assert_reads_in(tag, "staff listings", &text, overflow, &english);
    }

    // A survivor in Tegucigalpa opens it and sees the other place it helps in, on a phone's width.
    let survivor = Browser::start_sized(360, 740).await;
    survivor.client.goto(&format!("{}/", app.base)).await.unwrap();
    survivor.search_town("tegucigalpa").await;
    survivor.tap("#result-list li.result .open-service").await;
    survivor.find("#service .other-locations").await;
    let (text, overflow) = visible_text_and_overflow(&survivor).await;
    assert!(text.contains("También atiende en estos lugares"), "{text}");
    assert!(text.contains("Barrio Guamilito 7"), "{text}");
    assert_eq!(overflow, 0, "the service page fits a phone");
    survivor.screenshot("staff-5-branch-on-the-service-page").await;
    survivor.assert_accessible("service with branches").await;
}

/// Issue 16: two editors open the same listing; the first saves; the second's save is refused with "changed by
/// someone else" and a Reload button (nothing of theirs is written over the first's change); after reloading
/// they see the first's change and their own save goes through.
#[tokio::test]
async fn two_editors_edit_one_listing_and_the_second_is_told_to_reload() {
    let own = uuid::Uuid::from_u128(0x100);
    let app = own_centre_with_editors(&["ana@ruta.test", "beto@ruta.test"]).await;
    let ana = Browser::start_sized(360, 740).await;
    let beto = Browser::start_sized(1024, 768).await;
    for (b, email) in [(&ana, "ana@ruta.test"), (&beto, "beto@ruta.test")] {
        b.sign_in_staff(&app.base, email, "tres palabras sueltas").await;
        b.tap("button.edit").await;
        b.find("#listing-form #name-text-0").await;
    }
    // Beto saves first.
    beto.js("document.querySelector('#name-text-0').value = 'Centro de Beto';")
        .await;
    beto.tap("#listing-form button[type='submit']").await;
    beto.find("#listings li.listing").await;
    let public = format!("/api/v1/services/{own}");
    assert_eq!(app.get(&public).await.json["name"], "Centro de Beto");

    // Ana saves the form she opened before: refused, and told why.
    ana.js("document.querySelector('#name-text-0').value = 'Centro de Ana';")
        .await;
    ana.tap("#listing-form button[type='submit']").await;
    ana.find("#changed-elsewhere").await;
    let message = ana.text("#changed-elsewhere").await;
    assert!(
        message.contains("Otra persona cambió este servicio. Vuelva a cargarlo para ver los cambios."),
        "{message}"
    );
    assert_eq!(
        ana.js("return document.querySelector('#changed-elsewhere').getAttribute('role')")
            .await,
        "alert",
        "announced"
    );
    assert_eq!(
        app.get(&public).await.json["name"],
        "Centro de Beto",
        "nothing overwritten"
    );
    ana.screenshot("staff-5-changed-elsewhere").await;
    ana.assert_accessible("staff edit form, changed elsewhere").await;

    // Reload: Beto's change shows, and Ana's next save is made on top of it.
    ana.tap_then(
        "#reload-record",
        "the listing is read again",
        "return !document.querySelector('#changed-elsewhere') && \
         document.querySelector('#name-text-0')?.value === 'Centro de Beto';",
    )
    .await;
    ana.js("document.querySelector('#name-text-0').value = 'Centro de Ana';")
        .await;
    ana.tap("#listing-form button[type='submit']").await;
    ana.find("#listings li.listing").await;
    assert_eq!(app.get(&public).await.json["name"], "Centro de Ana");
}

/// A survivor flags a listing as wrong in two taps, giving nothing about themselves; the organisation's inbox
/// has it.
#[tokio::test]
async fn a_survivor_reports_a_wrong_listing_without_personal_data() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.open_home(&app.base).await;
    b.search_town("tegucigalpa").await;
    b.tap("#result-list li.result .open-service").await;
    b.tap("#report-problem summary").await;
    b.tap("#report-problem button[data-reason='no_answer']").await;
    b.find("#report-problem .report-thanks").await;
    assert_eq!(b.js("return document.cookie").await, "");
    let reports = app.state.store.reports(None).await.unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].reason.as_str(), "no_answer");
}

/// A service's week reads as rows of days and times in the reader's language: weekdays with the same hours
/// grouped into one row, a day with other hours on its own, the time zone named.
#[tokio::test]
async fn a_service_page_reads_its_week_as_days_and_times() {
    use api_types::Weekday::{Fri, Mon, Sat, Thu, Tue, Wed};
    use ruta_tests::fixtures::ServiceFixture;
    let weekdays = [Mon, Tue, Wed, Thu, Fri].map(|day| (day, "08:00", "17:00"));
    let mut week = weekdays.to_vec();
    week.push((Sat, "09:00", "12:00"));
    let app =
        TestApp::spawn_with_services(&[
            ServiceFixture::new(0x101, "Centro con horario", 14.0818, -87.2068)
                .hours("America/Tegucigalpa", false, &week)
                .build(),
        ])
        .await;
    app.assert_app_built();
    let b = Browser::start().await;
    b.open_home(&app.base).await;
    b.search_town("tegucigalpa").await;
    b.tap("#result-list li.result .open-service").await;
    b.find("#service table.week").await;
    let rows = b
        .js(
            "const text = e => e.textContent.replace(/[\\u2068\\u2069]/g, '').trim(); \
             return [...document.querySelectorAll('#service table.week tr')] \
             .map(r => [text(r.querySelector('th')), text(r.querySelector('td'))]);",
        )
        .await;
    assert_eq!(
        rows,
        serde_json::json!([
            ["Lunes a Viernes", "08:00–17:00"],
            ["Sábado", "09:00–12:00"],
            ["Domingo", "Cerrado"]
        ]),
        "the week as the page shows it"
    );
}

/// A server with the fixture organisation's own centre (`0x100`, "Centro Propio") and an editor account of that
/// organisation for each of `editors` (password "tres palabras sueltas"); the app must be built.
async fn own_centre_with_editors(editors: &[&str]) -> TestApp {
    use ruta_tests::fixtures::{ServiceFixture, organization};
    let centre = ServiceFixture::new(0x100, "Centro Propio", 14.0818, -87.2068).build();
    let app = TestApp::spawn_with_services(&[centre]).await;
    app.assert_app_built();
    for email in editors {
        app.add_user(
            "ngo_editor",
            email,
            "tres palabras sueltas",
            Some(organization().id),
        )
        .await;
    }
    app
}

/// `app` with the fixture organisation's editor `editor@ruta.test`.
async fn with_editor(app: TestApp) -> TestApp {
    app.add_user(
        "ngo_editor",
        "editor@ruta.test",
        "tres palabras sueltas",
        Some(ruta_tests::fixtures::organization().id),
    )
    .await;
    app
}

/// The editor `editor@ruta.test` signed in on a 360 px phone, on the import screen with `file` chosen.
async fn import_screen_with(app: &TestApp, file: &std::path::Path) -> Browser {
    let b = Browser::start_sized(360, 740).await;
    b.sign_in_staff(&app.base, "editor@ruta.test", "tres palabras sueltas")
        .await;
    b.tap("#open-import").await;
    b.type_in("#import-file", file.to_str().unwrap()).await;
    b
}

/// An editor imports an Open Referral file from the staff screens: checks it first (nothing saved, a report),
/// then imports it; the new listing is in their list and in the public search at once.
#[tokio::test]
async fn an_editor_imports_an_open_referral_file_with_a_report_first() {
    let app = own_centre_with_editors(&["editor@ruta.test"]).await;
    // An HSDS 3.0 service, as another directory would publish it: ours, under another id and name.
    let mut hsds = app
        .get("/hsds/services/00000000-0000-0000-0000-000000000100")
        .await
        .json;
    hsds["id"] = serde_json::json!("6f1c7a2e-1b7e-4c53-9a51-2d6f0a1b2c3d");
    hsds["name"] = serde_json::json!("Centro Importado (test)");
    // Another directory has no Ruta extensions (ours carry the names per language).
    if let Some(object) = hsds.as_object_mut() {
        object.retain(|key, _| !key.starts_with("x_ruta_"));
    }
    // Two fax lines: one reason in the report, counted twice, not two lines of the same words.
    hsds["phones"] = serde_json::json!([
        {"number": "+504 2200-0001", "type": "fax"},
        {"number": "+504 2200-0002", "type": "fax"},
    ]);
    // A category of the directory it came from: kept as it came, and shown to the editor.
    hsds["attributes"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"taxonomy_term": {"code": "BD-1800.2000", "name": "Pantries", "taxonomy": "AIRS/211 LA County"}}));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("servicio.json");
    std::fs::write(&file, serde_json::to_vec(&hsds).unwrap()).unwrap();

    let b = import_screen_with(&app, &file).await;
    assert_eq!(
        b.js("return document.querySelector('#import-run').disabled")
            .await,
        true,
        "check first"
    );
    b.tap("#import-check").await;
    b.find("#import-report .summary").await;
    let summary = b
        .js("return document.querySelector('#import-report .summary').textContent")
        .await;
    assert!(summary.as_str().unwrap().contains("un servicio"), "{summary}");
    let reasons = b
        .js("return [...document.querySelectorAll('#import-issues li')].map(li => li.textContent)")
        .await;
    let fax: Vec<&str> = reasons
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r.as_str())
        .filter(|r| r.contains("fax"))
        .collect();
    assert_eq!(fax.len(), 1, "one line for the reason: {reasons}");
    assert!(fax[0].contains("× 2"), "{reasons}");
    let search = "/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000";
    assert!(
        !app.get(search).await.text.contains("Centro Importado"),
        "a check saves nothing"
    );
    b.screenshot("staff-5-import-check").await;

    b.tap_then("#import-run", "the import is done", "return (document.querySelector('#import-report .summary') || {}).textContent?.startsWith('Importado');").await;
    assert!(
        app.get(search).await.text.contains("Centro Importado (test)"),
        "searchable at once"
    );
    b.tap("button.back").await;
    b.find("#listings li.listing").await;
    let listings = b.js("return document.querySelector('#listings').innerText").await;
    assert!(
        listings.as_str().unwrap().contains("Centro Importado (test)"),
        "{listings}"
    );

    // Its editor sees the category it was imported with, read only, on its form.
    b.js("[...document.querySelectorAll('#listings li.listing')].find(li => li.textContent.includes('Centro Importado')).querySelector('button.edit').click(); return true;")
        .await;
    b.find("#source-terms").await;
    let terms = b
        .js("return document.querySelector('#source-terms').textContent")
        .await;
    assert!(
        terms.as_str().unwrap().contains("Pantries")
            && terms
                .as_str()
                .unwrap()
                .contains("BD-1800.2000 · AIRS/211 LA County"),
        "{terms}"
    );
    b.js("document.querySelector('#source-terms').scrollIntoView(); return true;")
        .await;
    b.screenshot("staff-5-import-source-terms").await;
}

/// A file brings two shelters with their street addresses: after the check the screen lists both, ticked to be
/// kept confidential; the editor unticks one (a shelter that is public anyway) and imports. The ticked one's
/// address never reaches the public; the other's does, as chosen.
#[tokio::test]
async fn an_editor_keeps_imported_shelters_confidential_before_anything_is_published() {
    use ruta_tests::fixtures::organization;
    let app = with_editor(TestApp::spawn_with(&[organization()], &[]).await).await;
    let shelter = |id: &str, name: &str, street: &str| {
        serde_json::json!({
            "id": id, "name": name, "status": "active",
            "organization_id": organization().id.to_string(),
            "service_at_locations": [{ "location": {
                "location_type": "physical", "latitude": 14.08, "longitude": -87.2,
                "addresses": [{ "address_1": street, "city": "Tegucigalpa", "country": "HN", "address_type": "physical" }]
            }}],
            "attributes": [{ "taxonomy_term": { "code": "SH", "name": "Emergency shelter", "taxonomy": "Local" } }]
        })
    };
    let (hidden, public) = (
        "7a1c7a2e-1b7e-4c53-9a51-2d6f0a1b2c01",
        "7a1c7a2e-1b7e-4c53-9a51-2d6f0a1b2c02",
    );
    let file_json = serde_json::json!([
        shelter(hidden, "Casa Escondida (test)", "Calle Oculta 1"),
        shelter(public, "Albergue Municipal (test)", "Plaza Central 2"),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("albergues.json");
    std::fs::write(&file, serde_json::to_vec(&file_json).unwrap()).unwrap();

    let b = import_screen_with(&app, &file).await;
    b.tap("#import-check").await;
    b.find("#import-shelters").await;
    let ticked = b
        .js("return [...document.querySelectorAll('#import-shelters input.shelter-choice')].map(i => [i.closest('label').textContent.trim(), i.checked])")
        .await;
    assert_eq!(
        ticked,
        serde_json::json!([
            ["Casa Escondida (test)", true],
            ["Albergue Municipal (test)", true]
        ]),
        "both listed, ticked"
    );
    assert_eq!(b.horizontal_overflow().await, 0, "fits 360 px");
    b.js("document.querySelector('#import-shelters').scrollIntoView(); return true;")
        .await;
    b.screenshot("staff-5-import-shelters").await;
    b.tap(&format!("#import-shelters input[value='{public}']")).await;
    b.tap_then("#import-run", "the import is done", "return (document.querySelector('#import-report .summary') || {}).textContent?.startsWith('Importado');").await;
    let hidden_page = app.get(&format!("/api/v1/services/{hidden}")).await;
    assert_eq!(hidden_page.status, 200, "{}", hidden_page.text);
    assert!(!hidden_page.text.contains("Calle Oculta"), "{}", hidden_page.text);
    let public_page = app.get(&format!("/api/v1/services/{public}")).await;
    assert!(
        public_page.text.contains("Plaza Central 2"),
        "{}",
        public_page.text
    );
}

/// A national directory's export never says its country or time zone: checked as it is, nothing would be
/// imported (said loudly); with Guatemala chosen on the screen (its one time zone follows), both services and
/// their hours are imported.
#[tokio::test]
async fn an_editor_gives_the_country_a_file_does_not_say() {
    use ruta_tests::fixtures::organization;
    let app = with_editor(TestApp::spawn_with(&[organization()], &[]).await).await;
    let package = ruta_tests::workspace().join("tests/fixtures/hsds/real/no-country");
    let zip = crate::import::zip_of(
        &crate::import::files_of(&package),
        zip::CompressionMethod::Deflated,
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("directorio-nacional.zip");
    std::fs::write(&file, zip).unwrap();

    let b = import_screen_with(&app, &file).await;
    b.tap("#import-check").await;
    let alert = b.text("#import-report [role=alert]").await;
    assert!(!alert.is_empty(), "nothing would be imported, said loudly");

    b.tap_then(
        "#import-country option[value='GT']",
        "Guatemala's one time zone is chosen",
        "return document.querySelector('#import-timezone').value === 'America/Guatemala';",
    )
    .await;
    b.tap_then("#import-check", "a report that would import both services",
        "const r = document.querySelector('#import-report'); return !!r && !r.querySelector('[role=alert]') && r.querySelector('.summary').textContent.includes('2');").await;
    b.screenshot("staff-5-import-country").await;
    b.tap_then("#import-run", "the import is done",
        "return (document.querySelector('#import-report .summary') || {}).textContent?.startsWith('Importado');").await;
    let (_, services) = app.state.store.load_directory().await.unwrap();
    assert_eq!(services.len(), 2);
    for service in &services {
        assert_eq!(service.country.as_str(), "GT");
        let hours = service.hours.as_ref().expect("hours kept").to_wire();
        assert_eq!(hours.timezone, "America/Guatemala");
    }
}

/// A man relocated to Tarapoto looks for a shelter that takes men: none within 50 km. The nearest ones, hundreds of
/// kilometres away, show at once with their distance — no tapping "search further" again and again.
#[tokio::test]
async fn with_no_mens_shelter_near_the_nearest_ones_show_at_once() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.open_home(&app.base).await;
    b.type_in("#town", "Tarapoto").await;
    b.tap("#town-suggestions li button").await;
    b.find("#result-list, #no-results").await;
    for (name, value) in [("kind", "shelter"), ("population", "men")] {
        b.tap(&format!("#filters input[name='{name}'][value='{value}']"))
            .await;
    }
    b.wait_until(
        "the nearest men's shelters beyond the radius",
        "return document.querySelectorAll('#beyond-list li.result').length > 0 && !!document.querySelector('#no-results');",
    )
    .await;
    let first = b.text("#beyond-list li.result .distance").await;
    assert!(first.contains("km"), "{first}");
    let heading = b.text("#beyond-heading").await;
    assert!(heading.contains("50 km"), "{heading}");
    b.js("document.querySelector('#beyond').scrollIntoView();").await;
    b.screenshot("beyond-tarapoto").await;
    b.assert_accessible("results beyond the radius").await;
}

/// Issue 14: the quick-exit button has its own room at the top and never lies over a heading, at 320 px and
/// 360 px, on the results and on a service's page: scrolled to any heading (as following a link or moving the
/// focus does), the heading is clear of the button; and at every scroll position, a heading below the bar is
/// what the reader sees at its corners, not the button.
#[tokio::test]
async fn the_quick_exit_never_covers_a_heading_after_scrolling() {
    let app = app_with_bundle().await;
    let covered = "const exit = () => document.querySelector('#quick-exit').getBoundingClientRect(); \
        const overlaps = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top; \
        const headings = [...document.querySelectorAll('h1, h2, h3')].filter(h => { \
          const r = h.getBoundingClientRect(); return r.width > 2 && r.height > 2; }); \
        const found = []; \
        for (const h of headings) { \
          h.scrollIntoView({ block: 'start' }); \
          const r = h.getBoundingClientRect(); \
          if (overlaps(r, exit())) found.push('scrolled to ' + h.innerText + ' at ' + r.top); \
        } \
        const bar = document.querySelector('.exit-bar').getBoundingClientRect(); \
        const height = document.documentElement.scrollHeight; \
        for (let y = 0; y < height; y += 40) { \
          window.scrollTo(0, y); \
          for (const h of headings) { \
            const r = h.getBoundingClientRect(); \
            if (r.top < bar.bottom || r.bottom > innerHeight) continue; \
            for (const x of [r.left + 2, Math.min(r.right, innerWidth) - 2]) { \
              const seen = document.elementFromPoint(x, r.top + 2); \
              if (seen && !h.contains(seen) && document.querySelector('#quick-exit').contains(seen)) \
                found.push('at ' + y + ' px the button covers ' + h.innerText); \
            } \
          } \
        } \
        window.scrollTo(0, 0); \
        return [headings.length, found];";
    for width in [320, 360] {
        let b = Browser::start_sized(width, 640).await;
        b.open_home(&app.base).await;
        b.search_town("tegucigalpa").await;
        b.find("#remote").await;
        let answer = b.js(covered).await;
        assert!(answer[0].as_u64().unwrap() >= 2, "{width} px results: {answer}");
        assert_eq!(answer[1], serde_json::json!([]), "{width} px results");
        // The bar stays at the top, the button in it.
        b.js("window.scrollTo(0, 600);").await;
        let placed = b
            .js(
                "const bar = document.querySelector('.exit-bar').getBoundingClientRect(); \
                 const exit = document.querySelector('#quick-exit').getBoundingClientRect(); \
                 return bar.top === 0 && exit.top >= bar.top && exit.bottom <= bar.bottom;",
            )
            .await;
        assert_eq!(placed, true, "{width} px: the quick exit stays in the bar");
        b.screenshot(&format!("quick-exit-scrolled-{width}")).await;
        b.js("window.scrollTo(0, 0);").await;

        b.tap("#result-list li.result .open-service").await;
        b.find("#service #hours-heading").await;
        let answer = b.js(covered).await;
        assert_eq!(answer[1], serde_json::json!([]), "{width} px service page");
    }
}

/// An NGO that keeps its directory in a spreadsheet: the import screen offers the template with Spanish headers
/// (the screen's language), takes the filled-in `.xlsx` as it is, checks it and imports it.
#[tokio::test]
async fn an_editor_imports_a_spreadsheet_and_finds_the_template_on_the_screen() {
    use ruta_tests::fixtures::organization;
    let app = with_editor(TestApp::spawn_with(&[organization()], &[]).await).await;
    let file = ruta_tests::workspace()
        .join("tests/fixtures/spreadsheets/directorio.xlsx")
        .canonicalize()
        .unwrap();
    let b = import_screen_with(&app, &file).await;
    let href = b
        .js("return document.querySelector('#import-template').getAttribute('href')")
        .await;
    assert_eq!(href, "/api/v1/manage/import/template?lang=es");
    let template = b
        .js("return fetch(document.querySelector('#import-template').href).then(r => r.text())")
        .await;
    assert!(
        template
            .as_str()
            .unwrap_or_default()
            .contains("Organización,Servicio"),
        "{template}"
    );
    b.tap("#import-check").await;
    b.find("#import-report .summary").await;
    b.screenshot("staff-5-import-spreadsheet").await;
    b.tap_then("#import-run", "the import is done",
        "return (document.querySelector('#import-report .summary') || {}).textContent?.startsWith('Importado');").await;
    let near = app
        .get("/api/v1/search?lat=14.63&lon=-90.51&radius_m=20000")
        .await;
    assert!(near.text.contains("Orientación legal (ejemplo)"), "{}", near.text);
}
