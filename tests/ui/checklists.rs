//! The Checklists screen and Today's due items rendered with seeded documents.

use crate::support::{app_at, html};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use fresh_legs::core::checklist::state::RaceChecklist;
use fresh_legs::core::checklist::Group;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;

/// The instant these tests run at (a Monday morning in April): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 4, 20, 7, 30, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::UTC;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

/// An outdoor race `days` from today in this machine's zone, so "today" on screen matches.
fn race_in(days: i64) -> Race {
    let zone = ZONE;
    Race {
        id: RecordId("race-seeded".into()),
        name: "Harbour Half".into(),
        date: (now().with_timezone(&zone) + Duration::days(days)).date_naive(),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: zone,
        distance_km: 21.1,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor: true,
        notes: String::new(),
        updated_at: now(),
    }
}

fn seeded(days: i64) -> Document {
    let mut document = Document::default();
    document.races.push(race_in(days));
    document
}

/// The HTML of the section headed by `heading_id`.
fn section<'a>(page: &'a str, heading_id: &str) -> &'a str {
    let marker = format!(r#"aria-labelledby="{heading_id}""#);
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no section {heading_id} in {page}"));
    let end = start + page[start..].find("</section>").unwrap();
    &page[start..end]
}

#[test]
fn both_lists_show_grouped_labelled_checkboxes_and_a_progressbar() {
    let page = html(&app_at("/checklists", seeded(5), None, clock()));
    assert!(page.contains("<h1>Checklists</h1>"), "{page}");
    assert!(page.contains(r#"<label for="checklist-race">Race</label>"#));
    let before = section(&page, "list-pre-heading");
    for heading in ["Two days before", "The day before", "Race morning"] {
        assert!(
            before.contains(&format!(">{heading}</h3>")),
            "{heading}: {before}"
        );
    }
    assert!(before.contains(r#"role="progressbar""#));
    assert!(before.contains(r#"aria-label="Before the race progress""#));
    assert!(before.contains(r#"aria-valuenow="0""#));
    assert!(before.contains(r#"aria-valuemin="0""#));
    assert!(before.contains("<circle"), "the progress ring");
    assert!(
        before.contains(r#"<label for="tick-race-seeded-tpl-warm-up">Warm up as usual"#),
        "{before}"
    );
    assert!(
        before.contains("sun-safe"),
        "outdoor morning race: {before}"
    );
    let after = section(&page, "list-post-heading");
    for heading in [
        "First two hours after the finish",
        "Day 1 after",
        "Days 2–3 after",
    ] {
        assert!(after.contains(heading), "{heading}");
    }
    assert!(after.contains(r#"<label for="new-item-post">Your own item</label>"#));
    assert!(after.contains("Add item"));
}

#[test]
fn saved_ticks_and_own_items_show_with_their_buttons_and_count_in_the_progress() {
    let mut document = seeded(5);
    let now = now();
    let mut saved = RaceChecklist::new(&RecordId("race-seeded".into()), now);
    saved.set_ticked("tpl-warm-up", true, now);
    for (id, text) in [("own-1", "Pin the bib"), ("own-2", "Charge the watch")] {
        saved
            .add(RecordId(id.into()), Group::DayBefore, text, now)
            .unwrap();
    }
    saved.set_ticked("own-2", true, now);
    document.checklists.push(saved);
    let page = html(&app_at("/checklists", document, None, clock()));
    let before = section(&page, "list-pre-heading");
    assert!(before.contains(r#"aria-valuenow="2""#), "{before}");
    assert!(
        before.contains(r#"aria-label="Move up: Pin the bib" disabled=true"#),
        "{before}"
    );
    assert!(before.contains(r#"aria-label="Move down: Pin the bib""#));
    assert!(before.contains(r#"aria-label="Move down: Charge the watch" disabled=true"#));
    assert!(before.contains(r#"aria-label="Edit: Charge the watch""#));
    assert!(before.contains(r#"aria-label="Remove: Pin the bib""#));
    let pin = before.find("Pin the bib</label>").unwrap();
    let watch = before.find("Charge the watch</label>").unwrap();
    assert!(pin < watch, "kept in the runner's order");
}

#[test]
fn without_races_the_screen_says_what_it_will_show() {
    let page = html(&app_at("/checklists", Document::default(), None, clock()));
    assert!(page.contains("No race yet"), "{page}");
    assert!(!page.contains("progressbar"));
}

#[test]
fn today_lists_the_checklist_items_due_today() {
    let page = html(&app_at("/", seeded(2), None, clock()));
    let due = section(&page, "due-heading");
    assert!(due.contains("Checklist for today"), "{due}");
    assert!(due.contains("Drink steadily through the day"), "{due}");
    assert!(due.contains("Harbour Half · Two days before"));
    assert!(
        !due.contains("Warm up"),
        "race morning is not due yet: {due}"
    );
    assert!(due.contains(r#"href="/checklists""#));
    let far = html(&app_at("/", seeded(20), None, clock()));
    assert!(!far.contains("Checklist for today"));
}

#[test]
fn the_navigation_links_checklists_and_aromatherapy_in_order() {
    let page = html(&app_at("/checklists", Document::default(), None, clock()));
    let order: Vec<usize> = ["Today", "Checklists", "Aromatherapy", "Settings"]
        .iter()
        .map(|label| {
            page.find(&format!("<span>{label}</span>"))
                .unwrap_or_else(|| panic!("{label}"))
        })
        .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
    assert!(page.contains(r#"href="/aromatherapy""#));
}

#[test]
fn self_massage_items_lead_to_their_guided_routine() {
    let page = html(&app_at("/checklists", seeded(5), None, clock()));
    let before = section(&page, "list-pre-heading");
    assert!(
        before.contains(r#"href="/timers/play/builtin-"#),
        "a self-massage item links to its routine: {before}"
    );
    assert!(before.contains(">Start "), "{before}");
}

#[test]
fn the_checklists_speak_the_app_s_language_and_keep_the_runner_s_own_words() {
    use crate::support::words::speaking;
    use fresh_legs::core::log::{LogEntry, LogKind};
    use fresh_legs::core::safety::RedFlag;
    use fresh_legs::core::words::Language;
    let mut document = seeded(2);
    document.log.push(LogEntry {
        id: RecordId("flag".into()),
        updated_at: now(),
        at: now() - Duration::hours(1),
        kind: LogKind::RedFlag {
            flag: RedFlag::FeverOrUnwell,
            area: None,
            cleared: None,
        },
    });
    let mut saved = RaceChecklist::new(&RecordId("race-seeded".into()), now());
    saved
        .add(
            RecordId("own-1".into()),
            Group::DayBefore,
            "Startnummer anstecken",
            now(),
        )
        .unwrap();
    document.checklists.push(saved);
    let page = html(&app_at(
        "/checklists",
        speaking(document, Language::German),
        None,
        clock(),
    ));
    assert!(page.contains("<h1>Checklisten</h1>"), "{page}");
    assert!(page.contains(r#"<label for="checklist-race">Wettkampf</label>"#));
    assert!(
        page.contains("gemeldet: Alles rund um Massage, Termine, Programme und Öle wartet"),
        "the red flag holds the hands-on items: {page}"
    );
    let before = section(&page, "list-pre-heading");
    assert!(before.contains(">Vor dem Wettkampf</h2>"), "{before}");
    assert!(before.contains(r#"aria-label="Fortschritt: Vor dem Wettkampf""#));
    for heading in ["Zwei Tage vorher", "Am Vortag", "Am Wettkampfmorgen"] {
        assert!(
            before.contains(&format!(">{heading}</h3>")),
            "{heading}: {before}"
        );
    }
    assert!(
        before.contains("Trink über den Tag verteilt regelmäßig"),
        "due two days before: {before}"
    );
    assert!(
        before.contains("Buche deine Vorwettkampfmassage für morgen"),
        "{before}"
    );
    assert!(before.contains(r#"aria-label="Entfernen: Startnummer anstecken""#));
    assert!(before.contains(r#"<label for="new-item-pre">Eigener Punkt</label>"#));
    assert!(before.contains("Punkt hinzufügen"));
    let after = section(&page, "list-post-heading");
    assert!(after.contains(">Nach dem Wettkampf</h2>"), "{after}");
    assert!(after.contains("In den ersten zwei Stunden nach dem Zieleinlauf"));
    assert!(after.contains("Nachwettkampfmassage: eine leichte Lockerung"));
    for english in [
        "Before the race",
        "Two days before",
        "Add item",
        "Your own item",
    ] {
        assert!(!page.contains(english), "{english} left in English: {page}");
    }
}
