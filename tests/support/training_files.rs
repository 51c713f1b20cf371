//! Test-side writers of runners' training files: FIT, GPX, TCX, gzip and Strava export zips,
//! written from the formats' own specifications so that the tests never check the readers
//! against themselves. Describe a workout as laps of a duration, a distance and a heart rate;
//! every writer turns the same [`Workout`] into its format, with a sample every 5 seconds.
// Every test crate includes the support module, and most use none of these re-exports.
#![allow(unused_imports)]

mod fit;
mod hostile;
mod layout;
mod strava;
mod xml;

pub use fit::{fit_bytes, fit_bytes_with, fit_crc, FitStyle};
pub use hostile::{many_sessions_fit, tiny_records_fit};
pub use layout::{fit_layout, FitMessage};
pub use strava::{strava_csv, strava_zip, zip_bytes, StravaFile, STRAVA_MIX};
pub use xml::{gpx_bytes, tcx_bytes};

use chrono::{DateTime, Duration, Utc};
use fresh_legs::core::training::activity::Sport;
use std::io::Write;

/// Seconds between two samples, as many watches record in their "smart" mode.
pub const SAMPLE_EVERY_S: u32 = 5;

/// One lap of a workout, run at an even pace and heart rate.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutLap {
    pub duration_s: u32,
    pub distance_m: f64,
    /// Heart rate through the whole lap; `None` for a watch without a sensor.
    pub hr: Option<u8>,
}

/// A workout as the writers encode it.
#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    /// Strava's activity id, in an export's activities.csv.
    pub id: u64,
    /// The watch's serial number, in a FIT file's file_id.
    pub serial: u32,
    /// The name the runner gave it (GPX `<trk><name>` and Strava's "Activity Name").
    pub name: String,
    pub sport: Sport,
    pub start: DateTime<Utc>,
    /// Local time minus UTC at the start, in minutes (FIT's local_timestamp, GPX's times).
    pub utc_offset_minutes: i32,
    /// In order; at least one for every format but a Strava manual entry.
    pub laps: Vec<WorkoutLap>,
}

/// One sample along a workout, as the writers record it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkoutSample {
    /// Seconds since the start.
    pub at_s: u32,
    pub distance_m: f64,
    pub hr: Option<u8>,
}

impl Workout {
    /// A run of `laps` (duration in seconds, distance in metres, heart rate), with fixed ids.
    pub fn run(start: DateTime<Utc>, utc_offset_minutes: i32, laps: &[(u32, f64, u8)]) -> Self {
        Workout {
            id: 12_345_678_901,
            serial: 3_917_004_242,
            name: "Morning Run".into(),
            sport: Sport::Run,
            start,
            utc_offset_minutes,
            laps: laps
                .iter()
                .map(|&(duration_s, distance_m, hr)| WorkoutLap {
                    duration_s,
                    distance_m,
                    hr: Some(hr),
                })
                .collect(),
        }
    }

    pub fn duration_s(&self) -> u32 {
        self.laps.iter().map(|lap| lap.duration_s).sum()
    }

    pub fn distance_m(&self) -> f64 {
        self.laps.iter().map(|lap| lap.distance_m).sum()
    }

    pub fn end(&self) -> DateTime<Utc> {
        self.start + Duration::seconds(i64::from(self.duration_s()))
    }

    /// Seconds from the start at which each lap begins.
    pub fn lap_starts(&self) -> Vec<u32> {
        self.laps
            .iter()
            .scan(0, |at, lap| {
                let start = *at;
                *at += lap.duration_s;
                Some(start)
            })
            .collect()
    }

    /// The lap-time-weighted mean heart rate, over the laps that have one.
    pub fn avg_hr(&self) -> Option<f64> {
        let timed: Vec<(f64, f64)> = self
            .laps
            .iter()
            .filter_map(|lap| Some((f64::from(lap.duration_s), f64::from(lap.hr?))))
            .collect();
        let total: f64 = timed.iter().map(|(s, _)| s).sum();
        (total > 0.0).then(|| timed.iter().map(|(s, hr)| s * hr).sum::<f64>() / total)
    }

    pub fn max_hr(&self) -> Option<u8> {
        self.laps.iter().filter_map(|lap| lap.hr).max()
    }

    /// Samples every [`SAMPLE_EVERY_S`] seconds from the start to the end (the end always
    /// included), each lap's distance growing linearly through it; a sample on a lap boundary
    /// belongs to the lap that begins there.
    pub fn samples(&self) -> Vec<WorkoutSample> {
        let total = self.duration_s();
        if self.laps.is_empty() {
            return Vec::new();
        }
        let mut times: Vec<u32> = (0..total).step_by(SAMPLE_EVERY_S as usize).collect();
        times.push(total);
        times.into_iter().map(|at_s| self.sample_at(at_s)).collect()
    }

    /// The samples that fall within lap `index`, in the same sense as [`Workout::samples`].
    pub fn lap_samples(&self, index: usize) -> Vec<WorkoutSample> {
        let starts = self.lap_starts();
        let begin = starts[index];
        let last = index + 1 == self.laps.len();
        let end = begin + self.laps[index].duration_s;
        self.samples()
            .into_iter()
            .filter(|s| s.at_s >= begin && (s.at_s < end || (last && s.at_s == end)))
            .collect()
    }

    fn sample_at(&self, at_s: u32) -> WorkoutSample {
        let mut covered = 0.0;
        let mut lap_start = 0;
        for (index, lap) in self.laps.iter().enumerate() {
            let last = index + 1 == self.laps.len();
            if at_s < lap_start + lap.duration_s || last {
                let into = f64::from(at_s - lap_start) / f64::from(lap.duration_s.max(1));
                return WorkoutSample {
                    at_s,
                    distance_m: covered + lap.distance_m * into.min(1.0),
                    hr: lap.hr,
                };
            }
            covered += lap.distance_m;
            lap_start += lap.duration_s;
        }
        unreachable!("samples() returns early for a workout without laps")
    }
}

/// `bytes` gzipped, as a `.fit.gz` from Strava is.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// The standard CRC-32 (zip, gzip), one bit at a time.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &byte| {
        (0..8).fold(crc ^ u32::from(byte), |crc, _| {
            if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            }
        })
    })
}
