//! `/api/v1/manage/counsellors`: counsellor profiles, kept by their organisation's editors (and admins).
//!
//! A profile is checked whole before anything is written ([`crate::booking::profiles`]: a 422 names the first
//! field at fault), then saved with its audit entry in one transaction. Slots are computed from the stored
//! profile on every request, so a change shows in `GET /counsellors/{id}/slots` at once.
//!
//! A profile comes with its `ETag`; replacing it (`PUT`) requires `If-Match` with that tag (428 without, 412 when
//! someone — another editor, or the counsellor keeping their hours — saved it meanwhile). The store compares the
//! stored profile with the one the change was made from inside the write transaction, so the check and the write
//! are one step and the audit entry's `before` is the version replaced.

use std::collections::HashMap;

use api_types::AuditAction;
use api_types::booking::{CounsellorInput, CounsellorProfile};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::accounts::actor;
use crate::auth::{Permission, Role, User, normalize_email};
use crate::booking::Counsellor;
use crate::booking::profiles::{self, Checked, check_profile, profile};
use crate::domain::slots::Availability;
use crate::domain::{AuditEntry, Precondition};
use crate::http::error::ApiError;
use crate::http::etag::{IfMatch, Tagged};
use crate::http::extract::{ApiJson, ApiPath, CurrentUser, Pairs, only, single};
use crate::http::state::AppState;
use crate::storage::StoreError;

/// Routes under `/api/v1/manage/counsellors`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_counsellors, create_counsellor))
        .routes(routes!(read_counsellor, update_counsellor))
}

/// Why an account cannot be linked, whatever the reason.
const NOT_LINKABLE: &str = "not a counsellor's account of this organisation";

/// The account a profile links to, checked: a counsellor's account of the same organisation, not linked to
/// another profile. `None` when neither `user_email` nor `user_id` is given.
async fn linked_account(
    state: &AppState,
    input: &CounsellorInput,
    organization_id: Uuid,
    counsellor_id: Uuid,
) -> Result<Option<User>, ApiError> {
    let email = input
        .user_email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    let by_email = match email {
        None => None,
        Some(e) => {
            let e =
                normalize_email(e).ok_or_else(|| ApiError::field("user_email", "not an email address"))?;
            let (user, _) = state
                .store
                .user_by_email(&e)
                .await?
                .ok_or_else(|| ApiError::field("user_email", NOT_LINKABLE))?;
            Some(user)
        }
    };
    let by_id = match input.user_id {
        None => None,
        Some(id) => Some(
            state
                .store
                .user_by_id(id)
                .await?
                .ok_or_else(|| ApiError::field("user_id", NOT_LINKABLE))?,
        ),
    };
    let field = if by_email.is_some() {
        "user_email"
    } else {
        "user_id"
    };
    let user = match (by_email, by_id) {
        (Some(a), Some(b)) if a.id != b.id => {
            return Err(ApiError::field(
                "user_id",
                "user_id and user_email name different accounts",
            ));
        }
        (Some(user), _) | (None, Some(user)) => user,
        (None, None) => return Ok(None),
    };
    // One answer whether the account is missing, not a counsellor's or another organisation's: an editor
    // learns nothing about accounts outside their organisation.
    if user.role != Role::Counsellor || user.organization_id != Some(organization_id) {
        return Err(ApiError::field(field, NOT_LINKABLE));
    }
    let taken = state
        .booking
        .store
        .counsellors()
        .await?
        .iter()
        .any(|c| c.user_id == Some(user.id) && c.id != counsellor_id);
    if taken {
        return Err(ApiError::Conflict {
            field: field.to_owned(),
        });
    }
    Ok(Some(user))
}

async fn email_of(state: &AppState, user_id: Option<Uuid>) -> Result<Option<String>, ApiError> {
    Ok(match user_id {
        Some(id) => state.store.user_by_id(id).await?.map(|u| u.email),
        None => None,
    })
}

async fn profile_of(state: &AppState, c: &Counsellor) -> Result<CounsellorProfile, ApiError> {
    Ok(profile(c, email_of(state, c.user_id).await?))
}

pub(crate) fn audit_entry(
    user: &CurrentUser,
    now: DateTime<Utc>,
    action: AuditAction,
    before: Option<&CounsellorProfile>,
    after: &CounsellorProfile,
) -> AuditEntry {
    AuditEntry {
        organization_id: Some(after.organization_id),
        before: before.and_then(|b| serde_json::to_value(b).ok()),
        after: serde_json::to_value(after).ok(),
        ..actor(&user.user).entry(now, action, "counsellor", after.id)
    }
}

/// Writes the counsellor with its audit entry, in one transaction — for a change, only if the stored counsellor
/// is still `replaced` (412 otherwise).
pub(crate) async fn save(
    state: &AppState,
    c: &Counsellor,
    now: DateTime<Utc>,
    audit: &AuditEntry,
    replaced: Option<&Counsellor>,
) -> Result<(), ApiError> {
    match state
        .booking
        .store
        .save_counsellor_audited(c, now, audit, replaced)
        .await
    {
        Ok(true) => Ok(()),
        Ok(false) => Err(ApiError::PreconditionFailed("counsellor's profile")),
        Err(StoreError::Conflict(field)) => Err(ApiError::Conflict { field }),
        Err(e) => Err(e.into()),
    }
}

/// 412 unless `precondition` names the tag of `profile`, the stored profile a change is made from (checked
/// again, against the stored row, in the write transaction: see [`save`]).
pub(crate) fn check_precondition(
    precondition: &Precondition,
    profile: &CounsellorProfile,
) -> Result<(), ApiError> {
    if precondition.holds(&profiles::etag(profile)) {
        Ok(())
    } else {
        Err(ApiError::PreconditionFailed("counsellor's profile"))
    }
}

/// A stored counsellor the caller may manage: 404 when there is none, 403 when it is another organisation's.
async fn manageable(state: &AppState, user: &CurrentUser, id: Uuid) -> Result<Counsellor, ApiError> {
    let c = state
        .booking
        .store
        .counsellor(id)
        .await?
        .ok_or(ApiError::not_found("counsellor", "id"))?;
    user.require(Permission::ManageCounsellors(c.organization_id))?;
    Ok(c)
}

/// `GET /manage/counsellors`: an editor's own organisation's counsellors; an admin's, everyone's (or one
/// organisation's with `organization_id`).
#[utoipa::path(
    get,
    path = "/manage/counsellors",
    tag = "manage",
    operation_id = "manage_list_counsellors",
    security(("session" = [])),
    params(
        ("organization_id" = Option<Uuid>, Query, description = "Only this organisation's counsellors (admins; an editor may give only their own)."),
    ),
    responses(
        (status = 200, body = Vec<CounsellorProfile>, description = "By display name."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `organization_id` is not a UUID, or an unknown parameter; `field` names it."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins manage counsellors, an editor only their own organisation's."),
    )
)]
async fn list_counsellors(
    State(state): State<AppState>,
    user: CurrentUser,
    pairs: Pairs,
) -> Result<Json<Vec<CounsellorProfile>>, ApiError> {
    only(&pairs, &["organization_id"])?;
    let asked = single(&pairs, "organization_id")?
        .map(|o| Uuid::parse_str(o).map_err(|_| ApiError::invalid("organization_id", "an id is a UUID")))
        .transpose()?;
    let scope = match asked {
        Some(org) => {
            user.require(Permission::ManageCounsellors(org))?;
            Some(org)
        }
        None if user.user.may(Permission::Administer) => None,
        None => Some(
            user.user
                .organization_id
                .filter(|org| user.user.may(Permission::ManageCounsellors(*org)))
                .ok_or(ApiError::Forbidden(
                    "only organisations' editors and admins manage counsellors",
                ))?,
        ),
    };
    let emails: HashMap<Uuid, String> = state
        .store
        .users()
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Counsellor)
        .map(|u| (u.id, u.email))
        .collect();
    let list = state
        .booking
        .store
        .counsellors()
        .await?
        .iter()
        .filter(|c| scope.is_none_or(|org| c.organization_id == org))
        .map(|c| profile(c, c.user_id.and_then(|u| emails.get(&u).cloned())))
        .collect();
    Ok(Json(list))
}

/// A counsellor's whole profile: their organisation's editors and admins.
#[utoipa::path(
    get,
    path = "/manage/counsellors/{id}",
    tag = "manage",
    operation_id = "manage_read_counsellor",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Counsellor id."),),
    responses(
        (status = 200, body = CounsellorProfile, headers(("ETag" = String, description = "The profile's entity tag: send it back in `If-Match` to change it."))),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an editor of the counsellor's organisation, nor an admin."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such counsellor."),
    )
)]
async fn read_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Tagged<Json<CounsellorProfile>>, ApiError> {
    let c = manageable(&state, &user, id).await?;
    let profile = profile_of(&state, &c).await?;
    Ok(Tagged(profiles::etag(&profile), Json(profile)))
}

/// The counsellor a checked profile describes: `(id, organization, linked account)`. A new one (`stored` none)
/// starts with the hours and time off sent, if any; a stored one keeps its own where none are sent (the
/// counsellor keeps them), and its demo mark.
fn counsellor_of(
    checked: Checked,
    input: &CounsellorInput,
    (id, organization_id, user_id): (Uuid, Uuid, Option<Uuid>),
    stored: Option<&Counsellor>,
) -> Counsellor {
    Counsellor {
        id,
        organization_id,
        user_id,
        display_name: checked.display_name,
        gender: checked.gender.as_str().to_owned(),
        languages: checked.languages,
        specialities: checked.specialities,
        modalities: checked.modalities,
        availability: Availability {
            timezone: checked.timezone,
            windows: checked
                .windows
                .or_else(|| stored.map(|s| s.availability.windows.clone()))
                .unwrap_or_default(),
            time_off: checked
                .time_off
                .or_else(|| stored.map(|s| s.availability.time_off.clone()))
                .unwrap_or_default(),
            session: checked.rules.session,
            buffer: checked.rules.buffer,
            min_notice: checked.rules.notice,
            horizon: checked.rules.horizon,
        },
        active: input.active,
        demo: stored.is_some_and(|s| s.demo),
    }
}
/// Add a counsellor: an editor to their own organisation, an admin to any (`organization_id` required).
#[utoipa::path(
    post,
    path = "/manage/counsellors",
    tag = "manage",
    operation_id = "manage_create_counsellor",
    security(("session" = [])),
    request_body = CounsellorInput,
    responses(
        (status = 201, body = CounsellorProfile, description = "Created; bookable at once if active with weekly windows.", headers(("ETag" = String, description = "The new profile's entity tag, for its next change."))),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins add counsellors, an editor only to their own organisation; `cross_origin`: sent from another site."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: the account (`user_email` or `user_id`) is linked to another counsellor."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense (e.g. `timezone`, `weekly[2].from`, `languages[0]`, `session_minutes`, `time_off[0].until`, `user_email`, `organization_id`); `field` names it. Nothing is saved."),
    )
)]
async fn create_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(input): ApiJson<CounsellorInput>,
) -> Result<Response, ApiError> {
    let organization_id = match input.organization_id {
        Some(org) => org,
        None if user.user.may(Permission::Administer) => {
            return Err(ApiError::field(
                "organization_id",
                "say which organisation the counsellor belongs to",
            ));
        }
        None => user.user.organization_id.ok_or(ApiError::Forbidden(
            "only organisations' editors and admins add counsellors",
        ))?,
    };
    user.require(Permission::ManageCounsellors(organization_id))?;
    if state.directory().organization(&organization_id).is_none() {
        return Err(ApiError::field("organization_id", "no such organisation"));
    }
    let now = state.clock.now();
    let checked = check_profile(&input, now)?;
    let id = Uuid::new_v4();
    let account = linked_account(&state, &input, organization_id, id).await?;
    let user_id = account.as_ref().map(|u| u.id);
    let c = counsellor_of(checked, &input, (id, organization_id, user_id), None);
    let after = profile(&c, account.map(|u| u.email));
    save(
        &state,
        &c,
        now,
        &audit_entry(&user, now, AuditAction::Create, None, &after),
        None,
    )
    .await?;
    Ok((StatusCode::CREATED, Tagged(profiles::etag(&after), Json(after))).into_response())
}

/// Replace a counsellor's profile (the whole `CounsellorInput`; a missing `weekly` or `time_off` keeps the stored
/// one, which the counsellor keeps themselves).
#[utoipa::path(
    put,
    path = "/manage/counsellors/{id}",
    tag = "manage",
    operation_id = "manage_update_counsellor",
    security(("session" = [])),
    params(
        ("id" = Uuid, Path, description = "Counsellor id."),
        ("If-Match" = String, Header, description = "Required: the `ETag` the profile was read with (`\"…\"`), so a change saved meanwhile (by another editor, or the counsellor's own hours) is not overwritten."),
    ),
    request_body = CounsellorInput,
    responses(
        (status = 200, body = CounsellorProfile, description = "Saved; slots follow at once. Bookings are never changed.", headers(("ETag" = String, description = "The profile's new entity tag."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID, or `If-Match` is not a list of quoted tags or `*`."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an editor of the counsellor's organisation, nor an admin; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such counsellor."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: the account is linked to another counsellor."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense, or `organization_id` would move the counsellor; `field` names it. Nothing is saved."),
    )
)]
async fn update_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    if_match: IfMatch,
    ApiJson(input): ApiJson<CounsellorInput>,
) -> Result<Tagged<Json<CounsellorProfile>>, ApiError> {
    let stored = manageable(&state, &user, id).await?;
    let precondition = if_match.required()?;
    let before = profile_of(&state, &stored).await?;
    check_precondition(&precondition, &before)?;
    if input.organization_id.is_some_and(|o| o != stored.organization_id) {
        return Err(ApiError::field(
            "organization_id",
            "a counsellor cannot move to another organisation",
        ));
    }
    let now = state.clock.now();
    let checked = check_profile(&input, now)?;
    let account = linked_account(&state, &input, stored.organization_id, stored.id).await?;
    // Handing a profile with sessions booked to another person's account would show them the contact details
    // people left for someone else: refused while any booked session stands.
    let new_user = account.as_ref().map(|u| u.id);
    if stored.user_id.is_some() && new_user.is_some() && new_user != stored.user_id {
        let standing = state
            .booking
            .store
            .appointments_of(stored.id, now)
            .await?
            .iter()
            .any(|a| a.status.holds_slot());
        if standing {
            return Err(ApiError::Conflict {
                field: "user_email".to_owned(),
            });
        }
    }
    let ids = (stored.id, stored.organization_id, new_user);
    let c = counsellor_of(checked, &input, ids, Some(&stored));
    let after = profile(&c, account.map(|u| u.email));
    save(
        &state,
        &c,
        now,
        &audit_entry(&user, now, AuditAction::Update, Some(&before), &after),
        Some(&stored),
    )
    .await?;
    Ok(Tagged(profiles::etag(&after), Json(after)))
}
