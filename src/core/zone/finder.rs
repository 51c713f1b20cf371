//! Finding a time zone from what people type: its IANA name, a city ("Tokyo", "New York"), a
//! country with one zone, or a common abbreviation ("JST", "CET"). A word that means several
//! zones, or a fixed offset people rarely mean ("EST"), asks instead of guessing.
//!
//! Offline and from what the app already has: the zone list (chrono-tz natively, the browser's on
//! the web) carries the cities, and `places.rs` the abbreviations, countries and a few cities
//! the zone names leave out.

use crate::core::zone::places::{description, Means, ABBREVIATIONS, CITIES, COUNTRIES};

/// A zone offered to the runner: its IANA name, and why it is offered ("Tokyo", "JST",
/// "New York's time: …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub zone: String,
    pub why: String,
}

/// What the typed text leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Exactly one zone, by this IANA name.
    Zone(String),
    /// Several zones it could mean: the runner picks one.
    Ask(Vec<Choice>),
    /// Nothing this app knows.
    Unknown,
}

/// How many suggestions show under the field at once.
pub const MAX_SUGGESTIONS: usize = 6;

/// `text` as the finder compares it: lower case, without accents, with `_`, `-` and `.` read
/// as spaces, and single spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            '_' | '-' | '.' | ' ' => " ",
            _ => {
                out.push(c);
                continue;
            }
        };
        if plain == " " && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push_str(plain);
    }
    out.trim_end().to_string()
}

/// The place a zone name ends with, as people write it: "New York" for `America/New_York`.
fn place_of(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

fn choices(means: Means, why: &str) -> Vec<Choice> {
    match means {
        Means::One(zone) => vec![Choice {
            zone: zone.to_string(),
            why: why.to_string(),
        }],
        Means::Ask(list) => list
            .iter()
            .map(|(zone, description_id)| Choice {
                zone: (*zone).to_string(),
                why: description(description_id),
            })
            .collect(),
    }
}

/// The zone `text` names among `names` (the zones this device knows), if it names exactly one;
/// the choices when it could mean several.
pub fn find(text: &str, names: &[&str]) -> Found {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Found::Unknown;
    }
    let wanted = normalize(trimmed);
    let upper = trimmed.to_uppercase();
    // Abbreviations first: EST is also a zone of its own, a fixed UTC−5 few people mean.
    if let Some((_, means)) = ABBREVIATIONS.iter().find(|(short, _)| *short == upper) {
        return decided(*means, &upper);
    }
    let exact = names
        .iter()
        .find(|name| name.eq_ignore_ascii_case(trimmed))
        .map(|name| (*name).to_string());
    // A region/place name is what it says. The database's old single-word names ("Japan",
    // "Egypt", "GB") wait until the tables have had their say, so a country leads to its
    // zone's own name.
    if let Some(name) = exact.as_ref().filter(|name| name.contains('/')) {
        return Found::Zone(name.clone());
    }
    let by_place: Vec<&str> = names
        .iter()
        .copied()
        .filter(|name| name.contains('/') && normalize(&place_of(name)) == wanted)
        .collect();
    match by_place.as_slice() {
        [one] => return Found::Zone((*one).to_string()),
        [] => {}
        several => {
            return Found::Ask(
                several
                    .iter()
                    .map(|zone| Choice {
                        zone: (*zone).to_string(),
                        why: place_of(zone),
                    })
                    .collect(),
            )
        }
    }
    if let Some((city, zone)) = CITIES.iter().find(|(city, _)| *city == wanted) {
        return decided(Means::One(zone), &title_case(city));
    }
    if let Some((country, means)) = COUNTRIES.iter().find(|(country, _)| *country == wanted) {
        return decided(*means, &title_case(country));
    }
    exact.map_or(Found::Unknown, Found::Zone)
}

fn decided(means: Means, why: &str) -> Found {
    match means {
        Means::One(zone) => Found::Zone(zone.to_string()),
        Means::Ask(_) => Found::Ask(choices(means, why)),
    }
}

/// "New York" from "new york", for saying why a zone is offered.
fn title_case(words: &str) -> String {
    words
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Suggestions for what has been typed so far, best first: what `find` decides, then zones whose
/// place, country or abbreviation starts with the text, then those that contain it. Nothing for
/// fewer than two letters.
pub fn suggest(text: &str, names: &[&str]) -> Vec<Choice> {
    let wanted = normalize(text);
    if wanted.chars().count() < 2 {
        return Vec::new();
    }
    let mut found: Vec<Choice> = match find(text, names) {
        Found::Zone(zone) => vec![Choice {
            why: why_for(&zone, text),
            zone,
        }],
        Found::Ask(choices) => choices,
        Found::Unknown => Vec::new(),
    };
    let mut add = |zone: &str, why: String| {
        if found.len() < MAX_SUGGESTIONS && found.iter().all(|choice| choice.zone != zone) {
            found.push(Choice {
                zone: zone.to_string(),
                why,
            });
        }
    };
    let upper = text.trim().to_uppercase();
    for (short, means) in ABBREVIATIONS {
        if short.len() > 1 && short.starts_with(&upper) {
            for choice in choices(*means, short) {
                add(&choice.zone, choice.why);
            }
        }
    }
    // Places and the words of zone names that start with the text, then any that contain it.
    for starts in [true, false] {
        let matches = |candidate: &str| {
            let candidate = normalize(candidate);
            if starts {
                candidate.starts_with(&wanted)
                    || candidate.split(' ').any(|word| word.starts_with(&wanted))
            } else {
                candidate.contains(&wanted)
            }
        };
        for (city, zone) in CITIES {
            if matches(city) {
                add(zone, title_case(city));
            }
        }
        for (country, means) in COUNTRIES {
            if matches(country) {
                for choice in choices(*means, &title_case(country)) {
                    add(&choice.zone, choice.why);
                }
            }
        }
        for name in names {
            if name.contains('/') && (matches(&place_of(name)) || (!starts && matches(name))) {
                add(name, place_of(name));
            }
        }
    }
    found
}

/// Why `zone` answers `typed`: the place it names, or what was typed when that led to it.
fn why_for(zone: &str, typed: &str) -> String {
    let place = place_of(zone);
    if normalize(&place) == normalize(typed) || zone.eq_ignore_ascii_case(typed.trim()) {
        place
    } else {
        format!("{} ({})", place, typed.trim())
    }
}
