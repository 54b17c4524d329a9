//! Numbers and dates, and names of languages and countries outside the CLDR table (`ruta-names`), from the
//! browser's own `Intl` data (nothing is downloaded). No messages here: `i18n` builds on this, never the other way.
//!
//! Everything goes through `Reflect` with errors caught: old Android browsers without `Intl.DisplayNames` get
//! the code instead of a broken page.

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::format::capitalize_first;
use crate::lang::Lang;

/// `new Intl.DisplayNames(locales, {type: kind}).of(code)`: the browser's name for a language (`kind`
/// `language`) or region (`region`), or `None` where it has none.
pub fn display_name(kind: &str, code: &str, lang: Lang) -> Option<String> {
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
    let args = Array::of2(&locales(lang), &options);
    let names = Reflect::construct(&constructor, &args).ok()?;
    let of: Function = Reflect::get(&names, &JsValue::from_str("of"))
        .ok()?
        .dyn_into()
        .ok()?;
    of.call1(&names, &JsValue::from_str(code)).ok()?.as_string()
}

/// The interface language's `Intl` locales, best first.
fn locales(lang: Lang) -> Array {
    lang.intl_locales()
        .iter()
        .map(|tag| JsValue::from_str(tag))
        .collect()
}

/// A country's name in the interface language (`HN` → "Honduras"): from the CLDR table every part of Ruta
/// shares (`ruta-names`), the same on every screen whatever the browser; the browser's name for a country
/// outside Latin America and the Caribbean, else the code.
pub fn country_name(iso2: &str, lang: Lang) -> String {
    if let Some(name) = ruta_names::country(iso2, lang.tag()) {
        return name.to_owned();
    }
    display_name("region", iso2, lang).unwrap_or_else(|| iso2.to_owned())
}

/// `new Intl.<constructor>(locales, options).format(value)`, or `None` where the browser lacks it or throws.
fn intl_format(
    constructor: &str,
    lang: Lang,
    options: &[(&str, JsValue)],
    value: &JsValue,
) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str(constructor))
        .ok()?
        .dyn_into()
        .ok()?;
    let object = Object::new();
    for (key, option) in options {
        Reflect::set(&object, &JsValue::from_str(key), option).ok()?;
    }
    let formatter = Reflect::construct(&constructor, &Array::of2(&locales(lang), &object)).ok()?;
    let format: Function = Reflect::get(&formatter, &JsValue::from_str("format"))
        .ok()?
        .dyn_into()
        .ok()?;
    format.call1(&formatter, value).ok()?.as_string()
}

/// A number written the interface language's way ("3.2" in English, "3,2" in Portuguese), with exactly
/// `decimals` decimals; digits and a dot if `Intl` fails.
pub fn number(value: f64, decimals: u32, lang: Lang) -> String {
    let digits = JsValue::from_f64(f64::from(decimals));
    let options = [
        ("maximumFractionDigits", digits.clone()),
        ("minimumFractionDigits", digits),
    ];
    intl_format("NumberFormat", lang, &options, &JsValue::from_f64(value))
        .unwrap_or_else(|| crate::format::fixed(value, decimals))
}

/// A date as people write it in the interface language ("29 de noviembre de 2026"), in the phone's time zone.
pub fn long_date(at: &DateTime<Utc>, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = [
        ("year", JsValue::from_str("numeric")),
        ("month", JsValue::from_str("long")),
        ("day", JsValue::from_str("numeric")),
    ];
    intl_format("DateTimeFormat", lang, &options, &date).unwrap_or_else(|| {
        use chrono::Datelike as _;
        format!("{}-{:02}-{:02}", at.year(), at.month(), at.day())
    })
}

/// A month as people write it in the interface language ("noviembre de 2026"), in the phone's time zone.
pub fn month_year(at: &DateTime<Utc>, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = [
        ("year", JsValue::from_str("numeric")),
        ("month", JsValue::from_str("long")),
    ];
    intl_format("DateTimeFormat", lang, &options, &date).unwrap_or_else(|| {
        use chrono::Datelike as _;
        format!("{}-{:02}", at.year(), at.month())
    })
}

/// The phone's time zone (`America/Lima`), as the browser knows it; `None` if it does not say.
pub fn time_zone() -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
        .ok()?
        .dyn_into()
        .ok()?;
    let formatter = Reflect::construct(&constructor, &Array::new()).ok()?;
    let resolved: Function = Reflect::get(&formatter, &JsValue::from_str("resolvedOptions"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = resolved.call0(&formatter).ok()?;
    Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
        .filter(|zone| zone.contains('/') || zone == "UTC")
}

/// An instant in the phone's time zone, with the given `Intl.DateTimeFormat` fields; `fallback` if `Intl` fails.
fn date_parts(at: &DateTime<Utc>, lang: Lang, fields: &[(&str, &str)], fallback: Fallback) -> String {
    let date = Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options: Vec<(&str, JsValue)> = fields.iter().map(|(k, v)| (*k, JsValue::from_str(v))).collect();
    intl_format("DateTimeFormat", lang, &options, &date).unwrap_or_else(|| {
        use chrono::{Datelike as _, Timelike as _};
        let day = format!("{}-{:02}-{:02}", at.year(), at.month(), at.day());
        let time = format!("{:02}:{:02} UTC", at.hour(), at.minute());
        match fallback {
            Fallback::Day => day,
            Fallback::Time => time,
            Fallback::Both => format!("{day} {time}"),
        }
    })
}

/// What to write when the browser has no `Intl`.
#[derive(Clone, Copy)]
enum Fallback {
    Day,
    Time,
    Both,
}

/// A day as a heading: "martes, 1 de diciembre", in the phone's time zone.
pub fn day_heading(at: &DateTime<Utc>, lang: Lang) -> String {
    capitalize_first(&date_parts(
        at,
        lang,
        &[("weekday", "long"), ("month", "long"), ("day", "numeric")],
        Fallback::Day,
    ))
}

/// A time of day: "10:00", "10:00 a. m.", in the phone's time zone.
pub fn time_of_day(at: &DateTime<Utc>, lang: Lang) -> String {
    date_parts(
        at,
        lang,
        &[("hour", "numeric"), ("minute", "2-digit")],
        Fallback::Time,
    )
}

/// Day and time together: "mar, 1 dic, 10:00", in the phone's time zone.
pub fn day_and_time(at: &DateTime<Utc>, lang: Lang) -> String {
    date_parts(
        at,
        lang,
        &[
            ("weekday", "short"),
            ("month", "short"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
        ],
        Fallback::Both,
    )
}
