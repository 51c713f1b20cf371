// The FIT file of issue 31's first hostile shape for the browser tests: about `bytes` bytes of
// two-byte records (a compressed-timestamp header and a heart rate), a valid file with its
// checksums. The same shape as tests/support/training_files/hostile.rs writes for the Rust side.

const FIT_EPOCH_UNIX = 631_065_600;
const CRC_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01,
  0x8801, 0x4400,
];

/** The FIT SDK's CRC-16 of `bytes[from, to)`, a nibble at a time. */
function crc(bytes, from, to) {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    for (const nibble of [bytes[i] & 0x0f, bytes[i] >> 4]) {
      const low = CRC_TABLE[value & 0x0f];
      value = ((value >> 4) & 0x0fff) ^ low ^ CRC_TABLE[nibble];
    }
  }
  return value;
}

/** A FIT activity file of about `bytes` bytes of records a second apart, starting at `start`. */
export function tinyRecordsFit(bytes, start) {
  const head = [
    // file_id: type (enum), serial number (uint32z), time created (uint32).
    0x40, 0, 0, 0, 0, 3, 0, 1, 0x00, 3, 4, 0x8c, 4, 4, 0x86,
    // event: timestamp, event, event type; its data gives the first full time.
    0x41, 0, 0, 21, 0, 3, 253, 4, 0x86, 0, 1, 0x00, 1, 1, 0x00,
    // record: heart rate only; the time is in each record's header.
    0x42, 0, 0, 20, 0, 1, 3, 1, 0x02,
  ];
  const first = Math.floor(start.getTime() / 1000) - FIT_EPOCH_UNIX;
  const records = Math.floor((bytes - head.length - 30) / 2);
  const dataLength = head.length + 10 + 7 + records * 2;
  const file = new Uint8Array(14 + dataLength + 2);
  const view = new DataView(file.buffer);
  file.set([14, 0x20], 0);
  view.setUint16(2, 2132, true);
  view.setUint32(4, dataLength, true);
  file.set([0x2e, 0x46, 0x49, 0x54], 8);
  view.setUint16(12, crc(file, 0, 12), true);
  let at = 14;
  const headLen = 15; // the file_id definition
  file.set(head.slice(0, headLen), at);
  at += headLen;
  file[at] = 0; // file_id data
  file[at + 1] = 4;
  view.setUint32(at + 2, 1234, true);
  view.setUint32(at + 6, first, true);
  at += 10;
  file.set(head.slice(headLen, headLen + 15), at); // event definition
  at += 15;
  file[at] = 1; // event data
  view.setUint32(at + 1, first, true);
  at += 7;
  file.set(head.slice(headLen + 15), at); // record definition
  at += head.length - headLen - 15;
  let time = first;
  for (let i = 0; i < records; i += 1) {
    time += 1;
    file[at] = 0x80 | (2 << 5) | (time & 0x1f);
    file[at + 1] = 120 + (time % 40);
    at += 2;
  }
  view.setUint16(at, crc(file, 0, at), true);
  return file;
}
