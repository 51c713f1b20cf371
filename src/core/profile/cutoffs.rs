//! How long deep (general) work keeps clear of races: the runner's cut-offs before A, B and C
//! races and the gap after a finish, inside the ranges docs/RULES.md gives with their sources.

use serde::{Deserialize, Serialize};

/// Deep-work cut-offs the settings accept. The sources in docs/RULES.md put the last deep session 4–5 days
/// before a race (at least 5 before a marathon, up to a week by some); two days is the least that
/// lets 24–36 h of soreness pass, and two weeks is already generous.
pub const CUTOFF_DAYS: std::ops::RangeInclusive<u8> = 2..=14;
/// The post-race gap before deep work again, in hours: the sources in docs/RULES.md say not before about
/// three days, with lighter work from 24–72 h; two days is the least, a week the most it accepts.
pub const POST_RACE_GAP_HOURS: std::ops::RangeInclusive<u16> = 48..=168;

/// How long deep (general) work keeps clear of races (rule 4 of docs/RULES.md, with its sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cutoffs {
    /// No general massage in the last this-many days before an A race.
    pub a_race_days: u8,
    pub b_race_days: u8,
    pub c_race_days: u8,
    /// No general massage for this many hours after a race finish.
    pub post_race_gap_hours: u16,
}

impl Default for Cutoffs {
    fn default() -> Self {
        Cutoffs {
            a_race_days: 5,
            b_race_days: 4,
            c_race_days: 2,
            post_race_gap_hours: 72,
        }
    }
}

impl Cutoffs {
    /// These cut-offs brought inside the ranges the settings accept: data saved before the ranges
    /// narrowed (a 0-day cut-off, a 14-day gap) keeps working instead of being refused.
    pub fn within_range(self) -> Self {
        let days = |value: u8| value.clamp(*CUTOFF_DAYS.start(), *CUTOFF_DAYS.end());
        Cutoffs {
            a_race_days: days(self.a_race_days),
            b_race_days: days(self.b_race_days),
            c_race_days: days(self.c_race_days),
            post_race_gap_hours: self
                .post_race_gap_hours
                .clamp(*POST_RACE_GAP_HOURS.start(), *POST_RACE_GAP_HOURS.end()),
        }
    }
}
