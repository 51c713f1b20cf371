//! Identity and change time shared by every stored record, so two copies of the data can be merged.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable, globally unique record id. Made by the UI (which may read clocks and randomness); the
/// core only compares them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(pub String);

impl RecordId {
    /// Builds an id from a creation instant and a random number, e.g. `race-mbq4x2a-1k9f0z`.
    /// Time first keeps ids roughly in creation order; the random part keeps two devices apart.
    pub fn new(prefix: &str, created_at: DateTime<Utc>, random: u64) -> Self {
        let millis = u64::try_from(created_at.timestamp_millis()).unwrap_or(0);
        RecordId(format!("{prefix}-{}-{}", base36(millis), base36(random)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn base36(mut value: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("base36 digits are ASCII")
}

/// FNV-1a, 64 bits: a fixed, well-known hash, so the same bytes give the same number on every
/// device and in every build (an imported activity's id, the stored document's revision).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A record that can be merged by id: the newer `updated_at` wins.
pub trait Record {
    fn id(&self) -> &RecordId;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// What a deletion leaves behind, so a merge does not bring the record back from the other copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: RecordId,
    pub deleted_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn ids_carry_prefix_time_and_randomness() {
        let at = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        let a = RecordId::new("race", at, 1);
        let b = RecordId::new("race", at, 2);
        assert!(a.as_str().starts_with("race-"));
        assert_ne!(a, b);
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
