//! Properties of `today()` and `plan()` over random runners: the domain rules' invariants hold for all.

mod common;

use chrono::{Datelike, Days, Duration, NaiveTime, TimeZone, Utc};
use common::generators::*;
use common::Data;
use fresh_legs::core::log::LogKind;
use fresh_legs::core::massage::MassageKind;
use fresh_legs::core::profile::{PreEventPreference, TightBudget};
use fresh_legs::core::race::local_time::{day_span, local_date};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::recommend::phase::RaceWindows;
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::season::season_range;
use fresh_legs::core::recommend::today::{today, Place};
use fresh_legs::core::recommend::{why, Reason};
use proptest::prelude::*;
use std::collections::BTreeMap;

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn planned_sessions_respect_every_window(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..150) {
        let from = base() + Days::new(start);
        let to = from + Days::new(len);
        let sessions = plan(&data.inputs(), from, to, tz);
        let windows = windows_of(&data);
        for pair in sessions.windows(2) {
            prop_assert!(pair[0].date < pair[1].date, "one session a day, in order");
        }
        for session in &sessions {
            prop_assert!(from <= session.date && session.date <= to);
            prop_assert!(!session.reasons.is_empty(), "every session says why");
            prop_assert!(why(&session.reasons).starts_with("Rule "));
            let (day_from, day_to) = day_span(tz, session.date);
            for w in &windows {
                prop_assert!(!(session.kind == MassageKind::General && w.blocks_general(day_from, day_to)),
                    "general on {} inside a cut-off or gap of {}", session.date, w.race_id);
                prop_assert!(!w.blocks_touch(day_from, day_to), "{:?} on {} in no-touch days", session.kind, session.date);
            }
            if session.kind == MassageKind::PreEvent {
                let own = windows.iter().find(|w| Some(&w.race_id) == session.race_id.as_ref());
                prop_assert!(own.is_some_and(|w| w.allows_pre_event(day_from, day_to)), "pre-event on {} outside its window", session.date);
            }
            if session.kind == MassageKind::PostEvent {
                let own = windows.iter().find(|w| Some(&w.race_id) == session.race_id.as_ref());
                prop_assert!(own.is_some_and(|w| w.allows_post_event(day_from, day_to)), "post-event on {} outside its window", session.date);
            }
        }
    }

    #[test]
    fn planned_therapist_sessions_never_exceed_the_monthly_budget(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..150) {
        let from = base() + Days::new(start);
        let sessions = plan(&data.inputs(), from, from + Days::new(len), tz);
        let mut logged: BTreeMap<(i32, u32), usize> = BTreeMap::new();
        for entry in data.log.iter().filter(|entry| entry.is_professional_session()) {
            let day = local_date(tz, entry.at);
            *logged.entry((day.year(), day.month())).or_default() += 1;
        }
        let mut planned: BTreeMap<(i32, u32), usize> = BTreeMap::new();
        for session in sessions.iter().filter(|s| s.kind.is_professional()) {
            *planned.entry((session.date.year(), session.date.month())).or_default() += 1;
        }
        let budget = usize::from(data.profile.massage_budget_per_month);
        match data.profile.tight() {
            // Below one a month there is no monthly count: general work keeps to the block or
            // yearly count, and only A races get race sessions (and rule 2's one test before one).
            Some(tight) => {
                let generals: Vec<_> = sessions.iter().filter(|s| s.kind == MassageKind::General).collect();
                match tight {
                    // Blocks that overlap another share its sessions; count the ones that stand alone.
                    TightBudget::Block(n) => for block in data.blocks.iter().filter(|block| {
                        !data.blocks.iter().any(|other| other.id != block.id && other.start <= block.end && block.start <= other.end)
                    }) {
                        let inside = generals.iter().filter(|s| block.start <= s.date && s.date <= block.end).count();
                        prop_assert!(inside <= usize::from(n), "{inside} in block {}", block.id);
                    },
                    TightBudget::Year(n) => {
                        let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
                        for s in &generals {
                            *per_year.entry(s.date.year()).or_default() += 1;
                        }
                        prop_assert!(per_year.values().all(|count| *count <= usize::from(n)), "{per_year:?}");
                    }
                }
                for s in sessions.iter().filter(|s| matches!(s.kind, MassageKind::PreEvent | MassageKind::PostEvent)) {
                    let race = data.races.iter().find(|r| Some(&r.id) == s.race_id.as_ref());
                    let test = matches!(s.reasons[..], [Reason::TryApproachFirst { .. }]);
                    prop_assert!(test || race.is_some_and(|r| r.priority == Priority::A), "{s:?}");
                }
            }
            None => for (month, count) in planned {
                let already = logged.get(&month).copied().unwrap_or(0);
                prop_assert!(count <= budget.saturating_sub(already), "{month:?}: {count} planned, {already} logged, budget {budget}");
            },
        }
    }

    #[test]
    fn today_respects_every_window_and_explains_itself(
        data in runner(),
        tz in zone(),
        hours in 0u32..(320 * 24),
        near_a_race in any::<bool>(),
        offset in -48i64..48,
    ) {
        let windows = windows_of(&data);
        // Half the cases sit within two days of a cut-off opening, where the edge cases live.
        let now = match windows.first() {
            Some(w) if near_a_race => w.cutoff_start + Duration::hours(offset),
            _ => at_hours(hours),
        };
        let day = today(&data.inputs(), now, tz);
        let (day_from, day_to) = day_span(tz, day.date);
        prop_assert_eq!(day.date, local_date(tz, now));
        for rec in &day.recommendations {
            prop_assert!(!rec.reasons.is_empty(), "every recommendation says why");
            prop_assert!(why(&rec.reasons).starts_with("Rule "));
            prop_assert!(!rec.advice.text().is_empty());
            if rec.kind == MassageKind::General {
                prop_assert!(windows.iter().all(|w| !w.blocks_general(day_from, day_to)), "general inside a cut-off or gap");
            }
            if rec.kind != MassageKind::Injury {
                // No-touch days run from their first midnight up to the start; the race's own day
                // is hands-off until the gun, and the flush is back after it.
                let hands_off = |w: &RaceWindows| {
                    w.no_touch_start.is_some_and(|from| from < day_to && day_from < w.start && now < w.start)
                };
                prop_assert!(!windows.iter().any(hands_off), "{:?} on a no-touch day", rec.kind);
            }
            if rec.kind == MassageKind::PreEvent {
                prop_assert!(windows.iter().any(|w| w.pre_event_start <= now && now < w.start), "pre-event outside its window");
            }
            if rec.kind == MassageKind::PostEvent {
                prop_assert!(windows.iter().any(|w| w.flush_start <= now && now < w.flush_end), "post-event outside the flush window");
            }
        }
        prop_assert!(!day.home_care.is_empty());
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
        let from = local_date(tz, now);
        let shuffled = reversed(&data);
        prop_assert_eq!(today(&data.inputs(), now, tz), today(&shuffled.inputs(), now, tz));
        prop_assert_eq!(today(&data.inputs(), now, tz), today(&data.inputs(), now, tz));
        let to = from + Days::new(len);
        prop_assert_eq!(plan(&data.inputs(), from, to, tz), plan(&shuffled.inputs(), from, to, tz));
    }

    /// Rule 4: rule 2's test session never sits in another race's cut-off, post-race gap or
    /// no-touch days, and deep work is never tried inside an A or B race's cut-off. The forbidden
    /// spans come from each race's own calendar here, not from the app's window code.
    #[test]
    fn the_test_session_keeps_clear_of_every_other_race(data in runner(), tz in zone(), start in 0u64..200, len in 30u64..150) {
        let from = base() + Days::new(start);
        let sessions = plan(&data.inputs(), from, from + Days::new(len), tz);
        let profile = &data.profile;
        let midnight = |race: &Race, days: u64| {
            let day = race.date.checked_sub_days(Days::new(days)).unwrap();
            race.time_zone.from_local_datetime(&day.and_time(NaiveTime::MIN)).earliest()
                .unwrap_or_else(|| race.time_zone.from_utc_datetime(&day.and_time(NaiveTime::MIN)))
                .with_timezone(&Utc)
        };
        for session in sessions.iter().filter(|s| matches!(s.reasons[..], [Reason::TryApproachFirst { .. }])) {
            let (day_from, day_to) = day_span(tz, session.date);
            for race in data.races.iter().filter(|race| Some(&race.id) != session.race_id.as_ref()) {
                let long = race.distance_km >= 42.0;
                let days = match race.priority {
                    Priority::A => profile.cutoffs.a_race_days,
                    Priority::B => profile.cutoffs.b_race_days,
                    Priority::C => profile.cutoffs.c_race_days,
                };
                let days = if long { days.max(5) } else { days };
                let gap = match race.distance_km {
                    km if km >= 45.0 => profile.cutoffs.post_race_gap_hours.max(168),
                    km if km >= 42.0 => profile.cutoffs.post_race_gap_hours.max(120),
                    _ => profile.cutoffs.post_race_gap_hours,
                };
                let blocked_from = midnight(race, u64::from(days));
                let blocked_to = race.start_instant() + race.estimated_duration() + Duration::hours(i64::from(gap));
                prop_assert!(!(day_from < blocked_to && blocked_from < day_to),
                    "test on {} inside the cut-off or gap of {}", session.date, race.name);
                if let PreEventPreference::NoTouch { days } = profile.pre_event_preference {
                    let hands_off = midnight(race, u64::from(days));
                    prop_assert!(!(day_from < race.start_instant() && hands_off < day_to));
                }
            }
            if profile.pre_event_preference == PreEventPreference::Deep {
                for race in data.races.iter().filter(|race| race.priority != Priority::C) {
                    let days = match race.priority {
                        Priority::A => profile.cutoffs.a_race_days,
                        _ => profile.cutoffs.b_race_days,
                    };
                    let days = if race.distance_km >= 42.0 { days.max(5) } else { days };
                    let cutoff = midnight(race, u64::from(days));
                    prop_assert!(!(day_from < race.start_instant() && cutoff < day_to),
                        "deep test on {} inside the cut-off of {}", session.date, race.name);
                }
            }
        }
    }

    /// Rule 4: Today and the season plan agree. A therapist session on Today is one the plan
    /// (over the season the Races screen shows) books for that day; and every professional
    /// session the plan books today is on Today or held back there with a reason.
    #[test]
    fn today_and_the_season_plan_agree_every_day(data in runner(), tz in zone(), hours in 0u32..(300 * 24)) {
        let now = at_hours(hours);
        let day = today(&data.inputs(), now, tz);
        let inputs = data.inputs();
        let (from, to) = season_range(day.date, tz, &inputs.race_windows(), inputs.blocks);
        let planned: Vec<MassageKind> = plan(&inputs, from, to, tz)
            .into_iter()
            .filter(|s| s.date == day.date && s.kind.is_professional())
            .map(|s| s.kind)
            .collect();
        for rec in day.recommendations.iter().filter(|rec| rec.place == Place::Therapist && rec.kind != MassageKind::Injury) {
            prop_assert!(planned.contains(&rec.kind), "{:?} on Today but not in the plan for {}: {:?}", rec.kind, day.date, planned);
        }
        for kind in planned {
            let shown = day.recommendations.iter().any(|rec| rec.kind == kind);
            let explained = day.withheld.iter().any(|w| w.kind == kind);
            prop_assert!(shown || explained, "the plan books {:?} on {} and Today says nothing", kind, day.date);
        }
    }

    /// Plans are not empty when they should not be: with no race at all, every day of the range
    /// that holds no logged massage and no whole-body red flag gets a session (self-massage at
    /// the least), counted here straight from the log.
    #[test]
    fn without_races_every_free_day_gets_a_session(data in runner(), tz in zone(), start in 0u64..250, len in 0u64..60) {
        let data = Data { races: Vec::new(), ..data };
        let from = base() + Days::new(start);
        let to = from + Days::new(len);
        let sessions = plan(&data.inputs(), from, to, tz);
        let mut day = from;
        while day <= to {
            let massage_that_day = data.log.iter().any(|entry| {
                matches!(entry.kind, LogKind::MassageReceived { .. }) && local_date(tz, entry.at) == day
            });
            let stopped = data.log.iter().any(|entry| match entry.kind {
                LogKind::RedFlag { flag, cleared, .. } => {
                    !flag.is_local() && local_date(tz, entry.at) <= day && cleared.is_none_or(|c| day < c)
                }
                _ => false,
            });
            if !massage_that_day && !stopped {
                prop_assert!(sessions.iter().any(|s| s.date == day), "nothing planned on {}", day);
            }
            day = day + Days::new(1);
        }
    }
}
