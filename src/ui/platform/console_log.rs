//! The web build's log: Dioxus' warnings and errors (a handler that failed, a signal written
//! while it was read) go to the browser's console, where the browser tests see them too.
//!
//! Dioxus' own logger (`dioxus/logger`: tracing-subscriber with its formatting layers and a
//! backtrace demangler) costs 26.6 KB of gzip in the web bundle for messages a runner never
//! reads; this subscriber only passes warnings and errors on, one console line each.
//! Desktop and mobile keep Dioxus' logger.

use std::fmt::{Debug, Write};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};
use wasm_bindgen::JsValue;

/// Sends Dioxus' warnings and errors to the console. Call once, before launching.
pub fn init() {
    // Only fails when a subscriber is already set, which then keeps logging.
    let _ = tracing::subscriber::set_global_default(ConsoleLog);
}

struct ConsoleLog;

impl Subscriber for ConsoleLog {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        *metadata.level() <= Level::WARN
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::WARN)
    }

    // Spans are not kept: a line says what happened, not where.
    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _span: &Id, _values: &Record<'_>) {}

    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let metadata = event.metadata();
        let mut line = Line(format!("{}: ", metadata.target()));
        event.record(&mut line);
        let line = JsValue::from_str(&line.0);
        if *metadata.level() == Level::ERROR {
            web_sys::console::error_1(&line);
        } else {
            web_sys::console::warn_1(&line);
        }
    }

    fn enter(&self, _span: &Id) {}

    fn exit(&self, _span: &Id) {}
}

/// An event's message, then its other fields as `name=value`.
struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        let _ = if field.name() == "message" {
            write!(self.0, "{value:?}")
        } else {
            write!(self.0, " {}={value:?}", field.name())
        };
    }
}
