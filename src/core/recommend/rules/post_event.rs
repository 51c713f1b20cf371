//! Rule 3: the post-event flush belongs to the window from about 2 hours to about 48 hours after
//! the (expected or estimated) finish: that same evening when the window opens early enough, else
//! the next day. Slow, controlled strokes a touch firmer than pre-event work, with gentle assisted
//! stretching; too deep would slow recovery. One light session a day is plenty: when the next
//! race's pre-event session falls in the window, it flushes the legs too.

use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::{Place, Recommendation};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::engine::grid::Session;
use crate::core::recommend::engine::ledger::Full;
use crate::core::recommend::engine::Planner;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::rules::budget;
use crate::core::recommend::rules::self_massage::home_flush;
use crate::core::recommend::rules::Rule;
use crate::core::routine::self_massage::SelfMassageContext;
use chrono::{Duration, Timelike};

/// A therapist's post-event session, in minutes.
const THERAPIST_MINUTES: u16 = 30;
/// The flush is booked on the evening the window opens only if it opens by this local hour; a
/// later opening leaves no sensible time for it that day.
const LATEST_EVENING_OPENING: u32 = 20;

pub struct FlushWindow;

impl Rule for FlushWindow {
    fn keeps_off(&self, plan: &Planner, day: usize, kind: MassageKind) -> Option<Reason> {
        if kind != MassageKind::PostEvent {
            return None;
        }
        let pre_event = plan.days[day].session(MassageKind::PreEvent)?;
        if !pre_event.takes_the_day() {
            return None;
        }
        let facts = &plan.facts;
        let race = facts
            .windows
            .iter()
            .find(|w| facts.day_overlaps(day, w.flush_start, w.flush_end))?;
        Some(Reason::PreEventAlsoFlushes {
            race: facts.race_name(&race.race_id),
        })
    }
}

/// Books the flush after the race `w`: on the evening its window opens when that is early enough,
/// else the day after, else the day after that while the window is still open.
pub fn book(plan: &mut Planner, w: &RaceWindows) {
    if had_one(plan, w) || budget::kept_for_a_races(plan, w) {
        return;
    }
    let tz = plan.facts.tz;
    let opens_in_time = w.flush_start.with_timezone(&tz).hour() < LATEST_EVENING_OPENING;
    let same_evening = opens_in_time.then_some(w.flush_start);
    let candidates = same_evening
        .into_iter()
        .chain([
            w.finish + Duration::hours(24),
            w.finish + Duration::hours(40),
        ])
        .filter_map(|at| plan.facts.day_of(at));
    let day = candidates.into_iter().find(|day| {
        plan.facts.day_overlaps(*day, w.flush_start, w.flush_end)
            && plan.can_book(*day, MassageKind::PostEvent)
    });
    let Some(day) = day else { return };
    let flush = Reason::PostEventFlush {
        race: plan.facts.race_name(&w.race_id),
        days_after: (plan.facts.date(day) - local_date(tz, w.finish))
            .num_days()
            .max(0),
    };
    let (advice, minutes, place, reasons) = match plan.budget_room(day) {
        Ok(()) => (
            Advice::PostEventFlush,
            THERAPIST_MINUTES,
            Place::Therapist,
            vec![flush],
        ),
        Err(full) => {
            let note = plan.home_reason(full);
            let (advice, minutes, place) = home_flush(plan, day, SelfMassageContext::AfterRace);
            if full == Full::Spent {
                plan.note_left_out(day, MassageKind::PostEvent);
            }
            (advice, minutes, place, vec![flush, note])
        }
    };
    let (day_from, _) = plan.facts.spans[day];
    let recommendation = Recommendation {
        kind: MassageKind::PostEvent,
        advice,
        minutes: Some(minutes),
        place,
        focus: Vec::new(),
        avoid: Vec::new(),
        reasons,
        opens: (w.flush_start > day_from).then_some(w.flush_start),
    };
    plan.book(
        day,
        Session {
            race_id: Some(w.race_id.clone()),
            recommendation,
            closes: Some(w.flush_end),
        },
    );
}

/// Whether a post-event massage for this race is in the log already (had or booked in its window).
fn had_one(plan: &Planner, w: &RaceWindows) -> bool {
    plan.facts.logged.iter().any(|logged| {
        logged.kind == MassageKind::PostEvent && w.finish <= logged.at && logged.at < w.flush_end
    })
}
