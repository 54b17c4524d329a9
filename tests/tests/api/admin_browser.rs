//! Issue 19 in headless Chromium (`scripts/build-app.sh` builds the staff bundle): an administrator works in
//! screens, not in curl. A new NGO registers, the admin approves it on a 360 px phone, its editor publishes a
//! listing, the admin ends the editor's sessions and the editor's next request is refused; the audit log has each
//! step. And the Admin tab is offered to admins only.

use ruta_tests::TestApp;
use ruta_tests::browser::Browser;
use ruta_tests::fixtures::organization;
use serde_json::{Value, json};

const PW: &str = "tres palabras sueltas";
const NGO: &str = "Red de Acogida Nueva (test)";
const EDITOR: &str = "coordinacion@acogida.test";

async fn spawn() -> TestApp {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.assert_app_built();
    app.add_user("admin", "admin@ruta.test", PW, None).await;
    app
}

/// A listing as an editor sends it.
fn listing() -> Value {
    json!({
        "names": { "es": "Casa de Acogida Nueva" },
        "descriptions": { "es": "Acompañamiento psicosocial." },
        "kinds": ["psychosocial"],
        "populations": ["women"],
        "languages": ["es"],
        "cost": "free",
        "delivery": ["in_person", "phone"],
        "phones": [{ "number": "+50400000919", "channels": ["voice"] }],
        "area": { "countries": ["HN"] },
        "capacity": "available",
        "location": { "lat": 14.0818, "lon": -87.2068, "address": "Calle de Prueba 919", "locality": "Tegucigalpa", "country": "HN" },
        "country": "HN"
    })
}

#[tokio::test]
async fn an_admin_approves_a_new_ngo_and_later_ends_its_editors_sessions_on_a_phone() {
    let app = spawn().await;
    let registered = app
        .post("/api/v1/organizations/register", &json!({ "organization_name": NGO, "website": "https://acogida.test", "email": EDITOR, "password": PW }))
        .await;
    assert_eq!(registered.status, 202, "{}", registered.text);
    let org = registered.json["organization_id"].as_str().unwrap().to_owned();

    let b = Browser::start().await;
    b.sign_in_staff(&app.base, "admin@ruta.test", PW).await;
    b.tap_then(
        "#nav-admin",
        "the waiting registration is listed with who asked",
        &format!(
            "const c = document.querySelector('#registrations .registration'); \
             return !!c && c.innerText.includes({NGO:?}) && c.innerText.includes({EDITOR:?});"
        ),
    )
    .await;
    b.assert_fits_and_accessible("admin screen", "admin-1-registrations")
        .await;

    // Approving asks first; cancelling changes nothing.
    b.tap_then(
        ".approve-org",
        "the confirmation opens",
        "return !!document.querySelector('.confirm-approve');",
    )
    .await;
    b.assert_accessible("approve confirmation").await;
    b.tap_then(
        ".registration .cancel",
        "the confirmation closes",
        "return !document.querySelector('.confirm-approve');",
    )
    .await;
    let still = app.login("admin@ruta.test", PW).await;
    let pending = app
        .get_as(still.as_str(), "/api/v1/admin/organizations/pending")
        .await;
    assert_eq!(
        ruta_tests::ids(&pending.json),
        std::slice::from_ref(&org),
        "cancel approved nothing"
    );
    b.tap(".approve-org").await;
    b.tap_then(
        ".confirm-approve",
        "the registration is approved",
        "return !!document.querySelector('#no-registrations');",
    )
    .await;
    assert!(b.text("#staff-notice").await.contains(NGO));

    // The editor signs in and publishes a listing.
    let editor = app.login(EDITOR, PW).await;
    let created = app
        .post_as(&editor, "/api/v1/manage/services", Some(&listing()))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);

    // The editor's phone is lost: the admin finds the account and signs it out everywhere.
    b.type_in("#account-search", "acogida").await;
    b.wait_until(
        "only the editor's account is listed",
        &format!(
            "const cards = document.querySelectorAll('#accounts .account'); \
             return cards.length === 1 && cards[0].dataset.email === {EDITOR:?};"
        ),
    )
    .await;
    assert!(
        b.text("#accounts .account").await.contains(NGO),
        "the account names its organisation"
    );
    b.tap_then(
        "#accounts .revoke-sessions",
        "the confirmation opens",
        "return !!document.querySelector('#accounts .confirm-yes');",
    )
    .await;
    assert!(b.text("#accounts .confirm").await.contains(EDITOR));
    b.wait_until(
        "the focus moves to the confirmation",
        "return document.activeElement.classList.contains('confirm-yes');",
    )
    .await;
    assert_eq!(b.horizontal_overflow().await, 0, "the confirmation fits 360 px");
    b.assert_accessible("revoke confirmation").await;
    b.tap_then(
        "#accounts .confirm-yes",
        "the sessions are ended",
        "return !document.querySelector('#accounts .confirm-yes') \
         && document.querySelector('#staff-notice').innerText.length > 0;",
    )
    .await;
    b.screenshot("admin-2-revoked").await;
    let refused = app.get_as(editor.as_str(), "/api/v1/manage/services").await;
    assert_eq!(
        refused.status, 401,
        "the editor's next request is refused: {}",
        refused.text
    );

    // The audit log has each step, by whom.
    let audit = app
        .get_as(
            still.as_str(),
            &format!("/api/v1/manage/organizations/{org}/audit"),
        )
        .await;
    let steps: Vec<(String, String)> = audit
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or("").to_owned(),
                e["actor"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want = [
        ("revoke_sessions", "admin@ruta.test"),
        ("create", EDITOR),
        ("approve", "admin@ruta.test"),
        ("create", EDITOR),
        ("register", EDITOR),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(steps, want);

    // The audit screen shows the same steps for the organisation, each with its per-field difference, and
    // downloads them as CSV (fetched by the page, handed over as a Blob).
    b.tap("#admin-part-audit").await;
    b.find("#audit-filter").await;
    b.wait_until(
        "the organisations are in the filter",
        &format!("return !!document.querySelector('#audit-organization option[value=\"{org}\"]');"),
    )
    .await;
    b.choose("#audit-organization", &org).await;
    b.tap_then(
        "#audit-show",
        "the organisation's steps are listed, newest first",
        "return [...document.querySelectorAll('#audit .audit-entry')].map(e => e.dataset.action).join(' ') \
         === 'revoke_sessions create approve create register';",
    )
    .await;
    let first = b.text("#audit .audit-entry").await;
    assert!(
        first.contains("admin@ruta.test") && first.contains(EDITOR),
        "{first}"
    );
    b.assert_fits_and_accessible("audit log", "admin-3-audit").await;
    b.js("window.__csv = null; const make = URL.createObjectURL; \
         URL.createObjectURL = blob => { blob.text().then(t => { window.__csv = t; }); return make(blob); };")
        .await;
    b.tap_then(
        "#audit-csv",
        "the CSV is downloaded with the five steps",
        "return typeof window.__csv === 'string' && window.__csv.startsWith('at,actor,') \
         && window.__csv.trim().split('\\n').length === 6;",
    )
    .await;

    // Every language has every word of the screen (a missing message would show its id).
    for tag in ["en", "pt-BR", "fr", "ht", "nl", "qu", "gn", "es"] {
        b.choose_language("#staff-language", tag).await;
        let text = b.visible_text().await;
        assert!(!text.contains("staff-"), "{tag}: a message id shows: {text}");
        assert!(text.contains(EDITOR), "{tag}: the accounts are still listed");
        assert_eq!(b.horizontal_overflow().await, 0, "{tag}: fits 360 px");
    }
}

#[tokio::test]
async fn the_admin_tab_is_offered_to_admins_only() {
    let app = spawn().await;
    app.add_user("ngo_editor", "editor@ruta.test", PW, Some(organization().id))
        .await;
    app.add_user("operator", "operator@ruta.test", PW, None).await;
    app.add_user("counsellor", "counsellor@ruta.test", PW, Some(organization().id))
        .await;
    let b = Browser::start_sized(1280, 900).await;
    for (email, offered) in [
        ("admin@ruta.test", true),
        ("editor@ruta.test", false),
        ("operator@ruta.test", false),
        ("counsellor@ruta.test", false),
    ] {
        b.sign_in_staff(&app.base, email, PW).await;
        b.find(".staff-nav .tab").await;
        let has = b.js("return !!document.querySelector('#nav-admin');").await;
        assert_eq!(
            has,
            Value::Bool(offered),
            "{email}: Admin tab offered = {offered}"
        );
        if offered {
            // Keyboard: the tab is a button reached and pressed like any other.
            b.js("document.querySelector('#nav-admin').focus();").await;
            b.wait_until(
                "the tab has the focus",
                "return document.activeElement.id === 'nav-admin';",
            )
            .await;
            b.type_in("#nav-admin", &fantoccini::key::Key::Enter.to_string())
                .await;
            b.find("#admin #accounts .account").await;
            b.assert_accessible("admin screen, desktop").await;
            assert_eq!(b.horizontal_overflow().await, 0);
        }
        b.tap("#sign-out").await;
        b.find("#sign-in").await;
    }
}

#[tokio::test]
async fn a_declined_applicant_reads_why_and_the_last_admin_cannot_step_down() {
    let app = spawn().await;
    let reason = "Falta la constancia de registro como ONG.";
    let registered = app
        .post("/api/v1/organizations/register", &json!({ "organization_name": "Red Rechazada (test)", "email": "rechazada@ruta.test", "password": PW }))
        .await;
    assert_eq!(registered.status, 202, "{}", registered.text);

    let b = Browser::start_sized(1280, 900).await;
    b.sign_in_staff_to(&app.base, "admin@ruta.test", PW, "#nav-admin")
        .await;
    b.find("#registrations .decline-org").await;
    b.tap_then(
        ".decline-org",
        "the focus moves to the reason",
        "return document.activeElement.id === 'decline-reason';",
    )
    .await;
    // No reason, no decline: the form says so where the person is looking.
    b.tap_then(
        ".confirm-decline",
        "an empty reason is refused",
        "return document.querySelector('.registration .form-error').innerText.length > 0;",
    )
    .await;
    b.type_in("#decline-reason", reason).await;
    b.tap_then(
        ".confirm-decline",
        "the registration is declined",
        "return !!document.querySelector('#no-registrations');",
    )
    .await;

    // The only admin tries to make themselves an operator: asked first, then refused with the reason.
    let card = "#accounts .account[data-email='admin@ruta.test']";
    b.tap(&format!("{card} summary")).await;
    b.choose(&format!("{card} .role-choice"), "operator").await;
    b.tap(&format!("{card} .change-role")).await;
    b.find(&format!("{card} .confirm-yes")).await;
    b.assert_accessible("role change confirmation").await;
    b.tap_then(
        &format!("{card} .confirm-yes"),
        "the change is refused, saying why",
        &format!("return document.querySelector(\"{card} .confirm .form-error\").innerText.length > 0;"),
    )
    .await;
    let shown = b.text(&format!("{card} .confirm .form-error")).await;
    assert!(shown.contains("administrador"), "{shown}");
    let admin = app.login("admin@ruta.test", PW).await;
    let me = app.get_as(admin.as_str(), "/api/v1/auth/me").await;
    assert_eq!(me.json["role"], "admin");

    // The applicant signs in and reads the reason.
    b.tap("#sign-out").await;
    b.type_in("#sign-in #email", "rechazada@ruta.test").await;
    b.type_in("#sign-in #password", PW).await;
    b.tap_then(
        "#sign-in button[type='submit']",
        "the reason is shown",
        &format!("return document.querySelector('#staff-notice').innerText.includes({reason:?});"),
    )
    .await;
    assert!(
        b.text("#staff-notice").await.contains("rechazó"),
        "in Spanish, the browser's language"
    );
    b.assert_accessible("sign-in, declined").await;
}

/// Issue 15, "admins upload/adjust a mapping table": on a phone, the admin's Term table part says no table is
/// kept, refuses a table with a wrong cell naming its line and column (nothing saved), saves a right one, and the
/// next import uses it.
#[tokio::test]
async fn an_admin_keeps_the_imports_term_table_from_a_phone() {
    let app = spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let wrong = dir.path().join("wrong.csv");
    std::fs::write(
        &wrong,
        "taxonomy,code,term,kinds,populations,delivery\nred_local,RED-07,Reintegración,albergue,,\n",
    )
    .unwrap();
    let right = ruta_tests::workspace()
        .join("tests/fixtures/hsds/terms/local-terms.csv")
        .canonicalize()
        .unwrap();

    let cookie = app.login("admin@ruta.test", PW).await;
    let b = Browser::start().await;
    b.sign_in_staff_to(&app.base, "admin@ruta.test", PW, "#nav-admin")
        .await;
    b.tap_then(
        "#admin-part-terms",
        "the part says no table is kept",
        "const s = document.querySelector('#terms-status'); return !!s && s.textContent.includes('Ruta');",
    )
    .await;
    b.type_in("#terms-file", wrong.to_str().unwrap()).await;
    b.tap_then(
        "#terms-save",
        "the wrong cell is named",
        "return document.querySelector('#terms-problem').textContent.includes('2') \
         && document.querySelector('#terms-problem').textContent.includes('kinds');",
    )
    .await;
    assert_eq!(
        app.get_as(&cookie, "/api/v1/admin/terms").await.json["rows"],
        0,
        "nothing saved"
    );
    b.screenshot("admin-5-term-table-refused").await;

    b.type_in("#terms-file", right.to_str().unwrap()).await;
    b.tap_then(
        "#terms-save",
        "the table is saved and counted",
        "return document.querySelector('#terms-status').textContent.includes('2') \
         && document.querySelector('#terms-problem').textContent === '';",
    )
    .await;
    b.assert_fits_and_accessible("term table", "admin-6-term-table-saved")
        .await;
    let kept = app.get_as(&cookie, "/api/v1/admin/terms").await;
    assert_eq!(kept.json["rows"], 2, "{}", kept.text);
}
