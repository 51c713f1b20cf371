//! The season planner of wide windows: the season across the width, one row of months, one of
//! training blocks, one of races named with their priority and one of the sessions to book, each
//! session a control that shows its reason on hover or keyboard focus. Drawn in HTML rather than
//! SVG, so names wrap into lanes instead of colliding and every session is reachable by Tab.
//! The Races screen shows it only when it is wide; narrower, the Season card's picture serves.

use crate::core::race::Race;
use crate::core::recommend::plan::PlannedSession;
use crate::core::recommend::why;
use crate::core::training::TrainingBlock;
use crate::core::words::{message, message_with, Arg};
use crate::ui::form_keys::key_of;
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;

/// The most of the row's width (in %) a race's name may take; longer names end in "…". The
/// stylesheet's `max-width` for `.planner-race` is the same figure.
const NAME_WIDTH: f64 = 34.0;
/// Lanes for race names; a name that finds none free goes in the one that frees first.
const RACE_LANES: usize = 4;
/// Half the width (in %) of a session's 44 px target in the narrowest planner (about 700 px),
/// and the lanes for the targets: sessions a day or two apart (the flushes around a race) go
/// one above the other.
const DOT_HALF: f64 = 3.2;
const SESSION_LANES: usize = 2;
/// Past this point (in %) a name ends at its race instead of starting there.
const RIGHT_SIDE: f64 = 75.0;

fn day(date: NaiveDate) -> String {
    crate::core::dates::weekday_day_month(date)
}

/// A month along the top, "Mar 2027", with the dates catalogue's short month name.
fn month_year(month: NaiveDate) -> String {
    message_with(
        "races-planner-month",
        &[
            (
                "month",
                Arg::from(message(&format!("dates-month-short-{}", month.month()))),
            ),
            // As text: "2,027" is not a year.
            ("year", Arg::from(month.year().to_string())),
        ],
    )
}

/// A block's kind and days, "Peak (hard): Mon 1 Mar to Sun 28 Mar", or only its days after the
/// kind, ": Mon 1 Mar to Sun 28 Mar", as `id` puts them.
fn block_days(id: &str, block: &TrainingBlock) -> String {
    message_with(
        id,
        &[
            ("kind", Arg::from(block.kind.label())),
            ("from", Arg::from(day(block.start))),
            ("to", Arg::from(day(block.end))),
        ],
    )
}

/// A planned session's words: its kind and day, and its minutes.
fn session_args(session: &PlannedSession) -> [(&'static str, Arg<'static>); 3] {
    [
        ("kind", Arg::from(session.kind.label())),
        ("day", Arg::from(day(session.date))),
        ("minutes", Arg::from(u32::from(session.minutes))),
    ]
}

/// Where `date` sits across `[from, to]`, in % of the width (the day's middle).
fn percent(from: NaiveDate, to: NaiveDate, date: NaiveDate) -> f64 {
    let days = (to - from).num_days() as f64 + 1.0;
    let into = (date - from).num_days() as f64 + 0.5;
    (into / days * 100.0).clamp(0.0, 100.0)
}

/// The left edge and width (in %) of the days `start..=end`, cut to `[from, to]`.
fn stretch(from: NaiveDate, to: NaiveDate, start: NaiveDate, end: NaiveDate) -> String {
    let days = (to - from).num_days() as f64 + 1.0;
    let (start, end) = (start.max(from), end.min(to));
    let left = (start - from).num_days() as f64 / days * 100.0;
    let width = ((end - start).num_days() as f64 + 1.0) / days * 100.0;
    format!("left: {left:.2}%; width: {width:.2}%")
}

/// The months that meet `[from, to]`, each with where it starts and how wide it is (in %).
fn months(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, f64, f64)> {
    let days = (to - from).num_days() as f64 + 1.0;
    let mut out = Vec::new();
    let mut start = from;
    while start <= to {
        let next = NaiveDate::from_ymd_opt(
            start.year() + i32::from(start.month() == 12),
            start.month() % 12 + 1,
            1,
        )
        .unwrap_or(to);
        let end = next.min(to + chrono::Duration::days(1));
        let left = (start - from).num_days() as f64 / days * 100.0;
        let width = (end - start).num_days() as f64 / days * 100.0;
        out.push((start, left, width));
        if next <= start {
            break;
        }
        start = next;
    }
    out
}

/// The stretch of the row (in %) a race's name may take: from the race on, or up to it near
/// the right edge.
fn name_span(at: f64) -> (f64, f64) {
    if at > RIGHT_SIDE {
        (at - NAME_WIDTH, at)
    } else {
        (at, at + NAME_WIDTH)
    }
}

/// A lane (of `count`) for each stretch in order, so that stretches in one lane never overlap
/// (unless more than `count` crowd into one part of the season).
fn lanes(spans: &[(f64, f64)], count: usize) -> Vec<usize> {
    let mut ends = vec![f64::NEG_INFINITY; count.max(1)];
    spans
        .iter()
        .map(|&(start, end)| {
            let lane = (0..ends.len())
                .find(|&lane| ends[lane] < start)
                .unwrap_or_else(|| {
                    (0..ends.len())
                        .min_by(|a, b| ends[*a].total_cmp(&ends[*b]))
                        .unwrap_or(0)
                });
            ends[lane] = end;
            lane
        })
        .collect()
}

/// Where a race's name is drawn: starting at its race, or ending there near the right edge.
fn anchored(at: f64) -> String {
    if at > RIGHT_SIDE {
        format!("right: {:.2}%", 100.0 - at)
    } else {
        format!("left: {at:.2}%")
    }
}

/// The season planner from `from` to `to` (today first).
#[component]
pub fn Planner(
    from: NaiveDate,
    to: NaiveDate,
    races: Vec<Race>,
    blocks: Vec<TrainingBlock>,
    sessions: Vec<PlannedSession>,
) -> Element {
    let at = move |date: NaiveDate| percent(from, to, date);
    let shown_races: Vec<&Race> = races
        .iter()
        .filter(|race| from <= race.date && race.date <= to)
        .collect();
    let race_spans: Vec<(f64, f64)> = shown_races
        .iter()
        .map(|race| name_span(at(race.date)))
        .collect();
    let race_lanes = lanes(&race_spans, RACE_LANES);
    let lane_count = race_lanes.iter().max().map_or(1, |lane| lane + 1);
    let session_spans: Vec<(f64, f64)> = sessions
        .iter()
        .map(|session| (at(session.date) - DOT_HALF, at(session.date) + DOT_HALF))
        .collect();
    let session_lanes = lanes(&session_spans, SESSION_LANES);
    let session_lane_count = session_lanes.iter().max().map_or(1, |lane| lane + 1);
    let shown_blocks: Vec<&TrainingBlock> = blocks
        .iter()
        .filter(|block| block.start <= to && from <= block.end)
        .collect();
    let hint = message_with(
        "races-planner-hint",
        &[("from", Arg::from(day(from))), ("to", Arg::from(day(to)))],
    );
    let why_label = message("races-why");
    rsx! {
        section { class: "card planner", "aria-labelledby": "planner-heading",
            h2 { id: "planner-heading", {message("races-planner-heading")} }
            p { class: "hint", "{hint}" }
            div { class: "planner-grid",
                div { class: "planner-months", "aria-hidden": "true",
                    for (month, left, width) in months(from, to) {
                        span { key: "{month}", class: "planner-month",
                            style: "left: {left:.2}%; width: {width:.2}%",
                            if width >= 4.0 { {month_year(month)} }
                        }
                    }
                }
                h3 { class: "planner-row-label", {message("races-row-blocks")} }
                ul { class: "planner-row planner-blocks", "aria-label": message("races-planner-blocks-label"),
                    for block in shown_blocks.iter() {
                        li { key: "{block.id}", class: "planner-block block-{key_of(&block.kind)}",
                            style: stretch(from, to, block.start, block.end),
                            title: block_days("races-planner-block-title", block),
                            span { class: "planner-block-name", "{block.kind.label()}" }
                            span { class: "visually-hidden", {block_days("races-planner-block-days", block)} }
                        }
                    }
                }
                h3 { class: "planner-row-label", {message("races-row-races")} }
                ul { class: "planner-row planner-races", "aria-label": message("races-planner-races-label"),
                    style: "--lanes: {lane_count}",
                    for (race, lane) in shown_races.iter().zip(race_lanes.iter()) {
                        li { key: "{race.id}", class: "planner-race priority-{key_of(&race.priority)}",
                            style: "{anchored(at(race.date))}; --lane: {lane}",
                            span { class: "planner-priority", title: "{race.priority.label()}", "{key_of(&race.priority)}" }
                            " "
                            span { class: "planner-race-name", "{race.name}" }
                            span { class: "planner-race-date", " · {day(race.date)}" }
                        }
                    }
                }
                h3 { class: "planner-row-label", {message("races-row-sessions")} }
                ul { class: "planner-row planner-sessions", "aria-label": message("races-planner-sessions-label"),
                    style: "--lanes: {session_lane_count}",
                    for (session, lane) in sessions.iter().zip(session_lanes.iter()) {
                        li { key: "{session.date}", class: "planner-session session-{key_of(&session.kind)}",
                            style: "left: {at(session.date):.2}%; --lane: {lane}",
                            button { r#type: "button", class: "planner-dot",
                                "aria-describedby": "planner-why-{session.date}",
                                {message_with("races-planner-session", &session_args(session))}
                            }
                            div { id: "planner-why-{session.date}", role: "tooltip",
                                class: if at(session.date) > 60.0 { "planner-why to-left" } else { "planner-why" },
                                strong { {message_with("races-planner-session-heading", &session_args(session))} }
                                " "
                                span { "{why_label} " {why(&session.reasons)} }
                            }
                        }
                    }
                }
            }
        }
    }
}
