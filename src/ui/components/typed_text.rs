//! The text of a field belongs to the field while the runner types: a keystroke changes the
//! draft, never the DOM.
//!
//! A rendered `value` is written into the DOM with the text of the keystroke that caused the
//! render. On the desktop each keystroke makes a round trip to the app, so a letter typed
//! meanwhile was written over by that older text ("Spring Half Marathon" became "SpinHa Matn").
//! So a field writes its `value` only when the draft changes from outside the field (a form
//! cleared after a save, a race loaded for editing, a preset distance, a setting from another
//! window); a keystroke does not render the field at all, and a render for another reason (an
//! error message that comes or goes as the runner types) leaves the `value` as it was.

use dioxus::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// What the field knows of its text.
struct Sync {
    /// The latest text: typed here, or put in the draft from outside.
    latest: String,
    /// What the DOM holds: the last text typed, or the last `value` written.
    dom: String,
    /// The `value` attribute as last rendered.
    shown: String,
    /// How many times the draft changed from outside.
    outside: u64,
    /// How many outside changes the rendered `value` has taken in.
    taken: u64,
}

/// The field's side of its draft text.
#[derive(Clone)]
pub struct TypedText {
    sync: Rc<RefCell<Sync>>,
    text: WriteSignal<String>,
}

impl TypedText {
    /// Takes a keystroke: the draft gets the text, and the field is not rendered for it.
    pub fn typed(&self, value: String) {
        {
            let mut sync = self.sync.borrow_mut();
            sync.latest.clone_from(&value);
            sync.dom.clone_from(&value);
        }
        let mut text = self.text;
        text.set(value);
    }
}

/// Binds a field to `text` (a draft's field, or a signal of the field's own) and returns the
/// `value` attribute to render, which the field must render under the literal name `"value"`:
/// Dioxus writes its built-in `value` into the DOM at every render of the element, the literal
/// only when it changes. The calling component renders again when `text` changes from outside.
pub fn use_typed_text(text: WriteSignal<String>) -> (String, TypedText) {
    let sync = use_hook(|| {
        let start = text.peek().clone();
        Rc::new(RefCell::new(Sync {
            latest: start.clone(),
            dom: start.clone(),
            shown: start,
            outside: 0,
            taken: 0,
        }))
    });
    // Counts the changes that did not come from this field's keystrokes: reading it subscribes
    // the field to those alone.
    let outside_changes = use_memo({
        let sync = sync.clone();
        move || {
            let current = text.read();
            let mut sync = sync.borrow_mut();
            if *current != sync.latest {
                sync.latest.clone_from(&current);
                sync.outside += 1;
            }
            sync.outside
        }
    });
    let changes = outside_changes();
    let shown = {
        let mut sync = sync.borrow_mut();
        if changes != sync.taken {
            if sync.latest == sync.shown && sync.dom != sync.shown {
                // The draft went back to the `value` already rendered (a form cleared after a
                // save): rendering it again would write nothing. So this render states the text
                // the DOM holds, which changes nothing on screen, and the next writes the draft's.
                sync.shown = sync.dom.clone();
                dioxus::core::needs_update();
            } else {
                sync.shown = sync.latest.clone();
                sync.dom = sync.latest.clone();
                sync.taken = changes;
            }
        }
        sync.shown.clone()
    };
    (
        shown,
        TypedText {
            sync: sync.clone(),
            text,
        },
    )
}
