//! Shared fixtures for the core tests: fixed dates, races, blocks and log entries built in one line.
#![allow(dead_code)] // each test binary uses a different subset of these helpers

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind, PreEventFor, Tissue};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::Profile;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::inputs::PlanInputs;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::{BlockKind, TrainingBlock};

pub mod generators;
pub mod oracle;
pub mod timer;
pub mod today;

pub const LONDON: Tz = chrono_tz::Europe::London;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid fixture date")
}

pub fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// A local wall-clock time in `tz`, as an instant (fixtures avoid gaps and overlaps).
pub fn local(tz: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("unambiguous fixture time")
        .with_timezone(&Utc)
}

pub fn race(id: &str, on: NaiveDate, hour: u32, tz: Tz, km: f64, priority: Priority) -> Race {
    Race {
        id: RecordId(id.into()),
        name: format!("{id} race"),
        date: on,
        start_time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
        time_zone: tz,
        distance_km: km,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority,
        outdoor: true,
        notes: String::new(),
        updated_at: DateTime::<Utc>::UNIX_EPOCH,
    }
}

pub fn block(
    id: &str,
    start: NaiveDate,
    end: NaiveDate,
    kind: BlockKind,
    speed_work: bool,
) -> TrainingBlock {
    TrainingBlock {
        id: RecordId(id.into()),
        start,
        end,
        kind,
        speed_work,
        updated_at: DateTime::<Utc>::UNIX_EPOCH,
    }
}

fn entry(id: &str, at: DateTime<Utc>, kind: LogKind) -> LogEntry {
    LogEntry {
        id: RecordId(id.into()),
        updated_at: DateTime::<Utc>::UNIX_EPOCH,
        at,
        kind,
    }
}

pub fn massage(
    id: &str,
    at: DateTime<Utc>,
    kind: MassageKind,
    pressure: Pressure,
    before: Option<PreEventFor>,
) -> LogEntry {
    entry(
        id,
        at,
        LogKind::MassageReceived {
            kind,
            pressure,
            before,
            // Pre-event work done the usual way for its pressure: deep or a light flush.
            technique: (kind == MassageKind::PreEvent).then_some(if pressure == Pressure::Deep {
                Technique::Deep
            } else {
                Technique::LightFlush
            }),
            with_therapist: true,
            notes: String::new(),
        },
    )
}

/// A light flush logged before a workout long ago: the runner's approach is tried (rule 2), so no
/// test session reshapes the plan.
pub fn tried() -> LogEntry {
    massage(
        "t",
        utc(2025, 1, 1, 9, 0),
        MassageKind::PreEvent,
        Pressure::Light,
        Some(PreEventFor::Workout),
    )
}

pub fn checkin(
    id: &str,
    at: DateTime<Utc>,
    hours_after: u16,
    level: u8,
    bruising: bool,
) -> LogEntry {
    entry(
        id,
        at,
        LogKind::SorenessCheckIn {
            hours_after,
            level,
            bruising,
            after: None,
        },
    )
}

/// `check_in`, naming the massage `massage_id` as the one it follows (rule 6 judges only that one).
pub fn following(mut check_in: LogEntry, massage_id: &str) -> LogEntry {
    if let LogKind::SorenessCheckIn { after, .. } = &mut check_in.kind {
        *after = Some(RecordId(massage_id.into()));
    }
    check_in
}

/// `massage`, done with `how` (pre-event work).
pub fn done_as(mut massage: LogEntry, how: Technique) -> LogEntry {
    if let LogKind::MassageReceived { technique, .. } = &mut massage.kind {
        *technique = Some(how);
    }
    massage
}

pub fn injury(
    id: &str,
    area: BodyArea,
    started: NaiveDate,
    resolved: Option<NaiveDate>,
) -> LogEntry {
    entry(
        id,
        DateTime::<Utc>::UNIX_EPOCH,
        LogKind::Injury {
            area,
            tissue: Tissue::Tendon,
            started,
            resolved,
        },
    )
}

/// Owned runner data; `inputs()` borrows it the way the app will.
#[derive(Debug, Clone, Default)]
pub struct Data {
    pub profile: Profile,
    pub races: Vec<Race>,
    pub blocks: Vec<TrainingBlock>,
    pub log: Vec<LogEntry>,
}

impl Data {
    pub fn with_races(races: Vec<Race>) -> Self {
        Data {
            races,
            ..Data::default()
        }
    }

    pub fn inputs(&self) -> PlanInputs<'_> {
        PlanInputs {
            profile: &self.profile,
            races: &self.races,
            blocks: &self.blocks,
            log: &self.log,
        }
    }
}
