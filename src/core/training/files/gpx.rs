//! GPX files: the track's name, type and points; distance from the positions, heart rate from
//! Garmin's TrackPointExtension. GPX has no laps, and the positions are dropped once measured.

use super::error::FileError;
use super::sport::sport_from_name;
use super::xml::{number, parse_time, walk, Opened, Path, Visitor};
use crate::core::training::activity::{ParsedActivity, Sample, Sport};
use chrono::{DateTime, Utc};

/// The mean radius of the Earth (IUGG), in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// The one activity of a GPX file: all its tracks' points, in file order.
pub(super) fn read(file: &str, bytes: &[u8]) -> Result<ParsedActivity, FileError> {
    let mut gpx = Gpx::default();
    walk(file, "GPX", bytes, &mut gpx)?;
    if gpx.points.is_empty() {
        return Err(FileError::NoActivity { file: file.into() });
    }
    let mut timed = gpx.points.iter().filter_map(|p| p.time);
    let (start, utc_offset_minutes) = timed
        .next()
        .ok_or_else(|| FileError::NoTimes { file: file.into() })?;
    let end = timed.next_back().map_or(start, |(end, _)| end);
    let seconds_from_start = |at: DateTime<Utc>| (at - start).num_milliseconds() as f64 / 1000.0;

    let mut covered = None;
    let mut previous: Option<(f64, f64)> = None;
    let mut samples = Vec::new();
    for point in &gpx.points {
        if point.new_segment {
            // A new segment follows a pause: the way between is not known, so it is not counted.
            previous = None;
        }
        if let Some(here) = point.position() {
            let step = previous.map_or(0.0, |there| haversine_m(there, here));
            covered = Some(covered.unwrap_or(0.0) + step);
            previous = Some(here);
        }
        if let Some((at, _)) = point.time {
            samples.push(Sample {
                at_s: seconds_from_start(at),
                distance_m: covered.filter(|_| point.position().is_some()),
                hr: point.hr,
            });
        }
    }
    let rates: Vec<f64> = samples.iter().filter_map(|s| s.hr).collect();
    Ok(ParsedActivity {
        source_id: None,
        name: gpx.name,
        sport: match gpx.kind.as_deref() {
            Some(kind) => sport_from_name(kind),
            None => sport_from_pace(covered, seconds_from_start(end)),
        },
        start,
        utc_offset_minutes,
        duration_s: seconds_from_start(end),
        distance_m: covered,
        avg_hr: (!rates.is_empty()).then(|| rates.iter().sum::<f64>() / rates.len() as f64),
        max_hr: rates.iter().copied().reduce(f64::max),
        laps: Vec::new(),
        samples,
    })
}

/// A track that does not say its sport (many phone apps leave `<type>` out) is told by its
/// average pace: 2:30 to 10:00 per km is running, slower walking, faster riding.
fn sport_from_pace(metres: Option<f64>, seconds: f64) -> Sport {
    match metres
        .filter(|m| *m >= 100.0)
        .map(|m| seconds / (m / 1000.0))
    {
        Some(pace) if pace < 150.0 => Sport::Ride,
        Some(pace) if pace <= 600.0 => Sport::Run,
        Some(_) => Sport::Walk,
        None => Sport::Other,
    }
}

/// The great-circle distance between two (latitude, longitude) points in degrees.
fn haversine_m((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let half_dphi = (phi2 - phi1) / 2.0;
    let half_dlambda = (lon2 - lon1).to_radians() / 2.0;
    let a = half_dphi.sin().powi(2) + phi1.cos() * phi2.cos() * half_dlambda.sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

#[derive(Default)]
struct Gpx {
    name: Option<String>,
    kind: Option<String>,
    points: Vec<Point>,
    segment_opened: bool,
}

#[derive(Default)]
struct Point {
    lat: Option<f64>,
    lon: Option<f64>,
    time: Option<(DateTime<Utc>, Option<i32>)>,
    hr: Option<f64>,
    /// The first point of a track segment after the first.
    new_segment: bool,
}

impl Point {
    fn position(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

impl Visitor for Gpx {
    fn open(&mut self, path: &Path, element: Opened) {
        if path.ends_with(&["trkseg"]) {
            self.segment_opened = true;
        } else if path.ends_with(&["trkseg", "trkpt"]) {
            let coordinate = |name| element.attr(name).as_deref().and_then(number);
            self.points.push(Point {
                lat: coordinate("lat").filter(|lat| lat.abs() <= 90.0),
                lon: coordinate("lon").filter(|lon| lon.abs() <= 180.0),
                new_segment: std::mem::take(&mut self.segment_opened) && !self.points.is_empty(),
                ..Point::default()
            });
        }
    }

    fn close(&mut self, path: &Path, text: &str) {
        let first = |field: &mut Option<String>| {
            if field.is_none() && !text.is_empty() {
                *field = Some(text.to_string());
            }
        };
        if path.ends_with(&["trk", "name"]) {
            first(&mut self.name);
        } else if path.ends_with(&["trk", "type"]) {
            first(&mut self.kind);
        } else if let Some(point) = self.points.last_mut().filter(|_| path.within("trkpt")) {
            if path.ends_with(&["trkpt", "time"]) {
                point.time = parse_time(text);
            } else if path.ends_with(&["hr"]) && path.within("extensions") {
                point.hr = number(text).filter(|hr| *hr > 0.0);
            }
        }
    }
}
