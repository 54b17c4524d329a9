//! Sign-in, sign-out, who am I, and an NGO's request to join.

use api_types::manage::{LoginInput, RegistrationInput, UserView};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use uuid::Uuid;

use super::body::JsonBody;
use super::session::{CurrentUser, client_address};
use crate::auth::limit::address_key;
use crate::auth::{Role, User, UserStatus, normalize_email, password, session};
use crate::domain::{AuditEntry, Organization};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::StoreError;

/// Routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
        .route("/auth/me", get(me))
        .route("/organizations/register", post(register))
}

/// An account as its owner and admins see it.
pub fn view(user: &User) -> UserView {
    UserView {
        id: user.id,
        email: user.email.clone(),
        role: user.role.as_str().to_owned(),
        organization_id: user.organization_id,
        status: user.status.as_str().to_owned(),
    }
}

fn limited(result: Result<(), std::time::Duration>) -> Result<(), ApiError> {
    result.map_err(|wait| ApiError::RateLimited(wait.as_secs().max(1)))
}

/// The address-limit key of a request.
pub(crate) fn address_of(request_parts: &axum::http::request::Parts, state: &AppState) -> Vec<u8> {
    client_address(&request_parts.headers, &request_parts.extensions, state)
        .map(address_key)
        .unwrap_or_default()
}

/// Sign in with email and password; the answer sets the session cookie.
///
/// Limited per client address and per account. A wrong email and a wrong password get the same answer, as slowly.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    tag = "accounts",
    operation_id = "login",
    request_body = LoginInput,
    responses(
        (status = 200, body = UserView, description = "Signed in.",
            headers(("Set-Cookie" = String, description = "The session cookie (`__Host-ruta_session`; `ruta_dev_session` on plain-http loopback)."))),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: the email or the password is not right (or the account is disabled)."),
        (status = 403, body = api_types::ErrorBody, description = "`account_pending`: the account waits for an administrator's approval; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: the body is not a JSON sign-in; `field` names the part at fault."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many attempts from this address or for this account.",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn login(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let (parts, body) = request.into_parts();
    let address = address_of(&parts, &state);
    limited(state.limits.login_by_address.check(&[b"login", &address]))?;
    let JsonBody(input) = JsonBody::<LoginInput>::from_request_parts_body(parts, body, &state).await?;
    let wrong = ApiError::Unauthorized("the email or the password is not right");
    let Some(email) = normalize_email(&input.email) else {
        password::verify(&input.password, password::dummy_hash());
        return Err(wrong);
    };
    limited(
        state
            .limits
            .login_by_email
            .check(&[b"login-email", email.as_bytes()]),
    )?;
    let found = state.store.user_by_email(&email).await?;
    let Some((user, hash)) = found else {
        // As slow as a wrong password, so the answer time does not tell which emails have accounts.
        password::verify(&input.password, password::dummy_hash());
        return Err(wrong);
    };
    if !password::verify(&input.password, &hash) || user.status == UserStatus::Disabled {
        return Err(wrong);
    }
    if user.status == UserStatus::Pending {
        return Err(ApiError::AccountPending);
    }
    let token = session::new_token().map_err(|e| ApiError::Internal(format!("token: {e}")))?;
    let now = state.clock.now();
    state
        .store
        .insert_session(&session::token_hash(&token), user.id, now)
        .await?;
    let cookie = HeaderValue::from_str(&state.cookies.set(&token))
        .map_err(|e| ApiError::Internal(format!("cookie: {e}")))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(view(&user))).into_response())
}

/// Sign out: ends the session, if any, and clears the cookie. Answers 204 even without a session.
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout",
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
    path = "/api/v1/auth/me",
    tag = "accounts",
    operation_id = "me",
    security(("session" = [])),
    responses(
        (status = 200, body = UserView),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
    )
)]
async fn me(user: CurrentUser) -> Json<UserView> {
    Json(view(&user.user))
}

/// An NGO asks to join: its organisation and first editor are created pending; an admin approves both.
///
/// Limited per client address. The editor can sign in once an administrator approves the organisation.
#[utoipa::path(
    post,
    path = "/api/v1/organizations/register",
    tag = "accounts",
    operation_id = "register_organization",
    request_body = RegistrationInput,
    responses(
        (status = 202, body = super::openapi::RegistrationAccepted, description = "Received; waits for approval."),
        (status = 403, body = api_types::ErrorBody, description = "`cross_origin`: sent from another site."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: an account has this email (`field` is `email`)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `organization_name` (1 to 200 characters), `email`, `password` (the password policy) or `website` (http/https) is wrong, or the body is not JSON of this shape; `field` names it."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many requests from this address.",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn register(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let (parts, body) = request.into_parts();
    let address = address_of(&parts, &state);
    limited(state.limits.login_by_address.check(&[b"register", &address]))?;
    let JsonBody(input) = JsonBody::<RegistrationInput>::from_request_parts_body(parts, body, &state).await?;
    let name = input.organization_name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ApiError::field(
            "organization_name",
            "give the organisation's name (at most 200 characters)",
        ));
    }
    let email =
        normalize_email(&input.email).ok_or_else(|| ApiError::field("email", "not an email address"))?;
    password::check_policy(&input.password, &email)
        .map_err(|e| ApiError::field("password", e.to_string()))?;
    let website = input.website.as_deref().map(str::trim).filter(|w| !w.is_empty());
    if let Some(w) = website
        && !(w.starts_with("https://") || w.starts_with("http://"))
    {
        return Err(ApiError::field("website", "a web address starting with https://"));
    }
    let now = state.clock.now();
    let organization = Organization {
        id: Uuid::new_v4(),
        name: name.to_owned(),
        descriptions: Default::default(),
        website: website.map(str::to_owned),
        email: None,
        verified_at: None,
        demo: false,
    };
    let user = User {
        id: Uuid::new_v4(),
        email: email.clone(),
        role: Role::NgoEditor,
        organization_id: Some(organization.id),
        status: UserStatus::Pending,
        created_at: now,
    };
    let hash = password::hash(&input.password).map_err(|e| ApiError::Internal(e.to_string()))?;
    let audit = [
        AuditEntry {
            at: now,
            user_id: None,
            actor: email.clone(),
            organization_id: Some(organization.id),
            entity: "organization",
            entity_id: organization.id,
            action: "register",
            before: None,
            after: Some(serde_json::json!({ "name": organization.name, "website": organization.website })),
        },
        AuditEntry {
            at: now,
            user_id: Some(user.id),
            actor: email.clone(),
            organization_id: Some(organization.id),
            entity: "user",
            entity_id: user.id,
            action: "create",
            before: None,
            after: Some(serde_json::json!({ "email": email, "role": "ngo_editor", "status": "pending" })),
        },
    ];
    match state
        .store
        .insert_user(&user, &hash, Some(&organization), &audit)
        .await
    {
        Err(StoreError::Conflict(field)) => return Err(ApiError::Conflict { field }),
        other => other?,
    }
    state.directory_mut().upsert_organization(organization.clone());
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({
            "organization_id": organization.id,
            "user": view(&user),
            "next": "an administrator will review the organisation; you can sign in once it is approved"
        })),
    )
        .into_response())
}
