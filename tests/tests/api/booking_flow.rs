//! Booking that flows (issue 14): the counsellor list in the person's order with each organisation named, booking
//! from a service's page, phone numbers checked against their country and kept in E.164, and "book again"
//! keeping the way to be reached.

use ruta_tests::TestApp;
use ruta_tests::fixtures::{ServiceFixture, cc, counsellor, lang, organization};
use serde_json::{Value, json};
use uuid::Uuid;

const PW: &str = "tres palabras sueltas";

fn second_organization() -> ruta_server::domain::Organization {
    ruta_server::domain::Organization {
        id: Uuid::from_u128(0xB),
        name: "Second Organisation (test)".into(),
        ..organization()
    }
}

/// Fixture Organisation works in Peru (a service in Lima), Second Organisation in Mexico. Three counsellors:
/// Ana of the second organisation speaks only English and is free soonest; Ana of the first speaks Spanish;
/// Luis of the second speaks Spanish.
async fn two_organisations() -> TestApp {
    let mut lima = ServiceFixture::new(1, "Apoyo Lima (test)", -12.0464, -77.0428);
    lima.0.country = cc("PE");
    if let Some(location) = lima.0.locations.first_mut() {
        location.country = cc("PE");
    }
    let mut cdmx = ServiceFixture::new(2, "Apoyo CDMX (test)", 19.4326, -99.1332);
    cdmx.0.country = cc("MX");
    cdmx.0.organization_id = second_organization().id;
    if let Some(location) = cdmx.0.locations.first_mut() {
        location.country = cc("MX");
    }
    let app = TestApp::spawn_with(
        &[organization(), second_organization()],
        &[lima.build(), cdmx.build()],
    )
    .await;
    let mut ana_en = counsellor(None);
    ana_en.id = Uuid::from_u128(0xC1);
    ana_en.display_name = "Ana (test)".into();
    ana_en.organization_id = second_organization().id;
    ana_en.languages = vec![lang("en")];
    ana_en.availability.min_notice = chrono::Duration::minutes(30);
    let mut ana_es = counsellor(None);
    ana_es.id = Uuid::from_u128(0xC2);
    ana_es.display_name = "Ana (test)".into();
    ana_es.languages = vec![lang("es")];
    let mut luis = counsellor(None);
    luis.id = Uuid::from_u128(0xC3);
    luis.display_name = "Luis (test)".into();
    luis.organization_id = second_organization().id;
    luis.languages = vec![lang("es")];
    for c in [ana_en, ana_es, luis] {
        app.state
            .booking
            .store
            .save_counsellor(&c, ruta_tests::now())
            .await
            .unwrap();
    }
    app
}

fn names_and_organisations(list: &Value) -> Vec<(String, String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["display_name"].as_str().unwrap_or_default().to_owned(),
                c["organization_name"].as_str().unwrap_or_default().to_owned(),
                c["country"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_list_puts_the_persons_language_then_country_first_and_names_each_organisation() {
    let app = two_organisations().await;
    let fixture = "Fixture Organisation (test)".to_owned();
    let second = "Second Organisation (test)".to_owned();

    // A Spanish speaker in Peru: the Spanish speaker of the Peruvian organisation, then the other Spanish
    // speaker, then the English-only counsellor although she is free soonest.
    let list = app.get("/api/v1/counsellors?lang=es&country=PE").await;
    assert_eq!(list.status, 200, "{}", list.text);
    assert_eq!(
        names_and_organisations(&list.json),
        vec![
            ("Ana (test)".into(), fixture.clone(), "PE".into()),
            ("Luis (test)".into(), second.clone(), "MX".into()),
            ("Ana (test)".into(), second.clone(), "MX".into()),
        ]
    );
    // Without the person's language and country: soonest first, as before.
    let plain = app.get("/api/v1/counsellors").await;
    assert_eq!(plain.json[0]["id"], Uuid::from_u128(0xC1).to_string());

    // Booking from a service's page: that organisation's counsellors only; the page says it has some.
    let ours = app
        .get(&format!(
            "/api/v1/counsellors?organization={}&lang=es",
            organization().id
        ))
        .await;
    assert_eq!(
        names_and_organisations(&ours.json),
        vec![("Ana (test)".into(), fixture, "PE".into())]
    );
    let page = app.get(&format!("/api/v1/services/{}", Uuid::from_u128(2))).await;
    assert_eq!(page.json["counsellors"], 2, "{}", page.text);

    for (query, field) in [
        ("organization=nope", "organization"),
        ("country=Peru", "country"),
        ("lang=%20", "lang"),
    ] {
        let bad = app.get(&format!("/api/v1/counsellors?{query}")).await;
        assert_eq!(
            (bad.status, bad.json["error"]["field"].as_str()),
            (400, Some(field)),
            "{query}: {}",
            bad.text
        );
    }
}

/// 2026-12-02 10:00 in Lima: a free slot of the fixture counsellor.
const SLOT: &str = "2026-12-02T15:00:00Z";

fn booking(start: &str, contact: &Value) -> Value {
    json!({
        "counsellor_id": Uuid::from_u128(0xC0),
        "start": start,
        "modality": "video",
        "language": "es",
        "alias": "Flor",
        "contact": contact,
        "consent": true
    })
}

async fn counsellor_app() -> (TestApp, String) {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    let cookie = app.login("rosa@ruta.test", PW).await;
    (app, cookie)
}

async fn requests(app: &TestApp, cookie: &str) -> Vec<Value> {
    app.get_as(cookie, "/api/v1/counsellor/appointments")
        .await
        .json
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn a_phone_number_is_checked_against_its_country_and_kept_in_international_form() {
    let (app, cookie) = counsellor_app().await;
    for (contact, why) in [
        (
            json!({ "channel": "whatsapp", "value": "987 654 321" }),
            "a local number with no country",
        ),
        (
            json!({ "channel": "phone", "value": "12 34", "country": "PE" }),
            "too short for Peru",
        ),
        (json!({ "channel": "signal", "value": "+51 1" }), "no such number"),
        (
            json!({ "channel": "email", "value": "flor at example" }),
            "not an address",
        ),
    ] {
        let refused = app.book(&booking(SLOT, &contact)).await;
        assert_eq!(
            (refused.status, refused.json["error"]["field"].as_str()),
            (422, Some("contact.value")),
            "{why}: {}",
            refused.text
        );
    }
    assert!(requests(&app, &cookie).await.is_empty(), "nothing was booked");

    let made = app
        .book(&booking(
            SLOT,
            &json!({ "channel": "whatsapp", "value": "987-654-321", "country": "PE" }),
        ))
        .await;
    assert_eq!(made.status, 201, "{}", made.text);
    let kept = requests(&app, &cookie).await;
    assert_eq!(kept[0]["contact"]["value"], "+51987654321");

    // An international number needs no country; a Signal username is taken as it is.
    for (start, contact, expected) in [
        (
            "2026-12-02T16:00:00Z",
            json!({ "channel": "phone", "value": "0052 55 5555 0101" }),
            "+525555550101",
        ),
        (
            "2026-12-02T17:00:00Z",
            json!({ "channel": "signal", "value": "flor.07" }),
            "flor.07",
        ),
    ] {
        let made = app.book(&booking(start, &contact)).await;
        assert_eq!(made.status, 201, "{}", made.text);
        let all = requests(&app, &cookie).await;
        assert!(
            all.iter().any(|r| r["contact"]["value"] == expected),
            "{expected}: {all:?}"
        );
    }
}

#[tokio::test]
async fn booking_again_keeps_the_way_to_be_reached_unless_the_person_removes_it() {
    let (app, cookie) = counsellor_app().await;
    let first = app
        .book(&booking(
            SLOT,
            &json!({ "channel": "whatsapp", "value": "+51 987 654 321", "notes": "sin audios" }),
        ))
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let again = |start: &str, keep: bool| {
        let mut input = booking(start, &Value::Null);
        input["alias"] = Value::Null;
        input["previous_reference"] = first.json["reference"].clone();
        input["previous_secret"] = first.json["secret"].clone();
        input["keep_contact"] = json!(keep);
        input
    };
    let kept = app.book(&again("2026-12-03T15:00:00Z", true)).await;
    assert_eq!(kept.status, 201, "{}", kept.text);
    assert_eq!(kept.json["returning"], true);
    assert_eq!(kept.json["contact_channel"], "whatsapp");
    assert_ne!(kept.json["reference"], first.json["reference"], "new codes");
    let removed = app.book(&again("2026-12-04T15:00:00Z", false)).await;
    assert_eq!(removed.status, 201, "{}", removed.text);
    assert_eq!(removed.json.get("contact_channel"), None);

    let seen = requests(&app, &cookie).await;
    let by_reference = |answer: &Value| {
        seen.iter()
            .find(|r| r["reference"] == answer["reference"])
            .cloned()
            .unwrap_or_default()
    };
    let second = by_reference(&kept.json);
    assert_eq!(second["contact"]["value"], "+51987654321");
    assert_eq!(second["contact"]["notes"], "sin audios");
    assert_eq!(second["alias"], "Flor", "the name is kept too");
    let third = by_reference(&removed.json);
    assert_eq!(third["contact"], Value::Null, "removed: {third}");
    assert_eq!(third["alias"], Value::Null);
}
