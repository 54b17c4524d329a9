//! `GET /api/v1/search`: the nearest help that fits, plus what can be reached remotely from there.

use api_types::SearchResponse;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use std::borrow::Cow;
use std::str::FromStr;

use api_types::{DeliveryMode, LanguageCode, LatLon};

use crate::directory::search::{
    DEFAULT_LIMIT, DEFAULT_RADIUS_M, DEFAULT_REMOTE_LIMIT, DeliveryFilter, MAX_LIMIT, MAX_Q_CHARS,
    MAX_RADIUS_M, MAX_REMOTE_LIMIT, OriginSpec, StaffFilters,
};
use crate::directory::{SearchError, SearchParams};
use crate::domain::text::fold;
use crate::http::error::ApiError;
use crate::http::extract::{ApiQuery, FromQuery, Pairs, reader_language};
use crate::http::state::AppState;

/// The parameters of the search as the OpenAPI document lists them, in order; the operator's search takes them
/// all, and more. [`SearchParams`] reads them: this type only describes them.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "never built: it only lists the parameters in the OpenAPI document"
)]
pub(crate) struct SearchQuery {
    /// Latitude in degrees, −90..90 (with `lon`; or use `place`).
    lat: Option<f64>,
    /// Longitude in degrees, −180..180.
    lon: Option<f64>,
    /// A place id from `/api/v1/places`, instead of lat/lon.
    place: Option<u32>,
    /// Radius in metres, 1..2000000; default 50000.
    #[param(minimum = 1, maximum = 2000000)]
    radius_m: Option<u32>,
    /// Nearby results, 1..100; default 20.
    #[param(minimum = 1, maximum = 100)]
    limit: Option<u32>,
    /// Remote services listed, 0..50; default 10.
    #[param(minimum = 0, maximum = 50)]
    remote_limit: Option<u32>,
    /// Kind of service; repeatable (any of).
    kind: Option<Vec<api_types::ServiceKind>>,
    /// Language spoken (ISO 639, e.g. `qu`); repeatable.
    language: Option<Vec<String>>,
    /// Population served; repeatable.
    population: Option<Vec<api_types::Population>>,
    /// Cost; repeatable.
    cost: Option<Vec<api_types::Cost>>,
    /// `in_person`, `remote`, `phone`, `video` or `chat`.
    delivery: Option<String>,
    /// Only services open now in their own time zone.
    open_now: Option<bool>,
    /// Words that must start words of a name or description, in any language; accents ignored.
    q: Option<String>,
    /// Language to show names in; default from Accept-Language, then Spanish.
    lang: Option<String>,
}

/// Search the directory around a point or a gazetteer place.
///
/// Filters combine with AND; repeating a filter (`kind=shelter&kind=legal`) means any of those values.
/// Results are ordered by great-circle distance (ties by id). Confidential shelters appear at the centre of a
/// cell of about 10 km, without address.
#[utoipa::path(
    get,
    path = "/search",
    tag = "search",
    params(SearchQuery),
    responses(
        (status = 200, body = SearchResponse),
        (status = 400, body = api_types::ErrorBody, description = "A parameter is missing or wrong; `field` names it."),
        (status = 404, body = api_types::ErrorBody, description = "No such place."),
    )
)]
pub async fn search_services(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(mut params): ApiQuery<SearchParams>,
) -> Result<Response, ApiError> {
    params.lang = reader_language(params.lang.take(), &headers);
    let now = state.clock.now();
    let body = state
        .with_country_facts(|facts| state.directory().search_json(&params, facts, now))
        .map_err(search_error)?;
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
        .into_response())
}

/// `GET /api/v1/search`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search_services))
}

/// The one place a failed search becomes an answer.
pub fn search_error(error: SearchError) -> ApiError {
    match error {
        SearchError::UnknownPlace => ApiError::not_found("place", "place"),
        SearchError::Serialize(e) => ApiError::Internal(e.to_string()),
    }
}

impl FromQuery for SearchParams {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        parse_search(pairs.iter())
    }
}

fn parse_number<T: FromStr>(field: &str, value: &str, what: &str) -> Result<T, ApiError> {
    value.trim().parse().map_err(|_| ApiError::invalid(field, what))
}

fn parse_vocab<T: FromStr<Err = api_types::UnknownValue>>(field: &str, value: &str) -> Result<T, ApiError> {
    value
        .trim()
        .parse()
        .map_err(|e: api_types::UnknownValue| ApiError::invalid(field, e.to_string()))
}

fn set_once<T>(slot: &mut Option<T>, field: &str, value: T) -> Result<(), ApiError> {
    if slot.is_some() {
        return Err(ApiError::invalid(field, "given more than once"));
    }
    *slot = Some(value);
    Ok(())
}

/// Parses the public search's query-string pairs (the operator search passes what is left after its own).
/// Unknown parameters are refused by name, so a typo is not silently ignored.
pub fn parse_search<'a>(
    pairs: impl IntoIterator<Item = (Cow<'a, str>, Cow<'a, str>)>,
) -> Result<SearchParams, ApiError> {
    let mut lat: Option<f64> = None;
    let mut lon: Option<f64> = None;
    let mut place: Option<u32> = None;
    let mut radius_m: Option<u32> = None;
    let mut limit: Option<usize> = None;
    let mut remote_limit: Option<usize> = None;
    let mut delivery: Option<DeliveryFilter> = None;
    let mut open_now: Option<bool> = None;
    let mut q: Option<String> = None;
    let mut lang: Option<LanguageCode> = None;
    let mut params = SearchParams {
        origin: OriginSpec::Place(0),
        radius_m: DEFAULT_RADIUS_M,
        limit: DEFAULT_LIMIT,
        remote_limit: DEFAULT_REMOTE_LIMIT,
        kinds: Vec::new(),
        languages: Vec::new(),
        populations: Vec::new(),
        costs: Vec::new(),
        delivery: None,
        open_now: false,
        words: Vec::new(),
        lang: None,
        staff: StaffFilters::default(),
    };
    for (key, value) in pairs {
        let key = key.as_ref();
        let value = value.as_ref();
        match key {
            "lat" => {
                let v = parse_number("lat", value, "latitude must be a number from -90 to 90")?;
                set_once(&mut lat, "lat", v)?;
            }
            "lon" => {
                let v = parse_number("lon", value, "longitude must be a number from -180 to 180")?;
                set_once(&mut lon, "lon", v)?;
            }
            "place" => {
                let v = parse_number("place", value, "place must be a place id from /api/v1/places")?;
                set_once(&mut place, "place", v)?;
            }
            "radius_m" => {
                let v: f64 = parse_number("radius_m", value, "radius_m must be a number of metres")?;
                if !v.is_finite() || v < 1.0 || v > f64::from(MAX_RADIUS_M) {
                    return Err(ApiError::invalid(
                        "radius_m",
                        format!("radius_m must be between 1 and {MAX_RADIUS_M} metres"),
                    ));
                }
                set_once(&mut radius_m, "radius_m", v.round() as u32)?;
            }
            "limit" => {
                let v: usize = parse_number("limit", value, "limit must be a whole number")?;
                if !(1..=MAX_LIMIT).contains(&v) {
                    return Err(ApiError::invalid(
                        "limit",
                        format!("limit must be between 1 and {MAX_LIMIT}"),
                    ));
                }
                set_once(&mut limit, "limit", v)?;
            }
            "remote_limit" => {
                let v: usize = parse_number("remote_limit", value, "remote_limit must be a whole number")?;
                if v > MAX_REMOTE_LIMIT {
                    return Err(ApiError::invalid(
                        "remote_limit",
                        format!("remote_limit must be between 0 and {MAX_REMOTE_LIMIT}"),
                    ));
                }
                set_once(&mut remote_limit, "remote_limit", v)?;
            }
            "kind" => params.kinds.push(parse_vocab("kind", value)?),
            "population" => params.populations.push(parse_vocab("population", value)?),
            "cost" => params.costs.push(parse_vocab("cost", value)?),
            "language" => params
                .languages
                .push(LanguageCode::parse(value).map_err(|e| ApiError::invalid("language", e.to_string()))?),
            "delivery" => {
                let v = match value.trim() {
                    "in_person" => DeliveryFilter::InPerson,
                    "remote" => DeliveryFilter::Remote,
                    other => match other.parse::<DeliveryMode>() {
                        Ok(mode) if mode.is_remote() => DeliveryFilter::Mode(mode),
                        _ => {
                            return Err(ApiError::invalid(
                                "delivery",
                                "delivery must be one of: in_person, remote, phone, video, chat",
                            ));
                        }
                    },
                };
                set_once(&mut delivery, "delivery", v)?;
            }
            "open_now" => {
                let v = match value.trim() {
                    "true" | "1" | "" => true,
                    "false" | "0" => false,
                    _ => return Err(ApiError::invalid("open_now", "open_now must be true or false")),
                };
                set_once(&mut open_now, "open_now", v)?;
            }
            "q" => {
                if value.chars().count() > MAX_Q_CHARS {
                    return Err(ApiError::invalid(
                        "q",
                        format!("q must be at most {MAX_Q_CHARS} characters"),
                    ));
                }
                set_once(&mut q, "q", value.to_owned())?;
            }
            "lang" => {
                let v = LanguageCode::parse(value).map_err(|e| ApiError::invalid("lang", e.to_string()))?;
                set_once(&mut lang, "lang", v)?;
            }
            other => {
                let shown: String = other.chars().take(40).collect();
                return Err(ApiError::invalid(shown, "unknown parameter"));
            }
        }
    }
    params.origin = match (lat, lon, place) {
        (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "place",
                "give either place or lat and lon, not both",
            ));
        }
        (Some(lat), Some(lon), None) => OriginSpec::Point(LatLon::new(lat, lon).map_err(|e| match e {
            api_types::point::InvalidLatLon::Lat => ApiError::invalid("lat", e.to_string()),
            api_types::point::InvalidLatLon::Lon => ApiError::invalid("lon", e.to_string()),
        })?),
        (Some(_), None, None) => return Err(ApiError::missing("lon", "lon is needed with lat")),
        (None, Some(_), None) => return Err(ApiError::missing("lat", "lat is needed with lon")),
        (None, None, Some(id)) => OriginSpec::Place(id),
        (None, None, None) => {
            return Err(ApiError::missing(
                "place",
                "give a place id (from /api/v1/places) or lat and lon",
            ));
        }
    };
    params.radius_m = radius_m.unwrap_or(DEFAULT_RADIUS_M);
    params.limit = limit.unwrap_or(DEFAULT_LIMIT);
    params.remote_limit = remote_limit.unwrap_or(DEFAULT_REMOTE_LIMIT);
    params.delivery = delivery;
    params.open_now = open_now.unwrap_or(false);
    params.words = q
        .map(|q| {
            fold(&q)
                .split(' ')
                .filter(|w| !w.is_empty())
                .take(8)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    params.lang = lang;
    Ok(params)
}
