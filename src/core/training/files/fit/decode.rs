//! The binary layer of a FIT file: header, checksums, definition and data messages, compressed
//! timestamps, chained files. Messages stream to a [`Sink`] as they are read, reduced to the
//! integer fields of the types asked for, and nothing of a message is kept once it is handed
//! over. A file damaged part way hands over what came before the damage and says how.
//!
//! Our own decoder instead of the `fitparser` crate: fitparser carries the whole FIT profile (every
//! message, field, unit and enum name), which adds 261.6 KB gzip to a wasm32 release build, while
//! the web bundle had about 30 KB to spare; reading the few fields used here takes this file.

use super::super::error::FileError;
use crate::core::training::activity::Damage;

/// The `timestamp` field, common to every message that has one.
pub(super) const TIMESTAMP: u8 = 253;

/// Where the messages of a file go, as they are read.
pub(super) trait Sink {
    /// A FIT file begins: the first, or one chained after the one before.
    fn file_start(&mut self);
    /// A data message of a wanted type: its global number and its valid integer fields (number,
    /// raw value), the compressed timestamp among them as [`TIMESTAMP`].
    fn message(&mut self, global: u16, fields: &[(u8, u64)]);
    /// The file ended, cleanly or at the damage named.
    fn file_end(&mut self, damage: Option<Damage>);
}

/// Streams every message numbered in `wanted` of `bytes`, and of any FIT files chained after it,
/// into `sink`. Fails only when the bytes are not a FIT file at all; damage part way is told to
/// the sink, and nothing after a damaged file is read.
pub(super) fn decode(
    file: &str,
    bytes: &[u8],
    wanted: &[u16],
    sink: &mut impl Sink,
) -> Result<(), FileError> {
    if bytes.len() < 12 {
        return Err(FileError::CutShort { file: file.into() });
    }
    if !starts_fit_header(bytes) {
        return Err(FileError::unreadable(
            file,
            "FIT",
            "it does not start like a FIT file",
        ));
    }
    let mut rest = bytes;
    loop {
        sink.file_start();
        let (used, damage) = decode_one(rest, wanted, sink);
        sink.file_end(damage);
        rest = &rest[used..];
        // Bytes after a file that do not start another FIT file are padding some tools leave.
        if damage.is_some() || !starts_fit_header(rest) {
            return Ok(());
        }
    }
}

fn starts_fit_header(bytes: &[u8]) -> bool {
    bytes.len() >= 12 && bytes[0] >= 12 && &bytes[8..12] == b".FIT"
}

/// Reads the FIT file at the start of `bytes` (which starts with a header), returning how many
/// bytes it took and the damage found, if any.
fn decode_one(bytes: &[u8], wanted: &[u16], sink: &mut impl Sink) -> (usize, Option<Damage>) {
    let header_len = usize::from(bytes[0]);
    let data_len = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    // Checked: on 32-bit wasm a size near 4 GiB would wrap.
    let data_end = header_len.saturating_add(data_len);
    let complete = data_end
        .checked_add(2)
        .is_some_and(|end| end <= bytes.len());
    let header_sound = header_len < 14 || {
        let stated = u16::from_le_bytes([bytes[12], bytes[13]]);
        stated == 0 || stated == crc16(&bytes[..12])
    };
    let available = &bytes[header_len.min(bytes.len())..data_end.min(bytes.len())];
    let read = Records::new(wanted).read_all(available, sink);
    if !complete {
        return (bytes.len(), Some(Damage::CutShort));
    }
    let sound = header_sound
        && u16::from_le_bytes([bytes[data_end], bytes[data_end + 1]]) == crc16(&bytes[..data_end]);
    let damage = match (read, sound) {
        (Ok(()), true) => None,
        (_, false) => Some(Damage::Checksum),
        (Err(_), true) => Some(Damage::Garbled),
    };
    (data_end + 2, damage)
}

/// FIT's CRC-16 (reflected polynomial 0xA001, starting at zero), a nibble at a time from the
/// 16-entry table the FIT SDK gives: a 32 MB file is two table look-ups a byte.
fn crc16(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    bytes.iter().fold(0u16, |mut crc, &byte| {
        for nibble in [byte & 0x0F, byte >> 4] {
            let low = TABLE[usize::from(crc & 0x0F)];
            crc = ((crc >> 4) & 0x0FFF) ^ low ^ TABLE[usize::from(nibble)];
        }
        crc
    })
}

/// What a definition message says about the data messages of one local type.
struct Definition {
    global: u16,
    big_endian: bool,
    /// Whether its messages go to the sink.
    wanted: bool,
    /// (field number, size in bytes, base type) in the order the data holds them.
    fields: Vec<(u8, usize, u8)>,
    /// Bytes of all fields, developer fields (skipped unread) included.
    data_len: usize,
}

/// The state of reading one file's records: the definitions in force and the last timestamp,
/// which compressed-timestamp headers count from.
struct Records<'w> {
    wanted: &'w [u16],
    definitions: [Option<Definition>; 16],
    last_timestamp: Option<u64>,
    /// The fields of the message being read, reused from one message to the next.
    fields: Vec<(u8, u64)>,
}

/// A cursor over the data section; every read says plainly when the data runs out.
struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, len: usize) -> Result<&'a [u8], &'static str> {
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.data.len());
        let end = end.ok_or("a record runs past the end of the data")?;
        let taken = &self.data[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8, &'static str> {
        Ok(self.take(1)?[0])
    }
}

impl<'w> Records<'w> {
    fn new(wanted: &'w [u16]) -> Self {
        Records {
            wanted,
            definitions: Default::default(),
            last_timestamp: None,
            fields: Vec::new(),
        }
    }

    /// Reads the messages of `data` in order until it ends or stops making sense; a message
    /// cut off part way is never handed over.
    fn read_all(mut self, data: &[u8], sink: &mut impl Sink) -> Result<(), &'static str> {
        let mut cursor = Cursor { data, at: 0 };
        while cursor.at < data.len() {
            let header = cursor.byte()?;
            if header & 0x80 != 0 {
                // Compressed timestamp: the low five bits of the time, counted on from the last.
                let last = self
                    .last_timestamp
                    .ok_or("a compressed timestamp comes before any full one")?;
                let offset = u64::from(header & 0x1F);
                let timestamp = last + (offset.wrapping_sub(last & 0x1F) & 0x1F);
                self.read_data(
                    usize::from((header >> 5) & 0x03),
                    Some(timestamp),
                    &mut cursor,
                    sink,
                )?;
            } else if header & 0x40 != 0 {
                self.read_definition(header, &mut cursor)?;
            } else {
                self.read_data(usize::from(header & 0x0F), None, &mut cursor, sink)?;
            }
        }
        Ok(())
    }

    fn read_definition(&mut self, header: u8, cursor: &mut Cursor) -> Result<(), &'static str> {
        let fixed = cursor.take(5)?;
        let big_endian = match fixed[1] {
            0 => false,
            1 => true,
            _ => return Err("a definition names an unknown byte order"),
        };
        let global = if big_endian {
            u16::from_be_bytes([fixed[2], fixed[3]])
        } else {
            u16::from_le_bytes([fixed[2], fixed[3]])
        };
        let fields: Vec<(u8, usize, u8)> = cursor
            .take(usize::from(fixed[4]) * 3)?
            .chunks_exact(3)
            .map(|field| (field[0], usize::from(field[1]), field[2]))
            .collect();
        let mut data_len = fields.iter().map(|(_, size, _)| size).sum::<usize>();
        if header & 0x20 != 0 {
            let count = usize::from(cursor.byte()?);
            data_len += cursor
                .take(count * 3)?
                .chunks_exact(3)
                .map(|field| usize::from(field[1]))
                .sum::<usize>();
        }
        self.definitions[usize::from(header & 0x0F)] = Some(Definition {
            global,
            big_endian,
            wanted: self.wanted.contains(&global),
            fields,
            data_len,
        });
        Ok(())
    }

    fn read_data(
        &mut self,
        local: usize,
        compressed_timestamp: Option<u64>,
        cursor: &mut Cursor,
        sink: &mut impl Sink,
    ) -> Result<(), &'static str> {
        let definition = self.definitions[local]
            .as_ref()
            .ok_or("a record uses a message type it never defined")?;
        let mut raw = cursor.take(definition.data_len)?;
        self.fields.clear();
        for &(num, size, base) in &definition.fields {
            let (value, rest) = raw.split_at(size);
            raw = rest;
            // Full timestamps in any message, wanted or not, are what compressed ones count
            // from; other fields matter only in the messages handed over.
            if !definition.wanted && num != TIMESTAMP {
                continue;
            }
            if let Some(value) = unsigned(base, value, definition.big_endian) {
                if num == TIMESTAMP {
                    self.last_timestamp = Some(value);
                }
                self.fields.push((num, value));
            }
        }
        if let Some(timestamp) = compressed_timestamp {
            self.last_timestamp = Some(timestamp);
            self.fields.push((TIMESTAMP, timestamp));
        }
        if definition.wanted {
            sink.message(definition.global, &self.fields);
        }
        Ok(())
    }
}

/// The value of an unsigned integer field (enum, uint8/16/32/64, their `z` forms, byte), or
/// `None` for the type's "invalid" marker and for other types, which no field read here uses.
/// An array keeps its first element, except a byte array, read whole up to 8 bytes (the
/// compressed speed and distance of older watches is three bytes).
fn unsigned(base: u8, raw: &[u8], big_endian: bool) -> Option<u64> {
    let (width, invalid) = match base & 0x1F {
        0x0D => {
            let width = raw.len().min(8);
            let all_ff = raw.iter().all(|b| *b == 0xFF);
            return (!all_ff && width > 0).then(|| little_endian(&raw[..width]));
        }
        0x00 | 0x02 => (1, 0xFF),
        0x04 => (2, 0xFFFF),
        0x06 => (4, 0xFFFF_FFFF),
        0x0F => (8, u64::MAX),
        // The `z` types, whose invalid value is zero.
        0x0A => (1, 0),
        0x0B => (2, 0),
        0x0C => (4, 0),
        0x10 => (8, 0),
        _ => return None,
    };
    let bytes = raw.get(..width)?;
    let value = if big_endian {
        bytes.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
    } else {
        little_endian(bytes)
    };
    (value != invalid).then_some(value)
}

fn little_endian(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}
