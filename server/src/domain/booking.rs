//! A remote session's records: counsellors and their booking rules, appointments and what is sealed in them.
//! Pure data and the rules on it; booking workflows live in `crate::booking`.

use api_types::LanguageCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::slots::{Availability, WeeklyWindow};

/// How a session happens, and where a booking stands: the shared wire vocabularies, stored by the same names.
pub use api_types::{BookingStatus, ContactChannel, Modality};

/// A counsellor's public profile and booking rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Counsellor {
    pub id: Uuid,
    /// Their organisation, which never changes.
    pub organization_id: Uuid,
    /// Their sign-in account, when they have one.
    pub user_id: Option<Uuid>,
    /// The name shown (a first name or a chosen name).
    pub display_name: String,
    /// The wire name of an [`api_types::Gender`] (`woman`, `man`, `non_binary` or `unspecified`): survivors may
    /// ask for one. A string until the demo generator, which builds counsellors, names the enum too; read it with
    /// [`Counsellor::gender`].
    pub gender: String,
    /// Languages spoken.
    pub languages: Vec<LanguageCode>,
    /// `children`, `men`, `women`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`, `migrants`…
    pub specialities: Vec<String>,
    /// Video, phone, chat.
    pub modalities: Vec<Modality>,
    /// Weekly windows, time off, session length, buffer, notice and horizon, in their zone.
    pub availability: Availability,
    /// Taking bookings; `false` hides them from survivors, and their bookings stay.
    pub active: bool,
    /// Fictional demo data.
    pub demo: bool,
}

impl Counsellor {
    /// The gender survivors see and filter on; a name that is not one (never written by Ruta, which checks it)
    /// reads as [`api_types::Gender::Unspecified`].
    pub fn gender(&self) -> api_types::Gender {
        self.gender.parse().unwrap_or(api_types::Gender::Unspecified)
    }
}

/// Session length etc. as stored: the windows and numbers of [`Availability`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct StoredWindow {
    /// `mon` … `sun`.
    pub day: api_types::Weekday,
    /// `HH:MM` local.
    pub from: String,
    /// `HH:MM` local.
    pub until: String,
}

impl StoredWindow {
    /// As the slot generator takes it; `None` for a malformed time.
    pub fn window(&self) -> Option<WeeklyWindow> {
        let parse = |t: &str| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok();
        let (from, until) = (parse(&self.from)?, parse(&self.until)?);
        (from < until).then_some(WeeklyWindow {
            day: self.day,
            from,
            until,
        })
    }

    /// From the generator's form.
    pub fn of(window: &WeeklyWindow) -> Self {
        Self {
            day: window.day,
            from: window.from.format("%H:%M").to_string(),
            until: window.until.format("%H:%M").to_string(),
        }
    }
}

/// A way to reach the person, if they want one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// How; stored (sealed) by its wire name.
    pub channel: ContactChannel,
    /// The number or address.
    pub value: String,
    /// Safe-contact notes: "no voicemail", "only after 6 pm".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl From<Contact> for api_types::booking::ContactView {
    fn from(contact: Contact) -> Self {
        Self {
            channel: contact.channel,
            value: contact.value,
            notes: contact.notes,
        }
    }
}

/// What is encrypted in a booking.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Private {
    /// A name to be called by, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// At most one contact channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Reminders to the contact, written in this time zone (IANA); `None`: the person asked for none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminders: Option<String>,
}

/// A booking.
#[derive(Debug, Clone, PartialEq)]
pub struct Appointment {
    /// A UUIDv4, never shown to the person (they hold `reference`).
    pub id: Uuid,
    /// What the person writes down: `R-7K3Q-9MXD`.
    pub reference: String,
    /// SHA-256 of the secret.
    pub secret_hash: String,
    pub counsellor_id: Uuid,
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC.
    pub end: DateTime<Utc>,
    pub modality: Modality,
    /// The session's language, one the counsellor speaks.
    pub language: LanguageCode,
    /// Alias and contact, encrypted.
    pub private: Option<Vec<u8>>,
    /// Where it stands.
    pub status: BookingStatus,
    /// The booking this one continues ("book again").
    pub previous_reference: Option<String>,
    /// The unguessable part of a video room's address.
    pub room_token: Option<String>,
    /// When it was booked; a move keeps it.
    pub created_at: DateTime<Utc>,
    /// The last change: a move, a cancellation or the counsellor's decision.
    pub updated_at: DateTime<Utc>,
    /// When everything about it is deleted: the booking settings' `purge_days` after the session ends.
    pub purge_after: DateTime<Utc>,
}
