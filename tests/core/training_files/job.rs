//! The import job: a bad file among good ones, a bad file inside an export, progress and
//! cancelling.

use super::*;

#[test]
fn one_bad_file_in_a_batch_is_named_and_the_others_still_read() {
    let workout = tempo_run();
    let mut damaged = fit_bytes(&workout);
    damaged.truncate(100);
    let results = read_all(vec![
        picked("monday.fit", fit_bytes(&workout)),
        picked("tuesday.fit", damaged),
        picked("wednesday.tcx", tcx_bytes(&workout)),
    ]);
    assert_eq!(results.len(), 3);
    assert_reads_as(results[0].as_ref().unwrap(), &workout, true);
    assert_says(results[1].as_ref().unwrap_err(), &["tuesday.fit"]);
    assert_reads_as(results[2].as_ref().unwrap(), &workout, true);
}

#[test]
fn a_missing_or_bad_file_in_an_export_is_named_by_its_path_and_the_rest_still_read() {
    let rows = season();
    let mut damaged = fit_bytes(&rows[0].0);
    damaged.truncate(100);
    // The first row's file is cut short before its first record, the second's is missing, the
    // third is sound.
    let archive = zip_bytes(&[
        ("activities.csv".into(), strava_csv(&rows).into_bytes()),
        ("activities/9000000000.fit.gz".into(), gzip(&damaged)),
        (
            "activities/9000000002.tcx.gz".into(),
            StravaFile::TcxGz.bytes(&rows[2].0).unwrap(),
        ),
    ]);
    let results = read_all(vec![picked("export.zip", archive)]);
    assert_eq!(results.len(), rows.len());
    let cut = results[0].as_ref().unwrap_err();
    assert!(matches!(cut, FileError::InArchive { .. }), "{cut:?}");
    assert_says(
        cut,
        &["export.zip", "activities/9000000000.fit.gz", "cut short"],
    );
    let missing = results[1].as_ref().unwrap_err();
    assert!(
        matches!(missing, FileError::MissingInArchive { .. }),
        "{missing:?}"
    );
    assert_says(missing, &["export.zip", "activities/9000000001.gpx"]);
    assert_reads_as(results[2].as_ref().unwrap(), &rows[2].0, true);
    assert!(results[3].is_ok(), "the manual entry needs no file");
}

#[test]
fn progress_counts_each_activity_up_to_a_total_known_once_the_archive_is_open() {
    let workout = tempo_run();
    let rows = season();
    let mut job = ImportJob::new(
        vec![
            picked("a.fit", fit_bytes(&workout)),
            picked("export.zip", strava_zip(&rows)),
            picked("b.gpx", gpx_bytes(&workout)),
        ],
        now(),
    );
    assert_eq!(job.progress(), (0, 3), "each unopened file counts as one");
    let mut seen = Vec::new();
    while let Some(result) = job.step() {
        result.expect("every file reads");
        seen.push(job.progress());
    }
    let total = 2 + rows.len();
    assert_eq!(seen[0], (1, 3));
    assert_eq!(
        seen[1],
        (2, total),
        "the archive's rows are counted once it is open"
    );
    assert_eq!(seen.last(), Some(&(total, total)));
    assert!(
        seen.windows(2).all(|pair| pair[1].0 == pair[0].0 + 1),
        "one activity per step"
    );
    assert!(job.is_finished());
    assert!(job.step().is_none());
}

#[test]
fn a_job_stopped_part_way_has_read_only_what_was_asked() {
    let rows = season();
    let mut job = ImportJob::new(vec![picked("export.zip", strava_zip(&rows))], now());
    assert!(job.step().is_some_and(|first| first.is_ok()));
    assert_eq!(job.progress(), (1, rows.len()));
    assert!(!job.is_finished());
    // Cancelling is dropping: nothing else is held or runs on.
    drop(job);
}
