//! Insights under the log: a 26-week consistency chart (with a text alternative), the home-care
//! streak, and professional sessions per training block against the budget.

use crate::core::dates;
use crate::core::log::insights::{
    home_care_streak, sessions_per_block, sessions_per_week, BlockBudget, WeekSessions, CHART_WEEKS,
};
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use dioxus::prelude::*;

/// The empty state's button, as an expression so component tests can find it.
const LOG_FIRST: &str = "log-first-session"; // an element's id: not a message, whatever its prefix

/// Chart geometry in SVG units: one bar slot per week, scaled to the busiest week.
const SLOT: usize = 12;
const BAR: usize = 9;
const HEIGHT: u32 = 80;

/// One sentence that says what the chart shows, for screen readers and as its caption. The
/// sessions are given as plain digits, as the table beside the chart shows them.
pub fn chart_summary(weeks: &[WeekSessions]) -> String {
    let professional: u32 = weeks.iter().map(|week| week.professional).sum();
    let home: u32 = weeks.iter().map(|week| week.home).sum();
    let active = weeks.iter().filter(|week| week.total() > 0).count();
    let mut args = vec![
        ("weeks", Arg::from(weeks.len())),
        ("professional", Arg::from(professional.to_string())),
        ("home", Arg::from(home.to_string())),
        ("active", Arg::from(active)),
    ];
    args.extend(counted((professional + home) as usize));
    message_with("log-chart-summary", &args)
}

/// A block's therapist sessions against its budget: "1 of 2 sessions", "3 of 2 sessions (over
/// budget)", or with no budget for it, "1 session, with no budget for this block".
/// Counts as plain digits: a block typed years long can be given a budget in the thousands.
pub fn block_sessions(usage: &BlockBudget) -> String {
    let (sessions, budget) = (usage.sessions as usize, usage.budget as usize);
    if budget == 0 {
        return message_with("log-block-no-budget", &counted(sessions));
    }
    let id = if usage.over_budget() {
        "log-block-over-budget"
    } else {
        "log-block-sessions"
    };
    let mut args = vec![("sessions", Arg::from(sessions.to_string()))];
    args.extend(counted(budget));
    message_with(id, &args)
}

/// `on_log_first` opens the form for a first entry, offered while there is nothing to chart.
#[component]
pub fn Insights(on_log_first: EventHandler) -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let now = clock.now();
    let state = state.read();
    let document = &state.document;
    let weeks = sessions_per_week(&document.log, now, zone);
    let streak = home_care_streak(&document.log, now, zone);
    let blocks = sessions_per_block(
        &document.blocks,
        &document.log,
        document.profile.massage_budget_per_month,
        zone,
    );
    let busiest = weeks
        .iter()
        .map(WeekSessions::total)
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = |count: u32| count * HEIGHT / busiest;
    let summary = chart_summary(&weeks);
    let width = CHART_WEEKS * SLOT;
    let streak_text = message_with("log-streak", &counted(streak as usize));
    rsx! {
        section { class: "card insights", "aria-labelledby": "insights-heading",
            h2 { id: "insights-heading", {message("log-insights")} }
            if weeks.iter().all(|week| week.total() == 0) {
                // An empty chart frame says nothing; a first step does.
                p { class: "empty-insights",
                    {message_with("log-insights-empty", &[("weeks", Arg::from(CHART_WEEKS))])}
                }
                div { class: "form-actions",
                    button { id: LOG_FIRST, r#type: "button", class: "button primary", onclick: move |_| on_log_first.call(()), {message("log-first-session")} }
                    Link { class: "button", to: Route::Timers {}, {message("log-guided-routine")} }
                }
            } else {
                figure { class: "chart",
                    svg { view_box: "0 0 {width} {HEIGHT}", role: "img", "aria-label": "{summary}",
                        for (index, week) in weeks.iter().enumerate() {
                            g { key: "{week.week_start}",
                                rect { class: "bar-home", x: "{index * SLOT}", width: "{BAR}",
                                    y: "{HEIGHT - scale(week.total())}", height: "{scale(week.home)}" }
                                rect { class: "bar-pro", x: "{index * SLOT}", width: "{BAR}",
                                    y: "{HEIGHT - scale(week.professional)}", height: "{scale(week.professional)}" }
                            }
                        }
                    }
                    figcaption { {message_with("log-chart-caption", &[("summary", Arg::from(summary.as_str()))])} }
                }
                details {
                    summary { {message("log-table")} }
                    table {
                        thead {
                            tr {
                                th { {message("log-table-week")} }
                                th { {message("log-table-therapist")} }
                                th { {message("log-table-home")} }
                            }
                        }
                        tbody {
                            for week in weeks.iter().rev() {
                                tr { key: "{week.week_start}",
                                    td { {dates::day_month_year(week.week_start)} }
                                    td { "{week.professional}" }
                                    td { "{week.home}" }
                                }
                            }
                        }
                    }
                }
                p { class: "streak", "{streak_text}" }
            }
            h3 { {message("log-blocks-heading")} }
            if blocks.is_empty() {
                p { class: "hint", {message("log-blocks-none")} }
            }
            ul { class: "block-budgets",
                for usage in blocks {
                    li { key: "{usage.block_id}",
                        {message_with(
                            "log-block",
                            &[
                                ("block", Arg::from(usage.kind.label())),
                                ("start", Arg::from(dates::day_month(usage.start))),
                                ("end", Arg::from(dates::day_month_year(usage.end))),
                                ("sessions", Arg::from(block_sessions(&usage))),
                            ],
                        )}
                    }
                }
            }
        }
    }
}
