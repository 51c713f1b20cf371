//! Insights under the log: a 26-week consistency chart (with a text alternative), the home-care
//! streak, and professional sessions per training block against the budget.

use crate::core::dates;
use crate::core::log::insights::{
    home_care_streak, sessions_per_block, sessions_per_week, BlockBudget, WeekSessions, CHART_WEEKS,
};
use crate::core::validation::count;
use crate::ui::clock::use_clock;
use crate::ui::routes::Route;
use crate::ui::state::use_app_state;
use dioxus::prelude::*;

/// The empty state's button, as an expression so component tests can find it.
const LOG_FIRST: &str = "log-first-session";

/// Chart geometry in SVG units: one bar slot per week, scaled to the busiest week.
const SLOT: usize = 12;
const BAR: usize = 9;
const HEIGHT: u32 = 80;

/// One sentence that says what the chart shows, for screen readers and as its caption.
pub fn chart_summary(weeks: &[WeekSessions]) -> String {
    let professional: u32 = weeks.iter().map(|week| week.professional).sum();
    let home: u32 = weeks.iter().map(|week| week.home).sum();
    let active = weeks.iter().filter(|week| week.total() > 0).count();
    format!(
        "Last {} weeks: {} ({professional} with a therapist, {home} at home), in {active} of {} weeks.",
        weeks.len(),
        count(professional + home, "session", "sessions"),
        weeks.len()
    )
}

/// A block's therapist sessions against its budget: "1 of 2 sessions", "3 of 2 sessions (over
/// budget)", or with no budget for it, "1 session, with no budget for this block".
pub fn block_sessions(usage: &BlockBudget) -> String {
    let (sessions, budget) = (usage.sessions, usage.budget);
    if budget == 0 {
        return format!(
            "{}, with no budget for this block",
            count(sessions, "session", "sessions")
        );
    }
    let over = if usage.over_budget() {
        " (over budget)"
    } else {
        ""
    };
    format!(
        "{sessions} of {}{over}",
        count(budget, "session", "sessions")
    )
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
    let streak_text = match streak {
        0 => "No home-care streak yet: a short roller session this week starts one.".to_string(),
        1 => "Home-care streak: 1 week.".to_string(),
        weeks => format!("Home-care streak: {weeks} weeks in a row."),
    };
    rsx! {
        section { class: "card insights", "aria-labelledby": "insights-heading",
            h2 { id: "insights-heading", "Insights" }
            if weeks.iter().all(|week| week.total() == 0) {
                // An empty chart frame says nothing; a first step does.
                p { class: "empty-insights",
                    "No sessions in the last {CHART_WEEKS} weeks yet, so there is nothing to chart. Each massage or roller session you log fills in its week here."
                }
                div { class: "form-actions",
                    button { id: LOG_FIRST, r#type: "button", class: "button primary", onclick: move |_| on_log_first.call(()), "Log your first session" }
                    Link { class: "button", to: Route::Timers {}, "Start a guided routine" }
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
                    figcaption { "{summary} Dark bars: with a therapist; light bars: at home." }
                }
                details {
                    summary { "Sessions per week as a table" }
                    table {
                        thead { tr { th { "Week of" } th { "Therapist" } th { "Home" } } }
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
            h3 { "Therapist sessions per training block" }
            if blocks.is_empty() {
                p { class: "hint", "Add training blocks to see how your massage budget is spread across them." }
            }
            ul { class: "block-budgets",
                for usage in blocks {
                    li { key: "{usage.block_id}",
                        {format!(
                            "{} · {} to {}: {}",
                            usage.kind.label(),
                            dates::day_month(usage.start),
                            dates::day_month_year(usage.end),
                            block_sessions(&usage),
                        )}
                    }
                }
            }
        }
    }
}
