//! The built-in checklist items and the rules that pick them for a runner and a race; their words
//! are in `checklist::copy`.
//!
//! Ids are stable (`tpl-…`): ticks are stored by id, so rewording an item or changing a preference
//! never loses a tick, and an item that comes back finds its tick again.

use crate::core::aroma::sun_exposed;
use crate::core::checklist::group::Group;
use crate::core::profile::{PreEventPreference, Profile};
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::core::record::RecordId;
use crate::core::routine::catalog::POST_RACE_STRETCH;
use crate::core::routine::pick::{pick_routine, RoutinePhase};
use crate::core::routine::{Pacing, Routine};
use crate::core::zone::Zone;
use chrono::DateTime;
use std::collections::BTreeSet;

/// One built-in item, before the runner's ticks are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub id: &'static str,
    pub group: Group,
    pub text: String,
    /// The built-in routine to start for a self-massage item.
    pub routine: Option<RecordId>,
    /// Leads to hands-on work (see [`Template::leads_to_massage`]).
    pub hands_on: bool,
}

/// Which built-in item the rules chose, with the figures its words need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Template {
    NoTouch { days: u8 },
    BookPreEvent(PreEventPreference),
    HydrateTwoDaysBefore,
    PreEventMassage(PreEventPreference),
    DeepWorkNote,
    PreRaceRoutine { name: String, minutes: u32 },
    HydrateDayBefore,
    SunSafeOil,
    MorningDrink,
    MorningShortSession,
    WarmUp { hands_on: bool },
    Refuel,
    StaticStretch,
    PostEventFlush,
    PostRaceRoutine { name: String, minutes: u32 },
    HydrateAfter,
    NoGeneralUntil { from: DateTime<Zone> },
    SorenessCheck,
}

impl Template {
    /// Whether the item leads to hands-on work (a massage, a booking, a routine, an oil on the
    /// skin): a whole-body red flag puts these on hold (rule 12).
    pub fn leads_to_massage(&self) -> bool {
        matches!(
            self,
            Template::BookPreEvent(_)
                | Template::PreEventMassage(_)
                | Template::PreRaceRoutine { .. }
                | Template::SunSafeOil
                | Template::MorningShortSession
                | Template::StaticStretch
                | Template::PostEventFlush
                | Template::PostRaceRoutine { .. }
        )
    }

    /// The item's stable id.
    pub fn id(&self) -> &'static str {
        match self {
            Template::NoTouch { .. } => "tpl-no-touch",
            Template::BookPreEvent(_) => "tpl-book-pre-event",
            Template::HydrateTwoDaysBefore => "tpl-hydrate-two-days",
            Template::PreEventMassage(_) => "tpl-pre-event-massage",
            Template::DeepWorkNote => "tpl-deep-note",
            Template::PreRaceRoutine { .. } => "tpl-pre-self-massage",
            Template::HydrateDayBefore => "tpl-hydrate-day-before",
            Template::SunSafeOil => "tpl-sun-safe-oil",
            Template::MorningDrink => "tpl-morning-drink",
            Template::MorningShortSession => "tpl-morning-short-session",
            Template::WarmUp { .. } => "tpl-warm-up",
            Template::Refuel => "tpl-post-refuel",
            Template::StaticStretch => "tpl-post-static-stretch",
            Template::PostEventFlush => "tpl-post-flush",
            Template::PostRaceRoutine { .. } => "tpl-post-self-massage",
            Template::HydrateAfter => "tpl-post-hydrate",
            Template::NoGeneralUntil { .. } => "tpl-post-no-general",
            Template::SorenessCheck => "tpl-post-soreness-check",
        }
    }
}

fn item(group: Group, template: Template) -> TemplateItem {
    TemplateItem {
        id: template.id(),
        group,
        text: template.text(),
        routine: None,
        hands_on: template.leads_to_massage(),
    }
}

/// The item for a built-in routine: its words name the routine, and it starts that routine.
fn routine_item(
    group: Group,
    routine: Routine,
    pacing: Pacing,
    template: impl Fn(String, u32) -> Template,
) -> TemplateItem {
    TemplateItem {
        routine: Some(routine.id.clone()),
        ..item(
            group,
            template(routine.name.clone(), u32::from(routine.minutes(pacing))),
        )
    }
}

/// Every built-in item for `race`, chosen for `profile`, in display order within each group.
pub fn template_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    let mut items = pre_event_items(profile, race);
    items.extend(post_event_items(profile, race));
    items
}

fn pre_event_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    use Group::{DayBefore, RaceMorning, TwoDaysBefore};
    let preference = profile.pre_event_preference;
    let pacing = profile.cues.pacing();
    let hands_on = !matches!(preference, PreEventPreference::NoTouch { .. });
    let mut items = Vec::new();
    match preference {
        PreEventPreference::NoTouch { days } => {
            items.push(item(TwoDaysBefore, Template::NoTouch { days }))
        }
        _ if profile.massage_budget_per_month > 0 => {
            items.push(item(TwoDaysBefore, Template::BookPreEvent(preference)))
        }
        _ => {}
    }
    items.push(item(TwoDaysBefore, Template::HydrateTwoDaysBefore));
    if hands_on {
        items.push(item(DayBefore, Template::PreEventMassage(preference)));
    }
    if preference == PreEventPreference::Deep {
        items.push(item(DayBefore, Template::DeepWorkNote));
    }
    if hands_on {
        if let Some(pick) = pick_routine(RoutinePhase::PreRace, profile.tools, &BTreeSet::new()) {
            items.push(routine_item(
                DayBefore,
                pick.routine,
                pacing,
                |name, minutes| Template::PreRaceRoutine { name, minutes },
            ));
        }
    }
    items.push(item(DayBefore, Template::HydrateDayBefore));
    if sun_exposed(race) {
        items.push(item(DayBefore, Template::SunSafeOil));
    }
    items.push(item(RaceMorning, Template::MorningDrink));
    if hands_on {
        items.push(item(RaceMorning, Template::MorningShortSession));
    }
    items.push(item(RaceMorning, Template::WarmUp { hands_on }));
    items
}

fn post_event_items(profile: &Profile, race: &Race) -> Vec<TemplateItem> {
    use Group::{DayOne, DaysTwoToThree, FirstTwoHours};
    let windows = RaceWindows::new(race, profile);
    let general_from = windows.general_allowed_from.with_timezone(&race.time_zone);
    let pacing = profile.cues.pacing();
    let mut items = vec![
        item(FirstTwoHours, Template::Refuel),
        // The stretches lead straight to their guided routine, like the self-massage items.
        TemplateItem {
            routine: Some(RecordId(POST_RACE_STRETCH.to_owned())),
            ..item(FirstTwoHours, Template::StaticStretch)
        },
        item(DayOne, Template::PostEventFlush),
    ];
    if let Some(pick) = pick_routine(RoutinePhase::PostRace, profile.tools, &BTreeSet::new()) {
        items.push(routine_item(
            DayOne,
            pick.routine,
            pacing,
            |name, minutes| Template::PostRaceRoutine { name, minutes },
        ));
    }
    items.extend([
        item(DayOne, Template::HydrateAfter),
        item(
            DaysTwoToThree,
            Template::NoGeneralUntil { from: general_from },
        ),
        item(DaysTwoToThree, Template::SorenessCheck),
    ]);
    items
}
