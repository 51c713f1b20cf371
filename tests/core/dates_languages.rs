//! Dates in German, French and Spanish: each language's names, its one order and punctuation,
//! the French "1er" on the first of a month, the 24-hour clock; and that every month and weekday
//! has a name in every language. The expected text is written out by hand for each case.

use chrono::{NaiveDate, NaiveTime, Weekday};
use fresh_legs::core::dates::{self, DateOrder};
use fresh_legs::core::words::Language;

use crate::support::words::in_language;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn each_language_writes_a_date_its_own_way() {
    // A leap day, a Thursday in March, the first of May (a Friday in 2026) and New Year's Eve.
    let leap_day = date(2028, 2, 29);
    let march = date(2026, 3, 5);
    let first_of_may = date(2026, 5, 1);
    let evening = date(2026, 12, 31).and_time(NaiveTime::from_hms_opt(23, 59, 0).unwrap());
    in_language(Language::German, || {
        assert_eq!(dates::day_month(leap_day), "29. Feb.");
        assert_eq!(dates::day_month_year(march), "5. März 2026");
        assert_eq!(dates::weekday_day_month(march), "Do., 5. März");
        assert_eq!(
            dates::weekday_day_month_year(leap_day),
            "Di., 29. Feb. 2028"
        );
        assert_eq!(
            dates::long_weekday_day_month(first_of_may),
            "Freitag, 1. Mai"
        );
        assert_eq!(
            dates::weekday_day_month_clock(evening),
            "Do., 31. Dez., 23:59 Uhr"
        );
    });
    in_language(Language::French, || {
        assert_eq!(dates::day_month(leap_day), "29 févr.");
        assert_eq!(dates::day_month_year(march), "5 mars 2026");
        assert_eq!(dates::weekday_day_month(march), "jeu. 5 mars");
        assert_eq!(dates::day_month(first_of_may), "1er mai");
        assert_eq!(
            dates::weekday_day_month_year(first_of_may),
            "ven. 1er mai 2026"
        );
        assert_eq!(
            dates::long_weekday_day_month(first_of_may),
            "vendredi 1er mai"
        );
        assert_eq!(
            dates::weekday_day_month_year_clock(evening),
            "jeu. 31 déc. 2026 à 23:59"
        );
    });
    in_language(Language::Spanish, || {
        assert_eq!(dates::day_month(leap_day), "29 feb");
        assert_eq!(dates::day_month_year(march), "5 mar 2026");
        assert_eq!(dates::weekday_day_month(march), "jue, 5 mar");
        assert_eq!(dates::weekday_day_month_year(leap_day), "mar, 29 feb 2028");
        assert_eq!(dates::long_weekday_day_month(march), "jueves, 5 de marzo");
        assert_eq!(
            dates::weekday_day_month_clock(evening),
            "jue, 31 dic, 23:59"
        );
    });
}

#[test]
fn the_month_first_order_is_english_s_alone() {
    let march = date(2026, 3, 5);
    assert_eq!(
        DateOrder::MonthFirst.weekday_day_month_year(march),
        "Thu, Mar 5, 2026"
    );
    in_language(Language::German, || {
        // A German device in the United States still reads German dates.
        assert_eq!(
            DateOrder::MonthFirst.weekday_day_month_year(march),
            "Do., 5. März 2026"
        );
    });
}

#[test]
fn every_month_and_weekday_has_a_name_in_every_language() {
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for language in Language::ALL {
        in_language(language, || {
            let mut seen = std::collections::BTreeSet::new();
            for month in 1..=12 {
                let first = date(2026, month, 1);
                for form in [
                    dates::day_month(first),
                    dates::long_weekday_day_month(first),
                ] {
                    assert!(!form.contains("dates-"), "{language:?}: {form}");
                    assert!(seen.insert(form.clone()), "{language:?}: {form} twice");
                }
            }
            // 2026-01-05 is a Monday.
            for (offset, weekday) in weekdays.iter().enumerate() {
                let day = date(2026, 1, 5 + offset as u32);
                assert_eq!(chrono::Datelike::weekday(&day), *weekday);
                let long = dates::long_weekday_day_month(day);
                let short = dates::weekday_day_month(day);
                assert!(
                    !long.contains("dates-") && !short.contains("dates-"),
                    "{long} {short}"
                );
                assert!(
                    seen.insert(long.clone()) && seen.insert(short.clone()),
                    "{long} {short}"
                );
            }
        });
    }
}

/// The clock follows the locale as the date order does: 12 hours where the region reads them
/// (and bare English, the United States' default), 24 elsewhere and in the C locale; French and
/// German, as the app's language, keep 24 hours on any locale; a time field's value is always on
/// 24 hours.
#[test]
fn the_clock_is_read_on_the_locale_s_hours() {
    use fresh_legs::core::dates::HourCycle;
    let cases = [
        ("en-US", HourCycle::Twelve),
        ("en_AU.UTF-8", HourCycle::Twelve),
        ("en", HourCycle::Twelve),
        ("es-MX", HourCycle::Twelve),
        ("en-GB", HourCycle::TwentyFour),
        ("de-DE", HourCycle::TwentyFour),
        ("fr-FR", HourCycle::TwentyFour),
        ("fr-CA", HourCycle::Twelve),
        ("es-ES", HourCycle::TwentyFour),
        ("C.UTF-8", HourCycle::TwentyFour),
        ("", HourCycle::TwentyFour),
    ];
    for (locale, cycle) in cases {
        assert_eq!(HourCycle::for_locale(locale), cycle, "{locale}");
    }
    let morning = NaiveTime::from_hms_opt(7, 5, 0).unwrap();
    let evening = NaiveTime::from_hms_opt(19, 30, 0).unwrap();
    let midnight = NaiveTime::from_hms_opt(0, 15, 0).unwrap();
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    let twelve = |time| HourCycle::Twelve.clock(time);
    assert_eq!(
        [
            twelve(morning),
            twelve(evening),
            twelve(midnight),
            twelve(noon)
        ],
        ["7:05 AM", "7:30 PM", "12:15 AM", "12:00 PM"]
    );
    assert_eq!(HourCycle::TwentyFour.clock(morning), "07:05");
    in_language(Language::Spanish, || {
        assert_eq!(HourCycle::Twelve.clock(evening), "7:30 p.\u{a0}m.");
    });
    // German or French chosen in the app on a device set to the United States (or Canada's
    // French) still reads "19:30": the language decides, so no "7:30 PM Uhr".
    for language in [Language::German, Language::French] {
        in_language(language, || {
            assert_eq!(HourCycle::Twelve.clock(evening), "19:30", "{language:?}");
        });
    }
    assert_eq!(dates::time_field(evening), "19:30");
}
