//! Remote appointments over HTTP: finding a counsellor, slots, booking without an account, one booking per slot
//! under 50 concurrent requests, Idempotency-Key, the secret, the counsellor's decisions, "book again", the
//! neutral .ics, and the purge that leaves no trace in the database files.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use ruta_tests::TestApp;
use ruta_tests::fixtures::organization;
use serde_json::{Value, json};
use uuid::Uuid;

const PW: &str = "tres palabras sueltas";

async fn spawn() -> (TestApp, String) {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    let cookie = app.login("rosa@ruta.test", PW).await;
    (app, cookie)
}

/// 2026-12-02 10:00 in Lima (−05): the day after the test clock's now (2026-12-01T15:00Z).
const SLOT: &str = "2026-12-02T15:00:00Z";

fn booking(start: &str) -> Value {
    json!({
        "counsellor_id": Uuid::from_u128(0xC0),
        "start": start,
        "modality": "video",
        "language": "qu",
        "alias": "Flor",
        "contact": { "channel": "whatsapp", "value": "900 000 001", "country": "PE", "notes": "solo después de las 6 MARKER-CONTACT" },
        "consent": true
    })
}

/// A booking sent with an `Idempotency-Key`, as the app sends it (and sends it again on a bad connection).
async fn book_with_key(app: &TestApp, body: &Value, key: &str) -> ruta_tests::Answer {
    app.send(
        "POST",
        "/api/v1/appointments",
        Some(body),
        &[("idempotency-key", key)],
    )
    .await
}

#[tokio::test]
async fn a_survivor_finds_a_counsellor_books_and_the_counsellor_confirms() {
    let (app, cookie) = spawn().await;
    let list = app
        .get("/api/v1/counsellors?language=qu&modality=video&gender=woman")
        .await;
    assert_eq!(list.status, 200, "{}", list.text);
    assert_eq!(list.json[0]["display_name"], "Rosa (test)");
    assert_eq!(
        list.json[0]["soonest"], "2026-12-01T17:00:00Z",
        "12:00 in Lima: the first slot after 2 h notice"
    );
    assert!(
        app.get("/api/v1/counsellors?language=ht")
            .await
            .json
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(app.get("/api/v1/counsellors?gender=other").await.status, 400);

    // Slots shown in the survivor's own zone (Santiago, −03 in December).
    let slots = app
        .get("/api/v1/counsellors/00000000-0000-0000-0000-0000000000c0/slots?from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z&tz=America/Santiago")
        .await;
    assert_eq!(slots.status, 200, "{}", slots.text);
    assert_eq!(slots.json["slots"][1]["start"], SLOT);
    assert_eq!(slots.json["slots"][1]["local_start"], "2026-12-02T12:00");
    assert_eq!(
        slots.json["slots"].as_array().unwrap().len(),
        8,
        "09:00…16:00 in Lima"
    );
    let bad = app
        .get("/api/v1/counsellors/00000000-0000-0000-0000-0000000000c0/slots?tz=Mars/Base")
        .await;
    bad.refused(400, "tz");

    // Consent is required; modality and language must be the counsellor's.
    let mut no_consent = booking(SLOT);
    no_consent["consent"] = json!(false);
    let refused = app.book(&no_consent).await;
    refused.refused(422, "consent");
    let mut chat = booking(SLOT);
    chat["modality"] = json!("chat");
    assert_eq!(app.book(&chat).await.json["error"]["field"], "modality");
    let off_grid = app.book(&booking("2026-12-02T15:30:00Z")).await;
    off_grid.refused(422, "start");

    let made = app.book(&booking(SLOT)).await;
    assert_eq!(made.status, 201, "{}", made.text);
    let reference = made.json["reference"].as_str().unwrap().to_owned();
    let secret = made.json["secret"].as_str().unwrap().to_owned();
    assert_eq!(made.json["status"], "requested");
    assert_eq!(
        made.json.get("room_url"),
        None,
        "no room link before the counsellor confirms: {}",
        made.text
    );
    assert_eq!(made.json["contact_channel"], "whatsapp");
    assert_eq!(
        made.json["delete_after"], "2027-01-01T15:50:00Z",
        "30 days after the session"
    );
    assert!(
        !made.text.contains("MARKER-CONTACT"),
        "contact details are not sent back"
    );

    // The booking with its secret (any case, dashes optional); a wrong secret finds nothing.
    let path = format!("/api/v1/appointments/{reference}");
    let loose = secret.to_lowercase().replace('-', "");
    let mine = app.get_with(&path, &[("x-booking-secret", loose.as_str())]).await;
    assert_eq!(mine.json["status"], "requested");
    assert!(mine.json.get("secret").is_none(), "the secret is shown once");
    assert_eq!(
        app.get_with(&path, &[("x-booking-secret", "AAAA-BBBB-CCCC")])
            .await
            .status,
        404
    );
    assert_eq!(app.get(&path).await.status, 404);

    // The counsellor sees the request in Lima time, with the contact decrypted for them only, and confirms.
    let dashboard = app.get_as(&cookie, "/api/v1/counsellor/appointments").await;
    assert_eq!(dashboard.json[0]["local_start"], "2026-12-02T10:00");
    assert_eq!(
        dashboard.json[0]["contact"]["value"], "+51900000001",
        "a local number is kept with its country code"
    );
    assert_eq!(
        dashboard.json[0]["contact"]["notes"],
        "solo después de las 6 MARKER-CONTACT"
    );
    // Before confirmation the .ics says where the link will be, and holds none.
    let early_ics = app
        .get_with(
            &format!("{path}/calendar.ics"),
            &[("x-booking-secret", secret.as_str()), ("accept-language", "es")],
        )
        .await;
    assert!(
        !early_ics.text.contains("video.ruta.invalid"),
        "{}",
        early_ics.text
    );
    assert!(early_ics.text.contains("Mi reserva"), "{}", early_ics.text);
    assert_eq!(dashboard.json[0]["alias"], "Flor");
    let confirm = app
        .post_as(
            &cookie,
            &format!("/api/v1/counsellor/appointments/{reference}/confirm"),
            None,
        )
        .await;
    assert_eq!(confirm.json["status"], "confirmed", "{}", confirm.text);
    let confirmed = app
        .get_with(&path, &[("x-booking-secret", secret.as_str())])
        .await;
    assert_eq!(confirmed.json["status"], "confirmed");
    assert!(
        confirmed.json["room_url"]
            .as_str()
            .is_some_and(|url| url.starts_with("https://video.ruta.invalid/room/")),
        "the room once confirmed: {}",
        confirmed.text
    );

    // Other staff cannot see it; anonymous callers neither.
    app.add_user("operator", "op@ruta.test", PW, None).await;
    let operator = app.login("op@ruta.test", PW).await;
    assert_eq!(
        app.get_as(&operator, "/api/v1/counsellor/appointments")
            .await
            .status,
        403
    );
    assert_eq!(app.get("/api/v1/counsellor/appointments").await.status, 401);

    // The .ics parses back, holds the time and the room, and says nothing about who or what.
    let ics = app
        .get_with(
            &format!("{path}/calendar.ics"),
            &[("x-booking-secret", secret.as_str()), ("accept-language", "es")],
        )
        .await;
    assert_eq!(ics.status, 200);
    assert!(ics.header("content-type").starts_with("text/calendar"));
    let calendar: icalendar::Calendar = ics.text.parse().unwrap();
    let event = calendar.components.iter().find_map(|c| c.as_event()).unwrap();
    use icalendar::Component;
    assert_eq!(event.get_summary(), Some("Cita"));
    assert_eq!(
        event.get_start(),
        Some(icalendar::DatePerhapsTime::DateTime(
            icalendar::CalendarDateTime::Utc(SLOT.parse::<DateTime<Utc>>().unwrap())
        ))
    );
    for word in [
        "Fixture Organisation",
        "Rosa",
        "traf",
        "trata",
        "explot",
        "psico",
        "ruta.test",
    ] {
        assert!(
            !ics.text.to_lowercase().contains(&word.to_lowercase()),
            "{word} in the .ics: {}",
            ics.text
        );
    }
    assert!(ics.text.contains("video.ruta.invalid"));

    // Book again with the same counsellor: the counsellor sees a returning person.
    let mut again = booking("2026-12-03T15:00:00Z");
    again["previous_reference"] = json!(reference);
    again["previous_secret"] = json!(secret);
    let second = app.book(&again).await;
    assert_eq!(second.status, 201, "{}", second.text);
    assert_eq!(second.json["returning"], true);
    let mut forged = booking("2026-12-04T15:00:00Z");
    forged["previous_reference"] = json!(reference);
    forged["previous_secret"] = json!("AAAA-BBBB-CCCC");
    assert_eq!(
        app.book(&forged).await.json["error"]["field"],
        "previous_reference"
    );

    // Declining suggests other free slots; the survivor sees "declined".
    let second_ref = second.json["reference"].as_str().unwrap();
    let decline = app
        .post_as(
            &cookie,
            &format!("/api/v1/counsellor/appointments/{second_ref}/decline"),
            None,
        )
        .await;
    assert_eq!(decline.json["status"], "declined");
    assert_eq!(decline.json["suggested"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn fifty_requests_for_one_slot_make_exactly_one_booking_and_a_retry_is_the_same_booking() {
    let (app, _) = spawn().await;
    let app = Arc::new(app);
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move { app.book(&booking(SLOT)).await }));
    }
    let mut created = 0;
    let mut taken = 0;
    for task in tasks {
        let answer = task.await.unwrap();
        match answer.status {
            201 => created += 1,
            409 => {
                assert_eq!(answer.json["error"]["code"], "slot_taken");
                taken += 1;
            }
            other => panic!("unexpected {other}: {}", answer.text),
        }
    }
    assert_eq!((created, taken), (1, 49));

    // A retried request on a bad connection: same Idempotency-Key, same booking and secret, no second one.
    let start = "2026-12-03T16:00:00Z";
    let first = book_with_key(&app, &booking(start), KEY_1).await;
    let retry = book_with_key(&app, &booking(start), KEY_1).await;
    assert_eq!((first.status, retry.status), (201, 200));
    assert_eq!(first.json["reference"], retry.json["reference"]);
    assert_eq!(first.json["secret"], retry.json["secret"]);
    let other_key = book_with_key(&app, &booking(start), KEY_2).await;
    assert_eq!(
        other_key.status, 409,
        "another key is another booking: the slot is taken"
    );

    // The same key with another request is no way into the first booking: refused, naming the key, and
    // nothing of the first booking in the answer.
    let mut other_request = booking(start);
    other_request["consent"] = json!(false);
    other_request["alias"] = json!("Someone else");
    let reused = book_with_key(&app, &other_request, KEY_1).await;
    assert_eq!(
        (reused.status, reused.json["error"]["field"].as_str()),
        (422, Some("Idempotency-Key")),
        "{}",
        reused.text
    );
    let first_reference = first.json["reference"].as_str().unwrap();
    assert!(!reused.text.contains(first_reference), "{}", reused.text);
    // A key too short to be random is refused before anything is looked up.
    for weak in ["retry-1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"] {
        let refused = book_with_key(&app, &booking("2026-12-03T17:00:00Z"), weak).await;
        assert_eq!(
            (refused.status, refused.json["error"]["field"].as_str()),
            (400, Some("Idempotency-Key")),
            "{weak}: {}",
            refused.text
        );
    }
}

const KEY_1: &str = "6f1c2a9e-3b7d-4c8e-9a15-0d2f4b6c8e10";
const KEY_2: &str = "0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";

/// Bookings with keys (the app always sends one) racing with listing edits: SQLite's write lock is taken at the
/// start of each transaction, so contention waits instead of failing — never a 500.
#[tokio::test]
async fn concurrent_bookings_with_keys_and_edits_never_fail_with_500() {
    let (app, cookie) = spawn().await;
    let app = Arc::new(app);
    let mut tasks = Vec::new();
    for n in 0..24_u32 {
        let app = Arc::clone(&app);
        let cookie = cookie.clone();
        tasks.push(tokio::spawn(async move {
            if n % 3 == 0 {
                // A counsellor's own availability saved meanwhile: another writer on the same database.
                let profile = app.get_as(&cookie, "/api/v1/counsellor/profile").await;
                let body = json!({ "weekly": profile.json["weekly"], "time_off": [] });
                let tag = profile.header("etag").to_owned();
                app.send(
                    "PUT",
                    "/api/v1/counsellor/availability",
                    Some(&body),
                    &[("cookie", cookie.as_str()), ("if-match", tag.as_str())],
                )
                .await
            } else {
                let day = 2 + n % 6;
                let hour = 14 + n % 7;
                let start = format!("2026-12-{day:02}T{hour}:00:00Z");
                let key = format!("{n:02}9f3c2a-7b1d-4e8f-a6c5-{:012x}", u64::from(n) * 7919 + 1);
                app.send(
                    "POST",
                    "/api/v1/appointments",
                    Some(&booking(&start)),
                    &[("idempotency-key", key.as_str())],
                )
                .await
            }
        }));
    }
    for task in tasks {
        let answer = task.await.unwrap();
        assert!(
            matches!(answer.status, 200 | 201 | 409),
            "{}: {}",
            answer.status,
            answer.text
        );
    }
}

#[tokio::test]
async fn cancelling_frees_the_slot_and_rescheduling_moves_it() {
    let (app, _) = spawn().await;
    let made = app.book(&booking(SLOT)).await;
    let path = format!(
        "/api/v1/appointments/{}",
        made.json["reference"].as_str().unwrap()
    );
    let secret = made.json["secret"].as_str().unwrap().to_owned();
    let moved = app
        .send(
            "PATCH",
            &path,
            Some(&json!({ "action": "reschedule", "start": "2026-12-02T16:00:00Z" })),
            &[("x-booking-secret", secret.as_str())],
        )
        .await;
    assert_eq!(moved.json["start"], "2026-12-02T16:00:00Z", "{}", moved.text);
    let rebook = app.book(&booking(SLOT)).await;
    assert_eq!(rebook.status, 201, "the old slot is free again");
    let cancel = app
        .send(
            "PATCH",
            &path,
            Some(&json!({ "action": "cancel" })),
            &[("x-booking-secret", secret.as_str())],
        )
        .await;
    assert_eq!(cancel.json["status"], "cancelled");
    let again = app.book(&booking("2026-12-02T16:00:00Z")).await;
    assert_eq!(again.status, 201, "a cancelled booking frees its slot");
}

/// Whether `start` is still offered as a free slot of the fixture counsellor on 2026-12-02.
async fn still_free(app: &TestApp, start: &str) -> bool {
    let counsellor = "00000000-0000-0000-0000-0000000000c0";
    crate::counsellors::starts(app, counsellor, "2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z")
        .await
        .iter()
        .any(|s| s == start)
}

/// The modality is a closed vocabulary on the wire: an unknown one is refused by the body extractor as a 422
/// naming `modality`, and nothing is booked; as a filter it is a 400 naming the parameter.
#[tokio::test]
async fn a_booking_with_an_unknown_modality_is_refused_naming_the_modality() {
    let (app, _) = spawn().await;
    let mut fax = booking(SLOT);
    fax["modality"] = json!("fax");
    let refused = app.book(&fax).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(refused.json["error"]["code"], "invalid_field");
    assert_eq!(refused.json["error"]["field"], "modality");
    assert!(still_free(&app, SLOT).await, "nothing was booked");

    let filtered = app.get("/api/v1/counsellors?modality=fax").await;
    filtered.refused(400, "modality");
}

/// The contact channel is a closed vocabulary on the wire: an unknown one is refused as a 422 naming
/// `contact.channel`, and nothing is booked or kept.
#[tokio::test]
async fn a_booking_with_an_unknown_contact_channel_is_refused_naming_the_channel() {
    let (app, _) = spawn().await;
    let mut pigeon = booking(SLOT);
    pigeon["contact"]["channel"] = json!("carrier_pigeon");
    let refused = app.book(&pigeon).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(refused.json["error"]["code"], "invalid_field");
    assert_eq!(refused.json["error"]["field"], "contact.channel");
    assert!(still_free(&app, SLOT).await, "nothing was booked");

    // Every channel the app offers is taken.
    for (channel, start) in [
        ("phone", "2026-12-02T14:00:00Z"),
        ("whatsapp", "2026-12-02T16:00:00Z"),
        ("signal", "2026-12-02T17:00:00Z"),
        ("email", "2026-12-02T18:00:00Z"),
    ] {
        let mut input = booking(start);
        input["contact"]["channel"] = json!(channel);
        if channel == "email" {
            input["contact"]["value"] = json!("flor@example.org");
        }
        let made = app.book(&input).await;
        assert_eq!(made.status, 201, "{channel}: {}", made.text);
    }
}

#[tokio::test]
async fn after_the_purge_nothing_of_a_booking_is_left_in_the_database_files() {
    if ruta_tests::on_postgres() {
        return; // SQLite only: it reads the bytes of the SQLite files.
    }
    let (app, _) = spawn().await;
    let made = app.book(&booking(SLOT)).await;
    let reference = made.json["reference"].as_str().unwrap().to_owned();
    let files = |dir: &std::path::Path| -> Vec<u8> {
        let mut all = Vec::new();
        for name in ["ruta.sqlite3", "ruta.sqlite3-wal"] {
            all.extend(std::fs::read(dir.join(name)).unwrap_or_default());
        }
        all
    };
    let contains =
        |haystack: &[u8], needle: &str| haystack.windows(needle.len()).any(|w| w == needle.as_bytes());
    let before = files(app.data_dir.path());
    assert!(
        contains(&before, &reference),
        "the reference is stored while the booking stands"
    );
    assert!(
        !contains(&before, "MARKER-CONTACT"),
        "the contact is encrypted at rest"
    );

    // 30 days after the session: purged, counted anonymously, and the bytes are gone from the files.
    app.clock.advance(Duration::days(32));
    let gone = app
        .state
        .booking
        .store
        .purge_appointments(app.clock.now_for_tests())
        .await
        .unwrap();
    assert_eq!(gone, 1);
    let pool = ruta_tests::pool_of(&app).await;
    let count: i64 = sqlx::query_scalar("SELECT SUM(count) FROM appointment_counts")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(count, 1, "an anonymous count stays");
    pool.close().await;
    let after = files(app.data_dir.path());
    assert!(!contains(&after, &reference), "the reference is overwritten");
    assert!(!contains(&after, "MARKER-CONTACT"));
    let path = format!("/api/v1/appointments/{reference}");
    let secret = made.json["secret"].as_str().unwrap();
    assert_eq!(
        app.get_with(&path, &[("x-booking-secret", secret)]).await.status,
        404
    );
}
