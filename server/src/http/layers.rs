//! What every response goes through: the head's size limits, errors in the JSON shape, security headers,
//! compression, and a request log that records the route template and status only — never the client's address,
//! the query string, coordinates or search words.

use axum::Router;
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};
use tracing::Level;

/// No third-party origin anywhere: scripts, styles, images, fonts and connections come from this server only.
/// `wasm-unsafe-eval` lets the browser compile the app's own WebAssembly. One inline script and one inline style
/// are allowed, each named by its hash, both in `app/survivor/index.html`: the script shows the neutral name and
/// icon before the first paint for the person who asked for them, the style dresses the first paint (the quick
/// exit and the emergency sentence). Tests keep each hash and its block together.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval' 'sha256-q+3OaBPFoSqpI1mwNYdPY0BlC5xU819rR2hUbyomCfE='; \
     style-src 'self' 'sha256-m2jqvMNIrLUOktaBXrRSTKWjTt3nKAF8CiC3jf6yD4M='; img-src 'self' data:; font-src 'self'; \
     connect-src 'self'; manifest-src 'self'; \
     worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "permissions-policy",
        "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    ),
];

async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    // Nothing a survivor looked at should stay in a shared phone's cache unless a handler says it may.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn span_for(request: &Request) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or("unmatched");
    // Debug level, like the per-request line: at the default `info` the span is never built.
    tracing::debug_span!("request", method = %request.method(), route = %route)
}

/// Adds the layers to a router.
pub fn apply(router: Router) -> Router {
    router
        // Outside `/api/v1` too (HSDS, the app's files): an axum 405 or a layer's empty error gets the JSON shape.
        .layer(middleware::from_fn(crate::http::error::json_errors))
        .layer(middleware::from_fn(crate::http::limits::refuse_oversized_heads))
        // Every error answer in the language asked for: the API's, HSDS's, and the limits' just above.
        .layer(middleware::from_fn(crate::http::language::localize_errors))
        .layer(middleware::from_fn(security_headers))
        // Fastest levels: on a phone's slow link most of the gain comes from the first level, and the server keeps
        // its throughput (see the README's benchmark figures).
        // gzip only: brotli's fastest level costs 40% more CPU here for the same size on these answers.
        .layer(CompressionLayer::new().no_br().quality(CompressionLevel::Fastest))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(span_for)
                .on_request(())
                // One line per request only at debug level: a busy hotline day should not fill disks, and even
                // route and status say something about who is searching.
                .on_response(DefaultOnResponse::new().level(Level::DEBUG))
                .on_failure(DefaultOnFailure::new().level(Level::WARN)),
        )
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use sha2::Digest as _;

    use super::CONTENT_SECURITY_POLICY;

    /// Every inline script of the survivor app's page is allowed by its hash, and nothing else inline is.
    #[test]
    fn the_policy_names_the_hash_of_each_inline_script_of_the_page() {
        let page =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../app/survivor/index.html"))
                .unwrap_or_default();
        let mut rest = page.as_str();
        let mut hashes = Vec::new();
        while let Some(start) = rest.find("<script>") {
            let body = &rest[start + "<script>".len()..];
            let end = body.find("</script>").unwrap_or(body.len());
            let digest = sha2::Sha256::digest(&body.as_bytes()[..end]);
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
            rest = &body[end..];
        }
        assert_eq!(hashes.len(), 1, "one inline script in index.html");
        for hash in &hashes {
            assert!(
                CONTENT_SECURITY_POLICY.contains(hash.as_str()),
                "the policy lacks {hash}: update CONTENT_SECURITY_POLICY with the script"
            );
        }
        let script_src = CONTENT_SECURITY_POLICY
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap_or_default();
        assert_eq!(
            script_src.matches("'sha256-").count(),
            hashes.len(),
            "{script_src}"
        );
        for hash in &hashes {
            assert!(script_src.contains(hash.as_str()), "{script_src}");
        }
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    }
}
