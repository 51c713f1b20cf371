//! The desktop window's remembered size: saved atomically beside the data, read back, kept within
//! what the layout supports, and never a reason to fail a launch.

use fresh_legs::store::window_size::{
    load_window_size, save_window_size, WindowSize, DEFAULT, MIN_HEIGHT, MIN_WIDTH,
};
use std::fs;

#[test]
fn a_first_launch_opens_at_the_default_size() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(load_window_size(dir.path()), DEFAULT);
}

#[test]
fn the_size_at_close_is_the_size_at_the_next_launch() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("not-yet-made");
    let size = WindowSize {
        width: 1280.5,
        height: 900.0,
    };
    save_window_size(&folder, size).unwrap();
    assert_eq!(load_window_size(&folder), size);
    // Only the size file itself is left: the temporary file was renamed over it.
    let names: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["window.json"]);
}

#[test]
fn sizes_outside_what_the_layout_supports_are_brought_back_inside() {
    let dir = tempfile::tempdir().unwrap();
    save_window_size(
        dir.path(),
        WindowSize {
            width: 10.0,
            height: 1e9,
        },
    )
    .unwrap();
    let size = load_window_size(dir.path());
    assert_eq!(size.width, MIN_WIDTH);
    assert!(
        size.height >= MIN_HEIGHT && size.height <= 16_384.0,
        "{size:?}"
    );
    assert_eq!(
        WindowSize {
            width: f64::NAN,
            height: 800.0
        }
        .clamped(),
        None
    );
}

#[test]
fn a_broken_size_file_means_the_default_size_and_is_replaced_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("window.json");
    for broken in [
        "",
        "{\"width\": 900",
        "{\"height\": 700}",
        "{\"width\": \"wide\", \"height\": 3}",
    ] {
        fs::write(&file, broken).unwrap();
        assert_eq!(load_window_size(dir.path()), DEFAULT, "{broken:?}");
    }
    let size = WindowSize {
        width: 800.0,
        height: 600.0,
    };
    save_window_size(dir.path(), size).unwrap();
    assert_eq!(load_window_size(dir.path()), size);
}
