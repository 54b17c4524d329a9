//! Text folding for search, and choosing which translation to show.

use api_types::Localized;

/// Folds text for matching: transliterated to ASCII (accents dropped, `ß`→`ss`), lower case, every run of
/// non-alphanumeric characters turned into one space, trimmed. "Cap-Haïtien" and "cap haitien" fold alike.
///
/// # Example
/// ```
/// use ruta_server::domain::text::fold;
/// assert_eq!(fold("  Cap-Haïtien "), "cap haitien");
/// assert_eq!(fold("SÃO PAULO"), "sao paulo");
/// ```
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut pending_space = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// The languages to try, in order, for a reader who asked for `wanted`: the tag itself, its primary language,
/// then Spanish and English (the languages most listings are written in).
pub fn fallback_chain(wanted: Option<&str>) -> Vec<String> {
    let mut chain = Vec::with_capacity(4);
    if let Some(tag) = wanted {
        chain.push(tag.to_owned());
        if let Some((primary, _)) = tag.split_once('-') {
            chain.push(primary.to_owned());
        }
    }
    for default in ["es", "en"] {
        if !chain.iter().any(|t| t == default) {
            chain.push(default.to_owned());
        }
    }
    chain
}

/// Picks the text to show and the language it is in: the first language of the fallback chain that has text,
/// otherwise the first translation there is. `None` only when there is no text at all.
pub fn pick<'a>(texts: &'a Localized, chain: &[String]) -> Option<(&'a str, &'a str)> {
    chain
        .iter()
        .find_map(|lang| texts.get_key_value(lang.as_str()))
        .or_else(|| texts.iter().next())
        .map(|(lang, text)| (lang.as_str(), text.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quechua_reader_gets_quechua_then_spanish() {
        let mut texts = Localized::new();
        texts.insert("es".into(), "Casa".into());
        texts.insert("qu".into(), "Wasi".into());
        assert_eq!(pick(&texts, &fallback_chain(Some("qu"))), Some(("qu", "Wasi")));
        assert_eq!(pick(&texts, &fallback_chain(Some("pt-BR"))), Some(("es", "Casa")));
    }
}
