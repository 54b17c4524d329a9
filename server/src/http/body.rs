//! JSON request bodies: a bad one is a 422 naming the field at fault (`phones[0].number`), never a bare 400.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Largest JSON body accepted.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// A JSON body of type `T`.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> JsonBody<T> {
    /// Reads the body of a request whose parts a handler looked at first (a rate limit on the client address, a
    /// header), with the same 422 answers as the extractor.
    pub async fn from_request_parts_body<S: Send + Sync>(
        parts: axum::http::request::Parts,
        body: axum::body::Body,
        state: &S,
    ) -> Result<Self, ApiError> {
        Self::from_request(Request::from_parts(parts, body), state).await
    }
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(ApiError::field(
                "body",
                "send JSON with Content-Type: application/json",
            ));
        }
        let bytes = Bytes::from_request(request, state).await.map_err(|_| {
            ApiError::field("body", format!("the body must be at most {MAX_BODY_BYTES} bytes"))
        })?;
        let deserializer = &mut serde_json::Deserializer::from_slice(&bytes);
        serde_path_to_error::deserialize(deserializer)
            .map(JsonBody)
            .map_err(|e| {
                let path = e.path().to_string();
                let field = if path == "." || path.is_empty() {
                    "body".to_owned()
                } else {
                    path
                };
                let message = e.inner().to_string();
                // serde's message may end with " at line 1 column 40": position is noise for a person.
                let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
                ApiError::field(field, message)
            })
    }
}
