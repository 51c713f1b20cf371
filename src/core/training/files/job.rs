//! Reading a batch of picked files one activity per step, so the UI can show "n of N", stay
//! responsive between steps, and cancel by dropping the job.

use super::error::{check_size, FileError};
use super::read::{not_from_future, read_activity_file, FileKind};
use super::strava::StravaArchive;
use crate::core::training::activity::ParsedActivity;
use chrono::{DateTime, FixedOffset, Utc};
use std::collections::VecDeque;

/// A file the runner picked: its name (which says its format, and names it in messages) and its
/// contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Reads picked files into activities, one activity's worth of work per [`ImportJob::step`].
/// A bad file gives one error naming it and the job goes on with the rest.
pub struct ImportJob {
    now: DateTime<Utc>,
    /// The runner's offset from UTC now, in minutes.
    home_offset_minutes: i32,
    files: VecDeque<PickedFile>,
    /// Activities already read from the current file (a FIT file can hold several), handed out
    /// one per step.
    /// Kept as the reader gave them, so a file of thousands is never copied.
    ready: std::vec::IntoIter<ParsedActivity>,
    /// The export being read, one row per step.
    archive: Option<StravaArchive>,
    /// The name of the picked file the last result came from.
    current: String,
    done: usize,
    total: usize,
}

impl ImportJob {
    /// A job over `files`, judging "from the future" against `now`, whose offset (the runner's
    /// own) places a file that gives only its local time. Nothing is read yet.
    pub fn new(files: Vec<PickedFile>, now: impl Into<DateTime<FixedOffset>>) -> ImportJob {
        let now = now.into();
        ImportJob {
            now: now.to_utc(),
            home_offset_minutes: now.offset().local_minus_utc() / 60,
            total: files.len(),
            files: files.into(),
            ready: Vec::new().into_iter(),
            archive: None,
            current: String::new(),
            done: 0,
        }
    }

    /// (results handed out, results expected). A file not yet opened counts as one; once opened
    /// it counts as the activities it holds, so the total grows when an archive is opened.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.total)
    }

    /// The name of the picked file the last result came from (the archive, for a row of one).
    pub fn current_file(&self) -> &str {
        &self.current
    }

    /// Whether every result has been handed out.
    pub fn is_finished(&self) -> bool {
        self.files.is_empty()
            && self.ready.len() == 0
            && self
                .archive
                .as_ref()
                .is_none_or(|archive| archive.remaining() == 0)
    }

    /// Reads the next activity: `None` once finished, else one activity or the error of one
    /// file, or of one row of an archive.
    pub fn step(&mut self) -> Option<Result<ParsedActivity, FileError>> {
        let next = self.next_result()?;
        self.done += 1;
        Some(next)
    }

    fn next_result(&mut self) -> Option<Result<ParsedActivity, FileError>> {
        if let Some(ready) = self.ready.next() {
            return Some(not_from_future(&self.current, ready, self.now));
        }
        if let Some(archive) = &mut self.archive {
            if let Some(next) = archive.next(self.now, self.home_offset_minutes) {
                return Some(next);
            }
            self.archive = None;
        }
        let file = self.files.pop_front()?;
        self.current.clone_from(&file.name);
        Some(self.open(file))
    }

    /// Reads `file`, returning its first result and keeping the others for the next steps.
    fn open(&mut self, file: PickedFile) -> Result<ParsedActivity, FileError> {
        // The UI checks the size before loading; a caller that did not is held to it here.
        check_size(&file.name, file.bytes.len() as u64)?;
        let no_activity = || FileError::NoActivity {
            file: file.name.clone(),
        };
        match FileKind::of(&file.name).ok_or_else(|| FileError::Unsupported {
            file: file.name.clone(),
        })? {
            FileKind::StravaArchive => {
                let mut archive = StravaArchive::open(&file.name, file.bytes)?;
                let rows = archive.remaining();
                let first = archive
                    .next(self.now, self.home_offset_minutes)
                    .ok_or_else(no_activity)?;
                self.total += rows - 1;
                self.archive = Some(archive);
                first
            }
            FileKind::Activity { format, gzipped } => {
                let home = self.home_offset_minutes;
                let mut read =
                    read_activity_file(&file.name, &file.bytes, format, gzipped, home)?.into_iter();
                let first = read.next().ok_or_else(no_activity)?;
                self.total += read.len();
                self.ready = read;
                not_from_future(&file.name, first, self.now)
            }
        }
    }
}

/// The steps, for a caller that reads the whole batch at once.
impl Iterator for ImportJob {
    type Item = Result<ParsedActivity, FileError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.step()
    }
}
