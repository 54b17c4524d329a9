//! `GET /api/v1/countries/{iso2}`: emergency numbers and national hotlines of a country.

use api_types::{CountryCode, CountryInfo};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, ApiQuery, LangOnly, reader_language};
use crate::http::state::AppState;

/// A country's emergency numbers (reference data) and the hotlines of the directory that cover all of it.
#[utoipa::path(
    get,
    path = "/countries/{iso2}",
    tag = "countries",
    params(
        ("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `HN`."),
        ("lang" = Option<String>, Query, description = "Language to show hotline names in."),
    ),
    responses(
        (status = 200, body = CountryInfo),
        (status = 400, body = api_types::ErrorBody, description = "Not a two-letter code."),
        (status = 404, body = api_types::ErrorBody, description = "Not a Latin American or Caribbean country."),
    )
)]
pub async fn find_country(
    State(state): State<AppState>,
    ApiPath(iso2): ApiPath<String>,
    headers: HeaderMap,
    ApiQuery(LangOnly(lang)): ApiQuery<LangOnly>,
) -> Result<Json<CountryInfo>, ApiError> {
    let code = CountryCode::parse(&iso2).map_err(|e| ApiError::invalid("iso2", e.to_string()))?;
    let record = state.countries.get(code).ok_or(ApiError::NotFound {
        what: "country",
        field: "iso2",
    })?;
    let lang = reader_language(lang, &headers);
    Ok(Json(state.directory().country(
        record,
        lang.as_ref(),
        state.clock.now(),
    )))
}

/// Routes.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(find_country))
}
