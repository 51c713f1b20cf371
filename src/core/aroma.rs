//! Aromatherapy around races (rule 9): which oils suit which phase, the dilution calculator with
//! its sun-safety refusals, and the warning for oils still new to the runner close to an A race.

use crate::core::aroma_oils::OILS;
use crate::core::phase::Phase;
use crate::core::race::{Priority, Race};
use crate::core::record::{Record, RecordId};
use crate::core::validation::FieldErrors;
use chrono::{DateTime, Duration, Timelike, Utc};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// One drop of essential oil, in ml (evidence notes: 1 drop ≈ 0.05 ml).
pub const DROP_ML: f64 = 0.05;
/// Largest batch the calculator mixes; more than any runner needs for a race week.
pub const MAX_CARRIER_ML: f64 = 500.0;
/// Strongest mix the calculator accepts: above this, skin irritation is the likely outcome.
pub const MAX_PERCENT: f64 = 5.0;
/// The usual strength for a body massage.
pub const BODY_MASSAGE_PERCENT: RangeInclusive<f64> = 1.5..=3.0;
/// An oil still new to the runner this close to an A race gets a warning.
pub const NEW_OIL_WARNING_DAYS: i64 = 7;
/// Local hours treated as daylight for an outdoor race: generous, so dawn and dusk starts count.
pub const DAYLIGHT_HOURS: std::ops::Range<u32> = 6..20;

/// What an oil is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// Citrus and mint: a lift before a race.
    Energising,
    /// Lavender and the like: winding down while recovering.
    Calming,
}

impl Goal {
    /// Both goals, in race order.
    pub const ALL: [Goal; 2] = [Goal::Energising, Goal::Calming];

    /// The heading of the guide's section.
    pub fn label(self) -> &'static str {
        match self {
            Goal::Energising => "Energising, before a race",
            Goal::Calming => "Calming, for recovery",
        }
    }

    /// Whether this goal suits a runner in `phase` of their next or recent race.
    pub fn fits(self, phase: Phase) -> bool {
        match self {
            Goal::Energising => matches!(
                phase,
                Phase::DeepWorkCutoff | Phase::PreEventWindow | Phase::RaceDay
            ),
            Goal::Calming => matches!(phase, Phase::PostEventFlush | Phase::Recovery),
        }
    }
}

/// One essential oil in the guide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Oil {
    /// Stable key, stored with the runner's patch-test marks.
    pub key: &'static str,
    pub name: &'static str,
    pub goal: Goal,
    /// How to use it.
    pub how: &'static str,
    /// Highest dilution on skin that will see the sun, for sun-sensitising (phototoxic) oils.
    pub sun_max_percent: Option<f64>,
    pub sun_safe_alternative: Option<&'static str>,
    /// Oil-specific safety notes.
    pub cautions: &'static [&'static str],
}

/// Every oil in the guide.
pub fn oils() -> &'static [Oil] {
    OILS
}

/// The oil with this key.
pub fn oil(key: &str) -> Option<&'static Oil> {
    OILS.iter().find(|oil| oil.key == key)
}

/// Safety rules that hold for every oil, in the guide's words.
pub const GENERAL_SAFETY: [&str; 4] = [
    "Never put an essential oil on skin undiluted, and never swallow one.",
    "For a body massage, mix 1.5 to 3 % into a carrier oil: 3 to 6 drops in 10 ml.",
    "Patch-test every new oil: a little of the diluted mix on the inner forearm, then wait 24 to 48 hours for any redness or itching.",
    "Try new oils weeks before race week, never for the first time before an important race.",
];

/// Whether `race` has runners outdoors in daylight: sun-sensitising oils on the skin then burn.
pub fn sun_exposed(race: &Race) -> bool {
    if !race.outdoor {
        return false;
    }
    let start = race.start_time.num_seconds_from_midnight();
    let end = start + u32::try_from(race.estimated_duration().num_seconds()).unwrap_or(u32::MAX);
    // Daylight on the race day and on every following day the race is still going.
    (0..=end / 86_400).any(|day| {
        let from = day * 86_400 + DAYLIGHT_HOURS.start * 3_600;
        let to = day * 86_400 + DAYLIGHT_HOURS.end * 3_600;
        start < to && from < end.max(start + 1)
    })
}

/// A calculated mix.
#[derive(Debug, Clone, PartialEq)]
pub struct Mix {
    /// Whole drops to add, rounded down so the mix never ends up stronger than asked.
    pub drops: u32,
    /// The unrounded number of drops.
    pub exact_drops: f64,
    /// The strength the whole drops actually give.
    pub actual_percent: f64,
    /// Advice that does not block the mix (e.g. stronger than a body massage needs).
    pub note: Option<String>,
}

/// Drops of `oil` for `carrier_ml` of carrier oil at `percent`. `sun_race` is the next race when it
/// is outdoors in daylight: a sun-sensitising oil above its maximum is then refused, with the reason.
/// Errors are for the fields `carrier_ml` and `percent`.
pub fn mix(
    oil: &Oil,
    carrier_ml: f64,
    percent: f64,
    sun_race: Option<&Race>,
) -> Result<Mix, FieldErrors> {
    let mut errors = FieldErrors::default();
    if !carrier_ml.is_finite() || carrier_ml <= 0.0 || carrier_ml > MAX_CARRIER_ML {
        errors.push(
            "carrier_ml",
            format!("Enter an amount of carrier oil above 0 and up to {MAX_CARRIER_ML:.0} ml."),
        );
    }
    if !percent.is_finite() || percent <= 0.0 || percent > MAX_PERCENT {
        errors.push(
            "percent",
            format!("Enter a dilution above 0 and up to {MAX_PERCENT:.0} %; 1.5 to 3 % suits a body massage."),
        );
    } else if let (Some(max), Some(race)) = (oil.sun_max_percent, sun_race) {
        if percent > max {
            let instead = oil
                .sun_safe_alternative
                .map(|alternative| format!(", or use {alternative} instead"))
                .unwrap_or_default();
            errors.push(
                "percent",
                format!(
                    "Too strong for a sunny race: {} makes skin burn more easily in sunlight, and {} is outdoors in daylight. Keep it to {} % or less{instead}.",
                    oil.name,
                    race.name,
                    format_percent(max)
                ),
            );
        }
    }
    errors.clone().into_result()?;
    let exact_drops = carrier_ml * percent / 100.0 / DROP_ML;
    // A hair of tolerance so 10 ml at 1.5 % is 3 drops, not 2 because of binary fractions.
    let drops = (exact_drops + 1e-9).floor() as u32;
    if drops == 0 {
        // Rounded up, so the amount suggested really does make a whole drop.
        let needed = (DROP_ML * 100.0 / percent - 1e-9).ceil();
        errors.push(
            "carrier_ml",
            format!("That is less than one drop. Mix at least {needed:.0} ml of carrier oil at this strength."),
        );
        return Err(errors);
    }
    let actual_percent = f64::from(drops) * DROP_ML / carrier_ml * 100.0;
    let note = (percent > *BODY_MASSAGE_PERCENT.end()).then(|| {
        "Stronger than the 1.5 to 3 % usual for a body massage: keep it to a small area."
            .to_string()
    });
    Ok(Mix {
        drops,
        exact_drops,
        actual_percent,
        note,
    })
}

/// A percentage for people: "0.4", "2", "1.25".
pub fn format_percent(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// How well the runner knows an oil on their own skin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OilStatus {
    #[default]
    NotMarked,
    /// Not patch-tested yet.
    New,
    PatchTested,
}

impl OilStatus {
    /// Every status, as offered.
    pub const ALL: [OilStatus; 3] = [OilStatus::NotMarked, OilStatus::New, OilStatus::PatchTested];

    /// The choice shown to the runner.
    pub fn label(self) -> &'static str {
        match self {
            OilStatus::NotMarked => "Not marked",
            OilStatus::New => "New to me (not patch-tested)",
            OilStatus::PatchTested => "Patch-tested, suits me",
        }
    }
}

/// The runner's mark on one oil. The id is derived from the oil, so marks from two devices merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OilMark {
    pub id: RecordId,
    pub oil: String,
    pub status: OilStatus,
    pub updated_at: DateTime<Utc>,
}

impl Record for OilMark {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// The runner's mark on `oil_key`.
pub fn status_of(marks: &[OilMark], oil_key: &str) -> OilStatus {
    marks
        .iter()
        .find(|mark| mark.oil == oil_key)
        .map_or(OilStatus::NotMarked, |mark| mark.status)
}

/// Records the runner's mark on `oil_key`.
pub fn set_status(marks: &mut Vec<OilMark>, oil_key: &str, status: OilStatus, now: DateTime<Utc>) {
    match marks.iter_mut().find(|mark| mark.oil == oil_key) {
        Some(mark) => {
            mark.status = status;
            mark.updated_at = now;
        }
        None => marks.push(OilMark {
            id: RecordId(format!("oil-{oil_key}")),
            oil: oil_key.to_string(),
            status,
            updated_at: now,
        }),
    }
}

/// A warning about an oil still new to the runner with an A race close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOilWarning {
    pub oil_key: String,
    pub message: String,
}

/// Warnings for oils marked new while an A race starts within [`NEW_OIL_WARNING_DAYS`] of `now`.
pub fn new_oil_warnings(
    marks: &[OilMark],
    races: &[Race],
    now: DateTime<Utc>,
) -> Vec<NewOilWarning> {
    let horizon = now + Duration::days(NEW_OIL_WARNING_DAYS);
    let Some(race) = races
        .iter()
        .filter(|race| race.priority == Priority::A)
        .filter(|race| (now..=horizon).contains(&race.start_instant()))
        .min_by_key(|race| (race.start_instant(), &race.id))
    else {
        return Vec::new();
    };
    let days = (race.start_instant() - now).num_days();
    let when = match days {
        0 => "less than a day away".to_string(),
        1 => "1 day away".to_string(),
        n => format!("{n} days away"),
    };
    marks
        .iter()
        .filter(|mark| mark.status == OilStatus::New)
        .filter_map(|mark| oil(&mark.oil))
        .map(|oil| NewOilWarning {
            oil_key: oil.key.to_string(),
            message: format!(
                "{} is new to you and {} is {when}. A patch test takes 24 to 48 hours and a first try belongs before a training run, so leave it out of this race or test it now and keep it for afterwards.",
                oil.name, race.name
            ),
        })
        .collect()
}
