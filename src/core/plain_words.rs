//! What went wrong reading stored, imported or pasted data, in words a runner can follow instead
//! of the parser's ("invalid value: integer `1000`, expected u8", "expected ident at line 1
//! column 2"), and which field of a record it was about.

use serde_json::Value;

/// A parser's complaint about a record, as a short phrase for "…: {phrase}".
pub fn parse_problem(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let text = error.to_string();
    if text.contains("recursion limit") {
        return "it is nested far deeper than any Fresh Legs data".to_string();
    }
    match error.classify() {
        Category::Syntax => {
            return format!(
            "it is not complete JSON text: the first thing wrong is on line {}, at character {}",
            error.line(),
            error.column()
        )
        }
        Category::Eof => return "it ends too early, as if cut off".to_string(),
        Category::Io | Category::Data => {}
    }
    let quoted = |after: &str| {
        text.split(after)
            .nth(1)
            .and_then(|rest| rest.split('`').nth(1))
            .map(str::to_string)
    };
    if let Some(field) = quoted("missing field") {
        return format!("it has no {}", field.replace('_', " "));
    }
    if let Some(value) = quoted("unknown variant") {
        return format!("\"{value}\" is not one of the choices the app knows");
    }
    if text.contains("invalid value: integer") {
        let value = quoted("integer").unwrap_or_default();
        return format!("the number {value} is outside what the app can hold there");
    }
    if text.contains("invalid type") {
        return "a value is of the wrong kind (text where a number belongs, or the other way round)"
            .to_string();
    }
    if text.contains("is not a time zone") {
        return text
            .split(" at line")
            .next()
            .unwrap_or("a time zone is not one the app knows")
            .to_string();
    }
    if text.contains("premature end") || text.contains("EOF") {
        return "it ends too early, as if cut off".to_string();
    }
    "it does not have the shape of Fresh Legs data".to_string()
}

/// The same complaint, about `record`, naming the field it is about where that can be told:
/// "distance (km): the number 1000 is outside what the app can hold there".
pub fn problem_in(error: &serde_json::Error, record: &Value) -> String {
    let problem = parse_problem(error);
    match field_of(error, record) {
        Some(field) if !problem.contains(&field) => format!("{field}: {problem}"),
        _ => problem,
    }
}

/// The field of `record` holding the value a parser refused (the value is quoted in its
/// message), in words: "distance km" for `distance_km`.
fn field_of(error: &serde_json::Error, record: &Value) -> Option<String> {
    let text = error.to_string();
    let refused = text
        .split('`')
        .nth(1)
        .map(str::to_string)
        .or_else(|| text.split('"').nth(1).map(str::to_string))?;
    if text.contains("missing field") {
        return None;
    }
    find_key(record, &refused).map(|key| field_words(&key))
}

/// The key, anywhere in `value`, whose value is the number or text `wanted`.
fn find_key(value: &Value, wanted: &str) -> Option<String> {
    let Value::Object(fields) = value else {
        return match value {
            Value::Array(items) => items.iter().find_map(|item| find_key(item, wanted)),
            _ => None,
        };
    };
    fields.iter().find_map(|(key, inner)| {
        let matches = match inner {
            Value::String(text) => text == wanted,
            Value::Number(number) => number.to_string() == wanted,
            Value::Bool(flag) => flag.to_string() == wanted,
            _ => false,
        };
        if matches {
            Some(key.clone())
        } else {
            find_key(inner, wanted)
        }
    })
}

/// A stored field's name as a runner reads it.
pub fn field_words(key: &str) -> String {
    match key {
        "distance_km" => "distance (km)".to_string(),
        "expected_minutes" => "expected time".to_string(),
        "time_zone" => "time zone".to_string(),
        "start_time" => "start time".to_string(),
        "hours_after" => "hours after the massage".to_string(),
        "level" => "soreness".to_string(),
        "at" => "date and time".to_string(),
        other => other.replace('_', " "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        parse_problem(&serde_json::from_str::<T>(json).unwrap_err())
    }

    #[test]
    fn parser_texts_become_plain_words() {
        assert_eq!(
            problem::<u8>("1000"),
            "the number 1000 is outside what the app can hold there"
        );
        assert!(problem::<u8>("\"a\"").starts_with("a value is of the wrong kind"));
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(
            problem::<serde_json::Value>(&deep),
            "it is nested far deeper than any Fresh Legs data"
        );
        assert_eq!(
            problem::<crate::core::record::Tombstone>("{}"),
            "it has no id"
        );
        assert_eq!(
            problem::<crate::core::massage::Pressure>("\"medium-ish\""),
            "\"medium-ish\" is not one of the choices the app knows"
        );
        assert_eq!(
            problem::<Vec<u8>>("[1 2]"),
            "it is not complete JSON text: the first thing wrong is on line 1, at character 4"
        );
        assert_eq!(
            problem::<Vec<u8>>("[1,"),
            "it ends too early, as if cut off"
        );
        for text in [
            problem::<u8>("1000"),
            problem::<u8>("\"a\""),
            problem::<Vec<u8>>("[1,"),
        ] {
            assert!(!text.contains("expected"), "{text}");
            assert!(!text.contains("u8"), "{text}");
        }
    }
}

#[cfg(test)]
mod field_tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Race {
        name: String,
        distance_km: u8,
        pressure: crate::core::massage::Pressure,
    }

    fn problem(json: &str) -> String {
        let value: Value = serde_json::from_str(json).unwrap();
        problem_in(
            &serde_json::from_value::<Race>(value.clone()).unwrap_err(),
            &value,
        )
    }

    #[test]
    fn the_field_a_refused_value_sits_in_is_named() {
        assert_eq!(
            problem(r#"{"name": "Harbour", "distance_km": 1000, "pressure": "deep"}"#),
            "distance (km): the number 1000 is outside what the app can hold there"
        );
        assert_eq!(
            problem(r#"{"name": "Harbour", "distance_km": 10, "pressure": "medium-ish"}"#),
            "pressure: \"medium-ish\" is not one of the choices the app knows"
        );
        assert_eq!(
            problem(r#"{"name": "Harbour", "distance_km": 10}"#),
            "it has no pressure"
        );
    }
}
