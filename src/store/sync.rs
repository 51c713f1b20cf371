//! Saving when other copies of the app (another tab, window or process) share the storage: each
//! save starts from the [`Revision`] this copy last read or wrote, and when storage holds another
//! revision the two copies are reconciled record by record before the change is applied and
//! saved, so nothing is ever written over blindly.

use crate::core::record::{fnv1a, RecordId};
use crate::core::sorting;
use crate::store::backend::Backend;
use crate::store::change::Change;
use crate::store::document::Document;
use crate::store::error::StoreError;
use crate::store::load::{parse_document, ParseError};
use crate::store::merge::merge;
use crate::store::SCHEMA_VERSION;
use chrono::{DateTime, Utc};
use std::cmp::Ordering;

/// Which stored text a copy last read or wrote: a fingerprint of the text itself, so any save by
/// anyone (another tab, an older build, a restored backup) is a new revision.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Revision(Option<u64>);

impl Revision {
    /// Nothing stored yet.
    pub const NOTHING: Revision = Revision(None);

    /// The revision of the stored text `bytes`, or [`Revision::NOTHING`].
    pub fn of(bytes: Option<&[u8]>) -> Revision {
        Revision(bytes.map(fnv1a))
    }
}

/// The document as saved (or as storage now holds it) and its revision.
#[derive(Debug, Clone, PartialEq)]
pub struct Synced {
    pub document: Document,
    pub revision: Revision,
}

/// What a save gives back: the document with the changes applied, to show whether or not it was
/// saved (nothing the runner did is lost), and its new revision, or why it was not saved.
#[derive(Debug)]
pub struct Committed {
    pub document: Document,
    pub saved: Result<Revision, StoreError>,
}

/// What `ours` adds to `stored`, another copy's later save of the same data: `None` when it adds
/// nothing (the usual case: `stored` was made from ours), else both reconciled into one.
///
/// A copy that replaced everything ("Replace my data", "Delete all data") after the other began
/// wins whole, so the replaced records never come back from a copy that still had them. Otherwise
/// the two are merged record by record (`merge`: the later edit wins, tombstones respected),
/// keeping the order of `stored`'s routines, the one list whose order the runner chooses.
pub fn reconcile(stored: &Document, ours: &Document) -> Option<Document> {
    match stored.replaced_at.cmp(&ours.replaced_at) {
        Ordering::Greater => None,
        Ordering::Less => Some(ours.clone()),
        Ordering::Equal => {
            let mut merged = merge(stored, ours);
            // Compared as stored text, the form a save would write (and no second comparison of
            // every record type in the web bundle).
            if merged.to_json() == merge(stored, stored).to_json() {
                return None;
            }
            let place = |id: &RecordId| {
                stored
                    .routines
                    .iter()
                    .position(|routine| &routine.id == id)
                    .unwrap_or(usize::MAX)
            };
            sorting::sort_by_key(&mut merged.routines, |routine| place(&routine.id));
            Some(merged)
        }
    }
}

/// What storage holds when it is no longer `from`: its revision and document; `None` while it
/// still holds `from`, or nothing at all (the next save writes ours).
fn stored_since(
    backend: &dyn Backend,
    from: Revision,
) -> Result<Option<(Revision, Document)>, StoreError> {
    let Some(bytes) = backend.read_current()? else {
        return Ok(None);
    };
    let revision = Revision::of(Some(&bytes));
    if revision == from {
        return Ok(None);
    }
    match parse_document(&bytes) {
        Ok(stored) => Ok(Some((revision, stored))),
        Err(ParseError::Newer { found }) => Err(StoreError::NewerVersion {
            found,
            supported: SCHEMA_VERSION,
        }),
        Err(ParseError::Malformed { .. }) => Err(StoreError::ChangedUnreadable {
            location: backend.location(),
        }),
    }
}

/// Writes `document` and returns its new revision.
fn write(backend: &dyn Backend, document: &Document) -> Result<Revision, StoreError> {
    let text = document.to_json();
    backend.write_current(&text)?;
    Ok(Revision::of(Some(text.as_bytes())))
}

/// Applies `changes`, made at `now` in a copy that holds `ours` as of revision `from`, and saves
/// the result. When another copy saved since `from`, the changes go onto both copies
/// reconciled, and that is what is saved and returned.
pub fn commit(
    backend: &dyn Backend,
    from: Revision,
    ours: Document,
    changes: Vec<Change>,
    now: DateTime<Utc>,
) -> Committed {
    let (mut document, problem) = match stored_since(backend, from) {
        Ok(None) => (ours, None),
        Ok(Some((_, stored))) => (reconcile(&stored, &ours).unwrap_or(stored), None),
        Err(error) => (ours, Some(error)),
    };
    for change in changes {
        document.apply(change, now);
    }
    let saved = match problem {
        Some(error) => Err(error),
        None => write(backend, &document),
    };
    Committed { document, saved }
}

/// Takes in what another copy saved since `from`: `None` when storage still holds `from` (or
/// holds nothing); else the stored document, or, when `ours` has something it lacks (a save that
/// failed, or two saves at the same instant), both reconciled and saved.
pub fn catch_up(
    backend: &dyn Backend,
    from: Revision,
    ours: &Document,
) -> Result<Option<Synced>, StoreError> {
    let Some((revision, stored)) = stored_since(backend, from)? else {
        return Ok(None);
    };
    match reconcile(&stored, ours) {
        None => Ok(Some(Synced {
            document: stored,
            revision,
        })),
        Some(both) => Ok(Some(Synced {
            revision: write(backend, &both)?,
            document: both,
        })),
    }
}
