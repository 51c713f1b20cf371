//! How the app writes dates and times: in the runner's words ("Thu 5 Mar 2026", or "Thu, Mar 5,
//! 2026" where the runner's locale puts the month first; "07:30") and in the ISO forms of the
//! browser's date and time fields, and how it reads those fields back.
//!
//! The names and the order of the parts come from the app's language (`i18n/<language>/dates.ftl`),
//! not from chrono's strftime: its `format("%-d %b")` parses its pattern at run time, costs about
//! 4 KB of gzip in the web bundle (BENCHMARKS.md, issue 19) and knows English names only.

use crate::core::words::{language, message, message_with, Arg, Language};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, Timelike};
use std::sync::atomic::{AtomicBool, Ordering};

/// A date's month or weekday name in the app's language, long ("March") or short ("Mar").
fn name(kind: &str, number: u32) -> String {
    message(&format!("dates-{kind}-{number}"))
}

/// The parts every date form is made of, in the app's language.
fn parts<'a>(order: DateOrder, date: NaiveDate, long: bool) -> [(&'a str, Arg<'a>); 5] {
    let (month, weekday) = if long {
        ("month", "weekday")
    } else {
        ("month-short", "weekday-short")
    };
    [
        ("order", Arg::from(order.key())),
        ("day", Arg::from(date.day())),
        ("month", Arg::from(name(month, date.month()))),
        (
            "weekday",
            Arg::from(name(weekday, date.weekday().number_from_monday())),
        ),
        // As text: a year is not a quantity, and "2,026" is not a year.
        ("year", Arg::from(date.year().to_string())),
    ]
}

/// The order the runner's locale writes a date in, in English: "Thu 5 Mar 2026" (day first, as
/// most of the world writes it) or "Thu, Mar 5, 2026" (month first, as in the United States).
/// A date field in the browser or the desktop window follows the same locale, so the words and
/// the fields agree. Other languages have one order each, which their catalogue gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

/// The regions whose English writes the month first (CLDR's medium date "MMM d, y").
const MONTH_FIRST_REGIONS: [&str; 10] =
    ["US", "CA", "PH", "PR", "GU", "AS", "MP", "UM", "VI", "MH"];

impl DateOrder {
    /// The order for a locale as a browser names it ("en-GB", "es-419") or as a POSIX system does
    /// ("en_US.UTF-8", "de_DE@euro", "C"). A region decides; a bare language decides only for
    /// English, whose default is the United States'; the C locale writes dates month first (as a
    /// date field under it does); anything unreadable keeps the default.
    pub fn for_locale(locale: &str) -> DateOrder {
        let Some((language, region)) = language_and_region(locale) else {
            return DateOrder::MonthFirst;
        };
        let month_first = match region {
            Some(region) => MONTH_FIRST_REGIONS.contains(&region.as_str()),
            None => language == "en",
        };
        if month_first {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        }
    }

    /// The order as the date catalogues select on it.
    fn key(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day-first",
            DateOrder::MonthFirst => "month-first",
        }
    }

    /// "5 Mar" or "Mar 5".
    pub fn day_month(self, date: NaiveDate) -> String {
        message_with("dates-day-month", &parts(self, date, false))
    }

    /// "5 Mar 2026" or "Mar 5, 2026".
    pub fn day_month_year(self, date: NaiveDate) -> String {
        message_with("dates-day-month-year", &parts(self, date, false))
    }

    /// "Thu 5 Mar" or "Thu, Mar 5".
    pub fn weekday_day_month(self, date: NaiveDate) -> String {
        message_with("dates-weekday-day-month", &parts(self, date, false))
    }

    /// "Thu 5 Mar 2026" or "Thu, Mar 5, 2026".
    pub fn weekday_day_month_year(self, date: NaiveDate) -> String {
        message_with("dates-weekday-day-month-year", &parts(self, date, false))
    }

    /// "Thursday 5 March" or "Thursday, March 5".
    pub fn long_weekday_day_month(self, date: NaiveDate) -> String {
        message_with("dates-long-weekday-day-month", &parts(self, date, true))
    }
}

/// A locale's language (lower case) and region (upper case), as a browser names it ("en-GB",
/// "es-419") or a POSIX system does ("en_US.UTF-8", "de_DE@euro"); `None` for "C" and "POSIX",
/// which name neither.
fn language_and_region(locale: &str) -> Option<(String, Option<String>)> {
    let tag = locale.split(['.', '@']).next().unwrap_or_default();
    if tag == "C" || tag == "POSIX" {
        return None;
    }
    // Extensions ("-u-ca-gregory") start at a one-letter part and hold no region.
    let mut parts = tag.split(['-', '_']).take_while(|part| part.len() != 1);
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    // A script ("Latn", four letters) may come between language and region.
    let region = parts
        .find(|part| {
            part.len() == 2 || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::to_ascii_uppercase);
    Some((language, region))
}

/// The clock the runner's locale reads times on: 24 hours ("19:30", most of the world) or 12
/// ("7:30 PM", as in the United States). The time fields of the browser and the desktop window
/// follow the same locale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HourCycle {
    #[default]
    TwentyFour,
    Twelve,
}

/// The regions that read the time on a 12-hour clock (CLDR's preferred hour cycle "h").
const TWELVE_HOUR_REGIONS: [&str; 24] = [
    "US", "CA", "AU", "NZ", "IN", "PK", "BD", "PH", "MY", "EG", "SA", "AE", "JO", "KW", "QA", "OM",
    "BH", "IQ", "SY", "LB", "MX", "CO", "VE", "PR",
];

impl HourCycle {
    /// The clock for a locale, read as `DateOrder::for_locale` reads it: a region decides; a bare
    /// language decides only for English (the United States' 12 hours); the C locale and anything
    /// unreadable keep 24 hours. Whether the app's language then reads it is `clock`'s question.
    pub fn for_locale(locale: &str) -> HourCycle {
        let twelve = match language_and_region(locale) {
            None => false,
            Some((_, Some(region))) => TWELVE_HOUR_REGIONS.contains(&region.as_str()),
            Some((language, None)) => language == "en",
        };
        if twelve {
            HourCycle::Twelve
        } else {
            HourCycle::TwentyFour
        }
    }

    /// `time` on this clock, in the app's language: "07:30", or "7:30 AM" on 12 hours. French
    /// and German keep 24 hours in every region, whichever the device's locale: German sentences
    /// say "um 19:30 Uhr", which "7:30 PM" would spoil. So the app's language decides, not the
    /// locale's (a runner may choose German on a device set to the United States).
    pub fn clock(self, time: NaiveTime) -> String {
        let language_keeps_24_hours = matches!(language(), Language::French | Language::German);
        match self {
            HourCycle::Twelve if !language_keeps_24_hours => {
                let (afternoon, hour) = time.hour12();
                let args = [
                    ("hour", Arg::from(hour)),
                    ("minute", Arg::from(format!("{:02}", time.minute()))),
                    ("half", Arg::from(if afternoon { "pm" } else { "am" })),
                ];
                message_with("dates-clock-twelve", &args)
            }
            _ => time_field(time),
        }
    }
}

/// The runner's order, set once as the app starts (`set_order`); day first until then, and in
/// tests, so every screen's words are the same on every machine.
static MONTH_FIRST: AtomicBool = AtomicBool::new(false);

/// Makes `order` the one every date the app writes from now on follows. The app calls it once,
/// before its first screen, with the order of the device's locale.
pub fn set_order(order: DateOrder) {
    MONTH_FIRST.store(order == DateOrder::MonthFirst, Ordering::Relaxed);
}

/// The runner's clock, set once as the app starts (`set_hour_cycle`); 24 hours until then and
/// in tests.
static TWELVE_HOUR: AtomicBool = AtomicBool::new(false);

/// Makes `cycle` the clock every time the app writes from now on reads.
pub fn set_hour_cycle(cycle: HourCycle) {
    TWELVE_HOUR.store(cycle == HourCycle::Twelve, Ordering::Relaxed);
}

/// The clock times are written on (`set_hour_cycle`).
pub fn hour_cycle() -> HourCycle {
    if TWELVE_HOUR.load(Ordering::Relaxed) {
        HourCycle::Twelve
    } else {
        HourCycle::TwentyFour
    }
}

/// The order dates are written in (`set_order`).
pub fn order() -> DateOrder {
    if MONTH_FIRST.load(Ordering::Relaxed) {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    }
}

/// "5 Mar" (in the runner's order, as every form below).
pub fn day_month(date: NaiveDate) -> String {
    order().day_month(date)
}

/// "5 Mar 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    order().day_month_year(date)
}

/// "Thu 5 Mar".
pub fn weekday_day_month(date: NaiveDate) -> String {
    order().weekday_day_month(date)
}

/// "Thu 5 Mar 2026".
pub fn weekday_day_month_year(date: NaiveDate) -> String {
    order().weekday_day_month_year(date)
}

/// "Thursday 5 March".
pub fn long_weekday_day_month(date: NaiveDate) -> String {
    order().long_weekday_day_month(date)
}

/// "Thu 5 Mar 2026, 07:30".
pub fn weekday_day_month_year_clock(at: NaiveDateTime) -> String {
    date_clock(weekday_day_month_year(at.date()), at.time())
}

/// "Thu 5 Mar, 07:30".
pub fn weekday_day_month_clock(at: NaiveDateTime) -> String {
    date_clock(weekday_day_month(at.date()), at.time())
}

fn date_clock(date: String, time: NaiveTime) -> String {
    message_with(
        "dates-date-clock",
        &[("date", Arg::from(date)), ("clock", Arg::from(clock(time)))],
    )
}

/// "07:30", or "7:30 AM" where the runner's locale reads 12 hours.
pub fn clock(time: NaiveTime) -> String {
    hour_cycle().clock(time)
}

/// The value of a time field, always on 24 hours: "07:30" (the field shows it the locale's way).
pub fn time_field(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "UTC+01:00", "UTC-03:30", "UTC+05:45"; an offset with seconds (a zone's old local mean
/// time) to the nearest minute.
pub fn utc_offset(offset: impl Offset) -> String {
    let seconds = offset.fix().local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = (seconds.unsigned_abs() + 30) / 60;
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The value of a date field: "2026-03-05".
pub fn date_field(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// The value of a date-and-time field: "2026-03-05T07:30".
pub fn local_field(at: NaiveDateTime) -> String {
    format!("{}T{}", date_field(at.date()), time_field(at.time()))
}

/// What a date field sends: "2026-03-05" (spaces around it ignored).
pub fn read_date_field(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

/// What a time field sends: "07:30", or "07:30:15" where seconds are allowed.
pub fn read_time_field(text: &str) -> Option<NaiveTime> {
    text.trim().parse().ok()
}

/// What a date-and-time field sends: "2026-03-05T07:30", seconds allowed.
pub fn read_local_field(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    Some(read_date_field(date)?.and_time(read_time_field(time)?))
}

/// A compact UTC stamp for file names: "20261126T093000Z".
pub fn compact_stamp(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A stamp for export file names: "2026-11-26-093000".
pub fn dashed_stamp(at: NaiveDateTime) -> String {
    format!(
        "{}-{:02}{:02}{:02}",
        date_field(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}
