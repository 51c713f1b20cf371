//! Unpacking what is compressed (a `.gz` file, a file in a zip) without ever holding more than one
//! activity file's worth: a small file can unpack to gigabytes.

use super::error::{FileError, MAX_ACTIVITY_FILE_BYTES, MAX_ACTIVITY_FILE_MB};
use flate2::read::GzDecoder;
use std::io::Read;

/// The contents of the gzip file `bytes`, named `file` in errors.
pub(super) fn gunzip(file: &str, bytes: &[u8]) -> Result<Vec<u8>, FileError> {
    read_capped(file, "gzip", GzDecoder::new(bytes))
}

/// All of `reader`, refused past [`MAX_ACTIVITY_FILE_BYTES`].
pub(super) fn read_capped(
    file: &str,
    format: &'static str,
    reader: impl Read,
) -> Result<Vec<u8>, FileError> {
    let mut out = Vec::new();
    reader
        .take(MAX_ACTIVITY_FILE_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::UnexpectedEof => FileError::CutShort { file: file.into() },
            _ => FileError::unreadable(file, format, error),
        })?;
    if out.len() as u64 > MAX_ACTIVITY_FILE_BYTES {
        return Err(FileError::UnpacksTooLarge {
            file: file.into(),
            limit_mb: MAX_ACTIVITY_FILE_MB,
        });
    }
    Ok(out)
}
