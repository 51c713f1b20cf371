//! The aromatherapy guide's rules: the dilution calculator's bounds, rounding and sun refusals, the
//! oils' sun-safe maxima, phase fit, and the warning for new oils before an A race.

use crate::common::{date, race, utc, LONDON};
use fresh_legs::core::aroma::{
    mix, new_oil_warnings, oil, oils, percent, set_status, status_of, sun_exposed, Goal, Mix,
    OilStatus, Part, SharedCaution, SunReason, MAX_CARRIER_ML, MAX_PERCENT,
};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::phase::Phase;
use fresh_legs::core::validation::FieldErrors;

fn morning_race() -> Race {
    race("harbour", date(2026, 12, 6), 8, LONDON, 42.195, Priority::A)
}

/// Sun limits because of `race`.
fn sunny(race: &Race) -> SunReason {
    SunReason::Race {
        name: race.name.clone(),
    }
}

/// A blend of one oil.
fn one(
    oil: &fresh_legs::core::aroma::Oil,
    carrier_ml: f64,
    percent: f64,
    sun: Option<&SunReason>,
) -> Result<Mix, FieldErrors> {
    mix(&[Part { oil, percent }], carrier_ml, sun)
}

#[test]
fn drops_follow_one_drop_per_twentieth_of_a_millilitre() {
    let orange = oil("sweet_orange").unwrap();
    let table = [
        (10.0, 1.5, 3),
        (10.0, 3.0, 6),
        (30.0, 2.0, 12),
        (50.0, 0.4, 4),
        (100.0, 2.5, 50),
    ];
    for (ml, percent, drops) in table {
        let result = one(orange, ml, percent, None).unwrap();
        assert_eq!(result.parts[0].drops, drops, "{ml} ml at {percent} %");
        assert!((result.actual_percent - percent).abs() < 1e-9);
        assert!(result.note.is_none());
    }
}

#[test]
fn rounding_is_down_so_the_mix_is_never_stronger_than_asked() {
    let orange = oil("sweet_orange").unwrap();
    let result = one(orange, 10.0, 2.2, None).unwrap();
    assert!((result.parts[0].exact_drops - 4.4).abs() < 1e-9);
    assert_eq!(result.parts[0].drops, 4);
    assert!((result.actual_percent - 2.0).abs() < 1e-9);
    let almost = one(orange, 15.0, 1.9, None).unwrap();
    assert_eq!(almost.parts[0].drops, 5, "5.7 drops become 5, not 6");
    assert!(almost.actual_percent <= 1.9);
}

#[test]
fn amounts_and_percentages_outside_the_bounds_are_refused_on_their_field() {
    let orange = oil("sweet_orange").unwrap();
    for ml in [0.0, -5.0, MAX_CARRIER_ML + 1.0, f64::NAN] {
        let errors = one(orange, ml, 2.0, None).unwrap_err();
        assert!(errors.for_field("carrier_ml").is_some(), "{ml}");
        assert!(errors.for_field("percent-1").is_none(), "{ml}");
    }
    for percent in [0.0, -1.0, MAX_PERCENT + 0.1, f64::INFINITY] {
        let errors = one(orange, 10.0, percent, None).unwrap_err();
        assert!(errors.for_field("percent-1").is_some(), "{percent}");
    }
    let both = one(orange, 0.0, 9.0, None).unwrap_err();
    assert_eq!(both.0.len(), 2);
    let edge = one(orange, MAX_CARRIER_ML, MAX_PERCENT, None).unwrap();
    assert_eq!(edge.parts[0].drops, 500);
    assert!(
        edge.note.unwrap().contains("small area"),
        "above 3 % is flagged"
    );
}

#[test]
fn less_than_one_drop_says_how_much_carrier_oil_is_needed() {
    let orange = oil("sweet_orange").unwrap();
    let errors = one(orange, 1.0, 1.0, None).unwrap_err();
    let message = errors.for_field("carrier_ml").unwrap();
    assert!(message.contains("less than one drop"), "{message}");
    assert!(message.contains("at least 5\u{a0}ml"), "{message}");
    let bergamot = one(oil("bergamot").unwrap(), 10.0, 0.4, None).unwrap_err();
    let message = bergamot.for_field("carrier_ml").unwrap();
    assert!(
        message.contains("at least 13\u{a0}ml"),
        "12.5 ml rounded up: {message}"
    );
}

#[test]
fn two_percent_bergamot_is_refused_before_an_outdoor_morning_race_and_says_why() {
    let bergamot = oil("bergamot").unwrap();
    let race = morning_race();
    assert!(sun_exposed(&race));
    let errors = one(bergamot, 10.0, 2.0, Some(&sunny(&race))).unwrap_err();
    let message = errors.for_field("percent-1").unwrap();
    for part in [
        "sunlight",
        "harbour race",
        "outdoors in daylight",
        "0.4\u{a0}%",
        "bergamot FCF",
    ] {
        assert!(message.contains(part), "{part}: {message}");
    }
    assert_eq!(
        one(bergamot, 50.0, 0.4, Some(&sunny(&race))).unwrap().parts[0].drops,
        4
    );
    assert_eq!(
        one(bergamot, 10.0, 2.0, None).unwrap().parts[0].drops,
        4,
        "no sunny race, no refusal"
    );
    let fcf = oil("bergamot_fcf").unwrap();
    assert_eq!(
        one(fcf, 10.0, 2.0, Some(&sunny(&race))).unwrap().parts[0].drops,
        4
    );
}

#[test]
fn sun_sensitising_maxima_match_the_evidence_and_each_names_a_safe_alternative() {
    let expected = [
        ("bergamot", 0.4),
        ("lime_cold_pressed", 0.7),
        ("bitter_orange", 1.25),
        ("lemon_cold_pressed", 2.0),
        ("grapefruit", 4.0),
    ];
    for (key, max) in expected {
        let found = oil(key).unwrap();
        assert_eq!(found.sun_max_percent, Some(max), "{key}");
        assert!(found.sun_safe_alternative().is_some(), "{key}");
        let over = one(found, 100.0, max + 0.05, Some(&sunny(&morning_race())));
        assert!(over.is_err(), "{key} just above its maximum");
        assert!(
            one(found, 100.0, max, Some(&sunny(&morning_race()))).is_ok(),
            "{key} at its maximum"
        );
    }
    let phototoxic = oils()
        .iter()
        .filter(|oil| oil.sun_max_percent.is_some())
        .count();
    assert_eq!(phototoxic, expected.len());
    for safe in [
        "bergamot_fcf",
        "lemon_distilled",
        "lime_distilled",
        "sweet_orange",
        "mandarin",
    ] {
        assert_eq!(oil(safe).unwrap().sun_max_percent, None, "{safe}");
    }
    let peppermint = oil("peppermint").unwrap();
    assert!(peppermint.shared.contains(&SharedCaution::Children));
    assert!(SharedCaution::Children.text().contains("peppermint"));
    assert!(peppermint
        .cautions()
        .iter()
        .any(|caution| caution.contains("eyes")));
}

#[test]
fn indoor_and_night_races_are_not_sun_exposed() {
    assert!(!sun_exposed(&Race {
        outdoor: false,
        ..morning_race()
    }));
    assert!(!sun_exposed(&race(
        "late",
        date(2026, 12, 6),
        21,
        LONDON,
        10.0,
        Priority::C
    )));
    assert!(sun_exposed(&race(
        "dawn",
        date(2026, 12, 6),
        5,
        LONDON,
        21.1,
        Priority::C
    )));
}

#[test]
fn energising_oils_fit_the_run_up_and_calming_ones_the_recovery() {
    assert!(Goal::Energising.fits(Phase::PreEventWindow));
    assert!(Goal::Energising.fits(Phase::RaceDay));
    assert!(!Goal::Energising.fits(Phase::Recovery));
    assert!(Goal::Calming.fits(Phase::PostEventFlush));
    assert!(!Goal::Calming.fits(Phase::Build));
    assert_eq!(oil("lavender").unwrap().goal, Goal::Calming);
    assert!(oils().iter().all(|oil| !oil.how().is_empty()));
}

#[test]
fn an_oil_marked_new_warns_within_seven_days_of_an_a_race_only() {
    let mut marks = Vec::new();
    set_status(
        &mut marks,
        "lavender",
        OilStatus::New,
        utc(2026, 11, 1, 8, 0),
    );
    set_status(
        &mut marks,
        "peppermint",
        OilStatus::PatchTested,
        utc(2026, 11, 1, 8, 0),
    );
    assert_eq!(status_of(&marks, "lavender"), OilStatus::New);
    assert_eq!(status_of(&marks, "mandarin"), OilStatus::NotMarked);

    let a_race = [morning_race()];
    let warnings = new_oil_warnings(&marks, &a_race, utc(2026, 12, 1, 8, 0));
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].oil_key, "lavender");
    assert_eq!(warnings[0].days_away, 5);
    assert!(
        warnings[0].message().contains("5\u{a0}days away"),
        "{}",
        warnings[0].message()
    );
    assert!(
        new_oil_warnings(&marks, &a_race, utc(2026, 11, 28, 8, 0)).is_empty(),
        "8 days out"
    );
    assert!(
        new_oil_warnings(&marks, &a_race, utc(2026, 12, 6, 9, 0)).is_empty(),
        "race started"
    );
    let b_race = [Race {
        priority: Priority::B,
        ..morning_race()
    }];
    assert!(new_oil_warnings(&marks, &b_race, utc(2026, 12, 1, 8, 0)).is_empty());

    set_status(
        &mut marks,
        "lavender",
        OilStatus::PatchTested,
        utc(2026, 12, 1, 9, 0),
    );
    assert_eq!(marks.len(), 2, "one mark per oil");
    assert!(new_oil_warnings(&marks, &a_race, utc(2026, 12, 1, 10, 0)).is_empty());
}

#[test]
fn percentages_are_shown_without_trailing_zeros() {
    assert_eq!(percent(0.4), "0.4\u{a0}%");
    assert_eq!(percent(2.0), "2\u{a0}%");
    assert_eq!(percent(1.25), "1.25\u{a0}%");
}
