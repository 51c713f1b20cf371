//! The words a runner reads in the aromatherapy guide, from the `aromatherapy` catalogue: the
//! oils' names, uses and cautions, the rules for every oil, the cautions shared by several oils or
//! every runner, the calculator's refusals and the warning for oils still new to them. Every
//! percentage is written by [`percent`], so each language places its sign once.
//!
//! Sources: docs/RULES.md rule 9, from the evidence notes (dilution, patch test, sun limits, peppermint near children);
//! Tisserand & Young, Essential Oil Safety, 2nd ed., 2014 (pregnancy, asthma and inhalation,
//! G6PD deficiency and heart rhythm with peppermint, oxidised citrus and lavender oils); the ASPCA
//! Animal Poison Control Center (essential oils and pets).

use crate::core::aroma::figures::{
    BODY_MASSAGE_PERCENT, DROP_ML, MAX_BLEND_OILS, MAX_CARRIER_ML, MAX_PERCENT,
};
use crate::core::aroma::marks::{NewOilWarning, OilStatus};
use crate::core::aroma::oil::{Goal, Oil, SharedCaution};
use crate::core::aroma::sun::SunReason;
use crate::core::words::{message, message_with, Arg};

/// The carrier oil of the rule of thumb ("3 to 6 drops in 10 ml"), in ml.
const RULE_OF_THUMB_ML: f64 = 10.0;

/// A percentage in the app's language, to at most two decimals: "0.4 %", "0,4 %" in German.
pub fn percent(value: f64) -> String {
    message_with("aromatherapy-percent", &[("value", Arg::from(value))])
}

/// The usual strength for a body massage: "1.5 to 3 %".
fn body_massage_range() -> String {
    message_with(
        "aromatherapy-percent-range",
        &[
            ("low", Arg::from(*BODY_MASSAGE_PERCENT.start())),
            ("high", Arg::from(*BODY_MASSAGE_PERCENT.end())),
        ],
    )
}

/// Whole drops of oil in the rule of thumb's carrier at `strength` percent.
fn drops_in_rule_of_thumb(strength: f64) -> f64 {
    (RULE_OF_THUMB_ML * strength / 100.0 / DROP_ML).round()
}

/// How to use any oil safely, with the figures the calculator uses.
pub fn safe_use() -> Vec<String> {
    let (low, high) = (*BODY_MASSAGE_PERCENT.start(), *BODY_MASSAGE_PERCENT.end());
    vec![
        message("aromatherapy-safe-undiluted"),
        message_with(
            "aromatherapy-safe-strength",
            &[
                ("range", Arg::from(body_massage_range())),
                ("low_drops", Arg::from(drops_in_rule_of_thumb(low))),
                ("high_drops", Arg::from(drops_in_rule_of_thumb(high))),
                ("ml", Arg::from(RULE_OF_THUMB_ML)),
            ],
        ),
        message("aromatherapy-safe-patch-test"),
        message("aromatherapy-safe-try-early"),
    ]
}

impl Oil {
    /// Its name, on its card and mid-sentence: "Sweet orange".
    pub fn name(&self) -> String {
        message(self.name_id)
    }

    /// How to use it.
    pub fn how(&self) -> String {
        message(self.how_id)
    }

    /// The sun-safe oil to use instead, mid-sentence: "bergamot FCF".
    pub fn sun_safe_alternative(&self) -> Option<String> {
        self.alternative_id.map(message)
    }

    /// Its own safety notes.
    pub fn cautions(&self) -> Vec<String> {
        self.caution_ids.iter().copied().map(message).collect()
    }
}

impl Goal {
    /// The heading of the guide's section.
    pub fn label(self) -> String {
        match self {
            Goal::Energising => message("aromatherapy-goal-energising"),
            Goal::Calming => message("aromatherapy-goal-calming"),
        }
    }
}

impl OilStatus {
    /// The choice shown to the runner.
    pub fn label(self) -> String {
        match self {
            OilStatus::NotMarked => message("aromatherapy-mark-not-marked"),
            OilStatus::New => message("aromatherapy-mark-new"),
            OilStatus::PatchTested => message("aromatherapy-mark-patch-tested"),
        }
    }
}

impl SharedCaution {
    /// Who or what it concerns, as the start of its line: "Children".
    pub fn label(self) -> String {
        match self {
            SharedCaution::Pregnancy => message("aromatherapy-caution-pregnancy"),
            SharedCaution::Children => message("aromatherapy-caution-children"),
            SharedCaution::Asthma => message("aromatherapy-caution-asthma"),
            SharedCaution::Pets => message("aromatherapy-caution-pets"),
            SharedCaution::BrokenSkin => message("aromatherapy-caution-broken-skin"),
            SharedCaution::OldOils => message("aromatherapy-caution-old-oils"),
            SharedCaution::SunLimits => message("aromatherapy-caution-sun-limits"),
        }
    }

    /// What to do, after the label.
    pub fn text(self) -> String {
        match self {
            SharedCaution::Pregnancy => message("aromatherapy-caution-pregnancy-text"),
            SharedCaution::Children => message("aromatherapy-caution-children-text"),
            SharedCaution::Asthma => message("aromatherapy-caution-asthma-text"),
            SharedCaution::Pets => message("aromatherapy-caution-pets-text"),
            SharedCaution::BrokenSkin => message("aromatherapy-caution-broken-skin-text"),
            SharedCaution::OldOils => message("aromatherapy-caution-old-oils-text"),
            SharedCaution::SunLimits => message("aromatherapy-caution-sun-limits-text"),
        }
    }
}

/// Why sun limits apply, as a clause that can follow "and" or "as".
fn sun_why(reason: &SunReason) -> String {
    match reason {
        SunReason::TrainsOutdoors => message("aromatherapy-sun-why-training"),
        SunReason::Race { name } => message_with(
            "aromatherapy-sun-why-race",
            &[("race", Arg::from(name.as_str()))],
        ),
    }
}

/// The calculator's note on why sun limits hold today.
pub fn sun_hint(reason: &SunReason) -> String {
    // The clause starts this sentence, and every language the app speaks starts a sentence with
    // a capital; a race name typed in lower case gets one too.
    let why = sun_why(reason);
    let mut chars = why.chars();
    let why = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    });
    message_with("aromatherapy-sun-hint", &[("why", Arg::from(why))])
}

pub(crate) fn carrier_out_of_range() -> String {
    message_with(
        "aromatherapy-carrier-out-of-range",
        &[("max", Arg::from(MAX_CARRIER_ML))],
    )
}

pub(crate) fn percent_out_of_range() -> String {
    message_with(
        "aromatherapy-percent-out-of-range",
        &[
            ("max", Arg::from(percent(MAX_PERCENT))),
            ("range", Arg::from(body_massage_range())),
        ],
    )
}

pub(crate) fn blend_size(count: usize) -> String {
    message_with(
        "aromatherapy-blend-size",
        &[
            ("count", Arg::from(count)),
            ("max", Arg::from(MAX_BLEND_OILS)),
        ],
    )
}

pub(crate) fn oil_twice(oil: &Oil) -> String {
    message_with("aromatherapy-oil-twice", &[("oil", Arg::from(oil.name()))])
}

pub(crate) fn blend_too_strong(total: f64) -> String {
    message_with(
        "aromatherapy-blend-too-strong",
        &[
            ("total", Arg::from(percent(total))),
            ("max", Arg::from(percent(MAX_PERCENT))),
        ],
    )
}

/// `needed_ml`: whole millilitres.
pub(crate) fn under_one_drop(oil: &Oil, needed_ml: f64) -> String {
    // As digits alone, which read the same in every language: a number would take a thousands
    // mark at the faintest strengths ("5,000" where the guide has always said "5000").
    let needed = format!("{needed_ml:.0}");
    message_with(
        "aromatherapy-under-one-drop",
        &[("oil", Arg::from(oil.name())), ("ml", Arg::from(needed))],
    )
}

pub(crate) fn stronger_than_massage() -> String {
    message_with(
        "aromatherapy-stronger-than-massage",
        &[("range", Arg::from(body_massage_range()))],
    )
}

pub(crate) fn over_sun_limit(oil: &Oil, max: f64, reason: &SunReason) -> String {
    let mut args = vec![
        ("oil", Arg::from(oil.name())),
        ("why", Arg::from(sun_why(reason))),
        ("max", Arg::from(percent(max))),
    ];
    match oil.sun_safe_alternative() {
        Some(alternative) => {
            args.push(("alternative", Arg::from(alternative)));
            message_with("aromatherapy-over-sun-limit-instead", &args)
        }
        None => message_with("aromatherapy-over-sun-limit", &args),
    }
}

/// `shares`: each sun-sensitising oil, its strength and its share of its own maximum.
pub(crate) fn blend_over_sun_limit(
    shares: &[(&Oil, f64, f64)],
    total: f64,
    reason: &SunReason,
) -> String {
    let parts: Vec<String> = shares
        .iter()
        .map(|(oil, strength, share)| {
            message_with(
                "aromatherapy-sun-share",
                &[
                    ("oil", Arg::from(oil.name())),
                    ("strength", Arg::from(percent(*strength))),
                    ("share", Arg::from(percent((share * 100.0).round()))),
                ],
            )
        })
        .collect();
    message_with(
        "aromatherapy-blend-over-sun-limit",
        &[
            ("why", Arg::from(sun_why(reason))),
            (
                "shares",
                Arg::from(parts.join(&message("aromatherapy-sun-share-separator"))),
            ),
            ("total", Arg::from(percent((total * 100.0).round()))),
        ],
    )
}

impl NewOilWarning {
    /// The warning as the runner reads it.
    pub fn message(&self) -> String {
        message_with(
            "aromatherapy-new-oil",
            &[
                ("oil", Arg::from(self.oil_name.as_str())),
                ("race", Arg::from(self.race.as_str())),
                ("days", Arg::from(self.days_away)),
            ],
        )
    }
}
