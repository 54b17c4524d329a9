//! No upload can take the server's memory (issue 16): each of the import's limits is refused with a 413 naming
//! it, before the file is read whole; the report of a file with an issue on every row stays small and grouped;
//! and one import runs at a time. The memory itself is measured by `scripts/bench.sh import-memory`.

use std::fmt::Write as _;

use ruta_server::hsds::import::LIMITS;
use ruta_tests::{Answer, TestApp};
use uuid::Uuid;

use super::import::{empty_with_admin, upload, zip_of};

const ZIP: &str = "application/zip";

/// Text that does not compress much (hex of random UUIDs), `len` bytes long.
fn noise(len: usize) -> String {
    let mut text = String::with_capacity(len + 32);
    while text.len() < len {
        text.push_str(&Uuid::new_v4().simple().to_string());
    }
    text.truncate(len);
    text
}

fn zipped(name: &str, text: &str) -> Vec<u8> {
    zip_of(
        &[(name.to_owned(), text.as_bytes().to_vec())],
        zip::CompressionMethod::Deflated,
    )
}

/// A dry-run upload of one zipped CSV table.
async fn check_table(app: &TestApp, cookie: &str, file: &str, csv: &str) -> Answer {
    upload(app, Some(cookie), zipped(file, csv), ZIP, "?dry_run=true").await
}

/// The answer is a 413 whose message ends naming `limit`, and nothing was imported.
fn refused(answer: &Answer, limit: &str) {
    assert_eq!(answer.status, 413, "{}", answer.text);
    assert_eq!(
        answer.json["error"]["code"], "payload_too_large",
        "{}",
        answer.text
    );
    assert_eq!(answer.json["error"]["field"], "body", "{}", answer.text);
    let message = answer.error_message();
    assert!(message.ends_with(&format!("(limit: {limit})")), "{message}");
}

#[tokio::test]
async fn a_zip_bomb_is_refused_from_its_directory_before_it_is_inflated() {
    let (app, cookie) = empty_with_admin().await;
    // 40 MB of one short row over and over: a few tens of KB zipped.
    let bomb = format!("id,name\n{}", "1,a\n".repeat(10_000_000));
    let body = zipped("services.csv", &bomb);
    assert!(body.len() < 1024 * 1024, "{}", body.len());
    let answer = upload(&app, Some(&cookie), body, ZIP, "?dry_run=true").await;
    refused(&answer, "ratio");
    assert!(answer.text.contains("zip bomb"), "{}", answer.text);
}

#[tokio::test]
async fn more_rows_than_the_limit_are_refused_naming_the_row_limit() {
    let (app, cookie) = empty_with_admin().await;
    let rows = usize::try_from(LIMITS.rows).unwrap() + 1;
    let mut csv = String::from("id,name\n");
    for n in 0..rows {
        let _ = writeln!(csv, "{n},{}", noise(8));
    }
    let answer = check_table(&app, &cookie, "services.csv", &csv).await;
    refused(&answer, "rows");
    assert!(answer.text.contains("250000 rows"), "{}", answer.text);
}

#[tokio::test]
async fn an_endless_row_and_a_huge_cell_are_refused_as_they_are_read() {
    let (app, cookie) = empty_with_admin().await;
    // One row of 2 MB (over the 1 MB record limit), even when its line breaks are inside quotes.
    let long = format!("id,name\n1,\"{}\"\n", noise(2 * 1024 * 1024).replace('a', "\n"));
    let answer = upload(&app, Some(&cookie), zipped("services.csv", &long), ZIP, "").await;
    refused(&answer, "record");
    assert!(answer.text.contains("services.csv"), "{}", answer.text);
    // One cell of 100 KB in a short enough row.
    let cell = format!("id,name,description\n1,Casa,{}\n", noise(100 * 1024));
    let answer = upload(&app, Some(&cookie), zipped("services.csv", &cell), ZIP, "").await;
    refused(&answer, "field");
    assert!(answer.text.contains("description"), "{}", answer.text);
}

#[tokio::test]
async fn too_much_json_and_too_large_an_upload_are_refused() {
    let (app, cookie) = empty_with_admin().await;
    let json_limit = usize::try_from(LIMITS.json_bytes).unwrap();
    let json = format!("[{{\"name\": \"{}\"}}]", noise(json_limit));
    let answer = upload(&app, Some(&cookie), json.into_bytes(), "application/json", "").await;
    refused(&answer, "json");
    let upload_limit = usize::try_from(LIMITS.upload_bytes).unwrap();
    let answer = upload(&app, Some(&cookie), vec![b'P'; upload_limit + 1], ZIP, "").await;
    refused(&answer, "upload");
    let services = app.send("GET", "/api/v1/health", None, &[]).await;
    assert_eq!(services.json["services"], 0, "{}", services.text);
}

#[tokio::test]
async fn a_report_with_an_issue_on_every_row_is_grouped_and_stays_small() {
    let (app, cookie) = empty_with_admin().await;
    // 20,000 services, every one without a name: one reason, 20,000 times.
    let mut csv = String::from("id,organization_id,description\n");
    for n in 0..20_000 {
        let _ = writeln!(csv, "s{n},o1,{}", noise(12));
    }
    let answer = check_table(&app, &cookie, "services.csv", &csv).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert!(answer.text.len() < 1024 * 1024, "{} bytes", answer.text.len());
    let report = &answer.json;
    assert_eq!(report["issue_count"], 20_000);
    assert_eq!(report["issues"].as_array().map(Vec::len), Some(1_000));
    let group = &report["groups"][0];
    assert_eq!(group["table"], "service", "{group}");
    assert_eq!(group["outcome"], "skipped", "{group}");
    assert_eq!(group["count"], 20_000, "{group}");
    assert_eq!(group["examples"].as_array().map(Vec::len), Some(3), "{group}");
    assert_eq!(group["examples"][0]["id"], "s0", "{group}");
    assert_eq!(report["tables"]["service"]["skipped"], 20_000);
}

#[tokio::test]
async fn a_second_import_while_one_runs_is_told_to_wait() {
    let (app, cookie) = empty_with_admin().await;
    let file = zipped("services.csv", "id,name\n1,Casa\n");
    let running = app.state.catalog.import_turn().unwrap();
    let answer = upload(&app, Some(&cookie), file.clone(), ZIP, "?dry_run=true").await;
    assert_eq!(answer.status, 409, "{}", answer.text);
    assert_eq!(answer.json["error"]["code"], "import_running", "{}", answer.text);
    drop(running);
    let answer = upload(&app, Some(&cookie), file, ZIP, "?dry_run=true").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
}
