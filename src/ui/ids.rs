//! New record ids: creation time plus randomness, so records made on two devices never collide;
//! and the id of the record a form adds, given when the form opens.

use crate::core::record::RecordId;
use crate::ui::clock::use_clock;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// A fresh id such as `log-mbq4x2a-1k9f0z3`, made at `now` (the time only orders and separates ids).
pub fn new_id(prefix: &str, now: DateTime<Utc>) -> RecordId {
    RecordId::new(prefix, now, random_u64())
}

#[cfg(target_arch = "wasm32")]
fn random_u64() -> u64 {
    // Two draws: one f64 carries only 53 random bits.
    let draw = || (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (draw() << 32) ^ draw()
}

#[cfg(not(target_arch = "wasm32"))]
fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    // RandomState is seeded from the OS once per process; the counter separates ids made in the
    // same process, and the hash mixes both.
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

/// The record an "Add" form makes. Its id is given when the form opens, so sending the form
/// again (a retry after a failed save) updates that one record instead of adding another; and
/// the form's blank after a save is remembered, so a second tap of a double tap, which lands on
/// that untouched blank, adds nothing and reports nothing new.
pub struct NewRecord<D: 'static> {
    prefix: &'static str,
    id: Signal<RecordId>,
    /// What the form was reset to by the last save.
    after_save: Signal<Option<D>>,
}

impl<D> Clone for NewRecord<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D> Copy for NewRecord<D> {}

impl<D> PartialEq for NewRecord<D> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.after_save == other.after_save
    }
}

impl<D: Clone + PartialEq + 'static> NewRecord<D> {
    /// The id to send `draft` under, or `None` when `draft` is still the blank the last save
    /// left: the same tap again, which must add nothing.
    pub fn id_for(&self, draft: &D) -> Option<RecordId> {
        if self.after_save.peek().as_ref() == Some(draft) {
            None
        } else {
            Some(self.id.peek().clone())
        }
    }

    /// After a successful save: the form now shows `blank`, and its next record gets a new id.
    pub fn saved(mut self, blank: D, now: DateTime<Utc>) {
        self.id.set(new_id(self.prefix, now));
        self.after_save.set(Some(blank));
    }
}

/// The record a form adds, with ids starting `prefix` (e.g. `race`).
pub fn use_new_record<D: 'static>(prefix: &'static str) -> NewRecord<D> {
    let clock = use_clock();
    NewRecord {
        prefix,
        id: use_signal(|| new_id(prefix, clock.now())),
        after_save: use_signal(|| None),
    }
}
