//! Today rendered with seeded documents: the right kinds of massage for where the runner stands.

mod support;

use chrono::{Duration, NaiveTime, Utc};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::Document;
use support::{app_at, html};

/// A race `days` from now, at 09:00 UTC.
fn race_in(days: i64, priority: Priority) -> Race {
    Race {
        id: RecordId("race-seeded".into()),
        name: "Harbour Half".into(),
        date: (Utc::now() + Duration::days(days)).date_naive(),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: chrono_tz::UTC,
        distance_km: 21.1,
        priority,
        outdoor: true,
        notes: String::new(),
        updated_at: Utc::now(),
    }
}

/// The HTML of the list named "Recommendations".
fn recommendations(page: &str) -> &str {
    let start = page
        .find(r#"aria-label="Recommendations""#)
        .unwrap_or_else(|| panic!("no Recommendations list in {page}"));
    let end = start + page[start..].find("</ul>").unwrap();
    &page[start..end]
}

#[test]
fn two_days_before_an_a_race_brings_a_pre_event_massage_and_no_general_massage() {
    let mut document = Document::default();
    document.races.push(race_in(2, Priority::A));
    let page = html(&app_at("/", document, None));
    let list = recommendations(&page);
    assert!(list.contains("Pre-event massage"), "{list}");
    assert!(!list.contains("General massage"), "{list}");
    assert!(page.contains("Harbour Half"));
    assert!(page.contains(r#"role="timer""#), "a live countdown: {page}");
    assert!(
        list.contains("Why: </span>Rule "),
        "every recommendation shows its reason: {list}"
    );
}

#[test]
fn twelve_days_out_with_a_monthly_budget_allows_a_general_massage() {
    let mut document = Document::default();
    document.profile.massage_budget_per_month = 1;
    document.races.push(race_in(12, Priority::A));
    let page = html(&app_at("/", document, None));
    assert!(recommendations(&page).contains("General massage"), "{page}");
}

#[test]
fn without_races_the_first_run_card_explains_what_the_app_does() {
    let page = html(&app_at("/", Document::default(), None));
    assert!(
        page.contains("Plan your massage around your races"),
        "{page}"
    );
    assert!(page.contains("Home care"));
}
