//! The Fluent files: every file parses, every locale has every message, with the same variables, and every API
//! error code has a message.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("locales")
}

fn variables_of(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables_of(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

/// Messages of one file: id → (variables used, the text with placeables blanked).
type Messages = BTreeMap<String, (BTreeSet<String>, String)>;

/// file name (the Fluent domain, `ruta_app.ftl`) → locale → messages.
fn load() -> BTreeMap<String, BTreeMap<String, Messages>> {
    let mut domains: BTreeMap<String, BTreeMap<String, Messages>> = BTreeMap::new();
    for dir in std::fs::read_dir(locales_dir()).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let domain = file.file_name().unwrap().to_string_lossy().into_owned();
            let mut messages = Messages::new();
            let text = std::fs::read_to_string(&file).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
            for entry in resource.body {
                match entry {
                    Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        let mut words = String::new();
                        if let Some(value) = &m.value {
                            variables_of(value, &mut vars);
                            text_of(value, &mut words);
                        }
                        assert!(
                            messages.insert(m.id.name.to_owned(), (vars, words)).is_none(),
                            "{}: {} twice",
                            file.display(),
                            m.id.name
                        );
                    }
                    Entry::Junk { content } => panic!("{}: cannot parse {content:?}", file.display()),
                    _ => {}
                }
            }
            domains
                .entry(domain)
                .or_default()
                .insert(locale.clone(), messages);
        }
    }
    domains
}

/// The literal text of a pattern (every variant of a select), placeables left out.
fn text_of(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for v in variants {
                    text_of(&v.value, out);
                    out.push(' ');
                }
            }
            PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

/// Every language the app and server ship, as folder names under `locales/`.
const SHIPPED: [&str; 8] = ["es", "en", "pt-BR", "fr", "ht", "nl", "qu", "gn"];

#[test]
fn every_locale_has_every_file_and_message_with_the_same_variables() {
    let domains = load();
    assert!(domains.contains_key("ruta_app.ftl") && domains.contains_key("ruta_server.ftl"));
    for (domain, locales) in &domains {
        for locale in SHIPPED {
            assert!(
                locales.contains_key(locale),
                "locales/{locale}/{domain} is missing"
            );
        }
        let all_ids: BTreeSet<&String> = locales.values().flat_map(|m| m.keys()).collect();
        for (locale, messages) in locales {
            for id in &all_ids {
                assert!(messages.contains_key(*id), "{locale}/{domain} lacks {id}");
            }
            for (id, (vars, _)) in messages {
                assert_eq!(
                    vars, &locales["es"][id].0,
                    "{locale}/{domain}: {id} uses other variables than es"
                );
            }
        }
    }
}

/// A translation left in English is caught when a sentence (three words or more) is the English one verbatim.
#[test]
fn no_sentence_is_left_in_english_in_another_language() {
    for (domain, locales) in load() {
        let english = &locales["en"];
        for (locale, messages) in &locales {
            if locale == "en" {
                continue;
            }
            for (id, (_, text)) in messages {
                let words = text
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count();
                let same = english.get(id).is_some_and(|(_, en)| en.trim() == text.trim());
                assert!(
                    !(same && words >= 3),
                    "{locale}/{domain}: {id} is still the English text {text:?}"
                );
            }
        }
    }
}

/// Files in languages the team does not speak natively say so at the top, for reviewers.
#[test]
fn creole_and_indigenous_language_files_ask_for_native_review() {
    for locale in ["ht", "qu", "gn"] {
        for entry in std::fs::read_dir(locales_dir().join(locale)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let header: String = text
                .lines()
                .take_while(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                header.contains("NEEDS REVIEW BY NATIVE SPEAKERS"),
                "{} must start with the review header",
                path.display()
            );
        }
    }
}

#[test]
fn every_api_error_code_has_a_message_for_the_app_and_the_server() {
    let domains = load();
    for code in api_types::ErrorCode::ALL {
        for domain in ["ruta_app.ftl", "ruta_server.ftl"] {
            assert!(
                domains[domain]["es"].contains_key(&format!("error-{code}")),
                "{domain}: error-{code}"
            );
        }
    }
}

/// Issue 14: no screen shows a raw language code. Every language the directory can index (the index's own
/// bits), every language a country of the region speaks (the countries file) and every language of the demo
/// directory's services and counsellors has a name in all 8 languages in the CLDR table (`ruta-names`).
#[test]
fn every_language_of_the_directory_has_a_name_in_every_locale() {
    let reference = ruta_tests::reference();
    let mut codes: std::collections::BTreeSet<String> = ruta_server::geo::mask::INDEXED_LANGUAGES
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    for country in reference.countries.iter() {
        codes.extend(
            country
                .languages
                .iter()
                .map(|l| l.split('-').next().unwrap_or(l).to_owned()),
        );
    }
    let seed = ruta_demo::seed(&reference, ruta_tests::now());
    for service in &seed.services {
        codes.extend(service.languages.iter().map(|l| l.primary().to_owned()));
    }
    for counsellor in &seed.counsellors {
        codes.extend(counsellor.languages.iter().map(|l| l.primary().to_owned()));
    }
    for code in [
        "bzj", "gym", "hns", "quc", "kek", "mam", "cak", "srn", "pap", "jam", "miq",
    ] {
        assert!(codes.contains(code), "{code} is among the languages checked");
    }
    for code in &codes {
        for locale in SHIPPED {
            let name = ruta_names::language(code, locale).unwrap_or_default();
            assert!(!name.is_empty() && name != code, "{code} has no name in {locale}");
        }
    }
    for country in reference.countries.iter() {
        for locale in SHIPPED {
            assert!(
                ruta_names::country(country.iso2.as_str(), locale).is_some(),
                "{} has no name in {locale}",
                country.iso2
            );
        }
    }
}

/// The table's languages are the app's: every app language has its column.
#[test]
fn the_name_table_has_a_column_for_every_locale_shipped() {
    assert_eq!(ruta_names::LOCALES, SHIPPED);
}
