//! Finds the folder that holds the runner's data on native platforms.

use crate::store::error::StoreError;
use std::path::PathBuf;

/// Environment variable that points the app at another data folder (tests, portable installs).
pub const DATA_DIR_ENV: &str = "FRESH_LEGS_DATA_DIR";

/// The data folder: `FRESH_LEGS_DATA_DIR` when set, otherwise the platform's data directory
/// (Android: the app's private files folder).
pub fn data_dir() -> Result<PathBuf, StoreError> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => platform_data_dir().ok_or(StoreError::NoDataDir),
    }
}

#[cfg(not(target_os = "android"))]
fn platform_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("app", "Fresh Legs", "Fresh Legs")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

/// `directories` knows no Android folders, so the app's files folder is derived from the package
/// name, which Android puts in the process's command line.
#[cfg(target_os = "android")]
fn platform_data_dir() -> Option<PathBuf> {
    let cmdline = std::fs::read("/proc/self/cmdline").ok()?;
    let name = cmdline.split(|byte| *byte == 0).next()?;
    let package = String::from_utf8(name.to_vec()).ok()?;
    let package = package.split(':').next()?.trim();
    if package.is_empty() {
        return None;
    }
    Some(PathBuf::from(format!("/data/data/{package}/files")))
}
