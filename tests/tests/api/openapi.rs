//! The OpenAPI document and the docs page.

use serde_json::Value;

use crate::scene::spawn;

/// The operation `method path` of an OpenAPI document; the test stops, naming it, when there is none.
#[track_caller]
pub(crate) fn operation<'d>(document: &'d Value, path: &str, method: &str) -> &'d Value {
    let operation = &document["paths"][path][method];
    assert!(operation.is_object(), "{method} {path}");
    operation
}

/// Whether `operation` asks for the session cookie.
pub(crate) fn needs_session(operation: &Value) -> bool {
    operation["security"]
        .as_array()
        .is_some_and(|s| s.iter().any(|r| r.get("session").is_some()))
}

/// Asserts that an OpenAPI document describes each of these schemas.
#[track_caller]
pub(crate) fn assert_schemas(document: &Value, names: &[&str]) {
    for name in names {
        assert!(
            document["components"]["schemas"][name].is_object(),
            "{name} is in the document"
        );
    }
}

/// The names of the parameters of `GET path`.
fn parameter_names(document: &Value, path: &str) -> Vec<String> {
    ruta_tests::values_of(&document["paths"][path]["get"]["parameters"], "name")
}

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let app = spawn().await;
    let document = app.get_json("/api/v1/openapi.json").await;
    let paths = document["paths"].as_object().unwrap();
    for path in [
        "/api/v1/search",
        "/api/v1/places",
        "/api/v1/services/{id}",
        "/api/v1/countries/{iso2}",
        "/api/v1/health",
        "/api/v1/auth/login",
        "/api/v1/auth/logout",
        "/api/v1/auth/me",
        "/api/v1/organizations/register",
        "/api/v1/manage/services",
        "/api/v1/manage/services/{id}",
        "/api/v1/manage/services/{id}/capacity",
        "/api/v1/manage/services/{id}/verify",
        "/api/v1/manage/services/{id}/deactivate",
        "/api/v1/manage/services/{id}/audit",
        "/api/v1/manage/organizations/{id}/audit",
        "/api/v1/manage/reports",
        "/api/v1/manage/reports/{id}/resolve",
        "/api/v1/admin/users",
        "/api/v1/admin/users/{id}/disable",
        "/api/v1/admin/users/{id}/activate",
        "/api/v1/admin/users/{id}/revoke_sessions",
        "/api/v1/admin/organizations/pending",
        "/api/v1/admin/organizations/{id}/approve",
        "/api/v1/services/{id}/reports",
        "/api/v1/operator/languages",
        "/hsds/",
        "/hsds/services",
        "/hsds/services/{id}",
        "/hsds/organizations",
        "/hsds/organizations/{id}",
        "/hsds/service_at_locations",
        "/hsds/service_at_locations/{id}",
        "/hsds/taxonomies",
        "/hsds/taxonomies/{id}",
        "/hsds/taxonomy_terms",
        "/hsds/taxonomy_terms/{id}",
        "/hsds/export.zip",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    // Both methods of the paths with two.
    for (path, methods) in [
        ("/api/v1/manage/services", ["get", "post"]),
        ("/api/v1/manage/services/{id}", ["get", "put"]),
        ("/api/v1/admin/users", ["get", "post"]),
    ] {
        for method in methods {
            assert!(paths[path][method].is_object(), "{method} {path}");
        }
    }
    // No two operations share an id (HSDS and the API both have a "find service").
    let mut ids: Vec<&str> = paths
        .values()
        .flat_map(|p| p.as_object().unwrap().values())
        .filter_map(|op| op["operationId"].as_str())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate operationId");

    // The session cookie is a security scheme, and the staff endpoints need it.
    let scheme = &document["components"]["securitySchemes"]["session"];
    assert_eq!(scheme["type"], "apiKey", "{scheme}");
    assert_eq!(scheme["in"], "cookie", "{scheme}");
    assert_eq!(scheme["name"], "__Host-ruta_session", "{scheme}");
    assert!(
        scheme["description"]
            .as_str()
            .unwrap()
            .contains("ruta_dev_session"),
        "{scheme}"
    );
    let needs_session = |path: &str, method: &str| needs_session(operation(&document, path, method));
    assert!(needs_session("/api/v1/auth/me", "get"));
    assert!(needs_session("/api/v1/manage/services/{id}", "put"));
    assert!(needs_session("/api/v1/admin/users", "get"));
    assert!(!needs_session("/api/v1/search", "get"));
    assert!(!needs_session("/api/v1/services/{id}/reports", "post"));
    assert!(!needs_session("/hsds/services", "get"));
    for code in ["401", "403"] {
        assert!(
            document["paths"]["/api/v1/manage/services"]["get"]["responses"][code].is_object(),
            "{code}"
        );
    }
    assert!(document["paths"]["/api/v1/auth/login"]["post"]["responses"]["429"].is_object());

    // Ruta's extension of HSDS: search around a point.
    let hsds_params = parameter_names(&document, "/hsds/service_at_locations");
    for p in [
        "lat",
        "lng",
        "radius_m",
        "page",
        "per_page",
        "search",
        "taxonomy_term_id",
    ] {
        assert!(hsds_params.iter().any(|n| n == p), "{p}");
    }
    let tags = ruta_tests::values_of(&document["tags"], "name");
    for t in ["accounts", "manage", "admin", "reports", "hsds"] {
        assert!(tags.iter().any(|n| n == t), "{t}");
    }
    let params = parameter_names(&document, "/api/v1/search");
    for p in [
        "lat",
        "lon",
        "place",
        "radius_m",
        "limit",
        "kind",
        "language",
        "population",
        "cost",
        "delivery",
        "open_now",
        "q",
    ] {
        assert!(params.iter().any(|n| n == p), "{p}");
    }
    assert_schemas(&document, &["SearchResponse"]);
}

#[tokio::test]
async fn the_docs_page_is_served_here_with_no_third_party_asset() {
    let app = spawn().await;
    let page = app.get("/api/v1/docs/").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("swagger"), "{}", page.text);
    for line in page.text.lines() {
        if line.contains("src=") || line.contains("href=") {
            assert!(
                !line.contains("http://") && !line.contains("https://") && !line.contains("//"),
                "third-party asset: {line}"
            );
        }
    }
    let init = app.get("/api/v1/docs/swagger-initializer.js").await;
    assert_eq!(init.status, 200);
    assert!(init.text.contains("/api/v1/openapi.json"));
    assert!(!init.text.contains("petstore"), "points at our document");
}

#[tokio::test]
async fn the_appointment_endpoints_are_documented() {
    let app = spawn().await;
    let document = app.get_json("/api/v1/openapi.json").await;
    for (path, method) in [
        ("/api/v1/counsellors", "get"),
        ("/api/v1/counsellors/{id}/slots", "get"),
        ("/api/v1/appointments", "post"),
        ("/api/v1/appointments/{reference}", "get"),
        ("/api/v1/appointments/{reference}", "patch"),
        ("/api/v1/appointments/{reference}/calendar.ics", "get"),
        ("/api/v1/counsellor/appointments", "get"),
        ("/api/v1/counsellor/appointments/{reference}/{action}", "post"),
    ] {
        operation(&document, path, method);
    }
    let create = &document["paths"]["/api/v1/appointments"]["post"]["responses"];
    assert!(create.get("409").is_some() && create.get("201").is_some());
}

/// One line per operation: method, path, operation id, tags, parameters, response statuses and whether a
/// session is needed. Restructuring the HTTP layer must not change any of it.
fn operations(document: &serde_json::Value) -> String {
    let mut lines = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let list = |key: &str, field: &str| -> String {
                let mut names: Vec<String> = op[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| v[field].as_str().unwrap_or("?").to_owned())
                    .collect();
                names.sort();
                names.join(",")
            };
            let mut statuses: Vec<&str> = op["responses"]
                .as_object()
                .into_iter()
                .flat_map(|r| r.keys().map(String::as_str))
                .collect();
            statuses.sort_unstable();
            let session = op["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("session").is_some()));
            let tags: Vec<&str> = op["tags"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str())
                .collect();
            lines.push(format!(
                "{} {path} id={} tags={} params={} body={} responses={} session={session}",
                method.to_uppercase(),
                op["operationId"].as_str().unwrap_or("?"),
                tags.join(","),
                list("parameters", "name"),
                op.get("requestBody").is_some(),
                statuses.join(","),
            ));
        }
    }
    lines.sort();
    lines.join("\n") + "\n"
}

/// The committed list of operations (`tests/snapshots/openapi-operations.txt`) is what the server documents.
/// After a deliberate change, `RUTA_UPDATE_SNAPSHOTS=1 cargo test -p ruta-tests --test api openapi` rewrites it.
#[tokio::test]
async fn the_operations_match_the_committed_snapshot() {
    let app = spawn().await;
    let answer = app.get("/api/v1/openapi.json").await;
    let actual = operations(&answer.json);
    let file = ruta_tests::workspace().join("tests/snapshots/openapi-operations.txt");
    if std::env::var_os("RUTA_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&file, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&file).unwrap();
    if actual != expected {
        let before: std::collections::BTreeSet<&str> = expected.lines().collect();
        let after: std::collections::BTreeSet<&str> = actual.lines().collect();
        let missing: Vec<&str> = before.difference(&after).copied().collect();
        let extra: Vec<&str> = after.difference(&before).copied().collect();
        panic!(
            "the OpenAPI operations changed\nmissing:\n{}\nnew:\n{}",
            missing.join("\n"),
            extra.join("\n")
        );
    }
}

/// Answers written once (`http/responses.rs`, or a type shared by a few routes) read like any other: a status
/// with its description and the error body.
#[tokio::test]
async fn shared_answers_carry_a_description_and_the_error_body() {
    let app = spawn().await;
    let document = app.get("/api/v1/openapi.json").await.json;
    assert_schemas(&document, &["SourceTerm", "TermTableView", "TermTableInput"]);
    let verify = &document["paths"]["/api/v1/manage/services/{id}/verify"]["post"]["responses"];
    for status in ["400", "401", "403", "404", "412"] {
        let answer = match verify[status].get("$ref").and_then(|r| r.as_str()) {
            Some(name) => &document["components"]["responses"][name.rsplit('/').next().unwrap()],
            None => &verify[status],
        };
        assert!(
            answer["description"].as_str().is_some_and(|d| d.len() > 10),
            "{status}: {answer}"
        );
        assert_eq!(
            answer["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorBody",
            "{status}: {answer}"
        );
    }
    let update = &document["paths"]["/api/v1/manage/services/{id}"]["put"]["responses"];
    assert!(
        update["412"].is_object() && update["428"].is_object(),
        "a required If-Match answers 412 and 428: {update}"
    );
    assert!(
        verify["428"].is_null(),
        "an optional If-Match has no 428: {verify}"
    );
}
