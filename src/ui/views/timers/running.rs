//! The routine in progress, for the whole app: the one [`Session`] lives in the shell, above the
//! screens, so a routine is never lost by navigating. A session stored before a reload is picked
//! up as the app opens (see `timer::snapshot`); leaving the player mid-routine asks first: keep
//! going in the background, or stop and log what was done.

use crate::core::routine::copy::routine_name;
use crate::core::timer::moment::Moment;
use crate::core::timer::snapshot::{Return, Snapshot};
use crate::core::words::{message, message_with, Arg};
use crate::ui::clock::use_clock;
use crate::ui::components::{use_toasts, Toasts};
use crate::ui::routes::Route;
use crate::ui::state::{use_app_state, use_document_update, StoreHandle};
use crate::ui::views::timers::session::{Parts, Session};
use dioxus::prelude::*;

/// Where the runner asked to go from the player while the routine plays.
#[derive(Debug, Clone, PartialEq)]
pub enum Leave {
    /// Back to the screen before the player (its Leave button, Escape on a keyboard).
    Back,
    /// A screen chosen in the navigation.
    To(Route),
}

/// The app's routine in progress, and the question asked on leaving its player.
#[derive(Clone, Copy)]
pub struct Running {
    pub session: Session,
    toasts: Toasts,
    /// Set while the player asks whether to keep going or stop.
    pub leaving: Signal<Option<Leave>>,
}

impl Running {
    /// Asks before going to `leave` while a routine plays; goes at once when none does.
    pub fn leave(mut self, leave: Leave) {
        if self.session.is_playing_now() {
            self.leaving.set(Some(leave));
        } else {
            go(leave);
        }
    }

    /// "Keep going in the background": the routine plays on, the bar on every screen leads back.
    pub fn keep_going(mut self) {
        if let Some(leave) = self.leaving.take() {
            go(leave);
        }
    }

    /// "Stop and log what I did": the part done goes to the log, and the runner is told so
    /// where they land.
    pub fn stop_and_leave(mut self) {
        let Some(leave) = self.leaving.take() else {
            return;
        };
        self.session.command(crate::core::timer::Timer::stop);
        if let Some(outcome) = self.session.outcome.peek().clone() {
            self.toasts.say_on_next_screen(outcome);
        }
        go(leave);
    }
}

fn go(leave: Leave) {
    let navigator = navigator();
    match leave {
        Leave::Back if navigator.can_go_back() => navigator.go_back(),
        Leave::Back => {
            navigator.push(Route::Timers {});
        }
        Leave::To(route) => {
            navigator.push(route);
        }
    }
}

/// Provides the app's session; the shell calls it once. A session stored before a reload goes on
/// where the clock says, or, after a long absence, waits paused for the runner to choose.
pub fn use_running_provider() -> Running {
    let clock = use_clock();
    let update = use_document_update();
    let store = use_context::<StoreHandle>();
    let state = use_app_state();
    let toasts = use_toasts();
    use_context_provider(|| {
        let session = Session::new(Parts {
            update,
            store: store.clone(),
            clock,
        });
        let stored = store
            .0
            .read_session()
            .and_then(|text| Snapshot::from_text(&text));
        if let Some(snapshot) = stored {
            let cue_prefs = state.peek().profile().cues;
            match snapshot.on_return(Moment::from(clock.now())) {
                Return::Continue => session.play(snapshot.routine, snapshot.timer, cue_prefs),
                Return::Ask { minutes_away } => {
                    let timer = snapshot.paused_where_left();
                    session.play(snapshot.routine, timer, cue_prefs);
                    let mut away = session.away;
                    away.set(Some(minutes_away));
                }
            }
        }
        Running {
            session,
            toasts,
            leaving: Signal::new(None),
        }
    })
}

/// The app's routine in progress.
pub fn use_running() -> Running {
    try_use_context::<Running>()
        .expect("use_running needs the shell above it: the routine in progress lives there")
}

/// The answers' ids, as expressions so component tests can find them.
const KEEP_GOING: &str = "leave-keep-going";
const STOP_AND_LOG: &str = "leave-stop";
const STAY: &str = "leave-stay";

/// "Leave the routine?" with its three answers, over the player.
#[component]
pub fn LeaveQuestion() -> Element {
    let running = use_running();
    let mut leaving = running.leaving;
    let name = running
        .session
        .routine
        .read()
        .as_ref()
        .map(routine_name)
        .unwrap_or_default();
    let heading = message_with("timers-leave-question", &[("routine", Arg::from(name))]);
    rsx! {
        div { class: "leave-question", role: "alertdialog", "aria-modal": "true",
            "aria-labelledby": "leave-heading", "aria-describedby": "leave-text",
            h2 { id: "leave-heading", "{heading}" }
            p { id: "leave-text",
                {message("timers-leave-text")}
            }
            div { class: "leave-answers",
                button { r#type: "button", class: "button primary big", id: KEEP_GOING,
                    onmounted: move |event| async move {
                        // The question takes the focus, so a keyboard or screen reader lands on it.
                        let _ = event.set_focus(true).await;
                    },
                    onclick: move |_| running.keep_going(),
                    {message("timers-keep-going")}
                }
                button { r#type: "button", class: "button big danger", id: STOP_AND_LOG,
                    onclick: move |_| running.stop_and_leave(),
                    {message("timers-stop-and-log")}
                }
                button { r#type: "button", class: "button big", id: STAY,
                    onclick: move |_| leaving.set(None),
                    {message("timers-stay")}
                }
            }
        }
    }
}
