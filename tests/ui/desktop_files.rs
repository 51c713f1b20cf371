//! Files the desktop way, where a test can reach: the import button's message when no open
//! dialog can show (this build has no window), and "Show data folder" saying when the file
//! manager could not open.

use crate::support::events::Page;
use chrono::{TimeZone, Utc};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::files::PASTE_INSTEAD;
use fresh_legs::ui::platform::dialog::NO_DIALOG;
use fresh_legs::ui::platform::folder::open_with;
use std::time::Duration;

fn clock() -> Clock {
    Clock::starting_at(
        Utc.with_ymd_and_hms(2026, 2, 2, 12, 0, 0).unwrap(),
        chrono_tz::UTC,
    )
}

#[test]
fn with_no_open_dialog_the_import_button_says_so_and_offers_the_paste_box() {
    let mut page = Page::open("/settings", Document::default(), clock());
    assert!(
        page.html().contains("Import from a file…"),
        "a button, not a file input"
    );
    page.click("import-file");
    page.settle(Duration::from_millis(200));
    let html = page.html();
    assert!(
        html.contains(&format!(r#"role="alert">{NO_DIALOG} {PASTE_INSTEAD}"#)),
        "{html}"
    );
    assert!(
        html.contains(r#"id="import-text""#),
        "the paste box is there"
    );
}

#[test]
fn the_routines_import_says_the_same_without_a_dialog() {
    let mut page = Page::open("/timers", Document::default(), clock());
    page.click("import-file");
    page.settle(Duration::from_millis(200));
    assert!(page.html().contains(NO_DIALOG), "{}", page.html());
}

fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(future)
}

#[test]
fn an_opener_that_fails_is_reported_with_the_folder() {
    let folder = tempfile::tempdir().unwrap();
    let problem = block_on(open_with("false", folder.path())).unwrap_err();
    assert!(problem.contains("exit code 1"), "{problem}");
    assert!(
        problem.contains(&folder.path().display().to_string()),
        "{problem}"
    );
}

#[test]
fn an_opener_that_is_missing_is_reported() {
    let folder = tempfile::tempdir().unwrap();
    let problem = block_on(open_with("fresh-legs-no-such-opener", folder.path())).unwrap_err();
    assert!(
        problem.starts_with("Could not open the folder"),
        "{problem}"
    );
}

#[test]
fn an_opener_that_works_is_quiet() {
    let folder = tempfile::tempdir().unwrap();
    assert_eq!(block_on(open_with("true", folder.path())), Ok(()));
}
