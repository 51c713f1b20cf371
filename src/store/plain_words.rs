//! What went wrong reading stored or imported data, in words a runner can follow instead of the
//! parser's ("invalid value: integer `1000`, expected u8").

/// A parser's complaint about a record, as a short phrase for "…: {phrase}".
pub fn parse_problem(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let quoted = |after: &str| {
        text.split(after)
            .nth(1)
            .and_then(|rest| rest.split('`').nth(1))
            .map(str::to_string)
    };
    if text.contains("recursion limit") {
        return "it is nested far deeper than any Fresh Legs data".to_string();
    }
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
