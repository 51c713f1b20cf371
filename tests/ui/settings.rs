//! Settings and the app shell rendered through the virtual DOM with seeded documents.

use crate::support::{app_at, app_with_store, html, MemoryBackend};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::profile::{Theme, Units};
use fresh_legs::store::file::FileBackend;
use fresh_legs::store::{Document, LoadNotice};
use fresh_legs::ui::clock::Clock;
use std::rc::Rc;

/// The instant these tests run at (a February noon): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 2, 2, 12, 0, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::UTC;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

fn seeded() -> Document {
    let mut document = Document::default();
    document.profile.display_name = "Ana Runner".into();
    document.profile.units = Units::Mi;
    document.profile.theme = Theme::Black;
    document
}

#[test]
fn settings_shows_the_stored_profile() {
    let page = html(&app_at("/settings", seeded(), None, clock()));
    assert!(page.contains("<h1>Settings</h1>"), "{page}");
    assert!(page.contains(r#"<label for="display-name">Display name</label>"#));
    assert!(page.contains(r#"value="Ana Runner""#));
    assert!(
        page.contains(r#"<option selected=true value="mi">Miles</option>"#),
        "{page}"
    );
    assert!(page.contains(r#"<option selected=true value="black">Pure black</option>"#));
    assert!(
        page.contains(r#"<option value="km">Kilometres</option>"#),
        "{page}"
    );
    // Every setting is saved as it changes: there is nothing to press at the end of the form.
    assert!(
        page.contains("Each change is saved as you make it."),
        "{page}"
    );
    assert!(!page.contains("Save settings"), "{page}");
}

#[test]
fn the_theme_is_applied_to_the_whole_app() {
    let page = html(&app_at("/", seeded(), None, clock()));
    assert!(page.contains(r#"data-theme="black""#), "{page}");
}

#[test]
fn the_navigation_is_a_labelled_landmark_linking_existing_screens() {
    let page = html(&app_at("/", Document::default(), None, clock()));
    assert!(
        page.contains(r#"<nav class="main-nav" aria-label="Main">"#),
        "{page}"
    );
    assert!(page.contains(r#"href="/settings""#));
    assert!(page.contains("<span>Today</span>"));
    assert!(page.contains("<h1>Today</h1>"));
}

#[test]
fn unreadable_data_is_announced_with_where_it_was_kept() {
    let notice = LoadNotice::SetAside {
        kept_at: "/data/fresh-legs.unreadable-20261126T090000Z.json".into(),
        restored_backup: false,
    };
    let page = html(&app_at("/", Document::default(), Some(notice), clock()));
    assert!(page.contains(r#"role="alert""#), "{page}");
    assert!(page.contains("could not be read"));
    assert!(page.contains("/data/fresh-legs.unreadable-20261126T090000Z.json"));
}

#[test]
fn a_newer_document_is_announced_as_read_only() {
    let notice = LoadNotice::NewerVersion { found: 7 };
    let page = html(&app_at("/settings", seeded(), Some(notice), clock()));
    assert!(page.contains("read-only"), "{page}");
    assert!(page.contains(r#"value="Ana Runner""#));
}

#[test]
fn an_unknown_address_says_so_and_leads_back_to_today() {
    let page = html(&app_at(
        "/nowhere/at/all",
        Document::default(),
        None,
        clock(),
    ));
    assert!(page.contains("Page not found"), "{page}");
    assert!(page.contains("/nowhere/at/all"));
    assert!(
        page.contains(r#"aria-label="Main""#),
        "the navigation stays"
    );
}

#[test]
fn a_data_folder_on_this_computer_gets_a_button_that_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let files = Rc::new(FileBackend::new(dir.path()));
    let page = html(&app_with_store(
        "/settings",
        Document::default(),
        files,
        clock(),
    ));
    assert!(page.contains(">Show data folder</button>"), "{page}");
    assert!(page.contains(&dir.path().join("fresh-legs.json").display().to_string()));

    // Storage the runner cannot open in a file manager (the browser's) gets no such button.
    let memory = Rc::new(MemoryBackend::default());
    let page = html(&app_with_store(
        "/settings",
        Document::default(),
        memory,
        clock(),
    ));
    assert!(!page.contains("Show data folder"), "{page}");
}

/// `message` follows the field with `id` and is announced.
fn assert_beside(html: &str, id: &str, message: &str) {
    let field = html.find(&format!(r#"id="{id}""#)).unwrap();
    let message_at = html[field..].find(message).map(|at| field + at);
    let alert = html[..message_at.unwrap_or(0)].rfind(r#"role="alert""#);
    assert!(
        message_at.is_some() && alert.is_some_and(|at| at > field),
        "{message:?} after #{id}: {html}"
    );
}

#[test]
fn each_setting_is_saved_as_it_changes_and_a_refused_one_keeps_its_stored_value() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    page.type_into("budget", "40");
    page.type_into("cutoff-a", "-2");
    page.type_into("display-name", "Ana the Fast");
    let html = page.html();
    assert_beside(&html, "budget", "Choose 0 to 8 massages a month, not 40.");
    assert_beside(&html, "cutoff-a", "Enter 0 or more, not -2.");
    // What was typed stays for correcting; the refused settings keep their stored values while
    // the name, which passes, is saved at once.
    assert_eq!(page.value_of("budget"), "40");
    let stored = page.document().profile;
    assert_eq!(stored.display_name, "Ana the Fast");
    assert_eq!(
        (stored.massage_budget_per_month, stored.cutoffs.a_race_days),
        (
            seeded().profile.massage_budget_per_month,
            seeded().profile.cutoffs.a_race_days
        )
    );
    assert!(stored.updated_at > seeded().profile.updated_at, "stamped");

    page.type_into("budget", "4");
    page.type_into("cutoff-a", "6");
    let saved = page.document().profile;
    assert_eq!(
        (
            saved.display_name.as_str(),
            saved.massage_budget_per_month,
            saved.cutoffs.a_race_days
        ),
        ("Ana the Fast", 4, 6)
    );
    assert!(
        !page.html().contains("not 40"),
        "the message goes once fixed"
    );
}

#[test]
fn the_theme_and_units_apply_and_are_stored_at_once() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    page.choose("theme", "dark");
    page.choose("units", "km");
    assert!(
        page.html().contains(r#"data-theme="dark""#),
        "{}",
        page.html()
    );
    let stored = page.document().profile;
    assert_eq!((stored.theme, stored.units), (Theme::Dark, Units::Km));
}

#[test]
fn no_touch_days_outside_three_or_four_are_refused_with_the_reason() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    page.choose("pre-event-preference", "no_touch");
    page.type_into("no-touch-days", "7");
    assert!(
        page.html()
            .contains("Choose 3 or 4 no-touch days before a race."),
        "{}",
        page.html()
    );
    page.type_into("no-touch-days", "4");
    assert_eq!(
        page.document().profile.pre_event_preference,
        fresh_legs::core::profile::PreEventPreference::NoTouch { days: 4 }
    );
}

/// Rule 11: cut-offs and the post-race gap stay in the evidence's range, said beside each field.
#[test]
fn cut_offs_and_the_gap_outside_the_evidence_range_are_refused_beside_their_fields() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    page.type_into("cutoff-b", "1");
    page.type_into("cutoff-c", "15");
    page.type_into("post-race-gap", "200");
    let html = page.html();
    assert_beside(
        &html,
        "cutoff-b",
        "The cut-off before a B race can be 2 to 14 days, not 1.",
    );
    assert_beside(
        &html,
        "cutoff-c",
        "The cut-off before a C race can be 2 to 14 days, not 15.",
    );
    assert_beside(
        &html,
        "post-race-gap",
        "The gap after a race can be 48 to 168 hours, not 200",
    );
    assert_eq!(page.document().profile, seeded().profile);
}

/// Rule 11: the spacing between deep massages is the runner's, never under 3 days.
#[test]
fn the_spacing_between_deep_massages_is_set_in_settings_and_never_under_three_days() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    assert!(page.html().contains("Days between deep massages"));
    page.type_into("general-spacing", "2");
    assert_beside(
        &page.html(),
        "general-spacing",
        "Keep general massages 3 to 28 days apart, not 2.",
    );
    assert_eq!(page.document().profile, seeded().profile);
    page.type_into("general-spacing", "10");
    assert_eq!(page.document().profile.general_spacing_days, 10);
}

/// Rule 7 (docs/RULES.md rule 6): the soreness limit is the runner's, between 24 and 48 hours.
#[test]
fn the_soreness_limit_is_set_between_24_and_48_hours() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    page.type_into("soreness-limit", "72");
    assert_beside(
        &page.html(),
        "soreness-limit",
        "The soreness limit can be 24 to 48 hours, not 72.",
    );
    page.type_into("soreness-limit", "48");
    assert_eq!(page.document().profile.soreness_limit_hours, 48);
}

/// Rule 5 (issue 13's rule 2): with less than one a month, the budget is given per training block
/// (one or two) or per year, and a number outside that is refused beside the field.
#[test]
fn a_budget_below_one_a_month_is_given_per_block_or_per_year() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    assert!(!page.html().contains("With less than one a month"));
    page.type_into("budget", "0");
    assert!(page.html().contains("With less than one a month"));
    page.choose("tight-per", "block");
    page.type_into("tight-sessions", "3");
    assert_beside(
        &page.html(),
        "tight-sessions",
        "Per training block, choose 1 or 2 sessions, not 3.",
    );
    page.type_into("tight-sessions", "2");
    let saved = page.document().profile;
    assert_eq!(saved.massage_budget_per_month, 0);
    assert_eq!(
        saved.tight_budget,
        Some(fresh_legs::core::profile::TightBudget::Block(2))
    );
}

/// Rule 9: a runner who trains outdoors in daylight says so once, and the sun limits follow.
#[test]
fn training_outdoors_in_daylight_is_answered_in_settings() {
    let mut page = crate::support::events::Page::open("/settings", seeded(), clock());
    assert!(page.html().contains("I train outdoors in daylight"));
    assert!(!page.document().profile.trains_outdoors_in_daylight);
    page.choose("outdoors-in-daylight", "true");
    assert!(page.document().profile.trains_outdoors_in_daylight);
}

#[test]
fn settings_speak_german_and_store_the_same_keys() {
    use crate::support::events::Page;
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    use fresh_legs::store::export::export_text;
    let mut page = Page::open("/settings", speaking(seeded(), Language::German), clock());
    let shown = page.html();
    page.choose("theme", "dark");
    page.choose("pre-event-preference", "no_touch");
    page.type_into("import-text", &export_text(&Document::default()));
    page.click("import-check");
    let review = page.html();
    page.click("import-merge");
    let merged = page.html();

    assert!(shown.contains("<h1>Einstellungen</h1>"), "{shown}");
    assert!(shown.contains(r#"<label for="display-name">Anzeigename</label>"#));
    assert!(shown.contains(r#"<option selected=true value="mi">Meilen</option>"#));
    assert!(shown.contains(r#"<option selected=true value="black">Tiefschwarz</option>"#));
    assert!(shown.contains(r#"<option selected=true value="system">Wie auf diesem Gerät</option>"#));
    assert!(shown.contains("Jede Änderung wird sofort gespeichert."));
    assert!(shown.contains("Tage vor einem A-Wettkampf"));
    assert!(shown.contains("Faszienrolle"));
    assert!(shown.contains("Deine Daten bleiben auf diesem Gerät, in "));
    assert!(shown.contains(">Meine Daten exportieren</button>"));
    assert!(shown.contains(">Alle Daten löschen</button>"));
    for english in [
        "Display name",
        "Pure black",
        "Your data",
        "Export my data",
        "Keep deep work clear of races",
        "Timer cues",
    ] {
        assert!(
            !shown.contains(english),
            "{english} left in English: {shown}"
        );
    }
    assert!(
        review.contains(
            "Die Datei ist ein Export und enthält 0 Wettkämpfe, 0 Trainingsblöcke, \
             0 Tagebucheinträge, 0 Programme und 0 importierte Aktivitäten."
        ),
        "{review}"
    );
    assert!(review.contains(">Mit meinen Daten zusammenführen</button>"));
    assert!(review.contains(">Meine Daten ersetzen</button>"));
    assert!(
        merged.contains("Importiert: Die Datei ist mit deinen Daten zusammengeführt."),
        "{merged}"
    );
    assert!(merged.contains("Tage ohne Massage vor einem Wettkampf"));
    // The choices are stored by their keys, as in English.
    let stored = page.document().profile;
    assert_eq!((stored.theme, stored.units), (Theme::Dark, Units::Mi));
    let json = serde_json::to_string(&stored).unwrap();
    assert!(json.contains(r#""theme":"dark""#), "{json}");
    assert!(json.contains(r#""kind":"no_touch""#), "{json}");
}
