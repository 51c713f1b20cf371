//! Which language the app speaks: the device's first language it has words for, unless the
//! runner chooses one in Settings; the choice changes every screen at once, is saved with the
//! profile, and an export carries no words of the language it was made in.

use crate::support::events::Page;
use crate::support::words::{in_language, speaking};
use crate::support::{html, MemoryBackend};
use chrono::{DateTime, TimeZone, Utc};
use dioxus::prelude::*;
use fresh_legs::core::log::{LogEntry, LogKind};
use fresh_legs::core::profile::LanguageChoice;
use fresh_legs::core::record::RecordId;
use fresh_legs::core::words::Language;
use fresh_legs::store::export::export_text;
use fresh_legs::store::{Document, Loaded, Revision};
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::state::StoreHandle;
use fresh_legs::ui::{AppWithData, AppWithDataProps};
use std::rc::Rc;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 4, 9, 0, 0).unwrap()
}

fn clock() -> Clock {
    Clock::starting_at(now(), chrono_tz::Europe::Paris)
}

/// The app at `path` on a device whose languages are `device`, most wanted first.
fn on_device(path: &str, document: Document, device: &[&str]) -> String {
    let mut dom = VirtualDom::new_with_props(
        AppWithData,
        AppWithDataProps {
            loaded: Loaded {
                document,
                notice: None,
                read_only: false,
                revision: Revision::NOTHING,
            },
            store: StoreHandle(Rc::new(MemoryBackend::default())),
            clock: clock(),
            initial_path: Some(path.to_string()),
            device_languages: device.iter().map(|tag| tag.to_string()).collect(),
        },
    );
    dom.rebuild_in_place();
    html(&dom)
}

#[test]
fn a_device_set_to_french_opens_in_french() {
    let page = on_device("/", Document::default(), &["fr-FR", "en-US"]);
    assert!(page.contains(r#"lang="fr""#), "{page}");
    assert!(page.contains(">Aujourd’hui<"), "{page}");
    assert!(page.contains(">Journal<"), "{page}");
    assert!(!page.contains(">Today<"), "{page}");
}

#[test]
fn the_first_device_language_the_app_speaks_is_the_one() {
    // Dutch first: the app has no Dutch, so the runner's second language, German.
    let page = on_device("/log", Document::default(), &["nl-NL", "de-AT", "en"]);
    assert!(page.contains(r#"lang="de""#), "{page}");
    assert!(page.contains("<h1>Tagebuch</h1>"), "{page}");
    // A device in none of them, or in the C locale, gets English.
    let page = on_device("/log", Document::default(), &["nl", "C.UTF-8"]);
    assert!(page.contains(r#"lang="en""#), "{page}");
    assert!(page.contains("<h1>Log</h1>"), "{page}");
}

#[test]
fn the_runner_s_choice_wins_over_the_device() {
    let page = on_device(
        "/settings",
        speaking(Document::default(), Language::Spanish),
        &["fr-FR"],
    );
    assert!(page.contains("<h1>Ajustes</h1>"), "{page}");
    assert!(
        page.contains(r#"<option selected=true value="es">Español</option>"#),
        "{page}"
    );
}

#[test]
fn choosing_a_language_changes_every_screen_at_once_and_is_kept() {
    let mut page = Page::open("/settings", Document::default(), clock());
    assert!(page.html().contains("<h1>Settings</h1>"));
    assert!(page
        .html()
        .contains(r#"<option selected=true value="device">As on this device</option>"#));

    page.choose("language", "de");
    let german = page.html();
    // The screen, the navigation and the choices all at once.
    assert!(german.contains("<h1>Einstellungen</h1>"), "{german}");
    assert!(german.contains(">Heute<"), "{german}");
    assert!(german.contains(">Tagebuch<"), "{german}");
    assert!(german.contains(r#"<label for="language">Sprache (Language)</label>"#));
    assert!(german.contains(r#"<option selected=true value="de">Deutsch</option>"#));
    assert!(!german.contains(">Today<"), "{german}");

    // Saved with the profile, under its key, so a reload (or the runner's other device, from
    // an export) opens in German.
    let saved = page.document();
    assert_eq!(
        saved.profile.language,
        LanguageChoice::Chosen(Language::German)
    );
    let json = serde_json::to_string(&saved.profile).unwrap();
    assert!(json.contains(r#""language":"de""#), "{json}");
    let reloaded = Page::open("/log", saved, clock());
    assert!(reloaded.html().contains("<h1>Tagebuch</h1>"));

    // And back to the device's language (English here).
    page.choose("language", "device");
    assert!(page.html().contains("<h1>Settings</h1>"));
}

/// A runner's data as an export holds it: a logged self-massage and the profile's choice.
fn spanish_runner() -> Document {
    let mut document = speaking(Document::default(), Language::Spanish);
    document.profile.updated_at = now() - chrono::Duration::days(30);
    document.log.push(LogEntry {
        id: RecordId("roll".into()),
        updated_at: now() - chrono::Duration::days(2),
        at: now() - chrono::Duration::days(2),
        kind: LogKind::SelfMassage {
            routine_name: "Self-massage".into(),
            seconds: 600,
        },
    });
    document
}

#[test]
fn an_export_made_in_spanish_imports_in_english() {
    let in_spanish = in_language(Language::Spanish, || export_text(&spanish_runner()));
    // Nothing in the file depends on the language it was made in.
    assert_eq!(in_spanish, export_text(&spanish_runner()));

    // A runner whose app speaks English merges it in: their own choice, made later, stays, and
    // the entry reads in English.
    let mut english = speaking(Document::default(), Language::English);
    english.profile.updated_at = now() - chrono::Duration::days(1);
    let mut page = Page::open("/settings", english, clock());
    page.type_into("import-text", &in_spanish);
    page.click("import-check");
    page.click("import-merge");
    let merged = page.document();
    assert_eq!(
        merged.profile.language,
        LanguageChoice::Chosen(Language::English)
    );
    assert_eq!(merged.log, spanish_runner().log);
    let log = Page::open("/log", merged, clock()).html();
    assert!(log.contains("<h3>Self-massage</h3>"), "{log}");
}
