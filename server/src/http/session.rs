//! Who is asking: the signed-in account behind the session cookie, the client address for rate limits, and the
//! cross-site check on every request that changes something.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::session::{SessionTimes, token_hash};
use crate::auth::{Permission, User, UserStatus};
use crate::error::ApiError;
use crate::state::AppState;

/// The signed-in account of a request; rejects with 401 when there is none (no cookie, unknown, ended).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account.
    pub user: User,
    /// Its session's token hash (for logout).
    pub token_hash: String,
}

impl CurrentUser {
    /// 403 unless the account may do `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if self.user.may(permission) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("this account may not do this"))
        }
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_out = ApiError::Unauthorized("sign in first (no session, or it ended)");
        let token = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|cookies| state.cookies.token_in(cookies))
            .ok_or(signed_out)?;
        let hash = token_hash(token);
        let now = state.clock.now();
        let (user_id, times): (_, SessionTimes) = state
            .store
            .session(&hash)
            .await?
            .ok_or(ApiError::Unauthorized("sign in first (no session, or it ended)"))?;
        if !times.is_live(now) {
            return Err(ApiError::Unauthorized("the session ended; sign in again"));
        }
        let user = state
            .store
            .user_by_id(user_id)
            .await?
            .filter(|u| u.status == UserStatus::Active)
            .ok_or(ApiError::Unauthorized("sign in first (no session, or it ended)"))?;
        if times.needs_touch(now) {
            state.store.touch_session(&hash, now).await?;
        }
        Ok(Self {
            user,
            token_hash: hash,
        })
    }
}

impl axum::extract::OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        match <CurrentUser as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            Err(ApiError::Unauthorized(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// The client's address, for rate limits: the TCP peer, or the last `X-Forwarded-For` entry when configured.
/// `None` when unknown (then all such clients share one limit).
pub fn client_address(
    parts_headers: &axum::http::HeaderMap,
    extensions: &axum::http::Extensions,
    state: &AppState,
) -> Option<IpAddr> {
    if state.trust_forwarded_for
        && let Some(forwarded) = parts_headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    {
        return Some(forwarded);
    }
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
}

/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser says comes from another site:
/// `Sec-Fetch-Site` other than `same-origin`/`none`, or an `Origin` that is not this host. Requests with neither
/// header (curl, scripts) carry no browser cookies by accident, so they pass; SameSite=Strict backs this up.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let changes_something = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes_something && is_cross_site(request.headers()) {
        return ApiError::CrossOrigin.into_response();
    }
    next.run(request).await
}

fn is_cross_site(headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin = origin.to_str().unwrap_or("null");
    let authority = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .unwrap_or("");
    host.is_empty() || authority != host
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderMap, HeaderValue};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn only_same_site_browser_requests_and_non_browser_clients_pass() {
        assert!(!is_cross_site(&headers(&[])));
        assert!(!is_cross_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!is_cross_site(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080")
        ])));
        assert!(is_cross_site(&headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "https://evil.example")
        ])));
        assert!(is_cross_site(&headers(&[
            ("host", "ruta.org"),
            ("origin", "null")
        ])));
    }
}
