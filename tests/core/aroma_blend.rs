//! Blends, the sun limits on the runner's own day, and the cautions a runner reads before
//! choosing an oil.

use crate::common::{race, utc, LONDON};
use fresh_legs::core::aroma::copy::safe_use;
use fresh_legs::core::aroma::{
    mix, oil, oils, percent, sun_reason, Part, SharedCaution, SunReason, BLEND_FIELD,
    MAX_BLEND_OILS,
};
use fresh_legs::core::profile::Profile;
use fresh_legs::core::race::{Priority, Race};

fn part(key: &str, percent: f64) -> Part<'static> {
    Part {
        oil: oil(key).unwrap(),
        percent,
    }
}

fn sunny_race() -> SunReason {
    SunReason::Race {
        name: "Harbour 10K".into(),
    }
}

/// Each sun-sensitising oil uses its share of its own maximum, and the shares add up: the
/// expected verdicts are worked out here by hand from the maxima of docs/RULES.md (rule 9).
#[test]
fn sun_sensitising_oils_in_one_blend_add_up_against_the_limit() {
    let sun = sunny_race();
    // (blend, allowed in the sun): lemon max 2 %, lime max 0.7 %, grapefruit max 4 %.
    let table: &[(&[(&str, f64)], bool)] = &[
        (&[("lemon_cold_pressed", 1.0), ("grapefruit", 2.0)], true), // 0.5 + 0.5 = 1
        (&[("lemon_cold_pressed", 1.0), ("grapefruit", 2.5)], false), // 0.5 + 0.625
        (
            &[("lemon_cold_pressed", 1.5), ("lime_cold_pressed", 0.5)],
            false,
        ), // 0.75 + 0.71
        (
            &[("lemon_cold_pressed", 1.0), ("lime_cold_pressed", 0.35)],
            true,
        ), // 0.5 + 0.5
        (&[("lemon_cold_pressed", 2.0), ("sweet_orange", 2.0)], true), // orange is sun-safe
        (&[("bergamot", 0.2), ("bitter_orange", 0.625)], true),      // 0.5 + 0.5
        (&[("bergamot", 0.2), ("bitter_orange", 0.7)], false),       // 0.5 + 0.56
    ];
    for (blend, allowed) in table {
        let parts: Vec<Part> = blend.iter().map(|(key, p)| part(key, *p)).collect();
        let result = mix(&parts, 100.0, Some(&sun));
        assert_eq!(result.is_ok(), *allowed, "{blend:?}: {result:?}");
        assert!(
            mix(&parts, 100.0, None).is_ok(),
            "no sun, no refusal: {blend:?}"
        );
    }
    let errors = mix(
        &[
            part("lemon_cold_pressed", 1.5),
            part("lime_cold_pressed", 0.5),
        ],
        10.0,
        Some(&sun),
    )
    .unwrap_err();
    let message = errors
        .for_field(BLEND_FIELD)
        .expect("the blend is refused as a whole");
    for piece in [
        "Harbour 10K is outdoors in daylight",
        "Lemon (cold-pressed) at 1.5\u{a0}% uses 75\u{a0}% of its sun limit",
        "Lime (cold-pressed) at 0.5\u{a0}% uses 71\u{a0}%",
        "146\u{a0}% in all",
    ] {
        assert!(message.contains(piece), "{piece}: {message}");
    }
}

#[test]
fn a_blend_gives_drops_per_oil_and_refuses_repeats_and_overloads() {
    let found = mix(
        &[part("sweet_orange", 1.5), part("peppermint", 0.5)],
        10.0,
        None,
    )
    .unwrap();
    let drops: Vec<u32> = found.parts.iter().map(|p| p.drops).collect();
    assert_eq!(drops, [3, 1]);
    assert!((found.actual_percent - 2.0).abs() < 1e-9);
    let twice = mix(&[part("lavender", 1.0), part("lavender", 1.0)], 10.0, None).unwrap_err();
    assert!(twice
        .for_field(BLEND_FIELD)
        .unwrap()
        .contains("Lavender is in the blend twice"));
    let strong = mix(&[part("lavender", 3.0), part("mandarin", 2.5)], 10.0, None).unwrap_err();
    assert!(
        strong
            .for_field(BLEND_FIELD)
            .unwrap()
            .contains("5.5\u{a0}%"),
        "{strong:?}"
    );
    let five: Vec<Part> = oils()
        .iter()
        .take(MAX_BLEND_OILS + 1)
        .map(|o| Part {
            oil: o,
            percent: 0.5,
        })
        .collect();
    assert!(mix(&five, 10.0, None)
        .unwrap_err()
        .for_field(BLEND_FIELD)
        .unwrap()
        .contains("at most 4"));
    assert!(mix(&[], 10.0, None).is_err());
}

#[test]
fn sun_limits_hold_every_day_for_outdoor_training_and_in_a_sunny_race_week() {
    let now = utc(2026, 11, 30, 12, 0);
    let mut profile = Profile::default();
    let sunny_in = |days: i64| -> Race {
        race(
            "r",
            (now + chrono::Duration::days(days)).date_naive(),
            9,
            LONDON,
            10.0,
            Priority::B,
        )
    };
    assert_eq!(sun_reason(&profile, &[], now), None);
    assert_eq!(
        sun_reason(&profile, &[sunny_in(30)], now),
        None,
        "a month away: not today's skin"
    );
    assert_eq!(
        sun_reason(&profile, &[sunny_in(3)], now),
        Some(SunReason::Race {
            name: "r race".into()
        })
    );
    let indoor = Race {
        outdoor: false,
        ..sunny_in(3)
    };
    assert_eq!(
        sun_reason(&profile, std::slice::from_ref(&indoor), now),
        None
    );
    assert_eq!(
        sun_reason(&profile, &[sunny_in(-2)], now),
        None,
        "a race behind"
    );
    profile.trains_outdoors_in_daylight = true;
    assert_eq!(
        sun_reason(&profile, &[indoor], now),
        Some(SunReason::TrainsOutdoors)
    );
    let errors = mix(
        &[part("bergamot", 1.0)],
        10.0,
        Some(&SunReason::TrainsOutdoors),
    )
    .unwrap_err();
    assert!(errors
        .for_field("percent-1")
        .unwrap()
        .contains("you train outdoors in daylight"));
}

#[test]
fn every_oil_has_its_cautions_and_the_general_ones_cover_who_should_take_care() {
    for found in oils() {
        assert!(
            !found.cautions().is_empty() || !found.shared.is_empty(),
            "{} has no caution",
            found.name()
        );
    }
    let peppermint = oil("peppermint").unwrap();
    let own = peppermint.cautions().join(" ");
    assert!(
        own.contains("G6PD") && own.contains("heart rhythm"),
        "{own}"
    );
    assert!(peppermint.shared.contains(&SharedCaution::Children));
    let all = SharedCaution::ALL
        .iter()
        .map(|caution| format!("{}: {}", caution.label(), caution.text()))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for topic in [
        "pregnant",
        "breastfeeding",
        "children",
        "asthma",
        "pets",
        "chafed",
        "sunburnt",
        "citrus",
        "lavender",
    ] {
        assert!(all.contains(topic), "{topic}");
    }
    // The rule of thumb's figures are the calculator's: 1.5 % and 3 % of 10 ml, in drops.
    let rule = &safe_use()[1];
    let low = mix(&[part("lavender", 1.5)], 10.0, None).unwrap().parts[0].drops;
    let high = mix(&[part("lavender", 3.0)], 10.0, None).unwrap().parts[0].drops;
    assert!(
        rule.contains(&format!("{low} to {high}\u{a0}drops in 10\u{a0}ml")),
        "{rule}"
    );
    // An oil card's sun limit is the figure the calculator refuses above.
    for found in oils().iter().filter(|o| o.sun_max_percent.is_some()) {
        let max = found.sun_max_percent.unwrap();
        let refusal = mix(
            &[Part {
                oil: found,
                percent: max + 0.01,
            }],
            100.0,
            Some(&sunny_race()),
        )
        .unwrap_err();
        assert!(refusal
            .for_field("percent-1")
            .unwrap()
            .contains(&percent(max)));
    }
}
