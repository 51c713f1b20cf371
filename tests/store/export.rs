//! Exports written on desktop: the file lands where promised and never replaces an earlier one.

use fresh_legs::store::export::{export_file_name, export_text, write_export};
use fresh_legs::store::{parse_document, Document};

#[test]
fn an_export_reads_back_as_the_same_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut document = Document::default();
    document.profile.display_name = "Ana".into();
    let name = export_file_name(chrono::DateTime::UNIX_EPOCH);
    let path = write_export(dir.path(), &name, &export_text(&document)).unwrap();
    assert_eq!(path, dir.path().join(&name));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(parse_document(&bytes).unwrap(), document);
}

#[test]
fn a_second_export_of_the_same_name_gets_its_own_file() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_export(dir.path(), "fresh-legs-season.ics", "one").unwrap();
    let second = write_export(dir.path(), "fresh-legs-season.ics", "two").unwrap();
    assert_eq!(second, dir.path().join("fresh-legs-season-2.ics"));
    assert_eq!(std::fs::read_to_string(first).unwrap(), "one");
    assert_eq!(std::fs::read_to_string(second).unwrap(), "two");
}

#[test]
fn a_missing_folder_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("Downloads");
    let path = write_export(&nested, "fresh-legs-routines.json", "[]").unwrap();
    assert!(path.starts_with(&nested));
}
