//! Rule 2: try it before it matters. When an A race is coming and the runner's pre-event approach
//! has never been logged before a workout or a smaller race, a smaller race before the A race
//! becomes the test, on a day that suits it; Today's warning names that day, or the last day a
//! hard workout could still serve, or says plainly that no chance is left.

use crate::core::profile::PreEventPreference;
use crate::core::race::local_time::local_date;
use crate::core::race::Priority;
use crate::core::recommend::decision::{Reason, TryChance};
use crate::core::recommend::engine::SeasonPlan;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::phase::RaceWindows;
use crate::core::words::message;
use chrono::{DateTime, NaiveDate, Utc};

/// The A race `race` could be the test for: the first A race after it, when the approach still
/// needs trying and `race` is a smaller one.
pub fn a_race_after<'w>(
    windows: &'w [RaceWindows],
    race: &RaceWindows,
    needs_test: bool,
) -> Option<&'w RaceWindows> {
    if !needs_test || race.priority == Priority::A {
        return None;
    }
    windows
        .iter()
        .find(|other| other.priority == Priority::A && other.start > race.start)
}

/// Whether `[from, to)` can hold the test session before `race`: clear of every other race's
/// cut-off, post-race gap and no-touch days, and, for deeper work, of any A or B race's cut-off
/// (its own included), so a deep test only ever comes before a C race.
pub fn suits_a_test(
    windows: &[RaceWindows],
    race: &RaceWindows,
    preference: PreEventPreference,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> bool {
    windows.iter().all(|other| {
        let clashes = other.race_id != race.race_id
            && (other.blocks_general(from, to) || other.blocks_touch(from, to));
        let deep_in_cutoff = preference == PreEventPreference::Deep
            && other.priority != Priority::C
            && from < other.start
            && other.cutoff_start < to;
        !clashes && !deep_in_cutoff
    })
}

/// What chance is left, from `today`, to try the approach before `a_race`: the plan's test
/// session, else a hard workout before the A race's cut-off, else none.
pub fn chance(
    plan: &SeasonPlan,
    inputs: &PlanInputs,
    a_race: &RaceWindows,
    today: NaiveDate,
) -> TryChance {
    let test = plan.days.iter().find_map(|day| {
        day.sessions.iter().find_map(|session| {
            let is_test = session
                .recommendation
                .reasons
                .iter()
                .any(|reason| matches!(reason, Reason::TryApproachFirst { .. }));
            let before = day.to <= a_race.cutoff_start.max(a_race.pre_event_start);
            (is_test && before).then(|| (day.date, session.race_id.clone()))
        })
    });
    if let Some((date, race_id)) = test {
        let race = race_id
            .and_then(|id| inputs.race(&id))
            .map_or_else(|| message("today-a-smaller-race"), |race| race.name.clone());
        return TryChance::SmallerRace { race, date };
    }
    // A hard session in race week is no test of anything: the last chance is the day before
    // the cut-off starts.
    let last = local_date(plan.tz, a_race.cutoff_start).pred_opt();
    match last.filter(|last| today <= *last) {
        Some(by) => TryChance::Workout { by },
        None => TryChance::NoneLeft,
    }
}
