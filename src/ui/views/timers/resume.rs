//! Opening the player: a session stored before a reload goes on where the clock says, or, after
//! a long absence, the runner chooses "Resume" or "Stop"; a stored session of another routine is
//! logged for the part done and forgotten.

use crate::core::routine::Routine;
use crate::core::timer::moment::Moment;
use crate::core::timer::snapshot::{Return, Snapshot};
use crate::core::timer::Timer;
use crate::ui::clock::use_clock;
use crate::ui::state::{use_document_update, StoreHandle};
use crate::ui::views::timers::player::SessionView;
use crate::ui::views::timers::session::{log_left_behind, Parts};
use dioxus::prelude::*;

/// How a session begins.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    Fresh,
    /// From a timer read back or chosen after asking.
    From(Timer),
}

/// The player for `routine` (id `id`), picking up a stored session of it if there is one.
#[component]
pub fn ResumeOrStart(id: String, routine: Routine, note: Option<String>) -> Element {
    let clock = use_clock();
    let update = use_document_update();
    let store = use_context::<StoreHandle>();
    // Read once, on opening the player; from then on the session itself keeps the store current.
    let saved = use_hook(|| {
        let snapshot = store
            .0
            .read_session()
            .and_then(|text| Snapshot::from_text(&text))?;
        if snapshot.routine.id.as_str() == id {
            return Some(snapshot);
        }
        log_left_behind(
            &snapshot,
            &Parts {
                update,
                store: store.clone(),
                clock,
            },
        );
        None
    });
    let chosen = use_signal(|| None::<Start>);
    let now = Moment::from(clock.now());
    let (routine, start) = match (chosen(), saved) {
        (Some(start), Some(snapshot)) => (snapshot.routine, start),
        (Some(start), None) => (routine, start),
        (None, Some(snapshot)) => match snapshot.on_return(now) {
            Return::Continue => (snapshot.routine.clone(), Start::From(snapshot.timer)),
            Return::Ask { minutes_away } => {
                return rsx! { AskToResume { snapshot, minutes_away, chosen } };
            }
        },
        (None, None) => (routine, Start::Fresh),
    };
    rsx! {
        SessionView { key: "{id}", routine, note, start }
    }
}

/// "Resume or stop?" for a routine that ran on unattended.
#[component]
fn AskToResume(snapshot: Snapshot, minutes_away: i64, chosen: Signal<Option<Start>>) -> Element {
    let clock = use_clock();
    let resume = {
        let snapshot = snapshot.clone();
        move |_| {
            let mut timer = snapshot.paused_where_left();
            timer.resume(Moment::from(clock.now()));
            chosen.set(Some(Start::From(timer)));
        }
    };
    let stop = {
        let snapshot = snapshot.clone();
        move |_| chosen.set(Some(Start::From(snapshot.stopped_where_left())))
    };
    let away = crate::core::validation::count(minutes_away, "minute", "minutes");
    rsx! {
        h1 { "{snapshot.routine.name}" }
        p { role: "status", "You left this routine {away} ago, part way through. Resume where you were, or stop and log what you did?" }
        div { class: "player-controls",
            button { class: "button primary big", onclick: resume, "Resume" }
            button { class: "button big", onclick: stop, "Stop and log what I did" }
        }
    }
}
