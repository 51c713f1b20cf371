//! The structure of one FIT file as its messages stream past: its laps and sessions in the order
//! written, each holding the running totals of the records that came just before it. Records are
//! read once, into the lap or session message that follows them; nothing is kept of a record.

use super::decode::{Sink, TIMESTAMP};
use crate::core::training::activity::{Damage, Sample, Track};

// Global message numbers of the FIT profile, only those read here.
pub(super) const FILE_ID: u16 = 0;
pub(super) const SPORT: u16 = 12;
pub(super) const SESSION: u16 = 18;
pub(super) const LAP: u16 = 19;
pub(super) const RECORD: u16 = 20;
pub(super) const ACTIVITY: u16 = 34;
/// Every message type read.
pub(super) const WANTED: [u16; 6] = [FILE_ID, SPORT, SESSION, LAP, RECORD, ACTIVITY];

/// Laps and sessions one file may hold: a 24-hour race with a lap every minute has 1,440, so
/// more is not a watch's activity, and each costs a little memory until the file is read.
pub(super) const MAX_PARTS: usize = 100_000;

/// Field numbers of the FIT profile, by message.
mod field {
    pub const FILE_TYPE: u8 = 0;
    pub const SERIAL_NUMBER: u8 = 3;
    pub const TIME_CREATED: u8 = 4;
    pub const SPORT_SPORT: u8 = 0;
    pub const START_TIME: u8 = 2;
    pub const SESSION_SPORT: u8 = 5;
    pub const LAP_SPORT: u8 = 25;
    pub const TOTAL_ELAPSED_TIME: u8 = 7;
    pub const TOTAL_TIMER_TIME: u8 = 8;
    pub const TOTAL_DISTANCE: u8 = 9;
    pub const SESSION_AVG_HR: u8 = 16;
    pub const SESSION_MAX_HR: u8 = 17;
    pub const FIRST_LAP_INDEX: u8 = 25;
    pub const NUM_LAPS: u8 = 26;
    pub const LAP_AVG_HR: u8 = 15;
    pub const RECORD_HR: u8 = 3;
    pub const RECORD_DISTANCE: u8 = 5;
    pub const RECORD_COMPRESSED_SPEED_DISTANCE: u8 = 8;
    pub const LOCAL_TIMESTAMP: u8 = 5;
}

/// The totals a lap or session message gives, raw as the file holds them.
#[derive(Debug, Clone, Default)]
pub(super) struct Totals {
    pub start: Option<u64>,
    /// Its `timestamp`: when it ended.
    pub end: Option<u64>,
    pub timer_ms: Option<u64>,
    pub elapsed_ms: Option<u64>,
    pub distance_cm: Option<u64>,
    pub sport: Option<u64>,
    pub avg_hr: Option<u64>,
    pub max_hr: Option<u64>,
}

/// A lap, with the records written between the message before it and itself.
#[derive(Debug, Default)]
pub(super) struct Lap {
    pub totals: Totals,
    pub track: Track,
}

/// A session, with where its laps are and the records written just before it that no lap took.
#[derive(Debug, Default)]
pub(super) struct Session {
    pub totals: Totals,
    pub first_lap_index: Option<u64>,
    pub num_laps: Option<u64>,
    /// How many laps came before it in the file.
    pub laps_before: usize,
    pub track: Track,
}

/// One FIT file (of a chain) as read.
#[derive(Debug, Default)]
pub(super) struct FitFile {
    /// `file_id`'s type (4 is an activity) and (serial number, time created).
    pub kind: Option<u64>,
    pub id: Option<(u64, u64)>,
    /// The activity message's (timestamp, local_timestamp).
    pub activity: Option<(u64, u64)>,
    /// The sport of the last `sport` message, for a file without sessions.
    pub sport: Option<u64>,
    pub laps: Vec<Lap>,
    pub sessions: Vec<Session>,
    /// Records after the last lap or session message.
    pub tail: Track,
    pub damage: Option<Damage>,
    /// Set when the file holds more laps and sessions than [`MAX_PARTS`].
    pub too_many_parts: bool,
    /// The distance decoded so far from records' compressed speed and distance.
    compressed_distance: Option<CompressedDistance>,
}

/// The distance of older watches' records, written as its low 12 bits in sixteenths of a metre.
#[derive(Debug, Clone, Copy)]
struct CompressedDistance {
    last_raw: u64,
    metres: f64,
}

/// Gathers each file of a chain, handing each to `done` when it ends.
pub(super) struct Gatherer<F: FnMut(FitFile)> {
    current: FitFile,
    done: F,
}

impl<F: FnMut(FitFile)> Gatherer<F> {
    pub fn new(done: F) -> Self {
        Gatherer {
            current: FitFile::default(),
            done,
        }
    }
}

fn get(fields: &[(u8, u64)], num: u8) -> Option<u64> {
    fields.iter().find(|(n, _)| *n == num).map(|(_, v)| *v)
}

fn totals(fields: &[(u8, u64)], sport: u8) -> Totals {
    Totals {
        start: get(fields, field::START_TIME),
        end: get(fields, TIMESTAMP),
        timer_ms: get(fields, field::TOTAL_TIMER_TIME),
        elapsed_ms: get(fields, field::TOTAL_ELAPSED_TIME),
        distance_cm: get(fields, field::TOTAL_DISTANCE),
        sport: get(fields, sport),
        avg_hr: None,
        max_hr: None,
    }
}

impl FitFile {
    fn parts(&self) -> usize {
        self.laps.len() + self.sessions.len()
    }

    fn record(&mut self, fields: &[(u8, u64)]) {
        let Some(at) = get(fields, TIMESTAMP) else {
            return;
        };
        let distance_m = get(fields, field::RECORD_DISTANCE)
            .map(|cm| cm as f64 / 100.0)
            .or_else(|| {
                get(fields, field::RECORD_COMPRESSED_SPEED_DISTANCE)
                    .map(|packed| self.compressed_distance(packed))
            });
        self.tail.add(Sample {
            at_s: at as f64,
            distance_m,
            hr: get(fields, field::RECORD_HR).map(|hr| hr as f64),
        });
    }

    /// The distance so far from a record's packed speed (12 bits) and distance (12 bits, in
    /// sixteenths of a metre, counting round past 4,096).
    fn compressed_distance(&mut self, packed: u64) -> f64 {
        let raw = (packed >> 12) & 0x0FFF;
        let next = match self.compressed_distance {
            None => CompressedDistance {
                last_raw: raw,
                metres: raw as f64 / 16.0,
            },
            Some(CompressedDistance { last_raw, metres }) => CompressedDistance {
                last_raw: raw,
                metres: metres + ((raw + 0x1000 - last_raw) & 0x0FFF) as f64 / 16.0,
            },
        };
        self.compressed_distance = Some(next);
        next.metres
    }
}

impl<F: FnMut(FitFile)> Sink for Gatherer<F> {
    fn file_start(&mut self) {
        self.current = FitFile::default();
    }

    fn message(&mut self, global: u16, fields: &[(u8, u64)]) {
        let file = &mut self.current;
        match global {
            RECORD => file.record(fields),
            LAP | SESSION if file.parts() >= MAX_PARTS => file.too_many_parts = true,
            LAP => {
                let mut totals = totals(fields, field::LAP_SPORT);
                totals.avg_hr = get(fields, field::LAP_AVG_HR);
                file.laps.push(Lap {
                    totals,
                    track: std::mem::take(&mut file.tail),
                });
            }
            SESSION => {
                let mut totals = totals(fields, field::SESSION_SPORT);
                totals.avg_hr = get(fields, field::SESSION_AVG_HR);
                totals.max_hr = get(fields, field::SESSION_MAX_HR);
                file.sessions.push(Session {
                    totals,
                    first_lap_index: get(fields, field::FIRST_LAP_INDEX),
                    num_laps: get(fields, field::NUM_LAPS),
                    laps_before: file.laps.len(),
                    track: std::mem::take(&mut file.tail),
                });
            }
            FILE_ID if file.kind.is_none() => {
                file.kind = get(fields, field::FILE_TYPE);
                file.id = get(fields, field::SERIAL_NUMBER).zip(get(fields, field::TIME_CREATED));
            }
            ACTIVITY => {
                file.activity = get(fields, TIMESTAMP).zip(get(fields, field::LOCAL_TIMESTAMP));
            }
            SPORT => file.sport = get(fields, field::SPORT_SPORT).or(file.sport),
            _ => {}
        }
    }

    fn file_end(&mut self, damage: Option<Damage>) {
        let mut file = std::mem::take(&mut self.current);
        file.damage = damage;
        (self.done)(file);
    }
}
