//! The words a runner reads on Today and in the season plan: every recommendation, reason and
//! notice, worded from what the rules decided (`decision.rs`). The one place to change or
//! translate them.

use crate::core::body::area_list;
use crate::core::massage::MassageKind;
use crate::core::profile::{BudgetFirst, PreEventPreference, TightBudget};
use crate::core::race::RaceLength;
use crate::core::recommend::decision::{Advice, LeftOut, Notice, Reason, TryChance};
use crate::core::routine::copy::{dose_what, dose_why};
use crate::core::validation::count;

/// The reasons as the runner reads them, each citing its rule: "Rule 5 · … · Rule 6 · …".
pub fn why(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(Reason::text)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A reason the runner reads, naming the rule that produced it ("Rule 4 · ...").
fn cite(rule: u8, why: &str) -> String {
    format!("Rule {rule} · {why}")
}

/// The runner's pre-event approach, mid-sentence: "a light flush", "no massage for 3 days".
pub fn approach_name(preference: PreEventPreference) -> String {
    match preference {
        PreEventPreference::Deep => "deep pre-event work".to_string(),
        PreEventPreference::LightFlush => "a light flush".to_string(),
        PreEventPreference::Compression => "compressions over the clothes".to_string(),
        PreEventPreference::NoTouch { days } => format!("no massage for {days} days"),
    }
}

/// Why a pre-event session a day or two out suits the runner's own approach.
fn pre_event_why(approach: PreEventPreference) -> &'static str {
    match approach {
        PreEventPreference::Compression => {
            "quick compressions over the clothes a day or two out wake the legs without tiring them"
        }
        PreEventPreference::Deep => {
            "you like firmer work before a race, and a day or two out leaves time for any soreness to pass"
        }
        PreEventPreference::LightFlush | PreEventPreference::NoTouch { .. } => {
            "light work a day or two out should leave you feeling light and springy"
        }
    }
}

/// "this month's therapist session is" or "this month's 3 therapist sessions are".
fn month_budget(budget: u8) -> String {
    if budget == 1 {
        "this month's therapist session is".to_string()
    } else {
        format!("this month's {budget} therapist sessions are")
    }
}

/// "your 2 therapist sessions a year" or "your therapist session per training block".
fn tight_budget(limit: TightBudget) -> String {
    let (sessions, per) = match limit {
        TightBudget::Year(sessions) => (sessions, "a year"),
        TightBudget::Block(sessions) => (sessions, "per training block"),
    };
    if sessions == 1 {
        format!("your one therapist session {per}")
    } else {
        format!("your {sessions} therapist sessions {per}")
    }
}

/// ", a marathon" or ", an ultra" after a race's priority; nothing for shorter races.
fn length_note(length: RaceLength) -> &'static str {
    match length {
        RaceLength::UpToHalf => "",
        RaceLength::Marathon => ", a marathon",
        RaceLength::Ultra => ", an ultra",
    }
}

impl Advice {
    /// What to do, in a sentence or two.
    pub fn text(&self) -> String {
        match self {
            Advice::RaceDayFlush => "If you want it, a short, light flush 15 to 45 minutes before the start, then your usual warm-up.".to_string(),
            Advice::PreEvent {
                preference: PreEventPreference::Compression,
                ..
            } => "Brisk compressions over your clothes; light and quick.".to_string(),
            Advice::PreEvent {
                preference: PreEventPreference::Deep,
                tried: true,
            } => "The firmer pre-event work you have tried before and know suits you.".to_string(),
            Advice::PreEvent {
                preference: PreEventPreference::Deep,
                tried: false,
            } => "Firmer pre-event work, as you prefer: keep it short and no deeper than your legs already know.".to_string(),
            Advice::PreEvent { .. } => {
                "Light flushing strokes with compressions, rocking and shaking; nothing deep."
                    .to_string()
            }
            Advice::HomeFlush {
                routine,
                minutes,
                before_race,
            } => format!(
                "A short flush of your own instead: {routine} ({minutes} min), {}.",
                if *before_race {
                    "light and quick"
                } else {
                    "slow and gentle"
                }
            ),
            Advice::PostEventFlush => "Slow, controlled flushing strokes, a touch firmer than pre-race work but lighter than a general massage, with some gentle assisted stretching.".to_string(),
            Advice::General { lighter } => {
                let mut text = "Deeper work on tight spots, trigger points and range of motion. Expect 24 to 36 hours of soreness, so keep hard running away from it.".to_string();
                if let Some(pressure) = lighter {
                    text.push_str(&format!(
                        " Ask for {} pressure this time.",
                        pressure.word()
                    ));
                }
                text
            }
            Advice::SelfMassage {
                context,
                seconds_per_muscle,
            } => dose_what(*context, *seconds_per_muscle),
            Advice::SeeProfessional { areas } => format!(
                "Have your {} seen by a qualified therapist or physio; they choose the treatment.",
                area_list(areas)
            ),
        }
    }
}

impl Reason {
    /// The reason with its rule, as the runner reads it.
    pub fn text(&self) -> String {
        let why = match self {
            Reason::NoTouchDays { race, days } => format!(
                "you asked for no massage in the {days} days before {race}, so today is hands-off"
            ),
            Reason::RaceDay { race } => format!(
                "race day for {race}: keep any massage brief and light, and never let it replace the warm-up"
            ),
            Reason::PreEventSoon {
                race,
                days,
                approach,
            } => {
                let when = if *days == 1 {
                    "tomorrow".to_string()
                } else {
                    format!("in {days} days")
                };
                format!("{race} is {when}: {}", pre_event_why(*approach))
            }
            Reason::PreEventAlsoFlushes { race } => {
                format!("today's light pre-event session also flushes the legs after {race}")
            }
            Reason::TryApproachFirst { approach, a_race } => format!(
                "a low-stakes chance to try {} before {a_race}, where it matters more",
                approach_name(*approach)
            ),
            Reason::PostEventFlush { race, days_after } => {
                let when = match days_after {
                    0 => "is today".to_string(),
                    1 => "was yesterday".to_string(),
                    n => format!("was {n} days ago"),
                };
                format!("{race} {when}: a flush between roughly 2 and 48 hours after the finish speeds recovery, while deep work would slow it")
            }
            Reason::DeepWorkCutoff {
                race,
                priority,
                length,
                days,
            } => format!(
                "{race} ({}{}) is close: deep work stops {days} days before it so any soreness is gone by the start",
                priority.label(),
                length_note(*length)
            ),
            Reason::PostRaceGap {
                race,
                length,
                hours,
            } => format!(
                "{race}{} is only just behind you: deep work waits until {hours} h after the finish",
                match length {
                    RaceLength::UpToHalf => String::new(),
                    _ => format!(",{},", length_note(*length).trim_start_matches(',')),
                }
            ),
            Reason::NoBudget => {
                "no therapist budget is set, so home care carries the load".to_string()
            }
            Reason::BudgetSpent { budget } => {
                format!("{} already used or booked", month_budget(*budget))
            }
            Reason::NoBudgetSoAtHome => {
                "no therapist budget is set, so this one is yours to do at home".to_string()
            }
            Reason::BudgetSpentSoAtHome { budget } => format!(
                "{} used or booked, so do this one at home, lightly",
                month_budget(*budget)
            ),
            Reason::BookedWithinSpacing { days_ahead, spacing } => {
                let when = match days_ahead {
                    0 => "later today".to_string(),
                    1 => "tomorrow".to_string(),
                    n => format!("in {n} days"),
                };
                format!("a general massage is already booked {when}; deep sessions stay at least {spacing} days apart so each one can settle")
            }
            Reason::TooSoonSinceLast { days, spacing } => format!(
                "your last general massage was {} ago; steady spacing (every {spacing} days or so) beats bunching them",
                count(*days, "day", "days")
            ),
            Reason::RegularRhythm { spacing, budget } => format!(
                "regular deep work about every {spacing} days ({budget} a month) catches tight spots early; clear of race cut-offs (rule 4)"
            ),
            Reason::TightBudgetInBlock { block, speed_work } => {
                let what = if *speed_work {
                    format!("{} block with speed work", block.label())
                } else {
                    format!("{} block", block.label())
                };
                format!("a tight budget goes where it helps most: your {what}, when calves, hamstrings and hips tighten; clear of race cut-offs (rule 4)")
            }
            Reason::TightBudgetForARaces { limit } => format!(
                "{} go to your A races and hardest blocks, so the rolling you do at home covers this race",
                tight_budget(*limit)
            ),
            Reason::TightBudgetSpent { limit } => {
                format!("{} are already used or booked", tight_budget(*limit))
            }
            Reason::TightBudgetSpentSoAtHome { limit } => format!(
                "{} are used or booked, so do this one at home, lightly",
                tight_budget(*limit)
            ),
            Reason::OutsideBlocksSoAtHome { limit } => format!(
                "{} pay for sessions inside your training blocks, and this day is outside them, so do this one at home",
                tight_budget(*limit)
            ),
            Reason::OneSessionADay { kind, logged: true } => format!(
                "your log already has a {} on this day; one hands-on session a day is plenty",
                kind.label().to_lowercase()
            ),
            Reason::OneSessionADay { kind, logged: false } => format!(
                "the day's {} is its hands-on session; one a day is plenty",
                kind.label().to_lowercase()
            ),
            Reason::InjuryTooFresh { areas, until } => format!(
                "your {} injury is in its first 72 hours: have it assessed, and no massage on it until {}",
                area_list(areas),
                crate::core::dates::long_weekday_day_month(*until)
            ),
            Reason::RaceIsTheWork { race } => format!(
                "race day for {race}: the race is the day's work, and the flush comes after the finish"
            ),
            Reason::StepLighter => {
                "the last general massage left you too sore or bruised, so this one goes a step lighter".to_string()
            }
            Reason::KeepOffInjuries { areas } => {
                format!("keep deep pressure off your {}", area_list(areas))
            }
            Reason::InjuryNeedsProfessional => {
                "injured tissue needs work matched to the injury, which only a professional can judge".to_string()
            }
            Reason::SelfMassageDose(context) => dose_why(*context).to_string(),
            Reason::PlannedFor { date: Some(date), .. } => format!(
                "your season plan books this one for {}, the day that fits it best",
                crate::core::dates::long_weekday_day_month(*date)
            ),
            Reason::PlannedFor { date: None, .. } => {
                "your season plan has no room for this one within the budget and the race windows"
                    .to_string()
            }
            Reason::PlannedButPassed { .. } => {
                "your season plan had this one for today, but its window closed earlier in the day"
                    .to_string()
            }
            Reason::RedFlagStop { flag } => format!(
                "you reported {}: no massage or self-massage until a doctor or physio has cleared it",
                flag.label().to_lowercase()
            ),
        };
        cite(self.rule(), &why)
    }
}

/// Why every home-care prompt is there.
const HOME_CARE_WHY: &str = "drinking well and home care between sessions are part of every plan";

impl Notice {
    /// What the runner should know or do.
    pub fn message(&self) -> String {
        match self {
            Notice::RedFlag { flag, area } => match area {
                Some(area) => format!("{} ({}). {}", flag.label(), area.in_sentence(), flag.advice()),
                None => format!("{}. {}", flag.label(), flag.advice()),
            },
            Notice::ActiveInjury {
                area,
                tissue,
                acute_until: Some(until),
            } => format!(
                "Your {} {} injury is new. Have it assessed by a doctor or physio; no massage on it, not even with a roller, until {} at the earliest, and then only as a professional advises.",
                area.in_sentence(),
                tissue.label(),
                crate::core::dates::long_weekday_day_month(*until)
            ),
            Notice::ActiveInjury {
                area,
                tissue,
                acute_until: None,
            } => format!(
                "Your {} {} injury is still active. Have it treated by a professional, who decides the approach, and keep roller, stick and ball pressure off it.",
                area.in_sentence(),
                tissue.label()
            ),
            Notice::UntriedApproach {
                approach,
                race,
                chance,
            } => {
                let approach = approach_name(*approach);
                match chance {
                    TryChance::SmallerRace { race: smaller, date } => format!(
                        "You have not logged {approach} before a hard workout or a smaller race yet. Your plan tries it before {smaller} on {}, ahead of {race}.",
                        crate::core::dates::long_weekday_day_month(*date)
                    ),
                    TryChance::Workout { by } => format!(
                        "You have not logged {approach} before a hard workout or a smaller race yet. Try it before a hard workout by {}, ahead of {race}.",
                        crate::core::dates::long_weekday_day_month(*by)
                    ),
                    TryChance::NoneLeft => format!(
                        "You have not logged {approach} before a hard workout or a smaller race, and no day is left to try it before {race}. Keep the session light and familiar, or skip it: what your legs already know is the safe choice."
                    ),
                }
            }
            Notice::GeneralInsideWindow {
                race,
                booked,
                before_race,
            } => match (booked, before_race) {
                (true, true) => format!("A general massage is booked inside the cut-off before {race}. Move it earlier, or to after the post-race gap."),
                (true, false) => format!("A general massage is booked too soon after {race}. Move it until after the post-race gap."),
                (false, true) => format!("You had a general massage inside the cut-off before {race}. Keep things light and easy until the race."),
                (false, false) => format!("You had a general massage soon after {race}. Keep the next days easy and go lighter next time."),
            },
            Notice::TooDeep {
                limit_hours,
                lasted_too_long,
                bruised,
                pressure,
                next,
            } => {
                let what = match (lasted_too_long, bruised) {
                    (true, false) => format!("soreness lasting beyond {limit_hours} hours"),
                    (false, true) => "bruising".to_string(),
                    _ => format!("bruising and soreness beyond {limit_hours} hours"),
                };
                let ask = if next == pressure {
                    format!("It was already logged as {}: tell your therapist it was still too much, and ask for gentler work.", pressure.word())
                } else {
                    format!(
                        "Ask for {} pressure next time instead of {}.",
                        next.word(),
                        pressure.word()
                    )
                };
                format!("Your last general massage left {what}, so it was deeper than it should be. {ask}")
            }
            Notice::DrinkSteadily => {
                "Drink water steadily through the day rather than all at once.".to_string()
            }
            Notice::AfterMassage => "You had a massage in the last day: a little extra water and an easy day help it settle.".to_string(),
            Notice::RaceRunUp => "Keep sipping in the run-up to the race and stick to drinks you have used in training.".to_string(),
            Notice::AfterRace => {
                "Rehydrate, take short easy walks and sleep well while your legs come back."
                    .to_string()
            }
        }
    }

    /// Why, citing the rule.
    pub fn reason(&self) -> String {
        let why = match self {
            Notice::RedFlag { .. } => "some problems make massage unsafe until a professional has looked at them; the app does not judge which",
            Notice::ActiveInjury { .. } => "the app never prescribes injury treatment, and deep self-massage on an injury can set it back",
            Notice::UntriedApproach { .. } => "people react differently to pre-event work, so find out on a day that matters less",
            Notice::GeneralInsideWindow { .. } => "deep work needs clear days before a race and a gap after it, or soreness overlaps the race or the recovery",
            Notice::TooDeep { .. } => "a day to a day and a half of soreness after deep work is normal; longer, or bruising, means too deep",
            Notice::DrinkSteadily | Notice::AfterMassage | Notice::RaceRunUp | Notice::AfterRace => HOME_CARE_WHY,
        };
        cite(self.rule(), why)
    }
}

impl LeftOut {
    /// What the budget could not cover, and what it went to instead (rule 5).
    pub fn text(&self) -> String {
        let when = crate::core::dates::long_weekday_day_month(self.date);
        let spent: Vec<String> = self
            .spent_on
            .iter()
            .map(|(date, kind)| {
                format!(
                    "the {} on {}",
                    kind.label().to_lowercase(),
                    crate::core::dates::weekday_day_month(*date)
                )
            })
            .collect();
        let instead = crate::core::validation::list_words(&spent);
        match (self.kind, self.block) {
            (MassageKind::General, Some(block)) => format!(
                "No deep session in your {} block around {when}: the budget for that stretch goes to {instead}.",
                block.label().to_lowercase()
            ),
            (MassageKind::General, None) => format!(
                "No deep session around {when}: the budget for that stretch goes to {instead}."
            ),
            (kind, _) => format!(
                "The {} on {when} is one to do at home: the budget for that stretch goes to {instead}.",
                kind.label().to_lowercase()
            ),
        }
    }
}

/// The button that swaps what a short budget is spent on first.
pub fn swap_label(now_first: BudgetFirst) -> &'static str {
    match now_first {
        BudgetFirst::RaceSessions => "Spend the budget on deep work first",
        BudgetFirst::DeepWork => "Spend the budget on race sessions first",
    }
}
