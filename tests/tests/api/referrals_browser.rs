//! Issue 18 in headless Chromium: an operator sends a warm referral for a caller to a confidential shelter, the
//! shelter's editor accepts it in the inbox on a 360 px phone, the operator sees "accepted"; after the purge
//! period only the count remains. Screenshots go to `target/screenshots/`.

use chrono::Duration;
use ruta_tests::TestApp;
use ruta_tests::browser::Browser;
use ruta_tests::fixtures::{ServiceFixture, TEGUCIGALPA, organization};

const SHELTER: &str = "Casa Refugio de Prueba";
const SHELTER_ADDRESS: &str = "Calle de Prueba 513";
const PASSWORD: &str = "tres palabras sueltas";

/// Taps the field `css`, then types `text` into it.
async fn type_into(b: &Browser, css: &str, text: &str) {
    b.tap(css).await;
    b.type_in(css, text).await;
}

#[tokio::test]
async fn an_operator_refers_a_caller_to_a_confidential_shelter_whose_editor_accepts_it_in_the_inbox() {
    use api_types::ServiceKind;
    let (lat, lon) = TEGUCIGALPA;
    let shelter = ServiceFixture::new(0x201, SHELTER, lat + 0.002, lon + 0.002)
        .kinds(&[ServiceKind::Shelter, ServiceKind::Psychosocial])
        .confidential()
        .build();
    let app = TestApp::spawn_with_services(&[shelter]).await;
    app.assert_app_built();
    app.add_user("operator", "operadora@ruta.test", PASSWORD, None)
        .await;
    app.add_user(
        "ngo_editor",
        "acogida@ruta.test",
        PASSWORD,
        Some(organization().id),
    )
    .await;

    // The operator finds the shelter from Tegucigalpa and opens it.
    let operator = Browser::start_sized(1280, 900).await;
    operator
        .sign_in_staff(&app.base, "operadora@ruta.test", PASSWORD)
        .await;
    type_into(&operator, "#console-place", "tegucigalpa").await;
    operator.find("#console-places li[role='option']").await;
    operator.tap("#console-places li[role='option']").await;
    let shelter_id = uuid::Uuid::from_u128(0x201).to_string();
    operator
        .tap(&format!(".console-hit[data-id='{shelter_id}'] .console-open"))
        .await;
    operator.find("#warm-referral").await;

    // Nothing can be sent before the caller's consent is ticked.
    assert_eq!(
        operator
            .js("return document.querySelector('#warm-send').disabled;")
            .await,
        serde_json::Value::Bool(true)
    );
    operator.tap("#warm-consent").await;
    type_into(&operator, "#warm-alias", "MARKER-ALIAS").await;
    operator.choose("#warm-urgency", "urgent").await;
    operator.choose("#warm-channel", "whatsapp").await;
    type_into(&operator, "#warm-contact", "9999 0000").await;
    type_into(&operator, "#warm-contact-notes", "solo después de las 18:00").await;
    // A contact goes only with the caller's yes to being contacted.
    assert_eq!(
        operator
            .js("return document.querySelector('#warm-send').disabled;")
            .await,
        serde_json::Value::Bool(true)
    );
    operator.tap("#warm-consent-contact").await;
    type_into(&operator, "#warm-note", "Necesita lugar esta noche.").await;
    operator.tap("#warm-send").await;
    operator.find("#warm-sent").await;

    // Under Referrals, the operator sees where it stands: new, and never more than the shelter's name.
    operator
        .tap_then(
            "#nav-referrals",
            "the sent referral is listed as new",
            "return !!document.querySelector('#sent-referrals li[data-status=\"new\"]');",
        )
        .await;
    let listed = operator.text("#sent").await;
    assert!(listed.contains(SHELTER), "{listed}");
    for secret in ["MARKER-ALIAS", "+50499990000", "18:00", SHELTER_ADDRESS] {
        assert!(!listed.contains(secret), "the sender's list shows {secret}");
    }
    operator.assert_accessible("sent referrals").await;

    // The shelter's intake editor, on a phone, finds it in the inbox with what the caller agreed to share.
    let editor = Browser::start_sized(360, 780).await;
    editor
        .sign_in_staff(&app.base, "acogida@ruta.test", PASSWORD)
        .await;
    editor
        .tap_then(
            "#nav-referrals",
            "the referral is in the inbox",
            "return !!document.querySelector('#referral-inbox li[data-status=\"new\"]');",
        )
        .await;
    let card = editor.text("#referral-inbox li").await;
    for shown in [
        "MARKER-ALIAS",
        "+50499990000",
        "18:00",
        "Necesita lugar esta noche.",
    ] {
        assert!(card.contains(shown), "the inbox shows {shown}: {card}");
    }
    editor
        .assert_fits_and_accessible("referral inbox", "referral-inbox-360")
        .await;
    editor
        .tap_then(
            "#referral-inbox li .accept",
            "accepted",
            "return !!document.querySelector('#referral-inbox li[data-status=\"accepted\"]');",
        )
        .await;

    // The operator sees "accepted".
    operator
        .tap_then(
            "#refresh-sent",
            "the operator sees it accepted",
            "return !!document.querySelector('#sent-referrals li[data-status=\"accepted\"]');",
        )
        .await;

    // Closed by the shelter: it says when everything goes.
    editor
        .tap_then(
            "#referral-inbox li .close",
            "closed, with its deletion date",
            "return !!document.querySelector('#referral-inbox li[data-status=\"closed\"] .hint');",
        )
        .await;

    // After the purge period only the count remains: the inbox is empty, the day's count stays.
    app.clock.advance(Duration::days(31));
    let gone = app
        .state
        .store
        .purge_warm_referrals(app.clock.now_for_tests())
        .await
        .unwrap();
    assert_eq!(gone, 1);
    editor
        .sign_in_staff_to(&app.base, "acogida@ruta.test", PASSWORD, "#nav-referrals")
        .await;
    editor.find("#no-referrals").await;
    let counted = ruta_tests::count(
        app.data_dir.path(),
        "SELECT CAST(SUM(count) AS BIGINT) FROM referral_counts",
    )
    .await;
    assert_eq!(counted, 1, "the anonymous count stays");
}
