//! Today: the next race with its countdown, what to do today and why, warnings and home care.

use crate::core::checklist::{due_now, DueItem};
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::{Place, RaceStatus, Recommendation, Withheld};
use crate::core::recommend::today::today_in;
use crate::core::recommend::{why, Notice};
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::{ChecklistTick, Countdown};
use crate::ui::routes::Route;
use crate::ui::season_plan::use_season_plan;
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
    let minute = use_minute_clock();
    // The minute clock redraws the day as time passes; the day itself is read at this very
    // instant, so an answer saved a few seconds into the minute already counts.
    let _ = minute();
    let now = clock.now();
    let plan = use_season_plan(local_date(clock.zone(), now));
    let state = state.read();
    let document = &state.document;
    let day = today_in(&plan, &document.plan_inputs(), now);
    let due = due_now(
        &document.profile,
        &document.races,
        &document.checklists,
        now,
        day.stop.is_some(),
    );
    let next_race = day.next_race.as_ref().and_then(|status| {
        let race = document
            .races
            .iter()
            .find(|race| race.id == status.race_id)?;
        Some((status.clone(), race.start_instant()))
    });
    // Two columns in a wide window (main.css): what to do on the left, the day's lists (the
    // checklist, the quick log, home care) on the right; one column, in the same order, on a
    // phone.
    rsx! {
        h1 { "Today" }
        div { class: "two-columns",
            div { class: "column-main",
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
                            RecommendationItem { key: "{index}", recommendation: recommendation.clone(), now }
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
                            for (index, (kinds, reason)) in by_reason(&day.withheld).into_iter().enumerate() {
                                WithheldItem { key: "{index}", kinds, reason }
                            }
                        }
                    }
                }
            }
            div { class: "column-side",
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
fn RecommendationItem(
    recommendation: Recommendation,
    now: chrono::DateTime<chrono::Utc>,
) -> Element {
    let zone = use_clock().zone();
    // A flush that opens later today says from when.
    let opens = recommendation
        .opens
        .filter(|opens| now < *opens)
        .map(|opens| {
            format!(
                "From {}",
                crate::core::dates::clock(opens.with_timezone(&zone).time())
            )
        });
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
            p { class: "facts",
                if let Some(opens) = opens {
                    span { class: "opens", "{opens}" }
                    " · "
                }
                span { "{length}" } " · " span { "{place}" }
            }
            p { class: "reason", span { class: "reason-label", "Why: " } {why(&recommendation.reasons)} }
        }
    }
}

/// The held-back kinds grouped by their reason, in order: one reason (a red flag, no-touch days)
/// is said once, with every kind it holds back.
fn by_reason(withheld: &[Withheld]) -> Vec<(String, String)> {
    let mut groups: Vec<(Vec<&'static str>, String)> = Vec::new();
    for held in withheld {
        let reason = held.reason.text();
        match groups.iter_mut().find(|(_, text)| *text == reason) {
            Some((kinds, _)) => kinds.push(held.kind.label()),
            None => groups.push((vec![held.kind.label()], reason)),
        }
    }
    groups
        .into_iter()
        .map(|(kinds, reason)| (crate::core::validation::list_words(&kinds), reason))
        .collect()
}

#[component]
fn WithheldItem(kinds: String, reason: String) -> Element {
    rsx! {
        li { class: "withheld-item",
            strong { "{kinds}" }
            p { class: "reason", "{reason}" }
        }
    }
}

#[component]
fn NoticeItem(notice: Notice, warning: bool) -> Element {
    // A red flag is a stop, not a tip: it looks like one.
    let red_flag = matches!(notice, Notice::RedFlag { .. });
    let class = match (warning, red_flag) {
        (_, true) => "notice notice-alert",
        (true, false) => "notice notice-warning",
        (false, false) => "notice",
    };
    rsx! {
        li { class,
            if red_flag {
                span { class: "visually-hidden", "Stop: " }
            } else if warning {
                span { class: "visually-hidden", "Warning: " }
            }
            p { {notice.message()} }
            p { class: "reason", {notice.reason()} }
        }
    }
}
