//! The calculator's figures, shared by its checks and the words that quote them.

use std::ops::RangeInclusive;

/// One drop of essential oil, in ml (docs/RULES.md, from the evidence notes: 1 drop ≈ 0.05 ml).
pub const DROP_ML: f64 = 0.05;
/// Largest batch the calculator mixes; more than any runner needs for a race week.
pub const MAX_CARRIER_ML: f64 = 500.0;
/// Strongest blend the calculator accepts, all oils together: above this, skin irritation is
/// the likely outcome (a local-use strength; docs/RULES.md rule 9 puts body massage at 1.5–3 %).
pub const MAX_PERCENT: f64 = 5.0;
/// The usual strength for a body massage (docs/RULES.md).
pub const BODY_MASSAGE_PERCENT: RangeInclusive<f64> = 1.5..=3.0;
/// Most oils in one blend; a runner's blend rarely has more than two or three.
pub const MAX_BLEND_OILS: usize = 4;
