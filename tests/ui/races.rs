//! The Races screen through the virtual DOM: the form and its messages, countdowns, timelines
//! with a text alternative, finished races, blocks, the season plan (ticks: races_ticks.rs).

use crate::support::events::Page;
use crate::support::{app_at, html, race_starting_at, with_races};
use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::profile::Units;
use fresh_legs::core::race::Race;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::training::{BlockKind, TrainingBlock};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a September morning in Berlin): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 14, 9, 15, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::Europe::Berlin;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

/// A race starting `hours` from now (negative: in the past), in UTC so the test never meets a gap.
fn race_in_hours(id: &str, name: &str, hours: i64) -> Race {
    race_starting_at(id, name, now() + Duration::hours(hours))
}

/// A date `days` ahead in the device's zone, as a date input sends it.
fn date_ahead(days: i64) -> String {
    (now().with_timezone(&ZONE) + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

#[test]
fn the_screen_has_the_labelled_race_form_and_sits_second_in_the_navigation() {
    let page = html(&app_at("/races", Document::default(), None, clock()));
    assert!(page.contains("<h1>Races</h1>"), "{page}");
    for label in [
        "Race name",
        "Date",
        "Start time",
        "Time zone",
        "Distance (km)",
        "Priority",
        "Outdoor",
    ] {
        assert!(
            page.contains(&format!(">{label}</label>")),
            "{label}: {page}"
        );
    }
    assert!(
        page.contains("a city (Tokyo), a country (Japan), an abbreviation (JST)"),
        "the field says what it takes"
    );
    assert!(page.contains(&format!(r#"value="{}""#, ZONE.name())));
    assert!(page.contains(">Add race</button>"));
    assert!(page.contains(">Marathon</button>"));
    let nav = &page[page.find("main-nav").unwrap()..];
    let at = |label: &str| nav.find(&format!("<span>{label}</span>")).unwrap();
    assert!(at("Today") < at("Races") && at("Races") < at("Settings"));
}

#[test]
fn miles_change_the_distance_label_and_the_amounts_shown() {
    let mut document = with_races(vec![race_in_hours("r1", "Harbour Half", 240)]);
    document.profile.units = Units::Mi;
    let page = html(&app_at("/races", document, None, clock()));
    assert!(page.contains(">Distance (mi)</label>"), "{page}");
    assert!(page.contains("13.11 mi"), "{page}");
}

#[test]
fn an_upcoming_race_has_a_countdown_a_described_timeline_and_named_buttons() {
    let page = html(&app_at(
        "/races",
        with_races(vec![race_in_hours("r1", "Harbour Half", 240)]),
        None,
        clock(),
    ));
    assert!(
        page.contains(r#"role="timer" aria-label="Time until Harbour Half starts""#),
        "{page}"
    );
    assert!(page.contains(r#"aria-label="Timeline around Harbour Half""#));
    assert!(page.contains("<svg"));
    let caption = &page[page.find("<figcaption").unwrap()..page.find("</figcaption>").unwrap()];
    for item in [
        "Deep-work cut-off: ",
        "Pre-event window: ",
        "Race: ",
        "Post-event flush: ",
        "General work allowed again: ",
        "Today is ",
    ] {
        assert!(caption.contains(item), "{item}: {caption}");
    }
    assert!(page.contains(r#"Edit<span class="visually-hidden"> Harbour Half</span>"#));
    assert!(page.contains(r#"Delete<span class="visually-hidden"> Harbour Half</span>"#));
}

#[test]
fn a_past_race_stays_on_the_screen_marked_finished() {
    let page = html(&app_at(
        "/races",
        with_races(vec![race_in_hours("r0", "Winter 10K", -72)]),
        None,
        clock(),
    ));
    assert!(
        page.contains(r#"<h2 id="finished-heading">Finished</h2>"#),
        "{page}"
    );
    assert!(page.contains(r#"class="race-finished">Finished</p>"#));
    assert!(page.contains("Winter 10K"));
    assert!(
        !page.contains(r#"role="timer""#),
        "no countdown for a finished race"
    );
}

#[test]
fn the_season_lists_blocks_and_the_planned_sessions_with_their_reasons() {
    let mut document = with_races(vec![race_in_hours("r1", "Harbour Half", 24 * 20)]);
    // Four a month leaves room for general work whichever month the race's own sessions fall in:
    // with two, a race late in this month would spend the whole budget on its pre and post flush.
    document.profile.massage_budget_per_month = 4;
    let today = now().date_naive();
    document.blocks.push(TrainingBlock {
        id: RecordId("b1".into()),
        start: today,
        end: today + Duration::days(13),
        kind: BlockKind::Peak,
        speed_work: true,
        updated_at: now(),
    });
    let page = html(&app_at("/races", document, None, clock()));
    let list = &page[page.find(r#"aria-label="Sessions to book""#).unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    assert!(list.contains("Pre-event massage"), "{list}");
    assert!(list.contains("Why: </span>Rule 1"), "{list}");
    assert!(list.contains("General massage"), "{list}");
    assert!(page.contains("Self-massage on "));
    assert!(page.contains(r#"aria-label="Season timeline""#));
    assert!(page.contains("Peak (hard)</strong>"), "{page}");
    assert!(page.contains(">Export calendar (.ics)</button>"));
}

#[test]
fn the_first_run_card_on_today_leads_to_adding_a_first_race() {
    let page = html(&app_at("/", Document::default(), None, clock()));
    assert!(
        page.contains(r#"href="/races" class="button primary">Add your first race</a>"#),
        "{page}"
    );
}

#[test]
fn adding_a_race_through_the_form_saves_it_and_starts_its_countdown() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("race-name", "Harbour Half");
    page.type_into("race-date", &date_ahead(30));
    page.type_into("race-distance", "21.1");
    page.submit_from("race-name");
    let saved = page.document().races;
    assert_eq!(saved.len(), 1, "{}", page.html());
    assert_eq!(saved[0].name, "Harbour Half");
    assert_eq!(saved[0].distance_km, 21.1);
    assert_eq!(saved[0].time_zone, ZONE);
    let shown = page.html();
    assert!(shown.contains("Added Harbour Half."), "{shown}");
    assert!(shown.contains(r#"aria-label="Time until Harbour Half starts""#));
    // The race-name field itself is blank again, not just some input on the page.
    let name_field = &shown[shown.find(r#"id="race-name""#).expect("the name field")..];
    let name_field = &name_field[..name_field.find('>').unwrap()];
    assert!(name_field.contains(r#"value="""#), "{name_field}");
}

/// Rule 5: the runner can give an expected time; a time that is not one is refused beside the field.
#[test]
fn an_expected_finish_time_is_saved_with_the_race_and_a_bad_one_is_refused() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("race-name", "City Marathon");
    page.type_into("race-date", &date_ahead(60));
    page.type_into("race-distance", "42.2");
    page.type_into("race-expected", "3:75");
    page.submit_from("race-name");
    assert!(page.document().races.is_empty());
    let shown = page.html();
    assert!(
        shown.contains(r#"id="race-expected-error" class="field-error" role="alert">&#34;3:75&#34; is not a time; type hours and minutes like 4:30, or leave it empty.</p>"#),
        "{shown}"
    );
    page.type_into("race-expected", "3:45");
    page.submit_from("race-name");
    let saved = page.document().races;
    assert_eq!(saved.len(), 1, "{}", page.html());
    assert_eq!(saved[0].expected_minutes, Some(225));
    assert_eq!(saved[0].estimated_duration(), Duration::minutes(225));
}

#[test]
fn a_bad_field_shows_its_message_beside_it_and_the_rest_stays_as_typed() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("race-name", "Harbour Half");
    page.type_into("race-date", &date_ahead(30));
    page.type_into("race-zone", "Europe/Atlantis");
    page.type_into("race-distance", "0");
    page.submit_from("race-name");
    assert!(page.document().races.is_empty());
    let shown = page.html();
    assert!(
        shown.contains(r#"id="race-distance-error" class="field-error" role="alert">Enter a distance greater than 0 km (this one is 0 km).</p>"#),
        "{shown}"
    );
    assert!(shown.contains(r#"id="race-zone-error""#));
    assert!(shown.contains("Europe/Atlantis"));
    assert!(!shown.contains("race-name-error"));
    assert_eq!(page.value_of("race-name"), "Harbour Half");
    assert_eq!(page.value_of("race-date"), date_ahead(30));
}

#[test]
fn a_race_can_be_edited_deleted_and_brought_back() {
    let mut page = Page::open(
        "/races",
        with_races(vec![race_in_hours("r1", "Harbour Half", 240)]),
        clock(),
    );
    page.click("edit-r1");
    assert!(page.html().contains(">Save race</button>"));
    page.type_into("race-name", "Harbour Half 2027");
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races.len(), 1);
    assert_eq!(
        (races[0].id.as_str(), races[0].name.as_str()),
        ("r1", "Harbour Half 2027")
    );
    assert_eq!(
        races[0].distance_km, 21.0975,
        "an untouched distance is kept exactly"
    );
    assert!(page.html().contains("Saved Harbour Half 2027."));

    page.click("delete-r1");
    let document = page.document();
    assert!(document.races.is_empty());
    assert_eq!(document.tombstones.len(), 1);
    assert_eq!(document.tombstones[0].id.as_str(), "r1");
    assert!(page.html().contains("Deleted Harbour Half 2027."));

    page.click("undo-delete");
    let document = page.document();
    assert_eq!(document.races.len(), 1);
    assert!(document.tombstones.is_empty());
    assert!(page.html().contains("Restored Harbour Half 2027."));
}

#[test]
fn a_training_block_can_be_added_edited_and_deleted() {
    let mut page = Page::open("/races", Document::default(), clock());
    page.type_into("block-start", &date_ahead(3));
    page.type_into("block-end", &date_ahead(1));
    page.submit_from("block-start");
    assert!(page.html().contains("The block ends before it starts"));
    page.type_into("block-end", &date_ahead(30));
    page.submit_from("block-start");
    let blocks = page.document().blocks;
    assert_eq!(blocks.len(), 1, "{}", page.html());
    assert!(!blocks[0].speed_work);

    // Editing fills the form with the block and saves over it, keeping its id.
    page.click(&format!("edit-{}", blocks[0].id));
    assert!(
        page.html()
            .contains(&format!(r#"value="{}""#, date_ahead(30))),
        "{}",
        page.html()
    );
    page.choose("block-kind", "peak");
    page.type_into("block-end", &date_ahead(40));
    page.submit_from("block-start");
    let edited = page.document().blocks;
    assert_eq!(edited.len(), 1, "{}", page.html());
    assert_eq!(edited[0].id, blocks[0].id);
    assert_eq!(edited[0].kind, BlockKind::Peak);
    assert_eq!(edited[0].end.format("%Y-%m-%d").to_string(), date_ahead(40));
    assert!(edited[0].updated_at >= blocks[0].updated_at);

    page.click(&format!("delete-{}", blocks[0].id));
    assert!(page.document().blocks.is_empty());
    assert_eq!(page.document().tombstones.len(), 1);
}

/// The Races screen in German: the cards, the form, its checks and the blocks; a race added
/// through the German form is stored with the same keys as ever.
#[test]
fn the_races_screen_speaks_german_and_stores_the_same_races() {
    use crate::support::words::speaking;
    use fresh_legs::core::race::Priority;
    use fresh_legs::core::words::Language;
    let mut document = with_races(vec![race_in_hours("r1", "Harbour Half", 24 * 20)]);
    let today = now().date_naive();
    document.blocks.push(TrainingBlock {
        id: RecordId("b1".into()),
        start: today,
        end: today + Duration::days(13),
        kind: BlockKind::Peak,
        speed_work: true,
        updated_at: now(),
    });
    let mut page = Page::open("/races", speaking(document, Language::German), clock());
    let shown = page.html();
    for german in [
        "<h1>Wettkämpfe</h1>",
        "A-Wettkampf · 21,1 km · Im Freien",
        r#"aria-label="Zeit bis zum Start von Harbour Half""#,
        r#"aria-label="Zeitstrahl rund um Harbour Half""#,
        r#"<label for="race-name">Name des Wettkampfs</label>"#,
        r#"<label for="race-distance">Distanz (km)</label>"#,
        ">Halbmarathon</button>",
        "Spitze (hart)</strong>",
        " · 14 Tage · mit Tempotraining",
        ">Kalender exportieren (.ics)</button>",
    ] {
        assert!(shown.contains(german), "{german}: {shown}");
    }
    for english in [
        "Coming up",
        "Add a race",
        "Outdoor",
        "Training blocks",
        "Why: ",
    ] {
        assert!(!shown.contains(english), "{english} left in English");
    }

    page.type_into("race-name", "Stadtlauf");
    page.type_into("race-date", &date_ahead(30));
    page.type_into("race-distance", "0");
    page.submit_from("race-name");
    let refused = page.html();
    assert!(
        refused.contains("Nicht gespeichert: Bitte korrigiere die markierten Felder."),
        "{refused}"
    );
    assert!(
        refused.contains("Gib eine Distanz über 0 km ein (angegeben sind 0 km)."),
        "{refused}"
    );

    page.type_into("race-distance", "10,5");
    page.submit_from("race-name");
    let added = page.html();
    assert!(added.contains("Hinzugefügt: Stadtlauf."), "{added}");
    let saved = page.document().races;
    let stored = saved.iter().find(|race| race.name == "Stadtlauf").unwrap();
    assert_eq!(stored.distance_km, 10.5);
    assert_eq!(stored.priority, Priority::B);
}

/// In German the distance field writes a decimal comma, and what it shows is read back as the
/// same number: a preset's exact 21.0975 km, and a typed "10,25".
#[test]
fn a_german_distance_field_writes_a_decimal_comma_and_reads_it_back() {
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    let mut page = Page::open(
        "/races",
        speaking(Document::default(), Language::German),
        clock(),
    );
    page.type_into("race-name", "Stadtlauf");
    page.type_into("race-date", &date_ahead(30));
    page.click("preset-half");
    assert_eq!(page.value_of("race-distance"), "21,1");
    page.submit_from("race-name");
    let races = page.document().races;
    assert_eq!(races[0].distance_km, 21.0975, "the preset's exact distance");

    page.type_into("race-name", "Bahnlauf");
    page.type_into("race-date", &date_ahead(40));
    page.type_into("race-distance", "10,25");
    page.submit_from("race-name");
    let races = page.document().races;
    let typed = races.iter().find(|race| race.name == "Bahnlauf").unwrap();
    assert_eq!(typed.distance_km, 10.25);
}
