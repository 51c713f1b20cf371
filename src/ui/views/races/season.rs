//! The season at a glance: training blocks, races and the planned sessions from `core::recommend::plan()` on
//! one date axis (inline SVG), then the same sessions as a list, each with its reason.

use crate::core::race::Race;
use crate::core::recommend::calendar::exports_session;
use crate::core::recommend::plan::PlannedSession;
use crate::core::recommend::why;
use crate::core::training::TrainingBlock;
use crate::core::words::counted;
use crate::core::words::{message, message_with, Arg};
use crate::ui::form_keys::key_of;
use crate::ui::views::races::timeline::Axis;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use dioxus::prelude::*;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 126.0;

fn noon(date: NaiveDate) -> DateTime<Utc> {
    date.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc()
}

fn day(date: NaiveDate) -> String {
    crate::core::dates::weekday_day_month(date)
}

/// A month's short name under the axis, "Mar", from the dates catalogue.
fn month_name(month: NaiveDate) -> String {
    message(&format!("dates-month-short-{}", month.month()))
}

/// First days of the months inside `[from, to]`, for the axis ticks.
fn month_starts(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    from.iter_days()
        .take_while(|date| *date <= to)
        .filter(|date| date.day() == 1)
        .collect()
}

/// The season from `from` to `to`: the picture, the sessions to book and the self-massage days.
#[component]
pub fn Season(
    from: NaiveDate,
    to: NaiveDate,
    races: Vec<Race>,
    blocks: Vec<TrainingBlock>,
    sessions: Vec<PlannedSession>,
) -> Element {
    let axis = Axis {
        from: noon(from),
        to: noon(to),
        width: WIDTH,
    };
    let x = |date: NaiveDate| axis.x(noon(date));
    let in_range = |date: NaiveDate| from <= date && date <= to;
    let (bookable, home): (Vec<&PlannedSession>, Vec<&PlannedSession>) = sessions
        .iter()
        .partition(|session| exports_session(session));
    let shown_races: Vec<&Race> = races.iter().filter(|race| in_range(race.date)).collect();
    let shown_blocks: Vec<&TrainingBlock> = blocks
        .iter()
        .filter(|block| block.start <= to && from <= block.end)
        .collect();
    let summary = message_with(
        "races-season-summary",
        &[
            ("from", Arg::from(day(from))),
            ("to", Arg::from(day(to))),
            ("races", Arg::from(shown_races.len())),
            ("blocks", Arg::from(shown_blocks.len())),
            ("sessions", Arg::from(bookable.len())),
        ],
    );
    let (pre_event, post_event, general) = (
        message("races-legend-pre-event"),
        message("races-legend-post-event"),
        message("races-legend-general"),
    );
    rsx! {
        section { class: "card season", "aria-labelledby": "season-heading",
            h2 { id: "season-heading", {message("races-season-heading")} }
            figure { class: "timeline season-timeline", "aria-label": message("races-season-label"),
                svg { view_box: "0 0 {WIDTH} {HEIGHT}", "aria-hidden": "true",
                    text { class: "tl-label", x: 4, y: 12, {message("races-row-blocks")} }
                    for block in shown_blocks.iter() {
                        rect { key: "{block.id}", class: "season-block block-{key_of(&block.kind)}",
                            x: x(block.start.max(from)), y: 17,
                            width: (x(block.end.min(to)) - x(block.start.max(from))).max(3.0), height: 10, rx: 3 }
                    }
                    text { class: "tl-label", x: 4, y: 44, {message("races-row-races")} }
                    for race in shown_races.iter() {
                        g { key: "{race.id}", class: "season-race",
                            transform: "translate({x(race.date)} 56)",
                            path { d: "M0 -7 L7 0 L0 7 L-7 0 Z" }
                            text { y: 18, "text-anchor": axis.anchor(x(race.date)), {priority_letter(race)} }
                        }
                    }
                    text { class: "tl-label", x: 4, y: 86, {message("races-row-sessions")} }
                    for session in bookable.iter() {
                        circle { key: "{session.date}", class: "season-session session-{key_of(&session.kind)}",
                            cx: x(session.date), cy: 96, r: 4 }
                    }
                    line { class: "season-axis", x1: 4, x2: WIDTH - 4.0, y1: 108, y2: 108 }
                    for month in month_starts(from, to) {
                        g { key: "{month}",
                            line { class: "season-axis", x1: x(month), x2: x(month), y1: 104, y2: 112 }
                            text { class: "season-month", x: x(month), y: 123, "text-anchor": "middle", {month_name(month)} }
                        }
                    }
                    g { class: "tl-today",
                        line { x1: x(from), x2: x(from), y1: 2, y2: 112 }
                    }
                }
                figcaption { class: "visually-hidden", "{summary}" }
            }
            p { class: "legend",
                span { class: "dot session-pre_event" } " {pre_event}  "
                span { class: "dot session-post_event" } " {post_event}  "
                span { class: "dot session-general" } " {general}"
            }
            h3 { {message("races-sessions-heading")} }
            if bookable.is_empty() {
                p { class: "hint", {message("races-nothing-to-book")} }
            }
            ul { class: "session-list", "aria-label": message("races-sessions-label"),
                for session in bookable.iter() {
                    SessionItem { key: "{session.date}", session: (*session).clone() }
                }
            }
            HomeSessions { sessions: home.iter().map(|session| (*session).clone()).collect::<Vec<_>>() }
        }
    }
}

/// The self-massage days, folded behind a button: a season has hundreds, and drawing them all
/// (with their reasons) before the runner asks would slow the screen for nothing.
#[component]
fn HomeSessions(sessions: Vec<PlannedSession>) -> Element {
    let mut open = use_signal(|| false);
    // A long season runs to more than 999 days.
    let show = message_with("races-home-show", &counted(sessions.len()));
    rsx! {
        div { class: "home-sessions",
            button { r#type: "button", class: "button", id: HOME_SESSIONS_BUTTON,
                "aria-expanded": if open() { "true" } else { "false" },
                "aria-controls": "home-session-list",
                onclick: move |_| open.toggle(),
                if open() { {message("races-home-hide")} } else { "{show}" }
            }
            if open() {
                ul { id: "home-session-list", class: "session-list", "aria-label": message("races-home-label"),
                    for session in sessions {
                        SessionItem { key: "{session.date}", session }
                    }
                }
            }
        }
    }
}

/// The id of the button that shows the self-massage days, as an expression so tests find it.
const HOME_SESSIONS_BUTTON: &str = "home-sessions-toggle";

fn priority_letter(race: &Race) -> String {
    key_of(&race.priority)
}

/// One planned session with its reason.
#[component]
fn SessionItem(session: PlannedSession) -> Element {
    let what = message_with(
        "races-session-what",
        &[
            ("kind", Arg::from(session.kind.label())),
            ("minutes", Arg::from(u32::from(session.minutes))),
            (
                "place",
                Arg::from(if session.at_home { "home" } else { "book" }),
            ),
        ],
    );
    let why_label = message("races-why");
    rsx! {
        li { class: "session-item",
            p { class: "session-what",
                strong { "{day(session.date)}" }
                " · {what}"
            }
            p { class: "reason", span { class: "reason-label", "{why_label} " } {why(&session.reasons)} }
        }
    }
}
