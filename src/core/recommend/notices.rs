//! Warnings (rules 2, 4, 6, 7) and hydration and home-care prompts (rule 10) for the Today screen.

use crate::core::body::BodyArea;
use crate::core::log::{LogEntry, LogKind, Tissue};
use crate::core::massage::MassageKind;
use crate::core::race::Priority;
use crate::core::recommend::day::{Day, Notice};
use crate::core::recommend::follow_up::{too_deep, SORENESS_LIMIT_HOURS};
use crate::core::recommend::inputs::{approach_name, PlanInputs};
use crate::core::recommend::phase::{Phase, RaceWindows};
use crate::core::recommend::rules::cite;
use chrono::{DateTime, Duration, Utc};

/// How long a logged instant counts as lasting when tested against a window.
const MOMENT: Duration = Duration::minutes(1);

fn race_name<'a>(inputs: &PlanInputs<'a>, windows: &RaceWindows) -> &'a str {
    inputs
        .race(&windows.race_id)
        .map_or("your race", |race| race.name.as_str())
}

/// Everything the runner should be warned about at `now`, most pressing rules first.
pub fn warnings(
    inputs: &PlanInputs,
    windows: &[RaceWindows],
    now: DateTime<Utc>,
    injuries: &[(BodyArea, Tissue)],
) -> Vec<Notice> {
    let mut notices = Vec::new();
    for (area, tissue) in injuries {
        notices.push(Notice {
            message: format!(
                "Your {} {} injury is still active. Have it treated by a professional, who decides the approach, and keep roller, stick and ball pressure off it.",
                area.label().to_lowercase(),
                tissue.label()
            ),
            reason: cite(7, "the app never prescribes injury treatment, and deep self-massage on an injury can set it back"),
        });
    }
    if let Some(a_race) = windows
        .iter()
        .find(|w| w.priority == Priority::A && now < w.start)
    {
        if !inputs.pre_event_approach_tried(Some(&a_race.race_id)) {
            notices.push(Notice {
                message: format!(
                    "You have not logged {} before a hard workout or a smaller race yet. Try it there before {}.",
                    approach_name(inputs.profile.pre_event_preference),
                    race_name(inputs, a_race)
                ),
                reason: cite(2, "people react differently to pre-event work, so find out on a day that matters less"),
            });
        }
    }
    notices.extend(general_inside_cutoff(inputs, windows, now));
    notices.extend(soreness(inputs.log, now));
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
    generals.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    for w in windows.iter().filter(|w| now < w.general_allowed_from) {
        let first = generals.partition_point(|entry| entry.at + MOMENT <= w.cutoff_start);
        let clash = generals
            .get(first)
            .filter(|entry| w.blocks_general(entry.at, entry.at + MOMENT));
        let Some(entry) = clash else { continue };
        let name = race_name(inputs, w);
        let message = match (entry.at > now, entry.at < w.start) {
            (true, true) => format!("A general massage is booked inside the cut-off before {name}. Move it earlier or after the race."),
            (true, false) => format!("A general massage is booked too soon after {name}. Move it until after the post-race gap."),
            (false, true) => format!("You had a general massage inside the cut-off before {name}. Keep things light and easy until the race."),
            (false, false) => format!("You had a general massage soon after {name}. Keep the next days easy and go lighter next time."),
        };
        notices.push(Notice {
            message,
            reason: cite(4, "deep work needs clear days before a race and a gap after it, or soreness overlaps the race or the recovery"),
        });
    }
    notices
}

/// Rule 6: soreness past the limit, or bruising, after the most recent general massage; the
/// message names the lighter pressure to ask for next time.
fn soreness(log: &[LogEntry], now: DateTime<Utc>) -> Option<Notice> {
    let finding = too_deep(log, now)?;
    let what = match (finding.lasted_too_long, finding.bruised) {
        (true, false) => format!("soreness lasting beyond {SORENESS_LIMIT_HOURS} hours"),
        (false, true) => "bruising".to_string(),
        _ => format!("bruising and soreness beyond {SORENESS_LIMIT_HOURS} hours"),
    };
    let next = finding.next_pressure();
    let ask = if next == finding.pressure {
        format!("It was already logged as {}: tell your therapist it was still too much, and ask for gentler work.", finding.pressure.label().to_lowercase())
    } else {
        format!(
            "Ask for {} pressure next time instead of {}.",
            next.label().to_lowercase(),
            finding.pressure.label().to_lowercase()
        )
    };
    Some(Notice {
        message: format!(
            "Your last general massage left {what}, so it was deeper than it should be. {ask}"
        ),
        reason: cite(6, "a day to a day and a half of soreness after deep work is normal; longer, or bruising, means too deep"),
    })
}

/// Hydration and home-care prompts for the day (rule 10); always at least one.
pub fn home_care(inputs: &PlanInputs, day: &Day, now: DateTime<Utc>) -> Vec<Notice> {
    let why = "drinking well and home care between sessions are part of every plan";
    let mut prompts = vec![Notice {
        message: "Drink water steadily through the day rather than all at once.".to_string(),
        reason: cite(10, why),
    }];
    let recent_massage = inputs.log.iter().any(|entry| {
        matches!(entry.kind, LogKind::MassageReceived { .. })
            && entry.at <= now
            && now - entry.at < Duration::hours(24)
    });
    if recent_massage {
        prompts.push(Notice {
            message: "You had a massage in the last day: a little extra water and an easy day help it settle.".to_string(),
            reason: cite(10, why),
        });
    }
    let next_phase = day.next_race.as_ref().map(|race| race.phase);
    if matches!(next_phase, Some(Phase::PreEventWindow | Phase::RaceDay)) {
        prompts.push(Notice {
            message: "Keep sipping in the run-up to the race and stick to drinks you have used in training.".to_string(),
            reason: cite(10, why),
        });
    }
    let recent_phase = day.recent_race.as_ref().map(|race| race.phase);
    if matches!(recent_phase, Some(Phase::PostEventFlush | Phase::Recovery)) {
        prompts.push(Notice {
            message: "Rehydrate, take short easy walks and sleep well while your legs come back."
                .to_string(),
            reason: cite(10, why),
        });
    }
    prompts
}
