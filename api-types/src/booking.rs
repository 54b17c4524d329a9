//! Remote appointments on the wire: counsellors, slots, a booking and its status.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{BookingStatus, ContactChannel, CountryCode, Gender, LanguageCode, Modality};

/// A counsellor as anyone may see them: no surname, no contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellorView {
    /// Pass it to `GET /api/v1/counsellors/{id}/slots` and as a booking's `counsellor_id`.
    pub id: Uuid,
    /// The name they go by.
    pub display_name: String,
    /// Their organisation (two counsellors may share a first name).
    pub organization_id: Uuid,
    pub organization_name: String,
    /// The country the organisation works in (where most of its listed services are), if it lists any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// As survivors may ask for one.
    pub gender: Gender,
    /// Languages spoken.
    pub languages: Vec<LanguageCode>,
    /// What they work with: `children`, `men`, `women`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`…
    pub specialities: Vec<String>,
    /// How their sessions happen.
    pub modalities: Vec<Modality>,
    /// Their time zone (slots are given in UTC and in the zone asked for).
    pub timezone: String,
    /// Session length, minutes.
    pub session_minutes: i64,
    /// The soonest free slot, if any within their booking horizon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soonest: Option<DateTime<Utc>>,
    /// Fictional demo data.
    pub demo: bool,
}

/// A free slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotView {
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC.
    pub end: DateTime<Utc>,
    /// Start in the zone asked for (`tz=`), `YYYY-MM-DDTHH:MM`.
    pub local_start: String,
}

/// `GET /api/v1/counsellors/{id}/slots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotList {
    pub counsellor_id: Uuid,
    /// The zone of `local_start`.
    pub timezone: String,
    /// Free slots, soonest first.
    pub slots: Vec<SlotView>,
    /// The span looked at: from (the server's now unless `from=` was given)…
    pub from: DateTime<Utc>,
    /// …to (`to=`, else 14 days after `from`): the next page starts here.
    pub to: DateTime<Utc>,
    /// Everything about a booking is deleted this many days after the session (what the consent step says).
    pub delete_after_days: i64,
}

/// One way to reach the person, only if they want it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    /// How to reach them; `value` is the number or address on it.
    pub channel: ContactChannel,
    /// The number or address. A phone number (phone, WhatsApp, Signal) is checked against its country and
    /// kept in international form (E.164); without `+` and its country code, `country` must say where it is.
    pub value: String,
    /// The country of a phone number written without its country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// Safe-contact notes: "no voicemail", "only after 6 pm".
    #[serde(default)]
    pub notes: Option<String>,
}

/// `POST /api/v1/appointments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingInput {
    pub counsellor_id: Uuid,
    /// A free slot's start, UTC.
    pub start: DateTime<Utc>,
    /// One the counsellor offers.
    pub modality: Modality,
    /// A language the counsellor speaks.
    pub language: LanguageCode,
    /// A name to be called by (optional).
    #[serde(default)]
    pub alias: Option<String>,
    /// At most one contact channel (optional).
    #[serde(default)]
    pub contact: Option<ContactInput>,
    /// The person read what is stored, who sees it and when it is deleted, and agrees.
    pub consent: bool,
    /// Send a confirmation and a reminder the day before to the contact, in neutral words. Off unless asked
    /// for: a message on a watched phone can put someone at risk.
    #[serde(default)]
    pub reminders: bool,
    /// The person's time zone (IANA, `America/Tegucigalpa`), to write the reminder's time in; the
    /// counsellor's zone when absent.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// "Book again with the same counsellor": the earlier booking's reference…
    #[serde(default)]
    pub previous_reference: Option<String>,
    /// …and its secret.
    #[serde(default)]
    pub previous_secret: Option<String>,
    /// Booking again: keep the earlier booking's name and contact where this one gives none (the form says so
    /// and lets the person remove them).
    #[serde(default)]
    pub keep_contact: bool,
}

/// A booking as its holder sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookingView {
    /// What to write down.
    pub reference: String,
    /// Shown once, in the answer that creates the booking; never again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Where it stands.
    pub status: BookingStatus,
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC.
    pub end: DateTime<Utc>,
    /// How the session happens.
    pub modality: Modality,
    /// The language the session is held in, one the counsellor speaks.
    pub language: LanguageCode,
    pub counsellor_id: Uuid,
    /// The counsellor's `display_name`.
    pub counsellor_name: String,
    /// The video or chat room, once the counsellor has confirmed the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_url: Option<String>,
    /// How the counsellor may reach the person, if they left a way (never the number or address itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_channel: Option<ContactChannel>,
    /// A confirmation and a reminder the day before go to that contact, in neutral words.
    #[serde(default)]
    pub reminders: bool,
    /// Continues an earlier booking with the same counsellor.
    pub returning: bool,
    /// When everything about it is deleted.
    pub delete_after: DateTime<Utc>,
}

/// A booking as its counsellor sees it (`GET /api/v1/counsellor/appointments`, and what a decision on it
/// answers): the booking, its start in the counsellor's zone, and what the person left for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellorSession {
    /// The booking as the person sees it too (never its secret).
    #[serde(flatten)]
    pub booking: BookingView,
    /// Its start in the counsellor's own zone, `YYYY-MM-DDTHH:MM`.
    pub local_start: String,
    /// What the person asked to be called; decrypted for the assigned counsellor and nobody else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// How to reach the person, when they left a way; decrypted for the assigned counsellor and nobody else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactView>,
    /// After a decline: up to three other free slots of the same counsellor, to offer the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggested: Vec<SlotView>,
}

/// The way a person left to be reached, opened for whoever may use it: their counsellor, or the organisation a
/// warm referral went to (when the person agreed to be contacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactView {
    pub channel: ContactChannel,
    /// The number (international form) or address.
    pub value: String,
    /// Safe-contact notes: "no voicemail", "only after 6 pm".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// `PATCH /api/v1/appointments/{reference}`: cancel, or move to another free slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingChange {
    /// `cancel` or `reschedule`.
    pub action: String,
    /// The new start, for `reschedule`.
    #[serde(default)]
    pub start: Option<DateTime<Utc>>,
}

// Counsellor profiles (kept by their organisation's editors and admins) and availability (kept by the counsellor).

/// What a counsellor may work with (`specialities`): a closed list, so survivors can filter on it.
pub const COUNSELLOR_SPECIALITIES: [&str; 7] = [
    "children",
    "men",
    "women",
    "lgbtq",
    "sexual_exploitation",
    "labour_exploitation",
    "migrants",
];

/// One weekly availability window, in the counsellor's own time zone. Sessions start at `from` and then every
/// session length + buffer while they still end by `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AvailabilityWindow {
    pub day: crate::Weekday,
    /// First possible start, local `HH:MM`.
    #[cfg_attr(feature = "openapi", schema(example = "09:00"))]
    pub from: String,
    /// Every session ends by then, local `HH:MM`, later than `from` on the same day.
    #[cfg_attr(feature = "openapi", schema(example = "13:00"))]
    pub until: String,
}

/// Time off as sent, in the counsellor's zone: local date-times `YYYY-MM-DDTHH:MM`, or whole days `YYYY-MM-DD`
/// (`until` as a date means to the end of that day). No slot is offered that overlaps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeOffInput {
    /// Start, local: `2026-12-24` or `2026-12-24T13:00`.
    #[cfg_attr(feature = "openapi", schema(example = "2026-12-24"))]
    pub from: String,
    /// End, local, after `from`: `2026-12-26` (through that whole day) or `2026-12-26T09:00` (up to then).
    #[cfg_attr(feature = "openapi", schema(example = "2026-12-26"))]
    pub until: String,
}

/// Time off as stored: half-open `[start, end)`, shown in the counsellor's zone and in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeOffView {
    /// Start in the counsellor's zone, `YYYY-MM-DDTHH:MM` (can be sent back as a [`TimeOffInput`]).
    pub from: String,
    /// End in the counsellor's zone, `YYYY-MM-DDTHH:MM`, exclusive.
    pub until: String,
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC, exclusive.
    pub end: DateTime<Utc>,
}

fn taking_bookings() -> bool {
    true
}

/// `POST /api/v1/manage/counsellors` and `PUT /api/v1/manage/counsellors/{id}`: a counsellor's whole profile.
/// A `PUT` replaces every field (send back what `GET` gave, changed), except that a missing `time_off` keeps the
/// stored time off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CounsellorInput {
    /// Admins only, and required for them on create; an editor's counsellors belong to the editor's
    /// organisation. A counsellor never moves to another organisation.
    #[serde(default)]
    pub organization_id: Option<Uuid>,
    /// The name shown to survivors (a first name or a chosen name), 1–80 characters.
    pub display_name: String,
    /// As survivors may ask for one.
    pub gender: Gender,
    /// Languages spoken, at least one.
    pub languages: Vec<LanguageCode>,
    /// From [`COUNSELLOR_SPECIALITIES`].
    #[serde(default)]
    pub specialities: Vec<String>,
    /// How sessions happen, at least one.
    pub modalities: Vec<Modality>,
    /// IANA time zone of the weekly windows and time off, e.g. `America/Lima`.
    #[cfg_attr(feature = "openapi", schema(example = "America/Lima"))]
    pub timezone: String,
    /// Session length, 15–240 minutes.
    #[cfg_attr(feature = "openapi", schema(example = 50))]
    pub session_minutes: i64,
    /// Free time kept between two sessions, 0–240 minutes.
    #[cfg_attr(feature = "openapi", schema(example = 10))]
    pub buffer_minutes: i64,
    /// Shortest notice for a booking, 0–20160 minutes (14 days).
    #[cfg_attr(feature = "openapi", schema(example = 120))]
    pub notice_minutes: i64,
    /// How far ahead bookings open, 1–365 days.
    #[cfg_attr(feature = "openapi", schema(example = 28))]
    pub horizon_days: i64,
    /// Weekly availability (may be empty: no slots until the counsellor adds some); missing keeps what is stored
    /// (on a new profile: none yet). The counsellor keeps it themselves, so an editor's form leaves it out.
    #[serde(default)]
    pub weekly: Option<Vec<AvailabilityWindow>>,
    /// Time off; missing keeps what is stored. Time off that has already ended is not kept.
    #[serde(default)]
    pub time_off: Option<Vec<TimeOffInput>>,
    /// Taking bookings (default `true`); `false` hides the counsellor from survivors, bookings stay.
    #[serde(default = "taking_bookings")]
    pub active: bool,
    /// The counsellor's sign-in account, by email: an account with role `counsellor` of the same organisation,
    /// not linked to another profile. Missing or `null`: no account linked.
    #[serde(default)]
    pub user_email: Option<String>,
    /// The same account by id (either may be given; both must then name the same account).
    #[serde(default)]
    pub user_id: Option<Uuid>,
}

/// A counsellor's whole profile, as their organisation's editors, admins and the counsellor themself see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellorProfile {
    /// Id (the one in `GET /api/v1/counsellors/{id}/slots`).
    pub id: Uuid,
    /// Their organisation, which never changes.
    pub organization_id: Uuid,
    /// Their sign-in account, if one is linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Uuid>,
    /// That account's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
    /// The name shown to survivors.
    pub display_name: String,
    /// As survivors may ask for one.
    pub gender: Gender,
    /// Languages spoken.
    pub languages: Vec<LanguageCode>,
    /// From [`COUNSELLOR_SPECIALITIES`].
    pub specialities: Vec<String>,
    /// How sessions happen.
    pub modalities: Vec<Modality>,
    /// IANA time zone of the windows and time off.
    pub timezone: String,
    /// Session length, minutes.
    pub session_minutes: i64,
    /// Free time between two sessions, minutes.
    pub buffer_minutes: i64,
    /// Shortest notice for a booking, minutes.
    pub notice_minutes: i64,
    /// How far ahead bookings open, days.
    pub horizon_days: i64,
    /// Weekly availability, local, by day then time.
    pub weekly: Vec<AvailabilityWindow>,
    /// Time off, soonest first.
    pub time_off: Vec<TimeOffView>,
    /// Taking bookings; `false` hides the counsellor from survivors.
    pub active: bool,
    /// Fictional demo data.
    pub demo: bool,
}

/// `PUT /api/v1/counsellor/availability`: the signed-in counsellor's weekly windows and time off (both replaced
/// whole), and, if given, their session length, buffer, notice and horizon (missing ones stay as they are).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AvailabilityInput {
    /// Weekly windows, in the counsellor's zone (may be empty).
    pub weekly: Vec<AvailabilityWindow>,
    /// Time off (missing: none). Time off that has already ended is not kept.
    #[serde(default)]
    pub time_off: Vec<TimeOffInput>,
    /// Session length, 15–240 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_minutes: Option<i64>,
    /// Free time between two sessions, 0–240 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buffer_minutes: Option<i64>,
    /// Shortest notice for a booking, 0–20160 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_minutes: Option<i64>,
    /// How far ahead bookings open, 1–365 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon_days: Option<i64>,
}

/// What saving availability answers. Booked sessions are never dropped by a change of availability: those now
/// outside it (in time off, or outside every window) stay booked and in the dashboard, and are counted here so
/// the counsellor can move or decline them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AvailabilitySaved {
    /// The profile as saved.
    pub profile: CounsellorProfile,
    /// How many booked sessions (requested or confirmed, not yet ended) fall outside the new availability.
    pub bookings_outside: u32,
    /// Their references, soonest first (as in `GET /api/v1/counsellor/appointments`).
    pub references_outside: Vec<String>,
}
