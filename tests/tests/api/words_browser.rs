//! Issue 14, words, in Chromium: in each of the 8 languages, the home screen, results where services speak
//! K'iche', Kaqchikel, Mam or Belize Kriol, a service page and the counsellor list name every language (never
//! a raw code such as `bzj` or `quc`), with the names of the CLDR table in the reader's language.

use ruta_tests::browser::{Browser, LANGUAGES};

use crate::browser::app_with_bundle;

/// Language codes that, shown as a word, can only be a raw code: every three-letter code of the name table,
/// and the two-letter ones that are no word in the app's languages (`es`, `en`, `de`, `it`, `ja`, Guaraní `ko`… are).
fn raw_codes() -> Vec<&'static str> {
    ruta_names::language_codes()
        .filter(|c| c.len() == 3 || ["pt", "fr", "ht", "nl", "qu", "gn", "zh", "jv"].contains(c))
        .collect()
}

/// The page's visible text plus every `<option>`'s (a closed `<select>` shows only the chosen one).
async fn text_with_options(b: &Browser) -> String {
    b.js("return document.body.innerText + '\\n' + \
         Array.from(document.querySelectorAll('option')).map(o => o.text).join('\\n');")
        .await
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// Fails naming the screen and the code if the text shows a raw language code as a word.
fn assert_no_raw_code(tag: &str, screen: &str, text: &str, codes: &[&str]) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !codes.contains(&word),
            "{tag} {screen}: the raw language code {word:?} is shown in:\n{text}"
        );
    }
}

#[tokio::test]
async fn no_screen_shows_a_raw_language_code_in_any_language() {
    let app = app_with_bundle().await;
    let codes = raw_codes();
    let b = Browser::start_sized(360, 740).await;
    for tag in LANGUAGES {
        b.open_home_in(&app.base, tag).await;
        assert_no_raw_code(tag, "home", &text_with_options(&b).await, &codes);

        // Guatemala's highlands: services in K'iche', Kaqchikel, Mam; the language filter lists the country's.
        b.search_town("Quetzaltenango").await;
        let text = text_with_options(&b).await;
        assert_no_raw_code(tag, "results in Guatemala", &text, &codes);
        for code in ["quc", "kek", "mam"] {
            let name = ruta_names::language(code, tag).unwrap();
            assert!(
                text.contains(name),
                "{tag}: the language filter names {code} {name:?}:\n{text}"
            );
        }

        // The service that speaks the most languages.
        b.js(
            "const items = Array.from(document.querySelectorAll('#result-list li.result')); \
              items.sort((a, c) => c.querySelector('.languages').textContent.length \
                                 - a.querySelector('.languages').textContent.length); \
              items[0].querySelector('.open-service').click();",
        )
        .await;
        b.wait_for_service_page().await;
        assert_no_raw_code(tag, "service", &text_with_options(&b).await, &codes);

        // Belize: services in Belize Kriol and Q'eqchi'.
        b.open_home_in(&app.base, tag).await;
        b.search_town("Belmopan").await;
        let text = text_with_options(&b).await;
        assert_no_raw_code(tag, "results in Belize", &text, &codes);
        let kriol = ruta_names::language("bzj", tag).unwrap();
        assert!(
            text.contains(kriol),
            "{tag}: Belize Kriol is named {kriol:?}:\n{text}"
        );

        // The counsellors for remote sessions, with their languages and the language filter.
        b.open_home_in(&app.base, tag).await;
        b.tap("#open-counsellors").await;
        b.find("#counsellor-list li.counsellor").await;
        assert_no_raw_code(tag, "counsellors", &text_with_options(&b).await, &codes);
    }
}

#[test]
fn a_raw_code_is_caught_and_a_name_is_not() {
    let codes = raw_codes();
    assert!(codes.contains(&"bzj") && codes.contains(&"quc") && !codes.contains(&"es"));
    let caught =
        std::panic::catch_unwind(|| assert_no_raw_code("es", "test", "Idiomas: Español, bzj", &codes));
    assert!(caught.is_err());
    assert_no_raw_code("es", "test", "Idiomas: Español, Kriol beliceño, Kʼicheʼ", &codes);
}

/// Issue 14's repeated phrases: a service nobody visits in person shows no "places available" line, a service
/// open around the clock does not say "open now" above "open 24 hours, every day", and the counsellor cards say
/// "Sesiones: Por videollamada", not "Sesiones por: Por videollamada".
#[tokio::test]
async fn a_remote_only_service_shows_no_places_and_nothing_is_said_twice() {
    let app = app_with_bundle().await;
    let place = app.get("/api/v1/places?q=Quetzaltenango&limit=1").await.json["places"][0]["id"]
        .as_u64()
        .unwrap();
    let search = app.get(&format!("/api/v1/search?place={place}&lang=es")).await;
    let remote = search.json["remote"].as_array().unwrap();
    let remote_only = |hit: &serde_json::Value| {
        !hit["delivery"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == "in_person")
    };
    let index = remote
        .iter()
        .position(|hit| remote_only(hit) && hit["always_open"] == true)
        .expect("a remote-only service open around the clock near Quetzaltenango");

    let b = Browser::start_sized(360, 740).await;
    b.client.goto(&format!("{}/", app.base)).await.unwrap();
    b.search_town("Quetzaltenango").await;
    b.find("#remote .remote-details").await;
    b.js(&format!(
        "document.querySelectorAll('#remote .remote-details')[{index}].click();"
    ))
    .await;
    b.wait_for_service_page().await;
    let places = b
        .js("return !!document.querySelector('main#service .capacity');")
        .await;
    assert_eq!(places, serde_json::Value::Bool(false), "no places line");
    let hours = b.text("main#service .hours").await;
    assert!(hours.contains("Abierto las 24 horas"), "{hours}");
    assert!(!hours.contains("Abierto ahora"), "said twice: {hours}");

    b.client.goto(&format!("{}/", app.base)).await.unwrap();
    b.tap("#open-counsellors").await;
    b.find("#counsellor-list li.counsellor").await;
    let cards = b.text("#counsellor-list").await;
    assert!(cards.contains("Sesiones: "), "{cards}");
    assert!(!cards.contains("Sesiones por"), "{cards}");
}
