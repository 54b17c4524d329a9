//! Countries: codes, names and what a person there can call.

use serde::{Deserialize, Serialize};

use crate::lifelines::CountryLifeLines;

/// An ISO 3166-1 alpha-2 country code in upper case, e.g. `HN`.
///
/// # Example
/// ```
/// use ruta_api_types::CountryCode;
/// assert_eq!(CountryCode::parse("hn").unwrap().as_str(), "HN");
/// assert!(CountryCode::parse("HND").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "String")]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "HN"))]
pub struct CountryCode([u8; 2]);

/// Why a country code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidCountry;

impl std::fmt::Display for InvalidCountry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a country must be a two-letter ISO 3166-1 code such as 'HN' or 'BR'")
    }
}

impl std::error::Error for InvalidCountry {}

impl CountryCode {
    /// Parses two ASCII letters, any case. Whether the country exists is checked by the server.
    pub fn parse(input: &str) -> Result<Self, InvalidCountry> {
        match input.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(InvalidCountry),
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl TryFrom<String> for CountryCode {
    type Error = InvalidCountry;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CountryCode> for String {
    fn from(value: CountryCode) -> Self {
        value.as_str().to_owned()
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a person in a country can call right away, and the country's facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryInfo {
    /// ISO 3166-1 alpha-2.
    pub iso2: CountryCode,
    /// The country's name in English, Spanish, Portuguese and French (`en`, `es`, `pt`, `fr`).
    pub names: std::collections::BTreeMap<String, String>,
    /// Languages spoken, most spoken first (ISO 639).
    pub languages: Vec<String>,
    /// IANA time zones.
    pub timezones: Vec<String>,
    /// Labelled emergency numbers, national lines and the route of care, each fact with its source.
    pub lifelines: CountryLifeLines,
}

// Serialised as the plain string, without allocating (searches serialise many of these).
impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
