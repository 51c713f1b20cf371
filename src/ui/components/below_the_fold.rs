//! What a screen shows below its first view, drawn just after its top.

use crate::ui::platform::frames;
use dioxus::prelude::*;

/// Whether the screen's first frame has been painted: false in the render that opens the screen
/// (in the web build only, see `frames::DRAWS_TOP_FIRST`), true from the task after that paint.
/// Call it in the screen (or the list) whose lower part waits for it.
pub fn use_first_view_painted() -> Signal<bool> {
    let mut painted = use_signal(|| !frames::DRAWS_TOP_FIRST);
    use_hook(move || {
        if !*painted.peek() {
            spawn(async move {
                frames::after_next_paint().await;
                painted.set(true);
            });
        }
    });
    painted
}

/// Draws `children` in the task after the screen's first frame is painted, so the tap that
/// opened the screen is answered by its top at once and the forms, charts and older records
/// under it follow a moment later, before the runner can scroll to them (issue 30). Back to a
/// place down there still lands on it: `screen.js` waits for the page to grow to it. (A list
/// whose items cross the fold as it changes asks `use_first_view_painted` per item instead, so
/// an item keeps its state as it moves.)
#[component]
pub fn BelowTheFold(children: Element) -> Element {
    let painted = use_first_view_painted();
    if painted() {
        children
    } else {
        VNode::empty()
    }
}
