//! `GET /api/v1/countries/{iso2}`, `GET /api/v1/lifelines` and admins' corrections of life lines.

use api_types::AuditAction;
use ruta_server::storage::AuditFilter;
use ruta_tests::fixtures::TEGUCIGALPA_ID;

use crate::scene::*;

const PW: &str = "tres palabras sueltas";

/// Every number of an answer's `emergency` list.
fn emergency_numbers(lifelines: &serde_json::Value) -> Vec<(String, String)> {
    ruta_tests::pairs_of(&lifelines["emergency"], "number", "purpose")
}

#[tokio::test]
async fn a_country_gives_labelled_numbers_and_its_line_against_trafficking_first_with_sources() {
    // The scene holds no demo data: life lines are product data and are served all the same.
    let app = spawn().await;
    let mx = app.get("/api/v1/countries/mx").await;
    assert_eq!(mx.status, 200, "{}", mx.text);
    assert_eq!(mx.json["iso2"], "MX");
    let lifelines = &mx.json["lifelines"];
    assert_eq!(
        emergency_numbers(lifelines),
        [("911".to_owned(), "general".to_owned())]
    );
    let first = &lifelines["lines"][0];
    assert_eq!(first["focus"], "trafficking");
    assert_eq!(first["number"], "8005533000");
    assert!(first["source"]["url"].as_str().unwrap().starts_with("http"));
    assert!(first["source"]["checked_on"].as_str().is_some());
    assert!(matches!(
        first["source"]["status"].as_str(),
        Some("verified" | "unverified")
    ));
    assert!(
        !lifelines["route"]["steps"].as_array().unwrap().is_empty(),
        "Mexico's route of care"
    );
    for retired in ["060", "065", "066", "068", "080"] {
        assert!(
            !mx.text.contains(&format!("\"{retired}\"")),
            "{retired} is retired"
        );
    }
    assert!(!mx.text.contains("demo"), "no demo number among life lines");

    // Honduras: 911 and the anti-trafficking line 145.
    let hn = app.get("/api/v1/countries/HN").await;
    assert_eq!(hn.json["lifelines"]["emergency"][0]["number"], "911");
    assert_eq!(hn.json["lifelines"]["lines"][0]["focus"], "trafficking");
    assert_eq!(hn.json["lifelines"]["lines"][0]["number"], "145");

    assert_eq!(app.get("/api/v1/countries/XX").await.status, 404);
    assert_eq!(app.get("/api/v1/countries/mex").await.status, 400);
}

#[tokio::test]
async fn a_search_answer_carries_the_same_life_lines_without_the_route() {
    let app = spawn().await;
    let answer = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    let country = &answer.json["country"];
    assert_eq!(country["iso2"], "HN");
    let full = app.get("/api/v1/countries/HN").await;
    // The same entries, without the maintainers' notes.
    let without_notes = |list: &serde_json::Value| {
        let mut list = list.clone();
        for entry in list.as_array_mut().unwrap() {
            entry.as_object_mut().unwrap().remove("note");
        }
        list
    };
    assert_eq!(
        country["lifelines"]["emergency"],
        without_notes(&full.json["lifelines"]["emergency"])
    );
    assert_eq!(
        country["lifelines"]["lines"],
        without_notes(&full.json["lifelines"]["lines"])
    );
    assert!(!answer.text.contains("\"note\""));
    assert!(
        country["lifelines"].get("route").is_none(),
        "the route stays out of every search answer"
    );
}

#[tokio::test]
async fn every_countrys_life_lines_come_in_one_document() {
    let app = spawn().await;
    let answer = app.get("/api/v1/lifelines").await;
    assert_eq!(answer.status, 200);
    let countries = answer.json["countries"].as_array().unwrap();
    assert!(countries.len() >= 33, "{}", countries.len());
    let codes: Vec<&str> = countries.iter().map(|c| c["iso2"].as_str().unwrap()).collect();
    for code in ["MX", "BR", "HT", "AR", "PE", "CO"] {
        assert!(codes.contains(&code), "{code}");
    }

    // For a reader: no maintainers' notes, no source pages (the date checked stays), the route in one language —
    // a fraction of the whole, for a slow link.
    let reader = app.get("/api/v1/lifelines?lang=ht").await;
    assert_eq!(reader.status, 200);
    assert!(
        reader.text.len() * 2 < answer.text.len(),
        "{} of {}",
        reader.text.len(),
        answer.text.len()
    );
    assert!(!reader.text.contains("\"note\"") && !reader.text.contains("\"url\""));
    let mx = reader.json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["iso2"] == "MX")
        .unwrap();
    assert!(mx["lines"][0]["source"]["checked_on"].is_string());
    let step = &mx["route"]["steps"][0];
    assert_eq!(
        step["text"].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["ht"]
    );
    assert_eq!(app.get("/api/v1/lifelines?lang=xx-&x=1").await.status, 400);
    // The country's own answer keeps everything.
    let full = app.get("/api/v1/countries/MX").await;
    assert!(
        full.json["lifelines"]["lines"][0]["source"]["url"]
            .as_str()
            .unwrap()
            .starts_with("http")
    );
    assert!(
        full.json["lifelines"]["route"]["steps"][0]["text"]
            .as_object()
            .unwrap()
            .len()
            >= 8
    );
}

#[tokio::test]
async fn an_admin_corrects_a_countrys_lines_audited_served_at_once_and_kept_over_a_restart() {
    let app = spawn().await;
    app.add_user("admin", "admin@ruta.test", PW, None).await;
    app.add_user("operator", "operator@ruta.test", PW, None).await;
    let admin = app.login("admin@ruta.test", PW).await;
    let operator = app.login("operator@ruta.test", PW).await;
    let source = serde_json::json!({
        "url": "https://www.gob.hn/example-page",
        "title": "Página oficial",
        "checked_on": "2026-12-01",
        "status": "verified"
    });
    let corrected = serde_json::json!({
        "emergency": [{ "number": "911", "purpose": "general", "source": source }],
        "lines": [{
            "focus": "trafficking", "name": "Línea 145", "organisation": "CICESCT",
            "number": "145", "channels": ["voice"], "open_24h": true, "free": true, "source": source
        }, {
            "focus": "women", "name": "Línea 114", "organisation": "Policía Nacional",
            "number": "114", "channels": ["voice"], "source": source
        }]
    });
    let path = "/api/v1/admin/lifelines/HN";

    // Only admins; bad input names the field and changes nothing.
    let refused = app
        .send("PUT", path, Some(&corrected), &[("cookie", &operator)])
        .await;
    assert_eq!(refused.status, 403);
    // The set as served, with the tag a correction sends back in If-Match.
    let read = app.get_as(&admin, path).await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(
        read.json["lines"],
        app.get("/api/v1/countries/HN").await.json["lifelines"]["lines"]
    );
    let tag = read.header("etag").to_owned();
    let admin_with_tag = [("cookie", admin.as_str()), ("if-match", tag.as_str())];
    let mut bad = corrected.clone();
    bad["lines"][0]["number"] = serde_json::json!("1 4 5");
    let invalid = app.send("PUT", path, Some(&bad), &admin_with_tag).await;
    invalid.refused(422, "lines[0].number");
    let mut retired = corrected.clone();
    retired["emergency"][0]["number"] = serde_json::json!("199");
    let invalid = app.send("PUT", path, Some(&retired), &admin_with_tag).await;
    assert_eq!(invalid.status, 422, "Honduras retired 199: {}", invalid.text);
    let mut future = corrected.clone();
    future["emergency"][0]["source"]["checked_on"] = serde_json::json!("2099-01-01");
    let invalid = app.send("PUT", path, Some(&future), &admin_with_tag).await;
    assert_eq!(invalid.json["error"]["field"], "emergency[0].source.checked_on");
    let shipped = app.get("/api/v1/countries/HN").await.json["lifelines"].clone();
    assert!(shipped.get("correction").is_none());

    let saved = app.send("PUT", path, Some(&corrected), &admin_with_tag).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_ne!(
        saved.headers["etag"],
        tag.as_str(),
        "a correction is a new version"
    );
    let served = app.get("/api/v1/countries/HN").await.json["lifelines"].clone();
    assert_eq!(served["lines"].as_array().unwrap().len(), 2);
    assert_eq!(served["lines"][1]["number"], "114");
    assert!(
        served["correction"]["corrected_on"].is_string(),
        "a correction says so"
    );
    let search = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    assert_eq!(search.json["country"]["lifelines"]["lines"], served["lines"]);
    let document = app.get("/api/v1/lifelines").await;
    let hn = document.json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["iso2"] == "HN")
        .unwrap()
        .clone();
    let numbers = |lines: &serde_json::Value| -> Vec<String> {
        lines
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["number"].to_string())
            .collect()
    };
    assert_eq!(numbers(&hn["lines"]), numbers(&served["lines"]));

    // The audit log has who and what, before and after.
    let store = ruta_tests::store_at(app.data_dir.path()).await;
    let filter = AuditFilter {
        organization_id: None,
        entity: Some((
            "lifelines",
            ruta_server::lifelines::audit_id(ruta_tests::fixtures::cc("HN")),
        )),
        ..AuditFilter::default()
    };
    let entries = store.audit(&filter, 10).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].actor, "admin@ruta.test");
    assert_eq!(entries[0].action, AuditAction::Correct);
    assert_eq!(entries[0].before.as_ref().unwrap()["lines"], shipped["lines"]);

    // A restart keeps it; taking it back serves the shipped lines again, audited too.
    let data = app.stop().await;
    let app = ruta_tests::TestApp::spawn_in(data, true, &[], &[]).await;
    let again = app.get("/api/v1/countries/HN").await.json["lifelines"].clone();
    assert_eq!(again["lines"], served["lines"]);
    let admin = app.login("admin@ruta.test", PW).await;
    let reverted = app.send("DELETE", path, None, &[("cookie", &admin)]).await;
    assert_eq!(reverted.status, 200, "{}", reverted.text);
    assert_eq!(app.get("/api/v1/countries/HN").await.json["lifelines"], shipped);
    assert_eq!(
        app.send("DELETE", path, None, &[("cookie", &admin)]).await.status,
        404
    );
    let store = ruta_tests::store_at(app.data_dir.path()).await;
    let actions: Vec<AuditAction> = store
        .audit(&filter, 10)
        .await
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, [AuditAction::Revert, AuditAction::Correct]);
}
