//! Benchmarks of the training-file import: reading and summarising 1,000 activity files (the
//! made-up season of `tests/support/season.rs` back to back, as FIT, GPX and TCX files, some
//! gzipped), and reading five years of summaries into a season (loads, weeks, blocks, races).
//! Prints the size of a 5-year document holding those summaries for the report, and with
//! `FRESH_LEGS_BENCH_EXPORT=PATH` writes the same activities as a Strava-style export there, for
//! the browser's timing of an import (`benches/import.mjs`). Also issue 31's two hostile FIT
//! shapes (32 MB of 16 million two-byte records; 3.7 MB of 500,000 records in 20,000 sessions),
//! timed, with the most memory reading each held at once printed for the report.

#[path = "heavy_user.rs"]
mod heavy_user;
#[path = "../tests/measure/mod.rs"]
mod measure;
#[path = "../tests/support/mod.rs"]
mod support;

use chrono::{Duration, TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use fresh_legs::core::profile::HeartRateSettings;
use fresh_legs::core::training::activity::{summarise, Activity};
use fresh_legs::core::training::detect::read_season;
use fresh_legs::core::training::files::{ImportJob, PickedFile};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{commit, Document, Revision};
use support::season::{season, WEEKS};
use support::training_files::{
    many_sessions_fit, strava_zip, tiny_records_fit, StravaFile, Workout, STRAVA_MIX,
};

/// Sixteen seasons back to back: 256 weeks (4.9 years), 1,040 activities.
const SEASONS: i64 = 16;

fn workouts() -> Vec<Workout> {
    (0..SEASONS)
        .flat_map(|n| {
            season().into_iter().map(move |mut workout| {
                workout.start += Duration::weeks(n * WEEKS as i64);
                workout.id += n as u64 * 1_000;
                workout
            })
        })
        .collect()
}

fn files(workouts: &[Workout]) -> Vec<PickedFile> {
    let kinds = [
        StravaFile::Fit,
        StravaFile::GpxGz,
        StravaFile::Tcx,
        StravaFile::FitGz,
    ];
    workouts
        .iter()
        .zip(kinds.iter().cycle())
        .map(|(workout, kind)| PickedFile {
            name: kind.path(workout).expect("a file"),
            bytes: kind.bytes(workout).expect("a file"),
        })
        .collect()
}

fn import(files: Vec<PickedFile>) -> Vec<Activity> {
    let at = Utc.with_ymd_and_hms(2031, 6, 1, 12, 0, 0).unwrap();
    ImportJob::new(files, at)
        .map(|read| summarise(&read.expect("every generated file reads"), at))
        .collect()
}

fn training(c: &mut Criterion) {
    let workouts = workouts();
    if let Some(path) = std::env::var_os("FRESH_LEGS_BENCH_EXPORT") {
        let rows: Vec<(Workout, StravaFile)> = workouts
            .iter()
            .cloned()
            .zip(STRAVA_MIX.iter().copied().cycle())
            .collect();
        std::fs::write(&path, strava_zip(&rows)).expect("write the export");
    }
    let thousand = files(&workouts[..1_000]);
    c.bench_function("training: read and summarise 1,000 files", |b| {
        b.iter_batched(|| thousand.clone(), import, BatchSize::LargeInput)
    });

    let summaries = import(files(&workouts));
    let today = (workouts.last().expect("a season").start + Duration::days(14)).date_naive();
    let heart = HeartRateSettings {
        max_bpm: Some(190),
        resting_bpm: Some(55),
    };
    c.bench_function("training: read the season (5 years of summaries)", |b| {
        b.iter(|| {
            read_season(
                black_box(&summaries),
                heart,
                &chrono_tz::Europe::Berlin,
                today,
            )
        })
    });

    let data = heavy_user::heavy_user(5);
    let document = Document {
        profile: data.profile,
        races: data.races,
        blocks: data.blocks,
        log: data.log,
        activities: summaries,
        ..Document::default()
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let backend = FileBackend::new(dir.path());
    let document_count = document.activities.len();
    commit(
        &backend,
        Revision::NOTHING,
        document,
        Vec::new(),
        Utc.timestamp_opt(0, 0).unwrap(),
    )
    .saved
    .expect("save");
    let bytes = std::fs::metadata(backend.current_path()).map_or(0, |meta| meta.len());
    // Read by benches/report.mjs for its table.
    println!(
        "training: 5-year document with {document_count} activity summaries is {bytes} bytes on disk"
    );
}

/// Reads one FIT file to the end, as the app does.
fn read_hostile(name: &str, bytes: Vec<u8>) -> usize {
    let at = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    let file = PickedFile {
        name: name.into(),
        bytes,
    };
    let mut job = ImportJob::new(vec![file], at);
    let mut read = 0;
    loop {
        let report = job.read_some(50, at);
        read += report.activities.len() + report.problems.len();
        if report.finished {
            return read;
        }
    }
}

fn hostile(c: &mut Criterion) {
    let shapes = [
        (
            "training: hostile 32 MB FIT of 16 million records",
            tiny_records_fit(32_000_000),
        ),
        (
            "training: hostile FIT of 500,000 records in 20,000 sessions",
            many_sessions_fit(20_000, 25),
        ),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (title, bytes) in shapes {
        let len = bytes.len();
        let copy = bytes.clone();
        let (_, cost) = measure::measured(|| read_hostile("hostile.fit", copy));
        // Read by benches/report.mjs for its table.
        println!(
            "{title}: {len} bytes, peak {} bytes held while reading, {} allocations",
            cost.peak_bytes, cost.allocations
        );
        group.bench_function(title, |b| {
            b.iter_batched(
                || bytes.clone(),
                |bytes| read_hostile("hostile.fit", bytes),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, training, hostile);
criterion_main!(benches);
