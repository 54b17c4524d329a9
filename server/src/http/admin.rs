//! Admins: accounts, approvals, revocations. Anonymous: report a problem with a listing.

use api_types::manage::{NewUserInput, ReportInput, UserView};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use uuid::Uuid;

use super::auth::{address_of, view};
use super::body::JsonBody;
use super::session::CurrentUser;
use crate::auth::{Permission, Role, User, UserStatus, normalize_email, password};
use crate::domain::{AuditEntry, ProblemReport};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::StoreError;

/// Routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(users).post(create_user))
        .route("/admin/users/{id}/disable", post(disable))
        .route("/admin/users/{id}/activate", post(activate))
        .route("/admin/users/{id}/revoke_sessions", post(revoke_sessions))
        .route("/admin/organizations/pending", get(pending))
        .route("/admin/organizations/{id}/approve", post(approve))
        .route("/services/{id}/reports", post(report))
}

fn parse_id(id: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id).map_err(|_| ApiError::invalid("id", "an id is a UUID"))
}

/// Every account.
#[utoipa::path(
    get,
    path = "/api/v1/admin/users",
    tag = "admin",
    operation_id = "admin_list_users",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<UserView>),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator."),
    )
)]
async fn users(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Vec<UserView>>, ApiError> {
    user.require(Permission::Administer)?;
    Ok(Json(state.store.users().await?.iter().map(view).collect()))
}

/// Checks and creates an account (the admin endpoint and `ruta users add` share it).
pub async fn add_user(
    state: &AppState,
    input: &NewUserInput,
    actor: (Option<Uuid>, String),
) -> Result<User, ApiError> {
    let email =
        normalize_email(&input.email).ok_or_else(|| ApiError::field("email", "not an email address"))?;
    let role: Role = input
        .role
        .parse()
        .map_err(|e: crate::auth::UnknownRole| ApiError::field("role", e.to_string()))?;
    match (role.needs_organization(), input.organization_id) {
        (true, None) => {
            return Err(ApiError::field(
                "organization_id",
                "editors and counsellors belong to an organisation",
            ));
        }
        (false, Some(_)) => {
            return Err(ApiError::field(
                "organization_id",
                "only editors and counsellors belong to an organisation",
            ));
        }
        (true, Some(org)) if state.directory().organization(&org).is_none() => {
            return Err(ApiError::field("organization_id", "no such organisation"));
        }
        _ => {}
    }
    password::check_policy(&input.password, &email)
        .map_err(|e| ApiError::field("password", e.to_string()))?;
    let now = state.clock.now();
    let user = User {
        id: Uuid::new_v4(),
        email: email.clone(),
        role,
        organization_id: input.organization_id,
        status: UserStatus::Active,
        created_at: now,
    };
    let hash = password::hash(&input.password).map_err(|e| ApiError::Internal(e.to_string()))?;
    let audit = AuditEntry {
        at: now,
        user_id: actor.0,
        actor: actor.1,
        organization_id: input.organization_id,
        entity: "user",
        entity_id: user.id,
        action: "create",
        before: None,
        after: Some(serde_json::to_value(view(&user)).unwrap_or_default()),
    };
    match state
        .store
        .insert_user(&user, &hash, None, std::slice::from_ref(&audit))
        .await
    {
        Err(StoreError::Conflict(field)) => Err(ApiError::Conflict { field }),
        Err(e) => Err(e.into()),
        Ok(()) => Ok(user),
    }
}

/// Create an account, active at once.
#[utoipa::path(
    post,
    path = "/api/v1/admin/users",
    tag = "admin",
    operation_id = "admin_create_user",
    security(("session" = [])),
    request_body = NewUserInput,
    responses(
        (status = 201, body = UserView, description = "Created."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: an account has this email (`field` is `email`)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `email`, `role` (`admin`, `ngo_editor`, `operator`, `counsellor`), `organization_id` (required for editors and counsellors only, and must exist) or `password` (the password policy) is wrong, or the body is not JSON of this shape; `field` names it."),
    )
)]
async fn create_user(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(input): JsonBody<NewUserInput>,
) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    let created = add_user(&state, &input, (Some(user.user.id), user.user.email.clone())).await?;
    Ok((StatusCode::CREATED, Json(view(&created))).into_response())
}

async fn set_status(
    state: &AppState,
    admin: &CurrentUser,
    id: &str,
    status: UserStatus,
    action: &'static str,
) -> Result<Json<UserView>, ApiError> {
    admin.require(Permission::Administer)?;
    let id = parse_id(id)?;
    let before = state.store.user_by_id(id).await?.ok_or(ApiError::NotFound {
        what: "user",
        field: "id",
    })?;
    if before.id == admin.user.id && status != UserStatus::Active {
        return Err(ApiError::field("id", "an admin cannot disable their own account"));
    }
    let now = state.clock.now();
    let mut after = before.clone();
    after.status = status;
    let audit = AuditEntry {
        at: now,
        user_id: Some(admin.user.id),
        actor: admin.user.email.clone(),
        organization_id: before.organization_id,
        entity: "user",
        entity_id: id,
        action,
        before: Some(serde_json::to_value(view(&before)).unwrap_or_default()),
        after: Some(serde_json::to_value(view(&after)).unwrap_or_default()),
    };
    state.store.set_user_status(id, status, now, &audit).await?;
    Ok(Json(view(&after)))
}

/// Disable an account: it can no longer sign in, and its sessions stop working.
#[utoipa::path(
    post,
    path = "/api/v1/admin/users/{id}/disable",
    tag = "admin",
    operation_id = "admin_disable_user",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    responses(
        (status = 200, body = UserView, description = "Disabled."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field` (`field` is `id`): an admin cannot disable their own account."),
    )
)]
async fn disable(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<UserView>, ApiError> {
    set_status(&state, &user, &id, UserStatus::Disabled, "disable").await
}

/// Activate an account (a pending or disabled one).
#[utoipa::path(
    post,
    path = "/api/v1/admin/users/{id}/activate",
    tag = "admin",
    operation_id = "admin_activate_user",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    responses(
        (status = 200, body = UserView, description = "Active."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
    )
)]
async fn activate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<UserView>, ApiError> {
    set_status(&state, &user, &id, UserStatus::Active, "activate").await
}

/// End every session of an account (signs it out everywhere).
#[utoipa::path(
    post,
    path = "/api/v1/admin/users/{id}/revoke_sessions",
    tag = "admin",
    operation_id = "admin_revoke_sessions",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    responses(
        (status = 200, body = super::openapi::SessionsRevoked, description = "How many sessions were ended."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
    )
)]
async fn revoke_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    user.require(Permission::Administer)?;
    let id = parse_id(&id)?;
    state.store.user_by_id(id).await?.ok_or(ApiError::NotFound {
        what: "user",
        field: "id",
    })?;
    let revoked = state.store.revoke_user_sessions(id, state.clock.now()).await?;
    Ok(Json(serde_json::json!({ "revoked": revoked })))
}

/// Organisations that asked to join and wait for approval.
#[utoipa::path(
    get,
    path = "/api/v1/admin/organizations/pending",
    tag = "admin",
    operation_id = "admin_pending_organizations",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<super::openapi::PendingOrganization>),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator."),
    )
)]
async fn pending(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<serde_json::Value>>, ApiError> {
    user.require(Permission::Administer)?;
    let ids = state.store.pending_organizations().await?;
    let directory = state.directory();
    Ok(Json(
        ids.iter()
            .filter_map(|id| directory.organization(id))
            .map(|o| serde_json::json!({ "id": o.id, "name": o.name, "website": o.website }))
            .collect(),
    ))
}

/// Approve an organisation: it is verified, and its pending accounts become active.
#[utoipa::path(
    post,
    path = "/api/v1/admin/organizations/{id}/approve",
    tag = "admin",
    operation_id = "admin_approve_organization",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Organisation id.")),
    responses(
        (status = 204, description = "Approved."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such organisation."),
    )
)]
async fn approve(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    user.require(Permission::Administer)?;
    let id = parse_id(&id)?;
    let now = state.clock.now();
    let audit = [AuditEntry {
        at: now,
        user_id: Some(user.user.id),
        actor: user.user.email.clone(),
        organization_id: Some(id),
        entity: "organization",
        entity_id: id,
        action: "approve",
        before: None,
        after: Some(serde_json::json!({ "approved": true })),
    }];
    if !state.store.approve_organization(id, now, &audit).await? {
        return Err(ApiError::NotFound {
            what: "organization",
            field: "id",
        });
    }
    let approved = state.directory().organization(&id).map(|o| {
        let mut o = (**o).clone();
        o.verified_at = Some(now);
        o
    });
    if let Some(org) = approved {
        state.directory_mut().upsert_organization(org);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// "This listing is wrong": a reason from a fixed list, nothing about who sends it; limited per address.
///
/// No sign-in needed. The report goes to the inbox of the service's organisation.
#[utoipa::path(
    post,
    path = "/api/v1/services/{id}/reports",
    tag = "reports",
    operation_id = "report_service",
    params(("id" = Uuid, Path, description = "Service id.")),
    request_body = ReportInput,
    responses(
        (status = 202, body = super::openapi::ReportReceived, description = "Received."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 403, body = api_types::ErrorBody, description = "`cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such listed service."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `reason` is missing or not one of the fixed list, or the body is not JSON of this shape."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many reports from this address.",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn report(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let (parts, body) = request.into_parts();
    let address = address_of(&parts, &state);
    state
        .limits
        .reports_by_address
        .check(&[b"report", &address])
        .map_err(|wait| ApiError::RateLimited(wait.as_secs().max(1)))?;
    let JsonBody(input) = JsonBody::<ReportInput>::from_request_parts_body(parts, body, &state).await?;
    let organization_id = state
        .directory()
        .get(&id)
        .filter(|e| e.service.is_listed())
        .map(|e| e.service.organization_id)
        .ok_or(ApiError::NotFound {
            what: "service",
            field: "id",
        })?;
    let report = ProblemReport {
        id: Uuid::new_v4(),
        service_id: id,
        organization_id,
        reason: input.reason,
        created_at: state.clock.now(),
        resolved_at: None,
    };
    state.store.insert_report(&report).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({ "received": true })),
    )
        .into_response())
}
