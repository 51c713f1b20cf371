//! FIT files (Garmin, Coros, Suunto, Wahoo...): one activity per session, with its laps and
//! records, its id from the file_id message and its local offset from the activity message.

mod decode;

use super::error::FileError;
use super::sport::sport_from_fit;
use crate::core::training::activity::{ParsedActivity, ParsedLap, Sample};
use chrono::{DateTime, Utc};
use decode::{decode, Message, TIMESTAMP};

// Global message numbers and field numbers of the FIT profile, only those read here.
const FILE_ID: u16 = 0;
const SESSION: u16 = 18;
const LAP: u16 = 19;
const RECORD: u16 = 20;
const ACTIVITY: u16 = 34;

const SERIAL_NUMBER: u8 = 3;
const TIME_CREATED: u8 = 4;
const START_TIME: u8 = 2;
const SESSION_SPORT: u8 = 5;
const TOTAL_ELAPSED_TIME: u8 = 7;
const TOTAL_TIMER_TIME: u8 = 8;
const TOTAL_DISTANCE: u8 = 9;
const SESSION_AVG_HR: u8 = 16;
const SESSION_MAX_HR: u8 = 17;
const LAP_AVG_HR: u8 = 15;
const RECORD_HR: u8 = 3;
const RECORD_DISTANCE: u8 = 5;
const LOCAL_TIMESTAMP: u8 = 5;

/// FIT counts seconds from 1989-12-31 00:00 UTC.
const FIT_EPOCH_UNIX: i64 = 631_065_600;
/// Below this a FIT time counts from the device's power-on, not from the epoch.
const FIT_MIN_DATE: u64 = 0x1000_0000;

/// The activities of a FIT file, one per session, in time order.
pub(super) fn read(file: &str, bytes: &[u8]) -> Result<Vec<ParsedActivity>, FileError> {
    let messages = decode(file, bytes, &[FILE_ID, SESSION, LAP, RECORD, ACTIVITY])?;
    let of = |global: u16| messages.iter().filter(move |m| m.global == global);

    let file_id = of(FILE_ID).next().and_then(|id| {
        let serial = id.get(SERIAL_NUMBER)?;
        let created = fit_time(id.get(TIME_CREATED)?)?;
        Some(format!("fit:{serial}-{}", created.timestamp()))
    });
    let offset = of(ACTIVITY).find_map(utc_offset_minutes);

    let mut sessions: Vec<(DateTime<Utc>, &Message)> = of(SESSION)
        .filter_map(|s| Some((fit_time(s.get(START_TIME)?)?, s)))
        .collect();
    crate::core::sorting::sort_by_key(&mut sessions, |(start, _)| *start);
    if sessions.is_empty() {
        return Err(FileError::NoActivity { file: file.into() });
    }

    let many = sessions.len() > 1;
    let activities = sessions
        .iter()
        .enumerate()
        .map(|(index, &(start, session))| {
            // A multisport file has one session per leg: laps and records belong to the session
            // whose start they follow, up to the next session's start.
            let until = sessions.get(index + 1).map(|(next, _)| *next);
            let within = |at: DateTime<Utc>| at >= start && until.is_none_or(|end| at < end);
            let laps = of(LAP)
                .filter(|lap| {
                    let at = message_time(lap, START_TIME).or_else(|| message_time(lap, TIMESTAMP));
                    at.is_some_and(within)
                })
                .map(lap_of)
                .collect();
            let samples = of(RECORD)
                .filter_map(|record| {
                    let at = message_time(record, TIMESTAMP).filter(|at| within(*at))?;
                    Some(sample_of(
                        record,
                        (at - start).num_milliseconds() as f64 / 1000.0,
                    ))
                })
                .collect();
            ParsedActivity {
                // Legs after the first are told apart so each is recognised on a re-import.
                source_id: file_id.clone().map(|id| match (many, index) {
                    (true, i) if i > 0 => format!("{id}/{}", i + 1),
                    _ => id,
                }),
                name: None,
                sport: sport_from_fit(session.get(SESSION_SPORT)),
                start,
                utc_offset_minutes: offset,
                duration_s: session_duration(session, start),
                distance_m: session.get(TOTAL_DISTANCE).map(centi),
                avg_hr: session.get(SESSION_AVG_HR).map(|hr| hr as f64),
                max_hr: session.get(SESSION_MAX_HR).map(|hr| hr as f64),
                laps,
                samples,
            }
        });
    Ok(activities.collect())
}

/// Timer time where the watch wrote it, else elapsed time, else the session's span.
fn session_duration(session: &Message, start: DateTime<Utc>) -> f64 {
    session
        .get(TOTAL_TIMER_TIME)
        .or_else(|| session.get(TOTAL_ELAPSED_TIME))
        .map(milli)
        .or_else(|| {
            let end = message_time(session, TIMESTAMP)?;
            Some((end - start).num_seconds().max(0) as f64)
        })
        .unwrap_or(0.0)
}

fn lap_of(lap: &Message) -> ParsedLap {
    ParsedLap {
        duration_s: lap
            .get(TOTAL_TIMER_TIME)
            .or_else(|| lap.get(TOTAL_ELAPSED_TIME))
            .map_or(0.0, milli),
        distance_m: lap.get(TOTAL_DISTANCE).map(centi),
        avg_hr: lap.get(LAP_AVG_HR).map(|hr| hr as f64),
    }
}

fn sample_of(record: &Message, at_s: f64) -> Sample {
    Sample {
        at_s,
        distance_m: record.get(RECORD_DISTANCE).map(centi),
        hr: record.get(RECORD_HR).map(|hr| hr as f64),
    }
}

/// The activity message's local time minus its UTC time; a difference of more than 14 hours
/// is a device without a set clock, not a time zone.
fn utc_offset_minutes(activity: &Message) -> Option<i32> {
    let utc = i64::try_from(activity.get(TIMESTAMP)?).ok()?;
    let local = i64::try_from(activity.get(LOCAL_TIMESTAMP)?).ok()?;
    let minutes = ((local - utc) as f64 / 60.0).round() as i32;
    (minutes.abs() <= 14 * 60).then_some(minutes)
}

fn message_time(message: &Message, field: u8) -> Option<DateTime<Utc>> {
    fit_time(message.get(field)?)
}

fn fit_time(raw: u64) -> Option<DateTime<Utc>> {
    if raw < FIT_MIN_DATE {
        return None;
    }
    DateTime::from_timestamp(FIT_EPOCH_UNIX + i64::try_from(raw).ok()?, 0)
}

/// Times are stored in milliseconds.
fn milli(raw: u64) -> f64 {
    raw as f64 / 1000.0
}

/// Distances are stored in centimetres.
fn centi(raw: u64) -> f64 {
    raw as f64 / 100.0
}
