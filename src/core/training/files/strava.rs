//! A Strava "download your data" export: the zip's `activities.csv`, and each activity file it
//! names, read one row at a time.

use super::error::{FileError, MAX_ACTIVITY_FILE_BYTES, MAX_ACTIVITY_FILE_MB};
use super::read::{not_from_future, read_activity_file, FileKind};
use super::strava_csv::{rows, Row};
use super::unpack::read_capped;
use crate::core::training::activity::ParsedActivity;
use chrono::{DateTime, Utc};
use std::io::Cursor;
use std::vec::IntoIter;
use zip::ZipArchive;

const CSV_NAME: &str = "activities.csv";

/// An opened export: its zip directory and the rows of its csv still to read.
pub(super) struct StravaArchive {
    name: String,
    zip: ZipArchive<Cursor<Vec<u8>>>,
    /// The folder holding `activities.csv` (empty at the top), which its file names are under.
    folder: String,
    rows: IntoIter<Result<Row, FileError>>,
}

impl StravaArchive {
    /// Opens the export `name`: reads the zip's directory and its `activities.csv`, nothing else.
    pub fn open(name: &str, bytes: Vec<u8>) -> Result<StravaArchive, FileError> {
        let mut zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|error| FileError::unreadable(name, "zip", error))?;
        // Some unzip-and-rezip tools put everything under one folder; the csv's own folder is the
        // one its file names are relative to, and the shortest path is the export's own.
        let csv_path = zip
            .file_names()
            .filter(|path| *path == CSV_NAME || path.ends_with(&format!("/{CSV_NAME}")))
            .min_by_key(|path| path.len())
            .map(str::to_string)
            .ok_or_else(|| FileError::NotStravaExport { file: name.into() })?;
        let csv = {
            let entry = zip
                .by_name(&csv_path)
                .map_err(|error| FileError::unreadable(name, "zip", error))?;
            read_capped(&csv_path, "zip", entry).map_err(|error| in_archive(name, error))?
        };
        Ok(StravaArchive {
            name: name.into(),
            folder: csv_path[..csv_path.len() - CSV_NAME.len()].to_string(),
            rows: rows(name, &csv)?.into_iter(),
            zip,
        })
    }

    /// How many activities are left to read.
    pub fn remaining(&self) -> usize {
        self.rows.len()
    }

    /// The next row's activity, or `None` when every row has been read. A row whose file is
    /// missing or bad gives an error naming that file; the rows after it are still read.
    /// `home_offset_minutes` places a FIT file dated only in local time.
    pub fn next(
        &mut self,
        now: DateTime<Utc>,
        home_offset_minutes: i32,
    ) -> Option<Result<ParsedActivity, FileError>> {
        let row = self.rows.next()?;
        Some(row.and_then(|row| self.activity(&row, now, home_offset_minutes)))
    }

    fn activity(
        &mut self,
        row: &Row,
        now: DateTime<Utc>,
        home_offset_minutes: i32,
    ) -> Result<ParsedActivity, FileError> {
        let Some(filename) = &row.filename else {
            return not_from_future(&self.name, row.manual_activity(), now);
        };
        let path = format!("{}{filename}", self.folder);
        let read = self
            .read_file(&path, home_offset_minutes)
            .map(|activity| row.apply_to(activity))
            .and_then(|activity| not_from_future(&path, activity, now));
        read.map_err(|error| match error {
            FileError::MissingInArchive { .. } => error,
            // The way forward for one too large is the archive's, not the file's.
            FileError::UnpacksTooLarge { file, limit_mb } => FileError::EntryTooLarge {
                archive: self.name.clone(),
                file,
                limit_mb,
            },
            error => in_archive(&self.name, error),
        })
    }

    /// The first activity of the file at `path` (a file in an export holds one activity).
    fn read_file(
        &mut self,
        path: &str,
        home_offset_minutes: i32,
    ) -> Result<ParsedActivity, FileError> {
        let Some(FileKind::Activity { format, gzipped }) = FileKind::of(path) else {
            return Err(FileError::Unsupported { file: path.into() });
        };
        let bytes = match self.zip.by_name(path) {
            // Refused by the size its directory gives, before any of it is unpacked.
            Ok(entry) if entry.size() > MAX_ACTIVITY_FILE_BYTES => {
                return Err(FileError::UnpacksTooLarge {
                    file: path.into(),
                    limit_mb: MAX_ACTIVITY_FILE_MB,
                })
            }
            Ok(entry) => read_capped(path, "zip", entry)?,
            Err(zip::result::ZipError::FileNotFound) => {
                return Err(FileError::MissingInArchive {
                    archive: self.name.clone(),
                    file: path.into(),
                })
            }
            Err(error) => return Err(FileError::unreadable(path, "zip", error)),
        };
        read_activity_file(path, &bytes, format, gzipped, home_offset_minutes)?
            .into_iter()
            .next()
            .ok_or_else(|| FileError::NoActivity { file: path.into() })
    }
}

fn in_archive(archive: &str, error: FileError) -> FileError {
    FileError::InArchive {
        archive: archive.into(),
        source: Box::new(error),
    }
}
