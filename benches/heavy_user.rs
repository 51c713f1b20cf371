//! The heavy-user fixture the benchmarks share: ten races and four training blocks a season, and
//! 400 log entries a season, from a fixed pseudo-random sequence so every run measures the same data.
// The benchmarks hold the history in the core tests' `Data`, the one owner of `PlanInputs`.
#[path = "../tests/common/mod.rs"]
mod common;

pub use common::{Data, LONDON};

use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind, PreEventFor, Tissue};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::Profile;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::{BlockKind, TrainingBlock};

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// A fixed pseudo-random sequence, so every run measures the same data.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// `seasons` years of racing: 10 races, 4 blocks and 400 log entries each.
pub fn heavy_user(seasons: u64) -> Data {
    let mut rng = Lcg(7);
    let zones = [
        LONDON,
        chrono_tz::Europe::Berlin,
        chrono_tz::America::New_York,
    ];
    let races = (0..10 * seasons)
        .map(|i| Race {
            id: RecordId(format!("race-{i}")),
            name: format!("Race {i}"),
            // Ten races a season, about five weeks apart.
            date: first_day() + Days::new(i * 36 + rng.below(10)),
            start_time: NaiveTime::from_hms_opt(8 + rng.below(4) as u32, 30, 0).unwrap(),
            time_zone: zones[rng.below(3) as usize],
            distance_km: [5.0, 10.0, 21.1, 42.195][rng.below(4) as usize],
            expected_minutes: None,
            second_of_repeated_hour: false,
            priority: Priority::ALL[rng.below(3) as usize],
            outdoor: true,
            notes: String::new(),
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        })
        .collect();
    let blocks = (0..4 * seasons)
        .map(|i| TrainingBlock {
            id: RecordId(format!("block-{i}")),
            start: first_day() + Days::new(i * 90),
            end: first_day() + Days::new(i * 90 + 41),
            kind: BlockKind::ALL[(i % 5) as usize],
            speed_work: i % 3 == 0,
            updated_at: DateTime::<Utc>::UNIX_EPOCH,
        })
        .collect();
    let start = Utc.from_utc_datetime(&first_day().and_time(NaiveTime::MIN));
    let log = (0..400 * seasons)
        .map(|i| {
            let at = start + Duration::hours((i * 21) as i64);
            let kind = match rng.below(10) {
                0..=3 => LogKind::SelfMassage {
                    routine_name: "Light flush".into(),
                    seconds: 360,
                },
                4..=6 => LogKind::MassageReceived {
                    kind: MassageKind::ALL[rng.below(4) as usize],
                    pressure: Pressure::Medium,
                    before: Some(PreEventFor::Workout),
                    technique: Some(Technique::LightFlush),
                    with_therapist: true,
                    notes: String::new(),
                },
                7..=8 => LogKind::SorenessCheckIn {
                    hours_after: 24,
                    level: 3,
                    bruising: false,
                    after: None,
                },
                _ => LogKind::Injury {
                    area: BodyArea::ALL[rng.below(12) as usize],
                    tissue: Tissue::Muscle,
                    // Started on the day it is logged, as the log form allows.
                    started: at.date_naive(),
                    resolved: Some(at.date_naive() + Days::new(20)),
                },
            };
            LogEntry {
                id: RecordId(format!("log-{i}")),
                updated_at: DateTime::<Utc>::UNIX_EPOCH,
                at,
                kind,
            }
        })
        .collect();
    Data {
        profile: Profile {
            massage_budget_per_month: 2,
            ..Profile::default()
        },
        races,
        blocks,
        log,
    }
}
