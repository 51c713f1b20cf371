//! The season plan: dated therapist sessions within the budget and clear of every race window, with
//! self-massage days in between.

use crate::core::body::BodyArea;
use crate::core::log::LogKind;
use crate::core::massage::MassageKind;
use crate::core::profile::PreEventPreference;
use crate::core::race::local_time::local_date;
use crate::core::race::Priority;
use crate::core::recommend::decision::Reason;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::plan_days::{month_of, Calendar};
use crate::core::recommend::plan_general::general_sessions;
use crate::core::routine::fit::areas_that_shorten;
use crate::core::routine::pick::{candidates, first_fitting};
use crate::core::routine::self_massage::{dose_of, SelfMassageContext};
use crate::core::routine::Routine;
use crate::core::sorting;
use crate::core::training::TrainingBlock;
use crate::core::zone::Zone;
use chrono::{DateTime, Duration, NaiveDate, Utc};

// The plan's item lives beside the grid that collects it; re-exported so callers need one path.
pub use crate::core::recommend::plan_days::PlannedSession;

/// The plan for the runner's local dates `from..=to`: therapist sessions (race-related first, then
/// general work by budget), then self-massage on the free days. `local_tz` is where the runner lives.
pub fn plan(
    inputs: &PlanInputs,
    from: NaiveDate,
    to: NaiveDate,
    local_tz: Zone,
) -> Vec<PlannedSession> {
    let profile = inputs.profile;
    // A budget below one a month has no monthly cap: its block or yearly count decides.
    let monthly_cap = match profile.tight() {
        Some(_) => u8::MAX,
        None => profile.massage_budget_per_month,
    };
    let mut calendar = Calendar::new(
        from,
        to,
        local_tz,
        monthly_cap,
        profile.general_spacing_days,
    );
    if calendar.spans.is_empty() {
        return Vec::new();
    }
    let (range_start, range_end) = (calendar.start(), calendar.end());
    let windows: Vec<RaceWindows> = inputs
        .race_windows()
        .into_iter()
        .filter(|w| {
            let first = w
                .no_touch_start
                .map_or(w.cutoff_start, |t| t.min(w.cutoff_start));
            let last = w.general_allowed_from.max(w.flush_end);
            first < range_end && range_start < last
        })
        .collect();
    mark_log(inputs, &mut calendar);
    mark_red_flags(inputs, &mut calendar);
    mark_windows(&windows, &mut calendar);
    mark_blocks(inputs.blocks, &mut calendar);
    race_sessions(inputs, &windows, &mut calendar);
    general_sessions(inputs, &mut calendar);
    self_massage_days(inputs, &mut calendar);
    let mut sessions = calendar.sessions;
    sorting::sort_by_key(&mut sessions, |session| session.date);
    sessions
}

/// Logged massages occupy their day and count against their month's budget.
fn mark_log(inputs: &PlanInputs, calendar: &mut Calendar) {
    let margin = Duration::days(1);
    let first_month = month_of(calendar.from);
    let last_month = month_of(calendar.date(calendar.spans.len() - 1));
    // Months are whole, so look a month either side of the range before paying for time zone maths.
    let (lo, hi) = (
        calendar.start() - Duration::days(32),
        calendar.end() + Duration::days(32),
    );
    for entry in inputs
        .log
        .iter()
        .filter(|entry| lo <= entry.at && entry.at < hi + margin)
    {
        if !matches!(entry.kind, LogKind::MassageReceived { .. }) {
            continue;
        }
        let date = local_date(calendar.tz, entry.at);
        if let Some(index) = calendar.index_of(date) {
            calendar.taken[index] = true;
        }
        if entry.is_professional_session() && entry.massage_kind() == Some(MassageKind::General) {
            calendar.keep_general_away_from(date);
        }
        let month = month_of(date);
        if entry.is_professional_session() && first_month <= month && month <= last_month {
            *calendar.used.entry(month).or_insert(0) += 1;
        }
    }
}

/// Rule 12: while a whole-body red flag is in force (from the day it was reported until a
/// professional clears it), nothing hands-on is planned, as on Today.
fn mark_red_flags(inputs: &PlanInputs, calendar: &mut Calendar) {
    for entry in inputs.log {
        let LogKind::RedFlag { flag, cleared, .. } = entry.kind else {
            continue;
        };
        if flag.is_local() {
            continue;
        }
        let from = local_date(calendar.tz, entry.at);
        for index in 0..calendar.spans.len() {
            let date = calendar.date(index);
            if from <= date && cleared.is_none_or(|day| date < day) {
                calendar.touch_blocked[index] = true;
            }
        }
    }
}

fn mark_windows(windows: &[RaceWindows], calendar: &mut Calendar) {
    for w in windows {
        for i in calendar.days_overlapping(w.cutoff_start, w.general_allowed_from) {
            calendar.general_blocked[i] = true;
        }
        if let Some(no_touch) = w.no_touch_start {
            for i in calendar.days_overlapping(no_touch, w.start) {
                calendar.touch_blocked[i] = true;
            }
        }
        for i in calendar.days_overlapping(w.start, w.finish) {
            calendar.race_day[i] = true;
        }
    }
    // Race week outranks the days after another race: the lighter dose wins.
    for w in windows {
        for i in calendar.days_overlapping(w.finish, w.general_allowed_from.max(w.flush_end)) {
            calendar.context[i] = SelfMassageContext::AfterRace;
        }
    }
    for w in windows {
        for i in calendar.days_overlapping(w.cutoff_start, w.start) {
            calendar.context[i] = SelfMassageContext::RaceWeek;
        }
    }
}

fn mark_blocks(blocks: &[TrainingBlock], calendar: &mut Calendar) {
    for block in blocks.iter().filter(|block| block.is_hard()) {
        let last = calendar.date(calendar.spans.len() - 1);
        let first = block.start.max(calendar.from);
        for date in first
            .iter_days()
            .take_while(|date| *date <= block.end.min(last))
        {
            let Some(i) = calendar.index_of(date) else {
                continue;
            };
            if calendar.context[i] == SelfMassageContext::Everyday {
                calendar.context[i] = SelfMassageContext::HardBlock;
            }
        }
    }
}

/// Pre- and post-event sessions, most important race first so a tight month spends its budget there.
fn race_sessions(inputs: &PlanInputs, windows: &[RaceWindows], calendar: &mut Calendar) {
    let preference = inputs.profile.pre_event_preference;
    // Only a budget below one a month is tight: then A races alone get their sessions.
    let tight = inputs.profile.massage_budget_per_month == 0;
    let mut order: Vec<&RaceWindows> = windows.iter().collect();
    sorting::sort_by(&mut order, |a, b| {
        (a.priority, a.start, &a.race_id).cmp(&(b.priority, b.start, &b.race_id))
    });
    // Rule 2: with an untried approach, one smaller race before an A race becomes the test.
    let mut needs_test = !inputs.pre_event_approach_tried(None);
    let name = |w: &RaceWindows| {
        inputs
            .race(&w.race_id)
            .map_or_else(|| "your race".to_string(), |race| race.name.clone())
    };
    for w in order {
        let next_a = windows
            .iter()
            .find(|other| other.priority == Priority::A && other.start > w.start);
        let is_test = w.priority != Priority::A && needs_test && next_a.is_some();
        let hands_on = !matches!(preference, PreEventPreference::NoTouch { .. });
        let candidates = [w.start - Duration::hours(24), w.start - Duration::hours(48)];
        // Rule 2's test first: a day that suits it, else (when the race earns one anyway) a
        // plain pre-event session.
        let test = next_a.filter(|_| hands_on && is_test).and_then(|a_race| {
            let index = book_first(calendar, &candidates, |c, i| {
                let (from, to) = c.spans[i];
                w.allows_pre_event(from, to) && suits_a_test(windows, w, preference, from, to)
            })?;
            Some((index, a_race))
        });
        let booked = match test {
            Some((index, a_race)) => {
                needs_test = false;
                Some((
                    index,
                    Reason::TryApproachFirst {
                        approach: preference,
                        a_race: name(a_race),
                    },
                ))
            }
            None if hands_on && (w.priority == Priority::A || !tight) => {
                book_first(calendar, &candidates, |c, i| {
                    let (from, to) = c.spans[i];
                    w.allows_pre_event(from, to)
                })
                .map(|index| {
                    (
                        index,
                        Reason::PreEventPlanned {
                            race: name(w),
                            priority: w.priority,
                            approach: preference,
                        },
                    )
                })
            }
            None => None,
        };
        if let Some((index, reason)) = booked {
            calendar.book(
                index,
                MassageKind::PreEvent,
                Some(w.race_id.clone()),
                25,
                vec![reason],
            );
        }
        if w.priority == Priority::A || !tight {
            let candidates = [
                w.finish + Duration::hours(24),
                w.flush_start,
                w.finish + Duration::hours(40),
            ];
            let booked = book_first(calendar, &candidates, |c, i| {
                let (from, to) = c.spans[i];
                w.allows_post_event(from, to)
            });
            if let Some(index) = booked {
                calendar.book(
                    index,
                    MassageKind::PostEvent,
                    Some(w.race_id.clone()),
                    30,
                    vec![Reason::PostEventPlanned { race: name(w) }],
                );
            }
        }
    }
}

/// Whether `[from, to)` can hold rule 2's test session before `race`: clear of every other race's
/// cut-off, post-race gap and no-touch days, and, for deeper work, of any A or B race's cut-off
/// (its own included), so a deep test only ever comes before a C race.
fn suits_a_test(
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

/// The first candidate instant whose local day is free, within budget and accepted by `fits`.
fn book_first(
    calendar: &Calendar,
    candidates: &[DateTime<Utc>],
    fits: impl Fn(&Calendar, usize) -> bool,
) -> Option<usize> {
    candidates
        .iter()
        .filter_map(|at| calendar.index_of(local_date(calendar.tz, *at)))
        .find(|i| calendar.can_book(*i) && fits(calendar, *i))
}

/// Self-massage on every free day that is not a race day or a no-touch day, dosed by the phase.
fn self_massage_days(inputs: &PlanInputs, calendar: &mut Calendar) {
    let injuries: Vec<_> = inputs
        .log
        .iter()
        .filter_map(|entry| match entry.kind {
            LogKind::Injury {
                area,
                started,
                resolved,
                ..
            } => Some((area, started, resolved)),
            _ => None,
        })
        .collect();
    let tools = inputs.profile.tools;
    let pacing = inputs.profile.cues.pacing();
    let mut built: Vec<(SelfMassageContext, Vec<Routine>, u16)> = Vec::new();
    let mut doses: Vec<(SelfMassageContext, u16, u16)> = Vec::new();
    for index in 0..calendar.spans.len() {
        if calendar.taken[index] || calendar.touch_blocked[index] || calendar.race_day[index] {
            continue;
        }
        let date = calendar.date(index);
        let context = calendar.context[index];
        // A bit per area: most days share their injuries with the day before, and comparing
        // two numbers costs nothing next to building a set for each day.
        let hurt: u16 = injuries
            .iter()
            .filter(|(_, started, resolved)| {
                *started <= date && resolved.is_none_or(|end| date < end)
            })
            .fold(0, |bits, (area, _, _)| bits | bit(*area));
        // Building the routines for each of a season's hundreds of days would dominate the
        // plan's time: they are built once per situation, and reshaped once per set of the
        // injuries that shorten them.
        let at = built
            .iter()
            .position(|(c, _, _)| *c == context)
            .unwrap_or_else(|| {
                let routines = candidates(context.into(), tools);
                let matter = areas_that_shorten(&routines)
                    .into_iter()
                    .fold(0, |bits, area| bits | bit(area));
                built.push((context, routines, matter));
                built.len() - 1
            });
        let (_, routines, matter) = &built[at];
        let key = hurt & matter;
        let minutes = match doses.iter().find(|(c, k, _)| *c == context && *k == key) {
            Some((_, _, minutes)) => *minutes,
            None => {
                let areas = areas_in(key).collect();
                let minutes =
                    dose_of(first_fitting(routines, &areas), context, pacing, &areas).minutes;
                doses.push((context, key, minutes));
                minutes
            }
        };
        let mut reasons = vec![Reason::SelfMassageDose(context)];
        if hurt != 0 {
            reasons.push(Reason::KeepOffInjuries {
                areas: areas_in(hurt).collect(),
            });
        }
        calendar.book(index, MassageKind::SelfMassage, None, minutes, reasons);
    }
}

/// `area`'s bit in a set of areas kept as one number.
fn bit(area: BodyArea) -> u16 {
    1 << (area as u16)
}

/// The areas whose bits are set in `bits`, head-to-toe list order.
fn areas_in(bits: u16) -> impl Iterator<Item = BodyArea> {
    BodyArea::ALL
        .into_iter()
        .filter(move |area| bits & bit(*area) != 0)
}
