//! New record ids: creation time plus randomness, so records made on two devices never collide.

use crate::core::record::RecordId;
use chrono::{DateTime, Utc};

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
