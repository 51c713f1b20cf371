//! Exports written on desktop: the file lands where promised, never replaces an earlier one, and
//! is as private as the data file.

use fresh_legs::store::export::{export_file_name, export_text, write_export, write_private};
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

/// Only the runner's account may read the file, as with the data file it copies.
#[cfg(unix)]
fn assert_private(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{} has mode {mode:o}", path.display());
}

#[cfg(unix)]
#[test]
fn an_export_is_readable_by_its_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_export(dir.path(), "fresh-legs-export.json", "{}").unwrap();
    let second = write_export(dir.path(), "fresh-legs-export.json", "{}").unwrap();
    assert_private(&first);
    assert_private(&second);
}

#[cfg(unix)]
#[test]
fn saving_over_a_chosen_file_replaces_it_and_makes_it_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let chosen = dir.path().join("season.ics");
    std::fs::write(&chosen, "old").unwrap();
    std::fs::set_permissions(&chosen, std::fs::Permissions::from_mode(0o644)).unwrap();
    write_private(&chosen, "new").unwrap();
    assert_eq!(std::fs::read_to_string(&chosen).unwrap(), "new");
    assert_private(&chosen);
}
