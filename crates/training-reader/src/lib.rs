//! The training-file reader as a web module of its own (see Cargo.toml for why), run in a Web
//! Worker (`assets/web/training_worker.js`): files go in one by one, then come out a few
//! activities at a time as JSON [`StepReport`]s, so the page can show the progress, and Cancel
//! ends the worker.

#![forbid(unsafe_code)]

use chrono::{DateTime, FixedOffset};
use fresh_legs::core::training::files::{ImportJob, PickedFile, StepReport};
use wasm_bindgen::prelude::*;

/// One import: the files added so far, then the job reading them.
#[wasm_bindgen]
pub struct Reader {
    now: DateTime<FixedOffset>,
    files: Vec<PickedFile>,
    job: Option<ImportJob>,
}

#[wasm_bindgen]
impl Reader {
    /// A reader judging "from the future" against `now_ms` (milliseconds since 1970, UTC), on
    /// the runner's clock `offset_minutes` east of UTC.
    #[wasm_bindgen(constructor)]
    pub fn new(now_ms: f64, offset_minutes: i32) -> Reader {
        let offset = FixedOffset::east_opt(offset_minutes * 60)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC is an offset"));
        Reader {
            now: DateTime::from_timestamp_millis(now_ms as i64)
                .unwrap_or_default()
                .with_timezone(&offset),
            files: Vec::new(),
            job: None,
        }
    }

    /// Adds a picked file; files added once reading has begun are not read.
    pub fn add(&mut self, name: String, bytes: Vec<u8>) {
        self.files.push(PickedFile { name, bytes });
    }

    /// Reads up to `count` activities and returns the [`StepReport`] as JSON.
    pub fn read(&mut self, count: u32) -> String {
        let (now, files) = (self.now, &mut self.files);
        let job = self
            .job
            .get_or_insert_with(|| ImportJob::new(std::mem::take(files), now));
        let report: StepReport = job.read_some(count as usize, now.to_utc());
        serde_json::to_string(&report).unwrap_or_default()
    }
}
