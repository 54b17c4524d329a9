//! Issue 16, the contract: every error answer is `{"error":{"code","message","field"}}` — also a method a path
//! does not take (405, `Allow` kept), a body, address or header section over its limit (413, 414, 431) — limits
//! are enforced as documented (a JSON body of 256 KiB, `page` up to its published maximum), and real answers match
//! the schemas the OpenAPI document publishes.

use ruta_tests::TestApp;
use ruta_tests::fixtures::{ServiceFixture, organization};
use serde_json::{Value, json};

const PW: &str = "tres palabras sueltas";

#[track_caller]
fn assert_error(answer: &ruta_tests::Answer, status: u16, code: &str, field: Option<&str>) {
    assert_eq!(answer.status, status, "{}", answer.text);
    assert_eq!(
        answer.headers["content-type"], "application/json",
        "{}",
        answer.text
    );
    assert_eq!(answer.json["error"]["code"], code, "{}", answer.text);
    let message = answer.json["error"]["message"].as_str().unwrap_or("");
    assert!(message.len() > 10, "a sentence: {}", answer.text);
    match field {
        Some(field) => assert_eq!(answer.json["error"]["field"], field, "{}", answer.text),
        None => assert!(answer.json["error"]["field"].is_null(), "{}", answer.text),
    }
}

#[tokio::test]
async fn a_method_a_path_does_not_take_is_a_405_in_the_error_shape_that_keeps_allow() {
    let app = TestApp::spawn_with(&[], &[]).await;
    for (method, path, allowed) in [
        ("DELETE", "/api/v1/search?lat=14&lon=-87", "GET"),
        ("PUT", "/api/v1/auth/login", "POST"),
        ("POST", "/hsds/services", "GET"),
    ] {
        let answer = app.send(method, path, None, &[]).await;
        assert_error(&answer, 405, "method_not_allowed", None);
        let allow = answer.headers["allow"].to_str().unwrap_or("");
        assert!(allow.contains(allowed), "{method} {path}: Allow: {allow}");
    }
    // In the language asked for, like every other error of the API.
    let spanish = app
        .send("DELETE", "/api/v1/health", None, &[("accept-language", "es")])
        .await;
    assert_error(&spanish, 405, "method_not_allowed", None);
    assert_eq!(
        spanish.json["error"]["message"],
        "Esta dirección no acepta este método."
    );
}

/// A login whose JSON is padded with `padding` bytes of spaces (valid JSON, so only its size can refuse it).
fn padded_login(email: &str, padding: usize) -> String {
    format!(
        r#"{{"email":"{email}","password":"{PW}"{}}}"#,
        " ".repeat(padding)
    )
}

#[tokio::test]
async fn a_json_body_over_256_kib_is_a_413_naming_the_body_and_one_just_under_is_read() {
    let app = TestApp::spawn_with(&[organization()], &[]).await;
    app.add_user("admin", "ada@ruta.test", PW, None).await;
    let post = |body: String| {
        app.client
            .post(format!("{}/api/v1/auth/login", app.base))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let under = post(padded_login("ada@ruta.test", 256 * 1024 - 200))
        .await
        .unwrap();
    assert_eq!(under.status(), 200, "a body under the limit is read");
    for padding in [256 * 1024, 2 * 1024 * 1024] {
        let over = post(padded_login("ada@ruta.test", padding)).await.unwrap();
        let status = over.status().as_u16();
        let headers = over.headers().clone();
        let text = over.text().await.unwrap();
        let answer = ruta_tests::Answer {
            status,
            headers,
            json: serde_json::from_str(&text).unwrap_or(Value::Null),
            text,
        };
        assert_error(&answer, 413, "payload_too_large", Some("body"));
        assert!(answer.text.contains("262144"), "{}", answer.text);
    }
}

#[tokio::test]
async fn a_long_address_is_a_414_and_large_headers_a_431_in_the_error_shape() {
    let app = TestApp::spawn_with(&[], &[]).await;
    let long = "a".repeat(9 * 1024);
    let answer = app.get(&format!("/api/v1/search?lat=14&lon=-87&q={long}")).await;
    assert_error(&answer, 414, "payload_too_large", Some("uri"));
    let answer = app.get(&format!("/hsds/services?search={long}")).await;
    assert_error(&answer, 414, "payload_too_large", Some("uri"));

    let big = "b".repeat(20 * 1024);
    let answer = app.get_with("/api/v1/health", &[("x-padding", &big)]).await;
    assert_error(&answer, 431, "payload_too_large", Some("headers"));
    // In the language asked for, like every other error.
    let answer = app
        .get_with(
            &format!("/api/v1/search?lat=14&lon=-87&q={long}"),
            &[("accept-language", "es-HN,es;q=0.9")],
        )
        .await;
    assert_error(&answer, 414, "payload_too_large", Some("uri"));
    assert!(
        answer.error_message().contains("demasiado grande"),
        "{}",
        answer.text
    );
    let answer = app
        .get_with(
            "/api/v1/health",
            &[("x-padding", &big), ("accept-language", "pt-BR")],
        )
        .await;
    assert_error(&answer, 431, "payload_too_large", Some("headers"));
    assert_eq!(
        answer
            .headers
            .get("content-language")
            .and_then(|v| v.to_str().ok()),
        Some("pt-BR"),
        "{}",
        answer.text
    );
    let names: Vec<String> = (0..80).map(|i| format!("x-header-{i}")).collect();
    let many: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "1")).collect();
    let answer = app.get_with("/api/v1/health", &many).await;
    assert_error(&answer, 431, "payload_too_large", Some("headers"));

    // A browser's ordinary request is well within them.
    let ordinary = app
        .get_with(
            "/api/v1/health",
            &[
                ("user-agent", &"m".repeat(300)),
                ("accept-language", "es-HN,es;q=0.9"),
            ],
        )
        .await;
    assert_eq!(ordinary.status, 200, "{}", ordinary.text);
}

/// A server with one listing, Casa Uno.
async fn with_casa_uno() -> TestApp {
    let casa_uno = ServiceFixture::new(1, "Casa Uno", 14.0818, -87.2068).build();
    TestApp::spawn_with_services(&[casa_uno]).await
}

#[tokio::test]
async fn a_page_above_its_published_maximum_is_refused_naming_page() {
    let app = with_casa_uno().await;
    let document = app.get("/api/v1/openapi.json").await.json;
    let page_of = |path: &str| -> Value {
        document["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "page")
            .unwrap_or_else(|| panic!("{path} has page"))["schema"]
            .clone()
    };
    for path in ["/hsds/services", "/api/v1/manage/services"] {
        let schema = page_of(path);
        assert_eq!(schema["maximum"], 100000, "{path}: {schema}");
        assert_eq!(schema["minimum"], 1, "{path}: {schema}");
    }

    let last = app.get("/hsds/services?page=100000").await;
    assert_eq!(last.status, 200, "{}", last.text);
    let over = app.get("/hsds/services?page=100001").await;
    assert_error(&over, 400, "invalid_parameter", Some("page"));
    assert!(over.text.contains("100000"), "{}", over.text);

    app.add_user("admin", "ada@ruta.test", PW, None).await;
    let cookie = app.login("ada@ruta.test", PW).await;
    let over = app.get_as(&cookie, "/api/v1/manage/services?page=100001").await;
    assert_error(&over, 400, "invalid_parameter", Some("page"));
}

/// A validator for one schema of the OpenAPI document (its `$ref`s resolved within the document).
fn component_validator(document: &Value, name: &str) -> jsonschema::Validator {
    let mut root = document.clone();
    root["$ref"] = json!(format!("#/components/schemas/{name}"));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&root)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[tokio::test]
async fn a_listing_record_matches_its_published_schema_and_names_its_organisation_once() {
    let app = with_casa_uno().await;
    app.add_user("admin", "ada@ruta.test", PW, None).await;
    let cookie = app.login("ada@ruta.test", PW).await;
    let document = app.get("/api/v1/openapi.json").await.json;
    let record = component_validator(&document, "ServiceRecord");
    let page = component_validator(&document, "RecordPage");
    assert!(
        !record.is_valid(&json!({ "id": "not a record" })),
        "the validator checks"
    );

    let list = app.get_as(&cookie, "/api/v1/manage/services").await;
    assert_eq!(list.status, 200, "{}", list.text);
    let errors: Vec<String> = page.iter_errors(&list.json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{}", list.text);
    let id = list.json["items"][0]["id"].as_str().unwrap().to_owned();
    let one = app
        .get_as(&cookie, &format!("/api/v1/manage/services/{id}"))
        .await;
    assert_eq!(one.status, 200, "{}", one.text);
    let errors: Vec<String> = record.iter_errors(&one.json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{}", one.text);
    assert_eq!(one.text.matches("\"organization_id\"").count(), 1, "{}", one.text);
}

#[tokio::test]
async fn every_operation_documents_the_answers_any_request_can_get() {
    let app = TestApp::spawn_with(&[], &[]).await;
    let document = app.get("/api/v1/openapi.json").await.json;
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let responses = operation["responses"].as_object().unwrap();
            for status in ["414", "431", "500", "503"] {
                assert!(responses.contains_key(status), "{method} {path}: {status}");
            }
            if operation.get("requestBody").is_some() {
                assert!(responses.contains_key("413"), "{method} {path}: 413");
            }
            if path.starts_with("/api/v1/") && method != "get" {
                assert!(responses.contains_key("403"), "{method} {path}: 403");
            }
        }
    }
    let shared = document["components"]["responses"].as_object().unwrap();
    assert!(shared.contains_key("CrossOrigin"), "{shared:?}");
    // A look-up limited per address says so.
    for (path, method) in [
        ("/api/v1/appointments/{reference}", "patch"),
        ("/api/v1/appointments/{reference}/calendar.ics", "get"),
    ] {
        assert!(
            document["paths"][path][method]["responses"]["429"].is_object(),
            "{method} {path}"
        );
    }
}

#[tokio::test]
async fn exporting_the_directory_as_hsds_logs_no_error() {
    let app = TestApp::spawn_demo().await;
    for path in [
        "/hsds/services?full=true&per_page=100",
        "/hsds/services?full=true&per_page=100&lang=es",
        "/hsds/organizations?full_service=true&per_page=100",
        "/hsds/service_at_locations?per_page=100&lang=gn",
        "/hsds/export.zip",
    ] {
        let answer = app.get(path).await;
        assert_eq!(answer.status, 200, "{path}");
    }
    let logs = ruta_tests::logs::captured();
    for line in logs.lines() {
        assert!(
            !line.contains("Unable to find localization") && !line.contains("i18n_embed"),
            "a normal export logged: {line}"
        );
    }
}
