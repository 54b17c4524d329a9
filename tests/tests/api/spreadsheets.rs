//! Issue 15: the directories NGOs keep in spreadsheets come in through the same import — `.xlsx`, `.ods` and
//! `.csv` in Ruta's one-row-per-service-at-a-location template, with Spanish, Portuguese or French headers — with
//! the same report, dry run and confidentiality prompt; the template downloads from the import screen's API in
//! the language asked for. Fixtures: `tests/fixtures/spreadsheets` (written by its `make.py`; every name and
//! number fictional).

use std::collections::BTreeMap;

use api_types::{Cost, CountryCode, DeliveryMode, PhoneChannel, Population, ServiceKind, Weekday};
use ruta_server::domain::Service;
use ruta_server::domain::text::{fallback_chain, pick};
use ruta_server::hsds::import::{ImportReport, Outcome, Report};
use ruta_tests::{Answer, TestApp, assert_contains, workspace};

use crate::import::{dry_run, empty_with_admin, import_file, upload};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(workspace().join("tests/fixtures/spreadsheets").join(name)).unwrap()
}

fn report_of(answer: &Answer) -> ImportReport {
    serde_json::from_value(answer.json.clone()).unwrap_or_else(|e| panic!("{e}: {}", answer.text))
}

/// The directory's services by their name (in whatever language they came).
fn by_name(app: &TestApp) -> BTreeMap<String, Service> {
    app.state
        .directory()
        .entries()
        .map(|e| {
            let name = pick(&e.service.names, &fallback_chain(None)).map(|(_, t)| t.to_owned());
            (name.unwrap_or_default(), (*e.service).clone())
        })
        .collect()
}

/// The opening intervals of a service as (day, opens, closes).
fn hours(service: &Service) -> Vec<(Weekday, String, String)> {
    service
        .hours
        .as_ref()
        .map(|h| {
            h.to_wire()
                .intervals
                .iter()
                .map(|i| (i.day, i.opens.clone(), i.closes.clone()))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_spanish_workbook_imports_with_a_report_a_dry_run_and_the_shelter_prompt() {
    let (app, cookie) = empty_with_admin().await;
    let dry = dry_run(&app, &cookie, fixture("directorio.xlsx"), XLSX).await;
    let report = report_of(&dry);
    // Three rows, two services: the shelter's second row is the same service at another place.
    assert_eq!(report.services.created, 2, "{}", dry.text);
    assert!(
        app.state.directory().entries().next().is_none(),
        "a dry run writes nothing"
    );
    // The sheet of instructions is passed over, and the report says which sheet was read.
    assert!(
        report
            .issues
            .iter()
            .any(|i| i.outcome == Outcome::Warning && i.message.contains("'Servicios'")),
        "{}",
        dry.text
    );
    // A shelter that arrives with its street address is listed before anything is published.
    assert_eq!(report.shelters_with_address.len(), 1, "{}", dry.text);

    let answer = upload(
        &app,
        Some(&cookie),
        fixture("directorio.xlsx"),
        XLSX,
        "?dry_run=false&confidential_shelters=all",
    )
    .await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let services = by_name(&app);
    let shelter = &services["Albergue temporal (ejemplo)"];
    assert!(
        shelter.confidential,
        "the shelter was made confidential as chosen"
    );
    assert_eq!(shelter.kinds, vec![ServiceKind::Shelter]);
    assert_contains(&shelter.populations, &Population::Women);
    assert_contains(&shelter.populations, &Population::Children);
    let languages: Vec<&str> = shelter.languages.iter().map(|l| l.as_str()).collect();
    assert_eq!(languages, ["es", "quc"]);
    assert_eq!(shelter.country, CountryCode::parse("GT").unwrap());
    assert_eq!(shelter.cost, Cost::Free);
    let opening = hours(shelter);
    assert_contains(&opening, &(Weekday::Mon, "08:00".into(), "17:00".into()));
    assert_contains(&opening, &(Weekday::Sat, "09:00".into(), "13:00".into()));
    assert!(
        !opening.iter().any(|(day, ..)| *day == Weekday::Sun),
        "{opening:?}"
    );
    let place = shelter.location().unwrap();
    assert_eq!(place.locality.as_deref(), Some("Quetzaltenango"));

    let legal = &services["Orientación legal (ejemplo)"];
    assert_eq!(legal.kinds, vec![ServiceKind::Legal]);
    assert_contains(&legal.populations, &Population::Migrants);
    assert_contains(&legal.delivery, &DeliveryMode::Phone);
    assert_contains(&legal.delivery, &DeliveryMode::InPerson);
    assert!(
        legal
            .phones
            .iter()
            .any(|p| p.channels.contains(&PhoneChannel::Whatsapp) && p.number.as_str() == "+50222220001"),
        "{:?}",
        legal.phones
    );
    let point = legal.location().unwrap().point;
    assert!(
        (point.lat() - 14.6349).abs() < 1e-6 && (point.lon() + 90.5069).abs() < 1e-6,
        "{point:?}"
    );

    // Found by a survivor searching from the capital.
    let near = app
        .get("/api/v1/search?lat=14.63&lon=-90.51&radius_m=20000")
        .await;
    assert_eq!(near.status, 200, "{}", near.text);
    assert!(near.text.contains("Orientación legal (ejemplo)"), "{}", near.text);
}

#[tokio::test]
async fn portuguese_ods_and_french_csv_with_semicolons_import_alike() {
    let (app, cookie) = empty_with_admin().await;
    import_file(&app, &cookie, fixture("diretorio.ods"), ODS).await;
    import_file(&app, &cookie, fixture("repertoire.csv"), "text/csv").await;
    let services = by_name(&app);

    let brazil = &services["Atendimento psicossocial (exemplo)"];
    assert_eq!(brazil.kinds, vec![ServiceKind::Psychosocial]);
    assert_eq!(brazil.country, CountryCode::parse("BR").unwrap());
    let languages: Vec<&str> = brazil.languages.iter().map(|l| l.as_str()).collect();
    assert_eq!(languages, ["pt", "es"]);
    assert!(
        hours(brazil).contains(&(Weekday::Fri, "09:00".into(), "18:00".into())),
        "{:?}",
        hours(brazil)
    );

    let haiti = &services["Aide juridique (exemple)"];
    assert_eq!(haiti.kinds, vec![ServiceKind::Legal]);
    assert_eq!(haiti.country, CountryCode::parse("HT").unwrap());
    assert_contains(&haiti.populations, &Population::Migrants);
    let languages: Vec<&str> = haiti.languages.iter().map(|l| l.as_str()).collect();
    assert_eq!(languages, ["fr", "ht"]);
    assert_eq!(haiti.phones.len(), 1, "{:?}", haiti.phones);
}

#[tokio::test]
async fn the_template_downloads_in_the_language_asked_and_comes_back_filled_in() {
    let (app, cookie) = empty_with_admin().await;
    let anonymous = app.get("/api/v1/manage/import/template?lang=pt").await;
    assert_eq!(anonymous.status, 401, "{}", anonymous.text);
    let template = app
        .get_as(&cookie, "/api/v1/manage/import/template?lang=pt")
        .await;
    assert_eq!(template.status, 200, "{}", template.text);
    assert!(
        template.header("content-type").starts_with("text/csv"),
        "{:?}",
        template.headers
    );
    assert!(
        template
            .header("content-disposition")
            .contains("ruta-import-pt.csv")
    );
    let header = template.text.trim_start_matches('\u{feff}').trim().to_owned();
    assert!(header.starts_with("Organização,Serviço,Descrição,"), "{header}");

    // One row under the downloaded header, as a person fills it in a spreadsheet program.
    let columns: Vec<&str> = header.split(',').collect();
    let cell = |column: &str| match column {
        "Organização" => "Casa Aberta (exemplo)",
        "Serviço" => "Linha de ajuda (exemplo)",
        "Tipo de serviço" => "linha de ajuda",
        "Cidade" => "Manaus",
        "País" => "BR",
        "Horário" => "todos os dias 0:00-24:00",
        _ => "",
    };
    let row: Vec<&str> = columns.iter().map(|c| cell(c)).collect();
    let filled = format!("{}\n{}\n", template.text.trim_end(), row.join(","));
    import_file(&app, &cookie, filled.into_bytes(), "text/csv").await;
    let services = by_name(&app);
    let line = &services["Linha de ajuda (exemplo)"];
    assert_eq!(line.kinds, vec![ServiceKind::Hotline]);
    assert_eq!(
        line.location().and_then(|l| l.locality.as_deref()),
        Some("Manaus")
    );

    // A CSV that is neither an HSDS table nor the template is refused, naming the fix.
    let other = upload(
        &app,
        Some(&cookie),
        b"a,b\n1,2\n".to_vec(),
        "text/csv",
        "?dry_run=true",
    )
    .await;
    assert_eq!(other.status, 422, "{}", other.text);
    assert!(other.text.contains("template"), "{}", other.text);
}

#[test]
fn the_command_line_reads_a_workbook_by_its_name() {
    use ruta_server::hsds::import::{Input, LIMITS, read_path};
    let path = workspace().join("tests/fixtures/spreadsheets/directorio.xlsx");
    let mut report = Report::new("t", true);
    let Ok(Input::Json(services)) = read_path(&path, LIMITS, &mut report) else {
        panic!("the workbook is read as services");
    };
    assert_eq!(services.as_array().map(Vec::len), Some(2), "{services}");
}

#[tokio::test]
async fn a_workbook_that_is_a_zip_bomb_is_refused_before_it_is_read() {
    let (app, cookie) = empty_with_admin().await;
    // A workbook whose one sheet inflates 60 MB of zeros from a few kilobytes.
    let sheet = vec![b'0'; 60 * 1024 * 1024];
    let files = vec![
        ("xl/workbook.xml".to_owned(), b"<workbook/>".to_vec()),
        ("xl/worksheets/sheet1.xml".to_owned(), sheet),
    ];
    let bomb = crate::import::zip_of(&files, zip::CompressionMethod::Deflated);
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    let answer = upload(&app, Some(&cookie), bomb, XLSX, "?dry_run=true").await;
    answer.refused(413, "body");
}
