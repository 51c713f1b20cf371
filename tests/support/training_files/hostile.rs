//! The two hostile FIT shapes of issue 31, written the way the protocol allows: a file of
//! millions of two-byte records (a compressed-timestamp header and a heart rate), and one of
//! many sessions, each with a lap and a few records before it. Both are valid files with their
//! checksums; only their proportions are hostile.

use super::fit::{wrap, FIT_EPOCH_UNIX};
use chrono::{TimeZone, Utc};

/// The FIT time these files start at: 6 June 2026, 06:00 UTC.
fn start() -> u64 {
    (Utc.with_ymd_and_hms(2026, 6, 6, 6, 0, 0)
        .unwrap()
        .timestamp()
        - FIT_EPOCH_UNIX) as u64
}

/// A definition message: local type, global number, fields (number, size, base type).
pub(super) fn define(data: &mut Vec<u8>, local: u8, global: u16, fields: &[(u8, u8, u8)]) {
    data.extend_from_slice(&[0x40 | local, 0, 0]);
    data.extend_from_slice(&global.to_le_bytes());
    data.push(fields.len() as u8);
    for &(num, size, base) in fields {
        data.extend_from_slice(&[num, size, base]);
    }
}

/// The opening every file here shares: file_id (an activity) and an event that gives the
/// compressed timestamps their first full time.
fn opening(data: &mut Vec<u8>) {
    define(data, 0, 0, &[(0, 1, 0x00), (3, 4, 0x8C), (4, 4, 0x86)]);
    data.push(0);
    data.push(4);
    data.extend_from_slice(&1234u32.to_le_bytes());
    data.extend_from_slice(&(start() as u32).to_le_bytes());
    define(data, 1, 21, &[(253, 4, 0x86), (0, 1, 0x00), (1, 1, 0x00)]);
    data.push(1);
    data.extend_from_slice(&(start() as u32).to_le_bytes());
    data.extend_from_slice(&[0, 0]);
}

/// About `bytes` bytes of records a second apart, each two bytes: a compressed-timestamp
/// header and a heart rate. No lap, no session: a watch that never saved.
pub fn tiny_records_fit(bytes: usize) -> Vec<u8> {
    let mut data = Vec::with_capacity(bytes + 64);
    opening(&mut data);
    // Record: heart rate only; the time is in each header.
    define(&mut data, 2, 20, &[(3, 1, 0x02)]);
    let mut at = start();
    while data.len() + 2 <= bytes {
        at += 1;
        data.push(0x80 | (2 << 5) | (at & 0x1F) as u8);
        data.push(120 + (at % 40) as u8);
    }
    wrap(&data)
}

/// `sessions` sessions of `records_each` records 5 s apart, each with one lap before its
/// session message, as a long multisport file writes its legs.
pub fn many_sessions_fit(sessions: usize, records_each: usize) -> Vec<u8> {
    let mut data = Vec::new();
    opening(&mut data);
    // Record: distance (cm) and heart rate; the time is in each header.
    define(&mut data, 2, 20, &[(5, 4, 0x86), (3, 1, 0x02)]);
    // Lap and session: timestamp, start time, timer time (ms), distance (cm), sport.
    let totals = [(253, 4, 0x86), (2, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86)];
    define(&mut data, 3, 19, &totals);
    let mut session = totals.to_vec();
    session.push((5, 1, 0x00));
    define(&mut data, 4, 18, &session);
    let mut at = start();
    let mut centimetres = 0u32;
    for _ in 0..sessions {
        let begin = at;
        for _ in 0..records_each {
            at += 5;
            centimetres += 1_500;
            data.push(0x80 | (2 << 5) | (at & 0x1F) as u8);
            data.extend_from_slice(&centimetres.to_le_bytes());
            data.push(150);
        }
        let length = ((records_each as u32) * 1_500).to_le_bytes();
        let timer = (((at - begin) * 1000) as u32).to_le_bytes();
        for local in [3u8, 4] {
            data.push(local);
            data.extend_from_slice(&(at as u32).to_le_bytes());
            data.extend_from_slice(&(begin as u32).to_le_bytes());
            data.extend_from_slice(&timer);
            data.extend_from_slice(&length);
            if local == 4 {
                data.push(1);
            }
        }
    }
    wrap(&data)
}
