//! A heavy season on the Races screen: the next few races in full, the rest one line each,
//! finished races folded by season, and the self-massage days behind a button.

use crate::support::events::Page;
use crate::support::{race_starting_at, with_races};
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::ui::clock::Clock;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 14, 9, 15, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::UTC)
}

/// Eight races ahead, a week apart, and eight behind, spread over two seasons.
fn heavy_page() -> Page {
    let ahead = (1..=8).map(|i| {
        race_starting_at(
            &format!("race-next-{i}"),
            &format!("Next {i}"),
            now() + Duration::days(7 * i),
        )
    });
    let behind = (1..=8).map(|i| {
        race_starting_at(
            &format!("race-past-{i}"),
            &format!("Past {i}"),
            now() - Duration::days(70 * i),
        )
    });
    Page::open("/races", with_races(ahead.chain(behind).collect()), clock())
}

#[test]
fn the_next_three_races_are_in_full_and_the_rest_one_line_each() {
    let page = heavy_page();
    let html = page.html();
    let upcoming_start = html.find(r#"aria-label="Races coming up""#).unwrap();
    let later = html
        .find(r#"aria-label="Later races""#)
        .expect("a compact list of later races");
    assert_eq!(
        html[upcoming_start..later].matches("race-card").count(),
        3,
        "{html}"
    );
    assert_eq!(html[later..].matches(r#"class="race-row""#).count(), 5);
    // The two latest finished races stay in full; the six before them are folded by season (one in 2026, five in 2025).
    assert!(html.contains(r#"aria-label="Finished races""#));
    assert!(html.contains("Show 2026 (1 race)"), "{html}");
    assert!(html.contains("Show 2025 (5 races)"), "{html}");
    assert!(
        !html.contains("Past 8<"),
        "folded seasons draw nothing until opened"
    );
}

#[test]
fn a_folded_season_opens_and_its_races_can_be_edited() {
    let mut page = heavy_page();
    page.click("fold-2025");
    let html = page.html();
    assert!(html.contains(r#"aria-label="Finished in 2025""#), "{html}");
    assert!(html.contains("Past 8"), "{html}");
    page.click("edit-race-past-8");
    assert!(page.html().contains("Edit Past 8"), "{}", page.html());
}

#[test]
fn the_self_massage_days_wait_behind_a_button() {
    let mut page = heavy_page();
    assert!(page.html().contains("Self-massage on "));
    assert!(!page.html().contains(r#"aria-label="Self-massage days""#));
    page.click("home-sessions-toggle");
    assert!(page.html().contains(r#"aria-label="Self-massage days""#));
}
