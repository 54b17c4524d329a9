//! NGO editors keep their listings current; operators read every full record; admins do both. Every change is
//! validated whole (a rejected edit changes nothing), written with its audit entry in one transaction, and
//! searchable as soon as the answer arrives (the index is updated in place).

use api_types::ServiceStatus;
use api_types::manage::{CapacityInput, ReportView, ServiceInput, ServiceRecord};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::body::JsonBody;
use super::session::CurrentUser;
use crate::auth::{Permission, Role};
use crate::directory::edit::{self, Kept};
use crate::domain::{AuditEntry, ProblemReport, Service};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::AuditFilter;

/// Routes under `/api/v1/manage`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/manage/services", get(list).post(create))
        .route("/manage/services/{id}", get(read).put(update))
        .route("/manage/services/{id}/capacity", post(capacity))
        .route("/manage/services/{id}/verify", post(verify))
        .route("/manage/services/{id}/deactivate", post(deactivate))
        .route("/manage/services/{id}/audit", get(service_audit))
        .route("/manage/organizations/{id}/audit", get(organization_audit))
        .route("/manage/reports", get(reports))
        .route("/manage/reports/{id}/resolve", post(resolve_report))
}

fn parse_id(id: &str, field: &'static str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id).map_err(|_| ApiError::invalid(field, "an id is a UUID"))
}

/// The stored service, or 404.
fn stored(state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    state
        .directory()
        .get(&id)
        .map(|e| (*e.service).clone())
        .ok_or(ApiError::NotFound {
            what: "service",
            field: "id",
        })
}

/// A service the caller may read: its own organisation's for editors, any for operators and admins. An editor
/// asking for another organisation's service gets 404, as if it did not exist for them.
fn readable(user: &CurrentUser, state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    let service = stored(state, id)?;
    if user.user.may(Permission::ReadAnyService)
        || user.user.may(Permission::ReadService(service.organization_id))
    {
        Ok(service)
    } else if user.user.role == Role::NgoEditor {
        Err(ApiError::NotFound {
            what: "service",
            field: "id",
        })
    } else {
        Err(ApiError::Forbidden(
            "this account may not read listings' full records",
        ))
    }
}

/// A service the caller may change.
fn editable(user: &CurrentUser, state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    let service = readable(user, state, id)?;
    user.require(Permission::EditService(service.organization_id))?;
    Ok(service)
}

fn entry(
    user: &CurrentUser,
    now: DateTime<Utc>,
    action: &'static str,
    before: Option<&Service>,
    after: &Service,
) -> AuditEntry {
    AuditEntry {
        at: now,
        user_id: Some(user.user.id),
        actor: user.user.email.clone(),
        organization_id: Some(after.organization_id),
        entity: "service",
        entity_id: after.id,
        action,
        before: before.map(|b| edit::snapshot(b, now)),
        after: Some(edit::snapshot(after, now)),
    }
}

/// Stores, then indexes: the search sees the change as soon as this returns.
async fn save(state: &AppState, service: Service, audit: AuditEntry) -> Result<ServiceRecord, ApiError> {
    state.store.save_service(&service, &audit).await?;
    let record = edit::record(&service, state.clock.now());
    state.directory_mut().upsert_service(service);
    Ok(record)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    organization_id: Option<String>,
    page: Option<String>,
    per_page: Option<String>,
}

/// A page of records.
#[derive(Debug, Serialize, utoipa::ToSchema)]
struct RecordPage {
    /// Records in the whole list.
    total: usize,
    /// This page, from 1.
    page: usize,
    /// Records to a page.
    per_page: usize,
    /// This page's records.
    items: Vec<ServiceRecord>,
}

fn number(value: Option<&str>, field: &'static str, default: usize, max: usize) -> Result<usize, ApiError> {
    match value {
        None => Ok(default),
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| ApiError::invalid(field, format!("a whole number from 1 to {max}"))),
    }
}

/// `GET /manage/services`: an editor's own listings (stale ones first, so they get confirmed); operators and
/// admins page through any organisation's.
#[utoipa::path(
    get,
    path = "/api/v1/manage/services",
    tag = "manage",
    operation_id = "manage_list_services",
    security(("session" = [])),
    params(
        ("organization_id" = Option<Uuid>, Query, description = "Only this organisation's listings (operators and admins; an editor may give only their own)."),
        ("page" = Option<u32>, Query, description = "Page, 1..100000; default 1."),
        ("per_page" = Option<u32>, Query, description = "Records to a page, 1..200; default 50."),
    ),
    responses(
        (status = 200, body = RecordPage, description = "Stale listings first, then by name."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: a parameter is wrong or unknown; `field` names it."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: an editor asked for another organisation, or the account may not read full records."),
    )
)]
async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<RecordPage>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::invalid("query", e.body_text()))?;
    let page = number(query.page.as_deref(), "page", 1, 100_000)?;
    let per_page = number(query.per_page.as_deref(), "per_page", 50, 200)?;
    let asked = query
        .organization_id
        .as_deref()
        .map(|o| parse_id(o, "organization_id"))
        .transpose()?;
    let organization = match (user.user.role, asked) {
        (Role::NgoEditor, Some(org)) if Some(org) != user.user.organization_id => {
            return Err(ApiError::Forbidden(
                "an editor sees only their own organisation's listings",
            ));
        }
        (Role::NgoEditor, _) => user.user.organization_id,
        (_, asked) if user.user.may(Permission::ReadAnyService) => asked,
        _ => {
            return Err(ApiError::Forbidden(
                "this account may not read listings' full records",
            ));
        }
    };
    let now = state.clock.now();
    let mut services: Vec<Service> = state
        .directory()
        .entries()
        .filter(|e| organization.is_none_or(|org| e.service.organization_id == org))
        .map(|e| (*e.service).clone())
        .collect();
    services.sort_by(|a, b| {
        (!a.is_stale(now), a.names.values().next()).cmp(&(!b.is_stale(now), b.names.values().next()))
    });
    let total = services.len();
    let items = services
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(|s| edit::record(s, now))
        .collect();
    Ok(Json(RecordPage {
        total,
        page,
        per_page,
        items,
    }))
}

/// A service's full record: its organisation's editors, operators and admins.
#[utoipa::path(
    get,
    path = "/api/v1/manage/services/{id}",
    tag = "manage",
    operation_id = "manage_read_service",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = ServiceRecord),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not read full records."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<ServiceRecord>, ApiError> {
    let service = readable(&user, &state, parse_id(&id, "id")?)?;
    Ok(Json(edit::record(&service, state.clock.now())))
}

/// Add a listing: an editor to their own organisation, an admin to any (`organization_id` required).
#[utoipa::path(
    post,
    path = "/api/v1/manage/services",
    tag = "manage",
    operation_id = "manage_create_service",
    security(("session" = [])),
    request_body = ServiceInput,
    responses(
        (status = 201, body = ServiceRecord, description = "Created, and searchable at once."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only editors and admins add listings, an editor only to their own organisation; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense (e.g. `names`, `phones[0].number`, `organization_id`); `field` names it. Nothing is saved."),
    )
)]
async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(input): JsonBody<ServiceInput>,
) -> Result<Response, ApiError> {
    if !matches!(user.user.role, Role::Admin | Role::NgoEditor) {
        return Err(ApiError::Forbidden(
            "only organisations' editors and admins add listings",
        ));
    }
    let organization_id = match (user.user.role, input.organization_id) {
        (Role::NgoEditor, None) => user
            .user
            .organization_id
            .ok_or(ApiError::Forbidden("no organisation"))?,
        (_, Some(org)) => org,
        (_, None) => {
            return Err(ApiError::field(
                "organization_id",
                "say which organisation the service belongs to",
            ));
        }
    };
    user.require(Permission::EditService(organization_id))?;
    if state.directory().organization(&organization_id).is_none() {
        return Err(ApiError::field("organization_id", "no such organisation"));
    }
    let now = state.clock.now();
    let kept = Kept {
        id: Uuid::new_v4(),
        organization_id,
        created_at: now,
        demo: false,
        capacity_updated_at: None,
        capacity: None,
    };
    let service = edit::build(&input, kept, now)?;
    let audit = entry(&user, now, "create", None, &service);
    let record = save(&state, service, audit).await?;
    Ok((StatusCode::CREATED, Json(record)).into_response())
}

/// Replace a listing's editable fields (the whole `ServiceInput`); validated whole, audited.
#[utoipa::path(
    put,
    path = "/api/v1/manage/services/{id}",
    tag = "manage",
    operation_id = "manage_update_service",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    request_body = ServiceInput,
    responses(
        (status = 200, body = ServiceRecord, description = "Saved, and searchable at once."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense, or `organization_id` would move the service; `field` names it. Nothing is saved."),
    )
)]
async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<ServiceInput>,
) -> Result<Json<ServiceRecord>, ApiError> {
    let before = editable(&user, &state, parse_id(&id, "id")?)?;
    if input.organization_id.is_some_and(|o| o != before.organization_id) {
        return Err(ApiError::field(
            "organization_id",
            "a service cannot move to another organisation",
        ));
    }
    let now = state.clock.now();
    let kept = Kept {
        id: before.id,
        organization_id: before.organization_id,
        created_at: before.created_at,
        demo: before.demo,
        capacity_updated_at: before.capacity_updated_at,
        capacity: Some(before.capacity),
    };
    let after = edit::build(&input, kept, now)?;
    let audit = entry(&user, now, "update", Some(&before), &after);
    Ok(Json(save(&state, after, audit).await?))
}

/// One-tap "beds tonight".
#[utoipa::path(
    post,
    path = "/api/v1/manage/services/{id}/capacity",
    tag = "manage",
    operation_id = "manage_set_capacity",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    request_body = CapacityInput,
    responses(
        (status = 200, body = ServiceRecord, description = "Saved, with `capacity_updated_at` now."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `capacity` is missing or not `available`, `limited`, `full` or `unknown`."),
    )
)]
async fn capacity(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<CapacityInput>,
) -> Result<Json<ServiceRecord>, ApiError> {
    let before = editable(&user, &state, parse_id(&id, "id")?)?;
    let now = state.clock.now();
    let mut after = before.clone();
    after.capacity = input.capacity;
    after.capacity_updated_at = Some(now);
    after.updated_at = now;
    let audit = entry(&user, now, "capacity", Some(&before), &after);
    Ok(Json(save(&state, after, audit).await?))
}

/// One-tap "still correct".
#[utoipa::path(
    post,
    path = "/api/v1/manage/services/{id}/verify",
    tag = "manage",
    operation_id = "manage_verify_service",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = ServiceRecord, description = "Confirmed: `last_verified_at` is now, and the listing is no longer stale."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn verify(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<ServiceRecord>, ApiError> {
    let before = editable(&user, &state, parse_id(&id, "id")?)?;
    let now = state.clock.now();
    let mut after = before.clone();
    after.last_verified_at = Some(now);
    after.updated_at = now;
    let audit = entry(&user, now, "verify", Some(&before), &after);
    Ok(Json(save(&state, after, audit).await?))
}

/// Takes a service off the public directory (status defunct); kept for the record.
#[utoipa::path(
    post,
    path = "/api/v1/manage/services/{id}/deactivate",
    tag = "manage",
    operation_id = "manage_deactivate_service",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = ServiceRecord, description = "Status `defunct`; no longer public."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn deactivate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<ServiceRecord>, ApiError> {
    let before = editable(&user, &state, parse_id(&id, "id")?)?;
    let now = state.clock.now();
    let mut after = before.clone();
    after.status = ServiceStatus::Defunct;
    after.updated_at = now;
    let audit = entry(&user, now, "deactivate", Some(&before), &after);
    Ok(Json(save(&state, after, audit).await?))
}

/// An audit entry as the API shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditView {
    /// When.
    at: DateTime<Utc>,
    /// Who: the account's email.
    actor: String,
    /// What kind of record: `service`, `organization` or `user`.
    entity: &'static str,
    /// Its id.
    entity_id: Uuid,
    /// What was done, e.g. `create`, `update`, `capacity`, `verify`, `deactivate`, `approve`.
    action: &'static str,
    /// Top-level fields whose values differ between before and after (all of them on create).
    changed: Vec<String>,
    /// The record before.
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<serde_json::Value>,
    /// The record after.
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<serde_json::Value>,
}

impl From<AuditEntry> for AuditView {
    fn from(e: AuditEntry) -> Self {
        let empty = serde_json::Map::new();
        let before = e.before.as_ref().and_then(|b| b.as_object()).unwrap_or(&empty);
        let after = e.after.as_ref().and_then(|a| a.as_object()).unwrap_or(&empty);
        let mut changed: Vec<String> = after
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(*v) && *k != "updated_at" && *k != "stale")
            .map(|(k, _)| k.clone())
            .chain(before.keys().filter(|k| !after.contains_key(*k)).cloned())
            .collect();
        changed.sort();
        changed.dedup();
        Self {
            at: e.at,
            actor: e.actor,
            entity: e.entity,
            entity_id: e.entity_id,
            action: e.action,
            changed,
            before: e.before,
            after: e.after,
        }
    }
}

/// A service's history, newest first (up to 500 entries): its organisation and admins.
#[utoipa::path(
    get,
    path = "/api/v1/manage/services/{id}/audit",
    tag = "manage",
    operation_id = "manage_service_audit",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = Vec<AuditView>),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the organisation and admins see its history."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn service_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<AuditView>>, ApiError> {
    let id = parse_id(&id, "id")?;
    let service = stored(&state, id)?;
    if !user
        .user
        .may(Permission::ReadOrganizationRecords(service.organization_id))
    {
        return Err(if user.user.role == Role::NgoEditor {
            ApiError::NotFound {
                what: "service",
                field: "id",
            }
        } else {
            ApiError::Forbidden("only the organisation and admins see its history")
        });
    }
    let filter = AuditFilter {
        organization_id: None,
        entity: Some(("service", id)),
    };
    let entries = state.store.audit(&filter, 500).await?;
    Ok(Json(entries.into_iter().map(AuditView::from).collect()))
}

/// Everything done to an organisation's records, newest first (up to 500 entries): the organisation and admins.
#[utoipa::path(
    get,
    path = "/api/v1/manage/organizations/{id}/audit",
    tag = "manage",
    operation_id = "manage_organization_audit",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Organisation id.")),
    responses(
        (status = 200, body = Vec<AuditView>),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the organisation and admins see its history."),
    )
)]
async fn organization_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<AuditView>>, ApiError> {
    let id = parse_id(&id, "id")?;
    user.require(Permission::ReadOrganizationRecords(id))?;
    let filter = AuditFilter {
        organization_id: Some(id),
        entity: None,
    };
    let entries = state.store.audit(&filter, 500).await?;
    Ok(Json(entries.into_iter().map(AuditView::from).collect()))
}

fn report_view(r: ProblemReport) -> ReportView {
    ReportView {
        id: r.id,
        service_id: r.service_id,
        organization_id: r.organization_id,
        reason: r.reason,
        created_at: r.created_at,
        resolved_at: r.resolved_at,
    }
}

/// The inbox: an editor's own organisation's reports; an admin's, everyone's.
#[utoipa::path(
    get,
    path = "/api/v1/manage/reports",
    tag = "reports",
    operation_id = "manage_list_reports",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<ReportView>),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations and admins have a report inbox."),
    )
)]
async fn reports(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<ReportView>>, ApiError> {
    let scope = if user.user.may(Permission::Administer) {
        None
    } else {
        let org = user
            .user
            .organization_id
            .filter(|o| user.user.may(Permission::ReadOrganizationRecords(*o)));
        Some(org.ok_or(ApiError::Forbidden(
            "only organisations and admins have a report inbox",
        ))?)
    };
    let list = state.store.reports(scope).await?;
    Ok(Json(list.into_iter().map(report_view).collect()))
}

/// Mark a problem report handled.
#[utoipa::path(
    post,
    path = "/api/v1/manage/reports/{id}/resolve",
    tag = "reports",
    operation_id = "manage_resolve_report",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Report id.")),
    responses(
        (status = 204, description = "Resolved."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit the reported listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such report in this account's inbox."),
    )
)]
async fn resolve_report(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id, "id")?;
    let scope = if user.user.may(Permission::Administer) {
        None
    } else {
        user.user.organization_id
    };
    let report = state
        .store
        .reports(scope)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(ApiError::NotFound {
            what: "report",
            field: "id",
        })?;
    user.require(Permission::EditService(report.organization_id))?;
    state.store.resolve_report(id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
