//! What can go wrong reading a training file, in words a runner can act on, and the size limits.

use super::read::FileKind;
use crate::core::dates;
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Utc};
use std::fmt;

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
/// (the path inside the archive for a file in an export) and says what to do, in the app's
/// language (`training-file-…`).
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// Not a kind of file the app reads, by its name.
    Unsupported { file: String },

    /// Larger than the app reads, by the size the device reports.
    TooLarge {
        file: String,
        /// The file's size, rounded up to whole megabytes.
        size_mb: u64,
        limit_mb: u64,
        /// Whether it is an archive (a Strava export) rather than one activity file.
        archive: bool,
    },

    /// A gzipped file that unpacks to more than one activity file can be.
    UnpacksTooLarge { file: String, limit_mb: u64 },

    /// A file in an archive that unpacks to more than one activity file can be.
    EntryTooLarge {
        archive: String,
        file: String,
        limit_mb: u64,
    },

    /// It ends before its last record.
    CutShort { file: String },

    /// Its checksum does not match.
    Checksum { file: String },

    /// Not what its name says it is.
    Unreadable {
        file: String,
        /// "FIT", "GPX", "TCX", "gzip", "zip" or "CSV".
        format: &'static str,
        detail: String,
    },

    /// Track points without times.
    NoTimes { file: String },

    /// An activity without laps, so without a duration.
    NoLaps { file: String },

    /// A zip without the `activities.csv` of a Strava export.
    NotStravaExport { file: String },

    /// Neither a session nor a timed track.
    NoActivity { file: String },

    /// A FIT file of another kind than an activity.
    NotAnActivity {
        file: String,
        /// FIT's `file` type.
        kind: u64,
    },

    /// Times counted from when the watch was switched on, never dated.
    NoDate { file: String },

    /// Only transitions and legs shorter than a minute.
    OnlyShortLegs { file: String },

    /// More laps and sessions than any watch records in one activity.
    TooManyParts { file: String, limit: usize },

    /// Too few of its track points have times.
    PartlyTimed {
        file: String,
        timed: usize,
        points: usize,
    },

    /// It starts more than a day from now.
    FromFuture { file: String, start: DateTime<Utc> },

    /// The export's `activities.csv` names a file it does not hold.
    MissingInArchive { archive: String, file: String },

    /// A row of the export's `activities.csv` that cannot be read.
    BadRow {
        archive: String,
        /// The row's line number in the CSV, the header being line 1.
        row: u64,
        detail: String,
    },

    /// A file inside an archive that is bad in one of the ways above; `source` names it by its
    /// path inside the archive.
    InArchive {
        archive: String,
        source: Box<FileError>,
    },
}

/// Refuses a picked file by its name and size alone, before it is loaded: the UI calls this with
/// the size the browser or file system reports, so a 500 MB archive never reaches memory.
pub fn check_size(name: &str, len_bytes: u64) -> Result<(), FileError> {
    let (limit, archive) = match FileKind::of(name) {
        None => return Err(FileError::Unsupported { file: name.into() }),
        Some(FileKind::StravaArchive) => (MAX_ARCHIVE_BYTES, true),
        Some(FileKind::Activity { .. }) => (MAX_ACTIVITY_FILE_BYTES, false),
    };
    if len_bytes > limit {
        return Err(FileError::TooLarge {
            file: name.into(),
            size_mb: len_bytes.div_ceil(MB),
            limit_mb: limit / MB,
            archive,
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

impl fmt::Display for FileError {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = |file: &str| Arg::from(file.to_string());
        let said = match self {
            FileError::Unsupported { file } => {
                message_with("training-file-unsupported", &[("file", text(file))])
            }
            FileError::TooLarge {
                file,
                size_mb,
                limit_mb,
                archive,
            } => {
                let id = if *archive {
                    "training-file-too-large-archive"
                } else {
                    "training-file-too-large-activity"
                };
                // The size as digits: a number would take a thousands mark.
                let args = [
                    ("file", text(file)),
                    ("size", Arg::from(size_mb.to_string())),
                    ("limit", megabytes(*limit_mb)),
                ];
                message_with(id, &args)
            }
            FileError::UnpacksTooLarge { file, limit_mb } => message_with(
                "training-file-unpacks-too-large",
                &[("file", text(file)), ("limit", megabytes(*limit_mb))],
            ),
            FileError::EntryTooLarge {
                archive,
                file,
                limit_mb,
            } => message_with(
                "training-file-entry-too-large",
                &[
                    ("archive", text(archive)),
                    ("file", text(file)),
                    ("limit", megabytes(*limit_mb)),
                ],
            ),
            FileError::CutShort { file } => {
                message_with("training-file-cut-short", &[("file", text(file))])
            }
            FileError::Checksum { file } => {
                message_with("training-file-checksum", &[("file", text(file))])
            }
            FileError::Unreadable {
                file,
                format,
                detail,
            } => message_with(
                "training-file-unreadable",
                &[
                    ("file", text(file)),
                    ("format", Arg::from(*format)),
                    ("detail", text(detail)),
                ],
            ),
            FileError::NoTimes { file } => {
                message_with("training-file-no-times", &[("file", text(file))])
            }
            FileError::NoLaps { file } => {
                message_with("training-file-no-laps", &[("file", text(file))])
            }
            FileError::NotStravaExport { file } => {
                message_with("training-file-not-strava", &[("file", text(file))])
            }
            FileError::NoActivity { file } => {
                message_with("training-file-no-activity", &[("file", text(file))])
            }
            FileError::NotAnActivity { file, kind } => message_with(
                "training-file-not-an-activity",
                &[
                    ("file", text(file)),
                    ("what", Arg::from(fit_file_kind(*kind))),
                ],
            ),
            FileError::NoDate { file } => {
                message_with("training-file-no-date", &[("file", text(file))])
            }
            FileError::OnlyShortLegs { file } => {
                message_with("training-file-only-short-legs", &[("file", text(file))])
            }
            FileError::TooManyParts { file, limit } => message_with(
                "training-file-too-many-parts",
                &[
                    ("file", text(file)),
                    ("limit", Arg::from(limit.to_string())),
                ],
            ),
            FileError::PartlyTimed {
                file,
                timed,
                points,
            } => message_with(
                "training-file-partly-timed",
                &[
                    ("file", text(file)),
                    ("timed", Arg::from(timed.to_string())),
                    ("points", Arg::from(points.to_string())),
                ],
            ),
            FileError::FromFuture { file, start } => message_with(
                "training-file-from-future",
                &[
                    ("file", text(file)),
                    ("start", Arg::from(utc_minute(start))),
                ],
            ),
            FileError::MissingInArchive { archive, file } => message_with(
                "training-file-missing-in-archive",
                &[("archive", text(archive)), ("file", text(file))],
            ),
            FileError::BadRow {
                archive,
                row,
                detail,
            } => message_with(
                "training-file-bad-row",
                &[
                    ("archive", text(archive)),
                    ("row", Arg::from(row.to_string())),
                    ("detail", text(detail)),
                ],
            ),
            FileError::InArchive { archive, source } => message_with(
                "training-file-in-archive",
                &[
                    ("archive", text(archive)),
                    ("problem", Arg::from(source.to_string())),
                ],
            ),
        };
        out.write_str(&said)
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FileError::InArchive { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

/// A limit in megabytes, as a message takes it. The limits are tens and hundreds of
/// megabytes; a file's own size, which can pass 999, is given as digits instead.
fn megabytes(limit_mb: u64) -> Arg<'static> {
    Arg::from(limit_mb as f64)
}

/// What a FIT file of another `file` type than an activity holds, as "a …".
fn fit_file_kind(kind: u64) -> String {
    let id = match kind {
        1 => "training-fit-device",
        2 => "training-fit-settings",
        3 => "training-fit-sport",
        5 => "training-fit-workout",
        6 => "training-fit-course",
        7 => "training-fit-schedule",
        9 => "training-fit-weight",
        10 => "training-fit-totals",
        11 => "training-fit-goals",
        14 => "training-fit-blood-pressure",
        15 | 28 | 32 => "training-fit-monitoring",
        20 => "training-fit-summary",
        34 | 35 => "training-fit-segment",
        // FIT's number for the kind, as digits: an identifier, not an amount.
        other => {
            return message_with(
                "training-fit-other",
                &[("type", Arg::from(other.to_string()))],
            )
        }
    };
    message(id)
}

/// "2026-03-05 07:30", the instant a file says it started, read in UTC.
fn utc_minute(at: &DateTime<Utc>) -> String {
    let at = at.naive_utc();
    format!(
        "{} {}",
        dates::date_field(at.date()),
        dates::clock(at.time())
    )
}
