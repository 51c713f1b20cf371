//! GPX files: the track's name, type and points; distance from the positions, heart rate from
//! Garmin's TrackPointExtension. GPX has no laps. Each point is added to the running totals as it
//! closes and then forgotten, so only the point being read is ever held.

use super::error::FileError;
use super::sport::sport_from_name;
use super::xml::{number, parse_time, walk, Opened, Path, Visitor};
use crate::core::training::activity::{ParsedActivity, Sample, Sport, Track};
use chrono::{DateTime, Utc};

/// The mean radius of the Earth (IUGG), in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// The share of points, in tenths, that must have a time: a track timed at a few points only
/// (a route drawn on a map, a few photos' times) says nothing of how long the activity was.
const TIMED_TENTHS: usize = 9;

/// The one activity of a GPX file: all its tracks' points, in file order.
pub(super) fn read(file: &str, bytes: &[u8]) -> Result<ParsedActivity, FileError> {
    let mut gpx = Gpx::default();
    walk(file, "GPX", bytes, &mut gpx)?;
    if gpx.points == 0 {
        return Err(FileError::NoActivity { file: file.into() });
    }
    let Some(((start, utc_offset_minutes), end)) = gpx.first_time.zip(gpx.last_time) else {
        return Err(FileError::NoTimes { file: file.into() });
    };
    if gpx.timed * 10 < gpx.points * TIMED_TENTHS {
        return Err(FileError::PartlyTimed {
            file: file.into(),
            timed: gpx.timed,
            points: gpx.points,
        });
    }
    let seconds = (end - start).num_milliseconds() as f64 / 1000.0;
    Ok(ParsedActivity {
        source_id: None,
        name: gpx.name,
        sport: match gpx.kind.as_deref() {
            Some(kind) => sport_from_name(kind),
            None => sport_from_pace(gpx.covered, seconds),
        },
        start,
        utc_offset_minutes,
        duration_s: seconds,
        elapsed_s: None,
        distance_m: gpx.covered,
        avg_hr: None,
        max_hr: None,
        laps: Vec::new(),
        track: gpx.track,
        damage: None,
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

/// The totals so far, and the point being read.
#[derive(Default)]
struct Gpx {
    name: Option<String>,
    kind: Option<String>,
    point: Option<Point>,
    points: usize,
    timed: usize,
    first_time: Option<(DateTime<Utc>, Option<i32>)>,
    last_time: Option<DateTime<Utc>>,
    /// Metres from the first position, where there is one.
    covered: Option<f64>,
    /// The last position, forgotten at a new segment: the way between segments is not known.
    previous: Option<(f64, f64)>,
    track: Track,
}

#[derive(Default)]
struct Point {
    position: Option<(f64, f64)>,
    time: Option<(DateTime<Utc>, Option<i32>)>,
    hr: Option<f64>,
}

impl Gpx {
    /// Adds the point just closed to the totals.
    fn close_point(&mut self, point: Point) {
        self.points += 1;
        if let Some(here) = point.position {
            let step = self.previous.map_or(0.0, |there| haversine_m(there, here));
            self.covered = Some(self.covered.unwrap_or(0.0) + step);
            self.previous = Some(here);
        }
        let Some((at, offset)) = point.time else {
            return;
        };
        self.timed += 1;
        self.first_time.get_or_insert((at, offset));
        self.last_time = Some(at);
        self.track.add(Sample {
            at_s: at.timestamp_millis() as f64 / 1000.0,
            distance_m: self.covered.filter(|_| point.position.is_some()),
            hr: point.hr,
        });
    }
}

impl Visitor for Gpx {
    fn open(&mut self, path: &Path, element: Opened) {
        if path.ends_with(&["trkseg"]) {
            self.previous = None;
        } else if path.ends_with(&["trkseg", "trkpt"]) {
            let coordinate = |name| element.attr(name).as_deref().and_then(number);
            let lat = coordinate("lat").filter(|lat| lat.abs() <= 90.0);
            let lon = coordinate("lon").filter(|lon| lon.abs() <= 180.0);
            self.point = Some(Point {
                position: lat.zip(lon),
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
        if path.ends_with(&["trkseg", "trkpt"]) {
            if let Some(point) = self.point.take() {
                self.close_point(point);
            }
        } else if path.ends_with(&["trk", "name"]) {
            first(&mut self.name);
        } else if path.ends_with(&["trk", "type"]) {
            first(&mut self.kind);
        } else if let Some(point) = self.point.as_mut().filter(|_| path.within("trkpt")) {
            if path.ends_with(&["trkpt", "time"]) {
                point.time = parse_time(text);
            } else if path.ends_with(&["hr"]) && path.within("extensions") {
                point.hr = number(text).filter(|hr| *hr > 0.0);
            }
        }
    }
}
