//! Issue 16, optimistic concurrency: every editable record — a listing, a counsellor's profile, a country's life
//! lines — is read with an `ETag`, and a change must send it back in `If-Match`: 428 without it, 412 when
//! someone else saved meanwhile (nothing written), 200 with the record's new tag otherwise. Under concurrent
//! edits no change is lost and the audit log of a record is a chain: each entry's `before` is the previous
//! entry's `after`, and the search index ends equal to the database.

use std::collections::HashMap;
use std::sync::Arc;

use ruta_server::domain::{ETag, Organization};
use ruta_tests::fixtures::{ServiceFixture, organization};
use ruta_tests::{Answer, TestApp};
use serde_json::{Value, json};
use uuid::Uuid;

const PW: &str = "tres palabras sueltas";
const LISTING: u128 = 0x100;

fn listing_path() -> String {
    format!("/api/v1/manage/services/{}", Uuid::from_u128(LISTING))
}

/// A server with one listing of the fixture organisation and two of its editors, signed in.
async fn listing_world() -> (TestApp, String, String) {
    let centre = ServiceFixture::new(LISTING, "Centro Propio", 14.0818, -87.2068).build();
    let app = TestApp::spawn_with_services(&[centre]).await;
    app.add_user("ngo_editor", "ana@ruta.test", PW, Some(organization().id))
        .await;
    app.add_user("ngo_editor", "beto@ruta.test", PW, Some(organization().id))
        .await;
    let ana = app.login("ana@ruta.test", PW).await;
    let beto = app.login("beto@ruta.test", PW).await;
    (app, ana, beto)
}

/// A whole, valid edit of the listing, named `name`.
fn listing_input(name: &str) -> Value {
    json!({
        "names": { "es": name },
        "kinds": ["psychosocial"],
        "languages": ["es"],
        "cost": "free",
        "delivery": ["in_person", "phone"],
        "phones": [{ "number": "+50400000256", "channels": ["voice"] }],
        "area": { "countries": ["HN"] },
        "capacity": "available",
        "location": { "lat": 14.0818, "lon": -87.2068, "locality": "Tegucigalpa", "country": "HN" },
        "country": "HN"
    })
}

fn etag_of(answer: &Answer) -> String {
    answer
        .headers
        .get("etag")
        .unwrap_or_else(|| panic!("no ETag: {} {}", answer.status, answer.text))
        .to_str()
        .unwrap()
        .to_owned()
}

async fn put(app: &TestApp, path: &str, body: &Value, cookie: &str, tag: Option<&str>) -> Answer {
    let mut headers = vec![("cookie", cookie)];
    headers.extend(tag.map(|t| ("if-match", t)));
    app.send("PUT", path, Some(body), &headers).await
}

fn assert_refused(answer: &Answer, status: u16, code: &str) {
    assert_eq!(answer.status, status, "{}", answer.text);
    assert_eq!(answer.json["error"]["code"], code, "{}", answer.text);
    assert_eq!(answer.json["error"]["field"], "If-Match", "{}", answer.text);
}

#[tokio::test]
async fn a_listing_change_needs_the_etag_it_was_read_with_and_answers_the_new_one() {
    let (app, ana, beto) = listing_world().await;
    let path = listing_path();
    let read = app.get_as(ana.as_str(), &path).await;
    let tag = etag_of(&read);
    assert!(
        tag.starts_with('"') && tag.ends_with('"') && tag.len() > 10,
        "a strong, quoted tag: {tag}"
    );

    // Without If-Match: 428, nothing saved.
    let bare = put(&app, &path, &listing_input("Sin etiqueta"), &ana, None).await;
    assert_refused(&bare, 428, "precondition_required");
    // A tag that is not one: 400 naming the header.
    let garbled = put(&app, &path, &listing_input("Mal"), &ana, Some("abc")).await;
    garbled.refused(400, "If-Match");
    // Who may not edit learns nothing more than before: 401 and 404 come before 428.
    assert_eq!(
        app.send("PUT", &path, Some(&listing_input("x")), &[])
            .await
            .status,
        401
    );

    // Beto saves first, with the same tag: 200 and a new tag, which the next read gives too.
    let first = put(&app, &path, &listing_input("Centro de Beto"), &beto, Some(&tag)).await;
    assert_eq!(first.status, 200, "{}", first.text);
    let new_tag = etag_of(&first);
    assert_ne!(new_tag, tag, "a change is a new version");
    let again = app.get_as(ana.as_str(), &path).await;
    assert_eq!(etag_of(&again), new_tag);

    // Ana's save, made from the version she read, is refused: Beto's change stays.
    let late = put(&app, &path, &listing_input("Centro de Ana"), &ana, Some(&tag)).await;
    assert_refused(&late, 412, "precondition_failed");
    let public = app
        .get(&format!("/api/v1/services/{}", Uuid::from_u128(LISTING)))
        .await;
    assert_eq!(public.json["name"], "Centro de Beto");
    // A weak tag never matches a change; a list holding the current tag does, and so does `*`.
    let weak = format!("W/{new_tag}");
    let refused = put(&app, &path, &listing_input("Débil"), &ana, Some(&weak)).await;
    assert_refused(&refused, 412, "precondition_failed");
    let listed = format!("{tag}, {new_tag}");
    let saved = put(&app, &path, &listing_input("Centro de Ana"), &ana, Some(&listed)).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let star = put(&app, &path, &listing_input("Centro de Ana"), &ana, Some("*")).await;
    assert_eq!(star.status, 200, "{}", star.text);
    assert_eq!(etag_of(&star), etag_of(&saved), "the same record, the same tag");

    // The one-tap actions honour If-Match when sent, and work without it.
    let capacity = json!({ "capacity": "full" });
    let stale_tap = app
        .send(
            "POST",
            &format!("{path}/capacity"),
            Some(&capacity),
            &[("cookie", ana.as_str()), ("if-match", tag.as_str())],
        )
        .await;
    assert_refused(&stale_tap, 412, "precondition_failed");
    let tap = app
        .post_as(&ana, &format!("{path}/capacity"), Some(&capacity))
        .await;
    assert_eq!(tap.status, 200, "{}", tap.text);
    assert_ne!(etag_of(&tap), etag_of(&star));
    let verify = app
        .send(
            "POST",
            &format!("{path}/verify"),
            None,
            &[("cookie", ana.as_str()), ("if-match", &etag_of(&tap))],
        )
        .await;
    assert_eq!(verify.status, 200, "{}", verify.text);

    // Nothing refused was written: the history has only the saves that were answered 200.
    let audit = app.get_as(ana.as_str(), &format!("{path}/audit")).await;
    let actions = ruta_tests::values_of(&audit.json, "action");
    assert_eq!(actions, ["verify", "capacity", "update", "update", "update"]);

    // The tag comes from the stored record: the same after a restart.
    let last = etag_of(&verify);
    let data = app.stop().await;
    let app = TestApp::spawn_in(data, true, &[], &[]).await;
    let ana = app.login("ana@ruta.test", PW).await;
    let reread = app.get_as(ana.as_str(), &path).await;
    assert_eq!(etag_of(&reread), last);
    let after_restart = put(&app, &path, &listing_input("Otra vez"), &ana, Some(&last)).await;
    assert_eq!(after_restart.status, 200, "{}", after_restart.text);
}

#[tokio::test]
async fn an_editor_of_another_organisation_gets_404_not_428() {
    let other = Organization {
        id: Uuid::from_u128(0xB),
        name: "Other Organisation (test)".into(),
        ..organization()
    };
    let app = TestApp::spawn_with(
        &[organization(), other.clone()],
        &[ServiceFixture::new(LISTING, "Centro Propio", 14.0818, -87.2068).build()],
    )
    .await;
    app.add_user("ngo_editor", "otra@ruta.test", PW, Some(other.id))
        .await;
    let otra = app.login("otra@ruta.test", PW).await;
    let answer = put(&app, &listing_path(), &listing_input("Ajeno"), &otra, None).await;
    assert_eq!(answer.status, 404, "{}", answer.text);
}

/// What one writer did: the name it wrote, the tag it sent, how many times it was told someone else was first.
#[derive(Debug)]
struct Write {
    name: String,
    sent: String,
    refused: u32,
}

#[tokio::test]
async fn concurrent_edits_lose_nothing_chain_the_audit_log_and_leave_the_index_equal_to_the_database() {
    const WRITERS: usize = 8;
    const TAPS: usize = 4;
    let (app, ana, beto) = listing_world().await;
    let app = Arc::new(app);
    let path = listing_path();
    let initial = app.get_as(ana.as_str(), &path).await.json;

    let mut tasks = Vec::new();
    for n in 0..WRITERS {
        let (app, path) = (Arc::clone(&app), path.clone());
        let cookie = if n % 2 == 0 { ana.clone() } else { beto.clone() };
        tasks.push(tokio::spawn(async move {
            let name = format!("Centro, versión {n}");
            let mut refused = 0;
            loop {
                let read = app.get_as(cookie.as_str(), &path).await;
                let tag = etag_of(&read);
                let saved = put(&app, &path, &listing_input(&name), &cookie, Some(&tag)).await;
                match saved.status {
                    200 => {
                        return Some(Write {
                            name,
                            sent: tag,
                            refused,
                        });
                    }
                    412 => refused += 1,
                    other => panic!("{other}: {}", saved.text),
                }
                assert!(refused < 100, "writer {n} never got through");
            }
        }));
    }
    // One-tap changes at the same time, without If-Match: made to whatever version is stored.
    for n in 0..TAPS {
        let (app, path) = (Arc::clone(&app), path.clone());
        let cookie = ana.clone();
        tasks.push(tokio::spawn(async move {
            let capacity = if n % 2 == 0 { "full" } else { "limited" };
            let tap = app
                .post_as(
                    &cookie,
                    &format!("{path}/capacity"),
                    Some(&json!({ "capacity": capacity })),
                )
                .await;
            assert_eq!(tap.status, 200, "{}", tap.text);
            None
        }));
    }
    let mut writes = Vec::new();
    for task in tasks {
        writes.extend(task.await.unwrap());
    }
    assert_eq!(writes.len(), WRITERS, "every writer got through in the end");
    let refused: u32 = writes.iter().map(|w| w.refused).sum();

    // The history, oldest first: one entry per answered change, each `before` the previous `after`.
    let audit = app.get_as(ana.as_str(), &format!("{path}/audit")).await;
    let mut entries = audit.json.as_array().unwrap().clone();
    entries.reverse();
    assert_eq!(
        entries.len(),
        WRITERS + TAPS,
        "one entry per change answered 200 ({refused} refused with 412 were retried): {}",
        audit.text
    );
    let mut expected_before = initial.clone();
    expected_before.as_object_mut().unwrap().remove("stale");
    for (i, entry) in entries.iter().enumerate() {
        assert_eq!(
            entry["before"],
            expected_before,
            "entry {i} ({}) does not start where entry {} ended",
            entry["action"],
            i.saturating_sub(1)
        );
        expected_before = entry["after"].clone();
    }
    // No lost update: each writer's change was made to the very version it had read (the tag it sent is the
    // tag of its entry's `before`).
    let by_name: HashMap<&str, &Write> = writes.iter().map(|w| (w.name.as_str(), w)).collect();
    for entry in entries.iter().filter(|e| e["action"] == "update") {
        let name = entry["after"]["names"]["es"].as_str().unwrap();
        let write = by_name[name];
        assert_eq!(
            format!("\"{}\"", ETag::of(&entry["before"])),
            write.sent,
            "{name} was written over a version it had not read"
        );
    }

    // The last entry is what is stored and served, and the index equals the database.
    let now = app.get_as(ana.as_str(), &path).await;
    let mut served = now.json.clone();
    served.as_object_mut().unwrap().remove("stale");
    assert_eq!(served, expected_before, "the last entry is the record");
    let id = Uuid::from_u128(LISTING);
    let indexed = app
        .state
        .catalog
        .read()
        .get(&id)
        .map(|e| (*e.service).clone())
        .unwrap();
    let store = ruta_tests::store_at(app.data_dir.path()).await;
    let (_, stored) = store.load_directory().await.unwrap();
    let stored = stored.into_iter().find(|s| s.id == id).unwrap();
    assert_eq!(indexed, stored, "the index holds what the database holds");
    let search = app.get("/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000").await;
    let hit = search.json["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.to_string().as_str())
        .unwrap()
        .clone();
    assert_eq!(hit["name"], stored.names["es"].as_str());
    assert_eq!(hit["capacity"], served["capacity"]);
}

/// Eight saves sent at once, all made from the same version `tag`: exactly one may be written, whatever the
/// interleaving (a check made apart from the write would let several through).
async fn exactly_one_of(app: &Arc<TestApp>, path: &str, bodies: Vec<Value>, cookie: &str, tag: &str) {
    let mut tasks = Vec::new();
    for body in bodies {
        let (app, path, cookie, tag) = (
            Arc::clone(app),
            path.to_owned(),
            cookie.to_owned(),
            tag.to_owned(),
        );
        tasks.push(tokio::spawn(async move {
            put(&app, &path, &body, &cookie, Some(&tag)).await
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        let answer = task.await.unwrap();
        if answer.status == 412 {
            assert_eq!(answer.json["error"]["code"], "precondition_failed");
        }
        statuses.push(answer.status);
    }
    statuses.sort_unstable();
    let mut want = vec![200];
    want.resize(statuses.len(), 412);
    want.sort_unstable();
    assert_eq!(statuses, want, "PUT {path}");
}

#[tokio::test]
async fn saves_made_at_once_from_one_version_let_exactly_one_through() {
    let (app, ana, _) = listing_world().await;
    let app = Arc::new(app);
    let path = listing_path();
    let tag = etag_of(&app.get_as(ana.as_str(), &path).await);
    let bodies = (0..8).map(|n| listing_input(&format!("Centro {n}"))).collect();
    exactly_one_of(&app, &path, bodies, &ana, &tag).await;

    app.add_fixture_counsellor(PW).await;
    let rosa = app.login("rosa@ruta.test", PW).await;
    let tag = etag_of(&app.get_as(rosa.as_str(), "/api/v1/counsellor/profile").await);
    let bodies = (0..8)
        .map(|n| {
            json!({
                "weekly": [{ "day": "mon", "from": format!("{:02}:00", 8 + n), "until": "20:00" }],
                "time_off": []
            })
        })
        .collect();
    exactly_one_of(&app, "/api/v1/counsellor/availability", bodies, &rosa, &tag).await;

    app.add_user("admin", "uno@ruta.test", PW, None).await;
    let uno = app.login("uno@ruta.test", PW).await;
    let lifelines = "/api/v1/admin/lifelines/HN";
    let tag = etag_of(&app.get_as(uno.as_str(), lifelines).await);
    let bodies = (0..8)
        .map(|n| {
            let source = json!({
                "url": "https://www.gob.hn/example-page",
                "title": "Página oficial",
                "checked_on": "2026-12-01",
                "status": "verified"
            });
            json!({
                "emergency": [{ "number": "911", "purpose": "general", "source": source }],
                "lines": [{
                    "focus": "trafficking", "name": format!("Línea 145 ({n})"), "organisation": "CICESCT",
                    "number": "145", "channels": ["voice"], "source": source
                }]
            })
        })
        .collect();
    exactly_one_of(&app, lifelines, bodies, &uno, &tag).await;
}

/// Rosa's profile (the fixture counsellor, linked to `rosa@ruta.test`) and an editor of her organisation.
async fn profile_world() -> (TestApp, Uuid, String, String) {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_fixture_counsellor(PW).await;
    app.add_user("ngo_editor", "ana@ruta.test", PW, Some(organization().id))
        .await;
    let rosa = app.login("rosa@ruta.test", PW).await;
    let ana = app.login("ana@ruta.test", PW).await;
    let id = app.state.booking.store.counsellors().await.unwrap()[0].id;
    (app, id, rosa, ana)
}

fn profile_input(name: &str) -> Value {
    json!({
        "display_name": name,
        "gender": "woman",
        "languages": ["es"],
        "modalities": ["video", "phone"],
        "timezone": "America/Lima",
        "session_minutes": 50,
        "buffer_minutes": 10,
        "notice_minutes": 120,
        "horizon_days": 28,
        "user_email": "rosa@ruta.test"
    })
}

#[tokio::test]
async fn a_counsellors_profile_is_changed_only_from_its_current_version_by_the_editor_or_the_counsellor() {
    let (app, id, rosa, ana) = profile_world().await;
    let manage = format!("/api/v1/manage/counsellors/{id}");
    let by_editor = etag_of(&app.get_as(ana.as_str(), &manage).await);
    let own = app.get_as(rosa.as_str(), "/api/v1/counsellor/profile").await;
    assert_eq!(etag_of(&own), by_editor, "one profile, one tag, whoever reads it");

    let bare = put(&app, &manage, &profile_input("Rosa M."), &ana, None).await;
    assert_refused(&bare, 428, "precondition_required");
    let week = json!({ "weekly": [{ "day": "thu", "from": "14:00", "until": "16:00" }], "time_off": [] });
    let bare = put(&app, "/api/v1/counsellor/availability", &week, &rosa, None).await;
    assert_refused(&bare, 428, "precondition_required");

    // Rosa changes her hours; the editor's change, made from the version before, is refused and her hours stay.
    let hours = put(
        &app,
        "/api/v1/counsellor/availability",
        &week,
        &rosa,
        Some(&by_editor),
    )
    .await;
    assert_eq!(hours.status, 200, "{}", hours.text);
    let after_hours = etag_of(&hours);
    assert_ne!(after_hours, by_editor);
    let late = put(&app, &manage, &profile_input("Rosa M."), &ana, Some(&by_editor)).await;
    assert_refused(&late, 412, "precondition_failed");
    let now = app.get_as(ana.as_str(), &manage).await;
    assert_eq!(now.json["display_name"], "Rosa (test)");
    assert_eq!(now.json["weekly"][0]["day"], "thu");
    assert_eq!(etag_of(&now), after_hours);

    // With the current tag it is saved, Rosa's hours kept (the form leaves them out), and a new tag answered.
    let saved = put(&app, &manage, &profile_input("Rosa M."), &ana, Some(&after_hours)).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["weekly"][0]["day"], "thu");
    assert_ne!(etag_of(&saved), after_hours);
    // Now Rosa's screen holds an old version.
    let stale = put(
        &app,
        "/api/v1/counsellor/availability",
        &week,
        &rosa,
        Some(&after_hours),
    )
    .await;
    assert_refused(&stale, 412, "precondition_failed");

    // The history (the fixture profile was stored without an entry): Rosa's hours, then the editor's change made
    // on top of them.
    let history = app
        .get_as(
            ana.as_str(),
            &format!("/api/v1/manage/organizations/{}/audit", organization().id),
        )
        .await;
    let mut entries: Vec<Value> = history
        .json
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["entity"] == "counsellor")
        .cloned()
        .collect();
    entries.reverse();
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["availability", "update"]);
    assert_eq!(entries[1]["before"], entries[0]["after"]);
}

#[tokio::test]
async fn a_countrys_life_lines_are_corrected_only_from_the_version_read() {
    let app = TestApp::spawn_with(&[], &[]).await;
    app.add_user("admin", "uno@ruta.test", PW, None).await;
    app.add_user("admin", "dos@ruta.test", PW, None).await;
    let uno = app.login("uno@ruta.test", PW).await;
    let dos = app.login("dos@ruta.test", PW).await;
    let path = "/api/v1/admin/lifelines/HN";
    let read = app.get_as(uno.as_str(), path).await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(
        read.json["lines"],
        app.get("/api/v1/countries/HN").await.json["lifelines"]["lines"]
    );
    let tag = etag_of(&read);
    assert_eq!(
        app.get_as(uno.as_str(), "/api/v1/admin/lifelines/ZZ")
            .await
            .status,
        404
    );
    assert_eq!(app.get(path).await.status, 401);

    let source = json!({
        "url": "https://www.gob.hn/example-page",
        "title": "Página oficial",
        "checked_on": "2026-12-01",
        "status": "verified"
    });
    let correction = |line: &str| {
        json!({
            "emergency": [{ "number": "911", "purpose": "general", "source": source }],
            "lines": [{
                "focus": "trafficking", "name": line, "organisation": "CICESCT",
                "number": "145", "channels": ["voice"], "open_24h": true, "free": true, "source": source
            }]
        })
    };
    let bare = put(&app, path, &correction("Línea 145"), &uno, None).await;
    assert_refused(&bare, 428, "precondition_required");

    // Both admins read the same version; the first correction is saved, the second refused.
    let first = put(&app, path, &correction("Línea 145 (uno)"), &uno, Some(&tag)).await;
    assert_eq!(first.status, 200, "{}", first.text);
    let second = put(&app, path, &correction("Línea 145 (dos)"), &dos, Some(&tag)).await;
    assert_refused(&second, 412, "precondition_failed");
    let served = app.get("/api/v1/countries/HN").await;
    assert_eq!(served.json["lifelines"]["lines"][0]["name"], "Línea 145 (uno)");
    let current = etag_of(&first);
    assert_eq!(etag_of(&app.get_as(dos.as_str(), path).await), current);

    // Taking it back honours If-Match when sent.
    let stale = app
        .send(
            "DELETE",
            path,
            None,
            &[("cookie", dos.as_str()), ("if-match", tag.as_str())],
        )
        .await;
    assert_refused(&stale, 412, "precondition_failed");
    let reverted = app
        .send(
            "DELETE",
            path,
            None,
            &[("cookie", dos.as_str()), ("if-match", current.as_str())],
        )
        .await;
    assert_eq!(reverted.status, 200, "{}", reverted.text);
    assert_eq!(
        etag_of(&reverted),
        tag,
        "the shipped set again, the shipped tag again"
    );
}

#[tokio::test]
async fn the_etag_and_if_match_headers_and_412_428_are_documented() {
    let app = TestApp::spawn_with(&[], &[]).await;
    let document = app.get("/api/v1/openapi.json").await.json;
    let paths = &document["paths"];
    for path in [
        "/api/v1/manage/services/{id}",
        "/api/v1/manage/counsellors/{id}",
        "/api/v1/counsellor/profile",
        "/api/v1/admin/lifelines/{iso2}",
    ] {
        let headers = &paths[path]["get"]["responses"]["200"]["headers"];
        assert!(headers["ETag"].is_object(), "GET {path}: {headers}");
    }
    for path in [
        "/api/v1/manage/services/{id}",
        "/api/v1/manage/counsellors/{id}",
        "/api/v1/counsellor/availability",
        "/api/v1/admin/lifelines/{iso2}",
    ] {
        let put = &paths[path]["put"];
        let if_match = put["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "If-Match")
            .unwrap_or_else(|| panic!("PUT {path} does not document If-Match"));
        assert_eq!(if_match["in"], "header");
        assert_eq!(if_match["required"], true, "PUT {path}");
        for status in ["412", "428"] {
            assert!(put["responses"][status].is_object(), "PUT {path}: {status}");
        }
        assert!(
            put["responses"]["200"]["headers"]["ETag"].is_object(),
            "PUT {path} answers the new tag"
        );
    }
    for path in [
        "/api/v1/manage/services/{id}/capacity",
        "/api/v1/manage/services/{id}/verify",
        "/api/v1/manage/services/{id}/deactivate",
    ] {
        let post = &paths[path]["post"];
        assert!(post["responses"]["412"].is_object(), "POST {path}");
        let if_match = post["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "If-Match")
            .unwrap();
        assert_ne!(if_match["required"], true, "POST {path}: optional");
    }
    let codes = &document["components"]["schemas"]["ErrorCode"]["enum"];
    for code in ["precondition_required", "precondition_failed"] {
        assert!(
            codes.as_array().unwrap().iter().any(|c| c == code),
            "{code}: {codes}"
        );
    }
}
