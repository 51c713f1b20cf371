//! The notices about data that could not be used: they stay until dismissed, offer the download,
//! and the storage-full dead end has its way forward. Downloads go to a folder of this test's own.

mod support;

use chrono::{TimeZone, Utc};
use fresh_legs::store::set_aside::SetAsideRecord;
use fresh_legs::store::{Document, LoadNotice, Loaded, Revision};
use fresh_legs::ui::clock::Clock;
use std::rc::Rc;
use support::events::Page;
use support::MemoryBackend;

fn clock() -> Clock {
    Clock::starting_at(
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
        chrono_tz::UTC,
    )
}

/// Downloads land in a fresh folder under the target directory, never the runner's Downloads.
fn downloads_here() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("fresh-legs-banner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Every test in this file sets the same folder, so running them in parallel is safe.
    std::env::set_var("XDG_DOWNLOAD_DIR", &dir);
    std::env::set_var("HOME", &dir);
    dir
}

fn with_set_aside() -> Document {
    let mut document = Document::default();
    document.set_aside.push(SetAsideRecord::new(
        "log",
        "Soreness goes from 0 (none) to 10 (worst), not 11",
        serde_json::json!({"id": "log-7", "kind": {"level": 11}}),
    ));
    document
}

#[test]
fn set_aside_records_are_announced_until_dismissed_and_can_be_downloaded() {
    let dir = downloads_here();
    let store = Rc::new(MemoryBackend::default());
    let loaded = Loaded {
        document: with_set_aside(),
        notice: None,
        read_only: false,
        revision: Revision::NOTHING,
    };
    let mut page = Page::open_loaded("/", loaded, store.clone(), clock());
    let html = page.html();
    assert!(html.contains("1 record could not be used and was set aside, unchanged: a log entry (Soreness goes from 0 (none) to 10 (worst), not 11)."), "{html}");
    page.click("set-aside-download");
    let html = page.html();
    let path = html
        .split("Saved to ")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no place named: {html}"));
    assert!(
        path.starts_with(dir.to_str().unwrap()),
        "{path} is outside the test's folder"
    );
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\"log-7\""), "{text}");

    page.click("set-aside-dismiss");
    assert!(!page.html().contains("could not be used"));
    let stored = store
        .current
        .borrow()
        .clone()
        .expect("the dismissal was saved");
    assert!(stored.contains("\"dismissed\":true"), "{stored}");
    assert!(stored.contains("log-7"), "the record itself is still kept");
}

#[test]
fn unreadable_data_with_no_room_to_set_it_aside_has_a_way_forward() {
    downloads_here();
    let store = Rc::new(MemoryBackend::default());
    *store.current.borrow_mut() = Some("{ not json".into());
    let loaded = Loaded {
        document: Document::default(),
        notice: Some(LoadNotice::Stuck {
            unreadable: "{ not json".into(),
            detail: "the browser's storage is full".into(),
        }),
        read_only: true,
        revision: Revision::NOTHING,
    };
    let mut page = Page::open_loaded("/", loaded, store.clone(), clock());
    let html = page.html();
    assert!(
        html.contains("there is no room to keep a copy of it aside"),
        "{html}"
    );
    assert!(
        html.contains("so it waits until you have downloaded it"),
        "{html}"
    );
    // Start fresh only after the download; until then the unreadable copy stays stored.
    page.click("stuck-start-fresh");
    assert_eq!(store.current.borrow().as_deref(), Some("{ not json"));
    page.click("stuck-download");
    page.click("stuck-start-fresh");
    let html = page.html();
    assert!(!html.contains("no room to keep a copy"), "{html}");
    let stored = store
        .current
        .borrow()
        .clone()
        .expect("a fresh document was saved");
    assert!(stored.contains("\"schema_version\""), "{stored}");
}
