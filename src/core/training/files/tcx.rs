//! TCX files (Garmin Training Center): each Activity with its sport, Id, laps and trackpoints.

use super::error::FileError;
use super::sport::sport_from_name;
use super::xml::{number, parse_time, walk, Opened, Path, Visitor};
use crate::core::training::activity::{ParsedActivity, ParsedLap, Sample, Track};
use chrono::{DateTime, Utc};

/// The activities of a TCX file, in file order. An activity without laps is an error: TCX keeps
/// its duration and distance in the laps.
pub(super) fn read(file: &str, bytes: &[u8]) -> Result<Vec<ParsedActivity>, FileError> {
    let mut tcx = Tcx::default();
    walk(file, "TCX", bytes, &mut tcx)?;
    if tcx.activities.is_empty() {
        return Err(FileError::NoActivity { file: file.into() });
    }
    tcx.activities
        .into_iter()
        .map(|activity| activity.parsed(file))
        .collect()
}

#[derive(Default)]
struct Tcx {
    activities: Vec<Activity>,
}

#[derive(Default)]
struct Activity {
    sport: Option<String>,
    id: Option<String>,
    laps: Vec<Lap>,
    /// The trackpoint being read; each is added to `track` as it closes.
    point: Option<Point>,
    first_time: Option<DateTime<Utc>>,
    last_time: Option<DateTime<Utc>>,
    track: Track,
}

#[derive(Default)]
struct Lap {
    start: Option<String>,
    seconds: Option<f64>,
    distance_m: Option<f64>,
    avg_hr: Option<f64>,
    max_hr: Option<f64>,
}

#[derive(Default)]
struct Point {
    time: Option<DateTime<Utc>>,
    distance_m: Option<f64>,
    hr: Option<f64>,
}

impl Activity {
    fn parsed(self, file: &str) -> Result<ParsedActivity, FileError> {
        if self.laps.is_empty() {
            return Err(FileError::NoLaps { file: file.into() });
        }
        // The first lap's start is the activity's; Garmin also writes it as the Id.
        let (start, utc_offset_minutes) = self
            .laps
            .iter()
            .filter_map(|lap| lap.start.as_deref())
            .chain(self.id.as_deref())
            .find_map(parse_time)
            .or_else(|| Some((self.first_time?, None)))
            .ok_or_else(|| FileError::NoTimes { file: file.into() })?;

        let timed_laps: Vec<(f64, f64)> = self
            .laps
            .iter()
            .filter_map(|lap| Some((lap.seconds?, lap.avg_hr?)))
            .collect();
        let timed_total: f64 = timed_laps.iter().map(|(seconds, _)| seconds).sum();
        let max_hr = self
            .laps
            .iter()
            .filter_map(|lap| lap.max_hr)
            .chain(self.track.max_hr())
            .reduce(f64::max);
        let elapsed_s = self
            .last_time
            .map(|end| (end - start).num_milliseconds() as f64 / 1000.0)
            .filter(|seconds| *seconds > 0.0);
        let distances: Vec<f64> = self.laps.iter().filter_map(|l| l.distance_m).collect();

        Ok(ParsedActivity {
            source_id: self.id.map(|id| format!("tcx:{id}")),
            name: None,
            sport: sport_from_name(self.sport.as_deref().unwrap_or_default()),
            start,
            utc_offset_minutes,
            duration_s: self.laps.iter().filter_map(|lap| lap.seconds).sum(),
            elapsed_s,
            distance_m: (!distances.is_empty()).then(|| distances.iter().sum()),
            // Weighted by lap time, so a long easy lap counts for more than a short fast one.
            avg_hr: (timed_total > 0.0)
                .then(|| timed_laps.iter().map(|(s, hr)| s * hr).sum::<f64>() / timed_total),
            max_hr,
            laps: self
                .laps
                .iter()
                .map(|lap| ParsedLap {
                    duration_s: lap.seconds.unwrap_or(0.0),
                    distance_m: lap.distance_m,
                    avg_hr: lap.avg_hr,
                })
                .collect(),
            track: self.track,
            damage: None,
        })
    }
}

impl Activity {
    /// Adds a closed trackpoint to the totals: only a timed point says anything of the track.
    fn close_point(&mut self, point: Point) {
        let Some(at) = point.time else {
            return;
        };
        self.first_time.get_or_insert(at);
        self.last_time = Some(at);
        self.track.add(Sample {
            at_s: at.timestamp_millis() as f64 / 1000.0,
            distance_m: point.distance_m,
            hr: point.hr,
        });
    }
}

impl Visitor for Tcx {
    fn open(&mut self, path: &Path, element: Opened) {
        if path.ends_with(&["Activities", "Activity"]) {
            self.activities.push(Activity {
                sport: element.attr("Sport"),
                ..Activity::default()
            });
        } else if let Some(activity) = self.activities.last_mut() {
            if path.ends_with(&["Activity", "Lap"]) {
                activity.laps.push(Lap {
                    start: element.attr("StartTime"),
                    ..Lap::default()
                });
            } else if path.ends_with(&["Trackpoint"]) {
                activity.point = Some(Point::default());
            }
        }
    }

    fn close(&mut self, path: &Path, text: &str) {
        let Some(activity) = self.activities.last_mut() else {
            return;
        };
        if path.ends_with(&["Activity", "Id"]) {
            activity.id = Some(text.to_string()).filter(|id| !id.is_empty());
        } else if path.ends_with(&["Trackpoint"]) {
            if let Some(point) = activity.point.take() {
                activity.close_point(point);
            }
        } else if path.within("Trackpoint") {
            let Some(point) = activity.point.as_mut() else {
                return;
            };
            if path.ends_with(&["Trackpoint", "Time"]) {
                point.time = parse_time(text).map(|(time, _)| time);
            } else if path.ends_with(&["Trackpoint", "DistanceMeters"]) {
                point.distance_m = number(text);
            } else if path.ends_with(&["Trackpoint", "HeartRateBpm", "Value"]) {
                point.hr = number(text);
            }
        } else if let Some(lap) = activity.laps.last_mut() {
            let value = number(text);
            if path.ends_with(&["Lap", "TotalTimeSeconds"]) {
                lap.seconds = value;
            } else if path.ends_with(&["Lap", "DistanceMeters"]) {
                lap.distance_m = value;
            } else if path.ends_with(&["Lap", "AverageHeartRateBpm", "Value"]) {
                lap.avg_hr = value;
            } else if path.ends_with(&["Lap", "MaximumHeartRateBpm", "Value"]) {
                lap.max_hr = value;
            }
        }
    }
}
