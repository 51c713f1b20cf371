//! The benchmarks' heavy user (`benches/heavy_user.rs`) is data the app accepts: every record
//! passes the checks its form runs. Otherwise the store benchmark would time the careful path
//! that sets bad records aside, not the usual load, as it did while the fixture's injuries
//! started after the day they were logged (45.8 ms instead of about 7 ms).
//!
//! A test binary of its own: the fixture brings its own copy of `tests/common`, which the `core`
//! binary already holds.

#[path = "../benches/heavy_user.rs"]
mod heavy_user;

use fresh_legs::store::records::all_sound;
use fresh_legs::store::Document;

#[test]
fn the_heavy_user_is_a_sound_document() {
    for seasons in [1, 5, 10] {
        let data = heavy_user::heavy_user(seasons);
        let document = Document {
            profile: data.profile,
            races: data.races,
            blocks: data.blocks,
            log: data.log,
            ..Document::default()
        };
        assert!(
            all_sound(&document),
            "{seasons} seasons of the heavy user hold a record the app would set aside"
        );
    }
}
