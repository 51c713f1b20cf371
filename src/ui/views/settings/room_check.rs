//! Whether an import fits the storage it goes into, said in its review before Merge or Replace:
//! what the data would take (kept twice, as every save keeps the copy before) against the room
//! the browser gives Fresh Legs. Where it does not fit, the ways to make room are offered.

use crate::store::room::{megabytes, needed_for, Room};
use crate::store::{Change, Document};
use crate::ui::components::MakeRoom;
use crate::ui::state::StoreHandle;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// What merging or replacing with a file would take, against the room there is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomCheck {
    pub merged: u64,
    pub replaced: u64,
    pub room: u64,
}

impl RoomCheck {
    /// The check for `incoming` over `current` at `now`, in `room`.
    pub fn of(current: &Document, incoming: &Document, room: Room, now: DateTime<Utc>) -> Self {
        let mut merged = current.clone();
        merged.apply(Change::Merge(incoming.clone()), now);
        let mut replaced = current.clone();
        replaced.apply(Change::Replace(incoming.clone()), now);
        RoomCheck {
            merged: needed_for(&merged),
            replaced: needed_for(&replaced),
            room: room.for_data(),
        }
    }

    pub fn merge_fits(&self) -> bool {
        self.merged <= self.room
    }

    pub fn replace_fits(&self) -> bool {
        self.replaced <= self.room
    }

    /// The review's sentence about room.
    pub fn sentence(&self) -> String {
        let verdict = |fits: bool| if fits { "fits" } else { "does not fit" };
        format!(
            "Room: merged, your data would take {} of this browser's storage, and replaced by the file {} (the browser keeps each save twice, with a backup copy); it has {} for Fresh Legs. Merging {}; replacing {}.",
            megabytes(self.merged),
            megabytes(self.replaced),
            megabytes(self.room),
            verdict(self.merge_fits()),
            verdict(self.replace_fits()),
        )
    }
}

/// The room the storage has, where it has a fixed size (the web); `None` elsewhere, where the
/// disk is the limit. Measured when a file comes for review, not before: measuring writes.
pub fn measure_room(store: Option<&StoreHandle>) -> Option<Room> {
    store?.0.room()
}

/// The room sentence, and the ways to make room when merging does not fit.
#[component]
pub fn RoomStatement(check: RoomCheck) -> Element {
    rsx! {
        p { class: if check.merge_fits() { "form-status room-check" } else { "field-error room-check" },
            id: ROOM_CHECK_ID,
            role: if check.merge_fits() { "status" } else { "alert" },
            {check.sentence()}
        }
        if !check.merge_fits() {
            p { "To make room for the merge, remove some of what is stored now:" }
            MakeRoom {}
        }
    }
}

/// The statement's `id`, which Merge and Replace point to when they cannot go ahead.
pub const ROOM_CHECK_ID: &str = "room-check";
