//! Where a screen opens: at its top for a new visit, where it was left after Back (`screen.js`).

use crate::ui::platform::device;

/// Tells the page a new screen is showing, so it can set the scroll position for it.
pub fn opened() {
    device::call("screen-opened", serde_json::json!([]));
}
