//! Issue 14: the survivor app can be added to the home screen (a manifest, icons, the shell kept offline), and
//! shows a neutral name and a plain icon ("Clima") in the tab, the manifest and the home screen when the person
//! asks for that — off by default, remembered on the phone, gone with "clear this device".

use ruta_tests::browser::Browser;

use crate::browser::app_with_bundle;

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20))
}

#[tokio::test]
async fn the_manifests_are_served_with_their_fields_and_every_icon_resolves() {
    let app = app_with_bundle().await;
    let client = reqwest::Client::new();
    for (path, name, icon_prefix) in [
        ("/manifest.webmanifest", "Ruta", "/icons/icon"),
        ("/discreet.webmanifest", "Clima", "/icons/plain"),
    ] {
        let answer = client.get(format!("{}{path}", app.base)).send().await.unwrap();
        assert_eq!(answer.status(), 200, "{path}");
        let kind = answer.headers()["content-type"].to_str().unwrap().to_owned();
        assert!(kind.starts_with("application/manifest+json"), "{path}: {kind}");
        let text = answer.text().await.unwrap();
        let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(manifest["name"], name, "{path}");
        assert_eq!(manifest["short_name"], name, "{path}");
        assert_eq!(manifest["start_url"], "/", "{path}");
        assert_eq!(manifest["scope"], "/", "{path}");
        assert_eq!(manifest["display"], "standalone", "{path}");
        if name == "Clima" {
            assert!(
                !text.to_lowercase().contains("ruta"),
                "the neutral manifest names nothing of the app: {text}"
            );
        }
        let icons = manifest["icons"].as_array().unwrap();
        let mut sizes = Vec::new();
        for icon in icons {
            let src = icon["src"].as_str().unwrap();
            assert!(src.starts_with(icon_prefix), "{path}: {src}");
            let answer = client.get(format!("{}{src}", app.base)).send().await.unwrap();
            assert_eq!(answer.status(), 200, "{src}");
            let kind = answer.headers()["content-type"].to_str().unwrap().to_owned();
            assert_eq!(kind, icon["type"].as_str().unwrap(), "{src}");
            let bytes = answer.bytes().await.unwrap();
            if kind == "image/png" {
                let (w, h) = png_size(&bytes);
                assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
                sizes.push(w);
            } else {
                assert!(String::from_utf8_lossy(&bytes).contains("<svg"), "{src}");
            }
        }
        sizes.sort_unstable();
        assert_eq!(sizes, [192, 512], "{path}: the sizes Android asks for");
    }

    // The page links the app's own manifest and icon; the service worker keeps them with the shell, so the
    // app added to the home screen opens with no connection.
    let page = app.get("/").await.text;
    assert!(
        page.contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"),
        "{page}"
    );
    assert!(
        page.contains("<link rel=\"icon\" href=\"/icons/icon.svg\""),
        "{page}"
    );
    let worker = app.get("/sw.js").await.text;
    for file in [
        "\"/\"",
        "/manifest.webmanifest",
        "/discreet.webmanifest",
        "/icons/icon-192.png",
        "/icons/plain-512.png",
        "/icons/plain.svg",
    ] {
        assert!(worker.contains(file), "the shell keeps {file}");
    }
}

/// What [`identity_script`] answers with the app's own name, icons and manifest, and no choice stored.
fn own_identity() -> serde_json::Value {
    serde_json::json!([
        "Ruta",
        "/icons/icon.svg",
        "/icons/icon-192.png",
        "/manifest.webmanifest",
        0
    ])
}

fn identity_script() -> &'static str {
    "return [document.title, \
       document.querySelector(\"link[rel='icon']\").getAttribute('href'), \
       document.querySelector(\"link[rel='apple-touch-icon']\").getAttribute('href'), \
       document.querySelector(\"link[rel='manifest']\").getAttribute('href'), \
       localStorage.length];"
}

/// Off by default and nothing stored; on: the tab says "Clima" with the plain icon and the neutral manifest,
/// and still after a reload; off again: the app's own name, and nothing left stored; on, the quick exit still
/// leaves at once.
#[tokio::test]
async fn the_discreet_name_and_icon_are_off_by_default_and_survive_a_reload_when_on() {
    let app = app_with_bundle().await;
    let b = Browser::start_sized(360, 740).await;
    b.client.goto(&format!("{}/", app.base)).await.unwrap();
    b.find("#discreet").await;
    assert_eq!(
        b.js(identity_script()).await,
        own_identity(),
        "off by default, nothing stored"
    );
    assert_eq!(
        b.js("return document.querySelector('#discreet').checked;").await,
        false
    );
    let hint = b.text("#discreet-hint").await;
    assert!(hint.contains("Clima"), "the option says what it does: {hint}");

    b.tap("#discreet").await;
    let neutral = serde_json::json!([
        "Clima",
        "/icons/plain.svg",
        "/icons/plain-192.png",
        "/discreet.webmanifest",
        1
    ]);
    b.wait_until("the tab says Clima", "return document.title === 'Clima';")
        .await;
    assert_eq!(b.js(identity_script()).await, neutral);
    let stored = b
        .js("return Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join(';');")
        .await;
    assert!(
        !stored.as_str().unwrap().to_lowercase().contains("ruta"),
        "what is stored says nothing of the app: {stored}"
    );

    // A reload: neutral from index.html's own script, before the app starts (the content security policy lets
    // that script run: no violation), and still once the app has started.
    b.on_every_page(
        "window.seen = { violations: [] }; \
         document.addEventListener('securitypolicyviolation', \
           e => window.seen.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample)); \
         document.addEventListener('DOMContentLoaded', () => { \
           window.seen.title = document.title; \
           window.seen.app = !document.querySelector('#preboot'); \
           window.seen.icon = document.querySelector(\"link[rel='icon']\").getAttribute('href'); });",
    )
    .await;
    b.client.refresh().await.unwrap();
    b.find("#town").await;
    let early = b.js("return window.seen;").await;
    assert_eq!(early["app"], false, "the app had not started yet: {early}");
    assert_eq!(early["title"], "Clima", "{early}");
    assert_eq!(early["icon"], "/icons/plain.svg", "{early}");
    assert_eq!(early["violations"], serde_json::json!([]), "{early}");
    assert_eq!(b.js(identity_script()).await, neutral);
    assert_eq!(
        b.js("return document.querySelector('#discreet').checked;").await,
        true
    );
    b.screenshot("discreet-on").await;

    // Off again: the app's own name, and the choice is forgotten.
    b.tap_then(
        "#discreet",
        "the tab says Ruta",
        "return document.title === 'Ruta';",
    )
    .await;
    assert_eq!(
        b.js(identity_script()).await,
        own_identity(),
        "the app's own name, and nothing left stored"
    );

    // On, then the quick exit: it still leaves at once.
    b.tap_then(
        "#discreet",
        "the tab says Clima",
        "return document.title === 'Clima';",
    )
    .await;
    b.tap_then(
        "#quick-exit",
        "the page is replaced",
        "return location.href === 'about:blank';",
    )
    .await;
}
