//! A keystroke touches its field: typing changes the form's draft and nothing in the DOM, so no
//! letter is written over however far the typing runs ahead of the app's renders (issue 32's
//! "Spring Half Marathon" that became "SpinHa Matn" on the desktop), and the rest of the screen
//! is not drawn again for it (issue 30).

use crate::support::events::Page;
use crate::support::{race_starting_at, with_races};
use chrono::{Duration, TimeZone, Utc};
use dioxus::dioxus_core::{AttributeValue, Mutation};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

fn clock() -> Clock {
    Clock::starting_at(
        Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap(),
        chrono_tz::Europe::London,
    )
}

/// Forty characters, as the desktop smoke test types them.
const NAME: &str = "Spring Half Marathon of the Five Bridges";

/// Whether any of `edits` writes a field's `value`.
fn writes_a_value(edits: &[Mutation]) -> bool {
    edits.iter().any(|edit| {
        matches!(
            edit,
            Mutation::SetAttribute {
                name: "value",
                value: AttributeValue::Text(_),
                ..
            }
        )
    })
}

/// Types `text` into `id` ahead of the renders and checks that every letter stays and that the
/// typing changed nothing in the DOM at all.
fn type_and_expect_no_dom_change(page: &mut Page, id: &str, text: &str) {
    let edits = page.type_ahead_of_renders(id, text);
    assert_eq!(page.value_of(id), text, "every letter stays in {id}");
    assert!(
        edits.is_empty(),
        "typing into {id} changes nothing in the DOM: {edits:?}"
    );
}

#[test]
fn typing_a_race_name_ahead_of_the_renders_loses_no_letter_and_saves_it_whole() {
    let mut page = Page::open("/races", Document::default(), clock());
    type_and_expect_no_dom_change(&mut page, "race-name", NAME);
    type_and_expect_no_dom_change(&mut page, "race-distance", "21.1");
    type_and_expect_no_dom_change(&mut page, "race-expected", "1:45");
    // The zone field lists suggestions as it is typed in, so the DOM changes, but never its text.
    let edits = page.type_ahead_of_renders("race-zone", "Europe/Dublin");
    assert_eq!(page.value_of("race-zone"), "Europe/Dublin");
    assert!(!writes_a_value(&edits), "{edits:?}");
    page.type_into("race-date", "2027-04-11");
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 1, "{}", page.html());
    assert_eq!(races[0].name, NAME);
    assert_eq!(races[0].expected_minutes, Some(105));
    assert_eq!(
        page.value_of("race-name"),
        "",
        "the form is cleared after the save"
    );
}

#[test]
fn a_field_cleared_by_a_save_shows_the_next_name_typed_in_it() {
    let mut page = Page::open("/races", Document::default(), clock());
    for name in ["Harbour Half", "Park 10K"] {
        page.type_ahead_of_renders("race-name", name);
        page.type_into("race-date", "2027-04-11");
        page.type_into("race-distance", "10");
        page.type_into(
            "race-start",
            if name == "Park 10K" { "10:00" } else { "09:00" },
        );
        page.submit_from("race-name");
        assert_eq!(page.value_of("race-name"), "");
        assert_eq!(page.value_of("race-distance"), "");
    }
    let mut names: Vec<String> = page.document().races.into_iter().map(|r| r.name).collect();
    names.sort();
    assert_eq!(names, ["Harbour Half", "Park 10K"]);
}

#[test]
fn a_preset_distance_and_an_edited_race_reach_fields_the_runner_typed_in() {
    let start = Utc.with_ymd_and_hms(2027, 4, 11, 9, 0, 0).unwrap();
    let race = race_starting_at("race-1", "Harbour Half", start);
    let mut page = Page::open("/races", with_races(vec![race]), clock());
    page.type_ahead_of_renders("race-distance", "7");
    page.click("preset-marathon");
    assert_eq!(page.value_of("race-distance"), "42.2");
    page.click("edit-race-1");
    assert_eq!(page.value_of("race-name"), "Harbour Half");
    assert_eq!(page.value_of("race-distance"), "21.1");
}

#[test]
fn typing_in_the_block_log_and_routine_forms_changes_nothing_in_the_dom() {
    let mut page = Page::open("/races", Document::default(), clock());
    type_and_expect_no_dom_change(&mut page, "block-start", "2027-01-04");

    let mut page = Page::open("/log", Document::default(), clock());
    type_and_expect_no_dom_change(&mut page, "add-notes", "Calves tight after the long run");

    let mut page = Page::open("/timers/edit/new", Document::default(), clock());
    type_and_expect_no_dom_change(&mut page, "routine-name", "Calf flush");
    type_and_expect_no_dom_change(&mut page, "step-0-instruction", "Slow strokes up the calf");
    type_and_expect_no_dom_change(&mut page, "step-0-seconds", "90");

    let race = race_starting_at("race-1", "Harbour Half", clock().now() + Duration::days(5));
    let mut page = Page::open("/checklists", with_races(vec![race]), clock());
    type_and_expect_no_dom_change(&mut page, "new-item-pre", "Pin the bib to the shirt");
}

/// Where typing is meant to show something at once (the blend's drops, a setting saved as it is
/// typed), the field itself is still never written over.
#[test]
fn fields_that_act_as_they_are_typed_never_write_over_their_own_text() {
    let mut page = Page::open("/aromatherapy", Document::default(), clock());
    let edits = page.type_ahead_of_renders("calc-carrier", "20");
    assert_eq!(page.value_of("calc-carrier"), "20");
    assert!(!writes_a_value(&edits), "{edits:?}");
    assert!(
        page.html().contains("in 20\u{a0}ml of carrier oil"),
        "the drops follow"
    );

    let mut page = Page::open("/settings", Document::default(), clock());
    let edits = page.type_ahead_of_renders("display-name", "Ana Runner");
    assert_eq!(page.value_of("display-name"), "Ana Runner");
    assert!(!writes_a_value(&edits), "{edits:?}");
    assert_eq!(page.document().profile.display_name, "Ana Runner");
}
