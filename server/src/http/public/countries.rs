//! `GET /api/v1/countries/{iso2}`: a country's labelled emergency numbers, national lines and route of care.

use api_types::{CountryCode, CountryInfo, LanguageCode};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, ApiQuery, LangOnly};
use crate::http::state::AppState;

/// A country's emergency numbers, each with its purpose, its national lines for survivors (anti-trafficking
/// first) and its route of care — every fact with its source, checked date and status. Not demo data: served
/// with `--no-demo` too.
#[utoipa::path(
    get,
    path = "/countries/{iso2}",
    tag = "countries",
    params(
        ("iso2" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `HN`."),
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
) -> Result<Json<CountryInfo>, ApiError> {
    let code = CountryCode::parse(&iso2).map_err(|e| ApiError::invalid("iso2", e.to_string()))?;
    state
        .with_country_facts(|facts| facts.info(code, true))
        .map(Json)
        .ok_or(ApiError::not_found("country", "iso2"))
}

/// Every country's life lines at once. The app keeps this answer for use with no connection: it names every
/// country alike, so keeping it leaves no trace of which one a person looked at.
///
/// Maintainers' notes are left out; with `lang`, each step of a route of care comes in that language only (else
/// English), which keeps the answer small on a slow link.
#[utoipa::path(
    get,
    path = "/lifelines",
    tag = "countries",
    params(
        ("lang" = Option<String>, Query, description = "The reader's language: route texts in it only."),
    ),
    responses(
        (status = 200, body = api_types::LifeLinesDocument),
        (status = 400, body = api_types::ErrorBody, description = "An unknown parameter or a malformed `lang`."),
    )
)]
pub async fn every_country(
    State(state): State<AppState>,
    ApiQuery(LangOnly(lang)): ApiQuery<LangOnly>,
) -> Json<api_types::LifeLinesDocument> {
    Json(state.lifelines.document(lang.as_ref().map(LanguageCode::as_str)))
}

/// `GET /api/v1/countries/{iso2}` and `GET /api/v1/lifelines`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(find_country))
        .routes(routes!(every_country))
}
