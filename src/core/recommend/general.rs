//! Today's general (deep) massage: clear of every race's cut-off and gap (rule 4), within the
//! budget (rule 5), spaced from those had and booked (rule 11), a step lighter after one that was
//! too deep (rule 6).

use crate::core::body::BodyArea;
use crate::core::log::LogEntry;
use crate::core::massage::MassageKind;
use crate::core::race::local_time::local_date;
use crate::core::recommend::context::Moment;
use crate::core::recommend::day::{Day, Place, Recommendation, Withheld};
use crate::core::recommend::decision::{Advice, Reason};
use crate::core::recommend::follow_up::next_recommended_pressure;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::rules::rhythm_days;

/// Recommends a general massage today, or says under Not today why not.
pub(crate) fn general(moment: &Moment, windows: &[RaceWindows], day: &mut Day) {
    let profile = moment.inputs.profile;
    let withhold = |day: &mut Day, reason: Reason| {
        day.withheld.push(Withheld {
            kind: MassageKind::General,
            reason,
        });
    };
    if let Some(w) = windows
        .iter()
        .find(|w| w.blocks_general(moment.day_from, moment.day_to))
    {
        let name = moment.race_name(w);
        let reason = if moment.day_from < w.start {
            Reason::DeepWorkCutoff {
                race: name,
                priority: w.priority,
                length: w.length,
                days: w.cutoff_days,
            }
        } else {
            Reason::PostRaceGap {
                race: name,
                length: w.length,
                hours: w.post_race_gap_hours,
            }
        };
        return withhold(day, reason);
    }
    let budget = profile.massage_budget_per_month;
    let tight = profile.tight();
    if budget == 0 && tight.is_none() {
        return withhold(day, Reason::NoBudget);
    }
    // Rule 11: one already booked close ahead is the session; a second would bunch them.
    let spacing_days = profile.general_spacing_days;
    let booked_soon = general_sessions(moment)
        .filter(|e| e.at > moment.now)
        .map(|e| (local_date(moment.tz, e.at) - moment.date).num_days())
        .filter(|days| *days < i64::from(spacing_days))
        .min();
    if let Some(days_ahead) = booked_soon {
        return withhold(
            day,
            Reason::BookedWithinSpacing {
                days_ahead,
                spacing: spacing_days,
            },
        );
    }
    if !moment.budget_left() {
        return withhold(day, Reason::BudgetSpent { budget });
    }
    // Which day of a rhythm (hard weeks first) or of a tight budget's block: the season plan's,
    // which Today then agrees with (rule 4).
    let spacing = i64::from(match tight {
        Some(_) => u16::from(spacing_days),
        None => rhythm_days(budget, spacing_days),
    });
    let last = general_sessions(moment)
        .filter(|e| e.at <= moment.now)
        .map(|e| e.at)
        .max();
    if let Some(days) = last
        .map(|at| (moment.now - at).num_days())
        .filter(|days| *days < spacing)
    {
        return withhold(day, Reason::TooSoonSinceLast { days, spacing });
    }
    let lighter =
        next_recommended_pressure(moment.inputs.log, moment.now, profile.soreness_limit_hours);
    // A tight budget's session is the plan's, placed in a hard block: its reason says so.
    let planned_reasons = moment
        .season
        .iter()
        .find(|s| s.date == moment.date && s.kind == MassageKind::General)
        .map(|s| s.reasons.clone());
    let mut reasons = match (tight, planned_reasons) {
        (Some(_), Some(reasons)) => reasons,
        _ => vec![Reason::RegularSessions { budget }],
    };
    if lighter.is_some() {
        reasons.push(Reason::StepLighter);
    }
    day.recommendations.push(Recommendation {
        kind: MassageKind::General,
        advice: Advice::General { lighter },
        minutes: Some(60),
        place: Place::Therapist,
        // Areas to keep off (injuries, red flags) are never also the focus.
        focus: [
            BodyArea::Calves,
            BodyArea::Hamstrings,
            BodyArea::HipFlexors,
            BodyArea::Glutes,
        ]
        .into_iter()
        .filter(|area| !moment.avoid.contains(area))
        .collect(),
        avoid: moment.avoid.clone(),
        reasons,
    });
}

/// General massages with a therapist in the log, had or booked.
fn general_sessions<'a>(moment: &'a Moment) -> impl Iterator<Item = &'a LogEntry> + 'a {
    moment
        .inputs
        .log
        .iter()
        .filter(|e| e.is_professional_session() && e.massage_kind() == Some(MassageKind::General))
}
