//! Routines: validation with field keys, expansion into timed segments, and durations.

use chrono::{TimeZone, Utc};
use fresh_legs::core::body::{BodyArea, MassageTool};
use fresh_legs::core::record::{Record, RecordId};
use fresh_legs::core::routine::{
    total_seconds, Pacing, Pressure, Routine, Segment, SegmentKind, Side, Step, MAX_NAME_CHARS,
    MAX_STEPS,
};

fn step(side: Side, seconds: u32) -> Step {
    Step {
        muscle: BodyArea::Calves,
        tool: Some(MassageTool::Stick),
        side,
        seconds,
        pressure: Pressure::MODERATE,
        instruction: "Glide up the calf.".into(),
    }
}

fn routine(name: &str, steps: Vec<Step>) -> Routine {
    Routine {
        id: RecordId("routine-abc-1".into()),
        name: name.into(),
        steps,
        built_in: false,
        updated_at: Utc.with_ymd_and_hms(2026, 2, 28, 7, 30, 0).unwrap(),
    }
}

fn seg(kind: SegmentKind, seconds: u32) -> Segment {
    Segment { kind, seconds }
}

fn work(step: usize, side: Side) -> SegmentKind {
    SegmentKind::Work { step, side }
}

#[test]
fn step_seconds_must_be_between_5_and_600() {
    for (seconds, valid) in [(0, false), (4, false), (5, true), (600, true), (601, false)] {
        let result = step(Side::Both, seconds).validate();
        assert_eq!(result.is_ok(), valid, "{seconds} s");
        if let Err(errors) = result {
            assert!(errors
                .for_field("seconds")
                .unwrap()
                .contains("between 5 and 600"));
        }
    }
}

#[test]
fn pressure_must_be_an_ordered_range_on_the_0_to_10_scale() {
    for (min, max, valid) in [
        (4, 6, true),
        (0, 10, true),
        (5, 5, true),
        (6, 4, false),
        (4, 11, false),
    ] {
        let mut s = step(Side::Left, 30);
        s.pressure = Pressure { min, max };
        let result = s.validate();
        assert_eq!(result.is_ok(), valid, "{min}–{max}");
        if let Err(errors) = result {
            assert!(errors.for_field("pressure").is_some());
        }
    }
}

#[test]
fn an_overlong_instruction_is_refused() {
    let mut s = step(Side::Left, 30);
    s.instruction = "a".repeat(281);
    assert!(s
        .validate()
        .unwrap_err()
        .for_field("instruction")
        .unwrap()
        .contains("281"));
    s.instruction = "a".repeat(280);
    assert!(s.validate().is_ok());
}

#[test]
fn a_routine_needs_a_short_single_line_name() {
    let exact = "x".repeat(MAX_NAME_CHARS);
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let table = [
        ("Morning calves", None),
        (exact.as_str(), None),
        ("", Some("Give the routine a name.")),
        ("   ", Some("Give the routine a name.")),
        (long.as_str(), Some("61 characters")),
        ("Two\nlines", Some("line breaks")),
    ];
    for (name, problem) in table {
        let result = routine(name, vec![step(Side::Both, 30)]).validate();
        match problem {
            None => assert!(result.is_ok(), "{name:?}"),
            Some(text) => {
                let errors = result.unwrap_err();
                assert!(errors.for_field("name").unwrap().contains(text), "{name:?}");
            }
        }
    }
}

#[test]
fn a_routine_needs_between_one_and_fifty_steps() {
    let empty = routine("Empty", Vec::new()).validate().unwrap_err();
    assert_eq!(empty.for_field("steps"), Some("Add at least one step."));
    let most = routine("Most", vec![step(Side::Both, 5); MAX_STEPS]);
    assert!(most.validate().is_ok());
    let too_many = routine("Too many", vec![step(Side::Both, 5); MAX_STEPS + 1]);
    assert!(too_many
        .validate()
        .unwrap_err()
        .for_field("steps")
        .unwrap()
        .contains("at most 50"));
}

#[test]
fn step_problems_are_numbered_under_steps() {
    let bad = routine("Mixed", vec![step(Side::Both, 30), step(Side::Left, 3)]);
    let errors = bad.validate().unwrap_err();
    assert_eq!(errors.0.len(), 1);
    assert!(errors.for_field("steps").unwrap().starts_with("Step 2: "));
}

#[test]
fn each_side_expands_into_left_a_switch_gap_then_right() {
    let r = routine(
        "Mixed",
        vec![
            step(Side::EachSide, 40),
            step(Side::Both, 60),
            step(Side::Right, 30),
        ],
    );
    assert_eq!(
        r.segments(Pacing::default()),
        vec![
            seg(SegmentKind::GetReady, 5),
            seg(work(0, Side::Left), 40),
            seg(SegmentKind::SwitchSides { step: 0 }, 5),
            seg(work(0, Side::Right), 40),
            seg(work(1, Side::Both), 60),
            seg(work(2, Side::Right), 30),
        ]
    );
    assert_eq!(
        r.total_seconds(Pacing::default()),
        5 + 40 + 5 + 40 + 60 + 30
    );
    assert_eq!(r.active_seconds(), 40 + 40 + 60 + 30);
}

#[test]
fn zero_length_countdown_and_gaps_are_left_out() {
    let r = routine("No pauses", vec![step(Side::EachSide, 20)]);
    let pacing = Pacing {
        get_ready_seconds: 0,
        switch_sides_seconds: 0,
    };
    let segments = r.segments(pacing);
    assert_eq!(
        segments,
        vec![seg(work(0, Side::Left), 20), seg(work(0, Side::Right), 20)]
    );
    assert_eq!(total_seconds(&segments), 40);
    let slow = Pacing {
        get_ready_seconds: 10,
        switch_sides_seconds: 8,
    };
    assert_eq!(r.total_seconds(slow), 10 + 20 + 8 + 20);
}

#[test]
fn segments_know_their_step_and_whether_they_are_massage_time() {
    let r = routine("One", vec![step(Side::EachSide, 20)]);
    let kinds: Vec<_> = r
        .segments(Pacing::default())
        .iter()
        .map(|s| (s.step(), s.is_work()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (None, false),
            (Some(0), true),
            (Some(0), false),
            (Some(0), true)
        ]
    );
}

#[test]
fn routines_are_mergeable_records() {
    let r = routine("Record", vec![step(Side::Both, 30)]);
    assert_eq!(r.id().as_str(), "routine-abc-1");
    assert_eq!(
        r.updated_at(),
        Utc.with_ymd_and_hms(2026, 2, 28, 7, 30, 0).unwrap()
    );
}

#[test]
fn pressure_labels_read_as_words_and_numbers() {
    assert_eq!(Pressure::LIGHT.label(), "Light (3–4 of 10)");
    assert_eq!(
        Pressure::LIGHT_TO_MODERATE.label(),
        "Light to moderate (4–5 of 10)"
    );
    assert_eq!(Pressure::MODERATE.label(), "Moderate (5–6 of 10)");
    assert_eq!(
        Pressure { min: 4, max: 6 }.label(),
        "Light to moderate (4–6 of 10)"
    );
    assert_eq!(Pressure { min: 7, max: 7 }.label(), "Deep (7 of 10)");
    assert_eq!(Pressure::default(), Pressure::MODERATE);
    assert_eq!(Side::EachSide.label(), "Each side");
}

/// One scale everywhere: a routine's range is named by the log's bands (light up to 4, moderate
/// 5–6, deep from 7), a firmer top never reads as a lighter word, the editor's presets run
/// lightest to firmest, and a preset that sits in one band reads exactly as the log's choice.
#[test]
fn pressures_read_on_one_scale_from_lightest_to_firmest() {
    use fresh_legs::core::massage::Pressure as Band;
    let felt: Vec<String> = Band::ALL.iter().map(|p| p.label()).collect();
    assert_eq!(
        felt,
        [
            "Light (up to 4 of 10)",
            "Moderate (5–6 of 10)",
            "Deep (7 or more of 10)"
        ]
    );
    for level in 0..=10u8 {
        let band = Band::at(level);
        assert!(band.band().contains(&level));
        let single = Pressure {
            min: level,
            max: level,
        };
        assert_eq!(single.word(), band.name(), "{level} of 10");
        for top in level..=10u8 {
            let range = Pressure {
                min: level,
                max: top,
            };
            assert!(Band::at(level) as u8 <= Band::at(top) as u8);
            assert!(range.label().ends_with(&format!("{top} of 10)")));
            assert!(range.word().starts_with(&band.name()), "{range:?}");
        }
    }
    let presets = Pressure::PRESETS;
    assert!(presets.windows(2).all(|pair| pair[0].max < pair[1].max));
    assert_eq!(Pressure::LIGHT.word(), Band::Light.name());
    assert_eq!(Pressure::MODERATE.word(), Band::Medium.name());
    for band in Band::ALL {
        assert!(band.label().to_lowercase().starts_with(&band.word()));
    }
}
