//! A double tap on a form's "Add" button sends the form twice: the first tap saves and clears it,
//! the second lands on the cleared form. Each form stores one record and says it was added, with
//! no second record and no "Not saved" for the blank it left.

use crate::support::events::Page;
use crate::support::{race_starting_at, with_races};
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::log::LogKind;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a February noon).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 2, 2, 12, 0, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::UTC)
}

/// Submits the form around `html_id` twice in a row, as a double tap does.
fn double_tap(page: &mut Page, html_id: &str) {
    page.submit_from(html_id);
    page.submit_from(html_id);
}

fn assert_no_refusal(page: &Page) {
    let html = page.html();
    assert!(!html.contains("Not saved"), "{html}");
    assert!(!html.contains("please fix"), "{html}");
}

#[test]
fn add_race_twice_stores_one_race() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("race-name", "Harbour Half");
    page.type_into("race-date", "2026-05-10");
    page.type_into("race-distance", "21.1");
    double_tap(&mut page, "race-name");
    assert_eq!(page.document().races.len(), 1);
    assert!(
        page.html().contains("Added Harbour Half."),
        "{}",
        page.html()
    );
    assert_no_refusal(&page);

    // The cleared form still adds the next race, with an id of its own.
    page.type_into("race-name", "Park 10K");
    page.type_into("race-date", "2026-06-10");
    page.type_into("race-distance", "10");
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 2);
    assert_ne!(races[0].id, races[1].id);
}

#[test]
fn save_race_twice_after_an_edit_changes_the_race_once_and_adds_nothing() {
    let race = race_starting_at("r1", "Harbour Half", now() + Duration::days(60));
    let mut page = Page::open("/races", with_races(vec![race]), clock());
    page.click("edit-r1");
    page.type_into("race-name", "Harbour Half 2026");
    double_tap(&mut page, "race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 1);
    assert_eq!(races[0].name, "Harbour Half 2026");
    assert_no_refusal(&page);
}

#[test]
fn add_block_twice_stores_one_block() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("block-start", "2026-03-01");
    page.type_into("block-end", "2026-03-28");
    double_tap(&mut page, "block-start");
    assert_eq!(page.document().blocks.len(), 1);
    assert!(page.html().contains("Added "), "{}", page.html());
    assert_no_refusal(&page);
}

/// The log form on the Log screen and on Today (`prefix` tells them apart).
fn add_to_log_twice_stores_one_entry_with_its_notes(path: &str, prefix: &str) {
    let mut page = Page::open(path, Document::default(), clock());
    let notes = format!("{prefix}-notes");
    page.type_into(&notes, "Calves tight");
    double_tap(&mut page, &notes);
    let log = page.document().log;
    assert_eq!(
        log.len(),
        1,
        "{path}: one massage, counted once against the budget"
    );
    assert!(
        matches!(&log[0].kind, LogKind::MassageReceived { notes, .. } if notes == "Calves tight"),
        "{path}: {:?}",
        log[0]
    );
    assert!(page.html().contains("Added to your log."));
    assert_no_refusal(&page);
}

#[test]
fn add_to_log_twice_stores_one_entry_on_the_log_screen() {
    add_to_log_twice_stores_one_entry_with_its_notes("/log", "add");
}

#[test]
fn add_to_log_twice_stores_one_entry_on_today() {
    add_to_log_twice_stores_one_entry_with_its_notes("/", "log");
}

#[test]
fn add_item_twice_stores_one_checklist_item() {
    let race = race_starting_at("race-1", "Harbour Half", now() + Duration::days(5));
    let mut page = Page::open("/checklists", with_races(vec![race]), clock());
    page.type_into("new-item-pre", "Pin the bib");
    double_tap(&mut page, "new-item-pre");
    let checklists = page.document().checklists;
    assert_eq!(checklists.len(), 1);
    assert_eq!(checklists[0].own.len(), 1, "{checklists:?}");
    assert!(!page.html().contains("Write what you want to remember."));
}

#[test]
fn save_answers_twice_logs_each_red_flag_once() {
    let mut page = Page::open("/", Document::default(), clock());
    page.choose("red-flag-fever_or_unwell", "true");
    double_tap(&mut page, "red-flag-fever_or_unwell");
    assert_eq!(page.document().log.len(), 1);
    let html = page.html();
    assert!(html.contains("Saved to your log."), "{html}");
    assert!(!html.contains("Nothing off"), "{html}");
}
