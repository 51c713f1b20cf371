//! Benchmarks of the store: saving (checking the stored revision, atomically, with the backup
//! copy) and loading a 10-year document (100 races, 40 training blocks, 4,000 log entries) in a
//! real folder on disk.
//! Prints the document's size on disk for the report.

#[path = "heavy_user.rs"]
mod heavy_user;

use chrono::{DateTime, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{commit, load, Document, Revision};
use heavy_user::heavy_user;

fn ten_year_document() -> Document {
    let data = heavy_user(10);
    Document {
        profile: data.profile,
        races: data.races,
        blocks: data.blocks,
        log: data.log,
        ..Document::default()
    }
}

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let backend = FileBackend::new(dir.path());
    let document = ten_year_document();
    let mut revision = commit(
        &backend,
        Revision::NOTHING,
        document.clone(),
        Vec::new(),
        DateTime::<Utc>::UNIX_EPOCH,
    )
    .saved
    .expect("the first save");
    let bytes = std::fs::metadata(backend.current_path()).map_or(0, |meta| meta.len());
    // Read by scripts/bench.sh for its table.
    println!("store: 10-year document is {bytes} bytes on disk");

    // Each save checks the revision it starts from against the file, as the app's saves do.
    c.bench_function("store save (10-year document)", |b| {
        b.iter(|| {
            let saved = commit(
                &backend,
                revision,
                black_box(document.clone()),
                Vec::new(),
                DateTime::<Utc>::UNIX_EPOCH,
            );
            revision = saved.saved.expect("save");
        })
    });
    c.bench_function("store load (10-year document)", |b| {
        b.iter(|| load(&backend, "bench").expect("load"))
    });
}

criterion_group!(benches, store);
criterion_main!(benches);
