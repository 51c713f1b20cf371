//! FIT files (Garmin, Coros, Suunto, Wahoo...): one activity per session, with its laps and
//! records given to it by the file's own structure, its id from the file_id message and its local
//! offset from the activity message. A file damaged part way gives what came before the damage.

mod clock;
mod decode;
mod structure;

use super::error::FileError;
use super::sport::sport_from_fit;
use crate::core::training::activity::{Damage, ParsedActivity, ParsedLap, Track};
use clock::{seconds_between, Clock, FIT_MIN_DATE};
use decode::decode;
use structure::{FitFile, Gatherer, Lap, Session, Totals, MAX_PARTS, WANTED};

/// FIT's `sport` value for a multisport transition (from the swim to the bike, say).
const TRANSITION: u64 = 3;
/// FIT's `file` type of an activity.
const ACTIVITY_FILE: u64 = 4;
/// A leg shorter than this, in a file of several, is a transition or a slip of the button.
const SHORTEST_LEG_S: f64 = 60.0;

/// The activities of a FIT file, one per session, in file order. `home_offset_minutes` (the
/// runner's offset from UTC) places a file whose watch gave only its local time.
pub(super) fn read(
    file: &str,
    bytes: &[u8],
    home_offset_minutes: i32,
) -> Result<Vec<ParsedActivity>, FileError> {
    let mut files: Vec<FitFile> = Vec::new();
    decode(file, bytes, &WANTED, &mut Gatherer::new(|f| files.push(f)))?;
    if files.iter().any(|f| f.too_many_parts) {
        return Err(FileError::TooManyParts {
            file: file.into(),
            limit: MAX_PARTS,
        });
    }
    let source = files.iter().find_map(|f| f.id).map(source_id);
    let several_legs = files.iter().map(|f| f.sessions.len()).sum::<usize>() > 1;
    let mut activities: Vec<ParsedActivity> = Vec::new();
    let mut refusal = None;
    let mut legs_before = 0;
    for fit in files {
        let sessions = fit.sessions.len();
        let first = activities.len();
        match activities_of(file, fit, home_offset_minutes, &mut activities) {
            Ok(legs) => {
                for (activity, leg) in activities[first..].iter_mut().zip(legs) {
                    // Legs after the first are told apart so each is recognised on a re-import.
                    let leg = legs_before + leg;
                    activity.source_id = source.clone().map(|id| match leg {
                        leg if leg > 0 && several_legs => format!("{id}/{}", leg + 1),
                        _ => id,
                    });
                }
            }
            Err(error) => refusal = refusal.or(Some(error)),
        }
        legs_before += sessions;
    }
    if activities.is_empty() {
        return Err(refusal.unwrap_or(FileError::NoActivity { file: file.into() }));
    }
    Ok(activities)
}

/// `fit:serial-created`, the time as Unix seconds, or as the device's own count prefixed `d`
/// for a watch that counts from its power-on.
fn source_id((serial, created): (u64, u64)) -> String {
    match Clock::new(None, 0).instant(created) {
        Some(at) if created >= FIT_MIN_DATE => format!("fit:{serial}-{}", at.timestamp()),
        _ => format!("fit:{serial}-d{created}"),
    }
}

/// Adds the activities of one file of a chain to `out`, returning the index in the file of
/// each one's session.
fn activities_of(
    name: &str,
    mut fit: FitFile,
    home_offset_minutes: i32,
    out: &mut Vec<ParsedActivity>,
) -> Result<Vec<usize>, FileError> {
    let clock = Clock::new(fit.activity, home_offset_minutes);
    let several = fit.sessions.len() > 1;
    if fit.sessions.is_empty() {
        out.push(from_records_alone(name, fit, &clock)?);
        return Ok(vec![0]);
    }
    let ranges = lap_ranges(&fit.sessions, fit.laps.len());
    if let Some(last) = fit.sessions.last_mut() {
        last.track.append(std::mem::take(&mut fit.tail));
    }
    let mut legs = Vec::new();
    let mut undated = false;
    for (index, (session, range)) in fit.sessions.iter_mut().zip(ranges).enumerate() {
        let mut track = Track::default();
        for lap in &mut fit.laps[range.clone()] {
            track.append(std::mem::take(&mut lap.track));
        }
        track.append(std::mem::take(&mut session.track));
        let laps = &fit.laps[range];
        let sport = session
            .totals
            .sport
            .or_else(|| laps.iter().find_map(|lap| lap.totals.sport))
            .or(fit.sport);
        let Some(activity) = leg(&session.totals, laps, track, sport, &clock, fit.damage) else {
            undated = true;
            continue;
        };
        let short = several && activity.duration_s < SHORTEST_LEG_S;
        if sport != Some(TRANSITION) && !short {
            out.push(activity);
            legs.push(index);
        }
    }
    if legs.is_empty() {
        return Err(match undated {
            true => FileError::NoDate { file: name.into() },
            false => FileError::OnlyShortLegs { file: name.into() },
        });
    }
    Ok(legs)
}

/// The laps of each session: by its first lap's index and count where it gives them, else by
/// its count after the laps the sessions before it took, else the laps written since the session
/// before it.
fn lap_ranges(sessions: &[Session], laps: usize) -> Vec<std::ops::Range<usize>> {
    let mut taken = 0;
    let mut previous_before = 0;
    sessions
        .iter()
        .map(|session| {
            let count = session.num_laps.map(|n| n as usize);
            let range = match (session.first_lap_index.map(|i| i as usize), count) {
                (Some(first), Some(count)) if first.saturating_add(count) <= laps => {
                    first..first + count
                }
                (_, Some(count)) => taken.min(laps)..taken.saturating_add(count).min(laps),
                _ => previous_before.min(session.laps_before)..session.laps_before,
            };
            taken = taken.max(range.end);
            previous_before = session.laps_before;
            range
        })
        .collect()
}

/// One session made an activity, or `None` when nothing in the file dates it.
fn leg(
    totals: &Totals,
    laps: &[Lap],
    track: Track,
    sport: Option<u64>,
    clock: &Clock,
    damage: Option<Damage>,
) -> Option<ParsedActivity> {
    let seconds = |ms: Option<u64>| ms.map(|ms| ms as f64 / 1000.0);
    let span = track.span();
    let start_raw = totals
        .start
        .or(span.map(|(first, _)| first as u64))
        .or_else(|| {
            let end = totals.end?;
            Some(end.saturating_sub(totals.elapsed_ms? / 1000))
        })?;
    let start = clock.instant(start_raw)?;
    let end = totals.end.and_then(|end| clock.instant(end));
    let elapsed = seconds(totals.elapsed_ms).or_else(|| end.map(|end| seconds_between(start, end)));
    let duration_s = seconds(totals.timer_ms)
        .or(elapsed)
        .or_else(|| span.map(|(first, last)| last - first))
        .unwrap_or(0.0);
    Some(ParsedActivity {
        source_id: None,
        name: None,
        sport: sport_from_fit(sport),
        start,
        utc_offset_minutes: clock.offset_minutes,
        duration_s,
        elapsed_s: elapsed,
        distance_m: totals
            .distance_cm
            .map(|cm| cm as f64 / 100.0)
            .or_else(|| track.distance_m()),
        avg_hr: totals.avg_hr.map(|hr| hr as f64),
        max_hr: totals.max_hr.map(|hr| hr as f64),
        laps: laps.iter().map(|lap| parsed_lap(&lap.totals)).collect(),
        track,
        damage,
    })
}

fn parsed_lap(totals: &Totals) -> ParsedLap {
    ParsedLap {
        duration_s: totals.timer_ms.or(totals.elapsed_ms).unwrap_or(0) as f64 / 1000.0,
        distance_m: totals.distance_cm.map(|cm| cm as f64 / 100.0),
        avg_hr: totals.avg_hr.map(|hr| hr as f64),
    }
}

/// A file with records but no session: a watch that stopped before saving, or a file cut short
/// before its end, where the sessions are. Its totals come from the track, marked as partly read.
fn from_records_alone(
    name: &str,
    mut fit: FitFile,
    clock: &Clock,
) -> Result<ParsedActivity, FileError> {
    let mut track = Track::default();
    for lap in &mut fit.laps {
        track.append(std::mem::take(&mut lap.track));
    }
    track.append(std::mem::take(&mut fit.tail));
    let nothing = || match (fit.damage, fit.kind) {
        (Some(Damage::CutShort), _) => FileError::CutShort { file: name.into() },
        (Some(Damage::Checksum), _) => FileError::Checksum { file: name.into() },
        (Some(_), _) => FileError::unreadable(name, "FIT", "its records stop making sense"),
        (None, Some(kind)) if kind != ACTIVITY_FILE => FileError::NotAnActivity {
            file: name.into(),
            kind,
        },
        (None, _) => FileError::NoActivity { file: name.into() },
    };
    let Some((first, last)) = track.span().filter(|(f, l)| l - f >= SHORTEST_LEG_S) else {
        return Err(nothing());
    };
    if fit.kind.is_some_and(|kind| kind != ACTIVITY_FILE) {
        return Err(nothing());
    }
    let start = clock
        .instant(first as u64)
        .ok_or_else(|| FileError::NoDate { file: name.into() })?;
    let sport = fit
        .sport
        .or_else(|| fit.laps.iter().find_map(|lap| lap.totals.sport));
    Ok(ParsedActivity {
        source_id: None,
        name: None,
        sport: sport_from_fit(sport),
        start,
        utc_offset_minutes: clock.offset_minutes,
        duration_s: last - first,
        elapsed_s: None,
        distance_m: track.distance_m(),
        avg_hr: None,
        max_hr: None,
        laps: fit.laps.iter().map(|lap| parsed_lap(&lap.totals)).collect(),
        track,
        damage: Some(fit.damage.unwrap_or(Damage::NoSession)),
    })
}
