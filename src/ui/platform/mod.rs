//! The device features the app asks for (sound, vibration, speech, wake lock, saving a file),
//! each behind one small function so screens never write JavaScript or touch the file system.

pub mod cues;
pub mod download;
