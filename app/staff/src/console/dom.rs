//! The page, for the console's keyboard work: focusing, telling a text field from the page, the clipboard, and
//! the text-message link.

use js_sys::{Function, Promise, Reflect};
use leptos::leptos_dom::helpers::request_animation_frame;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub(super) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Focuses the element with `id` once the view has caught up with the state.
pub(super) fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = element(&id) {
            let _ = el.focus();
        }
    });
}

/// Selects the text of the field an event came from, so what is typed next replaces it.
pub(super) fn select_text(target: Option<web_sys::EventTarget>) {
    if let Some(input) = target.and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.select();
    }
}

/// Scrolls the element with `id` into view within its list, as little as needed, once the view has caught up.
pub(super) fn reveal_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = element(&id) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

pub(super) fn hit_id(i: usize) -> String {
    format!("console-hit-{i}")
}

/// Whether keys typed at `target` are text (a field), not shortcuts. Read-only fields (the referral) are not.
pub(super) fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let readonly = el.has_attribute("readonly");
    match tag.as_str() {
        "textarea" => !readonly,
        "select" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !readonly && !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit")
        }
        _ => el.get_attribute("contenteditable").is_some_and(|v| v != "false"),
    }
}

/// `navigator.clipboard.writeText(text)`; false where the browser has no clipboard or refuses.
pub(super) async fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let promise = (|| {
        let clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return None;
        }
        let write: Function = Reflect::get(&clipboard, &JsValue::from_str("writeText"))
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<Promise>()
            .ok()
    })();
    match promise {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// `sms:?&body=…`: the phone's messaging app with the referral, recipient left for the operator to fill.
pub(super) fn sms_link(body: &str) -> String {
    format!("sms:?&body={}", String::from(js_sys::encode_uri_component(body)))
}
