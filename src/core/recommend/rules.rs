//! How every recommendation cites the domain rule that produced it ("Rule 4 · ..."), and the small
//! rule facts that `today()` and `plan()` share.

use crate::core::body::BodyArea;
use std::fmt::Display;

/// A reason the runner reads, naming the rule from DESIGN.md's "Domain rules" that produced it.
pub fn cite(rule: u8, why: impl Display) -> String {
    format!("Rule {rule} · {why}")
}

/// Days between professional general sessions for a given monthly budget: weekly at most.
pub fn general_spacing_days(budget_per_month: u8) -> u16 {
    (28 / u16::from(budget_per_month.max(1))).max(7)
}

/// "calves and hamstrings" style list of areas, lower case for use mid-sentence.
pub fn area_list(areas: &[BodyArea]) -> String {
    let names: Vec<String> = areas
        .iter()
        .map(|area| area.label().to_lowercase())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
