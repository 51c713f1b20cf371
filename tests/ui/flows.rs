//! Flows no other test walked through: the soreness answer on Today, editing while the data is
//! read-only, a save that fails, the resting and race-morning states of Today.

use crate::support::events::Page;
use crate::support::{app_at, html, MemoryBackend};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::massage::{MassageKind, Pressure};
use fresh_legs::core::profile::PreEventPreference;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::safety::RedFlag;
use fresh_legs::store::{Backend, Document, LoadNotice, Loaded, Revision, StoreError};
use fresh_legs::ui::clock::Clock;
use std::rc::Rc;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 10, 8, 0, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::UTC)
}

fn general_massage_hours_ago(hours: i64) -> LogEntry {
    let at = now() - Duration::hours(hours);
    LogEntry {
        id: RecordId("log-general".into()),
        updated_at: at,
        at,
        kind: LogKind::MassageReceived {
            kind: MassageKind::General,
            pressure: Pressure::Medium,
            before: None,
            technique: None,
            with_therapist: true,
            notes: String::new(),
        },
    }
}

fn race_at(start: DateTime<Utc>) -> Race {
    Race {
        id: RecordId("race-1".into()),
        name: "Harbour 10K".into(),
        date: start.date_naive(),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: chrono_tz::UTC,
        distance_km: 10.0,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor: true,
        notes: String::new(),
        updated_at: now(),
    }
}

#[test]
fn the_soreness_answer_on_today_is_checked_and_saved_linked_to_its_massage() {
    let mut document = Document::default();
    document.log.push(general_massage_hours_ago(26));
    let mut page = Page::open("/", document, clock());
    assert!(page.html().contains("How sore are you?"));
    page.type_into("follow-up-level", "sore");
    page.submit_from("follow-up-level");
    assert!(
        page.html()
            .contains("Enter a whole number, like 3, not &#34;sore&#34;."),
        "{}",
        page.html()
    );
    page.type_into("follow-up-level", "11");
    page.submit_from("follow-up-level");
    assert!(
        page.html()
            .contains("Soreness goes from 0 (none) to 10 (worst), not 11."),
        "{}",
        page.html()
    );
    assert_eq!(page.document().log.len(), 1, "nothing saved yet");
    page.type_into("follow-up-level", "4");
    page.submit_from("follow-up-level");
    let log = page.document().log;
    assert_eq!(log.len(), 2);
    assert!(
        matches!(
            &log[1].kind,
            LogKind::SorenessCheckIn { level: 4, hours_after: 26, after: Some(id), .. } if id.as_str() == "log-general"
        ),
        "{:?}",
        log[1]
    );
    assert!(page.html().contains("Thanks: check-in saved."));
    assert!(
        !page.html().contains("How sore are you?"),
        "answered, so no longer asked"
    );
}

#[test]
fn editing_a_read_only_document_says_why_and_changes_nothing() {
    let store = Rc::new(MemoryBackend::default());
    let loaded = Loaded {
        document: Document::default(),
        notice: Some(LoadNotice::NewerVersion { found: 99 }),
        read_only: true,
        revision: Revision::NOTHING,
    };
    let mut page = Page::open_loaded("/settings", loaded, store.clone(), clock());
    page.type_into("display-name", "Ana");
    assert!(
        page.html().contains("newer version of Fresh Legs"),
        "{}",
        page.html()
    );
    assert_eq!(page.document().profile.display_name, "");
    assert_eq!(*store.current.borrow(), None, "nothing was written");
}

/// A store whose saves always fail, as a full disk or blocked storage does.
struct FailingStore;

impl Backend for FailingStore {
    fn location(&self) -> String {
        "a full disk".into()
    }
    fn read_current(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(None)
    }
    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(None)
    }
    fn set_aside_current(&self, _: &str) -> Result<String, StoreError> {
        Ok("nowhere".into())
    }
    fn write_current(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Write {
            location: "a full disk".into(),
            detail: "no space left".into(),
        })
    }
    fn discard_current(&self) -> Result<(), StoreError> {
        Ok(())
    }
    fn read_session(&self) -> Option<String> {
        None
    }
    fn write_session(&self, _: &str) {}
    fn clear_session(&self) {}
}

#[test]
fn a_save_that_fails_keeps_the_change_on_screen_and_says_so() {
    let loaded = Loaded {
        document: Document::default(),
        notice: None,
        read_only: false,
        revision: Revision::NOTHING,
    };
    let mut page = Page::open_loaded("/settings", loaded, Rc::new(FailingStore), clock());
    page.type_into("display-name", "Ana");
    let shown = page.html();
    assert!(
        shown.contains("Not saved: Could not save your data to a full disk: no space left."),
        "{shown}"
    );
    assert_eq!(
        page.document().profile.display_name,
        "Ana",
        "what was typed is not lost"
    );
}

#[test]
fn a_whole_body_red_flag_leaves_nothing_to_do_and_says_resting_is_the_plan() {
    let mut document = Document::default();
    document.log.push(LogEntry {
        id: RecordId("flag".into()),
        updated_at: now(),
        at: now() - Duration::hours(1),
        kind: LogKind::RedFlag {
            flag: RedFlag::FeverOrUnwell,
            area: None,
            cleared: None,
        },
    });
    let page = html(&app_at("/", document, None, clock()));
    assert!(
        page.contains("Nothing to book or roll today: resting is the plan."),
        "{page}"
    );
    assert!(!page.contains("Self-massage routine for today"));
}

#[test]
fn race_morning_and_no_touch_days_offer_no_routine() {
    // Race day, two hours before the start.
    let race_day = with_race(race_at(now() + Duration::hours(3)));
    let page = html(&app_at("/", race_day, None, clock()));
    assert!(!page.contains("Self-massage routine for today"), "{page}");
    // Two days out for a no-touch runner.
    let mut no_touch = with_race(race_at(now() + Duration::days(2) + Duration::hours(1)));
    no_touch.profile.pre_event_preference = PreEventPreference::NoTouch { days: 3 };
    let page = html(&app_at("/", no_touch, None, clock()));
    assert!(!page.contains("Self-massage routine for today"), "{page}");
    // An ordinary day with no therapist session does offer one.
    let mut ordinary = Document::default();
    ordinary.profile.massage_budget_per_month = 0;
    let page = html(&app_at("/", ordinary, None, clock()));
    assert!(page.contains("Self-massage routine for today"));
}

fn with_race(race: Race) -> Document {
    Document {
        races: vec![race],
        ..Document::default()
    }
}

#[test]
fn merging_an_export_from_settings_keeps_both_copies_records() {
    let mut mine = Document::default();
    mine.races.push(race_at(now() + Duration::days(30)));
    let mut theirs = Document::default();
    theirs.log.push(general_massage_hours_ago(100));
    let mut page = Page::open("/settings", mine, clock());
    page.type_into("import-text", &theirs.to_json());
    page.click("import-check");
    assert!(
        page.html().contains(
            "The file is an export with 0 races, 0 training blocks, 1 log entry, 0 routines and 0 imported activities."
        ),
        "{}",
        page.html()
    );
    page.click("import-merge");
    let merged = page.document();
    assert_eq!(merged.races.len(), 1, "this device's race stays");
    assert_eq!(merged.log.len(), 1, "the file's log entry comes in");
    assert_eq!(merged.log[0].id.as_str(), "log-general");
    assert!(page
        .html()
        .contains("Imported: the file is merged with your data."));
}

#[test]
fn replacing_the_data_with_an_export_asks_first_and_undo_brings_the_old_data_back() {
    let mut mine = Document::default();
    mine.races.push(race_at(now() + Duration::days(30)));
    let mut theirs = Document::default();
    theirs.log.push(general_massage_hours_ago(100));
    let mut page = Page::open("/settings", mine.clone(), clock());
    page.type_into("import-text", &theirs.to_json());
    page.click("import-check");
    page.click("import-replace");
    let asked = page.html();
    assert!(asked.contains(r#"role="alertdialog""#), "{asked}");
    assert!(asked.contains("You can undo it until your next change."));
    assert_eq!(page.document(), mine, "nothing changes before the answer");

    page.click("confirm-replace");
    let replaced = page.document();
    assert!(replaced.races.is_empty(), "the file's data only");
    assert_eq!(replaced.log.len(), 1);
    assert!(page.html().contains("Imported: your data is now the file"));

    page.click("undo-replace");
    let back = page.document();
    assert_eq!(back.races, mine.races, "the race is back");
    assert!(back.log.is_empty(), "and the file's entry gone");
    assert!(page.html().contains("Undone: your data is back as it was"));
    assert!(!page.html().contains(r#"id="undo-replace""#), "one undo");
}

#[test]
fn the_undo_of_a_replace_goes_with_the_next_change() {
    let mut theirs = Document::default();
    theirs.log.push(general_massage_hours_ago(100));
    let mut page = Page::open("/settings", Document::default(), clock());
    page.type_into("import-text", &theirs.to_json());
    page.click("import-check");
    page.click("import-replace");
    page.click("confirm-replace");
    assert!(page.html().contains(r#"id="undo-replace""#));
    page.type_into("display-name", "Ana");
    assert!(
        !page.html().contains(r#"id="undo-replace""#),
        "undoing now would lose the name"
    );
}
