//! Languages: the codes or names of the languages a service's staff speak, and the language a country's
//! directories most likely write their texts in.

use api_types::{CountryCode, LanguageCode};
use serde_json::Value;

use super::fields::{Obj, first_raw, list, push_unique, raw};
use super::tolerant;
use super::{At, Mapper};

impl Mapper<'_> {
    /// The language a country's directories most likely write in: the first of its languages that is a
    /// language of administration in the region (Spanish, Portuguese, French, English, Dutch), else its first.
    pub(super) fn text_language(&mut self, country: CountryCode) -> String {
        if let Some(lang) = self.text_languages.get(&country) {
            return lang.clone();
        }
        let languages = self
            .ctx
            .countries
            .get(country)
            .map(|c| c.languages.clone())
            .unwrap_or_default();
        let primary = |l: &String| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
        let lang = languages
            .iter()
            .map(primary)
            .find(|l| ["es", "pt", "fr", "en", "nl"].contains(&l.as_str()))
            .or_else(|| languages.first().map(primary))
            .filter(|l| LanguageCode::parse(l).is_ok())
            .unwrap_or_else(|| "en".to_owned());
        self.text_languages.insert(country, lang.clone());
        lang
    }

    pub(super) fn languages(&mut self, at: &At, v: &Obj) -> Vec<LanguageCode> {
        let mut out = Vec::new();
        for l in list(v, "languages") {
            let (l_at, texts, field) = match l {
                Value::String(s) => (at.clone(), s.clone(), "languages"),
                Value::Object(o) => {
                    let l_at = self.at_of("language", o, at);
                    self.read("language");
                    match (raw(o, "code"), first_raw(o, &["language", "name"])) {
                        (Some(code), _) => (l_at, code, "code"),
                        (None, Some(name)) => (l_at, name, "language"),
                        (None, None) => {
                            self.report.skipped_row(&l_at, "neither a code nor a name");
                            continue;
                        }
                    }
                }
                _ => continue,
            };
            for text in tolerant::split_multi(&texts) {
                // "Creole (limited)": the language, and a qualifier Ruta has no place for (reported).
                let (text, qualified) = match text.split_once('(') {
                    Some((name, _)) if !name.trim().is_empty() => (name.trim(), true),
                    _ => (text, false),
                };
                match tolerant::language(text) {
                    Some((code, by_name)) => {
                        if qualified {
                            self.report.warning(
                                &l_at,
                                Some(field),
                                "a qualifier in parentheses (such as \"limited\") was left out: Ruta lists the \
                                 language; say how well it is spoken in the description",
                            );
                        }
                        if by_name {
                            self.report
                                .fixed(&l_at, field, format!("read as the language code {code}"));
                        }
                        push_unique(&mut out, code);
                    }
                    None => self.report.skipped_field(
                        &l_at,
                        field,
                        "not a language code or a language name Ruta knows",
                    ),
                }
            }
        }
        out
    }
}
