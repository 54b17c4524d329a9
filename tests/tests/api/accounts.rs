//! Accounts, sessions, cross-site checks, rate limits, the role × endpoint × owner matrix, editing with
//! validation and audit, problem reports, registration and approval.

use ruta_server::domain::Organization;
use ruta_tests::fixtures::{ServiceFixture as S, organization};
use ruta_tests::{Answer, TestApp};
use serde_json::{Value, json};
use uuid::Uuid;

pub(crate) const PW: &str = "tres palabras sueltas";
pub(crate) const OWN: u128 = 0x100;
pub(crate) const OTHERS: u128 = 0x200;
/// A confidential shelter of the fixture organisation, at "Calle de Prueba 768".
pub(crate) const SHELTER: u128 = 0x300;

pub(crate) fn other_organization() -> Organization {
    Organization {
        id: Uuid::from_u128(0xB),
        name: "Other Organisation (test)".into(),
        ..organization()
    }
}

/// Two organisations (the fixture one with its own centre and a confidential shelter, another with one
/// service) and one signed-in account per role: the session cookies.
pub(crate) struct World {
    pub(crate) app: TestApp,
    pub(crate) admin: String,
    pub(crate) editor: String,
    pub(crate) other_editor: String,
    pub(crate) operator: String,
    pub(crate) counsellor: String,
}

impl World {
    /// Nobody, then each account, named: the columns of the access matrices.
    pub(crate) fn everyone(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("anonymous", None),
            ("admin", Some(&self.admin)),
            ("editor", Some(&self.editor)),
            ("other_editor", Some(&self.other_editor)),
            ("operator", Some(&self.operator)),
            ("counsellor", Some(&self.counsellor)),
        ]
    }
}

pub(crate) async fn world() -> World {
    world_configured(|_| {}).await
}

/// [`world`] on a server whose configuration `configure` changes (a mail server, an SMS gateway).
pub(crate) async fn world_configured(configure: impl FnOnce(&mut ruta_server::config::ServeConfig)) -> World {
    let mut theirs = S::new(OTHERS, "Servicio de Otra ONG", 14.0900, -87.2100).build();
    theirs.organization_id = other_organization().id;
    let shelter = S::new(SHELTER, "Casa Segura Prueba", 14.07731, -87.18832)
        .kinds(&[api_types::ServiceKind::Shelter])
        .confidential()
        .build();
    let app = TestApp::spawn_with_config(
        &[organization(), other_organization()],
        &[
            S::new(OWN, "Centro Propio", 14.0818, -87.2068).build(),
            theirs,
            shelter,
        ],
        configure,
    )
    .await;
    staff(app, "counsellor@ruta.test").await
}

/// `app` with one signed-in account of each role: an admin, an editor of each organisation (`editor@ruta.test` of
/// the fixture one, `other@ruta.test` of the other), an operator, and a counsellor of the fixture organisation.
pub(crate) async fn staff(app: TestApp, counsellor: &str) -> World {
    let own = Some(organization().id);
    World {
        admin: app.add_signed_in("admin", "admin@ruta.test", PW, None).await,
        editor: app.add_signed_in("ngo_editor", "editor@ruta.test", PW, own).await,
        other_editor: app
            .add_signed_in("ngo_editor", "other@ruta.test", PW, Some(other_organization().id))
            .await,
        operator: app
            .add_signed_in("operator", "operator@ruta.test", PW, None)
            .await,
        counsellor: app.add_signed_in("counsellor", counsellor, PW, own).await,
        app,
    }
}

pub(crate) fn id(n: u128) -> String {
    Uuid::from_u128(n).to_string()
}

/// A full, valid edit of the own service.
fn valid_input() -> Value {
    json!({
        "names": { "es": "Centro Propio", "qu": "Kikin Wasi" },
        "descriptions": { "es": "Apoyo y acompañamiento." },
        "kinds": ["psychosocial"],
        "populations": ["women"],
        "languages": ["es", "qu"],
        "cost": "free",
        "delivery": ["in_person", "phone"],
        "hours": { "timezone": "America/Tegucigalpa", "intervals": [{ "day": "mon", "opens": "08:00", "closes": "16:00" }] },
        "phones": [{ "number": "+50400000256", "channels": ["voice", "whatsapp"] }],
        "area": { "countries": ["HN"] },
        "capacity": "available",
        "location": { "lat": 14.0818, "lon": -87.2068, "address": "Calle de Prueba 256", "locality": "Tegucigalpa", "country": "HN" },
        "country": "HN"
    })
}

/// `method path` with an optional session cookie and JSON body (shared with the admin tests).
pub(crate) async fn call(
    app: &TestApp,
    cookie: Option<&str>,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> ruta_tests::Answer {
    let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    app.send(method, path, body, &headers).await
}

#[tokio::test]
async fn sign_in_sign_out_and_the_session_cookie() {
    if ruta_tests::on_postgres() {
        return; // SQLite only: it reads the session table of the SQLite file.
    }
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_user("operator", "ana@ruta.test", PW, None).await;
    let login = app.try_login("  ANA@ruta.test ", PW).await;
    assert_eq!(login.status, 200, "{}", login.text);
    assert_eq!(login.json["role"], "operator");
    assert!(login.json.get("password_hash").is_none());
    let cookie = login.header("set-cookie").to_owned();
    // Plain http on loopback (development): HttpOnly, SameSite=Strict, Path=/, no Secure, not the __Host- name.
    assert!(cookie.starts_with("ruta_dev_session="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    let session = cookie.split(';').next().unwrap();
    let me = app.get_as(session, "/api/v1/auth/me").await;
    assert_eq!(me.json["email"], "ana@ruta.test");

    // The database keeps only a hash of the token.
    let token = session.split_once('=').unwrap().1;
    let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM sessions")
        .fetch_all(&ruta_tests::pool_of(&app).await)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);

    let logout = app.post_as(session, "/api/v1/auth/logout", None).await;
    assert_eq!(logout.status, 204);
    assert!(logout.header("set-cookie").contains("Max-Age=0"));
    let after = app.get_as(session, "/api/v1/auth/me").await;
    assert_eq!(after.status, 401);
    assert_eq!(after.json["error"]["code"], "unauthorized");

    // Wrong password and unknown email get the same answer.
    let wrong = app.try_login("ana@ruta.test", "otra cosa del todo").await;
    let unknown = app.try_login("nadie@ruta.test", PW).await;
    assert_eq!((wrong.status, unknown.status), (401, 401));
    assert_eq!(wrong.json["error"]["message"], unknown.json["error"]["message"]);
    // Missing field: named.
    let missing = app
        .post("/api/v1/auth/login", &json!({ "email": "ana@ruta.test" }))
        .await;
    assert_eq!(missing.status, 422);
    assert!(missing.error_message().contains("password"), "{}", missing.text);
}

#[tokio::test]
async fn sessions_expire_when_idle_or_old_and_can_be_revoked() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    let admin_id = app.add_user("admin", "admin@ruta.test", PW, None).await;
    let op_id = app.add_user("operator", "op@ruta.test", PW, None).await;
    let _ = admin_id;
    let me = |cookie: String| {
        let app = &app;
        async move { app.get_as(&cookie, "/api/v1/auth/me").await.status }
    };

    // Idle: 29 minutes is fine, 31 without a request is not.
    let session = app.login("op@ruta.test", PW).await;
    app.clock.advance(chrono::Duration::minutes(29));
    assert_eq!(me(session.clone()).await, 200);
    app.clock.advance(chrono::Duration::minutes(31));
    assert_eq!(me(session).await, 401, "idle 31 minutes");

    // Absolute: busy every 20 minutes, still over after 12 hours.
    let session = app.login("op@ruta.test", PW).await;
    for _ in 0..35 {
        app.clock.advance(chrono::Duration::minutes(20));
        assert_eq!(me(session.clone()).await, 200);
    }
    app.clock.advance(chrono::Duration::minutes(20));
    assert_eq!(me(session).await, 401, "12 hours after sign-in");

    // Revoked by an admin; disabled accounts lose their sessions and cannot sign in.
    let admin = app.login("admin@ruta.test", PW).await;
    let session = app.login("op@ruta.test", PW).await;
    let revoke = app
        .post_as(
            &admin,
            &format!("/api/v1/admin/users/{op_id}/revoke_sessions"),
            None,
        )
        .await;
    assert!(revoke.json["revoked"].as_u64().unwrap() >= 1);
    assert_eq!(me(session).await, 401);
    let session = app.login("op@ruta.test", PW).await;
    let disable = app
        .post_as(&admin, &format!("/api/v1/admin/users/{op_id}/disable"), None)
        .await;
    assert_eq!(disable.json["status"], "disabled");
    assert_eq!(me(session).await, 401);
    let again = app.try_login("op@ruta.test", PW).await;
    assert_eq!(again.status, 401);
}

/// A sign-in from a given loopback address (127.0.0.x all reach the test server): its status.
async fn login_from(app: &TestApp, last_octet: u8, email: &str, password: &str) -> reqwest::Response {
    let client = reqwest::Client::builder()
        .no_proxy()
        .local_address(std::net::IpAddr::from([127, 0, 0, last_octet]))
        .build()
        .unwrap();
    client
        .post(format!("{}/api/v1/auth/login", app.base))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

/// Failed sign-ins refuse the address that made them and only slow the account: someone who knows a staff
/// email and fails on purpose cannot keep its owner out.
#[tokio::test]
async fn failed_sign_ins_refuse_their_address_but_cannot_lock_an_account_out() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_user("operator", "op@ruta.test", PW, None).await;
    // An attacker at .2 fails ten times on the operator's email; then even the right password from .2 is refused.
    for _ in 0..10 {
        let wrong = login_from(&app, 2, "op@ruta.test", "no es esta clave").await;
        assert_eq!(wrong.status(), 401);
    }
    let refused = login_from(&app, 2, "op@ruta.test", PW).await;
    assert_eq!(refused.status(), 429);
    assert!(
        refused.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    // The operator, from another address, still signs in (slowed, not blocked).
    let owner = login_from(&app, 3, "op@ruta.test", PW).await;
    assert_eq!(owner.status(), 200, "the account is not locked out");
    // Failures on many emails from one address count against that address too.
    let mut statuses = Vec::new();
    for n in 0..12 {
        statuses.push(
            login_from(&app, 4, &format!("x{n}@ruta.test"), "no es esta clave")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 2, "{statuses:?}");
    // X-Forwarded-For is not trusted unless configured: changing it does not help.
    let client = reqwest::Client::builder()
        .no_proxy()
        .local_address(std::net::IpAddr::from([127, 0, 0, 4]))
        .build()
        .unwrap();
    let spoofed = client
        .post(format!("{}/api/v1/auth/login", app.base))
        .header("x-forwarded-for", "203.0.113.9")
        .json(&json!({ "email": "y@ruta.test", "password": "x x x x x x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(spoofed.status(), 429);
}

#[tokio::test]
async fn changes_from_another_site_are_refused() {
    let w = world().await;
    let path = format!("/api/v1/manage/services/{}/verify", id(OWN));
    let cases: [(&[(&str, &str)], u16); 5] = [
        (&[("sec-fetch-site", "cross-site")], 403),
        (&[("sec-fetch-site", "same-site")], 403),
        (&[("origin", "https://evil.example")], 403),
        (&[("sec-fetch-site", "same-origin")], 200),
        (&[], 200),
    ];
    for (extra, expected) in cases {
        let mut headers = vec![("cookie", w.editor.as_str())];
        headers.extend_from_slice(extra);
        let answer = w.app.send("POST", &path, None, &headers).await;
        assert_eq!(answer.status, expected, "{extra:?}: {}", answer.text);
        if expected == 403 {
            assert_eq!(answer.json["error"]["code"], "cross_origin");
        }
    }
    let origin = format!("http://{}", w.app.addr);
    let same = w
        .app
        .send(
            "POST",
            &path,
            None,
            &[("cookie", w.editor.as_str()), ("origin", origin.as_str())],
        )
        .await;
    assert_eq!(same.status, 200);
}

/// Every role against every endpoint, on its own organisation's service and on another's.
#[tokio::test]
async fn the_access_matrix_denies_by_default() {
    let w = world().await;
    let own = id(OWN);
    let others = id(OTHERS);
    let input = valid_input();
    let capacity = json!({ "capacity": "limited" });
    let mut create_input = valid_input();
    create_input["organization_id"] = json!(organization().id);
    let mut other_input = valid_input();
    other_input["location"]["address"] = json!("Calle de Prueba 512");
    let warm = json!({
        "service_id": id(SHELTER),
        "consent": { "given": true, "agreed_to": ["share_details"] },
        "language": "es",
        "needs": ["shelter"],
        "urgency": "soon",
    });
    let notification = crate::outbox::queue_text(&w.app, api_types::NotificationChannel::Sms).await;
    // (method, path, body, [anonymous, admin, editor, other_editor, operator, counsellor])
    let org = organization().id;
    #[rustfmt::skip]
    let rows: Vec<(&str, String, Option<&Value>, [u16; 6])> = vec![
        ("GET",  format!("/manage/services/{own}"),                       None,                [401, 200, 200, 404, 200, 403]),
        ("GET",  format!("/manage/services/{others}"),                    None,                [401, 200, 404, 200, 200, 403]),
        ("GET",  "/manage/services".into(),                               None,                [401, 200, 200, 200, 200, 403]),
        ("PUT",  format!("/manage/services/{own}"),                       Some(&input),        [401, 200, 200, 404, 403, 403]),
        ("PUT",  format!("/manage/services/{others}"),                    Some(&other_input),  [401, 200, 404, 200, 403, 403]),
        ("POST", format!("/manage/services/{own}/capacity"),              Some(&capacity),     [401, 200, 200, 404, 403, 403]),
        ("POST", format!("/manage/services/{own}/verify"),                None,                [401, 200, 200, 404, 403, 403]),
        ("GET",  format!("/manage/services/{own}/audit"),                 None,                [401, 200, 200, 404, 403, 403]),
        ("GET",  format!("/manage/organizations/{org}/audit"),            None,                [401, 200, 200, 403, 403, 403]),
        ("GET",  "/manage/reports".into(),                                None,                [401, 200, 200, 200, 403, 403]),
        ("POST", "/manage/services".into(),                               Some(&create_input), [401, 201, 201, 403, 403, 403]),
        ("GET",  "/admin/users".into(),                                   None,                [401, 200, 403, 403, 403, 403]),
        ("GET",  "/admin/organizations/pending".into(),                   None,                [401, 200, 403, 403, 403, 403]),
        ("POST", format!("/admin/organizations/{org}/approve"),           None,                [401, 204, 403, 403, 403, 403]),
        ("POST", format!("/manage/services/{own}/deactivate"),            None,                [401, 200, 200, 404, 403, 403]),
        ("POST", "/referrals/warm".into(),                                Some(&warm),         [401, 201, 201, 201, 201, 403]),
        ("GET",  "/referrals/sent".into(),                                None,                [401, 200, 200, 200, 200, 403]),
        ("GET",  format!("/manage/organizations/{org}/referrals"),        None,                [401, 200, 200, 403, 403, 403]),
        ("GET",  "/manage/notifications".into(),                          None,                [401, 200, 200, 200, 403, 403]),
        ("GET",  format!("/manage/notifications?organization={org}"),     None,                [401, 200, 200, 403, 403, 403]),
        ("GET",  format!("/manage/notifications/{notification}/preview"), None,                [401, 200, 200, 404, 403, 403]),
        ("POST", format!("/manage/notifications/{notification}/retry"),   None,                [401, 404, 403, 403, 403, 403]),
        ("GET",  "/manage/import/template?lang=es".into(),                None,                [401, 200, 200, 200, 403, 403]),
    ];
    let failures = ruta_tests::access_failures(&rows, &w.everyone(), async |method, path, body, cookie| {
        let answer = if method == "PUT" {
            // With the listing's current tag (read by an admin, who may read any): the role decides.
            let tag = w.app.etag(path, &[("cookie", w.admin.as_str())]).await;
            let mut headers = vec![("if-match", tag.as_str())];
            headers.extend(cookie.map(|c| ("cookie", c)));
            w.app.send(method, path, body, &headers).await
        } else {
            call(&w.app, cookie, method, path, body).await
        };
        // The deactivation row runs for every account: the listing is active again before the next one.
        if path.ends_with("/deactivate") && answer.status == 200 {
            let own = format!("/api/v1/manage/services/{own}");
            let restore = w
                .app
                .put_current(&own, &own, &input, &[("cookie", w.admin.as_str())])
                .await;
            assert_eq!(restore.status, 200);
        }
        answer
    })
    .await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The role is a closed vocabulary on the wire: an unknown one is refused by the body extractor as a 422 naming
/// `role`, and nothing is created.
#[tokio::test]
async fn an_account_with_an_unknown_role_is_refused_naming_the_role() {
    let w = world().await;
    let input =
        json!({ "email": "wizard@ruta.test", "password": "a long passphrase 42", "role": "superuser" });
    let answer = w.app.post_as(&w.admin, "/api/v1/admin/users", Some(&input)).await;
    assert_eq!(answer.status, 422, "{}", answer.json);
    assert_eq!(answer.json["error"]["code"], "invalid_field");
    assert_eq!(answer.json["error"]["field"], "role");
    let users = w.app.get_as(&w.admin, "/api/v1/admin/users").await;
    assert!(!users.json.to_string().contains("wizard@ruta.test"));
}

#[tokio::test]
async fn a_rejected_edit_names_the_field_and_changes_nothing() {
    let w = world().await;
    let path = format!("/api/v1/manage/services/{}", id(OWN));
    let record = w.app.get_as(&w.editor, &path).await;
    assert_eq!(
        record.text.matches("\"organization_id\"").count(),
        1,
        "each key once in a record: {}",
        record.text
    );
    let tag = record.header("etag").to_owned();
    let before = record.json;
    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut bad = |pointer: &str, value: Value, field: &'static str| {
        let mut input = valid_input();
        *input.pointer_mut(pointer).unwrap() = value;
        cases.push((input, field));
    };
    bad("/phones/0/number", json!("555-0199"), "phones[0].number");
    bad("/hours/timezone", json!("Mars/Olympus"), "hours.timezone");
    bad("/hours/intervals/0/opens", json!("25:00"), "hours.intervals");
    bad("/location/lat", json!(123.0), "location.lat");
    bad("/location/lon", json!(-200.0), "location.lon");
    bad("/kinds", json!([]), "kinds");
    bad("/kinds", json!(["spa"]), "kinds[0]");
    bad("/languages", json!(["not a language"]), "languages[0]");
    bad("/names", json!({}), "names");
    bad("/names", json!({ "xx-yy-zz": "Nombre" }), "names.xx-yy-zz");
    bad("/delivery", json!([]), "delivery");
    bad("/country", json!("ZZZ"), "country");
    bad("/location", Value::Null, "location");
    bad(
        "/area",
        json!({ "countries": ["HN"], "regions": ["Francisco Morazán"] }),
        "area.regions[0]",
    );
    bad("/phones/0/channels", json!([]), "phones[0].channels");
    let mut unknown = valid_input();
    unknown["colour"] = json!("blue");
    cases.push((unknown, "colour"));
    for (input, field) in &cases {
        let headers = [("cookie", w.editor.as_str()), ("if-match", tag.as_str())];
        let answer = w.app.send("PUT", &path, Some(input), &headers).await;
        assert_eq!(answer.status, 422, "{field}: {}", answer.text);
        assert_eq!(answer.json["error"]["code"], "invalid_field");
        let named = answer.json["error"]["field"].as_str().unwrap_or("");
        assert!(
            named == *field || answer.text.contains(field),
            "want {field}, got {}",
            answer.text
        );
    }
    let after = w.app.get_as(&w.editor, &path).await;
    assert_eq!(before, after.json, "a rejected edit changed the record");
    assert_eq!(after.headers["etag"], tag.as_str(), "nor its tag");
    let audit = w.app.get_as(&w.editor, &format!("{path}/audit")).await;
    assert_eq!(
        audit.json.as_array().unwrap().len(),
        0,
        "nothing audited: nothing changed"
    );
    // Not JSON at all.
    let text = w
        .app
        .send(
            "PUT",
            &path,
            None,
            &[("cookie", w.editor.as_str()), ("content-type", "text/plain")],
        )
        .await;
    text.refused(422, "body");
}

#[tokio::test]
async fn edits_are_searchable_at_once_and_audited_with_before_and_after() {
    let w = world().await;
    let own = id(OWN);
    let search = "/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000&lang=qu";
    let find = |answer: &ruta_tests::Answer| {
        answer.json["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == own.as_str())
            .cloned()
    };
    let before = find(&w.app.get(search).await).unwrap();
    assert_eq!(before["name"], "Centro Propio");

    let path = format!("/api/v1/manage/services/{own}");
    let saved = w
        .app
        .put_current(&path, &path, &valid_input(), &[("cookie", w.editor.as_str())])
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.json["last_verified_at"], "2026-12-01T15:00:00Z");
    let now = find(&w.app.get(search).await).unwrap();
    assert_eq!(now["name"], "Kikin Wasi", "the Quechua name shows at once");
    assert_eq!(now["capacity"], "available");

    w.app.clock.advance(chrono::Duration::minutes(20));
    let full = w
        .app
        .post_as(
            &w.editor,
            &format!("/api/v1/manage/services/{own}/capacity"),
            Some(&json!({ "capacity": "full" })),
        )
        .await;
    assert_eq!(full.json["capacity"], "full");
    assert_eq!(full.json["capacity_updated_at"], "2026-12-01T15:20:00Z");
    let public = w.app.get(&format!("/api/v1/services/{own}")).await;
    assert_eq!(public.json["capacity"], "full");

    let audit = w
        .app
        .get_as(&w.editor, &format!("/api/v1/manage/services/{own}/audit"))
        .await;
    let entries = audit.json.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["action"], "capacity");
    assert_eq!(entries[0]["actor"], "editor@ruta.test");
    assert_eq!(entries[0]["before"]["capacity"], "available");
    assert_eq!(entries[0]["after"]["capacity"], "full");
    assert_eq!(entries[1]["action"], "update");
    assert_eq!(entries[1]["before"]["names"]["es"], "Centro Propio");
    assert!(entries[1]["before"]["names"].get("qu").is_none());
    assert_eq!(entries[1]["after"]["names"]["qu"], "Kikin Wasi");

    // Survives a restart: the store has it.
    let dir = w.app.stop().await;
    let again = TestApp::spawn_in(dir, true, &[], &[]).await;
    let public = again.get(&format!("/api/v1/services/{own}?lang=qu")).await;
    assert_eq!(public.json["name"], "Kikin Wasi");
    assert_eq!(public.json["capacity"], "full");
}

#[tokio::test]
async fn deactivated_listings_leave_the_public_directory() {
    let w = world().await;
    let own = id(OWN);
    let done = w
        .app
        .post_as(
            &w.editor,
            &format!("/api/v1/manage/services/{own}/deactivate"),
            None,
        )
        .await;
    assert_eq!(done.json["status"], "defunct");
    assert_eq!(w.app.get(&format!("/api/v1/services/{own}")).await.status, 404);
    let search = w
        .app
        .get("/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000")
        .await;
    assert!(!search.text.contains(&own));
}

#[tokio::test]
async fn operators_and_the_organization_see_the_exact_confidential_location_the_public_never_does() {
    let w = world().await;
    let shelter = id(SHELTER);
    let operator = w
        .app
        .get_as(&w.operator, &format!("/api/v1/manage/services/{shelter}"))
        .await;
    assert_eq!(operator.json["location"]["lat"], 14.07731);
    assert_eq!(operator.json["location"]["address"], "Calle de Prueba 768");
    let public = w.app.get(&format!("/api/v1/services/{shelter}")).await;
    assert!(!public.text.contains("14.07731") && !public.text.contains("Calle de Prueba 768"));
    let anonymous = w.app.get(&format!("/api/v1/manage/services/{shelter}")).await;
    assert_eq!(anonymous.status, 401);
    assert!(!anonymous.text.contains("14.07731"));
}

#[tokio::test]
async fn stale_listings_rank_below_fresh_ones_nearby_and_are_flagged_to_their_organization() {
    let w = world().await;
    // A year later, only the other organisation confirms its (farther) listing.
    w.app.clock.advance(chrono::Duration::days(365));
    let other = id(OTHERS);
    let own = id(OWN);
    let other_editor = w.app.login("other@ruta.test", PW).await;
    let editor = w.app.login("editor@ruta.test", PW).await;
    let confirmed = w
        .app
        .post_as(
            &other_editor,
            &format!("/api/v1/manage/services/{other}/verify"),
            None,
        )
        .await;
    assert_eq!(confirmed.status, 200);
    assert_eq!(confirmed.json["stale"], false);
    let search = w
        .app
        // 431 m from the stale listing, 545 m from the fresh one: within twice the distance, so fresh first.
        .get("/api/v1/search?lat=14.0855&lon=-87.2080&radius_m=20000&kind=psychosocial")
        .await;
    let order: Vec<&str> = search.json["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let (fresh, stale) = (
        order.iter().position(|i| *i == other),
        order.iter().position(|i| *i == own),
    );
    assert!(fresh < stale, "fresh first although farther: {order:?}");
    let mine = w.app.get_as(&editor, "/api/v1/manage/services").await;
    let items = mine.json["items"].as_array().unwrap();
    let listed = items.iter().find(|i| i["id"] == own.as_str()).unwrap();
    assert_eq!(listed["stale"], true, "flagged to its organisation");
    let stale: Vec<bool> = items.iter().map(|i| i["stale"].as_bool().unwrap()).collect();
    assert!(
        stale.windows(2).all(|w| w[0] >= w[1]),
        "stale listings first, to be confirmed: {stale:?}"
    );
}

/// Anyone's report of a problem with `service`: `body` as the app sends it.
async fn report_problem(app: &TestApp, service: &str, body: Value) -> Answer {
    app.post(&format!("/api/v1/services/{service}/reports"), &body)
        .await
}

#[tokio::test]
async fn anyone_can_report_a_problem_without_personal_data_and_it_reaches_the_organization() {
    let w = world().await;
    let own = id(OWN);
    let sent = report_problem(&w.app, &own, json!({ "reason": "no_answer" })).await;
    assert_eq!(sent.status, 202, "{}", sent.text);
    let free_text = report_problem(
        &w.app,
        &own,
        json!({ "reason": "other", "comment": "my name is…" }),
    )
    .await;
    assert_eq!(free_text.status, 422, "no free text accepted");
    let nowhere = report_problem(&w.app, &Uuid::nil().to_string(), json!({ "reason": "closed" })).await;
    assert_eq!(nowhere.status, 404);
    let bad = report_problem(&w.app, &own, json!({ "reason": "angry" })).await;
    bad.refused(422, "reason");

    let inbox = w.app.get_as(&w.editor, "/api/v1/manage/reports").await;
    let reports = inbox.json.as_array().unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["reason"], "no_answer");
    let keys: Vec<&String> = reports[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["created_at", "id", "organization_id", "reason", "service_id"]
    );
    let theirs = w.app.get_as(&w.other_editor, "/api/v1/manage/reports").await;
    assert_eq!(theirs.json.as_array().unwrap().len(), 0);
    let admin = w.app.get_as(&w.admin, "/api/v1/manage/reports").await;
    assert_eq!(admin.json.as_array().unwrap().len(), 1);
    let report_id = reports[0]["id"].as_str().unwrap();
    let resolve = format!("/api/v1/manage/reports/{report_id}/resolve");
    let not_theirs = w.app.post_as(&w.other_editor, &resolve, None).await;
    assert_eq!(not_theirs.status, 404);
    let resolved = w.app.post_as(&w.editor, &resolve, None).await;
    assert_eq!(resolved.status, 204);

    // Limited per address: 5 in a burst (one was already sent, two were refused before counting? they count).
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(
            report_problem(&w.app, &own, json!({ "reason": "closed" }))
                .await
                .status,
        );
    }
    assert!(statuses.contains(&429), "{statuses:?}");
}

#[tokio::test]
async fn an_ngo_registers_an_admin_approves_and_its_editor_adds_a_listing() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_user("admin", "admin@ruta.test", PW, None).await;
    let weak = app
        .post("/api/v1/organizations/register", &json!({ "organization_name": "Red Nueva (test)", "email": "nueva@ruta.test", "password": "password" }))
        .await;
    weak.refused(422, "password");
    let sent = app
        .post(
            "/api/v1/organizations/register",
            &json!({ "organization_name": "Red Nueva (test)", "email": "nueva@ruta.test", "password": PW }),
        )
        .await;
    assert_eq!(sent.status, 202, "{}", sent.text);
    let org = sent.json["organization_id"].as_str().unwrap().to_owned();
    let twice = app
        .post(
            "/api/v1/organizations/register",
            &json!({ "organization_name": "Otra (test)", "email": "NUEVA@ruta.test", "password": PW }),
        )
        .await;
    assert_eq!(twice.status, 409);
    assert_eq!(twice.json["error"]["code"], "conflict");

    let pending = app.try_login("nueva@ruta.test", PW).await;
    assert_eq!(pending.status, 403);
    assert_eq!(pending.json["error"]["code"], "account_pending");

    let admin = app.login("admin@ruta.test", PW).await;
    let list = app.get_as(&admin, "/api/v1/admin/organizations/pending").await;
    assert_eq!(list.json[0]["name"], "Red Nueva (test)");
    let approved = crate::admin::approve(&app, &admin, &org).await;
    assert_eq!(approved.status, 204);

    let editor = app.login("nueva@ruta.test", PW).await;
    let created = app
        .post_as(&editor, "/api/v1/manage/services", Some(&valid_input()))
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json["organization_id"], org.as_str());
    let new_id = created.json["id"].as_str().unwrap();
    let search = app.get("/api/v1/search?lat=14.08&lon=-87.21&radius_m=5000").await;
    assert!(
        search.text.contains(new_id),
        "a new listing is searchable at once"
    );
    let audit = app
        .get_as(&admin, &format!("/api/v1/manage/organizations/{org}/audit"))
        .await;
    let actions = ruta_tests::values_of(&audit.json, "action");
    assert_eq!(actions, ["create", "approve", "create", "register"]);
}
