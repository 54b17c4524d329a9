//! Issue 15, "taxonomy mapping": other directories' terms (Open Eligibility, AIRS/211, Ohana keywords) map to
//! Ruta's kinds, populations and delivery modes by their code or exact name in Ruta's built-in table before any
//! keyword guess; a directory's own table (`ruta import --terms`) maps its local terms and wins over the built-in
//! rows; a dry run says what every term became. Fixture: `tests/fixtures/hsds/terms/`.

use std::sync::Arc;

use api_types::{DeliveryMode, Population, ServiceKind};
use ruta_server::clock::FixedClock;
use ruta_server::hsds::import::map::term_table::TermTable;
use ruta_server::hsds::import::{self, Outcome, Report};
use ruta_server::storage::{DirectoryStore, Location, SqliteStore};
use ruta_tests::{now, workspace};

fn fixture(name: &str) -> std::path::PathBuf {
    workspace().join("tests/fixtures/hsds/terms").join(name)
}

async fn import_with(terms: Option<TermTable>) -> (Report, Vec<ruta_server::domain::Service>) {
    let data = tempfile::tempdir().unwrap();
    let choices = import::CliChoices {
        source: Some("terms".to_owned()),
        terms: terms.map(Arc::new),
        ..import::CliChoices::default()
    };
    let report = import::run_cli(
        &fixture("services.json"),
        Location::Embedded(data.path()),
        &choices,
        Arc::new(FixedClock(now())),
    )
    .await
    .unwrap();
    let store = SqliteStore::open(data.path()).await.unwrap();
    let (_, services) = store.load_directory().await.unwrap();
    (report, services)
}

fn named<'a>(services: &'a [ruta_server::domain::Service], name: &str) -> &'a ruta_server::domain::Service {
    services
        .iter()
        .find(|s| s.names.values().any(|n| n == name))
        .unwrap_or_else(|| panic!("{name} imported"))
}

fn says(report: &Report, words: &str) -> bool {
    report
        .groups
        .iter()
        .any(|g| g.outcome == Outcome::Fixed && g.message.contains(words))
}

#[tokio::test]
async fn other_taxonomies_terms_map_by_code_and_name_and_the_report_says_to_what() {
    let (report, services) = import_with(None).await;
    let summary = report.summary(50);
    let shelter = named(&services, "Albergue San José (test)");
    assert_eq!(shelter.kinds, [ServiceKind::Shelter], "{summary}");
    // "Pantries" alone names nothing a keyword knows; its AIRS code does.
    let food = named(&services, "Banco de alimentos (test)");
    assert_eq!(food.kinds, [ServiceKind::FoodClothing], "{summary}");
    // A local term nobody's table knows stays unknown (reported), Ohana's "Group Support" maps by name.
    let local = named(&services, "Casa de medio camino (test)");
    assert_eq!(local.kinds, [ServiceKind::Psychosocial], "{summary}");
    assert!(
        says(
            &report,
            "term 'Emergency Shelter' of taxonomy 'Open Eligibility': shelter by Ruta's table"
        ),
        "{summary}"
    );
    // Words real 211 exports use: trafficking in general is every form of it; paying rent and sheltering
    // animals are not shelters.
    let survivors = named(&services, "Acompañamiento a sobrevivientes (test)");
    for form in [
        Population::SexualExploitation,
        Population::LabourExploitation,
        Population::OtherExploitation,
    ] {
        assert!(
            survivors.populations.contains(&form),
            "{:?}",
            survivors.populations
        );
    }
    let rent = named(&services, "Ayuda con la renta (test)");
    assert_eq!(rent.kinds, [ServiceKind::FinancialAid], "{summary}");
    let pets = named(&services, "Refugio de mascotas (test)");
    assert_eq!(pets.kinds, [ServiceKind::Other], "{summary}");
    assert!(
        says(
            &report,
            "'Pantries' of taxonomy 'AIRS/211 LA County': food_clothing by Ruta's table"
        ),
        "{summary}"
    );
    assert!(
        report
            .groups
            .iter()
            .any(|g| g.outcome == Outcome::Skipped && g.message.contains("'Reintegración'")),
        "{summary}"
    );
}

#[tokio::test]
async fn a_directorys_own_table_maps_its_terms_and_wins_over_rutas() {
    let text = std::fs::read_to_string(fixture("local-terms.csv")).unwrap();
    let table = TermTable::parse(&text, "the import's table").unwrap();
    let (report, services) = import_with(Some(table)).await;
    let summary = report.summary(50);
    let local = named(&services, "Casa de medio camino (test)");
    assert_eq!(
        local.kinds,
        [
            ServiceKind::Shelter,
            ServiceKind::EmploymentTraining,
            ServiceKind::Psychosocial
        ],
        "{summary}"
    );
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
    use crate::import::{empty_with_admin, upload, zip_of};
    let (app, cookie) = empty_with_admin().await;
    let file = |name: &str| std::fs::read(fixture(name)).unwrap();
    let package = zip_of(
        &[
            ("services.json".to_owned(), file("services.json")),
            ("ruta_terms.csv".to_owned(), file("local-terms.csv")),
        ],
        zip::CompressionMethod::Deflated,
    );
    let answer = upload(&app, Some(&cookie), package, "application/zip", "?dry_run=true").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
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
    let message = answer.json["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("ruta_terms.csv")
            && message.contains("line 2, column kinds")
            && message.contains("'albergue'"),
        "{}",
        answer.text
    );
}
