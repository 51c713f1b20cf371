//! Today: the next race with its countdown, what to do today and why, warnings and home care.

use crate::core::checklist::{due_between, DueItem};
use crate::core::race::local_time::day_span;
use crate::core::recommend::day::{Place, RaceStatus, Recommendation, Withheld};
use crate::core::recommend::today::today;
use crate::core::recommend::{why, Notice};
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::{ChecklistTick, Countdown};
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::QuickStart;
use crate::ui::views::today::follow_up::FollowUpPrompt;
use crate::ui::views::today::quick_log::QuickLog;
use crate::ui::views::today::red_flag_check::RedFlagCheck;
use dioxus::prelude::*;

#[component]
pub fn Today() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let now = use_minute_clock();
    let state = state.read();
    let document = &state.document;
    let day = today(&document.plan_inputs(), now(), zone);
    let (day_from, day_to) = day_span(zone, day.date);
    let due = due_between(
        &document.profile,
        &document.races,
        &document.checklists,
        day_from,
        day_to,
    );
    let next_race = day.next_race.as_ref().and_then(|status| {
        let race = document
            .races
            .iter()
            .find(|race| race.id == status.race_id)?;
        Some((status.clone(), race.start_instant()))
    });
    rsx! {
        h1 { "Today" }
        if let Some((status, start)) = next_race {
            NextRace { status, start }
        } else {
            FirstRun { has_races: !document.races.is_empty() }
        }
        RedFlagCheck {}
        FollowUpPrompt {}
        if !day.warnings.is_empty() {
            section { class: "warnings", "aria-labelledby": "warnings-heading",
                h2 { id: "warnings-heading", "Warnings" }
                ul { class: "notice-list",
                    for notice in day.warnings.iter() {
                        NoticeItem { key: "{notice.message()}", notice: notice.clone(), warning: true }
                    }
                }
            }
        }
        section { "aria-labelledby": "recommendations-heading",
            h2 { id: "recommendations-heading", "What to do today" }
            ul { class: "recommendations", "aria-label": "Recommendations",
                for (index, recommendation) in day.recommendations.iter().enumerate() {
                    RecommendationItem { key: "{index}", recommendation: recommendation.clone() }
                }
                if day.recommendations.is_empty() {
                    li { class: "card recommendation-empty",
                        "Nothing to book or roll today: resting is the plan."
                    }
                }
            }
        }
        QuickStart { context: day.self_massage, stretch: day.stretch_after_race, date: day.date }
        if !day.withheld.is_empty() {
            section { "aria-labelledby": "withheld-heading",
                h2 { id: "withheld-heading", "Not today" }
                ul { class: "withheld", "aria-label": "Not today",
                    for (index, withheld) in day.withheld.iter().enumerate() {
                        WithheldItem { key: "{index}", withheld: withheld.clone() }
                    }
                }
            }
        }
        if !due.is_empty() {
            DueToday { due }
        }
        QuickLog {}
        section { "aria-labelledby": "home-care-heading",
            h2 { id: "home-care-heading", "Home care" }
            ul { class: "notice-list",
                for notice in day.home_care.iter() {
                    NoticeItem { key: "{notice.message()}", notice: notice.clone(), warning: false }
                }
            }
        }
    }
}

#[component]
fn NextRace(status: RaceStatus, start: chrono::DateTime<chrono::Utc>) -> Element {
    rsx! {
        section { class: "card next-race", "aria-labelledby": "next-race-heading",
            p { class: "eyebrow", "Next race · {status.priority.label()}" }
            h2 { id: "next-race-heading", "{status.name}" }
            Countdown { target: start, label: format!("Time until {} starts", status.name) }
            p { class: "phase", "Phase: {status.phase.label()}" }
        }
    }
}

/// Today's checklist items from every race, ticked right here or on the Checklists screen.
#[component]
fn DueToday(due: Vec<DueItem>) -> Element {
    rsx! {
        section { "aria-labelledby": "due-heading",
            h2 { id: "due-heading", "Checklist for today" }
            ul { class: "checklist-items", "aria-label": "Checklist for today",
                for entry in due {
                    li { key: "{entry.race_id}-{entry.item.id}", class: "checklist-item",
                        ChecklistTick { race_id: entry.race_id.clone(), item: entry.item.clone() }
                        p { class: "item-race", "{entry.race_name} · {entry.item.group.label()}" }
                    }
                }
            }
            Link { class: "button", to: Route::Checklists {}, "Open checklists" }
        }
    }
}

#[component]
fn FirstRun(has_races: bool) -> Element {
    rsx! {
        section { class: "card first-run",
            if has_races {
                h2 { "No race coming up" }
                p { "Your races are all behind you. Add the next one to plan around it." }
            } else {
                h2 { "Plan your massage around your races" }
                p {
                    "Add a race and Fresh Legs works out when deep work should stop, when a light flush helps, "
                    "and what to do at home on the days in between."
                }
            }
            div { class: "form-actions",
                Link { class: "button primary", to: Route::Races {},
                    if has_races { "Add your next race" } else { "Add your first race" }
                }
                Link { class: "button", to: Route::Settings {}, "Set your preferences" }
            }
        }
    }
}

#[component]
fn RecommendationItem(recommendation: Recommendation) -> Element {
    let place = match &recommendation.place {
        Place::Therapist => "With a massage therapist".to_string(),
        Place::Home { tools } if tools.is_empty() => "At home · hands only".to_string(),
        Place::Home { tools } => format!(
            "At home · {}",
            tools
                .iter()
                .map(|tool| tool.label())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Place::Start { tool: Some(tool) } => format!("At the start · {}", tool.label()),
        Place::Start { tool: None } => "At the start · hands only".to_string(),
    };
    let length = recommendation
        .minutes
        .map(|minutes| format!("{minutes} min"))
        .unwrap_or_else(|| "As long as your therapist advises".to_string());
    rsx! {
        li { class: "card recommendation",
            h3 { {recommendation.kind.label()} }
            p { class: "what", {recommendation.advice.text()} }
            p { class: "facts", span { "{length}" } " · " span { "{place}" } }
            p { class: "reason", span { class: "reason-label", "Why: " } {why(&recommendation.reasons)} }
        }
    }
}

#[component]
fn WithheldItem(withheld: Withheld) -> Element {
    rsx! {
        li { class: "withheld-item",
            strong { {withheld.kind.label()} }
            p { class: "reason", {withheld.reason.text()} }
        }
    }
}

#[component]
fn NoticeItem(notice: Notice, warning: bool) -> Element {
    rsx! {
        li { class: if warning { "notice notice-warning" } else { "notice" },
            if warning {
                span { class: "visually-hidden", "Warning: " }
            }
            p { {notice.message()} }
            p { class: "reason", {notice.reason()} }
        }
    }
}
