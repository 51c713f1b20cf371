//! Benchmarks of the store: saving (atomically, with the backup copy) and loading a 10-year
//! document (100 races, 40 training blocks, 4,000 log entries) in a real folder on disk.
//! Prints the document's size on disk for the report.

#[path = "heavy_user.rs"]
mod heavy_user;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{load, save, Document};
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
    save(&backend, false, &document).expect("the first save");
    let bytes = std::fs::metadata(backend.current_path()).map_or(0, |meta| meta.len());
    // Read by scripts/bench.sh for its table.
    println!("store: 10-year document is {bytes} bytes on disk");

    c.bench_function("store save (10-year document)", |b| {
        b.iter(|| save(&backend, false, black_box(&document)).expect("save"))
    });
    c.bench_function("store load (10-year document)", |b| {
        b.iter(|| load(&backend, "bench").expect("load"))
    });
}

criterion_group!(benches, store);
criterion_main!(benches);
