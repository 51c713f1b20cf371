//! A running session stored and read back: it goes on exactly where the clock says, asks after a
//! long absence, and a stored copy that makes no sense is never played.

use crate::common::timer::{at, fixture, routine, step};
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::routine::Side;
use fresh_legs::core::timer::snapshot::{Return, Snapshot, ASK_AFTER_MS};
use fresh_legs::core::timer::Status;

fn running_snapshot(saved_seconds: f64) -> Snapshot {
    let mut timer = fixture();
    timer.start(at(0.0));
    timer.advance(at(saved_seconds));
    Snapshot {
        routine: routine(vec![
            step(BodyArea::Calves, Side::EachSide, 30),
            step(BodyArea::Hamstrings, Side::Both, 20),
        ]),
        timer,
        saved_at: at(saved_seconds),
    }
}

#[test]
fn a_stored_session_reads_back_and_goes_on_where_the_clock_says() {
    let snapshot = running_snapshot(12.0);
    let back = Snapshot::from_text(&snapshot.to_text()).expect("it reads back");
    assert_eq!(back, snapshot);
    // A reload 20 s later: the routine is 32 s in, on the left calf (5 s countdown + 30 s step),
    // with 3 s of it left, as if nothing had happened.
    assert_eq!(back.on_return(at(32.0)), Return::Continue);
    let (segment, _) = back.timer.current(at(32.0)).unwrap();
    assert_eq!(segment, 1);
    assert_eq!(back.timer.remaining(at(32.0)).as_millis(), 3_000);
}

#[test]
fn after_a_long_absence_the_runner_is_asked_and_only_the_part_done_counts() {
    let snapshot = running_snapshot(20.0);
    let later = at(20.0 + (ASK_AFTER_MS as f64) / 1000.0 + 60.0);
    assert_eq!(snapshot.on_return(later), Return::Ask { minutes_away: 6 });
    // Resume: the left calf goes on with the 15 s it had left when the runner went away.
    let mut resumed = snapshot.paused_where_left();
    assert_eq!(resumed.status(later), Status::Paused);
    resumed.resume(later);
    assert_eq!(resumed.remaining(later).as_millis(), 15_000);
    // Stop: 15 s of massage was done before leaving, not the minutes since.
    let stopped = snapshot.stopped_where_left();
    assert_eq!(stopped.summary(later).active_seconds(), 15);
    assert!(!stopped.summary(later).finished);
}

#[test]
fn a_paused_session_stays_paused_however_long_away() {
    let mut snapshot = running_snapshot(20.0);
    snapshot.timer.pause(at(20.0));
    let a_day_later = at(20.0 + 86_400.0);
    assert_eq!(snapshot.on_return(a_day_later), Return::Continue);
    assert_eq!(snapshot.timer.remaining(a_day_later).as_millis(), 15_000);
}

#[test]
fn a_stored_copy_that_makes_no_sense_is_never_played() {
    let snapshot = running_snapshot(12.0);
    let text = snapshot.to_text();
    assert_eq!(Snapshot::from_text("{"), None);
    assert_eq!(Snapshot::from_text(&text[..text.len() / 2]), None);
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["timer"]["state"]["index"] = 99.into();
    assert_eq!(
        Snapshot::from_text(&value.to_string()),
        None,
        "a segment that does not exist"
    );
    // One past the last segment, the nearest index that does not exist.
    let segments = value["timer"]["segments"].as_array().unwrap().len();
    value["timer"]["state"]["index"] = segments.into();
    assert_eq!(
        Snapshot::from_text(&value.to_string()),
        None,
        "segment {segments} of {segments}"
    );
    value["timer"]["state"]["index"] = (segments - 1).into();
    assert!(
        Snapshot::from_text(&value.to_string()).is_some(),
        "the last segment exists"
    );
    let mut ended = running_snapshot(12.0);
    ended.timer.stop(at(12.0));
    assert_eq!(
        Snapshot::from_text(&ended.to_text()),
        None,
        "an ended session is not resumed"
    );
}

/// A stored session paused on a segment of no length (no routine makes one, but a stored copy
/// can hold it and still be consistent): the step ring reads it as complete, never as 0/0,
/// which would draw nothing.
#[test]
fn a_stored_session_paused_on_an_empty_segment_shows_it_complete() {
    let mut snapshot = running_snapshot(12.0);
    snapshot.timer.pause(at(12.0));
    let mut value: serde_json::Value = serde_json::from_str(&snapshot.to_text()).unwrap();
    value["timer"]["segments"][1]["seconds"] = 0.into();
    value["timer"]["state"]["index"] = 1.into();
    value["timer"]["state"]["remaining_ms"] = 0.into();
    let back = Snapshot::from_text(&value.to_string()).expect("a consistent copy");
    assert_eq!(back.timer.segment_progress(at(12.0)), 1.0);
}
