//! Benchmarks of the recommendation core for a heavy user (5 seasons: 50 races, 20 training
//! blocks, 2,000 log entries) and of the English catalogue every start-up builds, beside a fixed
//! reference workload measured in the same run, so a figure can be read as a ratio on a shared,
//! noisy machine.

#[path = "heavy_user.rs"]
mod heavy_user;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use fresh_legs::core::recommend::plan::plan;
use fresh_legs::core::recommend::today::today;
use fresh_legs::core::words::Catalogue;
use heavy_user::{heavy_user, LONDON};

/// Sorting 10,000 pseudo-random integers: plain CPU and memory work that no change to the app
/// touches, so the app's figures divided by it compare across runs and machines.
fn reference_workload(c: &mut Criterion) {
    let mut state = 1u64;
    let numbers: Vec<u64> = (0..10_000)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            state >> 11
        })
        .collect();
    c.bench_function("reference: sort 10,000 integers", |b| {
        b.iter(|| {
            let mut copy = numbers.clone();
            copy.sort_unstable();
            black_box(copy)
        })
    });
}

fn core(c: &mut Criterion) {
    let data = heavy_user(5);
    let inputs = data.inputs();
    // Mid-season in the third year, a few days before one of the races.
    let now = Utc.with_ymd_and_hms(2028, 5, 20, 7, 30, 0).unwrap();
    c.bench_function("today (heavy user)", |b| {
        b.iter(|| today(black_box(&inputs), black_box(now), LONDON))
    });
    let from = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    c.bench_function("plan one season (heavy user)", |b| {
        b.iter(|| plan(black_box(&inputs), black_box(from), black_box(to), LONDON))
    });
}

/// The English catalogue as the app builds it at its first word: part of every start-up, and it
/// grows with each feature's words.
fn words(c: &mut Criterion) {
    c.bench_function("English catalogue (built at start-up)", |b| {
        b.iter(Catalogue::english)
    });
}

criterion_group!(benches, reference_workload, core, words);
criterion_main!(benches);
