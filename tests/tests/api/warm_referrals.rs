//! Issue 18: warm referrals with consent — an operator or an NGO's staff sends, the receiving organisation's
//! editors answer in their inbox, the sender sees the status and never more; sealed at rest, audited without
//! personal data, purged to a count.

use chrono::Duration;
use serde_json::{Value, json};

use crate::accounts::{OWN, PW, SHELTER, World, id, other_organization, world};
use ruta_tests::fixtures::organization;

/// What the operator learned on the line and the person agreed to share, for a referral to `service`.
pub(crate) fn referral(service: u128) -> Value {
    json!({
        "service_id": id(service),
        "consent": { "given": true, "agreed_to": ["share_details", "be_contacted"] },
        "alias": "MARKER-ALIAS",
        "language": "es",
        "contact": { "channel": "whatsapp", "value": "9999 0000", "country": "HN", "notes": "only after 6 pm" },
        "needs": ["shelter", "psychosocial"],
        "urgency": "urgent",
        "note": "MARKER-NOTE needs a place tonight",
    })
}

async fn send(w: &World, cookie: &str, body: &Value) -> ruta_tests::Answer {
    w.app.post_as(cookie, "/api/v1/referrals/warm", Some(body)).await
}

async fn inbox(w: &World, cookie: &str) -> ruta_tests::Answer {
    let path = format!("/api/v1/manage/organizations/{}/referrals", organization().id);
    w.app.get_as(cookie, &path).await
}

async fn move_on(w: &World, cookie: &str, referral: &str, body: Value) -> ruta_tests::Answer {
    let path = format!("/api/v1/manage/referrals/{referral}/status");
    w.app.post_as(cookie, &path, Some(&body)).await
}

async fn sent(w: &World, cookie: &str) -> ruta_tests::Answer {
    w.app.get_as(cookie, "/api/v1/referrals/sent").await
}

/// What neither the sender's views nor the audit log may ever show.
const PERSONAL: [&str; 5] = [
    "MARKER-ALIAS",
    "MARKER-NOTE",
    "+50499990000",
    "after 6 pm",
    "Calle de Prueba 768",
];

#[tokio::test]
async fn a_referral_to_a_confidential_shelter_is_answered_in_its_inbox_and_the_sender_sees_only_the_status() {
    let w = world().await;
    let made = send(&w, &w.operator, &referral(SHELTER)).await;
    assert_eq!(made.status, 201, "{}", made.text);
    assert_eq!(made.json["status"], "new");
    assert_eq!(made.json["service_name"], "Casa Segura Prueba");
    for secret in PERSONAL {
        assert!(!made.text.contains(secret), "the sender's answer shows {secret}");
    }
    let referral_id = made.json["id"].as_str().unwrap().to_owned();

    // The receiving organisation's editor sees everything the person agreed to share, the contact in E.164.
    let seen = inbox(&w, &w.editor).await;
    assert_eq!(seen.status, 200, "{}", seen.text);
    let first = &seen.json["referrals"][0];
    assert_eq!(first["id"], referral_id.as_str());
    assert_eq!(first["alias"], "MARKER-ALIAS");
    assert_eq!(first["contact"]["value"], "+50499990000");
    assert_eq!(first["contact"]["channel"], "whatsapp");
    assert_eq!(first["contact"]["notes"], "only after 6 pm");
    assert_eq!(first["note"], "MARKER-NOTE needs a place tonight");
    assert_eq!(first["from"], "hotline");
    assert_eq!(first["needs"], json!(["shelter", "psychosocial"]));
    assert_eq!(first["urgency"], "urgent");
    assert_eq!(first["consent"], json!(["share_details", "be_contacted"]));
    assert_eq!(seen.json["delete_after_days"], 30);

    // Nobody else reads or answers it; another organisation is not even told it exists.
    assert_eq!(inbox(&w, &w.other_editor).await.status, 403);
    assert_eq!(inbox(&w, &w.operator).await.status, 403);
    assert_eq!(inbox(&w, &w.counsellor).await.status, 403);
    let accept = json!({ "status": "accepted" });
    assert_eq!(
        move_on(&w, &w.other_editor, &referral_id, accept.clone())
            .await
            .status,
        404
    );
    assert_eq!(
        move_on(&w, &w.operator, &referral_id, accept.clone())
            .await
            .status,
        404
    );

    // Accepted in the inbox; the operator sees "accepted" and nothing more.
    let accepted = move_on(&w, &w.editor, &referral_id, accept.clone()).await;
    assert_eq!(
        (accepted.status, &accepted.json["status"]),
        (200, &json!("accepted")),
        "{}",
        accepted.text
    );
    let mine = sent(&w, &w.operator).await;
    assert_eq!(mine.status, 200);
    assert_eq!(mine.json["referrals"][0]["status"], "accepted");
    for secret in PERSONAL {
        assert!(!mine.text.contains(secret), "the sender's list shows {secret}");
    }
    // Another account's list does not hold it.
    assert_eq!(sent(&w, &w.admin).await.json["referrals"], json!([]));

    // Only the moves the list allows.
    let back = move_on(&w, &w.editor, &referral_id, json!({ "status": "new" })).await;
    back.refused(422, "status");
    let reason_without_decline = move_on(
        &w,
        &w.editor,
        &referral_id,
        json!({ "status": "contacted", "reason": "no_capacity" }),
    )
    .await;
    assert_eq!(reason_without_decline.json["error"]["field"], "reason");

    // Two editors' tabs mark it contacted at once: one change, the other told.
    let (a, b) = tokio::join!(
        move_on(&w, &w.editor, &referral_id, json!({ "status": "contacted" })),
        move_on(&w, &w.admin, &referral_id, json!({ "status": "contacted" })),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort_unstable();
    assert!(statuses == [200, 412] || statuses == [200, 422], "{statuses:?}");

    // Audited with the statuses only.
    let audit_path = format!("/api/v1/manage/organizations/{}/audit", organization().id);
    let audit = w.app.get_as(&w.editor, &audit_path).await;
    let moves: Vec<&Value> = audit
        .json
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "referral_status")
        .collect();
    assert_eq!(moves.len(), 2, "{}", audit.text);
    assert!(
        moves.iter().all(|m| m["entity"] == "referral"),
        "read back as what it is about: {}",
        audit.text
    );
    assert_eq!(moves[0]["after"]["status"], "contacted");
    assert_eq!(moves[1]["before"]["status"], "new");
    for secret in PERSONAL {
        assert!(!audit.text.contains(secret), "the audit log shows {secret}");
    }

    // Its editors were told through the outbox: one notification, with nothing of the person.
    let told = ruta_tests::count(
        w.app.data_dir.path(),
        "SELECT COUNT(*) FROM outbox WHERE kind = 'referral_new'",
    )
    .await;
    assert_eq!(told, 1, "one editor in the receiving organisation");
}

#[tokio::test]
async fn nothing_is_sent_without_consent_or_with_a_bad_field_and_only_staff_who_refer_may_send() {
    let w = world().await;
    let cases: Vec<(&str, Value)> = vec![
        ("consent.given", {
            let mut r = referral(SHELTER);
            r["consent"]["given"] = json!(false);
            r
        }),
        ("consent.agreed_to", {
            let mut r = referral(SHELTER);
            r["consent"]["agreed_to"] = json!(["be_contacted"]);
            r
        }),
        ("consent.agreed_to", {
            let mut r = referral(SHELTER);
            r["consent"]["agreed_to"] = json!(["share_details"]);
            r
        }),
        ("needs", {
            let mut r = referral(SHELTER);
            r["needs"] = json!([]);
            r
        }),
        ("service_id", referral(0xDEAD)),
        ("note", {
            let mut r = referral(SHELTER);
            r["note"] = json!("x".repeat(501));
            r
        }),
        ("alias", {
            let mut r = referral(SHELTER);
            r["alias"] = json!("y".repeat(61));
            r
        }),
        ("contact.value", {
            let mut r = referral(SHELTER);
            r["contact"]["value"] = json!("12");
            r
        }),
    ];
    for (field, body) in &cases {
        let refused = send(&w, &w.operator, body).await;
        assert_eq!(
            (refused.status, refused.json["error"]["field"].as_str()),
            (422, Some(*field)),
            "{}",
            refused.text
        );
    }
    let missing_consent = {
        let mut r = referral(SHELTER);
        r.as_object_mut().unwrap().remove("consent");
        r
    };
    assert_eq!(send(&w, &w.operator, &missing_consent).await.status, 422);
    assert_eq!(
        ruta_tests::count(w.app.data_dir.path(), "SELECT COUNT(*) FROM warm_referrals").await,
        0,
        "nothing half-written"
    );

    // Counsellors do not refer; nobody signed out does.
    assert_eq!(send(&w, &w.counsellor, &referral(SHELTER)).await.status, 403);
    assert_eq!(
        w.app
            .post("/api/v1/referrals/warm", &referral(SHELTER))
            .await
            .status,
        401
    );

    // An NGO's editor refers to another organisation's service, without a contact (so no be_contacted needed);
    // the receivers see which organisation sent it.
    let mut from_ngo = referral(OWN);
    from_ngo.as_object_mut().unwrap().remove("contact");
    from_ngo["consent"]["agreed_to"] = json!(["share_details"]);
    let made = send(&w, &w.other_editor, &from_ngo).await;
    assert_eq!(made.status, 201, "{}", made.text);
    let seen = inbox(&w, &w.editor).await;
    assert_eq!(
        seen.json["referrals"][0]["from"],
        other_organization().name.as_str()
    );
    assert!(seen.json["referrals"][0].get("contact").is_none());
}

#[tokio::test]
async fn a_closed_referral_is_deleted_after_the_purge_period_and_only_its_count_stays() {
    let w = world().await;
    let declined = send(&w, &w.operator, &referral(SHELTER)).await;
    let declined_id = declined.json["id"].as_str().unwrap().to_owned();
    let open = send(&w, &w.operator, &referral(OWN)).await;
    assert_eq!(open.status, 201, "{}", open.text);

    let without_reason = move_on(&w, &w.editor, &declined_id, json!({ "status": "declined" })).await;
    without_reason.refused(422, "reason");
    let answered = move_on(
        &w,
        &w.editor,
        &declined_id,
        json!({ "status": "declined", "reason": "no_capacity" }),
    )
    .await;
    assert_eq!(answered.status, 200, "{}", answered.text);
    assert!(answered.json["delete_after"].is_string(), "{}", answered.text);
    let mine = sent(&w, &w.operator).await;
    let declined_view = mine.json["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == declined_id.as_str())
        .unwrap();
    assert_eq!(
        (&declined_view["status"], &declined_view["decline_reason"]),
        (&json!("declined"), &json!("no_capacity"))
    );

    if !ruta_tests::on_postgres() {
        // Sealed at rest: the SQLite files hold neither the alias, the number nor the note.
        let bytes = std::fs::read(w.app.data_dir.path().join("ruta.sqlite3")).unwrap_or_default();
        let wal = std::fs::read(w.app.data_dir.path().join("ruta.sqlite3-wal")).unwrap_or_default();
        for secret in ["MARKER-ALIAS", "MARKER-NOTE", "+50499990000"] {
            for file in [&bytes, &wal] {
                assert!(
                    !file.windows(secret.len()).any(|win| win == secret.as_bytes()),
                    "{secret} in the database file"
                );
            }
        }
    }

    // 31 days later the declined one is gone; the open one stays; both are still counted.
    w.app.clock.advance(Duration::days(31));
    // (Sessions last 12 hours: sign in again.)
    let editor = w.app.login("editor@ruta.test", PW).await;
    let operator = w.app.login("operator@ruta.test", PW).await;
    let gone = w
        .app
        .state
        .store
        .purge_warm_referrals(w.app.clock.now_for_tests())
        .await
        .unwrap();
    assert_eq!(gone, 1);
    let left = inbox(&w, &editor).await;
    assert_eq!(left.json["referrals"].as_array().map(Vec::len), Some(1));
    assert_eq!(left.json["referrals"][0]["id"], open.json["id"]);
    assert_eq!(
        sent(&w, &operator).await.json["referrals"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(
        move_on(&w, &editor, &declined_id, json!({ "status": "closed" }))
            .await
            .status,
        404
    );
    let counted = ruta_tests::count(
        w.app.data_dir.path(),
        "SELECT CAST(SUM(count) AS BIGINT) FROM referral_counts",
    )
    .await;
    assert_eq!(counted, 2, "the anonymous counts stay");
}
