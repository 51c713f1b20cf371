//! A few activities read at a time, summarised, with the progress so far: what one pause-free
//! stretch of an import hands the UI, natively and from the web's reader module alike.

use super::job::ImportJob;
use crate::core::dates;
use crate::core::training::activity::{summarise, Activity};
use crate::core::validation::FieldErrors;
use crate::core::words::{message_with, Arg};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What one stretch of reading gave.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StepReport {
    /// Results handed out so far, of `total` expected (the total grows when an archive opens).
    pub done: usize,
    pub total: usize,
    pub finished: bool,
    /// The activities read in this stretch, summarised (stamped `now`).
    pub activities: Vec<Activity>,
    /// The messages of the files (or archive rows) that could not be read in this stretch, in
    /// the language of the thread that read them: on the web, the reader module's, which speaks
    /// English.
    pub problems: Vec<String>,
}

/// Why a summary the files gave cannot be kept, naming the activity as the runner knows it and
/// the file it came from.
fn unusable(activity: &Activity, file: &str, errors: &FieldErrors) -> String {
    let reasons: Vec<&str> = errors.0.iter().map(|e| e.message.as_str()).collect();
    let mut args = vec![
        (
            "date",
            Arg::from(dates::day_month_year(activity.start.date_naive())),
        ),
        ("file", Arg::from(file)),
        ("reasons", Arg::from(reasons.join(" "))),
    ];
    match activity.name.trim() {
        "" => message_with("training-left-out-unnamed", &args),
        named => {
            args.push(("name", Arg::from(named)));
            message_with("training-left-out", &args)
        }
    }
}

impl ImportJob {
    /// Reads up to `count` activities and summarises them as of `now`; a summary that fails the
    /// checks every stored activity passes is reported instead of kept.
    pub fn read_some(&mut self, count: usize, now: DateTime<Utc>) -> StepReport {
        let mut report = StepReport::default();
        for _ in 0..count {
            match self.step() {
                Some(Ok(parsed)) => {
                    let activity = summarise(&parsed, now);
                    match activity.check() {
                        Ok(()) => report.activities.push(activity),
                        Err(errors) => {
                            report
                                .problems
                                .push(unusable(&activity, self.current_file(), &errors))
                        }
                    }
                }
                Some(Err(problem)) => report.problems.push(problem.to_string()),
                None => break,
            }
        }
        (report.done, report.total) = self.progress();
        report.finished = self.is_finished();
        report
    }
}
