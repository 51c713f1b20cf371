//! From a file's name to the reader of its format, and the check every activity passes.

use super::error::{FileError, FUTURE_TOLERANCE_HOURS};
use super::unpack::gunzip;
use super::{fit, gpx, tcx};
use crate::core::training::activity::ParsedActivity;
use chrono::{DateTime, Duration, Utc};

/// The extensions a file picker offers (its `accept` attribute): `.gz` covers `.fit.gz`,
/// `.gpx.gz` and `.tcx.gz`, `.zip` a Strava export.
pub const ACCEPT: &str = ".fit,.gpx,.tcx,.gz,.zip";

/// The formats of single activity files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Fit,
    Gpx,
    Tcx,
}

/// What a file holds, as its name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileKind {
    /// One activity file, gzipped when its name ends in `.gz`.
    Activity { format: Format, gzipped: bool },
    /// A Strava "download your data" export.
    StravaArchive,
}

impl FileKind {
    /// The kind of file `name` is, by its extension (any case), or `None` for one not read here.
    pub fn of(name: &str) -> Option<FileKind> {
        let name = name.to_ascii_lowercase();
        if name.ends_with(".zip") {
            return Some(FileKind::StravaArchive);
        }
        let (inner, gzipped) = match name.strip_suffix(".gz") {
            Some(inner) => (inner, true),
            None => (name.as_str(), false),
        };
        let format = [
            (".fit", Format::Fit),
            (".gpx", Format::Gpx),
            (".tcx", Format::Tcx),
        ]
        .into_iter()
        .find_map(|(extension, format)| inner.ends_with(extension).then_some(format))?;
        Some(FileKind::Activity { format, gzipped })
    }
}

/// The activities of one activity file named `file`, unpacked first when gzipped.
/// `home_offset_minutes`, the runner's offset from UTC, places a FIT file dated only in local
/// time.
pub(super) fn read_activity_file(
    file: &str,
    bytes: &[u8],
    format: Format,
    gzipped: bool,
    home_offset_minutes: i32,
) -> Result<Vec<ParsedActivity>, FileError> {
    let unpacked;
    let bytes = if gzipped {
        unpacked = gunzip(file, bytes)?;
        &unpacked[..]
    } else {
        bytes
    };
    match format {
        Format::Fit => fit::read(file, bytes, home_offset_minutes),
        Format::Gpx => gpx::read(file, bytes).map(|activity| vec![activity]),
        Format::Tcx => tcx::read(file, bytes),
    }
}

/// `activity` if it could have happened by `now`: one that starts more than
/// [`FUTURE_TOLERANCE_HOURS`] later comes from a watch with a wrong date.
pub(super) fn not_from_future(
    file: &str,
    activity: ParsedActivity,
    now: DateTime<Utc>,
) -> Result<ParsedActivity, FileError> {
    if activity.start > now + Duration::hours(FUTURE_TOLERANCE_HOURS) {
        return Err(FileError::FromFuture {
            file: file.into(),
            start: activity.start,
        });
    }
    Ok(activity)
}
