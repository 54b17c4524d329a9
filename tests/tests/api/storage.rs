//! The database on disk.

use ruta_tests::TestApp;

#[tokio::test]
async fn the_database_is_created_on_first_start_and_survives_a_restart() {
    let app = TestApp::spawn_demo().await;
    let file = app.data_dir.path().join("ruta.sqlite3");
    assert!(file.exists(), "created under the data dir");
    let first = app.get("/api/v1/health").await.json["services"].as_u64().unwrap();
    assert!(first >= 2000);
    let dir = app.stop().await;
    let again = TestApp::spawn_in(dir, false, &[], &[]).await;
    let second = again.get("/api/v1/health").await.json["services"]
        .as_u64()
        .unwrap();
    assert_eq!(first, second, "the demo is loaded once, not again on every start");
}

#[tokio::test]
async fn no_demo_starts_an_empty_directory() {
    let app = TestApp::spawn_with(&[], &[]).await;
    let health = app.get("/api/v1/health").await;
    assert_eq!(health.json["services"], 0);
    assert_eq!(health.json["demo"], false);
    let search = app.get("/api/v1/search?lat=14.0818&lon=-87.20681").await;
    assert_eq!(search.status, 200);
    assert_eq!(search.json["results"], serde_json::json!([]));
}
