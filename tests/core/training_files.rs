//! Reading training files: each format gives back what the test-side writers put in, gzipped
//! files and Strava exports too, and every bad file is refused by name, the others still read.

mod job;
mod refused;
mod sports;
mod strava_csv;
mod structure;

use crate::support::training_files::{
    fit_bytes, fit_bytes_with, gpx_bytes, gzip, strava_csv, strava_zip, tcx_bytes, zip_bytes,
    FitStyle, StravaFile, Workout, STRAVA_MIX,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::training::activity::{ParsedActivity, Sample, Sport, Track};
use fresh_legs::core::training::files::{FileError, ImportJob, PickedFile};

const MB: u64 = 1024 * 1024;

/// The instant these tests run at: fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 12, 0, 0).unwrap()
}

/// A Tuesday morning session in Berlin (UTC+1): warm-up, tempo, and a cool-down whose length
/// is not a multiple of the sample interval.
fn tempo_run() -> Workout {
    Workout::run(
        Utc.with_ymd_and_hms(2026, 3, 3, 6, 45, 12).unwrap(),
        60,
        &[(600, 1800.0, 138), (1200, 4020.5, 161), (437, 1234.5, 149)],
    )
}

fn picked(name: &str, bytes: Vec<u8>) -> PickedFile {
    PickedFile {
        name: name.into(),
        bytes,
    }
}

fn read_all(files: Vec<PickedFile>) -> Vec<Result<ParsedActivity, FileError>> {
    ImportJob::new(files, now()).collect()
}

/// The one activity of the file `name`, which must read cleanly.
fn read_one(name: &str, bytes: Vec<u8>) -> ParsedActivity {
    let mut results = read_all(vec![picked(name, bytes)]);
    assert_eq!(results.len(), 1, "{name} holds one activity");
    results
        .remove(0)
        .unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// The error of the file `name`, which must give exactly one.
fn error_of(name: &str, bytes: Vec<u8>) -> FileError {
    let mut results = read_all(vec![picked(name, bytes)]);
    assert_eq!(results.len(), 1, "{name} gives one result");
    results.remove(0).expect_err("the file is refused")
}

fn assert_says(error: &FileError, words: &[&str]) {
    let message = error.to_string();
    for word in words {
        assert!(message.contains(word), "{message:?} should say {word:?}");
    }
}

fn assert_close(what: &str, got: Option<f64>, want: f64, within: f64) {
    let got = got.unwrap_or_else(|| panic!("{what} is missing"));
    assert!(
        (got - want).abs() <= within,
        "{what}: got {got}, want {want} ± {within}"
    );
}

/// What every format keeps of `workout`; `laps` is false for GPX, which has none.
fn assert_reads_as(activity: &ParsedActivity, workout: &Workout, laps: bool) {
    assert_eq!(activity.start, workout.start, "start");
    assert_close(
        "duration",
        Some(activity.duration_s),
        f64::from(workout.duration_s()),
        1e-6,
    );
    assert_close("distance", activity.distance_m, workout.distance_m(), 1.0);
    assert_close(
        "average HR",
        activity.avg_hr.or(activity.track.avg_hr()),
        workout.avg_hr().unwrap(),
        1.0,
    );
    assert_eq!(
        activity.max_hr.or(activity.track.max_hr()),
        workout.max_hr().map(f64::from),
        "max HR"
    );

    // The track is kept as running totals: they must be those of the points written.
    let written: Track = workout
        .samples()
        .iter()
        .map(|wrote| Sample {
            at_s: f64::from(wrote.at_s),
            distance_m: Some(wrote.distance_m),
            hr: wrote.hr.map(f64::from),
        })
        .collect();
    let track = &activity.track;
    assert_eq!(
        track.points(),
        written.points(),
        "one point per point written"
    );
    let span = |t: &Track| t.span().map(|(first, last)| last - first);
    assert_close("track span", span(track), span(&written).unwrap(), 1e-6);
    assert_close(
        "track distance",
        track.distance_m(),
        workout.distance_m(),
        1.0,
    );
    assert_close("track HR", track.avg_hr(), written.avg_hr().unwrap(), 1e-6);
    assert_eq!(track.max_hr(), written.max_hr(), "track's highest HR");
    assert_eq!(track.pace_bands().len(), written.pace_bands().len());
    for (read, wrote) in track.pace_bands().iter().zip(written.pace_bands()) {
        assert_close(
            "seconds in a pace band",
            Some(f64::from(*read)),
            f64::from(*wrote),
            1.0,
        );
    }

    if !laps {
        assert!(activity.laps.is_empty(), "no laps");
        return;
    }
    assert_eq!(activity.laps.len(), workout.laps.len(), "lap count");
    for (read, wrote) in activity.laps.iter().zip(&workout.laps) {
        assert_close(
            "lap time",
            Some(read.duration_s),
            f64::from(wrote.duration_s),
            1e-6,
        );
        assert_close("lap distance", read.distance_m, wrote.distance_m, 0.01);
        assert_eq!(read.avg_hr, wrote.hr.map(f64::from), "lap HR");
    }
}

#[test]
fn a_fit_file_gives_back_its_session_laps_records_id_and_offset() {
    let workout = tempo_run();
    let activity = read_one("morning-run.fit", fit_bytes(&workout));
    assert_reads_as(&activity, &workout, true);
    assert_eq!(activity.sport, Sport::Run);
    assert_eq!(activity.utc_offset_minutes, Some(60));
    assert_eq!(
        activity.source_id.as_deref(),
        Some("fit:3917004242-1772520312")
    );
    assert_eq!(activity.name, None, "FIT files carry no activity name");
}

#[test]
fn fit_files_written_every_way_the_protocol_allows_read_the_same() {
    let styles = [
        FitStyle {
            big_endian_records: true,
            ..FitStyle::default()
        },
        FitStyle {
            compressed_timestamps: true,
            ..FitStyle::default()
        },
        FitStyle {
            developer_field: true,
            ..FitStyle::default()
        },
        FitStyle {
            big_endian_records: true,
            compressed_timestamps: true,
            developer_field: true,
        },
    ];
    let workout = tempo_run();
    for style in styles {
        let activity = read_one("style.fit", fit_bytes_with(&workout, style));
        assert_reads_as(&activity, &workout, true);
        assert_eq!(activity.utc_offset_minutes, Some(60), "{style:?}");
    }
}

#[test]
fn fit_sports_and_offsets_west_of_greenwich_come_through() {
    let cases = [
        (Sport::Ride, -300),
        (Sport::Swim, 330),
        (Sport::Walk, 0),
        (Sport::Other, -210),
    ];
    for (sport, offset) in cases {
        let workout = Workout {
            sport,
            utc_offset_minutes: offset,
            ..tempo_run()
        };
        let activity = read_one("any.fit", fit_bytes(&workout));
        assert_eq!(
            (activity.sport, activity.utc_offset_minutes),
            (sport, Some(offset))
        );
    }
}

#[test]
fn chained_fit_files_give_one_activity_per_session_each_with_its_own_laps() {
    let first = tempo_run();
    let second = Workout::run(
        first.end() + Duration::minutes(10),
        60,
        &[(900, 2450.0, 130)],
    );
    let mut bytes = fit_bytes(&first);
    bytes.extend(fit_bytes(&second));
    let read: Vec<ParsedActivity> = read_all(vec![picked("brick.fit", bytes)])
        .into_iter()
        .map(|result| result.expect("both sessions read"))
        .collect();
    assert_eq!(read.len(), 2);
    assert_reads_as(&read[0], &first, true);
    assert_reads_as(&read[1], &second, true);
    assert_ne!(
        read[0].source_id, read[1].source_id,
        "each session is recognised on its own"
    );
}

#[test]
fn a_gpx_track_gives_its_name_type_times_distance_and_heart_rate() {
    let workout = tempo_run();
    let activity = read_one("Morning_Run.gpx", gpx_bytes(&workout));
    assert_reads_as(&activity, &workout, false);
    assert_eq!(
        activity.name.as_deref(),
        Some("Morning Run"),
        "the track's name, not metadata's"
    );
    assert_eq!(activity.sport, Sport::Run);
    assert_eq!(
        activity.utc_offset_minutes,
        Some(60),
        "from the first time's +01:00"
    );
    assert_eq!(activity.source_id, None, "the caller hashes a GPX");
}

#[test]
fn gpx_times_in_utc_say_nothing_of_the_offset_and_names_keep_their_entities() {
    let workout = Workout {
        name: "Hills & \"repeats\"".into(),
        sport: Sport::Walk,
        utc_offset_minutes: 0,
        ..tempo_run()
    };
    let activity = read_one("walk.gpx", gpx_bytes(&workout));
    assert_eq!(activity.utc_offset_minutes, None);
    assert_eq!(activity.name.as_deref(), Some("Hills & \"repeats\""));
    assert_eq!(activity.sport, Sport::Walk);
}

#[test]
fn a_tcx_activity_gives_its_sport_id_laps_and_trackpoints() {
    let workout = tempo_run();
    let activity = read_one("morning.tcx", tcx_bytes(&workout));
    assert_reads_as(&activity, &workout, true);
    assert_eq!(activity.sport, Sport::Run);
    assert_eq!(
        activity.source_id.as_deref(),
        Some("tcx:2026-03-03T06:45:12Z")
    );
    assert_eq!(activity.utc_offset_minutes, None, "TCX times are UTC");
}

#[test]
fn gzipped_files_read_as_what_they_hold() {
    let workout = tempo_run();
    let cases = [
        ("run.fit.gz", gzip(&fit_bytes(&workout)), true),
        ("run.GPX.GZ", gzip(&gpx_bytes(&workout)), false),
        ("run.tcx.gz", gzip(&tcx_bytes(&workout)), true),
    ];
    for (name, bytes, laps) in cases {
        assert_reads_as(&read_one(name, bytes), &workout, laps);
    }
}

/// Three recorded runs in the mix of formats a real export has, then one entered by hand.
fn season() -> Vec<(Workout, StravaFile)> {
    let mut rows: Vec<(Workout, StravaFile)> = STRAVA_MIX
        .iter()
        .enumerate()
        .map(|(day, &file)| {
            let start = Utc
                .with_ymd_and_hms(2026, 2, 1 + day as u32 * 3, 17, 5, 0)
                .unwrap();
            let workout = Workout {
                id: 9_000_000_000 + day as u64,
                name: format!("Run, day {day}"),
                ..Workout::run(start, 60, &[(900, 2600.0, 144), (305, 1000.0, 166)])
            };
            (workout, file)
        })
        .collect();
    let manual = Workout {
        id: 9_100_000_000,
        name: "Treadmill (entered by hand)".into(),
        sport: Sport::Run,
        laps: Vec::new(),
        ..rows[0].0.clone()
    };
    rows.push((manual, StravaFile::Manual));
    rows
}

#[test]
fn a_strava_export_reads_every_activity_under_the_csv_ids_and_names() {
    let rows = season();
    let read: Vec<ParsedActivity> = read_all(vec![picked("export_1234.zip", strava_zip(&rows))])
        .into_iter()
        .map(|result| result.expect("every row reads"))
        .collect();
    assert_eq!(read.len(), rows.len());
    for (activity, (workout, file)) in read.iter().zip(&rows) {
        assert_eq!(
            activity.source_id,
            Some(format!("strava:{}", workout.id)),
            "{file:?}"
        );
        assert_eq!(
            activity.name.as_deref(),
            Some(workout.name.as_str()),
            "{file:?}"
        );
        assert_eq!(activity.start, workout.start, "{file:?}");
        if *file != StravaFile::Manual {
            assert_reads_as(activity, workout, *file != StravaFile::Gpx);
        }
    }
}

#[test]
fn a_manual_strava_entry_is_an_activity_from_the_csv_alone() {
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 18, 30, 5).unwrap();
    let manual = Workout {
        id: 77,
        name: "Gym treadmill".into(),
        laps: Vec::new(),
        ..Workout::run(start, 0, &[])
    };
    // A manual entry has totals but no laps: the csv is written from a copy that has them.
    let totals = Workout {
        laps: Workout::run(start, 0, &[(2700, 8000.0, 150)]).laps,
        ..manual
    };
    let csv = strava_csv(&[(totals, StravaFile::Manual)]);
    let archive = zip_bytes(&[("activities.csv".into(), csv.into_bytes())]);
    let activity = read_one("export.zip", archive);
    assert_eq!(activity.source_id.as_deref(), Some("strava:77"));
    assert_eq!(activity.name.as_deref(), Some("Gym treadmill"));
    assert_eq!((activity.start, activity.sport), (start, Sport::Run));
    assert_eq!(activity.duration_s, 2700.0, "the first Elapsed Time");
    assert_eq!(
        activity.distance_m,
        Some(8000.0),
        "the repeated Distance, in metres"
    );
    assert_eq!(activity.max_hr, Some(150.0));
    assert!(activity.laps.is_empty() && activity.track.points() == 0);
}
