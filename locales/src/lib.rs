//! The Fluent files of every language Ruta ships, compiled into the binary, and the server's side of them.
//!
//! `locales/<lang>/ruta_app.ftl` are the app's messages (compiled into the wasm by `app/ui/build.rs`);
//! `locales/<lang>/ruta_server.ftl` are the few texts the server renders itself, for a client that asks for a
//! language (`Accept-Language` or `lang=`): API error messages, and later calendar text. [`Messages`] loads a
//! domain in every language with i18n-embed's Fluent loader and picks the reader's language per request.

use std::collections::HashMap;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// Every `.ftl` file under `locales/`, as `<lang>/<domain>.ftl`.
#[derive(RustEmbed)]
#[folder = "."]
#[include = "*/*.ftl"]
struct Files;

/// Every language shipped, as folder names (BCP 47 tags). A test checks each has every file and message.
pub const LANGUAGES: [&str; 8] = ["es", "en", "pt-BR", "fr", "ht", "nl", "qu", "gn"];

/// What went wrong loading the embedded files (a build defect: the locale tests catch it first).
#[derive(Debug, thiserror::Error)]
#[error("locales: {0}")]
pub struct LocaleError(String);

/// One Fluent domain (`ruta_server`) loaded in every language.
pub struct Messages {
    loader: FluentLanguageLoader,
    available: Vec<LanguageIdentifier>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("available", &self.available)
            .finish_non_exhaustive()
    }
}

/// A domain's messages in one negotiated language (with the domain's fallback behind it).
#[derive(Debug)]
pub struct Localizer {
    loader: FluentLanguageLoader,
    language: LanguageIdentifier,
}

impl Messages {
    /// Loads `domain` (the file name without `.ftl`) in every language; `fallback` covers any message a
    /// language lacks.
    pub fn load(domain: &str, fallback: &str) -> Result<Self, LocaleError> {
        let parse = |tag: &str| {
            tag.parse::<LanguageIdentifier>()
                .map_err(|e| LocaleError(format!("{tag}: {e}")))
        };
        let loader = FluentLanguageLoader::new(domain, parse(fallback)?);
        // Only languages that have this file (i18n-embed expects a bundle for each language it loads).
        let available = LANGUAGES
            .iter()
            .filter(|tag| Files::get(&format!("{tag}/{domain}.ftl")).is_some())
            .map(|tag| parse(tag))
            .collect::<Result<Vec<_>, _>>()?;
        if !available.iter().any(|l| *l == fallback) {
            return Err(LocaleError(format!("{fallback}/{domain}.ftl is missing")));
        }
        loader
            .load_languages(&Files, &available)
            .map_err(|e| LocaleError(e.to_string()))?;
        // Plain text for JSON and calendars: no Unicode isolation marks around arguments.
        loader.set_use_isolating(false);
        Ok(Self { loader, available })
    }

    /// The best shipped language for an `Accept-Language` header value (or a single tag, as in `lang=`),
    /// `None` when it names none of them. Region ranges count: `pt-PT` gets `pt-BR`, `es-MX` gets `es`.
    pub fn negotiate(&self, accept_language: &str) -> Option<Localizer> {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let chosen = negotiate_languages(&requested, &self.available, None, NegotiationStrategy::Lookup);
        let language = (*chosen.first()?).clone();
        Some(Localizer {
            loader: self.loader.select_languages(&[&language]),
            language,
        })
    }
}

impl Localizer {
    /// The message `id` with `args`.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        if args.is_empty() {
            return self.loader.get(id);
        }
        let args: HashMap<&str, String> = args.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        self.loader.get_args(id, args)
    }

    /// The language chosen, for `Content-Language`.
    pub fn language(&self) -> String {
        self.language.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> Messages {
        match Messages::load("ruta_server", "es") {
            Ok(m) => m,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn accept_language_picks_the_best_shipped_language() {
        let messages = server();
        let tag = |header: &str| messages.negotiate(header).map(|l| l.language());
        assert_eq!(tag("qu"), Some("qu".to_owned()));
        assert_eq!(tag("es-MX,es;q=0.9,en;q=0.5"), Some("es".to_owned()));
        assert_eq!(tag("de-DE, pt-PT;q=0.8"), Some("pt-BR".to_owned()));
        assert_eq!(tag("de-DE"), None);
        assert_eq!(tag(""), None);
    }

    #[test]
    fn messages_render_with_their_arguments_without_isolation_marks() {
        let messages = server();
        let spanish = messages
            .negotiate("es")
            .map(|l| l.get("error-invalid_parameter", &[("field", "lat")]));
        assert_eq!(spanish.as_deref(), Some("El valor de «lat» no es válido."));
    }
}
