//! The Open Referral HSDS import (`POST /api/v1/manage/import`, `ruta import`): the inverse of the export, a
//! tolerant reader of the 1.1/2.0 CSV packages real directories publish, atomic, idempotent, and safe with
//! confidential shelters.
//!
//! Fixtures: `tests/fixtures/hsds/v1.1/defects` (a 1.1 package with every defect the reader repairs or
//! reports) and the official examples in `tests/fixtures/hsds/v3.0/examples` (copied unchanged).

use ruta_server::storage::Location;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use api_types::ServiceStatus;
use ruta_server::clock::FixedClock;
use ruta_server::domain::text::{fallback_chain, pick};
use ruta_server::domain::{AuditEntry, Organization, Service};
use ruta_server::hsds::import::{self, ImportReport, Outcome, Report, Summary as _};
use ruta_tests::fixtures::{ServiceFixture as S, organization};
use ruta_tests::{Answer, TestApp, now, workspace};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::hsds::export_zip_bytes;

pub(crate) const PW: &str = "tres palabras sueltas";

fn fixtures() -> PathBuf {
    workspace().join("tests/fixtures/hsds")
}

fn defects_dir() -> PathBuf {
    fixtures().join("v1.1/defects")
}

/// The files of a folder, by name.
pub(crate) fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

pub(crate) fn zip_of(files: &[(String, Vec<u8>)], method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An empty server (no demo) with an admin signed in.
pub(crate) async fn empty_with_admin() -> (TestApp, String) {
    let app = TestApp::spawn_with(&[], &[]).await;
    let cookie = app.add_signed_in("admin", "admin@ruta.test", PW, None).await;
    (app, cookie)
}

/// `POST /api/v1/manage/import{query}` with a file.
pub(crate) async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    body: Vec<u8>,
    content_type: &str,
    query: &str,
) -> Answer {
    let mut request = app
        .client
        .post(format!("{}/api/v1/manage/import{query}", app.base))
        .header("content-type", content_type)
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    Answer::of(request.send().await.unwrap()).await
}

/// An import of `file` that writes (`?dry_run=false`, 201), by the account whose session cookie this is; the
/// answer. The test stops, quoting the answer, when the import is refused.
pub(crate) async fn import_file(app: &TestApp, cookie: &str, file: Vec<u8>, content_type: &str) -> Answer {
    let answer = upload(app, Some(cookie), file, content_type, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    answer
}

/// A dry run of an import of `file` (`?dry_run=true`, 200), by the account whose session cookie this is; the
/// answer. The test stops, quoting the answer, when the check is refused.
pub(crate) async fn dry_run(app: &TestApp, cookie: &str, file: Vec<u8>, content_type: &str) -> Answer {
    let answer = upload(app, Some(cookie), file, content_type, "?dry_run=true").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    answer
}

pub(crate) async fn upload_json(app: &TestApp, cookie: &str, value: &Value, query: &str) -> Answer {
    upload(
        app,
        Some(cookie),
        serde_json::to_vec(value).unwrap(),
        "application/json",
        query,
    )
    .await
}

/// Rows of the directory's tables and of the audit log, as stored.
async fn rows(data_dir: &Path) -> BTreeMap<&'static str, i64> {
    let mut counts = BTreeMap::new();
    for (table, sql) in [
        ("organizations", "SELECT COUNT(*) FROM organizations"),
        ("services", "SELECT COUNT(*) FROM services"),
        ("service_texts", "SELECT COUNT(*) FROM service_texts"),
        ("locations", "SELECT COUNT(*) FROM locations"),
        ("audit_log", "SELECT COUNT(*) FROM audit_log"),
    ] {
        counts.insert(table, ruta_tests::count(data_dir, sql).await);
    }
    counts
}

fn report_of(answer: &Answer) -> ImportReport {
    serde_json::from_value(answer.json.clone()).unwrap_or_else(|e| panic!("{e}: {}", answer.text))
}

/// The report of an import that wrote (201); the test stops with the start of the answer when it did not.
fn written_report(answer: &Answer) -> ImportReport {
    let start: String = answer.text.chars().take(2000).collect();
    assert_eq!(answer.status, 201, "{start}");
    report_of(answer)
}

/// The services a directory lists (what its export has: defunct ones are not exported), by id.
fn listed_services(app: &TestApp) -> BTreeMap<Uuid, Service> {
    services_of(app)
        .into_iter()
        .filter(|(_, s)| s.is_listed())
        .collect()
}

/// The group of issues of this outcome whose message contains `words`, if the report has one.
pub(crate) fn group<'a>(
    report: &'a ImportReport,
    outcome: Outcome,
    words: &str,
) -> Option<&'a import::report::IssueGroup> {
    report
        .groups
        .iter()
        .find(|g| g.outcome == outcome && g.message.contains(words))
}

/// Issues of a table and outcome whose message contains `words`.
fn issues<'r>(
    report: &'r ImportReport,
    table: &str,
    outcome: Outcome,
    words: &str,
) -> Vec<&'r import::Issue> {
    report
        .issues
        .iter()
        .filter(|i| i.table == table && i.outcome == outcome && i.message.contains(words))
        .collect()
}

#[track_caller]
fn has_issue(report: &ImportReport, table: &str, outcome: Outcome, words: &str) {
    assert!(
        !issues(report, table, outcome, words).is_empty(),
        "no {outcome:?} issue on {table} saying '{words}' in:\n{}",
        report.summary(200)
    );
}

/// Every item of an HSDS list, page by page.
async fn all_pages(app: &TestApp, path: &str) -> Vec<Value> {
    let mut items = Vec::new();
    for page in 1.. {
        let answer = app.get(&format!("{path}&per_page=100&page={page}")).await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        items.extend(answer.json["contents"].as_array().unwrap().iter().cloned());
        if answer.json["last_page"] == true {
            break;
        }
    }
    items
}

fn services_of(app: &TestApp) -> BTreeMap<Uuid, Service> {
    app.state
        .directory()
        .entries()
        .map(|e| (e.service.id, (*e.service).clone()))
        .collect()
}

fn organizations_of(app: &TestApp) -> BTreeMap<Uuid, Organization> {
    app.state
        .directory()
        .organizations()
        .map(|o| (o.id, (**o).clone()))
        .collect()
}

fn picked(texts: &api_types::Localized) -> Option<String> {
    pick(texts, &fallback_chain(None)).map(|(_, t)| t.to_owned())
}

// ---------------------------------------------------------------------------------------------------------------
// Round trips

/// Compares what the export carries of a service, field by field. `all_texts`: names and descriptions in every
/// language (JSON's `x_ruta_names`), else the one text the CSV has. `extensions`: capacity, demo and the time of
/// day of the last check (JSON's `x_ruta_*`), which the CSV package has no column for.
#[track_caller]
fn assert_same_service(original: &Service, imported: &Service, all_texts: bool, extensions: bool) {
    let what = format!("service {} ({:?})", original.id, picked(&original.names));
    // One field of both, equal; the message names it.
    macro_rules! same {
        ($field:ident) => {
            same!($field, stringify!($field))
        };
        ($field:ident, $label:expr) => {
            assert_eq!(imported.$field, original.$field, "{what}: {}", $label)
        };
    }
    same!(organization_id, "organization");
    if all_texts {
        same!(names);
        same!(descriptions);
    } else {
        assert_eq!(picked(&imported.names), picked(&original.names), "{what}: name");
        assert_eq!(
            picked(&imported.descriptions),
            picked(&original.descriptions),
            "{what}: description"
        );
    }
    same!(kinds);
    same!(populations);
    same!(languages);
    same!(cost);
    same!(delivery);
    assert_eq!(
        imported.hours.as_ref().map(|h| h.to_wire().clone()),
        original.hours.as_ref().map(|h| h.to_wire().clone()),
        "{what}: hours"
    );
    same!(phones);
    same!(area, "service area");
    same!(status);
    same!(confidential);
    same!(country);
    same!(source_terms, "source terms");
    same!(updated_at, "updated_at (last_modified)");
    if extensions {
        same!(capacity);
        same!(capacity_updated_at);
        same!(last_verified_at);
        same!(demo);
    } else {
        assert_eq!(
            imported.last_verified_at.map(|t| t.date_naive()),
            original.last_verified_at.map(|t| t.date_naive()),
            "{what}: last verified (assured_date)"
        );
    }
    // A confidential shelter's premises are never exported: there is nothing to compare them with.
    if original.confidential {
        assert_eq!(
            imported.location(),
            None,
            "{what}: no premises came from the export"
        );
    } else {
        assert_eq!(imported.locations, original.locations, "{what}: location");
    }
}

#[tokio::test]
async fn the_demo_directory_round_trips_through_hsds_json() {
    let demo = TestApp::spawn_demo().await;
    let services = all_pages(&demo, "/hsds/services?full=true").await;
    let listed = listed_services(&demo);
    // Defunct services are not exported, so there is nothing of them to import.
    assert_eq!(services.len(), listed.len());

    let (fresh, admin) = empty_with_admin().await;
    let answer = upload_json(&fresh, &admin, &Value::Array(services), "?dry_run=false").await;
    let report = written_report(&answer);
    assert!(report.written);
    assert_eq!(
        report.services.created as usize,
        listed.len(),
        "{}",
        report.summary(30)
    );
    assert_eq!(report.count(Outcome::Skipped), 0, "{}", report.summary(30));

    let imported = services_of(&fresh);
    assert_eq!(imported.len(), listed.len());
    let mut confidential = 0;
    for (id, original) in &listed {
        confidential += usize::from(original.confidential);
        assert_same_service(original, &imported[id], true, true);
    }
    assert!(
        confidential >= 10,
        "the comparison covers confidential shelters too"
    );

    let originals = organizations_of(&demo);
    for (id, org) in organizations_of(&fresh) {
        let original = &originals[&id];
        assert_eq!(org.name, original.name);
        assert_eq!(org.website, original.website);
        assert_eq!(org.email, original.email);
        assert_eq!(org.verified_at, original.verified_at);
        assert_eq!(org.demo, original.demo);
        // HSDS carries one description, in the reader's language.
        assert_eq!(picked(&org.descriptions), picked(&original.descriptions));
    }

    // The same file again: the same ids, nothing new.
    let services = all_pages(&demo, "/hsds/services?full=true").await;
    let before = rows(fresh.data_dir.path()).await;
    let again = report_of(&upload_json(&fresh, &admin, &Value::Array(services), "").await);
    assert_eq!(again.services.created, 0);
    assert_eq!(again.services.updated as usize, listed.len());
    let after = rows(fresh.data_dir.path()).await;
    assert_eq!(after["services"], before["services"]);
    assert_eq!(after["organizations"], before["organizations"]);
    assert_eq!(
        after["audit_log"],
        before["audit_log"] + 1,
        "one audit entry per import"
    );
}

#[tokio::test]
async fn the_demo_directory_round_trips_through_the_csv_package() {
    let demo = TestApp::spawn_demo().await;
    let zip = export_zip_bytes(&demo).await;
    let listed = listed_services(&demo);

    let (fresh, admin) = empty_with_admin().await;
    let answer = upload(&fresh, Some(&admin), zip, "application/zip", "?dry_run=false").await;
    let report = written_report(&answer);
    assert_eq!(report.format, "HSDS 3.0 CSV");
    assert_eq!(
        report.services.created as usize,
        listed.len(),
        "{}",
        report.summary(30)
    );

    // The CSV package has no x_ruta_* columns: one name and description (in the reader's language), no
    // capacity, no demo flag, the date of the last check without its time. Everything else comes back; a
    // confidential shelter is recognised by the area Ruta's export gives it, and stays confidential.
    let imported = services_of(&fresh);
    for (id, original) in &listed {
        assert_same_service(original, &imported[id], false, false);
    }
}

/// The official examples: import, export what was imported, import that into another directory: the same.
#[tokio::test]
async fn the_official_hsds_examples_import_and_export_import_gives_the_same() {
    let examples = fixtures().join("v3.0/examples");
    let mut inputs: Vec<(String, Vec<u8>, &str)> = [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "organization_list.json",
        "service_at_location_full.json",
        "tabular.json",
    ]
    .iter()
    .map(|f| {
        (
            (*f).to_owned(),
            std::fs::read(examples.join(f)).unwrap(),
            "application/json",
        )
    })
    .collect();
    inputs.push((
        "csv/ (zipped)".to_owned(),
        zip_of(&files_of(&examples.join("csv")), zip::CompressionMethod::Deflated),
        "application/zip",
    ));

    for (name, bytes, content_type) in inputs {
        let (first, admin) = empty_with_admin().await;
        let answer = upload(&first, Some(&admin), bytes, content_type, "").await;
        assert_eq!(answer.status, 201, "{name}: {}", answer.text);
        let report = report_of(&answer);
        let services = services_of(&first);
        let organizations = organizations_of(&first);
        assert!(!organizations.is_empty(), "{name}");

        if name == "service_list.json" {
            // A brief service: no address, place or area says which country it is in, and Ruta needs one.
            assert!(services.is_empty(), "{name}");
            has_issue(&report, "service", Outcome::Skipped, "no country");
        } else if name != "organization_list.json" {
            let id: Uuid = "ac148810-d857-441c-9679-408f346de14b".parse().unwrap();
            let s = services
                .get(&id)
                .unwrap_or_else(|| panic!("{name}: {}", report.summary(40)));
            assert_eq!(
                picked(&s.names).as_deref(),
                Some("Community Counselling"),
                "{name}"
            );
            assert_eq!(
                s.organization_id.to_string(),
                "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
                "{name}"
            );
            assert_eq!(s.status, ServiceStatus::Active);
            // Latitude 100 and longitude 101 are out of range either way round: no premises.
            assert_eq!(s.location(), None, "{name}");
            assert_eq!(
                s.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
                ["ur"],
                "{name}"
            );
            assert_eq!(s.phones[0].number.as_str(), "+441234234567", "{name}");
            assert_eq!(s.cost, api_types::Cost::Paid, "{name}: an amount of 35");
            has_issue(&report, "location", Outcome::Skipped, "out of range");
        }

        // Export it all and import that into an empty directory.
        let mut exported: Vec<Value> = Vec::new();
        for id in organizations.keys() {
            let mut org = first.get(&format!("/hsds/organizations/{id}")).await.json;
            org.as_object_mut().unwrap().remove("services");
            exported.push(org);
        }
        for id in services.keys() {
            let answer = first.get(&format!("/hsds/services/{id}")).await;
            assert_eq!(answer.status, 200, "{name}");
            exported.push(answer.json);
        }
        let (second, admin) = empty_with_admin().await;
        let answer = upload_json(&second, &admin, &Value::Array(exported), "").await;
        assert_eq!(answer.status, 201, "{name}: {}", answer.text);
        assert_eq!(
            services_of(&second),
            services,
            "{name}: the second import equals the first"
        );
        assert_eq!(organizations_of(&second), organizations, "{name}");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// A 1.1 package as real directories publish it

#[tokio::test]
async fn a_legacy_package_with_every_defect_imports_with_a_report_and_a_dry_run_writes_nothing() {
    let (app, admin) = empty_with_admin().await;
    let zip = zip_of(&files_of(&defects_dir()), zip::CompressionMethod::Deflated);
    let before = rows(app.data_dir.path()).await;

    let answer = dry_run(&app, &admin, zip.clone(), "application/zip").await;
    let report = report_of(&answer);
    assert!(report.dry_run && !report.written);
    assert_eq!(
        rows(app.data_dir.path()).await,
        before,
        "a dry run writes nothing"
    );
    assert!(app.state.directory().is_empty());
    let summary = report.summary(100);
    assert_eq!(report.format, "HSDS 1.1 CSV", "{summary}");
    // S5's organisation 99 is not in the file: a placeholder organisation, to review, rather than a lost
    // service.
    assert_eq!(report.organizations.created, 3, "{summary}");
    assert_eq!(report.services.created, 10, "{summary}");
    assert_eq!(
        report.tables["service"],
        import::TableCounts {
            read: 11,
            imported: 10,
            fixed: report.tables["service"].fixed,
            skipped: 1
        },
        "{summary}"
    );

    use Outcome::{Fixed, Skipped, Warning};
    for (table, outcome, words) in [
        // Encodings.
        ("organization", Warning, "not UTF-8: read as Windows-1252"),
        ("service", Fixed, "mojibake repaired"),
        // Ids: missing, duplicate, not UUIDs.
        ("service", Fixed, "no id: a stable id was derived"),
        ("service", Fixed, "duplicate id with different content"),
        ("service", Warning, "ids are not UUIDs"),
        // Missing required fields, dangling foreign keys.
        ("service", Skipped, "no name (required)"),
        ("organization", Skipped, "no name (required)"),
        (
            "service",
            Fixed,
            "organization_id matches no organisation in the file or in Ruta: attached to a placeholder",
        ),
        ("organization", Warning, "a placeholder organisation"),
        ("phone", Skipped, "service_id matches no service"),
        ("address", Skipped, "location_id matches no location"),
        ("service_at_location", Skipped, "service_id matches no service"),
        ("attribute", Skipped, "matches no taxonomy term"),
        ("language", Skipped, "service_id matches no service"),
        // Coordinates.
        ("location", Fixed, "swapped"),
        ("location", Fixed, "decimal comma"),
        ("location", Skipped, "out of range"),
        ("location", Skipped, "0, 0"),
        ("location", Skipped, "no service is at this location"),
        // Phones.
        ("phone", Fixed, "local number: written in E.164"),
        ("phone", Skipped, "fax"),
        ("phone", Skipped, "not a valid phone number"),
        ("phone", Skipped, "belongs to no service or location"),
        // Hours.
        ("schedule", Fixed, "read as 09:00"),
        ("schedule", Fixed, "weekday names read as days"),
        ("schedule", Skipped, "not weekdays"),
        ("schedule", Skipped, "not a time of day"),
        ("service", Fixed, "time zone not given: America/Tegucigalpa"),
        ("holiday_schedule", Warning, "weekly hours only"),
        // Languages, areas, terms.
        ("language", Fixed, "read as the language code es"),
        ("language", Skipped, "not a language code"),
        ("service_area", Fixed, "several places in one cell"),
        ("service_area", Skipped, "not a country"),
        ("attribute", Skipped, "names no Ruta kind"),
        // Services nobody can find, and those that say nothing of their country.
        ("service", Warning, "no premises and no remote delivery"),
        ("service", Fixed, "the file's most common, HN"),
    ] {
        has_issue(&report, table, outcome, words);
    }
    // Reports never carry the data: no phone number, address or coordinate in any message.
    let text = serde_json::to_string(&report.issues).unwrap();
    for secret in [
        "2222",
        "9999",
        "Calle Ficticia",
        "Avenida de Prueba",
        "14.08",
        "87.2",
    ] {
        assert!(!text.contains(secret), "the report holds '{secret}'");
    }

    // The real import: what the dry run said.
    let answer = import_file(&app, &admin, zip, "application/zip").await;
    let written = report_of(&answer);
    assert!(written.written);
    assert_eq!(
        written.imported, report.imported,
        "the dry run said what would be imported"
    );
    let after = rows(app.data_dir.path()).await;
    assert_eq!(after["organizations"], 3);
    assert_eq!(after["services"], 10);
    assert_eq!(after["audit_log"], before["audit_log"] + 1);

    let ns = import::map::source_namespace("upload");
    let id = |table: &str, raw: &str| Uuid::new_v5(&ns, format!("{table}/{raw}").as_bytes());
    let directory = app.state.directory();
    let org = directory.organization(&id("organization", "1")).unwrap();
    assert_eq!(org.name, "Fundación Esperanza (test)", "Windows-1252 read right");

    let shelter = &directory.get(&id("service", "S1")).unwrap().service;
    assert_eq!(shelter.kinds, [api_types::ServiceKind::Shelter]);
    assert_eq!(
        shelter.populations,
        [api_types::Population::Women],
        "Women term and 'female' eligibility"
    );
    assert_eq!(shelter.cost, api_types::Cost::Free, "'Gratuito'");
    let numbers: Vec<&str> = shelter.phones.iter().map(|p| p.number.as_str()).collect();
    assert_eq!(numbers, ["+50422220000", "+50499991234"]);
    assert_eq!(shelter.phones[0].label.as_deref(), Some("Línea de ingreso"));
    assert_eq!(shelter.phones[1].channels, [api_types::PhoneChannel::Sms]);
    let langs: Vec<&str> = shelter.languages.iter().map(|l| l.as_str()).collect();
    assert_eq!(langs, ["es", "en"], "'Spanish, English' in one cell");
    let hours = shelter.hours.as_ref().unwrap().to_wire();
    assert_eq!(hours.timezone, "America/Tegucigalpa");
    let intervals: Vec<(&str, &str, &str)> = hours
        .intervals
        .iter()
        .map(|i| (i.day.as_str(), i.opens.as_str(), i.closes.as_str()))
        .collect();
    assert_eq!(
        intervals,
        [
            ("mon", "09:00", "17:00"),
            ("tue", "09:00", "17:30"),
            ("wed", "12:00", "24:00")
        ]
    );
    let location = shelter.location().unwrap();
    assert_eq!((location.point.lat(), location.point.lon()), (14.0818, -87.2068));
    assert_eq!(location.region.as_deref(), Some("Francisco Morazán"));
    let places: Vec<(f64, f64)> = shelter
        .locations
        .iter()
        .map(|l| (l.point.lat(), l.point.lon()))
        .collect();
    assert_eq!(
        places,
        [(14.0818, -87.2068), (14.05, -87.18)],
        "its second place (L7) is kept, after the first"
    );

    let counselling = &directory.get(&id("service", "S3")).unwrap().service;
    assert_eq!(
        counselling.names["es"], "Atención psicológica (test)",
        "mojibake repaired"
    );
    assert_eq!(
        counselling.kinds,
        [api_types::ServiceKind::Psychosocial],
        "'Mental Health Care'"
    );
    let swapped = counselling.location().unwrap().point;
    assert_eq!((swapped.lat(), swapped.lon()), (14.09, -87.195), "swapped back");
    let days: Vec<&str> = counselling
        .hours
        .as_ref()
        .unwrap()
        .to_wire()
        .intervals
        .iter()
        .map(|i| i.day.as_str())
        .collect();
    assert_eq!(days, ["mon", "sun"], "'lunes' and 7");

    let legal = &directory.get(&id("service", "S6")).unwrap().service;
    assert_eq!(legal.status, ServiceStatus::TemporarilyClosed, "'inactive'");
    let point = legal.location().unwrap().point;
    assert_eq!((point.lat(), point.lon()), (15.5042, -88.025), "decimal commas");
    assert_eq!(
        legal.hours.as_ref().unwrap().to_wire().intervals.len(),
        5,
        "Mon-Fri"
    );
    assert!(legal.phones.is_empty(), "the fax and the bad number are left out");

    let hotline = &directory.get(&id("service", "S7")).unwrap().service;
    assert_eq!(
        hotline.kinds,
        [api_types::ServiceKind::Legal, api_types::ServiceKind::Hotline]
    );
    assert_eq!(
        hotline.delivery,
        [api_types::DeliveryMode::Phone],
        "a hotline is reached by phone"
    );
    let countries: Vec<&str> = hotline.area.countries.iter().map(|c| c.as_str()).collect();
    assert_eq!(countries, ["HN", "GT", "SV"]);
    assert!(
        hotline.phones[0]
            .channels
            .contains(&api_types::PhoneChannel::Whatsapp)
    );
    assert!(hotline.location().is_none());

    let meeting = &directory.get(&id("service", "S9")).unwrap().service;
    assert_eq!(meeting.area.regions, ["HN-FM"], "'Francisco Morazán, Honduras'");
    assert!(meeting.location().is_none(), "0, 0 is no place");

    let centre = &directory.get(&id("service", "S10")).unwrap().service;
    assert_eq!(
        centre.phones[0].number.as_str(),
        "+50425520000",
        "the location's phone"
    );
    assert_eq!(centre.kinds, [api_types::ServiceKind::FoodClothing]);
    assert_eq!(centre.populations, [api_types::Population::Families]);
}

/// `ruta import` of the defects package into the database under `data`.
async fn import_defects(data: &Path, source: &str, dry_run: bool) -> ImportReport {
    let clock = Arc::new(FixedClock(now()));
    let choices = import::CliChoices {
        source: Some(source.to_owned()),
        dry_run,
        ..import::CliChoices::default()
    };
    import::run_cli(&defects_dir(), Location::Embedded(data), &choices, clock)
        .await
        .unwrap()
}

#[tokio::test]
async fn importing_the_same_file_twice_gives_the_same_ids_and_no_duplicates() {
    let data = tempfile::tempdir().unwrap();
    let first = import_defects(data.path(), "defects", false).await;
    assert!(first.written);
    assert_eq!(first.services.created, 10, "{}", first.summary(50));
    let counts = rows(data.path()).await;
    let ids = |report: &ImportReport| -> BTreeSet<(String, Uuid)> {
        report.imported.iter().map(|i| (i.table.clone(), i.id)).collect()
    };

    let second = import_defects(data.path(), "defects", false).await;
    assert_eq!(ids(&second), ids(&first), "the same ids");
    assert_eq!((second.services.created, second.services.updated), (0, 10));
    assert_eq!(
        (second.organizations.created, second.organizations.updated),
        (0, 3)
    );
    let again = rows(data.path()).await;
    for table in ["organizations", "services", "service_texts", "locations"] {
        assert_eq!(again[table], counts[table], "{table}: no duplicates");
    }

    // Another source name is another directory's data: new ids (1.1 ids are not UUIDs) — except where a service
    // has the same organisation, name and street address as one Ruta holds: matched to it, not doubled.
    let other = import_defects(data.path(), "another", true).await;
    assert_eq!((other.services.created, other.services.matched), (8, 2));
    assert!(!other.written);
}

#[tokio::test]
async fn a_package_with_a_fatal_problem_writes_nothing_at_all() {
    let (app, admin) = empty_with_admin().await;
    let before = rows(app.data_dir.path()).await;

    // A download cut short: a damaged member after good ones.
    let mut zip = zip_of(&files_of(&defects_dir()), zip::CompressionMethod::Stored);
    let needle = "Línea de ingreso".as_bytes();
    let at = zip.windows(needle.len()).position(|w| w == needle).unwrap();
    zip[at] ^= 0x20;
    let answer = upload(
        &app,
        Some(&admin),
        zip.clone(),
        "application/zip",
        "?dry_run=false",
    )
    .await;
    assert!(
        answer.refused(422, "body").contains("phones.csv"),
        "names the file: {}",
        answer.text
    );
    let path = app.data_dir.path().join("damaged.zip");
    std::fs::write(&path, &zip).unwrap();
    let clock = Arc::new(FixedClock(now()));
    let cli = import::run_cli(
        &path,
        Location::Embedded(app.data_dir.path()),
        &import::CliChoices::default(),
        clock,
    )
    .await;
    assert!(cli.is_err());

    // Not HSDS at all.
    for (body, content_type) in [
        (b"{\"services\": [1, 2".to_vec(), "application/json"),
        (b"<html>not json</html>".to_vec(), "application/json"),
        (b"PK\x03\x04 not really a zip".to_vec(), "application/zip"),
        (b"{\"foo\": \"bar\"}".to_vec(), "text/plain"),
        (Vec::new(), "application/json"),
    ] {
        let answer = upload(&app, Some(&admin), body, content_type, "").await;
        assert_eq!(answer.status, 422, "{}", answer.text);
        assert_eq!(answer.json["error"]["code"], "invalid_field");
    }
    // A package without its services table.
    let organizations_only = zip_of(
        &files_of(&defects_dir())
            .into_iter()
            .filter(|(n, _)| n == "organizations.csv")
            .collect::<Vec<_>>(),
        zip::CompressionMethod::Deflated,
    );
    let answer = upload(&app, Some(&admin), organizations_only, "application/zip", "").await;
    assert_eq!(answer.status, 422, "{}", answer.text);
    assert!(answer.text.contains("services.csv"));
    assert_eq!(rows(app.data_dir.path()).await, before, "nothing was written");

    // The store's one transaction: a service that cannot be written undoes the ones before it.
    let good = S::new(0x1, "Servicio Bueno (test)", 14.08, -87.2).build();
    let mut bad = S::new(0x2, "Servicio Malo (test)", 14.08, -87.2).build();
    bad.organization_id = Uuid::from_u128(0xDEAD);
    let audit = AuditEntry {
        at: now(),
        user_id: None,
        actor: "import".into(),
        organization_id: None,
        entity: "import",
        entity_id: Uuid::from_u128(0x1),
        action: api_types::AuditAction::Import,
        before: None,
        after: None,
    };
    let result = app
        .state
        .store
        .import_directory(&[organization()], &[good, bad], &audit)
        .await;
    assert!(result.is_err(), "an unknown organisation breaks the foreign key");
    assert_eq!(rows(app.data_dir.path()).await, before, "nothing was written");
}

// ---------------------------------------------------------------------------------------------------------------
// The upload endpoint

// The directory and staff of the accounts tests (`accounts::world`): the fixture organisation's own centre and its
// confidential shelter, and another organisation's service.
use crate::accounts::{OTHERS as THEIR_SERVICE, SHELTER as SAFE_HOUSE, other_organization, world};

const NEW_SERVICE: u128 = 0x900;

fn uuid(n: u128) -> String {
    Uuid::from_u128(n).to_string()
}

/// An HSDS 3.0 service of another directory (no Ruta extensions), run by the other organisation.
fn foreign_service(n: u128, name: &str, number: &str, street: &str) -> Value {
    json!({
        "id": uuid(n),
        "organization_id": uuid(0xB),
        "name": name,
        "status": "active",
        "organization": { "id": uuid(0xB), "name": "Renamed by the file (test)", "description": "" },
        "phones": [{ "id": uuid(n + 1), "number": number, "type": "voice" }],
        "service_at_locations": [{
            "id": uuid(n + 2),
            "location": {
                "id": uuid(n + 3),
                "location_type": "physical",
                "latitude": 14.0818,
                "longitude": -87.2068,
                "addresses": [{
                    "id": uuid(n + 4), "address_1": street, "city": "Tegucigalpa",
                    "state_province": "Francisco Morazán", "postal_code": "", "country": "HN",
                    "address_type": "physical"
                }]
            }
        }],
        "attributes": [{
            "id": uuid(n + 5),
            "taxonomy_term_id": uuid(n + 6),
            "taxonomy_term": { "id": uuid(n + 6), "code": "LEG", "name": "Legal aid", "taxonomy": "Local" }
        }]
    })
}

#[tokio::test]
async fn only_signed_in_editors_and_admins_may_import() {
    let w = world().await;
    let file = serde_json::to_vec(&foreign_service(
        NEW_SERVICE,
        "Centro Importado (test)",
        "2222-0000",
        "Calle 1",
    ))
    .unwrap();
    let anonymous = upload(&w.app, None, file.clone(), "application/json", "?dry_run=true").await;
    assert_eq!(anonymous.status, 401);
    for (cookie, expected) in [
        (&w.operator, 403),
        (&w.counsellor, 403),
        (&w.editor, 200),
        (&w.admin, 200),
    ] {
        let answer = upload(
            &w.app,
            Some(cookie),
            file.clone(),
            "application/json",
            "?dry_run=true",
        )
        .await;
        assert_eq!(answer.status, expected, "{}", answer.text);
    }
    let bad = upload(&w.app, Some(&w.admin), file, "application/json", "?dry_run=maybe").await;
    bad.refused(400, "dry_run");
}

#[tokio::test]
async fn an_editors_import_goes_into_their_own_organisation_and_is_searchable_at_once() {
    let w = world().await;
    let theirs_before = services_of(&w.app)[&Uuid::from_u128(THEIR_SERVICE)].clone();
    let file = json!([
        foreign_service(
            NEW_SERVICE,
            "Centro Importado (test)",
            "2222-0000",
            "Calle Importada 1"
        ),
        // Another organisation's service, by id: an editor cannot touch it.
        foreign_service(THEIR_SERVICE, "Nombre Cambiado (test)", "2222-0001", "Calle 2"),
    ]);
    let before = rows(w.app.data_dir.path()).await;

    let dry = upload_json(&w.app, &w.editor, &file, "?dry_run=true").await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let report = report_of(&dry);
    assert_eq!(report.services.created, 1);
    assert_eq!(
        report.organizations,
        import::Written::default(),
        "an editor writes no organisation"
    );
    has_issue(
        &report,
        "service",
        Outcome::Skipped,
        "belongs to another organisation",
    );
    has_issue(
        &report,
        "organization",
        Outcome::Warning,
        "their own organisation",
    );
    assert_eq!(
        rows(w.app.data_dir.path()).await,
        before,
        "a dry run writes nothing"
    );
    assert!(
        w.app
            .state
            .directory()
            .get(&Uuid::from_u128(NEW_SERVICE))
            .is_none()
    );

    let answer = upload_json(&w.app, &w.editor, &file, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let imported = services_of(&w.app);
    let new = &imported[&Uuid::from_u128(NEW_SERVICE)];
    assert_eq!(
        new.organization_id,
        organization().id,
        "attached to the editor's organisation"
    );
    assert_eq!(
        new.kinds,
        [api_types::ServiceKind::Legal],
        "'Legal aid' of another taxonomy"
    );
    assert_eq!(new.phones[0].number.as_str(), "+50422220000");
    assert_eq!(
        imported[&Uuid::from_u128(THEIR_SERVICE)],
        theirs_before,
        "untouched"
    );
    assert_eq!(
        organizations_of(&w.app)[&other_organization().id].name,
        other_organization().name,
        "the file's organisation is ignored"
    );

    // Searchable as soon as the answer arrived.
    let search = w.app.get("/api/v1/search?lat=14.0818&lon=-87.2068").await;
    assert_eq!(search.status, 200);
    assert!(
        search.text.contains(&uuid(NEW_SERVICE)),
        "the import is found by the search: {}",
        search.text
    );
    // The audit log has one entry for the import, in the editor's organisation.
    let store = ruta_tests::store_at(w.app.data_dir.path()).await;
    let filter = ruta_server::storage::AuditFilter {
        action: Some(api_types::AuditAction::Import),
        ..Default::default()
    };
    let entries = store.audit(&filter, 1).await.unwrap();
    let entry = entries.first().expect("an import entry");
    assert_eq!(entry.actor, "import");
    assert_eq!(entry.organization_id, Some(organization().id));
}

#[tokio::test]
async fn an_admins_import_keeps_the_files_organisations_approved() {
    let w = world().await;
    let mut service = foreign_service(NEW_SERVICE, "Centro de Otra Red (test)", "2222-0000", "Calle 3");
    let network = uuid(0xC);
    service["organization_id"] = json!(network);
    service["organization"] = json!({ "id": network, "name": "Red Nueva (test)", "description": "Una red." });
    let answer = upload_json(&w.app, &w.admin, &service, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let report = report_of(&answer);
    assert_eq!(report.organizations.created, 1);
    let org = &organizations_of(&w.app)[&Uuid::from_u128(0xC)];
    assert_eq!(org.name, "Red Nueva (test)");
    assert_eq!(org.descriptions.get("es").map(String::as_str), Some("Una red."));
    assert_eq!(
        services_of(&w.app)[&Uuid::from_u128(NEW_SERVICE)].organization_id,
        org.id
    );
    assert!(
        w.app
            .state
            .store
            .pending_organizations()
            .await
            .unwrap()
            .is_empty(),
        "created approved"
    );
    let search = w.app.get("/api/v1/search?lat=14.0818&lon=-87.2068").await;
    assert!(search.text.contains(&uuid(NEW_SERVICE)));
}

#[tokio::test]
async fn an_import_never_makes_a_confidential_shelter_public_nor_logs_what_it_read() {
    let w = world().await;
    let shelter_id = Uuid::from_u128(SAFE_HOUSE);
    let before = services_of(&w.app)[&shelter_id].clone();
    // As another directory (or Ruta's own public export) would have it: no flag, no premises.
    let file = json!({
        "id": shelter_id.to_string(),
        "organization_id": organization().id.to_string(),
        "name": "Casa Segura Renombrada (test)",
        "status": "active",
        "phones": [{ "id": uuid(0x301), "number": "2222-4321", "type": "voice" }],
    });
    let answer = upload_json(&w.app, &w.admin, &file, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let after = services_of(&w.app)[&shelter_id].clone();
    assert!(after.confidential, "still confidential");
    assert_eq!(
        after.locations, before.locations,
        "its premises on record are kept"
    );
    assert_eq!(after.names["es"], "Casa Segura Renombrada (test)");
    let public = w.app.get(&format!("/api/v1/services/{shelter_id}")).await;
    assert_eq!(public.json["location"]["approximate"], true);

    // With premises in the file, and still no flag: confidential all the same.
    let mut with_place = foreign_service(
        SAFE_HOUSE,
        "Casa Segura (test)",
        "2222-4321",
        "Calle Secretísima 9",
    );
    with_place["organization_id"] = json!(organization().id.to_string());
    with_place.as_object_mut().unwrap().remove("organization");
    let answer = upload_json(&w.app, &w.editor, &with_place, "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let after = services_of(&w.app)[&shelter_id].clone();
    assert!(after.confidential);
    let public = w.app.get(&format!("/api/v1/services/{shelter_id}")).await;
    assert!(!public.text.contains("Secretísima"), "the address is not public");
    assert_eq!(public.json["location"]["approximate"], true);

    let logs = ruta_tests::logs::captured();
    for secret in [
        "Secretísima",
        "2222-4321",
        "+50422224321",
        "Casa Segura Renombrada",
    ] {
        assert!(!logs.contains(secret), "the log holds '{secret}'");
    }
}

#[tokio::test]
async fn the_same_listing_from_another_source_is_matched_not_doubled() {
    let w = world().await;
    // Two directories publish the same organisation and service, each under its own ids; the second spells
    // them with other accents and capitals.
    let listing = |org_id: &str, service_id: &str, org: &str, name: &str, street: &str| {
        let mut s = foreign_service(0xC00, name, "2222-3333", street);
        s["id"] = json!(service_id);
        s["organization_id"] = json!(org_id);
        s["organization"] = json!({ "id": org_id, "name": org, "description": "" });
        s["service_at_locations"][0]["id"] = json!(format!("{service_id}-sal"));
        s["service_at_locations"][0]["location"]["id"] = json!(format!("{service_id}-loc"));
        s["service_at_locations"][0]["location"]["addresses"][0]["id"] = json!(format!("{service_id}-addr"));
        s
    };
    let first = json!([listing(
        "org-1",
        "svc-1",
        "Asociación Camino Libre (test)",
        "Asesoría Legal (test)",
        "Avenida Siete 12"
    )]);
    let answer = upload_json(&w.app, &w.admin, &first, "?source=directorio-a").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let count = |app: &TestApp| services_of(app).len();
    let before = count(&w.app);

    let second = json!([
        listing(
            "A7",
            "S-99",
            "ASOCIACION CAMINO LIBRE (test)",
            "asesoria legal (test)",
            "Avenida  Siete, 12"
        ),
        listing(
            "A7",
            "S-100",
            "ASOCIACION CAMINO LIBRE (test)",
            "Clínica Nueva (test)",
            "Avenida Siete 14"
        ),
    ]);
    let dry = upload_json(&w.app, &w.admin, &second, "?source=directorio-b&dry_run=true").await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let report = report_of(&dry);
    assert_eq!(
        (
            report.services.created,
            report.services.updated,
            report.services.matched
        ),
        (1, 0, 1),
        "one new, one matched"
    );
    assert_eq!(
        (
            report.organizations.created,
            report.organizations.matched + report.organizations.updated
        ),
        (0, 1)
    );
    has_issue(&report, "service", Outcome::Fixed, "matched to it, not doubled");
    has_issue(
        &report,
        "organization",
        Outcome::Fixed,
        "matched to it, not doubled",
    );

    let done = upload_json(&w.app, &w.admin, &second, "?source=directorio-b").await;
    assert_eq!(done.status, 201, "{}", done.text);
    assert_eq!(count(&w.app), before + 1, "the matched listing is not doubled");
    let named: Vec<String> = services_of(&w.app)
        .values()
        .filter_map(|s| picked(&s.names))
        .filter(|n| n.to_lowercase().contains("asesor"))
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
    let orgs: Vec<String> = organizations_of(&w.app)
        .values()
        .map(|o| o.name.clone())
        .filter(|n| n.to_lowercase().contains("camino libre"))
        .collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
}

#[tokio::test]
async fn shelters_that_arrive_with_a_street_address_are_listed_and_kept_confidential_as_chosen() {
    let w = world().await;
    let shelter = |n: u128, name: &str, street: &str| {
        let mut s = foreign_service(n, name, "2222-1111", street);
        s["attributes"][0]["taxonomy_term"] =
            json!({ "id": uuid(n + 6), "code": "SH", "name": "Emergency shelter", "taxonomy": "Local" });
        s
    };
    let (one, two) = (Uuid::from_u128(0xA00), Uuid::from_u128(0xA10));
    let file = json!([
        shelter(0xA00, "Albergue Uno (test)", "Calle Visible 1"),
        shelter(0xA10, "Albergue Dos (test)", "Calle Visible 2"),
        foreign_service(0xA20, "Oficina Legal (test)", "2222-2222", "Calle Legal 3"),
    ]);
    // A dry run lists both shelters (not the legal office), by the ids an import will give them, and warns.
    let dry = upload_json(&w.app, &w.admin, &file, "?dry_run=true").await;
    assert_eq!(dry.status, 200, "{}", dry.text);
    let listed: BTreeSet<(String, String)> =
        ruta_tests::pairs_of(&dry.json["shelters_with_address"], "id", "name")
            .into_iter()
            .collect();
    assert_eq!(
        listed,
        BTreeSet::from([
            (one.to_string(), "Albergue Uno (test)".to_owned()),
            (two.to_string(), "Albergue Dos (test)".to_owned()),
        ])
    );
    has_issue(
        &report_of(&dry),
        "service",
        Outcome::Warning,
        "shown to the public",
    );

    // Imported choosing the first: its address is never public; the other's is, as the person chose.
    let chosen = upload_json(&w.app, &w.admin, &file, &format!("?confidential_shelters={one}")).await;
    assert_eq!(chosen.status, 201, "{}", chosen.text);
    has_issue(
        &report_of(&chosen),
        "service",
        Outcome::Fixed,
        "made confidential",
    );
    assert!(services_of(&w.app)[&one].confidential);
    assert!(!services_of(&w.app)[&two].confidential);
    let public = w.app.get(&format!("/api/v1/services/{one}")).await;
    assert!(!public.text.contains("Calle Visible 1"), "{}", public.text);
    let public = w.app.get(&format!("/api/v1/services/{two}")).await;
    assert!(public.text.contains("Calle Visible 2"), "{}", public.text);

    // `all` takes every one; once confidential, a shelter stays so and is no longer listed.
    let all = upload_json(&w.app, &w.admin, &file, "?confidential_shelters=all").await;
    assert_eq!(all.status, 201, "{}", all.text);
    assert!(services_of(&w.app)[&two].confidential);
    let again = upload_json(&w.app, &w.admin, &file, "?dry_run=true").await;
    assert_eq!(again.json["shelters_with_address"], json!([]));

    let bad = upload_json(
        &w.app,
        &w.admin,
        &file,
        "?dry_run=true&confidential_shelters=some",
    )
    .await;
    bad.refused(400, "confidential_shelters");
}

// ---------------------------------------------------------------------------------------------------------------
// Any input: a report or a 422, never a panic

/// Reads and maps bytes as an upload would, against an empty directory.
fn plan_of(bytes: &[u8], name: &str) -> Option<import::Plan> {
    let reference = ruta_tests::reference();
    let options = import::ImportOptions {
        source: "test".into(),
        now: now(),
        dry_run: true,
        ..import::ImportOptions::default()
    };
    let mut report = Report::new("test", true);
    let input = import::read_bytes(bytes, name, import::LIMITS, &mut report).ok()?;
    let known = import::KnownRecords::default();
    Some(import::plan(
        input,
        report,
        import::Context {
            countries: &reference.countries,
            gazetteer: &reference.gazetteer,
            known: &known,
            options: &options,
            progress: &import::Silent,
        },
    ))
}

#[test]
fn a_2_0_package_reads_its_attributes_schedules_and_physical_addresses() {
    let file = |name: &str, text: &str| (name.to_owned(), text.as_bytes().to_vec());
    let zip = zip_of(
        &[
            file("organizations.csv", "id,name\no1,Red Brasileña (test)\n"),
            file(
                "services.csv",
                "id,organization_id,name,status\ns1,o1,Casa Abrigo (test),active\n",
            ),
            file(
                "locations.csv",
                "id,name,latitude,longitude\nl1,Sede,-23.55,-46.63\n",
            ),
            file(
                "services_at_location.csv",
                "id,service_id,location_id\nsl1,s1,l1\n",
            ),
            file(
                "physical_addresses.csv",
                "id,location_id,address_1,city,state_province,country\na1,l1,Rua Fictícia 1,São Paulo,SP,BR\n",
            ),
            file(
                "taxonomy_terms.csv",
                "id,term,taxonomy\nt1,Abrigo para mulheres,Local\n",
            ),
            file(
                "service_attributes.csv",
                "id,service_id,taxonomy_term_id\nat1,s1,t1\n",
            ),
            file(
                "schedules.csv",
                "id,service_id,freq,byday,opens_at,closes_at\nh1,s1,WEEKLY,\"MO,WE\",08:00,18:00\nh2,s1,MONTHLY,1MO,08:00,09:00\n",
            ),
            file("languages.csv", "id,service_id,language\ng1,s1,Português\n"),
        ],
        zip::CompressionMethod::Deflated,
    );
    let plan = plan_of(&zip, "upload.zip").unwrap();
    let summary = plan.report.summary(40);
    assert_eq!(plan.report.format, "HSDS 2.0 CSV", "{summary}");
    let [service] = plan.services.as_slice() else {
        panic!("{summary}");
    };
    assert_eq!(service.kinds, [api_types::ServiceKind::Shelter], "{summary}");
    assert_eq!(service.populations, [api_types::Population::Women]);
    assert_eq!(
        service.names["pt"], "Casa Abrigo (test)",
        "Brazil's directories write in Portuguese"
    );
    assert_eq!(service.languages[0].as_str(), "pt");
    let hours = service.hours.as_ref().unwrap().to_wire();
    assert_eq!(hours.timezone, "America/Sao_Paulo");
    assert_eq!(
        hours.intervals.len(),
        2,
        "Monday and Wednesday; the monthly row is left out"
    );
    has_issue(&plan.report, "schedule", Outcome::Skipped, "only weekly hours");
    let location = service.location().unwrap();
    assert_eq!(location.locality.as_deref(), Some("São Paulo"));
    assert_eq!(location.country.as_str(), "BR");
}

/// Reads and maps bytes as an upload would, against an empty directory; true when it was readable.
fn plan_bytes(bytes: &[u8], name: &str) -> bool {
    plan_of(bytes, name)
        .inspect(|p| drop(p.report.summary(10)))
        .is_some()
}

mod never_panics {
    use proptest::prelude::*;

    use super::*;

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[0-9.,:apmAPM -]{0,12}",
            Just("Ã©Ã±".to_owned()),
            Just("99999999999999999999".to_owned()),
            Just("-0".to_owned()),
            Just("NaN".to_owned()),
            Just("1e308".to_owned()),
            Just("+".to_owned()),
            Just("MO,XX,99".to_owned()),
            Just("{\"type\":\"Polygon\",\"coordinates\":[[[1e400]]]}".to_owned()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 64,
            rng_seed: proptest::test_runner::RngSeed::Fixed(20261130),
            ..ProptestConfig::default()
        })]

        /// Any cell of the 1.1 package replaced by anything.
        #[test]
        fn a_package_with_any_cells_is_reported_not_panicked_on(
            picks in proptest::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), cell()), 1..12)
        ) {
            let mut files = files_of(&defects_dir());
            for (file, at, value) in picks {
                let n = files.len();
                let (_, bytes) = &mut files[file.index(n)];
                let text = String::from_utf8_lossy(bytes).into_owned();
                let mut cells: Vec<String> = text.split(',').map(str::to_owned).collect();
                let i = at.index(cells.len());
                cells[i] = format!("\"{}\"", value.replace('"', "\"\""));
                *bytes = cells.join(",").into_bytes();
            }
            let zip = zip_of(&files, zip::CompressionMethod::Deflated);
            plan_bytes(&zip, "upload.zip");
        }

        /// The official example, cut and with bytes changed.
        #[test]
        fn damaged_json_is_reported_not_panicked_on(
            cut in any::<prop::sample::Index>(),
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6)
        ) {
            let mut bytes = std::fs::read(fixtures().join("v3.0/examples/service_full.json")).unwrap();
            for (at, byte) in flips {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            let keep = cut.index(bytes.len()).max(1);
            plan_bytes(&bytes, "upload.json");
            plan_bytes(&bytes[..keep], "upload.json");
        }

        /// Any JSON value in any field of the example.
        #[test]
        fn any_value_in_any_field_is_reported_not_panicked_on(
            field in any::<prop::sample::Index>(),
            value in prop_oneof![
                any::<String>().prop_map(Value::from),
                any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
                any::<i64>().prop_map(Value::from),
                any::<bool>().prop_map(Value::from),
                Just(json!([])),
                Just(json!({})),
                Just(json!([null, 1, "x"])),
            ]
        ) {
            let text = std::fs::read_to_string(fixtures().join("v3.0/examples/service_full.json")).unwrap();
            let mut service: Value = serde_json::from_str(&text).unwrap();
            let keys: Vec<String> = service.as_object().unwrap().keys().cloned().collect();
            let key = &keys[field.index(keys.len())];
            service[key] = value.clone();
            // And the same value in every nested object's same-index field.
            if let Some(phones) = service["phones"].as_array_mut() {
                for phone in phones {
                    phone["number"] = value.clone();
                }
            }
            assert!(plan_bytes(&serde_json::to_vec(&service).unwrap(), "upload.json"));
        }
    }
}

#[tokio::test]
async fn the_import_is_in_the_openapi_document() {
    let (app, _) = empty_with_admin().await;
    let answer = app.get("/api/v1/openapi.json").await;
    let operation = &answer.json["paths"]["/api/v1/manage/import"]["post"];
    assert_eq!(operation["operationId"], "manage_import_hsds");
    assert!(operation["responses"]["201"].is_object());
    assert!(operation["responses"]["422"].is_object());
}

/// A data package as published: `datapackage.json` at the top, its CSV files under `data/` where its resource
/// paths say. The folder itself is what a person points `ruta import` at.
#[tokio::test]
async fn a_data_package_folder_is_read_where_its_descriptor_says() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(
        dir.path().join("datapackage.json"),
        r#"{"name": "demo", "version": "3.0", "resources": [
            {"name": "organization", "path": "data/organizations.csv"},
            {"name": "service", "path": "data/services.csv"},
            {"name": "location", "path": "data/locations.csv"},
            {"name": "service_at_location", "path": "data/service_at_locations.csv"},
            {"name": "outside", "path": "../elsewhere.csv"}]}"#,
    )
    .unwrap();
    for (file, text) in [
        (
            "locations.csv",
            "id,organization_id,name,latitude,longitude\nl1,o1,Oficina (demo),14.634,-90.507\n",
        ),
        (
            "service_at_locations.csv",
            "id,service_id,location_id\nsl1,s1,l1\n",
        ),
        ("organizations.csv", "id,name\no1,Organización de prueba (demo)\n"),
        (
            "services.csv",
            "id,organization_id,name\ns1,o1,Servicio de prueba (demo)\n",
        ),
    ] {
        std::fs::write(dir.path().join("data").join(file), text).unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let choices = import::CliChoices {
        source: Some("package".into()),
        dry_run: true,
        ..import::CliChoices::default()
    };
    let report = import::run_cli(
        dir.path(),
        Location::Embedded(data.path()),
        &choices,
        Arc::new(FixedClock(now())),
    )
    .await
    .unwrap();
    assert_eq!(report.format, "HSDS 3.0 CSV");
    assert_eq!(report.services.created, 1, "{}", report.summary(5));
    assert_eq!(report.organizations.created, 1, "{}", report.summary(5));
}
