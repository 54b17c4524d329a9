//! Names of the directory's languages and of the 50 countries and territories of Latin America and the
//! Caribbean, in each of the app's 8 languages, from CLDR. The server (HSDS export and import) and the app
//! (every screen that names a language or a country) read the same table, so a name never depends on the
//! browser's `Intl` data (which names K'iche' or Belize Kriol in no language, and Haiti in French or Spanish
//! depending on the screen).
//!
//! `generated.rs` is written by `scripts/cldr-names.sh` (see `README.md` here): for each app language, the
//! first name found along its chain (the CLDR name in that language, then the hand-written one in
//! `locales/<lang>/ruta_names.ftl`, then the same for the next language of the chain):
//!
//! | app language | chain |
//! |---|---|
//! | es | es (CLDR `es-419`) |
//! | en | en |
//! | pt-BR | pt-BR (CLDR `pt`) → en |
//! | fr, nl | itself → en |
//! | ht | ht → fr → en |
//! | qu, gn | itself → es → en |
//!
//! Every language the directory can index has a name in every app language: the script refuses to write a
//! table with a gap.

mod generated;

pub use generated::{CLDR_VERSION, LOCALES};
use generated::{COUNTRIES, LANGUAGES};

/// The row position of an app language (`pt-BR`, or just `pt`); English for any other tag.
fn column(locale: &str) -> usize {
    let primary = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    LOCALES
        .iter()
        .position(|l| l.eq_ignore_ascii_case(locale))
        .or_else(|| LOCALES.iter().position(|l| primary(l) == primary(locale)))
        .unwrap_or(1)
}

fn nth(names: &'static str, column: usize) -> Option<&'static str> {
    names.split('|').nth(column).filter(|name| !name.is_empty())
}

fn language_row(code: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let find = |code: &str| {
        LANGUAGES
            .binary_search_by(|(c, _, _)| (*c).cmp(code))
            .ok()
            .map(|i| &LANGUAGES[i])
    };
    find(code).or_else(|| find(code.split('-').next().unwrap_or(code)))
}

/// A language's name (a BCP 47 tag such as `quc` or `es-MX`: the whole tag, else its primary subtag) in the app
/// language `locale` (`es`, `pt-BR`…; English for a tag the app is not translated into), capitalised; `None` for
/// a language outside the table.
///
/// # Example
/// ```
/// assert_eq!(ruta_names::language("quc", "en"), Some("Kʼicheʼ"));
/// assert_eq!(ruta_names::language("es-MX", "fr"), Some("Espagnol"));
/// assert_eq!(ruta_names::language("xx", "es"), None);
/// ```
pub fn language(code: &str, locale: &str) -> Option<&'static str> {
    language_row(code).and_then(|(_, _, names)| nth(names, column(locale)))
}

/// A language's name in itself (`ht` → "Kreyòl Ayisyen"), where CLDR has that language's own data.
///
/// # Example
/// ```
/// assert_eq!(ruta_names::autonym("pt"), Some("Português"));
/// assert_eq!(ruta_names::autonym("bzj"), None);
/// ```
pub fn autonym(code: &str) -> Option<&'static str> {
    language_row(code)
        .map(|(_, autonym, _)| *autonym)
        .filter(|a| !a.is_empty())
}

/// Every language in the table, by code (BCP 47 primary subtag), sorted.
pub fn language_codes() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _, _)| *code)
}

/// A country's or territory's name (ISO 3166-1 alpha-2, `HT`) in the app language `locale`; `None` outside Latin
/// America and the Caribbean.
///
/// # Example
/// ```
/// assert_eq!(ruta_names::country("HT", "es"), Some("Haití"));
/// assert_eq!(ruta_names::country("DO", "ht"), Some("République dominicaine"));
/// ```
pub fn country(iso2: &str, locale: &str) -> Option<&'static str> {
    let i = COUNTRIES
        .binary_search_by(|(code, _)| code.as_bytes().cmp(&iso2.to_ascii_uppercase().into_bytes()[..]))
        .ok()?;
    nth(COUNTRIES[i].1, column(locale))
}

/// Every country and territory in the table, by ISO 3166-1 alpha-2 code, sorted.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|(code, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(locale: &str) -> Vec<Option<&'static str>> {
        language_codes().map(|c| language(c, locale)).collect()
    }

    #[test]
    fn every_language_and_country_has_a_name_in_every_app_language() {
        for locale in LOCALES {
            for code in language_codes() {
                let name = language(code, locale).unwrap_or_default();
                assert!(!name.is_empty() && name != code, "{code} in {locale}: {name:?}");
            }
            for code in country_codes() {
                let name = country(code, locale).unwrap_or_default();
                assert!(!name.is_empty() && name != code, "{code} in {locale}: {name:?}");
            }
        }
        assert_eq!(country_codes().count(), 50);
    }

    #[test]
    fn creole_falls_back_to_french_where_it_has_no_name_of_its_own() {
        // CLDR has no Haitian Creole country names, nor hand-written ones: French, on every screen.
        assert_eq!(country("DO", "ht"), country("DO", "fr"));
        assert_eq!(country("HT", "ht"), Some("Haïti"));
        // Its own name for itself, and the hand-written Creole names before the French ones.
        assert_eq!(language("ht", "ht"), Some("Kreyòl Ayisyen"));
        assert_eq!(language("es", "ht"), Some("Panyòl"));
    }

    #[test]
    fn quechua_and_guarani_fall_back_to_spanish() {
        // Neither has country names in CLDR that differ from Spanish where Spanish is the chain.
        assert_eq!(country("BR", "gn"), country("BR", "es"));
        assert_eq!(country("BQ", "gn"), Some("Caribe neerlandés"));
        // Quechua's own CLDR names win over the hand-written ones…
        assert_eq!(language("es", "qu"), Some("Español Simi"));
        // …and Guaraní's hand-written names over Spanish.
        assert_eq!(language("es", "gn"), Some("Karaiñe'ẽ"));
        // Javanese has a CLDR name in Spanish but none in Guaraní, written or not.
        assert_eq!(language("jv", "gn"), language("jv", "es"));
    }

    #[test]
    fn portuguese_is_brazilian_and_spanish_latin_american() {
        assert_eq!(column("pt"), column("pt-BR"));
        assert_eq!(language("en", "pt"), Some("Inglês"));
        assert_eq!(country("BL", "es"), Some("San Bartolomé"));
    }

    #[test]
    fn an_unknown_app_language_reads_english_and_a_tag_falls_back_to_its_primary_subtag() {
        assert_eq!(language("quc", "de"), language("quc", "en"));
        assert_eq!(language("pt-BR", "es"), Some("Portugués"));
        assert_eq!(country("gt", "es"), Some("Guatemala"));
    }

    #[test]
    fn languages_without_any_cldr_name_have_a_written_one_in_every_app_language() {
        for locale in LOCALES {
            assert!(all(locale).iter().all(Option::is_some), "{locale}");
        }
        assert_eq!(language("bzj", "es"), Some("Kriol beliceño"));
        assert_eq!(language("hns", "nl"), Some("Sarnami"));
    }
}
