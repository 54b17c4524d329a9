//! Issue 15, "every location kept": a service delivered at several locations (an NGO's branches in three towns)
//! keeps all of them through an import — one without coordinates placed by its town, the same place given twice
//! kept once — is found from each town at the branch nearest the person (once, not three times), shows its
//! other addresses, exports one `service_at_location` per branch, round-trips, survives a restart, and is edited
//! by its organisation. A confidential shelter with two houses shows neither: one coarse area, as before.

use ruta_tests::TestApp;
use serde_json::{Value, json};

use crate::import::{empty_with_admin, upload_json};

const NETWORK: &str = "7c4f0a51-2b9e-4d1a-8f63-1e2d3c4b5a61";
const HOUSES: &str = "7c4f0a51-2b9e-4d1a-8f63-1e2d3c4b5a62";
const ORG: &str = "7c4f0a51-2b9e-4d1a-8f63-1e2d3c4b5a60";

/// Tegucigalpa, San Pedro Sula and La Ceiba (no coordinates: placed by its town).
const TEGUCIGALPA: (f64, f64) = (14.0818, -87.2068);
const SAN_PEDRO_SULA: (f64, f64) = (15.5042, -88.025);

fn at(lat: Option<f64>, lon: Option<f64>, street: &str, city: &str, region: &str) -> Value {
    json!({ "location": {
        "latitude": lat, "longitude": lon,
        "addresses": [{ "address_1": street, "city": city, "state_province": region, "country": "HN",
                        "address_type": "physical" }]
    }})
}

fn file() -> Value {
    let org = json!({ "id": ORG, "name": "Red de Apoyo Legal (test)" });
    json!([
        {
            "id": NETWORK,
            "name": "Asesoría legal para sobrevivientes (test)",
            "status": "active",
            "organization": org,
            "phones": [{ "number": "+504 2200-0001", "type": "voice" }],
            "languages": [{ "code": "es" }],
            "attributes": [{ "taxonomy_term": { "name": "Legal aid", "taxonomy": "Local" } }],
            "service_at_locations": [
                at(Some(TEGUCIGALPA.0), Some(TEGUCIGALPA.1), "Avenida Cervantes 100", "Tegucigalpa", "Francisco Morazán"),
                at(Some(SAN_PEDRO_SULA.0), Some(SAN_PEDRO_SULA.1), "Barrio Guamilito 7", "San Pedro Sula", "Cortés"),
                at(None, None, "Calle 9, Barrio El Centro", "La Ceiba", "Atlántida"),
                at(Some(TEGUCIGALPA.0), Some(TEGUCIGALPA.1), "Avenida Cervantes 100", "Tegucigalpa", "Francisco Morazán")
            ]
        },
        {
            "id": HOUSES,
            "name": "Casas de acogida (test)",
            "status": "active",
            "x_ruta_confidential": true,
            "organization": org,
            "phones": [{ "number": "+504 2200-0002", "type": "voice" }],
            "languages": [{ "code": "es" }],
            "attributes": [{ "taxonomy_term": { "name": "Emergency shelter", "taxonomy": "Local" } }],
            "service_at_locations": [
                at(Some(14.09), Some(-87.19), "Colonia Secreta 1", "Tegucigalpa", "Francisco Morazán"),
                at(Some(15.51), Some(-88.03), "Colonia Reservada 2", "San Pedro Sula", "Cortés")
            ]
        }
    ])
}

async fn imported() -> (TestApp, String) {
    let (app, cookie) = empty_with_admin().await;
    let answer = upload_json(&app, &cookie, &file(), "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    assert!(
        answer
            .text
            .contains("the same place as another location of the service: kept once"),
        "the repeated branch is reported: {}",
        answer.text
    );
    assert!(
        answer.text.contains("placed at the centre of the address's town"),
        "{}",
        answer.text
    );
    (app, cookie)
}

/// The results of a search from a point: (id, locality of the location shown, distance in metres).
async fn found_from(app: &TestApp, (lat, lon): (f64, f64), radius_m: u32) -> Vec<(String, String, u64)> {
    let found = app
        .get_json(&format!("/api/v1/search?lat={lat}&lon={lon}&radius_m={radius_m}"))
        .await;
    found["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["location"]["locality"].as_str().unwrap_or_default().to_owned(),
                r["distance_m"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn localities(locations: &Value) -> Vec<&str> {
    locations
        .as_array()
        .map(|l| l.iter().filter_map(|l| l["locality"].as_str()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_service_with_branches_is_found_from_each_town_at_the_nearest_branch() {
    let (app, _) = imported().await;
    let from_san_pedro = found_from(&app, (15.50, -88.02), 50_000).await;
    let network: Vec<_> = from_san_pedro.iter().filter(|(id, ..)| id == NETWORK).collect();
    assert_eq!(network.len(), 1, "once, not once per branch: {from_san_pedro:?}");
    assert_eq!(network[0].1, "San Pedro Sula", "{from_san_pedro:?}");
    assert!(network[0].2 < 2_000, "{from_san_pedro:?}");

    let from_tegucigalpa = found_from(&app, TEGUCIGALPA, 50_000).await;
    let network: Vec<_> = from_tegucigalpa.iter().filter(|(id, ..)| id == NETWORK).collect();
    assert_eq!(network.len(), 1, "{from_tegucigalpa:?}");
    assert_eq!(network[0].1, "Tegucigalpa");

    // La Ceiba came without coordinates: found there by its town, marked approximate.
    let from_la_ceiba = app
        .get("/api/v1/search?lat=15.77&lon=-86.79&radius_m=30000")
        .await;
    let hit = from_la_ceiba.json["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == NETWORK)
        .unwrap_or_else(|| panic!("found from La Ceiba: {}", from_la_ceiba.text));
    assert_eq!(hit["location"]["locality"], "La Ceiba");
    assert_eq!(hit["location"]["approximate"], true);

    // Its page: the main branch, then the others with their addresses.
    let page = app.get(&format!("/api/v1/services/{NETWORK}")).await;
    assert_eq!(page.json["location"]["locality"], "Tegucigalpa");
    assert_eq!(
        localities(&page.json["other_locations"]),
        ["San Pedro Sula", "La Ceiba"],
        "{}",
        page.text
    );
    assert_eq!(page.json["other_locations"][0]["address"], "Barrio Guamilito 7");
}

#[tokio::test]
async fn a_confidential_shelters_houses_stay_one_coarse_area() {
    let (app, cookie) = imported().await;
    // From next to the second house: not found there (only the area of the main one is public).
    let near_second = found_from(&app, (15.51, -88.03), 20_000).await;
    assert!(near_second.iter().all(|(id, ..)| id != HOUSES), "{near_second:?}");
    let page = app.get(&format!("/api/v1/services/{HOUSES}")).await;
    assert!(page.json.get("other_locations").is_none(), "{}", page.text);
    assert_eq!(page.json["location"]["approximate"], true);
    let hsds = app.get(&format!("/hsds/services/{HOUSES}")).await;
    for text in [&page.text, &hsds.text] {
        assert!(
            !text.contains("Colonia") && !text.contains("15.51") && !text.contains("San Pedro"),
            "{text}"
        );
    }
    let listed = app.get("/hsds/service_at_locations?per_page=100").await;
    assert!(!listed.text.contains(HOUSES), "{}", listed.text);
    // Its organisation and the admins see both houses.
    let record = app
        .get_as(&cookie, &format!("/api/v1/manage/services/{HOUSES}"))
        .await;
    assert_eq!(
        localities(&record.json["other_locations"]),
        ["San Pedro Sula"],
        "{}",
        record.text
    );
}

#[tokio::test]
async fn every_branch_is_exported_round_trips_and_survives_a_restart() {
    let (first, _) = imported().await;
    let exported = first.get(&format!("/hsds/services/{NETWORK}")).await.json;
    let at_locations = exported["service_at_locations"].as_array().unwrap();
    assert_eq!(at_locations.len(), 3, "{exported}");
    let ids: std::collections::BTreeSet<&str> = at_locations
        .iter()
        .flat_map(|a| [a["id"].as_str().unwrap(), a["location_id"].as_str().unwrap()])
        .collect();
    assert_eq!(ids.len(), 6, "every row and location has its own id");
    let cities: Vec<&str> = at_locations
        .iter()
        .map(|a| a["location"]["addresses"][0]["city"].as_str().unwrap())
        .collect();
    assert_eq!(cities, ["Tegucigalpa", "San Pedro Sula", "La Ceiba"]);

    // Each branch is an item of the HSDS list near it, and can be read by its id.
    let near = first
        .get("/hsds/service_at_locations?lat=15.5&lng=-88.02&radius_m=5000")
        .await;
    let contents = near.json["contents"].as_array().unwrap();
    assert_eq!(contents.len(), 1, "{}", near.text);
    assert_eq!(contents[0]["id"], at_locations[1]["id"]);
    let one = first
        .get(&format!(
            "/hsds/service_at_locations/{}",
            at_locations[2]["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(one.status, 200, "{}", one.text);
    assert_eq!(one.json["location"]["addresses"][0]["city"], "La Ceiba");

    // Into an empty instance and out again: the same three.
    let (second, cookie) = empty_with_admin().await;
    let answer = upload_json(&second, &cookie, &exported, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let again = second.get(&format!("/hsds/services/{NETWORK}")).await.json;
    assert_eq!(again["service_at_locations"], exported["service_at_locations"]);

    // Stored: a restart reads them back in order.
    let dir = second.stop().await;
    let restarted = TestApp::spawn_in(dir, true, &[], &[]).await;
    let after = restarted.get(&format!("/hsds/services/{NETWORK}")).await.json;
    assert_eq!(after["service_at_locations"], exported["service_at_locations"]);
}

#[tokio::test]
async fn an_editor_keeps_closes_and_corrects_branches() {
    let (app, cookie) = imported().await;
    let path = format!("/api/v1/manage/services/{NETWORK}");
    let record = app.get_as(&cookie, &path).await.json;
    assert_eq!(
        localities(&record["other_locations"]),
        ["San Pedro Sula", "La Ceiba"]
    );
    let mut input = ruta_tests::input_of(&record, &["other_locations"]);
    // A save that does not send them keeps them, La Ceiba still approximate.
    let kept = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(kept.status, 200, "{}", kept.text);
    assert_eq!(
        localities(&kept.json["other_locations"]),
        ["San Pedro Sula", "La Ceiba"]
    );
    let page = app.get(&format!("/api/v1/services/{NETWORK}")).await;
    assert_eq!(page.json["other_locations"][1]["approximate"], true);

    // A bad branch is named and nothing changes.
    input["other_locations"] = json!([
        { "lat": 15.5, "lon": -88.0, "country": "HN", "locality": "San Pedro Sula" },
        { "lat": 95.0, "lon": -86.8, "country": "HN", "locality": "La Ceiba" }
    ]);
    let bad = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    bad.refused(422, "other_locations[1].lat");

    // Closing the branches: the service is no longer found in San Pedro Sula.
    input["other_locations"] = json!([]);
    let closed = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text);
    assert!(closed.json.get("other_locations").is_none(), "{}", closed.text);
    let from_san_pedro = found_from(&app, SAN_PEDRO_SULA, 50_000).await;
    assert!(
        from_san_pedro.iter().all(|(id, ..)| id != NETWORK),
        "{from_san_pedro:?}"
    );
    assert_eq!(
        app.get(&format!("/hsds/services/{NETWORK}")).await.json["service_at_locations"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
