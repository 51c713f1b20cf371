//! The Strava-style export the browser test imports (`tests/e2e/training.test.mjs`): the made-up
//! season of `tests/support/season.rs` up to Tuesday of week 12, as
//! `tests/fixtures/training/season-to-week-12.zip`.
//!
//! This test fails when the checked-in archive no longer holds what the generator makes;
//! `scripts/training-fixture.sh` writes it again.

use crate::support::season::{monday, season, OFFSET_MINUTES};
use crate::support::training_files::{strava_zip, StravaFile, Workout};
use chrono::{Duration, TimeZone, Utc};
use fresh_legs::core::training::activity::{summarise, Activity};
use fresh_legs::core::training::files::{ImportJob, PickedFile};

const FIXTURE: &str = "tests/fixtures/training/season-to-week-12.zip";

/// The day the browser test pins the clock to: Wednesday of week 12.
pub fn browser_today() -> chrono::NaiveDate {
    monday(12) + Duration::days(2)
}

fn archive() -> Vec<u8> {
    let offset = Duration::minutes(i64::from(OFFSET_MINUTES));
    let mix = [StravaFile::FitGz, StravaFile::Gpx, StravaFile::TcxGz];
    let rows: Vec<(Workout, StravaFile)> = season()
        .into_iter()
        .filter(|w| (w.start + offset).date_naive() < browser_today())
        .zip(mix.iter().copied().cycle())
        .collect();
    strava_zip(&rows)
}

fn activities(bytes: Vec<u8>) -> Vec<Activity> {
    let at = Utc.with_ymd_and_hms(2026, 8, 19, 10, 0, 0).unwrap();
    let file = PickedFile {
        name: "export.zip".into(),
        bytes,
    };
    ImportJob::new(vec![file], at)
        .map(|read| summarise(&read.expect("the fixture reads"), at))
        .collect()
}

#[test]
fn the_checked_in_export_holds_the_generated_season() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    if std::env::var_os("FRESH_LEGS_WRITE_TRAINING_FIXTURE").is_some() {
        std::fs::write(&path, archive()).expect("write the fixture");
    }
    let kept =
        std::fs::read(&path).expect("the fixture exists; scripts/training-fixture.sh writes it");
    let (checked_in, generated) = (activities(kept), activities(archive()));
    assert_eq!(
        checked_in.len(),
        46,
        "four runs a week to week 11, the 10K and week 12's intervals"
    );
    assert_eq!(
        checked_in, generated,
        "{FIXTURE} is stale: run scripts/training-fixture.sh"
    );
}
