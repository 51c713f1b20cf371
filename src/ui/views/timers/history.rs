//! Session history: the self-massage sessions in the log, newest first, and how regular they are.

use crate::core::log::LogKind;
use crate::core::sorting;
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::state::use_app_state;
use crate::ui::views::timers::length_text;
use chrono::Duration;
use dioxus::prelude::*;

/// How many sessions the list shows; older ones stay in the log.
const SHOWN: usize = 20;

/// The runner's self-massage sessions, newest first, with this week's count.
#[component]
pub fn SessionHistory() -> Element {
    let clock = use_clock();
    let state = use_app_state();
    let zone = clock.zone();
    let state = state.read();
    let now = clock.now();
    let mut sessions: Vec<_> = state
        .document
        .log
        .iter()
        .filter_map(|entry| match &entry.kind {
            LogKind::SelfMassage {
                routine_name,
                seconds,
            } => Some((
                entry.at,
                entry.id.to_string(),
                routine_name.clone(),
                *seconds,
            )),
            _ => None,
        })
        .collect();
    sorting::sort_by_key(&mut sessions, |session| std::cmp::Reverse(session.0));
    // Benefits add up with regularity (rule 5), so the week's count is the headline.
    let this_week = sessions
        .iter()
        .filter(|(at, ..)| *at > now - Duration::days(7) && *at <= now)
        .count();
    let heading = message("timers-history");
    rsx! {
        section { "aria-labelledby": "history-heading",
            h2 { id: "history-heading", "{heading}" }
            if sessions.is_empty() {
                p { class: "hint", {message("timers-history-empty")} }
            } else {
                p { class: "consistency",
                    {message_with("timers-history-week", &[("count", Arg::from(this_week))])}
                }
                ul { class: "history-list", "aria-label": "{heading}",
                    for (at, id, name, seconds) in sessions.into_iter().take(SHOWN) {
                        li { key: "{id}", class: "history-item",
                            span { class: "history-name", "{name}" }
                            span { class: "history-meta",
                                {crate::core::dates::weekday_day_month_clock(at.with_timezone(&zone).naive_local())}
                                " · "
                                {length_text(seconds)}
                            }
                        }
                    }
                }
            }
        }
    }
}
