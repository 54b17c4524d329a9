//! GET /api/v1/search

use ruta_tests::fixtures::TEGUCIGALPA_ID;
use ruta_tests::ids;

use crate::scene::*;

fn expect(ns: &[u128]) -> Vec<String> {
    ns.iter().map(|n| id(*n)).collect()
}

async fn result_ids(app: &ruta_tests::TestApp, query: &str) -> Vec<String> {
    let answer = app.get(&format!("/api/v1/search?{query}")).await;
    assert_eq!(answer.status, 200, "{query}: {}", answer.text);
    ids(&answer.json["results"])
}

#[tokio::test]
async fn searching_by_town_lists_the_nearest_help_first_with_distance_and_direction() {
    let app = spawn().await;
    let answer = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let json = &answer.json;
    assert_eq!(json["origin"]["place"]["name"], "Tegucigalpa");
    assert_eq!(json["origin"]["country"], "HN");
    assert_eq!(
        ids(&json["results"]),
        expect(&[
            NORTH_1KM,
            CLINIC,
            TEMP_CLOSED,
            QUECHUA,
            SAFE_HOUSE,
            LEGAL,
            MEN_SHELTER
        ]),
        "nearest first, the service closed for now after the open one not twice as far; defunct never; San Pedro \
         Sula is beyond 50 km"
    );
    let first = &json["results"][0];
    assert_eq!(first["name"], "Centro Psicosocial Norte");
    let d = first["distance_m"].as_u64().unwrap();
    assert!((990..=1010).contains(&d), "about 1 km: {d}");
    assert_eq!(first["bearing"]["compass"], "N");
    assert_eq!(json["results"][5]["bearing"]["compass"], "W");
    let distances: Vec<u64> = json["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["distance_m"].as_u64().unwrap())
        .collect();
    // A demoted listing never falls below one more than twice as far.
    for (i, above) in distances.iter().enumerate() {
        for below in &distances[i + 1..] {
            assert!(*above <= 2 * below + 1, "{distances:?}");
        }
    }
    assert_eq!(json["radius_m"], 50_000);
    assert_eq!(json["demo"], false);
}

#[tokio::test]
async fn searching_by_coordinates_gives_the_same_answer_as_by_town() {
    let app = spawn().await;
    let by_place = result_ids(&app, &format!("place={TEGUCIGALPA_ID}")).await;
    let by_point = result_ids(&app, "lat=14.0818&lon=-87.20681").await;
    assert_eq!(by_place, by_point);
}

#[tokio::test]
async fn the_radius_and_the_limit_bound_the_results() {
    let app = spawn().await;
    assert_eq!(
        result_ids(&app, "lat=14.0818&lon=-87.20681&radius_m=3500").await,
        expect(&[NORTH_1KM, TEMP_CLOSED])
    );
    // The service closed for now is demoted: the next open one takes its place within the limit.
    assert_eq!(
        result_ids(&app, "lat=14.0818&lon=-87.20681&limit=2").await,
        expect(&[NORTH_1KM, CLINIC])
    );
    let wide = result_ids(&app, "lat=14.0818&lon=-87.20681&radius_m=300000").await;
    assert!(
        wide.contains(&id(SAN_PEDRO)),
        "a wider radius reaches San Pedro Sula"
    );
}

#[tokio::test]
async fn each_filter_keeps_only_what_fits() {
    let app = spawn().await;
    let here = "lat=14.0818&lon=-87.20681";
    let cases: &[(&str, &[u128])] = &[
        ("kind=shelter", &[SAFE_HOUSE, MEN_SHELTER]),
        ("kind=shelter&kind=legal", &[SAFE_HOUSE, LEGAL, MEN_SHELTER]),
        ("language=miq", &[LEGAL]),
        ("language=en", &[CLINIC]),
        ("language=qu", &[QUECHUA]),
        ("population=men", &[MEN_SHELTER]),
        ("population=women", &[SAFE_HOUSE, LEGAL]),
        ("population=labour_exploitation", &[MEN_SHELTER]),
        ("cost=low", &[CLINIC]),
        ("open_now=true", &[CLINIC, MEN_SHELTER]),
        ("delivery=in_person&kind=legal", &[LEGAL]),
        ("delivery=remote", &[]),
        ("kind=shelter&population=women", &[SAFE_HOUSE]),
        ("kind=shelter&open_now=true", &[MEN_SHELTER]),
        ("q=acogida", &[MEN_SHELTER]),
        ("q=TRATA+laboral", &[MEN_SHELTER]),
        ("q=atencion", &[TEMP_CLOSED]),
        ("q=clinica+santa", &[CLINIC]),
        ("q=yanapay", &[QUECHUA]),
        ("q=acogida&kind=legal", &[]),
    ];
    for (filter, want) in cases {
        assert_eq!(
            result_ids(&app, &format!("{here}&{filter}")).await,
            expect(want),
            "{filter}"
        );
    }
}

#[tokio::test]
async fn remote_help_lists_what_covers_the_place_and_not_other_countries() {
    let app = spawn().await;
    let tegucigalpa = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    let remote = ids(&tegucigalpa.json["remote"]);
    assert_eq!(
        remote,
        expect(&[HN_HOTLINE, CA_VIDEO, FM_VIDEO]),
        "24/7 first, then open now, then the rest"
    );
    assert_eq!(tegucigalpa.json["remote"][0]["always_open"], true);

    let first_only = app
        .get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}&remote_limit=1"))
        .await;
    assert_eq!(
        ids(&first_only.json["remote"]),
        expect(&[HN_HOTLINE]),
        "the limit keeps the best first"
    );

    // San Pedro Sula is in Cortés, not Francisco Morazán: the regional service does not cover it.
    let san_pedro = app.get("/api/v1/search?lat=15.50417&lon=-88.025").await;
    assert_eq!(ids(&san_pedro.json["remote"]), expect(&[HN_HOTLINE, CA_VIDEO]));

    // Guatemala City: the Central American service and the Guatemalan hotline, not the Honduran one.
    let guatemala = app.get("/api/v1/search?lat=14.64072&lon=-90.51327").await;
    assert_eq!(guatemala.json["origin"]["country"], "GT");
    assert_eq!(ids(&guatemala.json["remote"]), expect(&[GT_HOTLINE, CA_VIDEO]));
    assert_eq!(
        guatemala.json["results"],
        serde_json::json!([]),
        "nothing within 50 km of Guatemala City here"
    );
}

#[tokio::test]
async fn remote_help_follows_the_same_filters() {
    let app = spawn().await;
    let here = format!("place={TEGUCIGALPA_ID}");
    let only_video = app.get(&format!("/api/v1/search?{here}&delivery=video")).await;
    assert_eq!(ids(&only_video.json["remote"]), expect(&[CA_VIDEO, FM_VIDEO]));
    let english = app.get(&format!("/api/v1/search?{here}&language=en")).await;
    assert_eq!(ids(&english.json["remote"]), expect(&[CA_VIDEO]));
    let hotlines = app.get(&format!("/api/v1/search?{here}&kind=hotline")).await;
    assert_eq!(ids(&hotlines.json["remote"]), expect(&[HN_HOTLINE]));
    let in_person = app
        .get(&format!("/api/v1/search?{here}&delivery=in_person"))
        .await;
    assert_eq!(in_person.json["remote"], serde_json::json!([]));
}

#[tokio::test]
async fn each_result_says_if_it_is_open_now_in_its_own_time_zone() {
    let app = spawn().await;
    let answer = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    let by_id = |n: u128| {
        answer.json["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id(n))
            .cloned()
            .unwrap()
    };
    assert_eq!(by_id(CLINIC)["open_now"], true, "Tuesday 09:00 in Tegucigalpa");
    assert_eq!(by_id(LEGAL)["open_now"], false, "opens on Saturdays only");
    assert_eq!(by_id(MEN_SHELTER)["open_now"], true, "open around the clock");
    assert!(
        by_id(NORTH_1KM).get("open_now").is_none(),
        "no hours given: unknown, not closed"
    );
    assert_eq!(by_id(TEMP_CLOSED)["status"], "temporarily_closed");
    assert_eq!(
        by_id(TEMP_CLOSED)["open_now"],
        false,
        "closed for now is never open now"
    );
    let open_only = app
        .get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}&open_now=true"))
        .await;
    assert!(
        !open_only.text.contains(&id(TEMP_CLOSED)),
        "the open-now filter leaves it out"
    );
}

#[tokio::test]
async fn names_come_in_the_readers_language_with_a_fallback() {
    let app = spawn().await;
    let quechua = app
        .get("/api/v1/search?lat=14.0818&lon=-87.15&limit=1&lang=qu")
        .await;
    assert_eq!(quechua.json["results"][0]["name"], "Yanapay Wasi");
    assert_eq!(quechua.json["results"][0]["name_lang"], "qu");
    let by_header = app
        .get_with(
            "/api/v1/search?lat=14.0818&lon=-87.15&limit=1",
            &[("accept-language", "qu-PE, es;q=0.5")],
        )
        .await;
    assert_eq!(by_header.json["results"][0]["name"], "Yanapay Wasi");
    let english = app
        .get("/api/v1/search?lat=14.0818&lon=-87.15&limit=1&lang=en")
        .await;
    assert_eq!(english.json["results"][0]["name"], "Wasi de Prueba");
    assert_eq!(
        english.json["results"][0]["name_lang"], "es",
        "shown in Spanish, and it says so"
    );
}

#[tokio::test]
async fn a_change_to_the_directory_is_searchable_at_once() {
    let app = spawn().await;
    let before = result_ids(&app, "lat=14.0818&lon=-87.20681&kind=repatriation").await;
    assert!(before.is_empty());
    let new = ruta_tests::fixtures::ServiceFixture::new(99, "Retorno Seguro", 14.0818, -87.2)
        .kinds(&[api_types::ServiceKind::Repatriation])
        .build();
    app.state.directory_mut().upsert_service(new);
    assert_eq!(
        result_ids(&app, "lat=14.0818&lon=-87.20681&kind=repatriation").await,
        expect(&[99])
    );
}

/// The API writes search answers straight to JSON from fragments serialised at indexing time; it must say
/// exactly what the typed answer says, for every kind of search.
#[tokio::test]
async fn the_fast_json_answer_equals_the_typed_answer() {
    let app = ruta_tests::TestApp::spawn_demo().await;
    let queries = [
        "place=3600949",
        "lat=-12.05&lon=-77.04&limit=100&radius_m=2000000",
        "lat=18.47&lon=-69.9&kind=shelter&language=ht&radius_m=2000000",
        "lat=-23.55&lon=-46.63&open_now=true&lang=en",
        "lat=14.63&lon=-90.51&delivery=remote&lang=quc",
        "lat=-25.3&lon=-57.6&q=apoyo&lang=gn",
        "lat=-13.98&lon=-86.12",
        "lat=19.43&lon=-99.13&population=lgbtq&radius_m=2000000",
        "lat=14.0818&lon=-87.20681&population=men&radius_m=5000",
    ];
    for query in queries {
        let answer = app.get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(answer.status, 200, "{query}");
        let pairs: Vec<(std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>)> =
            form_urlencoded::parse(query.as_bytes()).collect();
        let params = ruta_server::http::public::search::parse_search(pairs).unwrap();
        let typed = app
            .state
            .with_country_facts(|facts| app.state.directory().search(&params, facts, ruta_tests::now()))
            .unwrap();
        assert_eq!(answer.json, serde_json::to_value(&typed).unwrap(), "{query}");
        assert!(
            !typed.results.is_empty() || !typed.remote.is_empty() || query.contains("86.12"),
            "{query} finds something"
        );
    }
}

#[tokio::test]
async fn with_few_results_within_the_radius_the_nearest_beyond_it_come_too() {
    let app = spawn().await;
    // A man looking for a shelter that takes men: none within 10 km, one about 30 km away.
    let answer = app
        .get(&format!(
            "/api/v1/search?place={TEGUCIGALPA_ID}&kind=shelter&population=men&radius_m=10000"
        ))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(answer.json["results"], serde_json::json!([]));
    assert_eq!(ids(&answer.json["beyond"]), expect(&[MEN_SHELTER]));
    let far = answer.json["beyond"][0]["distance_m"].as_u64().unwrap();
    assert!(far > 10_000, "beyond the radius: {far}");
    assert!(answer.json["beyond"][0]["bearing"]["compass"].is_string());
    // Enough within the radius: nothing beyond.
    let near = app.get(&format!("/api/v1/search?place={TEGUCIGALPA_ID}")).await;
    assert!(near.json.get("beyond").is_none(), "{}", near.text);
    // Never a service that does not match.
    let women = app
        .get(&format!(
            "/api/v1/search?place={TEGUCIGALPA_ID}&population=women&radius_m=1000"
        ))
        .await;
    for hit in women.json["beyond"].as_array().unwrap() {
        assert!(
            hit["populations"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!("women")),
            "{hit}"
        );
    }
}
