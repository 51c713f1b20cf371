//! What can go wrong reading a training file, in words a runner can act on, and the size limits.

use super::read::FileKind;
use chrono::{DateTime, Utc};
use thiserror::Error;

/// The largest single activity file read, packed or unpacked: a FIT file of a 24-hour race with a
/// sample every second is about 5 MB, so anything much bigger is not one activity.
pub const MAX_ACTIVITY_FILE_BYTES: u64 = 32 * MB;

/// The largest archive (a Strava "download your data" export) read: years of activities fit, and
/// a browser tab can hold it in memory without the phone running out.
pub const MAX_ARCHIVE_BYTES: u64 = 256 * MB;

/// How far after `now` an activity may start before it is taken for a wrong watch clock: a day
/// covers every time zone and a watch set a few hours ahead.
pub const FUTURE_TOLERANCE_HOURS: i64 = 24;

const MB: u64 = 1024 * 1024;

/// Why a training file, or one activity in it, could not be read. Every message names the file
/// (the path inside the archive for a file in an export) and says what to do.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FileError {
    #[error(
        "{file} is not a file Fresh Legs can read; pick a .fit, .gpx or .tcx file (also gzipped, \
         as .fit.gz), or the .zip of a Strava export."
    )]
    Unsupported { file: String },

    #[error(
        "{file} is {size_mb} MB, more than the {limit_mb} MB Fresh Legs reads for {kind}; {advice}"
    )]
    TooLarge {
        file: String,
        /// The file's size, rounded up to whole megabytes.
        size_mb: u64,
        limit_mb: u64,
        /// "one activity file" or "an archive".
        kind: &'static str,
        advice: &'static str,
    },

    #[error("{file} unpacks to more than the {limit_mb} MB Fresh Legs reads for one activity file; it is not a single activity, so export that activity on its own.")]
    UnpacksTooLarge { file: String, limit_mb: u64 },

    #[error("{archive} holds {file}, which unpacks to more than the {limit_mb} MB Fresh Legs reads for one activity file; unzip the archive and pick the activity files you want from it.")]
    EntryTooLarge {
        archive: String,
        file: String,
        limit_mb: u64,
    },

    #[error("{file} is cut short (it ends before its last record); copy or export it again from the watch or app.")]
    CutShort { file: String },

    #[error("{file} is cut short or damaged (its checksum does not match); export it again from the watch.")]
    Checksum { file: String },

    #[error("{file} could not be read as a {format} file ({detail}); export it again from the watch or app.")]
    Unreadable {
        file: String,
        /// "FIT", "GPX", "TCX", "gzip", "zip" or "CSV".
        format: &'static str,
        detail: String,
    },

    #[error("{file} has no times on its track points, so when the run happened is unknown; export it again with times (an activity export, not a route).")]
    NoTimes { file: String },

    #[error("{file} has no laps, so its duration is unknown; export the activity again from the watch or app.")]
    NoLaps { file: String },

    #[error("{file} has no activities.csv, so it is not a Strava export; on Strava, ask for \"Download your data\" and pick the .zip they send.")]
    NotStravaExport { file: String },

    #[error("{file} holds no recorded activity: no session and no track with times; pick the file your watch saved after an activity.")]
    NoActivity { file: String },

    #[error("{file} is {what}, not a recorded activity; pick the file your watch saved after an activity (on most watches, in its Activity folder).", what = fit_file_kind(*.kind))]
    NotAnActivity {
        file: String,
        /// FIT's `file` type.
        kind: u64,
    },

    #[error("{file} counts its times from when the watch was switched on and never gives the real date, so when the activity happened is unknown; export it from an app that dates it (such as Garmin Connect or Strava).")]
    NoDate { file: String },

    #[error("{file} holds only transitions and legs shorter than a minute, nothing to count as training.")]
    OnlyShortLegs { file: String },

    #[error("{file} holds more than {limit} laps and sessions, more than any watch records in one activity; it is not an activity file.")]
    TooManyParts { file: String, limit: usize },

    #[error("{file} has times on only {timed} of its {points} track points, too few to tell when and how long the activity was; export it again with times on every point (an activity export, not a route).")]
    PartlyTimed {
        file: String,
        timed: usize,
        points: usize,
    },

    #[error("{file} starts on {start} (UTC), more than a day from now; check the date on the watch, then export the activity again.", start = utc_minute(.start))]
    FromFuture { file: String, start: DateTime<Utc> },

    #[error("{archive}'s activities.csv names {file}, but the archive does not hold it; download the export again.")]
    MissingInArchive { archive: String, file: String },

    #[error("Row {row} of activities.csv in {archive} cannot be read: {detail}; download the export again.")]
    BadRow {
        archive: String,
        /// The row's line number in the CSV, the header being line 1.
        row: u64,
        detail: String,
    },

    /// A file inside an archive that is bad in one of the ways above; `source` names it by its
    /// path inside the archive.
    #[error("In {archive}: {source}")]
    InArchive {
        archive: String,
        source: Box<FileError>,
    },
}

/// Refuses a picked file by its name and size alone, before it is loaded: the UI calls this with
/// the size the browser or file system reports, so a 500 MB archive never reaches memory.
pub fn check_size(name: &str, len_bytes: u64) -> Result<(), FileError> {
    let (limit, kind, advice) = match FileKind::of(name) {
        None => return Err(FileError::Unsupported { file: name.into() }),
        Some(FileKind::StravaArchive) => (
            MAX_ARCHIVE_BYTES,
            "an archive",
            "unzip it and pick the files in its activities folder instead.",
        ),
        Some(FileKind::Activity { .. }) => (
            MAX_ACTIVITY_FILE_BYTES,
            "one activity file",
            "it is not a single activity, so export that activity on its own.",
        ),
    };
    if len_bytes > limit {
        return Err(FileError::TooLarge {
            file: name.into(),
            size_mb: len_bytes.div_ceil(MB),
            limit_mb: limit / MB,
            kind,
            advice,
        });
    }
    Ok(())
}

/// The limit, in whole megabytes, that [`FileError::UnpacksTooLarge`] names.
pub(super) const MAX_ACTIVITY_FILE_MB: u64 = MAX_ACTIVITY_FILE_BYTES / MB;

impl FileError {
    /// A FIT, GPX, TCX, gzip, zip or CSV file that is not what its name says.
    pub(super) fn unreadable(file: &str, format: &'static str, detail: impl ToString) -> Self {
        FileError::Unreadable {
            file: file.into(),
            format,
            detail: detail.to_string(),
        }
    }
}

/// What a FIT file of another `file` type than an activity holds, as "a …".
fn fit_file_kind(kind: u64) -> String {
    let what = match kind {
        1 => "a device's description",
        2 => "a settings file",
        3 => "a sport's settings",
        5 => "a workout (a plan for a session)",
        6 => "a course (a route to follow)",
        7 => "a training schedule",
        9 => "a weight measurement",
        10 => "a file of totals",
        11 => "a file of goals",
        14 => "a blood pressure measurement",
        15 | 28 | 32 => "a day's monitoring (steps and heart rate through the day)",
        20 => "an activity summary without a session",
        34 | 35 => "a segment (a stretch to race on)",
        other => return format!("a FIT file of another kind (type {other})"),
    };
    what.to_string()
}

/// "2026-03-05 07:30", the instant a file says it started, read in UTC.
fn utc_minute(at: &DateTime<Utc>) -> String {
    let at = at.naive_utc();
    format!(
        "{} {}",
        crate::core::dates::date_field(at.date()),
        crate::core::dates::clock(at.time())
    )
}
