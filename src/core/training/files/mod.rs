//! Reading runners' training files (FIT, GPX and TCX, gzipped or not, and Strava exports) into
//! [`ParsedActivity`](crate::core::training::activity::ParsedActivity) values: bytes in,
//! activities or errors out, one step at a time. No I/O, no clock.

mod error;
mod fit;
mod gpx;
mod job;
mod read;
mod sport;
mod steps;
mod strava;
mod strava_csv;
mod tcx;
mod unpack;
mod xml;

pub use error::{
    check_size, FileError, FUTURE_TOLERANCE_HOURS, MAX_ACTIVITY_FILE_BYTES, MAX_ARCHIVE_BYTES,
};
pub use job::{ImportJob, PickedFile};
pub use read::ACCEPT;
pub use steps::StepReport;
