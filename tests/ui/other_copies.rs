//! Two windows of the app on one data folder, as two desktop processes are: neither writes over
//! the other's save, each shows the other's within the file poll, and a form being filled in
//! stays as typed while the other window's change arrives.

use crate::support::events::Page;
use chrono::{DateTime, TimeZone, Utc};
use fresh_legs::core::log::LogKind;
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{load, Document};
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::platform::other_copies::POLL;
use std::path::Path;
use std::rc::Rc;

/// The instant these tests start at (a February noon).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 2, 2, 12, 0, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::UTC)
}

/// A window of the app at `path` over the data in `dir`, loaded as the app loads it.
fn window(path: &str, dir: &Path) -> Page {
    let backend = Rc::new(FileBackend::new(dir));
    let loaded = load(backend.as_ref(), "stamp").unwrap();
    Page::open_loaded(path, loaded, backend, clock())
}

/// Lets `page`'s timers run for a little longer than one file poll.
fn wait_one_poll(page: &mut Page) {
    let runtime = page.runtime.clone();
    runtime.block_on(async {
        let deadline = tokio::time::Instant::now() + POLL + std::time::Duration::from_millis(600);
        while tokio::time::Instant::now() < deadline {
            let _ = tokio::time::timeout_at(deadline, page.dom.wait_for_work()).await;
            page.render();
        }
    });
}

fn add_race(page: &mut Page, name: &str) {
    page.type_into("race-name", name);
    page.type_into("race-date", "2026-05-10");
    page.type_into("race-distance", "21.1");
    page.submit_from("race-name");
    assert!(
        page.html().contains(&format!("Added {name}.")),
        "{}",
        page.html()
    );
}

fn log_a_massage(page: &mut Page, notes: &str) {
    page.type_into("add-notes", notes);
    page.submit_from("add-notes");
    assert!(
        page.html().contains("Added to your log."),
        "{}",
        page.html()
    );
}

fn names(document: &Document) -> (Vec<String>, Vec<String>) {
    let races = document
        .races
        .iter()
        .map(|race| race.name.clone())
        .collect();
    let notes = document
        .log
        .iter()
        .filter_map(|entry| match &entry.kind {
            LogKind::MassageReceived { notes, .. } => Some(notes.clone()),
            _ => None,
        })
        .collect();
    (races, notes)
}

#[test]
fn a_save_from_a_window_that_missed_the_others_merges_instead_of_writing_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut races = window("/races", dir.path());
    let mut log = window("/log", dir.path());

    // Both windows opened on empty data; each saves without having seen the other's save.
    add_race(&mut races, "Harbour Half");
    log_a_massage(&mut log, "Calves tight");

    let both = (
        vec!["Harbour Half".to_string()],
        vec!["Calves tight".to_string()],
    );
    assert_eq!(names(&log.document()), both, "the later save merged");
    let on_disk = load(&FileBackend::new(dir.path()), "stamp")
        .unwrap()
        .document;
    assert_eq!(names(&on_disk), both, "and the file holds both");
}

#[test]
fn a_window_shows_the_others_save_within_a_poll_and_keeps_the_form_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut races = window("/races", dir.path());
    let mut log = window("/log", dir.path());
    // Half a form typed in the log window when the race arrives from the other window.
    log.type_into("add-notes", "Half typed");

    add_race(&mut races, "Harbour Half");
    assert!(!log.html().contains("Harbour Half"));
    wait_one_poll(&mut log);
    let shown = log.html();
    assert!(
        shown.contains("Harbour Half"),
        "the new race is offered in the log form's Before list: {shown}"
    );
    assert_eq!(log.value_of("add-notes"), "Half typed");

    log_a_massage(&mut log, "Half typed, then saved");
    wait_one_poll(&mut races);
    assert_eq!(
        names(&races.document()),
        (
            vec!["Harbour Half".to_string()],
            vec!["Half typed, then saved".to_string()]
        )
    );
}

#[test]
fn settings_changed_in_another_window_follow_and_a_refused_field_keeps_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut here = window("/settings", dir.path());
    let mut there = window("/settings", dir.path());
    here.type_into("budget", "40");
    assert!(here.html().contains("not 40"), "{}", here.html());

    there.choose("theme", "dark");
    there.type_into("display-name", "Ana");
    wait_one_poll(&mut here);
    let shown = here.html();
    assert!(shown.contains(r#"data-theme="dark""#), "{shown}");
    assert!(
        shown.contains(r#"<option selected=true value="dark">Dark</option>"#),
        "{shown}"
    );
    assert_eq!(here.value_of("display-name"), "Ana");
    assert_eq!(here.value_of("budget"), "40", "the refused text stays");

    // A setting changed here now goes on top of the other window's, not over it.
    here.choose("units", "mi");
    let stored = load(&FileBackend::new(dir.path()), "stamp")
        .unwrap()
        .document
        .profile;
    assert_eq!(
        (
            stored.display_name.as_str(),
            stored.theme.key(),
            stored.units.key()
        ),
        ("Ana", "dark", "mi")
    );
}
