//! The pure core's tests (rules, races, routines, the timer, training files, dates) and the
//! fixtures' own checks, in one test binary: one link instead of one per file.

#[path = "../common/mod.rs"]
mod common;
#[path = "../support/mod.rs"]
mod support;

mod app_metadata;
mod aroma;
mod aroma_blend;
mod calendar;
mod check_ins;
mod checklist;
mod checklist_copy;
mod countdown;
mod dates;
mod dates_languages;
mod engine_new_rule;
mod follow_up;
mod insights;
mod plan;
mod plan_budget;
mod plan_injuries;
mod plan_test_session;
mod profile;
mod properties;
mod race;
mod race_edges;
mod race_pinned;
mod race_validation;
mod recommend_copy;
mod recommend_copy_fit;
mod red_flags;
mod routine;
mod routine_catalog;
mod routine_injuries;
mod routine_io;
mod rules_budget;
mod rules_race_day;
mod rules_stops;
mod rules_try_first;
mod season;
mod spacing;
mod timer;
mod timer_ahead;
mod timer_gaps;
mod timer_props;
mod timer_snapshot;
mod today;
mod today_budget;
mod today_care;
mod today_distance;
mod today_race_day;
mod training_bounds;
mod training_detect;
mod training_files;
mod training_fixture;
mod training_load;
mod training_real_files;
mod training_season;
mod training_summary;
mod words;
mod words_aromatherapy;
mod words_catalogues;
mod words_checklists;
mod zone_finder;
mod zone_fixture;
