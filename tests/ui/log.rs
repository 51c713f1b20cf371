//! The Log screen, Today's soreness follow-up and the data section of Settings, rendered with
//! seeded documents.

use crate::support::{app_at, html};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use dioxus::prelude::*;
use fresh_legs::core::body::BodyArea;
use fresh_legs::core::log::{LogEntry, LogKind, Tissue};
use fresh_legs::core::massage::{MassageKind, Pressure, Technique};
use fresh_legs::core::profile::motion::Motion;
use fresh_legs::core::record::RecordId;
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::components::BodyMapPicker;

/// The instant these tests run at (an August evening): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 8, 3, 18, 0, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::UTC;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

fn entry(id: &str, hours_ago: i64, kind: LogKind) -> LogEntry {
    let at = now() - Duration::hours(hours_ago);
    LogEntry {
        id: RecordId(id.into()),
        updated_at: at,
        at,
        kind,
    }
}

fn general(hours_ago: i64) -> LogEntry {
    entry(
        "log-general",
        hours_ago,
        LogKind::MassageReceived {
            kind: MassageKind::General,
            pressure: Pressure::Deep,
            before: None,
            technique: None,
            with_therapist: true,
            notes: "Tight left calf".into(),
        },
    )
}

fn seeded() -> Document {
    let mut document = Document::default();
    document.log.push(general(300));
    document.log.push(entry(
        "log-injury",
        100,
        LogKind::Injury {
            area: BodyArea::Achilles,
            tissue: Tissue::Tendon,
            started: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            resolved: None,
        },
    ));
    document.log.push(entry(
        "log-roll",
        10,
        LogKind::SelfMassage {
            routine_name: "Calf flush".into(),
            seconds: 480,
        },
    ));
    document
}

#[test]
fn the_log_lists_entries_newest_first_with_their_details() {
    let page = html(&app_at("/log", seeded(), None, clock()));
    assert!(page.contains("<h1>Log</h1>"), "{page}");
    let roll = page.find("Calf flush · 8 min").expect("self-massage shown");
    let injury = page.find("Injury: Achilles").expect("injury shown");
    let massage = page
        .find("<h3>General massage</h3>")
        .expect("massage shown");
    assert!(roll < injury && injury < massage, "newest first");
    assert!(page.contains("With a therapist · Deep pressure"));
    assert!(page.contains("Notes: Tight left calf"));
    assert!(page.contains("Tendon · since 5 Jan 2026 · still active"));
    assert!(
        page.contains(">Mark healed</button>"),
        "an active injury can be marked healed"
    );
    assert!(page.contains(r#"aria-label="Delete General massage""#));
    assert!(page.contains(r#"aria-label="Edit Injury: Achilles""#));
    assert!(page.contains("<time datetime="));
}

#[test]
fn the_log_shows_insights_with_a_text_alternative() {
    let page = html(&app_at("/log", seeded(), None, clock()));
    assert!(
        page.contains("<h2 id=\"insights-heading\">Insights</h2>"),
        "{page}"
    );
    assert!(
        page.contains(r#"role="img" aria-label="Last 26 weeks: 2 sessions (1 with a therapist, 1 at home), in 2 of 26 weeks.""#),
        "{page}"
    );
    assert!(page.contains("Home-care streak: 1 week."));
    assert!(page.contains("Sessions per week as a table"));
}

#[test]
fn an_empty_log_says_what_will_appear_there() {
    let page = html(&app_at("/log", Document::default(), None, clock()));
    assert!(page.contains("Nothing logged yet"), "{page}");
    // No empty chart frame: a friendly line and two ways to the first session instead.
    assert!(page.contains("nothing to chart"), "{page}");
    assert!(!page.contains("Sessions per week as a table"), "{page}");
    assert!(page.contains(">Log your first session</button>"), "{page}");
    assert!(page.contains(">Start a guided routine</a>"), "{page}");
}

#[test]
fn the_navigation_puts_log_between_today_and_settings() {
    let page = html(&app_at("/log", Document::default(), None, clock()));
    let today = page.find("<span>Today</span>").unwrap();
    let log = page.find("<span>Log</span>").unwrap();
    let settings = page.find("<span>Settings</span>").unwrap();
    assert!(today < log && log < settings, "{page}");
    assert!(page.contains(r#"href="/log""#));
}

#[test]
fn today_asks_how_sore_the_runner_is_a_day_after_general_work() {
    let mut document = Document::default();
    document.log.push(general(25));
    let page = html(&app_at("/", document, None, clock()));
    assert!(page.contains("How sore are you?"), "{page}");
    assert!(page.contains("About 25 hours have passed"));
    assert!(page
        .contains(r#"<label for="follow-up-level">Soreness now (0 = none, 10 = worst)</label>"#));

    let quiet = html(&app_at("/", seeded(), None, clock()));
    assert!(
        !quiet.contains("How sore are you?"),
        "no question long after the massage"
    );
}

#[test]
fn soreness_past_36_hours_warns_and_names_a_lighter_pressure() {
    let mut document = Document::default();
    document.log.push(general(40));
    document.log.push(entry(
        "log-sore",
        1,
        LogKind::SorenessCheckIn {
            hours_after: 39,
            level: 6,
            bruising: false,
            after: Some(RecordId("log-general".into())),
        },
    ));
    let page = html(&app_at("/", document, None, clock()));
    assert!(page.contains("Rule 6"), "{page}");
    assert!(
        page.contains("Ask for moderate pressure next time instead of deep."),
        "{page}"
    );
}

#[component]
fn MapHost() -> Element {
    rsx! { BodyMapPicker { label: "Where is the injury?", selected: "calves", onselect: |_| {} } }
}

#[test]
fn the_body_map_is_a_group_of_labelled_keyboard_reachable_radios() {
    let mut dom = VirtualDom::new(MapHost);
    dom.rebuild_in_place();
    let page = dioxus_ssr::render(&dom);
    assert!(
        page.contains(r#"role="radiogroup" aria-label="Where is the injury?""#),
        "{page}"
    );
    for area in BodyArea::ALL {
        assert!(
            page.contains(&format!(r#"aria-label="{}""#, area.label())),
            "{area:?} missing"
        );
    }
    assert_eq!(
        page.matches(r#"tabindex="0""#).count(),
        BodyArea::ALL.len(),
        "every region is reachable by Tab"
    );
    assert!(
        page.contains(r#"aria-checked="true" aria-label="Calves""#),
        "{page}"
    );
    assert_eq!(page.matches(r#"aria-checked="true""#).count(), 1);
    assert!(page.contains("Selected: Calves"));
}

#[test]
fn settings_show_where_the_data_lives_and_the_data_actions() {
    let mut document = Document::default();
    document.profile.motion = Motion::Reduce;
    let page = html(&app_at("/settings", document, None, clock()));
    assert!(page.contains(r#"data-motion="reduce""#), "{page}");
    assert!(
        page.contains(r#"<option selected=true value="reduce">On: keep the screen still</option>"#),
        "{page}"
    );
    assert!(
        page.contains("<strong class=\"data-location\">memory</strong>"),
        "{page}"
    );
    assert!(page.contains(">Export my data</button>"));
    // The computer's own open dialog behind a button on Linux; a file input elsewhere.
    if cfg!(target_os = "linux") {
        assert!(
            page.contains(
                r#"id="import-file" type="button" class="button">Import from a file…</button>"#
            ),
            "{page}"
        );
    } else {
        assert!(page.contains(r#"<label for="import-file">Import from a file</label>"#));
    }
    assert!(page.contains(r#"<label for="import-text">Or paste an export here</label>"#));
    assert!(page.contains(">Delete all data</button>"));
    assert!(
        !page.contains("Yes, delete everything"),
        "the confirmation waits for the first tap"
    );
}

/// The entry with `id` in `document`'s log, if it is there.
fn logged<'a>(document: &'a Document, id: &str) -> Option<&'a LogEntry> {
    document.log.iter().find(|entry| entry.id.as_str() == id)
}

#[test]
fn an_entry_is_deleted_with_a_tombstone_and_undo_brings_it_back() {
    let mut page = crate::support::events::Page::open("/log", seeded(), clock());
    page.click("delete-log-roll");
    let after_delete = page.document();
    assert!(logged(&after_delete, "log-roll").is_none());
    assert!(after_delete
        .tombstones
        .iter()
        .any(|stone| stone.id.as_str() == "log-roll"));
    assert!(page.html().contains("Deleted: "), "{}", page.html());

    page.click("log-undo");
    let restored = page.document();
    let entry = logged(&restored, "log-roll").expect("undo restores the entry");
    assert!(restored.tombstones.is_empty(), "undo lifts the tombstone");
    // A fresh change, so it also wins against copies of the deletion on another device.
    assert!(entry.updated_at > seeded().log[2].updated_at);
}

#[test]
fn an_injury_is_marked_healed_and_an_entry_is_edited_in_place() {
    let mut page = crate::support::events::Page::open("/log", seeded(), clock());
    page.click("heal-log-injury");
    let healed = page.document();
    let injury = logged(&healed, "log-injury").unwrap();
    assert!(
        matches!(
            injury.kind,
            LogKind::Injury {
                resolved: Some(_),
                ..
            }
        ),
        "{injury:?}"
    );
    assert!(
        !page.html().contains("heal-log-injury"),
        "a healed injury has no Mark healed button"
    );

    page.click("edit-button-log-general");
    page.type_into("edit-log-general-notes", "Both calves, lighter next time");
    page.submit_from("edit-log-general-notes");
    let edited = page.document();
    let massage = logged(&edited, "log-general").unwrap();
    assert!(
        matches!(&massage.kind, LogKind::MassageReceived { notes, .. } if notes == "Both calves, lighter next time"),
        "{massage:?}"
    );
    assert_eq!(
        edited.log.len(),
        seeded().log.len(),
        "an edit replaces, never adds"
    );
    assert!(massage.updated_at > seeded().log[0].updated_at);
}

/// Rule 6 (docs/RULES.md rule 2): how a pre-event session was done is recorded by the form, and an edit
/// keeps it.
#[test]
fn the_log_form_records_how_a_pre_event_massage_was_done_and_editing_keeps_it() {
    let mut page = crate::support::events::Page::open("/log", Document::default(), clock());
    page.choose("add-massage-kind", "pre_event");
    assert!(page.html().contains("How it was done"), "{}", page.html());
    page.choose("add-technique", "compression");
    page.choose("add-before", "workout");
    page.submit_from("add-notes");
    let saved = page.document();
    assert_eq!(saved.log.len(), 1, "{}", page.html());
    let id = saved.log[0].id.to_string();
    assert!(
        matches!(
            saved.log[0].kind,
            LogKind::MassageReceived {
                kind: MassageKind::PreEvent,
                technique: Some(Technique::Compression),
                ..
            }
        ),
        "{:?}",
        saved.log[0]
    );
    assert!(page.html().contains("Compressions over the clothes"));

    page.click(&format!("edit-button-{id}"));
    page.type_into(&format!("edit-{id}-notes"), "Before the long tempo run");
    page.submit_from(&format!("edit-{id}-notes"));
    let edited = logged(&page.document(), &id).unwrap().clone();
    assert!(
        matches!(
            edited.kind,
            LogKind::MassageReceived {
                technique: Some(Technique::Compression),
                ref notes,
                ..
            } if notes == "Before the long tempo run"
        ),
        "{edited:?}"
    );
}

/// Rule 7 (docs/RULES.md rule 6): a check-in names the massage it follows, by default the latest general
/// massage of the last 72 hours; "none" is there for soreness after a race.
#[test]
fn a_check_in_names_the_massage_it_follows() {
    let mut document = Document::default();
    document.log.push(general(30));
    let mut page = crate::support::events::Page::open("/log", document, clock());
    page.choose("add-choice", "soreness");
    let html = page.html();
    assert!(html.contains("After which massage"), "{html}");
    assert!(html.contains("None: a race or a hard run"));
    page.type_into("add-level", "4");
    page.submit_from("add-level");
    let saved = page.document();
    let check_in = saved
        .log
        .iter()
        .find(|entry| matches!(entry.kind, LogKind::SorenessCheckIn { .. }))
        .unwrap_or_else(|| panic!("{}", page.html()));
    assert!(
        matches!(&check_in.kind, LogKind::SorenessCheckIn { after: Some(id), .. } if id.as_str() == "log-general"),
        "{check_in:?}"
    );

    page.choose("add-choice", "soreness");
    page.choose("add-after", "");
    page.type_into("add-level", "7");
    page.submit_from("add-level");
    let after_race = page
        .document()
        .log
        .into_iter()
        .filter(|entry| matches!(entry.kind, LogKind::SorenessCheckIn { .. }))
        .find(|entry| matches!(entry.kind, LogKind::SorenessCheckIn { level: 7, .. }))
        .unwrap();
    assert!(matches!(
        after_race.kind,
        LogKind::SorenessCheckIn { after: None, .. }
    ));
}

#[test]
fn log_your_first_session_opens_the_form_and_its_summary_toggles_it() {
    let mut page = crate::support::events::Page::open("/log", Document::default(), clock());
    let form_open = |html: &str| html.contains(r#"<details class="card" id="add-entry" open=true"#);
    assert!(!form_open(&page.html()), "closed at first");
    page.click("log-first-session");
    assert!(form_open(&page.html()), "{}", page.html());
    page.click("add-entry-summary");
    assert!(!form_open(&page.html()), "the summary closes it again");
    page.click("add-entry-summary");
    assert!(form_open(&page.html()));
}

/// Five years of daily home care: the Log draws the newest page, says how many there are, and
/// "Show older" draws the next page; an entry added from the form is at the top at once.
#[test]
fn a_long_history_opens_at_its_newest_page_and_shows_older_entries_on_request() {
    use crate::support::events::Page;
    /// The Log's page of entries.
    const PAGE: usize = 30;
    let mut document = Document::default();
    for day in 0..1_826 {
        document.log.push(entry(
            &format!("log-{day:04}"),
            24 * day + 2,
            LogKind::SelfMassage {
                routine_name: "Calf roll".into(),
                seconds: 300,
            },
        ));
    }
    let mut page = Page::open("/log", document, clock());
    let drawn = |page: &Page| page.html().matches("class=\"card log-entry\"").count();
    assert_eq!(drawn(&page), PAGE);
    let html = page.html();
    assert!(html.contains(r#"id="delete-log-0000""#), "the newest first");
    assert!(!html.contains(r#"id="delete-log-0030""#));
    assert!(
        html.contains("Showing the latest 30 of 1826 entries."),
        "{html}"
    );

    page.click("log-more");
    assert_eq!(drawn(&page), 2 * PAGE);
    assert!(page.html().contains(r#"id="delete-log-0059""#));
    assert!(page
        .html()
        .contains("Showing the latest 60 of 1826 entries."));

    page.choose("add-choice", "self_massage");
    page.type_into("add-routine", "Hamstring roll");
    page.type_into("add-minutes", "6");
    page.submit_from("add-minutes");
    let html = page.html();
    let newest = html.find("Hamstring roll").expect("the new entry is drawn");
    let next = html.find("Calf roll").unwrap();
    assert!(newest < next, "the new entry is the first in the list");
    assert_eq!(page.document().log.len(), 1_827);
}

/// The Log, its form and its insights in German; what the form stores keeps its keys, and a
/// self-massage left unnamed is stored under the English name it has always had.
#[test]
fn the_log_speaks_german_and_stores_the_same_entries() {
    use crate::support::events::Page;
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    let mut page = Page::open("/log", speaking(seeded(), Language::German), clock());
    let shown = page.html();
    page.choose("add-choice", "soreness");
    let soreness = page.html();
    page.type_into("add-level", "4");
    page.submit_from("add-level");
    let added = page.html();
    page.choose("add-choice", "self_massage");
    page.submit_from("add-minutes");
    page.click("delete-log-roll");
    let deleted = page.html();

    assert!(shown.contains("<h1>Tagebuch</h1>"), "{shown}");
    assert!(shown.contains("Eintrag hinzufügen"));
    assert!(shown.contains("Beim Profi · Kräftiger Druck"));
    assert!(
        shown.contains("Notizen: Tight left calf"),
        "the runner's notes as typed"
    );
    assert!(shown.contains("Sehne · seit "));
    assert!(shown.contains(" · noch nicht verheilt"));
    assert!(shown.contains(">Als verheilt markieren</button>"));
    assert!(shown.contains(r#"<label for="add-choice">Was möchtest du eintragen?</label>"#));
    assert!(shown.contains("Eine Massage, die ich bekommen habe"));
    assert!(shown.contains(
        r#"aria-label="Letzte 26 Wochen: 2 Einheiten (1 beim Profi, 1 zu Hause), in 2 von 26 Wochen.""#
    ));
    assert!(shown.contains("Serie zu Hause: 1 Woche."));
    assert!(shown.contains("Massagen beim Profi pro Trainingsblock"));
    for english in [
        "Add an entry",
        ">History<",
        "With a therapist",
        "Deep pressure",
        "still active",
        "Mark healed",
        "What to log",
        ">Insights<",
        "Home-care streak",
        "Train with a watch?",
    ] {
        assert!(
            !shown.contains(english),
            "{english} left in English: {shown}"
        );
    }
    assert!(soreness.contains("Nach welcher Massage?"), "{soreness}");
    assert!(soreness.contains("Keiner: nach einem Wettkampf oder einem harten Lauf"));
    assert!(soreness.contains("Muskelkater (0 = keiner, 10 = am schlimmsten)"));
    assert!(added.contains("In dein Tagebuch eingetragen."), "{added}");
    assert!(added.contains("<h3>Muskelkater-Check</h3>"));
    assert!(added.contains("Muskelkater 4/10, 24 h nach der Massage"));
    assert!(
        deleted.contains("Gelöscht: Selbstmassage vom "),
        "{deleted}"
    );

    let log = page.document().log;
    assert!(log.iter().any(|entry| matches!(
        entry.kind,
        LogKind::SorenessCheckIn {
            level: 4,
            hours_after: 24,
            ..
        }
    )));
    assert!(
        log.iter().any(|entry| matches!(
            &entry.kind,
            LogKind::SelfMassage { routine_name, .. } if routine_name == "Self-massage"
        )),
        "{log:?}"
    );
    let json = serde_json::to_string(&log).unwrap();
    assert!(json.contains(r#""type":"soreness_check_in""#), "{json}");
    assert!(json.contains(r#""tissue":"tendon""#), "{json}");
}
