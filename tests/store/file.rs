//! The file backend through the load/save rules: round trips, unreadable and newer files.

use chrono::{DateTime, Utc};
use fresh_legs::core::profile::{Theme, Units};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{
    commit, load, Backend, Change, Document, LoadNotice, Revision, StoreError,
};
use std::fs;

fn named(name: &str) -> Document {
    let mut document = Document::default();
    document.profile.display_name = name.into();
    document
}

/// The instant the saves here are made at.
fn at() -> DateTime<Utc> {
    DateTime::<Utc>::UNIX_EPOCH
}

/// Saves `document` as this copy holds it, from the revision it last saw; returns the new one.
fn save(backend: &FileBackend, from: Revision, document: &Document) -> Revision {
    commit(backend, from, document.clone(), Vec::new(), at())
        .saved
        .unwrap()
}

#[test]
fn a_first_launch_starts_empty_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    let loaded = load(&backend, "stamp").unwrap();
    assert_eq!(loaded.document, Document::default());
    assert_eq!(loaded.notice, None);
    assert!(!backend.current_path().exists());
}

#[test]
fn saved_documents_read_back_equal_and_the_previous_copy_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path().join("nested"));
    let mut first = named("Ana");
    first.profile.units = Units::Mi;
    first.profile.theme = Theme::Dark;
    let revision = save(&backend, Revision::NOTHING, &first);
    save(&backend, revision, &named("Bea"));

    let loaded = load(&backend, "stamp").unwrap();
    assert_eq!(loaded.document, named("Bea"));
    assert!(!loaded.read_only);
    let backup = fs::read_to_string(backend.backup_path()).unwrap();
    assert_eq!(
        fresh_legs::store::parse_document(backup.as_bytes()).unwrap(),
        first
    );
}

#[test]
fn an_unreadable_file_is_set_aside_untouched_and_the_backup_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    let revision = save(&backend, Revision::NOTHING, &named("Good"));
    save(&backend, revision, &named("Newest"));
    let garbage = b"{\"schema_version\": 1, \"profile\": {\"display_name\": tru";
    fs::write(backend.current_path(), garbage).unwrap();

    let loaded = load(&backend, "20261126T0900").unwrap();
    let Some(LoadNotice::SetAside {
        kept_at,
        restored_backup,
    }) = loaded.notice
    else {
        panic!("expected a set-aside notice, got {:?}", loaded.notice);
    };
    assert!(restored_backup);
    let mut opened = loaded.document.clone();
    let kept_inside = opened.set_aside.remove(0);
    assert_eq!(opened, named("Good"));
    // The document keeps its own copy too, so the notice stays until dismissed and downloads it.
    assert_eq!(kept_inside.section, "document");
    assert_eq!(
        kept_inside.record,
        serde_json::Value::String(String::from_utf8(garbage.to_vec()).unwrap())
    );
    assert!(kept_at.contains("unreadable-20261126T0900"));
    assert_eq!(fs::read(&kept_at).unwrap(), garbage);

    // Saving afterwards writes a new current file and leaves the set-aside copy alone.
    save(&backend, loaded.revision, &named("After"));
    assert_eq!(fs::read(&kept_at).unwrap(), garbage);
}

#[test]
fn unreadable_data_without_a_backup_starts_fresh_and_two_bad_files_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    for (round, bytes) in [&b"\xff\xfe not utf-8"[..], b"[1, 2, 3]"]
        .iter()
        .enumerate()
    {
        fs::write(backend.current_path(), bytes).unwrap();
        let loaded = load(&backend, "same-stamp").unwrap();
        let mut opened = loaded.document.clone();
        let kept_inside = opened.set_aside.remove(0);
        assert_eq!(opened, Document::default(), "round {round}");
        // Not text: kept as its bytes, so nothing is lost to replacement characters.
        let exact: Vec<u8> = match &kept_inside.record {
            serde_json::Value::String(text) => text.as_bytes().to_vec(),
            serde_json::Value::Array(numbers) => {
                numbers.iter().map(|n| n.as_u64().unwrap() as u8).collect()
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(exact, *bytes);
        let Some(LoadNotice::SetAside {
            kept_at,
            restored_backup,
        }) = loaded.notice
        else {
            panic!("expected a set-aside notice");
        };
        assert!(!restored_backup);
        assert_eq!(fs::read(&kept_at).unwrap(), *bytes);
    }
    let kept = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(
        kept, 2,
        "both unreadable files are kept under different names"
    );
}

#[test]
fn a_newer_document_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    let newer =
        r#"{"schema_version": 999, "profile": {"display_name": "Future"}, "new_field": [1]}"#;
    fs::write(backend.current_path(), newer).unwrap();

    let loaded = load(&backend, "stamp").unwrap();
    assert!(loaded.read_only);
    assert_eq!(loaded.notice, Some(LoadNotice::NewerVersion { found: 999 }));
    assert_eq!(loaded.document.profile.display_name, "Future");

    let refused = commit(
        &backend,
        loaded.revision,
        loaded.document,
        vec![Change::SetProfile(Default::default())],
        at(),
    )
    .saved
    .unwrap_err();
    assert!(matches!(refused, StoreError::NewerVersion { .. }));
    assert!(refused.to_string().contains("read-only"));
    assert_eq!(fs::read_to_string(backend.current_path()).unwrap(), newer);
}

#[test]
fn the_location_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let backend = FileBackend::new(dir.path());
    assert!(backend.location().ends_with("fresh-legs.json"));
}

#[test]
fn the_file_holds_one_record_per_line_and_reads_back_equal() {
    let mut document = named("Ana");
    for (i, name) in ["Harbour Half", "Park 10K"].into_iter().enumerate() {
        document.races.push(fresh_legs::core::race::Race {
            id: fresh_legs::core::record::RecordId(format!("race-{i}")),
            name: name.into(),
            date: chrono::NaiveDate::from_ymd_opt(2027, 4, 10 + i as u32).unwrap(),
            start_time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            time_zone: chrono_tz::Europe::London,
            distance_km: 21.0975,
            expected_minutes: None,
            second_of_repeated_hour: false,
            priority: fresh_legs::core::race::Priority::A,
            outdoor: true,
            notes: "Line one\nline two".into(),
            updated_at: chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
        });
    }
    let text = document.to_json();
    assert_eq!(
        fresh_legs::store::parse_document(text.as_bytes()).unwrap(),
        document
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1],
        format!("\"schema_version\":{}", fresh_legs::store::SCHEMA_VERSION) + ","
    );
    let race_lines = lines
        .iter()
        .filter(|line| line.contains("\"time_zone\""))
        .count();
    assert_eq!(race_lines, 2, "{text}");
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("{\"id\":\"race-1\"")),
        "{text}"
    );
}
