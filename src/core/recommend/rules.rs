//! The small rule facts that `today()` and `plan()` share.

/// Days between professional general sessions for a given monthly budget: weekly at most.
pub fn general_spacing_days(budget_per_month: u8) -> u16 {
    (28 / u16::from(budget_per_month.max(1))).max(7)
}
