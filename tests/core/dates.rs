//! The app's own date and time forms (src/core/dates.rs) against chrono's strftime, which they
//! replace: the same text for every date, so no screen's wording moved; and the order a locale
//! puts day and month in, with the month-first forms against strftime patterns of their own.

use chrono::{Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use fresh_legs::core::dates;
use fresh_legs::core::dates::DateOrder::{self, DayFirst, MonthFirst};
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    date(y, m, d).and_hms_opt(h, min, s).unwrap()
}

#[test]
fn the_runners_forms_read_as_before() {
    let leap_day = date(2028, 2, 29);
    assert_eq!(dates::day_month(leap_day), "29 Feb");
    assert_eq!(dates::day_month_year(leap_day), "29 Feb 2028");
    assert_eq!(dates::weekday_day_month(leap_day), "Tue 29 Feb");
    assert_eq!(dates::weekday_day_month_year(leap_day), "Tue 29 Feb 2028");
    assert_eq!(
        dates::long_weekday_day_month(date(2026, 9, 6)),
        "Sunday 6 September"
    );
    assert_eq!(
        dates::clock(NaiveTime::from_hms_opt(7, 5, 59).unwrap()),
        "07:05"
    );
    assert_eq!(dates::clock(NaiveTime::MIN), "00:00");
    assert_eq!(
        dates::weekday_day_month_clock(at(2026, 12, 31, 23, 59, 0)),
        "Thu 31 Dec, 23:59"
    );
}

#[test]
fn a_locale_puts_day_or_month_first() {
    for (locale, expected) in [
        // As browsers name them.
        ("en-US", MonthFirst),
        ("en-CA", MonthFirst),
        ("en-PH", MonthFirst),
        ("es-US", MonthFirst),
        ("en-Latn-US", MonthFirst),
        ("en", MonthFirst),
        ("en-GB", DayFirst),
        ("en-AU", DayFirst),
        ("en-IE", DayFirst),
        ("en-IN", DayFirst),
        ("de", DayFirst),
        ("fr-FR", DayFirst),
        ("es-419", DayFirst),
        ("zh-Hant-TW", DayFirst),
        ("sr-Latn-RS", DayFirst),
        ("de-u-co-phonebk", DayFirst),
        ("en-GB-u-ca-gregory", DayFirst),
        // As POSIX systems name them, in LC_ALL, LC_TIME or LANG.
        ("en_US.UTF-8", MonthFirst),
        ("fr_CA.UTF-8", MonthFirst),
        ("en_us.utf8", MonthFirst),
        ("C", MonthFirst),
        ("C.UTF-8", MonthFirst),
        ("POSIX", MonthFirst),
        ("en_GB.UTF-8", DayFirst),
        ("de_DE@euro", DayFirst),
        ("nb_NO.ISO-8859-1", DayFirst),
        // Nothing readable keeps the default.
        ("", DayFirst),
        ("-", DayFirst),
        ("??", DayFirst),
    ] {
        assert_eq!(DateOrder::for_locale(locale), expected, "{locale:?}");
    }
}

#[test]
fn month_first_forms_read_as_the_united_states_writes_them() {
    let leap_day = date(2028, 2, 29);
    assert_eq!(MonthFirst.day_month(leap_day), "Feb 29");
    assert_eq!(MonthFirst.day_month_year(leap_day), "Feb 29, 2028");
    assert_eq!(MonthFirst.weekday_day_month(leap_day), "Tue, Feb 29");
    assert_eq!(
        MonthFirst.weekday_day_month_year(leap_day),
        "Tue, Feb 29, 2028"
    );
    assert_eq!(
        MonthFirst.long_weekday_day_month(date(2026, 9, 6)),
        "Sunday, September 6"
    );
    // Without `set_order` (never called in tests) the app writes the day first.
    assert_eq!(dates::order(), DayFirst);
    assert_eq!(dates::weekday_day_month_year(leap_day), "Tue 29 Feb 2028");
}

#[test]
fn offsets_are_written_with_their_sign_hours_and_minutes() {
    let east = |seconds| FixedOffset::east_opt(seconds).unwrap();
    assert_eq!(dates::utc_offset(east(0)), "UTC+00:00");
    assert_eq!(dates::utc_offset(east(3600)), "UTC+01:00");
    assert_eq!(dates::utc_offset(east(-(3 * 3600 + 1800))), "UTC-03:30");
    assert_eq!(dates::utc_offset(east(5 * 3600 + 45 * 60)), "UTC+05:45");
    assert_eq!(dates::utc_offset(east(-(9 * 3600 + 30 * 60))), "UTC-09:30");
    // Amsterdam's local mean time, +00:19:32, to the nearest minute as chrono writes it.
    assert_eq!(dates::utc_offset(east(19 * 60 + 32)), "UTC+00:20");
}

#[test]
fn file_stamps_sort_with_time() {
    let moment = at(2026, 11, 26, 9, 30, 5);
    assert_eq!(dates::compact_stamp(moment), "20261126T093005Z");
    assert_eq!(dates::dashed_stamp(moment), "2026-11-26-093005");
}

#[test]
fn form_fields_are_read_as_browsers_send_them() {
    assert_eq!(
        dates::read_date_field(" 2028-02-29 "),
        Some(date(2028, 2, 29))
    );
    assert_eq!(
        dates::read_date_field("2027-02-29"),
        None,
        "no leap day in 2027"
    );
    assert_eq!(dates::read_date_field(""), None);
    assert_eq!(dates::read_date_field("29/02/2028"), None);
    let seven_thirty = NaiveTime::from_hms_opt(7, 30, 0);
    assert_eq!(dates::read_time_field("07:30"), seven_thirty);
    assert_eq!(
        dates::read_time_field("07:30:15"),
        NaiveTime::from_hms_opt(7, 30, 15)
    );
    assert_eq!(dates::read_time_field("24:00"), None);
    assert_eq!(dates::read_time_field("7.30"), None);
    assert_eq!(
        dates::read_local_field("2026-03-29T02:30"),
        Some(at(2026, 3, 29, 2, 30, 0))
    );
    assert_eq!(
        dates::read_local_field("2026-03-29T02:30:45"),
        Some(at(2026, 3, 29, 2, 30, 45))
    );
    assert_eq!(dates::read_local_field("2026-03-29 02:30"), None);
    assert_eq!(dates::read_local_field("2026-03-29T"), None);
}

/// Any minute from 1900 to 2199.
fn any_moment() -> impl Strategy<Value = NaiveDateTime> {
    (0i64..300 * 366 * 24 * 60)
        .prop_map(|minutes| at(1900, 1, 1, 0, 0, 0) + Duration::minutes(minutes))
}

proptest! {
    // chrono's strftime is the oracle: the forms were written with it before.
    #[test]
    fn every_form_matches_chrono_strftime(moment in any_moment()) {
        let day = moment.date();
        prop_assert_eq!(dates::day_month(day), day.format("%-d %b").to_string());
        prop_assert_eq!(dates::day_month_year(day), day.format("%-d %b %Y").to_string());
        prop_assert_eq!(dates::weekday_day_month(day), day.format("%a %-d %b").to_string());
        prop_assert_eq!(dates::weekday_day_month_year(day), day.format("%a %-d %b %Y").to_string());
        prop_assert_eq!(dates::long_weekday_day_month(day), day.format("%A %-d %B").to_string());
        prop_assert_eq!(dates::clock(moment.time()), moment.format("%H:%M").to_string());
        prop_assert_eq!(dates::weekday_day_month_clock(moment), moment.format("%a %-d %b, %H:%M").to_string());
        prop_assert_eq!(dates::weekday_day_month_year_clock(moment), moment.format("%a %-d %b %Y, %H:%M").to_string());
        prop_assert_eq!(dates::date_field(day), day.format("%Y-%m-%d").to_string());
        prop_assert_eq!(dates::local_field(moment), moment.format("%Y-%m-%dT%H:%M").to_string());
        prop_assert_eq!(dates::compact_stamp(moment), moment.format("%Y%m%dT%H%M%SZ").to_string());
        prop_assert_eq!(dates::dashed_stamp(moment), moment.format("%Y-%m-%d-%H%M%S").to_string());
    }

    #[test]
    fn every_month_first_form_matches_its_strftime_pattern(moment in any_moment()) {
        let day = moment.date();
        prop_assert_eq!(MonthFirst.day_month(day), day.format("%b %-d").to_string());
        prop_assert_eq!(MonthFirst.day_month_year(day), day.format("%b %-d, %Y").to_string());
        prop_assert_eq!(MonthFirst.weekday_day_month(day), day.format("%a, %b %-d").to_string());
        prop_assert_eq!(MonthFirst.weekday_day_month_year(day), day.format("%a, %b %-d, %Y").to_string());
        prop_assert_eq!(MonthFirst.long_weekday_day_month(day), day.format("%A, %B %-d").to_string());
        prop_assert_eq!(DayFirst.weekday_day_month_year(day), day.format("%a %-d %b %Y").to_string());
    }

    #[test]
    fn a_written_field_reads_back(moment in any_moment()) {
        prop_assert_eq!(dates::read_date_field(&dates::date_field(moment.date())), Some(moment.date()));
        prop_assert_eq!(dates::read_local_field(&dates::local_field(moment)), Some(moment));
    }

    #[test]
    fn offsets_match_chrono(seconds in -(12 * 3600)..=(14 * 3600)) {
        // Any second: historical offsets (local mean time) have them.
        let offset = FixedOffset::east_opt(seconds).unwrap();
        let written = at(2026, 1, 1, 0, 0, 0).and_local_timezone(offset).unwrap().format("UTC%:z").to_string();
        prop_assert_eq!(dates::utc_offset(offset), written);
    }
}
