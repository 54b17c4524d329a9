//! GET /api/v1/places: a person types a town instead of sharing a location.

use crate::scene::spawn;

async fn names(app: &ruta_tests::TestApp, query: &str) -> Vec<(String, String)> {
    let answer = app.get(&format!("/api/v1/places?{query}")).await;
    assert_eq!(answer.status, 200, "{query}: {}", answer.text);
    ruta_tests::pairs_of(&answer.json["places"], "name", "country")
}

fn first(list: &[(String, String)]) -> (&str, &str) {
    list.first()
        .map(|(n, c)| (n.as_str(), c.as_str()))
        .unwrap_or(("", ""))
}

#[tokio::test]
async fn accents_case_and_hyphens_do_not_matter() {
    let app = spawn().await;
    assert_eq!(first(&names(&app, "q=cap+haitien").await), ("Cap-Haïtien", "HT"));
    assert_eq!(first(&names(&app, "q=CAP-HAÏTIEN").await), ("Cap-Haïtien", "HT"));
    assert_eq!(first(&names(&app, "q=tegucigalpa").await), ("Tegucigalpa", "HN"));
    assert_eq!(first(&names(&app, "q=Tegucígalpa").await), ("Tegucigalpa", "HN"));
}

#[tokio::test]
async fn alternate_names_are_found_and_say_which_name_matched() {
    let app = spawn().await;
    let answer = app.get("/api/v1/places?q=okap").await;
    let top = &answer.json["places"][0];
    assert_eq!(top["name"], "Cap-Haïtien");
    assert_eq!(top["matched_name"], "Okap");
}

/// Issue 14: a Spanish reader saw "Guatemala City". Capitals carry their local name, and the English one still
/// finds them.
#[tokio::test]
async fn capitals_are_named_as_their_people_name_them_and_found_by_the_english_name_too() {
    let app = spawn().await;
    for (english, local, country) in [
        ("guatemala+city", "Ciudad de Guatemala", "GT"),
        ("mexico+city", "Ciudad de México", "MX"),
        ("havana", "La Habana", "CU"),
        ("panama+city", "Ciudad de Panamá", "PA"),
    ] {
        let answer = app.get(&format!("/api/v1/places?q={english}")).await;
        let top = &answer.json["places"][0];
        assert_eq!(
            (top["name"].as_str(), top["country"].as_str()),
            (Some(local), Some(country)),
            "{english}"
        );
        assert!(
            top["matched_name"].is_string(),
            "{english}: the English name matched"
        );
    }
}

#[tokio::test]
async fn a_prefix_finds_the_town_while_typing_largest_first() {
    let app = spawn().await;
    assert_eq!(first(&names(&app, "q=tegu").await), ("Tegucigalpa", "HN"));
    assert_eq!(first(&names(&app, "q=port+au").await), ("Port-au-Prince", "HT"));
    let san = names(&app, "q=san+pedro+sula").await;
    assert_eq!(first(&san), ("San Pedro Sula", "HN"));
}

#[tokio::test]
async fn one_typo_is_forgiven() {
    let app = spawn().await;
    assert_eq!(first(&names(&app, "q=tegusigalpa").await), ("Tegucigalpa", "HN"));
    assert_eq!(first(&names(&app, "q=asuncoin").await).0, "Asunción");
}

#[tokio::test]
async fn exact_beats_prefix_and_prefix_beats_typo() {
    let app = spawn().await;
    // "Lima" (PE) is an exact name; larger places that merely start with "Lima" come after it.
    let lima = names(&app, "q=lima&country=PE").await;
    assert_eq!(first(&lima), ("Lima", "PE"));
}

#[tokio::test]
async fn the_country_filter_keeps_one_country() {
    let app = spawn().await;
    let all = names(&app, "q=san+jose&limit=20").await;
    let costa_rica = names(&app, "q=san+jose&country=cr&limit=20").await;
    assert!(
        all.iter().any(|(_, c)| c != "CR"),
        "San José exists in several countries"
    );
    assert!(!costa_rica.is_empty());
    assert!(costa_rica.iter().all(|(_, c)| c == "CR"));
    assert_eq!(first(&costa_rica).0, "San José");
}

#[tokio::test]
async fn the_place_id_feeds_the_search() {
    let app = spawn().await;
    let answer = app.get("/api/v1/places?q=tegucigalpa&limit=1").await;
    let place = answer.json["places"][0]["id"].as_u64().unwrap();
    let search = app.get(&format!("/api/v1/search?place={place}")).await;
    assert_eq!(search.status, 200);
    assert_eq!(search.json["origin"]["place"]["name"], "Tegucigalpa");
}

#[tokio::test]
async fn nothing_typed_finds_nothing_and_the_limit_holds() {
    let app = spawn().await;
    assert!(names(&app, "q=+++").await.is_empty());
    assert_eq!(names(&app, "q=san&limit=3").await.len(), 3);
}
