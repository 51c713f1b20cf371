//! Races screen ticks through the virtual DOM: a countdown tick changes only its own text, also
//! across a minute boundary, where the minute refresh moves only the timeline's "now" marker.

use crate::support::events::Page;
use crate::support::{race_starting_at, with_races};
use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a September morning in Berlin).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 14, 9, 15, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::Europe::Berlin;

/// The DOM changes of the Races screen over 2.3 s of real time, with the clock starting at `start`
/// and one race two hours later.
fn edits_over_two_seconds(start: DateTime<Utc>) -> Vec<dioxus::dioxus_core::Mutation> {
    let race = race_starting_at("r1", "Harbour Half", start + Duration::hours(2));
    let mut page = Page::open(
        "/races",
        with_races(vec![race]),
        Clock::starting_at(start, ZONE),
    );
    let runtime = page.runtime.clone();
    let mut edits = Vec::new();
    runtime.block_on(async {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_millis(2_300);
        while tokio::time::Instant::now() < deadline {
            let _ = tokio::time::timeout_at(deadline, page.dom.wait_for_work()).await;
            edits.extend(page.dom.render_immediate_to_vec().edits);
        }
    });
    edits
}

/// Every edit is the countdown's text, always the same node, and race day shows seconds.
fn assert_only_the_countdown_text_changed(edits: &[dioxus::dioxus_core::Mutation]) {
    assert!(
        (1..=3).contains(&edits.len()),
        "one text change per second: {edits:?}"
    );
    let mut targets = edits.iter().map(|edit| match edit {
        dioxus::dioxus_core::Mutation::SetText { id, value } => {
            assert!(value.ends_with('s'), "race day shows seconds: {value}");
            *id
        }
        other => panic!("a tick may only set the countdown's text, not {other:?}"),
    });
    let first = targets.next().unwrap();
    assert!(targets.all(|id| id == first), "always the same text node");
}

/// A tick of the countdown changes its text and nothing else on the screen.
#[test]
fn a_countdown_tick_changes_only_the_countdown_text() {
    let edits = edits_over_two_seconds(now());
    assert_only_the_countdown_text_changed(&edits);
    // Read by scripts/bench.sh for its table: every change here is one tick's only change.
    println!(
        "render cost: countdown tick: 1 DOM change ({} ticks in 2.3 s)",
        edits.len()
    );
}

/// Across a minute boundary the countdown keeps its one text change a second, and the screen's
/// minute refresh moves only the race timeline's "now" marker and its "Today is" line.
#[test]
fn ticking_across_a_minute_boundary_moves_only_the_countdown_and_the_now_marker() {
    use dioxus::dioxus_core::{AttributeValue, Mutation};
    let just_before_the_minute = now() + Duration::milliseconds(59_100);
    assert_eq!(
        (just_before_the_minute + Duration::milliseconds(2_300)).minute(),
        just_before_the_minute.minute() + 1,
        "the 2.3 s window crosses into the next minute"
    );
    let edits = edits_over_two_seconds(just_before_the_minute);
    let (countdown, minute): (Vec<Mutation>, Vec<Mutation>) = edits
        .into_iter()
        .partition(|edit| matches!(edit, Mutation::SetText { value, .. } if value.ends_with('s')));
    assert_only_the_countdown_text_changed(&countdown);
    let today_line = minute
        .iter()
        .filter(|edit| matches!(edit, Mutation::SetText { value, .. } if value == "Today is 14 Sep 11:16."))
        .count();
    assert_eq!(
        today_line, 1,
        "the new minute, on the runner's Berlin clock: {minute:?}"
    );
    assert!(
        minute.iter().all(|edit| match edit {
            Mutation::SetText { value, .. } => value.starts_with("Today is"),
            Mutation::SetAttribute {
                name: "x" | "x1" | "x2",
                value: AttributeValue::Float(_),
                ..
            } => true,
            _ => false,
        }),
        "the minute refresh only moves the now marker: {minute:?}"
    );
}
