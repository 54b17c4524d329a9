//! `/api/v1/counsellor/…`: a signed-in counsellor's own sessions (requests, confirmations, decisions, contact
//! details decrypted for them only), their profile, and the availability they keep themself — weekly windows and
//! time off in their own zone. A change of availability never touches a booking: sessions that now fall outside
//! it stay booked, and the answer says how many.

use api_types::AuditAction;
use api_types::booking::{AvailabilityInput, AvailabilitySaved, CounsellorProfile, CounsellorSession};
use axum::Json;
use axum::extract::State;
use chrono::Duration;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::manage;
use crate::auth::{Permission, Role};
use crate::booking::service::slot_view;
use crate::booking::{Appointment, BookingStatus, Counsellor, profiles};
use crate::domain::slots::Availability;
use crate::http::error::ApiError;
use crate::http::etag::{IfMatch, Tagged};
use crate::http::extract::{ApiJson, ApiPath, CurrentUser};
use crate::http::state::AppState;

/// Routes under `/api/v1/counsellor`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(counsellor_appointments))
        .routes(routes!(counsellor_decide))
        .routes(routes!(counsellor_profile))
        .routes(routes!(counsellor_save_availability))
}

/// The counsellor profile linked to a counsellor's account, for their sessions.
async fn with_appointments(state: &AppState, user: &CurrentUser) -> Result<Counsellor, ApiError> {
    if user.user.role != Role::Counsellor {
        return Err(ApiError::Forbidden("only counsellors have appointments"));
    }
    linked_profile(state, user).await
}

/// The counsellor profile linked to the signed-in account; 403 when there is none yet.
async fn linked_profile(state: &AppState, user: &CurrentUser) -> Result<Counsellor, ApiError> {
    state
        .booking
        .store
        .counsellors()
        .await?
        .into_iter()
        .find(|c| c.user_id == Some(user.user.id))
        .ok_or(ApiError::Forbidden("this account has no counsellor profile yet"))
}

fn for_counsellor(state: &AppState, c: &Counsellor, a: &Appointment) -> CounsellorSession {
    let private = state.booking.private_of(a);
    CounsellorSession {
        booking: state.booking.view(a, c.display_name.clone(), None),
        local_start: a
            .start
            .with_timezone(&c.availability.timezone)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        alias: private.alias,
        contact: private.contact.map(Into::into),
        suggested: Vec::new(),
    }
}

/// `GET /counsellor/appointments`: requests and upcoming sessions, in the counsellor's zone.
#[utoipa::path(
    get,
    path = "/counsellor/appointments",
    tag = "appointments",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<CounsellorSession>, description = "The counsellor's requests and sessions, with contact details decrypted for them."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor with a profile."),
    )
)]
async fn counsellor_appointments(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<CounsellorSession>>, ApiError> {
    let c = with_appointments(&state, &user).await?;
    let now = state.clock.now();
    let list = state
        .booking
        .store
        .appointments_of(c.id, now - Duration::days(1))
        .await?;
    Ok(Json(list.iter().map(|a| for_counsellor(&state, &c, a)).collect()))
}

/// `POST /counsellor/appointments/{reference}/{confirm|decline|complete|no_show}`.
#[utoipa::path(
    post,
    path = "/counsellor/appointments/{reference}/{action}",
    tag = "appointments",
    security(("session" = [])),
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("action" = String, Path, description = "`confirm`, `decline`, `complete` or `no_show`."),
    ),
    responses(
        (status = 200, body = CounsellorSession, description = "The booking; a decline adds three suggested free slots."),
        (status = 404, body = api_types::ErrorBody, description = "Not this counsellor's booking."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: not possible from the current status."),
    )
)]
async fn counsellor_decide(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath((reference, action)): ApiPath<(String, String)>,
) -> Result<Json<CounsellorSession>, ApiError> {
    let c = with_appointments(&state, &user).await?;
    let a = state
        .booking
        .store
        .appointment(&reference)
        .await?
        .filter(|a| a.counsellor_id == c.id)
        .ok_or(ApiError::not_found("booking", "reference"))?;
    let now = state.clock.now();
    let a = state.booking.decide(&c, a, &action, now).await?;
    let suggested = if a.status == BookingStatus::Declined {
        state
            .booking
            .open_slots(&c, now, now, now + c.availability.horizon)
            .await?
            .iter()
            .take(3)
            .map(|s| slot_view(s, c.availability.timezone))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Json(CounsellorSession {
        suggested,
        ..for_counsellor(&state, &c, &a)
    }))
}

/// The signed-in counsellor's own profile.
async fn own(state: &AppState, user: &CurrentUser) -> Result<Counsellor, ApiError> {
    user.require(Permission::KeepAvailability(user.user.id))?;
    linked_profile(state, user).await
}

/// `GET /counsellor/profile`: the signed-in counsellor's profile and availability.
#[utoipa::path(
    get,
    path = "/counsellor/profile",
    tag = "appointments",
    security(("session" = [])),
    responses(
        (status = 200, body = CounsellorProfile, headers(("ETag" = String, description = "The profile's entity tag: send it back in `If-Match` with `PUT /counsellor/availability`."))),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor, or no profile is linked to this account yet."),
    )
)]
async fn counsellor_profile(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Tagged<Json<CounsellorProfile>>, ApiError> {
    let c = own(&state, &user).await?;
    let profile = profiles::profile(&c, Some(user.user.email.clone()));
    Ok(Tagged(profiles::etag(&profile), Json(profile)))
}

/// `PUT /counsellor/availability`: the signed-in counsellor's weekly windows and time off (replaced whole), and
/// optionally their session length, buffer, notice and horizon. Slots follow at once; bookings stay.
#[utoipa::path(
    put,
    path = "/counsellor/availability",
    tag = "appointments",
    security(("session" = [])),
    params(
        ("If-Match" = String, Header, description = "Required: the `ETag` of `GET /counsellor/profile` the change was made from, so a change the organisation saved meanwhile is not overwritten."),
    ),
    request_body = AvailabilityInput,
    responses(
        (status = 200, body = AvailabilitySaved, description = "Saved. `bookings_outside` counts booked sessions now outside the availability: they stay booked.", headers(("ETag" = String, description = "The profile's new entity tag."))),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `If-Match` is not a list of quoted tags or `*`."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor, or no profile is linked to this account yet; `cross_origin`: sent from another site."),
        (status = 412, body = api_types::ErrorBody, description = "`precondition_failed`: the profile was changed since it was read (by the organisation, or on another device); read it again. Nothing is saved."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: e.g. `weekly[2].from`, `time_off[0].until`, `session_minutes`; `field` names it. Nothing is saved."),
    )
)]
async fn counsellor_save_availability(
    State(state): State<AppState>,
    user: CurrentUser,
    if_match: IfMatch,
    ApiJson(input): ApiJson<AvailabilityInput>,
) -> Result<Tagged<Json<AvailabilitySaved>>, ApiError> {
    let stored = own(&state, &user).await?;
    let precondition = if_match.required()?;
    let email = Some(user.user.email.clone());
    let before = profiles::profile(&stored, email.clone());
    manage::counsellors::check_precondition(&precondition, &before)?;
    let now = state.clock.now();
    let tz = stored.availability.timezone;
    let rules = profiles::Rules::of(&stored.availability).with(
        input.session_minutes,
        input.buffer_minutes,
        input.notice_minutes,
        input.horizon_days,
    )?;
    let windows = profiles::weekly_windows(&input.weekly, rules.session)?;
    let time_off = profiles::time_off(&input.time_off, tz, now)?;
    let mut c = stored.clone();
    c.availability = Availability {
        timezone: tz,
        windows,
        time_off,
        session: rules.session,
        buffer: rules.buffer,
        min_notice: rules.notice,
        horizon: rules.horizon,
    };
    let after = profiles::profile(&c, email);
    manage::counsellors::save(
        &state,
        &c,
        now,
        &manage::counsellors::audit_entry(&user, now, AuditAction::Availability, Some(&before), &after),
        Some(&stored),
    )
    .await?;
    let references_outside: Vec<String> = state
        .booking
        .store
        .appointments_of(c.id, now)
        .await?
        .into_iter()
        .filter(|a| a.status.holds_slot() && !profiles::inside(&c.availability, a.start, a.end))
        .map(|a| a.reference)
        .collect();
    Ok(Tagged(
        profiles::etag(&after),
        Json(AvailabilitySaved {
            profile: after,
            bookings_outside: u32::try_from(references_outside.len()).unwrap_or(u32::MAX),
            references_outside,
        }),
    ))
}
