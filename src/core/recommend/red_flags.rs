//! Which red flags (rule 12) are in force on a day: answered yes and not yet cleared.

use crate::core::body::BodyArea;
use crate::core::log::{LogEntry, LogKind};
use crate::core::race::local_time::local_date;
use crate::core::safety::RedFlag;
use crate::core::sorting;
use crate::core::zone::Zone;
use chrono::NaiveDate;

/// A red flag answered yes and not yet cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveRedFlag {
    pub flag: RedFlag,
    /// The area, for a local flag.
    pub area: Option<BodyArea>,
}

/// The red flags in force on the runner's local `date` in `tz`: answered on or before it and not
/// cleared by then (cleared on a day, it no longer counts that day). Each flag and area once.
pub fn active_red_flags(log: &[LogEntry], date: NaiveDate, tz: Zone) -> Vec<ActiveRedFlag> {
    let mut active: Vec<ActiveRedFlag> = log
        .iter()
        .filter_map(|entry| match entry.kind {
            LogKind::RedFlag {
                flag,
                area,
                cleared,
            } if local_date(tz, entry.at) <= date && cleared.is_none_or(|day| date < day) => {
                Some(ActiveRedFlag { flag, area })
            }
            _ => None,
        })
        .collect();
    sorting::sort_by_key(&mut active, |found| (found.flag, found.area));
    active.dedup();
    active
}
