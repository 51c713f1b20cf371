//! The one door to the device features written in JavaScript (`assets/web/device.js`): a named
//! feature and its arguments go in, nothing comes back.
//!
//! On the web the page loads `device.js` as a plain script and the call goes through a
//! wasm-bindgen import, so the page's Content-Security-Policy never has to allow `eval`. The
//! desktop and phone webviews have no such policy: there the same scripts run through Dioxus'
//! `eval` before each call (each defines itself only once).

use serde_json::Value;

/// Runs `feature` of `device.js` with `args` (a JSON array); a device that lacks the feature
/// stays quiet.
pub fn call(feature: &str, args: Value) {
    let args = args.to_string();
    #[cfg(target_arch = "wasm32")]
    {
        // An error here means device.js did not load: the cue is lost, the timer goes on.
        let _ = web::call(feature, &args);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let quote = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
        let script = format!(
            "{DEVICE_JS}\nfreshLegsDevice.call({}, {});",
            quote(feature),
            quote(&args)
        );
        // Nothing to wait for: the feature either works or the device cannot do it.
        let _ = dioxus::document::eval(&script);
    }
}

/// Every script of `assets/web` that defines device features, `device.js` first (it makes the
/// registry the others add to), as the web page loads them.
#[cfg(not(target_arch = "wasm32"))]
const DEVICE_JS: &str = concat!(
    include_str!("../../../assets/web/device.js"),
    "\n",
    include_str!("../../../assets/web/screen.js"),
    "\n",
    include_str!("../../../assets/web/share.js"),
);

/// Runs `feature` of the web page's scripts and returns its answer; `None` where it has none (or
/// off the web, where the features that answer do not exist).
#[cfg(target_arch = "wasm32")]
pub fn ask(feature: &str, args: Value) -> Option<String> {
    web::ask(feature, &args.to_string())
        .ok()
        .filter(|answer| !answer.is_empty())
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// `freshLegsDevice.call`, defined by `device.js`, which index.html loads first.
        #[wasm_bindgen(js_namespace = freshLegsDevice, catch)]
        pub fn call(feature: &str, args_json: &str) -> Result<(), JsValue>;

        /// `freshLegsDevice.ask`: like `call`, with the feature's answer as text.
        #[wasm_bindgen(js_namespace = freshLegsDevice, catch)]
        pub fn ask(feature: &str, args_json: &str) -> Result<String, JsValue>;
    }
}
