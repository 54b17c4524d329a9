//! Names of languages and countries and dates, from the browser's own `Intl` data (nothing is downloaded).
//!
//! Everything goes through `Reflect` with errors caught: old Android browsers without `Intl.DisplayNames` get
//! the code instead of a broken page.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::format::capitalize_first;
use crate::i18n::Lang;

fn display_name(kind: &str, code: &str, lang: Lang) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &JsValue::from_str("type"), &JsValue::from_str(kind)).ok()?;
    Reflect::set(
        &options,
        &JsValue::from_str("fallback"),
        &JsValue::from_str("none"),
    )
    .ok()?;
    let args = Array::of2(&Array::of1(&JsValue::from_str(lang.tag())), &options);
    let names = Reflect::construct(&constructor, &args).ok()?;
    let of: Function = Reflect::get(&names, &JsValue::from_str("of"))
        .ok()?
        .dyn_into()
        .ok()?;
    of.call1(&names, &JsValue::from_str(code)).ok()?.as_string()
}

/// A language's name in the interface language (`qu` → "Quechua"), or the code when the browser does not know it.
pub fn language_name(code: &str, lang: Lang) -> String {
    display_name("language", code, lang)
        .map(|name| capitalize_first(&name))
        .unwrap_or_else(|| code.to_owned())
}

/// A country's name in the interface language (`HN` → "Honduras"), or the code.
pub fn country_name(iso2: &str, lang: Lang) -> String {
    display_name("region", iso2, lang).unwrap_or_else(|| iso2.to_owned())
}

/// A date as people write it in the interface language ("29 de noviembre de 2026"), in the phone's time zone.
pub fn long_date(at: &DateTime<Utc>, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    String::from(date.to_locale_date_string(lang.tag(), &options))
}
