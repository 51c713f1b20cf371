//! The summary kept of an activity: what a file's numbers become, what is refused before it is
//! stored, how one activity from two sources is found again, and a detected race made a race.

use crate::support::training_files::{gpx_bytes, Workout};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use fresh_legs::core::profile::HeartRateSettings;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::activity::{
    add_new, same_activity, summarise, Activity, ParsedActivity, ParsedLap, Sample, Sport, Track,
};
use fresh_legs::core::training::detect::read_season;
use fresh_legs::core::training::files::{ImportJob, PickedFile};
use fresh_legs::core::training::load::HeartRates;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 5, 6, 0, 0).unwrap()
}

/// A 30-minute run sampled every 10 s at `pace` seconds per km, with laps of `laps` (seconds,
/// metres).
fn parsed(pace: f64, laps: &[(f64, f64)]) -> ParsedActivity {
    let track: Track = (0..=180)
        .map(|i| {
            let at_s = f64::from(i) * 10.0;
            Sample {
                at_s,
                distance_m: Some(at_s / pace * 1000.0),
                hr: Some(150.0),
            }
        })
        .collect();
    ParsedActivity {
        source_id: Some("fit:1-2".into()),
        name: Some("Morning".into()),
        sport: Sport::Run,
        start: at(),
        utc_offset_minutes: Some(120),
        duration_s: 1800.0,
        elapsed_s: None,
        distance_m: None,
        avg_hr: None,
        max_hr: None,
        laps: laps
            .iter()
            .map(|&(duration_s, metres)| ParsedLap {
                duration_s,
                distance_m: Some(metres),
                avg_hr: None,
            })
            .collect(),
        track,
        damage: None,
    }
}

#[test]
fn the_pace_profile_holds_the_time_moving_in_its_band_and_the_rest_comes_from_the_samples() {
    let activity = summarise(&parsed(307.0, &[]), at());
    // 5:07/km lies in the band from 5:00 to 5:15: band (300 − 150) / 15 = 10.
    assert_eq!(activity.pace_profile[10], 1800);
    assert_eq!(activity.seconds_profiled(), 1800);
    assert_eq!(
        activity.seconds_quicker_than(314.0),
        0,
        "the band's slow edge is 5:15"
    );
    assert_eq!(activity.seconds_quicker_than(315.0), 1800);
    assert_eq!(activity.distance_m, Some(5863), "1800 s at 5:07/km");
    assert_eq!((activity.avg_hr, activity.max_hr), (Some(150), Some(150)));
    assert_eq!(
        activity.id,
        summarise(&parsed(307.0, &[]), at() + Duration::days(1)).id,
        "a re-import keeps its id"
    );
}

#[test]
fn three_or_more_laps_well_quicker_than_the_rest_are_repeats_and_fewer_are_not() {
    let repeats = [
        (600.0, 1800.0),
        (192.0, 800.0),
        (160.0, 400.0),
        (192.0, 800.0),
        (160.0, 400.0),
        (192.0, 800.0),
        (600.0, 1800.0),
    ];
    assert_eq!(summarise(&parsed(300.0, &repeats), at()).fast_laps, 3);
    let one_fast = [
        (600.0, 1800.0),
        (192.0, 800.0),
        (600.0, 1800.0),
        (600.0, 1800.0),
    ];
    assert_eq!(summarise(&parsed(300.0, &one_fast), at()).fast_laps, 0);
}

#[test]
fn a_strap_glitch_is_dropped_and_an_unset_watch_clock_is_refused_by_name() {
    let mut glitch = parsed(300.0, &[]);
    glitch.max_hr = Some(255.0);
    assert_eq!(
        summarise(&glitch, at()).max_hr,
        None,
        "no heart beats 255 a minute"
    );

    let mut unset = Workout::run(
        Utc.with_ymd_and_hms(1989, 12, 31, 0, 0, 0).unwrap(),
        0,
        &[(1200, 4000.0, 150)],
    );
    unset.name = "Canal loop".into();
    let file = PickedFile {
        name: "canal.gpx".into(),
        bytes: gpx_bytes(&unset),
    };
    let report = ImportJob::new(vec![file], at()).read_some(10, at());
    assert!(report.activities.is_empty());
    assert_eq!(
        report.problems,
        ["Canal loop of 31 Dec 1989 (in canal.gpx) was left out: It starts in 1989, before 2000: the watch's clock was not set."]
    );
}

#[test]
fn a_track_that_does_not_say_its_sport_is_told_by_its_pace() {
    let run = Workout::run(at(), 0, &[(1800, 6000.0, 150)]);
    let bytes = String::from_utf8(gpx_bytes(&run))
        .unwrap()
        .replace("<type>running</type>", "");
    assert!(!bytes.contains("<type>"));
    let file = PickedFile {
        name: "run.gpx".into(),
        bytes: bytes.into_bytes(),
    };
    let report = ImportJob::new(vec![file], at() + Duration::days(1)).read_some(1, at());
    assert_eq!(report.activities[0].sport, Sport::Run);
}

fn kept(id: &str, start: DateTime<Utc>, duration_s: u32, distance_m: Option<u32>) -> Activity {
    let mut activity = summarise(&parsed(300.0, &[]), at());
    activity.id = RecordId(id.into());
    (activity.start, activity.duration_s, activity.distance_m) = (start, duration_s, distance_m);
    activity
}

#[test]
fn one_activity_from_two_sources_is_kept_once() {
    let watch = kept("activity-watch", at(), 3000, Some(10_000));
    // Strava's copy counts the stops (elapsed time) and smooths the track a little.
    let strava = kept(
        "activity-strava",
        at() + Duration::seconds(40),
        3400,
        Some(10_150),
    );
    let another = kept(
        "activity-later",
        at() + Duration::minutes(30),
        3000,
        Some(10_000),
    );
    let no_distance = kept("activity-manual", at(), 3100, None);
    assert!(same_activity(&watch, &strava));
    assert!(!same_activity(&watch, &another));
    assert!(
        same_activity(&watch, &no_distance),
        "without distances, the times decide"
    );
    let mut all = vec![watch];
    let counts = add_new(&mut all, vec![strava, another]);
    assert_eq!((counts.added, counts.already_had, all.len()), (1, 1, 2));
}

#[test]
fn the_estimated_maximum_ignores_one_spike() {
    let mut files: Vec<Activity> = (0..6)
        .map(|i| kept(&format!("a{i}"), at() + Duration::days(i), 3000, Some(9000)))
        .collect();
    for (activity, max) in files.iter_mut().zip([172, 181, 176, 168, 249, 179]) {
        activity.max_hr = Some(max);
    }
    let estimated = HeartRates::for_runner(HeartRateSettings::default(), &files).unwrap();
    assert_eq!(
        estimated.max, 181.0,
        "the second highest, not the glitch of 249"
    );
}

#[test]
fn an_accepted_race_keeps_its_true_start_in_the_runners_zone_even_in_a_repeated_hour() {
    let london = chrono_tz::Europe::London;
    // 01:30 BST on 25 October 2026, then 01:30 GMT an hour later: the second one is run.
    let second = Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap();
    let mut race = kept("activity-night", second, 2400, Some(10_000));
    race.name = "Midnight 10K".into();
    race.utc_offset_minutes = Some(0);
    let season = read_season(
        &[race],
        HeartRateSettings::default(),
        &london,
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    );
    let accepted = season.races[0].accept(RecordId("race-1".into()), london, at());
    assert_eq!(
        accepted.date,
        NaiveDate::from_ymd_opt(2026, 10, 25).unwrap()
    );
    assert_eq!(accepted.start_time.to_string(), "01:30:00");
    assert!(accepted.second_of_repeated_hour);
    assert_eq!(accepted.check(), Ok(()));
}

/// The rule `add_new` keeps, written the plain way: each against every one kept before it.
fn add_new_plainly(kept: &mut Vec<Activity>, incoming: Vec<Activity>) -> (usize, usize) {
    let (mut added, mut already) = (0, 0);
    for activity in incoming {
        if kept.iter().any(|old| same_activity(old, &activity)) {
            already += 1;
        } else {
            kept.push(activity);
            added += 1;
        }
    }
    (added, already)
}

proptest::proptest! {
    /// Looking only at activities starting near each other finds every double the plain
    /// comparison of all pairs finds, and no other.
    #[test]
    fn adding_a_batch_finds_the_doubles_the_plain_comparison_finds(
        before in proptest::collection::vec((0..6u8, 0..600i64, 1500..1700u32, proptest::option::of(5000..5300u32)), 0..12),
        batch in proptest::collection::vec((0..6u8, 0..600i64, 1500..1700u32, proptest::option::of(5000..5300u32)), 0..12),
    ) {
        let make = |(id, offset, seconds, metres): (u8, i64, u32, Option<u32>)| {
            kept(&format!("activity-{id}"), at() + Duration::seconds(offset), seconds, metres)
        };
        let before: Vec<Activity> = before.into_iter().map(make).collect();
        let incoming: Vec<Activity> = batch.into_iter().map(make).collect();
        let (mut fast, mut plain) = (before.clone(), before);
        let counts = add_new(&mut fast, incoming.clone());
        let expected = add_new_plainly(&mut plain, incoming);
        proptest::prop_assert_eq!((counts.added, counts.already_had), expected);
        proptest::prop_assert_eq!(fast, plain);
    }
}
