//! The race form's kinder inputs: zones found by what people type (a city, an abbreviation,
//! a name in any case), a start that happens twice on the night the clocks go back, and a
//! second race at the same minute.

use crate::support::events::Page;
use crate::support::{race_starting_at, with_races};
use chrono::{TimeZone, Utc};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

fn clock() -> Clock {
    Clock::starting_at(
        Utc.with_ymd_and_hms(2026, 10, 1, 8, 0, 0).unwrap(),
        chrono_tz::Europe::London,
    )
}

fn fill(page: &mut Page, name: &str, date: &str, time: &str, zone: &str) {
    page.type_into("race-name", name);
    page.type_into("race-date", date);
    page.type_into("race-start", time);
    page.type_into("race-zone", zone);
    page.type_into("race-distance", "100");
}

#[test]
fn a_start_that_happens_twice_asks_which_and_a_zone_in_lower_case_is_understood() {
    let mut page = Page::open("/races", Document::default(), clock());
    // 25 October 2026: London's clocks go back at 02:00 BST, so 01:30 comes twice.
    fill(
        &mut page,
        "Night Ultra",
        "2026-10-25",
        "01:30",
        "europe/london",
    );
    page.submit_from("race-name");
    assert!(page.document().races.is_empty());
    let html = page.html();
    assert!(
        html.contains("01:30 happens twice in Europe/London that night, as the clocks go back; choose which one below."),
        "{html}"
    );
    assert!(
        html.contains("The first, before the clocks go back (UTC+01:00)"),
        "{html}"
    );
    assert!(
        html.contains("The second, after the clocks go back (UTC+00:00)"),
        "{html}"
    );
    page.choose("race-repeated-hour", "second");
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 1, "{}", page.html());
    assert_eq!(races[0].time_zone, chrono_tz::Europe::London);
    assert!(races[0].second_of_repeated_hour);
    assert_eq!(
        races[0].start_instant(),
        Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap()
    );
}

#[test]
fn a_second_race_at_the_same_minute_asks_before_it_is_kept() {
    let start = Utc.with_ymd_and_hms(2026, 11, 15, 9, 0, 0).unwrap();
    let document = with_races(vec![race_starting_at("race-1", "Harbour Half", start)]);
    let mut page = Page::open("/races", document, clock());
    fill(
        &mut page,
        "Harbour Half again",
        "2026-11-15",
        "09:00",
        "UTC",
    );
    page.submit_from("race-name");
    assert_eq!(page.document().races.len(), 1);
    assert!(
        page.html()
            .contains("Harbour Half starts at the same minute. Save again to keep both races."),
        "{}",
        page.html()
    );
    page.submit_from("race-name");
    assert_eq!(page.document().races.len(), 2);
}

/// "Tokyo" saves as Asia/Tokyo; "EST" asks whether it means New York's clocks, and the choice
/// tapped under the field is what is saved; a message goes once its field is emptied.
#[test]
fn a_zone_is_found_by_what_people_type_and_ambiguous_ones_ask() {
    let mut page = Page::open("/races", Document::default(), clock());
    fill(&mut page, "Tokyo Marathon", "2027-03-07", "09:10", "Tokyo");
    assert!(
        page.html().contains(">Asia/Tokyo</span>"),
        "a suggestion as you type"
    );
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 1, "{}", page.html());
    assert_eq!(races[0].time_zone, chrono_tz::Asia::Tokyo);

    fill(&mut page, "Boston Marathon", "2027-04-19", "10:00", "EST");
    page.submit_from("race-name");
    assert_eq!(page.document().races.len(), 1, "EST is not guessed");
    let html = page.html();
    assert!(
        html.contains("&#34;EST&#34; could mean 2 different zones"),
        "{html}"
    );
    assert!(html.contains("New York&#39;s time"), "{html}");
    assert!(html.contains("UTC−5 all year"), "{html}");
    page.click("zone-choice-0");
    assert!(
        page.html().contains(r#"value="America/New_York""#),
        "the choice fills the field"
    );
    assert!(
        !page.html().contains("race-zone-error"),
        "the question went with the text it was about"
    );
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 2, "{}", page.html());
    let boston = races
        .iter()
        .find(|race| race.name == "Boston Marathon")
        .unwrap();
    assert_eq!(boston.time_zone, chrono_tz::America::New_York);
    // 10:00 in New York in April is 14:00 UTC (summer time), not 15:00 as a fixed UTC-5 would say.
    assert_eq!(
        boston.start_instant(),
        Utc.with_ymd_and_hms(2027, 4, 19, 14, 0, 0).unwrap()
    );

    fill(&mut page, "Atlantis 10K", "2027-05-01", "09:00", "Atlantis");
    page.submit_from("race-name");
    assert!(page.html().contains(r#"id="race-zone-error""#));
    page.type_into("race-zone", "");
    assert!(
        !page.html().contains(r#"id="race-zone-error""#),
        "no stale message under an emptied field: {}",
        page.html()
    );
}
