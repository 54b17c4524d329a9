//! Entity tags: a short fingerprint of a stored record, so two people editing one record at once cannot
//! overwrite each other unseen. A client reads a record with its tag and sends the tag back with its change; the
//! change is written only if the record still has that tag, checked in the same lock or transaction as the write.
//!
//! A tag is the SHA-256 of the record's JSON as the API shows it (its fields in their fixed order; `stale` and
//! other values computed from the clock left out), so it is the same after a restart and on every replica that
//! reads the same stored record, and it changes whenever any stored field does.

use base64::Engine as _;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Bytes of the SHA-256 kept: 144 bits, 24 characters of URL-safe base64.
const TAG_BYTES: usize = 18;

/// A record's entity tag, without the quotes HTTP puts around it.
///
/// # Example
/// ```
/// use ruta_server::domain::etag::ETag;
/// let a = ETag::of(&serde_json::json!({"name": "Casa"}));
/// assert_eq!(a, ETag::of(&serde_json::json!({"name": "Casa"})));
/// assert_ne!(a, ETag::of(&serde_json::json!({"name": "Casa Luz"})));
/// assert_eq!(a.as_str().len(), 24);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ETag(String);

impl ETag {
    /// The tag of a record: a hash of its JSON (`null` when it cannot be written as JSON, which a record of
    /// plain fields never is).
    pub fn of<T: Serialize + ?Sized>(record: &T) -> Self {
        let json = serde_json::to_vec(record).unwrap_or_else(|_| b"null".to_vec());
        let digest = Sha256::digest(&json);
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..TAG_BYTES]))
    }

    /// A tag as a client sent it back (the text between the quotes).
    pub fn from_sent(text: &str) -> Self {
        Self(text.to_owned())
    }

    /// The tag's text (URL-safe base64: letters, digits, `-` and `_`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ETag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a change requires of the stored record before it is written (HTTP's `If-Match`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// `*`: any current version of the record.
    Any,
    /// The record must still have one of these tags.
    OneOf(Vec<ETag>),
}

impl Precondition {
    /// Whether a record whose tag is `current` may be changed.
    ///
    /// # Example
    /// ```
    /// use ruta_server::domain::etag::{ETag, Precondition};
    /// let now = ETag::of(&1);
    /// assert!(Precondition::OneOf(vec![ETag::of(&0), now.clone()]).holds(&now));
    /// assert!(!Precondition::OneOf(vec![ETag::of(&0)]).holds(&now));
    /// assert!(Precondition::Any.holds(&now));
    /// ```
    pub fn holds(&self, current: &ETag) -> bool {
        match self {
            Precondition::Any => true,
            Precondition::OneOf(tags) => tags.contains(current),
        }
    }

    /// Whether it holds, when a precondition was given at all (none: any change is written).
    pub fn holds_if_given(precondition: Option<&Precondition>, current: &ETag) -> bool {
        precondition.is_none_or(|p| p.holds(current))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_follows_every_field_and_only_the_fields() {
        let a = ETag::of(&serde_json::json!({"a": 1, "b": [1, 2]}));
        assert_eq!(a, ETag::of(&serde_json::json!({"a": 1, "b": [1, 2]})));
        assert_ne!(a, ETag::of(&serde_json::json!({"a": 1, "b": [2, 1]})));
        assert!(
            a.as_str()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }

    #[test]
    fn no_precondition_lets_any_change_through() {
        assert!(Precondition::holds_if_given(None, &ETag::of(&1)));
        assert!(!Precondition::holds_if_given(
            Some(&Precondition::OneOf(Vec::new())),
            &ETag::of(&1)
        ));
    }
}
