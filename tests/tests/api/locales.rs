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

/// locale → message id → variables used.
fn load() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let mut locales = BTreeMap::new();
    for dir in std::fs::read_dir(locales_dir()).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut messages = BTreeMap::new();
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
            for entry in resource.body {
                match entry {
                    Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        if let Some(value) = &m.value {
                            variables_of(value, &mut vars);
                        }
                        assert!(
                            messages.insert(m.id.name.to_owned(), vars).is_none(),
                            "{locale}: {} twice",
                            m.id.name
                        );
                    }
                    Entry::Junk { content } => panic!("{}: cannot parse {content:?}", file.display()),
                    _ => {}
                }
            }
        }
        locales.insert(locale, messages);
    }
    locales
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let locales = load();
    assert!(
        locales.contains_key("es") && locales.contains_key("en"),
        "Spanish and English at least"
    );
    let all_ids: BTreeSet<&String> = locales.values().flat_map(|m| m.keys()).collect();
    for (locale, messages) in &locales {
        for id in &all_ids {
            assert!(messages.contains_key(*id), "{locale} lacks {id}");
        }
        for (id, vars) in messages {
            assert_eq!(
                vars, &locales["es"][id],
                "{locale}/{id} uses other variables than es"
            );
        }
    }
}

#[test]
fn every_api_error_code_has_a_message() {
    let locales = load();
    for code in ruta_server::error::ApiError::CODES {
        assert!(
            locales["es"].contains_key(&format!("error-{code}")),
            "error-{code}"
        );
    }
}
