//! The kinds of massage the app plans and logs, and how firm a session was. Their words are in
//! `i18n/<language>/massages.ftl`.

use crate::core::words::{message, message_with, Arg};
use serde::{Deserialize, Serialize};

/// The five kinds of massage the rules talk about (see docs/RULES.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MassageKind {
    /// Light work in the day or two before a race (rule 1).
    PreEvent,
    /// Flushing work from a couple of hours to two days after a race (rule 3).
    PostEvent,
    /// Deeper maintenance work, trigger points, range of motion (rule 4).
    General,
    /// Treatment of an injured muscle, tendon or ligament by a professional (rule 7).
    Injury,
    /// Foam roller, stick or ball at home (rule 8).
    SelfMassage,
}

impl MassageKind {
    /// Every kind, in the order the app lists them.
    pub const ALL: [MassageKind; 5] = [
        MassageKind::PreEvent,
        MassageKind::PostEvent,
        MassageKind::General,
        MassageKind::Injury,
        MassageKind::SelfMassage,
    ];

    /// The name shown to the runner; screens and tests find items by these exact words.
    pub fn label(self) -> String {
        message(match self {
            MassageKind::PreEvent => "massages-kind-pre-event",
            MassageKind::PostEvent => "massages-kind-post-event",
            MassageKind::General => "massages-kind-general",
            MassageKind::Injury => "massages-kind-injury",
            MassageKind::SelfMassage => "massages-kind-self-massage",
        })
    }

    /// The kind in a word or two, where the label would not fit (a choice in a narrow list).
    pub fn short_label(self) -> String {
        message(match self {
            MassageKind::PreEvent => "massages-short-pre-event",
            MassageKind::PostEvent => "massages-short-post-event",
            MassageKind::General => "massages-short-general",
            MassageKind::Injury => "massages-short-injury",
            MassageKind::SelfMassage => "massages-short-self-massage",
        })
    }

    /// The kind mid-sentence ("a general massage"): lower-cased in English, and as the
    /// language writes it there (German nouns keep their capital).
    pub fn in_sentence(self) -> String {
        message(match self {
            MassageKind::PreEvent => "massages-in-sentence-pre-event",
            MassageKind::PostEvent => "massages-in-sentence-post-event",
            MassageKind::General => "massages-in-sentence-general",
            MassageKind::Injury => "massages-in-sentence-injury",
            MassageKind::SelfMassage => "massages-in-sentence-self-massage",
        })
    }

    /// Whether this kind is given by a therapist (and so counts against the monthly budget).
    pub fn is_professional(self) -> bool {
        self != MassageKind::SelfMassage
    }
}

/// How firm a session felt: the bands of the one pressure scale every screen uses (the log's
/// choices, the player, the routine editor and the routines). The scale is 0–10, as the evidence
/// gives it ("about 4–6 of 10"): light up to 4, moderate 5–6, deep from 7. A routine's range
/// (`routine::Pressure`) is named by the bands its ends fall in. `Medium` keeps its stored key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pressure {
    Light,
    #[default]
    Medium,
    Deep,
}

/// The top of the pressure scale.
pub const SCALE_MAX: u8 = 10;

impl Pressure {
    pub const ALL: [Pressure; 3] = [Pressure::Light, Pressure::Medium, Pressure::Deep];

    /// The part of the 0–10 scale this band covers.
    pub fn band(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Pressure::Light => 0..=4,
            Pressure::Medium => 5..=6,
            Pressure::Deep => 7..=SCALE_MAX,
        }
    }

    /// The band a felt level of 0–10 falls in (anything above the scale is deep).
    pub fn at(level: u8) -> Pressure {
        Pressure::ALL
            .into_iter()
            .find(|band| band.band().contains(&level))
            .unwrap_or(Pressure::Deep)
    }

    /// The band's name at the start of a line: "Light", "Moderate", "Deep".
    pub fn name(self) -> String {
        message(match self {
            Pressure::Light => "massages-pressure-light",
            Pressure::Medium => "massages-pressure-medium",
            Pressure::Deep => "massages-pressure-deep",
        })
    }

    /// The choice shown to the runner, with its figures: "Light (up to 4 of 10)", "Moderate
    /// (5–6 of 10)", "Deep (7 or more of 10)".
    pub fn label(self) -> String {
        let (low, high) = (*self.band().start(), *self.band().end());
        let id = match (low, high) {
            (0, _) => "massages-pressure-up-to",
            (_, SCALE_MAX) => "massages-pressure-or-more",
            _ => "massages-pressure-range",
        };
        message_with(
            id,
            &[
                ("name", Arg::from(self.name())),
                ("low", Arg::from(u32::from(low))),
                ("high", Arg::from(u32::from(high))),
                ("max", Arg::from(u32::from(SCALE_MAX))),
            ],
        )
    }

    /// The scale's word, for use in a sentence ("deep pressure").
    pub fn word(self) -> String {
        message(match self {
            Pressure::Light => "massages-pressure-word-light",
            Pressure::Medium => "massages-pressure-word-medium",
            Pressure::Deep => "massages-pressure-word-deep",
        })
    }

    /// One step lighter; light stays light (rule 6: after soreness or bruising, go lighter).
    pub fn lighter(self) -> Pressure {
        match self {
            Pressure::Deep => Pressure::Medium,
            Pressure::Medium | Pressure::Light => Pressure::Light,
        }
    }
}

/// How a pre-event session was done: what rule 2 matches against the runner's chosen approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Technique {
    /// Light flushing strokes, compressions, rocking and shaking.
    LightFlush,
    /// Brisk compressions over the clothes.
    Compression,
    /// Deeper, firmer work.
    Deep,
}

impl Technique {
    pub const ALL: [Technique; 3] = [
        Technique::LightFlush,
        Technique::Compression,
        Technique::Deep,
    ];

    /// The name shown in the log form and the log.
    pub fn label(self) -> String {
        message(match self {
            Technique::LightFlush => "massages-technique-light-flush",
            Technique::Compression => "massages-technique-compression",
            Technique::Deep => "massages-technique-deep",
        })
    }
}
