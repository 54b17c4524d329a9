//! Remote sessions in headless Chromium: a survivor books without an account, the counsellor confirms from the
//! staff screens, and the survivor sees the confirmation with the reference and the secret; then moves and cancels.

use ruta_tests::TestApp;
use ruta_tests::browser::Browser;
use ruta_tests::fixtures::{counsellor, organization};

const PW: &str = "tres palabras sueltas";

/// A survivor on a fresh page opens "my booking" and gives its reference and secret.
async fn look_up_booking(survivor: &Browser, base: &str, reference: &str, secret: &str) {
    survivor.client.goto(base).await.unwrap();
    survivor.tap("#open-my-booking").await;
    survivor.type_in("#lookup-reference", reference).await;
    survivor.type_in("#lookup-secret", secret).await;
    survivor.tap("#lookup-submit").await;
}

#[tokio::test]
async fn a_survivor_books_the_counsellor_confirms_and_the_survivor_sees_it() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.assert_app_built();
    app.add_fixture_counsellor(PW).await;

    // The survivor, on a phone: home → remote session → counsellor list, filtered by Quechua.
    let survivor = Browser::start_sized(360, 740).await;
    survivor.client.goto(&app.base).await.unwrap();
    let history_at_start = survivor.js("return history.length").await;
    survivor.tap("#open-counsellors").await;
    survivor.find("#counsellor-list li.counsellor").await;
    survivor
        .js("const s = document.querySelector('#counsellor-language'); s.value = 'qu'; s.dispatchEvent(new Event('change'));")
        .await;
    survivor.wait_until("the Quechua filter lists Rosa",
        "const c = document.querySelector('#counsellor-list li.counsellor h2'); return !!c && c.textContent.includes('Rosa');",
    )
    .await;
    let card = survivor.text("#counsellor-list li.counsellor").await;
    assert!(card.contains("Quechua"), "{card}");
    assert!(
        card.contains("Primer horario libre"),
        "the soonest free time is shown: {card}"
    );
    survivor
        .assert_fits_and_accessible("counsellor list", "booking-1-counsellors")
        .await;

    // Times in the phone's zone; the first one.
    // One day at a time, eight times at first; the chosen time brings the form into view with the focus.
    survivor.tap("button.choose-time").await;
    survivor.find("#times button.slot").await;
    let shown = survivor
        .js("return document.querySelectorAll('#times button.slot').length")
        .await;
    assert_eq!(shown, 5, "12:00…16:00 in Lima today (2 h notice), one day");
    assert_eq!(
        survivor
            .js("return document.querySelectorAll('#times section.day').length")
            .await,
        1,
        "one day at a time"
    );
    let first_day = survivor.text("#day-heading").await;
    survivor
        .tap_then(
            "#next-day",
            "the next day shows",
            &format!(
                "const h = document.querySelector('#day-heading'); return !!h && h.textContent !== {};",
                serde_json::to_string(&first_day).unwrap()
            ),
        )
        .await;
    assert_eq!(
        survivor
            .js("return document.querySelectorAll('#times button.slot').length")
            .await,
        8,
        "09:00…16:00 tomorrow"
    );
    survivor
        .tap_then(
            "#earlier-day",
            "back to the first day",
            &format!(
                "const h = document.querySelector('#day-heading'); return !!h && h.textContent === {};",
                serde_json::to_string(&first_day).unwrap()
            ),
        )
        .await;
    survivor.tap("#times button.slot").await;
    survivor.find("#booking-form").await;
    survivor
        .wait_until(
            "the form takes the focus, in view",
            "const a = document.activeElement; if (!a || !a.closest('#booking-form')) return false; \
             const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
        )
        .await;
    let consent = survivor.text("#consent").await;
    assert!(
        consent.contains("30 días"),
        "the consent says when everything is deleted: {consent}"
    );
    assert!(
        consent.contains("Solo su consejero"),
        "and who sees the contact: {consent}"
    );

    // No consent, no booking.
    survivor.tap("#booking-submit").await;
    let problem = survivor.text("#booking-problem").await;
    assert!(problem.contains("marque la casilla"), "{problem}");
    let dashboard = app
        .get_with(
            "/api/v1/counsellor/appointments",
            &[("cookie", &app.login("rosa@ruta.test", PW).await)],
        )
        .await;
    assert_eq!(
        dashboard.json.as_array().map(Vec::len),
        Some(0),
        "nothing was booked"
    );

    survivor.type_in("#booking-alias", "Flor").await;
    survivor
        .js("const s = document.querySelector('#booking-channel'); s.value = 'whatsapp'; s.dispatchEvent(new Event('change'));")
        .await;
    // A WhatsApp number written without its country code, with no country chosen: refused, saying how.
    survivor.type_in("#booking-contact", "900 000 001").await;
    survivor.type_in("#booking-notes", "solo después de las 6").await;
    // Reminders are offered for a channel they can go on, and off unless the person asks.
    assert_eq!(
        survivor
            .js("const r = document.querySelector('#booking-reminders'); return !!r && !r.checked;")
            .await,
        true,
        "the reminders box is there, unticked"
    );
    survivor.tap("#booking-reminders").await;
    survivor
        .assert_fits_and_accessible("booking form", "booking-2-form")
        .await;
    survivor.tap("#booking-consent").await;
    survivor.tap_then("#booking-submit", "the number is refused",
            "const p = document.querySelector('#booking-problem'); return !!p && p.textContent.includes('código del país');").await;
    // The focus moves on the next animation frame.
    survivor
        .wait_until(
            "the focus goes to the number",
            "return document.activeElement && document.activeElement.id === 'booking-contact';",
        )
        .await;
    assert_eq!(
        requests_of(&app).await,
        0,
        "nothing was booked with an unreachable number"
    );
    survivor.choose("#booking-contact-country", "PE").await;
    survivor.tap("#booking-submit").await;

    // The reference and the secret, once.
    let reference = survivor.text("#booking-reference").await;
    // Booking left nothing on the phone, asked nothing of another host, and the address bar never changed.
    assert_eq!(survivor.js("return document.cookie").await, "");
    assert_eq!(
        survivor
            .js("return localStorage.length + sessionStorage.length")
            .await,
        0
    );
    assert_eq!(
        survivor
            .js("return location.pathname + location.search + location.hash")
            .await,
        "/"
    );
    assert_eq!(survivor.js("return history.length").await, history_at_start);
    let foreign = survivor
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(location.origin));")
        .await;
    assert_eq!(foreign, serde_json::json!([]), "requests to other hosts");
    let secret = survivor.text("#booking-secret").await;
    let stored = app
        .state
        .booking
        .store
        .appointment(&reference)
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.state.booking.private_of(&stored).reminders.is_some(),
        "the reminders asked for are kept, with the phone's time zone"
    );
    assert!(
        reference.starts_with("R-") && reference.len() == 11,
        "{reference}"
    );
    assert_eq!(secret.len(), 14, "{secret}");
    survivor.find("#download-ics").await;
    assert_eq!(
        survivor.text("#booking-status").await,
        "Esperando que se confirme"
    );
    assert_eq!(
        survivor.js("return !!document.querySelector('#room-link')").await,
        false,
        "no video link before the counsellor confirms"
    );
    survivor.screenshot("booking-3-confirmation").await;
    survivor.assert_accessible("booking confirmation").await;

    // The counsellor signs in on /staff/ and lands on the sessions: the alias and contact are there for them.
    let staff = Browser::start_sized(1024, 768).await;
    staff.sign_in_staff(&app.base, "rosa@ruta.test", PW).await;
    let request = staff.text("#requests li.session").await;
    assert!(request.contains("Flor"), "{request}");
    assert!(
        request.contains("+51900000001"),
        "kept with its country code: {request}"
    );
    assert!(request.contains("solo después de las 6"), "{request}");
    staff.screenshot("booking-4-counsellor-requests").await;
    staff.assert_accessible("counsellor sessions").await;
    staff
        .tap_then(
            "#requests button.confirm",
            "the session is confirmed",
            "return !!document.querySelector('#upcoming li.session');",
        )
        .await;

    // The counsellor takes time off over the confirmed session and the next day: those times close to new
    // bookings at once, and the session already booked stays booked and is pointed out.
    staff.tap("#nav-availability").await;
    staff.find("#availability-form #window-from-0").await;
    assert_eq!(
        staff
            .js("return document.querySelectorAll('#availability-form .window-row').length")
            .await,
        7,
        "every day 9–17 is shown"
    );
    staff.tap("#add-off").await;
    staff
        .js("for (const [id, v] of [['#off-from-0', '2026-12-01T00:00'], ['#off-until-0', '2026-12-02T23:59']]) { \
             const i = document.querySelector(id); i.value = v; i.dispatchEvent(new Event('change')); }")
        .await;
    staff.screenshot("booking-6-availability").await;
    staff.assert_accessible("availability editor").await;
    staff.tap("#save-availability").await;
    let outside = staff.text("#bookings-outside").await;
    assert!(outside.contains("Una sesión reservada"), "{outside}");
    let slots = app
        .get("/api/v1/counsellors/00000000-0000-0000-0000-0000000000c0/slots?from=2026-12-01T00:00:00Z&to=2026-12-03T05:00:00Z")
        .await;
    assert_eq!(
        slots.json["slots"],
        serde_json::json!([]),
        "no free time during time off"
    );
    staff.tap("#nav-sessions").await;
    staff.find("#upcoming li.session").await;

    // The survivor looks again: confirmed, with the video link.
    survivor.tap_then("#see-my-booking", "the survivor sees the confirmation",
        "const s = document.querySelector('#booking-status'); return !!s && s.classList.contains('status-confirmed');").await;
    assert_eq!(survivor.text("#booking-status").await, "Confirmada");
    survivor.find("#room-link").await;

    // A fresh page knows nothing: the codes, typed in lower case, open the booking again.
    look_up_booking(&survivor, &app.base, &reference.to_lowercase(), &secret).await;
    survivor.wait_until("the booking opens with its codes",
        "const s = document.querySelector('#booking-status'); return !!s && s.classList.contains('status-confirmed');",
    )
    .await;
    assert_eq!(
        survivor
            .js("return document.querySelector('#lookup-secret').value + document.querySelector('#lookup-reference').value")
            .await,
        "",
        "the codes leave their fields once the booking is open"
    );
    survivor.screenshot("booking-5-my-booking").await;
    survivor.assert_accessible("my booking").await;

    // A wrong secret says so, and shows nothing.
    look_up_booking(&survivor, &app.base, &reference, "AAAA-BBBB-CCCC").await;
    let problem = survivor.text("#booking-problem").await;
    assert!(problem.contains("Ninguna reserva coincide"), "{problem}");
    assert_eq!(
        survivor
            .js("return !!document.querySelector('#booking-status')")
            .await,
        false
    );

    // Move it to another time, then cancel it.
    survivor.find("#lookup-secret").await.clear().await.unwrap();
    survivor.type_in("#lookup-secret", &secret).await;
    survivor.tap("#lookup-submit").await;
    survivor.tap("#move-booking").await;
    survivor.tap("#times button.slot:nth-of-type(2)").await;
    survivor.tap_then("#move-submit", "the moved session waits for the counsellor again",
        "const s = document.querySelector('#booking-status'); return !!s && s.classList.contains('status-requested');").await;
    survivor.tap("#cancel-booking").await;
    survivor.tap_then("#cancel-yes", "the session is cancelled",
        "const s = document.querySelector('#booking-status'); return !!s && s.classList.contains('status-cancelled');").await;
    // After every look-up, move and cancel, the secret never went in a URL.
    let urls = survivor
        .js("return performance.getEntriesByType('resource').map(e => e.name).join(' ');")
        .await;
    assert!(!urls.as_str().unwrap().contains(&secret), "{urls}");
    let answer = app
        .get_with(
            &format!("/api/v1/appointments/{reference}"),
            &[("x-booking-secret", &secret)],
        )
        .await;
    assert_eq!(answer.json["status"], "cancelled");

    // Book again with the same counsellor: the way to be reached is kept (the form says so), and the new codes
    // are explained.
    survivor.tap("#book-again").await;
    survivor.tap("#times button.slot").await;
    let kept = survivor.text("#kept-contact").await;
    assert!(kept.contains("WhatsApp"), "{kept}");
    assert_eq!(
        survivor
            .js("return !!document.querySelector('#booking-channel')")
            .await,
        false,
        "no contact to fill in again"
    );
    survivor.tap("#booking-consent").await;
    survivor.tap("#booking-submit").await;
    let codes = survivor.text("#new-codes").await;
    assert!(codes.contains("propia referencia"), "{codes}");
    let cookie = app.login("rosa@ruta.test", PW).await;
    let sessions = app.get_as(&cookie, "/api/v1/counsellor/appointments").await;
    let again = sessions
        .json
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["returning"] == true)
        .cloned()
        .unwrap_or_default();
    assert_eq!(again["contact"]["value"], "+51900000001", "{sessions:?}");
    assert_eq!(again["alias"], "Flor");
}

/// Requests the fixture counsellor has, as the counsellor sees them.
async fn requests_of(app: &TestApp) -> usize {
    let cookie = app.login("rosa@ruta.test", PW).await;
    app.get_as(&cookie, "/api/v1/counsellor/appointments")
        .await
        .json
        .as_array()
        .map_or(0, Vec::len)
}

/// An NGO editor adds a counsellor from the staff screens: a wrong time zone is refused naming the field and
/// nothing is saved; corrected, the counsellor is listed for the organisation and bookable by the public at once.
#[tokio::test]
async fn an_editor_adds_a_counsellor_who_is_bookable_at_once() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.assert_app_built();
    app.add_user("ngo_editor", "editor@ruta.test", PW, Some(organization().id))
        .await;
    app.add_user("counsellor", "ana@ruta.test", PW, Some(organization().id))
        .await;
    let b = Browser::start_sized(360, 740).await;
    b.sign_in_staff_to(&app.base, "editor@ruta.test", PW, "#nav-team")
        .await;
    b.find("#no-counsellors").await;
    b.tap("#new-counsellor").await;
    b.type_in("#counsellor-form #display_name", "Ana (prueba)").await;
    b.find("#languages").await.clear().await.unwrap();
    b.type_in("#languages", "es, gn").await;
    b.type_in("#timezone", "America/Asuncion-X").await;
    b.type_in("#user_email", "ana@ruta.test").await;
    b.assert_fits_and_accessible("counsellor profile form", "booking-7-new-counsellor")
        .await;
    b.tap_then(
        "#counsellor-form button[type='submit']",
        "the wrong zone is named",
        "return document.querySelector('#form-error').textContent.includes('timezone');",
    )
    .await;
    let listed = app.get("/api/v1/counsellors").await;
    assert_eq!(listed.json, serde_json::json!([]), "nothing was saved");

    b.find("#timezone").await.clear().await.unwrap();
    b.type_in("#timezone", "America/Asuncion").await;
    b.tap("#counsellor-form button[type='submit']").await;
    let card = b.text("#team li.counsellor-profile").await;
    assert!(card.contains("Ana (prueba)"), "{card}");
    assert!(card.contains("ana@ruta.test"), "{card}");
    let listed = app.get("/api/v1/counsellors?language=gn").await;
    assert_eq!(listed.json[0]["display_name"], "Ana (prueba)");
    assert_eq!(listed.json[0]["timezone"], "America/Asuncion");
}

/// From a psychosocial service's page to its organisation's counsellors: the page offers remote sessions, the
/// list shows only that organisation's counsellors (saying so, with a way to see all), and each card names the
/// organisation and its country.
#[tokio::test]
async fn a_survivor_books_from_a_psychosocial_services_page() {
    use ruta_tests::fixtures::{ServiceFixture, TEGUCIGALPA};
    let service = ServiceFixture::new(1, "Apoyo psicosocial (test)", TEGUCIGALPA.0, TEGUCIGALPA.1).build();
    let app = TestApp::spawn_with_services(&[service]).await;
    app.assert_app_built();
    app.state
        .booking
        .store
        .save_counsellor(&counsellor(None), ruta_tests::now())
        .await
        .unwrap();

    let survivor = Browser::start_sized(360, 740).await;
    survivor.client.goto(&app.base).await.unwrap();
    survivor.search_town("tegucigalpa").await;
    survivor.tap("#result-list li.result .open-service").await;
    let sessions = survivor.text("#service section.sessions").await;
    assert!(sessions.contains("Sesiones a distancia"), "{sessions}");
    survivor.tap("#book-with-organization").await;
    survivor.find("#one-organization").await;
    let card = survivor.text("#counsellor-list li.counsellor").await;
    assert!(card.contains("Rosa (test)"), "{card}");
    assert!(
        card.contains("Fixture Organisation (test) · Honduras"),
        "the card names the organisation and its country: {card}"
    );
    survivor.screenshot("booking-7-from-service").await;
    survivor
        .assert_accessible("counsellors of one organisation")
        .await;
    survivor.tap_then("#all-counsellors", "the whole list, without the notice",
            "return !document.querySelector('#one-organization') && !!document.querySelector('#counsellor-list li.counsellor');").await;
}
