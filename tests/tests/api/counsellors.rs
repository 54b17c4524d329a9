//! Counsellor profiles kept by their organisation's editors and admins (`/api/v1/manage/counsellors`), and the
//! availability a signed-in counsellor keeps themself (`/api/v1/counsellor/profile`, `/availability`): who may do
//! what, per-field errors that write nothing, slots that follow every change at once, and bookings that are never
//! dropped by new time off.

use ruta_tests::fixtures::organization;
use ruta_tests::{Answer, TestApp};
use serde_json::{Value, json};

use crate::accounts::{World, other_organization};
use crate::openapi::{assert_schemas, needs_session, operation};

const PW: &str = "tres palabras sueltas";

/// No directory but the two organisations, and one signed-in account of each role; the counsellor is Rosa, of
/// the fixture organisation (not yet linked to a profile).
async fn world() -> World {
    let app = TestApp::spawn_with(&[organization(), other_organization()], &[]).await;
    crate::accounts::staff(app, "rosa@ruta.test").await
}

/// A request as the staff screens make it: a `PUT` carries, in `If-Match`, the `ETag` the profile has just been
/// read with by the same session (when it may read it at all). Without one, or with an old one, is
/// `concurrency.rs`'s to test.
async fn call(w: &World, cookie: Option<&str>, method: &str, path: &str, body: Option<&Value>) -> Answer {
    let mut headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    let tag = if method == "PUT" {
        let read = match path {
            "/api/v1/counsellor/availability" => "/api/v1/counsellor/profile",
            other => other,
        };
        let current = w.app.get_with(read, &headers).await;
        current
            .headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    } else {
        None
    };
    if let Some(tag) = &tag {
        headers.push(("if-match", tag.as_str()));
    }
    w.app.send(method, path, body, &headers).await
}

/// `GET path` as the account whose session cookie this is.
async fn get(w: &World, cookie: &str, path: &str) -> Answer {
    call(w, Some(cookie), "GET", path, None).await
}

/// A profile added (`POST /api/v1/manage/counsellors`) by the account whose session cookie this is.
async fn add_profile(w: &World, cookie: &str, input: &Value) -> Answer {
    call(w, Some(cookie), "POST", "/api/v1/manage/counsellors", Some(input)).await
}

/// A profile replaced (`PUT /api/v1/manage/counsellors/{id}`) by the account whose session cookie this is.
async fn save_profile(w: &World, cookie: &str, id: &str, input: &Value) -> Answer {
    call(
        w,
        Some(cookie),
        "PUT",
        &format!("/api/v1/manage/counsellors/{id}"),
        Some(input),
    )
    .await
}

/// Rosa saves her own hours and time off (`PUT /api/v1/counsellor/availability`), as from her screen.
async fn save_availability(w: &World, body: &Value) -> Answer {
    call(
        w,
        Some(&w.counsellor),
        "PUT",
        "/api/v1/counsellor/availability",
        Some(body),
    )
    .await
}

/// Weekly windows (`day`, from, until: local times) as the API takes them.
fn weekly(windows: &[(&str, &str, &str)]) -> Value {
    windows
        .iter()
        .map(|(day, from, until)| json!({ "day": day, "from": from, "until": until }))
        .collect()
}

/// A whole profile: Lima (−05, no daylight saving), Wednesdays 09:00–12:00, 50-minute sessions, 10 minutes
/// between them, 2 hours' notice. The test clock says Tuesday 2026-12-01 10:00 in Lima.
fn profile_input() -> Value {
    json!({
        "display_name": "Rosa (test)",
        "gender": "woman",
        "languages": ["es", "qu"],
        "specialities": ["women", "sexual_exploitation"],
        "modalities": ["video", "phone"],
        "timezone": "America/Lima",
        "session_minutes": 50,
        "buffer_minutes": 10,
        "notice_minutes": 120,
        "horizon_days": 28,
        "weekly": weekly(&[("wed", "09:00", "12:00")]),
    })
}

/// Creates Rosa's profile as the editor, linked to her account; returns its id.
async fn rosa(w: &World) -> String {
    let mut input = profile_input();
    input["user_email"] = json!("Rosa@ruta.test");
    let made = add_profile(w, &w.editor, &input).await;
    assert_eq!(made.status, 201, "{}", made.text);
    made.json["id"].as_str().unwrap().to_owned()
}

/// The starts of the free slots between two instants, UTC.
pub(crate) async fn starts(app: &TestApp, id: &str, from: &str, to: &str) -> Vec<String> {
    let free = app
        .get_json(&format!("/api/v1/counsellors/{id}/slots?from={from}&to={to}"))
        .await;
    free["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap().to_owned())
        .collect()
}

const WEDNESDAY: (&str, &str) = ("2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z");
const THURSDAY: (&str, &str) = ("2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z");

/// A `PUT /api/v1/counsellor/availability` body.
fn availability(weekly: Value, time_off: Value) -> Value {
    Value::Object(serde_json::Map::from_iter([
        ("weekly".to_owned(), weekly),
        ("time_off".to_owned(), time_off),
    ]))
}

#[tokio::test]
async fn an_editor_adds_a_counsellor_who_then_signs_in_and_is_bookable_at_once() {
    let w = world().await;
    let id = rosa(&w).await;

    let mine = get(&w, &w.counsellor, "/api/v1/counsellor/profile").await;
    assert_eq!(mine.status, 200, "{}", mine.text);
    assert_eq!(mine.json["id"], id.as_str());
    assert_eq!(mine.json["user_email"], "rosa@ruta.test");
    assert_eq!(mine.json["organization_id"], organization().id.to_string());
    assert_eq!(mine.json["weekly"], weekly(&[("wed", "09:00", "12:00")]));
    assert_eq!(mine.json["notice_minutes"], 120);

    // Survivors find her and her slots right away: 09:00, 10:00 and 11:00 in Lima on Wednesday.
    let public = w.app.get("/api/v1/counsellors?language=qu").await;
    assert_eq!(public.json[0]["id"], id.as_str(), "{}", public.text);
    assert_eq!(
        starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await,
        [
            "2026-12-02T14:00:00Z",
            "2026-12-02T15:00:00Z",
            "2026-12-02T16:00:00Z"
        ]
    );

    // The change is in the organisation's history, by whom and what.
    let history = get(
        &w,
        &w.editor,
        &format!("/api/v1/manage/organizations/{}/audit", organization().id),
    )
    .await;
    let entry = &history.json[0];
    assert_eq!(
        (
            &entry["entity"],
            &entry["action"],
            &entry["actor"],
            &entry["entity_id"]
        ),
        (
            &json!("counsellor"),
            &json!("create"),
            &json!("editor@ruta.test"),
            &json!(id)
        ),
        "{}",
        history.text
    );

    // Deactivated by the editor: gone from the public list and its slots, at once.
    let mut off = profile_input();
    off["active"] = json!(false);
    off["user_email"] = json!("rosa@ruta.test");
    let saved = save_profile(&w, &w.editor, &id, &off).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["user_email"], "rosa@ruta.test", "the link stays");
    assert!(
        w.app
            .get("/api/v1/counsellors")
            .await
            .json
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        w.app.get(&format!("/api/v1/counsellors/{id}/slots")).await.status,
        404
    );
}

#[tokio::test]
async fn only_the_organizations_editors_and_admins_manage_counsellors_and_a_counsellor_only_their_own_availability()
 {
    let w = world().await;
    let id = rosa(&w).await;
    // Another organisation's counsellor, with an account of their own.
    w.app
        .add_user("counsellor", "luis@ruta.test", PW, Some(other_organization().id))
        .await;
    let mut theirs = profile_input();
    theirs["display_name"] = json!("Luis (test)");
    theirs["gender"] = json!("man");
    theirs["user_email"] = json!("luis@ruta.test");
    let made = add_profile(&w, &w.other_editor, &theirs).await;
    assert_eq!(made.status, 201, "{}", made.text);
    let luis_id = made.json["id"].as_str().unwrap().to_owned();
    let luis = w.app.login("luis@ruta.test", PW).await;

    let own_org = organization().id;
    let mut create = profile_input();
    create["organization_id"] = json!(own_org);
    let mut update = profile_input();
    update["user_email"] = json!("rosa@ruta.test");
    let week = availability(weekly(&[("wed", "09:00", "12:00")]), json!([]));
    // (method, path, body, [anonymous, admin, editor, other_editor, operator, counsellor])
    #[rustfmt::skip]
    let rows: Vec<(&str, String, Option<&Value>, [u16; 6])> = vec![
        ("GET",  "/manage/counsellors".into(),                             None,          [401, 200, 200, 200, 403, 403]),
        ("GET",  format!("/manage/counsellors?organization_id={own_org}"), None,          [401, 200, 200, 403, 403, 403]),
        ("POST", "/manage/counsellors".into(),                             Some(&create), [401, 201, 201, 403, 403, 403]),
        ("GET",  format!("/manage/counsellors/{id}"),                      None,          [401, 200, 200, 403, 403, 403]),
        ("PUT",  format!("/manage/counsellors/{id}"),                      Some(&update), [401, 200, 200, 403, 403, 403]),
        ("GET",  "/counsellor/profile".into(),                             None,          [401, 403, 403, 403, 403, 200]),
        ("PUT",  "/counsellor/availability".into(),                        Some(&week),   [401, 403, 403, 403, 403, 200]),
    ];
    let failures = ruta_tests::access_failures(&rows, &w.everyone(), async |method, path, body, cookie| {
        call(&w, cookie, method, path, body).await
    })
    .await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Each editor sees their own organisation's counsellors only; the admin sees everyone's, or one's.
    let names_in = |answer: &Answer| -> Vec<String> {
        answer
            .json
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["display_name"].as_str().unwrap().to_owned())
            .collect()
    };
    let list = |cookie: &str, query: &str| {
        let path = format!("/api/v1/manage/counsellors{query}");
        let w = &w;
        let cookie = cookie.to_owned();
        async move { get(w, &cookie, &path).await }
    };
    let editor_sees = names_in(&list(&w.editor, "").await);
    assert!(
        !editor_sees.is_empty() && editor_sees.iter().all(|n| n == "Rosa (test)"),
        "{editor_sees:?}"
    );
    assert_eq!(names_in(&list(&w.other_editor, "").await), ["Luis (test)"]);
    let everyone = names_in(&list(&w.admin, "").await);
    assert!(everyone.contains(&"Luis (test)".to_owned()) && everyone.contains(&"Rosa (test)".to_owned()));
    assert_eq!(
        names_in(&list(&w.admin, &format!("?organization_id={}", other_organization().id)).await),
        ["Luis (test)"]
    );
    // An editor cannot slip a counsellor into another organisation.
    let mut elsewhere = profile_input();
    elsewhere["organization_id"] = json!(other_organization().id);
    let refused = add_profile(&w, &w.editor, &elsewhere).await;
    assert_eq!(refused.status, 403, "{}", refused.text);

    // Luis changes his availability: his slots change, Rosa's do not; no way for him to touch hers.
    let rosa_before = starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await;
    let luis_week = availability(weekly(&[("wed", "14:00", "15:00")]), json!([]));
    let saved = call(
        &w,
        Some(&luis),
        "PUT",
        "/api/v1/counsellor/availability",
        Some(&luis_week),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["profile"]["id"], luis_id.as_str());
    assert_eq!(
        starts(&w.app, &luis_id, WEDNESDAY.0, WEDNESDAY.1).await,
        ["2026-12-02T19:00:00Z"]
    );
    assert_eq!(starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await, rosa_before);
    let forbidden = save_profile(&w, &luis, &id, &update).await;
    assert_eq!(forbidden.status, 403);
}

#[tokio::test]
async fn a_rejected_profile_names_the_field_and_writes_nothing() {
    let w = world().await;
    let id = rosa(&w).await;
    w.app
        .add_user("counsellor", "luis@ruta.test", PW, Some(other_organization().id))
        .await;
    let path = format!("/api/v1/manage/counsellors/{id}");
    let before = get(&w, &w.editor, &path).await;
    assert_eq!(before.status, 200);
    let audit_path = format!("/api/v1/manage/organizations/{}/audit", organization().id);
    let audit_entries = async || {
        get(&w, &w.editor, &audit_path)
            .await
            .json
            .as_array()
            .unwrap()
            .len()
    };
    let audited = audit_entries().await;

    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut bad = |key: &str, value: Value, field: &'static str| {
        let mut input = profile_input();
        input["user_email"] = json!("rosa@ruta.test");
        input[key] = value;
        cases.push((input, field));
    };
    bad("timezone", json!("Mars/Olympus"), "timezone");
    bad(
        "weekly",
        weekly(&[
            ("mon", "09:00", "12:00"),
            ("tue", "09:00", "12:00"),
            ("wed", "9h", "12:00"),
        ]),
        "weekly[2].from",
    );
    bad("weekly", weekly(&[("wed", "09:00", "09:30")]), "weekly[0].until");
    bad(
        "weekly",
        weekly(&[("wed", "09:00", "12:00"), ("wed", "11:00", "13:00")]),
        "weekly[1].from",
    );
    bad(
        "weekly",
        weekly(&[("someday", "09:00", "12:00")]),
        "weekly[0].day",
    );
    bad("languages", json!(["not a language"]), "languages[0]");
    bad("languages", json!([]), "languages");
    bad("session_minutes", json!(5), "session_minutes");
    bad("buffer_minutes", json!(-1), "buffer_minutes");
    bad("notice_minutes", json!(100_000), "notice_minutes");
    bad("horizon_days", json!(0), "horizon_days");
    bad("gender", json!("other"), "gender");
    bad("specialities", json!(["women", "spa"]), "specialities[1]");
    bad("modalities", json!([]), "modalities");
    bad("modalities", json!(["fax"]), "modalities[0]");
    bad("display_name", json!("  "), "display_name");
    bad(
        "time_off",
        json!([{ "from": "2026-12-24", "until": "2026-12-20" }]),
        "time_off[0].until",
    );
    bad(
        "time_off",
        json!([{ "from": "24/12/2026", "until": "2026-12-26" }]),
        "time_off[0].from",
    );
    bad("user_email", json!("nobody@ruta.test"), "user_email");
    bad("user_email", json!("editor@ruta.test"), "user_email");
    bad("user_email", json!("luis@ruta.test"), "user_email");
    bad(
        "organization_id",
        json!(other_organization().id),
        "organization_id",
    );
    bad("colour", json!("blue"), "colour");
    for (input, field) in &cases {
        let answer = call(&w, Some(&w.editor), "PUT", &path, Some(input)).await;
        assert_eq!(answer.status, 422, "{field}: {}", answer.text);
        assert_eq!(answer.json["error"]["code"], "invalid_field", "{field}");
        assert_eq!(
            answer.json["error"]["field"].as_str(),
            Some(*field),
            "{}",
            answer.text
        );
    }
    let after = get(&w, &w.editor, &path).await;
    assert_eq!(before.json, after.json, "a rejected edit changed the profile");

    // A rejected creation adds no one; an admin must say which organisation.
    let mut no_zone = profile_input();
    no_zone["timezone"] = json!("GMT+5");
    let refused = add_profile(&w, &w.editor, &no_zone).await;
    refused.refused(422, "timezone");
    let orphan = add_profile(&w, &w.admin, &profile_input()).await;
    orphan.refused(422, "organization_id");
    let listed = get(&w, &w.editor, "/api/v1/manage/counsellors").await;
    assert_eq!(listed.json.as_array().unwrap().len(), 1);

    // One account, one profile.
    let mut twin = profile_input();
    twin["user_email"] = json!("rosa@ruta.test");
    let conflict = add_profile(&w, &w.editor, &twin).await;
    assert_eq!(
        (conflict.status, conflict.json["error"]["field"].as_str()),
        (409, Some("user_email")),
        "{}",
        conflict.text
    );

    // The counsellor's own edits are checked the same way.
    let mine = get(&w, &w.counsellor, "/api/v1/counsellor/profile").await;
    for (body, field) in [
        (
            availability(
                weekly(&[("wed", "09:00", "12:00"), ("thu", "16:00", "15:00")]),
                json!([]),
            ),
            "weekly[1].until",
        ),
        (
            availability(
                json!([]),
                json!([{ "from": "2026-12-24T25:00", "until": "2026-12-25" }]),
            ),
            "time_off[0].from",
        ),
        (
            json!({ "weekly": [], "session_minutes": 1000 }),
            "session_minutes",
        ),
        (json!({ "weekly": [], "timezone": "UTC" }), "timezone"),
    ] {
        let answer = save_availability(&w, &body).await;
        assert_eq!(
            (answer.status, answer.json["error"]["field"].as_str()),
            (422, Some(field)),
            "{}",
            answer.text
        );
    }
    let unchanged = get(&w, &w.counsellor, "/api/v1/counsellor/profile").await;
    assert_eq!(mine.json, unchanged.json);
    assert_eq!(audited, audit_entries().await, "nothing audited: nothing changed");
}

/// The gender is a closed vocabulary on the wire: an unknown one is refused by the body extractor as a 422 naming
/// `gender`, and no one is added; as a filter, `unspecified` and unknown names are a 400 naming the parameter.
#[tokio::test]
async fn a_profile_with_an_unknown_gender_is_refused_naming_the_gender() {
    let w = world().await;
    let mut input = profile_input();
    input["gender"] = json!("female");
    let refused = add_profile(&w, &w.editor, &input).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(refused.json["error"]["code"], "invalid_field");
    assert_eq!(refused.json["error"]["field"], "gender");
    let list = get(&w, &w.editor, "/api/v1/manage/counsellors").await;
    assert_eq!(list.json, json!([]), "no one was added");

    for gender in ["female", "unspecified"] {
        let filtered = w.app.get(&format!("/api/v1/counsellors?gender={gender}")).await;
        assert_eq!(
            (filtered.status, filtered.json["error"]["field"].as_str()),
            (400, Some("gender")),
            "{gender}"
        );
    }
    // Each gender the form offers is kept as sent.
    let id = rosa(&w).await;
    let path = format!("/api/v1/manage/counsellors/{id}");
    for gender in ["woman", "man", "non_binary", "unspecified"] {
        let mut input = profile_input();
        input["user_email"] = json!("rosa@ruta.test");
        input["gender"] = json!(gender);
        let saved = call(&w, Some(&w.editor), "PUT", &path, Some(&input)).await;
        assert_eq!(saved.status, 200, "{gender}: {}", saved.text);
        assert_eq!(saved.json["gender"], gender);
    }
}

#[tokio::test]
async fn a_counsellors_new_window_and_time_off_show_in_the_slots_at_once() {
    let w = world().await;
    let id = rosa(&w).await;
    assert!(starts(&w.app, &id, THURSDAY.0, THURSDAY.1).await.is_empty());

    // A Thursday afternoon window: two new slots, 14:00 and 15:00 in Lima.
    let both = weekly(&[("wed", "09:00", "12:00"), ("thu", "14:00", "16:00")]);
    let saved = save_availability(&w, &availability(both.clone(), json!([]))).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["bookings_outside"], 0);
    assert_eq!(
        starts(&w.app, &id, THURSDAY.0, THURSDAY.1).await,
        ["2026-12-03T19:00:00Z", "2026-12-03T20:00:00Z"]
    );

    // An hour off on Wednesday morning and all of Thursday: those slots are gone, the others stay.
    let off = json!([
        { "from": "2026-12-02T10:00", "until": "2026-12-02T11:00" },
        { "from": "2026-12-03", "until": "2026-12-03" }
    ]);
    let saved = save_availability(&w, &availability(both.clone(), off)).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        saved.json["profile"]["time_off"],
        json!([
            { "from": "2026-12-02T10:00", "until": "2026-12-02T11:00",
              "start": "2026-12-02T15:00:00Z", "end": "2026-12-02T16:00:00Z" },
            { "from": "2026-12-03T00:00", "until": "2026-12-04T00:00",
              "start": "2026-12-03T05:00:00Z", "end": "2026-12-04T05:00:00Z" }
        ])
    );
    assert_eq!(
        starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await,
        ["2026-12-02T14:00:00Z", "2026-12-02T16:00:00Z"],
        "10:00 is off; 09:00 and 11:00 stay"
    );
    assert!(starts(&w.app, &id, THURSDAY.0, THURSDAY.1).await.is_empty());

    // Time off cleared, and longer sessions chosen by the counsellor: 80 minutes + 10 fit twice from 09:00.
    let longer = json!({ "weekly": both, "time_off": [], "session_minutes": 80 });
    let saved = save_availability(&w, &longer).await;
    assert_eq!(saved.json["profile"]["session_minutes"], 80, "{}", saved.text);
    assert_eq!(
        starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await,
        ["2026-12-02T14:00:00Z", "2026-12-02T15:30:00Z"],
        "09:00 and 10:30 in Lima"
    );
}

#[tokio::test]
async fn a_booked_session_inside_new_time_off_stays_booked_and_is_counted() {
    let w = world().await;
    let id = rosa(&w).await;
    let booking = |start: &str| {
        json!({
            "counsellor_id": id,
            "start": start,
            "modality": "phone",
            "language": "qu",
            "consent": true
        })
    };
    let first = w.app.book(&booking("2026-12-02T14:00:00Z")).await;
    assert_eq!(first.status, 201, "{}", first.text);
    let second = w.app.book(&booking("2026-12-02T16:00:00Z")).await;
    assert_eq!(second.status, 201, "{}", second.text);
    let reference = first.json["reference"].as_str().unwrap().to_owned();
    let secret = first.json["secret"].as_str().unwrap().to_owned();

    // Time off over the first session only (09:00–10:00 in Lima).
    let saved = save_availability(
        &w,
        &availability(
            weekly(&[("wed", "09:00", "12:00")]),
            json!([{ "from": "2026-12-02T09:00", "until": "2026-12-02T10:00" }]),
        ),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["bookings_outside"], 1);
    assert_eq!(saved.json["references_outside"], json!([reference]));

    // Still in the dashboard, still requested for the survivor; nothing else is offered that morning.
    let dashboard = get(&w, &w.counsellor, "/api/v1/counsellor/appointments").await;
    let listed = ruta_tests::values_of(&dashboard.json, "reference");
    assert!(listed.contains(&reference), "{}", dashboard.text);
    assert_eq!(listed.len(), 2);
    let held = w
        .app
        .get_with(
            &format!("/api/v1/appointments/{reference}"),
            &[("x-booking-secret", secret.as_str())],
        )
        .await;
    assert_eq!(held.json["status"], "requested");
    assert_eq!(
        starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await,
        ["2026-12-02T15:00:00Z"],
        "09:00 is off (and booked), 11:00 is booked: only 10:00 is offered"
    );

    // Dropping the Wednesday window altogether puts both outside, and both stay.
    let saved = save_availability(&w, &availability(weekly(&[("thu", "09:00", "12:00")]), json!([]))).await;
    assert_eq!(saved.json["bookings_outside"], 2, "{}", saved.text);
    let dashboard = get(&w, &w.counsellor, "/api/v1/counsellor/appointments").await;
    assert_eq!(dashboard.json.as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn the_counsellor_endpoints_are_documented() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    let document = app.get_json("/api/v1/openapi.json").await;
    for (path, method) in [
        ("/api/v1/manage/counsellors", "get"),
        ("/api/v1/manage/counsellors", "post"),
        ("/api/v1/manage/counsellors/{id}", "get"),
        ("/api/v1/manage/counsellors/{id}", "put"),
        ("/api/v1/counsellor/profile", "get"),
        ("/api/v1/counsellor/availability", "put"),
    ] {
        let op = operation(&document, path, method);
        assert!(needs_session(op), "{method} {path} needs a session");
        assert!(op["responses"]["401"].is_object(), "{method} {path}");
    }
    assert_schemas(
        &document,
        &[
            "CounsellorInput",
            "CounsellorProfile",
            "AvailabilityInput",
            "AvailabilitySaved",
            "TimeOffView",
        ],
    );
}

/// An editor fixing a name leaves the hours and time off the counsellor keeps alone (the form sends neither), and
/// cannot hand a profile with a booked session to another account, which would show it the contact people left.
#[tokio::test]
async fn an_editors_save_keeps_the_counsellors_hours_and_cannot_hand_over_booked_sessions() {
    let w = world().await;
    let id = rosa(&w).await;
    // Rosa adds Thursday mornings and takes Wednesday off.
    let own = save_availability(
        &w,
        &availability(
            weekly(&[("wed", "09:00", "12:00"), ("thu", "09:00", "12:00")]),
            json!([{ "from": "2026-12-02", "until": "2026-12-02" }]),
        ),
    )
    .await;
    assert_eq!(own.status, 200, "{}", own.text);
    // The editor renames her, sending neither hours nor time off (as the staff form does).
    let mut input = profile_input();
    input["display_name"] = json!("Rosa M. (test)");
    input["user_email"] = json!("rosa@ruta.test");
    input.as_object_mut().unwrap().remove("weekly");
    let saved = save_profile(&w, &w.editor, &id, &input).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        saved.json["weekly"].as_array().map(Vec::len),
        Some(2),
        "{}",
        saved.text
    );
    assert!(
        starts(&w.app, &id, WEDNESDAY.0, WEDNESDAY.1).await.is_empty(),
        "Wednesday is still off"
    );
    assert!(
        !starts(&w.app, &id, THURSDAY.0, THURSDAY.1).await.is_empty(),
        "Thursday still open"
    );

    // Someone books Thursday; the editor then tries to link the profile to another counsellor's account.
    let slot = starts(&w.app, &id, THURSDAY.0, THURSDAY.1).await[0].clone();
    let booked = w
        .app
        .book(&json!({
            "counsellor_id": id, "start": slot, "modality": "phone", "language": "es",
            "contact": { "channel": "phone", "value": "+51 900 000 002" }, "consent": true
        }))
        .await;
    assert_eq!(booked.status, 201, "{}", booked.text);
    w.app
        .add_user("counsellor", "luis@ruta.test", PW, Some(organization().id))
        .await;
    input["user_email"] = json!("luis@ruta.test");
    let handed = save_profile(&w, &w.editor, &id, &input).await;
    handed.refused(409, "user_email");
    let luis = w.app.login("luis@ruta.test", PW).await;
    let seen = get(&w, &luis, "/api/v1/counsellor/appointments").await;
    assert_ne!(seen.status, 200, "Luis sees no one's bookings: {}", seen.text);
    assert!(!seen.text.contains("900 000 002"));

    // Whether an address has no account, is not a counsellor's, or is another organisation's, the answer is the same.
    let mut answers = Vec::new();
    for email in ["nobody@ruta.test", "operator@ruta.test", "other@ruta.test"] {
        let mut input = profile_input();
        input["user_email"] = json!(email);
        let answer = add_profile(&w, &w.editor, &input).await;
        assert_eq!(answer.status, 422, "{email}: {}", answer.text);
        answers.push(answer.json["error"].clone());
    }
    assert!(answers.iter().all(|a| *a == answers[0]), "{answers:#?}");
}

/// Dates far outside the service's years are refused naming the field, never a dropped connection.
#[tokio::test]
async fn extreme_dates_are_refused_by_name() {
    let w = world().await;
    let id = rosa(&w).await;
    for start in [
        "+262142-12-31T23:59:00Z",
        "-262143-01-01T00:00:00Z",
        "1999-12-31T10:00:00Z",
    ] {
        let answer = w.app.book(&json!({ "counsellor_id": id, "start": start, "modality": "phone", "language": "es", "consent": true })).await;
        assert!(
            answer.status == 422 || answer.status == 400,
            "{start}: {} {}",
            answer.status,
            answer.text
        );
        assert_eq!(answer.json["error"]["field"], "start", "{start}: {}", answer.text);
    }
    let slots = w
        .app
        .get(&format!(
            "/api/v1/counsellors/{id}/slots?from=%2B262142-12-01T00:00:00Z"
        ))
        .await;
    slots.refused(400, "from");
    let admin_counts = get(&w, &w.admin, "/api/v1/referrals/counts?to=-262143-01-01").await;
    assert_eq!(admin_counts.status, 400, "{}", admin_counts.text);
}
