//! Issue 18: notifications delivered from the outbox to real servers on 127.0.0.1 — a mail server (Python's
//! aiosmtpd, started here as a child process) and an SMS gateway receiver written below. A referral reaches the
//! receiving editor's mailbox once, with nothing of the person; a gateway that is down is retried with backoff and
//! the notification marked failed for admins to see; a server stopped mid-delivery delivers each notification once
//! (by its idempotency key) after it starts again; with no transport, notifications are held and listed.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use api_types::{NotificationChannel, NotificationKind, OutboxStatus};
use ruta_server::config::ServeConfig;
use ruta_server::domain::notification::{Notification, Payload, Queued};
use ruta_server::notify::retry_delay;
use ruta_tests::TestApp;
use ruta_tests::fixtures::organization;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::accounts::{PW, SHELTER, World, world, world_configured};

/// The number every text in these tests goes to (fictional).
const NUMBER: &str = "+50499990000";
/// The booking reference in their texts.
const REFERENCE: &str = "R-TEST7";
/// The gateway's signing key in these tests.
const SECRET: &str = "test-secret-for-the-gateway";

/// What the person said on the line: none of it may reach a notification.
const PERSONAL: [&str; 6] = [
    "MARKER-ALIAS",
    "MARKER-NOTE",
    "+50499990000",
    "after 6 pm",
    "Calle de Prueba",
    "Casa Segura Prueba",
];

/// The operator refers someone to the fixture organisation's shelter; the one notification queued for its editor.
async fn refer_to_the_shelter(w: &World) -> Uuid {
    let sent = w
        .app
        .post_as(
            &w.operator,
            "/api/v1/referrals/warm",
            Some(&crate::warm_referrals::referral(SHELTER)),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    let queued = w.app.state.store.notifications(None, 10).await.unwrap();
    assert_eq!(queued.len(), 1, "one editor in the receiving organisation");
    queued[0].notification.id
}

/// Queues a reminder text to [`NUMBER`] for the fixture organisation, due now, as the booking events will; its id.
pub(crate) async fn queue_text(app: &TestApp, channel: NotificationChannel) -> Uuid {
    let payload = Payload {
        recipient: NUMBER.to_owned(),
        args: [("time", "16:00"), ("reference", REFERENCE)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
    };
    let sealed = app
        .state
        .booking
        .settings
        .vault
        .seal(&serde_json::to_vec(&payload).unwrap())
        .unwrap();
    let now = app.clock.now_for_tests();
    let id = Uuid::new_v4();
    let notification = Notification {
        id,
        event_key: format!("test-reminder:{id}"),
        kind: NotificationKind::BookingReminder,
        channel,
        organization_id: Some(organization().id),
        language: "es".to_owned(),
        sealed,
        due_at: now,
        purge_after: now + chrono::Duration::days(30),
    };
    assert_eq!(app.state.store.enqueue(&[notification], now).await.unwrap(), 1);
    id
}

/// The notification once `done` holds for it (the worker runs every second), or the test stops.
pub(crate) async fn until(app: &TestApp, id: Uuid, what: &str, done: impl Fn(&Queued) -> bool) -> Queued {
    for _ in 0..300 {
        let queued = app.state.store.notification(id).await.unwrap();
        if let Some(queued) = queued.filter(|q| done(q)) {
            return queued;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let last = app.state.store.notification(id).await.unwrap();
    panic!(
        "notification {id}: not {what} after 15 s; it is {:?}",
        last.map(|q| (q.status, q.attempts, q.last_error))
    );
}

/// The server's log lines about notification `id`.
fn log_lines_of(id: Uuid) -> Vec<String> {
    let id = id.to_string();
    ruta_tests::logs::captured()
        .lines()
        .filter(|line| line.contains(&id))
        .map(str::to_owned)
        .collect()
}

// ---- the mail server ----

/// Python's aiosmtpd on 127.0.0.1, writing each message it accepts as JSON into a folder; stopped on drop.
struct MailServer {
    port: u16,
    folder: tempfile::TempDir,
    child: std::process::Child,
}

impl Drop for MailServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A Python with aiosmtpd: `RUTA_TEST_SMTP_PYTHON` (scripts/test.sh sets it), the virtualenv scripts/test.sh makes,
/// or `python3`.
fn python_with_aiosmtpd() -> PathBuf {
    let venv = ruta_tests::workspace().join("target/aiosmtpd-venv/bin/python");
    let candidates = std::env::var_os("RUTA_TEST_SMTP_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([venv, PathBuf::from("python3")]);
    for python in candidates {
        let has = std::process::Command::new(&python)
            .args(["-c", "import aiosmtpd"])
            .output()
            .is_ok_and(|out| out.status.success());
        if has {
            return python;
        }
    }
    panic!(
        "the outbox tests need Python's aiosmtpd: run scripts/test.sh once, or `python3 -m venv \
         target/aiosmtpd-venv && target/aiosmtpd-venv/bin/pip install aiosmtpd==1.4.6`"
    );
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

impl MailServer {
    async fn start() -> Self {
        let folder = tempfile::tempdir().unwrap();
        let port = free_port();
        let handler = ruta_tests::workspace().join("tests/fixtures/outbox");
        let child = std::process::Command::new(python_with_aiosmtpd())
            .env("PYTHONPATH", handler)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "json_mailbox.JsonDir"])
            .arg(folder.path())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let server = Self { port, folder, child };
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("aiosmtpd did not listen on 127.0.0.1:{port}");
    }

    fn url(&self) -> ruta_server::config::Secret {
        format!("smtp://127.0.0.1:{}", self.port).parse().unwrap()
    }

    /// Every message received, as the handler wrote it.
    fn received(&self) -> Vec<Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap())
            .collect()
    }
}

// ---- the gateway receiver ----

/// How the gateway answers.
pub(crate) const UP: u8 = 0;
const DOWN: u8 = 1;
const HANGING: u8 = 2;

/// One POST the gateway received.
#[derive(Debug, Clone)]
pub(crate) struct Post {
    key: String,
    signature: String,
    pub(crate) body: Vec<u8>,
    /// Answered 200 (delivered).
    accepted: bool,
}

/// A small SMS gateway on 127.0.0.1:0 that records every POST and answers 200, 503, or never.
#[derive(Clone)]
pub(crate) struct Gateway {
    addr: SocketAddr,
    mode: Arc<AtomicU8>,
    posts: Arc<Mutex<Vec<Post>>>,
}

impl Gateway {
    pub(crate) async fn start(mode: u8) -> Self {
        let mode = Arc::new(AtomicU8::new(mode));
        let posts = Arc::new(Mutex::new(Vec::new()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let gateway = Self { addr, mode, posts };
        let state = gateway.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(
                |axum::extract::State(gateway): axum::extract::State<Gateway>,
                 headers: axum::http::HeaderMap,
                 body: axum::body::Bytes| async move {
                    let header = |name: &str| {
                        headers
                            .get(name)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_owned()
                    };
                    let mode = gateway.mode.load(Ordering::SeqCst);
                    gateway.posts.lock().unwrap().push(Post {
                        key: header("idempotency-key"),
                        signature: header("x-ruta-signature"),
                        body: body.to_vec(),
                        accepted: mode == UP,
                    });
                    match mode {
                        UP => axum::http::StatusCode::OK,
                        DOWN => axum::http::StatusCode::SERVICE_UNAVAILABLE,
                        _ => std::future::pending().await,
                    }
                },
            ),
        );
        tokio::spawn(async move {
            let _ = axum::serve(listener, app.with_state(state)).await;
        });
        gateway
    }

    fn set(&self, mode: u8) {
        self.mode.store(mode, Ordering::SeqCst);
    }

    pub(crate) fn configure(&self) -> impl FnOnce(&mut ServeConfig) + Clone + use<> {
        let url = format!("http://{}/hook", self.addr);
        move |config: &mut ServeConfig| {
            config.sms_webhook_url = Some(url.parse().unwrap());
            config.sms_webhook_secret = Some(SECRET.parse().unwrap());
        }
    }

    pub(crate) fn posts(&self) -> Vec<Post> {
        self.posts.lock().unwrap().clone()
    }

    /// The receiver's count, de-duplicated on the idempotency key: how many times each notification was
    /// delivered (answered 200), as a gateway that drops repeats would count them.
    fn delivered(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for post in self.posts().iter().filter(|p| p.accepted) {
            *counts.entry(post.key.clone()).or_insert(0) += 1;
        }
        counts
    }
}

/// A server for the fixture organisation, without the demo, whose texts go to a [`Gateway`] in `mode`.
pub(crate) async fn with_gateway(mode: u8) -> (Gateway, TestApp) {
    let gateway = Gateway::start(mode).await;
    let app = TestApp::spawn_configured(
        tempfile::tempdir().unwrap(),
        true,
        &[organization()],
        &[],
        gateway.configure(),
    )
    .await;
    (gateway, app)
}

/// HMAC-SHA256 (RFC 2104) of `body` with `key`, in hex: written here from the RFC, not with the server's crate.
fn hmac_sha256(key: &[u8], body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut block = [0_u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(body)
        .finalize();
    let outer = Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize();
    outer.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every post is signed with the shared secret, keyed by its notification's id, and says what the issue says.
fn check_posts(posts: &[Post], id: Uuid, channel: &str) {
    let mine: Vec<&Post> = posts.iter().filter(|p| p.key == id.to_string()).collect();
    assert!(!mine.is_empty(), "nothing posted for {id}");
    for post in mine {
        assert_eq!(
            post.signature,
            format!("sha256={}", hmac_sha256(SECRET.as_bytes(), &post.body)),
            "the signature"
        );
        let body: Value = serde_json::from_slice(&post.body).unwrap();
        assert_eq!(body["id"], id.to_string());
        assert_eq!(body["channel"], channel);
        assert_eq!(body["to"], NUMBER);
        assert_eq!(body["language"], "es");
        assert_eq!(body["kind"], "booking_reminder");
        assert_eq!(
            body["text"],
            format!("Recordatorio: su cita es mañana a las 16:00. Referencia {REFERENCE}.")
        );
    }
}

// ---- the tests ----

#[tokio::test]
async fn a_warm_referral_sends_one_mail_to_the_receiving_editor_with_nothing_of_the_person() {
    let mail = MailServer::start().await;
    let smtp = mail.url();
    let w = world_configured(|config| config.smtp_url = Some(smtp)).await;
    let id = refer_to_the_shelter(&w).await;
    let done = until(&w.app, id, "sent", |q| q.status == OutboxStatus::Sent).await;
    assert_eq!(done.attempts, 1);

    let received = mail.received();
    assert_eq!(received.len(), 1, "{received:?}");
    let message = &received[0];
    assert_eq!(message["message_id"], format!("<{id}@ruta.invalid>"));
    assert_eq!(message["rcpt_tos"], json!(["editor@ruta.test"]));
    assert_eq!(message["mail_from"], "no-reply@ruta.invalid");
    // The receiving organisation's country speaks Spanish.
    assert_eq!(message["subject"], "Nueva derivación en Ruta");
    assert_eq!(
        message["text"].as_str().unwrap().trim_end(),
        "Llegó una nueva derivación para su organización. Abra Ruta para verla."
    );
    let whole = message.to_string();
    for secret in PERSONAL {
        assert!(!whole.contains(secret), "the mail shows {secret}");
    }
    // The log tells of it without naming who was written to.
    let lines = log_lines_of(id);
    assert!(lines.iter().any(|l| l.contains("notification sent")), "{lines:?}");
    assert!(
        lines
            .iter()
            .all(|l| !l.contains("editor@") && !l.contains("derivación")),
        "{lines:?}"
    );
}

#[tokio::test]
async fn a_gateway_that_is_down_is_retried_with_backoff_then_failed_for_admins_to_see_and_one_later_goes_once()
 {
    let gateway = Gateway::start(DOWN).await;
    let w = world_configured(gateway.configure()).await;
    let app = &w.app;
    let first = queue_text(app, NotificationChannel::Sms).await;

    // Eight tries, each after the last one's wait (30 s, 1, 2, 4, 8, 16, 32 min), then given up.
    for attempt in 1..=8_u32 {
        let queued = until(app, first, &format!("tried {attempt} times"), |q| {
            q.attempts == attempt && q.status != OutboxStatus::Sending
        })
        .await;
        assert_eq!(gateway.posts().len(), attempt as usize);
        assert_eq!(queued.last_error.as_deref(), Some("gateway: answered 503"));
        if attempt == 8 {
            assert_eq!(queued.status, OutboxStatus::Failed);
            break;
        }
        assert_eq!(queued.status, OutboxStatus::Pending);
        let wait = retry_delay(attempt);
        assert_eq!(wait.num_seconds(), 30 << (attempt - 1));
        assert_eq!(queued.notification.due_at, app.clock.now_for_tests() + wait);
        // Not before its time: a second of the worker's rounds later, still one post per try.
        app.clock.advance(wait - chrono::Duration::seconds(1));
        tokio::time::sleep(Duration::from_millis(1200)).await;
        assert_eq!(gateway.posts().len(), attempt as usize, "tried before its time");
        app.clock.advance(chrono::Duration::seconds(1));
    }
    check_posts(&gateway.posts(), first, "sms");

    // Admins see it failed, with why — and neither the number nor the text (signed in again: two hours went by).
    let admin = app.login("admin@ruta.test", PW).await;
    let listed = app.get_as(admin.as_str(), "/api/v1/manage/notifications").await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    assert_eq!(
        listed.json["channels"],
        json!({ "email": false, "sms_gateway": true })
    );
    let item = &listed.json["notifications"][0];
    assert_eq!(item["id"], first.to_string());
    assert_eq!(item["status"], "failed");
    assert_eq!(item["attempts"], 8);
    assert_eq!(item["last_error"], "gateway: answered 503");
    assert_eq!(item["kind"], "booking_reminder");
    assert_eq!(item["channel"], "sms");
    for secret in [NUMBER, REFERENCE, "16:00", "99990000"] {
        assert!(!listed.text.contains(secret), "the list shows {secret}");
    }
    // The preview writes the text, the number and the person's booking reference masked.
    let preview = app
        .get_as(
            admin.as_str(),
            &format!("/api/v1/manage/notifications/{first}/preview"),
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    assert_eq!(preview.json["to"], "+504 ****0000");
    assert_eq!(preview.json["language"], "es");
    assert!(preview.json.get("subject").is_none(), "a text has no subject");
    assert_eq!(
        preview.json["text"],
        "Recordatorio: su cita es mañana a las 16:00. Referencia R-T••••."
    );

    // Another one fails once; the gateway comes back; it goes at its retry, once, and the failed one stays failed.
    let second = queue_text(app, NotificationChannel::Whatsapp).await;
    until(app, second, "tried once", |q| {
        q.attempts == 1 && q.status == OutboxStatus::Pending
    })
    .await;
    gateway.set(UP);
    app.clock.advance(retry_delay(1));
    let done = until(app, second, "sent", |q| q.status == OutboxStatus::Sent).await;
    assert_eq!((done.attempts, done.last_error), (2, None));
    check_posts(&gateway.posts(), second, "whatsapp");
    let delivered = gateway.delivered();
    assert_eq!(delivered, BTreeMap::from([(second.to_string(), 1)]));
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(
        gateway.posts().len(),
        10,
        "8 tries of the first, 2 of the second, nothing more"
    );
    let first_now = app.state.store.notification(first).await.unwrap().unwrap();
    assert_eq!(first_now.status, OutboxStatus::Failed);
    // The log tells of each try without the number or the text.
    let lines = log_lines_of(first);
    assert_eq!(
        lines.iter().filter(|l| l.contains("not delivered")).count(),
        8,
        "{lines:?}"
    );
    for line in lines.iter().chain(&log_lines_of(second)) {
        for secret in [NUMBER, "99990000", REFERENCE, "Recordatorio"] {
            assert!(!line.contains(secret), "{line}");
        }
    }

    // An admin tries the failed one again now that the gateway is back: it goes, once; then it is no longer
    // failed, so a second retry finds nothing to retry.
    let retry = format!("/api/v1/manage/notifications/{first}/retry");
    let retried = app.post_as(&admin, &retry, None).await;
    assert_eq!(retried.status, 200, "{}", retried.text);
    assert_eq!(
        (&retried.json["status"], &retried.json["attempts"]),
        (&json!("pending"), &json!(0))
    );
    until(app, first, "sent after the retry", |q| {
        q.status == OutboxStatus::Sent
    })
    .await;
    assert_eq!(gateway.delivered().get(&first.to_string()), Some(&1));
    let twice = app.post_as(&admin, &retry, None).await;
    assert_eq!(twice.status, 404, "{}", twice.text);
}

#[tokio::test]
async fn a_server_stopped_mid_delivery_delivers_each_notification_once_after_it_starts_again() {
    let (gateway, app) = with_gateway(HANGING).await;
    let ids = [
        queue_text(&app, NotificationChannel::Sms).await,
        queue_text(&app, NotificationChannel::Whatsapp).await,
    ];
    // Both reached the gateway, which never answers: the server is stopped with both in flight.
    for id in ids {
        until(&app, id, "claimed", |q| q.status == OutboxStatus::Sending).await;
    }
    for _ in 0..200 {
        if gateway.posts().len() == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(gateway.posts().len(), 2);
    let dir = app.stop().await;

    gateway.set(UP);
    let app = TestApp::spawn_configured(dir, true, &[], &[], gateway.configure()).await;
    // The stopped worker's lease holds: nobody sends them again before it ends.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(gateway.posts().len(), 2, "sent again before the lease ended");
    app.clock
        .advance(chrono::Duration::seconds(ruta_server::notify::LEASE_SECONDS));
    for id in ids {
        let done = until(&app, id, "sent", |q| q.status == OutboxStatus::Sent).await;
        assert_eq!(done.attempts, 2, "the stopped try counts");
    }
    tokio::time::sleep(Duration::from_millis(1200)).await;

    // Each id reached the gateway twice (the stopped try and the delivery), the same key both times; the
    // receiver, de-duplicating on it, counts each notification exactly once.
    let posts = gateway.posts();
    assert_eq!(posts.len(), 4);
    let keys: BTreeSet<String> = posts.iter().map(|p| p.key.clone()).collect();
    let expected: BTreeSet<String> = ids.iter().map(Uuid::to_string).collect();
    assert_eq!(keys, expected);
    assert_eq!(
        gateway.delivered(),
        ids.iter()
            .map(|id| (id.to_string(), 1))
            .collect::<BTreeMap<_, _>>()
    );
    check_posts(&posts, ids[0], "sms");
    check_posts(&posts, ids[1], "whatsapp");
}

#[tokio::test]
async fn held_texts_go_out_once_a_gateway_is_configured_unless_they_are_a_day_old() {
    // No gateway: two texts are held — one queued a day and a half before the restart, one just before it.
    let app =
        TestApp::spawn_configured(tempfile::tempdir().unwrap(), true, &[organization()], &[], |_| {}).await;
    app.clock.advance(chrono::Duration::hours(-36));
    let old = queue_text(&app, NotificationChannel::Sms).await;
    until(&app, old, "held", |q| q.status == OutboxStatus::Held).await;
    app.clock.advance(chrono::Duration::hours(36));
    let recent = queue_text(&app, NotificationChannel::Whatsapp).await;
    until(&app, recent, "held", |q| q.status == OutboxStatus::Held).await;
    let dir = app.stop().await;

    // Started again (its clock where the first one's stopped) with a gateway: the recent one is delivered,
    // once; the old one stays held, listed.
    let gateway = Gateway::start(UP).await;
    let app = TestApp::spawn_configured(dir, true, &[], &[], gateway.configure()).await;
    let sent = until(&app, recent, "sent", |q| q.status == OutboxStatus::Sent).await;
    assert_eq!(sent.attempts, 1);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(gateway.delivered(), BTreeMap::from([(recent.to_string(), 1)]));
    let still = app.state.store.notification(old).await.unwrap().unwrap();
    assert_eq!(
        still.status,
        OutboxStatus::Held,
        "a day-old text is not sent late"
    );
}

#[tokio::test]
async fn with_no_transport_configured_a_notification_is_held_and_listed_for_its_organisation_only() {
    let w = world().await;
    let id = refer_to_the_shelter(&w).await;
    let held = until(&w.app, id, "held", |q| q.status == OutboxStatus::Held).await;
    assert_eq!(held.attempts, 0, "never tried");

    for cookie in [&w.admin, &w.editor] {
        let listed = w
            .app
            .get_as(cookie.as_str(), "/api/v1/manage/notifications")
            .await;
        assert_eq!(listed.status, 200, "{}", listed.text);
        assert_eq!(
            listed.json["channels"],
            json!({ "email": false, "sms_gateway": false })
        );
        let items = listed.json["notifications"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{}", listed.text);
        assert_eq!(items[0]["id"], id.to_string());
        assert_eq!(items[0]["kind"], "referral_new");
        assert_eq!(items[0]["channel"], "email");
        assert_eq!(items[0]["status"], "held");
        assert_eq!(items[0]["attempts"], 0);
        assert!(
            !listed.text.contains("editor@ruta.test"),
            "the list shows the recipient"
        );
    }
    // Another organisation's editor sees none of it.
    let theirs = w
        .app
        .get_as(w.other_editor.as_str(), "/api/v1/manage/notifications")
        .await;
    assert_eq!(theirs.status, 200);
    assert_eq!(theirs.json["notifications"], json!([]));
    let preview_path = format!("/api/v1/manage/notifications/{id}/preview");
    let hidden = w.app.get_as(w.other_editor.as_str(), &preview_path).await;
    assert_eq!(hidden.status, 404);

    // The editor previews the message: in the organisation's language, the address masked, nothing of the person.
    let preview = w.app.get_as(w.editor.as_str(), &preview_path).await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    assert_eq!(preview.json["to"], "e***@ruta.test");
    assert_eq!(preview.json["subject"], "Nueva derivación en Ruta");
    assert_eq!(
        preview.json["text"],
        "Llegó una nueva derivación para su organización. Abra Ruta para verla."
    );
    for secret in PERSONAL {
        assert!(!preview.text.contains(secret), "the preview shows {secret}");
    }
}
