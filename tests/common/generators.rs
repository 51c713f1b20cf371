//! Generators for the core's property tests: random runners (profile, races, blocks, log) over
//! 300 days that cross a new year, 29 February 2028 and both hemispheres' clock changes, every
//! value the settings accept, every tissue, red flags, and log times to the minute.

use super::{date, Data};
use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind, PreEventFor, Tissue};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::settings::GENERAL_SPACING_DAYS;
use fresh_legs::core::profile::{
    Cutoffs, PreEventPreference, Profile, TightBudget, ToolsOwned, CUTOFF_DAYS,
    MAX_BUDGET_PER_MONTH, NO_TOUCH_DAYS, POST_RACE_GAP_HOURS, SESSIONS_PER_BLOCK,
    SESSIONS_PER_YEAR,
};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::phase::RaceWindows;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::safety::RedFlag;
use fresh_legs::core::training::{BlockKind, TrainingBlock};
use proptest::prelude::*;

pub const ZONES: [Tz; 8] = [
    chrono_tz::Europe::London,
    chrono_tz::Europe::Berlin,
    chrono_tz::America::New_York,
    chrono_tz::America::Santiago,
    chrono_tz::Australia::Sydney,
    chrono_tz::Asia::Tokyo,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Apia,
];

/// The first day the generators use. Their 300 days cross a new year, 29 February 2028 and the
/// clock changes of both hemispheres.
pub fn base() -> NaiveDate {
    date(2027, 9, 1)
}

pub fn at_hours(hours: u32) -> DateTime<Utc> {
    at_minutes(hours * 60)
}

pub fn at_minutes(minutes: u32) -> DateTime<Utc> {
    base().and_time(NaiveTime::MIN).and_utc() + Duration::minutes(i64::from(minutes))
}

pub fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(ZONES.to_vec())
}

pub fn profile() -> impl Strategy<Value = Profile> {
    (
        // Every value the settings accept.
        0u8..=MAX_BUDGET_PER_MONTH,
        0u8..4,
        NO_TOUCH_DAYS,
        (CUTOFF_DAYS, CUTOFF_DAYS, CUTOFF_DAYS),
        POST_RACE_GAP_HOURS,
        any::<(bool, bool, bool)>(),
        (
            0u8..3,
            SESSIONS_PER_BLOCK,
            SESSIONS_PER_YEAR,
            GENERAL_SPACING_DAYS,
        ),
    )
        .prop_map(
            |(
                budget,
                pref,
                days,
                (a, b, c),
                gap,
                (foam_roller, stick, ball),
                (per, block, year, spacing),
            )| Profile {
                massage_budget_per_month: budget,
                // Below one a month: none, per block or per year.
                tight_budget: match per {
                    0 => None,
                    1 => Some(TightBudget::Block(block)),
                    _ => Some(TightBudget::Year(year)),
                },
                general_spacing_days: spacing,
                pre_event_preference: match pref {
                    0 => PreEventPreference::Deep,
                    1 => PreEventPreference::LightFlush,
                    2 => PreEventPreference::Compression,
                    _ => PreEventPreference::NoTouch { days },
                },
                tools: ToolsOwned {
                    foam_roller,
                    stick,
                    ball,
                },
                cutoffs: Cutoffs {
                    a_race_days: a,
                    b_race_days: b,
                    c_race_days: c,
                    post_race_gap_hours: gap,
                },
                ..Profile::default()
            },
        )
}

pub fn races() -> impl Strategy<Value = Vec<Race>> {
    prop::collection::vec(
        (
            (0u64..300, 0u32..24, 0u32..4),
            zone(),
            1.0f64..120.0,
            0u8..3,
            15u32..1800,
        ),
        0..8,
    )
    .prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(
                |(i, ((day, hour, quarter), tz, km, priority, minutes))| Race {
                    id: RecordId(format!("race-{i}")),
                    name: format!("Race {i}"),
                    date: base() + Days::new(day),
                    start_time: NaiveTime::from_hms_opt(hour, quarter * 15, 0).unwrap(),
                    time_zone: tz,
                    distance_km: km,
                    // The runner's own expectation, so the oracle needs no pace model (the estimate
                    // from the distance has a pinned table of its own).
                    expected_minutes: Some(minutes),
                    second_of_repeated_hour: false,
                    priority: Priority::ALL[usize::from(priority)],
                    outdoor: true,
                    notes: String::new(),
                    updated_at: DateTime::<Utc>::UNIX_EPOCH,
                },
            )
            .collect()
    })
}

pub fn blocks() -> impl Strategy<Value = Vec<TrainingBlock>> {
    prop::collection::vec((0u64..300, 0u64..60, 0usize..5, any::<bool>()), 0..4).prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (start, len, kind, speed_work))| TrainingBlock {
                id: RecordId(format!("block-{i}")),
                start: base() + Days::new(start),
                end: base() + Days::new(start + len),
                kind: BlockKind::ALL[kind],
                speed_work,
                updated_at: DateTime::<Utc>::UNIX_EPOCH,
            })
            .collect()
    })
}

pub fn log() -> impl Strategy<Value = Vec<LogEntry>> {
    let kind = prop_oneof![
        (
            0usize..5,
            0u8..3,
            0u8..3,
            prop::option::of(0usize..3),
            any::<bool>()
        )
            .prop_map(|(kind, pressure, before, technique, with_therapist)| {
                LogKind::MassageReceived {
                    kind: MassageKind::ALL[kind],
                    pressure: [Pressure::Light, Pressure::Medium, Pressure::Deep]
                        [usize::from(pressure)],
                    before: match before {
                        0 => None,
                        1 => Some(PreEventFor::Workout),
                        _ => Some(PreEventFor::Race {
                            race_id: RecordId("race-0".into()),
                        }),
                    },
                    technique: technique.map(|i| Technique::ALL[i]),
                    with_therapist,
                    notes: String::new(),
                }
            }),
        (
            0u16..80,
            0u8..=10,
            any::<bool>(),
            prop::option::of(0usize..30)
        )
            .prop_map(
                |(hours_after, level, bruising, after)| LogKind::SorenessCheckIn {
                    hours_after,
                    level,
                    bruising,
                    after: after.map(|i| RecordId(format!("log-{i}"))),
                }
            ),
        (0usize..8, 0usize..12, prop::option::of(0u64..300)).prop_map(|(flag, area, cleared)| {
            let flag = RedFlag::ALL[flag];
            LogKind::RedFlag {
                flag,
                area: flag.is_local().then_some(BodyArea::ALL[area]),
                cleared: cleared.map(|days| base() + Days::new(days)),
            }
        }),
        (0usize..12, 0usize..3, 0u64..300, prop::option::of(1u64..60)).prop_map(
            |(area, tissue, started, lasted)| {
                LogKind::Injury {
                    area: BodyArea::ALL[area],
                    tissue: Tissue::ALL[tissue],
                    started: base() + Days::new(started),
                    resolved: lasted.map(|days| base() + Days::new(started + days)),
                }
            }
        ),
    ];
    // Any minute of the 300 days, not only whole hours.
    prop::collection::vec((0u32..(300 * 24 * 60), kind), 0..30).prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (minutes, kind))| LogEntry {
                id: RecordId(format!("log-{i}")),
                updated_at: DateTime::<Utc>::UNIX_EPOCH,
                at: at_minutes(minutes),
                kind,
            })
            .collect()
    })
}

pub fn runner() -> impl Strategy<Value = Data> {
    (profile(), races(), blocks(), log()).prop_map(|(profile, races, blocks, log)| Data {
        profile,
        races,
        blocks,
        log,
    })
}

pub fn windows_of(data: &Data) -> Vec<RaceWindows> {
    data.inputs().race_windows()
}

pub fn reversed(data: &Data) -> Data {
    let mut copy = data.clone();
    copy.races.reverse();
    copy.blocks.reverse();
    copy.log.reverse();
    copy
}
