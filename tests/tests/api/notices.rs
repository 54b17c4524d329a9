//! Issue 18: what bookings and listings tell, through the outbox. A request, a moved session and a cancellation
//! reach the counsellor with nothing of the person; a person who asked for reminders gets a neutral confirmation
//! and, the day before, a reminder at their local time, through a real gateway on 127.0.0.1 — and none once the
//! session is moved or cancelled, nor ever without asking. Editors get the month's listing check with a signed
//! link that confirms a listing in one click and expires.

use std::time::Duration;

use api_types::{NotificationKind, OutboxStatus};
use ruta_server::domain::notification::Queued;
use ruta_tests::TestApp;
use ruta_tests::fixtures::{ServiceFixture, organization};
use serde_json::{Value, json};

use crate::outbox::{Gateway, UP, with_gateway};

const PW: &str = "tres palabras sueltas";
/// 2026-12-03 10:00 in Lima, the fixture counsellor's zone: two days after the test clock's start.
const SLOT: &str = "2026-12-03T15:00:00Z";
/// Another free slot, for a move.
const LATER: &str = "2026-12-04T15:00:00Z";

fn booking(reminders: bool, contact: &Value) -> Value {
    json!({
        "counsellor_id": uuid::Uuid::from_u128(0xC0),
        "start": SLOT,
        "modality": "video",
        "language": "es",
        "alias": "MARKER-ALIAS",
        "contact": contact,
        "reminders": reminders,
        "time_zone": "America/Lima",
        "consent": true
    })
}

fn whatsapp() -> Value {
    json!({ "channel": "whatsapp", "value": "9999 0000", "country": "HN", "notes": "after 6 pm" })
}

/// The outbox, oldest first.
async fn outbox(app: &TestApp) -> Vec<Queued> {
    let mut all = app.state.store.notifications(None, 100).await.unwrap();
    all.reverse();
    all
}

fn kinds(queued: &[Queued]) -> Vec<(NotificationKind, OutboxStatus)> {
    queued.iter().map(|q| (q.notification.kind, q.status)).collect()
}

/// Books [`SLOT`]; the reference and secret.
async fn book(app: &TestApp, body: &Value) -> (String, String) {
    let made = app.book(body).await;
    assert_eq!(made.status, 201, "{}", made.text);
    (
        made.json["reference"].as_str().unwrap().to_owned(),
        made.json["secret"].as_str().unwrap().to_owned(),
    )
}

async fn decide(app: &TestApp, cookie: &str, reference: &str, action: &str) {
    let answer = app
        .post_as(
            cookie,
            &format!("/api/v1/counsellor/appointments/{reference}/{action}"),
            None,
        )
        .await;
    assert_eq!(answer.status, 200, "{action}: {}", answer.text);
}

/// The texts the gateway accepted, as (kind, text).
fn texts(gateway: &Gateway) -> Vec<(String, String)> {
    gateway
        .posts()
        .iter()
        .map(|p| serde_json::from_slice::<Value>(&p.body).unwrap())
        .map(|v| {
            (
                v["kind"].as_str().unwrap_or_default().to_owned(),
                v["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The fixture counsellor Rosa, signed in, on a server whose texts go to a gateway that takes them.
async fn counsellor_with_gateway() -> (Gateway, TestApp, String) {
    let (gateway, app) = with_gateway(UP).await;
    app.add_fixture_counsellor(PW).await;
    let counsellor = app.login("rosa@ruta.test", PW).await;
    (gateway, app, counsellor)
}

/// Waits (the worker runs every second) until the gateway has `n` posts.
async fn posts_reach(gateway: &Gateway, n: usize) {
    for _ in 0..300 {
        if gateway.posts().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the gateway has {} posts, not {n}", gateway.posts().len());
}

#[tokio::test]
async fn the_counsellor_is_told_of_each_change_and_the_person_who_asked_gets_a_neutral_confirmation_and_reminder()
 {
    let (gateway, app, counsellor) = counsellor_with_gateway().await;
    app.add_user("admin", "admin@ruta.test", PW, None).await;
    let admin = app.login("admin@ruta.test", PW).await;

    let (reference, _secret) = book(&app, &booking(true, &whatsapp())).await;
    let queued = outbox(&app).await;
    assert_eq!(queued.len(), 1, "only the counsellor is told of a request");
    let request = &queued[0];
    assert_eq!(request.notification.kind, NotificationKind::BookingNew);
    assert_eq!(request.notification.organization_id, Some(organization().id));
    // No mail server: held, listed for staff, and its preview says nothing of the person.
    let held = crate::outbox::until(&app, request.notification.id, "held", |q| {
        q.status == OutboxStatus::Held
    })
    .await;
    assert_eq!(held.attempts, 0);
    let preview = app
        .get_as(
            &admin,
            &format!("/api/v1/manage/notifications/{}/preview", request.notification.id),
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.text);
    assert_eq!(preview.json["to"], "r***@ruta.test");
    for personal in ["MARKER-ALIAS", "9999", "6 pm", &reference] {
        assert!(!preview.text.contains(personal), "{personal} in {}", preview.text);
    }

    decide(&app, &counsellor, &reference, "confirm").await;
    posts_reach(&gateway, 1).await;
    let sent = texts(&gateway);
    assert_eq!(sent[0].0, "booking_confirmed");
    let confirmation = &sent[0].1;
    assert!(
        confirmation.contains("03/12/2026") && confirmation.contains("10:00"),
        "Lima time: {confirmation}"
    );
    assert!(confirmation.contains(&reference), "{confirmation}");
    for word in ["Ruta", "Rosa", "MARKER-ALIAS", "sesión", "psicol", "consej"] {
        assert!(!confirmation.contains(word), "{word} in {confirmation}");
    }
    let reminder = outbox(&app)
        .await
        .into_iter()
        .find(|q| q.notification.kind == NotificationKind::BookingReminder)
        .expect("a reminder is queued");
    assert_eq!(
        reminder.notification.due_at,
        "2026-12-02T15:00:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
    );
    assert_eq!(reminder.status, OutboxStatus::Pending);

    // The day before, the reminder goes out once, at the person's local time.
    app.clock.advance(chrono::Duration::hours(24));
    posts_reach(&gateway, 2).await;
    let sent = texts(&gateway);
    assert_eq!(sent[1].0, "booking_reminder");
    assert!(
        sent[1].1.contains("10:00") && sent[1].1.contains(&reference),
        "{}",
        sent[1].1
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(gateway.posts().len(), 2, "each message once");
}

#[tokio::test]
async fn moving_or_cancelling_calls_the_reminder_off_and_nothing_goes_to_a_person_who_did_not_ask() {
    let (gateway, app, counsellor) = counsellor_with_gateway().await;

    // Asked for reminders, confirmed, then moved by the person: the reminder is cancelled, the counsellor told.
    let (reference, secret) = book(&app, &booking(true, &whatsapp())).await;
    decide(&app, &counsellor, &reference, "confirm").await;
    posts_reach(&gateway, 1).await;
    let moved = app
        .send(
            "PATCH",
            &format!("/api/v1/appointments/{reference}"),
            Some(&json!({ "action": "reschedule", "start": LATER })),
            &[("x-booking-secret", secret.as_str())],
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.json["reminders"], true);
    let after_move = kinds(&outbox(&app).await);
    assert!(
        after_move.contains(&(NotificationKind::BookingReminder, OutboxStatus::Cancelled)),
        "{after_move:?}"
    );
    assert!(
        after_move
            .iter()
            .any(|(k, _)| *k == NotificationKind::BookingChanged),
        "{after_move:?}"
    );

    // Cancelled by the person: the counsellor is told; still no reminder by the old date.
    let cancelled = app
        .send(
            "PATCH",
            &format!("/api/v1/appointments/{reference}"),
            Some(&json!({ "action": "cancel" })),
            &[("x-booking-secret", secret.as_str())],
        )
        .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text);
    assert!(
        kinds(&outbox(&app).await)
            .iter()
            .any(|(k, _)| *k == NotificationKind::BookingCancelled)
    );

    // No reminders asked for: confirmed, yet nothing is queued for the person.
    let mut quiet = booking(false, &whatsapp());
    quiet["start"] = json!(LATER);
    let (other, _) = book(&app, &quiet).await;
    decide(&app, &counsellor, &other, "confirm").await;
    app.clock.advance(chrono::Duration::hours(48));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        texts(&gateway).len(),
        1,
        "only the first confirmation: {:?}",
        texts(&gateway)
    );
    let to_the_person: Vec<_> = kinds(&outbox(&app).await)
        .into_iter()
        .filter(|(k, s)| {
            matches!(
                k,
                NotificationKind::BookingConfirmed | NotificationKind::BookingReminder
            ) && *s != OutboxStatus::Cancelled
        })
        .collect();
    assert_eq!(
        to_the_person,
        [(NotificationKind::BookingConfirmed, OutboxStatus::Sent)]
    );
}

#[tokio::test]
async fn reminders_need_a_channel_they_can_go_on_and_a_real_time_zone() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    for (body, field) in [
        (json!({ "contact": null }), "reminders"),
        (
            json!({ "contact": { "channel": "signal", "value": "rosa.42" } }),
            "reminders",
        ),
        (json!({ "time_zone": "Mars/Olympus" }), "time_zone"),
    ] {
        let mut input = booking(true, &whatsapp());
        for (k, v) in body.as_object().unwrap() {
            input[k] = v.clone();
        }
        let refused = app.book(&input).await;
        refused.refused(422, field);
    }
    assert!(outbox(&app).await.is_empty(), "nothing written");
}

#[tokio::test]
async fn the_monthly_check_mails_each_editor_a_link_that_confirms_a_stale_listing_once_and_expires() {
    let old_centre = ServiceFixture::new(0x51, "Centro Viejo (test)", 14.08, -87.20).build();
    let app = TestApp::spawn_with_services(&[old_centre]).await;
    app.add_user("ngo_editor", "editor@ruta.test", PW, Some(organization().id))
        .await;
    let editor = app.login("editor@ruta.test", PW).await;
    let id = uuid::Uuid::from_u128(0x51);

    // Fresh listings are not asked about.
    assert_eq!(
        ruta_server::check_listings(&app.state, app.clock.now_for_tests())
            .await
            .unwrap(),
        0
    );
    // 151 days later it is, once a month however often the check runs.
    app.clock.advance(chrono::Duration::days(151));
    let editor = {
        let _ = editor;
        app.login("editor@ruta.test", PW).await
    };
    let now = app.clock.now_for_tests();
    assert_eq!(ruta_server::check_listings(&app.state, now).await.unwrap(), 1);
    assert_eq!(ruta_server::check_listings(&app.state, now).await.unwrap(), 0);
    let mail = outbox(&app).await.pop().unwrap();
    assert_eq!(mail.notification.kind, NotificationKind::ListingCheck);
    let opened = ruta_server::notify::open(
        &mail,
        &app.state.booking.settings.vault,
        ruta_server::http::language::localizer_or_spanish,
    )
    .unwrap();
    assert_eq!(opened.recipient, "editor@ruta.test");
    let text = opened.message.text;
    assert!(text.contains("Centro Viejo (test)"), "{text}");
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/listings/confirm?token="))
        .expect("a link");
    let path = &link[link.find("/listings/").unwrap()..];

    // Following the link confirms nothing (a mail scanner may follow it); the button does.
    let page = app.send("GET", path, None, &[]).await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert!(
        page.text.contains("Centro Viejo (test)") && page.text.contains("<form method=\"post\""),
        "{}",
        page.text
    );
    assert_eq!(record(&app, &editor, id).await["stale"], false);
    assert!(record(&app, &editor, id).await.get("last_verified_at").is_none());
    let token = &path[path.find("token=").unwrap() + 6..];
    let confirmed = app
        .send_form("POST", "/listings/confirm", &format!("token={token}"))
        .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.text);
    assert!(
        confirmed.text.contains("Centro Viejo (test)"),
        "{}",
        confirmed.text
    );
    assert_eq!(record(&app, &editor, id).await["last_verified_at"], json!(now));
    let history = app
        .get_as(&editor, &format!("/api/v1/manage/services/{id}/audit"))
        .await;
    assert!(
        history.text.contains("\"verify\"") && history.text.contains("editor@ruta.test"),
        "{}",
        history.text
    );

    // A changed token is refused; after 30 days the link has expired.
    let forged = app
        .send_form("POST", "/listings/confirm", &format!("token=x{token}"))
        .await;
    assert_eq!(forged.status, 400);
    app.clock.advance(chrono::Duration::days(31));
    let late = app
        .send_form("POST", "/listings/confirm", &format!("token={token}"))
        .await;
    assert_eq!(late.status, 410, "{}", late.text);
}

/// A listing as its editor reads it.
async fn record(app: &TestApp, cookie: &str, id: uuid::Uuid) -> Value {
    app.get_as(cookie, &format!("/api/v1/manage/services/{id}"))
        .await
        .json
}
