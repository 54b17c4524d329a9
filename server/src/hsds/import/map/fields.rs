//! Reading a field of a JSON row tolerantly: trimmed text (numbers and booleans as written), flags, UUIDs,
//! instants in several shapes, and the canonical text of a row's values.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

pub(super) type Obj = Map<String, Value>;

pub(super) fn list<'v>(v: &'v Obj, key: &str) -> &'v [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// A field as trimmed, non-empty text (numbers and booleans as written).
pub(super) fn raw(v: &Obj, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub(super) fn first_raw(v: &Obj, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| raw(v, k))
}

pub(super) fn flag(v: &Obj, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => {
            matches!(s.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "y")
        }
        Some(Value::Number(n)) => n.as_f64().is_some_and(|n| n != 0.0),
        _ => false,
    }
}

pub(super) fn uuid_of(v: &Obj, key: &str) -> Option<Uuid> {
    raw(v, key).and_then(|s| Uuid::parse_str(&s).ok())
}

/// An instant from RFC 3339, `YYYY-MM-DD HH:MM:SS` (UTC) or a date (midnight UTC).
pub(super) fn instant(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    // Whole seconds, as Ruta stores and exports them.
    let whole = |t: DateTime<Utc>| t.with_nanosecond(0).unwrap_or(t);
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(whole(t.with_timezone(&Utc)));
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S") {
        return Some(whole(t.and_utc()));
    }
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// The canonical text of a row's own values (meta keys, the id and nested lists left out), to derive ids from
/// content and to tell duplicates apart. Keys are sorted here, whatever order the JSON map keeps.
pub(super) fn content_key(v: &Obj) -> String {
    let mut pairs: Vec<(&String, String)> = v
        .iter()
        .filter(|(k, val)| {
            !k.starts_with("__")
                && k.as_str() != "id"
                && !val.is_array()
                && !val.is_object()
                && !val.is_null()
        })
        .map(|(k, val)| (k, val.to_string()))
        .collect();
    pairs.sort();
    pairs
        .into_iter()
        .map(|(k, val)| format!("{k}={val}"))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// Matches folded text against keywords: `word*` starts a word, `word` is a whole word, spaces join words.
pub(super) fn matches_any(folded: &str, keywords: &[&str]) -> bool {
    keywords.iter().any(|k| match k.strip_suffix('*') {
        Some(prefix) => folded.contains(&format!(" {prefix}")),
        None => folded.contains(&format!(" {k} ")),
    })
}

pub(super) fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Truncates to `max` characters.
pub(super) fn truncate(text: &str, max: usize) -> Option<String> {
    (text.chars().count() > max).then(|| text.chars().take(max).collect())
}

pub(super) fn obj_nonempty(v: &Obj, key: &str) -> bool {
    v.get(key)
        .and_then(Value::as_object)
        .is_some_and(|m| !m.is_empty())
}
