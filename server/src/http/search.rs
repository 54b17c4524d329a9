//! `GET /api/v1/search`: the nearest help that fits, plus what can be reached remotely from there.

use api_types::SearchResponse;
use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::query::{Pairs, reader_language};
use crate::directory::SearchParams;
use crate::error::ApiError;
use crate::state::AppState;

/// Search the directory around a point or a gazetteer place.
///
/// Filters combine with AND; repeating a filter (`kind=shelter&kind=legal`) means any of those values.
/// Results are ordered by great-circle distance (ties by id). Confidential shelters appear at the centre of a
/// cell of about 10 km, without address.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(
        ("lat" = Option<f64>, Query, description = "Latitude in degrees, −90..90 (with `lon`; or use `place`)."),
        ("lon" = Option<f64>, Query, description = "Longitude in degrees, −180..180."),
        ("place" = Option<u32>, Query, description = "A place id from `/api/v1/places`, instead of lat/lon."),
        ("radius_m" = Option<u32>, Query, description = "Radius in metres, 1..2000000; default 50000."),
        ("limit" = Option<u32>, Query, description = "Nearby results, 1..100; default 20."),
        ("remote_limit" = Option<u32>, Query, description = "Remote services listed, 0..50; default 10."),
        ("kind" = Option<Vec<api_types::ServiceKind>>, Query, description = "Kind of service; repeatable (any of)."),
        ("language" = Option<Vec<String>>, Query, description = "Language spoken (ISO 639, e.g. `qu`); repeatable."),
        ("population" = Option<Vec<api_types::Population>>, Query, description = "Population served; repeatable."),
        ("cost" = Option<Vec<api_types::Cost>>, Query, description = "Cost; repeatable."),
        ("delivery" = Option<String>, Query, description = "`in_person`, `remote`, `phone`, `video` or `chat`."),
        ("open_now" = Option<bool>, Query, description = "Only services open now in their own time zone."),
        ("q" = Option<String>, Query, description = "Words that must start words of a name or description, in any language; accents ignored."),
        ("lang" = Option<String>, Query, description = "Language to show names in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = SearchResponse),
        (status = 400, body = api_types::ErrorBody, description = "A parameter is missing or wrong; `field` names it."),
        (status = 404, body = api_types::ErrorBody, description = "No such place."),
    )
)]
pub async fn search_services(
    State(state): State<AppState>,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    let mut params = SearchParams::from_pairs(pairs.iter())?;
    params.lang = reader_language(params.lang.take(), &headers);
    let now = state.clock.now();
    let body = state.directory().search_json(&params, &state.countries, now)?;
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
        .into_response())
}

/// Routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(search_services))
}
