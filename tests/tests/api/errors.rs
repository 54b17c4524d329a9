//! Bad input gets a clear 4xx naming the field; never a 500, never a panic.

use crate::scene::spawn;

#[tokio::test]
async fn every_bad_search_parameter_is_a_400_that_names_it() {
    let app = spawn().await;
    // Most are invalid (400 `invalid_parameter`), naming the parameter at fault.
    let invalid = [
        ("lat=91&lon=0", "lat"),
        ("lat=-90.5&lon=0", "lat"),
        ("lat=0&lon=180.01", "lon"),
        ("lat=abc&lon=0", "lat"),
        ("lat=0&lon=abc", "lon"),
        ("lat=NaN&lon=0", "lat"),
        ("lat=inf&lon=0", "lat"),
        ("place=3600949&lat=1&lon=1", "place"),
        ("place=tegucigalpa", "place"),
        ("lat=14&lon=-87&radius_m=-5", "radius_m"),
        ("lat=14&lon=-87&radius_m=0", "radius_m"),
        ("lat=14&lon=-87&radius_m=99999999999", "radius_m"),
        ("lat=14&lon=-87&radius_m=far", "radius_m"),
        ("lat=14&lon=-87&limit=0", "limit"),
        ("lat=14&lon=-87&limit=10000", "limit"),
        ("lat=14&lon=-87&limit=-1", "limit"),
        ("lat=14&lon=-87&remote_limit=51", "remote_limit"),
        ("lat=14&lon=-87&remote_limit=x", "remote_limit"),
        ("lat=14&lon=-87&kind=shelters", "kind"),
        ("lat=14&lon=-87&language=klingon", "language"),
        ("lat=14&lon=-87&population=everyone", "population"),
        ("lat=14&lon=-87&cost=cheap", "cost"),
        ("lat=14&lon=-87&delivery=teleport", "delivery"),
        ("lat=14&lon=-87&open_now=maybe", "open_now"),
        ("lat=14&lon=-87&lat=15", "lat"),
        ("lat=14&lon=-87&radius=5", "radius"),
        ("lat=14&lon=-87&lang=english", "lang"),
    ];
    let mut cases: Vec<(&str, u16, &str, &str)> = vec![
        ("lat=14", 400, "missing_parameter", "lon"),
        ("lon=-87", 400, "missing_parameter", "lat"),
        ("", 400, "missing_parameter", "place"),
        ("place=1", 404, "not_found", "place"),
    ];
    cases.extend(invalid.map(|(query, field)| (query, 400, "invalid_parameter", field)));
    for (query, status, code, field) in cases {
        let answer = app.get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(answer.status, status, "{query}: {}", answer.text);
        assert_eq!(answer.json["error"]["code"], code, "{query}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], field, "{query}: {}", answer.text);
        let message = answer.json["error"]["message"].as_str().unwrap_or("");
        assert!(
            message.len() > 10,
            "{query}: a sentence a developer can act on: {message}"
        );
    }
}

#[tokio::test]
async fn a_long_free_text_is_refused_not_truncated_silently() {
    let app = spawn().await;
    let long = "a".repeat(201);
    let answer = app.get(&format!("/api/v1/search?lat=14&lon=-87&q={long}")).await;
    answer.refused(400, "q");
}

#[tokio::test]
async fn unknown_ids_and_routes_are_404_json_and_bad_ids_are_400() {
    let app = spawn().await;
    let unknown = app
        .get("/api/v1/services/00000000-0000-0000-0000-00000000ffff")
        .await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json["error"]["code"], "not_found");
    assert_eq!(unknown.json["error"]["field"], "id");
    let bad = app.get("/api/v1/services/42").await;
    bad.refused(400, "id");
    let route = app.get("/api/v1/nothing-here").await;
    assert_eq!(route.status, 404);
    assert_eq!(route.json["error"]["code"], "no_route");
    let country = app.get("/api/v1/countries/ZZ").await;
    country.refused(404, "iso2");
    let country = app.get("/api/v1/countries/HND").await;
    country.refused(400, "iso2");
}

#[tokio::test]
async fn bad_place_lookups_name_the_parameter() {
    let app = spawn().await;
    let cases: &[(&str, &str)] = &[
        ("", "q"),
        ("q=lima&country=PER", "country"),
        ("q=lima&country=US", "country"),
        ("q=lima&limit=0", "limit"),
        ("q=lima&limit=51", "limit"),
        ("q=lima&town=1", "town"),
    ];
    for (query, field) in cases {
        let answer = app.get(&format!("/api/v1/places?{query}")).await;
        assert_eq!(answer.status, 400, "{query}: {}", answer.text);
        assert_eq!(answer.json["error"]["field"], *field, "{query}");
    }
}

#[tokio::test]
async fn hostile_query_strings_never_cause_a_server_error() {
    let app = spawn().await;
    let hostile = [
        "lat=%FF%FE&lon=0",
        "lat=1e308&lon=1e308",
        "lat=0x10&lon=0",
        "kind=%00",
        "q=%F0%9F%98%80%F0%9F%98%80",
        "place=99999999999999999999",
        "lat=14&lon=-87&q=%27%3B+DROP+TABLE+services%3B--",
        "&&&==&lat",
        "lat=14&lon=-87&language=pt-BR-x-y-z",
    ];
    for query in hostile {
        let answer = app.get(&format!("/api/v1/search?{query}")).await;
        assert!(answer.status < 500, "{query}: {} {}", answer.status, answer.text);
        assert!(answer.json.is_object(), "{query}: JSON body");
    }
    let fine = app
        .get("/api/v1/search?lat=14&lon=-87&q=%27%3B+DROP+TABLE+services%3B--")
        .await;
    assert_eq!(fine.status, 200, "free text is data, not SQL");
}

/// A client that asks for a language Ruta ships gets the error sentence in it (the English one kept in
/// `detail`); the code and field never change, and English or unknown languages keep the English sentence.
#[tokio::test]
async fn error_messages_follow_the_language_asked_for() {
    let app = spawn().await;
    let english = app.get("/api/v1/search?lat=91&lon=0").await;
    let english_message = english.json["error"]["message"].as_str().unwrap().to_owned();
    assert!(english.json["error"].get("detail").is_none());

    // (what the address adds, Accept-Language, the language answered, its exact sentence when checked)
    for (lang, accept, language, exact) in [
        ("", "es-MX,es;q=0.9", "es", "El valor de «lat» no es válido."),
        ("", "qu-PE, es;q=0.5", "qu", ""),
        ("&lang=pt-BR", "en", "pt-BR", ""),
        ("", "pt-PT", "pt-BR", ""),
        ("", "ht", "ht", ""),
    ] {
        let path = format!("/api/v1/search?lat=91&lon=0{lang}");
        let headers = [("accept-language", accept)];
        let answer = app.get_with(&path, &headers).await;
        assert_eq!(answer.status, 400, "{path} {headers:?}");
        let error = &answer.json["error"];
        assert_eq!(error["code"], "invalid_parameter");
        assert_eq!(error["field"], "lat");
        assert_eq!(answer.headers["content-language"], language, "{headers:?}");
        let message = error["message"].as_str().unwrap();
        assert_ne!(message, english_message, "{language} still English");
        assert!(message.contains("lat"), "{language}: {message} names the field");
        assert_eq!(error["detail"], english_message.as_str());
        if !exact.is_empty() {
            assert_eq!(message, exact);
        }
    }

    for headers in [
        &[("accept-language", "en-US")][..],
        &[("accept-language", "de-DE, ja")][..],
        &[],
    ] {
        let answer = app.get_with("/api/v1/search?lat=91&lon=0", headers).await;
        assert_eq!(
            answer.json["error"]["message"],
            english_message.as_str(),
            "{headers:?}"
        );
        assert!(answer.headers.get("content-language").is_none());
    }

    // Not found, in Guaraní, still names the parameter; a 404 route in Dutch has no field.
    let missing = app
        .get_with(
            "/api/v1/services/00000000-0000-4000-8000-000000000000",
            &[("accept-language", "gn")],
        )
        .await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json["error"]["code"], "not_found");
    assert_eq!(missing.headers["content-language"], "gn");
    let route = app
        .get_with("/api/v1/nowhere", &[("accept-language", "nl")])
        .await;
    assert_eq!(route.json["error"]["code"], "no_route");
    assert_eq!(route.headers["content-language"], "nl");
    assert!(!route.json["error"]["message"].as_str().unwrap().contains("such"));
}
