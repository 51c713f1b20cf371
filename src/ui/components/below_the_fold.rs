//! What a screen shows below its first view, drawn just after its top.

use crate::ui::platform::frames;
use dioxus::prelude::*;

/// Draws `children` in the task after the screen's first frame is painted, so the tap that
/// opened the screen is answered by its top at once and the forms, charts and older records
/// under it follow a moment later, before the runner can scroll to them (issue 30; in the web
/// build only, see `frames::DRAWS_TOP_FIRST`). Back to a place down there still lands on it:
/// `screen.js` waits for the page to grow to it.
#[component]
pub fn BelowTheFold(children: Element) -> Element {
    let mut drawn = use_signal(|| !frames::DRAWS_TOP_FIRST);
    use_hook(move || {
        if !*drawn.peek() {
            spawn(async move {
                frames::after_next_paint().await;
                drawn.set(true);
            });
        }
    });
    if drawn() {
        children
    } else {
        VNode::empty()
    }
}
