//! The catalogues under `i18n/` as a translator leaves them: every file parses, every language has
//! exactly English's messages and each message the same variables, every message the code asks
//! for is in English, and no file is outside the list the app compiles in.
//!
//! "The same variables": a translation shows every value English shows and uses none English
//! is not given. It may leave out a variable English only chooses by (a `{ $order -> … }` for
//! the two orders of English dates means nothing in German, which has one).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fresh_legs::core::words::{Language, FEATURES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn i18n() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

/// The variables of a message: those whose value it shows, and those it only chooses a variant
/// by.
#[derive(Default, Debug)]
struct Variables {
    shown: BTreeSet<String>,
    chosen_by: BTreeSet<String>,
}

/// Each message and term of a file, with the variables it uses (in its value, its attributes
/// and every variant of its selections).
fn messages(language: Language, feature: &str) -> BTreeMap<String, Variables> {
    let path = i18n().join(language.code()).join(format!("{feature}.ftl"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path:?} does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        let (id, patterns) = match entry {
            Entry::Message(message) => (
                message.id.name.to_string(),
                message
                    .value
                    .into_iter()
                    .chain(
                        message
                            .attributes
                            .into_iter()
                            .map(|attribute| attribute.value),
                    )
                    .collect::<Vec<_>>(),
            ),
            Entry::Term(term) => (
                format!("-{}", term.id.name),
                std::iter::once(term.value)
                    .chain(term.attributes.into_iter().map(|attribute| attribute.value))
                    .collect(),
            ),
            Entry::Junk { content } => panic!("{path:?}: not Fluent: {content}"),
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => continue,
        };
        let mut variables = Variables::default();
        for pattern in &patterns {
            pattern_variables(pattern, &mut variables);
        }
        let shown = variables.shown.clone();
        variables.chosen_by.retain(|name| !shown.contains(name));
        assert!(
            found.insert(id.clone(), variables).is_none(),
            "{path:?}: {id} twice"
        );
    }
    found
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut Variables) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, &mut into.chosen_by);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, &mut into.shown),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        InlineExpression::Placeable { expression } => {
            let mut inner = Variables::default();
            expression_variables(expression, &mut inner);
            into.extend(inner.shown.into_iter().chain(inner.chosen_by));
        }
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

#[test]
fn every_language_has_english_s_messages_with_the_same_variables() {
    for feature in FEATURES {
        let english = messages(Language::English, feature);
        assert!(!english.is_empty(), "{feature}");
        for language in &Language::ALL[1..] {
            let translated = messages(*language, feature);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            let extra: Vec<_> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language:?} {feature}: missing {missing:?}, not in English {extra:?}"
            );
            for (id, variables) in &english {
                let translation = &translated[id];
                assert!(
                    variables.shown.is_subset(&translation.shown),
                    "{language:?} {feature}: {id} leaves out a value English shows: {variables:?} against {translation:?}"
                );
                let given: BTreeSet<_> = variables.shown.union(&variables.chosen_by).collect();
                assert!(
                    translation
                        .shown
                        .iter()
                        .chain(&translation.chosen_by)
                        .all(|name| given.contains(name)),
                    "{language:?} {feature}: {id} uses a variable English is not given: {variables:?} against {translation:?}"
                );
            }
        }
    }
}

#[test]
fn every_catalogue_file_is_one_the_app_compiles_in() {
    for language in Language::ALL {
        let folder = i18n().join(language.code());
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap_or_else(|error| panic!("{folder:?}: {error}"))
            .filter_map(|entry| {
                let name = entry.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".ftl").map(str::to_string)
            })
            .collect();
        files.sort();
        let mut listed: Vec<String> = FEATURES.iter().map(|name| name.to_string()).collect();
        listed.sort();
        assert_eq!(files, listed, "{folder:?}");
    }
}

/// Every message id in the app's source, with the file it is in: each string literal that starts
/// with a feature's name and a hyphen ("aromatherapy-oil-bergamot"), whether it is asked for at
/// once (`message("…")`) or kept in a table first, outside lines of markup. Literals with a placeholder in them
/// (`"dates-{kind}-{number}"`) are ids made at run time, which the tests of their feature cover.
fn ids_in_code(folder: &Path, into: &mut Vec<(String, PathBuf)>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in_code(&path, into);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            // Markup names things too ("safety-list" is a class): its lines are not messages.
            let markup = ["class:", " id:", "\"aria-", "key:", "href:"];
            let words = source
                .lines()
                .filter(|line| !markup.iter().any(|mark| line.contains(mark)));
            for literal in words.flat_map(|line| line.split('"').skip(1).step_by(2)) {
                let is_id = FEATURES.iter().any(|feature| {
                    literal
                        .strip_prefix(feature)
                        .is_some_and(|rest| rest.starts_with('-'))
                });
                let plain = literal
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-');
                if is_id && plain {
                    into.push((literal.to_string(), path.clone()));
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let english: BTreeSet<String> = FEATURES
        .iter()
        .flat_map(|feature| messages(Language::English, feature).into_keys())
        .collect();
    let mut asked = Vec::new();
    ids_in_code(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut asked,
    );
    assert!(asked.len() >= 10, "{asked:?}");
    for (id, path) in asked {
        assert!(
            english.contains(&id),
            "{path:?} asks for {id}, which English lacks"
        );
    }
}
