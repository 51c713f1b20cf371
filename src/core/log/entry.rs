//! The runner's log: massages received, soreness check-ins, injuries and self-massage sessions.

use crate::core::body::BodyArea;
use crate::core::massage::{MassageKind, Pressure, Technique};
use crate::core::record::{Record, RecordId};
use crate::core::safety::RedFlag;
use crate::core::validation::{outside_window, FieldErrors, OutsideWindow, DATE_WINDOW_YEARS};
use crate::core::words::{message, message_with, Arg};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Clocks differ a little between devices; entries up to this far ahead still count as "now".
const MAX_MINUTES_AHEAD: i64 = 10;
/// A therapist's massage can be logged ahead as booked, up to a year out.
pub const MAX_DAYS_BOOKED_AHEAD: i64 = 366;
/// A soreness check-in belongs to the days after a massage.
pub const MAX_SORENESS_HOURS: u16 = 240;

/// Whole hours from a massage at `massage_at` to a check-in at `at`, as a check-in stores them
/// (counted down, as a clock does: 29 h 50 min is 29 h); `None` when the check-in comes first.
pub fn hours_after(massage_at: DateTime<Utc>, at: DateTime<Utc>) -> Option<u16> {
    let hours = (at - massage_at).num_hours();
    (at >= massage_at).then(|| u16::try_from(hours).unwrap_or(u16::MAX))
}
/// Notes stay short enough to read on a phone.
pub const MAX_NOTES_CHARS: usize = 500;

/// What a pre-event massage was given before: a race on the calendar or a hard workout.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PreEventFor {
    Race { race_id: RecordId },
    Workout,
}

/// Which tissue an injury is in; the therapist's approach depends on it (rule 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tissue {
    Muscle,
    Tendon,
    Ligament,
}

impl Tissue {
    pub const ALL: [Tissue; 3] = [Tissue::Muscle, Tissue::Tendon, Tissue::Ligament];

    /// The word shown to the runner, lower case so it reads inside a sentence.
    pub fn label(self) -> String {
        message(match self {
            Tissue::Muscle => "log-tissue-muscle",
            Tissue::Tendon => "log-tissue-tendon",
            Tissue::Ligament => "log-tissue-ligament",
        })
    }
}

/// What happened, with the details each rule needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LogKind {
    /// A massage given by someone else (or booked, when dated in the future).
    MassageReceived {
        kind: MassageKind,
        pressure: Pressure,
        /// For pre-event work: what it prepared for, so rule 2 can see the approach was tried.
        before: Option<PreEventFor>,
        /// For pre-event work: how it was done.
        #[serde(default)]
        technique: Option<Technique>,
        with_therapist: bool,
        notes: String,
    },
    /// How sore the runner is some hours after a session (rule 6).
    SorenessCheckIn {
        hours_after: u16,
        /// 0 (nothing) to 10 (worst imaginable).
        level: u8,
        bruising: bool,
        /// The massage this soreness follows; `None` when it follows none (a race, a hard run).
        #[serde(default)]
        after: Option<RecordId>,
    },
    /// An injury; active from `started` until `resolved` (exclusive).
    Injury {
        area: BodyArea,
        tissue: Tissue,
        started: NaiveDate,
        resolved: Option<NaiveDate>,
    },
    /// A self-massage routine the runner did.
    SelfMassage { routine_name: String, seconds: u32 },
    /// A red flag answered yes (rule 12): no massage there (or at all) until `cleared`, the day
    /// a doctor or physio cleared it.
    RedFlag {
        flag: RedFlag,
        /// The area, for a flag about one area.
        area: Option<BodyArea>,
        cleared: Option<NaiveDate>,
    },
}

/// One entry in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: RecordId,
    pub updated_at: DateTime<Utc>,
    /// When it happened (or will happen, for a booked massage).
    pub at: DateTime<Utc>,
    pub kind: LogKind,
}

impl Record for LogEntry {
    fn id(&self) -> &RecordId {
        &self.id
    }

    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl LogEntry {
    /// The kind of massage if this entry is a massage someone gave.
    pub fn massage_kind(&self) -> Option<MassageKind> {
        match &self.kind {
            LogKind::MassageReceived { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// Whether this entry is a session with a therapist, which counts against the monthly budget.
    pub fn is_professional_session(&self) -> bool {
        matches!(
            &self.kind,
            LogKind::MassageReceived { with_therapist: true, kind, .. } if kind.is_professional()
        )
    }

    /// The injured area, if this entry is an injury active on `date`.
    pub fn injury_on(&self, date: NaiveDate) -> Option<(BodyArea, Tissue)> {
        match &self.kind {
            LogKind::Injury {
                area,
                tissue,
                started,
                resolved,
            } if *started <= date && resolved.is_none_or(|end| date < end) => {
                Some((*area, *tissue))
            }
            _ => None,
        }
    }

    /// The day an injury entry's injury started.
    pub fn injury_started(&self) -> Option<NaiveDate> {
        match &self.kind {
            LogKind::Injury { started, .. } => Some(*started),
            _ => None,
        }
    }

    /// The red flag and its area, if this entry is a red flag in force on the runner's local
    /// `date`: reported on or before it and not cleared by then (cleared on a day, it no longer
    /// counts that day). `reported` is the local date of `at`.
    pub fn red_flag_on(
        &self,
        date: NaiveDate,
        reported: NaiveDate,
    ) -> Option<(RedFlag, Option<BodyArea>)> {
        match self.kind {
            LogKind::RedFlag {
                flag,
                area,
                cleared,
            } if reported <= date && cleared.is_none_or(|day| date < day) => Some((flag, area)),
            _ => None,
        }
    }

    /// Whether this is a therapist's massage dated after `now`: booked, not yet had.
    pub fn is_booked(&self, now: DateTime<Utc>) -> bool {
        self.at > now && self.is_professional_session()
    }

    /// Checks what a runner can type: nothing from the future except a therapist's massage
    /// booked up to a year ahead, soreness on its 0–10 scale, injury dates in order, red flags with an
    /// area exactly when they concern one. Field keys: `at`, `hours_after`, `level`, `started`,
    /// `resolved`, `notes`, `area`.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<(), FieldErrors> {
        let mut errors = self.check().err().unwrap_or_default();
        if outside_window(self.at.date_naive(), now.date_naive()) == Some(OutsideWindow::TooLongAgo)
        {
            errors.push(
                "at",
                message_with(
                    "log-error-long-ago",
                    &[("years", Arg::from(DATE_WINDOW_YEARS))],
                ),
            );
        }
        if self.is_professional_session() {
            if self.at > now + Duration::days(MAX_DAYS_BOOKED_AHEAD) {
                errors.push(
                    "at",
                    message_with(
                        "log-error-book-ahead",
                        &[("days", Arg::from(MAX_DAYS_BOOKED_AHEAD))],
                    ),
                );
            }
        } else if self.at > now + Duration::minutes(MAX_MINUTES_AHEAD) {
            errors.push("at", message("log-error-future"));
        }
        errors.into_result()
    }

    /// The checks that hold whenever the entry was logged: what the forms check, on load and on
    /// import, for every stored entry.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        match &self.kind {
            LogKind::MassageReceived { notes, .. } if notes.chars().count() > MAX_NOTES_CHARS => {
                // The length as digits: a pasted text runs into thousands of characters.
                errors.push(
                    "notes",
                    message_with(
                        "log-error-notes",
                        &[
                            ("most", Arg::from(MAX_NOTES_CHARS)),
                            ("count", Arg::from(notes.chars().count().to_string())),
                        ],
                    ),
                );
            }
            LogKind::SorenessCheckIn {
                hours_after, level, ..
            } => {
                if *hours_after > MAX_SORENESS_HOURS {
                    // As digits: a typed number runs into thousands.
                    errors.push(
                        "hours_after",
                        message_with(
                            "log-error-hours",
                            &[
                                ("most", Arg::from(u32::from(MAX_SORENESS_HOURS))),
                                ("hours", Arg::from(hours_after.to_string())),
                            ],
                        ),
                    );
                }
                if *level > 10 {
                    errors.push(
                        "level",
                        message_with(
                            "log-error-level",
                            &[("level", Arg::from(u32::from(*level)))],
                        ),
                    );
                }
            }
            LogKind::Injury {
                started, resolved, ..
            } => {
                if *started > self.at.date_naive() + Duration::days(1) {
                    errors.push("started", message("log-error-injury-start"));
                }
                if resolved.is_some_and(|end| end < *started) {
                    errors.push("resolved", message("log-error-injury-heal"));
                }
            }
            LogKind::RedFlag { flag, area, .. } => {
                if flag.is_local() && area.is_none() {
                    errors.push("area", message("log-error-area-missing"));
                } else if !flag.is_local() && area.is_some() {
                    errors.push("area", message("log-error-area-whole-body"));
                }
            }
            _ => {}
        }
        errors.into_result()
    }
}
