//! `/api/v1/counsellors`: who gives remote sessions, and their free times — no account needed.

use api_types::booking::{CounsellorView, SlotList};
use api_types::{CountryCode, Gender, LanguageCode, Modality};
use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Datelike as _, Duration, Utc};
use chrono_tz::Tz;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::booking::listing::{CounsellorQuery, Organisations};
use crate::booking::service::{PLAUSIBLE_YEARS, slot_view};
use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, ApiQuery, FromQuery, Pairs, only, single};
use crate::http::state::AppState;

/// Routes under `/api/v1/counsellors`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_counsellors))
        .routes(routes!(counsellor_slots))
}

/// `GET /counsellors` filters and order.
#[derive(Debug)]
struct CounsellorFilter(CounsellorQuery);

impl FromQuery for CounsellorFilter {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(
            pairs,
            &[
                "language",
                "gender",
                "speciality",
                "modality",
                "organization",
                "lang",
                "country",
            ],
        )?;
        let language = |key: &'static str, v: &str| {
            LanguageCode::parse(v).map_err(|e| ApiError::invalid(key, e.to_string()))
        };
        let languages = pairs
            .0
            .iter()
            .filter(|(k, _)| k == "language")
            .map(|(_, v)| language("language", v))
            .collect::<Result<_, _>>()?;
        // Anyone may leave their gender unsaid, but asking for "unspecified" finds nobody in particular.
        let gender = single(pairs, "gender")?
            .map(|g| {
                g.parse()
                    .ok()
                    .filter(|g| *g != Gender::Unspecified)
                    .ok_or_else(|| ApiError::invalid("gender", "woman, man or non_binary"))
            })
            .transpose()?;
        let modality = single(pairs, "modality")?
            .map(|m| {
                m.parse::<Modality>()
                    .map_err(|_| ApiError::invalid("modality", "video, phone or chat"))
            })
            .transpose()?;
        let organization = single(pairs, "organization")?
            .map(|o| {
                Uuid::parse_str(o).map_err(|_| ApiError::invalid("organization", "an organisation id (UUID)"))
            })
            .transpose()?;
        let country = single(pairs, "country")?
            .map(|c| CountryCode::parse(c).map_err(|e| ApiError::invalid("country", e.to_string())))
            .transpose()?;
        Ok(Self(CounsellorQuery {
            languages,
            gender,
            speciality: single(pairs, "speciality")?.map(str::to_owned),
            modality,
            organization,
            prefer_language: single(pairs, "lang")?.map(|l| language("lang", l)).transpose()?,
            country,
        }))
    }
}

/// `GET /counsellors?language=&gender=&speciality=&modality=&organization=&lang=&country=`.
#[utoipa::path(
    get,
    path = "/counsellors",
    tag = "appointments",
    params(
        ("language" = Option<Vec<String>>, Query, description = "Speaks one of these languages (repeatable)."),
        ("gender" = Option<String>, Query, description = "`woman`, `man` or `non_binary`."),
        ("speciality" = Option<String>, Query, description = "e.g. `children`, `men`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`."),
        ("modality" = Option<String>, Query, description = "`video`, `phone` or `chat`."),
        ("organization" = Option<Uuid>, Query, description = "Only this organisation's counsellors (booking from one of its services)."),
        ("lang" = Option<String>, Query, description = "The person's language: counsellors who speak it come first."),
        ("country" = Option<String>, Query, description = "The person's country (ISO 3166-1 alpha-2): then counsellors whose organisation works there."),
    ),
    responses(
        (status = 200, body = Vec<api_types::booking::CounsellorView>, description = "The person's language first, then their country, then the soonest free time."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`, naming the parameter."),
    )
)]
async fn list_counsellors(
    State(state): State<AppState>,
    ApiQuery(CounsellorFilter(query)): ApiQuery<CounsellorFilter>,
) -> Result<Json<Vec<CounsellorView>>, ApiError> {
    let organisations = Organisations::of(&state.directory());
    Ok(Json(
        state
            .booking
            .list(&query, &organisations, state.clock.now())
            .await?,
    ))
}

/// `GET /counsellors/{id}/slots` parameters.
#[derive(Debug)]
struct SlotRange {
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    tz: Option<Tz>,
}

fn parse_time(value: Option<&str>, field: &'static str) -> Result<Option<DateTime<Utc>>, ApiError> {
    value
        .map(|v| {
            DateTime::parse_from_rfc3339(v)
                .ok()
                .map(|t| t.with_timezone(&Utc))
                .filter(|t| PLAUSIBLE_YEARS.contains(&t.year()))
                .ok_or_else(|| ApiError::invalid(field, "an RFC 3339 time such as 2026-12-01T15:00:00Z"))
        })
        .transpose()
}

impl FromQuery for SlotRange {
    fn from_query(pairs: &Pairs) -> Result<Self, ApiError> {
        only(pairs, &["from", "to", "tz"])?;
        Ok(Self {
            from: parse_time(single(pairs, "from")?, "from")?,
            to: parse_time(single(pairs, "to")?, "to")?,
            tz: single(pairs, "tz")?
                .map(|name| {
                    name.parse()
                        .map_err(|_| ApiError::invalid("tz", "an IANA time zone such as America/Lima"))
                })
                .transpose()?,
        })
    }
}

/// `GET /counsellors/{id}/slots?from&to&tz`: free slots, at most 31 days at a time.
#[utoipa::path(
    get,
    path = "/counsellors/{id}/slots",
    tag = "appointments",
    operation_id = "counsellor_slots",
    params(
        ("id" = Uuid, Path, description = "Counsellor id."),
        ("from" = Option<String>, Query, description = "RFC 3339; default now."),
        ("to" = Option<String>, Query, description = "RFC 3339; default from + 14 days; at most 31 days after from."),
        ("tz" = Option<String>, Query, description = "IANA zone for `local_start`; default the counsellor's."),
    ),
    responses(
        (status = 200, body = SlotList),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`, naming the parameter."),
        (status = 404, body = api_types::ErrorBody, description = "No such counsellor taking bookings."),
    )
)]
async fn counsellor_slots(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<Uuid>,
    ApiQuery(range): ApiQuery<SlotRange>,
) -> Result<Json<SlotList>, ApiError> {
    let now = state.clock.now();
    let from = range.from.unwrap_or(now);
    let to = range.to.unwrap_or(from + Duration::days(14));
    if to <= from {
        return Err(ApiError::invalid("to", "must be after from"));
    }
    if to - from > Duration::days(31) {
        return Err(ApiError::invalid("to", "at most 31 days after from"));
    }
    let c = state.booking.counsellor(id).await?;
    let tz = range.tz.unwrap_or(c.availability.timezone);
    let slots = state
        .booking
        .open_slots(&c, now, from, to)
        .await?
        .iter()
        .map(|s| slot_view(s, tz))
        .collect();
    Ok(Json(SlotList {
        counsellor_id: id,
        timezone: tz.name().to_owned(),
        slots,
        from,
        to,
        delete_after_days: state.booking.settings.purge_days,
    }))
}
