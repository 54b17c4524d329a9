//! `/hsds/…`: the Open Referral HSDS 3.0 export. Every answer is checked against the specification's own JSON
//! Schemas (vendored in `tests/fixtures/hsds/v3.0`, formats checked), the tabular package against its
//! `datapackage.json`, and no answer or CSV may hold a confidential shelter's place.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};
use std::path::PathBuf;

use api_types::{LatLon, ServiceKind};
use chrono::Duration;
use ruta_server::hsds::RUTA_NAMESPACE;
use ruta_server::hsds::export::RutaTaxonomy;
use ruta_tests::fixtures::{TEGUCIGALPA, organization};
use ruta_tests::{TestApp, now, workspace};
use serde_json::Value;
use uuid::Uuid;

use crate::scene::*;

// ---------------------------------------------------------------------------------------------------------------
// The specification's schemas

fn spec_dir() -> PathBuf {
    workspace().join("tests/fixtures/hsds/v3.0")
}

fn read_json(relative: &str) -> Value {
    let path = spec_dir().join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// Resolves the schemas' bare-name `$ref`s (`"address.json"`) to the vendored files; nothing is fetched.
struct VendoredSchemas;

impl jsonschema::Retrieve for VendoredSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.as_str().rsplit('/').next().unwrap_or_default();
        let text = std::fs::read_to_string(spec_dir().join("schema").join(name))?;
        Ok(serde_json::from_str(&text)?)
    }
}

fn validator_for(schema: &Value, base: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_base_uri(format!("https://hsds.invalid/schema/{base}"))
        .with_retriever(VendoredSchemas)
        .build(schema)
        .unwrap_or_else(|e| panic!("{base}: {e}"))
}

/// A validator for a schema file under `schema/`, e.g. `compiled/service_with_definitions.json`.
fn schema(relative: &str) -> jsonschema::Validator {
    validator_for(&read_json(&format!("schema/{relative}")), relative)
}

#[track_caller]
fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid HSDS 3.0:\n{}",
        errors.join("\n")
    );
}

/// The HSDS 3 OpenAPI `Page` envelope, with every one of its properties required, and only those (and
/// `contents`).
#[track_caller]
fn assert_page(page: &Value, what: &str) {
    let openapi = read_json("schema/openapi.json");
    let mut envelope = openapi["components"]["schemas"]["Page"].clone();
    let mut keys: Vec<String> = envelope["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    envelope["required"] = serde_json::json!(keys);
    assert_valid(&validator_for(&envelope, "page.json"), page, what);
    keys.push("contents".to_owned());
    let mut got: Vec<String> = page.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    got.sort();
    assert_eq!(
        got, keys,
        "{what}: the envelope is exactly the HSDS Page plus contents"
    );
    assert!(page["contents"].is_array());
    assert_eq!(page["size"], page["contents"].as_array().unwrap().len());
}

#[test]
fn the_vendored_schemas_refuse_what_hsds_refuses_formats_included() {
    let service = schema("compiled/service_with_definitions.json");
    let id = |n: u128| Uuid::from_u128(n).to_string();
    let good = serde_json::json!({"id": id(1), "name": "x", "status": "active"});
    assert_valid(&service, &good, "a minimal service");
    let with = |key: &str, value: Value| {
        let mut v = good.clone();
        v[key] = value;
        v
    };
    let address = serde_json::json!({
        "id": id(4), "address_1": "a", "city": "c", "state_province": "s", "country": "HN",
        "address_type": "physical"
    });
    let location = serde_json::json!({"id": id(3), "location_type": "physical", "addresses": [address]});
    for bad in [
        with("id", "not-a-uuid".into()),
        with("status", "open".into()),
        with("last_modified", "yesterday".into()),
        with("email", "nobody".into()),
        with(
            "organization",
            serde_json::json!({"id": id(2), "name": "o", "description": "d", "website": "not a uri"}),
        ),
        with(
            "service_at_locations",
            serde_json::json!([{"id": id(5), "location": location}]),
        ),
    ] {
        assert!(!service.is_valid(&bad), "accepted {bad}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

#[track_caller]
fn ok(answer: &ruta_tests::Answer, path: &str) -> Value {
    assert_eq!(answer.status, 200, "GET {path}: {}", answer.text);
    answer.json.clone()
}

/// Every item of a list, page by page (`path` has a query string already).
async fn all_pages(app: &TestApp, path: &str) -> (Vec<Value>, Vec<String>) {
    let mut items = Vec::new();
    let mut texts = Vec::new();
    for page in 1.. {
        let url = format!("{path}&per_page=100&page={page}");
        let answer = app.get(&url).await;
        let body = ok(&answer, &url);
        assert_page(&body, &url);
        items.extend(body["contents"].as_array().unwrap().iter().cloned());
        texts.push(answer.text);
        if body["last_page"] == true {
            assert_eq!(items.len() as u64, body["total_items"].as_u64().unwrap());
            break;
        }
    }
    (items, texts)
}

fn ids_of(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

fn service_ids_of(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["service_id"].as_str().unwrap().to_owned())
        .collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

/// The listed (not defunct) services of the scene, by id.
fn scene_listed() -> Vec<String> {
    sorted(
        [
            NORTH_1KM,
            SAFE_HOUSE,
            CLINIC,
            LEGAL,
            MEN_SHELTER,
            TEMP_CLOSED,
            HN_HOTLINE,
            CA_VIDEO,
            FM_VIDEO,
            GT_HOTLINE,
            SAN_PEDRO,
            QUECHUA,
        ]
        .iter()
        .map(|n| id(*n))
        .collect(),
    )
}

/// The bytes of `/hsds/export.zip`; the test stops unless they are a zip, served with 200.
pub(crate) async fn export_zip_bytes(app: &TestApp) -> Vec<u8> {
    let response = app
        .client
        .get(format!("{}/hsds/export.zip", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    response.bytes().await.unwrap().to_vec()
}

/// The zip of `/hsds/export.zip`, file by file.
async fn export_zip(app: &TestApp) -> BTreeMap<String, String> {
    unzip(&export_zip_bytes(app).await)
}

/// The text files of a zip, by name.
pub(crate) fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        files.insert(file.name().unwrap().into_owned(), text);
    }
    files
}

/// A CSV's header and rows, each row as column → value.
fn read_csv(text: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            header.iter().cloned().zip(r.iter().map(str::to_owned)).collect()
        })
        .collect();
    (header, rows)
}

// ---------------------------------------------------------------------------------------------------------------
// Version, taxonomies

#[tokio::test]
async fn the_root_says_hsds_3_0_and_where_its_openapi_is() {
    let app = spawn().await;
    for path in ["/hsds/", "/hsds"] {
        let info = app.get_json(path).await;
        assert_eq!(info["version"], "3.0");
        let openapi = read_json("schema/openapi.json");
        let schema =
            &openapi["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_valid(&validator_for(schema, "info.json"), &info, path);
        assert!(info["openapi_url"].as_str().unwrap().starts_with("https://"));
        assert!(info["profile"].as_str().unwrap().starts_with("https://"));
    }
    let unknown = app.get("/hsds/locations").await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json["error"]["code"], "no_route");
}

#[tokio::test]
async fn kinds_populations_and_delivery_modes_are_taxonomies_with_stable_ids() {
    let app = spawn().await;
    let taxonomies = app.get_json("/hsds/taxonomies").await;
    assert_page(&taxonomies, "taxonomies");
    assert_eq!(taxonomies["total_items"], 3);
    let taxonomy = schema("taxonomy.json");
    for t in taxonomies["contents"].as_array().unwrap() {
        assert_valid(&taxonomy, t, "a taxonomy");
        let one = app
            .get_json(&format!("/hsds/taxonomies/{}", t["id"].as_str().unwrap()))
            .await;
        assert_eq!(&one, t);
    }

    let (terms, _) = all_pages(&app, "/hsds/taxonomy_terms?lang=en").await;
    assert_eq!(terms.len(), 12 + 12 + 4);
    let term_schema = schema("taxonomy_term.json");
    for term in &terms {
        assert_valid(&term_schema, term, "a taxonomy term");
    }
    // UUIDv5 under a fixed Ruta namespace: "taxonomy" → taxonomy code → term code. Other directories keep them.
    let kind = Uuid::new_v5(&Uuid::new_v5(&RUTA_NAMESPACE, b"taxonomy"), b"kind");
    let shelter = Uuid::new_v5(&kind, b"shelter");
    let term = terms.iter().find(|t| t["code"] == "shelter").unwrap();
    assert_eq!(term["id"], shelter.to_string());
    assert_eq!(term["taxonomy_id"], kind.to_string());
    assert_eq!(term["name"], "Shelter");
    assert_eq!(
        app.get_json(&format!("/hsds/taxonomy_terms/{shelter}")).await,
        *term
    );

    let in_kind = app
        .get_json(&format!("/hsds/taxonomy_terms?taxonomy_id={kind}"))
        .await;
    assert_eq!(in_kind["total_items"], ServiceKind::ALL.len());
    let searched = app.get_json("/hsds/taxonomy_terms?search=EXPLOITATION").await;
    assert_eq!(searched["total_items"], 3, "{searched}");
    let children = app
        .get_json(&format!("/hsds/taxonomy_terms?parent_id={shelter}"))
        .await;
    assert_eq!(children["total_items"], 0);
    assert_eq!(
        app.get(&format!("/hsds/taxonomy_terms/{}", Uuid::from_u128(1)))
            .await
            .status,
        404
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Services

#[tokio::test]
async fn services_are_paged_by_id_and_defunct_ones_are_left_out() {
    let app = spawn().await;
    let mut seen = Vec::new();
    for (page, size) in [(1, 5), (2, 5), (3, 2)] {
        let body = app
            .get_json(&format!("/hsds/services?per_page=5&page={page}"))
            .await;
        assert_page(&body, "a page of services");
        assert_eq!(body["total_items"], 12);
        assert_eq!(body["total_pages"], 3);
        assert_eq!(body["page_number"], page);
        assert_eq!(body["size"], size);
        assert_eq!(body["first_page"], page == 1);
        assert_eq!(body["last_page"], page == 3);
        assert_eq!(body["empty"], false);
        seen.extend(ids_of(&body));
    }
    assert_eq!(seen, scene_listed(), "every listed service once, by id");
    assert!(!seen.contains(&id(DEFUNCT)));

    let past = app.get_json("/hsds/services?per_page=5&page=4").await;
    assert_page(&past, "past the last page");
    assert_eq!(
        (past["size"].as_u64(), past["empty"].as_bool()),
        (Some(0), Some(true))
    );
    assert_eq!(past["last_page"], true);

    let default = app.get_json("/hsds/services").await;
    assert_eq!(default["size"], 12);
    assert_eq!(
        app.get(&format!("/hsds/services/{}", id(DEFUNCT))).await.status,
        404
    );
    let closed = app.get_json(&format!("/hsds/services/{}", id(TEMP_CLOSED))).await;
    assert_eq!(closed["status"], "temporarily closed");
}

#[tokio::test]
async fn a_service_maps_hours_phones_languages_cost_and_kinds_to_hsds() {
    let app = spawn().await;
    let full = schema("compiled/service_with_definitions.json");

    let clinic = app.get_json(&format!("/hsds/services/{}", id(CLINIC))).await;
    assert_valid(&full, &clinic, "the clinic");
    assert_eq!(clinic["name"], "Clínica Santa Lucía");
    assert_eq!(clinic["status"], "active");
    assert_eq!(clinic["x_ruta_demo"], false);
    assert_eq!(clinic["organization"]["id"], organization().id.to_string());
    // Mon and Tue 08:00–17:00 in Tegucigalpa (UTC−6, no summer time): one weekly row.
    let schedules = clinic["schedules"].as_array().unwrap();
    assert_eq!(schedules.len(), 1, "{schedules:?}");
    let schedule = &schedules[0];
    assert_eq!(schedule["freq"], "WEEKLY");
    assert_eq!(schedule["byday"], "MO,TU");
    assert_eq!(schedule["opens_at"], "08:00:00");
    assert_eq!(schedule["closes_at"], "17:00:00");
    assert_eq!(schedule["timezone"], -6.0);
    assert_eq!(schedule["x_ruta_timezone"], "America/Tegucigalpa");
    let languages: Vec<(&str, &str)> = clinic["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["code"].as_str().unwrap(), l["name"].as_str().unwrap()))
        .collect();
    assert_eq!(languages, [("es", "Spanish"), ("en", "English")]);
    assert_eq!(clinic["cost_options"][0]["option"], "Low cost");
    assert_eq!(clinic["fees_description"], "Low cost.");
    let phone = &clinic["phones"][0];
    assert_eq!(phone["number"], "+50400000003");
    assert_eq!(phone["type"], "voice");
    assert_eq!(phone["x_ruta_channels"], serde_json::json!(["voice"]));
    let terms: BTreeSet<String> = clinic["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            assert_eq!(a["link_id"], id(CLINIC));
            assert_eq!(a["link_entity"], "service");
            assert_eq!(a["taxonomy_term_id"], a["taxonomy_term"]["id"]);
            format!(
                "{}:{}",
                a["link_type"].as_str().unwrap(),
                a["taxonomy_term"]["code"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        terms,
        BTreeSet::from(["kind:health".to_owned(), "delivery:in_person".to_owned()])
    );
    let at = &clinic["service_at_locations"][0];
    assert_eq!(at["location"]["latitude"], 14.03684);
    assert_eq!(at["location"]["longitude"], -87.20681);
    let address = &at["location"]["addresses"][0];
    assert_eq!(address["address_1"], "Calle de Prueba 3");
    assert_eq!(address["city"], "Tegucigalpa");
    assert_eq!(address["state_province"], "Francisco Morazán");
    assert_eq!(address["country"], "HN");
    assert_eq!(address["postal_code"], "", "unknown, but HSDS requires it");

    // Around the clock: every day, midnight to midnight.
    let men = app.get_json(&format!("/hsds/services/{}", id(MEN_SHELTER))).await;
    assert_valid(&full, &men, "the men's shelter");
    assert_eq!(men["schedules"][0]["byday"], "MO,TU,WE,TH,FR,SA,SU");
    assert_eq!(men["schedules"][0]["opens_at"], "00:00:00");
    assert!(men["eligibility_description"].as_str().unwrap().contains("Men"));

    // Remote only: no premises, a country-wide service area.
    let video = app.get_json(&format!("/hsds/services/{}", id(CA_VIDEO))).await;
    assert_valid(&full, &video, "the video service");
    assert_eq!(video["service_at_locations"], serde_json::json!([]));
    let areas: Vec<&str> = video["service_areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["x_ruta_code"].as_str().unwrap())
        .collect();
    assert_eq!(areas, ["HN", "GT", "SV"]);
    assert_eq!(video["service_areas"][0]["name"], "Honduras");
    let fm = app.get_json(&format!("/hsds/services/{}", id(FM_VIDEO))).await;
    assert_eq!(fm["service_areas"][0]["name"], "HN-FM");

    // The name in the language asked for, every translation in the extension.
    let quechua = app
        .get_json(&format!("/hsds/services/{}?lang=qu", id(QUECHUA)))
        .await;
    assert_eq!(quechua["name"], "Yanapay Wasi");
    assert_eq!(quechua["x_ruta_names"]["es"], "Wasi de Prueba");
    assert_eq!(quechua["languages"][1]["name"], "Quechua");
}

#[tokio::test]
async fn services_are_found_by_words_taxonomy_term_organization_and_change_time() {
    let app = spawn().await;
    let found = |path: String| {
        let app = &app;
        async move { sorted(ids_of(&app.get_json(&path).await)) }
    };

    // Accents and case are ignored; names and descriptions in every language count.
    assert_eq!(found("/hsds/services?search=CLINICA".into()).await, [id(CLINIC)]);
    assert_eq!(found("/hsds/services?search=yanapay".into()).await, [id(QUECHUA)]);
    assert_eq!(
        found("/hsds/services?search=acogida%20hombres".into()).await,
        [id(MEN_SHELTER)]
    );
    assert!(found("/hsds/services?search=zzzz".into()).await.is_empty());

    let shelter = RutaTaxonomy::Kind.term_id("shelter");
    assert_eq!(
        found(format!("/hsds/services?taxonomy_term_id={shelter}")).await,
        sorted(vec![id(SAFE_HOUSE), id(MEN_SHELTER)])
    );
    let hotline = RutaTaxonomy::Kind.term_id("hotline");
    assert_eq!(
        found(format!("/hsds/services?taxonomy_term_id={hotline}")).await,
        sorted(vec![id(HN_HOTLINE), id(GT_HOTLINE)])
    );
    let populations = RutaTaxonomy::Population.id();
    assert_eq!(
        found(format!("/hsds/services?taxonomy_id={populations}")).await,
        sorted(vec![id(SAFE_HOUSE), id(LEGAL), id(MEN_SHELTER)])
    );
    let women = RutaTaxonomy::Population.term_id("women");
    assert_eq!(
        found(format!("/hsds/services?taxonomy_term_id={women}&search=asesoria")).await,
        [id(LEGAL)]
    );

    let org = organization().id;
    assert_eq!(
        found(format!("/hsds/services?organization_id={org}")).await,
        scene_listed()
    );
    let other = Uuid::from_u128(0xB);
    assert!(
        found(format!("/hsds/services?organization_id={other}"))
            .await
            .is_empty()
    );

    // Every fixture changed at the server's `now`; change one later, as an editor would.
    let later = now() + Duration::hours(2);
    {
        let mut directory = app.state.directory_mut();
        let mut legal = (*directory.get(&Uuid::from_u128(LEGAL)).unwrap().service).clone();
        legal.updated_at = later;
        directory.upsert_service(legal);
    }
    let at = |t: chrono::DateTime<chrono::Utc>| {
        form_urlencoded::byte_serialize(t.to_rfc3339().as_bytes()).collect::<String>()
    };
    assert_eq!(
        found(format!("/hsds/services?modified_after={}", at(now()))).await,
        scene_listed(),
        "on or after"
    );
    assert_eq!(
        found(format!(
            "/hsds/services?modified_after={}",
            at(now() + Duration::seconds(1))
        ))
        .await,
        [id(LEGAL)]
    );
    assert_eq!(
        found("/hsds/services?modified_after=2026-12-01T11:00:00-05:00".into()).await,
        [id(LEGAL)],
        "an offset is an instant like any other"
    );
    let legal = app.get_json(&format!("/hsds/services/{}", id(LEGAL))).await;
    assert_eq!(legal["last_modified"], "2026-12-01T17:00:00Z");
}

// ---------------------------------------------------------------------------------------------------------------
// Services at locations: the lat / lng / radius_m extension

#[tokio::test]
async fn services_at_locations_are_sorted_by_distance_within_the_radius() {
    let app = spawn().await;
    let (lat, lng) = TEGUCIGALPA;
    let body = app
        .get_json(&format!(
            "/hsds/service_at_locations?lat={lat}&lng={lng}&radius_m=20000"
        ))
        .await;
    assert_page(&body, "services at locations near Tegucigalpa");
    let list = schema("compiled/service_at_location_list.json");
    for item in body["contents"].as_array().unwrap() {
        assert_valid(&list, item, "a service at a location");
    }
    // The fixtures' distances from Tegucigalpa's point: 1 km north, 3 km north, 5 km south, 6.1 km east, 10 km
    // west. The safe house (2 km east) has no location to be near; the men's shelter is ~29 km away.
    assert_eq!(
        service_ids_of(&body),
        [id(NORTH_1KM), id(TEMP_CLOSED), id(CLINIC), id(QUECHUA), id(LEGAL)]
    );
    let origin = LatLon::new(lat, lng).unwrap();
    let expected = [
        (1_000, 14.09079, -87.20681),
        (3_002, 14.1088, -87.20681),
        (4_999, 14.03684, -87.20681),
        (6_127, 14.0818, -87.15),
        (9_997, 14.0818, -87.29950),
    ];
    for (item, (approx, la, lo)) in body["contents"].as_array().unwrap().iter().zip(expected) {
        let d = item["x_ruta_distance_m"].as_u64().unwrap();
        let exact = ruta_server::geo::distance_m(origin, LatLon::new(la, lo).unwrap()).round() as u64;
        assert_eq!(d, exact, "{item}");
        assert!(d.abs_diff(approx) <= 10, "{d} vs about {approx}");
        assert_eq!(item["location"]["latitude"], la);
        assert_eq!(item["location"]["longitude"], lo);
    }

    let near = app
        .get_json(&format!(
            "/hsds/service_at_locations?lat={lat}&lng={lng}&radius_m=1500"
        ))
        .await;
    assert_eq!(service_ids_of(&near), [id(NORTH_1KM)]);
    // No radius: everything, nearest first; San Pedro Sula (~180 km) last.
    let all = app
        .get_json(&format!("/hsds/service_at_locations?lat={lat}&lng={lng}"))
        .await;
    assert_eq!(all["total_items"], 7);
    assert_eq!(service_ids_of(&all).last(), Some(&id(SAN_PEDRO)));
    // Paged in distance order.
    let second = app
        .get_json(&format!(
            "/hsds/service_at_locations?lat={lat}&lng={lng}&per_page=2&page=2"
        ))
        .await;
    assert_eq!(service_ids_of(&second), [id(CLINIC), id(QUECHUA)]);
    // Without a point: by id, every service with public premises.
    let by_id = app.get_json("/hsds/service_at_locations").await;
    assert_eq!(
        sorted(service_ids_of(&by_id)),
        sorted(
            [
                NORTH_1KM,
                CLINIC,
                LEGAL,
                MEN_SHELTER,
                TEMP_CLOSED,
                SAN_PEDRO,
                QUECHUA
            ]
            .iter()
            .map(|n| id(*n))
            .collect()
        )
    );
    assert!(body["contents"][0].get("x_ruta_distance_m").is_some());
    assert!(by_id["contents"][0].get("x_ruta_distance_m").is_none());
    // The filters of /hsds/services apply too.
    let legal = app
        .get_json(&format!(
            "/hsds/service_at_locations?lat={lat}&lng={lng}&taxonomy_term_id={}",
            RutaTaxonomy::Kind.term_id("legal")
        ))
        .await;
    assert_eq!(service_ids_of(&legal), [id(LEGAL)]);

    // One, fully nested.
    let at_id = body["contents"][0]["id"].as_str().unwrap().to_owned();
    let one = app.get_json(&format!("/hsds/service_at_locations/{at_id}")).await;
    assert_valid(
        &schema("service_at_location.json"),
        &one,
        "a service at a location",
    );
    assert_valid(
        &schema("compiled/service_with_definitions.json"),
        &one["service"],
        "its service",
    );
    assert_eq!(one["location"]["addresses"][0]["address_1"], "Calle de Prueba 1");
    assert_eq!(
        app.get(&format!("/hsds/service_at_locations/{}", Uuid::from_u128(1)))
            .await
            .status,
        404
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Bad input

#[tokio::test]
async fn bad_parameters_are_400s_naming_the_field_and_unknown_ids_404s() {
    let app = spawn().await;
    let bad = [
        ("/hsds/services?page=0", "page"),
        ("/hsds/services?page=two", "page"),
        ("/hsds/services?page=-1", "page"),
        ("/hsds/services?per_page=0", "per_page"),
        ("/hsds/services?per_page=101", "per_page"),
        ("/hsds/services?per_page=1e3", "per_page"),
        ("/hsds/services?modified_after=yesterday", "modified_after"),
        ("/hsds/services?modified_after=2026-12-01", "modified_after"),
        ("/hsds/services?taxonomy_term_id=shelter", "taxonomy_term_id"),
        ("/hsds/services?taxonomy_id=1", "taxonomy_id"),
        ("/hsds/services?organization_id=abc", "organization_id"),
        ("/hsds/services?full=yes", "full"),
        ("/hsds/services?format=ndjson", "format"),
        ("/hsds/services?minimal=true", "minimal"),
        ("/hsds/services?page=1&page=2", "page"),
        ("/hsds/services/not-a-uuid", "id"),
        ("/hsds/organizations?full_service=1", "full_service"),
        ("/hsds/organizations/42", "id"),
        ("/hsds/service_at_locations?lat=91&lng=0", "lat"),
        ("/hsds/service_at_locations?lat=north&lng=0", "lat"),
        ("/hsds/service_at_locations?lat=0&lng=181", "lng"),
        ("/hsds/service_at_locations?lat=0&lng=NaN", "lng"),
        ("/hsds/service_at_locations?lat=0&lng=0&radius_m=0", "radius_m"),
        ("/hsds/service_at_locations?lat=0&lng=0&radius_m=-5", "radius_m"),
        ("/hsds/service_at_locations?lat=0&lng=0&radius_m=far", "radius_m"),
        (
            "/hsds/service_at_locations?lat=0&lng=0&radius_m=30000000",
            "radius_m",
        ),
        ("/hsds/service_at_locations?radius_m=1000", "lat"),
        ("/hsds/service_at_locations?lng=0", "lat"),
        ("/hsds/service_at_locations?lat=0", "lng"),
        (
            "/hsds/service_at_locations?postcode=11101&proximity=1000",
            "postcode",
        ),
        ("/hsds/service_at_locations/x", "id"),
        ("/hsds/taxonomy_terms?top_only=maybe", "top_only"),
        ("/hsds/taxonomy_terms?parent_id=p", "parent_id"),
        ("/hsds/taxonomies/t", "id"),
        ("/hsds/taxonomy_terms/t", "id"),
        ("/hsds/export.zip?page=1", "page"),
    ];
    for (path, field) in bad {
        let answer = app.get(path).await;
        assert_eq!(answer.status, 400, "{path}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], field, "{path}: {}", answer.text);
    }
    let missing = Uuid::from_u128(0xDEAD);
    for path in [
        format!("/hsds/services/{missing}"),
        format!("/hsds/organizations/{missing}"),
        format!("/hsds/service_at_locations/{missing}"),
        format!("/hsds/taxonomies/{missing}"),
        format!("/hsds/taxonomy_terms/{missing}"),
    ] {
        let answer = app.get(&path).await;
        assert_eq!(answer.status, 404, "{path}: {}", answer.text);
        assert_eq!(answer.json["error"]["code"], "not_found");
        assert_eq!(answer.json["error"]["field"], "id");
    }
    // Errors come in the reader's language like the rest of the API.
    let spanish = app.get("/hsds/services?page=0&lang=es").await;
    spanish.refused(400, "page");
}

// ---------------------------------------------------------------------------------------------------------------
// Organizations

#[tokio::test]
async fn organizations_list_and_nest_their_listed_services() {
    let app = spawn().await;
    let list = app.get_json("/hsds/organizations").await;
    assert_page(&list, "organizations");
    assert_eq!(list["total_items"], 1);
    let item = &list["contents"][0];
    assert_valid(
        &schema("compiled/organization_list.json"),
        item,
        "an organization",
    );
    assert_eq!(item["name"], "Fixture Organisation (test)");
    assert!(item.get("services").is_none());

    let org = organization().id;
    let one = app.get_json(&format!("/hsds/organizations/{org}")).await;
    assert_valid(&schema("organization.json"), &one, "an organization");
    assert_eq!(
        sorted(ids_of(&serde_json::json!({"contents": one["services"]}))),
        scene_listed()
    );
    assert!(one["services"][0].get("phones").is_none(), "brief services");

    let full = app
        .get_json(&format!("/hsds/organizations/{org}?full_service=true"))
        .await;
    let service = schema("compiled/service_with_definitions.json");
    for s in full["services"].as_array().unwrap() {
        assert_valid(&service, s, "a nested service");
        assert!(s.get("phones").is_some());
    }
    let listed = app.get_json("/hsds/organizations?full=true").await;
    assert_eq!(listed["contents"][0]["services"].as_array().unwrap().len(), 12);
    assert_eq!(
        app.get_json("/hsds/organizations?search=FIXTURE").await["total_items"],
        1
    );
    assert_eq!(
        app.get_json("/hsds/organizations?search=nadie").await["total_items"],
        0
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Safety: a confidential shelter's place never leaves the server

/// How a coordinate may be written: as stored, and rounded to 5, 4 and 3 decimals.
fn spellings(v: f64) -> Vec<String> {
    let mut all = vec![format!("{v}")];
    for decimals in [5, 4, 3] {
        all.push(format!("{v:.decimals$}"));
    }
    all.dedup();
    all
}

#[tokio::test]
async fn no_hsds_answer_or_csv_holds_the_safe_houses_place() {
    let app = spawn().await;
    let (lat, lon) = SAFE_HOUSE_EXACT;
    let safe_house = Uuid::from_u128(SAFE_HOUSE);
    let org = organization().id;
    let shelter = RutaTaxonomy::Kind.term_id("shelter");
    let mut probes = vec![
        "/hsds/services?full=true&per_page=100".to_owned(),
        "/hsds/services?search=refugio&full=true".to_owned(),
        format!("/hsds/services?taxonomy_term_id={shelter}&full=true"),
        format!("/hsds/services/{safe_house}"),
        format!("/hsds/organizations/{org}?full_service=true"),
        "/hsds/organizations?full_service=true".to_owned(),
        "/hsds/service_at_locations?full=true&per_page=100".to_owned(),
        format!(
            "/hsds/service_at_locations/{}",
            ruta_server::hsds::export::service_at_location_id(safe_house, 0)
        ),
        format!("/hsds/services/{safe_house}x"),
        "/hsds/services?search=Calle%20de%20Prueba%202".to_owned(),
    ];
    for radius in [1, 100, 1_000, 5_000] {
        probes.push(format!(
            "/hsds/service_at_locations?lat={lat}&lng={lon}&radius_m={radius}&full=true"
        ));
    }
    let mut told: Vec<(String, String)> = Vec::new();
    for probe in probes {
        let answer = app.get(&probe).await;
        assert!(answer.status < 500, "{probe}");
        // HSDS answers echo nothing of the request (no origin), so the whole body is what the server told.
        told.push((probe, answer.text));
    }
    for (name, text) in export_zip(&app).await {
        told.push((name, text));
    }
    let mut secrets = spellings(lat);
    secrets.extend(spellings(lon));
    secrets.push(SAFE_HOUSE_ADDRESS.to_owned());
    for (what, text) in &told {
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{what} holds {secret}");
        }
    }

    // The shelter itself is published: its intake phone, its region and country, no premises.
    let full = app.get_json(&format!("/hsds/services/{safe_house}")).await;
    assert_valid(
        &schema("compiled/service_with_definitions.json"),
        &full,
        "the safe house",
    );
    assert_eq!(full["x_ruta_confidential"], true);
    assert_eq!(full["service_at_locations"], serde_json::json!([]));
    assert!(!full["phones"].as_array().unwrap().is_empty());
    let areas = full["service_areas"].as_array().unwrap();
    assert_eq!(areas.len(), 1);
    assert_eq!(areas[0]["name"], "Francisco Morazán, Honduras");
    assert_eq!(areas[0]["x_ruta_code"], "HN");
    let near = app
        .get_json(&format!(
            "/hsds/service_at_locations?lat={lat}&lng={lon}&radius_m=5000"
        ))
        .await;
    assert!(!service_ids_of(&near).contains(&id(SAFE_HOUSE)));
    let searched = app
        .get_json("/hsds/services?search=Calle%20de%20Prueba%202")
        .await;
    assert_eq!(searched["total_items"], 0, "addresses are not searchable");
}

// ---------------------------------------------------------------------------------------------------------------
// The tabular package

#[tokio::test]
async fn the_zip_is_the_hsds_tabular_package_with_the_rows_of_the_json() {
    let app = spawn().await;
    let files = export_zip(&app).await;
    let descriptor = read_json("datapackage.json");
    let shipped: Value = serde_json::from_str(&files["datapackage.json"]).unwrap();
    assert_eq!(
        shipped, descriptor,
        "the specification's datapackage.json, unchanged"
    );

    let mut tables: BTreeMap<String, Vec<BTreeMap<String, String>>> = BTreeMap::new();
    for resource in descriptor["resources"].as_array().unwrap() {
        let path = resource["path"].as_str().unwrap();
        let text = files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is missing from the zip"));
        let fields: Vec<String> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_owned())
            .collect();
        let (header, rows) = read_csv(text);
        assert_eq!(
            header, fields,
            "{path}: the header is the descriptor's fields, in order"
        );
        tables.insert(resource["name"].as_str().unwrap().to_owned(), rows);
    }
    assert_eq!(
        files.len(),
        tables.len() + 1,
        "one CSV per table and the descriptor"
    );

    let total = |page: Value| page["total_items"].as_u64().unwrap() as usize;
    let services = app.get_json("/hsds/services?per_page=100&full=true").await;
    assert_eq!(tables["service"].len(), total(services.clone()));
    assert_eq!(
        tables["organization"].len(),
        total(app.get_json("/hsds/organizations").await)
    );
    assert_eq!(
        tables["service_at_location"].len(),
        total(app.get_json("/hsds/service_at_locations").await)
    );
    assert_eq!(tables["location"].len(), tables["service_at_location"].len());
    assert_eq!(
        tables["taxonomy_term"].len(),
        total(app.get_json("/hsds/taxonomy_terms").await)
    );
    assert_eq!(tables["taxonomy"].len(), 3);
    let nested = |key: &str| {
        services["contents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s[key].as_array().unwrap().len())
            .sum::<usize>()
    };
    for (table, key) in [
        ("phone", "phones"),
        ("schedule", "schedules"),
        ("language", "languages"),
        ("attribute", "attributes"),
        ("service_area", "service_areas"),
        ("cost_option", "cost_options"),
    ] {
        assert_eq!(tables[table].len(), nested(key), "{table}");
    }
    assert!(tables["program"].is_empty() && tables["funding"].is_empty());

    // Same values as the JSON, and the keys hold together.
    let clinic = tables["service"].iter().find(|r| r["id"] == id(CLINIC)).unwrap();
    assert_eq!(clinic["name"], "Clínica Santa Lucía");
    assert_eq!(clinic["status"], "active");
    assert_eq!(clinic["organization_id"], organization().id.to_string());
    let organizations: BTreeSet<&String> = tables["organization"].iter().map(|r| &r["id"]).collect();
    let service_ids: BTreeSet<&String> = tables["service"].iter().map(|r| &r["id"]).collect();
    let locations: BTreeSet<&String> = tables["location"].iter().map(|r| &r["id"]).collect();
    let terms: BTreeSet<&String> = tables["taxonomy_term"].iter().map(|r| &r["id"]).collect();
    assert!(
        tables["service"]
            .iter()
            .all(|r| organizations.contains(&r["organization_id"]))
    );
    for row in &tables["service_at_location"] {
        assert!(service_ids.contains(&row["service_id"]) && locations.contains(&row["location_id"]));
    }
    for row in &tables["attribute"] {
        assert!(service_ids.contains(&row["link_id"]) && terms.contains(&row["taxonomy_term_id"]));
    }
    let schedule = tables["schedule"]
        .iter()
        .find(|r| r["service_id"] == id(CLINIC))
        .unwrap();
    assert_eq!(
        (
            &schedule["byday"][..],
            &schedule["opens_at"][..],
            &schedule["closes_at"][..]
        ),
        ("MO,TU", "08:00:00", "17:00:00")
    );
    assert_eq!(schedule["timezone"].parse::<f64>().unwrap(), -6.0);
    let location = tables["location"]
        .iter()
        .find(|r| {
            tables["service_at_location"]
                .iter()
                .any(|a| a["location_id"] == r["id"] && a["service_id"] == id(CLINIC))
        })
        .unwrap();
    assert_eq!(location["latitude"], "14.03684");
    assert!(
        !tables["service_at_location"]
            .iter()
            .any(|r| r["service_id"] == id(SAFE_HOUSE))
    );
    assert!(
        tables["phone"].iter().any(|r| r["service_id"] == id(SAFE_HOUSE)),
        "its intake line"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The demo directory, all of it

#[tokio::test]
async fn the_whole_demo_directory_exports_valid_hsds_without_any_confidential_place() {
    let app = TestApp::spawn_demo().await;

    // What must stay secret, from the records themselves: the confidential shelters' doors. A coordinate or
    // street address that a public service happens to share is not a secret of anyone's.
    let (
        secret_points,
        public_points,
        secret_numbers,
        secret_addresses,
        confidential,
        remote_only,
        in_person,
    ) = {
        let directory = app.state.directory();
        let (mut secret_points, mut public_points) = (Vec::new(), Vec::new());
        let (mut secret_numbers, mut public_numbers) = (BTreeSet::new(), BTreeSet::new());
        let (mut secret_addresses, mut public_addresses) = (BTreeSet::new(), BTreeSet::new());
        let (mut confidential, mut remote_only, mut in_person) = (Vec::new(), Vec::new(), Vec::new());
        for entry in directory.entries() {
            let s = &entry.service;
            if !s.is_listed() {
                continue;
            }
            let Some(location) = s.location() else {
                remote_only.push(s.id);
                continue;
            };
            let (lat, lon) = (location.point.lat(), location.point.lon());
            let numbers = [lat.to_bits(), lon.to_bits()];
            if s.confidential {
                confidential.push(s.id);
                secret_points.push((lat, lon, s.id));
                secret_numbers.extend(numbers);
                secret_addresses.extend(location.address.clone());
            } else {
                in_person.push(s.id);
                public_points.push((lat, lon));
                public_numbers.extend(numbers);
                public_addresses.extend(location.address.clone());
            }
        }
        (
            secret_points,
            public_points,
            secret_numbers
                .difference(&public_numbers)
                .copied()
                .collect::<BTreeSet<u64>>(),
            secret_addresses
                .difference(&public_addresses)
                .cloned()
                .collect::<BTreeSet<String>>(),
            confidential,
            remote_only,
            in_person,
        )
    };
    assert!(confidential.len() >= 10, "the demo has confidential shelters");
    assert!(!remote_only.is_empty() && !in_person.is_empty());

    // Every service, page by page, fully nested and valid.
    let full = schema("compiled/service_with_definitions.json");
    let brief = schema("compiled/service_list.json");
    let (services, mut texts) = all_pages(&app, "/hsds/services?full=true").await;
    assert!(services.len() > 1_000, "{}", services.len());
    for service in &services {
        assert_valid(&full, service, &format!("service {}", service["id"]));
        assert_eq!(service["x_ruta_demo"], true);
        assert!(
            service["name"].as_str().unwrap().contains("(demo)"),
            "{}",
            service["name"]
        );
    }
    let first = app.get_json("/hsds/services?per_page=100").await;
    assert_page(&first, "a page of demo services");
    for service in first["contents"].as_array().unwrap() {
        assert_valid(&brief, service, "a brief demo service");
    }
    // A confidential shelter, a remote-only service and one with premises, one by one.
    for id in [confidential[0], remote_only[0], in_person[0]] {
        let answer = app.get(&format!("/hsds/services/{id}")).await;
        let service = ok(&answer, "a demo service");
        assert_valid(&full, &service, &format!("service {id}"));
        texts.push(answer.text);
    }
    for service in services.iter().filter(|s| s["x_ruta_confidential"] == true) {
        assert_eq!(
            service["service_at_locations"],
            serde_json::json!([]),
            "{}",
            service["id"]
        );
        assert!(
            !service["phones"].as_array().unwrap().is_empty(),
            "an intake line"
        );
    }

    let (organizations, org_texts) = all_pages(&app, "/hsds/organizations?full=true").await;
    texts.extend(org_texts);
    let organization_list = schema("compiled/organization_list.json");
    for org in &organizations {
        assert_valid(&organization_list, org, "a demo organization");
        assert_eq!(org["x_ruta_demo"], true);
    }
    let (at_locations, at_texts) = all_pages(&app, "/hsds/service_at_locations?full=true").await;
    texts.extend(at_texts);
    let at_list = schema("compiled/service_at_location_list.json");
    for at in &at_locations {
        assert_valid(&at_list, at, "a demo service at a location");
    }
    assert_eq!(at_locations.len(), in_person.len());

    // No confidential door anywhere: not in a location, not as text, not in any CSV.
    let files = export_zip(&app).await;
    let (_, csv_locations) = read_csv(&files["locations.csv"]);
    assert_eq!(csv_locations.len(), at_locations.len());
    let mut exported_points: Vec<(f64, f64)> = at_locations
        .iter()
        .map(|a| {
            let l = &a["location"];
            (l["latitude"].as_f64().unwrap(), l["longitude"].as_f64().unwrap())
        })
        .collect();
    exported_points.extend(csv_locations.iter().map(|r| {
        (
            r["latitude"].parse::<f64>().unwrap(),
            r["longitude"].parse::<f64>().unwrap(),
        )
    }));
    let close = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4;
    for (lat, lon, id) in &secret_points {
        let shared = public_points.iter().any(|p| close(*p, (*lat, *lon)));
        if shared {
            continue;
        }
        assert!(
            !exported_points.iter().any(|p| close(*p, (*lat, *lon))),
            "the door of {id} (or within 11 m of it) is exported"
        );
    }
    // Every number and every string of every answer and CSV, compared whole with the secrets: a secret `14.1`
    // is not inside a public `14.1234`, nor is "Calle 12" inside "Calle 123" (the fixture test above also looks
    // inside every text).
    fn walk(value: &Value, numbers: &mut BTreeSet<u64>, strings: &mut BTreeSet<String>) {
        match value {
            Value::Number(n) => {
                numbers.extend(n.as_f64().map(f64::to_bits));
            }
            Value::String(s) => {
                strings.insert(s.clone());
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, numbers, strings)),
            Value::Object(members) => members.values().for_each(|v| walk(v, numbers, strings)),
            Value::Null | Value::Bool(_) => {}
        }
    }
    let (mut numbers, mut strings) = (BTreeSet::new(), BTreeSet::new());
    for text in &texts {
        walk(&serde_json::from_str(text).unwrap(), &mut numbers, &mut strings);
    }
    for (name, text) in &files {
        if name.ends_with(".csv") {
            let (_, rows) = read_csv(text);
            strings.extend(rows.into_iter().flat_map(BTreeMap::into_values));
        } else {
            walk(&serde_json::from_str(text).unwrap(), &mut numbers, &mut strings);
        }
    }
    numbers.extend(
        strings
            .iter()
            .filter_map(|s| s.parse::<f64>().ok())
            .map(f64::to_bits),
    );
    let leaked: Vec<f64> = numbers
        .intersection(&secret_numbers)
        .map(|bits| f64::from_bits(*bits))
        .collect();
    assert!(
        leaked.is_empty(),
        "an export holds confidential coordinates: {leaked:?}"
    );
    let leaked: Vec<_> = strings.intersection(&secret_addresses).collect();
    assert!(
        leaked.is_empty(),
        "an export holds confidential addresses: {leaked:?}"
    );
}
