//! Training load: Banister's TRIMP against worked examples, the heart rates it is measured
//! against, the pace fallback, and weeks with their acute and chronic averages.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use fresh_legs::core::profile::HeartRateSettings;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::activity::{Activity, Sport};
use fresh_legs::core::training::load::{monday_of, trimp, weekly_loads, HeartRates, LoadBasis};
use proptest::prelude::*;

fn run(start: DateTime<Utc>, minutes: u32, km: f64, avg_hr: Option<u8>) -> Activity {
    Activity {
        id: RecordId(format!("activity-{}", start.timestamp())),
        start,
        utc_offset_minutes: None,
        sport: Sport::Run,
        name: "Run".into(),
        duration_s: minutes * 60,
        distance_m: Some((km * 1000.0) as u32),
        avg_hr,
        max_hr: avg_hr.map(|hr| hr + 10),
        pace_profile: Vec::new(),
        fast_laps: 0,
        doubts: Vec::new(),
        imported_at: None,
        updated_at: start,
    }
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const HEART: HeartRateSettings = HeartRateSettings {
    max_bpm: Some(190),
    resting_bpm: Some(60),
};

/// Worked by hand from the formula in Morton, Fitz-Clarke and Banister (1990):
/// minutes × ΔHR × 0.64 × e^(1.92 ΔHR).
#[test]
fn trimp_matches_worked_examples() {
    let cases = [
        // (minutes, ΔHR, TRIMP)
        (30.0, 0.5, 25.0723),  // 30 × 0.5 × 0.64 × e^0.96 = 9.6 × 2.6117
        (60.0, 0.65, 86.9449), // an easy hour: 24.96 × e^1.248 = 24.96 × 3.4834
        (45.0, 0.8, 107.0431), // a hard 45 minutes: 23.04 × e^1.536 = 23.04 × 4.6460
        (10.0, 1.0, 43.6541),  // ten minutes flat out: 6.4 × e^1.92 = 6.4 × 6.8210
        (90.0, 0.0, 0.0),      // standing still does no training
    ];
    for (minutes, reserve, expected) in cases {
        let got = trimp(minutes, reserve);
        assert!(
            (got - expected).abs() < 0.001,
            "{minutes} min at {reserve}: {got}"
        );
    }
}

#[test]
fn an_hour_from_heart_rate_uses_the_runners_own_rates() {
    // ΔHR = (150 − 60) / (190 − 60) = 0.6923: 60 × 0.6923 × 0.64 × e^1.3292 = 100.44.
    let activity = run(at(2026, 3, 2, 7, 0), 60, 10.0, Some(150));
    let basis = LoadBasis::for_runner(HEART, std::slice::from_ref(&activity));
    assert!((basis.load(&activity) - 100.440).abs() < 0.01);
}

#[test]
fn heart_rates_are_estimated_from_the_files_when_not_set() {
    let files = [
        run(at(2026, 3, 2, 7, 0), 40, 8.0, Some(140)),
        run(at(2026, 3, 4, 7, 0), 40, 8.0, Some(172)),
    ];
    let estimated = HeartRates::for_runner(HeartRateSettings::default(), &files).unwrap();
    assert_eq!(
        estimated,
        HeartRates {
            max: 182.0,
            rest: 60.0
        },
        "the highest max HR seen"
    );
    let set = HeartRates::for_runner(HEART, &files).unwrap();
    assert_eq!(
        set,
        HeartRates {
            max: 190.0,
            rest: 60.0
        },
        "the runner's own figure wins"
    );
    let no_heart = [run(at(2026, 3, 2, 7, 0), 40, 8.0, None)];
    assert_eq!(
        HeartRates::for_runner(HeartRateSettings::default(), &no_heart),
        None
    );
}

#[test]
fn without_heart_rate_pace_against_the_runners_median_sets_the_effort() {
    let easy = run(at(2026, 3, 2, 7, 0), 60, 10.0, None); // 6:00/km
    let quicker = run(at(2026, 3, 4, 7, 0), 50, 10.0, None); // 5:00/km
    let slower = run(at(2026, 3, 6, 7, 0), 70, 10.0, None); // 7:00/km
    let files = [easy.clone(), quicker.clone(), slower.clone()];
    let basis = LoadBasis::for_runner(HeartRateSettings::default(), &files);
    assert_eq!(basis.median_run_pace, Some(360.0));
    // At the median, an hour weighs an easy hour with a strap (ΔHR 0.65).
    assert!((basis.load(&easy) - trimp(60.0, 0.65)).abs() < 1e-9);
    // 20% quicker raises the equivalent ΔHR by 20%: 0.65 × 360 / 300 = 0.78.
    assert!((basis.load(&quicker) - trimp(50.0, 0.78)).abs() < 1e-9);
    assert!(basis.load(&slower) < trimp(70.0, 0.65));
}

#[test]
fn a_ride_without_heart_rate_counts_as_easy() {
    let mut ride = run(at(2026, 3, 2, 7, 0), 90, 40.0, None);
    ride.sport = Sport::Ride;
    let basis = LoadBasis::for_runner(HeartRateSettings::default(), std::slice::from_ref(&ride));
    assert!((basis.load(&ride) - trimp(90.0, 0.65)).abs() < 1e-9);
}

#[test]
fn weeks_run_monday_to_sunday_in_the_zone_the_activity_was_run() {
    let zone: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    // Sunday 22:30 UTC is Monday 00:30 in Berlin in summer (+2): next week's.
    let late = run(at(2026, 6, 7, 22, 30), 30, 5.0, Some(140));
    // With the file's own offset of −5 h, Monday 03:00 UTC is still Sunday where it was run.
    let mut abroad = run(at(2026, 6, 15, 3, 0), 30, 5.0, Some(140));
    abroad.utc_offset_minutes = Some(-300);
    let files = [late.clone(), abroad.clone()];
    assert_eq!(late.local_date(&zone), date(2026, 6, 8));
    assert_eq!(abroad.local_date(&zone), date(2026, 6, 14));
    let basis = LoadBasis::for_runner(HEART, &files);
    let weeks = weekly_loads(&files, &basis, &zone, |_| false);
    let mondays: Vec<NaiveDate> = weeks.iter().map(|w| w.monday).collect();
    assert_eq!(
        mondays,
        [date(2026, 6, 8)],
        "both fall in the week of 8 June"
    );
    assert_eq!(weeks[0].activities, 2);
}

#[test]
fn empty_weeks_are_kept_and_races_are_left_out_of_the_training_load() {
    let zone = chrono_tz::UTC;
    let files = [
        run(at(2026, 2, 23, 7, 0), 60, 10.0, Some(150)), // a Monday
        run(at(2026, 3, 15, 9, 0), 45, 10.0, Some(180)), // three weeks on, a Sunday race
    ];
    let basis = LoadBasis::for_runner(HEART, &files);
    let race_day = files[1].start;
    let weeks = weekly_loads(&files, &basis, &zone, |a| a.start == race_day);
    assert_eq!(weeks.len(), 3, "{weeks:?}");
    assert_eq!(weeks[1].load, 0.0);
    let race = &weeks[2];
    assert!(race.load > 0.0 && race.training_load == 0.0);
    assert_eq!(race.activities, 1);
}

#[test]
fn leap_day_and_new_year_weeks() {
    assert_eq!(monday_of(date(2028, 2, 29)), date(2028, 2, 28));
    assert_eq!(monday_of(date(2027, 1, 1)), date(2026, 12, 28));
    assert_eq!(monday_of(date(2026, 12, 28)), date(2026, 12, 28));
}

proptest! {
    /// Acute is the week's load over 7 days, chronic the 28 days to its Sunday over 28, counted
    /// here straight from each activity's own load.
    #[test]
    fn acute_and_chronic_are_plain_averages(
        days in proptest::collection::vec((0i64..120, 20u32..150, 120u8..185), 1..40)
    ) {
        let zone = chrono_tz::UTC;
        let origin = at(2026, 1, 5, 6, 0);
        let files: Vec<Activity> = days
            .iter()
            .enumerate()
            .map(|(i, (day, minutes, hr))| {
                let mut a = run(origin + chrono::Duration::days(*day), *minutes, 10.0, Some(*hr));
                a.id = RecordId(format!("a{i}"));
                a
            })
            .collect();
        let basis = LoadBasis::for_runner(HEART, &files);
        let weeks = weekly_loads(&files, &basis, &zone, |_| false);
        for week in &weeks {
            let sunday = week.monday + chrono::Duration::days(6);
            let sum_between = |from: NaiveDate| -> f64 {
                files
                    .iter()
                    .filter(|a| (from..=sunday).contains(&a.start.date_naive()))
                    .map(|a| trimp(f64::from(a.duration_s) / 60.0, (f64::from(a.avg_hr.unwrap()) - 60.0) / 130.0))
                    .sum()
            };
            prop_assert!((week.acute - sum_between(week.monday) / 7.0).abs() < 1e-6);
            prop_assert!((week.chronic - sum_between(sunday - chrono::Duration::days(27)) / 28.0).abs() < 1e-6);
        }
        let total: usize = weeks.iter().map(|w| w.activities).sum();
        prop_assert_eq!(total, files.len());
    }
}
