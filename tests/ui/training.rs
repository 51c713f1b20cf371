//! The Training screen rendered with the made-up season's files: the proposals with Accept, Edit
//! and Dismiss, the load chart and its table, and the heart-rate form's checks.

use crate::support::events::Page;
use crate::support::season::{monday, season};
use crate::support::training_files::{StravaFile, Workout};
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::profile::HeartRateSettings;
use fresh_legs::core::training::activity::{summarise, Activity, Damage, Doubt};
use fresh_legs::core::training::detect::read_season;
use fresh_legs::core::training::files::{ImportJob, PickedFile};
use fresh_legs::core::training::BlockKind;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// Wednesday of the season's week 12, at noon in Berlin.
pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 8, 19, 10, 0, 0).unwrap()
}

pub(crate) fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::Europe::Berlin)
}

/// The season's activities up to yesterday, read from FIT files.
pub(crate) fn activities() -> Vec<Activity> {
    let files: Vec<PickedFile> = season()
        .iter()
        .filter(|w: &&Workout| w.start < now() - Duration::hours(20))
        .map(|w| PickedFile {
            name: format!("{}.fit", w.id),
            bytes: StravaFile::Fit.bytes(w).unwrap(),
        })
        .collect();
    ImportJob::new(files, now())
        .map(|read| summarise(&read.unwrap(), now()))
        .collect()
}

fn with_season() -> Document {
    let mut document = Document {
        activities: activities(),
        ..Document::default()
    };
    document.profile.heart = HeartRateSettings {
        max_bpm: Some(190),
        resting_bpm: Some(55),
    };
    document
}

const PEAK: &str = "block:Peak:2026-08-10";
const BASE: &str = "block:Base:2026-06-01";
const BUILD: &str = "block:Build:2026-06-29";

#[test]
fn the_screen_proposes_the_seasons_blocks_and_races_with_the_chart_beside() {
    let page = Page::open("/training", with_season(), clock());
    let html = page.html();
    for text in [
        "Base block, 1 Jun – 28 Jun 2026",
        "Build block, 29 Jun – 9 Aug 2026",
        "Peak (hard) block, 10 Aug – 23 Aug 2026",
        "Race, 10.0 km",
        "46 activities kept from your files.",
        "Training load for 12 weeks from 1 Jun 2026, 1 week marked hard.",
        "Show the weeks as a table",
    ] {
        assert!(html.contains(text), "missing {text:?} in {html}");
    }
    assert!(html.contains(r#"class="bar hard""#));
}

#[test]
fn accepting_makes_an_ordinary_block_and_dismissing_is_remembered() {
    let mut page = Page::open("/training", with_season(), clock());
    page.click(&format!("accept-{PEAK}"));
    let document = page.document();
    assert_eq!(document.blocks.len(), 1);
    let block = &document.blocks[0];
    assert_eq!((block.kind, block.speed_work), (BlockKind::Peak, true));
    assert_eq!(
        (block.start, block.end),
        (monday(11), monday(12) + Duration::days(6))
    );
    let html = page.html();
    assert!(html.contains("Accepted: Peak (hard) block, 10 Aug – 23 Aug 2026."));
    assert!(
        !html.contains(&format!("accept-{PEAK}")),
        "an accepted block is not proposed again"
    );

    page.click(&format!("dismiss-{BASE}"));
    let document = page.document();
    assert!(document
        .tombstones
        .iter()
        .any(|t| t.id.as_str() == format!("dismissed-{BASE}")));
    assert!(!page.html().contains(&format!("accept-{BASE}")));
    assert_eq!(document.blocks.len(), 1, "dismissing adds nothing");
}

#[test]
fn editing_a_proposal_saves_the_runners_version() {
    let mut page = Page::open("/training", with_season(), clock());
    page.click(&format!("edit-{BUILD}"));
    assert!(
        page.html().contains(r#"value="2026-06-29""#),
        "the form starts from the proposal"
    );
    page.choose("proposed-block-kind", "peak");
    page.type_into("proposed-block-end", "2026-08-02");
    page.submit_from("proposed-block-start");
    let document = page.document();
    assert_eq!(document.blocks.len(), 1);
    assert_eq!(document.blocks[0].kind, BlockKind::Peak);
    assert_eq!(document.blocks[0].end, monday(9) + Duration::days(6));
    assert!(document.blocks[0].speed_work);
}

#[test]
fn heart_rates_out_of_range_are_refused_by_name_and_nothing_changes() {
    let mut page = Page::open("/training", with_season(), clock());
    page.type_into("max-hr", "260");
    page.type_into("resting-hr", "fifty");
    page.submit_from("max-hr");
    let html = page.html();
    assert!(
        html.contains("Maximum heart rate can be 120 to 230 bpm, not 260."),
        "{html}"
    );
    assert!(html.contains(
        "Resting heart rate is a whole number of beats a minute, such as 60, not “fifty”."
    ));
    assert_eq!(page.document().profile.heart.max_bpm, Some(190));
    page.type_into("max-hr", "");
    page.type_into("resting-hr", "48");
    page.submit_from("max-hr");
    let heart = page.document().profile.heart;
    assert_eq!((heart.max_bpm, heart.resting_bpm), (None, Some(48)));
}

#[test]
fn with_no_files_yet_the_screen_offers_the_import_and_nothing_else() {
    let html = Page::open("/training", Document::default(), clock()).html();
    assert!(html.contains("Import training files"));
    assert!(
        html.contains(r#"accept=".fit,.gpx,.tcx,.gz,.zip""#),
        "{html}"
    );
    assert!(!html.contains("What your files suggest"));
}

#[test]
fn the_chart_draws_the_proposed_blocks_apart_from_the_runners_and_races_shows_it_too() {
    let mut page = Page::open("/training", with_season(), clock());
    let html = page.html();
    assert!(
        html.contains(r#"class="band band-peak proposed""#),
        "{html}"
    );
    assert!(html.contains("proposed: Peak (hard) block"));
    page.click(&format!("accept-{PEAK}"));
    let html = page.html();
    assert!(
        html.contains(r#"class="band band-peak""#),
        "accepted, it is the runner's own"
    );
    assert!(!html.contains("band band-peak proposed"));

    let races = Page::open("/races", with_season(), clock()).html();
    assert!(races.contains("Training load from your files"), "{races}");
    assert!(
        races.contains("Review what your files suggest (4)"),
        "{races}"
    );
    let without = Page::open("/races", Document::default(), clock()).html();
    assert!(!without.contains("Training load from your files"));
}

/// The id the season's race was read from, and the import all the activities came in with.
fn race_activity_and_import(document: &Document) -> (String, i64) {
    let zone = chrono_tz::Europe::Berlin;
    let today = now().with_timezone(&zone).date_naive();
    let season = read_season(&document.activities, document.profile.heart, &zone, today);
    let race = season.races.first().expect("the season has a race");
    (
        race.activity.to_string(),
        document.activities[0].import_batch().timestamp_millis(),
    )
}

#[test]
fn removing_the_races_activity_says_the_race_is_no_longer_proposed_and_undo_brings_it_back() {
    let document = with_season();
    let (race, import) = race_activity_and_import(&document);
    let mut page = Page::open("/training", document, clock());
    // Twenty at a time, in the order they were run: the race is near the end.
    for _ in 0..3 {
        page.click(&format!("show-import-{import}"));
    }
    page.click(&format!("remove-{race}"));
    let html = page.html();
    assert!(
        html.contains("No longer proposed: Race, 10.0 km"),
        "the removal says what it changed: {html}"
    );
    assert!(html.contains("45 activities kept from your files."));
    let document = page.document();
    assert!(document.activities.iter().all(|a| a.id.as_str() != race));
    assert!(
        document.tombstones.iter().any(|t| t.id.as_str() == race),
        "a removal leaves a tombstone, as every deletion does"
    );

    page.click("undo-removal");
    let document = page.document();
    assert_eq!(document.activities.len(), 46);
    assert!(document.tombstones.iter().all(|t| t.id.as_str() != race));
    assert!(page.html().contains("Race, 10.0 km"));
}

#[test]
fn undoing_an_import_removes_every_activity_it_brought() {
    let document = with_season();
    let (_, import) = race_activity_and_import(&document);
    let mut page = Page::open("/training", document, clock());
    page.click(&format!("undo-import-{import}"));
    let document = page.document();
    assert!(document.activities.is_empty());
    assert_eq!(document.tombstones.len(), 46);
    let html = page.html();
    assert!(
        html.contains("Removed this import (46 activities)."),
        "{html}"
    );
    assert!(html.contains("No longer proposed: Base block"), "{html}");
    page.click("undo-removal");
    assert_eq!(page.document().activities.len(), 46);
}

#[test]
fn a_partly_read_activity_counts_for_nothing_until_the_runner_keeps_it() {
    let mut document = with_season();
    let doubtful = document.activities[3].id.clone();
    document.activities[3].doubts = vec![Doubt::PartlyRead {
        damage: Damage::CutShort,
    }];
    let mut page = Page::open("/training", document, clock());
    let html = page.html();
    assert!(html.contains("Check these activities"), "{html}");
    assert!(html.contains("Partly read: the file is cut short"));
    assert!(html.contains("45 activities kept from your files."));
    page.click(&format!("keep-{doubtful}"));
    let document = page.document();
    assert!(document.activities.iter().all(|a| a.counts()));
    let html = page.html();
    assert!(html.contains("46 activities kept from your files."));
    assert!(html.contains(": it counts from now on."), "{html}");
    assert!(!html.contains("Partly read"), "nothing left to check");
}

#[test]
fn the_training_screen_speaks_german_and_keeps_the_runner_s_own_names() {
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    let mut document = with_season();
    document.profile.heart = HeartRateSettings::default();
    document.activities[3].doubts = vec![Doubt::PartlyRead {
        damage: Damage::CutShort,
    }];
    let doubtful = document.activities[3].id.clone();
    let mut page = Page::open("/training", speaking(document, Language::German), clock());
    let html = page.html();
    page.click(&format!("accept-{PEAK}"));
    let accepted = page.html();
    page.click(&format!("keep-{doubtful}"));
    let kept = page.html();
    for text in [
        "<h1>Training</h1>",
        "Trainingsdateien importieren",
        "Dateien auswählen",
        "Bitte diese Aktivitäten prüfen",
        "Nur teilweise gelesen: Die Datei bricht ab",
        "45 Aktivitäten aus deinen Dateien übernommen.",
        "Was deine Dateien vorschlagen",
        "Grundlagenblock, 1. Juni – 28. Juni 2026",
        "Spitzenblock (hart), 10. Aug. – 23. Aug. 2026",
        ">Trainingsbelastung</h2>",
        "Deine Herzfrequenzen",
        r#"<label for="resting-hr">Ruhepuls (bpm)</label>"#,
        "Deine Importe",
        "Diesen Import rückgängig machen",
    ] {
        assert!(html.contains(text), "missing {text:?} in {html}");
    }
    assert!(
        html.contains("Race, 10.0 km"),
        "a race found without a name shows the name it is saved with: {html}"
    );
    assert!(
        html.contains("Bis du sie einträgst, rechnet die Belastung mit "),
        "{html}"
    );
    assert!(accepted.contains("Übernommen: Spitzenblock (hart), 10. Aug. – 23. Aug. 2026."));
    assert!(kept.contains(": Die Aktivität zählt ab jetzt."), "{kept}");
    assert!(kept.contains("46 Aktivitäten aus deinen Dateien übernommen."));
    for english in [
        "Import training files",
        "What your files suggest",
        "Check these activities",
        "Your heart rates",
        "kept from your files",
        "Accept",
        "Dismiss",
    ] {
        assert!(!html.contains(english), "{english} left in English: {html}");
    }
}
