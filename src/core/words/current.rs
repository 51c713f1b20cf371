//! The language of this thread's app: one catalogue, English until the app sets another.

use crate::core::words::{Arg, Catalogue, Language};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Catalogue>>> = const { RefCell::new(None) };
    /// English, built once per thread: the start, and the language of text that is stored.
    static ENGLISH: Rc<Catalogue> = Rc::new(Catalogue::english());
}

fn english() -> Rc<Catalogue> {
    ENGLISH.with(Rc::clone)
}

fn current() -> Rc<Catalogue> {
    CURRENT.with(|current| current.borrow_mut().get_or_insert_with(english).clone())
}

/// Speaks `catalogue`'s language from now on, on this thread.
pub fn set_language(catalogue: Catalogue) {
    CURRENT.with(|current| *current.borrow_mut() = Some(Rc::new(catalogue)));
}

/// Runs `work` with this thread speaking English, then the language it spoke before (even if
/// `work` panics): for text that is saved rather than shown, such as why a record was set aside,
/// which must read the same whatever language the app spoke when it was written.
pub fn in_english<T>(work: impl FnOnce() -> T) -> T {
    struct Restore(Option<Rc<Catalogue>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            CURRENT.with(|current| *current.borrow_mut() = before);
        }
    }
    let before = CURRENT.with(|current| current.borrow_mut().replace(english()));
    let _restore = Restore(before);
    work()
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
