//! The device features the app asks for (sound, vibration, speech, wake lock, saving a file,
//! where a screen opens), each behind one small function so screens never write JavaScript or
//! touch the file system.

#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod catalogues;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod console_log;
pub mod cues;
#[cfg(feature = "desktop")]
pub mod desktop;
pub mod device;
#[cfg(all(target_os = "linux", not(target_arch = "wasm32")))]
pub mod dialog;
pub mod download;
#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
pub mod folder;
pub mod frames;
pub mod locale;
pub mod media_session;
pub mod other_copies;
pub mod screen;
pub mod training_reader;
#[cfg(target_arch = "wasm32")]
pub mod zone_check;
