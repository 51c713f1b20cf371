//! Validation of races and training blocks: every field named in its message, with the limit.

use crate::common::*;
use chrono::NaiveTime;
use fresh_legs::core::race::{parse_time_zone, Priority, Race};
use fresh_legs::core::training::BlockKind;

fn at(race: Race, hour: u32, minute: u32) -> Race {
    Race {
        start_time: NaiveTime::from_hms_opt(hour, minute, 0).unwrap(),
        ..race
    }
}

#[test]
fn validation_names_the_field_and_says_how_to_fix_it() {
    let today = date(2026, 11, 26);
    let ok = race("r", date(2027, 4, 25), 9, LONDON, 42.195, Priority::A);
    assert!(ok.validate(today).is_ok());

    let cases: Vec<(Race, &str, &str)> = vec![
        (
            Race {
                name: "  ".into(),
                ..ok.clone()
            },
            "name",
            "name",
        ),
        (
            Race {
                name: "x".repeat(101),
                ..ok.clone()
            },
            "name",
            "101 characters",
        ),
        (
            Race {
                date: date(2031, 11, 27),
                ..ok.clone()
            },
            "date",
            "more than 5 years away",
        ),
        (
            Race {
                date: date(2021, 11, 25),
                ..ok.clone()
            },
            "date",
            "more than 5 years ago",
        ),
        (
            Race {
                distance_km: 0.0,
                ..ok.clone()
            },
            "distance_km",
            "greater than 0",
        ),
        (
            Race {
                distance_km: 500.5,
                ..ok.clone()
            },
            "distance_km",
            "500",
        ),
        (
            Race {
                distance_km: f64::INFINITY,
                ..ok.clone()
            },
            "distance_km",
            "greater than 0",
        ),
        (
            at(
                Race {
                    date: date(2026, 3, 29),
                    time_zone: chrono_tz::Europe::Berlin,
                    ..ok.clone()
                },
                2,
                30,
            ),
            "time_zone",
            "clocks skip 02:30",
        ),
    ];
    for (race, field, words) in cases {
        let errors = race.validate(today).expect_err(field);
        let message = errors
            .for_field(field)
            .unwrap_or_else(|| panic!("no {field} error: {errors:?}"));
        assert!(message.contains(words), "{field}: {message}");
    }

    let edges = [
        Race {
            name: "x".repeat(100),
            ..ok.clone()
        },
        Race {
            date: date(2031, 11, 26),
            ..ok.clone()
        },
        Race {
            date: date(2021, 11, 26),
            ..ok.clone()
        },
        Race {
            distance_km: 500.0,
            ..ok.clone()
        },
    ];
    for race in edges {
        assert!(race.validate(today).is_ok(), "{race:?}");
    }
}

#[test]
fn five_years_from_29_february_ends_on_28_february() {
    let leap_day = date(2028, 2, 29);
    let ok = race("r", date(2033, 2, 28), 9, LONDON, 10.0, Priority::C);
    assert!(ok.validate(leap_day).is_ok());
    let too_far = Race {
        date: date(2033, 3, 1),
        ..ok
    };
    assert!(too_far
        .validate(leap_day)
        .unwrap_err()
        .for_field("date")
        .is_some());
}

#[test]
fn time_zones_are_parsed_with_a_field_message() {
    assert_eq!(
        parse_time_zone(" Europe/Berlin ").unwrap(),
        chrono_tz::Europe::Berlin
    );
    assert_eq!(parse_time_zone("").unwrap_err().field, "time_zone");
    assert!(parse_time_zone("Mars/Olympus")
        .unwrap_err()
        .message
        .contains("Mars/Olympus"));
}

#[test]
fn blocks_validate_their_dates() {
    let good = block(
        "b",
        date(2026, 1, 5),
        date(2026, 1, 5),
        BlockKind::Peak,
        false,
    );
    let today = date(2026, 1, 1);
    assert!(good.validate(today).is_ok());
    assert_eq!(good.days(), 1);
    assert!(good.is_hard());
    let backwards = block(
        "b",
        date(2026, 1, 5),
        date(2026, 1, 4),
        BlockKind::Base,
        true,
    );
    assert!(backwards
        .validate(today)
        .unwrap_err()
        .for_field("end")
        .is_some());
    // A block to the year 9999 is a typo in the year; a block longer than a season is refused
    // on load and import too.
    let far = block(
        "f",
        date(2026, 1, 5),
        date(9999, 1, 4),
        BlockKind::Base,
        false,
    );
    let errors = far.validate(today).unwrap_err();
    assert!(
        errors
            .0
            .iter()
            .any(|e| e.message == "9999-01-04 is more than 5 years away; check the year."),
        "{errors:?}"
    );
    assert!(far.check().unwrap_err().0[0]
        .message
        .contains("at most 366 days"));
    assert!(!block(
        "c",
        date(2026, 1, 1),
        date(2026, 2, 1),
        BlockKind::Taper,
        false
    )
    .is_hard());
}

#[test]
fn expected_times_read_as_hours_and_minutes_and_say_what_is_wrong() {
    use fresh_legs::core::race::parse_expected_time;
    for (typed, minutes) in [
        ("4:30", Some(270)),
        (" 4h30 ", Some(270)),
        ("4h", Some(240)),
        ("45", Some(45)),
        ("0:05", Some(5)),
        ("", None),
        ("   ", None),
    ] {
        assert_eq!(parse_expected_time(typed).unwrap(), minutes, "{typed:?}");
    }
    for typed in ["4:60", "four hours", "-1", "4:3x", "99999999999:00"] {
        let error = parse_expected_time(typed).unwrap_err();
        assert_eq!(error.field, "expected_minutes");
        assert!(
            error.message.contains("is not a time"),
            "{typed}: {}",
            error.message
        );
    }
}

#[test]
fn an_expected_time_must_be_more_than_nothing_and_at_most_240_hours() {
    let today = date(2026, 4, 1);
    let with = |minutes| Race {
        expected_minutes: Some(minutes),
        second_of_repeated_hour: false,
        ..race("r", date(2026, 6, 1), 9, LONDON, 42.195, Priority::A)
    };
    assert!(with(1).validate(today).is_ok());
    assert!(with(240 * 60).validate(today).is_ok());
    for (minutes, words) in [
        (0, "more than 0:00"),
        (240 * 60 + 1, "up to 240 hours; 240:01 is"),
    ] {
        let errors = with(minutes).validate(today).unwrap_err();
        let message = errors.for_field("expected_minutes").unwrap();
        assert!(message.contains(words), "{message}");
    }
}
