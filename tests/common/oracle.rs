//! An oracle for the rules' dates that shares no code with the engine: each race's cut-off, gap,
//! no-touch days, pre-event days and flush window are worked out here from its date, start, zone,
//! expected time and the runner's settings with plain date arithmetic, and the runner's days from
//! chrono's own zone conversion. The figures restate `docs/RULES.md`; a change to a figure in the
//! app that is not also made here (and there) fails the properties that use this.

use chrono::{DateTime, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::profile::{PreEventPreference, Profile};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;

/// Rule 4's floors: deep work stops at least this many days before a marathon, and an ultra.
const MARATHON_CUTOFF_DAYS: u8 = 5;
const ULTRA_CUTOFF_DAYS: u8 = 7;
/// ...and waits at least this many hours after their finish.
const MARATHON_GAP_HOURS: u16 = 120;
const ULTRA_GAP_HOURS: u16 = 168;
/// Where a marathon and an ultra start, in km.
const MARATHON_KM: f64 = 42.0;
const ULTRA_KM: f64 = 45.0;
/// Rule 1: pre-event work in the last two calendar days before the race.
const PRE_EVENT_DAYS: u64 = 2;
/// Rule 3: the flush window, in hours after the finish.
const FLUSH_OPENS_HOURS: i64 = 2;
const FLUSH_CLOSES_HOURS: i64 = 48;

/// The first instant of `date` in `tz`: its midnight, or the first minute after midnight that
/// exists when the clocks skip it.
pub fn midnight(tz: Tz, date: NaiveDate) -> DateTime<Utc> {
    (0..24 * 60)
        .find_map(|minute| {
            let time = NaiveTime::MIN + Duration::minutes(minute);
            tz.from_local_datetime(&date.and_time(time)).earliest()
        })
        .expect("every day has a first minute")
        .with_timezone(&Utc)
}

/// The runner's local date of `at`.
pub fn date_in(tz: Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// Whether the runner's local `date` shares an instant with `[from, to)`.
pub fn touches(tz: Tz, date: NaiveDate, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
    from < to && date_in(tz, from) <= date && date <= date_in(tz, to - Duration::seconds(1))
}

/// One race's dates, as the rules define them.
#[derive(Debug, Clone)]
pub struct RaceDates {
    pub id: RecordId,
    pub priority: Priority,
    pub start: DateTime<Utc>,
    pub finish: DateTime<Utc>,
    /// General work stops here...
    pub cutoff_from: DateTime<Utc>,
    /// ...and may resume here.
    pub general_again: DateTime<Utc>,
    pub pre_event_from: DateTime<Utc>,
    pub no_touch_from: Option<DateTime<Utc>>,
    pub flush_from: DateTime<Utc>,
    pub flush_to: DateTime<Utc>,
}

impl RaceDates {
    /// The dates of `race` for `profile`, or `None` when its start falls in a clock change (the
    /// properties leave those to the table tests) or it has no expected time.
    pub fn of(race: &Race, profile: &Profile) -> Option<Self> {
        let tz = race.time_zone;
        let start = tz
            .from_local_datetime(&race.date.and_time(race.start_time))
            .single()?
            .with_timezone(&Utc);
        let finish = start + Duration::minutes(i64::from(race.expected_minutes?));
        let cutoffs = &profile.cutoffs;
        let mut cutoff_days = match race.priority {
            Priority::A => cutoffs.a_race_days,
            Priority::B => cutoffs.b_race_days,
            Priority::C => cutoffs.c_race_days,
        };
        let mut gap_hours = cutoffs.post_race_gap_hours;
        if race.distance_km >= ULTRA_KM {
            cutoff_days = cutoff_days.max(ULTRA_CUTOFF_DAYS);
            gap_hours = gap_hours.max(ULTRA_GAP_HOURS);
        } else if race.distance_km >= MARATHON_KM {
            cutoff_days = cutoff_days.max(MARATHON_CUTOFF_DAYS);
            gap_hours = gap_hours.max(MARATHON_GAP_HOURS);
        }
        let days_before = |days: u64| midnight(tz, race.date - Days::new(days));
        Some(RaceDates {
            id: race.id.clone(),
            priority: race.priority,
            start,
            finish,
            cutoff_from: days_before(u64::from(cutoff_days)),
            general_again: finish + Duration::hours(i64::from(gap_hours)),
            pre_event_from: days_before(PRE_EVENT_DAYS),
            no_touch_from: match profile.pre_event_preference {
                PreEventPreference::NoTouch { days } => Some(days_before(u64::from(days))),
                _ => None,
            },
            flush_from: finish + Duration::hours(FLUSH_OPENS_HOURS),
            flush_to: finish + Duration::hours(FLUSH_CLOSES_HOURS),
        })
    }
}

/// Whether a whole-body red flag in the log is in force on the runner's local `date`: reported on
/// or before it and not cleared by then.
pub fn stopped(log: &[LogEntry], tz: Tz, date: NaiveDate) -> bool {
    log.iter().any(|entry| match entry.kind {
        LogKind::RedFlag { flag, cleared, .. } => {
            !flag.is_local()
                && date_in(tz, entry.at) <= date
                && cleared.is_none_or(|cleared| date < cleared)
        }
        _ => false,
    })
}
