//! The player picks a stored session up after a reload, asks after a long absence, and logs the
//! part done of a session left behind.

use crate::support::events::Page;
use crate::support::MemoryBackend;
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::body::ToolsOwned;
use fresh_legs::core::routine::catalog::{builtin, FULL_BODY, PRE_RACE_FLUSH};
use fresh_legs::core::routine::Pacing;
use fresh_legs::core::timer::moment::Moment;
use fresh_legs::core::timer::snapshot::Snapshot;
use fresh_legs::core::timer::Timer;
use fresh_legs::store::{Document, Loaded, Revision};
use fresh_legs::ui::clock::Clock;
use std::rc::Rc;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 7, 0, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::UTC)
}

/// A session of `id` started `started_ago` before now and stored `stored_ago` before now.
fn stored(id: &str, started_ago: i64, stored_ago: i64) -> String {
    let routine = builtin(id, ToolsOwned::default()).unwrap();
    let mut timer = Timer::for_routine(&routine, Pacing::default());
    timer.start(Moment::from(now() - Duration::seconds(started_ago)));
    let saved_at = Moment::from(now() - Duration::seconds(stored_ago));
    timer.advance(saved_at);
    Snapshot {
        routine,
        timer,
        saved_at,
    }
    .to_text()
}

fn open(store: &Rc<MemoryBackend>, id: &str) -> Page {
    let loaded = Loaded {
        document: Document::default(),
        notice: None,
        read_only: false,
        revision: Revision::NOTHING,
    };
    Page::open_loaded(
        &format!("/timers/play/{id}"),
        loaded,
        store.clone(),
        clock(),
    )
}

#[test]
fn a_reload_mid_routine_resumes_where_the_clock_says() {
    let store = Rc::new(MemoryBackend::default());
    *store.session.borrow_mut() = Some(stored(PRE_RACE_FLUSH, 20, 3));
    let html = open(&store, PRE_RACE_FLUSH).html();
    // 20 s in: past the 5 s countdown, 15 s into the 45 s left calf.
    assert!(
        html.contains(r#"class="player-title">Calves</h1>"#),
        "{html}"
    );
    assert!(html.contains("0:30"), "30 s left on the step: {html}");
    assert!(!html.contains(">Get ready<"), "{html}");
}

#[test]
fn after_a_long_absence_the_player_asks_to_resume_or_stop() {
    let store = Rc::new(MemoryBackend::default());
    *store.session.borrow_mut() = Some(stored(PRE_RACE_FLUSH, 20 + 600, 600));
    let html = open(&store, PRE_RACE_FLUSH).html();
    assert!(
        html.contains("You left this routine 10 minutes ago"),
        "{html}"
    );
    // Waiting paused where it was left: Resume goes on from there, Stop logs the part done.
    assert!(html.contains(">Resume</button>"), "{html}");
    assert!(html.contains(">Stop</button>"), "{html}");
    assert!(
        html.contains("0:30"),
        "paused 15 s into the 45 s step: {html}"
    );
}

#[test]
fn a_routine_in_progress_shows_on_every_screen_after_a_reload() {
    let store = Rc::new(MemoryBackend::default());
    *store.session.borrow_mut() = Some(stored(PRE_RACE_FLUSH, 20, 3));
    let loaded = Loaded {
        document: Document::default(),
        notice: None,
        read_only: false,
        revision: Revision::NOTHING,
    };
    let page = Page::open_loaded("/", loaded, store.clone(), clock());
    let html = page.html();
    assert!(html.contains(r#"id="running-bar""#), "{html}");
    assert!(html.contains("Pre-race light flush"), "{html}");
    assert!(html.contains("Calves, left side"), "{html}");
    assert!(
        html.contains(&format!(r#"href="/timers/play/{PRE_RACE_FLUSH}""#)),
        "one tap back to the player: {html}"
    );
    assert!(page.document().log.is_empty(), "nothing was stopped");
}

#[test]
fn opening_another_routine_asks_before_stopping_the_one_in_progress() {
    let store = Rc::new(MemoryBackend::default());
    // 65 s into the full-body session when stored: 5 s countdown, then 60 s of massage.
    *store.session.borrow_mut() = Some(stored(FULL_BODY, 65, 0));
    let mut page = open(&store, PRE_RACE_FLUSH);
    let html = page.html();
    assert!(
        html.contains("Full-body session is still in progress"),
        "{html}"
    );
    assert!(page.document().log.is_empty(), "nothing is stopped unasked");
    page.click("other-stop-and-start");
    let log = page.document().log;
    assert_eq!(log.len(), 1, "{log:?}");
    assert!(
        matches!(
            &log[0].kind,
            fresh_legs::core::log::LogKind::SelfMassage { routine_name, seconds: 60 } if routine_name == "Full-body session"
        ),
        "{log:?}"
    );
    let html = page.html();
    assert!(
        html.contains(">Get ready<"),
        "the new routine starts: {html}"
    );
    assert!(html.contains("Stopped: 1:00 of massage added"), "{html}");
}

#[test]
fn leaving_the_player_asks_and_keep_going_leaves_the_routine_playing() {
    let store = Rc::new(MemoryBackend::default());
    *store.session.borrow_mut() = Some(stored(PRE_RACE_FLUSH, 25, 0));
    let mut page = open(&store, PRE_RACE_FLUSH);
    page.click("player-leave");
    let html = page.html();
    assert!(html.contains("Leave Pre-race light flush?"), "{html}");
    assert!(
        html.contains(">Keep going in the background</button>"),
        "{html}"
    );
    assert!(html.contains(">Stop and log what I did</button>"), "{html}");
    page.click("leave-keep-going");
    let html = page.html();
    assert!(html.contains(r#"id="running-bar""#), "{html}");
    assert!(!html.contains("Leave Pre-race light flush?"), "{html}");
    assert!(
        page.document().log.is_empty(),
        "nothing logged: it plays on"
    );
    assert!(
        store.session.borrow().is_some(),
        "still stored for a reload"
    );
}

#[test]
fn stop_and_log_what_i_did_logs_the_part_done_and_says_so() {
    let store = Rc::new(MemoryBackend::default());
    *store.session.borrow_mut() = Some(stored(PRE_RACE_FLUSH, 25, 0));
    let mut page = open(&store, PRE_RACE_FLUSH);
    page.click("player-leave");
    page.click("leave-stop");
    let saved = store
        .current
        .borrow()
        .clone()
        .expect("the part done was saved");
    assert!(saved.contains("\"self_massage\""), "{saved}");
    assert!(
        saved.contains("\"seconds\":20"),
        "20 s of massage after the countdown: {saved}"
    );
    assert_eq!(*store.session.borrow(), None, "nothing is left to resume");
    let html = page.html();
    assert!(!html.contains(r#"id="running-bar""#), "{html}");
    assert!(html.contains("Stopped: 0:20 of massage added"), "{html}");
}
