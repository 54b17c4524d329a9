//! GET /api/v1/countries/{iso2}

use crate::scene::*;

#[tokio::test]
async fn a_country_gives_its_emergency_numbers_and_hotlines() {
    let app = spawn().await;
    let answer = app.get("/api/v1/countries/hn").await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(answer.json["iso2"], "HN");
    assert_eq!(answer.json["names"]["es"], "Honduras");
    assert!(!answer.json["emergency_numbers"].as_array().unwrap().is_empty());
    assert_eq!(ruta_tests::ids(&answer.json["hotlines"]), vec![id(HN_HOTLINE)]);
    let gt = app.get("/api/v1/countries/GT").await;
    assert_eq!(ruta_tests::ids(&gt.json["hotlines"]), vec![id(GT_HOTLINE)]);
    let br = app.get("/api/v1/countries/BR").await;
    assert_eq!(br.status, 200);
    assert_eq!(br.json["languages"][0], "pt");
    assert_eq!(br.json["hotlines"], serde_json::json!([]));
}
