//! What the booking screens send along with the shared API client: the secret's header, the idempotency key,
//! and a booking's URL.

use api_types::ErrorCode;
use ruta_ui::api::ApiFailure;
use wasm_bindgen::{JsCast, JsValue};

/// The header that carries a booking's secret (never the URL, so no log or history holds it).
pub(crate) const SECRET_HEADER: &str = "X-Booking-Secret";

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

/// Decodes an answer the API gave as JSON.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(value: JsValue) -> Result<T, ApiFailure> {
    serde_wasm_bindgen::from_value(value).map_err(|_| ApiFailure::code(ErrorCode::Internal))
}

/// Reference and secret as the person may type them: spaces trimmed, lower case accepted.
pub(crate) fn normalize_code(code: &str) -> String {
    code.trim().to_uppercase()
}

pub(crate) fn appointment_url(reference: &str) -> String {
    let reference: String = form_urlencoded::byte_serialize(reference.as_bytes()).collect();
    format!("/api/v1/appointments/{reference}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_trimmed_and_upper_cased() {
        assert_eq!(normalize_code("  r-7k3q-9mxd \n"), "R-7K3Q-9MXD");
    }

    #[test]
    fn a_reference_is_escaped_in_the_path() {
        assert_eq!(appointment_url("R-7K3Q-9MXD"), "/api/v1/appointments/R-7K3Q-9MXD");
        assert_eq!(appointment_url("a/b"), "/api/v1/appointments/a%2Fb");
    }
}
