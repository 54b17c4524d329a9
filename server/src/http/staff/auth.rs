//! `/api/v1/auth/…`: sign in, sign out, and who am I.

use api_types::manage::{LoginInput, UserView};
use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::accounts::{self, view};
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ClientAddress, CurrentUser};
use crate::http::state::AppState;

/// Routes under `/api/v1/auth`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
}

/// Sign in with email and password; the answer sets the session cookie.
///
/// Limited per client address and per account. A wrong email and a wrong password get the same answer, as slowly.
#[utoipa::path(
    post,
    path = "/auth/login",
    tag = "accounts",
    operation_id = "login",
    request_body = LoginInput,
    responses(
        (status = 200, body = UserView, description = "Signed in.",
            headers(("Set-Cookie" = String, description = "The session cookie (`__Host-ruta_session`; `ruta_dev_session` on plain-http loopback)."))),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: the email or the password is not right (or the account is disabled)."),
        (status = 403, body = api_types::ErrorBody, description = "`account_pending`: the account waits for an administrator's approval; `registration_declined`: an administrator declined its organisation (`reason` gives their words); `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: the body is not a JSON sign-in; `field` names the part at fault."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many failed attempts from this address (an account's failures only slow it).",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, ApiError> {
    ApiError::limited(state.limits.login_by_address.check(&[b"login", &address]))?;
    let ApiJson(input) = ApiJson::<LoginInput>::from_request(request, &state).await?;
    let (user, token) = accounts::sign_in(
        &*state.store,
        &state.limits,
        &address,
        &input.email,
        &input.password,
        state.clock.now(),
    )
    .await?;
    let cookie = HeaderValue::from_str(&state.cookies.set(&token))
        .map_err(|e| ApiError::Internal(format!("cookie: {e}")))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(view(&user))).into_response())
}

/// Sign out: ends the session, if any, and clears the cookie. Answers 204 even without a session.
#[utoipa::path(
    post,
    path = "/auth/logout",
    tag = "accounts",
    operation_id = "logout",
    security((), ("session" = [])),
    responses(
        (status = 204, description = "Signed out.",
            headers(("Set-Cookie" = String, description = "Clears the session cookie."))),
        (status = 403, body = api_types::ErrorBody, description = "`cross_origin`: sent from another site."),
    )
)]
async fn logout(State(state): State<AppState>, user: Option<CurrentUser>) -> Result<Response, ApiError> {
    if let Some(user) = user {
        state
            .store
            .revoke_session(&user.token_hash, state.clock.now())
            .await?;
    }
    let clear = HeaderValue::from_str(&state.cookies.clear())
        .map_err(|e| ApiError::Internal(format!("cookie: {e}")))?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear)]).into_response())
}

/// The signed-in account.
#[utoipa::path(
    get,
    path = "/auth/me",
    tag = "accounts",
    operation_id = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = UserView),
    )
)]
async fn me(user: CurrentUser) -> Json<UserView> {
    Json(view(&user.user))
}
