//! `/api/v1/services/{id}`: the full public record of one service, and "this listing is wrong".

use api_types::ServiceDetail;
use api_types::manage::{ReportInput, ReportReceived};
use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::directory::public;
use crate::domain::ProblemReport;
use crate::domain::text::fallback_chain;
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, ApiQuery, ClientAddress, LangOnly, reader_language};
use crate::http::state::AppState;

/// Routes under `/api/v1/services`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(find_service))
        .routes(routes!(report_service))
}

/// One service. A confidential shelter's address and exact position are never included.
#[utoipa::path(
    get,
    path = "/services/{id}",
    tag = "services",
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("lang" = Option<String>, Query, description = "Language to show name and description in."),
    ),
    responses(
        (status = 200, body = ServiceDetail),
        (status = 404, body = api_types::ErrorBody, description = "No such service."),
    )
)]
pub async fn find_service(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiQuery(LangOnly(lang)): ApiQuery<LangOnly>,
) -> Result<Json<ServiceDetail>, ApiError> {
    let chain = fallback_chain(reader_language(lang, &headers).as_ref().map(|l| l.as_str()));
    let mut detail = {
        let directory = state.directory();
        let entry = directory
            .get(&id)
            .filter(|e| e.service.is_listed())
            .ok_or(ApiError::not_found("service", "id"))?;
        let organization = directory.organization(&entry.service.organization_id);
        public::detail(entry, organization.map(|o| o.as_ref()), &chain, state.clock.now())
    };
    let counsellors = state.booking.count_of(detail.organization.id).await?;
    detail.counsellors = u32::try_from(counsellors).unwrap_or(u32::MAX);
    Ok(Json(detail))
}

/// "This listing is wrong": a reason from a fixed list, nothing about who sends it; limited per address.
///
/// No sign-in needed. The report goes to the inbox of the service's organisation.
#[utoipa::path(
    post,
    path = "/services/{id}/reports",
    tag = "reports",
    params(("id" = Uuid, Path, description = "Service id.")),
    request_body = ReportInput,
    responses(
        (status = 202, body = ReportReceived, description = "Received."),
        (status = 403, body = api_types::ErrorBody, description = "`cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such listed service."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `reason` is missing or not one of the fixed list, or the body is not JSON of this shape."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`: too many reports from this address.",
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
async fn report_service(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, ApiError> {
    ApiError::limited(state.limits.reports_by_address.check(&[b"report", &address]))?;
    let ApiJson(input) = ApiJson::<ReportInput>::from_request(request, &state).await?;
    let organization_id = state
        .directory()
        .get(&id)
        .filter(|e| e.service.is_listed())
        .map(|e| e.service.organization_id)
        .ok_or(ApiError::not_found("service", "id"))?;
    let report = ProblemReport {
        id: Uuid::new_v4(),
        service_id: id,
        organization_id,
        reason: input.reason,
        created_at: state.clock.now(),
        resolved_at: None,
    };
    state.store.insert_report(&report).await?;
    Ok((StatusCode::ACCEPTED, Json(ReportReceived { received: true })).into_response())
}
