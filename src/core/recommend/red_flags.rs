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
        .filter(|entry| matches!(entry.kind, LogKind::RedFlag { .. }))
        .filter_map(|entry| entry.red_flag_on(date, local_date(tz, entry.at)))
        .map(|(flag, area)| ActiveRedFlag { flag, area })
        .collect();
    sorting::sort_by_key(&mut active, |found| (found.flag, found.area));
    active.dedup();
    active
}

/// The whole-body red flag in force on the runner's local `date`, if any (the first in the check's
/// order when there are several): every massage, booking, routine and oil waits until it is
/// cleared (rule 12).
pub fn stop_on(log: &[LogEntry], date: NaiveDate, tz: Zone) -> Option<RedFlag> {
    active_red_flags(log, date, tz)
        .into_iter()
        .map(|found| found.flag)
        .find(|flag| !flag.is_local())
}
