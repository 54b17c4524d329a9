//! Remote psychosocial appointments: counsellors, their slots, bookings without an account, and the purge.
//!
//! A booking holds the minimum: counsellor, time, modality, language, and — encrypted ([`vault`]) — an optional
//! alias and at most one contact channel with safe-contact notes. The survivor gets a reference and a secret
//! (shown once) to see, cancel or reschedule it, and to book again with the same counsellor. Everything but
//! anonymous monthly counts is deleted `purge_days` after the session.

pub mod ics;
pub mod profiles;
pub mod service;
pub mod vault;

use api_types::LanguageCode;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::domain::slots::{Availability, WeeklyWindow};

/// How a session happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Video call in a room link.
    Video,
    /// Phone call.
    Phone,
    /// Text chat.
    Chat,
}

impl Modality {
    /// Its name in the API and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Video => "video",
            Modality::Phone => "phone",
            Modality::Chat => "chat",
        }
    }

    /// From its name.
    pub fn parse(s: &str) -> Option<Self> {
        [Modality::Video, Modality::Phone, Modality::Chat]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Waiting for the counsellor.
    Requested,
    /// The counsellor confirmed.
    Confirmed,
    /// The counsellor declined (other slots are suggested).
    Declined,
    /// The person cancelled.
    Cancelled,
    /// It happened.
    Completed,
    /// The person did not come.
    NoShow,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 6] = [
        Status::Requested,
        Status::Confirmed,
        Status::Declined,
        Status::Cancelled,
        Status::Completed,
        Status::NoShow,
    ];

    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Confirmed => "confirmed",
            Status::Declined => "declined",
            Status::Cancelled => "cancelled",
            Status::Completed => "completed",
            Status::NoShow => "no_show",
        }
    }

    /// From its name.
    pub fn parse(s: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Holds its slot (a second booking of the same slot is refused).
    pub fn holds_slot(self) -> bool {
        matches!(self, Status::Requested | Status::Confirmed)
    }
}

/// A counsellor's public profile and booking rules.
#[derive(Debug, Clone, PartialEq)]
pub struct Counsellor {
    /// Id.
    pub id: Uuid,
    /// Their organisation.
    pub organization_id: Uuid,
    /// Their sign-in account, when they have one.
    pub user_id: Option<Uuid>,
    /// The name shown (a first name or a chosen name).
    pub display_name: String,
    /// `woman`, `man`, `non_binary` or `unspecified`: survivors may ask for one.
    pub gender: String,
    /// Languages spoken.
    pub languages: Vec<LanguageCode>,
    /// `children`, `men`, `women`, `lgbtq`, `sexual_exploitation`, `labour_exploitation`, `migrants`…
    pub specialities: Vec<String>,
    /// Video, phone, chat.
    pub modalities: Vec<Modality>,
    /// Weekly windows, time off, session length, buffer, notice and horizon, in their zone.
    pub availability: Availability,
    /// Taking bookings.
    pub active: bool,
    /// Fictional demo data.
    pub demo: bool,
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
    /// `phone`, `whatsapp`, `signal` or `email`.
    pub channel: String,
    /// The number or address.
    pub value: String,
    /// Safe-contact notes: "no voicemail", "only after 6 pm".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
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
}

/// A booking.
#[derive(Debug, Clone, PartialEq)]
pub struct Appointment {
    /// Id.
    pub id: Uuid,
    /// What the person writes down: `R-7K3Q-9MXD`.
    pub reference: String,
    /// SHA-256 of the secret.
    pub secret_hash: String,
    /// With whom.
    pub counsellor_id: Uuid,
    /// Start, UTC.
    pub start: DateTime<Utc>,
    /// End, UTC.
    pub end: DateTime<Utc>,
    /// How.
    pub modality: Modality,
    /// In which language.
    pub language: LanguageCode,
    /// Alias and contact, encrypted.
    pub private: Option<Vec<u8>>,
    /// Where it stands.
    pub status: Status,
    /// The booking this one continues ("book again").
    pub previous_reference: Option<String>,
    /// The unguessable part of a video room's address.
    pub room_token: Option<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Changed.
    pub updated_at: DateTime<Utc>,
    /// When it is deleted.
    pub purge_after: DateTime<Utc>,
}

/// Crockford's base 32 without I, L, O, U: easy to read aloud and write down.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn random_code(groups: usize) -> Result<String, getrandom::Error> {
    let mut bytes = vec![0_u8; groups * 4];
    getrandom::fill(&mut bytes)?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// A new booking reference: `R-XXXX-XXXX` (40 bits; it only finds a booking together with its secret).
pub fn new_reference() -> Result<String, getrandom::Error> {
    Ok(format!("R-{}", random_code(2)?))
}

/// A new secret: three groups of four characters (60 bits), shown once.
pub fn new_secret() -> Result<String, getrandom::Error> {
    random_code(3)
}

/// A new video room token (128 bits).
pub fn new_room_token() -> Result<String, getrandom::Error> {
    random_code(8).map(|t| t.replace('-', "").to_lowercase())
}

/// What is stored of a secret. Case and dashes do not matter when typed back.
pub fn secret_hash(secret: &str) -> String {
    let normal: String = secret
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    Sha256::digest(normal.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a typed secret matches, in constant time over the hash.
pub fn secret_matches(typed: &str, stored_hash: &str) -> bool {
    let typed = secret_hash(typed);
    typed.len() == stored_hash.len()
        && typed
            .bytes()
            .zip(stored_hash.bytes())
            .fold(0_u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// When a booking's data goes: `days` after the session ends.
pub fn purge_date(end: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    end + Duration::days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_secrets_are_easy_to_write_down_and_secrets_match_loosely() {
        let reference = new_reference().unwrap_or_default();
        assert_eq!(reference.len(), 11);
        assert!(reference.starts_with("R-"));
        let secret = new_secret().unwrap_or_default();
        assert_eq!(secret.len(), 14);
        assert!(secret.chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
        let hash = secret_hash(&secret);
        assert!(secret_matches(&secret.to_lowercase().replace('-', " "), &hash));
        assert!(!secret_matches("AAAA-BBBB-CCCC", &hash));
    }
}
