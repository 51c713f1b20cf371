//! The picture of one race's windows (cut-off, pre-event, race, flush, the gap after) on a time
//! axis with today marked, drawn as inline SVG, with the same facts as a list for screen readers.

use crate::core::dates;
use crate::core::race::Race;
use crate::core::recommend::phase::RaceWindows;
use crate::core::words::{message, message_with, Arg};
use crate::core::zone::Zone;
use crate::ui::clock::use_clock;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use dioxus::prelude::*;

/// Drawing width in SVG units. The picture scales to its box; at a 390 px phone the card is about
/// this wide, so 12-unit text stays about 12 px.
const WIDTH: f64 = 320.0;
const PAD: f64 = 4.0;
const ROW: f64 = 30.0;
/// Room above the first row for the "Today" label.
const TOP: f64 = 18.0;
/// How far outside the windows today may be and still be drawn (the axis stretches to it).
const TODAY_REACH: Duration = Duration::days(21);

/// Maps instants in `[from, to]` onto the drawing's x axis.
pub struct Axis {
    /// The instant at the left edge.
    pub from: DateTime<Utc>,
    /// The instant at the right edge.
    pub to: DateTime<Utc>,
    /// The drawing's width in SVG units.
    pub width: f64,
}

impl Axis {
    /// The x of `at`, clamped to the drawing.
    pub fn x(&self, at: DateTime<Utc>) -> f64 {
        let span = (self.to - self.from).num_seconds().max(1) as f64;
        let into = (at - self.from).num_seconds() as f64;
        PAD + (into / span).clamp(0.0, 1.0) * (self.width - 2.0 * PAD)
    }

    /// Whether `at` is on the axis.
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.from <= at && at <= self.to
    }

    /// Text anchor that keeps a label at `x` inside the drawing.
    pub fn anchor(&self, x: f64) -> &'static str {
        if x < self.width * 0.2 {
            "start"
        } else if x > self.width * 0.8 {
            "end"
        } else {
            "middle"
        }
    }
}

/// An instant as read on the race's wall clock: the date, plus the time unless it is midnight.
fn when(tz: Zone, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&tz);
    if local.time() == NaiveTime::MIN {
        dates::day_month(local.date_naive())
    } else {
        message_with(
            "races-date-time",
            &[
                ("date", Arg::from(dates::day_month(local.date_naive()))),
                ("time", Arg::from(dates::clock(local.time()))),
            ],
        )
    }
}

/// One labelled row of the picture.
struct Row {
    class: &'static str,
    text: String,
    from: DateTime<Utc>,
    to: Option<DateTime<Utc>>,
}

fn rows(race: &Race, windows: &RaceWindows) -> Vec<Row> {
    let tz = race.time_zone;
    let mut rows: Vec<Row> = windows
        .windows()
        .into_iter()
        .map(|window| Row {
            class: window_class(window.kind),
            text: message_with(
                "races-window-row",
                &[
                    ("window", Arg::from(window.kind.label())),
                    ("from", Arg::from(when(tz, window.from))),
                    ("to", Arg::from(when(tz, window.to))),
                ],
            ),
            from: window.from,
            to: Some(window.to),
        })
        .collect();
    rows.push(Row {
        class: "tl-general",
        text: message_with(
            "races-general-again",
            &[("when", Arg::from(when(tz, windows.general_allowed_from)))],
        ),
        from: windows.general_allowed_from,
        to: None,
    });
    rows
}

fn window_class(kind: crate::core::recommend::phase::WindowKind) -> &'static str {
    use crate::core::recommend::phase::WindowKind::*;
    match kind {
        DeepWorkCutoff => "tl-cutoff",
        NoTouch => "tl-no-touch",
        PreEvent => "tl-pre",
        Race => "tl-race",
        PostEventFlush => "tl-flush",
        PostRaceGap => "tl-gap",
    }
}

/// The windows around `race` with `now` marked. The windows' times are read in the race's own
/// zone, as its calendar days; "today" is the runner's own (rule 8).
#[component]
pub fn RaceTimeline(race: Race, windows: RaceWindows, now: DateTime<Utc>) -> Element {
    let clock = use_clock();
    let rows = rows(&race, &windows);
    let mut first = rows
        .iter()
        .map(|row| row.from)
        .min()
        .unwrap_or(windows.start);
    let mut last = windows.general_allowed_from.max(windows.flush_end);
    // Stretch the axis to today when it is near, so the runner sees how far off the windows are.
    if now < first && first - now <= TODAY_REACH {
        first = now;
    }
    if now > last && now - last <= TODAY_REACH {
        last = now;
    }
    let axis = Axis {
        from: first - Duration::hours(12),
        to: last + Duration::hours(12),
        width: WIDTH,
    };
    let height = TOP + ROW * rows.len() as f64 + 4.0;
    let today_x = axis.contains(now).then(|| axis.x(now));
    let today_text = match today_x {
        Some(_) => message_with(
            "races-today-is",
            &[("when", Arg::from(when(clock.zone(), now)))],
        ),
        None if now < axis.from => message("races-today-before"),
        None => message("races-today-after"),
    };
    let label = message_with(
        "races-timeline-label",
        &[("name", Arg::from(race.name.as_str()))],
    );
    rsx! {
        figure { class: "timeline", "aria-label": "{label}",
            svg {
                view_box: "0 0 {WIDTH} {height}",
                "aria-hidden": "true",
                // First, so it is painted under the rows: where it crosses a label, the label's
                // halo (races.css) keeps the letters whole.
                if let Some(x) = today_x {
                    g { class: "tl-today",
                        line { x1: x, x2: x, y1: TOP - 2.0, y2: height, }
                        text { x: x, y: 11.0, "text-anchor": axis.anchor(x), {message("races-today")} }
                    }
                }
                for (index, row) in rows.iter().enumerate() {
                    g { key: "{index}", class: row.class,
                        text { x: PAD, y: TOP + ROW * index as f64 + 11.0, class: "tl-label", "{row.text}" }
                        match row.to {
                            Some(to) => rsx! {
                                rect {
                                    x: axis.x(row.from),
                                    y: TOP + ROW * index as f64 + 16.0,
                                    width: (axis.x(to) - axis.x(row.from)).max(3.0),
                                    height: 9.0,
                                    rx: 3.0,
                                }
                            },
                            None => rsx! {
                                circle { cx: axis.x(row.from), cy: TOP + ROW * index as f64 + 20.5, r: 5.0 }
                            },
                        }
                    }
                }
            }
            figcaption { class: "visually-hidden",
                ul {
                    for (index, row) in rows.iter().enumerate() {
                        li { key: "{index}", "{row.text}" }
                    }
                    li { "{today_text}" }
                }
            }
        }
    }
}
