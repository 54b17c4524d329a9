//! The OpenAPI document and the docs page.

use crate::scene::spawn;

#[tokio::test]
async fn the_openapi_document_describes_every_endpoint() {
    let app = spawn().await;
    let answer = app.get("/api/v1/openapi.json").await;
    assert_eq!(answer.status, 200);
    let paths = answer.json["paths"].as_object().unwrap();
    for path in [
        "/api/v1/search",
        "/api/v1/places",
        "/api/v1/services/{id}",
        "/api/v1/countries/{iso2}",
        "/api/v1/health",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    let params: Vec<&str> = answer.json["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
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
        assert!(params.contains(&p), "{p}");
    }
    assert!(answer.json["components"]["schemas"]["SearchResponse"].is_object());
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
