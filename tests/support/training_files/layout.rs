//! FIT files laid out message by message, for the structures real watches write that a
//! workout-shaped file does not: sessions written after all their laps, two sessions starting in
//! the same second, a session without a start time, device-relative times, records with no
//! session. Times are raw FIT values, so a test can write either clock.

use super::fit::wrap;
use super::hostile::define;

/// FIT's "invalid" markers, which say a field is absent.
const NONE_32: u32 = u32::MAX;
const NONE_16: u16 = u16::MAX;

/// One message, in the order the file holds them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FitMessage {
    Record {
        at: u32,
        metres: f64,
        hr: u8,
    },
    Lap {
        start: Option<u32>,
        end: u32,
        seconds: u32,
        metres: f64,
    },
    Session {
        start: Option<u32>,
        end: u32,
        seconds: u32,
        metres: f64,
        /// FIT's sport enum: 1 running, 2 cycling, 3 transition, 5 swimming.
        sport: u8,
        first_lap: Option<u16>,
        laps: Option<u16>,
    },
    /// The activity message: its timestamp and the local time at that instant.
    Activity {
        end: u32,
        local_end: u32,
    },
}

/// An activity file (file_id type 4, made at `created`) holding `messages`.
pub fn fit_layout(created: u32, messages: &[FitMessage]) -> Vec<u8> {
    let mut data = Vec::new();
    define(&mut data, 0, 0, &[(0, 1, 0x00), (3, 4, 0x8C), (4, 4, 0x86)]);
    data.push(0);
    data.push(4);
    data.extend_from_slice(&4321u32.to_le_bytes());
    data.extend_from_slice(&created.to_le_bytes());
    define(
        &mut data,
        1,
        20,
        &[(253, 4, 0x86), (5, 4, 0x86), (3, 1, 0x02)],
    );
    let totals = [(253, 4, 0x86), (2, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86)];
    define(&mut data, 2, 19, &totals);
    let mut session = totals.to_vec();
    session.extend([(5, 1, 0x00), (25, 2, 0x84), (26, 2, 0x84)]);
    define(&mut data, 3, 18, &session);
    define(&mut data, 4, 34, &[(253, 4, 0x86), (5, 4, 0x86)]);
    let centimetres = |metres: f64| ((metres * 100.0).round() as u32).to_le_bytes();
    for message in messages {
        match *message {
            FitMessage::Record { at, metres, hr } => {
                data.push(1);
                data.extend_from_slice(&at.to_le_bytes());
                data.extend_from_slice(&centimetres(metres));
                data.push(hr);
            }
            FitMessage::Lap {
                start,
                end,
                seconds,
                metres,
            } => {
                data.push(2);
                totals_of(&mut data, start, end, seconds, metres);
            }
            FitMessage::Session {
                start,
                end,
                seconds,
                metres,
                sport,
                first_lap,
                laps,
            } => {
                data.push(3);
                totals_of(&mut data, start, end, seconds, metres);
                data.push(sport);
                data.extend_from_slice(&first_lap.unwrap_or(NONE_16).to_le_bytes());
                data.extend_from_slice(&laps.unwrap_or(NONE_16).to_le_bytes());
            }
            FitMessage::Activity { end, local_end } => {
                data.push(4);
                data.extend_from_slice(&end.to_le_bytes());
                data.extend_from_slice(&local_end.to_le_bytes());
            }
        }
    }
    wrap(&data)
}

fn totals_of(data: &mut Vec<u8>, start: Option<u32>, end: u32, seconds: u32, metres: f64) {
    data.extend_from_slice(&end.to_le_bytes());
    data.extend_from_slice(&start.unwrap_or(NONE_32).to_le_bytes());
    data.extend_from_slice(&(seconds * 1000).to_le_bytes());
    data.extend_from_slice(&((metres * 100.0).round() as u32).to_le_bytes());
}
