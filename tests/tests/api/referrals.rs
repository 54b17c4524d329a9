//! The operator search (confidential details for operators and admins only), referral messages in the caller's
//! language, referral counts that keep nothing personal, and suppression of small counts (issue 7).

use api_types::{Capacity, OperatorSearchResponse, SearchResponse};
use ruta_tests::fixtures::{TEGUCIGALPA_ID, organization};
use ruta_tests::{TestApp, now, pool_of};
use serde_json::{Value, json};
use sqlx::Row;

use crate::scene::{
    self, CLINIC, LEGAL, MEN_SHELTER, QUECHUA, SAFE_HOUSE, SAFE_HOUSE_ADDRESS, SAFE_HOUSE_EXACT, id,
};

const PW: &str = "tres palabras sueltas";

struct Staff {
    app: TestApp,
    admin: String,
    operator: String,
    editor: String,
    counsellor: String,
}

/// The scene directory around Tegucigalpa, where the clinic reports places free and was confirmed 10 days
/// ago, the men's shelter is full and was confirmed 200 days ago; and one account per role.
async fn staffed() -> Staff {
    let mut services = scene::services();
    for s in &mut services {
        if s.id == uuid::Uuid::from_u128(CLINIC) {
            s.capacity = Capacity::Available;
            s.last_verified_at = Some(now() - chrono::Duration::days(10));
        }
        if s.id == uuid::Uuid::from_u128(MEN_SHELTER) {
            s.capacity = Capacity::Full;
            s.last_verified_at = Some(now() - chrono::Duration::days(200));
        }
        if s.id == uuid::Uuid::from_u128(SAFE_HOUSE) {
            s.capacity = Capacity::Limited;
            s.capacity_updated_at = Some(now() - chrono::Duration::days(1));
        }
    }
    let app = TestApp::spawn_with_services(&services).await;
    let own = Some(organization().id);
    Staff {
        admin: app.add_signed_in("admin", "admin@ruta.test", PW, None).await,
        operator: app
            .add_signed_in("operator", "operator@ruta.test", PW, None)
            .await,
        editor: app.add_signed_in("ngo_editor", "editor@ruta.test", PW, own).await,
        counsellor: app
            .add_signed_in("counsellor", "counsellor@ruta.test", PW, own)
            .await,
        app,
    }
}

fn hit(results: &Value, n: u128) -> &Value {
    results
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id(n) || r["hit"]["id"] == id(n))
        .unwrap_or_else(|| panic!("{} not in results", id(n)))
}

#[tokio::test]
async fn only_operators_and_admins_see_confidential_details_and_the_public_search_never_does() {
    let staff = staffed().await;
    let app = &staff.app;
    let query = format!("place={TEGUCIGALPA_ID}&radius_m=100000");

    // The public search: the safe house only as an area, no door, no operator details.
    let public = app.get(&format!("/api/v1/search?{query}")).await;
    assert_eq!(public.status, 200);
    let typed: SearchResponse = serde_json::from_str(&public.text).unwrap();
    let house = hit(&public.json["results"], SAFE_HOUSE);
    assert_eq!(house["location"]["approximate"], true);
    assert!(house.get("operator").is_none() && house["location"].get("address").is_none());
    for secret in [
        SAFE_HOUSE_ADDRESS,
        "14.07731",
        "87.18832",
        "\"operator\"",
        "updated_at",
    ] {
        assert!(!public.text.contains(secret), "public search shows {secret}");
    }
    // A signed-in operator gets nothing more from the public search either.
    let public_signed_in = app
        .get_as(&staff.operator, &format!("/api/v1/search?{query}"))
        .await;
    assert!(!public_signed_in.text.contains(SAFE_HOUSE_ADDRESS));
    // The public search refuses the operator-only filters by name.
    let refused = app.get(&format!("/api/v1/search?{query}&min_beds=1")).await;
    refused.refused(400, "min_beds");

    // The operator search: the same hits in the same order, plus the door, capacity and dates.
    for cookie in [&staff.operator, &staff.admin] {
        let answer = app
            .get_as(cookie, &format!("/api/v1/operator/search?{query}"))
            .await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        let operator: OperatorSearchResponse = serde_json::from_str(&answer.text).unwrap();
        let hits: Vec<_> = operator.results.iter().map(|h| h.hit.clone()).collect();
        assert_eq!(hits, typed.results, "the public hits, unchanged");
        let house = operator
            .results
            .iter()
            .find(|h| h.hit.id == uuid::Uuid::from_u128(SAFE_HOUSE))
            .unwrap();
        let door = house.operator.location.as_ref().unwrap();
        assert_eq!((door.lat, door.lon), SAFE_HOUSE_EXACT);
        assert_eq!(door.address.as_deref(), Some(SAFE_HOUSE_ADDRESS));
        // 2.06 km from Tegucigalpa's point to the door; the public hit says 7.07 km, to the cell's centre.
        assert_eq!(house.operator.distance_m, Some(2_056));
        assert_eq!(house.hit.distance_m, 7_075);
        assert_eq!(house.operator.capacity, Capacity::Limited);
        assert!(house.operator.capacity_updated_at.is_some());
        assert_eq!(house.operator.organization.name, "Fixture Organisation (test)");
        assert!(!operator.remote.is_empty() && operator.remote[0].operator.location.is_none());
    }

    // Editors and counsellors may not; anonymous callers must sign in.
    for cookie in [&staff.editor, &staff.counsellor] {
        let answer = app
            .get_as(cookie, &format!("/api/v1/operator/search?{query}"))
            .await;
        assert_eq!(answer.status, 403, "{}", answer.text);
        assert!(!answer.text.contains(SAFE_HOUSE_ADDRESS));
    }
    let anonymous = app.get(&format!("/api/v1/operator/search?{query}")).await;
    assert_eq!(anonymous.status, 401);
    assert!(!anonymous.text.contains(SAFE_HOUSE_ADDRESS));
}

#[tokio::test]
async fn operators_filter_by_places_free_and_recent_confirmation() {
    let staff = staffed().await;
    let search = |extra: &str| {
        let path = format!("/api/v1/operator/search?place={TEGUCIGALPA_ID}&radius_m=100000&{extra}");
        let cookie = staff.operator.clone();
        let app = &staff.app;
        async move { app.get_as(&cookie, &path).await }
    };
    let ids = |answer: &Value| -> Vec<String> {
        answer["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["hit"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // Places free: the clinic (available) and the safe house (limited); not the full men's shelter, nor the
    // services that never said.
    let free = search("min_beds=1").await;
    assert_eq!(free.status, 200, "{}", free.text);
    let mut got = ids(&free.json);
    got.sort();
    let mut want = vec![id(SAFE_HOUSE), id(CLINIC)];
    want.sort();
    assert_eq!(got, want);
    assert_eq!(
        ids(&search("min_beds=0").await.json).len(),
        ids(&search("").await.json).len()
    );
    assert_eq!(ids(&search("capacity=full").await.json), [id(MEN_SHELTER)]);
    // Confirmed (or capacity reported) within 30 days: the clinic (10 days) and the safe house (1 day); within
    // 365 days the men's shelter (200 days) too.
    let mut recent = ids(&search("verified_within_days=30").await.json);
    recent.sort();
    assert_eq!(recent, want);
    assert!(ids(&search("verified_within_days=365").await.json).contains(&id(MEN_SHELTER)));
    assert!(!ids(&search("verified_within_days=30&kind=shelter").await.json).contains(&id(MEN_SHELTER)));
    // Bad values name the parameter; the public search's checks still apply.
    for (extra, field) in [
        ("min_beds=-1", "min_beds"),
        ("min_beds=lots", "min_beds"),
        (
            "verified_within_days=1&verified_within_days=2",
            "verified_within_days",
        ),
        ("capacity=some", "capacity"),
        ("radius_m=0", "radius_m"),
        ("kind=shelters", "kind"),
    ] {
        let bad = search(extra).await;
        assert_eq!(bad.status, 400, "{extra}: {}", bad.text);
        assert_eq!(bad.json["error"]["field"], field, "{extra}");
    }
}

async fn refer(app: &TestApp, cookie: &str, body: &Value) -> ruta_tests::Answer {
    app.post_as(cookie, "/api/v1/referrals", Some(body)).await
}

#[tokio::test]
async fn a_referral_is_written_in_the_callers_language_and_keeps_only_an_anonymous_count() {
    if ruta_tests::on_postgres() {
        return; // SQLite only: it reads the SQLite file's schema.
    }
    let staff = staffed().await;
    let app = &staff.app;

    // Quechua: the listing's Quechua name, the phone, no English or Spanish labels.
    let answer = refer(
        app,
        &staff.operator,
        &json!({ "service_id": id(QUECHUA), "language": "qu", "place_id": TEGUCIGALPA_ID }),
    )
    .await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    assert_eq!(answer.json["language"], "qu");
    let text = answer.json["text"].as_str().unwrap();
    assert!(text.contains("Yanapay Wasi"), "{text}");
    assert!(text.contains("Telefono: +50400000013"), "{text}");
    assert!(text.contains("Maypi: Calle de Prueba 13"), "{text}");
    assert!(
        !text.contains("Wasi de Prueba"),
        "the Quechua name, not the Spanish one: {text}"
    );
    let sms = answer.json["sms_body"].as_str().unwrap();
    assert!(!sms.contains('\n') && sms.contains("Yanapay Wasi") && sms.contains("+50400000013"));

    // A confidential shelter: the intake line and that the address is confidential; never the address.
    let answer = refer(
        app,
        &staff.operator,
        &json!({ "service_id": id(SAFE_HOUSE), "language": "es" }),
    )
    .await;
    assert_eq!(answer.status, 201, "{}", answer.text);
    let text = answer.json["text"].as_str().unwrap();
    assert!(text.contains("Refugio Las Palmas"), "{text}");
    assert!(
        text.contains("confidencial") && text.contains("+50400000002"),
        "{text}"
    );
    assert!(
        !text.contains(SAFE_HOUSE_ADDRESS) && !text.contains("Calle"),
        "{text}"
    );

    // Short hours in the caller's language; a language Ruta does not ship falls back to Spanish.
    let answer = refer(
        app,
        &staff.admin,
        &json!({ "service_id": id(CLINIC), "language": "en" }),
    )
    .await;
    let text = answer.json["text"].as_str().unwrap();
    assert!(text.contains("Hours: Mon–Tue 08:00–17:00"), "{text}");
    let answer = refer(
        app,
        &staff.operator,
        &json!({ "service_id": id(LEGAL), "language": "miq" }),
    )
    .await;
    assert_eq!(answer.json["language"], "es");
    assert!(
        answer.json["text"]
            .as_str()
            .unwrap()
            .contains("Horario: sáb 09:00–12:00")
    );
    let answer = refer(
        app,
        &staff.operator,
        &json!({ "service_id": id(MEN_SHELTER), "language": "fr" }),
    )
    .await;
    assert!(
        answer.json["text"]
            .as_str()
            .unwrap()
            .contains("ouvert 24 h sur 24")
    );

    // What is stored: a count per day, kind, country, division and language. Nothing else.
    let pool = pool_of(app).await;
    let columns: Vec<String> =
        sqlx::query("SELECT name FROM pragma_table_info('referral_counts') ORDER BY cid")
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("name"))
            .collect();
    assert_eq!(
        columns,
        ["day", "kind", "country", "admin_area", "language", "count"]
    );
    let rows: Vec<(String, String, String, String, String, i64)> = sqlx::query(
        "SELECT day, kind, country, admin_area, language, count FROM referral_counts ORDER BY language",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
    .collect();
    let day = "2026-12-01".to_owned();
    let row = |kind: &str, area: &str, lang: &str| {
        (
            day.clone(),
            kind.to_owned(),
            "HN".to_owned(),
            area.to_owned(),
            lang.to_owned(),
            1_i64,
        )
    };
    assert_eq!(
        rows,
        [
            row("health", "HN-FM", "en"),
            row("shelter", "HN-FM", "es"),
            row("shelter", "HN-FM", "fr"),
            row("legal", "HN-FM", "miq"),
            row("psychosocial", "HN-FM", "qu"),
        ]
    );
    // No service, person, account or text anywhere in the table.
    let dump: String = rows.iter().map(|r| format!("{r:?}")).collect();
    for absent in [
        id(QUECHUA),
        id(SAFE_HOUSE),
        "operator@ruta.test".to_owned(),
        "Yanapay".to_owned(),
    ] {
        assert!(!dump.contains(&absent), "{absent}");
    }

    // Roles and bad input.
    let body = json!({ "service_id": id(CLINIC), "language": "es" });
    assert_eq!(refer(app, &staff.editor, &body).await.status, 403);
    assert_eq!(refer(app, &staff.counsellor, &body).await.status, 403);
    assert_eq!(refer(app, "", &body).await.status, 401);
    for (body, field) in [
        (
            json!({ "service_id": id(0xFFFF), "language": "es" }),
            "service_id",
        ),
        (
            json!({ "service_id": "not-a-uuid", "language": "es" }),
            "service_id",
        ),
        (
            json!({ "service_id": id(CLINIC), "language": "spanish" }),
            "language",
        ),
        (
            json!({ "service_id": id(CLINIC), "language": "es", "place_id": 1 }),
            "place_id",
        ),
        (
            json!({ "service_id": id(CLINIC), "language": "es", "kind": "shelter" }),
            "kind",
        ),
        (
            json!({ "service_id": id(CLINIC), "language": "es", "note": "warm handoff" }),
            "note",
        ),
    ] {
        let answer = refer(app, &staff.operator, &body).await;
        assert_eq!(answer.status, 422, "{body}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], field, "{body}");
    }
    let still: i64 = sqlx::query("SELECT SUM(count) FROM referral_counts")
        .fetch_one(&pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(still, 5, "a refused referral is not counted");
}

#[tokio::test]
async fn counts_below_five_are_never_shown() {
    let staff = staffed().await;
    let app = &staff.app;
    let counts = |query: &str| {
        let path = format!("/api/v1/referrals/counts?from=2026-12-01&to=2026-12-31&{query}");
        let cookie = staff.admin.clone();
        async move { app.get_as(&cookie, &path).await }
    };
    let shelter = json!({ "service_id": id(SAFE_HOUSE), "language": "es", "place_id": TEGUCIGALPA_ID });
    let legal = json!({ "service_id": id(LEGAL), "language": "es" });
    for _ in 0..4 {
        assert_eq!(refer(app, &staff.operator, &shelter).await.status, 201);
    }
    assert_eq!(refer(app, &staff.operator, &legal).await.status, 201);

    // Four shelter referrals and one legal: both groups withheld.
    let answer = counts("by=kind").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(answer.json["rows"], json!([]));
    assert_eq!(answer.json["suppressed"], 2);
    assert_eq!(answer.json["min_count"], 5);
    assert!(!answer.text.contains("\"count\":4"));

    // The fifth shelter referral: shown, with its count; the legal one still withheld.
    assert_eq!(refer(app, &staff.operator, &shelter).await.status, 201);
    let answer = counts("by=kind,country,admin_area,language,month").await;
    assert_eq!(
        answer.json["rows"],
        json!([{
            "kind": "shelter", "country": "HN", "admin_area": "HN-FM", "admin_area_name": "Francisco Morazán",
            "language": "es", "period": "2026-12", "count": 5
        }])
    );
    assert_eq!(answer.json["suppressed"], 1);
    // All six together, by country: shown.
    let answer = counts("by=country").await;
    assert_eq!(answer.json["rows"], json!([{ "country": "HN", "count": 6 }]));
    assert_eq!(answer.json["suppressed"], 0);
    // Spans are whole months: a single day (the test clock's is 2026-12-01) or the day after it give the month's
    // counts, so two spans cannot be subtracted to single out one referral.
    for day in ["2026-12-01", "2026-12-02"] {
        let answer = app
            .get_as(
                &staff.admin,
                &format!("/api/v1/referrals/counts?from={day}&to={day}&by=country"),
            )
            .await;
        assert_eq!(
            answer.json["rows"],
            json!([{ "country": "HN", "count": 6 }]),
            "{day}"
        );
    }
    // A month with nothing.
    let answer = app
        .get_as(
            &staff.admin,
            "/api/v1/referrals/counts?from=2026-11-01&to=2026-11-30",
        )
        .await;
    assert_eq!(
        (answer.json["rows"].clone(), answer.json["suppressed"].clone()),
        (json!([]), json!(0))
    );

    // CSV: a header, the shown groups only, and how many were withheld in a header.
    let csv_answer = app
        .get_with(
            "/api/v1/referrals/counts?from=2026-12-01&to=2026-12-31&by=kind,month",
            &[("cookie", &staff.admin), ("accept", "text/csv")],
        )
        .await;
    assert_eq!(csv_answer.status, 200);
    assert_eq!(csv_answer.headers["x-suppressed-groups"], "1");
    let mut reader = csv::Reader::from_reader(csv_answer.text.as_bytes());
    assert_eq!(reader.headers().unwrap(), vec!["kind", "month", "count"]);
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(records, [["shelter", "2026-12", "5"]]);

    // Only admins read counts.
    for cookie in [&staff.operator, &staff.editor, &staff.counsellor] {
        let refused = app.get_as(cookie, "/api/v1/referrals/counts").await;
        assert_eq!(refused.status, 403, "{}", refused.text);
    }
    assert_eq!(app.get("/api/v1/referrals/counts").await.status, 401);
    // Bad input names the parameter.
    app.assert_queries_refused(
        &staff.admin,
        "/api/v1/referrals/counts",
        &[
            ("from=2026-13-01", "from"),
            ("to=yesterday", "to"),
            ("from=2026-12-02&to=2026-12-01", "from"),
            ("by=person", "by"),
            ("service_id=1", "service_id"),
        ],
    )
    .await;
}

/// Issue 14: the console offers every language of the directory, not only the 8 of the interface. The list
/// counts listed services by language (Miskito and Quechua once each, English twice; a defunct listing not at
/// all), adds the languages referrals are written in, says which language a referral will be in (Spanish for
/// K'iche'), follows an edit at once, and is for operators and admins only.
#[tokio::test]
async fn the_console_is_offered_every_language_the_directory_speaks_with_counts() {
    let staff = staffed().await;
    let app = &staff.app;
    let languages = |answer: &ruta_tests::Answer| -> Vec<(String, u64, String)> {
        answer.json["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["code"].as_str().unwrap().to_owned(),
                    l["services"].as_u64().unwrap(),
                    l["referral_language"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let find = |list: &[(String, u64, String)], code: &str| {
        list.iter()
            .find(|(c, _, _)| c == code)
            .cloned()
            .unwrap_or_else(|| panic!("{code} missing from {list:?}"))
    };
    for cookie in [&staff.operator, &staff.admin] {
        let answer = app.get_as(cookie, "/api/v1/operator/languages").await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        let list = languages(&answer);
        assert_eq!(list[0].0, "es", "most listings first: {list:?}");
        assert_eq!(find(&list, "miq"), ("miq".into(), 1, "es".into()));
        assert_eq!(find(&list, "qu"), ("qu".into(), 1, "qu".into()));
        assert_eq!(find(&list, "en"), ("en".into(), 2, "en".into()));
        // Shipped languages no listing speaks are there for the caller's language.
        assert_eq!(find(&list, "nl"), ("nl".into(), 0, "nl".into()));
        assert_eq!(find(&list, "pt"), ("pt".into(), 0, "pt-BR".into()));
        let counts: Vec<u64> = list.iter().map(|l| l.1).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{list:?}");
    }

    // A K'iche' listing added to the index is counted at once; a referral for a K'iche' caller is in Spanish.
    app.state.directory_mut().upsert_service(
        ruta_tests::fixtures::ServiceFixture::new(0x14c, "Centro K'iche' de Prueba", 14.64, -90.51)
            .languages(&["es", "quc"])
            .build(),
    );
    let answer = app.get_as(&staff.operator, "/api/v1/operator/languages").await;
    assert_eq!(find(&languages(&answer), "quc"), ("quc".into(), 1, "es".into()));
    let referral = refer(
        app,
        &staff.operator,
        &json!({ "service_id": uuid::Uuid::from_u128(0x14c), "language": "quc" }),
    )
    .await;
    assert_eq!(referral.status, 201, "{}", referral.text);
    assert_eq!(referral.json["language"], "es");

    // Edited to Spanish only, then closed for good: K'iche' goes, and so does its Spanish count.
    let count_of = |answer: &ruta_tests::Answer, code: &str| {
        languages(answer)
            .into_iter()
            .find(|(c, _, _)| c == code)
            .map(|(_, n, _)| n)
    };
    let spanish = count_of(&answer, "es").unwrap();
    app.state.directory_mut().upsert_service(
        ruta_tests::fixtures::ServiceFixture::new(0x14c, "Centro K'iche' de Prueba", 14.64, -90.51).build(),
    );
    let answer = app.get_as(&staff.operator, "/api/v1/operator/languages").await;
    assert_eq!(count_of(&answer, "quc"), None, "{}", answer.text);
    assert_eq!(count_of(&answer, "es"), Some(spanish));
    app.state.directory_mut().upsert_service(
        ruta_tests::fixtures::ServiceFixture::new(0x14c, "Centro K'iche' de Prueba", 14.64, -90.51)
            .status(api_types::ServiceStatus::Defunct)
            .build(),
    );
    let answer = app.get_as(&staff.operator, "/api/v1/operator/languages").await;
    assert_eq!(count_of(&answer, "es"), Some(spanish - 1));

    for cookie in [&staff.editor, &staff.counsellor] {
        let answer = app.get_as(cookie, "/api/v1/operator/languages").await;
        assert_eq!(answer.status, 403, "{}", answer.text);
    }
    assert_eq!(app.get("/api/v1/operator/languages").await.status, 401);
}
