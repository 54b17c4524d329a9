//! Confidential locations, logs and headers: what must never leak.

use ruta_tests::fixtures::TEGUCIGALPA_ID;

use crate::scene::*;

fn digits(v: f64) -> String {
    format!("{v}")
}

#[tokio::test]
async fn a_confidential_shelter_is_shown_at_an_approximate_area_without_address() {
    let app = spawn().await;
    let answer = app
        .get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}&kind=shelter"))
        .await;
    let safe_house = answer.json["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id(SAFE_HOUSE))
        .unwrap()
        .clone();
    assert_eq!(safe_house["confidential"], true);
    let location = &safe_house["location"];
    assert_eq!(location["approximate"], true);
    assert!(location.get("address").is_none());
    assert_eq!(
        (
            location["lat"].as_f64().unwrap(),
            location["lon"].as_f64().unwrap()
        ),
        (14.05, -87.15),
        "the cell centre"
    );
    assert_eq!(
        location["locality"], "Tegucigalpa",
        "named after the nearest town"
    );
    // The distance is to the area, not to the door (the door is ~2 km east of the origin).
    let d = safe_house["distance_m"].as_u64().unwrap();
    assert!(d > 5_000, "{d}");
    assert!(
        !safe_house["phones"].as_array().unwrap().is_empty(),
        "the intake line is given"
    );

    let detail = app.get(&format!("/api/v1/services/{}", id(SAFE_HOUSE))).await;
    assert_eq!(detail.status, 200);
    assert_eq!(detail.json["location"]["approximate"], true);
    assert!(detail.json["location"].get("address").is_none());
}

#[tokio::test]
async fn the_exact_place_of_a_safe_house_appears_in_no_public_answer() {
    let app = spawn().await;
    let (lat, lon) = SAFE_HOUSE_EXACT;
    let probes = [
        format!("/api/v1/search?place={TEGUCIGALPA_ID}"),
        format!("/api/v1/search?lat={lat}&lon={lon}&radius_m=1"),
        format!("/api/v1/search?lat={lat}&lon={lon}&limit=1"),
        format!("/api/v1/search?lat={lat}&lon={lon}&q=refugio"),
        format!("/api/v1/search?lat={lat}&lon={lon}&kind=shelter&population=women&radius_m=500"),
        format!("/api/v1/services/{}", id(SAFE_HOUSE)),
        "/api/v1/countries/HN".to_owned(),
        "/api/v1/services/not-a-uuid".to_owned(),
    ];
    for probe in probes {
        let answer = app.get(&probe).await;
        assert!(answer.status < 500);
        // The origin echoes what the caller sent; everything else is what the server chose to tell.
        let mut told = answer.json.clone();
        if let Some(object) = told.as_object_mut() {
            object.remove("origin");
        }
        let told = told.to_string();
        for secret in [
            digits(lat),
            digits(lon),
            SAFE_HOUSE_ADDRESS.to_owned(),
            "18832".to_owned(),
        ] {
            assert!(!told.contains(&secret), "{probe} leaks {secret}: {told}");
        }
    }
    // Searching right at the door with a tiny radius does not reveal that something is there.
    let at_door = app
        .get(&format!("/api/v1/search?lat={lat}&lon={lon}&radius_m=1000"))
        .await;
    assert!(!ruta_tests::ids(&at_door.json["results"]).contains(&id(SAFE_HOUSE)));
}

#[tokio::test]
async fn logs_hold_no_address_coordinates_or_search_words() {
    let app = spawn().await;
    let marker_lat = "-13.987654";
    let marker_lon = "-86.123457";
    let word = "zapotillo";
    let answer = app
        .get(&format!(
            "/api/v1/search?lat={marker_lat}&lon={marker_lon}&q={word}&kind=legal"
        ))
        .await;
    assert_eq!(answer.status, 200);
    let _ = app.get(&format!("/api/v1/places?q={word}")).await;
    let _ = app.get(&format!("/api/v1/search?lat=91&lon={marker_lon}")).await;
    let logs = ruta_tests::logs::captured();
    assert!(
        logs.contains("/api/v1/search"),
        "requests are logged by route: {logs}"
    );
    for secret in [
        marker_lat,
        marker_lon,
        word,
        "kind=legal",
        "127.0.0.1",
        "?lat",
        "q=",
    ] {
        let line = logs.lines().find(|l| l.contains(secret));
        assert!(line.is_none(), "the log contains {secret:?}: {line:?}");
    }
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn().await;
    for path in [
        "/api/v1/health",
        "/api/v1/search?lat=99&lon=0",
        "/api/v1/nowhere",
        "/api/v1/openapi.json",
    ] {
        let answer = app.get(path).await;
        let header = |name: &str| {
            answer
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("connect-src 'self'"), "{path}: {csp}");
        assert!(
            !csp.contains("http"),
            "{path}: no third-party origin in the policy"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
        assert_eq!(header("cache-control"), "no-store", "{path}");
        assert!(answer.headers.get("set-cookie").is_none(), "{path}: no cookies");
    }
}

/// The first paint's inline style (app/survivor/index.html) is the one block the Content-Security-Policy allows
/// by hash: an edited style without the new hash would leave a slow phone's first screen unstyled.
#[test]
fn the_preboot_style_is_the_one_the_policy_allows() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let page = std::fs::read_to_string(ruta_tests::workspace().join("app/survivor/index.html")).unwrap();
    let style = page
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"))
        .map(|(style, _)| style)
        .expect("index.html has the first paint's <style>");
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style.as_bytes()));
    let allowed = format!("'sha256-{hash}'");
    assert!(
        ruta_server::http::layers::CONTENT_SECURITY_POLICY.contains(&allowed),
        "put {allowed} in style-src of server/src/http/layers.rs"
    );
    assert_eq!(page.matches("<style").count(), 1, "one inline style only");
}
