//! Referrals: `POST /api/v1/referrals` composes the message an operator sends or reads to the person on the line,
//! in that person's language, and counts it anonymously; `GET /api/v1/referrals/counts` gives admins the counts,
//! small groups withheld.
//!
//! The count is all that is kept: kind, country, first-level division, language and day. No person, no free text,
//! no service and no operator. The console's "warm handoff" note never reaches the server.

use std::collections::HashMap;

use api_types::{ReferralCounts, ReferralDimension, ReferralInput, ReferralMessage};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike as _, NaiveDate};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::Permission;
use crate::coverage::referral::{self, DayCount, MIN_COUNT};
use crate::http::error::ApiError;
use crate::http::extract::ApiJson;
use crate::http::extract::CurrentUser;
use crate::http::extract::{Pairs, only, single};
use crate::http::staff::csv::{csv_download, wants_csv};
use crate::http::state::AppState;

/// Longest span of `from`..`to`, in days.
const MAX_SPAN_DAYS: i64 = 3_660;
/// Days counted when `from` is not given: the last year, today included.
const DEFAULT_SPAN_DAYS: i64 = 365;

/// Compose a referral for the person on the line, and count it.
///
/// The message is written on the server from its Fluent messages, in the caller's language when Ruta ships it
/// (else Spanish): the service's name (in that language when the listing has it), its phones, its hours in short
/// form, and its address — or, for a confidential shelter, that the address is confidential and the intake line
/// to call. Kept: one more referral of that kind, country and first-level division (the caller's place when
/// given, else the service's), language and day. Nothing else.
#[utoipa::path(
    post,
    path = "/referrals",
    tag = "operator",
    operation_id = "create_referral",
    security(("session" = [])),
    request_body = ReferralInput,
    responses(
        (status = 201, body = ReferralMessage, description = "The message; the referral is counted."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only operators and admins refer; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: `service_id` is no listed service, `language` is not a language code, `place_id` is no gazetteer place, or `kind` is not one of the service's kinds."),
    )
)]
pub async fn create_referral(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(input): ApiJson<ReferralInput>,
) -> Result<Response, ApiError> {
    user.require(Permission::CreateReferral)?;
    let localizer = crate::http::language::localizer_or_spanish(input.language.as_str())
        .ok_or_else(|| ApiError::Internal("server messages not loaded".to_owned()))?;
    let place = match input.place_id {
        Some(id) => Some(
            state
                .gazetteer
                .get(id)
                .ok_or_else(|| ApiError::field("place_id", "no such place in the gazetteer"))?,
        ),
        None => None,
    };
    let (composed, counted) = {
        let directory = state.directory();
        let entry = directory
            .get(&input.service_id)
            .filter(|e| e.service.is_listed())
            .ok_or_else(|| ApiError::field("service_id", "no such service"))?;
        let service = &entry.service;
        let kind = match input.kind {
            Some(kind) if service.kinds.contains(&kind) => kind,
            Some(_) => return Err(ApiError::field("kind", "one of the service's kinds")),
            None => *service
                .kinds
                .first()
                .ok_or_else(|| ApiError::field("service_id", "the service offers nothing"))?,
        };
        let (country, admin_area) = match place {
            Some(place) => (place.country, place.admin1_iso.clone()),
            None => (service.country, service_division(&state, service)),
        };
        let composed = referral::compose(service, input.language.as_str(), &localizer);
        let counted = DayCount {
            day: state.clock.now().date_naive(),
            kind,
            country,
            admin_area,
            language: input.language.primary().to_owned(),
            count: 1,
        };
        (composed, counted)
    };
    state.referrals.count_referral(&counted).await?;
    let message = ReferralMessage {
        text: composed.text,
        language: localizer.language(),
        sms_body: composed.sms_body,
    };
    let mut response = (StatusCode::CREATED, Json(message)).into_response();
    if let Ok(value) = HeaderValue::from_str(&localizer.language()) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    Ok(response)
}

/// A service's own first-level division (ISO 3166-2, empty when unknown): the gazetteer's, nearest its premises.
/// Only the division is counted; the exact point stays here.
pub fn service_division(state: &AppState, service: &crate::domain::Service) -> String {
    service
        .location()
        .and_then(|l| state.gazetteer.nearest(l.point))
        .filter(|p| p.country == service.country)
        .map(|p| p.admin1_iso.clone())
        .unwrap_or_default()
}

fn parse_day(field: &'static str, value: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| crate::http::extract::PLAUSIBLE_YEARS.contains(&d.year()))
        .ok_or_else(|| ApiError::invalid(field, format!("{field} must be a date as YYYY-MM-DD")))
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn last_of_month(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1)
        .and_then(|next| next.pred_opt())
        .unwrap_or(day)
}

fn parse_by(pairs: &Pairs) -> Result<Vec<ReferralDimension>, ApiError> {
    let mut by: Vec<ReferralDimension> = Vec::new();
    let values: Vec<&str> = pairs
        .0
        .iter()
        .filter(|(k, _)| k == "by")
        .map(|(_, v)| v.as_str())
        .collect();
    if values.is_empty() {
        return Ok(vec![
            ReferralDimension::Kind,
            ReferralDimension::Country,
            ReferralDimension::Month,
        ]);
    }
    for name in values.iter().flat_map(|v| v.split(',')).map(str::trim) {
        if name.is_empty() {
            continue;
        }
        let dimension = ReferralDimension::ALL
            .into_iter()
            .find(|d| d.as_str() == name)
            .ok_or_else(|| {
                ApiError::invalid(
                    "by",
                    "by must list some of: kind, country, admin_area, language, month",
                )
            })?;
        if !by.contains(&dimension) {
            by.push(dimension);
        }
    }
    Ok(by)
}

/// Referral counts by group (admins). Groups of fewer than 5 referrals are left out and counted in `suppressed`.
///
/// `by` lists the dimensions (comma-separated or repeated) among `kind`, `country`, `admin_area`, `language`,
/// `month`; default `kind,country,month`. `from` and `to` are UTC days, both included; default the last 365
/// days. With `Accept: text/csv` the rows come as CSV (a header row; one column per dimension, then `count`)
/// and the number of groups left out in the `X-Suppressed-Groups` header.
#[utoipa::path(
    get,
    path = "/referrals/counts",
    tag = "operator",
    operation_id = "referral_counts",
    security(("session" = [])),
    params(
        ("from" = Option<String>, Query, description = "First day, YYYY-MM-DD (UTC); default 364 days before `to`. Widened to the first of its month: counts cover whole months, so spans cannot be subtracted to single out a referral."),
        ("to" = Option<String>, Query, description = "Last day, YYYY-MM-DD (UTC), included; default today. Widened to the last day of its month."),
        ("by" = Option<String>, Query, description = "Comma-separated: kind, country, admin_area, language, month; default kind,country,month."),
    ),
    responses(
        (status = 200, body = ReferralCounts, description = "JSON, or CSV with `Accept: text/csv`."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: a bad date, `from` after `to`, a span over ten years, or an unknown dimension."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only admins read referral counts."),
    )
)]
pub async fn referral_counts(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    user.require(Permission::ReadReferralCounts)?;
    only(&pairs, &["from", "to", "by", "lang"])?;
    let today = state.clock.now().date_naive();
    let to = single(&pairs, "to")?
        .map(|v| parse_day("to", v))
        .transpose()?
        .unwrap_or(today);
    let from = single(&pairs, "from")?
        .map(|v| parse_day("from", v))
        .transpose()?
        .unwrap_or(to - chrono::Duration::days(DEFAULT_SPAN_DAYS - 1));
    if from > to {
        return Err(ApiError::invalid("from", "from must not be after to"));
    }
    // Whole months only: two spans a day apart could otherwise be subtracted to reveal a single referral's day,
    // kind, area and language, which suppressing small groups is there to prevent.
    let (from, to) = (first_of_month(from), last_of_month(to));
    if (to - from).num_days() >= MAX_SPAN_DAYS {
        return Err(ApiError::invalid(
            "from",
            format!("from and to must be at most {MAX_SPAN_DAYS} days apart"),
        ));
    }
    let by = parse_by(&pairs)?;
    let days = state.referrals.referral_counts(from, to).await?;
    let names: HashMap<String, String> = state
        .gazetteer
        .places()
        .iter()
        .map(|p| (p.admin1_iso.clone(), p.admin1_name.clone()))
        .collect();
    let (rows, suppressed) = referral::group(&days, &by, MIN_COUNT, &names);
    if wants_csv(&headers) {
        let mut header_row: Vec<&str> = by.iter().map(|d| d.as_str()).collect();
        let with_area_name = by.contains(&ReferralDimension::AdminArea);
        if with_area_name {
            header_row.push("admin_area_name");
        }
        header_row.push("count");
        let records = rows.iter().map(|row| {
            let mut record: Vec<String> = by
                .iter()
                .map(|d| match d {
                    ReferralDimension::Kind => row.kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
                    ReferralDimension::Country => {
                        row.country.map(|c| c.as_str().to_owned()).unwrap_or_default()
                    }
                    ReferralDimension::AdminArea => row.admin_area.clone().unwrap_or_default(),
                    ReferralDimension::Language => row.language.clone().unwrap_or_default(),
                    ReferralDimension::Month => row.period.clone().unwrap_or_default(),
                })
                .collect();
            if with_area_name {
                record.push(row.admin_area_name.clone().unwrap_or_default());
            }
            record.push(row.count.to_string());
            record
        });
        let mut response = csv_download(&header_row, records, "ruta-referral-counts.csv")?;
        if let Ok(value) = HeaderValue::from_str(&suppressed.to_string()) {
            response.headers_mut().insert("x-suppressed-groups", value);
        }
        return Ok(response);
    }
    Ok(Json(ReferralCounts {
        from: from.format("%Y-%m-%d").to_string(),
        to: to.format("%Y-%m-%d").to_string(),
        by,
        min_count: MIN_COUNT,
        rows,
        suppressed,
    })
    .into_response())
}

/// Routes under `/api/v1/referrals`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_referral))
        .routes(routes!(referral_counts))
}
