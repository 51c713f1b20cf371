//! Crash safety: a process saving in a loop is killed with SIGKILL at random moments, and the file
//! on disk must always read back whole as one of the versions that process saved. Between kills
//! the file is also read concurrently, which catches in-place writes far more often than kills do.
#![cfg(unix)]

use chrono::{DateTime, Utc};
use fresh_legs::core::record::{RecordId, Tombstone};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{commit, load, parse_document, Document, Revision};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_DIR_ENV: &str = "FRESH_LEGS_CRASH_TEST_DIR";
const KILLS: u32 = 120;

/// Deterministic pseudo-random delays, so a failure can be reproduced.
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// The instant every save here is made at: the test is about whole files, not times.
fn at() -> DateTime<Utc> {
    DateTime::<Utc>::UNIX_EPOCH
}

fn version_number(document: &Document) -> u64 {
    let name = &document.profile.display_name;
    name.strip_prefix("saved-")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("the file holds a version nobody saved: {name:?}"))
}

/// Runs only as the child of the test below: saves numbered versions until it is killed.
#[test]
#[ignore = "child process of killed_savers_never_leave_a_broken_file"]
fn saver_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR_ENV) else {
        return;
    };
    let backend = FileBackend::new(dir);
    let loaded = load(&backend, "child").unwrap();
    let start = version_number(&loaded.document);
    let mut revision = loaded.revision;
    // A document of a few hundred kilobytes, so that kills often land in the middle of a write.
    let mut document = Document {
        tombstones: (0..5_000)
            .map(|i| Tombstone {
                id: RecordId(format!("padding-record-{i}")),
                deleted_at: DateTime::<Utc>::UNIX_EPOCH,
            })
            .collect(),
        ..Document::default()
    };
    for n in start + 1.. {
        document.profile.display_name = format!("saved-{n}");
        let saved = commit(&backend, revision, document.clone(), Vec::new(), at())
            .saved
            .unwrap();
        revision = saved;
        if n == start + 1 {
            println!("saving");
        }
    }
}

#[test]
fn killed_savers_never_leave_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    let mut initial = Document::default();
    initial.profile.display_name = "saved-0".into();
    commit(&backend, Revision::NOTHING, initial, Vec::new(), at())
        .saved
        .unwrap();

    let test_binary = std::env::current_exe().unwrap();
    let mut random = 0x9E37_79B9_7F4A_7C15_u64;
    let mut last_seen = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(&test_binary)
            .args([
                "--ignored",
                "--exact",
                "crash::saver_child",
                "--test-threads",
                "1",
                "--nocapture",
            ])
            .env(CHILD_DIR_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is in its save loop, then kill it at a random point in a write.
        let mut ready = String::new();
        while !ready.contains("saving") {
            let mut line = String::new();
            let read = BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut line);
            assert!(
                read.unwrap() > 0,
                "kill {kill}: the child stopped before saving"
            );
            ready.push_str(&line);
        }
        // Until the kill, read the file as another process would: it must always parse whole.
        let kill_at = Instant::now() + Duration::from_micros(next_random(&mut random) % 20_000);
        while Instant::now() < kill_at {
            // The file exists from the child's first save on, and renames replace it whole: a
            // read that fails is as much a bug as a half-written file.
            let bytes = std::fs::read(backend.current_path())
                .unwrap_or_else(|error| panic!("kill {kill}: the file could not be read: {error}"));
            assert!(
                parse_document(&bytes).is_ok(),
                "kill {kill}: a reader saw a half-written file"
            );
        }
        child.kill().unwrap(); // SIGKILL on unix: no destructors, no flushing.
        child.wait().unwrap();

        let loaded = load(&backend, "parent").unwrap();
        assert_eq!(
            loaded.notice, None,
            "kill {kill}: the file did not read back whole"
        );
        let seen = version_number(&loaded.document);
        assert!(
            seen >= last_seen,
            "kill {kill}: went back from {last_seen} to {seen}"
        );
        last_seen = seen;
    }
    assert!(
        last_seen > 0,
        "the child never got to save; the test proved nothing"
    );
}
