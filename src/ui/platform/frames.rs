//! Waiting for the screen to show what the app just drew, so a screen can draw its top first
//! and the rest just after (`components::BelowTheFold`).

/// Whether screens draw what lies below their first view a frame after their top. Only the web
/// build does: a whole screen drawn at once in WebAssembly on a phone's CPU is what makes a tap
/// feel slow (issue 30). The desktop and phone builds run native code and draw it all at once,
/// as do the component tests.
pub const DRAWS_TOP_FIRST: bool = cfg!(all(target_arch = "wasm32", feature = "web"));

/// Resolves in the task after the next frame is painted: the top of a screen is on the glass by
/// then. (An animation frame's callback runs just before that frame's paint; the timeout it sets
/// runs after it.)
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub async fn after_next_paint() {
    // A page without animation frames (a hidden tab) rejects nothing: the promise waits for the
    // tab to show, which is when drawing the rest is wanted anyway.
    let _ = web::after_next_paint().await;
}

/// Off the web everything is drawn at once (`DRAWS_TOP_FIRST`), so nothing waits for this.
#[cfg(not(all(target_arch = "wasm32", feature = "web")))]
pub async fn after_next_paint() {}

#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod web {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "export function afterNextPaint() { \
        return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); }")]
    extern "C" {
        #[wasm_bindgen(js_name = afterNextPaint)]
        pub async fn after_next_paint() -> JsValue;
    }
}
