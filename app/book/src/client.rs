//! What the booking screens make for the shared API client (`ruta_ui::api::booking`): the idempotency key, and
//! the codes as the person types them.

use wasm_bindgen::{JsCast, JsValue};

/// A fresh random key from the browser (`crypto.randomUUID`), for `Idempotency-Key`.
pub(crate) fn random_key() -> String {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).ok();
    let uuid = crypto.and_then(|crypto| {
        let make = js_sys::Reflect::get(&crypto, &JsValue::from_str("randomUUID")).ok()?;
        let make: js_sys::Function = make.dyn_into().ok()?;
        make.call0(&crypto).ok()?.as_string()
    });
    // Very old browsers: time and `Math.random` still make a retry of this very form recognisable.
    uuid.unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
}

/// Reference and secret as the person may type them: spaces trimmed, lower case accepted.
pub(crate) fn normalize_code(code: &str) -> String {
    code.trim().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_trimmed_and_upper_cased() {
        assert_eq!(normalize_code("  r-7k3q-9mxd \n"), "R-7K3Q-9MXD");
    }
}
