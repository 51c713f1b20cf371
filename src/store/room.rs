//! Room in the storage the data goes into. A browser gives each site a fixed amount of
//! localStorage (about five million characters) with no way to ask how much, and the data is
//! kept twice (the saved copy and the backup of the one before), so a large import can pass every
//! check and still not fit. Measured before an import, so the review can say whether it fits;
//! and when a save fails for room, the ways out say how much each one frees.

use crate::core::words::{decimal, language, message_with, Arg};
use crate::store::document::Document;

/// What the storage can hold and what else is in it, in characters (localStorage counts text in
/// UTF-16 units, as JavaScript strings do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    /// Everything this site may keep.
    pub capacity: u64,
    /// What is kept besides the runner's data and its backup copy (a stored session, data set
    /// aside after a failed load).
    pub other: u64,
}

impl Room {
    /// The room the runner's data may take, with its backup copy.
    pub fn for_data(&self) -> u64 {
        self.capacity.saturating_sub(self.other)
    }

    /// Whether `document` fits, kept twice as every save keeps it.
    pub fn fits(&self, document: &Document) -> bool {
        needed_for(document) <= self.for_data()
    }
}

/// The length of `text` as storage counts it.
pub fn stored_length(text: &str) -> u64 {
    text.encode_utf16().count() as u64
}

/// What `document` takes in storage: its text twice, the saved copy and the backup copy the
/// next save keeps of it.
pub fn needed_for(document: &Document) -> u64 {
    2 * stored_length(&document.to_json())
}

/// An amount of storage as the runner reads it: "7.3 MB", or under a tenth of that "12 kB"
/// (a million characters of the plain text an export is made of are about a megabyte), held to
/// its figure by a non-breaking space.
pub fn storage_amount(characters: u64) -> String {
    let (id, amount) = if characters < 95_000 {
        let kilobytes = characters.div_ceil(1_000).max(1);
        (
            "store-kilobytes",
            decimal(kilobytes as f64, 0, 0, language()),
        )
    } else {
        let tenths = (characters + 50_000) / 100_000;
        (
            "store-megabytes",
            decimal(tenths as f64 / 10.0, 1, 1, language()),
        )
    };
    message_with(id, &[("amount", Arg::from(amount))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_in_megabytes_and_data_is_counted_twice() {
        assert_eq!(storage_amount(7_312_000), "7.3\u{a0}MB");
        assert_eq!(storage_amount(95_000), "0.1\u{a0}MB");
        assert_eq!(storage_amount(40_001), "41\u{a0}kB");
        assert_eq!(storage_amount(20), "1\u{a0}kB", "never nothing");
        let document = Document::default();
        assert_eq!(
            needed_for(&document),
            2 * stored_length(&document.to_json())
        );
        let room = Room {
            capacity: needed_for(&document) + 10,
            other: 10,
        };
        assert!(room.fits(&document));
        let room = Room { other: 11, ..room };
        assert!(!room.fits(&document));
        assert_eq!(stored_length("é"), 1, "counted as the browser counts");
    }
}
