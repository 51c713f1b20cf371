//! Reading training files a few activities at a time. Desktop and mobile run the core's job in
//! the app itself. The web build reads in a Web Worker running the readers' own module
//! (`crates/training-reader`, driven by `assets/web/training_reader.js`), fetched the first time
//! the runner imports: the parsers are not part of every start-up's download, and a file that
//! takes seconds to read never holds up the page.

use crate::core::training::files::{PickedFile, StepReport};
use chrono::{DateTime, FixedOffset};

/// One import in progress; dropping it cancels the import and frees what it holds (on the web,
/// it ends the worker, even part way through a file).
pub struct TrainingReader {
    #[cfg(not(target_arch = "wasm32"))]
    job: crate::core::training::files::ImportJob,
    #[cfg(target_arch = "wasm32")]
    reader: wasm_bindgen::JsValue,
    /// What "from the future" is judged against (the web reader keeps its own copy).
    #[cfg(not(target_arch = "wasm32"))]
    now: chrono::DateTime<chrono::Utc>,
}

impl TrainingReader {
    /// A reader over `files`, judging "from the future" against `now`, whose offset (the
    /// runner's) places a file dated only in local time. On the web this starts the worker and
    /// loads the reader module, which can fail (a build half-replaced by an update): the message
    /// says so.
    pub async fn open(files: Vec<PickedFile>, now: DateTime<FixedOffset>) -> Result<Self, String> {
        #[cfg(not(target_arch = "wasm32"))]
        return Ok(TrainingReader {
            job: crate::core::training::files::ImportJob::new(files, now),
            now: now.to_utc(),
        });
        #[cfg(target_arch = "wasm32")]
        {
            use crate::core::words::{message_with, Arg};
            let said = |error: wasm_bindgen::JsValue| {
                Arg::from(error.as_string().unwrap_or_else(|| format!("{error:?}")))
            };
            let unloadable =
                |error| message_with("training-reader-not-loaded", &[("error", said(error))]);
            let offset_minutes = now.offset().local_minus_utc() / 60;
            let reader = web::open_reader(now.timestamp_millis() as f64, offset_minutes)
                .await
                .map_err(unloadable)?;
            // Made before the files go in, so a failure part way still ends the worker (Drop).
            let reader = TrainingReader { reader };
            for file in files {
                // Copied for the worker; this copy goes as the loop moves on.
                web::add_file(&reader.reader, &file.name, &file.bytes).map_err(|error| {
                    message_with(
                        "training-reader-not-handed",
                        &[
                            ("file", Arg::from(file.name.as_str())),
                            ("error", said(error)),
                        ],
                    )
                })?;
            }
            Ok(reader)
        }
    }

    /// Reads up to `count` activities; an error (the web reader failed) ends the import.
    pub async fn read_some(&mut self, count: usize) -> Result<StepReport, String> {
        #[cfg(not(target_arch = "wasm32"))]
        return Ok(self.job.read_some(count, self.now));
        #[cfg(target_arch = "wasm32")]
        {
            web::read_some(&self.reader, count as u32)
                .await
                .map_err(|error| error.as_string().unwrap_or_else(|| format!("{error:?}")))
                .and_then(|json| {
                    let json = json.as_string().unwrap_or_default();
                    // Through `Value` from bytes, as the document is read: one parser in the build.
                    let value: serde_json::Value =
                        serde_json::from_slice(json.as_bytes()).map_err(|e| e.to_string())?;
                    serde_json::from_value(value).map_err(|e| e.to_string())
                })
                .map_err(|detail| {
                    crate::core::words::message_with(
                        "training-reader-stopped",
                        &[("error", crate::core::words::Arg::from(detail))],
                    )
                })
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for TrainingReader {
    fn drop(&mut self) {
        web::close_reader(&self.reader);
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/assets/web/training_reader.js")]
    extern "C" {
        #[wasm_bindgen(js_name = openReader, catch)]
        pub async fn open_reader(now_ms: f64, offset_minutes: i32) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_name = addFile, catch)]
        pub fn add_file(reader: &JsValue, name: &str, bytes: &[u8]) -> Result<(), JsValue>;
        #[wasm_bindgen(js_name = readSome, catch)]
        pub async fn read_some(reader: &JsValue, count: u32) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_name = closeReader)]
        pub fn close_reader(reader: &JsValue);
    }
}
