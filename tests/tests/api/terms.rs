//! Issue 15, "taxonomy mapping": other directories' terms (Open Eligibility, AIRS/211, Ohana keywords) map to
//! Ruta's kinds, populations and delivery modes by their code or exact name in Ruta's built-in table before any
//! keyword guess; a directory's own table (`ruta import --terms`) maps its local terms and wins over the built-in
//! rows; a dry run says what every term became. Fixture: `tests/fixtures/hsds/terms/`.

use std::sync::Arc;

use api_types::{DeliveryMode, Population, ServiceKind};
use ruta_server::clock::FixedClock;
use ruta_server::hsds::import::map::term_table::TermTable;
use ruta_server::hsds::import::{self, ImportReport, Outcome, Summary as _};
use ruta_server::storage::{DirectoryStore, Location, SqliteStore};
use ruta_tests::{assert_contains, now, workspace};

use crate::hsds::{export_zip_bytes, unzip};
use crate::import::group;

fn fixture(name: &str) -> std::path::PathBuf {
    workspace().join("tests/fixtures/hsds/terms").join(name)
}

/// The kinds `local-terms.csv` maps the halfway house's "Reintegración" to.
const LOCAL_TABLE_KINDS: [ServiceKind; 3] = [
    ServiceKind::Shelter,
    ServiceKind::EmploymentTraining,
    ServiceKind::Psychosocial,
];

async fn import_with(terms: Option<TermTable>) -> (ImportReport, Vec<ruta_server::domain::Service>) {
    let data = tempfile::tempdir().unwrap();
    import_into(data.path(), terms).await
}

/// `ruta import` of the fixture into the data directory `data`, and what the directory then holds.
async fn import_into(
    data: &std::path::Path,
    terms: Option<TermTable>,
) -> (ImportReport, Vec<ruta_server::domain::Service>) {
    let choices = import::CliChoices {
        source: Some("terms".to_owned()),
        terms: terms.map(Arc::new),
        ..import::CliChoices::default()
    };
    let report = import::run_cli(
        &fixture("services.json"),
        Location::Embedded(data),
        &choices,
        Arc::new(FixedClock(now())),
    )
    .await
    .unwrap();
    let store = SqliteStore::open(data).await.unwrap();
    let (_, services) = store.load_directory().await.unwrap();
    (report, services)
}

fn named<'a>(services: &'a [ruta_server::domain::Service], name: &str) -> &'a ruta_server::domain::Service {
    services
        .iter()
        .find(|s| s.names.values().any(|n| n == name))
        .unwrap_or_else(|| panic!("{name} imported"))
}

/// Whether the report says it fixed something in these words (a term mapped, and by which table).
fn says(report: &ImportReport, words: &str) -> bool {
    group(report, Outcome::Fixed, words).is_some()
}

#[tokio::test]
async fn other_taxonomies_terms_map_by_code_and_name_and_the_report_says_to_what() {
    let (report, services) = import_with(None).await;
    let summary = report.summary(50);
    // "Pantries" alone names nothing a keyword knows; its AIRS code does. A local term nobody's table knows stays
    // unknown (reported), Ohana's "Group Support" maps by name. Words real 211 exports use: paying rent and
    // sheltering animals are not shelters.
    for (name, kind) in [
        ("Albergue San José (test)", ServiceKind::Shelter),
        ("Banco de alimentos (test)", ServiceKind::FoodClothing),
        ("Casa de medio camino (test)", ServiceKind::Psychosocial),
        ("Ayuda con la renta (test)", ServiceKind::FinancialAid),
        ("Refugio de mascotas (test)", ServiceKind::Other),
    ] {
        assert_eq!(named(&services, name).kinds, [kind], "{name}: {summary}");
    }
    for words in [
        "term 'Emergency Shelter' of taxonomy 'Open Eligibility': shelter by Ruta's table",
        "'Pantries' of taxonomy 'AIRS/211 LA County': food_clothing by Ruta's table",
    ] {
        assert!(says(&report, words), "{words}: {summary}");
    }
    assert!(
        group(&report, Outcome::Skipped, "'Reintegración'").is_some(),
        "{summary}"
    );
    // Trafficking in general is every form of it.
    let survivors = named(&services, "Acompañamiento a sobrevivientes (test)");
    for form in [
        Population::SexualExploitation,
        Population::LabourExploitation,
        Population::OtherExploitation,
    ] {
        assert_contains(&survivors.populations, &form);
    }
}

#[tokio::test]
async fn a_directorys_own_table_maps_its_terms_and_wins_over_rutas() {
    let text = std::fs::read_to_string(fixture("local-terms.csv")).unwrap();
    let table = TermTable::parse(&text, "the import's table").unwrap();
    let (report, services) = import_with(Some(table)).await;
    let summary = report.summary(50);
    let local = named(&services, "Casa de medio camino (test)");
    assert_eq!(local.kinds, LOCAL_TABLE_KINDS, "{summary}");
    assert_eq!(local.populations, [Population::SexualExploitation]);
    assert!(local.delivery.contains(&DeliveryMode::InPerson));
    let shelter = named(&services, "Albergue San José (test)");
    assert_eq!(shelter.populations, [Population::Women], "the import's row wins");
    assert!(
        says(
            &report,
            "'Reintegración' of taxonomy 'Red local': shelter, employment_training, sexual_exploitation, in_person \
             by the import's table"
        ),
        "{summary}"
    );
}

/// On the staff import screen (the same upload): a zip with the directory's file and its own table as
/// `ruta_terms.csv`; a dry run shows what the table does before anything is written, and a wrong table is
/// refused naming the file, the line and the column.
#[tokio::test]
async fn a_packages_own_table_shows_its_effect_in_a_dry_run_and_a_wrong_one_is_named() {
    use crate::import::{dry_run, empty_with_admin, upload, zip_of};
    let (app, cookie) = empty_with_admin().await;
    let file = |name: &str| std::fs::read(fixture(name)).unwrap();
    let package = zip_of(
        &[
            ("services.json".to_owned(), file("services.json")),
            ("ruta_terms.csv".to_owned(), file("local-terms.csv")),
        ],
        zip::CompressionMethod::Deflated,
    );
    let answer = dry_run(&app, &cookie, package, "application/zip").await;
    assert!(
        answer
            .text
            .contains("'Reintegración' of taxonomy 'Red local': shelter, employment_training, sexual_exploitation, in_person by the package's table"),
        "{}",
        answer.text
    );
    assert!(app.state.directory().is_empty(), "a dry run writes nothing");

    let wrong = "taxonomy,code,term,kinds,populations,delivery\nred_local,RED-07,Reintegración,albergue,,\n";
    let package = zip_of(
        &[
            ("services.json".to_owned(), file("services.json")),
            ("ruta_terms.csv".to_owned(), wrong.as_bytes().to_vec()),
        ],
        zip::CompressionMethod::Deflated,
    );
    let answer = upload(&app, Some(&cookie), package, "application/zip", "?dry_run=true").await;
    assert_eq!(answer.status, 422, "{}", answer.text);
    let message = answer.error_message();
    assert!(
        message.contains("ruta_terms.csv")
            && message.contains("line 2, column kinds")
            && message.contains("'albergue'"),
        "{}",
        answer.text
    );
}

const SHELTER: &str = "3e1f6a20-5b7c-4d8e-9f01-2a3b4c5d6e01";
const HALFWAY: &str = "3e1f6a20-5b7c-4d8e-9f01-2a3b4c5d6e03";

/// The fixture imported on the staff screen of an empty instance, and its admin's cookie.
async fn imported() -> (ruta_tests::TestApp, String) {
    use crate::import::{empty_with_admin, import_file};
    let (app, cookie) = empty_with_admin().await;
    let file = std::fs::read(fixture("services.json")).unwrap();
    import_file(&app, &cookie, file, "application/json").await;
    (app, cookie)
}

/// The `source` attributes of an exported service, as (taxonomy, code, name, term id).
fn source_attributes(service: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    service["attributes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["link_type"] == "source")
        .map(|a| {
            let t = &a["taxonomy_term"];
            (
                text(&t["taxonomy"]),
                text(&t["code"]),
                text(&t["name"]),
                text(&a["taxonomy_term_id"]),
            )
        })
        .collect()
}

/// "Source terms kept and exported": whatever Ruta mapped a term to (or nothing, for a local term no table
/// knows), the term itself stays with the service, staff see it, an edit keeps it, and the HSDS export gives it
/// back as an attribute whose term and taxonomy the taxonomy lists and the `taxonomy_term_id` filter know.
#[tokio::test]
async fn the_terms_a_directory_gave_are_kept_shown_to_staff_and_exported_back() {
    let (app, cookie) = imported().await;
    let path = format!("/api/v1/manage/services/{SHELTER}");
    let record = app.get_as(&cookie, &path).await;
    let kept = &record.json["source_terms"];
    assert_eq!(kept.as_array().map(Vec::len), Some(1), "{}", record.text);
    assert_eq!(
        (&kept[0]["taxonomy"], &kept[0]["code"], &kept[0]["name"]),
        (
            &serde_json::json!("Open Eligibility"),
            &serde_json::json!("101-04"),
            &serde_json::json!("Emergency Shelter")
        ),
        "{}",
        record.text
    );
    let halfway = app
        .get_as(&cookie, &format!("/api/v1/manage/services/{HALFWAY}"))
        .await;
    let names: Vec<&str> = halfway.json["source_terms"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Reintegración", "Group Support"],
        "a term no table knows is kept too"
    );

    // An editor's save keeps them (they are not part of what an editor sends).
    let input = ruta_tests::input_of(&record.json, &[]);
    let saved = app
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["source_terms"], record.json["source_terms"]);

    let exported = app.get(&format!("/hsds/services/{SHELTER}")).await.json;
    let source = source_attributes(&exported);
    assert_eq!(source.len(), 1, "{exported}");
    let (taxonomy, code, name, term_id) = &source[0];
    assert_eq!(
        (taxonomy.as_str(), code.as_str(), name.as_str()),
        ("Open Eligibility", "101-04", "Emergency Shelter")
    );
    assert!(
        exported["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["link_type"] == "kind" && a["taxonomy_term"]["code"] == "shelter"),
        "Ruta's own term is exported beside it"
    );
    let term = app.get(&format!("/hsds/taxonomy_terms/{term_id}")).await;
    assert_eq!(term.status, 200, "{}", term.text);
    assert_eq!(term.json["name"], "Emergency Shelter");
    let taxonomy_id = term.json["taxonomy_id"].as_str().unwrap().to_owned();
    let taxonomy = app.get(&format!("/hsds/taxonomies/{taxonomy_id}")).await;
    assert_eq!(taxonomy.json["name"], "Open Eligibility", "{}", taxonomy.text);
    let listed = app.get("/hsds/taxonomy_terms?per_page=100").await.json;
    assert!(
        listed["contents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "Reintegración" && t["taxonomy"] == "Red local"),
        "{listed}"
    );
    let found = app
        .get(&format!("/hsds/services?taxonomy_term_id={term_id}"))
        .await
        .json;
    let ids: Vec<&str> = found["contents"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(ids, [SHELTER]);
    let by_taxonomy = app
        .get(&format!("/hsds/services?taxonomy_id={taxonomy_id}"))
        .await
        .json;
    assert_eq!(by_taxonomy["total_items"], 1, "{by_taxonomy}");
}

/// Round trip: the export imported into an empty instance exports the same terms, in JSON and in the CSV
/// package; and since a Ruta export carries Ruta's own terms, they are what the second instance believes: an
/// editor who took "shelter" off is not overruled by the source term that first mapped to it.
#[tokio::test]
async fn source_terms_round_trip_and_do_not_overrule_an_editors_kinds() {
    use crate::import::{empty_with_admin, import_file, upload_json};
    let (first, cookie) = imported().await;
    let path = format!("/api/v1/manage/services/{SHELTER}");
    let record = first.get_as(&cookie, &path).await.json;
    let mut input = ruta_tests::input_of(&record, &[]);
    input["kinds"] = serde_json::json!(["legal"]);
    let saved = first
        .put_current(&path, &path, &input, &[("cookie", cookie.as_str())])
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text);

    let exported = first.get("/hsds/services?full=true&per_page=100").await.json;
    let (second, admin) = empty_with_admin().await;
    let answer = upload_json(&second, &admin, &exported["contents"], "?dry_run=false").await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let again = second.get("/hsds/services?full=true&per_page=100").await.json;
    for (a, b) in exported["contents"]
        .as_array()
        .unwrap()
        .iter()
        .zip(again["contents"].as_array().unwrap())
    {
        assert_eq!(a["attributes"], b["attributes"], "{}", a["name"]);
        assert!(!source_attributes(b).is_empty(), "{}", b["name"]);
    }
    let kinds = second.get_as(&admin, &path).await.json["kinds"].clone();
    assert_eq!(kinds, serde_json::json!(["legal"]));

    let package = export_zip_bytes(&first).await;
    let (third, admin) = empty_with_admin().await;
    import_file(&third, &admin, package.clone(), "application/zip").await;
    let files = |bytes: &[u8]| {
        let files = unzip(bytes);
        ["taxonomies.csv", "taxonomy_terms.csv", "attributes.csv"].map(|name| files[name].clone())
    };
    let (before, after) = (files(&package), files(&export_zip_bytes(&third).await));
    assert!(
        before[1].contains("Emergency Shelter") && before[0].contains("Red local"),
        "{}",
        before[1]
    );
    assert_eq!(before, after);
}

/// "Admins upload/adjust a mapping table and see its effect in a dry run": the table an admin keeps on the
/// server is checked cell by cell before it is saved (nothing is saved when one is wrong), audited, given back
/// as CSV to edit, and used by every later import — the staff screen's and `ruta import`'s — after the file's
/// own table and before Ruta's.
#[tokio::test]
async fn an_admin_keeps_a_term_table_on_the_server_and_every_import_uses_it() {
    use crate::import::{dry_run, empty_with_admin};
    let (app, cookie) = empty_with_admin().await;
    let csv = |answer: &ruta_tests::Answer| answer.header("content-type").starts_with("text/csv");
    let none = app.get_as(&cookie, "/api/v1/admin/terms").await;
    assert_eq!(none.json["rows"], 0, "{}", none.text);
    assert_eq!(
        none.json["built_in_rows"].as_u64(),
        Some(TermTable::built_in().len() as u64)
    );
    let built_in = app
        .send(
            "GET",
            "/api/v1/admin/terms/built_in",
            None,
            &[("cookie", cookie.as_str())],
        )
        .await;
    assert!(csv(&built_in), "{:?}", built_in.headers);
    assert_eq!(built_in.text, TermTable::built_in_csv());

    // A wrong cell is named by line and column; nothing is saved.
    let wrong = "taxonomy,code,term,kinds,populations,delivery\nred_local,RED-07,Reintegración,shelter,,\nred_local,,Casa,albergue,,\n";
    let put = |cookie: String, csv: &str| {
        let body = serde_json::json!({ "csv": csv });
        let app = &app;
        async move {
            app.send(
                "PUT",
                "/api/v1/admin/terms",
                Some(&body),
                &[("cookie", cookie.as_str())],
            )
            .await
        }
    };
    let refused = put(cookie.clone(), wrong).await;
    assert!(
        refused.refused(422, "csv[3].kinds").contains("'albergue'"),
        "{}",
        refused.text
    );
    let long = format!(
        "taxonomy,code,term,kinds,populations,delivery\n{}",
        "local,,Término largo de prueba,shelter,,\n".repeat(4_900)
    );
    let too_long = put(cookie.clone(), &long).await;
    too_long.refused(422, "csv");
    assert_eq!(app.get_as(&cookie, "/api/v1/admin/terms").await.json["rows"], 0);

    // An operator may not; an admin saves, and the table comes back as it was given.
    let editor = app
        .add_signed_in("operator", "operator@ruta.test", crate::import::PW, None)
        .await;
    let table = std::fs::read_to_string(fixture("local-terms.csv")).unwrap();
    let forbidden = put(editor, &table).await;
    assert_eq!(forbidden.status, 403, "{}", forbidden.text);
    let saved = put(cookie.clone(), &table).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let rows = TermTable::parse(&table, "t").unwrap().len() as u64;
    assert_eq!(saved.json["rows"].as_u64(), Some(rows));
    assert!(saved.json["updated_at"].is_string());
    let back = app
        .send(
            "GET",
            "/api/v1/admin/terms",
            None,
            &[("cookie", cookie.as_str()), ("accept", "text/csv")],
        )
        .await;
    assert!(csv(&back));
    assert_eq!(back.text, table);
    let audit = app.get_as(&cookie, "/api/v1/admin/audit?action=update").await;
    assert!(
        audit
            .json
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["entity"] == "term_table" && e["actor"] == "admin@ruta.test"),
        "{}",
        audit.text
    );

    // The staff screen's dry run shows its effect, and says whose table mapped the term.
    let file = std::fs::read(fixture("services.json")).unwrap();
    let answer = dry_run(&app, &cookie, file, "application/json").await;
    assert!(
        answer.text.contains(
            "'Reintegración' of taxonomy 'Red local': shelter, employment_training, sexual_exploitation, in_person \
             by this server's table"
        ),
        "{}",
        answer.text
    );
}

/// `ruta import` on the same data directory uses the kept table too.
#[tokio::test]
async fn the_command_line_import_uses_the_table_kept_on_the_server() {
    let data = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(data.path()).await.unwrap();
    let table = std::fs::read_to_string(fixture("local-terms.csv")).unwrap();
    let admin = ruta_server::domain::Actor {
        user_id: None,
        label: "cli".to_owned(),
    };
    ruta_server::hsds::import::kept_terms::save(&store, &admin, &table, now())
        .await
        .unwrap();
    drop(store);
    let (report, services) = import_into(data.path(), None).await;
    let local = named(&services, "Casa de medio camino (test)");
    assert_eq!(local.kinds, LOCAL_TABLE_KINDS, "{}", report.summary(50));
    assert!(says(&report, "by this server's table"), "{}", report.summary(50));
}
