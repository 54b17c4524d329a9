//! `GET /api/v1/places`: type a town instead of sharing a location.

use api_types::{CountryCode, PlaceList};
use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::http::error::ApiError;
use crate::http::extract::{Pairs, only, single};
use crate::http::state::AppState;

/// Most places one lookup returns.
pub const MAX_PLACES: usize = 50;

/// Find places by name: accents and case ignored, alternate names included, one typo forgiven; exact matches
/// first, then prefixes, then near matches, larger places first.
#[utoipa::path(
    get,
    path = "/places",
    tag = "places",
    params(
        ("q" = String, Query, description = "What was typed, e.g. `cap haitien`, `okap`, `tegu`."),
        ("country" = Option<String>, Query, description = "ISO 3166-1 alpha-2 country to search in."),
        ("limit" = Option<u32>, Query, minimum = 1, maximum = 50, description = "1..50; default 10."),
    ),
    responses(
        (status = 200, body = PlaceList),
        (status = 400, body = api_types::ErrorBody, description = "A parameter is missing or wrong."),
    )
)]
pub async fn list_places(State(state): State<AppState>, pairs: Pairs) -> Result<Json<PlaceList>, ApiError> {
    only(&pairs, &["q", "country", "limit"])?;
    let q =
        single(&pairs, "q")?.ok_or_else(|| ApiError::missing("q", "q (the place name typed) is needed"))?;
    if q.chars().count() > 100 {
        return Err(ApiError::invalid("q", "q must be at most 100 characters"));
    }
    let country = single(&pairs, "country")?
        .map(|c| {
            let code = CountryCode::parse(c).map_err(|e| ApiError::invalid("country", e.to_string()))?;
            state.countries.get(code).map(|r| r.iso2).ok_or_else(|| {
                ApiError::invalid(
                    "country",
                    "not a Latin American or Caribbean country or territory",
                )
            })
        })
        .transpose()?;
    let limit = match single(&pairs, "limit")? {
        None => 10,
        Some(v) => match v.trim().parse::<usize>() {
            Ok(n) if (1..=MAX_PLACES).contains(&n) => n,
            _ => {
                return Err(ApiError::invalid(
                    "limit",
                    format!("limit must be between 1 and {MAX_PLACES}"),
                ));
            }
        },
    };
    Ok(Json(PlaceList {
        places: state.gazetteer.search(q, country, limit),
    }))
}

/// `GET /api/v1/places`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_places))
}
