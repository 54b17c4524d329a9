//! Warm referrals over HTTP: operators and NGO staff send (`POST /api/v1/referrals/warm`) and follow the status of
//! what they sent (`GET /api/v1/referrals/sent`); the receiving organisation's editors read their inbox
//! (`GET /api/v1/manage/organizations/{id}/referrals`) and move a referral on
//! (`POST /api/v1/manage/referrals/{id}/status`). The workflow is [`crate::warm_referrals`].

use api_types::referral::{
    ReceivedReferral, ReferralInbox, ReferralStatusInput, SentReferral, SentReferrals, WarmReferralInput,
};
use api_types::{ReferralStatus, Urgency};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::Permission;
use crate::domain::referral::{DayCount, WarmReferral};
use crate::domain::text::{fallback_chain, pick};
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, CurrentUser};
use crate::http::state::AppState;
use crate::warm_referrals::{Destination, ReferralError, WarmReferrals};

impl From<ReferralError> for ApiError {
    fn from(e: ReferralError) -> Self {
        match e {
            ReferralError::Invalid(invalid) => invalid.into(),
            ReferralError::NotFound => ApiError::not_found("referral", "id"),
            ReferralError::Changed => ApiError::PreconditionFailed("referral"),
            ReferralError::Store(e) => ApiError::Storage(e),
            ReferralError::Internal(message) => ApiError::Internal(message),
        }
    }
}

/// Routes of warm referrals.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(send_referral))
        .routes(routes!(sent_referrals))
        .routes(routes!(referral_inbox))
        .routes(routes!(move_referral_on))
}

/// A service's name as staff read it (any language the listing has; the default chain).
fn service_name(state: &AppState, service_id: Uuid) -> String {
    let directory = state.directory();
    directory
        .get(&service_id)
        .and_then(|entry| pick(&entry.service.names, &fallback_chain(None)).map(|(_, name)| name.to_owned()))
        .unwrap_or_default()
}

/// Send a warm referral, with the person's consent.
///
/// The receiving organisation is the service's. Its editors are told that a referral arrived (no personal data
/// in the message) and see it in their inbox; the sender sees its status, never the service's address. Alias,
/// contact and note are sealed at rest; everything is deleted some days after the referral is closed or
/// declined, and only the anonymous day count stays.
#[utoipa::path(
    post,
    path = "/referrals/warm",
    tag = "operator",
    operation_id = "send_warm_referral",
    security(("session" = [])),
    request_body = WarmReferralInput,
    responses(
        (status = 201, body = SentReferral, description = "Sent: its status as the sender will follow it."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: operators, NGO editors and admins send referrals; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `consent.given` is not true, `consent.agreed_to` lacks `share_details` (or `be_contacted` with a contact), `service_id` is no listed service, `needs` is empty, or `alias`, `contact` or `note` is malformed or too long."),
    )
)]
async fn send_referral(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(input): ApiJson<WarmReferralInput>,
) -> Result<(StatusCode, Json<SentReferral>), ApiError> {
    user.require(Permission::SendReferral)?;
    let now = state.clock.now();
    let (destination, name) = {
        let directory = state.directory();
        let service = &directory
            .get(&input.service_id)
            .filter(|e| e.service.is_listed())
            .ok_or_else(|| ApiError::field("service_id", "no such service"))?
            .service;
        let staff_language = state
            .countries
            .get(service.country)
            .and_then(|c| c.languages.first().cloned())
            .unwrap_or_else(|| "es".to_owned());
        let kind = input
            .needs
            .iter()
            .copied()
            .find(|k| service.kinds.contains(k))
            .or_else(|| input.needs.first().copied())
            .ok_or_else(|| ApiError::field("needs", "name at least one kind of help"))?;
        let destination = Destination {
            service_id: service.id,
            organization_id: service.organization_id,
            count: DayCount {
                day: now.date_naive(),
                kind,
                country: service.country,
                admin_area: super::referrals::service_division(&state, service),
                language: input.language.primary().to_owned(),
                count: 1,
            },
            staff_language,
        };
        let name = pick(&service.names, &fallback_chain(None))
            .map(|(_, n)| n.to_owned())
            .unwrap_or_default();
        (destination, name)
    };
    let referral = state.warm.send(&user.user, &input, &destination, now).await?;
    Ok((
        StatusCode::CREATED,
        Json(WarmReferrals::sent_view(&referral, name)),
    ))
}

/// The referrals this account sent, newest first: where each went and where it stands, never more.
#[utoipa::path(
    get,
    path = "/referrals/sent",
    tag = "operator",
    operation_id = "sent_referrals",
    security(("session" = [])),
    responses(
        (status = 200, body = SentReferrals),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: operators, NGO editors and admins send referrals."),
    )
)]
async fn sent_referrals(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<SentReferrals>, ApiError> {
    user.require(Permission::SendReferral)?;
    let referrals = state.warm.store.referrals_sent(user.user.id).await?;
    Ok(Json(SentReferrals {
        referrals: referrals
            .iter()
            .map(|r| WarmReferrals::sent_view(r, service_name(&state, r.service_id)))
            .collect(),
        delete_after_days: state.warm.settings.purge_days,
    }))
}

/// Open ones first, the most urgent first; then the newest.
fn inbox_order(a: &WarmReferral, b: &WarmReferral) -> std::cmp::Ordering {
    let open = |r: &WarmReferral| !r.status.is_closed() && r.status != ReferralStatus::Contacted;
    let urgency = |r: &WarmReferral| match r.urgency {
        Urgency::Urgent => 0,
        Urgency::Soon => 1,
        _ => 2,
    };
    open(b)
        .cmp(&open(a))
        .then_with(|| urgency(a).cmp(&urgency(b)))
        .then_with(|| b.created_at.cmp(&a.created_at))
}

/// Who sent a referral, as its receivers read it: the sending organisation's name, or `hotline`.
fn sender_name(state: &AppState, referral: &WarmReferral) -> String {
    referral
        .sender_organization_id
        .and_then(|id| state.directory().organization(&id).map(|o| o.name.clone()))
        .unwrap_or_else(|| "hotline".to_owned())
}

/// The referrals an organisation received: open ones first (urgent first), then the newest. Its editors and
/// admins only; alias, contact and note are opened here.
#[utoipa::path(
    get,
    path = "/manage/organizations/{id}/referrals",
    tag = "manage",
    operation_id = "referral_inbox",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "The receiving organisation.")),
    responses(
        (status = 200, body = ReferralInbox),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the organisation's editors and admins read its referrals."),
    )
)]
async fn referral_inbox(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<ReferralInbox>, ApiError> {
    user.require(Permission::ReceiveReferrals(id))?;
    let mut referrals = state.warm.store.referrals_received(id).await?;
    referrals.sort_by(inbox_order);
    let views = referrals
        .iter()
        .map(|r| {
            state
                .warm
                .received_view(r, service_name(&state, r.service_id), sender_name(&state, r))
        })
        .collect::<Result<Vec<ReceivedReferral>, _>>()?;
    Ok(Json(ReferralInbox {
        referrals: views,
        delete_after_days: state.warm.settings.purge_days,
    }))
}

/// Move a referral on: `new` → `accepted` or `declined` (with a reason from the list); `accepted` → `contacted`
/// or `closed`; `contacted` or `declined` → `closed`. The receiving organisation's editors and admins; audited
/// with the statuses only. Once closed or declined, everything about it is deleted after the purge period.
#[utoipa::path(
    post,
    path = "/manage/referrals/{id}/status",
    tag = "manage",
    operation_id = "move_referral_on",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "The referral.")),
    request_body = ReferralStatusInput,
    responses(
        (status = 200, body = ReceivedReferral, description = "Moved on."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the receiving organisation's editors and admins; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such referral (or it was deleted)."),
        (status = 412, body = api_types::ErrorBody, description = "`precondition_failed`: someone else moved it on meanwhile; read the inbox again."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `status` is not a move this referral can make, or `reason` is missing with `declined` (or given without it)."),
    )
)]
async fn move_referral_on(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
    ApiJson(input): ApiJson<ReferralStatusInput>,
) -> Result<Json<ReceivedReferral>, ApiError> {
    let referral = state.warm.get(id).await?;
    if !user
        .user
        .may(Permission::ReceiveReferrals(referral.organization_id))
    {
        // Another organisation's referral is not even said to exist.
        return Err(ReferralError::NotFound.into());
    }
    let moved = state
        .warm
        .move_on(
            &referral,
            &input,
            &crate::accounts::actor(&user.user),
            state.clock.now(),
        )
        .await?;
    Ok(Json(state.warm.received_view(
        &moved,
        service_name(&state, moved.service_id),
        sender_name(&state, &moved),
    )?))
}
