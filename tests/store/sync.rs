//! Two copies of the app on one storage (two tabs, two windows): every save starts from the
//! revision its copy last saw, and one that finds another copy's save in between merges with it
//! instead of writing over it, in memory as in a real data folder; a copy catches up with what
//! the other saved; a replace or a deletion of everything is not undone by a copy from before it.

use crate::support::MemoryBackend;
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::sync::reconcile;
use fresh_legs::store::{
    catch_up, commit, load, parse_document, Backend, Change, Document, Revision, StoreError,
    SCHEMA_VERSION,
};
use std::path::Path;

fn fixture() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-v{SCHEMA_VERSION}.json"));
    parse_document(&std::fs::read(path).unwrap()).unwrap()
}

fn at(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 10, 9, 0, 0).unwrap() + Duration::minutes(minute)
}

/// One open copy of the app: the document it shows and the revision it last read or wrote.
#[derive(Clone)]
struct Copy {
    document: Document,
    revision: Revision,
}

impl Copy {
    fn open(backend: &dyn Backend) -> Copy {
        let loaded = load(backend, "stamp").unwrap();
        Copy {
            document: loaded.document,
            revision: loaded.revision,
        }
    }

    /// Sends `change` made at `minute`, as the app's updater does.
    fn send(&mut self, backend: &dyn Backend, change: Change, minute: i64) {
        let committed = commit(
            backend,
            self.revision,
            self.document.clone(),
            vec![change],
            at(minute),
        );
        self.revision = committed.saved.unwrap();
        self.document = committed.document;
    }
}

/// A race and a log entry of the fixture's, with ids of their own.
fn new_race(id: &str) -> Change {
    let mut race = fixture().races[0].clone();
    race.id = RecordId(id.into());
    Change::put(race)
}

fn new_entry(id: &str) -> Change {
    let mut entry = fixture().log[0].clone();
    entry.id = RecordId(id.into());
    Change::put(entry)
}

fn ids(document: &Document) -> (Vec<&str>, Vec<&str>) {
    let mut races: Vec<&str> = document.races.iter().map(|r| r.id.as_str()).collect();
    let mut log: Vec<&str> = document.log.iter().map(|e| e.id.as_str()).collect();
    races.sort();
    log.sort();
    (races, log)
}

fn stored(backend: &dyn Backend) -> Document {
    load(backend, "stamp").unwrap().document
}

/// Both copies open on the same data; one adds a race, the other (which never saw it) logs a
/// massage: the second save keeps the race.
fn second_save_merges(backend: &dyn Backend) {
    let mut tab_a = Copy::open(backend);
    let mut tab_b = Copy::open(backend);
    tab_a.send(backend, new_race("race-a"), 1);
    tab_b.send(backend, new_entry("log-b"), 2);
    let both = (vec!["race-a"], vec!["log-b"]);
    assert_eq!(
        ids(&tab_b.document),
        both,
        "the copy that saved second has both"
    );
    assert_eq!(ids(&stored(backend)), both, "and so has storage");
    assert_eq!(
        tab_b.revision,
        Revision::of(backend.read_current().unwrap().as_deref())
    );

    // The first copy catches up with the second's save and shows both too.
    let caught = catch_up(backend, tab_a.revision, &tab_a.document)
        .unwrap()
        .expect("storage moved on");
    assert_eq!(ids(&caught.document), both);
    assert_eq!(caught.revision, tab_b.revision, "nothing of its own to add");
}

#[test]
fn a_save_that_finds_another_copys_save_merges_instead_of_writing_over_it_in_memory() {
    second_save_merges(&MemoryBackend::default());
}

#[test]
fn a_save_that_finds_another_copys_save_merges_instead_of_writing_over_it_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    second_save_merges(&FileBackend::new(dir.path()));
}

#[test]
fn a_copy_that_is_up_to_date_has_nothing_to_catch_up_with() {
    let backend = MemoryBackend::default();
    let mut tab = Copy::open(&backend);
    assert_eq!(
        catch_up(&backend, tab.revision, &tab.document).unwrap(),
        None
    );
    tab.send(&backend, new_race("race-a"), 1);
    assert_eq!(
        catch_up(&backend, tab.revision, &tab.document).unwrap(),
        None
    );
}

#[test]
fn the_revision_is_the_stored_texts_and_changes_with_every_save() {
    let backend = MemoryBackend::default();
    let mut tab = Copy::open(&backend);
    assert_eq!(tab.revision, Revision::NOTHING);
    tab.send(&backend, new_race("race-a"), 1);
    let first = tab.revision;
    assert_eq!(
        first,
        Revision::of(backend.read_current().unwrap().as_deref())
    );
    tab.send(&backend, new_race("race-b"), 2);
    assert_ne!(tab.revision, first);
}

#[test]
fn a_copy_whose_save_failed_gives_its_change_to_storage_when_it_catches_up() {
    let backend = MemoryBackend::default();
    let mut tab_a = Copy::open(&backend);
    let tab_b = Copy::open(&backend);
    // Tab B holds an entry its save never stored (a full disk, say); tab A saves a race.
    let mut unsaved = tab_b.document.clone();
    unsaved.apply(new_entry("log-unsaved"), at(0));
    tab_a.send(&backend, new_race("race-a"), 1);
    let caught = catch_up(&backend, tab_b.revision, &unsaved)
        .unwrap()
        .unwrap();
    let both = (vec!["race-a"], vec!["log-unsaved"]);
    assert_eq!(ids(&caught.document), both);
    assert_eq!(ids(&stored(&backend)), both, "saved, not only shown");
    assert_eq!(
        caught.revision,
        Revision::of(backend.read_current().unwrap().as_deref())
    );
}

#[test]
fn deleting_everything_is_not_undone_by_a_copy_that_still_had_the_data() {
    let backend = MemoryBackend::default();
    let mut setup = Copy::open(&backend);
    setup.send(&backend, new_race("race-old"), 0);
    let mut tab_a = Copy::open(&backend);
    let mut tab_b = Copy::open(&backend);
    tab_a.send(&backend, Change::DeleteAll, 1);

    // The other tab, still showing the old race, catches up: it gives way.
    let caught = catch_up(&backend, tab_b.revision, &tab_b.document)
        .unwrap()
        .unwrap();
    assert_eq!(ids(&caught.document), (vec![], vec![]));
    // Or it saves first, never having seen the deletion: its change goes onto the emptied data.
    tab_b.send(&backend, new_entry("log-b"), 2);
    assert_eq!(ids(&stored(&backend)), (vec![], vec!["log-b"]));
}

/// Two copies opened after a deletion of everything are merged (one of them holds an entry its
/// save never stored); the merged document must still say when everything was deleted, or a copy
/// from before the deletion would then merge the old records back: the deletion leaves no
/// tombstones, its stamp is all that marks them as gone.
#[test]
fn a_copy_from_before_deleting_everything_gives_way_after_later_copies_merged() {
    let backend = MemoryBackend::default();
    let mut setup = Copy::open(&backend);
    setup.send(&backend, new_race("race-old"), 0);
    let mut from_before = Copy::open(&backend);
    Copy::open(&backend).send(&backend, Change::DeleteAll, 1);
    let mut tab_b = Copy::open(&backend);
    let tab_c = Copy::open(&backend);
    let mut unsaved = tab_c.document.clone();
    unsaved.apply(new_entry("log-unsaved"), at(2));
    tab_b.send(&backend, new_race("race-b"), 3);
    catch_up(&backend, tab_c.revision, &unsaved).unwrap();
    let after = (vec!["race-b"], vec!["log-unsaved"]);
    assert_eq!(ids(&stored(&backend)), after, "the two later copies merged");

    let caught = catch_up(&backend, from_before.revision, &from_before.document)
        .unwrap()
        .unwrap();
    assert_eq!(ids(&caught.document), after, "the old race stays deleted");
    from_before.send(&backend, new_entry("log-old-copy"), 4);
    assert_eq!(
        ids(&stored(&backend)),
        (vec!["race-b"], vec!["log-old-copy", "log-unsaved"]),
        "its new entry goes onto the emptied data and the old race does not come back"
    );
}

#[test]
fn a_replace_is_not_merged_away_and_the_copy_that_replaced_later_wins_whole() {
    let mut old = fixture();
    old.replaced_at = None;
    let mut replaced = old.clone();
    replaced.apply(Change::Replace(Document::default()), at(1));
    assert_eq!(
        reconcile(&replaced, &old),
        None,
        "the old copy adds nothing"
    );
    assert_eq!(reconcile(&old, &replaced), Some(replaced.clone()));

    // Two copies of one history merge record by record.
    let mut more = replaced.clone();
    more.apply(new_race("race-new"), at(2));
    assert_eq!(
        reconcile(&replaced, &more).map(|d| ids(&d).0.len()),
        Some(1)
    );
    assert_eq!(reconcile(&more, &replaced), None);
}

#[test]
fn catching_up_keeps_the_order_the_runner_gave_their_routines() {
    let backend = MemoryBackend::default();
    let mut tab_a = Copy::open(&backend);
    let mut routine = fixture().routines[0].clone();
    for id in ["routine-c", "routine-a", "routine-b"] {
        routine.id = RecordId(id.into());
        tab_a.send(&backend, Change::put(routine.clone()), 0);
    }
    let tab_b = Copy::open(&backend);
    tab_a.send(
        &backend,
        Change::MoveRoutine {
            id: RecordId("routine-b".into()),
            to: 0,
        },
        1,
    );
    // Tab B also holds an unsaved entry, so catching up merges and saves.
    let mut unsaved = tab_b.document.clone();
    unsaved.apply(new_entry("log-b"), at(2));
    let caught = catch_up(&backend, tab_b.revision, &unsaved)
        .unwrap()
        .unwrap();
    let order: Vec<&str> = caught
        .document
        .routines
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(order, ["routine-b", "routine-c", "routine-a"]);
}

#[test]
fn a_newer_or_unreadable_document_saved_by_another_copy_is_never_saved_over() {
    for (text, newer) in [
        (r#"{"schema_version": 999, "profile": {}}"#, true),
        ("{ not json", false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let backend = FileBackend::new(dir.path());
        let mut tab = Copy::open(&backend);
        tab.send(&backend, new_race("race-a"), 1);
        std::fs::write(backend.current_path(), text).unwrap();

        let committed = commit(
            &backend,
            tab.revision,
            tab.document.clone(),
            vec![new_entry("log-a")],
            at(2),
        );
        let error = committed.saved.unwrap_err();
        match error {
            StoreError::NewerVersion { .. } => assert!(newer),
            StoreError::ChangedUnreadable { .. } => assert!(!newer),
            other => panic!("{other}"),
        }
        assert_eq!(
            ids(&committed.document).1,
            ["log-a"],
            "still shown, not lost"
        );
        assert_eq!(
            std::fs::read_to_string(backend.current_path()).unwrap(),
            text
        );
        assert!(catch_up(&backend, tab.revision, &tab.document).is_err());
        assert_eq!(
            std::fs::read_to_string(backend.current_path()).unwrap(),
            text
        );
    }
}
