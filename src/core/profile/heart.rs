//! The runner's maximum and resting heart rates, which training load is measured against.

use crate::core::validation::FieldErrors;
use crate::core::words::{message_with, Arg};
use serde::{Deserialize, Serialize};

/// Maximum heart rates a runner can set: below 120 or above 230 is a typo.
pub const MAX_HR_BPM: std::ops::RangeInclusive<u8> = 120..=230;
/// Resting heart rates a runner can set: trained runners go as low as the 30s.
pub const RESTING_HR_BPM: std::ops::RangeInclusive<u8> = 30..=100;

/// Each `None` until the runner sets it; the load then estimates it (see `training::load`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeartRateSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_bpm: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resting_bpm: Option<u8>,
}

impl HeartRateSettings {
    /// The figures as typed in the form: empty is "not set", anything else a whole number of
    /// beats within its range; the messages name the field and the limits.
    pub fn from_typed(max: &str, resting: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let settings = HeartRateSettings {
            max_bpm: typed("max_hr", "max", max, MAX_HR_BPM, &mut errors),
            resting_bpm: typed(
                "resting_hr",
                "resting",
                resting,
                RESTING_HR_BPM,
                &mut errors,
            ),
        };
        if errors.is_empty() {
            settings.validate_into(&mut errors);
        }
        errors.into_result().map(|()| settings)
    }

    /// Adds a message for each figure out of range, or for a resting rate not below the maximum.
    pub fn validate_into(&self, errors: &mut FieldErrors) {
        let checks = [
            ("max_hr", "max", self.max_bpm, MAX_HR_BPM),
            ("resting_hr", "resting", self.resting_bpm, RESTING_HR_BPM),
        ];
        for (field, rate, value, range) in checks {
            if let Some(bpm) = value.filter(|bpm| !range.contains(bpm)) {
                errors.push(field, out_of_range(rate, range, u32::from(bpm)));
            }
        }
        if let (Some(max), Some(rest)) = (self.max_bpm, self.resting_bpm) {
            if rest >= max {
                errors.push(
                    "resting_hr",
                    message_with(
                        "forms-heart-resting-below",
                        &[
                            ("resting", Arg::from(u32::from(rest))),
                            ("max", Arg::from(u32::from(max))),
                        ],
                    ),
                );
            }
        }
    }
}

/// `rate` ("max" or "resting") is out of `range` at `bpm`; the figure typed is shown as its
/// digits, however many.
fn out_of_range(rate: &str, range: std::ops::RangeInclusive<u8>, bpm: u32) -> String {
    message_with(
        "forms-heart-range",
        &[
            ("rate", Arg::from(rate)),
            ("low", Arg::from(u32::from(*range.start()))),
            ("high", Arg::from(u32::from(*range.end()))),
            ("value", Arg::from(bpm.to_string())),
        ],
    )
}

/// One typed figure: `None` when empty or refused (with its message added).
fn typed(
    field: &'static str,
    rate: &str,
    text: &str,
    range: std::ops::RangeInclusive<u8>,
    errors: &mut FieldErrors,
) -> Option<u8> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let Ok(bpm) = text.parse::<u32>() else {
        errors.push(
            field,
            message_with(
                "forms-heart-not-whole",
                &[
                    ("rate", Arg::from(rate)),
                    ("example", Arg::from(u32::from(range.end() - 40))),
                    ("text", Arg::from(text)),
                ],
            ),
        );
        return None;
    };
    match u8::try_from(bpm).ok().filter(|bpm| range.contains(bpm)) {
        Some(bpm) => Some(bpm),
        None => {
            errors.push(field, out_of_range(rate, range, bpm));
            None
        }
    }
}
