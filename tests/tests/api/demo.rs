//! The demo directory, as a new user meets it.

use ruta_tests::{TestApp, reference};

#[tokio::test]
async fn every_capital_finds_help_nearby_all_marked_demo_and_life_lines_that_are_not() {
    let app = TestApp::spawn_demo().await;
    let reference = reference();
    let mut states = 0;
    for country in reference.countries.iter().filter(|c| c.sovereign) {
        states += 1;
        let answer = app
            .get(&format!("/api/v1/search?place={}", country.capital_geonameid))
            .await;
        assert_eq!(answer.status, 200, "{}", country.iso2);
        let json = &answer.json;
        assert_eq!(
            json["demo"], true,
            "{}: the answer says it is demo data",
            country.iso2
        );
        let results = json["results"].as_array().unwrap();
        assert!(!results.is_empty(), "{}: help near the capital", country.iso2);
        assert!(results.iter().all(|r| r["demo"] == true), "{}", country.iso2);
        assert!(
            results
                .iter()
                .all(|r| r["name"].as_str().unwrap().to_lowercase().contains("demo")),
            "{}: names say demo",
            country.iso2
        );
        let lifelines = &json["country"]["lifelines"];
        assert!(
            !lifelines["emergency"].as_array().unwrap().is_empty(),
            "{}: labelled emergency numbers",
            country.iso2
        );
        assert!(
            !lifelines.to_string().contains("demo"),
            "{}: life lines are never demo data",
            country.iso2
        );
        assert!(
            !json["remote"].as_array().unwrap().is_empty(),
            "{}: remote help",
            country.iso2
        );
        for r in results {
            if r["confidential"] == true {
                assert_eq!(r["location"]["approximate"], true);
                assert!(r["location"].get("address").is_none());
            }
        }
    }
    assert_eq!(states, 33);
}

#[tokio::test]
async fn far_from_the_capital_remote_help_is_still_listed() {
    let app = TestApp::spawn_demo().await;
    // A small Andean town: few or no services within 50 km, but national remote help covers it.
    let places = app.get("/api/v1/places?q=uyuni&country=BO&limit=1").await;
    let place = places.json["places"][0]["id"]
        .as_u64()
        .expect("Uyuni is in the gazetteer");
    let answer = app
        .get(&format!("/api/v1/search?place={place}&radius_m=20000"))
        .await;
    let remote = answer.json["remote"].as_array().unwrap();
    assert!(
        remote.len() >= 2,
        "a hotline and remote counselling: {}",
        answer.text
    );
    assert!(
        remote
            .iter()
            .any(|r| r["delivery"].as_array().unwrap().iter().any(|d| d == "video"))
    );
}

#[tokio::test]
async fn a_rare_combination_is_found_shelter_speaking_haitian_creole() {
    let app = TestApp::spawn_demo().await;
    let answer = app
        .get("/api/v1/search?lat=18.47&lon=-69.9&radius_m=2000000&kind=shelter&language=ht")
        .await;
    let results = answer.json["results"].as_array().unwrap();
    assert!(!results.is_empty(), "{}", answer.text);
    for r in results {
        assert!(r["kinds"].as_array().unwrap().iter().any(|k| k == "shelter"));
        assert!(r["languages"].as_array().unwrap().iter().any(|l| l == "ht"));
    }
}

#[tokio::test]
async fn demo_phone_numbers_are_not_real_ones() {
    let app = TestApp::spawn_demo().await;
    let answer = app
        .get("/api/v1/search?lat=18.47&lon=-69.9&limit=100&radius_m=2000000")
        .await;
    let reference = reference();
    let mut seen = 0;
    for r in answer.json["results"].as_array().unwrap() {
        let country = ruta_tests::fixtures::cc(r["location"]["country"].as_str().unwrap());
        let calling = &reference.countries.get(country).unwrap().calling_code;
        for p in r["phones"].as_array().unwrap() {
            let n = p["number"].as_str().unwrap();
            seen += 1;
            if calling == "1" {
                // NANP: +1, an area code, then the 555-01XX range reserved for fiction.
                assert_eq!(&n[5..10], "55501", "{n}");
            } else {
                // Elsewhere: a national number starting with 0, which no subscriber number has.
                assert!(n.starts_with(&format!("+{calling}0")), "{n}");
            }
        }
    }
    assert!(seen > 50);
}

/// A new user can book right after the run command: demo counsellors in several languages and countries, with
/// free slots, every one labelled demo.
#[tokio::test]
async fn the_demo_has_counsellors_with_free_slots_in_several_languages() {
    let app = ruta_tests::TestApp::spawn_demo().await;
    let list = app.get("/api/v1/counsellors").await;
    let counsellors = list.json.as_array().unwrap();
    assert!(counsellors.len() >= 10, "{}", counsellors.len());
    assert!(
        counsellors
            .iter()
            .all(|c| c["demo"] == true && c["display_name"].as_str().unwrap().ends_with("(demo)"))
    );
    let zones: std::collections::BTreeSet<&str> = counsellors
        .iter()
        .map(|c| c["timezone"].as_str().unwrap())
        .collect();
    assert!(zones.len() >= 5, "{zones:?}");
    for language in ["es", "pt", "en", "ht", "nl", "gn", "qu"] {
        let some = app.get(&format!("/api/v1/counsellors?language={language}")).await;
        assert!(
            !some.json.as_array().unwrap().is_empty(),
            "no demo counsellor speaks {language}"
        );
    }
    assert!(counsellors.iter().filter(|c| c["soonest"].is_string()).count() >= counsellors.len() / 2);
}
