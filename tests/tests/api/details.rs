//! Issue 15, "nothing invented, nothing lost": a service's own words (another name, how to apply, who may come,
//! fees, its web page) and its postal code come in with an import, are shown as given, kept by an editor's save,
//! exported as the HSDS fields of the same names, and round-trip into an empty instance unchanged. A
//! confidential shelter's "how to apply" and postal code never reach the public.

use ruta_tests::TestApp;
use serde_json::{Value, json};

use crate::import::{empty_with_admin, upload_json};

const ID: &str = "5a0e2f3c-8d71-4c0a-9a55-0b7c1d2e3f41";
const SHELTER: &str = "5a0e2f3c-8d71-4c0a-9a55-0b7c1d2e3f42";

fn service(id: &str, name: &str, confidential: bool) -> Value {
    json!({
        "id": id,
        "name": name,
        "alternate_name": "Casa Lila",
        "application_process": "Llame antes de venir; traiga un documento si lo tiene (no es obligatorio).",
        "eligibility_description": "Mujeres mayores de 18 años y sus hijos.",
        "fees_description": "Sin costo; se pide una donación voluntaria.",
        "url": "www.example.org/casa-lila",
        "status": "active",
        "x_ruta_confidential": confidential,
        "organization": { "id": "1b1d9c1e-6d0a-4f5e-8a31-8f8f4f0d7c11", "name": "Red Lila (test)" },
        "phones": [{ "number": "+504 2200-0000", "type": "voice" }],
        "languages": [{ "code": "es" }],
        "attributes": [{ "taxonomy_term": { "name": "Emergency shelter", "taxonomy": "Local" } }],
        "service_at_locations": [{ "location": {
            "latitude": 14.08, "longitude": -87.2,
            "addresses": [{ "address_1": "Calle Real 12", "city": "Tegucigalpa", "state_province": "Francisco Morazán",
                            "postal_code": "11101", "country": "HN", "address_type": "physical" }]
        }}]
    })
}

async fn imported() -> (TestApp, String) {
    let (app, cookie) = empty_with_admin().await;
    let file = json!([
        service(ID, "Casa de acogida (test)", false),
        service(SHELTER, "Refugio reservado (test)", true)
    ]);
    let answer = upload_json(&app, &cookie, &file, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    assert!(
        answer.text.contains("https:// added"),
        "the web address without a scheme is reported: {}",
        answer.text
    );
    (app, cookie)
}

#[tokio::test]
async fn a_services_own_words_are_shown_kept_and_exported_as_given() {
    let (app, cookie) = imported().await;
    let public = app.get(&format!("/api/v1/services/{ID}")).await;
    assert_eq!(public.status, 200, "{}", public.text);
    let details = &public.json["details"];
    assert_eq!(details["alternate_name"], "Casa Lila");
    assert_eq!(details["eligibility"], "Mujeres mayores de 18 años y sus hijos.");
    assert_eq!(details["fees"], "Sin costo; se pide una donación voluntaria.");
    assert_eq!(details["url"], "https://www.example.org/casa-lila");
    assert!(
        details["application_process"]
            .as_str()
            .unwrap()
            .starts_with("Llame antes")
    );
    assert_eq!(public.json["location"]["postal_code"], "11101");

    let hsds = app.get(&format!("/hsds/services/{ID}")).await;
    assert_eq!(hsds.json["alternate_name"], "Casa Lila");
    assert_eq!(hsds.json["url"], "https://www.example.org/casa-lila");
    assert_eq!(
        hsds.json["eligibility_description"],
        "Mujeres mayores de 18 años y sus hijos."
    );
    assert_eq!(
        hsds.json["fees_description"],
        "Sin costo; se pide una donación voluntaria."
    );
    let address = &hsds.json["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!(address["postal_code"], "11101");

    // An editor's save that does not send them keeps them; one that does replaces them; a bad address is named.
    let path = format!("/api/v1/manage/services/{ID}");
    let record = app.get_as(&cookie, &path).await.json;
    let mut input = ruta_tests::input_of(&record, &["details"]);
    let kept = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(kept.status, 200, "{}", kept.text);
    assert_eq!(kept.json["details"]["alternate_name"], "Casa Lila");
    assert_eq!(kept.json["location"]["postal_code"], "11101");
    input["details"] = json!({ "url": "ftp://example.org" });
    let bad = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    bad.refused(422, "details.url");
    input["details"] = json!({ "application_process": "Escriba por WhatsApp." });
    let replaced = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(replaced.status, 200, "{}", replaced.text);
    assert_eq!(
        replaced.json["details"],
        json!({ "application_process": "Escriba por WhatsApp." })
    );
}

#[tokio::test]
async fn a_confidential_shelters_way_in_and_postal_code_stay_private() {
    let (app, cookie) = imported().await;
    let public = app.get(&format!("/api/v1/services/{SHELTER}")).await;
    assert_eq!(public.status, 200, "{}", public.text);
    assert!(
        public.json["details"].get("application_process").is_none(),
        "{}",
        public.text
    );
    assert!(
        !public.text.contains("11101") && !public.text.contains("Llame antes"),
        "{}",
        public.text
    );
    let hsds = app.get(&format!("/hsds/services/{SHELTER}")).await;
    assert!(
        !hsds.text.contains("11101") && !hsds.text.contains("Llame antes"),
        "{}",
        hsds.text
    );
    // Its organisation's editors and the admins see everything.
    let record = app
        .get_as(&cookie, &format!("/api/v1/manage/services/{SHELTER}"))
        .await;
    assert!(
        record.json["details"]["application_process"].as_str().is_some(),
        "{}",
        record.text
    );
    assert_eq!(record.json["location"]["postal_code"], "11101");
}

/// The service's own words that HSDS has fields for and Ruta keeps as they came.
const WORDS: [&str; 5] = [
    "alternate_name",
    "url",
    "application_process",
    "eligibility_description",
    "fees_description",
];

#[tokio::test]
async fn the_new_fields_round_trip_and_rutas_own_sentences_are_not_kept_as_words() {
    let (first, _) = imported().await;
    let exported = first.get(&format!("/hsds/services/{ID}")).await.json;
    let (second, cookie) = empty_with_admin().await;
    let answer = upload_json(&second, &cookie, &exported, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let again = second.get(&format!("/hsds/services/{ID}")).await.json;
    for key in WORDS {
        assert_eq!(again[key], exported[key], "{key}");
    }
    assert_eq!(
        again["service_at_locations"][0]["location"]["addresses"],
        exported["service_at_locations"][0]["location"]["addresses"]
    );

    // A listing with no words of its own exports Ruta's sentences; importing them back keeps no words.
    let mut plain = exported.clone();
    for key in WORDS {
        plain.as_object_mut().unwrap().remove(key);
    }
    plain["fees_description"] = json!("Free of charge.");
    plain["cost_options"] = json!([{ "amount": 0 }]);
    let answer = upload_json(&second, &cookie, &plain, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let record = second
        .get_as(&cookie, &format!("/api/v1/manage/services/{ID}"))
        .await;
    assert!(record.json.get("details").is_none(), "{}", record.text);
}
