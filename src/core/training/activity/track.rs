//! What the summary needs of an activity's track, gathered point by point as a file is read:
//! heart-rate totals, the distance covered and the pace profile. The points themselves are never
//! kept, so a file of millions of points costs the same few hundred bytes as one of a hundred.

use crate::core::training::activity::summary::{PACE_BANDS, PACE_BAND_FASTEST, PACE_BAND_WIDTH};

/// Moving slower than this (12:00/km) is standing, not running: it adds no time to the profile.
const STANDING_PACE_S_PER_KM: f64 = 720.0;

/// One point along the activity, as a reader hands it over; positions are never kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Seconds since the activity's start (or on any clock of the file's own: only differences
    /// between points count).
    pub at_s: f64,
    /// Distance covered since the start, in metres, where known.
    pub distance_m: Option<f64>,
    /// Heart rate in beats per minute, where known.
    pub hr: Option<f64>,
}

/// The running totals of a track's points, in the order they were recorded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Track {
    points: u32,
    /// The first and last point with a distance: where a track joined after this one counts
    /// the stretch between them.
    first: Option<(f64, f64)>,
    last: Option<(f64, f64)>,
    /// The first and last time of any point.
    span: Option<(f64, f64)>,
    hr_sum: f64,
    hr_count: u32,
    hr_max: Option<f64>,
    /// Seconds moving in each pace band; empty until a stretch is moved. Single precision is
    /// ample for seconds and halves what thousands of laps and legs hold while a file is read.
    bands: Vec<f32>,
}

impl Track {
    /// Adds the next point.
    pub fn add(&mut self, sample: Sample) {
        self.points = self.points.saturating_add(1);
        self.span = Some(match self.span {
            Some((first, _)) => (first, sample.at_s),
            None => (sample.at_s, sample.at_s),
        });
        if let Some(hr) = sample.hr {
            self.hr_sum += hr;
            self.hr_count += 1;
            self.hr_max = Some(self.hr_max.map_or(hr, |max| max.max(hr)));
        }
        if let Some(distance) = sample.distance_m {
            let here = (sample.at_s, distance);
            if let Some(there) = self.last {
                self.moved(there, here);
            }
            self.first.get_or_insert(here);
            self.last = Some(here);
        }
    }

    /// Adds the points of `later`, recorded after this track's: the stretch between this
    /// track's last point and `later`'s first counts as moving too.
    pub fn append(&mut self, later: Track) {
        if later.points == 0 {
            return;
        }
        if let (Some(there), Some(here)) = (self.last, later.first) {
            self.moved(there, here);
        }
        self.points = self.points.saturating_add(later.points);
        self.span = match (self.span, later.span) {
            (Some((first, _)), Some((_, last))) => Some((first, last)),
            (span, None) | (None, span) => span,
        };
        self.hr_sum += later.hr_sum;
        self.hr_count += later.hr_count;
        self.hr_max = match (self.hr_max, later.hr_max) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.first = self.first.or(later.first);
        self.last = later.last.or(self.last);
        if !later.bands.is_empty() {
            self.bands.resize(PACE_BANDS, 0.0);
            for (band, seconds) in self.bands.iter_mut().zip(later.bands) {
                *band += seconds;
            }
        }
    }

    /// Counts the stretch from `there` to `here` (time, distance) in its pace band.
    fn moved(&mut self, (at0, d0): (f64, f64), (at1, d1): (f64, f64)) {
        let (seconds, metres) = (at1 - at0, d1 - d0);
        if !(seconds > 0.0 && metres > 0.0) {
            return;
        }
        let pace = seconds / (metres / 1000.0);
        if pace > STANDING_PACE_S_PER_KM {
            return;
        }
        let band = ((pace - f64::from(PACE_BAND_FASTEST)) / f64::from(PACE_BAND_WIDTH)).floor();
        self.bands.resize(PACE_BANDS, 0.0);
        self.bands[band.clamp(0.0, (PACE_BANDS - 1) as f64) as usize] += seconds as f32;
    }

    /// How many points it holds.
    pub fn points(&self) -> u32 {
        self.points
    }

    /// The times of its first and last points, on the clock they were given in.
    pub fn span(&self) -> Option<(f64, f64)> {
        self.span
    }

    /// The last distance recorded, in metres.
    pub fn distance_m(&self) -> Option<f64> {
        self.last.map(|(_, distance)| distance)
    }

    /// The mean of the heart rates recorded.
    pub fn avg_hr(&self) -> Option<f64> {
        (self.hr_count > 0).then(|| self.hr_sum / f64::from(self.hr_count))
    }

    /// The highest heart rate recorded.
    pub fn max_hr(&self) -> Option<f64> {
        self.hr_max
    }

    /// Seconds moving in each pace band (see [`PACE_BANDS`]), empty when nothing was moved.
    pub fn pace_bands(&self) -> &[f32] {
        &self.bands
    }
}

impl FromIterator<Sample> for Track {
    fn from_iter<I: IntoIterator<Item = Sample>>(samples: I) -> Self {
        let mut track = Track::default();
        samples.into_iter().for_each(|sample| track.add(sample));
        track
    }
}
