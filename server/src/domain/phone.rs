//! A person's phone number, checked with libphonenumber's rules (the `phonenumber` crate) and kept in E.164, so a
//! counsellor who calls or writes on WhatsApp reaches the right country.

use api_types::{CountryCode, E164};

/// Why a number typed by a person was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Written without `+` and its country code, and no country given to read it in.
    NeedsCountry,
    /// Not a number anyone can dial (too short, too long, or not a number of that country).
    NotANumber,
}

impl PhoneProblem {
    /// What to do about it, in a sentence.
    pub fn message(self) -> &'static str {
        match self {
            PhoneProblem::NeedsCountry => {
                "write the number with + and its country code (+51 987 654 321), or say its country"
            }
            PhoneProblem::NotANumber => {
                "not a phone number of that country: check the digits and the country"
            }
        }
    }
}

/// A number as the person typed it (spaces, dashes, dots and brackets allowed; `00` for `+`), in E.164: read
/// internationally when it starts with `+` or `00`, else as a number of `country`; valid numbers only.
///
/// # Example
/// ```
/// use api_types::CountryCode;
/// use ruta_server::domain::phone::{PhoneProblem, person_phone};
/// let pe = CountryCode::parse("PE").ok();
/// assert_eq!(person_phone("987 654 321", pe).map(|n| n.as_str().to_owned()), Ok("+51987654321".into()));
/// assert_eq!(person_phone("0051 987-654-321", None).map(|n| n.as_str().to_owned()), Ok("+51987654321".into()));
/// assert_eq!(person_phone("987 654 321", None), Err(PhoneProblem::NeedsCountry));
/// assert_eq!(person_phone("+51 12", None), Err(PhoneProblem::NotANumber));
/// ```
pub fn person_phone(text: &str, country: Option<CountryCode>) -> Result<E164, PhoneProblem> {
    let text = text.trim();
    let international = text
        .strip_prefix("00")
        .map(|rest| format!("+{rest}"))
        .or_else(|| text.starts_with('+').then(|| text.to_owned()));
    let parsed = match (international, country) {
        (Some(number), _) => phonenumber::parse(None, number),
        (None, Some(country)) => {
            let id = country
                .as_str()
                .parse::<phonenumber::country::Id>()
                .map_err(|_| PhoneProblem::NotANumber)?;
            phonenumber::parse(Some(id), text)
        }
        (None, None) => return Err(PhoneProblem::NeedsCountry),
    };
    match parsed {
        Ok(number) if phonenumber::is_valid(&number) => {
            E164::parse(&number.format().mode(phonenumber::Mode::E164).to_string())
                .map_err(|_| PhoneProblem::NotANumber)
        }
        _ => Err(PhoneProblem::NotANumber),
    }
}

/// A number of `country` written without its country code, in E.164 when it is a valid number there.
pub fn national_phone(text: &str, country: CountryCode) -> Option<E164> {
    let id = country.as_str().parse::<phonenumber::country::Id>().ok()?;
    let number = phonenumber::parse(Some(id), text).ok()?;
    phonenumber::is_valid(&number)
        .then(|| E164::parse(&number.format().mode(phonenumber::Mode::E164).to_string()).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Option<CountryCode> {
        CountryCode::parse(code).ok()
    }

    #[test]
    fn local_numbers_take_their_country_code_and_typing_habits_do_not_matter() {
        for (typed, code, expected) in [
            ("987 654 321", "PE", "+51987654321"),
            ("(55) 5555-0101", "MX", "+525555550101"),
            ("+505 8888 0000", "HN", "+50588880000"),
            ("00 509 3700 0000", "DO", "+50937000000"),
        ] {
            assert_eq!(
                person_phone(typed, country(code)).map(|n| n.as_str().to_owned()),
                Ok(expected.to_owned()),
                "{typed} in {code}"
            );
        }
    }

    #[test]
    fn a_number_without_country_code_or_with_wrong_digits_is_refused_with_the_reason() {
        assert_eq!(person_phone("987654321", None), Err(PhoneProblem::NeedsCountry));
        assert_eq!(
            person_phone("12345", country("PE")),
            Err(PhoneProblem::NotANumber)
        );
        assert_eq!(person_phone("+51 1", None), Err(PhoneProblem::NotANumber));
        assert_eq!(
            person_phone("call me", country("PE")),
            Err(PhoneProblem::NotANumber)
        );
        assert_eq!(
            national_phone("2222-0000", CountryCode::parse("HN").unwrap()).map(|n| n.as_str().to_owned()),
            Some("+50422220000".into())
        );
    }
}
