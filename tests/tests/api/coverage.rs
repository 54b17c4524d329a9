//! Coverage-gap reports (issue 7): distances from places to the nearest active in-person service of each kind,
//! remote coverage, shares of people per country and division, the places farthest from help; CSV; roles.

use std::sync::Arc;

use api_types::{CoverageReport, DeliveryMode, ServiceKind, ServiceStatus};
use ruta_server::coverage::{Coverage, Filter, Inputs};
use ruta_server::directory::Directory;
use ruta_server::reference::Gazetteer;
use ruta_tests::TestApp;
use ruta_tests::fixtures::{ServiceFixture as S, TEGUCIGALPA_ID, organization};
use serde_json::{Value, json};

use crate::openapi::{assert_schemas, operation};
use crate::scene;

const PW: &str = "tres palabras sueltas";

/// Four fictional places on the equator (one degree of longitude there is 111.195 km on the mean sphere):
/// Uno (0°, 0°) 1,000 people and Dos (0°, 1°E) 3,000 in EC-P; Tres (0°, 2°E) 6,000 in EC-G; Cuatro (0°, 3°E)
/// 500 in CO-NAR.
const TINY_GAZETTEER: &str = "\
geonameid,name,ascii_name,alternate_names,country_code,admin1_code,admin1_iso,admin1_name,latitude,longitude,population,timezone
1,Uno,Uno,,EC,18,EC-P,Pichincha,0.0,0.0,1000,America/Guayaquil
2,Dos,Dos,,EC,18,EC-P,Pichincha,0.0,1.0,3000,America/Guayaquil
3,Tres,Tres,,EC,10,EC-G,Guayas,0.0,2.0,6000,America/Guayaquil
4,Cuatro,Cuatro,,CO,20,CO-NAR,Nariño,0.0,3.0,500,America/Bogota
";

fn tiny_directory(gazetteer: &Arc<Gazetteer>) -> Directory {
    let shelter = |n: u128, lat: f64, lon: f64| {
        S::new(n, &format!("Refugio {n}"), lat, lon).kinds(&[ServiceKind::Shelter])
    };
    let services = vec![
        // 0.2° east of Uno: Uno 22.239 km, Dos 0.8° = 88.956 km, Tres 1.8° = 200.151 km, Cuatro 311.346 km.
        shelter(1, 0.0, 0.2).build(),
        // Not active, so never counted: it would put Tres at 0 km, and Dos at 100.076 km / Tres at 11.120 km.
        shelter(2, 0.0, 2.0).status(ServiceStatus::Defunct).build(),
        shelter(3, 0.0, 1.9)
            .status(ServiceStatus::TemporarilyClosed)
            .build(),
        // A confidential shelter whose door is at (0.03°, 2.93°E) counts at its cell's centre (0.05°, 2.95°E):
        // Cuatro 7.863 km (the door would be 8.468 km), Tres 105.782 km (the door 103.465 km).
        shelter(4, 0.03, 2.93).confidential().build(),
        // Remote psychosocial help for Guayas, and remote shelter intake for the whole of Colombia.
        S::new(5, "Apoyo a distancia", 0.0, 0.0)
            .without_location()
            .delivery(&[DeliveryMode::Phone])
            .area(&[], &["EC-G"])
            .build(),
        S::new(6, "Acogida Colombia", 0.0, 0.0)
            .without_location()
            .kinds(&[ServiceKind::Shelter])
            .delivery(&[DeliveryMode::Phone])
            .area(&["CO"], &[])
            .build(),
    ];
    Directory::new(vec![organization()], services, gazetteer.clone())
}

/// The row of a country (`"EC"`) or of a division (`"EC-P"`) for a kind.
fn area<'a>(report: &'a CoverageReport, code: &str, kind: ServiceKind) -> &'a api_types::CoverageArea {
    report
        .countries
        .iter()
        .chain(&report.areas)
        .find(|a| a.admin_area.as_deref().unwrap_or(a.country.as_str()) == code && a.kind == kind)
        .unwrap_or_else(|| panic!("no row {code} {kind}"))
}

#[test]
fn coverage_numbers_on_a_hand_checked_directory() {
    let gazetteer = Arc::new(Gazetteer::from_csv(TINY_GAZETTEER).unwrap());
    let directory = tiny_directory(&gazetteer);
    let inputs = Inputs::from_directory(&directory);
    let coverage = Coverage::compute(&gazetteer, &inputs);
    assert_eq!(coverage, Coverage::brute_force(&gazetteer, &inputs));

    let km = |place: usize, kind| {
        coverage
            .nearest_m(place, kind)
            .map(|m| (m / 100.0).round() / 10.0)
    };
    assert_eq!(km(0, ServiceKind::Shelter), Some(22.2));
    assert_eq!(km(1, ServiceKind::Shelter), Some(89.0));
    assert_eq!(
        km(2, ServiceKind::Shelter),
        Some(105.8),
        "the cell's centre, not the door (103.5)"
    );
    assert_eq!(
        km(3, ServiceKind::Shelter),
        Some(7.9),
        "the cell's centre, not the door (8.5)"
    );
    assert_eq!(km(0, ServiceKind::Psychosocial), None);
    assert!(coverage.remote_covered(2, ServiceKind::Psychosocial));
    assert!(!coverage.remote_covered(1, ServiceKind::Psychosocial));
    assert!(coverage.remote_covered(3, ServiceKind::Shelter));
    assert!(!coverage.remote_covered(3, ServiceKind::Psychosocial));

    let filter = Filter {
        kinds: vec![ServiceKind::Shelter, ServiceKind::Psychosocial],
        ..Filter::default()
    };
    let report = coverage.report(&gazetteer, &filter, 20);
    assert_eq!(report.kinds, [ServiceKind::Shelter, ServiceKind::Psychosocial]);
    assert_eq!(report.countries.len(), 4, "EC and CO × two kinds");
    assert_eq!(report.areas.len(), 6, "EC-G, EC-P and CO-NAR × two kinds");

    // Ecuador, shelters: 10,000 people; Uno (1,000) within 25 km; Uno and Dos (4,000) within 100 km; Tres
    // (6,000) is 105.8 km away and no remote shelter covers it. Median: half the people (5,000) are reached only
    // at Tres, 105.8 km.
    let ec = area(&report, "EC", ServiceKind::Shelter);
    assert_eq!((ec.country.as_str(), ec.places, ec.population), ("EC", 3, 10_000));
    assert_eq!(
        (
            ec.share_within_25_km,
            ec.share_within_50_km,
            ec.share_within_100_km
        ),
        (0.1, 0.1, 0.4)
    );
    assert_eq!((ec.share_remote_covered, ec.share_uncovered), (0.0, 0.6));
    assert_eq!(ec.median_nearest_km, Some(105.8));
    // Pichincha, shelters: Uno 1,000 of 4,000 within 25 km, both within 100; median at Dos, 89.0 km.
    let pichincha = area(&report, "EC-P", ServiceKind::Shelter);
    assert_eq!(pichincha.admin_area_name.as_deref(), Some("Pichincha"));
    assert_eq!(
        (
            pichincha.share_within_25_km,
            pichincha.share_within_100_km,
            pichincha.share_uncovered
        ),
        (0.25, 1.0, 0.0)
    );
    assert_eq!(pichincha.median_nearest_km, Some(89.0));
    // Colombia, shelters: Cuatro within 25 km and covered remotely too.
    let co = area(&report, "CO", ServiceKind::Shelter);
    assert_eq!((co.share_within_25_km, co.share_remote_covered), (1.0, 1.0));
    // Ecuador, psychosocial: no premises anywhere; Guayas (Tres, 6,000) covered remotely; Uno and Dos uncovered.
    let ec_psy = area(&report, "EC", ServiceKind::Psychosocial);
    assert_eq!(
        (
            ec_psy.share_within_100_km,
            ec_psy.share_remote_covered,
            ec_psy.share_uncovered
        ),
        (0.0, 0.6, 0.4)
    );
    assert_eq!(ec_psy.median_nearest_km, None);

    // Farthest from help: most people first; with no premises at all before 105.8 km.
    let far: Vec<(&str, ServiceKind, Option<f64>, bool)> = report
        .farthest
        .iter()
        .map(|f| (f.name.as_str(), f.kind, f.distance_km, f.remote_covered))
        .collect();
    assert_eq!(
        far,
        [
            ("Tres", ServiceKind::Psychosocial, None, true),
            ("Tres", ServiceKind::Shelter, Some(105.8), false),
            ("Dos", ServiceKind::Psychosocial, None, false),
            ("Uno", ServiceKind::Psychosocial, None, false),
            ("Cuatro", ServiceKind::Psychosocial, None, false),
        ]
    );
    assert_eq!(coverage.report(&gazetteer, &filter, 2).farthest.len(), 2);

    // One division only.
    let guayas = coverage.report(
        &gazetteer,
        &Filter {
            admin_area: Some("EC-G".into()),
            kinds: vec![ServiceKind::Shelter],
            ..Filter::default()
        },
        20,
    );
    assert_eq!(guayas.areas.len(), 1);
    assert_eq!(guayas.countries[0].population, 6_000);
}

/// A server with the scene directory (around Tegucigalpa) and one account per role.
async fn staffed() -> (TestApp, [String; 4]) {
    let app = scene::spawn().await;
    let own = Some(organization().id);
    let cookies = [
        app.add_signed_in("admin", "admin@ruta.test", PW, None).await,
        app.add_signed_in("operator", "operator@ruta.test", PW, None)
            .await,
        app.add_signed_in("ngo_editor", "editor@ruta.test", PW, own).await,
        app.add_signed_in("counsellor", "counsellor@ruta.test", PW, own)
            .await,
    ];
    (app, cookies)
}

fn row<'a>(rows: &'a Value, place: u32, kind: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["place_id"] == place && r["kind"] == kind)
        .unwrap_or_else(|| panic!("no row for {place} {kind}"))
}

#[tokio::test]
async fn coverage_from_tegucigalpa_counts_active_services_and_never_the_safe_house_door() {
    let (app, [admin, operator, editor, counsellor]) = staffed().await;
    let path =
        "/api/v1/coverage/places?country=HN&kind=shelter,psychosocial,legal,health,hotline,repatriation";
    let answer = app.get_as(&operator, path).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let rows = &answer.json["rows"];
    // Distances from Tegucigalpa's gazetteer point (14.0818, -87.20681), great-circle on the mean sphere:
    // the safe house counts at its cell's centre (14.05, -87.15), 7.07 km away — its door is 2.06 km away;
    // the psychosocial centre 0.00899° north is 1.00 km (the defunct one 0.5 km away and the temporarily
    // closed one 3.0 km away do not count); the legal office 0.0927° west, 10.00 km; the clinic 0.045° south,
    // 5.00 km; no hotline or repatriation service has premises.
    let teguc = |kind| row(rows, TEGUCIGALPA_ID, kind);
    assert_eq!(teguc("shelter")["nearest_in_person_km"], 7.1);
    assert_eq!(teguc("psychosocial")["nearest_in_person_km"], 1.0);
    assert_eq!(teguc("legal")["nearest_in_person_km"], 10.0);
    assert_eq!(teguc("health")["nearest_in_person_km"], 5.0);
    assert!(teguc("hotline").get("nearest_in_person_km").is_none());
    // Remote: the national hotline covers Honduras, video therapy (psychosocial) covers HN, GT and SV.
    assert_eq!(teguc("hotline")["remote_covered"], true);
    assert_eq!(teguc("psychosocial")["remote_covered"], true);
    assert_eq!(teguc("repatriation")["remote_covered"], false);
    assert_eq!(teguc("shelter")["admin_area"], "HN-FM");
    assert_eq!(teguc("shelter")["lng"], -87.20681);
    // The door's longitude appears nowhere (its latitude happens to be the village of Mateo's too).
    assert!(!answer.text.contains("87.18832"));

    // The same rows as CSV, with a header.
    let csv_answer = app
        .get_with(path, &[("cookie", &operator), ("accept", "text/csv")])
        .await;
    assert_eq!(csv_answer.status, 200);
    assert!(csv_answer.header("content-type").starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv_answer.text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    // The header row as the documentation gives it.
    assert_eq!(
        header.join(","),
        "place_id,name,country,admin_area,lat,lng,population,kind,nearest_in_person_km,remote_covered"
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Every row at once (a download), the JSON a page at a time.
    assert_eq!(json!(records.len()), answer.json["total_rows"]);
    let shelter = records
        .iter()
        .find(|r| r[0] == *TEGUCIGALPA_ID.to_string() && &r[7] == "shelter")
        .unwrap();
    assert_eq!(
        (&shelter[1], &shelter[8], &shelter[9]),
        ("Tegucigalpa", "7.1", "false")
    );
    let hotline = records
        .iter()
        .find(|r| r[0] == *TEGUCIGALPA_ID.to_string() && &r[7] == "hotline")
        .unwrap();
    assert_eq!((&hotline[8], &hotline[9]), ("", "true"));

    // The report: Francisco Morazán and Honduras, shelters; admins read it too; CSV on /coverage as well.
    let report = app
        .get_as(&admin, "/api/v1/coverage?country=HN&kind=shelter&limit=5")
        .await;
    assert_eq!(report.status, 200, "{}", report.text);
    let report: CoverageReport = serde_json::from_str(&report.text).unwrap();
    assert_eq!(report.countries.len(), 1);
    assert_eq!(report.countries[0].country.as_str(), "HN");
    let fm = report
        .areas
        .iter()
        .find(|a| a.admin_area.as_deref() == Some("HN-FM"))
        .unwrap();
    assert_eq!(fm.admin_area_name.as_deref(), Some("Francisco Morazán"));
    assert!(
        fm.share_within_25_km > 0.5,
        "most of Francisco Morazán lives near Tegucigalpa: {fm:?}"
    );
    assert!(report.farthest.len() <= 5);
    assert!(
        !report.farthest.is_empty(),
        "some places are over 100 km from help"
    );
    assert!(
        report
            .farthest
            .iter()
            .all(|f| f.distance_km.is_none_or(|d| d > 100.0))
    );
    let as_csv = app
        .get_with(
            "/api/v1/coverage?country=HN&kind=shelter",
            &[("cookie", &admin), ("accept", "text/csv")],
        )
        .await;
    assert_eq!(as_csv.status, 200);
    assert!(
        as_csv
            .text
            .starts_with("place_id,name,country,admin_area,lat,lng,population,kind,")
    );

    // Roles: editors and counsellors may not, anonymous callers must sign in.
    for cookie in [&editor, &counsellor] {
        let refused = app.get_as(cookie, "/api/v1/coverage").await;
        assert_eq!(refused.status, 403, "{}", refused.text);
        assert_eq!(refused.json["error"]["code"], "forbidden");
    }
    assert_eq!(app.get("/api/v1/coverage").await.status, 401);
    assert_eq!(app.get("/api/v1/coverage/places").await.status, 401);

    // Bad input names the parameter.
    app.assert_queries_refused(
        &operator,
        "/api/v1/coverage",
        &[
            ("country=XX", "country"),
            ("admin_area=HN-ZZ", "admin_area"),
            ("kind=shelters", "kind"),
            ("limit=-1", "limit"),
            ("colour=red", "colour"),
        ],
    )
    .await;
}

#[tokio::test]
async fn the_rows_of_the_whole_region_come_a_page_at_a_time() {
    let (app, [_, operator, _, _]) = staffed().await;
    let page = |query: &str| {
        let path = format!("/api/v1/coverage/places?{query}");
        let cookie = operator.clone();
        let app = &app;
        async move { app.get_as(&cookie, &path).await }
    };
    // Without a country: the first 1,000 rows, and how many there are in all.
    let first = page("").await;
    assert_eq!(first.status, 200, "{}", first.text);
    assert_eq!(first.json["rows"].as_array().map(Vec::len), Some(1000));
    assert_eq!(
        (&first.json["page"], &first.json["per_page"]),
        (&json!(1), &json!(1000))
    );
    let total = first.json["total_rows"].as_u64().unwrap();
    assert!(total > 100_000, "every place of the region and kind: {total}");
    assert!(
        first.text.len() < 400_000,
        "a page, not the region: {} bytes",
        first.text.len()
    );
    // Pages follow one another: page 2 of 3 rows starts where page 1 of 6 rows is half-way.
    let six = page("country=HN&kind=shelter&per_page=6").await;
    let second = page("country=HN&kind=shelter&per_page=3&page=2").await;
    assert_eq!(
        second.json["rows"].as_array().unwrap()[..],
        six.json["rows"].as_array().unwrap()[3..]
    );
    // The last page is short; one past it is empty.
    let all = six.json["total_rows"].as_u64().unwrap();
    let last = page(&format!(
        "country=HN&kind=shelter&per_page=5000&page={}",
        all.div_ceil(5000) + 1
    ))
    .await;
    assert_eq!(
        (last.status, last.json["rows"].as_array().map(Vec::len)),
        (200, Some(0))
    );
    for (query, field) in [
        ("page=0", "page"),
        ("per_page=5001", "per_page"),
        ("page=x", "page"),
    ] {
        let bad = page(query).await;
        assert_eq!(bad.status, 400, "{query}: {}", bad.text);
        assert_eq!(bad.json["error"]["field"], field, "{query}");
    }
}

#[tokio::test]
async fn a_change_to_the_directory_shows_in_the_next_coverage() {
    let (app, [_, operator, _, _]) = staffed().await;
    let path = "/api/v1/coverage/places?country=HN&kind=repatriation";
    let before = app.get_as(&operator, path).await;
    assert!(
        row(&before.json["rows"], TEGUCIGALPA_ID, "repatriation")
            .get("nearest_in_person_km")
            .is_none()
    );
    // A repatriation office opens 0.2° north of Tegucigalpa: 22.239 km.
    let office = S::new(0x77, "Oficina de Retorno", 14.2818, -87.20681)
        .kinds(&[ServiceKind::Repatriation])
        .build();
    app.state.directory_mut().upsert_service(office);
    let after = app.get_as(&operator, path).await;
    assert_eq!(
        row(&after.json["rows"], TEGUCIGALPA_ID, "repatriation")["nearest_in_person_km"],
        22.2
    );
}

#[tokio::test]
async fn the_openapi_document_describes_the_operator_and_coverage_endpoints() {
    let app = scene::spawn().await;
    let document = app.get_json("/api/v1/openapi.json").await;
    for (path, method) in [
        ("/api/v1/operator/search", "get"),
        ("/api/v1/referrals", "post"),
        ("/api/v1/referrals/counts", "get"),
        ("/api/v1/coverage", "get"),
        ("/api/v1/coverage/places", "get"),
    ] {
        assert_eq!(
            operation(&document, path, method)["security"][0]["session"],
            serde_json::json!([]),
            "{path} needs a session"
        );
    }
    assert_schemas(
        &document,
        &[
            "OperatorSearchResponse",
            "ReferralInput",
            "ReferralMessage",
            "ReferralCounts",
            "CoverageReport",
            "CoveragePlaces",
        ],
    );
}
