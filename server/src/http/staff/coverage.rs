//! Coverage-gap reports (operators and admins): `GET /api/v1/coverage` — per country and first-level division,
//! the share of people within 25, 50 and 100 km of an in-person service of each kind and the share a remote
//! service covers, and the places with most people far from help — and `GET /api/v1/coverage/places`, the rows
//! per place and kind. Both answer CSV with `Accept: text/csv`.

use std::collections::HashSet;

use api_types::{CountryCode, CoveragePlaceRow, CoveragePlaces, CoverageReport, ServiceKind};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::csv::{csv_download, wants_csv};
use crate::auth::Permission;
use crate::coverage::{self, Coverage, DEFAULT_FARTHEST, Filter, Inputs, MAX_FARTHEST};
use crate::http::error::ApiError;
use crate::http::extract::CurrentUser;
use crate::http::extract::{Pairs, count, only, single};
use crate::http::state::AppState;
use crate::reference::Gazetteer;

/// The keys of [`filter`], and `lang`, which every coverage read takes.
const FILTER_KEYS: [&str; 4] = ["country", "admin_area", "kind", "lang"];

/// The filter of a coverage read, by a caller who may read coverage, with no query key but the filter's and
/// `extra`.
fn asked_filter(
    user: &CurrentUser,
    pairs: &Pairs,
    extra: &[&str],
    state: &AppState,
) -> Result<Filter, ApiError> {
    user.require(Permission::ReadCoverage)?;
    let allowed: Vec<&str> = FILTER_KEYS.iter().chain(extra).copied().collect();
    only(pairs, &allowed)?;
    filter(pairs, &state.gazetteer)
}

/// The places and kinds asked for, checked against the gazetteer.
fn filter(pairs: &Pairs, gazetteer: &Gazetteer) -> Result<Filter, ApiError> {
    let country = single(pairs, "country")?
        .map(|v| CountryCode::parse(v.trim()).map_err(|e| ApiError::invalid("country", e.to_string())))
        .transpose()?;
    if let Some(c) = country
        && !gazetteer.places().iter().any(|p| p.country == c)
    {
        return Err(ApiError::invalid(
            "country",
            "no places of this country in the gazetteer",
        ));
    }
    let admin_area = single(pairs, "admin_area")?.map(|v| v.trim().to_uppercase());
    if let Some(area) = &admin_area {
        let known: HashSet<&str> = gazetteer
            .places()
            .iter()
            .filter(|p| country.is_none_or(|c| c == p.country))
            .map(|p| p.admin1_iso.as_str())
            .collect();
        if area.is_empty() || !known.contains(area.as_str()) {
            return Err(ApiError::invalid(
                "admin_area",
                "admin_area must be an ISO 3166-2 code of the gazetteer, e.g. HN-FM",
            ));
        }
    }
    let mut kinds = Vec::new();
    for (_, value) in pairs.0.iter().filter(|(k, _)| k == "kind") {
        for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let kind: ServiceKind = name
                .parse()
                .map_err(|e: api_types::UnknownValue| ApiError::invalid("kind", e.to_string()))?;
            kinds.push(kind);
        }
    }
    Ok(Filter {
        country,
        admin_area,
        kinds,
    })
}

/// The coverage of the directory as it is now (cached while it does not change), computed off the async
/// workers.
async fn current(state: &AppState) -> Result<std::sync::Arc<Coverage>, ApiError> {
    let inputs = {
        let directory = state.directory();
        Inputs::from_directory(&directory)
    };
    let gazetteer = state.gazetteer.clone();
    tokio::task::spawn_blocking(move || coverage::cached(&gazetteer, &inputs))
        .await
        .map_err(|e| ApiError::Internal(format!("coverage: {e}")))
}

/// The columns of the CSV export.
const CSV_HEADER: [&str; 10] = [
    "place_id",
    "name",
    "country",
    "admin_area",
    "lat",
    "lng",
    "population",
    "kind",
    "nearest_in_person_km",
    "remote_covered",
];

fn rows_csv(rows: impl Iterator<Item = CoveragePlaceRow>) -> Result<Response, ApiError> {
    let records = rows.map(|row| {
        [
            row.place_id.to_string(),
            row.name,
            row.country.as_str().to_owned(),
            row.admin_area,
            row.lat.to_string(),
            row.lng.to_string(),
            row.population.to_string(),
            row.kind.as_str().to_owned(),
            // Empty when there is no such service anywhere.
            row.nearest_in_person_km
                .map(|d| d.to_string())
                .unwrap_or_default(),
            row.remote_covered.to_string(),
        ]
    });
    csv_download(&CSV_HEADER, records, "ruta-coverage.csv")
}

/// Where services are missing.
///
/// For every gazetteer place and kind of service: the great-circle distance to the nearest active in-person
/// service of the kind, and whether an active remote service of the kind covers the place (its area names the
/// place's country or first-level division, or its polygon contains it). Summed per country and per first-level
/// division, weighted by population. A confidential shelter counts at the centre of its ~11 km cell, as in the
/// public search, so that the report may be published. With `Accept: text/csv`, the per-place rows of
/// `/api/v1/coverage/places` instead.
#[utoipa::path(
    get,
    path = "/coverage",
    tag = "coverage",
    operation_id = "coverage_report",
    security(("session" = [])),
    params(
        ("country" = Option<String>, Query, description = "Only this country (ISO 3166-1 alpha-2)."),
        ("admin_area" = Option<String>, Query, description = "Only this first-level division (ISO 3166-2, e.g. `HN-FM`)."),
        ("kind" = Option<Vec<ServiceKind>>, Query, description = "Only these kinds; repeatable or comma-separated; default all."),
        ("limit" = Option<u32>, Query, minimum = 0, maximum = 1000, description = "Places listed in `farthest`, 0..1000; default 20."),
    ),
    responses(
        (status = 200, body = CoverageReport, description = "JSON, or the per-place rows as CSV with `Accept: text/csv`."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: an unknown country, division or kind, or a bad limit."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only operators and admins read coverage."),
    )
)]
pub async fn coverage_report(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    let filter = asked_filter(&user, &pairs, &["limit"], &state)?;
    let limit = single(&pairs, "limit")?
        .map(|v| {
            v.trim()
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= MAX_FARTHEST)
                .ok_or_else(|| {
                    ApiError::invalid(
                        "limit",
                        format!("limit must be a whole number from 0 to {MAX_FARTHEST}"),
                    )
                })
        })
        .transpose()?
        .unwrap_or(DEFAULT_FARTHEST);
    let coverage = current(&state).await?;
    if wants_csv(&headers) {
        return rows_csv(coverage.rows(&state.gazetteer, &filter));
    }
    Ok(Json(coverage.report(&state.gazetteer, &filter, limit)).into_response())
}

/// Coverage per place and kind: the rows behind the report.
///
/// Places in the gazetteer's order (by country, largest first), kinds in vocabulary order. CSV with
/// `Accept: text/csv` (a header row: `place_id,name,country,admin_area,lat,lng,population,kind,
/// nearest_in_person_km,remote_covered`; an empty distance means no such service anywhere).
#[utoipa::path(
    get,
    path = "/coverage/places",
    tag = "coverage",
    operation_id = "coverage_places",
    security(("session" = [])),
    params(
        ("country" = Option<String>, Query, description = "Only this country (ISO 3166-1 alpha-2)."),
        ("admin_area" = Option<String>, Query, description = "Only this first-level division (ISO 3166-2)."),
        ("kind" = Option<Vec<ServiceKind>>, Query, description = "Only these kinds; repeatable or comma-separated; default all."),
        ("page" = Option<u64>, Query, minimum = 1, maximum = 100000, description = "JSON: the page, from 1; default 1."),
        ("per_page" = Option<u64>, Query, minimum = 1, maximum = 5000, description = "JSON: rows per page, 1..5000; default 1000."),
    ),
    responses(
        (status = 200, body = CoveragePlaces, description = "JSON, a page at a time; or every row as CSV with `Accept: text/csv` (a download)."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: an unknown country, division or kind, or a bad page."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only operators and admins read coverage."),
    )
)]
pub async fn coverage_places(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    let filter = asked_filter(&user, &pairs, &["page", "per_page"], &state)?;
    let page = count(&pairs, "page", 1, MAX_PAGE)?;
    let per_page = count(&pairs, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)?;
    let coverage = current(&state).await?;
    if wants_csv(&headers) {
        return rows_csv(coverage.rows(&state.gazetteer, &filter));
    }
    let total_rows = coverage.rows(&state.gazetteer, &filter).count();
    let wide = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
    Ok(Json(CoveragePlaces {
        demo: coverage.demo(),
        rows: coverage
            .rows(&state.gazetteer, &filter)
            .skip((page - 1).saturating_mul(per_page))
            .take(per_page)
            .collect(),
        page: wide(page),
        per_page: wide(per_page),
        total_rows: wide(total_rows),
    })
    .into_response())
}

/// Rows on a page of `/coverage/places` when `per_page` is not given.
const DEFAULT_PER_PAGE: usize = 1000;
/// The most rows on a page.
const MAX_PER_PAGE: usize = 5000;
/// The highest page (the whole region is about 400,000 rows).
const MAX_PAGE: usize = 100_000;

/// Routes under `/api/v1/coverage`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(coverage_report))
        .routes(routes!(coverage_places))
}
