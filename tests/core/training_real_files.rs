//! Real files from watches and apps (tests/fixtures/training/real, with their sources and
//! licences in its README) read as a mature decoder reads them: device-relative times, a chained
//! file, a triathlon, damaged files rescued, and files that are not activities named for what
//! they are.

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use fresh_legs::core::training::activity::{summarise, Damage, Doubt, ParsedActivity, Sport};
use fresh_legs::core::training::files::{FileError, ImportJob, PickedFile};

/// The import's instant, on a runner's clock one hour east of UTC.
fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 12, 7, 9, 0, 0)
        .unwrap()
}

fn results(name: &str) -> Vec<Result<ParsedActivity, FileError>> {
    let path = format!(
        "{}/tests/fixtures/training/real/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    ImportJob::new(
        vec![PickedFile {
            name: name.into(),
            bytes,
        }],
        now(),
    )
    .collect()
}

fn activities(name: &str) -> Vec<ParsedActivity> {
    results(name)
        .into_iter()
        .map(|result| result.unwrap_or_else(|error| panic!("{name}: {error}")))
        .collect()
}

fn refusal(name: &str) -> FileError {
    let mut read = results(name);
    assert_eq!(read.len(), 1, "{name}");
    read.remove(0).expect_err("refused")
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
}

/// Start, timer seconds, metres, sport and laps, as the fixture table gives them.
fn assert_totals(
    activity: &ParsedActivity,
    start: DateTime<Utc>,
    seconds: f64,
    metres: Option<f64>,
    sport: Sport,
    laps: usize,
) {
    assert_eq!(activity.start, start, "start");
    assert!(
        (activity.duration_s - seconds).abs() < 0.01,
        "duration {} ≠ {seconds}",
        activity.duration_s
    );
    match (activity.distance_m, metres) {
        (Some(got), Some(want)) => assert!((got - want).abs() < 0.01, "distance {got} ≠ {want}"),
        (got, want) => assert_eq!(got, want, "distance"),
    }
    assert_eq!((activity.sport, activity.laps.len()), (sport, laps));
}

#[test]
fn device_relative_times_are_dated_through_the_activity_messages_local_time() {
    // Local 11:16:16 on the watch, placed in the runner's +01:00.
    let run = activities("compressed-speed-distance.fit");
    assert_eq!(run.len(), 1);
    let run = &run[0];
    assert_totals(
        run,
        utc(2012, 2, 13, 10, 16, 16),
        3772.75,
        Some(10248.67),
        Sport::Run,
        11,
    );
    assert_eq!(run.utc_offset_minutes, Some(60));
    assert_eq!(run.elapsed_s, Some(3883.273));
    let summary = summarise(run, now().to_utc());
    assert!(summary.counts(), "{:?}", summary.doubts);
    assert!(
        summary.seconds_profiled() > 2500,
        "the packed distances give a pace profile: {:?}",
        summary.pace_profile
    );

    let dump = activities("antfs-dump.63.fit");
    assert_totals(
        &dump[0],
        utc(2012, 2, 13, 10, 23, 51),
        3426.898,
        None,
        Sport::Run,
        1,
    );
}

#[test]
fn a_chained_file_gives_each_session_and_marks_the_one_failing_its_checksum() {
    let read = activities("activity-activity-filecrc.fit");
    assert_eq!(read.len(), 2);
    for activity in &read {
        assert_totals(
            activity,
            utc(2012, 4, 9, 21, 22, 26),
            13.749,
            Some(5.73),
            Sport::Run,
            1,
        );
        assert_eq!(activity.utc_offset_minutes, Some(-240));
    }
    assert_eq!(read[0].damage, None);
    assert_eq!(read[1].damage, Some(Damage::Checksum));
    assert_ne!(read[0].source_id, read[1].source_id);
}

#[test]
fn a_triathlon_gives_its_swim_ride_and_run_with_their_own_laps_and_no_transitions() {
    let legs = activities("sample_mulitple_header.fit");
    let expected = [
        (utc(2018, 5, 27, 7, 33, 1), 1987.521, 1644.71, Sport::Swim),
        (utc(2018, 5, 27, 8, 8, 58), 4422.14, 40909.42, Sport::Ride),
        (utc(2018, 5, 27, 9, 23, 41), 2850.694, 9805.92, Sport::Run),
    ];
    assert_eq!(legs.len(), expected.len());
    for (leg, (start, seconds, metres, sport)) in legs.iter().zip(expected) {
        assert_totals(leg, start, seconds, Some(metres), sport, 1);
        assert_eq!(leg.utc_offset_minutes, Some(120));
        assert_eq!(leg.damage, None);
    }
    // Each leg has the records of its own time, and only those.
    for leg in &legs {
        let (first, last) = leg.track.span().unwrap();
        assert!(last - first <= leg.duration_s + 60.0, "{first}..{last}");
        assert!(leg.track.points() > 300);
    }
    let ids: Vec<_> = legs.iter().map(|l| l.source_id.clone().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "fit:3915525118-1527406381",
            "fit:3915525118-1527406381/3",
            "fit:3915525118-1527406381/5",
        ]
    );
}

#[test]
fn strava_androids_damaged_file_gives_the_whole_run_its_session_records_marked_partly_read() {
    let run = activities("strava-android-app-201.10-b1218918.fit");
    assert_eq!(run.len(), 1);
    let run = &run[0];
    assert_totals(
        run,
        utc(2021, 9, 27, 14, 13, 10),
        3558.0,
        Some(11274.04),
        Sport::Run,
        1,
    );
    assert_eq!(run.damage, Some(Damage::CutShort));
    assert_eq!(run.track.points(), 473, "the records before the damage");
    let summary = summarise(run, now().to_utc());
    assert_eq!(
        summary.doubts,
        [Doubt::PartlyRead {
            damage: Damage::CutShort
        }]
    );
    assert!(!summary.counts(), "it waits for the runner's word");
}

#[test]
fn a_file_cut_in_its_last_message_keeps_its_session() {
    let read = activities("activity-unexpected-eof.fit");
    assert_totals(
        &read[0],
        utc(2012, 4, 9, 21, 22, 26),
        13.749,
        Some(5.73),
        Sport::Run,
        1,
    );
    assert_eq!(read[0].damage, Some(Damage::CutShort));
}

#[test]
fn an_ordinary_run_reads_as_the_decoder_reads_it() {
    let run = activities("garmin-fenix-5-run.fit");
    assert_totals(
        &run[0],
        utc(2017, 6, 11, 14, 34, 9),
        56.887,
        Some(157.56),
        Sport::Run,
        1,
    );
    assert_eq!(run[0].utc_offset_minutes, Some(-420));
}

#[test]
fn settings_and_workout_files_are_named_for_what_they_are() {
    let settings = refusal("Settings.fit");
    assert!(matches!(settings, FileError::NotAnActivity { kind: 2, .. }));
    assert!(settings
        .to_string()
        .contains("Settings.fit is a settings file, not a recorded activity"));
    let workout = refusal("WorkoutIndividualSteps.fit").to_string();
    assert!(workout.contains("is a workout (a plan for a session), not a recorded activity"));
}

#[test]
fn a_tcx_export_reads_its_laps_totals_and_sport() {
    let paddle = activities("sup_activity_1.tcx");
    assert_totals(
        &paddle[0],
        utc(2022, 7, 16, 16, 8, 25),
        1112.335,
        Some(1157.51),
        Sport::Other,
        2,
    );
    let summary = summarise(&paddle[0], now().to_utc());
    assert_eq!((summary.avg_hr, summary.max_hr), (Some(88), Some(108)));
}

#[test]
fn a_gpx_timed_at_five_of_its_points_is_refused_with_the_count() {
    let error = refusal("cerknicko-without-times.gpx");
    assert!(
        matches!(
            error,
            FileError::PartlyTimed {
                timed: 5,
                points: 296,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .contains("has times on only 5 of its 296 track points"));
}
