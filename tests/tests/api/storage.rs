//! The database on disk.

use ruta_tests::TestApp;
use serde_json::{Value, json};

/// A phone booking with the fixture counsellor at `hour`:00 UTC on 2026-12-02, from a number ending in the hour.
pub(crate) fn booking_at(hour: u32) -> Value {
    json!({
        "counsellor_id": uuid::Uuid::from_u128(0xC0),
        "start": format!("2026-12-02T{hour}:00:00Z"),
        "modality": "phone", "language": "es",
        "contact": { "channel": "phone", "value": format!("+51 987 654 3{hour}") },
        "consent": true
    })
}

/// Asserts that the fixture counsellor (`rosa@ruta.test`), signed in on `app` with `password`, reads the number of
/// each booking made at one of `hours` ([`booking_at`]).
pub(crate) async fn assert_rosa_reads_the_numbers_booked_at(app: &TestApp, password: &str, hours: &[u32]) {
    let cookie = app.login("rosa@ruta.test", password).await;
    let sessions = app.get_as(&cookie, "/api/v1/counsellor/appointments").await;
    let numbers: Vec<&str> = sessions
        .json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["contact"]["value"].as_str())
        .collect();
    for hour in hours {
        assert!(
            numbers.contains(&format!("+519876543{hour}").as_str()),
            "{hour}: {numbers:?}"
        );
    }
}

#[tokio::test]
async fn the_database_is_created_on_first_start_and_survives_a_restart() {
    if ruta_tests::on_postgres() {
        return; // SQLite only: it looks for the SQLite file.
    }
    let app = TestApp::spawn_demo().await;
    let file = app.data_dir.path().join("ruta.sqlite3");
    assert!(file.exists(), "created under the data dir");
    let first = app.get("/api/v1/health").await.json["services"].as_u64().unwrap();
    assert!(first >= 2000);
    let dir = app.stop().await;
    let again = TestApp::spawn_in(dir, false, &[], &[]).await;
    let second = again.get("/api/v1/health").await.json["services"]
        .as_u64()
        .unwrap();
    assert_eq!(first, second, "the demo is loaded once, not again on every start");
}

#[tokio::test]
async fn no_demo_starts_an_empty_directory() {
    let app = TestApp::spawn_with(&[], &[]).await;
    let health = app.get("/api/v1/health").await;
    assert_eq!(health.json["services"], 0);
    assert_eq!(health.json["demo"], false);
    let search = app.get("/api/v1/search?lat=14.0818&lon=-87.20681").await;
    assert_eq!(search.status, 200);
    assert_eq!(search.json["results"], serde_json::json!([]));
}

/// `ruta backup` while bookings arrive, then a restore: every contact a survivor left is readable again with the
/// key backed up beside the database; a restore without that key, or with another one, refuses to start (and
/// creates no new key) instead of silently making every contact unreadable.
#[tokio::test]
async fn a_backup_taken_while_bookings_arrive_restores_with_every_contact_readable() {
    if ruta_tests::on_postgres() {
        return; // SQLite only: `ruta backup` copies the SQLite file (PostgreSQL is backed up with pg_dump).
    }
    use ruta_tests::fixtures::organization;
    const PW: &str = "tres palabras sueltas";
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    for hour in [14, 15, 16] {
        let made = app.book(&booking_at(hour)).await;
        assert_eq!(made.status, 201, "{}", made.text);
    }
    let folder = tempfile::tempdir().unwrap();
    let dest = folder.path().join("backup");
    let meanwhile = booking_at(17);
    let (written, during) = tokio::join!(
        ruta_server::backup(app.data_dir.path(), &dest),
        app.book(&meanwhile)
    );
    assert_eq!(during.status, 201, "booking during the backup: {}", during.text);
    let written = written.unwrap();
    assert_eq!(written, vec![dest.join("ruta.sqlite3"), dest.join("booking.key")]);

    // Restored into a new data folder: the counsellor reads the contacts left before the backup.
    let restored = tempfile::tempdir().unwrap();
    for name in ["ruta.sqlite3", "booking.key"] {
        std::fs::copy(dest.join(name), restored.path().join(name)).unwrap();
    }
    let again = TestApp::spawn_in(restored, true, &[], &[]).await;
    assert_rosa_reads_the_numbers_booked_at(&again, PW, &[14, 15, 16]).await;

    // Without the key, or with another one: no start, and no new key made.
    let boot = |dir: &std::path::Path| {
        let config = ruta_server::config::ServeConfig {
            data_dir: dir.to_path_buf(),
            no_demo: true,
            ..ruta_server::config::ServeConfig::default()
        };
        async move {
            ruta_server::boot(
                &config,
                ruta_tests::reference(),
                std::sync::Arc::new(ruta_server::clock::ManualClock::new(ruta_tests::now())),
                None,
            )
            .await
        }
    };
    let keyless = tempfile::tempdir().unwrap();
    std::fs::copy(dest.join("ruta.sqlite3"), keyless.path().join("ruta.sqlite3")).unwrap();
    let refused = boot(keyless.path())
        .await
        .expect_err("refuses to start without the key");
    assert!(
        refused.to_string().contains("booking.key is missing"),
        "{refused}"
    );
    assert!(
        !keyless.path().join("booking.key").exists(),
        "no new key was made"
    );
    std::fs::write(keyless.path().join("booking.key"), [7_u8; 32]).unwrap();
    let refused = boot(keyless.path()).await.expect_err("refuses another key");
    assert!(refused.to_string().contains("does not open"), "{refused}");
}
