//! `/api/v1/manage/organizations/{id}/audit`: everything done to an organisation's records.

use api_types::manage::AuditView;
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::Permission;
use crate::domain::AuditEntry;
use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, CurrentUser};
use crate::http::state::AppState;
use crate::storage::AuditFilter;

/// Routes under `/api/v1/manage/organizations`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(organization_audit))
}

/// Everything done to an organisation's records, newest first (up to 500 entries): the organisation and admins.
#[utoipa::path(
    get,
    path = "/manage/organizations/{id}/audit",
    tag = "manage",
    operation_id = "manage_organization_audit",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Organisation id.")),
    responses(
        (status = 200, body = Vec<AuditView>),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only the organisation and admins see its history."),
    )
)]
async fn organization_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiPath(id): ApiPath<Uuid>,
) -> Result<Json<Vec<AuditView>>, ApiError> {
    user.require(Permission::ReadOrganizationRecords(id))?;
    let filter = AuditFilter {
        organization_id: Some(id),
        ..AuditFilter::default()
    };
    let entries = state.store.audit(&filter, 500).await?;
    Ok(Json(entries.into_iter().map(AuditEntry::view).collect()))
}
