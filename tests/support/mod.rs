//! Shared helpers for UI tests: an in-memory backend and rendering a route with seeded data.
#![allow(dead_code)]

use chrono::{DateTime, NaiveTime, Timelike, Utc};
use dioxus::core::Mutation;
use dioxus::prelude::*;
use fresh_legs::core::race::{Priority, Race};
use fresh_legs::core::record::RecordId;
use fresh_legs::store::{Backend, Document, LoadNotice, Loaded, Revision, StoreError};
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::state::StoreHandle;
use fresh_legs::ui::{AppWithData, AppWithDataProps};
use std::cell::RefCell;
use std::rc::Rc;

/// Keeps the saved text in memory so tests can inspect what the app wrote.
#[derive(Default)]
pub struct MemoryBackend {
    pub current: RefCell<Option<String>>,
    pub session: RefCell<Option<String>>,
    /// The room it reports, as a browser's storage would; `None` like a disk.
    pub room: std::cell::Cell<Option<fresh_legs::store::room::Room>>,
    /// Refuses every save for want of room while set.
    pub full: std::cell::Cell<bool>,
}

impl Backend for MemoryBackend {
    fn location(&self) -> String {
        "memory".into()
    }
    fn read_current(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.current.borrow().clone().map(String::into_bytes))
    }
    fn read_backup(&self) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(None)
    }
    fn set_aside_current(&self, stamp: &str) -> Result<String, StoreError> {
        Ok(format!("memory-{stamp}"))
    }
    fn write_current(&self, text: &str) -> Result<(), StoreError> {
        if self.full.get() {
            return Err(StoreError::Full {
                location: "memory".into(),
            });
        }
        *self.current.borrow_mut() = Some(text.to_string());
        Ok(())
    }
    fn discard_current(&self) -> Result<(), StoreError> {
        *self.current.borrow_mut() = None;
        Ok(())
    }
    fn read_session(&self) -> Option<String> {
        self.session.borrow().clone()
    }
    fn write_session(&self, text: &str) {
        *self.session.borrow_mut() = Some(text.to_string());
    }
    fn clear_session(&self) {
        *self.session.borrow_mut() = None;
    }
    fn room(&self) -> Option<fresh_legs::store::room::Room> {
        self.room.get()
    }
}

pub mod events;
pub mod season;
pub mod training_files;
pub mod words;

/// The whole app at `path`, over `document`, with an optional load notice, reading the time from
/// `clock`; not yet rendered.
pub fn app_dom(
    path: &str,
    document: Document,
    notice: Option<LoadNotice>,
    clock: Clock,
) -> VirtualDom {
    VirtualDom::new_with_props(AppWithData, props(path, document, notice, clock))
}

/// The whole app at `path`, over `document`, saving through `store`, reading the time from
/// `clock`; rendered once.
pub fn app_with_store(
    path: &str,
    document: Document,
    store: Rc<dyn Backend>,
    clock: Clock,
) -> VirtualDom {
    let mut props = props(path, document, None, clock);
    props.store = StoreHandle(store);
    let mut dom = VirtualDom::new_with_props(AppWithData, props);
    dom.rebuild_in_place();
    dom
}

/// The whole app at `path` as `loaded` left it, saving through `store`; not yet rendered.
pub fn loaded_dom(path: &str, loaded: Loaded, store: Rc<dyn Backend>, clock: Clock) -> VirtualDom {
    VirtualDom::new_with_props(
        AppWithData,
        AppWithDataProps {
            loaded,
            store: StoreHandle(store),
            clock,
            initial_path: Some(path.to_string()),
            device_languages: Vec::new(),
        },
    )
}

/// A virtual DOM of the whole app at `path`, over `document`, with an optional load notice.
pub fn app_at(
    path: &str,
    document: Document,
    notice: Option<LoadNotice>,
    clock: Clock,
) -> VirtualDom {
    let mut dom = app_dom(path, document, notice, clock);
    dom.rebuild_in_place();
    dom
}

/// Like [`app_at`], also returning the first render's edits, where tests find event listener ids.
pub fn app_with_edits(path: &str, document: Document, clock: Clock) -> (VirtualDom, Vec<Mutation>) {
    let mut dom = app_dom(path, document, None, clock);
    let edits = dom.rebuild_to_vec().edits;
    (dom, edits)
}

fn props(
    path: &str,
    document: Document,
    notice: Option<LoadNotice>,
    clock: Clock,
) -> AppWithDataProps {
    let read_only = matches!(notice, Some(LoadNotice::NewerVersion { .. }));
    AppWithDataProps {
        loaded: Loaded {
            document,
            notice,
            read_only,
            revision: Revision::NOTHING,
        },
        store: StoreHandle(Rc::new(MemoryBackend::default())),
        clock,
        initial_path: Some(path.to_string()),
        device_languages: Vec::new(),
    }
}

/// The rendered HTML of `dom`.
pub fn html(dom: &VirtualDom) -> String {
    dioxus_ssr::render(dom)
}

/// A 21.1 km A race named `name` starting at `start`, in UTC so a test never meets a DST gap.
pub fn race_starting_at(id: &str, name: &str, start: DateTime<Utc>) -> Race {
    Race {
        id: RecordId(id.into()),
        name: name.into(),
        date: start.date_naive(),
        start_time: NaiveTime::from_hms_opt(start.hour(), start.minute(), 0).unwrap(),
        time_zone: chrono_tz::UTC,
        distance_km: 21.0975,
        expected_minutes: None,
        second_of_repeated_hour: false,
        priority: Priority::A,
        outdoor: true,
        notes: String::new(),
        updated_at: start,
    }
}

/// An otherwise empty document holding `races`.
pub fn with_races(races: Vec<Race>) -> Document {
    Document {
        races,
        ..Document::default()
    }
}
