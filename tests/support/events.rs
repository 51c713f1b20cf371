//! Driving the app like a user in component tests: controls are found by their `id` attribute and
//! events go through the runtime, so handlers, signals and saving run for real.

use super::app_dom;
use dioxus::dioxus_core::{AttributeValue, ElementId, Mutation, Mutations};
use dioxus::prelude::*;
use dioxus_html::{
    PlatformEventData, SerializedFormData, SerializedHtmlEventConverter, SerializedMouseData,
};
use fresh_legs::store::{Backend, Document, Loaded};
use fresh_legs::ui::clock::Clock;
use fresh_legs::ui::state::AppState;
use std::any::Any;
use std::collections::HashMap;
use std::rc::Rc;

/// The app at one path, with what its mutations said about element ids.
pub struct Page {
    pub dom: VirtualDom,
    /// `id` attribute → the runtime's element id (the latest node carrying that `id`).
    ids: HashMap<String, ElementId>,
    /// Each field's text as a browser would hold it: typing sets it, and the renderer's `value`
    /// changes set it only when they differ from it (as Dioxus' interpreter does).
    values: HashMap<ElementId, String>,
    /// The app's timers (countdowns) run on tokio natively, as on desktop.
    pub runtime: Rc<tokio::runtime::Runtime>,
}

impl Page {
    /// The app at `path` over `document`, reading the time from `clock`.
    pub fn open(path: &str, document: Document, clock: Clock) -> Page {
        Page::open_dom(|| app_dom(path, document, None, clock))
    }

    /// The app at `path` as `loaded` left it, saving through `store`.
    pub fn open_loaded(path: &str, loaded: Loaded, store: Rc<dyn Backend>, clock: Clock) -> Page {
        Page::open_dom(|| super::loaded_dom(path, loaded, store, clock))
    }

    fn open_dom(make: impl FnOnce() -> VirtualDom) -> Page {
        dioxus::html::set_event_converter(Box::new(SerializedHtmlEventConverter));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a test runtime");
        let _entered = runtime.enter();
        let mut dom = make();
        let edits = dom.rebuild_to_vec();
        let mut page = Page {
            dom,
            ids: HashMap::new(),
            values: HashMap::new(),
            runtime: Rc::new(runtime),
        };
        page.learn(&edits);
        page
    }

    fn learn(&mut self, mutations: &Mutations) {
        for edit in &mutations.edits {
            match edit {
                Mutation::SetAttribute {
                    name: "id",
                    value: AttributeValue::Text(text),
                    id,
                    ..
                } => {
                    self.ids.insert(text.clone(), *id);
                }
                Mutation::SetAttribute {
                    name: "value",
                    value: AttributeValue::Text(text),
                    id,
                    ..
                } => {
                    self.values.insert(*id, text.clone());
                }
                _ => {}
            }
        }
    }

    /// Renders what is due (a timer, a poll) and learns from the DOM changes, which it returns.
    pub fn render(&mut self) -> Vec<Mutation> {
        let edits = self.dom.render_immediate_to_vec();
        self.learn(&edits);
        edits.edits
    }

    /// The text the field `html_id` shows, as a browser would hold it after what was typed and
    /// what the app rendered.
    pub fn value_of(&self, html_id: &str) -> String {
        self.values
            .get(&self.element(html_id))
            .cloned()
            .unwrap_or_default()
    }

    fn element(&self, html_id: &str) -> ElementId {
        *self
            .ids
            .get(html_id)
            .unwrap_or_else(|| panic!("no element with id {html_id:?} was rendered"))
    }

    fn fire(&mut self, name: &str, html_id: &str, data: PlatformEventData) {
        let runtime = self.runtime.clone();
        let _entered = runtime.enter();
        let element = self.element(html_id);
        let event = Event::new(Rc::new(data) as Rc<dyn Any>, true);
        self.dom.runtime().handle_event(name, event, element);
        let edits = self.dom.render_immediate_to_vec();
        self.learn(&edits);
    }

    /// Types `value` into the control with `html_id` (an `input` event): the field holds the
    /// text before the app hears of it, as in a browser.
    pub fn type_into(&mut self, html_id: &str, value: &str) {
        let element = self.element(html_id);
        self.values.insert(element, value.to_string());
        let data = SerializedFormData::new(value.to_string(), Vec::new());
        self.fire("input", html_id, PlatformEventData::new(Box::new(data)));
    }

    /// Types `text` into the control with `html_id` one key at a time, each key landing in the
    /// field before the app has rendered the key before it: what happens on the desktop, where
    /// each keystroke makes a round trip to the app while the runner goes on typing. Returns
    /// the DOM changes of the whole word.
    pub fn type_ahead_of_renders(&mut self, html_id: &str, text: &str) -> Vec<Mutation> {
        let runtime = self.runtime.clone();
        let _entered = runtime.enter();
        let element = self.element(html_id);
        let mut edits = Vec::new();
        let prefixes: Vec<String> = text
            .char_indices()
            .map(|(at, letter)| text[..at + letter.len_utf8()].to_string())
            .collect();
        for (index, typed) in prefixes.iter().enumerate() {
            self.values.insert(element, typed.clone());
            let data = SerializedFormData::new(typed.clone(), Vec::new());
            let event = Event::new(
                Rc::new(PlatformEventData::new(Box::new(data))) as Rc<dyn Any>,
                true,
            );
            self.dom.runtime().handle_event("input", event, element);
            // The next key is already in the field when this key's render arrives.
            if let Some(next) = prefixes.get(index + 1) {
                self.values.insert(element, next.clone());
            }
            edits.extend(self.render());
        }
        edits
    }

    /// Picks `value` in the select with `html_id` (a `change` event).
    pub fn choose(&mut self, html_id: &str, value: &str) {
        let data = SerializedFormData::new(value.to_string(), Vec::new());
        self.fire("change", html_id, PlatformEventData::new(Box::new(data)));
    }

    /// Submits the form that contains the control with `html_id` (the event bubbles up to it).
    pub fn submit_from(&mut self, html_id: &str) {
        let data = SerializedFormData::new(String::new(), Vec::new());
        self.fire("submit", html_id, PlatformEventData::new(Box::new(data)));
    }

    /// Clicks the element with `html_id`.
    pub fn click(&mut self, html_id: &str) {
        let data = SerializedMouseData::default();
        self.fire("click", html_id, PlatformEventData::new(Box::new(data)));
    }

    pub fn html(&self) -> String {
        dioxus_ssr::render(&self.dom)
    }

    /// Lets the tasks an event started (an async handler) run until they wait on nothing more
    /// than `for_at_most`, and renders what they changed.
    pub fn settle(&mut self, for_at_most: std::time::Duration) {
        let runtime = self.runtime.clone();
        runtime.block_on(async {
            let deadline = tokio::time::Instant::now() + for_at_most;
            while tokio::time::timeout_at(deadline, self.dom.wait_for_work())
                .await
                .is_ok()
            {
                self.dom
                    .render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
            }
        });
        self.render();
    }

    /// The document as the app holds it now (saved through the in-memory backend).
    pub fn document(&self) -> Document {
        self.dom.in_scope(ScopeId::APP, || {
            consume_context::<Signal<AppState>>()
                .read()
                .document
                .clone()
        })
    }
}
