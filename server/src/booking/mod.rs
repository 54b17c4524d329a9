//! Remote psychosocial appointments: counsellors, their slots, bookings without an account, and the purge.
//!
//! A booking holds the minimum: counsellor, time, modality, language, and — encrypted ([`vault`]) — an optional
//! alias and at most one contact channel with safe-contact notes. The survivor gets a reference and a secret
//! (shown once) to see, cancel or reschedule it, and to book again with the same counsellor. Everything but
//! anonymous monthly counts is deleted `purge_days` after the session.

pub mod ics;
pub mod listing;
pub mod notices;
pub mod profiles;
pub mod service;

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

pub use crate::domain::booking::{
    Appointment, BookingStatus, Contact, ContactChannel, Counsellor, Modality, Private, StoredWindow,
};

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
