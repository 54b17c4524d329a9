//! Language tags.

use serde::{Deserialize, Serialize};

/// A BCP 47 language tag reduced to what a directory needs: an ISO 639 language (2 or 3 letters, e.g. `es`,
/// `qu`, `quc`, `ht`), an optional script (`Latn`) and an optional region (`BR`, `419`).
///
/// Stored canonically: language lower case, script title case, region upper case.
///
/// # Example
/// ```
/// use ruta_api_types::LanguageCode;
/// let tag = LanguageCode::parse("PT-br").unwrap();
/// assert_eq!(tag.as_str(), "pt-BR");
/// assert_eq!(tag.primary(), "pt");
/// assert!(LanguageCode::parse("english").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "String")]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "es"))]
pub struct LanguageCode(String);

/// Why a language tag was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidLanguage(pub String);

impl std::fmt::Display for InvalidLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "'{}' is not a language code such as 'es', 'qu', 'quc' or 'pt-BR'",
            self.0
        )
    }
}

impl std::error::Error for InvalidLanguage {}

impl LanguageCode {
    /// Parses and canonicalises a tag; `_` is accepted as a separator.
    pub fn parse(input: &str) -> Result<Self, InvalidLanguage> {
        let bad = || InvalidLanguage(input.chars().take(40).collect());
        let mut parts = input.trim().split(['-', '_']);
        let language = parts
            .next()
            .filter(|p| (2..=3).contains(&p.len()))
            .ok_or_else(bad)?;
        if !language.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(bad());
        }
        let mut out = language.to_ascii_lowercase();
        let mut seen_region = false;
        for part in parts {
            let is_script = part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()) && !seen_region;
            let is_region = (part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
                || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit()));
            out.push('-');
            if is_script && out.matches('-').count() == 1 {
                let mut chars = part.chars();
                if let Some(first) = chars.next() {
                    out.push(first.to_ascii_uppercase());
                }
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else if is_region && !seen_region {
                seen_region = true;
                out.push_str(&part.to_ascii_uppercase());
            } else {
                return Err(bad());
            }
        }
        Ok(Self(out))
    }

    /// The tag as text, e.g. `pt-BR`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone, e.g. `pt` for `pt-BR`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl TryFrom<String> for LanguageCode {
    type Error = InvalidLanguage;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LanguageCode> for String {
    fn from(value: LanguageCode) -> Self {
        value.0
    }
}

impl std::fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

// Serialised as the plain string, without allocating (searches serialise many of these).
impl Serialize for LanguageCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::LanguageCode;

    #[test]
    fn indigenous_and_creole_codes_are_accepted() {
        for code in ["qu", "quc", "gn", "ht", "ay", "es-419", "zh-Hant-TW"] {
            assert!(LanguageCode::parse(code).is_ok(), "{code}");
        }
    }

    #[test]
    fn words_and_junk_are_refused() {
        for code in ["", "e", "spanish", "es-", "es-BR-MX", "1a", "es--x"] {
            assert!(LanguageCode::parse(code).is_err(), "{code}");
        }
    }
}
