//! What can go wrong while loading or saving, in words that tell the runner what to do.

use crate::core::words::{message, message_with, Arg};
use std::fmt;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    Read { location: String, detail: String },
    Write { location: String, detail: String },
    Full { location: String },
    SetAside { location: String, detail: String },
    NewerVersion { found: u32, supported: u32 },
    ChangedUnreadable { location: String },
    NoDataDir,
}

impl fmt::Display for StoreError {
    /// What happened and what to do, in the app's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = |id: &str, location: &str, detail: Option<&str>| {
            let mut args = vec![("location", Arg::from(location))];
            args.extend(detail.map(|detail| ("detail", Arg::from(detail))));
            message_with(id, &args)
        };
        let text = match self {
            StoreError::Read { location, detail } => at("store-read", location, Some(detail)),
            StoreError::Write { location, detail } => at("store-write", location, Some(detail)),
            StoreError::Full { location } => at("store-full", location, None),
            StoreError::SetAside { location, detail } => {
                at("store-set-aside", location, Some(detail))
            }
            // Versions are shown as digits: they are names, not quantities.
            StoreError::NewerVersion { found, supported } => message_with(
                "store-newer",
                &[
                    ("found", Arg::from(found.to_string())),
                    ("supported", Arg::from(supported.to_string())),
                ],
            ),
            StoreError::ChangedUnreadable { location } => {
                at("store-changed-unreadable", location, None)
            }
            StoreError::NoDataDir => message("store-no-data-dir"),
        };
        f.write_str(&text)
    }
}
