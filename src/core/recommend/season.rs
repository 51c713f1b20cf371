//! The stretch of days the season plan covers: shared by the Races screen's season view and by
//! Today, which takes its therapist sessions from that same plan so the two never disagree.

use crate::core::recommend::phase::RaceWindows;
use crate::core::training::TrainingBlock;
use crate::core::zone::Zone;
use chrono::{Days, NaiveDate};

/// The season plan never looks further ahead than this: the plan past a year is guesswork.
pub const MAX_SEASON_DAYS: u64 = 365;
/// ...and always at least this far, so an empty calendar still plans the month ahead.
pub const MIN_SEASON_DAYS: u64 = 28;

/// The local dates the season covers: from `today` to the end of the last race's recovery or the
/// last block, whichever is later, within [`MIN_SEASON_DAYS`]..=[`MAX_SEASON_DAYS`].
pub fn season_range(
    today: NaiveDate,
    zone: Zone,
    windows: &[RaceWindows],
    blocks: &[TrainingBlock],
) -> (NaiveDate, NaiveDate) {
    let after = |days| today.checked_add_days(Days::new(days)).unwrap_or(today);
    let last_race = windows.iter().map(|w| {
        w.general_allowed_from
            .max(w.flush_end)
            .with_timezone(&zone)
            .date_naive()
    });
    let last_block = blocks.iter().map(|block| block.end);
    let end = last_race
        .chain(last_block)
        .max()
        .unwrap_or(today)
        .clamp(after(MIN_SEASON_DAYS), after(MAX_SEASON_DAYS));
    (today, end)
}
