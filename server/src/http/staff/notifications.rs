//! `/api/v1/manage/notifications`: the notification outbox as staff see it — where each delivery stands and
//! what channels this server has, never to whom or with which values; and one message's preview, its recipient
//! masked. The worker that delivers is [`crate::notify`].

use api_types::notification::{
    NotificationChannels, NotificationList, NotificationPreview, NotificationView,
};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::{Permission, User};
use crate::domain::notification::Queued;
use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, ApiQuery, CurrentUser, FromQuery, Pairs, only, single};
use crate::http::state::AppState;

/// The most notifications one list shows.
const LIST_LIMIT: u32 = 200;

/// Routes under `/api/v1/manage/notifications`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_notifications))
        .routes(routes!(preview_notification))
        .routes(routes!(retry_notification))
}

/// `?organization=`: whose notifications.
#[derive(Debug)]
struct Whose(Option<Uuid>);

impl FromQuery for Whose {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(pairs, &["organization"])?;
        single(pairs, "organization")?
            .map(|v| Uuid::parse_str(v).map_err(|_| ApiError::invalid("organization", "not a UUID")))
            .transpose()
            .map(Whose)
    }
}

/// A notification as staff see it: its delivery only.
fn view(queued: Queued) -> NotificationView {
    let n = queued.notification;
    NotificationView {
        id: n.id,
        kind: n.kind,
        channel: n.channel,
        status: queued.status,
        attempts: queued.attempts,
        last_error: queued.last_error,
        created_at: queued.created_at,
        sent_at: queued.sent_at,
        due_at: n.due_at,
    }
}

/// Whether `user` may see notifications of `organization` (`None`: the ones of no organisation, admins only).
fn may_see(user: &User, organization: Option<Uuid>) -> bool {
    match organization {
        Some(org) => user.may(Permission::ReadOrganizationRecords(org)),
        None => user.may(Permission::Administer),
    }
}

/// The newest notifications (up to 200) and the channels this server can deliver on: admins see all, an
/// organisation's editors its own.
///
/// Each shows what it tells of, how it travels and where its delivery stands — never its recipient or its
/// values. With no channel configured, notifications are listed here only (status `held`).
#[utoipa::path(
    get,
    path = "/manage/notifications",
    tag = "manage",
    operation_id = "manage_list_notifications",
    security(("session" = [])),
    params(("organization" = Option<Uuid>, Query, description = "Only this organisation's notifications. Editors see their own organisation's without it; admins see every one's.")),
    responses(
        (status = 200, body = NotificationList),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `organization` is not a UUID, or an unknown parameter."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only an organisation's editors and admins see its notifications."),
    )
)]
async fn list_notifications(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(Whose(asked)): ApiQuery<Whose>,
) -> Result<Json<NotificationList>, ApiError> {
    let organization = asked.or(if user.user.may(Permission::Administer) {
        None
    } else {
        user.user.organization_id
    });
    if !may_see(&user.user, organization) {
        return Err(ApiError::Forbidden(
            "only an organisation's editors and admins see its notifications",
        ));
    }
    let queued = state.store.notifications(organization, LIST_LIMIT).await?;
    Ok(Json(NotificationList {
        channels: NotificationChannels {
            email: state.notify.email.is_some(),
            sms_gateway: state.notify.gateway.is_some(),
        },
        notifications: queued.into_iter().map(view).collect(),
    }))
}

/// A notification's message as it is (or would be) sent, in its language, with its recipient masked
/// (`f***@example.org`, `+504 ****0000`): its organisation's editors and admins.
#[utoipa::path(
    get,
    path = "/manage/notifications/{id}/preview",
    tag = "manage",
    operation_id = "manage_preview_notification",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Notification id.")),
    responses(
        (status = 200, body = NotificationPreview),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only editors and admins see notifications."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such notification of this account's organisation (or it was purged)."),
    )
)]
async fn preview_notification(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NotificationPreview>, ApiError> {
    // Someone who may see no notification at all is told so; an editor is not told another's exists.
    if !may_see(&user.user, user.user.organization_id) {
        return Err(ApiError::Forbidden(
            "only an organisation's editors and admins see its notifications",
        ));
    }
    let not_found = ApiError::not_found("notification", "id");
    let queued = state
        .store
        .notification(id)
        .await?
        .filter(|q| may_see(&user.user, q.notification.organization_id))
        .ok_or(not_found)?;
    let opened = crate::notify::preview(
        &queued,
        &state.booking.settings.vault,
        crate::http::language::localizer_or_spanish,
    )
    .map_err(|failure| ApiError::Internal(failure.reason))?;
    let n = queued.notification;
    let email = n.channel == api_types::NotificationChannel::Email;
    Ok(Json(NotificationPreview {
        id: n.id,
        kind: n.kind,
        channel: n.channel,
        language: n.language,
        to: opened.recipient,
        subject: email.then_some(opened.message.subject),
        text: opened.message.text,
    }))
}

/// Tries a failed notification again from now, its attempts counted anew (after a mail server or gateway was
/// mended, say): admins only.
#[utoipa::path(
    post,
    path = "/manage/notifications/{id}/retry",
    tag = "manage",
    operation_id = "manage_retry_notification",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Notification id.")),
    responses(
        (status = 200, body = NotificationView, description = "Pending again, due now."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only admins retry notifications."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no failed notification with this id."),
    )
)]
async fn retry_notification(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<NotificationView>, ApiError> {
    user.require(Permission::Administer)?;
    let not_found = ApiError::not_found("failed notification", "id");
    if !state.store.retry_notification(id, state.clock.now()).await? {
        return Err(not_found);
    }
    let queued = state.store.notification(id).await?.ok_or(not_found)?;
    tracing::info!(notification = %id, "failed notification retried");
    Ok(Json(view(queued)))
}
