//! GET /api/v1/services/{id}

use crate::scene::*;

#[tokio::test]
async fn a_service_record_has_everything_needed_to_act() {
    let app = spawn().await;
    let answer = app.get(&format!("/api/v1/services/{}", id(CLINIC))).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let s = &answer.json;
    assert_eq!(s["name"], "Clínica Santa Lucía");
    assert_eq!(s["kinds"], serde_json::json!(["health"]));
    assert_eq!(s["languages"], serde_json::json!(["es", "en"]));
    assert_eq!(s["cost"], "low");
    assert_eq!(s["hours"]["timezone"], "America/Tegucigalpa");
    assert_eq!(s["open_now"], true);
    assert_eq!(s["location"]["approximate"], false);
    assert_eq!(s["location"]["address"], "Calle de Prueba 3");
    assert_eq!(s["phones"][0]["number"], "+50400000003");
    assert_eq!(s["organization"]["name"], "Fixture Organisation (test)");
    assert_eq!(s["demo"], false);
}

#[tokio::test]
async fn descriptions_follow_the_readers_language() {
    let app = spawn().await;
    let qu = app
        .get(&format!("/api/v1/services/{}?lang=qu", id(QUECHUA)))
        .await;
    assert_eq!(qu.json["description"], "Yanapay kallpachay.");
    assert_eq!(qu.json["description_lang"], "qu");
    let fr = app
        .get(&format!("/api/v1/services/{}?lang=fr", id(QUECHUA)))
        .await;
    assert_eq!(fr.json["description"], "Apoyo y acompañamiento.");
    assert_eq!(fr.json["description_lang"], "es");
    assert_eq!(
        fr.json["descriptions"]["qu"], "Yanapay kallpachay.",
        "every translation is there too"
    );
    // Without lang=, the browser's Accept-Language decides; Guaraní and Brazilian Portuguese readers of a
    // listing written in Spanish and Quechua get the Spanish, labelled as such by description_lang.
    let path = format!("/api/v1/services/{}", id(QUECHUA));
    for (accept, text, lang) in [
        ("qu-PE,es;q=0.8", "Yanapay kallpachay.", "qu"),
        ("gn", "Apoyo y acompañamiento.", "es"),
        ("pt-BR,pt;q=0.9", "Apoyo y acompañamiento.", "es"),
        ("en-US", "Apoyo y acompañamiento.", "es"),
    ] {
        let answer = app.get_with(&path, &[("accept-language", accept)]).await;
        assert_eq!(answer.json["description"], text, "{accept}");
        assert_eq!(answer.json["description_lang"], lang, "{accept}");
    }
}

#[tokio::test]
async fn a_defunct_service_is_gone_for_the_public() {
    let app = spawn().await;
    assert_eq!(
        app.get(&format!("/api/v1/services/{}", id(DEFUNCT))).await.status,
        404
    );
}

#[tokio::test]
async fn a_remote_only_service_has_no_location() {
    let app = spawn().await;
    let answer = app.get(&format!("/api/v1/services/{}", id(HN_HOTLINE))).await;
    assert_eq!(answer.status, 200);
    assert!(answer.json.get("location").is_none());
    assert_eq!(
        answer.json["service_area"]["countries"],
        serde_json::json!(["HN"])
    );
}
