//! `/api/v1/appointments`: book a remote session without an account, and manage the booking with its reference
//! and secret (sent in the `X-Booking-Secret` header, never in a URL).

use api_types::booking::{BookingChange, BookingInput, BookingView};
use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::auth::session::token_hash;
use crate::booking::{self, Appointment};
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, ClientAddress};
use crate::http::state::AppState;

/// Routes under `/api/v1/appointments`.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_appointment))
        .routes(routes!(read_appointment, change_appointment))
        .routes(routes!(appointment_calendar))
}

const SECRET_HEADER: &str = "x-booking-secret";

/// The `Idempotency-Key` header, hashed like session tokens: the key may carry whatever the client put in it.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| {
            // A key is as good as its randomness: a short or guessable one could replay someone else's request.
            let distinct = k.chars().collect::<std::collections::HashSet<_>>().len();
            if k.len() > 200 {
                Err(ApiError::invalid("Idempotency-Key", "at most 200 characters"))
            } else if k.len() < 22 || distinct < 10 {
                Err(ApiError::invalid(
                    "Idempotency-Key",
                    "a random key of at least 128 bits, such as a UUIDv4 (at least 22 characters)",
                ))
            } else {
                Ok(token_hash(k))
            }
        })
        .transpose()
}

/// `POST /appointments`: a slot is booked at most once; a repeated `Idempotency-Key` gets the same booking.
#[utoipa::path(
    post,
    path = "/appointments",
    tag = "appointments",
    request_body = BookingInput,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 22, description = "A retried request with the same key gets the same booking. A random key of at least 128 bits (22 characters or more), such as a UUIDv4.")),
    responses(
        (status = 201, body = BookingView, description = "Booked; `secret` is shown this once."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter` (`Idempotency-Key`): the key is too short to be unguessable."),
        (status = 200, body = BookingView, description = "The booking an earlier request with this Idempotency-Key made."),
        (status = 409, body = api_types::ErrorBody, description = "`slot_taken`: someone booked that slot first."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: consent, modality, language, start, contact…"),
        (status = 429, body = api_types::ErrorBody, description = "`rate_limited`."),
    )
)]
async fn create_appointment(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, ApiError> {
    let key = idempotency_key(request.headers())?;
    ApiError::limited(state.limits.bookings_by_address.check(&[b"booking", &address]))?;
    let ApiJson(input) = ApiJson::<BookingInput>::from_request(request, &state).await?;
    let booked = state
        .booking
        .book(&input, key.as_deref(), state.clock.now())
        .await?;
    let status = if booked.new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(booked.view)).into_response())
}

/// What a route that finds a booking by its reference and secret answers besides its own.
#[derive(utoipa::IntoResponses)]
#[expect(
    dead_code,
    reason = "only documents the answers: the errors themselves are ApiError's"
)]
enum HeldErrors {
    #[response(
        status = 404,
        description = "`not_found`: no booking with this reference and secret (a wrong secret says no more)."
    )]
    NotFound(api_types::ErrorBody),
    #[response(
        status = 429,
        description = "`rate_limited`: too many look-ups from this address."
    )]
    RateLimited(api_types::ErrorBody),
}

/// The booking behind a reference and the secret header, limited per address; 404 for a wrong secret (nothing
/// is revealed).
async fn held(
    state: &AppState,
    reference: &str,
    headers: &HeaderMap,
    address: &[u8],
) -> Result<Appointment, ApiError> {
    ApiError::limited(
        state
            .limits
            .booking_lookups_by_address
            .check(&[b"booking-lookup", address]),
    )?;
    let secret = headers
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    Ok(state.booking.held(reference, secret).await?)
}

#[utoipa::path(
    get,
    path = "/appointments/{reference}",
    tag = "appointments",
    params(
        ("reference" = String, Path, description = "The booking reference, `R-XXXX-XXXX`."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, body = BookingView),
        HeldErrors,
    )
)]
async fn read_appointment(
    State(state): State<AppState>,
    ApiPath(reference): ApiPath<String>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    let a = held(&state, &reference, &headers, &address).await?;
    let name = state.booking.name_of(a.counsellor_id).await?;
    Ok(Json(state.booking.view(&a, name, None)))
}

/// `PATCH`: cancel, or move to another free slot of the same counsellor.
#[utoipa::path(
    patch,
    path = "/appointments/{reference}",
    tag = "appointments",
    request_body = BookingChange,
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, body = BookingView),
        HeldErrors,
        (status = 409, body = api_types::ErrorBody, description = "`slot_taken`."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: action or start."),
    )
)]
async fn change_appointment(
    State(state): State<AppState>,
    ApiPath(reference): ApiPath<String>,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Json<BookingView>, ApiError> {
    let a = held(&state, &reference, request.headers(), &address).await?;
    let ApiJson(input) = ApiJson::<BookingChange>::from_request(request, &state).await?;
    let view = state
        .booking
        .change(a, &input.action, input.start, state.clock.now())
        .await?;
    Ok(Json(view))
}

/// The neutral `.ics` (asked for with the secret header; the app saves it as a file).
#[utoipa::path(
    get,
    path = "/appointments/{reference}/calendar.ics",
    tag = "appointments",
    params(
        ("reference" = String, Path, description = "The booking reference."),
        ("X-Booking-Secret" = String, Header, description = "The secret given when booking."),
    ),
    responses(
        (status = 200, content_type = "text/calendar", body = String, description = "A neutral RFC 5545 event in the reader's language."),
        HeldErrors,
    )
)]
async fn appointment_calendar(
    State(state): State<AppState>,
    ApiPath(reference): ApiPath<String>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let a = held(&state, &reference, &headers, &address).await?;
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("es");
    let text = crate::http::language::calendar_text(accept, a.modality);
    let body = booking::ics::calendar(&a, &text, state.booking.holder_room_url(&a).as_deref());
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
