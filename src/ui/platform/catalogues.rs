//! The words of the languages the web build leaves out of its start-up download. Each is one
//! file of the app's own origin (`/languages/<code>.ftl`, written by `scripts/build-web.sh`
//! from `i18n/`), fetched when the runner's language needs it and kept by the service worker
//! with the app's other files, so it is there offline too. Nothing goes to another site.

use crate::core::words::{Catalogue, Language};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "export async function fetchText(url) { \
    const response = await fetch(url); \
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`); \
    return response.text(); }")]
extern "C" {
    #[wasm_bindgen(js_name = fetchText, catch)]
    async fn fetch_text(url: &str) -> Result<JsValue, JsValue>;
}

/// `language`'s words, with English behind any message its file lacks; why not, if the file
/// could not be had.
pub async fn fetch(language: Language) -> Result<Catalogue, String> {
    let url = format!("/languages/{}.ftl", language.code());
    let said = |error: JsValue| error.as_string().unwrap_or_else(|| format!("{error:?}"));
    let text = fetch_text(&url).await.map_err(said)?;
    let text = text
        .as_string()
        .ok_or_else(|| format!("{url} is not text"))?;
    Ok(Catalogue::from_files(language, &[text]))
}
