//! `/api/v1/manage/reports`: the inbox of problem reports survivors sent about an organisation's listings.

use api_types::manage::ReportView;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::Permission;
use crate::domain::ProblemReport;
use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, CurrentUser};
use crate::http::state::AppState;

/// Routes under `/api/v1/manage/reports`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(reports))
        .routes(routes!(resolve_report))
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
    path = "/manage/reports",
    tag = "reports",
    operation_id = "manage_list_reports",
    security(("session" = [])),
    responses(
        (status = 200, body = Vec<ReportView>),
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
    path = "/manage/reports/{id}/resolve",
    tag = "reports",
    operation_id = "manage_resolve_report",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Report id.")),
    responses(
        (status = 204, description = "Resolved."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: the account may not edit the reported listing; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such report in this account's inbox."),
    )
)]
async fn resolve_report(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<StatusCode, ApiError> {
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
        .ok_or(ApiError::not_found("report", "id"))?;
    user.require(Permission::EditService(report.organization_id))?;
    state.store.resolve_report(id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
