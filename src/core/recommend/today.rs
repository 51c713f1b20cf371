//! Today is the season plan's view of today: the plan's day for the runner's date, plus what only
//! the present moment has: where the runner stands against each race, sessions whose window has
//! not opened yet or has already closed, the red flags in force, warnings and home care. Nothing
//! here decides a rule; the rules live in `recommend::rules`.

use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::recommend::decision::{Advice, Notice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::{Engine, SeasonPlan};
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::notices::{home_care, warnings};
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::red_flags::{active_red_flags, stop_on};
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::words::message;
use crate::core::zone::Zone;
use chrono::{DateTime, Utc};

// The Today screen's types live in `day`; re-exported so callers need one path.
pub use crate::core::recommend::day::{Day, Place, RaceStatus, Recommendation, Withheld};

/// The day containing `now` for a runner living in `local_tz`, from the season plan made today.
pub fn today(inputs: &PlanInputs, now: DateTime<Utc>, local_tz: Zone) -> Day {
    let plan = Engine::standard(inputs).season(inputs, local_date(local_tz, now), local_tz);
    today_in(&plan, inputs, now)
}

/// The day containing `now` in `plan`, the season plan made today with `inputs`.
pub fn today_in(plan: &SeasonPlan, inputs: &PlanInputs, now: DateTime<Utc>) -> Day {
    let tz = plan.tz;
    let date = local_date(tz, now);
    let windows = inputs.race_windows();
    let next = windows.iter().find(|w| now < w.flush_start);
    let recent = windows
        .iter()
        .rev()
        .find(|w| w.flush_start <= now && !w.is_behind(now));
    let status = |w: &RaceWindows| RaceStatus {
        race_id: w.race_id.clone(),
        name: inputs
            .race(&w.race_id)
            .map_or_else(|| message("today-your-race"), |race| race.name.clone()),
        priority: w.priority,
        phase: w.phase_at(now),
        windows: w.clone(),
    };
    let red_flags = active_red_flags(inputs.log, date, tz);
    let stop = stop_on(inputs.log, date, tz);
    let mut day = Day {
        date,
        next_race: next.map(status),
        recent_race: recent.map(status),
        recommendations: Vec::new(),
        self_massage: None,
        stretch_after_race: stop.is_none()
            && windows.iter().any(|w| w.finish <= now && now < w.flush_end),
        withheld: Vec::new(),
        // Rule 12 comes first: red flags lead the warnings.
        warnings: red_flags
            .iter()
            .map(|found| Notice::RedFlag {
                flag: found.flag,
                area: found.area,
            })
            .chain(warnings(plan, inputs, &windows, now))
            .collect(),
        home_care: Vec::new(),
        stop,
    };
    // Once a race has started, nothing is said about getting ready for it.
    let started = windows
        .iter()
        .any(|w| w.start <= now && local_date(tz, w.start) == date);
    if let Some(cell) = plan.day(date) {
        day.withheld = cell
            .withheld
            .iter()
            .filter(|held| !(started && held.kind == MassageKind::PreEvent))
            .cloned()
            .collect();
        for session in &cell.sessions {
            match at_this_moment(session, &windows, now) {
                Moment::Now | Moment::Later => {
                    if day.self_massage.is_none() {
                        day.self_massage = home_context(&session.recommendation);
                    }
                    day.recommendations.push(session.recommendation.clone());
                }
                Moment::Passed => day.withheld.push(Withheld {
                    kind: session.kind(),
                    reason: Reason::PlannedButPassed {
                        kind: session.kind(),
                    },
                }),
                Moment::Hidden => {}
            }
        }
    }
    day.home_care = home_care(inputs, &day, now);
    day
}

/// Where a session of today's plan stands at `now`.
enum Moment {
    /// Its window is open.
    Now,
    /// Its window opens later today (a flush after a finish that has already come).
    Later,
    /// Its window closed earlier today.
    Passed,
    /// Nothing to say: the race it prepared for has started, or the race it follows is still
    /// being run.
    Hidden,
}

fn at_this_moment(session: &Session, windows: &[RaceWindows], now: DateTime<Utc>) -> Moment {
    let race = session
        .race_id
        .as_ref()
        .and_then(|id| windows.iter().find(|w| &w.race_id == id));
    if session.closes.is_some_and(|closes| closes <= now) {
        return match session.kind() {
            MassageKind::PreEvent => Moment::Hidden,
            _ => Moment::Passed,
        };
    }
    if session
        .recommendation
        .opens
        .is_some_and(|opens| now < opens)
    {
        let still_racing = race.is_some_and(|w| now < w.finish);
        return if still_racing {
            Moment::Hidden
        } else {
            Moment::Later
        };
    }
    Moment::Now
}

/// The self-massage situation of a session done at home, so Today can offer its routine.
fn home_context(recommendation: &Recommendation) -> Option<SelfMassageContext> {
    if !matches!(recommendation.place, Place::Home { .. }) {
        return None;
    }
    match &recommendation.advice {
        Advice::SelfMassage { context, .. } => Some(*context),
        Advice::HomeFlush {
            before_race: true, ..
        } => Some(SelfMassageContext::RaceWeek),
        Advice::HomeFlush {
            before_race: false, ..
        } => Some(SelfMassageContext::AfterRace),
        _ => None,
    }
}
