//! NGO editors keep their listings current; operators read every full record; admins do both. Every change is
//! validated whole (a rejected edit changes nothing), written with its audit entry in one transaction, and
//! searchable as soon as the answer arrives (the index is updated in place).
//!
//! A listing's record comes with its `ETag`; replacing it (`PUT`) requires `If-Match` with that tag (428 without,
//! 412 when someone else saved meanwhile), and the one-tap actions (`capacity`, `verify`, `deactivate`) honour
//! it when sent. The tag is checked against the stored listing under the catalog's write lock, in the same step
//! as the write ([`crate::catalog::Catalog::edit_service`]).

use api_types::manage::{AuditView, CapacityInput, RecordPage, ServiceInput, ServiceRecord};
use api_types::{AuditAction, ServiceStatus};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::accounts::actor;
use crate::auth::{Permission, Role};
use crate::directory::edit::{self, Kept};
use crate::domain::{AuditEntry, Service};
use crate::http::error::ApiError;
use crate::http::etag::{IfMatch, Tagged};
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, CurrentUser, FromQuery, Pairs, count, only, single};
use crate::http::state::AppState;
use crate::storage::AuditFilter;

/// Routes under `/api/v1/manage/services`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(read, update))
        .routes(routes!(capacity))
        .routes(routes!(verify))
        .routes(routes!(deactivate))
        .routes(routes!(service_audit))
}

/// The stored service, or 404.
fn stored(state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    state
        .directory()
        .get(&id)
        .map(|e| (*e.service).clone())
        .ok_or(ApiError::not_found("service", "id"))
}

/// A service the caller may read: its own organisation's for editors, any for operators and admins. An editor
/// asking for another organisation's service gets 404, as if it did not exist for them.
fn readable(user: &CurrentUser, state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    let service = stored(state, id)?;
    may_read(user, &service)?;
    Ok(service)
}

fn may_read(user: &CurrentUser, service: &Service) -> Result<(), ApiError> {
    if user.user.may(Permission::ReadAnyService)
        || user.user.may(Permission::ReadService(service.organization_id))
    {
        Ok(())
    } else if user.user.role == Role::NgoEditor {
        Err(ApiError::not_found("service", "id"))
    } else {
        Err(ApiError::Forbidden(
            "this account may not read listings' full records",
        ))
    }
}

/// Whether the caller may change `service`: checked before a change is asked for (so a 401, 403 or 404 comes
/// before a 428), and again on the version the change is made to.
fn may_edit(user: &CurrentUser, service: &Service) -> Result<(), ApiError> {
    may_read(user, service)?;
    user.require(Permission::EditService(service.organization_id))
}

/// A service the caller may change.
fn editable(user: &CurrentUser, state: &AppState, id: Uuid) -> Result<Service, ApiError> {
    let service = stored(state, id)?;
    may_edit(user, &service)?;
    Ok(service)
}

/// `GET /manage/services` parameters.
#[derive(Debug)]
struct ListQuery {
    organization_id: Option<Uuid>,
    page: usize,
    per_page: usize,
}

impl FromQuery for ListQuery {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(pairs, &["organization_id", "page", "per_page"])?;
        Ok(Self {
            organization_id: single(pairs, "organization_id")?
                .map(|o| {
                    Uuid::parse_str(o).map_err(|_| ApiError::invalid("organization_id", "an id is a UUID"))
                })
                .transpose()?,
            page: count(pairs, "page", 1, 100_000)?,
            per_page: count(pairs, "per_page", 50, 200)?,
        })
    }
}

/// Saves a change to listing `id` that the caller may edit, audited as `action`: `edit` makes the new version
/// from the stored one (at `now`) under the catalog's write lock. `If-Match` is required when `required` (a
/// whole replacement: 428 without it), and honoured when sent otherwise; either way 412 if the listing changed
/// meanwhile.
async fn save(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    (if_match, required): (IfMatch, bool),
    action: AuditAction,
    edit: impl FnOnce(&Service, DateTime<Utc>) -> Result<Service, ApiError>,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    editable(user, state, id)?;
    let precondition = if required {
        Some(if_match.required()?)
    } else {
        if_match.optional()?
    };
    let now = state.clock.now();
    let saved = state
        .catalog
        .edit_service(
            &actor(&user.user),
            id,
            action,
            precondition.as_ref(),
            now,
            |before| {
                may_edit(user, before)?;
                edit(before, now)
            },
        )
        .await?;
    Ok(Tagged(saved.etag, Json(saved.record)))
}

/// A one-tap change of a listing the caller may edit, audited as `action`: it honours `If-Match` when sent (412
/// if the listing changed meanwhile) and is made to the stored version otherwise — setting the capacity or
/// confirming a listing never undoes a field someone else just saved.
async fn change(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    if_match: IfMatch,
    action: AuditAction,
    apply: impl FnOnce(&mut Service, DateTime<Utc>),
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    save(state, user, id, (if_match, false), action, |before, now| {
        let mut after = before.clone();
        apply(&mut after, now);
        after.updated_at = now;
        Ok(after)
    })
    .await
}

/// `GET /manage/services`: an editor's own listings (stale ones first, so they get confirmed); operators and
/// admins page through any organisation's.
#[utoipa::path(
    get,
    path = "/manage/services",
    tag = "manage",
    operation_id = "manage_list_services",
    security(("session" = [])),
    params(
        ("organization_id" = Option<Uuid>, Query, description = "Only this organisation's listings (operators and admins; an editor may give only their own)."),
        ("page" = Option<u32>, Query, minimum = 1, maximum = 100000, description = "Page, 1..100000; default 1."),
        ("per_page" = Option<u32>, Query, minimum = 1, maximum = 200, description = "Records to a page, 1..200; default 50."),
    ),
    responses(
        (status = 200, body = RecordPage, description = "Stale listings first, then by name."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: a parameter is wrong or unknown; `field` names it."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: an editor asked for another organisation, or the account may not read full records."),
    )
)]
async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(ListQuery {
        organization_id: asked,
        page,
        per_page,
    }): ApiQuery<ListQuery>,
) -> Result<Json<RecordPage>, ApiError> {
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
    path = "/manage/services/{id}",
    tag = "manage",
    operation_id = "manage_read_service",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = ServiceRecord, headers(("ETag" = String, description = "The listing's entity tag: send it back in `If-Match` to change it."))),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not read full records."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn read(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    let service = readable(&user, &state, id)?;
    Ok(Tagged(
        edit::etag(&service),
        Json(edit::record(&service, state.clock.now())),
    ))
}

/// Add a listing: an editor to their own organisation, an admin to any (`organization_id` required).
#[utoipa::path(
    post,
    path = "/manage/services",
    tag = "manage",
    operation_id = "manage_create_service",
    security(("session" = [])),
    request_body = ServiceInput,
    responses(
        (status = 201, body = ServiceRecord, description = "Created, and searchable at once.", headers(("ETag" = String, description = "The new listing's entity tag, for its next change."))),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only editors and admins add listings, an editor only to their own organisation; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense (e.g. `names`, `phones[0].number`, `organization_id`); `field` names it. Nothing is saved."),
    )
)]
async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(input): ApiJson<ServiceInput>,
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
    let service = edit::build(&input, Kept::new_service(organization_id, now), now)?;
    let saved = state
        .catalog
        .create_service(&actor(&user.user), service, now)
        .await?;
    Ok((StatusCode::CREATED, Tagged(saved.etag, Json(saved.record))).into_response())
}

/// Replace a listing's editable fields (the whole `ServiceInput`); validated whole, audited.
#[utoipa::path(
    put,
    path = "/manage/services/{id}",
    tag = "manage",
    operation_id = "manage_update_service",
    security(("session" = [])),
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("If-Match" = String, Header, description = "Required: the `ETag` the listing was read with (`\"…\"`), so a change someone else saved meanwhile is not overwritten."),
    ),
    request_body = ServiceInput,
    responses(
        (status = 200, body = ServiceRecord, description = "Saved, and searchable at once.", headers(("ETag" = String, description = "The listing's new entity tag."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID, or `If-Match` is not a list of quoted tags or `*`."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense, or `organization_id` would move the service; `field` names it. Nothing is saved."),
    )
)]
async fn update(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    if_match: IfMatch,
    ApiJson(input): ApiJson<ServiceInput>,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    save(
        &state,
        &user,
        id,
        (if_match, true),
        AuditAction::Update,
        |before, now| {
            if input.organization_id.is_some_and(|o| o != before.organization_id) {
                return Err(ApiError::field(
                    "organization_id",
                    "a service cannot move to another organisation",
                ));
            }
            Ok(edit::build(&input, Kept::of(before), now)?)
        },
    )
    .await
}

/// One-tap "beds tonight".
#[utoipa::path(
    post,
    path = "/manage/services/{id}/capacity",
    tag = "manage",
    operation_id = "manage_set_capacity",
    security(("session" = [])),
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("If-Match" = Option<String>, Header, description = "Optional: the `ETag` the listing was read with; when sent, the change is made only to that version (else 412)."),
    ),
    request_body = CapacityInput,
    responses(
        (status = 200, body = ServiceRecord, description = "Saved, with `capacity_updated_at` now.", headers(("ETag" = String, description = "The listing's new entity tag."))),
        ListingChangeErrors,
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `capacity` is missing or not `available`, `limited`, `full` or `unknown`."),
    )
)]
async fn capacity(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    if_match: IfMatch,
    ApiJson(input): ApiJson<CapacityInput>,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    change(&state, &user, id, if_match, AuditAction::Capacity, |s, now| {
        s.capacity = input.capacity;
        s.capacity_updated_at = Some(now);
    })
    .await
}

/// One-tap "still correct".
#[utoipa::path(
    post,
    path = "/manage/services/{id}/verify",
    tag = "manage",
    operation_id = "manage_verify_service",
    security(("session" = [])),
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("If-Match" = Option<String>, Header, description = "Optional: the `ETag` the listing was read with; when sent, the change is made only to that version (else 412)."),
    ),
    responses(
        (status = 200, body = ServiceRecord, description = "Confirmed: `last_verified_at` is now, and the listing is no longer stale.", headers(("ETag" = String, description = "The listing's new entity tag."))),
        ListingChangeErrors,
    )
)]
async fn verify(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    if_match: IfMatch,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    change(&state, &user, id, if_match, AuditAction::Verify, |s, now| {
        s.last_verified_at = Some(now);
    })
    .await
}

/// Takes a service off the public directory (status defunct); kept for the record.
#[utoipa::path(
    post,
    path = "/manage/services/{id}/deactivate",
    tag = "manage",
    operation_id = "manage_deactivate_service",
    security(("session" = [])),
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("If-Match" = Option<String>, Header, description = "Optional: the `ETag` the listing was read with; when sent, the change is made only to that version (else 412)."),
    ),
    responses(
        (status = 200, body = ServiceRecord, description = "Status `defunct`; no longer public.", headers(("ETag" = String, description = "The listing's new entity tag."))),
        ListingChangeErrors,
    )
)]
async fn deactivate(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    if_match: IfMatch,
) -> Result<Tagged<Json<ServiceRecord>>, ApiError> {
    change(&state, &user, id, if_match, AuditAction::Deactivate, |s, _| {
        s.status = ServiceStatus::Defunct;
    })
    .await
}

/// A service's history, newest first (up to 500 entries): its organisation and admins.
#[utoipa::path(
    get,
    path = "/manage/services/{id}/audit",
    tag = "manage",
    operation_id = "manage_service_audit",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Service id."),),
    responses(
        (status = 200, body = Vec<AuditView>),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the organisation and admins see its history."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service (an editor gets this for another organisation's service too)."),
    )
)]
async fn service_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<Vec<AuditView>>, ApiError> {
    let service = stored(&state, id)?;
    if !user
        .user
        .may(Permission::ReadOrganizationRecords(service.organization_id))
    {
        return Err(if user.user.role == Role::NgoEditor {
            ApiError::not_found("service", "id")
        } else {
            ApiError::Forbidden("only the organisation and admins see its history")
        });
    }
    let filter = AuditFilter {
        entity: Some(("service", id)),
        ..AuditFilter::default()
    };
    let entries = state.store.audit(&filter, 500).await?;
    Ok(Json(entries.into_iter().map(AuditEntry::view).collect()))
}

/// What a one-tap change of a listing (capacity, still correct, deactivate) may answer besides its own.
#[derive(utoipa::IntoResponses)]
#[expect(
    dead_code,
    reason = "only documents the answers: the errors themselves are ApiError's"
)]
enum ListingChangeErrors {
    #[response(
        status = 403,
        description = "`forbidden`: the account may not edit this listing; `cross_origin`: sent from another site."
    )]
    Forbidden(api_types::ErrorBody),
    #[response(
        status = 404,
        description = "`not_found`: no such service (an editor gets this for another organisation's service too)."
    )]
    NotFound(api_types::ErrorBody),
}
