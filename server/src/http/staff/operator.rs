//! `GET /api/v1/operator/search`: the public search, for hotline operators and admins, with what only they may
//! see on every hit — the door of a confidential shelter, capacity, when the listing was last confirmed.
//! `GET /api/v1/operator/languages`: the languages the directory's services speak, for the console's pickers.

use std::borrow::Cow;

use api_types::{
    DirectoryLanguage, DirectoryLanguages, LanguageCode, OperatorHit, OperatorRemoteHit,
    OperatorSearchResponse,
};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::Permission;
use crate::directory::operator::details;
use crate::directory::{SearchParams, StaffFilters};
use crate::domain::text::fallback_chain;
use crate::http::error::ApiError;
use crate::http::extract::{ApiQuery, CurrentUser, FromQuery, Pairs, reader_language};
use crate::http::public::search::{SearchQuery, parse_search, search_error};
use crate::http::state::AppState;

/// Largest `min_beds`.
const MAX_MIN_BEDS: u32 = 1_000;
/// Largest `verified_within_days` (ten years).
const MAX_VERIFIED_WITHIN_DAYS: u32 = 3_660;

/// Search everything, confidential details included (operators and admins).
///
/// Takes every parameter of `GET /api/v1/search`, with the same meaning and checks, plus `min_beds`,
/// `capacity` and `verified_within_days`. Results come in the public search's order (a confidential shelter
/// ranked by its approximate area); each hit is the public hit unchanged plus `operator`: the exact premises
/// and the distance to them, hours, capacity and when it was reported, when the listing was last confirmed,
/// the organisation and the description.
#[utoipa::path(
    get,
    path = "/operator/search",
    tag = "operator",
    operation_id = "operator_search",
    security(("session" = [])),
    params(
        SearchQuery,
        ("min_beds" = Option<u32>, Query, description = "Only services reporting places free, 0..1000. Capacity is recorded as a level, not a number: any value of 1 or more keeps `available` and `limited`; 0 keeps all."),
        ("capacity" = Option<Vec<api_types::Capacity>>, Query, description = "Only these capacity levels; repeatable (any of)."),
        ("verified_within_days" = Option<u32>, Query, description = "Only listings their organisation confirmed (or whose capacity it reported) within this many days, 0..3660."),
    ),
    responses(
        (status = 200, body = OperatorSearchResponse),
        (status = 400, body = api_types::ErrorBody, description = "A parameter is missing or wrong; `field` names it."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only operators and admins search confidential details."),
        (status = 404, body = api_types::ErrorBody, description = "No such place."),
    )
)]
pub async fn search_operator(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    ApiQuery(OperatorQuery(mut params)): ApiQuery<OperatorQuery>,
) -> Result<Json<OperatorSearchResponse>, ApiError> {
    user.require(Permission::SearchConfidential)?;
    params.lang = reader_language(params.lang.take(), &headers);
    let now = state.clock.now();
    let chain = fallback_chain(params.lang.as_ref().map(|l| l.as_str()));
    let directory = state.directory();
    let answer = state
        .with_country_facts(|facts| directory.search_with_entries(&params, facts, now))
        .map_err(search_error)?;
    let origin = answer.origin;
    let response = answer.response;
    let results = response
        .results
        .into_iter()
        .zip(&answer.results)
        .map(|(hit, entry)| OperatorHit {
            hit,
            operator: details(entry, &directory, Some(origin), &chain, now),
        })
        .collect();
    let remote = response
        .remote
        .into_iter()
        .zip(&answer.remote)
        .map(|(hit, entry)| OperatorRemoteHit {
            hit,
            operator: details(entry, &directory, Some(origin), &chain, now),
        })
        .collect();
    Ok(Json(OperatorSearchResponse {
        demo: response.demo,
        origin: response.origin,
        radius_m: response.radius_m,
        results,
        remote,
        country: response.country,
    }))
}

/// The public search's parameters with the operator's own filters.
#[derive(Debug)]
pub struct OperatorQuery(SearchParams);

impl FromQuery for OperatorQuery {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        let (staff, public) = staff_filters(pairs)?;
        let mut params = parse_search(public)?;
        params.staff = staff;
        Ok(Self(params))
    }
}

/// Query pairs passed on to the public search's parser.
type PublicPairs<'a> = Vec<(Cow<'a, str>, Cow<'a, str>)>;

/// Splits the operator-only parameters off; the rest go to the public search's parser, which refuses anything
/// it does not know by name.
fn staff_filters(pairs: &Pairs) -> Result<(StaffFilters, PublicPairs<'_>), ApiError> {
    let mut staff = StaffFilters::default();
    let mut min_beds: Option<u32> = None;
    let mut verified: Option<u32> = None;
    let mut rest = Vec::new();
    for (key, value) in pairs.iter() {
        match key.as_ref() {
            "min_beds" => once_up_to(&mut min_beds, "min_beds", &value, MAX_MIN_BEDS)?,
            "verified_within_days" => {
                once_up_to(
                    &mut verified,
                    "verified_within_days",
                    &value,
                    MAX_VERIFIED_WITHIN_DAYS,
                )?;
            }
            "capacity" => staff.capacity.push(
                value
                    .trim()
                    .parse()
                    .map_err(|e: api_types::UnknownValue| ApiError::invalid("capacity", e.to_string()))?,
            ),
            _ => rest.push((key, value)),
        }
    }
    staff.min_beds = min_beds.unwrap_or(0);
    staff.verified_within_days = verified;
    Ok((staff, rest))
}

/// `key`'s `value`, a whole number from 0 to `max`, into `slot`: 400 naming `key` when it is not, or when `key`
/// was given before.
fn once_up_to(slot: &mut Option<u32>, key: &'static str, value: &str, max: u32) -> Result<(), ApiError> {
    let v: u32 = value
        .trim()
        .parse()
        .ok()
        .filter(|v| *v <= max)
        .ok_or_else(|| ApiError::invalid(key, format!("{key} must be a whole number from 0 to {max}")))?;
    if slot.replace(v).is_some() {
        return Err(ApiError::invalid(key, "given more than once"));
    }
    Ok(())
}

/// The languages the directory's listed services speak, with how many speak each, and the languages Ruta writes
/// referrals in (with 0 when no listing speaks them): what the console offers for the caller's language and the
/// "language spoken" filter, K'iche' (`quc`) and every other language of the directory included.
///
/// Each comes with the language a referral for a caller who speaks it is written in: itself when Ruta ships it,
/// else Spanish. Regional variants are counted under their language (`pt-BR` as `pt`).
#[utoipa::path(
    get,
    path = "/operator/languages",
    tag = "operator",
    operation_id = "list_directory_languages",
    security(("session" = [])),
    responses(
        (status = 200, body = DirectoryLanguages, description = "Most listed services first, then by code."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only operators and admins."),
    )
)]
pub async fn list_directory_languages(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<DirectoryLanguages>, ApiError> {
    user.require(Permission::SearchConfidential)?;
    let mut counts: Vec<(String, u32)> = state
        .directory()
        .languages()
        .map(|(code, n)| (code.to_owned(), n))
        .collect();
    for shipped in crate::http::language::every_language() {
        let language = shipped.language();
        let subtag = language.split('-').next().unwrap_or(&language).to_owned();
        if !counts.iter().any(|(code, _)| *code == subtag) {
            counts.push((subtag, 0));
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let languages = counts
        .into_iter()
        .filter_map(|(code, services)| {
            let code = LanguageCode::parse(&code).ok()?;
            let referral_language = crate::http::language::localizer_or_spanish(code.as_str())
                .map_or_else(|| "es".to_owned(), |l| l.language());
            Some(DirectoryLanguage {
                code,
                services,
                referral_language,
            })
        })
        .collect();
    Ok(Json(DirectoryLanguages { languages }))
}

/// Routes under `/api/v1/operator`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search_operator))
        .routes(routes!(list_directory_languages))
}
