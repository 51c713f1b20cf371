//! The small rule facts that `today()` and `plan()` share.

/// Days between general sessions in a steady rhythm: the month shared out by the budget, never
/// closer than the runner's spacing (rule 11).
pub fn rhythm_days(budget_per_month: u8, spacing_days: u8) -> u16 {
    (28 / u16::from(budget_per_month.max(1))).max(u16::from(spacing_days))
}
