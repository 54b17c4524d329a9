//! Real directories' exports as NGOs have them (issue 15): the layouts and defects of public HSDS exports,
//! reproduced in small fixtures under `tests/fixtures/hsds/real/` (demo data in those layouts), each imported
//! with `ruta import` and checked for what a person would see in Ruta afterwards.

use ruta_server::storage::Location;
use std::path::PathBuf;
use std::sync::Arc;

use api_types::{Cost, CountryCode, PhoneChannel};
use ruta_server::clock::FixedClock;
use ruta_server::hsds::import::{self, ImportReport, Outcome, Summary as _};
use ruta_server::storage::{DirectoryStore, SqliteStore};
use ruta_tests::{now, workspace};

use crate::import::group;

fn real(name: &str) -> PathBuf {
    workspace().join("tests/fixtures/hsds/real").join(name)
}

/// Imports a fixture into a fresh database; the report, and what the database then holds.
async fn import_fixture(
    name: &str,
) -> (
    ImportReport,
    Vec<ruta_server::domain::Organization>,
    Vec<ruta_server::domain::Service>,
) {
    let data = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock(now()));
    let choices = import::CliChoices {
        source: Some(name.to_owned()),
        ..import::CliChoices::default()
    };
    let report = import::run_cli(&real(name), Location::Embedded(data.path()), &choices, clock)
        .await
        .unwrap();
    let store = SqliteStore::open(data.path()).await.unwrap();
    let (organizations, services) = store.load_directory().await.unwrap();
    (report, organizations, services)
}

#[tokio::test]
async fn an_ohana_package_keeps_every_service_with_its_organisation_phones_and_words() {
    let (report, organizations, services) = import_fixture("ohana").await;
    let summary = report.summary(30);
    // Every service is kept: through its location's organisation, or a placeholder to review.
    assert_eq!(services.len(), 3, "{summary}");
    let org_named = |name: &str| organizations.iter().find(|o| o.name == name).map(|o| o.id);
    let red = org_named("Red de Apoyo Demo (demo)").expect("the file's organisation");
    let service = |name: &str| {
        services
            .iter()
            .find(|s| s.names.values().any(|n| n == name))
            .unwrap_or_else(|| panic!("{name} was imported: {summary}"))
    };
    let counselling = service("Acompañamiento psicológico (demo)");
    assert_eq!(counselling.organization_id, red);
    // One cell, three languages, one with a qualifier.
    let languages: Vec<String> = counselling.languages.iter().map(ToString::to_string).collect();
    assert_eq!(languages, ["es", "ht", "en"], "{summary}");
    let shelter = service("Albergue temporal (demo)");
    let placeholder = organizations
        .iter()
        .find(|o| o.id == shelter.organization_id)
        .unwrap();
    assert!(
        placeholder.name.contains("O-404") && placeholder.name.contains("to review"),
        "{}",
        placeholder.name
    );
    let legal = service("Asesoría legal (demo)");
    // The file says nothing of cost: unknown, never "free".
    assert!(services.iter().all(|s| s.cost == Cost::Unknown), "{summary}");
    assert_eq!(
        Some(legal.organization_id),
        org_named("Asociación Jurídica Demo (demo)"),
        "named by agency_name"
    );
    assert!(
        group(&report, Outcome::Warning, "a placeholder organisation").is_some_and(|g| g.count == 2),
        "{summary}"
    );

    // A fax is not a voice line; an extension typed in the number is kept as one.
    assert!(shelter.phones.is_empty(), "{:?}", shelter.phones);
    assert_eq!(legal.phones.len(), 1, "{summary}");
    assert_eq!(legal.phones[0].number.as_str(), "+50255500003");
    assert_eq!(legal.phones[0].label.as_deref(), Some("ext. 12"));
    assert_eq!(legal.phones[0].channels, [PhoneChannel::Voice]);

    // Words repaired: a web address gets its scheme, a literal \n is a line break, DOS mojibake is undone.
    let red = organizations.iter().find(|o| o.id == red).unwrap();
    assert_eq!(red.website.as_deref(), Some("https://www.red-apoyo-demo.example"));
    let description = red.descriptions.values().next().cloned().unwrap_or_default();
    assert_eq!(
        description, "La Division’s office (demo).\nAtención de lunes a viernes.",
        "{summary}"
    );
    for words in [
        "https:// added",
        "literal \\n",
        "DOS code page",
        "extension was typed",
    ] {
        assert!(
            group(&report, Outcome::Fixed, words).is_some(),
            "{words}: {summary}"
        );
    }
    assert!(
        group(&report, Outcome::Warning, "qualifier in parentheses").is_some(),
        "{summary}"
    );
}

/// A single-country directory that never says its country or time zone: nothing can be placed until the
/// person importing it says which (`--country`, `--timezone`; `country=`, `timezone=` on the API).
#[tokio::test]
async fn a_directory_that_never_says_its_country_is_placed_by_the_import_options() {
    let (report, _, services) = import_fixture("no-country").await;
    assert!(services.is_empty(), "{}", report.summary(10));
    assert!(
        group(&report, Outcome::Skipped, "no country").is_some_and(|g| g.count == 2),
        "{}",
        report.summary(10)
    );

    let data = tempfile::tempdir().unwrap();
    let choices = import::CliChoices {
        country: CountryCode::parse("GT").ok(),
        timezone: "America/Guatemala".parse().ok(),
        ..import::CliChoices::default()
    };
    let clock = Arc::new(FixedClock(now()));
    let report = import::run_cli(
        &real("no-country"),
        Location::Embedded(data.path()),
        &choices,
        clock,
    )
    .await
    .unwrap();
    let summary = report.summary(10);
    let (_, services) = SqliteStore::open(data.path())
        .await
        .unwrap()
        .load_directory()
        .await
        .unwrap();
    assert_eq!(services.len(), 2, "{summary}");
    for service in &services {
        assert_eq!(service.country.as_str(), "GT", "{summary}");
        let hours = service.hours.as_ref().expect("hours kept").to_wire();
        assert_eq!(hours.timezone, "America/Guatemala", "{summary}");
        assert_eq!(hours.intervals.len(), 1, "{summary}");
    }
    assert!(
        group(&report, Outcome::Fixed, "as given with the import").is_some(),
        "{summary}"
    );
}

/// A directory that was never geocoded: street addresses, no coordinates. Each is placed at its town's centre
/// (marked approximate; the address, phones and hours kept), the department and country choosing among towns of
/// the same name; a town the gazetteer does not know is reported, not guessed.
#[tokio::test]
async fn addresses_without_coordinates_are_placed_by_their_town() {
    let (report, _, services) = import_fixture("no-coordinates").await;
    let summary = report.summary(30);
    assert_eq!(services.len(), 3, "{summary}");
    let service = |name: &str| {
        services
            .iter()
            .find(|s| s.names.values().any(|n| n == name))
            .unwrap_or_else(|| panic!("{name} was imported: {summary}"))
    };
    let distance_km = |s: &ruta_server::domain::Service, lat: f64, lon: f64| {
        let at = s.location().expect("placed").point;
        ruta_server::geo::distance_m(at, api_types::LatLon::new(lat, lon).unwrap()) / 1000.0
    };

    let xela = service("Centro de atención integral (demo)");
    let location = xela.location().expect("placed by its town");
    assert!(location.approximate, "{location:?}");
    assert_eq!(location.address.as_deref(), Some("4a Calle 3-45 Zona 1 (demo)"));
    assert_eq!(location.locality.as_deref(), Some("Quetzaltenango"));
    // The gazetteer's Quetzaltenango (14.84462, -91.52316).
    assert!(distance_km(xela, 14.84462, -91.52316) < 0.1, "{location:?}");
    // What hung off the location came with it: its phone, and its hours in the town's zone.
    assert_eq!(xela.phones.len(), 1, "{summary}");
    let hours = xela.hours.as_ref().expect("hours kept").to_wire();
    assert_eq!(hours.timezone, "America/Guatemala");

    // "San Marcos, San Marcos, Guatemala": the department's town (14.96437, -91.79486), not Colombia's or
    // Costa Rica's.
    let san_marcos = service("Asesoría legal gratuita (demo)");
    assert_eq!(san_marcos.country.as_str(), "GT");
    assert!(
        distance_km(san_marcos, 14.96437, -91.79486) < 0.1,
        "{:?}",
        san_marcos.locations
    );

    // A town nobody knows: kept, without a point, and said so.
    let unknown = service("Casa de paso (demo)");
    assert!(unknown.location().is_none(), "{:?}", unknown.locations);
    assert!(
        group(&report, Outcome::Fixed, "centre of the address's town").is_some_and(|g| g.count == 2),
        "{summary}"
    );
    assert!(
        group(&report, Outcome::Skipped, "no town the gazetteer knows").is_some_and(|g| g.count == 1),
        "{summary}"
    );
}

/// Uploaded by an admin, the same package is found by a search from Quetzaltenango: the hit's location is
/// approximate and keeps its street address; the HSDS export gives the address without inventing coordinates,
/// and imported again elsewhere it lands on the same town's centre.
#[tokio::test]
async fn a_service_placed_by_its_town_is_found_from_there_and_exported_without_coordinates() {
    use crate::import::{empty_with_admin, files_of, upload, zip_of};
    const QUETZALTENANGO_ID: u32 = 3_590_979;

    let (app, cookie) = empty_with_admin().await;
    let zip = zip_of(
        &files_of(&real("no-coordinates")),
        zip::CompressionMethod::Deflated,
    );
    let answer = upload(&app, Some(&cookie), zip, "application/zip", "").await;
    assert_eq!(answer.status, 201, "{}", answer.text);

    let found = app
        .get(&format!("/api/v1/search?place={QUETZALTENANGO_ID}&lang=es"))
        .await;
    assert_eq!(found.status, 200, "{}", found.text);
    let hits = found.json["results"].as_array().unwrap();
    let hit = hits
        .iter()
        .find(|h| h["name"] == "Centro de atención integral (demo)")
        .unwrap_or_else(|| panic!("found from its town: {}", found.text));
    assert_eq!(hit["location"]["approximate"], true, "{hit}");
    assert_eq!(hit["location"]["address"], "4a Calle 3-45 Zona 1 (demo)", "{hit}");
    assert!(hit["distance_m"].as_f64().unwrap() < 100.0, "{hit}");

    let id = hit["id"].as_str().unwrap();
    let exported = app.get(&format!("/hsds/services/{id}")).await;
    assert_eq!(exported.status, 200, "{}", exported.text);
    let location = &exported.json["service_at_locations"][0]["location"];
    assert!(location.get("latitude").is_none(), "{location}");
    assert_eq!(location["addresses"][0]["city"], "Quetzaltenango", "{location}");

    let (elsewhere, elsewhere_cookie) = empty_with_admin().await;
    let again = upload(
        &elsewhere,
        Some(&elsewhere_cookie),
        exported.text.into_bytes(),
        "application/json",
        "",
    )
    .await;
    assert_eq!(again.status, 201, "{}", again.text);
    let service = elsewhere.get(&format!("/api/v1/services/{id}")).await;
    assert_eq!(service.status, 200, "{}", service.text);
    assert_eq!(service.json["location"]["approximate"], true, "{}", service.text);
    assert_eq!(service.json["location"]["lat"], hit["location"]["lat"]);
    assert_eq!(service.json["location"]["lon"], hit["location"]["lon"]);
}
