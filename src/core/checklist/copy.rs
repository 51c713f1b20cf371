//! The words a runner reads on the checklists: the lists' and groups' headings and the built-in
//! items, worded from what the template rules chose (`templates::Template`). The wording itself is
//! in `i18n/<language>/checklists.ftl`; here each decision picks its message and gives it its
//! figures.

use crate::core::checklist::group::{Group, ListKind};
use crate::core::checklist::templates::Template;
use crate::core::dates;
use crate::core::profile::PreEventPreference;
use crate::core::words::{message, message_with, Arg};

impl ListKind {
    /// The list's heading.
    pub fn label(self) -> String {
        match self {
            ListKind::PreEvent => message("checklists-list-pre"),
            ListKind::PostEvent => message("checklists-list-post"),
        }
    }
}

impl Group {
    /// The group's heading.
    pub fn label(self) -> String {
        match self {
            Group::TwoDaysBefore => message("checklists-group-two-days-before"),
            Group::DayBefore => message("checklists-group-day-before"),
            Group::RaceMorning => message("checklists-group-race-morning"),
            Group::FirstTwoHours => message("checklists-group-first-two-hours"),
            Group::DayOne => message("checklists-group-day-one"),
            Group::DaysTwoToThree => message("checklists-group-days-two-to-three"),
        }
    }
}

impl Template {
    /// The item as the runner reads it.
    pub fn text(&self) -> String {
        match self {
            Template::NoTouch { days } => {
                let args = [("days", Arg::from(u32::from(*days)))];
                message_with("checklists-no-touch", &args)
            }
            Template::BookPreEvent(PreEventPreference::Compression) => {
                message("checklists-book-pre-event-compression")
            }
            Template::BookPreEvent(PreEventPreference::Deep) => {
                message("checklists-book-pre-event-deep")
            }
            Template::BookPreEvent(_) => message("checklists-book-pre-event-light"),
            Template::HydrateTwoDaysBefore => message("checklists-hydrate-two-days-before"),
            Template::PreEventMassage(PreEventPreference::Compression) => {
                message("checklists-pre-event-compression")
            }
            Template::PreEventMassage(PreEventPreference::Deep) => {
                message("checklists-pre-event-deep")
            }
            Template::PreEventMassage(_) => message("checklists-pre-event-light"),
            Template::DeepWorkNote => message("checklists-deep-work-note"),
            Template::PreRaceRoutine { name, minutes } => {
                message_with("checklists-pre-race-routine", &routine(name, *minutes))
            }
            Template::HydrateDayBefore => message("checklists-hydrate-day-before"),
            Template::SunSafeOil => message("checklists-sun-safe-oil"),
            Template::MorningDrink => message("checklists-morning-drink"),
            Template::MorningShortSession => message("checklists-morning-short-session"),
            Template::WarmUp { hands_on: true } => message("checklists-warm-up-hands-on"),
            Template::WarmUp { hands_on: false } => message("checklists-warm-up-hands-off"),
            Template::Refuel => message("checklists-refuel"),
            Template::StaticStretch => message("checklists-static-stretch"),
            Template::PostEventFlush => message("checklists-post-event-flush"),
            Template::PostRaceRoutine { name, minutes } => {
                message_with("checklists-post-race-routine", &routine(name, *minutes))
            }
            Template::HydrateAfter => message("checklists-hydrate-after"),
            Template::NoGeneralUntil { from } => {
                let date = dates::long_weekday_day_month(from.date_naive());
                let time = dates::clock(from.time());
                let args = [("date", Arg::from(date)), ("time", Arg::from(time))];
                message_with("checklists-no-general-until", &args)
            }
            Template::SorenessCheck => message("checklists-soreness-check"),
        }
    }
}

/// What an item that names a built-in routine is given: the routine and how long it takes.
fn routine(name: &str, minutes: u32) -> [(&'static str, Arg<'_>); 2] {
    [
        ("routine", Arg::from(name)),
        ("minutes", Arg::from(minutes)),
    ]
}
