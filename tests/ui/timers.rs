//! The Timers feature rendered through the virtual DOM: catalogue, player, ticks, editor, Today.

use crate::support::{app_at, app_with_edits, html};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use dioxus::core::{ElementId, Mutation, NoOpMutations};
use dioxus::prelude::*;
use dioxus_html::{PlatformEventData, SerializedFormData, SerializedHtmlEventConverter};
use fresh_legs::core::body::{BodyArea, MassageTool, ToolsOwned};
use fresh_legs::core::log::{LogEntry, LogKind, Tissue};
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::catalog::{builtin_routines, HARD_BLOCK_TARGETED, PRE_RACE_FLUSH};
use fresh_legs::core::routine::{Pressure, Routine, Side, Step};
use fresh_legs::store::Document;
use fresh_legs::ui::clock::Clock;
use std::any::Any;
use std::rc::Rc;

/// The instant these tests run at (an early July morning): fixed, so no test depends on the real date.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 1, 6, 45, 0).unwrap()
}

/// Where the runner of these tests lives.
const ZONE: Tz = chrono_tz::UTC;

/// The app's clock for these tests: it reads [`now`] at the start and runs on from there.
fn clock() -> Clock {
    Clock::starting_at(now(), ZONE)
}

fn custom_routine() -> Routine {
    Routine {
        id: RecordId("routine-evening".into()),
        name: "Evening calves".into(),
        steps: vec![Step {
            muscle: BodyArea::Calves,
            tool: Some(MassageTool::Stick),
            side: Side::EachSide,
            seconds: 30,
            pressure: Pressure::MODERATE,
            instruction: String::new(),
        }],
        built_in: false,
        updated_at: now(),
    }
}

#[test]
fn the_catalogue_lists_every_routine_with_a_start_button_length_and_tools() {
    let mut document = Document::default();
    document.routines.push(custom_routine());
    let page = html(&app_at("/timers", document, None, clock()));
    assert!(page.contains("<h1>Timers</h1>"), "{page}");
    for routine in builtin_routines(ToolsOwned::default()) {
        assert!(
            page.contains(&format!("Start {}", routine.name)),
            "{}",
            routine.name
        );
    }
    assert!(page.contains("Start Evening calves"));
    assert!(page.contains("Massage stick"));
    // 30 s a side, a 5 s switch and the 5 s get-ready countdown.
    assert!(page.contains("1 min 10 s"), "{page}");
    assert!(page.contains(r#"aria-label="Move Evening calves up""#));
    assert!(page.contains(r#"aria-label="Duplicate Pre-race light flush""#));
    assert!(
        page.contains(r#"href="/timers""#),
        "the navigation links the screen"
    );
    assert!(page.contains("<span>Timers</span>"));
}

#[test]
fn self_massage_sessions_in_the_log_are_the_history() {
    let mut document = Document::default();
    document.log.push(LogEntry {
        id: RecordId("log-session".into()),
        updated_at: now(),
        at: now() - Duration::hours(3),
        kind: LogKind::SelfMassage {
            routine_name: "Post-race flush".into(),
            seconds: 610,
        },
    });
    let page = html(&app_at("/timers", document, None, clock()));
    assert!(page.contains(r#"aria-label="Session history""#), "{page}");
    assert!(page.contains("Post-race flush"));
    assert!(page.contains("10 min 10 s"));
    assert!(page.contains("1 session in the last 7 days."));
}

#[test]
fn the_player_shows_the_timer_controls_body_map_and_next_step() {
    let path = format!("/timers/play/{PRE_RACE_FLUSH}");
    let page = html(&app_at(&path, Document::default(), None, clock()));
    assert!(page.contains(r#"role="timer""#), "{page}");
    assert!(page.contains("0:05"), "the get-ready countdown: {page}");
    assert!(page.contains("Get ready"));
    assert!(page.contains("Next: Calves, left side, with the foam roller"));
    for button in [">Pause<", ">Skip step<", ">Previous step<", ">Stop<"] {
        assert!(page.contains(button), "{button}: {page}");
    }
    assert!(page.contains(r#"aria-label="Routine progress""#));
    assert!(page.contains("<progress"));
    assert!(page.contains(r#"role="img" aria-label="Body map""#));
    assert!(page.contains("step-ring"));
}

/// An injury to `area` that started two days ago and is still active.
fn injured_two_days(area: BodyArea, tissue: Tissue) -> LogEntry {
    LogEntry {
        id: RecordId("log-injury".into()),
        updated_at: now(),
        at: now(),
        kind: LogKind::Injury {
            area,
            tissue,
            started: now().date_naive() - Duration::days(2),
            resolved: None,
        },
    }
}

#[test]
fn the_player_leaves_out_injured_areas() {
    let mut document = Document::default();
    document
        .log
        .push(injured_two_days(BodyArea::Calves, Tissue::Muscle));
    let page = html(&app_at(
        &format!("/timers/play/{PRE_RACE_FLUSH}"),
        document,
        None,
        clock(),
    ));
    assert!(
        page.contains(
            "Because of your injured calves: no calves steps; hamstrings kept light (3–4 of 10)."
        ),
        "{page}"
    );
    assert!(page.contains("Next: Hamstrings, left side"), "{page}");
}

#[test]
fn an_injured_achilles_takes_the_calf_work_out_of_the_player_and_says_why() {
    let mut document = Document::default();
    document.profile.tools.stick = true;
    document
        .log
        .push(injured_two_days(BodyArea::Achilles, Tissue::Tendon));
    let page = html(&app_at(
        &format!("/timers/play/{HARD_BLOCK_TARGETED}"),
        document,
        None,
        clock(),
    ));
    assert!(
        page.contains("Because of your injured Achilles: no calves steps."),
        "{page}"
    );
    // The first step is the hamstrings, on the stick the runner owns.
    assert!(page.contains("Hamstrings"), "{page}");
    assert!(!page.contains("<dd>Calves</dd>"), "{page}");
}

/// A running tick changes the step time, its ring and the routine bar, and nothing else.
#[tokio::test]
async fn one_running_tick_costs_at_most_three_dom_changes() {
    let mut dom = app_at(
        &format!("/timers/play/{PRE_RACE_FLUSH}"),
        Document::default(),
        None,
        clock(),
    );
    // Whatever the first render left queued (mount events, effects) is not a tick.
    dom.render_immediate(&mut NoOpMutations);
    let mut time_changed = false;
    let mut ring_moved = false;
    let mut most = 0;
    // Five quarter-second ticks cross a whole second, so one of them also changes the digits.
    for tick in 0..5 {
        tokio::time::timeout(std::time::Duration::from_secs(2), dom.wait_for_work())
            .await
            .expect("the ticker wakes within a quarter second");
        let edits = dom.render_immediate_to_vec().edits;
        most = most.max(edits.len());
        assert!(
            edits.len() <= 3,
            "tick {tick}: {} changes: {edits:?}",
            edits.len()
        );
        assert!(
            edits.iter().all(|edit| matches!(
                edit,
                Mutation::SetText { .. } | Mutation::SetAttribute { .. }
            )),
            "tick {tick} only updates text and attributes: {edits:?}"
        );
        ring_moved |= edits.iter().any(
            |edit| matches!(edit, Mutation::SetAttribute { name, .. } if *name == "stroke-dashoffset"),
        );
        time_changed |= edits
            .iter()
            .any(|edit| matches!(edit, Mutation::SetText { value, .. } if value == "0:04"));
    }
    assert!(ring_moved, "the step ring follows the time");
    assert!(time_changed, "the shown time went from 0:05 to 0:04");
    // Read by scripts/bench.sh for its table.
    println!("render cost: running timer tick: at most {most} DOM changes");
}

fn listener(edits: &[Mutation], event: &str) -> ElementId {
    edits
        .iter()
        .find_map(|edit| match edit {
            Mutation::NewEventListener { name, id } if name == event => Some(*id),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {event} listener"))
}

#[test]
fn saving_a_routine_without_a_name_says_so_beside_the_field() {
    dioxus::html::set_event_converter(Box::new(SerializedHtmlEventConverter));
    let (mut dom, edits) = app_with_edits("/timers/edit/new", Document::default(), clock());
    let page = html(&dom);
    assert!(
        page.contains(r#"<label for="routine-name">Routine name</label>"#),
        "{page}"
    );
    assert!(page.contains(r#"aria-label="Move step 1 up""#));
    assert!(page.contains(r#"aria-label="Remove step 1""#));
    let submit = listener(&edits, "submit");
    let data = SerializedFormData::new(String::new(), Vec::new());
    let event = Event::new(
        Rc::new(PlatformEventData::new(Box::new(data))) as Rc<dyn Any>,
        true,
    );
    dom.runtime().handle_event("submit", event, submit);
    dom.render_immediate(&mut NoOpMutations);
    let page = html(&dom);
    assert!(page.contains("Give the routine a name."), "{page}");
    assert!(
        page.contains(r#"id="routine-name-error""#),
        "beside its field: {page}"
    );
    assert!(page.contains("Not saved: please fix the fields marked below."));
}

#[test]
fn today_offers_the_routine_that_fits_race_week() {
    let mut document = Document::default();
    document.races.push(Race {
        id: RecordId("race-seeded".into()),
        name: "Harbour Half".into(),
        date: (now() + Duration::days(2)).date_naive(),
        start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        time_zone: chrono_tz::UTC,
        distance_km: 21.1,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor: true,
        notes: String::new(),
        updated_at: now(),
    });
    let page = html(&app_at("/", document, None, clock()));
    assert!(page.contains("Start Pre-race light flush"), "{page}");
}

/// One of the runner's own routines with `id` and `name`.
fn own(id: &str, name: &str) -> Routine {
    Routine {
        id: RecordId(id.into()),
        name: name.into(),
        ..custom_routine()
    }
}

#[test]
fn a_built_in_is_duplicated_into_an_editable_routine_of_the_runners_own() {
    let mut page = crate::support::events::Page::open("/timers", Document::default(), clock());
    page.click(&format!("duplicate-{PRE_RACE_FLUSH}"));
    let routines = page.document().routines;
    assert_eq!(routines.len(), 1, "{routines:?}");
    assert_eq!(routines[0].name, "Copy of Pre-race light flush");
    assert!(!routines[0].built_in);
    assert_ne!(routines[0].id.as_str(), PRE_RACE_FLUSH);
    assert_eq!(
        routines[0].steps,
        builtin_routines(ToolsOwned::default())[0].steps
    );
}

#[test]
fn the_runners_routines_move_up_and_down_and_are_deleted_after_a_confirmation() {
    let document = Document {
        routines: vec![own("routine-a", "Alpha"), own("routine-b", "Bravo")],
        ..Document::default()
    };
    let mut page = crate::support::events::Page::open("/timers", document, clock());
    let order = |page: &crate::support::events::Page| -> Vec<String> {
        page.document()
            .routines
            .iter()
            .map(|r| r.name.clone())
            .collect()
    };
    page.click("up-routine-b");
    assert_eq!(order(&page), ["Bravo", "Alpha"]);
    page.click("down-routine-b");
    assert_eq!(order(&page), ["Alpha", "Bravo"]);

    let mut editor =
        crate::support::events::Page::open("/timers/edit/routine-a", page.document(), clock());
    editor.click("delete-routine");
    assert_eq!(
        editor.document().routines.len(),
        2,
        "the first press only asks"
    );
    assert!(
        editor.html().contains("Yes, delete Alpha"),
        "{}",
        editor.html()
    );
    editor.click("delete-routine");
    let left = editor.document();
    assert_eq!(left.routines.len(), 1);
    assert_eq!(left.routines[0].name, "Bravo");
    assert!(left
        .tombstones
        .iter()
        .any(|stone| stone.id.as_str() == "routine-a"));
}

#[test]
fn the_editor_says_why_a_full_routine_takes_no_more_steps() {
    let mut document = Document::default();
    let mut full = custom_routine();
    full.steps = vec![full.steps[0].clone(); fresh_legs::core::routine::MAX_STEPS];
    document.routines.push(full);
    let page = html(&app_at(
        "/timers/edit/routine-evening",
        document,
        None,
        clock(),
    ));
    assert!(
        page.contains("A routine holds at most 50 steps; remove one to add another."),
        "{page}"
    );
    assert!(page.contains(r#"aria-describedby="step-limit""#), "{page}");
}

/// In German the screens and the player read German, while a built-in routine keeps its English
/// name and steps where it is stored: the runner's copy of it.
#[test]
fn timers_speak_german_and_store_built_in_routines_in_english() {
    use crate::support::events::Page;
    use crate::support::words::speaking;
    use fresh_legs::core::words::Language;
    let mut page = Page::open(
        "/timers",
        speaking(Document::default(), Language::German),
        clock(),
    );
    let list = page.html();
    page.click(&format!("duplicate-{PRE_RACE_FLUSH}"));
    let path = format!("/timers/play/{PRE_RACE_FLUSH}");
    let player = html(&app_at(
        &path,
        speaking(Document::default(), Language::German),
        None,
        clock(),
    ));
    let editor = html(&app_at(
        "/timers/edit/new",
        speaking(Document::default(), Language::German),
        None,
        clock(),
    ));

    assert!(list.contains("<h1>Timer</h1>"), "{list}");
    assert!(list.contains(">Leichte Lockerung vor dem Wettkampf starten<"));
    assert!(list.contains(r#"aria-label="Leichte Lockerung vor dem Wettkampf kopieren""#));
    assert!(list.contains("Faszienrolle"));
    assert!(list.contains(">Vorgegeben<"));
    assert!(list.contains("Hier erscheinen deine beendeten und abgebrochenen Einheiten."));
    assert!(list.contains(">Meine Programme exportieren<"));
    assert!(player.contains("Mach dich bereit"), "{player}");
    assert!(player.contains("Als Nächstes: Waden, linke Seite, mit der Faszienrolle"));
    for button in [">Pause<", ">Schritt vor<", ">Schritt zurück<", ">Beenden<"] {
        assert!(player.contains(button), "{button}: {player}");
    }
    assert!(player.contains("Leichte Lockerung vor dem Wettkampf · 8 Schritte"));
    assert!(player.contains(r#"aria-label="Fortschritt des Programms""#));
    assert!(editor.contains("Neues Programm"), "{editor}");
    assert!(editor.contains(">Name des Programms<"));
    assert!(editor.contains("Sekunden pro Seite"));
    assert!(editor.contains(">Oberschenkelrückseite<"));
    for english in [
        "Start ",
        "Built in",
        "Session history",
        "Skip step",
        "Routine name",
    ] {
        for (screen, text) in [("list", &list), ("player", &player), ("editor", &editor)] {
            assert!(
                !text.contains(english),
                "{english} left in English on the {screen}: {text}"
            );
        }
    }
    let routines = page.document().routines;
    assert_eq!(routines[0].name, "Copy of Pre-race light flush");
    assert_eq!(
        routines[0].steps,
        builtin_routines(ToolsOwned::default())[0].steps,
        "the copy's steps keep their English instructions"
    );
}
