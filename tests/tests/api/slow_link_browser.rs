//! A cheap phone on a slow link (issue 14): at 400 kbit/s with 400 ms round trips and a processor 4× slower,
//! the first thing painted already offers the quick exit and the emergency guidance, long before the app's
//! wasm has arrived. The time of that first paint is printed for the README; it is measured, not asserted.

use ruta_tests::browser::Browser;

use crate::browser::app_with_bundle;

#[allow(
    clippy::print_stdout,
    reason = "the figure for the README, seen with --nocapture"
)]
fn report(first_paint_ms: f64) {
    println!("first contentful paint at 400 kbit/s, 400 ms RTT, 4x CPU: {first_paint_ms:.0} ms");
}

#[tokio::test]
async fn on_a_slow_link_the_first_paint_offers_the_quick_exit_and_emergency_guidance() {
    let app = app_with_bundle().await;
    let phone = Browser::start_slow_phone(400, 400, 4).await;
    phone.client.goto(&format!("{}/", app.base)).await.unwrap();

    // Wait (30 s at most) for the browser's first contentful paint.
    let mut first_paint = serde_json::Value::Null;
    for _ in 0..300 {
        first_paint = phone
            .js("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;")
            .await;
        if first_paint.is_number() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let first_paint = first_paint
        .as_f64()
        .unwrap_or_else(|| panic!("no first contentful paint in 30 s"));
    // What is on the screen then: the quick exit, working, and the sentence for someone in danger — the app
    // itself is still on its way.
    let shown = phone
        .js("const e = document.querySelector('#preboot-exit'); const s = document.querySelector('#preboot-emergency'); \
             if (!e || !s) return null; const r = e.getBoundingClientRect(); \
             return { exit: e.textContent, href: e.href, top: r.top, visible: r.width > 0 && r.height > 0, \
                      emergency: s.textContent, app: !!document.querySelector('#town') };")
        .await;
    phone.screenshot("slow-link-first-paint").await;
    assert_eq!(shown["visible"], true, "the quick exit is painted: {shown}");
    assert!(
        shown["top"].as_f64().is_some_and(|t| t < 740.0),
        "on the first screen: {shown}"
    );
    assert_eq!(shown["exit"], "Salir rápido", "{shown}");
    assert!(
        shown["href"]
            .as_str()
            .is_some_and(|h| !h.is_empty() && !h.contains(&app.base)),
        "the link leaves for the configured neutral address: {shown}"
    );
    assert!(
        shown["emergency"]
            .as_str()
            .is_some_and(|s| s.contains("emergencias")),
        "{shown}"
    );
    assert_eq!(
        shown["app"], false,
        "the first paint came before the app: without the page written for it, the screen would be blank"
    );
    // Measured, not asserted: the README reports it.
    report(first_paint);
}
