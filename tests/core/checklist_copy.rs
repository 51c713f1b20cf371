//! The words of the built-in checklist items (`checklist::copy`), from what the templates chose.

use chrono::TimeZone;
use fresh_legs::core::checklist::templates::Template;
use fresh_legs::core::profile::PreEventPreference;

#[test]
fn items_carry_the_figures_the_templates_chose() {
    let no_touch = Template::NoTouch { days: 4 }.text();
    assert!(
        no_touch.contains("the 4 days before the race"),
        "{no_touch}"
    );
    let routine = Template::PreRaceRoutine {
        name: "Pre-race flush".into(),
        minutes: 6,
    }
    .text();
    assert_eq!(
        routine,
        "Self-massage: Pre-race flush (6 min), easy pressure only."
    );
    let from = chrono_tz::Europe::Paris
        .with_ymd_and_hms(2026, 10, 28, 12, 30, 0)
        .unwrap();
    let gap = Template::NoGeneralUntil { from }.text();
    assert!(gap.contains("until Wednesday 28 October, 12:30"), "{gap}");
}

#[test]
fn the_wording_follows_the_preference_and_the_ids_do_not() {
    let book = |preference| Template::BookPreEvent(preference);
    assert!(book(PreEventPreference::Compression)
        .text()
        .contains("compressions over your clothes"));
    assert!(book(PreEventPreference::LightFlush)
        .text()
        .contains("a light flush"));
    assert_ne!(
        book(PreEventPreference::Deep).text(),
        book(PreEventPreference::LightFlush).text()
    );
    assert_eq!(
        book(PreEventPreference::Deep).id(),
        book(PreEventPreference::LightFlush).id(),
        "a tick survives a change of preference"
    );
    assert_ne!(
        Template::WarmUp { hands_on: true }.text(),
        Template::WarmUp { hands_on: false }.text()
    );
}
