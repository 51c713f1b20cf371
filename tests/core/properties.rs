//! Properties of the one rule engine over random runners (every budget, preference, distance,
//! zone, injury and red flag), checked against `crate::common::oracle`, which works out each race's
//! forbidden and allowed days from the dates and settings without the engine's code: no session
//! lands on a day a rule forbids, the budget is a ceiling, one kind is never both offered and held
//! back, and Today is the season plan's day.

use crate::common::generators::*;
use crate::common::oracle::{date_in, stopped, touches, RaceDates};
use crate::common::Data;
use chrono::{Datelike, Days, Duration, NaiveDate};
use chrono_tz::Tz;
use fresh_legs::core::checklist::due_now;
use fresh_legs::core::log::LogKind;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::{PreEventPreference, TightBudget};
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::engine::grid::PlanDay;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::today::{today, Place};
use fresh_legs::core::recommend::{why, Engine, Reason, SeasonPlan};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The oracle's dates of every race of `data` (races starting in a clock change are left to the
/// table tests).
fn race_dates(data: &Data) -> Vec<RaceDates> {
    data.races
        .iter()
        .filter_map(|race| RaceDates::of(race, &data.profile))
        .collect()
}

fn season(data: &Data, from: NaiveDate, to: NaiveDate, tz: Tz) -> SeasonPlan {
    let inputs = data.inputs();
    Engine::standard(&inputs).plan(&inputs, from, to, tz)
}

/// The dates of the runner's therapist sessions in the log.
fn logged_professional(data: &Data, tz: Tz) -> Vec<NaiveDate> {
    data.log
        .iter()
        .filter(|entry| entry.is_professional_session())
        .map(|entry| date_in(tz, entry.at))
        .collect()
}

/// Everything the oracle forbids of `session` on `day`, as a message, or `None`.
fn forbidden(
    data: &Data,
    races: &[RaceDates],
    tz: Tz,
    day: &PlanDay,
    kind: MassageKind,
    place: &Place,
) -> Option<String> {
    let date = day.date;
    let on = |from, to| touches(tz, date, from, to);
    if stopped(&data.log, tz, date) {
        return Some(format!("{kind:?} on {date} under a whole-body red flag"));
    }
    for race in races {
        if kind != MassageKind::Injury {
            if let Some(no_touch) = race.no_touch_from {
                let before_start = match kind {
                    // A flush follows a finish: only whole days before the start keep it off.
                    MassageKind::PostEvent => date < date_in(tz, race.start),
                    _ => true,
                };
                if before_start && on(no_touch, race.start) {
                    return Some(format!("{kind:?} on {date}, a no-touch day of {}", race.id));
                }
            }
        }
        match kind {
            MassageKind::General if on(race.cutoff_from, race.general_again) => {
                return Some(format!(
                    "general on {date} in the cut-off or gap of {}",
                    race.id
                ));
            }
            MassageKind::SelfMassage if on(race.start, race.finish) => {
                return Some(format!("self-massage on {date} while {} is run", race.id));
            }
            _ => {}
        }
    }
    let own = |race: &RaceDates| day_race(day, kind) == Some(&race.id);
    match kind {
        MassageKind::PreEvent => {
            let Some(race) = races.iter().find(|race| own(race)) else {
                return Some(format!("pre-event on {date} for no race"));
            };
            let allowed = match place {
                Place::Start { .. } => date == date_in(tz, race.start),
                _ => {
                    on(race.pre_event_from, race.start)
                        && [24, 48]
                            .into_iter()
                            .any(|hours| date == date_in(tz, race.start - Duration::hours(hours)))
                }
            };
            (!allowed).then(|| format!("pre-event on {date} outside {}'s days", race.id))
        }
        MassageKind::PostEvent => {
            let race = races.iter().find(|race| own(race))?;
            (!on(race.flush_from, race.flush_to))
                .then(|| format!("post-event on {date} outside {}'s flush", race.id))
        }
        _ => None,
    }
}

fn day_race(day: &PlanDay, kind: MassageKind) -> Option<&fresh_legs::core::record::RecordId> {
    day.session(kind)?.race_id.as_ref()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// Rules 1, 3, 4, 8, 11 and 12 on every planned day, against the oracle; one hands-on
    /// session a day, none on a day the log already has a massage; every kind that matters on a
    /// day either booked or held back with a reason, never both.
    #[test]
    fn no_session_lands_on_a_day_a_rule_forbids(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..150) {
        let from = base() + Days::new(start);
        let plan = season(&data, from, from + Days::new(len), tz);
        let races = race_dates(&data);
        prop_assume!(races.len() == data.races.len());
        let logged_days: BTreeSet<NaiveDate> = data.log.iter()
            .filter(|entry| matches!(entry.kind, LogKind::MassageReceived { .. }))
            .map(|entry| date_in(tz, entry.at))
            .collect();
        let spacing = i64::from(data.profile.general_spacing_days);
        let generals: Vec<NaiveDate> = plan.days.iter()
            .filter(|day| day.session(MassageKind::General).is_some())
            .map(|day| day.date)
            .chain(data.log.iter()
                .filter(|e| e.is_professional_session() && e.massage_kind() == Some(MassageKind::General))
                .map(|e| date_in(tz, e.at)))
            .collect();
        for day in &plan.days {
            let booked: Vec<MassageKind> = day.sessions.iter().map(|s| s.kind()).collect();
            let held: Vec<MassageKind> = day.withheld.iter().map(|w| w.kind).collect();
            prop_assert!(booked.iter().all(|kind| !held.contains(kind)), "{} books and holds back one kind: {booked:?} {held:?}", day.date);
            let unique: BTreeSet<_> = booked.iter().chain(&held).collect();
            prop_assert_eq!(unique.len(), booked.len() + held.len(), "one entry per kind on {}: {:?} {:?}", day.date, day.sessions, day.withheld);
            let main = day.sessions.iter().filter(|s| s.takes_the_day()).count();
            prop_assert!(main <= 1, "{} hands-on sessions on {}", main, day.date);
            if logged_days.contains(&day.date) {
                prop_assert_eq!(main, 0, "a session on {}, which has a massage in the log", day.date);
            }
            for held in &day.withheld {
                prop_assert!(held.reason.text().starts_with("Rule "), "{:?}", held);
            }
            for session in &day.sessions {
                let rec = &session.recommendation;
                prop_assert!(!rec.reasons.is_empty(), "every session says why");
                prop_assert!(why(&rec.reasons).starts_with("Rule "));
                if let Some(problem) = forbidden(&data, &races, tz, day, rec.kind, &rec.place) {
                    return Err(TestCaseError::fail(problem));
                }
                if rec.kind == MassageKind::General {
                    let too_close = generals.iter().filter(|other| {
                        let apart = (**other - day.date).num_days().abs();
                        apart != 0 && apart < spacing
                    }).count();
                    prop_assert_eq!(too_close, 0, "general on {} within {} days of another", day.date, spacing);
                }
                if rec.kind == MassageKind::Injury {
                    prop_assert!(rec.minutes.is_none() && rec.place == Place::Therapist, "no protocol from the app");
                    for area in &rec.focus {
                        let fresh = data.log.iter().any(|e| matches!(e.kind,
                            LogKind::Injury { area: a, started, resolved, .. }
                                if a == *area && started <= day.date && resolved.is_none_or(|r| day.date < r)
                                    && day.date < started + Days::new(3)));
                        let old = data.log.iter().any(|e| matches!(e.kind,
                            LogKind::Injury { area: a, started, resolved, .. }
                                if a == *area && started + Days::new(3) <= day.date && resolved.is_none_or(|r| day.date < r)));
                        prop_assert!(old && !fresh, "injury work on the {area:?} on {} in its first 72 hours", day.date);
                    }
                }
            }
        }
    }

    /// Rule 5: the budget is a ceiling. No calendar month (a monthly budget), no 365 days in a
    /// row (a yearly one) and no training block (one per block) holds more therapist sessions,
    /// had, booked and planned, than it allows; the plan never adds to a stretch the log already
    /// filled.
    #[test]
    fn the_budget_is_a_ceiling_in_every_stretch(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..150) {
        let from = base() + Days::new(start);
        let plan = season(&data, from, from + Days::new(len), tz);
        let planned: Vec<NaiveDate> = plan.days.iter()
            .flat_map(|day| day.sessions.iter()
                .filter(|s| s.recommendation.place == Place::Therapist
                    && !matches!(s.kind(), MassageKind::Injury | MassageKind::SelfMassage))
                .map(move |_| day.date))
            .collect();
        let logged = logged_professional(&data, tz);
        let count = |first: NaiveDate, last: NaiveDate, dates: &[NaiveDate]| {
            dates.iter().filter(|d| first <= **d && **d <= last).count()
        };
        let budget = data.profile.massage_budget_per_month;
        match (budget, data.profile.tight()) {
            (0, None) => prop_assert!(planned.is_empty(), "no budget, yet {:?}", planned),
            (0, Some(TightBudget::Year(n))) => for day in &planned {
                for offset in 0..365 {
                    let first = *day - Days::new(offset);
                    let last = first + Days::new(364);
                    let (mine, had) = (count(first, last, &planned), count(first, last, &logged));
                    prop_assert!(mine + had <= usize::from(n).max(had) && (had < usize::from(n) || mine == 0),
                        "{mine} planned and {had} logged from {first} to {last}, budget {n} a year");
                }
            },
            (0, Some(TightBudget::Block(n))) => for day in &planned {
                let blocks: Vec<_> = data.blocks.iter().filter(|b| b.start <= *day && *day <= b.end).collect();
                prop_assert!(!blocks.is_empty(), "a session on {day}, outside every block");
                for block in blocks {
                    let (mine, had) = (count(block.start, block.end, &planned), count(block.start, block.end, &logged));
                    prop_assert!(mine + had <= usize::from(n), "{mine} planned and {had} logged in block {}", block.id);
                }
            },
            (per_month, _) => {
                let mut months: BTreeMap<(i32, u32), (usize, usize)> = BTreeMap::new();
                for d in &planned { months.entry((d.year(), d.month())).or_default().0 += 1; }
                for d in &logged { months.entry((d.year(), d.month())).or_default().1 += 1; }
                for (month, (mine, had)) in months {
                    prop_assert!(mine == 0 || mine + had <= usize::from(per_month),
                        "{month:?}: {mine} planned and {had} logged, budget {per_month}");
                }
            }
        }
        // Below one a month, the smaller races' own sessions are at home (rule 2's test aside).
        if let (0, Some(_)) = (budget, data.profile.tight()) {
            for day in &plan.days {
                for s in day.sessions.iter().filter(|s| matches!(s.kind(), MassageKind::PreEvent | MassageKind::PostEvent)) {
                    let race = data.races.iter().find(|r| Some(&r.id) == s.race_id.as_ref());
                    let test = matches!(s.recommendation.reasons[..], [Reason::TryApproachFirst { .. }]);
                    let at_a_therapist = s.recommendation.place == Place::Therapist;
                    prop_assert!(!at_a_therapist || test || race.is_some_and(|r| r.priority == Priority::A), "{s:?}");
                }
            }
        }
    }

    /// Today is the season plan's day: what it offers is the plan's sessions for today, what the
    /// plan has today is offered or explained, and nothing is both offered and held back. With a
    /// whole-body red flag in force (read from the log here), nothing at all is offered.
    #[test]
    fn today_is_the_season_plans_day(data in runner(), tz in zone(), hours in 0u32..(320 * 24), minutes in 0u32..60) {
        let now = at_hours(hours) + Duration::minutes(i64::from(minutes));
        let inputs = data.inputs();
        let date = date_in(tz, now);
        let plan = Engine::standard(&inputs).season(&inputs, date, tz);
        let day = today(&inputs, now, tz);
        prop_assert_eq!(day.date, date);
        let cell = plan.day(date).expect("the season starts today");
        for rec in &day.recommendations {
            prop_assert!(cell.sessions.iter().any(|s| &s.recommendation == rec), "{:?} is not the plan's", rec.kind);
            prop_assert!(!rec.advice.text().is_empty());
        }
        for session in &cell.sessions {
            let shown = day.recommendations.contains(&session.recommendation);
            let passed = day.withheld.iter().any(|w| w.kind == session.kind() && w.reason == Reason::PlannedButPassed { kind: session.kind() });
            let race_started_or_running = session.race_id.as_ref().and_then(|id| data.races.iter().find(|r| &r.id == id))
                .is_some_and(|race| match session.kind() {
                    MassageKind::PreEvent => race.start_instant() <= now,
                    _ => now < race.start_instant() + race.estimated_duration(),
                });
            prop_assert!(shown || passed || race_started_or_running, "the plan has {:?} today and Today says nothing", session.kind());
        }
        let offered: BTreeSet<MassageKind> = day.recommendations.iter().map(|r| r.kind).collect();
        prop_assert!(day.withheld.iter().all(|w| !offered.contains(&w.kind)), "offered and held back at once");
        prop_assert!(!day.home_care.is_empty());
        if stopped(&data.log, tz, date) {
            prop_assert!(day.recommendations.is_empty(), "{:?}", day.recommendations);
            prop_assert!(day.self_massage.is_none() && !day.stretch_after_race && day.stop.is_some());
            // Nor does Today's checklist prompt a massage, a booking, a routine or an oil.
            let due = due_now(&data.profile, &data.races, &[], now, day.stop.is_some());
            prop_assert!(due.iter().all(|due| !due.item.hands_on), "{due:?}");
        }
        let reasons = day.withheld.iter().map(|w| w.reason.text())
            .chain(day.warnings.iter().map(|n| n.reason()))
            .chain(day.home_care.iter().map(|n| n.reason()));
        for reason in reasons {
            prop_assert!(reason.starts_with("Rule ") && reason.len() > 10, "{}", reason);
        }
    }

    #[test]
    fn the_same_runner_in_any_order_gets_the_same_answers(data in runner(), tz in zone(), hours in 0u32..(300 * 24), len in 0u64..120) {
        let now = at_hours(hours);
        let from = date_in(tz, now);
        let shuffled = reversed(&data);
        prop_assert_eq!(today(&data.inputs(), now, tz), today(&shuffled.inputs(), now, tz));
        let to = from + Days::new(len);
        prop_assert_eq!(plan(&data.inputs(), from, to, tz), plan(&shuffled.inputs(), from, to, tz));
    }

    /// Rule 2's test session never sits in another race's cut-off, post-race gap or no-touch
    /// days, and deep work is never tried inside an A or B race's cut-off.
    #[test]
    fn the_test_session_keeps_clear_of_every_other_race(data in runner(), tz in zone(), start in 0u64..200, len in 30u64..150) {
        let from = base() + Days::new(start);
        let plan = season(&data, from, from + Days::new(len), tz);
        let races = race_dates(&data);
        prop_assume!(races.len() == data.races.len());
        for day in &plan.days {
            let Some(test) = day.sessions.iter().find(|s| matches!(s.recommendation.reasons[..], [Reason::TryApproachFirst { .. }])) else {
                continue;
            };
            let on = |from, to| touches(tz, day.date, from, to);
            for race in races.iter().filter(|race| Some(&race.id) != test.race_id.as_ref()) {
                prop_assert!(!on(race.cutoff_from, race.general_again), "test on {} in the cut-off or gap of {}", day.date, race.id);
                if let Some(no_touch) = race.no_touch_from {
                    prop_assert!(!on(no_touch, race.start), "test on {} in {}'s no-touch days", day.date, race.id);
                }
            }
            if data.profile.pre_event_preference == PreEventPreference::Deep {
                for race in races.iter().filter(|race| race.priority != Priority::C) {
                    prop_assert!(!on(race.cutoff_from, race.start), "deep test on {} inside the cut-off of {}", day.date, race.id);
                }
            }
        }
    }

    /// Plans are not empty when they should not be: with no race at all, every day of the range
    /// that holds no logged massage and no whole-body red flag gets a session.
    #[test]
    fn without_races_every_free_day_gets_a_session(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..60) {
        let data = Data { races: Vec::new(), ..data };
        let from = base() + Days::new(start);
        let to = from + Days::new(len);
        let plan = season(&data, from, to, tz);
        for day in &plan.days {
            let massage_that_day = data.log.iter().any(|entry| {
                matches!(entry.kind, LogKind::MassageReceived { .. }) && date_in(tz, entry.at) == day.date
            });
            if !massage_that_day && !stopped(&data.log, tz, day.date) {
                prop_assert!(day.main_session().is_some(), "nothing planned on {}", day.date);
            }
        }
    }
}
