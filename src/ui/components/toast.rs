//! Short messages about what just happened ("Deleted Riverside 10K." with Undo, "Stopped: 2:15
//! of massage logged"), shown where the runner is looking: just above the bottom bar, whatever
//! part of a long page is on screen, instead of at the top of it.
//!
//! One message at a time; a new one takes the place of the last. A message belongs to the screen
//! it was said on: another screen never shows it (its Undo acts on a screen that has gone).

use crate::core::words::message;
use crate::ui::routes::Route;
use dioxus::prelude::*;

/// A button on a message, such as Undo.
#[derive(Clone, PartialEq)]
pub struct ToastAction {
    /// The button's words, in the app's language.
    pub label: String,
    /// The button's `id`, so tests find it.
    pub id: &'static str,
    pub run: Callback<()>,
}

/// One message, and the screen it belongs to.
#[derive(Clone, PartialEq)]
struct Toast {
    text: String,
    action: Option<ToastAction>,
    /// The screen it was said on; `None` for the next screen other than `from`, which it then
    /// belongs to.
    route: Option<Route>,
    from: Route,
}

impl Toast {
    fn belongs_to(&self, shown: &Route) -> bool {
        match &self.route {
            Some(route) => route == shown,
            None => *shown != self.from,
        }
    }
}

/// Where screens put their messages; provided by the shell.
#[derive(Clone, Copy, PartialEq)]
pub struct Toasts {
    current: Signal<Option<Toast>>,
}

impl Toasts {
    /// Says `text` on the screen being shown.
    pub fn say(self, text: impl Into<String>) {
        self.show(text.into(), None);
    }

    /// Says `text` with a button (Undo) that runs `action`.
    pub fn say_with(self, text: impl Into<String>, action: ToastAction) {
        self.show(text.into(), Some(action));
    }

    /// Says `text` on the screen the runner is about to go to (going back is only done once the
    /// browser has moved, so the screen is not known yet).
    pub fn say_on_next_screen(mut self, text: impl Into<String>) {
        self.current.set(Some(Toast {
            text: text.into(),
            action: None,
            route: None,
            from: router().current::<Route>(),
        }));
    }

    /// Takes the message away, for instance once its Undo has been used.
    pub fn clear(mut self) {
        self.current.set(None);
    }

    fn show(mut self, text: String, action: Option<ToastAction>) {
        let route = router().current::<Route>();
        self.current.set(Some(Toast {
            text,
            action,
            route: Some(route.clone()),
            from: route,
        }));
    }
}

/// "Undo", in the app's language: the button a screen offers to take back what it just did.
pub fn undo_label() -> String {
    message("components-undo")
}

/// Provides the messages to every screen under the shell.
pub fn use_toasts_provider() -> Toasts {
    use_context_provider(|| Toasts {
        current: Signal::new(None),
    })
}

/// The messages, for a screen that has something to say.
pub fn use_toasts() -> Toasts {
    try_use_context::<Toasts>().expect("use_toasts needs the shell above it: it shows the messages")
}

/// The message of the screen being shown, with its button and a way to close it.
#[component]
pub fn ToastRegion() -> Element {
    let toasts = use_toasts();
    let route = use_route::<Route>();
    let mut current = toasts.current;
    // A message for the next screen belongs to the first one it is shown on.
    use_effect(use_reactive!(|route| {
        let pending = current
            .peek()
            .as_ref()
            .is_some_and(|toast| toast.route.is_none() && toast.from != route);
        if pending {
            if let Some(toast) = current.write().as_mut() {
                toast.route = Some(route);
            }
        }
    }));
    let shown = current
        .read()
        .clone()
        .filter(|toast| toast.belongs_to(&route));
    let close = message("components-close-message");
    rsx! {
        div { class: "toast-region", role: "status", "aria-live": "polite",
            if let Some(toast) = shown {
                div { class: "toast",
                    p { class: "toast-text", "{toast.text}" }
                    if let Some(action) = toast.action {
                        button { r#type: "button", class: "button toast-action", id: action.id,
                            onclick: move |_| action.run.call(()),
                            {action.label}
                        }
                    }
                    button { r#type: "button", class: "button toast-close", "aria-label": "{close}",
                        onclick: move |_| toasts.clear(),
                        "×"
                    }
                }
            }
        }
    }
}
