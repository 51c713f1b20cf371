//! How the app writes dates and times: in the runner's words ("Thu 5 Mar 2026", "07:30") and in
//! the ISO forms of the browser's date and time fields, and how it reads those fields back.
//!
//! Each form is a small function rather than a strftime pattern: chrono's `format("%-d %b")`
//! parses its pattern at run time, and that parser and its formatter cost about 4 KB of gzip in
//! the web bundle for the dozen forms the app uses (BENCHMARKS.md, issue 19). English names,
//! as everywhere in the app's copy.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, Timelike};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

/// The first three letters: "Mar", "Thu".
fn short(name: &str) -> &str {
    &name[..3]
}

/// "5 Mar".
pub fn day_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), short(month(date)))
}

/// "5 Mar 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    format!("{} {}", day_month(date), date.year())
}

/// "Thu 5 Mar".
pub fn weekday_day_month(date: NaiveDate) -> String {
    format!("{} {}", short(weekday(date)), day_month(date))
}

/// "Thu 5 Mar 2026".
pub fn weekday_day_month_year(date: NaiveDate) -> String {
    format!("{} {}", short(weekday(date)), day_month_year(date))
}

/// "Thursday 5 March".
pub fn long_weekday_day_month(date: NaiveDate) -> String {
    format!("{} {} {}", weekday(date), date.day(), month(date))
}

/// "Thu 5 Mar 2026, 07:30".
pub fn weekday_day_month_year_clock(at: NaiveDateTime) -> String {
    format!(
        "{}, {}",
        weekday_day_month_year(at.date()),
        clock(at.time())
    )
}

/// "Thu 5 Mar, 07:30".
pub fn weekday_day_month_clock(at: NaiveDateTime) -> String {
    format!("{}, {}", weekday_day_month(at.date()), clock(at.time()))
}

/// "07:30", on the 24-hour clock.
pub fn clock(time: NaiveTime) -> String {
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
    format!("{}T{}", date_field(at.date()), clock(at.time()))
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
