//! Every way a file is refused, each error naming the file and, where there is one, the limit.

use super::*;
use fresh_legs::core::training::activity::Damage;
use fresh_legs::core::training::files::{check_size, MAX_ACTIVITY_FILE_BYTES, MAX_ARCHIVE_BYTES};

#[test]
fn a_fit_file_cut_short_gives_the_records_before_the_cut_marked_partly_read() {
    let workout = tempo_run();
    let mut bytes = fit_bytes(&workout);
    bytes.truncate(bytes.len() / 2);
    let activity = read_one("morning-run.fit", bytes);
    assert_eq!(activity.damage, Some(Damage::CutShort));
    assert_eq!(activity.start, workout.start);
    // The session is at the end: what is left is the first lap and the records after it.
    assert_eq!(activity.laps.len(), 1);
    let kept = activity
        .track
        .span()
        .map(|(first, last)| last - first)
        .unwrap();
    assert_eq!(activity.duration_s, kept, "as long as the records kept");
    assert!(
        kept > 600.0 && kept < f64::from(workout.duration_s()),
        "{kept}"
    );
    assert_eq!(
        activity.distance_m,
        activity.track.distance_m(),
        "the distance of the last record kept"
    );

    // Cut before its first record, nothing is left to rescue.
    let mut bytes = fit_bytes(&workout);
    bytes.truncate(80);
    let error = error_of("morning-run.fit", bytes);
    assert!(matches!(error, FileError::CutShort { .. }), "{error:?}");
    assert_says(&error, &["morning-run.fit", "cut short"]);
}

#[test]
fn a_fit_file_with_one_byte_changed_is_read_and_marked_as_failing_its_checksum() {
    let workout = tempo_run();
    let mut bytes = fit_bytes(&workout);
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    let activity = read_one("morning-run.fit", bytes);
    assert_eq!(activity.damage, Some(Damage::Checksum));
    assert_eq!(activity.duration_s, f64::from(workout.duration_s()));
}

#[test]
fn a_gpx_without_times_is_refused_because_its_date_is_unknown() {
    let gpx = String::from_utf8(gpx_bytes(&tempo_run())).unwrap();
    let untimed: String = gpx
        .split("<time>")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</time>").unwrap().1
            }
        })
        .collect();
    let error = error_of("route.gpx", untimed.into_bytes());
    assert!(matches!(error, FileError::NoTimes { .. }), "{error:?}");
    assert_says(&error, &["route.gpx", "no times"]);
}

#[test]
fn a_tcx_without_laps_is_refused() {
    let workout = Workout {
        laps: Vec::new(),
        ..tempo_run()
    };
    let error = error_of("empty.tcx", tcx_bytes(&workout));
    assert!(matches!(error, FileError::NoLaps { .. }), "{error:?}");
    assert_says(&error, &["empty.tcx", "no laps"]);
}

#[test]
fn a_zip_without_activities_csv_is_not_a_strava_export() {
    let workout = tempo_run();
    let archive = zip_bytes(&[("activities/1.fit".into(), fit_bytes(&workout))]);
    let error = error_of("photos.zip", archive);
    assert!(
        matches!(error, FileError::NotStravaExport { .. }),
        "{error:?}"
    );
    assert_says(&error, &["photos.zip", "activities.csv"]);
}

#[test]
fn sizes_are_checked_before_reading_against_limits_the_message_names() {
    let error = check_size("export_2019-2026.zip", 500 * MB).expect_err("500 MB is refused");
    assert_says(&error, &["export_2019-2026.zip", "500 MB", "256 MB"]);
    let error = check_size("ultra.fit.gz", MAX_ACTIVITY_FILE_BYTES + 1).expect_err("too big");
    assert_says(&error, &["ultra.fit.gz", "33 MB", "32 MB"]);
    assert_eq!(check_size("export.zip", MAX_ARCHIVE_BYTES), Ok(()));
    assert_eq!(check_size("run.fit", MAX_ACTIVITY_FILE_BYTES), Ok(()));
}

#[test]
fn an_activity_more_than_a_day_ahead_is_from_the_future_and_one_within_a_day_is_not() {
    let ahead = |hours| Workout {
        start: now() + Duration::hours(hours),
        ..tempo_run()
    };
    let error = error_of("future.fit", fit_bytes(&ahead(25)));
    assert!(matches!(error, FileError::FromFuture { .. }), "{error:?}");
    assert_says(
        &error,
        &["future.fit", "2026-03-11 13:00", "more than a day"],
    );
    read_one("soon.fit", fit_bytes(&ahead(23)));
}

#[test]
fn a_file_of_an_unknown_kind_is_refused_by_name() {
    let error = error_of("notes.txt", b"ran 10k".to_vec());
    assert!(matches!(error, FileError::Unsupported { .. }), "{error:?}");
    assert_says(&error, &["notes.txt", ".fit", ".gpx", ".tcx", ".zip"]);
    assert_eq!(check_size("notes.txt", 10), Err(error));
}

#[test]
fn a_gzip_that_unpacks_beyond_the_limit_is_refused_without_unpacking_it_all() {
    let bomb = gzip(&vec![0u8; (MAX_ACTIVITY_FILE_BYTES + MB) as usize]);
    let error = error_of("tiny.fit.gz", bomb);
    assert!(
        matches!(error, FileError::UnpacksTooLarge { .. }),
        "{error:?}"
    );
    assert_says(&error, &["tiny.fit.gz", "32 MB"]);
}

#[test]
fn a_file_with_no_activity_in_it_is_refused() {
    let no_laps = Workout {
        laps: Vec::new(),
        ..tempo_run()
    };
    let error = error_of("course.gpx", gpx_bytes(&no_laps));
    assert!(matches!(error, FileError::NoActivity { .. }), "{error:?}");
    assert_says(&error, &["course.gpx", "no recorded activity"]);

    let empty_csv = zip_bytes(&[("activities.csv".into(), strava_csv(&[]).into_bytes())]);
    let error = error_of("new-account.zip", empty_csv);
    assert!(matches!(error, FileError::NoActivity { .. }), "{error:?}");
    assert_says(&error, &["new-account.zip", "no recorded activity"]);
}

#[test]
fn gpx_and_tcx_files_cut_off_part_way_are_cut_short() {
    let workout = tempo_run();
    for (name, bytes) in [
        ("cut.gpx", gpx_bytes(&workout)),
        ("cut.tcx", tcx_bytes(&workout)),
    ] {
        for keep in [bytes.len() / 3, bytes.len() - 20] {
            let error = error_of(name, bytes[..keep].to_vec());
            assert!(matches!(error, FileError::CutShort { .. }), "{error:?}");
            assert_says(&error, &[name, "cut short"]);
        }
    }
}

#[test]
fn a_row_of_activities_csv_that_cannot_be_read_is_named_by_its_line() {
    let csv = "Activity ID,Activity Date,Activity Name,Filename\n\
               1,\"Mar 3, 2026, 6:45:12 AM\",Early,\n\
               2,yesterday,Vague,\n\
               ,\"Mar 4, 2026, 6:45:12 AM\",No id,\n";
    let archive = zip_bytes(&[("activities.csv".into(), csv.as_bytes().to_vec())]);
    let results = read_all(vec![picked("export.zip", archive)]);
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok());
    assert_says(
        results[1].as_ref().unwrap_err(),
        &["Row 3", "export.zip", "\"yesterday\" is not a date"],
    );
    assert_says(
        results[2].as_ref().unwrap_err(),
        &["Row 4", "export.zip", "no Activity ID"],
    );
}

#[test]
fn an_archive_entry_over_the_limit_is_told_to_unzip_the_archive_not_to_export_again() {
    let rows = season();
    let huge = vec![0u8; (MAX_ACTIVITY_FILE_BYTES + MB) as usize];
    let archive = zip_bytes(&[
        ("activities.csv".into(), strava_csv(&rows[..1]).into_bytes()),
        ("activities/9000000000.fit.gz".into(), huge),
    ]);
    let error = error_of("export.zip", archive);
    assert!(
        matches!(error, FileError::EntryTooLarge { .. }),
        "{error:?}"
    );
    assert_says(
        &error,
        &[
            "export.zip",
            "activities/9000000000.fit.gz",
            "32 MB",
            "unzip the archive",
        ],
    );
    assert!(!error.to_string().contains("on its own"), "{error}");
}
