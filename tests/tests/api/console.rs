//! The hotline operator's console and the coverage screen in headless Chromium (`scripts/build-app.sh` builds the
//! staff bundle), used with the keyboard only once signed in: every key goes to whatever element has the focus,
//! as a keyboard-only operator's would. Screenshots go to `target/screenshots/`.

use std::time::Duration;

use fantoccini::key::Key;
use ruta_tests::TestApp;
use ruta_tests::browser::Browser;
use ruta_tests::fixtures::{ServiceFixture, TEGUCIGALPA, TEGUCIGALPA_ID};
use serde_json::Value;

use crate::browser::sentences_of;

const SHELTER: &str = "Casa Refugio de Prueba";
const SHELTER_ADDRESS: &str = "Calle de Prueba 513";
const SHELTER_PHONE: &str = "+50400000513";
const CENTRE: &str = "Centro Abierto de Prueba";
const PASSWORD: &str = "tres palabras sueltas";

/// A confidential shelter in Tegucigalpa and an open psychosocial centre about 44 km away.
async fn spawn() -> TestApp {
    use api_types::ServiceKind;
    let (lat, lon) = TEGUCIGALPA;
    let app = TestApp::spawn_with_services(&[
        ServiceFixture::new(0x201, SHELTER, lat + 0.002, lon + 0.002)
            .kinds(&[ServiceKind::Shelter])
            .confidential()
            .build(),
        ServiceFixture::new(0x202, CENTRE, lat + 0.4, lon).build(),
    ])
    .await;
    app.assert_app_built();
    app
}

async fn wait_until_within(b: &Browser, what: &str, script: &str, seconds: u64) {
    for _ in 0..seconds * 10 {
        if b.js(script).await == Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let state = b
        .js("return (document.activeElement && document.activeElement.id) + ' | ' + document.body.innerText.slice(0, 2000);")
        .await;
    panic!("timed out waiting until {what}; focus and page: {state}");
}

/// Types `keys` into the focused element (the body when nothing else is focused). An element the app is
/// re-rendering at that instant is "not interactable" for a moment: the focused element is asked for again, for
/// up to 2 s, before the test fails.
async fn press(b: &Browser, keys: &str) {
    let mut last = String::new();
    for _ in 0..20 {
        let element = b.client.active_element().await.unwrap();
        match element.send_keys(keys).await {
            Ok(()) => return,
            Err(e) if e.to_string().contains("not interactable") => last = e.to_string(),
            Err(e) => panic!("pressing {keys:?}: {e}"),
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("pressing {keys:?}: {last}");
}

fn key(k: Key) -> String {
    char::from(k).to_string()
}

async fn focused(b: &Browser) -> String {
    b.js("return document.activeElement ? document.activeElement.id : '';")
        .await
        .as_str()
        .unwrap_or("")
        .to_owned()
}

/// `j` then Enter: opens the first result. `j` moves only once the rows are there, and Enter opens the focused
/// row, so each waits for what the one before did (on a busy machine the keys can outrun the screen).
async fn open_first_row(b: &Browser) {
    b.find("#console-results li").await;
    press(b, "j").await;
    b.wait_until(
        "j moves the focus to the first row",
        "return document.activeElement.id === 'console-hit-0';",
    )
    .await;
    press(b, &key(Key::Enter)).await;
}

/// `operadora@ruta.test`, a new operator of `app`, signed in on a screen of `(width, height)` CSS pixels: the
/// console opens with the focus in the place box.
async fn operator_at_the_console(app: &TestApp, (width, height): (u32, u32)) -> Browser {
    app.add_user("operator", "operadora@ruta.test", PASSWORD, None)
        .await;
    let b = Browser::start_sized(width, height).await;
    b.sign_in_staff(&app.base, "operadora@ruta.test", PASSWORD).await;
    b.find("#console #console-place").await;
    b.wait_until(
        "the focus is on the place box after signing in",
        "return document.activeElement.id === 'console-place';",
    )
    .await;
    b
}

/// Types `town` in the focused place box and searches from the first place offered, with Enter.
async fn search_from_the_first_town(b: &Browser, town: &str) {
    press(b, town).await;
    b.find("#console-places li[role='option']").await;
    press(b, &key(Key::Enter)).await;
}

/// Presses `k` until the focus is on `#id` (at most `limit` times).
async fn tab_to(b: &Browser, k: &str, id: &str, limit: usize) {
    for _ in 0..limit {
        if focused(b).await == id {
            return;
        }
        press(b, k).await;
    }
    assert_eq!(focused(b).await, id, "the keyboard reaches #{id}");
}

/// An operator on a call: `/`, a town, ↓ and Enter to search from it, ↓ to the confidential shelter, Enter to open
/// it (its exact address shows — to operators only), `c` to compose the referral in the caller's language: shown
/// selected (for Ctrl+C) with the shelter's name and intake phone. Esc goes back to the same result. Then the
/// coverage screen draws its chart, and its CSV button downloads the rows — all without a mouse.
#[tokio::test]
async fn an_operator_refers_a_caller_to_a_confidential_shelter_with_the_keyboard_only() {
    let app = spawn().await;
    // No clicks from here on. Operators land on the console, the focus in the place box (issue 14).
    let b = operator_at_the_console(&app, (1280, 900)).await;
    // The help line gives the keys.
    let help = b.text("#console-keys-line").await;
    assert!(help.contains('/') && help.contains("Esc"), "{help}");

    // ↓ and Enter pick a town from the suggestions.
    press(&b, "tegucigalpa").await;
    b.find("#console-places li[role='option']").await;
    press(&b, &key(Key::Down)).await;
    b.wait_until(
        "↓ highlights the first town",
        "return document.querySelector('#console-place').getAttribute('aria-activedescendant') === 'console-place-0';",
    )
    .await;
    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "the results arrive and take the focus",
        "return document.activeElement && document.activeElement.id === 'console-results' \
         && document.querySelectorAll('#console-results .console-hit').length === 2;",
    )
    .await;
    let said = b.text("#console-status").await;
    assert!(said.contains("2 servicios"), "the results are announced: {said}");
    // `?` shows the keys and hides them again.
    press(&b, "?").await;
    b.find("#console-shortcuts kbd").await;
    press(&b, "?").await;
    b.wait_until(
        "? hides the shortcuts",
        "return !document.querySelector('#console-shortcuts');",
    )
    .await;

    // ↓ to the shelter (wherever the list put it), Enter opens it.
    let ids = b
        .js("return [...document.querySelectorAll('#console-results .console-hit')].map(e => e.dataset.id);")
        .await;
    let shelter_id = uuid::Uuid::from_u128(0x201).to_string();
    let index = ids
        .as_array()
        .unwrap()
        .iter()
        .position(|id| id == shelter_id.as_str())
        .expect("the shelter is among the results");
    for _ in 0..=index {
        press(&b, &key(Key::Down)).await;
    }
    let row = format!("console-hit-{index}");
    b.wait_until(
        "↓ moves the focus to the shelter",
        &format!("return document.activeElement.id === '{row}';"),
    )
    .await;
    let row_text = b
        .text(&format!("#console-results li:nth-child({})", index + 1))
        .await;
    assert!(row_text.contains(SHELTER), "{row_text}");
    assert!(row_text.contains("Confidencial"), "{row_text}");
    assert!(
        row_text.contains(SHELTER_ADDRESS),
        "operators see the exact address: {row_text}"
    );
    b.screenshot("console-1-results").await;
    b.assert_accessible("console results").await;

    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "Enter opens the shelter",
        "return document.activeElement.id === 'console-detail-name';",
    )
    .await;
    let detail = b.text("#console-detail").await;
    assert!(detail.contains(SHELTER), "{detail}");
    assert!(detail.contains(SHELTER_ADDRESS), "{detail}");
    assert!(detail.contains("no la dé por teléfono"), "{detail}");

    // `c`: the referral, in the caller's language, selected for Ctrl+C (the clipboard may refuse).
    press(&b, "c").await;
    b.wait_until(
        "c composes the referral and selects it",
        "const t = document.activeElement; return t.id === 'referral-text' && t.value.length > 0 \
         && t.selectionStart === 0 && t.selectionEnd === t.value.length;",
    )
    .await;
    let referral = b
        .js("return document.querySelector('#referral-text').value;")
        .await;
    let referral = referral.as_str().unwrap();
    assert!(referral.contains(SHELTER), "{referral}");
    assert!(referral.contains(SHELTER_PHONE), "{referral}");
    assert!(
        !referral.contains(SHELTER_ADDRESS),
        "a confidential address never goes into a referral: {referral}"
    );
    b.wait_until(
        "the copy is announced",
        "const s = document.querySelector('#console-status').innerText; \
         return s.includes('copiada') || s.includes('Ctrl+C');",
    )
    .await;
    let sms = b
        .js("return document.querySelector('#referral-sms').getAttribute('href');")
        .await;
    let sms = sms.as_str().unwrap();
    assert!(sms.starts_with("sms:?&body="), "{sms}");
    assert!(sms.contains(&SHELTER.replace(' ', "%20")), "{sms}");
    assert!(sms.contains("%2B50400000513"), "{sms}");
    b.screenshot("console-2-referral").await;
    b.assert_accessible("console referral").await;

    // The handoff note is typed, never sent: a new search clears it.
    tab_to(&b, &key(Key::Tab), "handoff-note", 6).await;
    press(&b, "Llamar de nuevo a las 5").await;
    press(&b, &key(Key::Escape)).await;
    b.wait_until(
        "Esc goes back to the same result",
        &format!(
            "return document.activeElement.id === '{row}' && !document.querySelector('#console-detail');"
        ),
    )
    .await;
    press(&b, "/").await;
    assert_eq!(focused(&b).await, "console-place");
    // Ctrl+A then the town: whatever the box held is replaced.
    press(&b, &format!("{}a{}", key(Key::Control), key(Key::Null))).await;
    press(&b, "tegucigalpa").await;
    b.find("#console-places li[role='option']").await;
    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "the new search takes the focus",
        "return document.activeElement.id === 'console-results';",
    )
    .await;
    open_first_row(&b).await;
    b.find("#handoff-note").await;
    assert_eq!(
        b.js("return document.querySelector('#handoff-note').value;")
            .await,
        "",
        "a new search clears the note"
    );
    press(&b, &key(Key::Escape)).await;

    // The coverage screen, reached with Shift+Tab and Enter: bars, the table, the CSV.
    let shift_tab = format!("{}{}{}", key(Key::Shift), key(Key::Tab), key(Key::Null));
    tab_to(&b, &shift_tab, "nav-coverage", 60).await;
    press(&b, &key(Key::Enter)).await;
    wait_until_within(
        &b,
        "the chart is drawn",
        "return document.querySelectorAll('#coverage-chart rect.bar').length >= 3;",
        60,
    )
    .await;
    let chart = b
        .js("const s = document.querySelector('#coverage-chart'); \
             return [s.getAttribute('role'), s.getAttribute('aria-label'), s.querySelectorAll('text').length];")
        .await;
    assert_eq!(chart[0], "img");
    assert!(
        chart[1].as_str().unwrap().contains("Albergue"),
        "the chart says what it shows: {chart}"
    );
    assert!(chart[2].as_u64().unwrap() > 3, "the bars are labelled: {chart}");
    let honduras = b
        .js("return [...document.querySelectorAll('#coverage-table tbody th')].some(th => th.innerText === 'Honduras');")
        .await;
    assert_eq!(honduras, true, "the table has the same areas as the chart");
    b.screenshot("coverage-1-region").await;
    b.assert_accessible("coverage").await;

    // The CSV button: same origin, `Accept: text/csv`, handed to the browser as a file (caught here: the link's
    // click and the blob it points to; the page's CSP lets nothing fetch a blob: URL).
    b.js("window.downloads = []; window.blobs = []; \
          const click = HTMLAnchorElement.prototype.click; \
          HTMLAnchorElement.prototype.click = function () { \
            if (this.download) { window.downloads.push({ name: this.download, href: this.href }); return; } \
            return click.call(this); }; \
          const create = URL.createObjectURL; \
          URL.createObjectURL = function (blob) { window.blobs.push(blob); return create.call(URL, blob); };")
        .await;
    tab_to(&b, &key(Key::Tab), "coverage-csv", 8).await;
    press(&b, &key(Key::Enter)).await;
    wait_until_within(
        &b,
        "the CSV is handed over",
        "return window.downloads.length === 1;",
        60,
    )
    .await;
    let file = b.js("return window.downloads[0];").await;
    assert_eq!(file["name"], "ruta-coverage-shelter.csv");
    assert!(file["href"].as_str().unwrap().starts_with("blob:"), "{file}");
    let csv = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.blobs[0].text().then(done, e => done('failed: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    let csv = csv.as_str().unwrap();
    assert!(
        csv.starts_with("place_id,name,country"),
        "{}",
        &csv[..csv.len().min(200)]
    );
    assert!(csv.contains("Tegucigalpa"));
    assert!(!csv.contains(SHELTER_ADDRESS));
    b.wait_until(
        "the download is announced",
        "return document.querySelector('#coverage-status').innerText.includes('CSV');",
    )
    .await;

    // One country, typed into its select: a bar group per department, the shelter's own covered, and the big
    // city 180 km away among the places farthest from a shelter.
    tab_to(&b, &shift_tab, "coverage-country", 6).await;
    press(&b, "Honduras").await;
    wait_until_within(
        &b,
        "the chart shows Honduras by department",
        "const t = [...document.querySelectorAll('#coverage-chart text')].map(e => e.textContent); \
         return t.includes('Francisco Morazán') && t.includes('Cortés');",
        60,
    )
    .await;
    let morazan = b
        .js(
            "const rows = [...document.querySelectorAll('#coverage-table tbody tr')]; \
             const row = rows.find(r => r.querySelector('th').innerText === 'Francisco Morazán'); \
             return row ? row.innerText : '';",
        )
        .await;
    assert!(
        !morazan.as_str().unwrap().contains("\t0 %\t0 %\t0 %"),
        "the shelter's department is covered: {morazan}"
    );
    // The list of farthest places is its own part of the report: it may follow the chart by a frame.
    wait_until_within(
        &b,
        "the farthest places are Honduras's",
        "return document.querySelector('#coverage-farthest').innerText.includes('San Pedro Sula');",
        30,
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('#coverage-area').disabled;")
            .await,
        false,
        "a country's departments can be chosen"
    );
    b.js("document.querySelector('#coverage-chart').scrollIntoView({ block: 'end' });")
        .await;
    b.screenshot("coverage-2-country").await;
    tab_to(&b, &key(Key::Tab), "coverage-csv", 6).await;

    // On a 360 px phone both screens fit.
    b.client.set_window_size(360, 740).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        b.horizontal_overflow().await,
        0,
        "the coverage screen fits 360 px"
    );
    b.screenshot("coverage-3-phone").await;
    tab_to(&b, &shift_tab, "nav-console", 20).await;
    press(&b, &key(Key::Enter)).await;
    b.find("#console #console-place").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(b.horizontal_overflow().await, 0, "the console fits 360 px");
}

/// Issue 14: an operator helping a K'iche' speaker. Signed in, the focus is in the place box; the first `j` after
/// the results moves to the first row, and after Tab puts the focus on a row, ↓ moves on from that row. The
/// "language spoken" box offers every language of the directory: typing "quich" finds K'iche', Enter chooses
/// it, and only the K'iche' service is left. The caller's language, typed "k'i", is K'iche' too: the box says
/// the referral will be in Spanish (Ruta does not write K'iche'), and `c` composes it without an error.
#[tokio::test]
async fn an_operator_chooses_kiche_by_keyboard_and_refers_in_spanish() {
    use api_types::ServiceKind;
    const KICHE: &str = "Centro K'iche' de Prueba";
    let (lat, lon) = TEGUCIGALPA;
    let app = TestApp::spawn_with_services(&[
        ServiceFixture::new(0x301, CENTRE, lat + 0.01, lon).build(),
        ServiceFixture::new(0x302, KICHE, lat + 0.02, lon)
            .kinds(&[ServiceKind::Psychosocial])
            .languages(&["es", "quc"])
            .build(),
        ServiceFixture::new(0x303, SHELTER, lat + 0.03, lon)
            .kinds(&[ServiceKind::Shelter])
            .build(),
    ])
    .await;
    app.assert_app_built();
    let b = operator_at_the_console(&app, (1280, 900)).await;
    search_from_the_first_town(&b, "tegucigalpa").await;
    b.wait_until(
        "the results take the focus",
        "return document.activeElement.id === 'console-results' \
         && document.querySelectorAll('#console-results .console-hit').length === 3;",
    )
    .await;

    // The first j moves to the first row; Tab to the next row, then ↓ moves on from there.
    press(&b, "j").await;
    b.wait_until(
        "the first j reaches the first row",
        "return document.activeElement.id === 'console-hit-0' \
         && document.querySelector('#console-results li:nth-child(1)').classList.contains('current');",
    )
    .await;
    tab_to(&b, &key(Key::Tab), "console-hit-1", 3).await;
    press(&b, &key(Key::Down)).await;
    b.wait_until(
        "↓ moves on from the row the focus is on",
        "return document.activeElement.id === 'console-hit-2';",
    )
    .await;

    // "Language spoken": type part of a name, Enter.
    press(&b, "/").await;
    tab_to(&b, &key(Key::Tab), "console-language", 4).await;
    press(&b, "quich").await;
    b.wait_until(
        "K'iche' is offered first",
        "const o = document.querySelector('#console-language-options li[role=option]'); \
         return !!o && o.dataset.code === 'quc' && o.innerText.includes('1') \
           && document.querySelector('#console-language').getAttribute('aria-expanded') === 'true';",
    )
    .await;
    b.screenshot("console-4-kiche").await;
    b.assert_accessible("console language list").await;
    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "only the K'iche' service is left",
        &format!(
            "const rows = [...document.querySelectorAll('#console-results .console-hit')]; \
             return rows.length === 1 && rows[0].innerText.includes(\"{KICHE}\") \
               && document.querySelector('#console-language').value.includes(\"K'iche'\");"
        ),
    )
    .await;

    // The caller's language: K'iche' too, typed another way; the referral will be in Spanish.
    let shift_tab = format!("{}{}{}", key(Key::Shift), key(Key::Tab), key(Key::Null));
    tab_to(&b, &shift_tab, "console-caller", 3).await;
    press(&b, "k'i").await;
    b.find("#console-caller-options li[data-code='quc']").await;
    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "the box says the referral will be in Spanish",
        "return document.querySelector('#console-caller').value.includes(\"K'iche'\") \
           && document.querySelector('#console-caller-hint').innerText.includes('Español');",
    )
    .await;

    // Open the service and compose: no error, the text in Spanish, and the label says so.
    tab_to(&b, &key(Key::Tab), "console-hit-0", 12).await;
    press(&b, &key(Key::Enter)).await;
    b.wait_until(
        "Enter opens the service",
        "return document.activeElement.id === 'console-detail-name';",
    )
    .await;
    press(&b, "c").await;
    b.wait_until(
        "c composes the referral",
        "const t = document.activeElement; return t.id === 'referral-text' && t.value.length > 0;",
    )
    .await;
    let referral = b
        .js("return [document.querySelector('#referral-text').value, \
                     document.querySelector('#referral-text').lang, \
                     document.querySelector('label[for=referral-text]').innerText, \
                     document.querySelector('#staff-notice').innerText];")
        .await;
    assert!(referral[0].as_str().unwrap().contains(KICHE), "{referral}");
    assert_eq!(referral[1], "es", "{referral}");
    assert!(referral[2].as_str().unwrap().contains("Español"), "{referral}");
    assert_eq!(referral[3], "", "no error: {referral}");
    b.screenshot("console-5-kiche-referral").await;
}

/// What the console shows of a confidential shelter comes from the operator search only: the public search
/// never carries its address, and anonymous callers cannot reach the operator search.
#[tokio::test]
async fn the_confidential_address_is_in_the_operator_search_only() {
    let app = spawn().await;
    app.add_user("operator", "operadora@ruta.test", PASSWORD, None)
        .await;
    let query = format!("place={TEGUCIGALPA_ID}");
    let public = app.get(&format!("/api/v1/search?{query}")).await;
    assert_eq!(public.status, 200);
    assert!(public.text.contains(SHELTER), "{}", public.text);
    assert!(!public.text.contains(SHELTER_ADDRESS), "{}", public.text);
    let anonymous = app.get(&format!("/api/v1/operator/search?{query}")).await;
    assert_eq!(anonymous.status, 401);
    assert!(!anonymous.text.contains(SHELTER_ADDRESS));
    let cookie = app.login("operadora@ruta.test", PASSWORD).await;
    let operator = app
        .get_as(cookie.as_str(), &format!("/api/v1/operator/search?{query}"))
        .await;
    assert_eq!(operator.status, 200, "{}", operator.text);
    assert!(operator.text.contains(SHELTER_ADDRESS), "{}", operator.text);
}

/// The console — a result open, its referral composed — and the coverage screen read wholly in every language
/// (nothing left in Spanish or English, no raw message ids) and fit a 320 px screen; the open result stays open
/// when the language changes.
#[tokio::test]
async fn the_console_and_coverage_read_in_every_language_and_fit_320_px() {
    let app = spawn().await;
    let b = operator_at_the_console(&app, (320, 640)).await;
    search_from_the_first_town(&b, "tegucigalpa").await;
    b.wait_until(
        "the results take the focus",
        "return document.activeElement.id === 'console-results';",
    )
    .await;
    open_first_row(&b).await;
    b.find("#console-detail").await;
    press(&b, "c").await;
    b.find("#referral-text").await;
    b.screenshot("console-3-phone").await;

    let spanish = sentences_of("es");
    let english = sentences_of("en");
    for screen in ["console", "coverage"] {
        if screen == "coverage" {
            b.js("document.querySelector('#nav-coverage').click();").await;
            wait_until_within(
                &b,
                "the chart is drawn",
                "return !!document.querySelector('#coverage-chart rect.bar');",
                60,
            )
            .await;
        }
        for tag in ["pt-BR", "qu", "gn", "ht", "fr", "nl", "en", "es"] {
            b.choose_language("#staff-language", tag).await;
            if screen == "console" {
                b.wait_until(
                    "the open result stays open",
                    "return !!document.querySelector('#console-detail') && !!document.querySelector('#referral-text') \
                     && !document.querySelector('#console-found').classList.contains('stale');",
                )
                .await;
            } else {
                wait_until_within(
                    &b,
                    "the chart is drawn again",
                    "return !!document.querySelector('#coverage-chart rect.bar') \
                     && !document.querySelector('#coverage-report').classList.contains('stale');",
                    60,
                )
                .await;
            }
            let text = b.visible_text().await;
            assert!(
                !text.contains("{$"),
                "{tag} {screen}: a message lacks an argument"
            );
            assert!(
                !text.contains("staff-co") && !text.contains("kind-"),
                "{tag} {screen}: a raw message id"
            );
            let own =
                std::fs::read_to_string(ruta_tests::workspace().join(format!("locales/{tag}/ruta_app.ftl")))
                    .unwrap();
            if tag != "es" {
                for sentence in spanish.iter().filter(|s| !own.contains(s.as_str())) {
                    assert!(
                        !text.contains(sentence.as_str()),
                        "{tag} {screen}: Spanish left: {sentence:?}"
                    );
                }
            }
            if tag != "en" {
                for sentence in english.iter().filter(|s| !own.contains(s.as_str())) {
                    assert!(
                        !text.contains(sentence.as_str()),
                        "{tag} {screen}: English left: {sentence:?}"
                    );
                }
            }
            assert_eq!(
                b.horizontal_overflow().await,
                0,
                "{tag} {screen}: wider than 320 px"
            );
        }
    }
}

/// An admin's coverage screen also has the referral counts: a group of 5 shows its count, a group of 2 never
/// does — it is only "fewer than 5" in a line that says how many groups were left out.
#[tokio::test]
async fn an_admin_sees_referral_counts_with_small_groups_left_out() {
    let app = spawn().await;
    app.add_user("operator", "operadora@ruta.test", PASSWORD, None)
        .await;
    app.add_user("admin", "admin@ruta.test", PASSWORD, None).await;
    let operator = app.login("operadora@ruta.test", PASSWORD).await;
    let refer = |service: u128, language: &'static str| {
        serde_json::json!({
            "service_id": uuid::Uuid::from_u128(service),
            "language": language,
            "place_id": TEGUCIGALPA_ID,
        })
    };
    for _ in 0..5 {
        let answer = app
            .post_as(&operator, "/api/v1/referrals", Some(&refer(0x201, "qu")))
            .await;
        assert_eq!(answer.status, 201, "{}", answer.text);
    }
    for _ in 0..2 {
        let answer = app
            .post_as(&operator, "/api/v1/referrals", Some(&refer(0x202, "es")))
            .await;
        assert_eq!(answer.status, 201, "{}", answer.text);
    }

    let b = Browser::start_sized(1280, 900).await;
    b.sign_in_staff_to(&app.base, "admin@ruta.test", PASSWORD, "#nav-coverage")
        .await;
    b.find("#referral-counts tbody tr").await;
    b.wait_until(
        "the suppressed line shows",
        "return !!document.querySelector('#referral-counts tr.suppressed');",
    )
    .await;
    let rows = b
        .js("return [...document.querySelectorAll('#referral-counts tbody tr')].map(r => r.innerText);")
        .await;
    let rows: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows[0].contains("Albergue") && rows[0].contains("Quechua") && rows[0].ends_with('5'),
        "{rows:?}"
    );
    assert!(rows[0].contains("Francisco Morazán"), "{rows:?}");
    assert!(rows[1].contains("menos de 5"), "{rows:?}");
    assert!(
        !rows.iter().any(|r| r.contains("Apoyo psicosocial")),
        "the small group stays hidden: {rows:?}"
    );
    b.js("document.querySelector('#referral-counts-box').scrollIntoView();")
        .await;
    b.screenshot("coverage-4-referral-counts").await;
}
