//! When checklist items are due: the two lists every race has and the groups of each, relative to
//! the race's start and estimated finish. Their headings are in `checklist::copy`.

use crate::core::race::local_time::{day_span, local_date, start_of_day};
use crate::core::race::Race;
use crate::core::recommend::phase::FLUSH_OPENS_AFTER_FINISH;
use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The two lists every race has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    PreEvent,
    PostEvent,
}

impl ListKind {
    /// Both lists, in race order.
    pub const ALL: [ListKind; 2] = [ListKind::PreEvent, ListKind::PostEvent];

    /// Stable key for the list, used in element ids and form fields.
    pub fn key(self) -> &'static str {
        match self {
            ListKind::PreEvent => "pre",
            ListKind::PostEvent => "post",
        }
    }

    /// The groups of this list, earliest first.
    pub fn groups(self) -> &'static [Group] {
        match self {
            ListKind::PreEvent => &[Group::TwoDaysBefore, Group::DayBefore, Group::RaceMorning],
            ListKind::PostEvent => &[Group::FirstTwoHours, Group::DayOne, Group::DaysTwoToThree],
        }
    }
}

/// When an item is due, relative to the race.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    TwoDaysBefore,
    DayBefore,
    RaceMorning,
    FirstTwoHours,
    DayOne,
    DaysTwoToThree,
}

impl Group {
    /// Every group, in time order.
    pub const ALL: [Group; 6] = [
        Group::TwoDaysBefore,
        Group::DayBefore,
        Group::RaceMorning,
        Group::FirstTwoHours,
        Group::DayOne,
        Group::DaysTwoToThree,
    ];

    /// The list the group belongs to.
    pub fn list(self) -> ListKind {
        if ListKind::PreEvent.groups().contains(&self) {
            ListKind::PreEvent
        } else {
            ListKind::PostEvent
        }
    }

    /// The instants `[from, to)` in which items of this group are due for `race`.
    ///
    /// Days are the race's own calendar days. The first post-race group opens at the (expected or
    /// estimated) finish: from the gun until then the race itself is all there is.
    pub fn due_span(self, race: &Race) -> (DateTime<Utc>, DateTime<Utc>) {
        let tz = race.time_zone;
        let day = |offset: i64| shift(race.date, offset);
        let start = race.start_instant();
        let finish = start + race.estimated_duration();
        let flush_opens = finish + FLUSH_OPENS_AFTER_FINISH;
        // A long ultra can finish after the race's next midnight: day 1 then lasts a full day.
        let day_one_end = start_of_day(tz, day(2)).max(flush_opens + Duration::days(1));
        match self {
            Group::TwoDaysBefore => day_span(tz, day(-2)),
            Group::DayBefore => day_span(tz, day(-1)),
            Group::RaceMorning => (start_of_day(tz, race.date), start),
            Group::FirstTwoHours => (finish, flush_opens),
            Group::DayOne => (flush_opens, day_one_end),
            Group::DaysTwoToThree => {
                let first = local_date(tz, day_one_end);
                (day_one_end, start_of_day(tz, shift(first, 2)))
            }
        }
    }
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let by = Days::new(days.unsigned_abs());
    let moved = if days < 0 {
        date.checked_sub_days(by)
    } else {
        date.checked_add_days(by)
    };
    moved.unwrap_or(date)
}
