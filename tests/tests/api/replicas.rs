//! Issue 17: more than one process on one database. Every write of the directory goes into a change feed that
//! other processes apply to their own index: replicas on PostgreSQL (two servers here on one database: an edit on
//! one is found by a search on the other), and, on either store, an import by the command line while a server
//! runs. Bookings, sessions and the last-admin rule are kept by the database, whichever replica is asked.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ruta_server::clock::FixedClock;
use ruta_server::hsds::import;
use ruta_server::storage::Location;
use ruta_tests::fixtures::organization;
use ruta_tests::{TestApp, now, workspace};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::storage::{assert_rosa_reads_the_numbers_booked_at, booking_at};

const PW: &str = "tres palabras sueltas";

/// How long a change may take to reach the other index before the test fails (the feed is read on every
/// notification and every 2 s; the figures are in the README's benchmarks, not asserted here).
const PATIENCE: Duration = Duration::from_secs(10);

/// A second server on the first one's database (PostgreSQL only: two SQLite servers would be two files).
async fn replica_of(first: &TestApp) -> TestApp {
    let url = std::fs::read_to_string(first.data_dir.path().join("database-url")).unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("database-url"), url).unwrap();
    TestApp::spawn_in(folder, true, &[], &[]).await
}

/// Asks `ask` until it says yes or [`PATIENCE`] runs out; how long it took.
async fn within<F, Fut>(what: &str, mut ask: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while !ask().await {
        assert!(start.elapsed() < PATIENCE, "{what}: not within {PATIENCE:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    start.elapsed()
}

fn listing(name: &str) -> Value {
    json!({
        "names": { "es": name },
        "kinds": ["legal"],
        "languages": ["es"],
        "cost": "free",
        "delivery": ["in_person"],
        "location": { "lat": 14.0818, "lon": -87.2068, "locality": "Tegucigalpa", "country": "HN" },
        "country": "HN"
    })
}

/// Two servers on one new database holding the fixture organisation; none unless the tests run on PostgreSQL
/// (replicas share a database server).
async fn two_replicas() -> Option<(TestApp, TestApp)> {
    if !ruta_tests::on_postgres() {
        return None;
    }
    let a = TestApp::spawn_with(&[organization()], &[]).await;
    let b = replica_of(&a).await;
    Some((a, b))
}

/// The fixture organisation's editor, added on `app` and signed in there; the session cookie.
async fn editor_on(app: &TestApp) -> String {
    app.add_user("ngo_editor", "ana@ruta.test", PW, Some(organization().id))
        .await;
    app.login("ana@ruta.test", PW).await
}

/// The listing at `path` renamed `name` through `app`, by a client that has just read it there.
async fn rename_listing(app: &TestApp, cookie: &str, path: &str, name: &str) -> ruta_tests::Answer {
    app.put_current(path, path, &listing(name), &[("cookie", cookie)])
        .await
}

/// A new listing named `name`, made through `app` (201 expected).
async fn add_listing(app: &TestApp, cookie: &str, name: &str) -> ruta_tests::Answer {
    let made = app
        .post_as(cookie, "/api/v1/manage/services", Some(&listing(name)))
        .await;
    assert_eq!(made.status, 201, "{}", made.text);
    made
}

#[tokio::test]
async fn a_listing_added_on_one_replica_is_found_by_a_search_on_the_other() {
    let Some((a, b)) = two_replicas().await else {
        return; // PostgreSQL only: replicas share a database server.
    };
    // Signed in on A, the session is good on B too (sessions are in the database).
    let ana = editor_on(&a).await;
    let made = add_listing(&b, &ana, "Asesoría Legal Réplica (prueba)").await;
    let id = made.json["id"].as_str().unwrap().to_owned();
    let search = "/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000&kind=legal";
    let took = within("the listing made on B, searched on A", || async {
        a.get(search).await.text.contains(&id)
    })
    .await;
    eprintln!("B → A: {took:?}");
    // And an edit the other way: A renames it, B's search shows the new name.
    let path = format!("/api/v1/manage/services/{id}");
    let renamed = rename_listing(&a, &ana, &path, "Asesoría Legal Renombrada (prueba)").await;
    assert_eq!(renamed.status, 200, "{}", renamed.text);
    let took = within("the rename made on A, searched on B", || async {
        b.get(search).await.text.contains("Renombrada")
    })
    .await;
    eprintln!("A → B: {took:?}");
    // B, caught up, edits with the tag A answered: no stale copy refuses it or overwrites it.
    let new_tag = renamed.header("etag").to_owned();
    let again = b
        .send(
            "PUT",
            &path,
            Some(&listing("Asesoría Legal Otra Vez (prueba)")),
            &[("cookie", &ana), ("if-match", &new_tag)],
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text);
    let ready = b.get("/api/v1/ready").await;
    assert_eq!(ready.status, 200, "{}", ready.text);
    assert_eq!(ready.json["ready"], true);
}

#[tokio::test]
async fn fifty_racers_on_two_replicas_book_one_slot_once_and_a_revoked_session_ends_on_both() {
    let Some((a, b)) = two_replicas().await else {
        return; // PostgreSQL only: replicas share a database server.
    };
    a.add_fixture_counsellor(PW).await;
    let body = json!({
        "counsellor_id": Uuid::from_u128(0xC0),
        "start": "2026-12-02T15:00:00Z",
        "modality": "phone", "language": "es",
        "contact": { "channel": "phone", "value": "+51 987 654 321" },
        "consent": true
    });
    let mut racers = Vec::new();
    for i in 0..50 {
        let app = if i % 2 == 0 { &a } else { &b };
        let (client, url, body) = (
            app.client.clone(),
            format!("{}/api/v1/appointments", app.base),
            body.clone(),
        );
        racers.push(tokio::spawn(async move {
            let answer = client.post(url).json(&body).send().await.unwrap();
            let status = answer.status().as_u16();
            (status, answer.text().await.unwrap_or_default())
        }));
    }
    let mut answers = Vec::new();
    for racer in racers {
        answers.push(racer.await.unwrap());
    }
    let made = answers.iter().filter(|(status, _)| *status == 201).count();
    let taken = answers.iter().filter(|(status, _)| *status == 409).count();
    let others: Vec<String> = answers
        .iter()
        .filter(|(status, _)| *status != 201 && *status != 409)
        .map(|(status, text)| format!("{status} {text}"))
        .collect();
    assert_eq!(made, 1, "one booking for the slot; others: {others:?}");
    assert_eq!(
        taken + others.iter().filter(|o| o.starts_with("429")).count(),
        49,
        "{others:?}"
    );

    // The counsellor signed in on B; their sessions ended on A: B refuses the cookie at once.
    let rosa = b.login("rosa@ruta.test", PW).await;
    let mine = b.get_as(&rosa, "/api/v1/counsellor/appointments").await;
    assert_eq!(mine.status, 200, "{}", mine.text);
    a.add_user("admin", "admin@ruta.test", PW, None).await;
    let admin = a.login("admin@ruta.test", PW).await;
    let rosa_id = a
        .get_as(&admin, "/api/v1/admin/users")
        .await
        .json
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "rosa@ruta.test")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let revoked = a
        .post_as(
            &admin,
            &format!("/api/v1/admin/users/{rosa_id}/revoke_sessions"),
            None,
        )
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.text);
    let refused = b.get_as(&rosa, "/api/v1/counsellor/appointments").await;
    assert_eq!(refused.status, 401, "{}", refused.text);
}

#[tokio::test]
async fn an_import_by_the_command_line_is_searchable_without_a_restart() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    let before = app.get("/api/v1/health").await.json["services"].as_u64().unwrap();
    let url = std::fs::read_to_string(app.data_dir.path().join("database-url")).ok();
    let choices = import::CliChoices {
        source: Some("ohana".to_owned()),
        ..import::CliChoices::default()
    };
    let report = import::run_cli(
        &workspace().join("tests/fixtures/hsds/real/ohana"),
        Location::of(app.data_dir.path(), url.as_deref()),
        &choices,
        Arc::new(FixedClock(now())),
    )
    .await
    .unwrap();
    let created = report.services.created;
    assert!(created > 0, "{report:?}");
    let took = within("the command line's import, in the server's index", || async {
        app.get("/api/v1/health").await.json["services"].as_u64() == Some(before + created)
    })
    .await;
    eprintln!("command line → server: {took:?}");
}

#[tokio::test]
async fn racing_edits_with_one_tag_on_two_replicas_make_one_change_and_lose_none() {
    let Some((a, b)) = two_replicas().await else {
        return; // PostgreSQL only: replicas share a database server.
    };
    let ana = editor_on(&a).await;
    let made = add_listing(&a, &ana, "Centro Carrera (prueba)").await;
    let path = format!("/api/v1/manage/services/{}", made.json["id"].as_str().unwrap());
    let tag = made.header("etag").to_owned();
    within("the new listing on B", || async {
        b.get_as(&ana, &path).await.status == 200
    })
    .await;
    let mut racers = Vec::new();
    for i in 0..20 {
        let app = if i % 2 == 0 { &a } else { &b };
        let request = app
            .client
            .put(format!("{}{path}", app.base))
            .header("cookie", &ana)
            .header("if-match", &tag)
            .json(&listing(&format!("Centro Carrera {i} (prueba)")));
        racers.push(tokio::spawn(async move {
            let answer = request.send().await.unwrap();
            let status = answer.status().as_u16();
            let body: Value = answer.json().await.unwrap_or(Value::Null);
            (status, body)
        }));
    }
    let mut winners = Vec::new();
    for racer in racers {
        let (status, body) = racer.await.unwrap();
        match status {
            200 => winners.push(body["names"]["es"].as_str().unwrap().to_owned()),
            412 => {}
            other => panic!("{other} {body}"),
        }
    }
    assert_eq!(winners.len(), 1, "one edit made from that version: {winners:?}");
    // Both replicas end with the winner's words, and the audit log has one update.
    for app in [&a, &b] {
        within("the winner on both replicas", || async {
            app.get_as(&ana, &path).await.json["names"]["es"] == winners[0].as_str()
        })
        .await;
    }
}

#[tokio::test]
async fn migrate_store_copies_a_sqlite_service_into_postgresql_with_every_contact_readable() {
    let Some(server) = ruta_tests::postgres_server() else {
        return; // PostgreSQL only: the copy's target.
    };
    // A service on SQLite: a listing (audited), a counsellor, a booking with a sealed contact.
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join(ruta_tests::STAYS_ON_SQLITE), "").unwrap();
    let old = TestApp::spawn_in(folder, true, &[organization()], &[]).await;
    assert!(old.data_dir.path().join("ruta.sqlite3").exists());
    old.add_fixture_counsellor(PW).await;
    let ana = editor_on(&old).await;
    let made = add_listing(&old, &ana, "Asesoría Migrada (prueba)").await;
    let booking = json!({
        "counsellor_id": Uuid::from_u128(0xC0),
        "start": "2026-12-02T15:00:00Z",
        "modality": "phone", "language": "es",
        "contact": { "channel": "phone", "value": "+51 987 654 321" },
        "consent": true
    });
    let booked = old.book(&booking).await;
    assert_eq!(booked.status, 201, "{}", booked.text);
    let folder = old.stop().await;

    let url = ruta_tests::new_database(&server).await;
    let copied = ruta_server::migrate_store(folder.path(), &url).await.unwrap();
    assert_eq!(copied["organizations"], 1);
    assert_eq!(copied["services"], 1);
    assert_eq!(copied["users"], 2);
    assert_eq!(copied["counsellors"], 1);
    assert_eq!(copied["appointments"], 1);
    assert!(copied["audit_log"] >= 2, "{copied:?}");
    // Into a database that holds data: refused, nothing written.
    let again = ruta_server::migrate_store(folder.path(), &url).await.unwrap_err();
    assert!(again.to_string().contains("not empty"), "{again}");

    // The same service on PostgreSQL: the listing is found, the counsellor signs in with the same password and
    // reads the contact the survivor left, sealed with the same key.
    let moved = tempfile::tempdir().unwrap();
    std::fs::write(moved.path().join("database-url"), &url).unwrap();
    let new = TestApp::spawn_in(moved, true, &[], &[]).await;
    let search = new
        .get("/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000&kind=legal")
        .await;
    assert!(search.text.contains("Asesoría Migrada"), "{}", search.text);
    let rosa = new.login("rosa@ruta.test", PW).await;
    let sessions = new.get_as(&rosa, "/api/v1/counsellor/appointments").await;
    assert_eq!(sessions.status, 200, "{}", sessions.text);
    assert_eq!(
        sessions.json[0]["contact"]["value"], "+51987654321",
        "{}",
        sessions.text
    );
    // The audit log goes on numbering after the copied entries: an edit (audited) is written.
    let ana = new.login("ana@ruta.test", PW).await;
    let path = format!("/api/v1/manage/services/{}", made.json["id"].as_str().unwrap());
    let edited = rename_listing(&new, &ana, &path, "Asesoría Migrada y Editada (prueba)").await;
    assert_eq!(edited.status, 200, "{}", edited.text);
}

#[tokio::test]
async fn the_purge_run_by_two_replicas_at_once_counts_each_booking_once() {
    let Some((a, b)) = two_replicas().await else {
        return; // PostgreSQL only: replicas share a database server.
    };
    a.add_fixture_counsellor(PW).await;
    for hour in 14..20 {
        let booking = json!({
            "counsellor_id": Uuid::from_u128(0xC0),
            "start": format!("2026-12-02T{hour}:00:00Z"),
            "modality": "phone", "language": "es",
            "consent": true
        });
        let app = if hour % 2 == 0 { &a } else { &b };
        let made = app.book(&booking).await;
        assert_eq!(made.status, 201, "{}", made.text);
    }
    // Both replicas' hourly purge, at the same moment, long after the sessions.
    let later = now() + chrono::Duration::days(90);
    let (on_a, on_b) = tokio::join!(
        a.state.booking.store.purge_appointments(later),
        b.state.booking.store.purge_appointments(later)
    );
    assert_eq!(on_a.unwrap() + on_b.unwrap(), 6, "each booking deleted once");
    let counted = ruta_tests::count(
        a.data_dir.path(),
        "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM appointment_counts",
    )
    .await;
    assert_eq!(counted, 6, "each booking counted once");
    let left = ruta_tests::count(a.data_dir.path(), "SELECT COUNT(*) FROM appointments").await;
    assert_eq!(left, 0);
}

/// A program of the PostgreSQL the tests run on (Debian's layout).
fn postgres_program(name: &str) -> std::path::PathBuf {
    let mut found: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .unwrap()
        .filter_map(Result::ok)
        .map(|d| d.path().join("bin").join(name))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found.pop().unwrap_or_else(|| panic!("{name} not found"))
}

#[tokio::test]
async fn a_pg_dump_taken_while_bookings_arrive_restores_with_every_contact_readable() {
    let Some(server) = ruta_tests::postgres_server() else {
        return; // PostgreSQL only.
    };
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    for hour in [14, 15] {
        let made = app.book(&booking_at(hour)).await;
        assert_eq!(made.status, 201, "{}", made.text);
    }
    let url = std::fs::read_to_string(app.data_dir.path().join("database-url")).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let dump = folder.path().join("ruta.dump");
    // The dump runs while a booking arrives: one consistent snapshot, taken without stopping the service.
    let dumping = tokio::process::Command::new(postgres_program("pg_dump"))
        .args(["--format=custom", "--file"])
        .arg(&dump)
        .arg(&url)
        .status();
    let meanwhile = booking_at(16);
    let (dumped, during) = tokio::join!(dumping, app.book(&meanwhile));
    assert!(dumped.unwrap().success(), "pg_dump");
    assert_eq!(during.status, 201, "{}", during.text);

    // Restored into a new database; a server on it, with the same booking key, reads the contacts.
    let restored = ruta_tests::new_database(&server).await;
    let status = tokio::process::Command::new(postgres_program("pg_restore"))
        .args(["--no-owner", "--dbname"])
        .arg(&restored)
        .arg(&dump)
        .status()
        .await
        .unwrap();
    assert!(status.success(), "pg_restore");
    let moved = tempfile::tempdir().unwrap();
    std::fs::write(moved.path().join("database-url"), &restored).unwrap();
    let again = TestApp::spawn_in(moved, true, &[], &[]).await;
    assert_rosa_reads_the_numbers_booked_at(&again, PW, &[14, 15]).await;
}
