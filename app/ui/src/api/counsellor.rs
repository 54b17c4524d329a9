//! A counsellor's own: their requests and sessions (confirm, decline, complete, no-show), their profile and
//! their weekly availability.

use api_types::booking::{AvailabilityInput, AvailabilitySaved, ContactInput, CounsellorProfile};
use api_types::{BookingStatus, LanguageCode, Modality};
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::{ApiFailure, Tagged, get_json, get_tagged, json_body, send, send_tagged};

/// A free time offered after a decline.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Suggested {
    /// When it starts.
    pub start: DateTime<Utc>,
}

/// A booking as its counsellor sees it. The alias and contact the person left are decrypted for the assigned
/// counsellor and nobody else.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Session {
    /// The booking's reference.
    pub reference: String,
    /// Where it stands.
    pub status: BookingStatus,
    /// When it starts.
    pub start: DateTime<Utc>,
    /// How it is held.
    pub modality: Modality,
    pub language: LanguageCode,
    /// The person booked with this counsellor before.
    pub returning: bool,
    /// The video or chat room.
    #[serde(default)]
    pub room_url: Option<String>,
    /// What the person asked to be called.
    #[serde(default)]
    pub alias: Option<String>,
    /// How to reach the person, when they left a way.
    #[serde(default)]
    pub contact: Option<ContactInput>,
    /// Other times offered after a decline.
    #[serde(default)]
    pub suggested: Vec<Suggested>,
}

/// `GET /api/v1/counsellor/appointments`: requests and upcoming sessions.
#[inline]
pub fn list_appointments() -> impl Future<Output = Result<Vec<Session>, ApiFailure>> + use<> {
    get_json("/api/v1/counsellor/appointments".to_owned(), None)
}

/// `POST /api/v1/counsellor/appointments/{reference}/{action}`: `confirm`, `decline`, `complete` or `no_show`.
#[inline]
pub fn decide(reference: &str, action: &str) -> impl Future<Output = Result<Session, ApiFailure>> + use<> {
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
