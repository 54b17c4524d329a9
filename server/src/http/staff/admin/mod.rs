//! `/api/v1/admin/…`: administrators create, disable and activate accounts, end their sessions, and approve
//! organisations; and correct a country's life lines (`lifelines`).

mod lifelines;

use api_types::AuditAction;
use api_types::manage::{NewUserInput, PendingOrganization, SessionsRevoked, UserView};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::accounts::{self, actor, view};
use crate::auth::{Permission, UserStatus};
use crate::domain::AuditEntry;
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, CurrentUser};
use crate::http::state::AppState;

/// Routes under `/api/v1/admin`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(users, create_user))
        .routes(routes!(disable))
        .routes(routes!(activate))
        .routes(routes!(revoke_sessions))
        .routes(routes!(pending))
        .routes(routes!(approve))
        .merge(lifelines::router())
}

/// Every account.
#[utoipa::path(
    get,
    path = "/admin/users",
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

/// Create an account, active at once.
#[utoipa::path(
    post,
    path = "/admin/users",
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
    ApiJson(input): ApiJson<NewUserInput>,
) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    let created = accounts::add_user(&state.catalog, &input, &actor(&user.user), state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(view(&created))).into_response())
}

async fn set_status(
    state: &AppState,
    admin: &CurrentUser,
    id: Uuid,
    status: UserStatus,
    action: AuditAction,
) -> Result<Json<UserView>, ApiError> {
    admin.require(Permission::Administer)?;
    let after =
        accounts::set_status(&*state.store, &admin.user, id, status, action, state.clock.now()).await?;
    Ok(Json(view(&after)))
}

/// Disable an account: it can no longer sign in, and its sessions stop working.
#[utoipa::path(
    post,
    path = "/admin/users/{id}/disable",
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
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<UserView>, ApiError> {
    set_status(&state, &user, id, UserStatus::Disabled, AuditAction::Disable).await
}

/// Activate an account (a pending or disabled one).
#[utoipa::path(
    post,
    path = "/admin/users/{id}/activate",
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
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<UserView>, ApiError> {
    set_status(&state, &user, id, UserStatus::Active, AuditAction::Activate).await
}

/// End every session of an account (signs it out everywhere).
#[utoipa::path(
    post,
    path = "/admin/users/{id}/revoke_sessions",
    tag = "admin",
    operation_id = "admin_revoke_sessions",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    responses(
        (status = 200, body = SessionsRevoked, description = "How many sessions were ended."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
    )
)]
async fn revoke_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<SessionsRevoked>, ApiError> {
    user.require(Permission::Administer)?;
    state.store.user_by_id(id).await?.ok_or(ApiError::NotFound {
        what: "user",
        field: "id",
    })?;
    let revoked = state.store.revoke_user_sessions(id, state.clock.now()).await?;
    Ok(Json(SessionsRevoked { revoked }))
}

/// Organisations that asked to join and wait for approval.
#[utoipa::path(
    get,
    path = "/admin/organizations/pending",
    tag = "admin",
    operation_id = "admin_pending_organizations",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<PendingOrganization>),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an administrator."),
    )
)]
async fn pending(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<PendingOrganization>>, ApiError> {
    user.require(Permission::Administer)?;
    let ids = state.store.pending_organizations().await?;
    let directory = state.directory();
    Ok(Json(
        ids.iter()
            .filter_map(|id| directory.organization(id))
            .map(|o| PendingOrganization {
                id: o.id,
                name: o.name.clone(),
                website: o.website.clone(),
            })
            .collect(),
    ))
}

/// Approve an organisation: it is verified, and its pending accounts become active.
#[utoipa::path(
    post,
    path = "/admin/organizations/{id}/approve",
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
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
    user.require(Permission::Administer)?;
    let now = state.clock.now();
    let audit = [AuditEntry {
        at: now,
        user_id: Some(user.user.id),
        actor: user.user.email.clone(),
        organization_id: Some(id),
        entity: "organization",
        entity_id: id,
        action: AuditAction::Approve,
        before: None,
        after: Some(serde_json::json!({ "approved": true })),
    }];
    if !state.catalog.approve_organization(id, now, &audit).await? {
        return Err(ApiError::NotFound {
            what: "organization",
            field: "id",
        });
    }
    Ok(StatusCode::NO_CONTENT)
}
