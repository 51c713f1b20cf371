//! Whether an import fits the storage it goes into, said in its review before Merge or Replace:
//! the space the data would need (kept twice, as every save keeps the copy before) against the
//! space the browser gives Fresh Legs. Where merging does not fit, the ways to make room are
//! offered; where even the file alone does not fit, the review says where it can go instead.

use crate::core::words::{message, message_with, Arg};
use crate::store::room::{needed_for, storage_amount, Room};
use crate::store::{Change, Document};
use crate::ui::components::MakeRoom;
use crate::ui::state::StoreHandle;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;

/// What merging or replacing with a file would need, against the room there is, in stored
/// characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomCheck {
    pub merged: u64,
    pub replaced: u64,
    pub room: u64,
}

impl RoomCheck {
    /// The check for `incoming` over `current` at `now`, in `room`: each way worked out by
    /// applying the very change the button would send.
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

    /// Whether the merged data would fit.
    pub fn merge_fits(&self) -> bool {
        self.merged <= self.room
    }

    /// Whether the file's data alone, replacing the runner's, would fit.
    pub fn replace_fits(&self) -> bool {
        self.replaced <= self.room
    }

    /// The review's sentence about space: what each way needs against what there is.
    pub fn sentence(&self) -> String {
        let args = [
            ("merged", Arg::from(storage_amount(self.merged))),
            ("replaced", Arg::from(storage_amount(self.replaced))),
            ("room", Arg::from(storage_amount(self.room))),
        ];
        message_with("settings-room-space", &args)
    }

    /// What the runner can do, in a sentence.
    pub fn verdict(&self) -> String {
        message(match (self.merge_fits(), self.replace_fits()) {
            (true, true) => "settings-room-both-fit",
            (true, false) => "settings-room-merge-fits",
            (false, true) => "settings-room-replace-fits",
            (false, false) => "settings-room-neither-fits",
        })
    }
}

/// The room the storage has, where it has a fixed size (the web); `None` elsewhere, where the
/// disk is the limit. Measured when a file comes for review, not before: measuring writes.
pub fn measure_room(store: Option<&StoreHandle>) -> Option<Room> {
    store?.0.room()
}

/// The space statement, and the ways to make room when only the merge is too big (removing
/// what is stored now cannot make the file itself smaller).
#[component]
pub fn RoomStatement(check: RoomCheck) -> Element {
    let fits = check.merge_fits() && check.replace_fits();
    rsx! {
        div { id: ROOM_CHECK_ID, class: "room-check",
            role: if fits { "status" } else { "alert" },
            p { class: if fits { "form-status" } else { "field-error" }, {check.sentence()} }
            p { class: if fits { "form-status" } else { "field-error" }, {check.verdict()} }
        }
        if !check.merge_fits() && check.replace_fits() {
            MakeRoom {}
        }
    }
}

/// The statement's `id`, which Merge and Replace point to when they cannot go ahead.
pub const ROOM_CHECK_ID: &str = "room-check";
