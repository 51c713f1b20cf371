//! The reader's work stays bounded, measured in bytes and allocations (never by the clock): a
//! FIT file of millions of tiny records and one of thousands of sessions are read in memory a
//! small multiple of their size and in work that grows with it linearly, and FIT files mutated at
//! random (checksums recomputed, so the damage reaches the decoder) give a named error or a
//! summary that passes the stored checks, never a panic, within the same bounds.

#[path = "../measure/mod.rs"]
mod measure;

use crate::support::training_files::{
    fit_bytes, fit_crc, many_sessions_fit, tiny_records_fit, Workout,
};
use chrono::{DateTime, TimeZone, Utc};
use fresh_legs::core::training::files::{ImportJob, PickedFile};
use measure::{measured, Cost};
use proptest::prelude::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap()
}

/// Reads `bytes` as `name` to the end, summarising every activity as the app does: how many
/// activities it gave (each passing the checks a stored one passes, or the app would have
/// reported it instead), and each problem, which must name the file.
fn read(name: &str, bytes: Vec<u8>) -> (usize, Cost) {
    let file = PickedFile {
        name: name.into(),
        bytes,
    };
    let mut job = ImportJob::new(vec![file], now());
    // The app has its words before any file is read; building them (on a thread's first
    // message) is not the reader's cost.
    let _ = fresh_legs::core::words::language();
    measured(|| {
        let mut activities = 0;
        loop {
            let report = job.read_some(50, now());
            for activity in &report.activities {
                assert_eq!(activity.check(), Ok(()), "{activity:?}");
            }
            for problem in &report.problems {
                assert!(
                    problem.contains(name),
                    "a problem names its file: {problem}"
                );
            }
            activities += report.activities.len();
            if report.finished {
                break;
            }
        }
        activities
    })
}

#[test]
fn millions_of_tiny_records_cost_a_fixed_few_kilobytes_and_work_in_step_with_the_file() {
    let small = tiny_records_fit(1 << 20);
    let large = tiny_records_fit(4 << 20);
    let (small_len, large_len) = (small.len(), large.len());
    let (_, small_cost) = read("small.fit", small);
    let (_, large_cost) = read("large.fit", large);
    println!("tiny records: {small_len} B → {small_cost:?}; {large_len} B → {large_cost:?}");
    // Two million records are running totals, not a list.
    assert!(large_cost.peak_bytes < 64 * 1024, "{large_cost:?}");
    // The larger file's one activity runs past the longest an activity may last, so it ends in a
    // problem worded with its date (a few dozen allocations through the date catalogue, once)
    // where the smaller one ends in an activity.
    assert!(
        large_cost.allocations <= small_cost.allocations + 32,
        "records allocate nothing: {small_cost:?} then {large_cost:?}"
    );
}

#[test]
fn thousands_of_sessions_cost_a_small_multiple_of_the_file_and_grow_linearly() {
    let one = many_sessions_fit(2_000, 25);
    let two = many_sessions_fit(4_000, 25);
    let (one_len, two_len) = (one.len(), two.len());
    let (one_read, one_cost) = read("legs.fit", one);
    let (two_read, two_cost) = read("more-legs.fit", two);
    println!("sessions: {one_len} B → {one_cost:?}; {two_len} B → {two_cost:?}");
    assert_eq!(one_read, 2_000, "every leg of over a minute is an activity");
    assert_eq!(two_read, 4_000);
    for (len, cost) in [(one_len, one_cost), (two_len, two_cost)] {
        assert!(cost.peak_bytes < 8 * len, "{cost:?} for {len} bytes");
    }
    assert!(
        two_cost.allocations * 10 <= one_cost.allocations * 22,
        "twice the sessions, about twice the work: {one_cost:?} then {two_cost:?}"
    );
}

/// One change to a file: a byte set, a stretch dropped, or a stretch repeated.
#[derive(Debug, Clone)]
enum Mutation {
    Set { at: usize, byte: u8 },
    Drop { at: usize, len: usize },
    Repeat { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set { at, byte }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Drop { at, len }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Repeat { at, len }),
    ]
}

/// `file` changed by `mutations`, past its 14-byte header, with both checksums made right
/// again so the decoder itself meets the damage.
fn mutated(file: &[u8], mutations: &[Mutation], fix_size: bool) -> Vec<u8> {
    let mut body = file[14..file.len() - 2].to_vec();
    for change in mutations {
        if body.is_empty() {
            break;
        }
        match *change {
            Mutation::Set { at, byte } => {
                let at = at % body.len();
                body[at] = byte;
            }
            Mutation::Drop { at, len } => {
                let at = at % body.len();
                body.drain(at..(at + len).min(body.len()));
            }
            Mutation::Repeat { at, len } => {
                let at = at % body.len();
                let stretch = body[at..(at + len).min(body.len())].to_vec();
                body.splice(at..at, stretch);
            }
        }
    }
    let mut out = file[..14].to_vec();
    if fix_size {
        out[4..8].copy_from_slice(&(body.len() as u32).to_le_bytes());
    }
    let header_crc = fit_crc(&out[..12]);
    out[12..14].copy_from_slice(&header_crc.to_le_bytes());
    out.extend(body);
    let crc = fit_crc(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_mutated_fit_file_gives_a_named_error_or_a_sound_summary_within_bounds(
        mutations in prop::collection::vec(mutation(), 1..6),
        fix_size in any::<bool>(),
    ) {
        let workout = Workout::run(
            Utc.with_ymd_and_hms(2026, 3, 3, 6, 45, 12).unwrap(),
            60,
            &[(600, 1800.0, 138), (1200, 4020.5, 161), (437, 1234.5, 149)],
        );
        let file = mutated(&fit_bytes(&workout), &mutations, fix_size);
        let len = file.len();
        let (_, cost) = read("mutated.fit", file);
        prop_assert!(cost.peak_bytes < 8 * len + 64 * 1024, "{cost:?} for {len} bytes");
        prop_assert!(cost.allocations < len + 1_000, "{cost:?} for {len} bytes");
    }
}
