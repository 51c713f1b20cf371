//! Imports that meet the storage they go into: the review says whether the data fits the room
//! the browser gives before Merge or Replace, and a save refused for room offers real ways out,
//! each saying how much it frees.

use crate::support::events::Page;
use crate::support::MemoryBackend;
use crate::training::{activities, clock};
use fresh_legs::store::export::export_text;
use fresh_legs::store::room::{needed_for, Room};
use fresh_legs::store::{Document, Loaded, Revision};
use std::rc::Rc;

/// Whether the button with `id` is disabled.
fn disabled(html: &str, id: &str) -> bool {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no #{id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    html[start..end].contains("disabled")
}

fn open(document: Document, store: &Rc<MemoryBackend>, path: &str) -> Page {
    *store.current.borrow_mut() = Some(document.to_json());
    let loaded = Loaded {
        document,
        notice: None,
        read_only: false,
        revision: Revision::NOTHING,
    };
    Page::open_loaded(path, loaded, store.clone(), clock())
}

#[test]
fn the_review_says_whether_an_import_fits_before_merge_or_replace() {
    let with_training = Document {
        activities: activities(),
        ..Document::default()
    };
    let store = Rc::new(MemoryBackend::default());
    // Room for the file's data kept twice, but not for it merged into a runner with as much again.
    let room = needed_for(&with_training) + needed_for(&with_training) / 2;
    store.room.set(Some(Room {
        capacity: room + 1_000,
        other: 1_000,
    }));
    let mut page = open(with_training.clone(), &store, "/settings");
    let mut file = with_training.clone();
    for activity in &mut file.activities {
        activity.id = fresh_legs::core::record::RecordId(format!("{}-other", activity.id));
    }
    page.type_into("import-text", &export_text(&file));
    page.click("import-check");
    let html = page.html();
    assert!(
        html.contains("Space: merged, your data would need"),
        "{html}"
    );
    assert!(
        html.contains("Merging does not fit; replacing fits."),
        "{html}"
    );
    assert!(disabled(&html, "import-merge"), "{html}");
    assert!(!disabled(&html, "import-replace"), "{html}");
    assert!(html.contains("To merge, first make room"), "{html}");
    assert!(html.contains("imported training summaries"), "{html}");
    assert!(html.contains("(frees about"), "{html}");

    // Room enough for both: it says so, and both buttons go ahead.
    store.room.set(Some(Room {
        capacity: 10 * room,
        other: 0,
    }));
    let mut page = open(with_training, &store, "/settings");
    page.type_into("import-text", &export_text(&file));
    page.click("import-check");
    let html = page.html();
    assert!(html.contains("Both fit."), "{html}");
    assert!(!disabled(&html, "import-merge"), "{html}");
    page.click("import-merge");
    assert_eq!(page.document().activities.len(), 2 * file.activities.len());
}

#[test]
fn a_file_too_big_for_the_browser_is_refused_with_where_it_can_go() {
    let file = Document {
        activities: activities(),
        ..Document::default()
    };
    let store = Rc::new(MemoryBackend::default());
    store.room.set(Some(Room {
        capacity: needed_for(&file) / 2,
        other: 0,
    }));
    let mut page = open(Document::default(), &store, "/settings");
    page.type_into("import-text", &export_text(&file));
    page.click("import-check");
    let html = page.html();
    assert!(
        html.contains("Neither fits: the file alone needs more"),
        "{html}"
    );
    assert!(html.contains("Fresh Legs desktop app"), "{html}");
    assert!(disabled(&html, "import-merge"), "{html}");
    assert!(disabled(&html, "import-replace"), "{html}");
    assert!(
        !html.contains("make-room-download"),
        "removing what is stored cannot make the file fit: {html}"
    );
}

#[test]
fn on_a_disk_the_review_says_nothing_of_space() {
    let store = Rc::new(MemoryBackend::default());
    let mut page = open(Document::default(), &store, "/settings");
    page.type_into("import-text", &export_text(&Document::default()));
    page.click("import-check");
    let html = page.html();
    assert!(!html.contains("Space: merged"), "{html}");
    assert!(!disabled(&html, "import-merge"), "{html}");
}

#[test]
fn a_save_refused_for_room_offers_ways_out_with_what_each_frees() {
    let mut document = Document {
        activities: activities(),
        ..Document::default()
    };
    document.profile.display_name = "Sam".into();
    let count = document.activities.len();
    let store = Rc::new(MemoryBackend::default());
    let mut page = open(document, &store, "/log");
    store.full.set(true);
    page.choose("add-choice", "soreness");
    page.type_into("add-level", "3");
    page.type_into("add-hours-after", "20");
    page.submit_from("add-level");
    let html = page.html();
    assert!(html.contains("There is no room left in memory"), "{html}");
    assert!(!html.contains("free some space"), "{html}");
    assert!(
        html.contains(">Download a copy of your data</button>"),
        "{html}"
    );
    assert!(
        html.contains(&format!("Remove {count} imported training summaries")),
        "{html}"
    );
    assert!(html.contains("(frees about"), "{html}");

    // Room made: the summaries go (their tombstones stay), and everything is saved at last,
    // the check-in that could not be saved before included.
    store.full.set(false);
    page.click("make-room-0");
    page.click("make-room-confirm");
    assert!(page.document().activities.is_empty());
    let saved = store.current.borrow().clone().unwrap();
    assert!(saved.contains("soreness_check_in"), "{saved}");
    let html = page.html();
    assert!(
        !html.contains(r#"id="make-room-download""#),
        "the notice went with the failure"
    );
    assert!(
        html.contains("Removed. That freed about"),
        "and a toast says what happened: {html}"
    );
}
