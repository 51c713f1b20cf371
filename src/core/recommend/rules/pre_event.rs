//! Rule 1: pre-event work belongs to the day or two before a race, done the way the runner prefers
//! (a light flush by default, compressions, deeper work, or nothing at all on their no-touch
//! days); failing that, a short light flush at the start, 15 to 45 minutes before it and never
//! instead of the warm-up. Rule 2's test session is booked here too, in place of a smaller race's
//! own pre-event session.

use crate::core::massage::MassageKind;
use crate::core::profile::PreEventPreference;
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::{Place, Recommendation};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::ledger::Full;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::rules::budget;
use crate::core::recommend::rules::self_massage::home_flush;
use crate::core::recommend::rules::try_first::{a_race_after, suits_a_test};
use crate::core::routine::self_massage::SelfMassageContext;
use chrono::Duration;

/// A therapist's pre-event session, in minutes.
const THERAPIST_MINUTES: u16 = 25;
/// The short flush at the start, in minutes.
const AT_THE_START_MINUTES: u16 = 10;

/// Books the pre-event session of the race `w`: rule 2's test when this race is one (and
/// `needs_test` is then cleared), else the runner's own approach a day or two out, else the short
/// flush at the start.
pub fn book(plan: &mut Planner, w: &RaceWindows, needs_test: &mut bool) {
    let preference = plan.facts.inputs.profile.pre_event_preference;
    if matches!(preference, PreEventPreference::NoTouch { .. }) || had_one(plan, w) {
        return;
    }
    let candidates: Vec<usize> = [w.start - Duration::hours(24), w.start - Duration::hours(48)]
        .into_iter()
        .filter_map(|at| plan.facts.day_of(at))
        .filter(|day| {
            plan.facts.day_overlaps(*day, w.pre_event_start, w.start)
                && plan.can_book(*day, MassageKind::PreEvent)
        })
        .collect();
    let windows = plan.facts.windows.clone();
    if let Some(a_race) = a_race_after(&windows, w, *needs_test) {
        let test_day = candidates.iter().copied().find(|day| {
            let (from, to) = plan.facts.spans[*day];
            suits_a_test(&windows, w, preference, from, to) && plan.budget_room(*day).is_ok()
        });
        if let Some(day) = test_day {
            *needs_test = false;
            let reason = Reason::TryApproachFirst {
                approach: preference,
                a_race: plan.facts.race_name(&a_race.race_id),
            };
            let advice = therapist_advice(plan, w, preference);
            book_session(
                plan,
                day,
                w,
                advice,
                THERAPIST_MINUTES,
                Place::Therapist,
                vec![reason],
            );
            return;
        }
    }
    if budget::kept_for_a_races(plan, w) {
        return;
    }
    match candidates.first() {
        Some(&day) => {
            let soon = Reason::PreEventSoon {
                race: plan.facts.race_name(&w.race_id),
                days: (local_date(plan.facts.tz, w.start) - plan.facts.date(day))
                    .num_days()
                    .max(1),
                approach: preference,
            };
            match plan.budget_room(day) {
                Ok(()) => {
                    let advice = therapist_advice(plan, w, preference);
                    book_session(
                        plan,
                        day,
                        w,
                        advice,
                        THERAPIST_MINUTES,
                        Place::Therapist,
                        vec![soon],
                    );
                }
                Err(full) => {
                    let note = plan.home_reason(full);
                    let (advice, minutes, place) =
                        home_flush(plan, day, SelfMassageContext::RaceWeek);
                    book_session(plan, day, w, advice, minutes, place, vec![soon, note]);
                    if full == Full::Spent {
                        plan.note_left_out(day, MassageKind::PreEvent);
                    }
                }
            }
        }
        None => at_the_start(plan, w),
    }
}

fn therapist_advice(plan: &Planner, w: &RaceWindows, preference: PreEventPreference) -> Advice {
    Advice::PreEvent {
        preference,
        tried: plan.facts.inputs.pre_event_approach_tried(Some(&w.race_id)),
    }
}

/// Whether a pre-event massage for this race is in the log already (had or booked in its window).
fn had_one(plan: &Planner, w: &RaceWindows) -> bool {
    plan.facts.logged.iter().any(|logged| {
        logged.kind == MassageKind::PreEvent
            && w.pre_event_start <= logged.at
            && logged.at < w.start
    })
}

/// The short, light flush at the start on race day, when no session a day or two out could be
/// booked; it leaves the day free, and it is over once the race starts.
fn at_the_start(plan: &mut Planner, w: &RaceWindows) {
    let Some(day) = plan.facts.day_of(w.start) else {
        return;
    };
    if plan.kept_off(day, MassageKind::PreEvent).is_some() || plan.has(day, MassageKind::PreEvent) {
        return;
    }
    // The first tool of the runner's race-week flush: the one they have been using.
    let tool = crate::core::routine::self_massage::dose(
        SelfMassageContext::RaceWeek,
        plan.facts.inputs.profile.tools,
        plan.facts.inputs.profile.cues.pacing(),
        &plan.facts.keep_off[day],
    )
    .tools
    .first()
    .copied();
    let reason = Reason::RaceDay {
        race: plan.facts.race_name(&w.race_id),
    };
    book_session(
        plan,
        day,
        w,
        Advice::RaceDayFlush,
        AT_THE_START_MINUTES,
        Place::Start { tool },
        vec![reason],
    );
}

fn book_session(
    plan: &mut Planner,
    day: usize,
    w: &RaceWindows,
    advice: Advice,
    minutes: u16,
    place: Place,
    reasons: Vec<Reason>,
) {
    let recommendation = Recommendation {
        kind: MassageKind::PreEvent,
        advice,
        minutes: Some(minutes),
        place,
        focus: Vec::new(),
        avoid: Vec::new(),
        reasons,
        opens: None,
    };
    plan.book(
        day,
        Session {
            race_id: Some(w.race_id.clone()),
            recommendation,
            closes: Some(w.start),
        },
    );
}
