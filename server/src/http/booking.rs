//! Remote appointments: find a counsellor, see their free slots, book without an account, and manage the
//! booking with its reference and secret (sent in the `X-Booking-Secret` header, never in a URL). Counsellors
//! see their requests and sessions, with contact details decrypted for them only.

use api_types::LanguageCode;
use api_types::booking::{BookingChange, BookingInput, BookingView, CounsellorView, SlotList, SlotView};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Datelike as _, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

use super::auth::address_of;
use super::body::JsonBody;
use super::query::{PLAUSIBLE_YEARS, Pairs, only, single};
use super::session::CurrentUser;
use crate::auth::Role;
use crate::auth::session::token_hash;
use crate::booking::{self, Appointment, Contact, Counsellor, Modality, Private, Status};
use crate::domain::slots::{Slot, free_slots};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::StoreError;
use crate::storage::booking::Created;

/// Routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/counsellors", get(list))
        .route("/counsellors/{id}/slots", get(slots))
        .route("/appointments", post(create))
        .route("/appointments/{reference}", get(read).patch(change))
        .route("/appointments/{reference}/calendar.ics", get(calendar))
        .route("/counsellor/appointments", get(dashboard))
        .route("/counsellor/appointments/{reference}/{action}", post(decide))
}

const SECRET_HEADER: &str = "x-booking-secret";
const CHANNELS: [&str; 4] = ["phone", "whatsapp", "signal", "email"];

fn view(c: &Counsellor, soonest: Option<DateTime<Utc>>) -> CounsellorView {
    CounsellorView {
        id: c.id,
        display_name: c.display_name.clone(),
        gender: c.gender.clone(),
        languages: c.languages.clone(),
        specialities: c.specialities.clone(),
        modalities: c.modalities.iter().map(|m| m.as_str().to_owned()).collect(),
        timezone: c.availability.timezone.name().to_owned(),
        session_minutes: c.availability.session.num_minutes(),
        soonest,
        demo: c.demo,
    }
}

async fn open_slots(
    state: &AppState,
    c: &Counsellor,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Slot>, ApiError> {
    let now = state.clock.now();
    let booked = state
        .bookings
        .booked(c.id, from - Duration::days(1), to + Duration::days(1))
        .await?;
    Ok(free_slots(&c.availability, &booked, now, from, to))
}

/// Whether `start` is one of the counsellor's free slots now (notice, horizon, time off and bookings counted).
async fn is_free_slot(state: &AppState, c: &Counsellor, start: DateTime<Utc>) -> Result<bool, ApiError> {
    Ok(open_slots(
        state,
        c,
        start - Duration::minutes(1),
        start + c.availability.session + Duration::minutes(1),
    )
    .await?
    .iter()
    .any(|s| s.start == start))
}

/// A slot as offered, its start also written in `tz`.
fn slot_view(s: &Slot, tz: Tz) -> SlotView {
    SlotView {
        start: s.start,
        end: s.end,
        local_start: s.start.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string(),
    }
}

async fn counsellor(state: &AppState, id: Uuid) -> Result<Counsellor, ApiError> {
    state
        .bookings
        .counsellors()
        .await?
        .into_iter()
        .find(|c| c.id == id && c.active)
        .ok_or(ApiError::NotFound {
            what: "counsellor",
            field: "id",
        })
}

/// `GET /counsellors?language=&gender=&speciality=&modality=`: soonest available first.
#[utoipa::path(
    get,
    path = "/api/v1/counsellors",
    tag = "appointments",
    operation_id = "list_counsellors",
    params(
        ("language" = Option<Vec<String>>, Query, description = "Speaks one of these languages (repeatable)."),
        ("gender" = Option<String>, Query, description = "`woman`, `man` or `non_binary`."),
        ("speciality" = Option<String>, Query, description = "e.g. `children`, `men`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`."),
        ("modality" = Option<String>, Query, description = "`video`, `phone` or `chat`."),
    ),
    responses(
        (status = 200, body = Vec<api_types::booking::CounsellorView>, description = "Soonest availability first."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`, naming the parameter."),
    )
)]
async fn list(State(state): State<AppState>, pairs: Pairs) -> Result<Json<Vec<CounsellorView>>, ApiError> {
    only(&pairs, &["language", "gender", "speciality", "modality"])?;
    let languages: Vec<LanguageCode> = pairs
        .0
        .iter()
        .filter(|(k, _)| k == "language")
        .map(|(_, v)| v.as_str())
        .map(|v| LanguageCode::parse(v).map_err(|e| ApiError::invalid("language", e.to_string())))
        .collect::<Result<_, _>>()?;
    let gender = single(&pairs, "gender")?;
    if let Some(g) = gender
        && !["woman", "man", "non_binary"].contains(&g)
    {
        return Err(ApiError::invalid("gender", "woman, man or non_binary"));
    }
    let speciality = single(&pairs, "speciality")?;
    let modality = single(&pairs, "modality")?
        .map(|m| Modality::parse(m).ok_or_else(|| ApiError::invalid("modality", "video, phone or chat")))
        .transpose()?;
    let now = state.clock.now();
    let mut out = Vec::new();
    for c in state.bookings.counsellors().await?.iter().filter(|c| c.active) {
        let speaks = languages.is_empty()
            || languages
                .iter()
                .any(|l| c.languages.iter().any(|k| k.primary() == l.primary()));
        let fits = speaks
            && gender.is_none_or(|g| c.gender == g)
            && speciality.is_none_or(|s| c.specialities.iter().any(|k| k == s))
            && modality.is_none_or(|m| c.modalities.contains(&m));
        if fits {
            let soonest = open_slots(&state, c, now, now + c.availability.horizon)
                .await?
                .first()
                .map(|s| s.start);
            out.push(view(c, soonest));
        }
    }
    out.sort_by_key(|c| (c.soonest.is_none(), c.soonest, c.display_name.clone()));
    Ok(Json(out))
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

/// A start given in a JSON body, refused (naming `start`) unless it falls in the years the service handles.
fn plausible_start(start: DateTime<Utc>) -> Result<DateTime<Utc>, ApiError> {
    if PLAUSIBLE_YEARS.contains(&start.year()) {
        Ok(start)
    } else {
        Err(ApiError::field(
            "start",
            "not one of this counsellor's free times",
        ))
    }
}

/// `GET /counsellors/{id}/slots?from&to&tz`: free slots, at most 31 days at a time.
#[utoipa::path(
    get,
    path = "/api/v1/counsellors/{id}/slots",
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
async fn slots(
    State(state): State<AppState>,
    Path(id): Path<String>,
    pairs: Pairs,
) -> Result<Json<SlotList>, ApiError> {
    let id = Uuid::parse_str(&id).map_err(|_| ApiError::invalid("id", "a counsellor id is a UUID"))?;
    only(&pairs, &["from", "to", "tz"])?;
    let now = state.clock.now();
    let from = parse_time(single(&pairs, "from")?, "from")?.unwrap_or(now);
    let to = parse_time(single(&pairs, "to")?, "to")?.unwrap_or(from + Duration::days(14));
    if to <= from {
        return Err(ApiError::invalid("to", "must be after from"));
    }
    if to - from > Duration::days(31) {
        return Err(ApiError::invalid("to", "at most 31 days after from"));
    }
    let c = counsellor(&state, id).await?;
    let tz: Tz = match single(&pairs, "tz")? {
        Some(name) => name
            .parse()
            .map_err(|_| ApiError::invalid("tz", "an IANA time zone such as America/Lima"))?,
        None => c.availability.timezone,
    };
    let slots = open_slots(&state, &c, from, to)
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
        delete_after_days: state.booking.purge_days,
    }))
}

fn room_url(state: &AppState, a: &Appointment) -> Option<String> {
    let token = a.room_token.as_ref()?;
    Some(format!(
        "{}/{}",
        state.booking.room_base_url.trim_end_matches('/'),
        token
    ))
}

fn booking_view(
    state: &AppState,
    a: &Appointment,
    counsellor_name: String,
    secret: Option<String>,
) -> BookingView {
    BookingView {
        reference: a.reference.clone(),
        secret,
        status: a.status.as_str().to_owned(),
        start: a.start,
        end: a.end,
        modality: a.modality.as_str().to_owned(),
        language: a.language.clone(),
        counsellor_id: a.counsellor_id,
        counsellor_name,
        room_url: room_url(state, a),
        returning: a.previous_reference.is_some(),
        delete_after: a.purge_after,
    }
}

fn check_private(input: &BookingInput) -> Result<Private, ApiError> {
    let alias = input.alias.as_deref().map(str::trim).filter(|a| !a.is_empty());
    if alias.is_some_and(|a| a.chars().count() > 60) {
        return Err(ApiError::field("alias", "at most 60 characters"));
    }
    let contact = match &input.contact {
        None => None,
        Some(c) => {
            if !CHANNELS.contains(&c.channel.as_str()) {
                return Err(ApiError::field(
                    "contact.channel",
                    "phone, whatsapp, signal or email",
                ));
            }
            let value = c.value.trim();
            if value.is_empty() || value.chars().count() > 200 {
                return Err(ApiError::field(
                    "contact.value",
                    "give the number or address (at most 200 characters)",
                ));
            }
            let notes = c.notes.as_deref().map(str::trim).filter(|n| !n.is_empty());
            if notes.is_some_and(|n| n.chars().count() > 200) {
                return Err(ApiError::field("contact.notes", "at most 200 characters"));
            }
            Some(Contact {
                channel: c.channel.clone(),
                value: value.to_owned(),
                notes: notes.map(str::to_owned),
            })
        }
    };
    Ok(Private {
        alias: alias.map(str::to_owned),
        contact,
    })
}

/// `POST /appointments`: a slot is booked at most once; a repeated `Idempotency-Key` gets the same booking.
#[utoipa::path(
    post,
    path = "/api/v1/appointments",
    tag = "appointments",
    operation_id = "create_appointment",
    request_body = BookingInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "A retried request with the same key gets the same booking.")),
    responses(
        (status = 201, body = BookingView, description = "Booked; `secret` is shown this once."),
        (status = 200, body = BookingView, description = "The booking an earlier request with this Idempotency-Key made."),
        (status = 409, body = api_types::ErrorBody, description = "`slot_taken`: someone booked that slot first."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: consent, modality, language, start, contact…"),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`."),
    )
)]
async fn create(State(state): State<AppState>, request: Request) -> Result<Response, ApiError> {
    let (parts, body) = request.into_parts();
    let address = address_of(&parts, &state);
    let idempotency_key = parts
        .headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| {
            if k.len() > 200 {
                Err(ApiError::invalid("Idempotency-Key", "at most 200 characters"))
            } else {
                // Stored hashed, like session tokens: the key may carry whatever the client put in it.
                Ok(token_hash(k))
            }
        })
        .transpose()?;
    state
        .limits
        .bookings_by_address
        .check(&[b"booking", &address])
        .map_err(|wait| ApiError::RateLimited(wait.as_secs().max(1)))?;
    let JsonBody(input) = JsonBody::<BookingInput>::from_request_parts_body(parts, body, &state).await?;
    // A retry of a request that already made its booking: the same answer, whatever the slot looks like now.
    if let Some(key) = &idempotency_key
        && let Some((earlier, sealed)) = state.bookings.idempotent(key).await?
    {
        let secret = state
            .booking
            .vault
            .open_sealed(&sealed)
            .ok()
            .and_then(|s| String::from_utf8(s).ok());
        let name = name_of(&state, earlier.counsellor_id).await?;
        return Ok((StatusCode::OK, Json(booking_view(&state, &earlier, name, secret))).into_response());
    }
    if !input.consent {
        return Err(ApiError::field(
            "consent",
            "a booking needs the person's agreement to what is stored and for how long",
        ));
    }
    let c = counsellor(&state, input.counsellor_id)
        .await
        .map_err(|_| ApiError::field("counsellor_id", "no such counsellor taking bookings"))?;
    let modality = Modality::parse(&input.modality)
        .filter(|m| c.modalities.contains(m))
        .ok_or_else(|| ApiError::field("modality", "one of the counsellor's: video, phone or chat"))?;
    if !c
        .languages
        .iter()
        .any(|l| l.primary() == input.language.primary())
    {
        return Err(ApiError::field("language", "a language the counsellor speaks"));
    }
    let private = check_private(&input)?;
    let previous_reference = match (&input.previous_reference, &input.previous_secret) {
        (Some(reference), Some(secret)) => {
            let earlier = state.bookings.appointment(reference.trim()).await?;
            match earlier {
                Some(a) if booking::secret_matches(secret, &a.secret_hash) && a.counsellor_id == c.id => {
                    Some(a.reference)
                }
                _ => {
                    return Err(ApiError::field(
                        "previous_reference",
                        "no booking with this reference and secret for this counsellor",
                    ));
                }
            }
        }
        (None, None) => None,
        _ => {
            return Err(ApiError::field(
                "previous_secret",
                "give the earlier booking's reference and secret together",
            ));
        }
    };
    let now = state.clock.now();
    let session = c.availability.session;
    plausible_start(input.start)?;
    if !is_free_slot(&state, &c, input.start).await? {
        let taken = state
            .bookings
            .booked(c.id, input.start, input.start + session)
            .await?
            .iter()
            .any(|b| b.0 == input.start);
        return Err(if taken {
            ApiError::SlotTaken
        } else {
            ApiError::field("start", "not one of the counsellor's free slots")
        });
    }
    let random =
        |r: Result<String, getrandom::Error>| r.map_err(|e| ApiError::Internal(format!("random: {e}")));
    let secret = random(booking::new_secret())?;
    let sealed_private = if private == Private::default() {
        None
    } else {
        let json = serde_json::to_vec(&private).map_err(|e| ApiError::Internal(e.to_string()))?;
        Some(
            state
                .booking
                .vault
                .seal(&json)
                .map_err(|e| ApiError::Internal(e.to_string()))?,
        )
    };
    let end = input.start + session;
    let appointment = Appointment {
        id: Uuid::new_v4(),
        reference: random(booking::new_reference())?,
        secret_hash: booking::secret_hash(&secret),
        counsellor_id: c.id,
        start: input.start,
        end,
        modality,
        language: input.language.clone(),
        private: sealed_private,
        status: Status::Requested,
        previous_reference,
        // Video and chat happen in a room (a self-hosted Jitsi has both); a phone call needs none.
        room_token: if matches!(modality, Modality::Video | Modality::Chat) {
            Some(random(booking::new_room_token())?)
        } else {
            None
        },
        created_at: now,
        updated_at: now,
        purge_after: booking::purge_date(end, state.booking.purge_days),
    };
    let sealed_secret = state
        .booking
        .vault
        .seal(secret.as_bytes())
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let idempotency = idempotency_key.as_deref().map(|k| (k, sealed_secret.as_slice()));
    match state.bookings.create_appointment(&appointment, idempotency).await {
        Ok(Created::New) => Ok((
            StatusCode::CREATED,
            Json(booking_view(&state, &appointment, c.display_name, Some(secret))),
        )
            .into_response()),
        Ok(Created::Existing(earlier, sealed)) => {
            let secret = state
                .booking
                .vault
                .open_sealed(&sealed)
                .ok()
                .and_then(|s| String::from_utf8(s).ok());
            Ok((
                StatusCode::OK,
                Json(booking_view(&state, &earlier, c.display_name, secret)),
            )
                .into_response())
        }
        Err(StoreError::Conflict(what)) if what == "slot" => Err(ApiError::SlotTaken),
        Err(e) => Err(e.into()),
    }
}

/// The booking behind a reference and the secret header; 404 for a wrong secret (nothing is revealed).
async fn held(
    state: &AppState,
    reference: &str,
    headers: &HeaderMap,
    address: &[u8],
) -> Result<Appointment, ApiError> {
    state
        .limits
        .booking_lookups_by_address
        .check(&[b"booking-lookup", address])
        .map_err(|wait| ApiError::RateLimited(wait.as_secs().max(1)))?;
    let secret = headers
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let not_found = ApiError::NotFound {
        what: "booking",
        field: "reference",
    };
    let appointment = state
        .bookings
        .appointment(reference.trim())
        .await?
        .ok_or(not_found)?;
    if booking::secret_matches(secret, &appointment.secret_hash) {
        Ok(appointment)
    } else {
        Err(ApiError::NotFound {
            what: "booking",
            field: "reference",
        })
    }
}

async fn name_of(state: &AppState, id: Uuid) -> Result<String, ApiError> {
    Ok(state
        .bookings
        .counsellors()
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .map(|c| c.display_name)
        .unwrap_or_default())
}

#[utoipa::path(
    get,
    path = "/api/v1/appointments/{reference}",
    tag = "appointments",
    operation_id = "read_appointment",
    params(
        ("reference" = String, Path, description = "The booking reference, `R-XXXX-XXXX`."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, body = BookingView),
        (status = 404, body = api_types::ErrorBody, description = "No booking with this reference and secret."),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`."),
    )
)]
async fn read(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Result<Json<BookingView>, ApiError> {
    let (parts, _) = request.into_parts();
    let a = held(&state, &reference, &parts.headers, &address_of(&parts, &state)).await?;
    let name = name_of(&state, a.counsellor_id).await?;
    Ok(Json(booking_view(&state, &a, name, None)))
}

/// `PATCH`: cancel, or move to another free slot of the same counsellor.
#[utoipa::path(
    patch,
    path = "/api/v1/appointments/{reference}",
    tag = "appointments",
    operation_id = "change_appointment",
    request_body = BookingChange,
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, body = BookingView),
        (status = 404, body = api_types::ErrorBody, description = "No booking with this reference and secret."),
        (status = 409, body = api_types::ErrorBody, description = "`slot_taken`."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: action or start."),
    )
)]
async fn change(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Result<Json<BookingView>, ApiError> {
    let (parts, body) = request.into_parts();
    let mut a = held(&state, &reference, &parts.headers, &address_of(&parts, &state)).await?;
    let JsonBody(input) = JsonBody::<BookingChange>::from_request_parts_body(parts, body, &state).await?;
    let now = state.clock.now();
    if !a.status.holds_slot() {
        return Err(ApiError::field("action", "this booking is no longer active"));
    }
    match input.action.as_str() {
        "cancel" => a.status = Status::Cancelled,
        "reschedule" => {
            let start = input
                .start
                .ok_or_else(|| ApiError::field("start", "give the new start"))
                .and_then(plausible_start)?;
            let c = counsellor(&state, a.counsellor_id).await?;
            if !is_free_slot(&state, &c, start).await? {
                return Err(ApiError::SlotTaken);
            }
            a.start = start;
            a.end = start + c.availability.session;
            a.status = Status::Requested;
            a.purge_after = booking::purge_date(a.end, state.booking.purge_days);
        }
        _ => return Err(ApiError::field("action", "cancel or reschedule")),
    }
    a.updated_at = now;
    match state.bookings.update_appointment(&a).await {
        Err(StoreError::Conflict(_)) => return Err(ApiError::SlotTaken),
        other => other?,
    }
    let name = name_of(&state, a.counsellor_id).await?;
    Ok(Json(booking_view(&state, &a, name, None)))
}

/// The neutral `.ics` (asked for with the secret header; the app saves it as a file).
#[utoipa::path(
    get,
    path = "/api/v1/appointments/{reference}/calendar.ics",
    tag = "appointments",
    operation_id = "appointment_calendar",
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, content_type = "text/calendar", body = String, description = "A neutral RFC 5545 event in the reader's language."),
        (status = 404, body = api_types::ErrorBody, description = "No booking with this reference and secret."),
    )
)]
async fn calendar(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let (parts, _) = request.into_parts();
    let a = held(&state, &reference, &parts.headers, &address_of(&parts, &state)).await?;
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("es");
    let text = super::language::calendar_text(accept, a.modality);
    let body = booking::ics::calendar(&a, &text, room_url(&state, &a).as_deref());
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"appointment.ics\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// A booking as its counsellor sees it: with the alias and contact, decrypted for them.
#[derive(Debug, Serialize)]
struct CounsellorBooking {
    #[serde(flatten)]
    booking: BookingView,
    /// Start in the counsellor's zone.
    local_start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    alias: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact: Option<Contact>,
}

async fn own_profile(state: &AppState, user: &CurrentUser) -> Result<Counsellor, ApiError> {
    if user.user.role != Role::Counsellor {
        return Err(ApiError::Forbidden("only counsellors have appointments"));
    }
    state
        .bookings
        .counsellors()
        .await?
        .into_iter()
        .find(|c| c.user_id == Some(user.user.id))
        .ok_or(ApiError::Forbidden("this account has no counsellor profile yet"))
}

fn for_counsellor(state: &AppState, c: &Counsellor, a: &Appointment) -> CounsellorBooking {
    let private: Private = a
        .private
        .as_ref()
        .and_then(|sealed| state.booking.vault.open_sealed(sealed).ok())
        .and_then(|json| serde_json::from_slice(&json).ok())
        .unwrap_or_default();
    CounsellorBooking {
        booking: booking_view(state, a, c.display_name.clone(), None),
        local_start: a
            .start
            .with_timezone(&c.availability.timezone)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        alias: private.alias,
        contact: private.contact,
    }
}

/// `GET /counsellor/appointments`: requests and upcoming sessions, in the counsellor's zone.
#[utoipa::path(
    get,
    path = "/api/v1/counsellor/appointments",
    tag = "appointments",
    operation_id = "counsellor_appointments",
    security(("session" = [])),
    responses(
        (status = 200, description = "The counsellor's requests and sessions, with contact details decrypted for them."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor with a profile."),
    )
)]
async fn dashboard(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<CounsellorBooking>>, ApiError> {
    let c = own_profile(&state, &user).await?;
    let now = state.clock.now();
    let list = state
        .bookings
        .appointments_of(c.id, now - Duration::days(1))
        .await?;
    Ok(Json(list.iter().map(|a| for_counsellor(&state, &c, a)).collect()))
}

/// What a decision answers: the booking, and for a decline other free slots to suggest.
#[derive(Debug, Serialize)]
struct Decision {
    #[serde(flatten)]
    booking: CounsellorBooking,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggested: Vec<SlotView>,
}

/// `POST /counsellor/appointments/{reference}/{confirm|decline|complete|no_show}`.
#[utoipa::path(
    post,
    path = "/api/v1/counsellor/appointments/{reference}/{action}",
    tag = "appointments",
    operation_id = "counsellor_decide",
    security(("session" = [])),
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("action" = String, Path, description = "`confirm`, `decline`, `complete` or `no_show`."),
    ),
    responses(
        (status = 200, description = "The booking; a decline adds three suggested free slots."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`."),
        (status = 404, body = api_types::ErrorBody, description = "Not this counsellor's booking."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: not possible from the current status."),
    )
)]
async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((reference, action)): Path<(String, String)>,
) -> Result<Json<Decision>, ApiError> {
    let c = own_profile(&state, &user).await?;
    let mut a = state
        .bookings
        .appointment(&reference)
        .await?
        .filter(|a| a.counsellor_id == c.id)
        .ok_or(ApiError::NotFound {
            what: "booking",
            field: "reference",
        })?;
    let next = match (action.as_str(), a.status) {
        ("confirm", Status::Requested) => Status::Confirmed,
        ("decline", Status::Requested | Status::Confirmed) => Status::Declined,
        ("complete", Status::Confirmed) => Status::Completed,
        ("no_show", Status::Confirmed) => Status::NoShow,
        ("confirm" | "decline" | "complete" | "no_show", _) => {
            return Err(ApiError::field(
                "action",
                "not possible from the booking's current status",
            ));
        }
        _ => {
            return Err(ApiError::invalid(
                "action",
                "confirm, decline, complete or no_show",
            ));
        }
    };
    a.status = next;
    a.updated_at = state.clock.now();
    state.bookings.update_appointment(&a).await?;
    let suggested = if next == Status::Declined {
        let now = state.clock.now();
        open_slots(&state, &c, now, now + c.availability.horizon)
            .await?
            .iter()
            .take(3)
            .map(|s| slot_view(s, c.availability.timezone))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Json(Decision {
        booking: for_counsellor(&state, &c, &a),
        suggested,
    }))
}
