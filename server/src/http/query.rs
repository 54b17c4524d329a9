//! Query strings, taken raw so that every parameter is checked by our own code and every error names it.

use std::borrow::Cow;

use api_types::LanguageCode;
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;

use crate::error::ApiError;

/// The years a date given to the API may fall in. Anything else is a mistake (or a probe): refusing it early also
/// keeps date arithmetic far from chrono's limits, which it would panic at.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The query string's decoded pairs, in order, repeated keys kept.
#[derive(Debug, Default)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// Iterates the pairs as borrowed strings.
    pub fn iter(&self) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
        self.0
            .iter()
            .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Pairs {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or("");
        Ok(Pairs(
            form_urlencoded::parse(raw.as_bytes()).into_owned().collect(),
        ))
    }
}

/// The reader's language: `lang` if given, otherwise the first usable tag of `Accept-Language`.
pub fn reader_language(explicit: Option<LanguageCode>, headers: &HeaderMap) -> Option<LanguageCode> {
    explicit.or_else(|| {
        let header = headers.get(axum::http::header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        header
            .split(',')
            .find_map(|part| LanguageCode::parse(part.split(';').next().unwrap_or("")).ok())
    })
}

/// Refuses any parameter not in `allowed`, by name.
pub fn only(pairs: &Pairs, allowed: &[&str]) -> Result<(), ApiError> {
    match pairs.0.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(ApiError::invalid(
            k.chars().take(40).collect::<String>(),
            "unknown parameter",
        )),
        None => Ok(()),
    }
}

/// The one value of a parameter that may appear once.
pub fn single<'a>(pairs: &'a Pairs, key: &str) -> Result<Option<&'a str>, ApiError> {
    let mut values = pairs.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let first = values.next();
    if values.next().is_some() {
        return Err(ApiError::invalid(key, "given more than once"));
    }
    Ok(first)
}

/// The optional `lang` parameter.
pub fn lang_param(pairs: &Pairs) -> Result<Option<LanguageCode>, ApiError> {
    single(pairs, "lang")?
        .map(|v| LanguageCode::parse(v).map_err(|e| ApiError::invalid("lang", e.to_string())))
        .transpose()
}
