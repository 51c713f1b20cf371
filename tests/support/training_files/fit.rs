//! A minimal FIT encoder, after the FIT SDK's protocol description: a 14-byte header with its
//! CRC, definition and data messages for file_id, event, record, lap, session and activity, and
//! the file's CRC at the end.

use super::Workout;
use chrono::{DateTime, Utc};
use fresh_legs::core::training::activity::Sport;

/// FIT counts seconds from 1989-12-31 00:00 UTC.
pub const FIT_EPOCH_UNIX: i64 = 631_065_600;

// Base types: (number as written in a definition, size in bytes).
const ENUM: (u8, u8) = (0x00, 1);
const UINT8: (u8, u8) = (0x02, 1);
const UINT16: (u8, u8) = (0x84, 2);
const UINT32: (u8, u8) = (0x86, 4);
const UINT32Z: (u8, u8) = (0x8C, 4);

/// Ways of writing the same activity that a reader must all understand.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FitStyle {
    /// Write the record messages big-endian (architecture 1); the rest stay little-endian.
    pub big_endian_records: bool,
    /// Write records with compressed-timestamp headers (the time's low 5 bits in the header).
    pub compressed_timestamps: bool,
    /// Give every record a developer field (as a Connect IQ data field would), to be skipped.
    pub developer_field: bool,
}

/// `workout` as a FIT activity file, written the plainest way.
pub fn fit_bytes(workout: &Workout) -> Vec<u8> {
    fit_bytes_with(workout, FitStyle::default())
}

/// `workout` as a FIT activity file, written in `style`.
pub fn fit_bytes_with(workout: &Workout, style: FitStyle) -> Vec<u8> {
    let mut data = Writer::default();
    let start = fit_time(workout.start);
    let end = fit_time(workout.end());
    let hr = |hr: Option<u8>| u64::from(hr.unwrap_or(0xFF));

    // file_id: type 4 (activity), manufacturer 1, product 1, serial number, time created.
    let file_id = [
        (0, ENUM),
        (1, UINT16),
        (2, UINT16),
        (3, UINT32Z),
        (4, UINT32),
    ];
    data.define(0, 0, false, &file_id, 0);
    let serial = u64::from(workout.serial);
    data.values(0, false, &file_id, &[4, 1, 1, serial, start]);

    // An event (timer start) gives compressed timestamps a full time to count from.
    let event = [(253, UINT32), (0, ENUM), (1, ENUM)];
    data.define(1, 21, false, &event, 0);
    data.values(1, false, &event, &[start, 0, 0]);

    let big = style.big_endian_records;
    let developer_len = if style.developer_field { 1 } else { 0 };
    let record = [(253, UINT32), (5, UINT32), (3, UINT8)];
    let record_fields: &[(u8, (u8, u8))] = if style.compressed_timestamps {
        &record[1..]
    } else {
        &record
    };
    data.define(2, 20, big, record_fields, developer_len);

    let lap = [
        (253, UINT32),
        (2, UINT32),
        (7, UINT32),
        (8, UINT32),
        (9, UINT32),
        (15, UINT8),
        (16, UINT8),
    ];
    data.define(3, 19, false, &lap, 0);

    let starts = workout.lap_starts();
    for (index, workout_lap) in workout.laps.iter().enumerate() {
        for sample in workout.lap_samples(index) {
            let at = start + u64::from(sample.at_s);
            let distance_cm = (sample.distance_m * 100.0).round() as u64;
            if style.compressed_timestamps {
                data.compressed_header(2, at);
                data.values_only(big, record_fields, &[distance_cm, hr(sample.hr)]);
            } else {
                data.values(2, big, record_fields, &[at, distance_cm, hr(sample.hr)]);
            }
            if style.developer_field {
                data.bytes.push(0x2A);
            }
        }
        let lap_start = start + u64::from(starts[index]);
        let lap_ms = u64::from(workout_lap.duration_s) * 1000;
        let lap_cm = (workout_lap.distance_m * 100.0).round() as u64;
        let lap_hr = hr(workout_lap.hr);
        let lap_end = lap_start + u64::from(workout_lap.duration_s);
        let values = [lap_end, lap_start, lap_ms, lap_ms, lap_cm, lap_hr, lap_hr];
        data.values(3, false, &lap, &values);
    }

    let session = [
        (253, UINT32),
        (2, UINT32),
        (7, UINT32),
        (8, UINT32),
        (9, UINT32),
        (5, ENUM),
        (16, UINT8),
        (17, UINT8),
    ];
    data.define(4, 18, false, &session, 0);
    let total_ms = u64::from(workout.duration_s()) * 1000;
    let total_cm = (workout.distance_m() * 100.0).round() as u64;
    let avg_hr = workout.avg_hr().map_or(0xFF, |hr| hr.round() as u64);
    let max_hr = hr(workout.max_hr());
    let sport = fit_sport(workout.sport);
    let values = [
        end, start, total_ms, total_ms, total_cm, sport, avg_hr, max_hr,
    ];
    data.values(4, false, &session, &values);

    // activity: timestamp, total timer time, one session, type manual, event activity, stop,
    // and the local time, which is how FIT says the time zone.
    let activity = [
        (253, UINT32),
        (0, UINT32),
        (1, UINT16),
        (2, ENUM),
        (3, ENUM),
        (4, ENUM),
        (5, UINT32),
    ];
    data.define(5, 34, false, &activity, 0);
    let local = (end as i64 + i64::from(workout.utc_offset_minutes) * 60) as u64;
    data.values(5, false, &activity, &[end, total_ms, 1, 0, 26, 1, local]);

    wrap(&data.bytes)
}

/// The header, `data` and the file CRC.
pub(super) fn wrap(data: &[u8]) -> Vec<u8> {
    let mut file = vec![14, 0x20];
    file.extend_from_slice(&2132u16.to_le_bytes());
    file.extend_from_slice(&(data.len() as u32).to_le_bytes());
    file.extend_from_slice(b".FIT");
    let header_crc = fit_crc(&file);
    file.extend_from_slice(&header_crc.to_le_bytes());
    file.extend_from_slice(data);
    let crc = fit_crc(&file);
    file.extend_from_slice(&crc.to_le_bytes());
    file
}

/// The FIT SDK's CRC-16, computed a nibble at a time from its 16-entry table.
pub fn fit_crc(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    bytes.iter().fold(0u16, |mut crc, &byte| {
        for nibble in [byte & 0x0F, byte >> 4] {
            let low = TABLE[usize::from(crc & 0x0F)];
            crc = ((crc >> 4) & 0x0FFF) ^ low ^ TABLE[usize::from(nibble)];
        }
        crc
    })
}

fn fit_time(time: DateTime<Utc>) -> u64 {
    (time.timestamp() - FIT_EPOCH_UNIX) as u64
}

fn fit_sport(sport: Sport) -> u64 {
    match sport {
        Sport::Run => 1,
        Sport::Ride => 2,
        Sport::Swim => 5,
        Sport::Walk => 11,
        Sport::Other => 0,
    }
}

/// The data section being written.
#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// A definition message for `local` as `global`, with a developer field of
    /// `developer_len` bytes when it is not zero.
    fn define(
        &mut self,
        local: u8,
        global: u16,
        big_endian: bool,
        fields: &[(u8, (u8, u8))],
        developer_len: u8,
    ) {
        let developer_flag = if developer_len > 0 { 0x20 } else { 0 };
        self.bytes.push(0x40 | developer_flag | local);
        self.bytes.push(0);
        self.bytes.push(u8::from(big_endian));
        let global = if big_endian {
            global.to_be_bytes()
        } else {
            global.to_le_bytes()
        };
        self.bytes.extend_from_slice(&global);
        self.bytes.push(fields.len() as u8);
        for &(num, (base, size)) in fields {
            self.bytes.extend_from_slice(&[num, size, base]);
        }
        if developer_len > 0 {
            // One field: number 0 of developer 0.
            self.bytes.extend_from_slice(&[1, 0, developer_len, 0]);
        }
    }

    /// A data message with a normal header.
    fn values(&mut self, local: u8, big_endian: bool, fields: &[(u8, (u8, u8))], values: &[u64]) {
        self.bytes.push(local);
        self.values_only(big_endian, fields, values);
    }

    /// A compressed-timestamp header; local types 0 to 3 only.
    fn compressed_header(&mut self, local: u8, time: u64) {
        assert!(local < 4, "compressed headers have two bits of local type");
        self.bytes.push(0x80 | (local << 5) | (time & 0x1F) as u8);
    }

    fn values_only(&mut self, big_endian: bool, fields: &[(u8, (u8, u8))], values: &[u64]) {
        assert_eq!(fields.len(), values.len(), "one value per field");
        for (&(_, (_, size)), &value) in fields.iter().zip(values) {
            let le = value.to_le_bytes();
            let bytes = &le[..usize::from(size)];
            if big_endian {
                self.bytes.extend(bytes.iter().rev());
            } else {
                self.bytes.extend_from_slice(bytes);
            }
        }
    }
}
