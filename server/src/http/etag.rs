//! Conditional requests (RFC 9110 §13): an editable record is answered with `ETag: "…"`, and a change of it sends
//! that tag back in `If-Match`. The handlers say which changes require it (a `PUT` of a whole record: 428
//! `precondition_required` without it) and which honour it when sent (the one-tap `POST`s); the application
//! services compare it with the stored record in the same lock or transaction as the write (412
//! `precondition_failed` when someone else changed the record meanwhile).

use axum::extract::FromRequestParts;
use axum::http::header::{ETAG, IF_MATCH};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::domain::{ETag, Precondition};
use crate::http::error::ApiError;

/// The header a client sends its entity tag back in, as error answers name it.
pub const IF_MATCH_FIELD: &str = "If-Match";

/// An answer with the record's entity tag in its `ETag` header.
#[derive(Debug)]
pub struct Tagged<T>(pub ETag, pub T);

impl<T: IntoResponse> IntoResponse for Tagged<T> {
    fn into_response(self) -> Response {
        let mut response = self.1.into_response();
        // A tag is URL-safe base64, always a valid header value.
        if let Ok(value) = HeaderValue::from_str(&format!("\"{}\"", self.0)) {
            response.headers_mut().insert(ETAG, value);
        }
        response
    }
}

/// The request's `If-Match` header, read but not yet judged: a handler first checks who may do what (a 401, 403
/// or 404 comes before a precondition), then asks for it with [`IfMatch::required`] or [`IfMatch::optional`].
#[derive(Debug)]
pub struct IfMatch(Option<Result<Precondition, String>>);

impl IfMatch {
    /// The precondition, which this change requires: 428 `precondition_required` without one, 400 when the
    /// header cannot be read.
    pub fn required(self) -> Result<Precondition, ApiError> {
        self.optional()?.ok_or(ApiError::PreconditionRequired)
    }

    /// The precondition when one was sent; 400 when the header cannot be read.
    pub fn optional(self) -> Result<Option<Precondition>, ApiError> {
        self.0
            .transpose()
            .map_err(|problem| ApiError::invalid(IF_MATCH_FIELD, problem))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(read_if_match(&parts.headers)))
    }
}

/// `If-Match = "*" / #entity-tag`, over every `If-Match` line. Weak tags (`W/"…"`) are read and left out: a
/// change compares strongly, so they never match.
fn read_if_match(headers: &HeaderMap) -> Option<Result<Precondition, String>> {
    let lines: Vec<&HeaderValue> = headers.get_all(IF_MATCH).iter().collect();
    if lines.is_empty() {
        return None;
    }
    let mut tags = Vec::new();
    for line in lines {
        let Ok(text) = line.to_str() else {
            return Some(Err(not_a_tag()));
        };
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            if item == "*" {
                return Some(Ok(Precondition::Any));
            }
            let (weak, quoted) = match item.strip_prefix("W/") {
                Some(rest) => (true, rest),
                None => (false, item),
            };
            let Some(inner) = quoted
                .strip_prefix('"')
                .and_then(|q| q.strip_suffix('"'))
                .filter(|inner| inner.bytes().all(|b| b == 0x21 || (0x23..=0x7e).contains(&b)))
            else {
                return Some(Err(not_a_tag()));
            };
            if !weak {
                tags.push(ETag::from_sent(inner));
            }
        }
    }
    Some(Ok(Precondition::OneOf(tags)))
}

fn not_a_tag() -> String {
    "send the ETag of the record as it was read, in quotes (\"…\"), or *".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(values: &[&str]) -> Option<Result<Precondition, String>> {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(IF_MATCH, HeaderValue::from_str(v).unwrap());
        }
        read_if_match(&headers)
    }

    #[test]
    fn if_match_reads_lists_star_and_weak_tags() {
        assert_eq!(read(&[]), None);
        assert_eq!(read(&["*"]), Some(Ok(Precondition::Any)));
        assert_eq!(
            read(&["\"a\", W/\"b\"", "\"c\""]),
            Some(Ok(Precondition::OneOf(vec![
                ETag::from_sent("a"),
                ETag::from_sent("c")
            ])))
        );
        assert_eq!(read(&["W/\"b\""]), Some(Ok(Precondition::OneOf(vec![]))));
    }

    #[test]
    fn an_unquoted_tag_is_refused_not_ignored() {
        assert!(matches!(read(&["abc"]), Some(Err(_))));
        assert!(matches!(read(&["\"a b\""]), Some(Err(_))));
        assert!(matches!(read(&["\"abc"]), Some(Err(_))));
    }
}
