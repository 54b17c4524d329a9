//! Leaving fast and leaving no trace: the quick exit, "clear this device", and the one opt-in use of storage.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Window};

use crate::format::choose_exit_url;
use crate::lang::Lang;

/// The only thing the app ever stores, and only after the person ticks "Remember my language".
const LANG_KEY: &str = "ruta.lang";

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
