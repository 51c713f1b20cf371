//! What a piece of work costs in memory and allocations, counted by a global allocator that
//! passes every call to the system's: for the reader's bounds (tests/core/training_bounds.rs)
//! and the hostile files' benchmark (benches/training.rs). Only the thread that asks is counted,
//! so tests running beside each other do not count each other's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn grew(bytes: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + bytes);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is passed to the system allocator unchanged; only counters are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = COUNT.try_with(|count| count.set(count.get() + 1));
        grew(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        grew(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = COUNT.try_with(|count| count.set(count.get() + 1));
        grew(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// What some work cost beyond what was held before it: the most bytes held at once, and the
/// number of allocations.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    pub peak_bytes: usize,
    pub allocations: usize,
}

/// Runs `work` and says what it cost on this thread.
pub fn measured<T>(work: impl FnOnce() -> T) -> (T, Cost) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let counted = COUNT.with(Cell::get);
    let out = work();
    let cost = Cost {
        peak_bytes: (PEAK.with(Cell::get) - base).max(0) as usize,
        allocations: COUNT.with(Cell::get) - counted,
    };
    (out, cost)
}
