//! Numbers as each language writes them: a decimal point and a comma between thousands in
//! English ("1,234.5"), a decimal comma in German ("1.234,5"), French ("1 234,5", with a narrow
//! no-break space) and Spanish ("1234,5"; Spanish groups only from five digits: "12.345,5").
//! Fluent's own formatting writes every number the English way, so each catalogue formats its
//! numbers here.

use crate::core::words::{Arg, Language};

/// The decimal mark, the mark between thousands, and the fewest whole digits that are grouped.
fn marks(language: Language) -> (char, char, usize) {
    match language {
        Language::English => ('.', ',', 4),
        Language::German => (',', '.', 4),
        Language::French => (',', '\u{202F}', 4),
        Language::Spanish => (',', '.', 5),
    }
}

/// The mark `language` writes between whole and fraction: "." in English, "," in German,
/// French and Spanish. A form field shows a number with it and no thousands marks, which a
/// typed number's reader would take for a decimal mark.
pub fn decimal_mark(language: Language) -> char {
    marks(language).0
}

/// `value` in `language`, rounded to at most `max_fraction` decimals and showing at least
/// `min_fraction` (trailing zeros beyond that are dropped): `decimal(21.0975, 0, 1, German)` is
/// "21,1"; `decimal(5.0, 0, 2, English)` is "5".
pub fn decimal(value: f64, min_fraction: usize, max_fraction: usize, language: Language) -> String {
    let (point, thousands, group_from) = marks(language);
    let max_fraction = max_fraction.max(min_fraction);
    let fixed = format!("{:.*}", max_fraction, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut fraction = fraction.to_string();
    while fraction.len() > min_fraction && fraction.ends_with('0') {
        fraction.pop();
    }
    let mut out = String::new();
    // "-0" is not a number a runner writes.
    if value < 0.0 && (whole.bytes().any(|digit| digit != b'0') || !fraction.is_empty()) {
        out.push('-');
    }
    let grouped = whole.len() >= group_from;
    for (index, digit) in whole.chars().enumerate() {
        if grouped && index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(thousands);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(&fraction);
    }
    out
}

/// A count that can pass 999 (the activities of an archive, the entries of a long log), as the
/// messages take it: `count` to choose the plural by, and `digits` to show, without the
/// thousands mark a number would be given ("1040 activities", as English has always written it).
pub fn counted(n: usize) -> [(&'static str, Arg<'static>); 2] {
    [
        ("count", Arg::from(n)),
        ("digits", Arg::from(n.to_string())),
    ]
}
