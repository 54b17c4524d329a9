//! `/api/v1/admin/…`: administrators create, disable and activate accounts, end their sessions, and approve
//! or decline organisations, change roles; read the audit log across organisations (`audit`); correct a
//! country's life lines (`lifelines`); and keep the imports' term table (`terms`).

mod audit;
mod lifelines;
mod terms;

use api_types::AuditAction;
use api_types::manage::{
    DeclineInput, NewUserInput, OrganizationName, PendingOrganization, RoleInput, SessionsRevoked, UserView,
};
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
        .routes(routes!(change_role))
        .routes(routes!(revoke_sessions))
        .routes(routes!(organizations))
        .routes(routes!(pending))
        .routes(routes!(approve))
        .routes(routes!(decline))
        .merge(audit::router())
        .merge(lifelines::router())
        .merge(terms::router())
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
    )
)]
async fn users(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Vec<UserView>>, ApiError> {
    user.require(Permission::Administer)?;
    Ok(Json(state.store.users().await?.iter().map(view).collect()))
}

/// Create an account, active at once. Sent without a password, the server chooses one and answers it once in
/// `one_time_password`.
#[utoipa::path(
    post,
    path = "/admin/users",
    tag = "admin",
    operation_id = "admin_create_user",
    security(("session" = [])),
    request_body = NewUserInput,
    responses(
        (status = 201, body = UserView, description = "Created."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: an account has this email (`field` is `email`)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `email`, `role` (`admin`, `ngo_editor`, `operator`, `counsellor`), `organization_id` (required for editors and counsellors only, and must exist) or `password` (the password policy) is wrong, or the body is not JSON of this shape; `field` names it."),
    )
)]
async fn create_user(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(mut input): ApiJson<NewUserInput>,
) -> Result<Response, ApiError> {
    user.require(Permission::Administer)?;
    let chosen = if input.password.is_empty() {
        let password = accounts::one_time_password()?;
        input.password.clone_from(&password);
        Some(password)
    } else {
        None
    };
    let created = accounts::add_user(&state.catalog, &input, &actor(&user.user), state.clock.now()).await?;
    let answer = UserView {
        one_time_password: chosen,
        ..view(&created)
    };
    Ok((StatusCode::CREATED, Json(answer)).into_response())
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
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field` (`field` is `id`): an admin cannot disable their own account, nor the last active administrator."),
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

/// Give an account another role (and the organisation that role needs). Its sessions go on with the new role.
#[utoipa::path(
    post,
    path = "/admin/users/{id}/role",
    tag = "admin",
    operation_id = "admin_change_role",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    request_body = RoleInput,
    responses(
        (status = 200, body = UserView, description = "The account with its new role."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `role` (unknown, or the last active administrator would lose it) or `organization_id` (required for editors and counsellors only, and must exist), or the body is not JSON of this shape; `field` names it."),
    )
)]
async fn change_role(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(input): ApiJson<RoleInput>,
) -> Result<Json<UserView>, ApiError> {
    user.require(Permission::Administer)?;
    let after = accounts::change_role(
        &state.catalog,
        &*state.store,
        &user.user,
        id,
        &input,
        state.clock.now(),
    )
    .await?;
    Ok(Json(view(&after)))
}

/// End every session of an account (signs it out everywhere), audited.
#[utoipa::path(
    post,
    path = "/admin/users/{id}/revoke_sessions",
    tag = "admin",
    operation_id = "admin_revoke_sessions",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Account id.")),
    responses(
        (status = 200, body = SessionsRevoked, description = "How many sessions were ended."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such account."),
    )
)]
async fn revoke_sessions(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<SessionsRevoked>, ApiError> {
    user.require(Permission::Administer)?;
    let revoked = accounts::revoke_sessions(&*state.store, &user.user, id, state.clock.now()).await?;
    Ok(Json(SessionsRevoked { revoked }))
}

/// Every organisation by name (approved or not), for choosing one: an account's, or the audit log's filter.
#[utoipa::path(
    get,
    path = "/admin/organizations",
    tag = "admin",
    operation_id = "admin_list_organizations",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<OrganizationName>),
    )
)]
async fn organizations(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<OrganizationName>>, ApiError> {
    user.require(Permission::Administer)?;
    let directory = state.directory();
    let mut all: Vec<OrganizationName> = directory
        .organizations()
        .map(|o| OrganizationName {
            id: o.id,
            name: o.name.clone(),
        })
        .collect();
    all.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(Json(all))
}

/// Organisations that asked to join and wait for approval (not declined): what they registered, who asked and
/// when, by name.
#[utoipa::path(
    get,
    path = "/admin/organizations/pending",
    tag = "admin",
    operation_id = "admin_pending_organizations",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<PendingOrganization>),
    )
)]
async fn pending(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<PendingOrganization>>, ApiError> {
    user.require(Permission::Administer)?;
    let ids = state.store.pending_organizations().await?;
    let users = state.store.users().await?;
    let directory = state.directory();
    Ok(Json(
        ids.iter()
            .filter_map(|id| directory.organization(id))
            .map(|o| {
                let asked: Vec<_> = users
                    .iter()
                    .filter(|u| u.organization_id == Some(o.id) && u.status == UserStatus::Pending)
                    .collect();
                PendingOrganization {
                    id: o.id,
                    name: o.name.clone(),
                    website: o.website.clone(),
                    registered_at: asked.iter().map(|u| u.created_at).min(),
                    applicants: asked.iter().map(|u| u.email.clone()).collect(),
                }
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
        organization_id: Some(id),
        after: Some(serde_json::json!({ "approved": true })),
        ..actor(&user.user).entry(now, AuditAction::Approve, "organization", id)
    }];
    if !state.catalog.approve_organization(id, now, &audit).await? {
        return Err(ApiError::not_found("organization", "id"));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Decline an organisation that waits for approval, saying why: its applicant reads the reason when they try to
/// sign in (`registration_declined`). Audited.
#[utoipa::path(
    post,
    path = "/admin/organizations/{id}/decline",
    tag = "admin",
    operation_id = "admin_decline_organization",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Organisation id.")),
    request_body = DeclineInput,
    responses(
        (status = 204, description = "Declined."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no organisation with this id waits for approval."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field` (`field` is `reason`): give a reason of 1 to 500 characters; or the body is not JSON of this shape."),
    )
)]
async fn decline(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(input): ApiJson<DeclineInput>,
) -> Result<StatusCode, ApiError> {
    user.require(Permission::Administer)?;
    if !accounts::decline(&*state.store, &user.user, id, &input, state.clock.now()).await? {
        return Err(ApiError::not_found("organization", "id"));
    }
    Ok(StatusCode::NO_CONTENT)
}
