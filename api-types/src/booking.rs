//! Remote appointments on the wire: counsellors, slots, a booking and its status.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::LanguageCode;

/// A counsellor as anyone may see them: no surname, no contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellorView {
    /// Id.
    pub id: Uuid,
    /// The name they go by.
    pub display_name: String,
    /// `woman`, `man`, `non_binary` or `unspecified`.
    pub gender: String,
    /// Languages spoken.
    pub languages: Vec<LanguageCode>,
    /// What they work with: `children`, `men`, `women`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`…
    pub specialities: Vec<String>,
    /// `video`, `phone`, `chat`.
    pub modalities: Vec<String>,
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
    /// The counsellor.
    pub counsellor_id: Uuid,
    /// The zone of `local_start`.
    pub timezone: String,
    /// Free slots, soonest first.
    pub slots: Vec<SlotView>,
}

/// One way to reach the person, only if they want it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    /// `phone`, `whatsapp`, `signal` or `email`.
    pub channel: String,
    /// The number or address.
    pub value: String,
    /// Safe-contact notes: "no voicemail", "only after 6 pm".
    #[serde(default)]
    pub notes: Option<String>,
}

/// `POST /api/v1/appointments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingInput {
    /// With whom.
    pub counsellor_id: Uuid,
    /// A free slot's start, UTC.
    pub start: DateTime<Utc>,
    /// `video`, `phone` or `chat`, one the counsellor offers.
    pub modality: String,
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
    /// "Book again with the same counsellor": the earlier booking's reference…
    #[serde(default)]
    pub previous_reference: Option<String>,
    /// …and its secret.
    #[serde(default)]
    pub previous_secret: Option<String>,
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
    /// `requested`, `confirmed`, `declined`, `cancelled`, `completed`, `no_show`.
    pub status: String,
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC.
    pub end: DateTime<Utc>,
    /// How.
    pub modality: String,
    /// Language.
    pub language: LanguageCode,
    /// The counsellor.
    pub counsellor_id: Uuid,
    /// Their name.
    pub counsellor_name: String,
    /// The video room, for a video session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_url: Option<String>,
    /// Continues an earlier booking with the same counsellor.
    pub returning: bool,
    /// When everything about it is deleted.
    pub delete_after: DateTime<Utc>,
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
