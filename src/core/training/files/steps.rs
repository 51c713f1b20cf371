//! A few activities read at a time, summarised, with the progress so far: what one pause-free
//! stretch of an import hands the UI, natively and from the web's reader module alike.

use super::job::ImportJob;
use crate::core::training::activity::{summarise, Activity};
use crate::core::validation::FieldErrors;
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
    /// The messages of the files (or archive rows) that could not be read in this stretch.
    pub problems: Vec<String>,
}

/// Why a summary the files gave cannot be kept, naming the activity as the runner knows it and
/// the file it came from.
fn unusable(activity: &Activity, file: &str, errors: &FieldErrors) -> String {
    let name = match activity.name.trim() {
        "" => "An activity",
        named => named,
    };
    let reasons: Vec<&str> = errors.0.iter().map(|e| e.message.as_str()).collect();
    format!(
        "{name} of {} (in {file}) was left out: {}",
        crate::core::dates::day_month_year(activity.start.date_naive()),
        reasons.join(" ")
    )
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
