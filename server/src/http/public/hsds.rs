//! `/hsds/…`: the directory as Open Referral HSDS 3.0, read-only, for other directories to read.
//!
//! The routes and parameters of the HSDS 3.0 OpenAPI (`page` from 1, `per_page` up to 100, `search`,
//! `taxonomy_term_id`, `taxonomy_id`, `organization_id`, `modified_after`, `full`, `full_service`), with Ruta's
//! extension `lat`, `lng`, `radius_m` on `/hsds/service_at_locations` (results by great-circle distance), and
//! `lang` to choose the language of names. `postcode`/`proximity` are not supported (Ruta has no postcodes), nor
//! `format=ndjson`. Every bad parameter is a 400 naming it; unknown ids are 404s.
//!
//! A confidential shelter is exported without any location (see [`crate::hsds::export`]); defunct services are
//! not exported.

use api_types::{LanguageCode, LatLon};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::directory::{Directory, Entry};
use crate::geo::distance_m;
use crate::hsds::export::{Depth, Export, Filter, public_premises, service_at_location_id};
use crate::hsds::{ApiInfo, Organization, Page, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm, tabular};
use crate::http::error::ApiError;
use crate::http::extract::{
    ApiPath, ApiQuery, FromQuery, LangOnly, NoParams, Pairs, lang_param, only, reader_language, single,
};
use crate::http::state::AppState;

/// Items on a page when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u64 = 50;
/// The most items on a page.
pub const MAX_PER_PAGE: u64 = 100;
/// The highest page number asked for (10 million items at 100 a page: far beyond any directory).
pub const MAX_PAGE: u64 = 100_000;
/// The largest `radius_m` of the HSDS API: half the Earth's circumference, so every point is within it. Wider
/// than the search's `api_types::search::MAX_RADIUS_M` on purpose: an HSDS client pages through everything, while
/// the search answers one screen, nearest first.
pub const MAX_HSDS_RADIUS_M: f64 = 20_040_000.0;

const PAGING: [&str; 4] = ["page", "per_page", "format", "lang"];

/// The keys of [`filter`], taken by services and services at locations.
const FILTER_KEYS: [&str; 5] = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
];

fn allow(pairs: &Pairs, extra: &[&[&str]]) -> Result<(), ApiError> {
    if let Some((key, _)) = pairs.0.iter().find(|(k, _)| k == "postcode" || k == "proximity") {
        return Err(ApiError::invalid(
            key.as_str(),
            "Ruta has no postcodes; search around a point with lat, lng and radius_m",
        ));
    }
    let allowed: Vec<&str> = PAGING
        .iter()
        .chain(extra.iter().copied().flatten())
        .copied()
        .collect();
    only(pairs, &allowed)
}

fn whole(pairs: &Pairs, key: &str, message: &str) -> Result<Option<u64>, ApiError> {
    single(pairs, key)?
        .map(|v| {
            v.trim()
                .parse::<u64>()
                .map_err(|_| ApiError::invalid(key, message))
        })
        .transpose()
}

/// `page` and `per_page`.
fn paging(pairs: &Pairs) -> Result<(u64, u64), ApiError> {
    let page_message = format!("page must be a whole number from 1 to {MAX_PAGE}");
    let page = whole(pairs, "page", &page_message)?.unwrap_or(1);
    if !(1..=MAX_PAGE).contains(&page) {
        return Err(ApiError::invalid("page", page_message));
    }
    let per_page_message = format!("per_page must be a whole number from 1 to {MAX_PER_PAGE}");
    let per_page = whole(pairs, "per_page", &per_page_message)?.unwrap_or(DEFAULT_PER_PAGE);
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(ApiError::invalid("per_page", per_page_message));
    }
    if let Some(format) = single(pairs, "format")?
        && format != "json"
    {
        return Err(ApiError::invalid("format", "only format=json is supported"));
    }
    Ok((page, per_page))
}

fn flag(pairs: &Pairs, key: &str) -> Result<bool, ApiError> {
    match single(pairs, key)?.map(str::trim) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => Err(ApiError::invalid(key, format!("{key} must be true or false"))),
    }
}

fn uuid_param(pairs: &Pairs, key: &str) -> Result<Option<Uuid>, ApiError> {
    single(pairs, key)?
        .map(|v| {
            Uuid::parse_str(v.trim()).map_err(|_| ApiError::invalid(key, format!("{key} must be a UUID")))
        })
        .transpose()
}

fn number(pairs: &Pairs, key: &str, message: &str) -> Result<Option<f64>, ApiError> {
    single(pairs, key)?
        .map(|v| {
            v.trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .ok_or_else(|| ApiError::invalid(key, message))
        })
        .transpose()
}

/// The filters shared by services and services at locations.
fn filter(pairs: &Pairs) -> Result<Filter, ApiError> {
    let modified_after = single(pairs, "modified_after")?
        .map(|v| {
            DateTime::parse_from_rfc3339(v.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| {
                    ApiError::invalid(
                        "modified_after",
                        "modified_after must be an RFC 3339 date and time, e.g. 2026-01-31T00:00:00Z",
                    )
                })
        })
        .transpose()?;
    Ok(Filter {
        words: search(pairs)?,
        taxonomy_term_id: uuid_param(pairs, "taxonomy_term_id")?,
        taxonomy_id: uuid_param(pairs, "taxonomy_id")?,
        organization_id: uuid_param(pairs, "organization_id")?,
        modified_after,
    })
}

/// The words of `search`, folded; none when it is absent.
fn search(pairs: &Pairs) -> Result<Vec<String>, ApiError> {
    Ok(single(pairs, "search")?
        .map(Filter::search_words)
        .unwrap_or_default())
}

/// `true` in `key`: every item fully nested.
fn depth(pairs: &Pairs, key: &str) -> Result<Depth, ApiError> {
    Ok(if flag(pairs, key)? {
        Depth::Full
    } else {
        Depth::Brief
    })
}

/// The directory exported at the clock's now, names in the reader's language (`lang`, else `Accept-Language`).
fn export<'a>(
    state: &'a AppState,
    directory: &'a Directory,
    lang: Option<LanguageCode>,
    headers: &HeaderMap,
) -> Export<'a> {
    let lang = reader_language(lang, headers);
    Export::new(directory, &state.countries, state.clock.now(), lang.as_ref())
}

/// `page`, `per_page` and `format`, which every list takes, as the OpenAPI document lists them ([`paging`] reads
/// them: this type only describes them).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "never built: it only lists the parameters in the OpenAPI document"
)]
struct ListPaging {
    /// Page, 1..100000; default 1.
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u64>,
    /// Items to a page, 1..100; default 50.
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u64>,
    /// `json` only (`ndjson` is not supported).
    format: Option<String>,
}

/// The service filters ([`FILTER_KEYS`]) and `full`, which services and services at locations take, as the
/// OpenAPI document lists them ([`filter`] and [`depth`] read them: this type only describes them).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "never built: it only lists the parameters in the OpenAPI document"
)]
struct ServiceFilters {
    /// Words that must start words of a name or description; accents ignored.
    search: Option<String>,
    /// Only services with this taxonomy term.
    taxonomy_term_id: Option<Uuid>,
    /// Only services with a term of this taxonomy.
    taxonomy_id: Option<Uuid>,
    /// Only this organisation's services.
    organization_id: Option<Uuid>,
    /// Only services changed at or after this RFC 3339 date and time, e.g. `2026-01-31T00:00:00Z`.
    modified_after: Option<String>,
    /// `true`: every item fully nested.
    full: Option<bool>,
}

/// A list endpoint's own parameters, beside the paging and `lang` every list takes.
trait ListParams: Sized {
    /// Its keys, in groups; any other key but the paging ones and `lang` is refused by name.
    const KEYS: &'static [&'static [&'static str]];
    /// Whether `lang` is read. The taxonomies are in English only: there `lang` is allowed and ignored.
    const LANG: bool = true;
    /// Parses its keys (the paging ones are already checked).
    fn parse(pairs: &Pairs) -> Result<Self, ApiError>;
}

/// A list endpoint's query: unknown keys first, then `page`, `per_page` and `format`, the endpoint's own
/// parameters, and `lang` last — the first one at fault is the one a 400 names.
#[derive(Debug)]
struct Listing<P> {
    page: u64,
    per_page: u64,
    lang: Option<LanguageCode>,
    params: P,
}

impl<P: ListParams> FromQuery for Listing<P> {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        allow(pairs, P::KEYS)?;
        let (page, per_page) = paging(pairs)?;
        let params = P::parse(pairs)?;
        let lang = if P::LANG { lang_param(pairs)? } else { None };
        Ok(Self {
            page,
            per_page,
            lang,
            params,
        })
    }
}

impl<P> Listing<P> {
    /// The page asked for of everything that matched.
    fn page_of<T>(&self, matched: Vec<T>) -> Page<T> {
        Page::of(matched, self.page, self.per_page)
    }
}

/// `/hsds/services`: the service filters and `full`.
#[derive(Debug)]
struct ServiceParams {
    filter: Filter,
    depth: Depth,
}

impl ListParams for ServiceParams {
    const KEYS: &'static [&'static [&'static str]] = &[&FILTER_KEYS, &["full"]];

    fn parse(pairs: &Pairs) -> Result<Self, ApiError> {
        let filter = filter(pairs)?;
        let depth = depth(pairs, "full")?;
        Ok(Self { filter, depth })
    }
}

/// `/hsds/organizations`: `search`, `full` and `full_service`.
#[derive(Debug)]
struct OrganizationParams {
    words: Vec<String>,
    full: bool,
    full_service: bool,
}

impl ListParams for OrganizationParams {
    const KEYS: &'static [&'static [&'static str]] = &[&["search", "full", "full_service"]];

    fn parse(pairs: &Pairs) -> Result<Self, ApiError> {
        let words = search(pairs)?;
        let full = flag(pairs, "full")?;
        let full_service = flag(pairs, "full_service")?;
        Ok(Self {
            words,
            full,
            full_service,
        })
    }
}

/// `/hsds/service_at_locations`: the service filters, Ruta's `lat`/`lng`/`radius_m`, and `full`.
#[derive(Debug)]
struct ServiceAtLocationParams {
    filter: Filter,
    around: Option<Around>,
    depth: Depth,
}

impl ListParams for ServiceAtLocationParams {
    const KEYS: &'static [&'static [&'static str]] = &[&FILTER_KEYS, &["full", "lat", "lng", "radius_m"]];

    fn parse(pairs: &Pairs) -> Result<Self, ApiError> {
        let filter = filter(pairs)?;
        let around = around(pairs)?;
        let depth = depth(pairs, "full")?;
        Ok(Self {
            filter,
            around,
            depth,
        })
    }
}

/// `/hsds/taxonomies`: `search`.
#[derive(Debug)]
struct TaxonomyParams {
    words: Vec<String>,
}

impl ListParams for TaxonomyParams {
    const KEYS: &'static [&'static [&'static str]] = &[&["search"]];
    const LANG: bool = false;

    fn parse(pairs: &Pairs) -> Result<Self, ApiError> {
        Ok(Self {
            words: search(pairs)?,
        })
    }
}

/// `/hsds/taxonomy_terms`: `search`, `taxonomy_id`, `parent_id` and `top_only` (checked, changes nothing).
#[derive(Debug)]
struct TaxonomyTermParams {
    words: Vec<String>,
    taxonomy_id: Option<Uuid>,
    parent_id: Option<Uuid>,
}

impl ListParams for TaxonomyTermParams {
    const KEYS: &'static [&'static [&'static str]] = &[&["search", "taxonomy_id", "parent_id", "top_only"]];
    const LANG: bool = false;

    fn parse(pairs: &Pairs) -> Result<Self, ApiError> {
        let words = search(pairs)?;
        let taxonomy_id = uuid_param(pairs, "taxonomy_id")?;
        let parent_id = uuid_param(pairs, "parent_id")?;
        flag(pairs, "top_only")?;
        Ok(Self {
            words,
            taxonomy_id,
            parent_id,
        })
    }
}

/// Version information: HSDS 3.0, no profile, the OpenAPI document followed.
///
/// Also at `/hsds` (without the slash).
#[utoipa::path(
    get,
    path = "/hsds/",
    tag = "hsds",
    operation_id = "hsds_api_info",
    responses(
        (status = 200, body = Object, description = "HSDS `api_info`: `version`, `profile`, `openapi_url`."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: this endpoint takes no parameters."),
    )
)]
pub async fn get_api_info(ApiQuery(NoParams): ApiQuery<NoParams>) -> Result<Json<ApiInfo>, ApiError> {
    Ok(Json(ApiInfo::ruta()))
}

/// Services, by id, one-to-one fields and their organisation (`full=true`: fully nested).
#[utoipa::path(
    get,
    path = "/hsds/services",
    tag = "hsds",
    operation_id = "hsds_list_services",
    params(
        ListPaging,
        ServiceFilters,
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `Page` whose `contents` are `service` objects."),
        ListErrors,
    )
)]
async fn list_services(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<Listing<ServiceParams>>,
) -> Result<Json<Page<Service>>, ApiError> {
    let ServiceParams { filter, depth } = &query.params;
    let directory = state.directory();
    let export = export(&state, &directory, query.lang.clone(), &headers);
    let matched: Vec<&Entry> = export
        .listed()
        .into_iter()
        .map(|e| &**e)
        .filter(|e| filter.accepts(e))
        .collect();
    Ok(Json(query.page_of(matched).map(|e| export.service(e, *depth))))
}

/// One service, fully nested.
#[utoipa::path(
    get,
    path = "/hsds/services/{id}",
    tag = "hsds",
    operation_id = "hsds_find_service",
    params(
        ("id" = Uuid, Path, description = "Service id."),
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `service`, fully nested."),
        FindErrors,
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such listed service."),
    )
)]
pub async fn find_service(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiQuery(LangOnly(lang)): ApiQuery<LangOnly>,
) -> Result<Json<Service>, ApiError> {
    let directory = state.directory();
    let export = export(&state, &directory, lang, &headers);
    let entry = export.find(&id).ok_or(ApiError::not_found("service", "id"))?;
    Ok(Json(export.service(entry, Depth::Full)))
}

fn organization_with_services(
    export: &Export<'_>,
    org: &crate::domain::Organization,
    services: Option<&Vec<&std::sync::Arc<Entry>>>,
    depth: Depth,
) -> Organization {
    let services = services
        .into_iter()
        .flatten()
        .map(|e| export.service(e, depth))
        .collect();
    export.organization(org, Some(services))
}

/// Organisations, by id (`full=true`: with their services; `full_service=true`: fully nested services).
#[utoipa::path(
    get,
    path = "/hsds/organizations",
    tag = "hsds",
    operation_id = "hsds_list_organizations",
    params(
        ListPaging,
        ("search" = Option<String>, Query, description = "Words that must start words of the name or a description; accents ignored."),
        ("full" = Option<bool>, Query, description = "`true`: with their services."),
        ("full_service" = Option<bool>, Query, description = "`true`: with their services, fully nested."),
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `Page` whose `contents` are `organization` objects."),
        ListErrors,
    )
)]
async fn list_organizations(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<Listing<OrganizationParams>>,
) -> Result<Json<Page<Organization>>, ApiError> {
    let OrganizationParams {
        words,
        full,
        full_service,
    } = &query.params;
    let directory = state.directory();
    let export = export(&state, &directory, query.lang.clone(), &headers);
    let matched: Vec<_> = export
        .organizations()
        .into_iter()
        .filter(|o| {
            let texts: Vec<&str> = std::iter::once(o.name.as_str())
                .chain(o.descriptions.values().map(String::as_str))
                .collect();
            words_match(words, &texts)
        })
        .collect();
    let by_org = (*full || *full_service).then(|| export.services_by_organization());
    let depth = if *full_service { Depth::Full } else { Depth::Brief };
    Ok(Json(query.page_of(matched).map(|o| match &by_org {
        Some(by_org) => organization_with_services(&export, o, by_org.get(&o.id), depth),
        None => export.organization(o, None),
    })))
}

/// One organisation with its services (`full_service=true`: fully nested).
#[utoipa::path(
    get,
    path = "/hsds/organizations/{id}",
    tag = "hsds",
    operation_id = "hsds_find_organization",
    params(
        ("id" = Uuid, Path, description = "Organisation id."),
        ("full_service" = Option<bool>, Query, description = "`true`: its services fully nested."),
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `organization` with its services."),
        FindErrors,
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such organisation."),
    )
)]
pub async fn find_organization(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Json<Organization>, ApiError> {
    only(&pairs, &["lang", "full_service"])?;
    let full_service = flag(&pairs, "full_service")?;
    let lang = lang_param(&pairs)?;
    let directory = state.directory();
    let export = export(&state, &directory, lang, &headers);
    let org = directory
        .organization(&id)
        .ok_or(ApiError::not_found("organization", "id"))?;
    let services: Vec<_> = export
        .listed()
        .into_iter()
        .filter(|e| e.service.organization_id == id)
        .collect();
    let depth = if full_service { Depth::Full } else { Depth::Brief };
    Ok(Json(organization_with_services(
        &export,
        org,
        Some(&services),
        depth,
    )))
}

/// Where to measure from, and how far.
#[derive(Debug, Clone, Copy)]
struct Around {
    origin: LatLon,
    radius_m: Option<f64>,
}

fn around(pairs: &Pairs) -> Result<Option<Around>, ApiError> {
    let lat = number(pairs, "lat", "lat must be a latitude in degrees from -90 to 90")?;
    let lng = number(
        pairs,
        "lng",
        "lng must be a longitude in degrees from -180 to 180",
    )?;
    let radius_message = format!("radius_m must be a number of metres from 1 to {MAX_HSDS_RADIUS_M}");
    let radius_m = number(pairs, "radius_m", &radius_message)?;
    if radius_m.is_some_and(|r| !(1.0..=MAX_HSDS_RADIUS_M).contains(&r)) {
        return Err(ApiError::invalid("radius_m", radius_message));
    }
    let (lat, lng) = match (lat, lng) {
        (Some(lat), Some(lng)) => (lat, lng),
        (None, None) if radius_m.is_none() => return Ok(None),
        (None, _) => return Err(ApiError::missing("lat", "lat is needed with lng and radius_m")),
        (Some(_), None) => return Err(ApiError::missing("lng", "lng is needed with lat")),
    };
    if !(-90.0..=90.0).contains(&lat) {
        return Err(ApiError::invalid(
            "lat",
            "lat must be a latitude in degrees from -90 to 90",
        ));
    }
    let origin = LatLon::new(lat, lng)
        .map_err(|_| ApiError::invalid("lng", "lng must be a longitude in degrees from -180 to 180"))?;
    Ok(Some(Around { origin, radius_m }))
}

/// Services at their premises, by id, or by great-circle distance from `lat`/`lng` (within `radius_m` when
/// given; each item then has `x_ruta_distance_m`). Confidential shelters have no premises here.
///
/// `lat`, `lng` and `radius_m` are Ruta's extension of HSDS (which has `postcode`/`proximity`, not supported).
#[utoipa::path(
    get,
    path = "/hsds/service_at_locations",
    tag = "hsds",
    operation_id = "hsds_list_service_at_locations",
    params(
        ListPaging,
        ServiceFilters,
        ("lat" = Option<f64>, Query, description = "Ruta extension: latitude in degrees, −90..90, with `lng`. Orders results by great-circle distance from this point (ties by service id) and adds `x_ruta_distance_m` to each item."),
        ("lng" = Option<f64>, Query, description = "Ruta extension: longitude in degrees, −180..180, with `lat`."),
        ("radius_m" = Option<f64>, Query, minimum = 1, maximum = 20040000, description = "Ruta extension: only items within this many metres of `lat`/`lng`, 1..20040000; needs `lat` and `lng`. Default: no limit."),
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `Page` whose `contents` are `service_at_location` objects (with `x_ruta_distance_m`, in whole metres, when `lat`/`lng` are given)."),
        ListErrors,
    )
)]
async fn list_service_at_locations(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<Listing<ServiceAtLocationParams>>,
) -> Result<Json<Page<ServiceAtLocation>>, ApiError> {
    let ServiceAtLocationParams {
        filter,
        around,
        depth,
    } = &query.params;
    let (around, depth) = (*around, *depth);
    let directory = state.directory();
    let export = export(&state, &directory, query.lang.clone(), &headers);
    // One item per location: a service with branches is at each of them.
    let mut matched: Vec<(&Entry, usize, Option<f64>)> = Vec::new();
    for entry in export.listed() {
        if !filter.accepts(entry) {
            continue;
        }
        for (index, place) in public_premises(entry).into_iter().enumerate() {
            let distance = match around {
                None => None,
                Some(around) => {
                    let Ok(point) = LatLon::new(place.lat, place.lon) else {
                        continue;
                    };
                    let d = distance_m(around.origin, point);
                    if around.radius_m.is_some_and(|r| d > r) {
                        continue;
                    }
                    Some(d)
                }
            };
            matched.push((entry, index, distance));
        }
    }
    if around.is_some() {
        matched.sort_by(|a, b| {
            let (da, db) = (a.2.unwrap_or(f64::INFINITY), b.2.unwrap_or(f64::INFINITY));
            da.total_cmp(&db)
                .then(a.0.service.id.cmp(&b.0.service.id))
                .then(a.1.cmp(&b.1))
        });
    }
    let page = query.page_of(matched).map(|(entry, index, distance)| {
        let mut at = export.service_at_location(entry, index, depth, Some(depth))?;
        at.x_ruta_distance_m = distance.map(|d| d.round().max(0.0) as u64);
        Some(at)
    });
    // Every matched service has a public exact location, so no item is dropped here; the counts stay honest
    // even if one were.
    let contents: Vec<ServiceAtLocation> = page.contents.into_iter().flatten().collect();
    Ok(Json(Page {
        total_items: page.total_items,
        total_pages: page.total_pages,
        page_number: page.page_number,
        size: contents.len() as u64,
        first_page: page.first_page,
        last_page: page.last_page,
        empty: contents.is_empty(),
        contents,
    }))
}

/// One service at its premises, fully nested.
#[utoipa::path(
    get,
    path = "/hsds/service_at_locations/{id}",
    tag = "hsds",
    operation_id = "hsds_find_service_at_location",
    params(
        ("id" = Uuid, Path, description = "Service-at-location id."),
        ("lang" = Option<String>, Query, description = "Language to show names and descriptions in; default from Accept-Language, then Spanish."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `service_at_location`, fully nested."),
        FindErrors,
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such service at a public location."),
    )
)]
pub async fn find_service_at_location(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    headers: HeaderMap,
    ApiQuery(LangOnly(lang)): ApiQuery<LangOnly>,
) -> Result<Json<ServiceAtLocation>, ApiError> {
    let directory = state.directory();
    let export = export(&state, &directory, lang, &headers);
    export
        .listed()
        .into_iter()
        .find_map(|e| {
            let place = (0..e.public.len()).find(|&p| service_at_location_id(e.service.id, p) == id)?;
            Some((e, place))
        })
        .and_then(|(e, place)| export.service_at_location(e, place, Depth::Full, Some(Depth::Full)))
        .map(Json)
        .ok_or(ApiError::not_found("service_at_location", "id"))
}

fn words_match(words: &[String], texts: &[&str]) -> bool {
    let mut text = String::new();
    for t in texts {
        text.push(' ');
        text.push_str(&crate::domain::text::fold(t));
    }
    words.iter().all(|w| text.contains(&format!(" {w}")))
}

/// Ruta's taxonomies or their terms, then the source ones, as the export lists them.
fn vocabulary<T>(state: &AppState, headers: &HeaderMap, list: impl FnOnce(&Export) -> Vec<T>) -> Vec<T> {
    let directory = state.directory();
    list(&export(state, &directory, None, headers))
}

/// The one entry `is_it` picks, or `not_found` naming `what`.
fn with_id<T>(all: Vec<T>, is_it: impl Fn(&T) -> bool, what: &'static str) -> Result<Json<T>, ApiError> {
    all.into_iter()
        .find(is_it)
        .map(Json)
        .ok_or(ApiError::not_found(what, "id"))
}

/// Ruta's taxonomies (service kinds, populations served, delivery modes), then those of the terms services were
/// imported with.
#[utoipa::path(
    get,
    path = "/hsds/taxonomies",
    tag = "hsds",
    operation_id = "hsds_list_taxonomies",
    params(
        ListPaging,
        ("search" = Option<String>, Query, description = "Words that must start words of the name or description; accents ignored."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `Page` whose `contents` are `taxonomy` objects."),
        ListErrors,
    )
)]
async fn list_taxonomies(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<Listing<TaxonomyParams>>,
) -> Result<Json<Page<Taxonomy>>, ApiError> {
    let TaxonomyParams { words } = &query.params;
    let matched: Vec<Taxonomy> = vocabulary(&state, &headers, |e| e.taxonomies())
        .into_iter()
        .filter(|t| words_match(words, &[&t.name, &t.description]))
        .collect();
    Ok(Json(query.page_of(matched)))
}

/// One taxonomy.
#[utoipa::path(
    get,
    path = "/hsds/taxonomies/{id}",
    tag = "hsds",
    operation_id = "hsds_find_taxonomy",
    params(("id" = Uuid, Path, description = "Taxonomy id.")),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `taxonomy`."),
        FindErrors,
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such taxonomy."),
    )
)]
pub async fn find_taxonomy(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiQuery(NoParams): ApiQuery<NoParams>,
) -> Result<Json<Taxonomy>, ApiError> {
    with_id(
        vocabulary(&state, &headers, |e| e.taxonomies()),
        |t| t.id == id,
        "taxonomy",
    )
}

/// The terms of Ruta's taxonomies, then the terms services were imported with (none has a parent: `top_only` changes nothing, `parent_id` finds none).
#[utoipa::path(
    get,
    path = "/hsds/taxonomy_terms",
    tag = "hsds",
    operation_id = "hsds_list_taxonomy_terms",
    params(
        ListPaging,
        ("search" = Option<String>, Query, description = "Words that must start words of the code, name or description; accents ignored."),
        ("taxonomy_id" = Option<Uuid>, Query, description = "Only this taxonomy's terms."),
        ("parent_id" = Option<Uuid>, Query, description = "Only this term's children (no term has a parent: none)."),
        ("top_only" = Option<bool>, Query, description = "Only terms without a parent (all of them)."),
    ),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `Page` whose `contents` are `taxonomy_term` objects."),
        ListErrors,
    )
)]
async fn list_taxonomy_terms(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<Listing<TaxonomyTermParams>>,
) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    let TaxonomyTermParams {
        words,
        taxonomy_id,
        parent_id,
    } = &query.params;
    let matched: Vec<TaxonomyTerm> = vocabulary(&state, &headers, |e| e.taxonomy_terms())
        .into_iter()
        .filter(|_| parent_id.is_none())
        .filter(|t| taxonomy_id.is_none_or(|id| id == t.taxonomy_id))
        .filter(|t| {
            words_match(
                words,
                &[t.code.as_deref().unwrap_or_default(), &t.name, &t.description],
            )
        })
        .collect();
    Ok(Json(query.page_of(matched)))
}

/// One taxonomy term.
#[utoipa::path(
    get,
    path = "/hsds/taxonomy_terms/{id}",
    tag = "hsds",
    operation_id = "hsds_find_taxonomy_term",
    params(("id" = Uuid, Path, description = "Taxonomy term id.")),
    responses(
        (status = 200, body = Object, description = "An HSDS 3.0 `taxonomy_term`."),
        FindErrors,
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such taxonomy term."),
    )
)]
pub async fn find_taxonomy_term(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<Uuid>,
    ApiQuery(NoParams): ApiQuery<NoParams>,
) -> Result<Json<TaxonomyTerm>, ApiError> {
    with_id(
        vocabulary(&state, &headers, |e| e.taxonomy_terms()),
        |t| t.id == id,
        "taxonomy_term",
    )
}

/// The HSDS 3.0 tabular data package of the whole public directory: `datapackage.json` and one CSV per table.
#[utoipa::path(
    get,
    path = "/hsds/export.zip",
    tag = "hsds",
    operation_id = "hsds_export_zip",
    params(
        ("lang" = Option<String>, Query, description = "Language of names and descriptions (`Accept-Language` is not consulted here)."),
    ),
    responses(
        (status = 200, content_type = "application/zip", body = inline(crate::http::openapi::ZipFile), description = "A zip (`ruta-hsds-3.0.zip`) with `datapackage.json` and one CSV per HSDS table."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `lang` is wrong, or a parameter is unknown; `field` names it."),
    )
)]
pub async fn get_export_zip(State(state): State<AppState>, pairs: Pairs) -> Result<Response, ApiError> {
    only(&pairs, &["lang"])?;
    let lang = lang_param(&pairs)?;
    // Seconds of work on a large directory in a debug build: off the async workers, and the directory is read
    // only while the rows are gathered.
    let built = tokio::task::spawn_blocking(move || {
        let now = state.clock.now();
        let rows = {
            let directory = state.directory();
            let export = Export::new(&directory, &state.countries, now, lang.as_ref());
            tabular::Rows::collect(&export)?
        };
        tabular::package(&rows, now)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("hsds export task: {e}")))?;
    let bytes = built.map_err(|e| ApiError::Internal(format!("hsds export: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/zip")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"ruta-hsds-3.0.zip\""),
            ),
            // Already deflated: tells the compression layer to leave it alone.
            (header::CONTENT_ENCODING, HeaderValue::from_static("identity")),
        ],
        bytes,
    )
        .into_response())
}

/// Routes, at the top level (`/hsds/…`, beside `/api/v1`).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .route("/hsds", get(get_api_info))
        .routes(routes!(get_api_info))
        .routes(routes!(list_services))
        .routes(routes!(find_service))
        .routes(routes!(list_organizations))
        .routes(routes!(find_organization))
        .routes(routes!(list_service_at_locations))
        .routes(routes!(find_service_at_location))
        .routes(routes!(list_taxonomies))
        .routes(routes!(find_taxonomy))
        .routes(routes!(list_taxonomy_terms))
        .routes(routes!(find_taxonomy_term))
        .routes(routes!(get_export_zip))
        // Anything else under /hsds is a JSON 404, not the app's page.
        .route("/hsds/{*rest}", get(|| async { ApiError::NoRoute }))
        .layer(axum::middleware::from_fn(crate::http::language::localize_errors))
}

/// What a list answers besides its page.
#[derive(utoipa::IntoResponses)]
#[expect(
    dead_code,
    reason = "only documents the answers: the errors themselves are ApiError's"
)]
enum ListErrors {
    #[response(
        status = 400,
        description = "`invalid_parameter` or `missing_parameter`: a parameter is wrong, missing or unknown (`postcode` and `proximity` are not supported); `field` names it."
    )]
    BadParameter(api_types::ErrorBody),
}

/// What a look-up by id answers besides the record (its `not_found` is the route's own).
#[derive(utoipa::IntoResponses)]
#[expect(
    dead_code,
    reason = "only documents the answers: the errors themselves are ApiError's"
)]
enum FindErrors {
    #[response(
        status = 400,
        description = "`invalid_parameter`: the id is not a UUID, or a parameter is wrong or unknown; `field` names it."
    )]
    BadParameter(api_types::ErrorBody),
}
