//! The runner's settings stay inside docs/RULES.md's ranges: every limit is accepted at its
//! edge, refused one past it with a message naming the field, the limit and the value.

use fresh_legs::core::profile::{Cutoffs, Profile};

fn with_cutoffs(cutoffs: Cutoffs) -> Profile {
    Profile {
        cutoffs,
        ..Profile::default()
    }
}

/// The message for `field`, if the profile is refused for it.
fn message(profile: &Profile, field: &str) -> Option<String> {
    let errors = profile.validate().err()?;
    errors.for_field(field).map(str::to_string)
}

/// Picks one of the three cut-offs out of the settings.
type CutoffField = fn(&mut Cutoffs) -> &mut u8;

#[test]
fn cut_offs_run_from_2_to_14_days_and_say_so_beside_the_field() {
    let cases: [(&str, CutoffField, &str); 3] = [
        ("a_race_days", |c| &mut c.a_race_days, "an A race"),
        ("b_race_days", |c| &mut c.b_race_days, "a B race"),
        ("c_race_days", |c| &mut c.c_race_days, "a C race"),
    ];
    for (field, days, race) in cases {
        for (value, accepted) in [(1, false), (2, true), (14, true), (15, false), (0, false)] {
            let mut cutoffs = Cutoffs::default();
            *days(&mut cutoffs) = value;
            let found = message(&with_cutoffs(cutoffs), field);
            if accepted {
                assert_eq!(found, None, "{field} {value}");
            } else {
                assert_eq!(
                    found.as_deref(),
                    Some(
                        format!("The cut-off before {race} can be 2 to 14 days, not {value}.")
                            .as_str()
                    ),
                    "{field} {value}"
                );
            }
        }
    }
}

#[test]
fn the_post_race_gap_runs_from_48_to_168_hours() {
    for (hours, accepted) in [
        (47, false),
        (48, true),
        (72, true),
        (168, true),
        (169, false),
    ] {
        let cutoffs = Cutoffs {
            post_race_gap_hours: hours,
            ..Cutoffs::default()
        };
        let found = message(&with_cutoffs(cutoffs), "post_race_gap_hours");
        assert_eq!(found.is_none(), accepted, "{hours} h: {found:?}");
        if let Some(text) = found {
            assert!(text.contains("48 to 168 hours, not "), "{text}");
            assert!(text.contains(&hours.to_string()), "{text}");
        }
    }
}

#[test]
fn settings_saved_before_the_ranges_narrowed_are_brought_inside_them() {
    let old = Cutoffs {
        a_race_days: 21,
        b_race_days: 0,
        c_race_days: 1,
        post_race_gap_hours: 336,
    };
    assert_eq!(
        old.within_range(),
        Cutoffs {
            a_race_days: 14,
            b_race_days: 2,
            c_race_days: 2,
            post_race_gap_hours: 168,
        }
    );
    assert_eq!(Cutoffs::default().within_range(), Cutoffs::default());
}
