//! Routine export and import: round trips, and refusals that say why and import nothing.

use chrono::{DateTime, TimeZone, Utc};
use fresh_legs::core::body::{BodyArea, MassageTool, ToolsOwned};
use fresh_legs::core::record::RecordId;
use fresh_legs::core::routine::catalog::builtin_routines;
use fresh_legs::core::routine::file::{
    export_routines, import_routines, RoutineImportError, ROUTINES_FORMAT, ROUTINES_VERSION,
};
use fresh_legs::core::routine::{Pressure, Routine, Side, Step};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The built-ins as the runner's own copies, the usual thing to export.
fn custom_routines() -> Vec<Routine> {
    builtin_routines(ToolsOwned::default())
        .into_iter()
        .enumerate()
        .map(|(n, mut routine)| {
            routine.id = RecordId(format!("routine-copy-{n}"));
            routine.name = format!("My {}", routine.name.to_lowercase());
            routine.built_in = false;
            routine.updated_at = Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap();
            routine
        })
        .collect()
}

fn exported_value() -> Value {
    serde_json::from_str(&export_routines(&custom_routines())).unwrap()
}

fn import_value(value: &Value) -> Result<Vec<Routine>, RoutineImportError> {
    import_routines(&value.to_string())
}

#[test]
fn export_then_import_gives_back_the_same_routines() {
    let routines = custom_routines();
    let text = export_routines(&routines);
    assert_eq!(import_routines(&text), Ok(routines));
}

#[test]
fn the_export_names_its_format_and_version() {
    let value = exported_value();
    assert_eq!(value["format"], ROUTINES_FORMAT);
    assert_eq!(value["version"], ROUTINES_VERSION);
    assert_eq!(value["routines"][0]["steps"][0]["muscle"], "calves");
    assert_eq!(value["routines"][0]["steps"][0]["side"], "each_side");
}

#[test]
fn text_that_is_not_json_is_refused() {
    let error = import_routines("calves, 60 s").unwrap_err();
    assert!(matches!(error, RoutineImportError::NotJson(_)));
    assert!(error
        .to_string()
        .starts_with("This is not readable routine data"));
    assert!(matches!(
        import_routines(""),
        Err(RoutineImportError::NotJson(_))
    ));
    // A paste that is not JSON says where, in words, never the parser's ("expected ident").
    assert_eq!(
        import_routines("{routines: []}").unwrap_err().to_string(),
        "This is not readable routine data: it is not complete JSON text: the first thing wrong is on line 1, at character 2. Check that you picked the exported .json file, or pasted all of it."
    );
}

#[test]
fn a_file_saved_with_a_byte_order_mark_imports() {
    let text = format!("\u{feff}{}", exported_value());
    assert_eq!(
        import_routines(&text).unwrap(),
        import_value(&exported_value()).unwrap()
    );
}

#[test]
fn other_json_is_not_taken_for_a_routines_file() {
    for other in [
        json!([1, 2, 3]),
        json!({"schema_version": 1, "races": []}),
        json!({"format": "someone-elses-timer", "version": 1, "routines": []}),
        json!({"format": ROUTINES_FORMAT, "version": "1", "routines": []}),
        json!({"format": ROUTINES_FORMAT, "version": 0, "routines": []}),
        json!({"format": ROUTINES_FORMAT, "version": -1, "routines": []}),
    ] {
        assert_eq!(
            import_value(&other),
            Err(RoutineImportError::WrongFormat),
            "{other}"
        );
    }
}

#[test]
fn a_newer_file_is_refused_for_its_version_whatever_its_shape() {
    let newer = json!({"format": ROUTINES_FORMAT, "version": 2, "routines": {"changed": true}});
    let error = import_value(&newer).unwrap_err();
    assert_eq!(
        error,
        RoutineImportError::NewerVersion {
            found: 2,
            supported: 1
        }
    );
    assert!(error.to_string().contains("Update the app"));
}

#[test]
fn damaged_routines_are_refused_as_malformed() {
    let mut missing_muscle = exported_value();
    missing_muscle["routines"][1]["steps"][0]
        .as_object_mut()
        .unwrap()
        .remove("muscle");
    let mut unknown_tool = exported_value();
    unknown_tool["routines"][0]["steps"][2]["tool"] = json!("vibrating gun");
    let mut negative_seconds = exported_value();
    negative_seconds["routines"][0]["steps"][0]["seconds"] = json!(-30);
    let mut no_list = exported_value();
    no_list.as_object_mut().unwrap().remove("routines");
    for damaged in [missing_muscle, unknown_tool, negative_seconds, no_list] {
        let error = import_value(&damaged).unwrap_err();
        assert!(
            matches!(error, RoutineImportError::Malformed(_)),
            "{error:?}"
        );
        for parser_word in ["expected", "u32", "variant", "line "] {
            assert!(!error.to_string().contains(parser_word), "{error}");
        }
    }
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(
        import_routines(&export_routines(&[])),
        Err(RoutineImportError::Empty)
    );
}

#[test]
fn an_invalid_routine_refuses_the_whole_file_and_says_which() {
    let mut routines = custom_routines();
    routines[2].steps[1].seconds = 3;
    routines[2].name = String::new();
    let error = import_routines(&export_routines(&routines)).unwrap_err();
    let RoutineImportError::Invalid {
        number,
        errors,
        summary,
        ..
    } = &error
    else {
        panic!("expected Invalid, got {error:?}");
    };
    assert_eq!(*number, 3);
    assert!(errors.for_field("name").is_some());
    assert!(errors.for_field("steps").unwrap().starts_with("Step 2: "));
    assert!(summary.contains("Give the routine a name.") && summary.contains("this one is 3"));
    assert!(error
        .to_string()
        .starts_with("Routine 3 (\"\") cannot be imported: "));
}

#[test]
fn ids_must_be_present_and_unique() {
    let mut blank = custom_routines();
    blank[1].id = RecordId(" ".into());
    assert_eq!(
        import_routines(&export_routines(&blank)),
        Err(RoutineImportError::MissingId { number: 2 })
    );
    let mut twins = custom_routines();
    twins[3].id = twins[0].id.clone();
    assert_eq!(
        import_routines(&export_routines(&twins)),
        Err(RoutineImportError::DuplicateId {
            id: "routine-copy-0".into()
        })
    );
}

#[test]
fn a_file_cannot_bring_in_or_replace_built_ins() {
    let error =
        import_routines(&export_routines(&builtin_routines(ToolsOwned::default()))).unwrap_err();
    assert_eq!(
        error,
        RoutineImportError::BuiltIn {
            name: "Pre-race light flush".into()
        }
    );
    // Marked as the runner's own but carrying a built-in's id, it would hide behind the built-in.
    let mut disguised = builtin_routines(ToolsOwned::default()).remove(0);
    disguised.built_in = false;
    disguised.name = "My flush".into();
    assert_eq!(
        import_routines(&export_routines(&[disguised])).unwrap_err(),
        RoutineImportError::BuiltIn {
            name: "My flush".into()
        }
    );
}

fn routine_strategy() -> impl Strategy<Value = Routine> {
    let side = prop_oneof![
        Just(Side::Left),
        Just(Side::Right),
        Just(Side::Both),
        Just(Side::EachSide)
    ];
    let step = (
        prop::sample::select(BodyArea::ALL.to_vec()),
        prop::option::of(prop::sample::select(MassageTool::ALL.to_vec())),
        side,
        5u32..=600,
        (0u8..=10, 0u8..=10),
        "[a-zA-Z ,.'é–]{0,80}",
    )
        .prop_map(|(muscle, tool, side, seconds, (a, b), instruction)| Step {
            muscle,
            tool,
            side,
            seconds,
            pressure: Pressure {
                min: a.min(b),
                max: a.max(b),
            },
            instruction,
        });
    (
        "[a-z0-9-]{1,24}",
        "[A-Za-z][A-Za-z0-9 ]{0,59}",
        prop::collection::vec(step, 1..8),
        0i64..4_000_000_000,
    )
        .prop_map(|(id, name, steps, secs)| Routine {
            id: RecordId(id),
            name,
            steps,
            built_in: false,
            updated_at: DateTime::from_timestamp(secs, 0).unwrap(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any set of valid custom routines with distinct ids survives export and import unchanged.
    #[test]
    fn any_valid_routines_round_trip(routines in prop::collection::vec(routine_strategy(), 1..5)) {
        let mut routines = routines;
        for (n, routine) in routines.iter_mut().enumerate() {
            routine.id = RecordId(format!("{}-{n}", routine.id));
        }
        prop_assert_eq!(import_routines(&export_routines(&routines)), Ok(routines));
    }
}
