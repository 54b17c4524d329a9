//! Leaving fast and leaving no trace: the quick exit, "clear this device", and the two opt-in uses of storage
//! (the language, and the discreet name and icon).

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Window};

use crate::format::choose_exit_url;
use crate::lang::Lang;

/// Stored only after the person ticks "Remember my language".
const LANG_KEY: &str = "ruta.lang";

/// Stored only while the person has the discreet name and icon on. A plain key and value: someone reading the
/// phone's storage learns nothing from them.
const DISCREET_KEY: &str = "look";
const DISCREET_VALUE: &str = "plain";

/// What the tab, the bookmark and the home screen show: title, icon, manifest (name and icons when added to
/// the home screen). The same files as `app/survivor/index.html` links and `scripts/build-app.sh` copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    /// `document.title`.
    pub title: &'static str,
    /// `<link rel="icon">` (SVG).
    pub icon: &'static str,
    /// `<link rel="apple-touch-icon">` (a PNG: iOS takes no SVG there).
    pub touch_icon: &'static str,
    /// `<link rel="manifest">`.
    pub manifest: &'static str,
}

/// The app's own name and icon.
pub const OWN_IDENTITY: Identity = Identity {
    title: "Ruta",
    icon: "/icons/icon.svg",
    touch_icon: "/icons/icon-192.png",
    manifest: "/manifest.webmanifest",
};

/// The neutral name and plain icon, like a weather app's, for the person who asks for them.
pub const DISCREET_IDENTITY: Identity = Identity {
    title: "Clima",
    icon: "/icons/plain.svg",
    touch_icon: "/icons/plain-192.png",
    manifest: "/discreet.webmanifest",
};

/// Whether `target` has `property` set to something (not `undefined` or `null`): for browser APIs old phones lack.
pub fn has(target: &JsValue, property: &str) -> bool {
    Reflect::has(target, &JsValue::from_str(property)).unwrap_or(false)
        && Reflect::get(target, &JsValue::from_str(property)).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// The neutral site from `<meta name="ruta-exit-url">` (the server may set it per deployment).
fn exit_url(document: &Document) -> String {
    let content = document
        .query_selector("meta[name='ruta-exit-url']")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    choose_exit_url(content.as_deref())
}

/// Blanks the page at once and replaces it with the neutral site, so Back does not come back here; then
/// `forget` drops the app's state (the page keeps running for a moment while the other site loads).
pub fn quick_exit(forget: impl FnOnce()) {
    let Some(window) = web_sys::window() else {
        forget();
        return;
    };
    let url = window
        .document()
        .map(|d| exit_url(&d))
        .unwrap_or_else(|| choose_exit_url(None));
    if let Some(document) = window.document() {
        if let Some(root) = document.document_element() {
            let _ = root.class_list().add_1("exiting");
        }
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
        document.set_title("");
    }
    let _ = window.location().replace(&url);
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.clear();
    }
    forget();
}

/// The language saved on this phone, if the person asked for it to be remembered.
pub fn stored_language() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::from_tag(&storage.get_item(LANG_KEY).ok()??)
}

/// The app language matching the browser's preferred languages (`navigator.languages`), Spanish if none.
pub fn browser_language() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::Es;
    };
    let tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// Saves the language; only called while "Remember my language" is ticked.
pub fn store_language(lang: Lang) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}

/// Removes the saved language.
pub fn forget_language() {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.remove_item(LANG_KEY);
    }
}

/// Whether the person asked this phone for the neutral name and icon.
pub fn discreet() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(DISCREET_KEY).ok().flatten())
        .is_some_and(|v| v == DISCREET_VALUE)
}

/// Turns the neutral name and icon on (remembered on this phone) or off (forgotten), and shows it at once.
pub fn set_discreet(on: bool) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = if on {
            storage.set_item(DISCREET_KEY, DISCREET_VALUE)
        } else {
            storage.remove_item(DISCREET_KEY)
        };
    }
    show_identity(if on { DISCREET_IDENTITY } else { OWN_IDENTITY });
}

/// Sets the page's title, icon and manifest links to `identity`.
pub fn show_identity(identity: Identity) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(identity.title);
    for (selector, href) in [
        ("link[rel='icon']", identity.icon),
        ("link[rel='apple-touch-icon']", identity.touch_icon),
        ("link[rel='manifest']", identity.manifest),
    ] {
        if let Ok(Some(link)) = document.query_selector(selector)
            && link.get_attribute("href").as_deref() != Some(href)
        {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Removes everything this origin may have stored on the phone: local and session storage, Cache Storage
/// (a service worker's copies of the app), and service worker registrations.
pub async fn clear_device() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.clear();
    }
    clear_caches(&window).await;
    unregister_service_workers(&window).await;
}

async fn clear_caches(window: &Window) {
    // `caches` only exists in secure contexts.
    if !has(window, "caches") {
        return;
    }
    let Ok(caches) = window.caches() else { return };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in Array::from(&names).iter() {
        if let Some(name) = name.as_string() {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

async fn unregister_service_workers(window: &Window) {
    let navigator = window.navigator();
    if !has(&navigator, "serviceWorker") {
        return;
    }
    let container = navigator.service_worker();
    let Ok(registrations) = JsFuture::from(container.get_registrations()).await else {
        return;
    };
    for registration in Array::from(&registrations).iter() {
        if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>()
            && let Ok(promise) = registration.unregister()
        {
            let _ = JsFuture::from(promise).await;
        }
    }
}
