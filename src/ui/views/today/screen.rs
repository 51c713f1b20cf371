//! Today: the next race with its countdown, what to do today and why, warnings and home care.

use crate::core::checklist::{due_now, DueItem};
use crate::core::race::local_time::local_date;
use crate::core::recommend::day::{Place, RaceStatus, Recommendation, Withheld};
use crate::core::recommend::today::today_in;
use crate::core::recommend::{why, Notice};
use crate::core::validation::list_words;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::{use_clock, use_minute_clock};
use crate::ui::components::{BelowTheFold, ChecklistTick, Countdown};
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
        h1 { {message("today-heading")} }
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
                        h2 { id: "warnings-heading", {message("today-warnings")} }
                        ul { class: "notice-list",
                            for notice in day.warnings.iter() {
                                NoticeItem { key: "{notice.message()}", notice: notice.clone(), warning: true }
                            }
                        }
                    }
                }
                section { "aria-labelledby": "recommendations-heading",
                    h2 { id: "recommendations-heading", {message("today-what-to-do")} }
                    ul { class: "recommendations", "aria-label": message("today-recommendations-label"),
                        for (index, recommendation) in day.recommendations.iter().enumerate() {
                            RecommendationItem { key: "{index}", recommendation: recommendation.clone(), now }
                        }
                        if day.recommendations.is_empty() {
                            li { class: "card recommendation-empty", {message("today-nothing-to-do")} }
                        }
                    }
                }
                // What to do is the first view; the quick start and what is withheld follow a frame later.
                BelowTheFold {
                    QuickStart { context: day.self_massage, stretch: day.stretch_after_race, date: day.date }
                    if !day.withheld.is_empty() {
                        section { "aria-labelledby": "withheld-heading",
                            h2 { id: "withheld-heading", {message("today-not-today")} }
                            ul { class: "withheld", "aria-label": message("today-not-today"),
                                for (index, (kinds, reason)) in by_reason(&day.withheld).into_iter().enumerate() {
                                    WithheldItem { key: "{index}", kinds, reason }
                                }
                            }
                        }
                    }
                }
            }
            div { class: "column-side",
                BelowTheFold {
                    if !due.is_empty() {
                        DueToday { due }
                    }
                    QuickLog {}
                    section { "aria-labelledby": "home-care-heading",
                        h2 { id: "home-care-heading", {message("today-home-care")} }
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
}

#[component]
fn NextRace(status: RaceStatus, start: chrono::DateTime<chrono::Utc>) -> Element {
    rsx! {
        section { class: "card next-race", "aria-labelledby": "next-race-heading",
            p { class: "eyebrow",
                {message_with("today-next-race", &[("priority", Arg::from(status.priority.label()))])}
            }
            h2 { id: "next-race-heading", "{status.name}" }
            Countdown { target: start, label: message_with("today-time-until", &[("race", Arg::from(status.name.as_str()))]) }
            p { class: "phase", {message_with("today-phase", &[("phase", Arg::from(status.phase.label()))])} }
        }
    }
}

/// Today's checklist items from every race, ticked right here or on the Checklists screen.
#[component]
fn DueToday(due: Vec<DueItem>) -> Element {
    rsx! {
        section { "aria-labelledby": "due-heading",
            h2 { id: "due-heading", {message("today-checklist")} }
            ul { class: "checklist-items", "aria-label": message("today-checklist"),
                for entry in due {
                    li { key: "{entry.race_id}-{entry.item.id}", class: "checklist-item",
                        ChecklistTick { race_id: entry.race_id.clone(), item: entry.item.clone() }
                        p { class: "item-race", "{entry.race_name} · {entry.item.group.label()}" }
                    }
                }
            }
            Link { class: "button", to: Route::Checklists {}, {message("today-open-checklists")} }
        }
    }
}

#[component]
fn FirstRun(has_races: bool) -> Element {
    rsx! {
        section { class: "card first-run",
            if has_races {
                h2 { {message("today-no-race-heading")} }
                p { {message("today-no-race-text")} }
            } else {
                h2 { {message("today-first-run-heading")} }
                p { {message("today-first-run-text")} }
            }
            div { class: "form-actions",
                Link { class: "button primary", to: Route::Races {},
                    if has_races { {message("today-add-next-race")} } else { {message("today-add-first-race")} }
                }
                Link { class: "button", to: Route::Settings {}, {message("today-set-preferences")} }
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
            let time = crate::core::dates::clock(opens.with_timezone(&zone).time());
            message_with("today-from", &[("time", Arg::from(time))])
        });
    let place = match &recommendation.place {
        Place::Therapist => message("today-with-therapist"),
        Place::Home { tools } if tools.is_empty() => message("today-at-home-hands"),
        Place::Home { tools } => {
            let tools: Vec<String> = tools.iter().map(|tool| tool.label()).collect();
            message_with(
                "today-at-home-tools",
                &[("tools", Arg::from(tools.join(", ")))],
            )
        }
        Place::Start { tool: Some(tool) } => {
            message_with("today-at-start-tool", &[("tool", Arg::from(tool.label()))])
        }
        Place::Start { tool: None } => message("today-at-start-hands"),
    };
    let length = recommendation.minutes.map_or_else(
        || message("today-therapist-decides"),
        |minutes| {
            message_with(
                "today-minutes",
                &[("minutes", Arg::from(u32::from(minutes)))],
            )
        },
    );
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
            p { class: "reason", span { class: "reason-label", {message("today-why")} } {why(&recommendation.reasons)} }
        }
    }
}

/// The held-back kinds grouped by their reason, in order: one reason (a red flag, no-touch days)
/// is said once, with every kind it holds back.
fn by_reason(withheld: &[Withheld]) -> Vec<(String, String)> {
    let mut groups: Vec<(Vec<String>, String)> = Vec::new();
    for held in withheld {
        let reason = held.reason.text();
        match groups.iter_mut().find(|(_, text)| *text == reason) {
            Some((kinds, _)) => kinds.push(held.kind.label()),
            None => groups.push((vec![held.kind.label()], reason)),
        }
    }
    groups
        .into_iter()
        .map(|(kinds, reason)| (list_words(&kinds), reason))
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
                span { class: "visually-hidden", {message("today-stop")} }
            } else if warning {
                span { class: "visually-hidden", {message("today-warning")} }
            }
            p { {notice.message()} }
            p { class: "reason", {notice.reason()} }
        }
    }
}
