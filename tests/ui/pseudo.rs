//! The translation check over every screen: drawn in the pseudo-language, where every message
//! is wrapped in ⟦ ⟧ and stretched, each screen of a busy runner's app shows no words outside a
//! wrap but the runner's own (race names, notes) and the app's name. A word a runner reads that
//! is still written in Rust shows up here, named with its screen.

use crate::support::{html, loaded_dom, MemoryBackend};
use chrono::{DateTime, Duration, TimeZone, Utc};
use fresh_legs::core::words::{set_language, Catalogue};
use fresh_legs::store::{self, Backend};
use fresh_legs::ui::clock::Clock;
use serde_json::json;
use std::rc::Rc;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

/// Every screen, by path, as the browser tests list them.
const SCREENS: [&str; 13] = [
    "/",
    "/races",
    "/checklists",
    "/aromatherapy",
    "/timers",
    "/timers/play/builtin-pre-race-flush",
    "/timers/edit/new",
    "/log",
    "/training",
    "/settings",
    "/more",
    "/open",
    "/no-such-page",
];

/// The runner's own words in the data below, the app's name, and where the tests' store keeps
/// the data: shown as they are in every language.
const OWN_WORDS: [&str; 10] = [
    "Harbour Half",
    "Park 10K",
    "Autumn 5K",
    "Park parkrun",
    "Easy run",
    "Calf flush",
    "Calves",
    "Sam",
    "Fresh Legs",
    "memory",
];

/// A runner with something on every screen: races before and after today, a training block, ten
/// weeks of imported runs and a log, saved as the app saves them.
fn busy_runner() -> String {
    let day = |days: i64| (now() + Duration::days(days)).date_naive().to_string();
    let ago = |hours: i64| (now() - Duration::hours(hours)).to_rfc3339();
    let race = |id: &str, name: &str, days: i64, priority: &str| {
        json!({
            "id": id, "name": name, "date": day(days), "start_time": "09:00:00",
            "time_zone": "UTC", "distance_km": 21.0975, "priority": priority,
            "outdoor": true, "notes": "", "updated_at": ago(100)
        })
    };
    let activities: Vec<_> = (0..40_i64)
        .map(|i| {
            let start = (now() - Duration::days(95 - (i / 4) * 7 - (i % 4) * 2)).to_rfc3339();
            let heavy = i >= 28;
            json!({
                "id": format!("activity-{i}"), "start": start, "sport": "run",
                "name": if i == 20 { "Park parkrun" } else { "Easy run" },
                "duration_s": if heavy { 4200 } else { 2700 },
                "distance_m": if heavy { 12700 } else { 8200 },
                "avg_hr": 145, "max_hr": 160, "fast_laps": 0, "updated_at": start
            })
        })
        .collect();
    json!({
        "schema_version": 7,
        "profile": {
            "display_name": "Sam", "massage_budget_per_month": 2,
            "tools": {"foam_roller": true, "stick": true, "ball": true}, "updated_at": ago(100)
        },
        "races": [
            race("race-1", "Harbour Half", 2, "A"),
            race("race-2", "Park 10K", 30, "C"),
            race("race-3", "Autumn 5K", -3, "B")
        ],
        "blocks": [{
            "id": "block-1", "start": day(-20), "end": day(-1), "kind": "peak",
            "speed_work": true, "updated_at": ago(100)
        }],
        "activities": activities,
        "log": [
            {"id": "log-1", "updated_at": ago(30), "at": ago(30), "kind": {
                "type": "massage_received", "kind": "general", "pressure": "medium",
                "before": null, "with_therapist": true, "notes": "Calves"}},
            {"id": "log-2", "updated_at": ago(20), "at": ago(20), "kind": {
                "type": "self_massage", "routine_name": "Calf flush", "seconds": 360}},
            {"id": "log-3", "updated_at": ago(50), "at": ago(50), "kind": {
                "type": "injury", "area": "calves", "tissue": "muscle", "started": day(-2),
                "resolved": null}}
        ],
        "checklists": [], "oil_marks": [], "routines": [], "tombstones": []
    })
    .to_string()
}

/// The text a runner reads in `page`: its text nodes, and the labels and hints in attributes.
fn read_text(page: &str) -> Vec<String> {
    let mut page = page.to_string();
    for tag in ["style", "script"] {
        while let Some(start) = page.find(&format!("<{tag}")) {
            let end = page[start..]
                .find(&format!("</{tag}>"))
                .map_or(page.len(), |end| start + end + tag.len() + 3);
            page.replace_range(start..end, " ");
        }
    }
    let decode = |text: &str| {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut texts = Vec::new();
    for piece in page.split('<') {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        texts.push(decode(text));
        for attribute in [
            "aria-label",
            "title",
            "placeholder",
            "alt",
            "aria-valuetext",
        ] {
            let mut rest = tag;
            let opening = format!("{attribute}=\"");
            while let Some(at) = rest.find(&opening) {
                let value = &rest[at + opening.len()..];
                let end = value.find('"').unwrap_or(value.len());
                texts.push(decode(&value[..end]));
                rest = &value[end..];
            }
        }
    }
    texts.retain(|text| !text.trim().is_empty());
    texts
}

/// What of `text` is neither a message (wrapped) nor the runner's own words: empty when all is.
fn unwrapped(text: &str) -> String {
    let mut rest = text.to_string();
    // Messages hold other messages: take the innermost wraps first.
    while let Some(close) = rest.find('⟧') {
        let Some(open) = rest[..close].rfind('⟦') else {
            break;
        };
        rest.replace_range(open..close + '⟧'.len_utf8(), " ");
    }
    for own in OWN_WORDS {
        rest = rest.replace(own, " ");
    }
    if rest.chars().any(char::is_alphabetic) {
        rest.trim().to_string()
    } else {
        String::new()
    }
}

#[test]
fn every_screen_draws_every_word_from_a_catalogue() {
    let store = Rc::new(MemoryBackend::default());
    *store.current.borrow_mut() = Some(busy_runner());
    set_language(Catalogue::english().into_pseudo());
    let mut found = Vec::new();
    for path in SCREENS {
        let loaded = store::load(store.as_ref() as &dyn Backend, "test").expect("the data loads");
        assert!(
            loaded.notice.is_none(),
            "the busy runner's data loads whole"
        );
        let mut dom = loaded_dom(
            path,
            loaded,
            store.clone(),
            Clock::starting_at(now(), chrono_tz::UTC),
        );
        dom.rebuild_in_place();
        let page = html(&dom);
        assert!(page.contains('⟦'), "{path} is drawn in the pseudo-language");
        for text in read_text(&page) {
            let left = unwrapped(&text);
            // A race's priority letter is the same in every language (the glossaries).
            if !left.is_empty() && !["A", "B", "C"].contains(&left.as_str()) {
                found.push(format!("{path}: {left:?} in {text:?}"));
            }
        }
    }
    set_language(Catalogue::english());
    found.dedup();
    assert!(
        found.is_empty(),
        "words not from a catalogue:\n{}",
        found.join("\n")
    );
}
