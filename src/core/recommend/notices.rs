//! Warnings (rules 2, 4, 6, 7) and hydration and home-care prompts (rule 10) for the Today screen.

use crate::core::log::{LogEntry, LogKind};
use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::race::Priority;
use crate::core::recommend::day::Day;
use crate::core::recommend::decision::Notice;
use crate::core::recommend::engine::SeasonPlan;
use crate::core::recommend::follow_up::too_deep;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::phase::{Phase, RaceWindows};
use crate::core::recommend::rules::injury::acute_until;
use crate::core::recommend::rules::try_first::chance;
use crate::core::sorting;
use crate::core::words::message;
use chrono::{DateTime, Duration, Utc};

/// How long a logged instant counts as lasting when tested against a window.
const MOMENT: Duration = Duration::minutes(1);

fn race_name(inputs: &PlanInputs, windows: &RaceWindows) -> String {
    inputs
        .race(&windows.race_id)
        .map_or_else(|| message("today-your-race"), |race| race.name.clone())
}

/// Everything the runner should be warned about at `now`, most pressing rules first (the red
/// flags, which lead, are Today's own).
pub fn warnings(
    plan: &SeasonPlan,
    inputs: &PlanInputs,
    windows: &[RaceWindows],
    now: DateTime<Utc>,
) -> Vec<Notice> {
    let date = local_date(plan.tz, now);
    let mut notices: Vec<Notice> = inputs
        .active_injuries(date)
        .into_iter()
        .map(|injury| Notice::ActiveInjury {
            area: injury.area,
            tissue: injury.tissue,
            acute_until: Some(acute_until(injury.started)).filter(|until| date < *until),
        })
        .collect();
    if let Some(a_race) = windows
        .iter()
        .find(|w| w.priority == Priority::A && now < w.start)
    {
        if !inputs.pre_event_approach_tried(Some(&a_race.race_id)) {
            notices.push(Notice::UntriedApproach {
                approach: inputs.profile.pre_event_preference,
                race: race_name(inputs, a_race),
                chance: chance(plan, inputs, a_race, date),
            });
        }
    }
    notices.extend(general_inside_cutoff(inputs, windows, now));
    notices.extend(soreness(
        inputs.log,
        now,
        inputs.profile.soreness_limit_hours,
    ));
    notices
}

/// Rule 4: a general massage had or booked inside a cut-off or post-race gap that still matters.
fn general_inside_cutoff(
    inputs: &PlanInputs,
    windows: &[RaceWindows],
    now: DateTime<Utc>,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    // Sorted once so each race finds its earliest clash by binary search: a heavy log has thousands
    // of entries and a season dozens of races.
    let mut generals: Vec<&LogEntry> = inputs
        .log
        .iter()
        .filter(|entry| entry.massage_kind() == Some(MassageKind::General))
        .collect();
    sorting::sort_by(&mut generals, |a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    for w in windows.iter().filter(|w| now < w.general_allowed_from) {
        let first = generals.partition_point(|entry| entry.at + MOMENT <= w.cutoff_start);
        let clash = generals
            .get(first)
            .filter(|entry| w.blocks_general(entry.at, entry.at + MOMENT));
        let Some(entry) = clash else { continue };
        notices.push(Notice::GeneralInsideWindow {
            race: race_name(inputs, w),
            booked: entry.at > now,
            before_race: entry.at < w.start,
        });
    }
    notices
}

/// Rule 6: soreness past the limit, or bruising, after the most recent general massage; the
/// message names the lighter pressure to ask for next time.
fn soreness(log: &[LogEntry], now: DateTime<Utc>, limit_hours: u16) -> Option<Notice> {
    let finding = too_deep(log, now, limit_hours)?;
    Some(Notice::TooDeep {
        limit_hours: finding.limit_hours,
        lasted_too_long: finding.lasted_too_long,
        bruised: finding.bruised,
        pressure: finding.pressure,
        next: finding.next_pressure(),
    })
}

/// Hydration and home-care prompts for the day (rule 10); always at least one.
pub fn home_care(inputs: &PlanInputs, day: &Day, now: DateTime<Utc>) -> Vec<Notice> {
    let mut prompts = vec![Notice::DrinkSteadily];
    let recent_massage = inputs.log.iter().any(|entry| {
        matches!(entry.kind, LogKind::MassageReceived { .. })
            && entry.at <= now
            && now - entry.at < Duration::hours(24)
    });
    if recent_massage {
        prompts.push(Notice::AfterMassage);
    }
    // Rule 10 follows the race itself: run-up advice only before the start, nothing of the
    // kind while the runner is out on the course, and recovery from the (estimated) finish on.
    let next = day.next_race.as_ref();
    if next.is_some_and(|race| {
        matches!(race.phase, Phase::PreEventWindow | Phase::RaceDay) && now < race.windows.start
    }) {
        prompts.push(Notice::RaceRunUp);
    }
    let just_finished = next.is_some_and(|race| race.windows.finish <= now);
    let recent_phase = day.recent_race.as_ref().map(|race| race.phase);
    if just_finished || matches!(recent_phase, Some(Phase::PostEventFlush | Phase::Recovery)) {
        prompts.push(Notice::AfterRace);
    }
    prompts
}
