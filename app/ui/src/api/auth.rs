//! Staff sign-in: the session is a cookie the browser keeps; nothing here stores it.

use api_types::manage::{LoginInput, UserView};

use super::{ApiFailure, get_json, json_body, send};

/// `GET /api/v1/auth/me`: the signed-in account (`unauthorized` when there is none).
#[inline]
pub fn me() -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    get_json("/api/v1/auth/me".to_owned(), None)
}

/// `POST /api/v1/auth/login`: signs in.
#[inline]
pub fn login(input: &LoginInput) -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    send("POST", "/api/v1/auth/login".to_owned(), json_body(input))
}

/// `POST /api/v1/auth/logout`: ends the session.
#[inline]
pub fn logout() -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    send("POST", "/api/v1/auth/logout".to_owned(), None)
}
