//! The built-in checklist items and the rules that pick and word them for a runner and a race.
//!
//! Ids are stable (`tpl-…`): ticks are stored by id, so rewording an item or changing a preference
//! never loses a tick, and an item that comes back finds its tick again.

use crate::core::aroma::sun_exposed;
use crate::core::checklist::group::Group;
use crate::core::profile::{PreEventPreference, Profile};
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::core::record::RecordId;
use crate::core::routine::catalog::{pick_routine, RoutinePhase};
use crate::core::routine::Routine;
use std::collections::BTreeSet;

/// One built-in item, before the runner's ticks are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub id: &'static str,
    pub group: Group,
    pub text: String,
    /// The built-in routine to start for a self-massage item.
    pub routine: Option<RecordId>,
}

/// Whole minutes of a routine's active time, rounded to the nearest minute for a friendly label.
fn minutes(routine: &Routine) -> u32 {
    (routine.active_seconds() + 30) / 60
}

fn item(id: &'static str, group: Group, text: impl Into<String>) -> TemplateItem {
    TemplateItem {
        id,
        group,
        text: text.into(),
        routine: None,
    }
}

/// Every built-in item for `race`, worded for `profile`, in display order within each group.
pub fn template_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    let mut items = pre_event_items(profile, race);
    items.extend(post_event_items(profile, race));
    items
}

fn pre_event_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    use Group::{DayBefore, RaceMorning, TwoDaysBefore};
    let preference = profile.pre_event_preference;
    let hands_on = !matches!(preference, PreEventPreference::NoTouch { .. });
    let mut items = Vec::new();
    match preference {
        PreEventPreference::NoTouch { days } => items.push(item(
            "tpl-no-touch",
            TwoDaysBefore,
            format!("Hands-off days: you chose no massage for the {days} days before the race, so skip the rolling too."),
        )),
        _ if profile.massage_budget_per_month > 0 => items.push(item(
            "tpl-book-pre-event",
            TwoDaysBefore,
            match preference {
                PreEventPreference::Compression => "Book your pre-event session for tomorrow: compressions over your clothes.",
                PreEventPreference::Deep => "Book your pre-event session for tomorrow: the firmer work you already know suits you.",
                _ => "Book your pre-event session for tomorrow: a light flush with compressions, rocking and shaking.",
            },
        )),
        _ => {}
    }
    items.push(item(
        "tpl-hydrate-two-days",
        TwoDaysBefore,
        "Drink steadily through the day; keep a bottle within reach.",
    ));
    if hands_on {
        items.push(item(
            "tpl-pre-event-massage",
            DayBefore,
            match preference {
                PreEventPreference::Compression => "Pre-event massage: brisk compressions over your clothes, then leave it there.",
                PreEventPreference::Deep => "Pre-event massage: the firmer work you like, with no new techniques.",
                _ => "Pre-event massage: light flushing strokes, compressions, rocking and shaking. You should walk out feeling light and springy.",
            },
        ));
    }
    if preference == PreEventPreference::Deep {
        items.push(item(
            "tpl-deep-note",
            DayBefore,
            "Keep the deeper work short, and only as deep as you have already tried before a hard workout or a smaller race.",
        ));
    }
    if hands_on {
        if let Some(pick) = pick_routine(RoutinePhase::PreRace, profile.tools, &BTreeSet::new()) {
            items.push(TemplateItem {
                text: format!(
                    "Self-massage: {} ({} min), easy pressure only.",
                    pick.routine.name,
                    minutes(&pick.routine)
                ),
                routine: Some(pick.routine.id),
                ..item("tpl-pre-self-massage", DayBefore, "")
            });
        }
    }
    items.push(item(
        "tpl-hydrate-day-before",
        DayBefore,
        "Keep drinking through the day; pale yellow urine is the aim.",
    ));
    if sun_exposed(race) {
        items.push(item(
            "tpl-sun-safe-oil",
            DayBefore,
            "Outdoor race in daylight: if you use a citrus oil on your skin, pack a sun-safe one (bergamot FCF, distilled lemon or lime, sweet orange or mandarin).",
        ));
    }
    items.push(item(
        "tpl-morning-drink",
        RaceMorning,
        "Sip water with breakfast; no need to force down extra.",
    ));
    if hands_on {
        items.push(item(
            "tpl-morning-short-session",
            RaceMorning,
            "Optional: a short, light session 15 to 45 minutes before the start, done before your warm-up.",
        ));
    }
    items.push(item(
        "tpl-warm-up",
        RaceMorning,
        if hands_on {
            "Warm up as usual: easy jogging and drills. Massage never replaces it."
        } else {
            "Warm up with easy jogging and drills: that is all the preparation your legs need."
        },
    ));
    items
}

fn post_event_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    use Group::{DayOne, DaysTwoToThree, FirstTwoHours};
    let windows = RaceWindows::new(race, profile);
    let general_from = windows
        .general_allowed_from
        .with_timezone(&race.time_zone)
        .format("%A %-d %B, %H:%M");
    let mut items = vec![
        item(
            "tpl-post-refuel",
            FirstTwoHours,
            "Drink and eat something within the first hour.",
        ),
        item(
            "tpl-post-static-stretch",
            FirstTwoHours,
            "Once you have walked and cooled down, gentle static stretches: hold each one, no bouncing.",
        ),
        item(
            "tpl-post-flush",
            DayOne,
            "Post-event massage: a light flush with slow, controlled strokes, a little firmer than before the race but never deep.",
        ),
    ];
    if let Some(pick) = pick_routine(RoutinePhase::PostRace, profile.tools, &BTreeSet::new()) {
        items.push(TemplateItem {
            text: format!(
                "Gentle rolling from today: {} ({} min), stop well short of discomfort.",
                pick.routine.name,
                minutes(&pick.routine)
            ),
            routine: Some(pick.routine.id),
            ..item("tpl-post-self-massage", DayOne, "")
        });
    }
    items.extend([
        item(
            "tpl-post-hydrate",
            DayOne,
            "Keep topping up fluids through the day.",
        ),
        item(
            "tpl-post-no-general",
            DaysTwoToThree,
            format!("No deep (general) massage until {general_from}: tired muscles need the gap first."),
        ),
        item(
            "tpl-post-soreness-check",
            DaysTwoToThree,
            "Soreness check: rate how your legs feel. Race soreness should be easing by day 3; if it is not, or you see bruising, ask a professional.",
        ),
    ]);
    items
}
