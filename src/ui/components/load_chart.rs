//! The training-load chart (Training and Races): a bar a week, hard weeks marked, the runner's
//! blocks underneath and the blocks the files propose below them, and the same as a table for
//! screen readers and for reading exact figures.

use crate::core::training::detect::{Proposal, WeekSignals};
use crate::core::training::{BlockKind, TrainingBlock};
use crate::core::words::{message, message_with, Arg};
use chrono::{Duration, NaiveDate};
use dioxus::prelude::*;

const LOAD_CHART_CSS: &str = include_str!("../../../assets/styling/load_chart.css");

/// The weeks the chart shows: half a year is enough to see a season's shape on a phone.
pub const CHART_WEEKS: usize = 26;

/// Drawing units: each week is a bar this wide with a gap; the bars stand this tall at most.
const WEEK_WIDTH: f64 = 10.0;
const BAR_HEIGHT: f64 = 60.0;
const BAND_TOP: f64 = 66.0;
const BAND_HEIGHT: f64 = 10.0;
/// Where the proposed blocks' band starts, under the runner's own.
const PROPOSED_TOP: f64 = BAND_TOP + BAND_HEIGHT + 2.0;

/// One block drawn under the bars.
#[derive(Debug, Clone, PartialEq)]
struct Band {
    kind: BlockKind,
    start: NaiveDate,
    end: NaiveDate,
}

#[component]
pub fn LoadChart(
    weeks: Vec<WeekSignals>,
    blocks: Vec<TrainingBlock>,
    proposals: Vec<Proposal>,
) -> Element {
    let shown = &weeks[weeks.len().saturating_sub(CHART_WEEKS)..];
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return rsx! {};
    };
    let (from, to) = (first.load.monday, last.load.monday + Duration::days(6));
    let top = shown.iter().map(|w| w.load.load).fold(1.0, f64::max);
    let width = shown.len() as f64 * WEEK_WIDTH;
    let x_of = |date: NaiveDate| (date - from).num_days() as f64 / 7.0 * WEEK_WIDTH;
    let hard_weeks = shown.iter().filter(|w| w.hard).count();
    let summary = message_with(
        "components-chart-summary",
        &[
            ("weeks", Arg::from(shown.len())),
            ("from", Arg::from(crate::core::dates::day_month_year(from))),
            ("hard", Arg::from(hard_weeks)),
        ],
    );
    let key = message("components-chart-key");
    let shown_band = |kind: BlockKind, start: NaiveDate, end: NaiveDate| {
        (start <= to && from <= end).then_some(Band { kind, start, end })
    };
    let own: Vec<Band> = blocks
        .iter()
        .filter_map(|b| shown_band(b.kind, b.start, b.end))
        .collect();
    let suggested: Vec<Band> = proposals
        .iter()
        .filter_map(Proposal::block)
        .filter_map(|b| shown_band(b.kind, b.start, b.end))
        .collect();
    let bands = own.iter().map(|band| (band, BAND_TOP, "")).chain(
        suggested
            .iter()
            .map(|band| (band, PROPOSED_TOP, " proposed")),
    );
    rsx! {
        style { {LOAD_CHART_CSS} }
        figure { class: "load-chart",
            svg {
                view_box: "0 0 {width} {PROPOSED_TOP + BAND_HEIGHT}",
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
                for (band, top, proposed) in bands {
                    rect {
                        key: "{top}-{band.start}",
                        class: "band band-{crate::ui::form_keys::key_of(&band.kind)}{proposed}",
                        x: "{x_of(band.start.max(from))}",
                        y: "{top}",
                        width: "{x_of(band.end.min(to) + Duration::days(1)) - x_of(band.start.max(from))}",
                        height: "{BAND_HEIGHT}",
                    }
                }
            }
            figcaption { class: "hint",
                "{summary} {key}"
            }
            details {
                summary { {message("components-chart-table")} }
                table { class: "load-table",
                    thead {
                        tr {
                            th { scope: "col", {message("components-chart-week-of")} }
                            th { scope: "col", {message("components-chart-load")} }
                            th { scope: "col", {message("components-chart-per-day-week")} }
                            th { scope: "col", {message("components-chart-per-day-28")} }
                            th { scope: "col", {message("components-chart-notes")} }
                        }
                    }
                    tbody {
                        for week in shown.iter() {
                            tr { key: "{week.load.monday}",
                                th { scope: "row", {crate::core::dates::day_month_year(week.load.monday)} }
                                td { "{week.load.load:.0}" }
                                td { "{week.load.acute:.0}" }
                                td { "{week.load.chronic:.0}" }
                                td { {week_notes(week, &own, &suggested)} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "hard, speed work, Peak (hard) block": what a week's row says beyond its numbers.
fn week_notes(week: &WeekSignals, own: &[Band], suggested: &[Band]) -> String {
    let marks = [
        (week.hard, "components-chart-hard"),
        (week.speed_work, "components-chart-speed-work"),
        (week.race, "components-chart-race"),
    ];
    let mut notes: Vec<String> = marks
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, id)| message(id))
        .collect();
    let sunday = week.load.monday + Duration::days(6);
    let during = |band: &&Band| band.start <= sunday && week.load.monday <= band.end;
    if let Some(band) = own.iter().find(during) {
        notes.push(band.kind.block_name());
    }
    if let Some(band) = suggested.iter().find(during) {
        notes.push(message_with(
            "components-chart-proposed",
            &[("block", Arg::from(band.kind.block_name()))],
        ));
    }
    notes.join(", ")
}
