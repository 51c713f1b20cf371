//! The training-load chart: a bar a week, hard weeks marked, the runner's blocks underneath, and
//! the same as a table for screen readers and for reading exact figures.

use crate::core::training::detect::WeekSignals;
use crate::core::training::TrainingBlock;
use chrono::Duration;
use dioxus::prelude::*;

/// The weeks the chart shows: half a year is enough to see a season's shape on a phone.
pub const CHART_WEEKS: usize = 26;

/// Drawing units: each week is a bar this wide with a gap; the bars stand this tall at most.
const WEEK_WIDTH: f64 = 10.0;
const BAR_HEIGHT: f64 = 60.0;
const BAND_TOP: f64 = 66.0;
const BAND_HEIGHT: f64 = 10.0;

#[component]
pub fn LoadChart(weeks: Vec<WeekSignals>, blocks: Vec<TrainingBlock>) -> Element {
    let shown = &weeks[weeks.len().saturating_sub(CHART_WEEKS)..];
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return rsx! {};
    };
    let (from, to) = (first.load.monday, last.load.monday + Duration::days(6));
    let top = shown.iter().map(|w| w.load.load).fold(1.0, f64::max);
    let width = shown.len() as f64 * WEEK_WIDTH;
    let x_of = |date: chrono::NaiveDate| (date - from).num_days() as f64 / 7.0 * WEEK_WIDTH;
    let hard_weeks = shown.iter().filter(|w| w.hard).count();
    let summary = format!(
        "Training load for {} weeks from {}, {} marked hard.",
        shown.len(),
        from.format("%-d %b %Y"),
        crate::core::validation::count(hard_weeks as i64, "week", "weeks")
    );
    let in_view: Vec<TrainingBlock> = blocks
        .into_iter()
        .filter(|b| b.start <= to && from <= b.end)
        .collect();
    rsx! {
        figure { class: "load-chart",
            svg {
                view_box: "0 0 {width} {BAND_TOP + BAND_HEIGHT}",
                role: "img",
                "aria-label": "{summary}",
                for (index, week) in shown.iter().enumerate() {
                    rect {
                        key: "{week.load.monday}",
                        class: if week.hard { "bar hard" } else { "bar" },
                        x: "{index as f64 * WEEK_WIDTH + 1.0}",
                        y: "{BAR_HEIGHT - week.load.load / top * BAR_HEIGHT}",
                        width: "{WEEK_WIDTH - 2.0}",
                        height: "{week.load.load / top * BAR_HEIGHT}",
                    }
                }
                for block in in_view.iter() {
                    rect {
                        key: "{block.id}",
                        class: "band band-{crate::ui::form_keys::key_of(&block.kind)}",
                        x: "{x_of(block.start.max(from))}",
                        y: "{BAND_TOP}",
                        width: "{x_of(block.end.min(to) + Duration::days(1)) - x_of(block.start.max(from))}",
                        height: "{BAND_HEIGHT}",
                    }
                }
            }
            figcaption { class: "hint",
                "{summary} Taller bars are heavier weeks; hard ones are marked. Your training blocks run underneath."
            }
            details {
                summary { "Show the weeks as a table" }
                table { class: "load-table",
                    thead {
                        tr {
                            th { scope: "col", "Week of" }
                            th { scope: "col", "Load (TRIMP)" }
                            th { scope: "col", "Per day, this week" }
                            th { scope: "col", "Per day, last 28 days" }
                            th { scope: "col", "Notes" }
                        }
                    }
                    tbody {
                        for week in shown.iter() {
                            tr { key: "{week.load.monday}",
                                th { scope: "row", {week.load.monday.format("%-d %b %Y").to_string()} }
                                td { "{week.load.load:.0}" }
                                td { "{week.load.acute:.0}" }
                                td { "{week.load.chronic:.0}" }
                                td { {week_notes(week, &in_view)} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "Hard, speed work, race · Peak (hard) block": what a week's row says beyond its numbers.
fn week_notes(week: &WeekSignals, blocks: &[TrainingBlock]) -> String {
    let marks = [
        (week.hard, "hard"),
        (week.speed_work, "speed work"),
        (week.race, "race"),
    ];
    let mut notes: Vec<String> = marks
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, word)| word.to_string())
        .collect();
    let sunday = week.load.monday + Duration::days(6);
    if let Some(block) = blocks
        .iter()
        .find(|b| b.start <= sunday && week.load.monday <= b.end)
    {
        notes.push(format!("{} block", block.kind.label()));
    }
    notes.join(", ")
}
