//! The log form as typed (quick log on Today, add and edit on Log), and its conversion into a
//! validated log entry.

use crate::core::body::BodyArea;
use crate::core::dates;
use crate::core::log::{hours_after, LogEntry, LogKind, PreEventFor, Tissue};
use crate::core::massage::{MassageKind, Pressure, Technique};
use crate::core::race::local_time::resolve_local;
use crate::core::recommend::follow_up::default_massage_for_check_in;
use crate::core::record::RecordId;
use crate::core::validation::{parse_count, FieldErrors};
use crate::core::words::message;
use crate::core::zone::Zone;
use crate::ui::form_keys::{from_key, key_of};
use chrono::{DateTime, NaiveDate, Utc};
use dioxus::prelude::{dioxus_stores, Store};

/// Which kind of entry the form is making.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogChoice {
    Massage,
    Soreness,
    Injury,
    SelfMassage,
}

impl LogChoice {
    pub const ALL: [LogChoice; 4] = [
        LogChoice::Massage,
        LogChoice::Soreness,
        LogChoice::Injury,
        LogChoice::SelfMassage,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LogChoice::Massage => "massage",
            LogChoice::Soreness => "soreness",
            LogChoice::Injury => "injury",
            LogChoice::SelfMassage => "self_massage",
        }
    }

    pub fn label(self) -> String {
        message(match self {
            LogChoice::Massage => "log-choice-massage",
            LogChoice::Soreness => "log-choice-soreness",
            LogChoice::Injury => "log-choice-injury",
            LogChoice::SelfMassage => "log-choice-self-massage",
        })
    }
}

/// Everything the quick log form shows, as text where the runner types. A store, so each field
/// edits its own part.
#[derive(Debug, Clone, PartialEq, Store)]
pub struct QuickLogDraft {
    pub choice: LogChoice,
    pub when: String,
    pub massage_kind: String,
    pub pressure: String,
    pub with_therapist: bool,
    /// `""`, `"workout"` or a race id.
    pub before: String,
    /// The stored key of the [`Technique`] of a pre-event massage.
    pub technique: String,
    pub notes: String,
    pub hours_after: String,
    pub level: String,
    pub bruising: bool,
    /// The id of the massage a check-in follows; `""` for none.
    pub after: String,
    pub area: String,
    pub tissue: String,
    /// Injury dates as typed; `resolved` is empty while the injury is active.
    pub started: String,
    pub resolved: String,
    pub routine_name: String,
    pub minutes: String,
}

impl QuickLogDraft {
    /// A blank form dated `now` in the runner's zone; a check-in follows the latest general
    /// massage of the last 72 hours in `log` unless the runner picks another.
    pub fn new(now: DateTime<Utc>, zone: Zone, log: &[LogEntry]) -> Self {
        QuickLogDraft {
            choice: LogChoice::Massage,
            when: dates::local_field(now.with_timezone(&zone).naive_local()),
            massage_kind: "general".into(),
            pressure: "medium".into(),
            with_therapist: true,
            before: String::new(),
            technique: key_of(&Technique::LightFlush),
            notes: String::new(),
            hours_after: "24".into(),
            level: String::new(),
            bruising: false,
            after: default_massage_for_check_in(log, now)
                .map(|massage| massage.id.to_string())
                .unwrap_or_default(),
            area: "calves".into(),
            tissue: "muscle".into(),
            started: dates::date_field(now.with_timezone(&zone).date_naive()),
            resolved: String::new(),
            routine_name: String::new(),
            minutes: "10".into(),
        }
    }

    /// The form filled in from a logged entry, for editing it.
    pub fn from_entry(entry: &LogEntry, zone: Zone) -> Self {
        let mut draft = QuickLogDraft::new(entry.at, zone, &[]);
        match &entry.kind {
            LogKind::MassageReceived {
                kind,
                pressure,
                before,
                technique,
                with_therapist,
                notes,
            } => {
                draft.massage_kind = key_of(kind);
                draft.pressure = key_of(pressure);
                if let Some(technique) = technique {
                    draft.technique = key_of(technique);
                }
                draft.before = match before {
                    None => String::new(),
                    Some(PreEventFor::Workout) => "workout".into(),
                    Some(PreEventFor::Race { race_id }) => race_id.to_string(),
                };
                draft.with_therapist = *with_therapist;
                draft.notes = notes.clone();
            }
            LogKind::SorenessCheckIn {
                hours_after,
                level,
                bruising,
                after,
            } => {
                draft.choice = LogChoice::Soreness;
                draft.hours_after = hours_after.to_string();
                draft.level = level.to_string();
                draft.bruising = *bruising;
                draft.after = after.as_ref().map(RecordId::to_string).unwrap_or_default();
            }
            LogKind::Injury {
                area,
                tissue,
                started,
                resolved,
            } => {
                draft.choice = LogChoice::Injury;
                draft.area = key_of(area);
                draft.tissue = key_of(tissue);
                draft.started = dates::date_field(*started);
                draft.resolved = resolved.map(dates::date_field).unwrap_or_default();
            }
            LogKind::SelfMassage {
                routine_name,
                seconds,
            } => {
                draft.choice = LogChoice::SelfMassage;
                draft.routine_name = routine_name.clone();
                draft.minutes = (seconds / 60).to_string();
            }
            // Red-flag answers come from Today's check and are never edited in this form.
            LogKind::RedFlag { .. } => {}
        }
        draft
    }

    /// The massage in `log` a check-in follows, when the runner chose one.
    pub fn massage_followed<'a>(&self, log: &'a [LogEntry]) -> Option<&'a LogEntry> {
        let id = self.after.trim();
        log.iter()
            .find(|entry| !id.is_empty() && entry.id.as_str() == id)
    }

    /// The hours from the chosen massage to the check-in's time, as they will be stored: `None`
    /// while the time does not read, or no massage is chosen; `Some(None)` for a check-in
    /// dated before its massage.
    pub fn hours_since_massage(&self, log: &[LogEntry], zone: Zone) -> Option<Option<u16>> {
        let massage = self.massage_followed(log)?;
        let at = resolve_local(zone, dates::read_local_field(&self.when)?);
        Some(hours_after(massage.at, at))
    }

    /// The entry this form describes, or every problem found (field keys as `LogEntry::validate`).
    /// A check-in after a massage in `log` stores the hours from that massage to its own time.
    pub fn to_entry(
        &self,
        id: RecordId,
        now: DateTime<Utc>,
        zone: Zone,
        log: &[LogEntry],
    ) -> Result<LogEntry, FieldErrors> {
        let mut errors = FieldErrors::default();
        let at = match dates::read_local_field(&self.when) {
            Some(local) => resolve_local(zone, local),
            None => {
                errors.push("at", message("log-error-when"));
                now
            }
        };
        let massage_kind = from_key(&self.massage_kind).unwrap_or(MassageKind::General);
        let kind = match self.choice {
            LogChoice::Massage => LogKind::MassageReceived {
                kind: massage_kind,
                pressure: from_key(&self.pressure).unwrap_or(Pressure::Medium),
                before: match self.before.as_str() {
                    "" => None,
                    "workout" => Some(PreEventFor::Workout),
                    race_id => Some(PreEventFor::Race {
                        race_id: RecordId(race_id.to_string()),
                    }),
                },
                // Only pre-event work has a technique that rule 2 compares.
                technique: (massage_kind == MassageKind::PreEvent)
                    .then(|| from_key(&self.technique).unwrap_or(Technique::LightFlush)),
                with_therapist: self.with_therapist,
                notes: self.notes.trim().to_string(),
            },
            LogChoice::Soreness => LogKind::SorenessCheckIn {
                hours_after: match self.massage_followed(log) {
                    Some(massage) => hours_after(massage.at, at).unwrap_or_else(|| {
                        errors.push("hours_after", message("log-error-check-in-before"));
                        0
                    }),
                    None => parse_number(&self.hours_after, "hours_after", &mut errors),
                },
                level: u8::try_from(parse_number(&self.level, "level", &mut errors))
                    .unwrap_or(u8::MAX),
                bruising: self.bruising,
                after: match self.after.trim() {
                    "" => None,
                    id => Some(RecordId(id.to_string())),
                },
            },
            LogChoice::Injury => LogKind::Injury {
                area: from_key(&self.area).unwrap_or(BodyArea::Calves),
                tissue: from_key(&self.tissue).unwrap_or(Tissue::Muscle),
                started: parse_date(&self.started, "started", &mut errors)
                    .unwrap_or_else(|| at.with_timezone(&zone).date_naive()),
                resolved: match self.resolved.trim() {
                    "" => None,
                    _ => parse_date(&self.resolved, "resolved", &mut errors),
                },
            },
            LogChoice::SelfMassage => LogKind::SelfMassage {
                routine_name: match self.routine_name.trim() {
                    // Stored as the runner's own words would be, so in English whatever the app
                    // speaks: the entry keeps reading the same when the language changes.
                    "" => "Self-massage".to_string(),
                    name => name.to_string(),
                },
                seconds: u32::from(parse_number(&self.minutes, "minutes", &mut errors)) * 60,
            },
        };
        let entry = LogEntry {
            id,
            updated_at: now,
            at,
            kind,
        };
        if let Err(range_errors) = entry.validate(now) {
            for error in range_errors.0 {
                if errors.for_field(error.field).is_none() {
                    errors.0.push(error);
                }
            }
        }
        errors.into_result().map(|()| entry)
    }
}

fn parse_date(text: &str, field: &'static str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    let parsed = dates::read_date_field(text);
    if parsed.is_none() {
        errors.push(field, message("log-error-date"));
    }
    parsed
}

fn parse_number(text: &str, field: &'static str, errors: &mut FieldErrors) -> u16 {
    parse_count(text).unwrap_or_else(|message| {
        errors.push(field, message);
        0
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 29, 12, 0, 0).unwrap()
    }

    #[test]
    fn a_massage_is_dated_in_the_runners_zone() {
        let zone: Zone = "Europe/London".parse().unwrap();
        let mut draft = QuickLogDraft::new(now(), zone, &[]);
        draft.when = "2026-03-28T18:30".into();
        let entry = draft
            .to_entry(RecordId("entry-1".into()), now(), zone, &[])
            .unwrap();
        assert_eq!(
            entry.at,
            Utc.with_ymd_and_hms(2026, 3, 28, 18, 30, 0).unwrap()
        );
        assert_eq!(entry.massage_kind(), Some(MassageKind::General));
    }

    #[test]
    fn soreness_outside_its_scale_and_future_times_are_refused() {
        let zone = crate::core::zone::utc();
        let mut draft = QuickLogDraft::new(now(), zone, &[]);
        draft.choice = LogChoice::Soreness;
        draft.level = "11".into();
        draft.when = "2026-04-02T09:00".into();
        let errors = draft
            .to_entry(RecordId("entry-2".into()), now(), zone, &[])
            .unwrap_err();
        assert!(errors.for_field("level").is_some());
        assert!(errors.for_field("at").unwrap().contains("future"));
        draft.level = "six".into();
        let errors = draft
            .to_entry(RecordId("entry-2".into()), now(), zone, &[])
            .unwrap_err();
        assert_eq!(
            errors.for_field("level"),
            Some("Enter a whole number, like 3, not \"six\".")
        );
    }

    /// The hours come from the chosen massage and the check-in's own time, never a default:
    /// a check-in 29.5 h after is stored as 29 h; another massage or time changes them.
    #[test]
    fn a_check_in_counts_the_hours_from_the_chosen_massage() {
        let zone: Zone = "Europe/London".parse().unwrap();
        let massage = |id: &str, at: DateTime<Utc>| LogEntry {
            id: RecordId(id.into()),
            updated_at: at,
            at,
            kind: LogKind::MassageReceived {
                kind: MassageKind::General,
                pressure: Pressure::Medium,
                before: None,
                technique: None,
                with_therapist: true,
                notes: String::new(),
            },
        };
        let log = vec![
            massage(
                "massage-deep",
                Utc.with_ymd_and_hms(2026, 3, 28, 6, 30, 0).unwrap(),
            ),
            massage(
                "massage-earlier",
                Utc.with_ymd_and_hms(2026, 3, 26, 12, 0, 0).unwrap(),
            ),
        ];
        let mut draft = QuickLogDraft::new(now(), zone, &log);
        draft.choice = LogChoice::Soreness;
        draft.level = "4".into();
        draft.after = "massage-deep".into();
        // 29 March 12:00 BST is 11:00 UTC: 28 h 30 min after 28 March 06:30 UTC.
        draft.when = "2026-03-29T12:00".into();
        let hours = |draft: &QuickLogDraft| match draft
            .to_entry(RecordId("entry-4".into()), now(), zone, &log)
            .unwrap()
            .kind
        {
            LogKind::SorenessCheckIn { hours_after, .. } => hours_after,
            other => panic!("{other:?}"),
        };
        assert_eq!(hours(&draft), 28);
        assert_eq!(draft.hours_since_massage(&log, zone), Some(Some(28)));
        draft.when = "2026-03-29T13:00".into();
        assert_eq!(hours(&draft), 29, "29.5 h after is 29 h, not a default 24");
        draft.after = "massage-earlier".into();
        assert_eq!(hours(&draft), 72);
        // Typed hours only count for a check-in that follows no massage.
        draft.hours_after = "5".into();
        assert_eq!(hours(&draft), 72);
        draft.after = String::new();
        assert_eq!(hours(&draft), 5);
        // Dated before the massage it follows: said beside the field.
        draft.after = "massage-deep".into();
        draft.when = "2026-03-28T06:00".into();
        let errors = draft
            .to_entry(RecordId("entry-4".into()), now(), zone, &log)
            .unwrap_err();
        assert!(errors
            .for_field("hours_after")
            .unwrap()
            .contains("before the massage"));
        assert_eq!(draft.hours_since_massage(&log, zone), Some(None));
    }

    #[test]
    fn a_therapists_massage_can_be_booked_ahead_and_nothing_else_can() {
        let zone = crate::core::zone::utc();
        let mut draft = QuickLogDraft::new(now(), zone, &[]);
        draft.choice = LogChoice::Massage;
        draft.with_therapist = true;
        draft.when = "2026-04-02T09:00".into();
        let booked = draft
            .to_entry(RecordId("entry-3".into()), now(), zone, &[])
            .unwrap();
        assert!(booked.is_booked(now()));
        draft.when = "2027-06-01T09:00".into();
        let errors = draft
            .to_entry(RecordId("entry-3".into()), now(), zone, &[])
            .unwrap_err();
        assert_eq!(errors.for_field("at"), Some("Book at most 366 days ahead."));
        draft.when = "2026-04-02T09:00".into();
        draft.with_therapist = false;
        let errors = draft
            .to_entry(RecordId("entry-3".into()), now(), zone, &[])
            .unwrap_err();
        assert!(errors.for_field("at").unwrap().contains("future"));
    }
}
