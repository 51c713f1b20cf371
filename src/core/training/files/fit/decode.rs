//! The binary layer of a FIT file: header, checksums, definition and data messages, compressed
//! timestamps, chained files. Only the integer fields of the messages asked for are kept.
//!
//! Our own decoder instead of the `fitparser` crate: fitparser carries the whole FIT profile (every
//! message, field, unit and enum name), which adds 261.6 KB gzip to a wasm32 release build, while
//! the web bundle had about 30 KB to spare; reading the few fields used here takes this file.

use super::super::error::FileError;

/// The `timestamp` field, common to every message that has one.
pub(super) const TIMESTAMP: u8 = 253;

/// One data message, reduced to its unsigned integer fields that hold a valid value.
#[derive(Debug)]
pub(super) struct Message {
    /// The global message number (`file_id` 0, `session` 18, `lap` 19, `record` 20, ...).
    pub global: u16,
    fields: Vec<(u8, u64)>,
}

impl Message {
    /// The raw value of field `num`, before the profile's scale is applied.
    pub fn get(&self, num: u8) -> Option<u64> {
        self.fields
            .iter()
            .find(|(field, _)| *field == num)
            .map(|(_, value)| *value)
    }
}

/// Every message numbered in `wanted`, in file order, from `bytes` and any FIT files chained
/// after it. The whole file is checked before anything is returned, so a damaged file gives an
/// error, never a part of its activity.
pub(super) fn decode(file: &str, bytes: &[u8], wanted: &[u16]) -> Result<Vec<Message>, FileError> {
    let mut messages = Vec::new();
    let mut rest = bytes;
    loop {
        let used = decode_one(file, rest, wanted, &mut messages)?;
        rest = &rest[used..];
        // Bytes after a file that do not start another FIT file are padding some tools leave.
        if !starts_fit_header(rest) {
            return Ok(messages);
        }
    }
}

fn starts_fit_header(bytes: &[u8]) -> bool {
    bytes.len() >= 12 && bytes[0] >= 12 && &bytes[8..12] == b".FIT"
}

/// Reads the FIT file at the start of `bytes`, returning how many bytes it took.
fn decode_one(
    file: &str,
    bytes: &[u8],
    wanted: &[u16],
    out: &mut Vec<Message>,
) -> Result<usize, FileError> {
    let cut_short = || FileError::CutShort { file: file.into() };
    let checksum = || FileError::Checksum { file: file.into() };
    if bytes.len() < 12 {
        return Err(cut_short());
    }
    if !starts_fit_header(bytes) {
        return Err(FileError::unreadable(
            file,
            "FIT",
            "it does not start like a FIT file",
        ));
    }
    let header_len = usize::from(bytes[0]);
    let data_len = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let data_end = header_len.checked_add(data_len).ok_or_else(cut_short)?;
    // Checked: on 32-bit wasm a size near 4 GiB would wrap and pass.
    if data_end.checked_add(2).is_none_or(|end| bytes.len() < end) {
        return Err(cut_short());
    }
    // A 14-byte header may carry its own checksum; zero means the writer left it out.
    if header_len >= 14 {
        let stated = u16::from_le_bytes([bytes[12], bytes[13]]);
        if stated != 0 && stated != crc16(&bytes[..12]) {
            return Err(checksum());
        }
    }
    let stated = u16::from_le_bytes([bytes[data_end], bytes[data_end + 1]]);
    if stated != crc16(&bytes[..data_end]) {
        return Err(checksum());
    }
    Records::new(wanted)
        .read_all(&bytes[header_len..data_end], out)
        .map_err(|detail| FileError::unreadable(file, "FIT", detail))?;
    Ok(data_end + 2)
}

/// FIT's CRC-16 (reflected polynomial 0xA001, starting at zero), one bit at a time: files are
/// small and this is the whole of it.
fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0u16, |crc, &byte| {
        (0..8).fold(crc ^ u16::from(byte), |crc, _| {
            if crc & 1 == 1 {
                (crc >> 1) ^ 0xA001
            } else {
                crc >> 1
            }
        })
    })
}

/// What a definition message says about the data messages of one local type.
struct Definition {
    global: u16,
    big_endian: bool,
    /// (field number, size in bytes, base type) in the order the data holds them.
    fields: Vec<(u8, usize, u8)>,
    /// Bytes of developer fields after the normal ones, skipped unread.
    developer_len: usize,
}

impl Definition {
    fn data_len(&self) -> usize {
        self.fields.iter().map(|(_, size, _)| size).sum::<usize>() + self.developer_len
    }
}

/// The state of reading one file's records: the definitions in force and the last timestamp,
/// which compressed-timestamp headers count from.
struct Records<'w> {
    wanted: &'w [u16],
    definitions: [Option<Definition>; 16],
    last_timestamp: Option<u64>,
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
        }
    }

    fn read_all(mut self, data: &[u8], out: &mut Vec<Message>) -> Result<(), &'static str> {
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
                    out,
                )?;
            } else if header & 0x40 != 0 {
                self.read_definition(header, &mut cursor)?;
            } else {
                self.read_data(usize::from(header & 0x0F), None, &mut cursor, out)?;
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
        let fields = cursor
            .take(usize::from(fixed[4]) * 3)?
            .chunks_exact(3)
            .map(|field| (field[0], usize::from(field[1]), field[2]))
            .collect();
        let mut developer_len = 0;
        if header & 0x20 != 0 {
            let count = usize::from(cursor.byte()?);
            developer_len = cursor
                .take(count * 3)?
                .chunks_exact(3)
                .map(|field| usize::from(field[1]))
                .sum();
        }
        self.definitions[usize::from(header & 0x0F)] = Some(Definition {
            global,
            big_endian,
            fields,
            developer_len,
        });
        Ok(())
    }

    fn read_data(
        &mut self,
        local: usize,
        compressed_timestamp: Option<u64>,
        cursor: &mut Cursor,
        out: &mut Vec<Message>,
    ) -> Result<(), &'static str> {
        let definition = self.definitions[local]
            .as_ref()
            .ok_or("a record uses a message type it never defined")?;
        let mut raw = cursor.take(definition.data_len())?;
        let mut fields = Vec::with_capacity(definition.fields.len() + 1);
        for &(num, size, base) in &definition.fields {
            let (value, rest) = raw.split_at(size);
            raw = rest;
            if let Some(value) = unsigned(base, value, definition.big_endian) {
                fields.push((num, value));
            }
        }
        if let Some(timestamp) = compressed_timestamp {
            fields.push((TIMESTAMP, timestamp));
        }
        // Full timestamps in any message, wanted or not, are what compressed ones count from.
        if let Some(&(_, timestamp)) = fields.iter().find(|(num, _)| *num == TIMESTAMP) {
            self.last_timestamp = Some(timestamp);
        }
        if self.wanted.contains(&definition.global) {
            out.push(Message {
                global: definition.global,
                fields,
            });
        }
        Ok(())
    }
}

/// The value of an unsigned integer field (enum, uint8/16/32/64, their `z` forms, byte), or
/// `None` for the type's "invalid" marker and for other types, which no field read here uses.
/// An array keeps its first element.
fn unsigned(base: u8, raw: &[u8], big_endian: bool) -> Option<u64> {
    let (width, invalid) = match base & 0x1F {
        0x00 | 0x02 | 0x0D => (1, 0xFF),
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
        bytes
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
    };
    (value != invalid).then_some(value)
}
