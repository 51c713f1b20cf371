//! Today and the season plan never disagree: a therapist session stays on Today only when the
//! plan over the season the Races screen shows books it for today; otherwise Today says when the
//! plan has it instead.

use crate::core::massage::MassageKind;
use crate::core::recommend::context::Moment;
use crate::core::recommend::day::{Day, Place, Recommendation, Withheld};
use crate::core::recommend::decision::Reason;
use crate::core::recommend::inputs::PlanInputs;
use crate::core::recommend::phase::RaceWindows;
use crate::core::recommend::plan::{plan, PlannedSession};
use crate::core::recommend::season::season_range;
use crate::core::zone::Zone;
use chrono::NaiveDate;

/// The season plan Today agrees with: the one the Races screen shows, from today.
pub(crate) fn season_plan(
    inputs: &PlanInputs,
    date: NaiveDate,
    tz: Zone,
    windows: &[RaceWindows],
) -> Vec<PlannedSession> {
    let (from, to) = season_range(date, tz, windows, inputs.blocks);
    plan(inputs, from, to, tz)
}

/// Moves each therapist recommendation the plan does not book today to "Not today", with the
/// plan's own date for it. Safe to call again: what it kept is booked today.
pub(crate) fn agree_with_the_plan(moment: &Moment, day: &mut Day) {
    let season = &moment.season;
    let (kept, moved): (Vec<Recommendation>, Vec<Recommendation>) =
        std::mem::take(&mut day.recommendations)
            .into_iter()
            .partition(|rec| {
                // Injury work is the therapist's call, never planned; home work needs no booking.
                rec.place != Place::Therapist
                    || rec.kind == MassageKind::Injury
                    || season
                        .iter()
                        .any(|s| s.date == moment.date && s.kind == rec.kind)
            });
    day.recommendations = kept;
    // A session the plan books today that the rules no longer offer (its window closed earlier
    // in the day, or it has been had): Today still says so.
    let unexplained: Vec<MassageKind> = season
        .iter()
        .filter(|s| s.date == moment.date && s.kind.is_professional())
        .map(|s| s.kind)
        .filter(|kind| {
            !day.recommendations.iter().any(|rec| rec.kind == *kind)
                && !day.withheld.iter().any(|w| w.kind == *kind)
                && !moved.iter().any(|rec| rec.kind == *kind)
        })
        .collect();
    for kind in unexplained {
        day.withheld.push(Withheld {
            kind,
            reason: Reason::PlannedButPassed { kind },
        });
    }
    for rec in moved {
        let date = season
            .iter()
            .find(|s| s.kind == rec.kind && s.date > moment.date)
            .map(|s| s.date);
        day.withheld.push(Withheld {
            kind: rec.kind,
            reason: Reason::PlannedFor {
                kind: rec.kind,
                date,
            },
        });
    }
}
