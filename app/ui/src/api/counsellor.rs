//! A counsellor's own: their requests and sessions (confirm, decline, complete, no-show), their profile and
//! their weekly availability.

use api_types::booking::{AvailabilityInput, AvailabilitySaved, CounsellorProfile, CounsellorSession};

use super::{ApiFailure, Tagged, get_json, get_tagged, json_body, send, send_tagged};

/// `GET /api/v1/counsellor/appointments`: requests and upcoming sessions.
#[inline]
pub fn list_appointments() -> impl Future<Output = Result<Vec<CounsellorSession>, ApiFailure>> + use<> {
    get_json("/api/v1/counsellor/appointments".to_owned(), None)
}

/// `POST /api/v1/counsellor/appointments/{reference}/{action}`: `confirm`, `decline`, `complete` or `no_show`.
#[inline]
pub fn decide(
    reference: &str,
    action: &str,
) -> impl Future<Output = Result<CounsellorSession, ApiFailure>> + use<> {
    let url = format!("/api/v1/counsellor/appointments/{reference}/{action}");
    send("POST", url, None)
}

/// `GET /api/v1/counsellor/profile`: the counsellor's profile with its entity tag.
#[inline]
pub fn read_profile() -> impl Future<Output = Result<Tagged<CounsellorProfile>, ApiFailure>> + use<> {
    get_tagged("/api/v1/counsellor/profile".to_owned())
}

/// `PUT /api/v1/counsellor/availability` with `If-Match: etag`: weekly hours, time off and session lengths.
#[inline]
pub fn save_availability(
    input: &AvailabilityInput,
    etag: Option<&str>,
) -> impl Future<Output = Result<Tagged<AvailabilitySaved>, ApiFailure>> + use<> {
    let url = "/api/v1/counsellor/availability".to_owned();
    send_tagged("PUT", url, json_body(input), etag.map(str::to_owned))
}
