//! The languages the app is translated into: tags, names in themselves, `Intl` fallbacks, and matching the
//! browser's preferred languages.

/// A language the app is translated into (a folder of `locales/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish, the default.
    Es,
    /// English.
    En,
    /// Brazilian Portuguese.
    PtBr,
    /// French.
    Fr,
    /// Haitian Creole.
    Ht,
    /// Dutch (Suriname, the Dutch Caribbean).
    Nl,
    /// Southern Quechua.
    Qu,
    /// Paraguayan Guaraní.
    Gn,
}

impl Lang {
    /// Every language, in the order of the picker: by number of speakers in the region, Indigenous languages
    /// and Creole with them, not at the end.
    pub const ALL: [Lang; 8] = [
        Lang::Es,
        Lang::PtBr,
        Lang::Qu,
        Lang::Gn,
        Lang::Ht,
        Lang::Fr,
        Lang::En,
        Lang::Nl,
    ];

    /// BCP 47 tag: the `locales/` folder, `lang=` sent to the API, and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::Ht => "ht",
            Lang::Nl => "nl",
            Lang::Qu => "qu",
            Lang::Gn => "gn",
        }
    }

    /// The language's name in itself, for the picker. These are the same in every locale, so they are not
    /// Fluent messages.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Es => "Español",
            Lang::En => "English",
            Lang::PtBr => "Português",
            Lang::Fr => "Français",
            Lang::Ht => "Kreyòl ayisyen",
            Lang::Nl => "Nederlands",
            Lang::Qu => "Runasimi",
            Lang::Gn => "Avañe'ẽ",
        }
    }

    /// Locales for the browser's `Intl` (numbers, dates, country names), best first: languages the browser may
    /// lack data for are followed by the one their readers most likely also read.
    pub fn intl_locales(self) -> &'static [&'static str] {
        match self {
            Lang::Es => &["es-419", "es"],
            Lang::En => &["en"],
            Lang::PtBr => &["pt-BR", "pt"],
            Lang::Fr => &["fr"],
            Lang::Ht => &["ht", "fr-HT", "fr"],
            Lang::Nl => &["nl-SR", "nl"],
            Lang::Qu => &["qu", "es-PE", "es"],
            Lang::Gn => &["gn", "es-PY", "es"],
        }
    }

    /// From one tag such as `en-US` or `pt-PT`: the exact language, else one with the same primary language
    /// (`pt-PT` → Brazilian Portuguese, `quz` is not `qu`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if let Some(exact) = Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag)) {
            return Some(exact);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().split('-').next() == Some(primary.as_str()))
    }

    /// The first of the browser's languages (most preferred first) that the app speaks; Spanish when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::Es)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_app_languages() {
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ES_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("qu-PE"), Some(Lang::Qu));
        assert_eq!(Lang::from_tag("gn"), Some(Lang::Gn));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag("quz"), None);
    }

    #[test]
    fn the_first_browser_language_the_app_speaks_wins_else_spanish() {
        assert_eq!(Lang::negotiate(["de-DE", "pt-PT", "en"]), Lang::PtBr);
        assert_eq!(Lang::negotiate(["ht-HT", "fr-FR"]), Lang::Ht);
        assert_eq!(Lang::negotiate(["nl-SR"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["de", "ja"]), Lang::Es);
        assert_eq!(Lang::negotiate([]), Lang::Es);
    }
}
