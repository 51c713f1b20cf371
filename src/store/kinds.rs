//! Every kind of record the document keeps, listed once: the list at the bottom makes the
//! [`AnyRecord`] the changes carry, and walks the document's sections for the changes, the merge
//! and the record-by-record reading, so a new kind is one line here (plus its section in
//! `document` and its checks in `records`).

use crate::core::aroma::OilMark;
use crate::core::checklist::state::RaceChecklist;
use crate::core::log::LogEntry;
use crate::core::race::Race;
use crate::core::record::RecordId;
use crate::core::routine::Routine;
use crate::core::training::activity::Activity;
use crate::core::training::TrainingBlock;
use crate::store::document::Document;
use crate::store::merge::merge_records;
use crate::store::records::{read_section, sound};
use crate::store::set_aside::SetAsideRecord;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident($kind:ty) in $section:ident,)*) => {
        /// One record of any kind the document keeps, as a change carries it.
        #[derive(Debug, Clone, PartialEq)]
        pub enum AnyRecord {
            $($(#[$doc])* $variant($kind),)*
        }

        $(impl From<$kind> for AnyRecord {
            fn from(record: $kind) -> Self {
                AnyRecord::$variant(record)
            }
        })*

        impl AnyRecord {
            /// The record's id.
            pub fn id(&self) -> &RecordId {
                match self {
                    $(AnyRecord::$variant(record) => &record.id,)*
                }
            }

            /// Puts the record in its section, in place of the one with its id or at the end,
            /// stamped as changed at `now` so a merge takes this edit over older ones.
            pub(crate) fn put_into(self, document: &mut Document, now: DateTime<Utc>) {
                match self {
                    $(AnyRecord::$variant(mut record) => {
                        record.updated_at = now;
                        match document.$section.iter_mut().find(|kept| kept.id == record.id) {
                            Some(kept) => *kept = record,
                            None => document.$section.push(record),
                        }
                    })*
                }
            }
        }

        /// Takes every record with `id` out of `document`, whatever its kind.
        pub(crate) fn remove_everywhere(document: &mut Document, id: &RecordId) {
            $(document.$section.retain(|record| &record.id != id);)*
        }

        /// Each section of `into`: `a`'s and `b`'s merged under `tombstones` (see `merge`).
        pub(crate) fn merge_sections(
            a: &Document,
            b: &Document,
            tombstones: &BTreeMap<RecordId, DateTime<Utc>>,
            into: &mut Document,
        ) {
            $(into.$section = merge_records(&a.$section, &b.$section, tombstones);)*
        }

        /// Whether every section's records pass their checks with no id repeated.
        pub(crate) fn sections_sound(document: &Document) -> bool {
            $(sound(&document.$section) &&)* true
        }

        /// Each section of `into` read record by record from `fields` (see `records`).
        pub(crate) fn read_sections(
            fields: &mut Map<String, Value>,
            aside: &mut Vec<SetAsideRecord>,
            into: &mut Document,
        ) {
            $(into.$section = read_section::<$kind>(
                stringify!($section),
                fields.remove(stringify!($section)).unwrap_or(Value::Null),
                aside,
            );)*
        }
    };
}

kinds! {
    Race(Race) in races,
    Block(TrainingBlock) in blocks,
    /// Massages, soreness check-ins, injuries, self-massage and red-flag answers.
    Log(LogEntry) in log,
    /// One race's own checklist items and ticks.
    Checklist(RaceChecklist) in checklists,
    OilMark(OilMark) in oil_marks,
    Routine(Routine) in routines,
    /// The summary of an activity imported from a training file.
    Activity(Activity) in activities,
}
