//! The kill -9 drill (issue 16): a real server process is killed with SIGKILL ten times while bookings (with
//! Idempotency-Key) and new listings are being written to it; after each restart, every write it had
//! acknowledged is there — in the database and in what the API serves — and nothing answered 500.
//!
//! The server runs in a child process: this test binary started again on the ignored test
//! [`a_server_process_for_the_drill`], which serves the data folder named by `RUTA_DRILL_DIR` (its SQLite file, or
//! on PostgreSQL the database the folder names) and prints its port. On PostgreSQL a second drill kills one of two
//! replicas while both take writes (issue 17).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ruta_server::clock::FixedClock;
use ruta_server::config::ServeConfig;
use ruta_tests::fixtures::organization;
use ruta_tests::{TestApp, now, reference, workspace};
use serde_json::{Value, json};
use tokio::sync::Mutex;
use uuid::Uuid;

const PW: &str = "tres palabras sueltas";
const KILLS: u32 = 10;

/// Not a test on its own: the server process of the drill, when `RUTA_DRILL_DIR` names its data folder.
#[tokio::test]
#[ignore = "started by the drill in a child process"]
async fn a_server_process_for_the_drill() {
    let Some(dir) = std::env::var_os("RUTA_DRILL_DIR") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let database_url = ruta_tests::database_of(&dir).await;
    let config = ServeConfig {
        booking_key: database_url
            .is_some()
            .then(|| ruta_tests::TEST_BOOKING_KEY.parse().unwrap()),
        database_url: database_url.map(|url| url.parse().unwrap()),
        data_dir: dir,
        no_demo: true,
        app_dir: workspace().join("app").join("dist"),
        exit_url: "about:blank".to_owned(),
        ..ServeConfig::default()
    };
    let state = ruta_server::boot(&config, reference(), Arc::new(FixedClock(now())), None)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut out = std::io::stdout().lock();
    writeln!(out, "RUTA_DRILL_PORT={port}").unwrap();
    out.flush().unwrap();
    drop(out);
    ruta_server::run(listener, state, std::future::pending())
        .await
        .unwrap();
}

/// A server process on `dir`, and its base URL once it answers.
fn start(dir: &Path) -> (Child, String) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "drill::a_server_process_for_the_drill",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env("RUTA_DRILL_DIR", dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let port = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("RUTA_DRILL_PORT=").map(str::to_owned))
        .expect("the drill server prints its port");
    (child, format!("http://127.0.0.1:{port}"))
}

/// What the server acknowledged: booking references and new listings' ids; and any 5xx.
#[derive(Debug, Default)]
struct Acknowledged {
    bookings: Vec<String>,
    listings: Vec<String>,
    server_errors: Vec<String>,
    /// Other answers (a taken slot, …), a few, to say why when too little was written.
    others: Vec<String>,
}

impl Acknowledged {
    /// No write was answered with a 5xx, and enough were acknowledged for the drill to mean something.
    fn assert_meaningful(&self) {
        assert!(self.server_errors.is_empty(), "{:?}", self.server_errors);
        assert!(
            self.bookings.len() >= 10 && self.listings.len() >= 10,
            "the drill wrote enough to mean something: {} bookings, {} listings; {:?}",
            self.bookings.len(),
            self.listings.len(),
            self.others
        );
    }
}

/// The data folder of a stopped server with the fixture counsellor and the editor `editora@ruta.test`: what
/// the drill's servers start on.
async fn drill_folder() -> tempfile::TempDir {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    app.add_user("ngo_editor", "editora@ruta.test", PW, Some(organization().id))
        .await;
    app.stop().await
}

fn listing(n: u32) -> Value {
    json!({
        "names": { "es": format!("Centro del simulacro {n} (test)") },
        "kinds": ["psychosocial"],
        "populations": ["women"],
        "languages": ["es"],
        "cost": "free",
        "delivery": ["in_person"],
        "location": { "lat": -12.05, "lon": -77.04, "address": "Calle de Prueba 1", "locality": "Lima", "country": "PE" },
        "country": "PE"
    })
}

fn booking(slot: u32) -> Value {
    let day = 2 + slot / 7 % 27;
    let hour = 14 + slot % 7;
    json!({
        "counsellor_id": Uuid::from_u128(0xC0),
        "start": format!("2026-12-{day:02}T{hour}:00:00Z"),
        "modality": "video",
        "language": "es",
        "alias": "Simulacro",
        "contact": { "channel": "phone", "value": "900 000 001", "country": "PE" },
        "consent": true
    })
}

/// Writes until the server goes away: `n` numbers this writer's requests, so every request is distinct.
async fn write(
    client: reqwest::Client,
    base: String,
    cookie: String,
    writer: u32,
    acked: Arc<Mutex<Acknowledged>>,
    until: Arc<AtomicBool>,
) {
    let books = writer.is_multiple_of(2);
    for n in 0.. {
        if until.load(Ordering::Relaxed) {
            return;
        }
        let number = writer * 10_000 + n;
        let (path, body, key) = if books {
            (
                "/api/v1/appointments",
                booking(number),
                Uuid::new_v4().to_string(),
            )
        } else {
            ("/api/v1/manage/services", listing(number), String::new())
        };
        let mut request = client.post(format!("{base}{path}")).json(&body);
        if key.is_empty() {
            request = request.header("cookie", cookie.as_str());
        } else {
            request = request.header("idempotency-key", key.as_str());
        }
        let Ok(response) = request.send().await else {
            return;
        };
        let status = response.status().as_u16();
        let Ok(answer) = response.json::<Value>().await else {
            return;
        };
        let mut acked = acked.lock().await;
        match status {
            201 if books => acked
                .bookings
                .push(answer["reference"].as_str().unwrap_or("").to_owned()),
            201 => acked
                .listings
                .push(answer["id"].as_str().unwrap_or("").to_owned()),
            500.. => acked.server_errors.push(format!("{status} {path}: {answer}")),
            _ if acked.others.len() < 5 => acked.others.push(format!("{status} {path}: {answer}")),
            _ => {}
        }
    }
}

#[tokio::test]
async fn ten_kills_during_bookings_and_edits_lose_no_acknowledged_write() {
    let dir = drill_folder().await;
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let acked = Arc::new(Mutex::new(Acknowledged::default()));

    for round in 0..KILLS {
        let (mut child, base) = start(dir.path());
        let cookie = sign_in(&client, &base, "editora@ruta.test").await;
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let writer = round * 4 + w;
                tokio::spawn(write(
                    client.clone(),
                    base.clone(),
                    cookie.clone(),
                    writer,
                    acked.clone(),
                    Arc::new(AtomicBool::new(false)),
                ))
            })
            .collect();
        // Killed once this round has written something, at a different moment each round, mid-write.
        let before = {
            let a = acked.lock().await;
            a.bookings.len() + a.listings.len()
        };
        for _ in 0..600 {
            let a = acked.lock().await;
            if a.bookings.len() + a.listings.len() > before {
                break;
            }
            drop(a);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(20 + u64::from(round) * 37)).await;
        child.kill().unwrap();
        child.wait().unwrap();
        for writer in writers {
            writer.await.unwrap();
        }
    }

    let acked = acked.lock().await;
    acked.assert_meaningful();
    // After the last kill: every acknowledged write is stored and served.
    let (mut child, base) = start(dir.path());
    assert_all_served(&client, &base, &acked).await;
    child.kill().unwrap();
    child.wait().unwrap();
}

/// Signs in; the session cookie.
async fn sign_in(client: &reqwest::Client, base: &str, email: &str) -> String {
    let login = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": PW }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200);
    login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// Every acknowledged listing is served by the server at `base` (within a few seconds: a replica may still be
/// applying another's writes), and every acknowledged booking is in the counsellor's list there.
async fn assert_all_served(client: &reqwest::Client, base: &str, acked: &Acknowledged) {
    for id in &acked.listings {
        let mut tries = 0;
        loop {
            let answer = client
                .get(format!("{base}/api/v1/services/{id}"))
                .send()
                .await
                .unwrap();
            if answer.status() == 200 {
                break;
            }
            tries += 1;
            assert!(tries < 250, "listing {id} was acknowledged, then lost");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let rosa = sign_in(client, base, "rosa@ruta.test").await;
    let listed: Value = client
        .get(format!("{base}/api/v1/counsellor/appointments"))
        .header("cookie", rosa)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let stored = ruta_tests::values_of(&listed, "reference");
    for reference in &acked.bookings {
        assert!(
            stored.contains(reference),
            "booking {reference} was acknowledged, then lost"
        );
    }
}

/// Issue 17: two replicas on one PostgreSQL database take writes; one is killed with SIGKILL three times mid-burst
/// and started again. The other keeps answering throughout, no acknowledged write is lost, and both end serving
/// every one of them (the restarted one caught up).
#[tokio::test]
async fn a_replica_killed_during_writes_loses_nothing_and_the_other_keeps_serving() {
    if !ruta_tests::on_postgres() {
        return; // PostgreSQL only: replicas share a database server.
    }
    let dir = drill_folder().await;
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let acked = Arc::new(Mutex::new(Acknowledged::default()));
    let (mut survivor, survivor_base) = start(dir.path());
    let survivor_cookie = sign_in(&client, &survivor_base, "editora@ruta.test").await;
    let stop_survivors = Arc::new(AtomicBool::new(false));
    let survivors: Vec<_> = (0..2)
        .map(|w| {
            tokio::spawn(write(
                client.clone(),
                survivor_base.clone(),
                survivor_cookie.clone(),
                1_000 + w,
                acked.clone(),
                stop_survivors.clone(),
            ))
        })
        .collect();
    for round in 0..3 {
        let (mut victim, base) = start(dir.path());
        let cookie = sign_in(&client, &base, "editora@ruta.test").await;
        let writers: Vec<_> = (0..2)
            .map(|w| {
                tokio::spawn(write(
                    client.clone(),
                    base.clone(),
                    cookie.clone(),
                    round * 2 + w,
                    acked.clone(),
                    Arc::new(AtomicBool::new(false)),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(300 + u64::from(round) * 90)).await;
        victim.kill().unwrap();
        victim.wait().unwrap();
        for writer in writers {
            writer.await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(
            survivors.iter().all(|s| !s.is_finished()),
            "the other replica kept answering while one was killed"
        );
    }
    stop_survivors.store(true, Ordering::Relaxed);
    for survivor in survivors {
        survivor.await.unwrap();
    }
    let acked = acked.lock().await;
    acked.assert_meaningful();
    // The replica that stayed has every write, its own and the killed one's; one started again has them too.
    assert_all_served(&client, &survivor_base, &acked).await;
    let (mut restarted, base) = start(dir.path());
    assert_all_served(&client, &base, &acked).await;
    for child in [&mut survivor, &mut restarted] {
        child.kill().unwrap();
        child.wait().unwrap();
    }
}
