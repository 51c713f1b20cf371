//! What to do today: recommendations with reasons, what is held back and why, warnings and home care.

use crate::core::body::BodyArea;
use crate::core::log::Tissue;
use crate::core::massage::MassageKind;
use crate::core::profile::PreEventPreference;
use crate::core::race::local_time::{day_span, local_date};
use crate::core::recommend::agreement::{agree_with_the_plan, season_plan};
use crate::core::recommend::decision::{Advice, Notice, Reason};
use crate::core::recommend::general::general;
use crate::core::recommend::inputs::{keep_off, PlanInputs};
use crate::core::recommend::notices::{home_care, warnings};
use crate::core::recommend::phase::{Phase, RaceWindows};
use crate::core::recommend::red_flags::active_red_flags;
use crate::core::routine::self_massage::SelfMassageContext;
use crate::core::zone::Zone;
use chrono::{DateTime, Utc};

use crate::core::recommend::context::{therapist_sessions_in_month, Moment};

// The Today screen's types live in `day`; re-exported so callers need one path.
pub use crate::core::recommend::day::{Day, Place, RaceStatus, Recommendation, Withheld};

/// The recommendations for the runner's local day containing `now`; `local_tz` is where they live.
pub fn today(inputs: &PlanInputs, now: DateTime<Utc>, local_tz: Zone) -> Day {
    let date = local_date(local_tz, now);
    let (day_from, day_to) = day_span(local_tz, date);
    let windows = inputs.race_windows();
    let injuries = inputs.active_injuries(date);
    let red_flags = active_red_flags(inputs.log, date, local_tz);
    // Read once: the warnings, the whole-body stop and the areas to keep off all need them.
    let avoid: Vec<BodyArea> = keep_off(&injuries, &red_flags).into_iter().collect();
    let moment = Moment {
        inputs,
        now,
        tz: local_tz,
        date,
        day_from,
        day_to,
        avoid,
        sessions_this_month: therapist_sessions_in_month(inputs, now, local_tz, date),
        season: season_plan(inputs, date, local_tz, &windows),
    };
    let next = windows.iter().find(|w| now < w.flush_start);
    let recent = windows
        .iter()
        .rev()
        .find(|w| w.flush_start <= now && !w.is_behind(now));
    // No-touch is about the days before a race: once it has started, the flush and home care
    // come back, on race day too.
    let touch_block = windows
        .iter()
        .find(|w| now < w.start && w.blocks_touch(day_from, day_to));
    let status = |w: &RaceWindows| RaceStatus {
        race_id: w.race_id.clone(),
        name: moment.race_name(w),
        priority: w.priority,
        phase: w.phase_at(now),
        windows: w.clone(),
    };
    let mut day = Day {
        date,
        next_race: next.map(status),
        recent_race: recent.map(status),
        recommendations: Vec::new(),
        self_massage: None,
        stretch_after_race: false,
        withheld: Vec::new(),
        // Rule 12 comes first: red flags lead the warnings.
        warnings: red_flags
            .iter()
            .map(|found| Notice::RedFlag {
                flag: found.flag,
                area: found.area,
            })
            .chain(warnings(inputs, &windows, now, &injuries))
            .collect(),
        home_care: Vec::new(),
    };
    day.home_care = home_care(inputs, &day, now);
    let stop = red_flags.iter().find(|found| !found.flag.is_local());
    if let Some(found) = stop {
        // A whole-body red flag: nothing hands-on at all until a professional clears it.
        hold_everything_back(&mut day, Reason::RedFlagStop { flag: found.flag });
    } else if let Some(block) = touch_block {
        let days = match inputs.profile.pre_event_preference {
            PreEventPreference::NoTouch { days } => days,
            _ => 0,
        };
        let reason = Reason::NoTouchDays {
            race: moment.race_name(block),
            days,
        };
        hold_everything_back(&mut day, reason);
    } else {
        pre_event(&moment, next, &mut day);
        // Before the post-event rule looks for today's pre-event session: only the plan's counts.
        agree_with_the_plan(&moment, &mut day);
        post_event(&moment, recent, &mut day);
        general(&moment, &windows, &mut day);
        agree_with_the_plan(&moment, &mut day);
        self_massage(&moment, next, recent, &mut day);
        day.stretch_after_race = windows.iter().any(|w| w.finish <= now && now < w.flush_end);
    }
    injury(&moment, &injuries, &mut day);
    day
}

/// Every hands-on kind held back today for one `reason`.
fn hold_everything_back(day: &mut Day, reason: Reason) {
    for kind in [
        MassageKind::PreEvent,
        MassageKind::PostEvent,
        MassageKind::General,
        MassageKind::SelfMassage,
    ] {
        day.withheld.push(Withheld {
            kind,
            reason: reason.clone(),
        });
    }
}

fn pre_event(moment: &Moment, next: Option<&RaceWindows>, day: &mut Day) {
    let Some(w) = next else { return };
    let phase = w.phase_at(moment.now);
    if !matches!(phase, Phase::PreEventWindow | Phase::RaceDay) || moment.now >= w.start {
        return;
    }
    if moment.logged_since(MassageKind::PreEvent, w.pre_event_start) {
        return;
    }
    let name = moment.race_name(w);
    let preference = moment.inputs.profile.pre_event_preference;
    let (advice, minutes, place, reasons) = if phase == Phase::RaceDay {
        (
            Advice::RaceDayFlush,
            10,
            // The first tool of the runner's race-week flush: the one they have been using.
            Place::Start {
                tool: moment
                    .dose(SelfMassageContext::RaceWeek)
                    .tools
                    .first()
                    .copied(),
            },
            vec![Reason::RaceDay { race: name }],
        )
    } else {
        // Rule 8: "tomorrow" is the runner's tomorrow: the start seen on their own calendar,
        // never the race zone's date against the local one.
        let days = (local_date(moment.tz, w.start) - moment.date)
            .num_days()
            .max(1);
        let budget_note = moment.budget_sends_home();
        let reasons = std::iter::once(Reason::PreEventSoon {
            race: name,
            days,
            approach: preference,
        })
        .chain(budget_note.clone())
        .collect();
        let (advice, minutes, place) = match budget_note {
            None => (
                Advice::PreEvent {
                    preference,
                    tried: moment.inputs.pre_event_approach_tried(Some(&w.race_id)),
                },
                25,
                Place::Therapist,
            ),
            Some(_) => moment.home_flush(SelfMassageContext::RaceWeek),
        };
        (advice, minutes, place, reasons)
    };
    day.recommendations.push(Recommendation {
        kind: MassageKind::PreEvent,
        advice,
        minutes: Some(minutes),
        place,
        focus: Vec::new(),
        avoid: moment.avoid.clone(),
        reasons,
    });
}

fn post_event(moment: &Moment, recent: Option<&RaceWindows>, day: &mut Day) {
    let Some(w) = recent.filter(|w| w.phase_at(moment.now) == Phase::PostEventFlush) else {
        return;
    };
    if moment.logged_since(MassageKind::PostEvent, w.finish) {
        return;
    }
    // A race close behind another: one light session a day is plenty, and the next race comes first.
    if day
        .recommendations
        .iter()
        .any(|rec| rec.kind == MassageKind::PreEvent)
    {
        day.withheld.push(Withheld {
            kind: MassageKind::PostEvent,
            reason: Reason::PreEventAlsoFlushes {
                race: moment.race_name(w),
            },
        });
        return;
    }
    let hours = (moment.now - w.finish).num_hours();
    let budget_note = moment.budget_sends_home();
    let why = Reason::PostEventFlush {
        race: moment.race_name(w),
        hours,
    };
    let (advice, minutes, place) = match budget_note {
        None => (Advice::PostEventFlush, 30, Place::Therapist),
        Some(_) => moment.home_flush(SelfMassageContext::AfterRace),
    };
    day.recommendations.push(Recommendation {
        kind: MassageKind::PostEvent,
        advice,
        minutes: Some(minutes),
        place,
        focus: Vec::new(),
        avoid: moment.avoid.clone(),
        reasons: std::iter::once(why).chain(budget_note).collect(),
    });
}

fn self_massage(
    moment: &Moment,
    next: Option<&RaceWindows>,
    recent: Option<&RaceWindows>,
    day: &mut Day,
) {
    let next_phase = next.map(|w| w.phase_at(moment.now));
    if next_phase == Some(Phase::RaceDay) {
        return;
    }
    let context = next_phase
        .and_then(Phase::self_massage_context)
        .or_else(|| recent.and_then(|w| w.phase_at(moment.now).self_massage_context()))
        .unwrap_or_else(|| {
            if moment
                .inputs
                .block_on(moment.date)
                .is_some_and(|b| b.is_hard())
            {
                SelfMassageContext::HardBlock
            } else {
                SelfMassageContext::Everyday
            }
        });
    day.self_massage = Some(context);
    let dose = moment.dose(context);
    let mut reasons = vec![Reason::SelfMassageDose(context)];
    if !moment.avoid.is_empty() {
        reasons.push(Reason::KeepOffInjuries {
            areas: moment.avoid.clone(),
        });
    }
    day.recommendations.push(Recommendation {
        kind: MassageKind::SelfMassage,
        advice: Advice::SelfMassage {
            context,
            seconds_per_muscle: dose.seconds_per_muscle,
        },
        minutes: Some(dose.minutes),
        place: Place::Home { tools: dose.tools },
        focus: dose.focus,
        avoid: moment.avoid.clone(),
        reasons,
    });
}

fn injury(moment: &Moment, injuries: &[(BodyArea, Tissue)], day: &mut Day) {
    if injuries.is_empty() {
        return;
    }
    day.recommendations.push(Recommendation {
        kind: MassageKind::Injury,
        advice: Advice::SeeProfessional {
            areas: moment.avoid.clone(),
        },
        minutes: None,
        place: Place::Therapist,
        focus: moment.avoid.clone(),
        avoid: Vec::new(),
        reasons: vec![Reason::InjuryNeedsProfessional],
    });
}
