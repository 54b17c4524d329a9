//! `GET /api/v1/services/{id}`: the full public record of one service.

use api_types::ServiceDetail;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use uuid::Uuid;

use super::query::{Pairs, lang_param, only, reader_language};
use crate::directory::public;
use crate::domain::text::fallback_chain;
use crate::error::ApiError;
use crate::state::AppState;

/// One service. A confidential shelter's address and exact position are never included.
#[utoipa::path(
    get,
    path = "/api/v1/services/{id}",
    tag = "services",
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("lang" = Option<String>, Query, description = "Language to show name and description in."),
    ),
    responses(
        (status = 200, body = ServiceDetail),
        (status = 400, body = api_types::ErrorBody, description = "The id is not a UUID."),
        (status = 404, body = api_types::ErrorBody, description = "No such service."),
    )
)]
pub async fn find_service(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Json<ServiceDetail>, ApiError> {
    only(&pairs, &["lang"])?;
    let id = Uuid::parse_str(&id).map_err(|_| ApiError::invalid("id", "a service id is a UUID"))?;
    let lang = reader_language(lang_param(&pairs)?, &headers);
    let chain = fallback_chain(lang.as_ref().map(|l| l.as_str()));
    let directory = state.directory();
    let entry = directory
        .get(&id)
        .filter(|e| e.service.is_listed())
        .ok_or(ApiError::NotFound {
            what: "service",
            field: "id",
        })?;
    let organization = directory.organization(&entry.service.organization_id);
    Ok(Json(public::detail(
        entry,
        organization.map(|o| o.as_ref()),
        &chain,
        state.clock.now(),
    )))
}

/// Routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/services/{id}", get(find_service))
}
