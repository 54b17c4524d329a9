//! Issue 19, the API under the admin screens: registrations approved or declined with a reason the applicant
//! reads, accounts created with a one-time password, roles changed, sessions ended — each audited, each refused
//! to every role but admin, and never leaving the directory without an active administrator.

use ruta_tests::fixtures::organization;
use ruta_tests::{Answer, TestApp};
use serde_json::{Value, json};

const PW: &str = "tres palabras sueltas";

use crate::accounts::call;

/// A server with the fixture organisation and one account of each role; their session cookies.
async fn world() -> (TestApp, [String; 4]) {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    let own = Some(organization().id);
    let cookies = [
        app.add_signed_in("admin", "admin@ruta.test", PW, None).await,
        app.add_signed_in("ngo_editor", "editor@ruta.test", PW, own).await,
        app.add_signed_in("operator", "operator@ruta.test", PW, None)
            .await,
        app.add_signed_in("counsellor", "counsellor@ruta.test", PW, own)
            .await,
    ];
    (app, cookies)
}

async fn register(app: &TestApp, name: &str, email: &str) -> String {
    let body = json!({ "organization_name": name, "website": "https://red.example", "email": email, "password": PW });
    let sent = app.post("/api/v1/organizations/register", &body).await;
    assert_eq!(sent.status, 202, "{}", sent.text);
    sent.json["organization_id"].as_str().unwrap().to_owned()
}

/// An admin's approval of the registered organisation `org`.
pub(crate) async fn approve(app: &TestApp, admin: &str, org: &str) -> Answer {
    app.post_as(admin, &format!("/api/v1/admin/organizations/{org}/approve"), None)
        .await
}

/// Asserts that every entry of a list has `key` = `value`.
#[track_caller]
fn assert_all_have(list: &Value, key: &str, value: &str) {
    let values = ruta_tests::values_of(list, key);
    assert!(
        values.iter().all(|v| v == value),
        "{key} other than {value}: {values:?}"
    );
}

async fn user_id(app: &TestApp, admin: &str, email: &str) -> String {
    let users = app.get_as(admin, "/api/v1/admin/users").await;
    users
        .json
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn every_admin_endpoint_refuses_every_other_role_and_anyone_signed_out() {
    let (app, [admin, editor, operator, counsellor]) = world().await;
    let org = register(&app, "Red Pendiente (test)", "pendiente@ruta.test").await;
    let editor_id = user_id(&app, &admin, "editor@ruta.test").await;
    let requests: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", "/api/v1/admin/users".into(), None),
        ("GET", "/api/v1/admin/organizations".into(), None),
        ("GET", "/api/v1/admin/organizations/pending".into(), None),
        (
            "POST",
            "/api/v1/admin/users".into(),
            Some(json!({ "email": "x@ruta.test", "role": "operator" })),
        ),
        ("POST", format!("/api/v1/admin/users/{editor_id}/disable"), None),
        ("POST", format!("/api/v1/admin/users/{editor_id}/activate"), None),
        (
            "POST",
            format!("/api/v1/admin/users/{editor_id}/revoke_sessions"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/admin/users/{editor_id}/role"),
            Some(json!({ "role": "admin" })),
        ),
        ("POST", format!("/api/v1/admin/organizations/{org}/approve"), None),
        (
            "POST",
            format!("/api/v1/admin/organizations/{org}/decline"),
            Some(json!({ "reason": "no" })),
        ),
    ];
    for (method, path, body) in &requests {
        for (who, cookie) in [
            ("editor", &editor),
            ("operator", &operator),
            ("counsellor", &counsellor),
        ] {
            let answer = call(&app, Some(cookie), method, path, body.as_ref()).await;
            assert_eq!(answer.status, 403, "{who} {method} {path}: {}", answer.text);
            assert_eq!(answer.json["error"]["code"], "forbidden");
        }
        let anonymous = call(&app, None, method, path, body.as_ref()).await;
        assert_eq!(anonymous.status, 401, "signed out {method} {path}");
    }
    // Nothing of it happened: the organisation still waits, the editor is still an editor with a session.
    let pending = app.get_as(&admin, "/api/v1/admin/organizations/pending").await;
    assert_eq!(ruta_tests::ids(&pending.json), [org]);
    let me = app.get_as(&editor, "/api/v1/auth/me").await;
    assert_eq!(me.json["role"], "ngo_editor");
}

#[tokio::test]
async fn a_waiting_organisation_shows_what_it_registered_and_who_asked() {
    let (app, [admin, ..]) = world().await;
    let org = register(&app, "Red Nueva (test)", "nueva@ruta.test").await;
    let pending = app.get_as(&admin, "/api/v1/admin/organizations/pending").await;
    assert_eq!(pending.status, 200);
    let entry = &pending.json[0];
    assert_eq!(entry["id"], org.as_str());
    assert_eq!(entry["name"], "Red Nueva (test)");
    assert_eq!(entry["website"], "https://red.example");
    assert_eq!(entry["applicants"], json!(["nueva@ruta.test"]));
    assert!(entry["registered_at"].as_str().is_some(), "{entry}");
    let all = app.get_as(&admin, "/api/v1/admin/organizations").await;
    let names = ruta_tests::values_of(&all.json, "name");
    assert!(
        names.contains(&"Red Nueva (test)".to_owned()) && names.contains(&organization().name),
        "{names:?}"
    );
}

#[tokio::test]
async fn a_declined_registration_tells_its_applicant_why_and_leaves_the_waiting_list() {
    let (app, [admin, ..]) = world().await;
    let org = register(&app, "Red Dudosa (test)", "dudosa@ruta.test").await;
    let path = format!("/api/v1/admin/organizations/{org}/decline");
    for bad in [
        json!({ "reason": "   " }),
        json!({ "reason": "x".repeat(501) }),
        json!({}),
    ] {
        let answer = app.post_as(&admin, &path, Some(&bad)).await;
        assert_eq!(answer.status, 422, "{bad}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], "reason", "{}", answer.text);
    }
    let still = app.get_as(&admin, "/api/v1/admin/organizations/pending").await;
    assert_eq!(
        ruta_tests::ids(&still.json),
        std::slice::from_ref(&org),
        "a refused decline changes nothing"
    );

    let reason = "No encontramos a la organización en el registro nacional de ONG.";
    let declined = app
        .post_as(&admin, &path, Some(&json!({ "reason": reason })))
        .await;
    assert_eq!(declined.status, 204, "{}", declined.text);
    let pending = app.get_as(&admin, "/api/v1/admin/organizations/pending").await;
    assert_eq!(pending.json, json!([]));
    let again = app
        .post_as(&admin, &path, Some(&json!({ "reason": reason })))
        .await;
    assert_eq!(again.status, 404, "only a waiting organisation can be declined");

    let login = json!({ "email": "dudosa@ruta.test", "password": PW });
    let answer = app
        .send(
            "POST",
            "/api/v1/auth/login",
            Some(&login),
            &[("accept-language", "es")],
        )
        .await;
    assert_eq!(answer.status, 403);
    assert_eq!(answer.json["error"]["code"], "registration_declined");
    assert_eq!(answer.json["error"]["reason"], reason);
    let message = answer.error_message();
    assert!(
        message.contains("rechazó") && message.contains(reason),
        "{message}"
    );
    // A wrong password learns nothing about the decision.
    let wrong = json!({ "email": "dudosa@ruta.test", "password": "otra cosa distinta" });
    let guess = app.post("/api/v1/auth/login", &wrong).await;
    assert_eq!(guess.status, 401);
    assert!(!guess.text.contains("registro nacional"));

    let audit = app
        .get_as(&admin, &format!("/api/v1/manage/organizations/{org}/audit"))
        .await;
    assert_eq!(audit.json[0]["action"], "decline");
    assert_eq!(audit.json[0]["actor"], "admin@ruta.test");
    assert!(audit.json[0].to_string().contains("registro nacional"));
}

#[tokio::test]
async fn an_account_created_without_a_password_gets_one_shown_once() {
    let (app, [admin, ..]) = world().await;
    let created = app.post_as(&admin, "/api/v1/admin/users", Some(&json!({ "email": "Nueva.Editora@ruta.test", "role": "ngo_editor", "organization_id": organization().id })))
    .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let password = created.json["one_time_password"].as_str().unwrap().to_owned();
    assert!(password.len() >= 20, "{password}");
    app.login("nueva.editora@ruta.test", &password).await;
    let list = app.get_as(&admin, "/api/v1/admin/users").await;
    assert!(!list.text.contains(&password) && !list.text.contains("one_time_password"));
    // Without the organisation an editor needs: 422 naming it, and no account.
    let orphan = app
        .post_as(
            &admin,
            "/api/v1/admin/users",
            Some(&json!({ "email": "huerfana@ruta.test", "role": "ngo_editor" })),
        )
        .await;
    orphan.refused(422, "organization_id");
    let list = app.get_as(&admin, "/api/v1/admin/users").await;
    assert!(!list.text.contains("huerfana@ruta.test"));
}

#[tokio::test]
async fn a_role_change_applies_to_open_sessions_names_bad_fields_and_is_audited() {
    let (app, [admin, editor, ..]) = world().await;
    let id = user_id(&app, &admin, "editor@ruta.test").await;
    let path = format!("/api/v1/admin/users/{id}/role");
    let cases = [
        (json!({ "role": "superuser" }), "role"),
        (json!({ "role": "counsellor" }), "organization_id"),
        (
            json!({ "role": "operator", "organization_id": organization().id }),
            "organization_id",
        ),
        (
            json!({ "role": "ngo_editor", "organization_id": "00000000-0000-0000-0000-00000000dead" }),
            "organization_id",
        ),
    ];
    for (body, field) in cases {
        let answer = app.post_as(&admin, &path, Some(&body)).await;
        assert_eq!(answer.status, 422, "{body}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], field, "{body}: {}", answer.text);
    }
    let me = app.get_as(&editor, "/api/v1/auth/me").await;
    assert_eq!(me.json["role"], "ngo_editor", "a refused change changes nothing");

    let changed = app
        .post_as(&admin, &path, Some(&json!({ "role": "operator" })))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.json["role"], "operator");
    assert!(changed.json.get("organization_id").is_none());
    let me = app.get_as(&editor, "/api/v1/auth/me").await;
    assert_eq!(me.json["role"], "operator", "the open session has the new role");
    let audit = app
        .get_as(
            &admin,
            &format!("/api/v1/manage/organizations/{}/audit", organization().id),
        )
        .await;
    let entry = &audit.json[0];
    assert_eq!(entry["action"], "change_role", "{entry}");
    assert_eq!(entry["before"]["role"], "ngo_editor");
    assert_eq!(entry["after"]["role"], "operator");
}

#[tokio::test]
async fn the_last_active_admin_can_be_neither_disabled_nor_demoted() {
    let (app, [admin, ..]) = world().await;
    let me = user_id(&app, &admin, "admin@ruta.test").await;
    let demote_me = format!("/api/v1/admin/users/{me}/role");
    let alone = app
        .post_as(&admin, &demote_me, Some(&json!({ "role": "operator" })))
        .await;
    alone.refused(422, "role");
    assert!(alone.text.contains("last active administrator"), "{}", alone.text);

    // A second admin, then disabled: the first is the last active one again.
    let second = app
        .post_as(
            &admin,
            "/api/v1/admin/users",
            Some(&json!({ "email": "segunda@ruta.test", "password": PW, "role": "admin" })),
        )
        .await;
    let second_id = second.json["id"].as_str().unwrap().to_owned();
    let disabled = app
        .post_as(&admin, &format!("/api/v1/admin/users/{second_id}/disable"), None)
        .await;
    assert_eq!(disabled.status, 200);
    let still_alone = app
        .post_as(&admin, &demote_me, Some(&json!({ "role": "operator" })))
        .await;
    still_alone.refused(422, "role");
    let mine = app.get_as(&admin, "/api/v1/auth/me").await;
    assert_eq!(mine.json["role"], "admin", "nothing was written");

    // With another active admin, stepping down works; and that one, now the last, cannot be disabled or demoted.
    let activated = app
        .post_as(&admin, &format!("/api/v1/admin/users/{second_id}/activate"), None)
        .await;
    assert_eq!(activated.status, 200);
    let stepped_down = app
        .post_as(&admin, &demote_me, Some(&json!({ "role": "operator" })))
        .await;
    assert_eq!(stepped_down.status, 200, "{}", stepped_down.text);
    let segunda = app.login("segunda@ruta.test", PW).await;
    let self_demote = app
        .post_as(
            &segunda,
            &format!("/api/v1/admin/users/{second_id}/role"),
            Some(&json!({ "role": "operator" })),
        )
        .await;
    self_demote.refused(422, "role");
    let self_disable = app
        .post_as(
            &segunda,
            &format!("/api/v1/admin/users/{second_id}/disable"),
            None,
        )
        .await;
    self_disable.refused(422, "id");
}

#[tokio::test]
async fn ending_an_accounts_sessions_refuses_its_next_request_and_is_audited() {
    let (app, [admin, editor, ..]) = world().await;
    let id = user_id(&app, &admin, "editor@ruta.test").await;
    let second_phone = app.login("editor@ruta.test", PW).await;
    let revoked = app
        .post_as(&admin, &format!("/api/v1/admin/users/{id}/revoke_sessions"), None)
        .await;
    assert_eq!(revoked.status, 200, "{}", revoked.text);
    assert_eq!(revoked.json["revoked"], 2);
    for cookie in [&editor, &second_phone] {
        let refused = app.get_as(cookie, "/api/v1/manage/services").await;
        assert_eq!(refused.status, 401, "{}", refused.text);
    }
    let audit = app
        .get_as(
            &admin,
            &format!("/api/v1/manage/organizations/{}/audit", organization().id),
        )
        .await;
    assert_eq!(audit.json[0]["action"], "revoke_sessions", "{}", audit.json);
    assert_eq!(audit.json[0]["entity_id"], id.as_str());
    // The account itself still works: a new sign-in is fine.
    app.login("editor@ruta.test", PW).await;
}

#[tokio::test]
async fn the_audit_log_across_organisations_filters_by_organisation_person_record_action_and_day() {
    let (app, [admin, editor, ..]) = world().await;
    let org = register(&app, "Red Auditada (test)", "auditada@ruta.test").await;
    let approved = approve(&app, &admin, &org).await;
    assert_eq!(approved.status, 204);
    let editor_id = user_id(&app, &admin, "editor@ruta.test").await;
    app.post_as(
        &admin,
        &format!("/api/v1/admin/users/{editor_id}/revoke_sessions"),
        None,
    )
    .await;

    let get = |query: String| {
        let app = &app;
        let admin = admin.clone();
        async move { app.get_as(&admin, &format!("/api/v1/admin/audit{query}")).await }
    };
    let all = get(String::new()).await;
    assert_eq!(all.status, 200, "{}", all.text);
    let orgs: std::collections::BTreeSet<String> = all
        .json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["organization_id"].as_str().map(str::to_owned))
        .collect();
    assert!(orgs.len() >= 2, "entries of several organisations: {orgs:?}");

    let by_org = get(format!("?organization_id={org}")).await;
    assert_all_have(&by_org.json, "organization_id", &org);
    assert_eq!(
        ruta_tests::values_of(&by_org.json, "action"),
        ["approve", "create", "register"]
    );
    let approvals = get("?action=approve".into()).await;
    assert_eq!(ruta_tests::values_of(&approvals.json, "action"), ["approve"]);
    let by_admin = get("?person=ADMIN%40ruta".into()).await;
    let actors = ruta_tests::values_of(&by_admin.json, "actor");
    assert!(
        !actors.is_empty() && actors.iter().all(|a| a == "admin@ruta.test"),
        "{actors:?}"
    );
    let by_record = get(format!("?record={editor_id}")).await;
    assert_all_have(&by_record.json, "entity_id", &editor_id);
    assert_eq!(
        ruta_tests::values_of(&by_record.json, "action"),
        ["revoke_sessions", "create"]
    );
    let today = ruta_tests::now().date_naive();
    let tomorrow = today.succ_opt().unwrap();
    let same_day = get(format!("?from={today}&to={today}")).await;
    assert_eq!(
        same_day.json.as_array().unwrap().len(),
        all.json.as_array().unwrap().len()
    );
    let later = get(format!("?from={tomorrow}")).await;
    assert_eq!(later.json, json!([]));

    for (query, field) in [
        ("?action=explode", "action"),
        ("?action=other", "action"),
        ("?from=2026-13-01", "from"),
        (&*format!("?from={tomorrow}&to={today}"), "to"),
        ("?record=not-a-uuid", "record"),
        ("?organization_id=42", "organization_id"),
        ("?colour=red", "colour"),
    ] {
        let answer = get(query.to_owned()).await;
        assert_eq!(answer.status, 400, "{query}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], field, "{query}");
    }
    let refused = app.get_as(&editor, "/api/v1/admin/audit").await;
    assert_eq!(refused.status, 401, "the editor's sessions were ended");
    let editor_again = app.login("editor@ruta.test", PW).await;
    let refused = app.get_as(&editor_again, "/api/v1/admin/audit").await;
    assert_eq!(refused.status, 403);

    let csv = app
        .send(
            "GET",
            &format!("/api/v1/admin/audit?organization_id={org}"),
            None,
            &[("cookie", admin.as_str()), ("accept", "text/csv")],
        )
        .await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let lines: Vec<&str> = csv.text.lines().collect();
    assert_eq!(
        lines[0],
        "at,actor,organization_id,entity,entity_id,action,changed,before,after"
    );
    assert_eq!(lines.len(), 4, "{}", csv.text);
    assert!(
        lines[1].contains(",approve,") && lines[1].contains("admin@ruta.test"),
        "{}",
        lines[1]
    );
}
