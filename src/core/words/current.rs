//! The language of this thread's app: one catalogue, English until the app sets another.

use crate::core::words::{Arg, Catalogue, Language};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Catalogue>>> = const { RefCell::new(None) };
}

fn current() -> Rc<Catalogue> {
    CURRENT.with(|current| {
        current
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(Catalogue::english()))
            .clone()
    })
}

/// Speaks `catalogue`'s language from now on, on this thread.
pub fn set_language(catalogue: Catalogue) {
    CURRENT.with(|current| *current.borrow_mut() = Some(Rc::new(catalogue)));
}

/// The language the app speaks on this thread.
pub fn language() -> Language {
    current().language()
}

/// The message `id` in the app's language.
pub fn message(id: &str) -> String {
    current().text(id, &[])
}

/// The message `id` given `args`, in the app's language.
pub fn message_with(id: &str, args: &[(&str, Arg)]) -> String {
    current().text(id, args)
}
