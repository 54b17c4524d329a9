//! Phone numbers.

use serde::{Deserialize, Serialize};

/// A phone number in E.164 form: `+`, a country code and up to 15 digits in all, no spaces.
///
/// Input may contain spaces, dots, dashes and parentheses; they are removed.
///
/// # Example
/// ```
/// use ruta_api_types::E164;
/// assert_eq!(E164::parse("+52 (55) 0000-0101").unwrap().as_str(), "+525500000101");
/// assert!(E164::parse("555-0101").is_err()); // no country code
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "String")]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "+50200000101"))]
pub struct E164(String);

/// Why a phone number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidPhone;

impl std::fmt::Display for InvalidPhone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a phone number must be in international form: '+', the country code, then the number (8 to 15 digits in all)")
    }
}

impl std::error::Error for InvalidPhone {}

impl E164 {
    /// Parses a number written with or without separators.
    pub fn parse(input: &str) -> Result<Self, InvalidPhone> {
        let trimmed = input.trim();
        let rest = trimmed.strip_prefix('+').ok_or(InvalidPhone)?;
        let mut digits = String::with_capacity(16);
        digits.push('+');
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(InvalidPhone),
            }
        }
        let count = digits.len() - 1;
        if !(8..=15).contains(&count) || digits.as_bytes().get(1) == Some(&b'0') {
            return Err(InvalidPhone);
        }
        Ok(Self(digits))
    }

    /// The number as `+` and digits, ready for a `tel:` link.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for E164 {
    type Error = InvalidPhone;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<E164> for String {
    fn from(value: E164) -> Self {
        value.0
    }
}

/// A way to reach a phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PhoneChannel {
    Voice,
    /// A text message.
    Sms,
    /// WhatsApp (run by a third party; the app says so).
    Whatsapp,
}

impl PhoneChannel {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneChannel::Voice => "voice",
            PhoneChannel::Sms => "sms",
            PhoneChannel::Whatsapp => "whatsapp",
        }
    }
}

/// One phone number of a service and what it can be used for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Phone {
    /// The number, E.164.
    pub number: E164,
    /// Voice, SMS and/or WhatsApp; never empty.
    pub channels: Vec<PhoneChannel>,
    /// What the number is for ("intake line", "24 h"), if the organisation said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

// Serialised as the plain string, without allocating (searches serialise many of these).
impl Serialize for E164 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
