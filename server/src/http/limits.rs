//! The size of a request's head that Ruta accepts, refused in the API's error shape (`payload_too_large`, with
//! `field` naming what was too large): an address (path and query) over [`MAX_URI_BYTES`] is a 414 (`uri`); a
//! header section over [`MAX_HEADER_BYTES`] or with more than [`MAX_HEADERS`] headers is a 431 (`headers`), in the
//! language asked for like every error (`http::language::localize_errors` wraps this layer). A JSON
//! body's limit is `extract::MAX_BODY_BYTES` (413, `body`).
//!
//! hyper refuses larger heads itself before any of this runs (addresses over 64 KiB, more than 100 headers, a
//! head over its ~400 KiB read buffer); `http::parse_errors` gives those answers the same shape, in English.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::http::error::{ApiError, Oversized};

/// Longest address accepted: path and query, in bytes.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// Largest header section accepted: every `name: value` line, in bytes.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Most headers accepted (hyper's own limit is 100).
pub const MAX_HEADERS: usize = 64;

/// Middleware: refuses a request whose address or headers go over the limits.
pub async fn refuse_oversized_heads(request: Request, next: Next) -> Response {
    let uri_bytes = request.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return ApiError::TooLarge {
            part: Oversized::Uri,
            message: format!("the address (path and query) must be at most {MAX_URI_BYTES} bytes"),
        }
        .into_response();
    }
    let headers = request.headers();
    // Each line is `name: value` and its line end.
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if headers.len() > MAX_HEADERS || header_bytes > MAX_HEADER_BYTES {
        return ApiError::TooLarge {
            part: Oversized::Headers,
            message: format!("the headers must be at most {MAX_HEADERS} and {MAX_HEADER_BYTES} bytes in all"),
        }
        .into_response();
    }
    next.run(request).await
}
