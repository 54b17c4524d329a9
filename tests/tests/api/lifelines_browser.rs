//! Life lines in headless Chromium: labelled numbers with the line against trafficking first, every country's
//! numbers with no connection, nothing in Cache Storage that names a country or a search, and the rights and
//! route screen in every language at 320 px.

use std::time::Duration;

use ruta_tests::browser::{Browser, LANGUAGES};

use crate::browser::{app_with_bundle, assert_reads_in, english_sentences, visible_text_and_overflow};

/// Every URL the origin's caches hold.
async fn cached_urls(b: &Browser) -> Vec<String> {
    let urls = b
        .client
        .execute_async(
            "const done = arguments[0];
             caches.keys()
               .then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
               .then(lists => done(lists.flat().map(r => r.url)))
               .catch(e => done(['error: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    urls.as_array()
        .unwrap()
        .iter()
        .map(|u| u.as_str().unwrap().to_owned())
        .collect()
}

/// Picks a country on the life-lines screen.
async fn choose_country(b: &Browser, code: &str) {
    b.find("#lifelines-country").await;
    b.wait_until(
        "the countries are listed",
        &format!("return !!document.querySelector(\"#lifelines-country option[value='{code}']\");"),
    )
    .await;
    b.choose("#lifelines-country", code).await;
}

#[tokio::test]
async fn in_mexico_911_is_labelled_and_the_line_against_trafficking_comes_first_never_a_retired_number() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.open_home(&app.base).await;
    b.search_town("Ciudad de México").await;
    let emergency = b.find("#emergency .emergency-call").await;
    assert_eq!(emergency.attr("href").await.unwrap().as_deref(), Some("tel:911"));
    assert_eq!(emergency.text().await.unwrap(), "Emergencias: 911");
    let first = b.find("#emergency .lifeline-first a").await;
    assert_eq!(
        first.attr("href").await.unwrap().as_deref(),
        Some("tel:8005533000")
    );
    assert!(first.text().await.unwrap().starts_with("Línea contra la trata"));
    assert!(b.text("#emergency .lifeline-first").await.contains("WhatsApp"));
    b.screenshot("lifelines-mx-results").await;

    // Every number, labelled, with its source; the retired ones nowhere.
    b.tap("#emergency button.lifelines-open").await;
    b.find("main#lifelines h1").await;
    b.wait_until(
        "Mexico's lines",
        "return document.querySelectorAll('#lifelines .lifeline').length >= 2;",
    )
    .await;
    let first_line = b.text("#lifelines .lifeline h3").await;
    assert_eq!(first_line, "Línea contra la trata");
    let links = b
        .js("return Array.from(document.querySelectorAll('a[href^=\"tel:\"]')).map(a => a.getAttribute('href')).join(' ');")
        .await;
    for retired in ["060", "065", "066", "068", "080"] {
        assert!(
            !links
                .as_str()
                .unwrap()
                .split(' ')
                .any(|l| l == format!("tel:{retired}")),
            "{retired}: {links}"
        );
    }
    // The country's own answer brings each source's page.
    b.wait_until(
        "sources with their pages",
        "return document.querySelector('#lifelines .lifeline-source').textContent.startsWith('Fuente:');",
    )
    .await;
    b.find("#lifelines .route-step").await;
    b.find("#lifelines a.lifeline-whatsapp[href^='https://wa.me/']")
        .await;
    b.screenshot("lifelines-mx").await;
    b.assert_accessible("life lines").await;
}

#[tokio::test]
async fn offline_any_countrys_life_lines_show_and_the_caches_never_name_a_country_or_a_search() {
    let app = app_with_bundle().await;
    let b = Browser::start().await;
    b.open_home(&app.base).await;
    b.wait_until(
        "the service worker controls the page",
        "return !!navigator.serviceWorker.controller;",
    )
    .await;
    // A search, then the quick exit: the caches hold the shell and the one document of every country's life
    // lines, and nothing else — no search, no country answer, no service.
    b.search_town("tegucigalpa").await;
    b.tap("#quick-exit").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    b.open_home(&app.base).await;
    let mut urls = Vec::new();
    for _ in 0..50 {
        urls = cached_urls(&b).await;
        if urls.iter().any(|u| u.ends_with("/api/v1/lifelines")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(urls.iter().any(|u| u.ends_with("/api/v1/lifelines")), "{urls:?}");
    for url in &urls {
        let path = url.strip_prefix(&app.base).unwrap_or(url);
        assert!(
            !path.starts_with("/api/") || path == "/api/v1/lifelines",
            "a cached answer that names a search or a country: {path}"
        );
        assert!(!path.contains('?'), "a cached query: {path}");
    }

    // The connection goes: the server stops. Peru, never looked at, still has its numbers.
    let _data = app.stop().await;
    b.client.refresh().await.unwrap();
    b.tap("#emergency button.lifelines-open").await;
    choose_country(&b, "PE").await;
    let call = b.find("#lifelines a.lifeline-call[href='tel:1818']").await;
    assert!(call.text().await.unwrap().starts_with("Línea contra la trata"));
    b.find("#lifelines a.emergency-call").await;
    b.find("#quick-exit").await;
    b.screenshot("lifelines-offline-pe").await;
}

#[tokio::test]
async fn rights_and_the_route_of_care_read_in_every_language_and_fit_320_px() {
    let app = app_with_bundle().await;
    let english = english_sentences();
    let b = Browser::start_sized(320, 640).await;
    for tag in LANGUAGES {
        b.open_home_in(&app.base, tag).await;
        b.tap("#emergency button.lifelines-open").await;
        choose_country(&b, "HT").await;
        b.find("#lifelines .route-step").await;
        b.find("#rights-heading").await;
        let (text, overflow) = visible_text_and_overflow(&b).await;
        assert_reads_in(tag, "life lines", &text, overflow, &english);
        for id in ["purpose-", "focus-", "rights-", "route-", "lifeline-"] {
            assert!(!text.contains(id), "{tag}: raw message id {id}");
        }
        b.screenshot(&format!("lang-{tag}-lifelines-320")).await;
        b.assert_accessible(&format!("{tag} life lines")).await;
    }
}

#[tokio::test]
async fn an_admin_corrects_a_countrys_lines_in_the_staff_screen_and_the_app_shows_it_at_once() {
    let app = app_with_bundle().await;
    let password = "una clave bastante larga";
    app.add_user("admin", "admin@ruta.test", password, None).await;
    let b = Browser::start().await;
    b.sign_in_staff_to(&app.base, "admin@ruta.test", password, "#nav-lifelines")
        .await;
    b.find("#staff-lifelines h1").await;
    b.wait_until(
        "the countries are listed",
        "return !!document.querySelector(\"#lifelines-admin-country option[value='HN']\");",
    )
    .await;
    b.choose("#lifelines-admin-country", "HN").await;
    b.find("#lifelines-form").await;
    assert!(
        b.text(".lifelines-status").await.contains("Ruta"),
        "shipped numbers"
    );

    // A new line without its checked day is refused before it is sent, naming the entry.
    b.tap("#lifelines-add-line").await;
    let key = b
        .js("const rows = document.querySelectorAll('fieldset:nth-of-type(2) .lifeline-row'); return rows[rows.length - 1].dataset.key;")
        .await;
    let key = key.as_str().unwrap().to_owned();
    for (field, value) in [
        ("name", "Línea de prueba"),
        ("organisation", "Comisión de prueba"),
        ("number", "1234"),
        ("source-url", "https://www.example.gob.hn/linea"),
        ("source-title", "Página de la línea"),
    ] {
        b.type_in(&format!("#l{key}-{field}"), value).await;
    }
    b.tap_then(
        "#lifelines-save",
        "the missing date is named",
        "return document.querySelector('#staff-notice').textContent.includes('lines[');",
    )
    .await;
    b.js(&format!(
        "const d = document.querySelector('#l{key}-checked-on'); d.value = '2026-11-30'; \
         d.dispatchEvent(new Event('input', {{ bubbles: true }}));"
    ))
    .await;
    b.tap_then(
        "#lifelines-save",
        "saved",
        "return !!document.querySelector('#lifelines-revert');",
    )
    .await;
    b.assert_accessible("staff life lines").await;
    b.screenshot("staff-lifelines").await;

    // Served at once to everyone, and recorded.
    let hn = app.get("/api/v1/countries/HN").await;
    assert!(hn.text.contains("\"1234\""), "{}", hn.text);
    assert!(hn.json["lifelines"]["correction"]["corrected_on"].is_string());

    // Going back needs a second, explicit step.
    b.tap("#lifelines-revert").await;
    b.tap("#lifelines-revert-yes").await;
    // Both buttons gone: the form was read again and shows the shipped set (while the second step waits for its
    // answer, `#lifelines-revert-yes` is there and `#lifelines-revert` is not).
    b.wait_until(
        "the shipped numbers are back",
        "return !document.querySelector('#lifelines-revert') && !document.querySelector('#lifelines-revert-yes') \
         && !!document.querySelector('#lifelines-form');",
    )
    .await;
    let hn = app.get("/api/v1/countries/HN").await;
    assert!(!hn.text.contains("\"1234\""));
}

#[tokio::test]
async fn on_a_small_phone_the_first_result_shows_under_the_life_lines() {
    let app = app_with_bundle().await;
    let b = Browser::start_sized(320, 640).await;
    b.open_home(&app.base).await;
    b.search_town("Ciudad de México").await;
    b.find("#emergency .lifeline-first").await;
    // The demo notice is there only with demo data: it does not count.
    let top = b
        .js("const demo = document.querySelector('#demo-notice'); \
             return document.querySelector('#result-list li.result').getBoundingClientRect().top \
               - (demo ? demo.getBoundingClientRect().height : 0);")
        .await;
    assert!(
        top.as_f64().unwrap() < 600.0,
        "the first result starts at {top} px of 640"
    );
    b.screenshot("lifelines-mx-320").await;
}
