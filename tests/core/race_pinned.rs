//! The windows around four races pinned to the second, worked out by hand from the figures in
//! `docs/RULES.md` (the pace model: 32 min for 5 km, Riegel's 1.06 to the marathon, 1.2 beyond;
//! the flush from 2 h to 48 h after the finish; the cut-offs and gaps by priority and distance).
//! Nothing here asks the app for a duration: a change to the pace, a window or a floor fails here.
//!
//! Every race is a B race starting at 09:00 in London on Saturday 20 June 2026 (BST, UTC+1), so
//! the gun is at 08:00 UTC; the runner's cut-off for a B race is 4 days and the gap 72 h.

use crate::common::*;
use chrono::{DateTime, Utc};
use fresh_legs::core::profile::Profile;
use fresh_legs::core::race::Priority;
use fresh_legs::core::recommend::phase::RaceWindows;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("a fixture instant")
}

struct Pinned {
    km: f64,
    /// 5 km: 32:00; 10 km: 32 × 2^1.06 = 66:43; half: 32 × 4.2195^1.06 = 2:27:12; marathon:
    /// 32 × 8.439^1.06 = 5:06:55; 100 km: 5:06:55 × (100 / 42.195)^1.2 = 14:24:23.
    finish: &'static str,
    flush_from: &'static str,
    flush_to: &'static str,
    /// Midnight (BST) at the start of the first cut-off day: 4 days before; 5 before a
    /// marathon; 7 before an ultra.
    cutoff_from: &'static str,
    /// 72 h after the finish; 120 h after a marathon; 168 h after an ultra.
    general_again: &'static str,
}

const PINNED: [Pinned; 5] = [
    Pinned {
        km: 5.0,
        finish: "2026-06-20T08:32:00Z",
        flush_from: "2026-06-20T10:32:00Z",
        flush_to: "2026-06-22T08:32:00Z",
        cutoff_from: "2026-06-15T23:00:00Z",
        general_again: "2026-06-23T08:32:00Z",
    },
    Pinned {
        km: 10.0,
        finish: "2026-06-20T09:06:43Z",
        flush_from: "2026-06-20T11:06:43Z",
        flush_to: "2026-06-22T09:06:43Z",
        cutoff_from: "2026-06-15T23:00:00Z",
        general_again: "2026-06-23T09:06:43Z",
    },
    Pinned {
        km: 21.0975,
        finish: "2026-06-20T10:27:12Z",
        flush_from: "2026-06-20T12:27:12Z",
        flush_to: "2026-06-22T10:27:12Z",
        cutoff_from: "2026-06-15T23:00:00Z",
        general_again: "2026-06-23T10:27:12Z",
    },
    Pinned {
        km: 42.195,
        finish: "2026-06-20T13:06:55Z",
        flush_from: "2026-06-20T15:06:55Z",
        flush_to: "2026-06-22T13:06:55Z",
        cutoff_from: "2026-06-14T23:00:00Z",
        general_again: "2026-06-25T13:06:55Z",
    },
    Pinned {
        km: 100.0,
        finish: "2026-06-20T22:24:23Z",
        flush_from: "2026-06-21T00:24:23Z",
        flush_to: "2026-06-22T22:24:23Z",
        cutoff_from: "2026-06-12T23:00:00Z",
        general_again: "2026-06-27T22:24:23Z",
    },
];

#[test]
fn finish_flush_cutoff_and_gap_are_where_the_figures_put_them() {
    let profile = Profile::default();
    for pinned in PINNED {
        let race = race("r", date(2026, 6, 20), 9, LONDON, pinned.km, Priority::B);
        let w = RaceWindows::new(&race, &profile);
        let km = pinned.km;
        assert_eq!(w.start, at("2026-06-20T08:00:00Z"), "{km} km start");
        assert_eq!(w.finish, at(pinned.finish), "{km} km finish");
        assert_eq!(race.estimated_finish(), at(pinned.finish), "{km} km");
        assert_eq!(w.flush_start, at(pinned.flush_from), "{km} km flush opens");
        assert_eq!(w.flush_end, at(pinned.flush_to), "{km} km flush closes");
        assert_eq!(w.cutoff_start, at(pinned.cutoff_from), "{km} km cut-off");
        assert_eq!(
            w.general_allowed_from,
            at(pinned.general_again),
            "{km} km gap"
        );
        // The pre-event days are the last two before the race, from midnight BST.
        assert_eq!(w.pre_event_start, at("2026-06-17T23:00:00Z"), "{km} km");
    }
}

#[test]
fn the_runners_expected_time_replaces_the_estimate() {
    let mut marathon = race("m", date(2026, 6, 20), 9, LONDON, 42.195, Priority::B);
    marathon.expected_minutes = Some(3 * 60 + 30);
    let w = RaceWindows::new(&marathon, &Profile::default());
    assert_eq!(w.finish, at("2026-06-20T11:30:00Z"));
    assert_eq!(w.flush_start, at("2026-06-20T13:30:00Z"));
    assert_eq!(w.general_allowed_from, at("2026-06-25T11:30:00Z"));
}
