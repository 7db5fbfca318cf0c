// Reads a zip's central directory without inflating anything: names, flags, methods and the
// sizes each entry declares, so the caps can refuse a hostile file before any byte is expanded.
// Our own reader rather than fflate's listing because the refusals need what fflate does not
// report: the encryption flag, where each entry's data lies (to catch overlapping entries) and
// signature checks that tell a truncated file from a valid one.
import { damaged, notDocx, tooManyEntries } from './docx-refusals';

export interface ZipEntry {
  name: string;
  /** General-purpose bit flags; bit 0 and bit 6 mean encrypted. */
  flags: number;
  /** 0 stored, 8 deflated; anything else is refused later. */
  method: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the file declares; inflation is held to it. */
  size: number;
  localOffset: number;
  /** Where the entry's compressed bytes begin, after its local header. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const utf8 = new TextDecoder('utf-8');

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const within = (offset: number, length: number) => offset >= 0 && offset + length <= bytes.length;
  return {
    within,
    u16: (offset: number) => (within(offset, 2) ? view.getUint16(offset, true) : -1),
    u32: (offset: number) => (within(offset, 4) ? view.getUint32(offset, true) : -1),
    // 64-bit fields become Numbers; anything past 2^53 is absurd here and fails the bounds checks anyway.
    u64: (offset: number) => (within(offset, 8) ? view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32 : -1),
  };
}

type Reader = ReturnType<typeof reader>;

function findEndRecord(bytes: Uint8Array, read: Reader): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so it is searched for only there.
  const lowest = Math.max(0, bytes.length - 22 - MAX16);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (read.u32(offset) === EOCD) return offset;
  }
  throw damaged('no end of central directory');
}

interface Directory {
  count: number;
  offset: number;
  end: number;
}

function readDirectoryBounds(read: Reader, eocd: number): Directory {
  let count = read.u16(eocd + 10);
  let size = read.u32(eocd + 12);
  let offset = read.u32(eocd + 16);
  let end = eocd;
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (read.u32(locator) !== ZIP64_LOCATOR) throw damaged('zip64 locator missing');
    const record = read.u64(locator + 8);
    if (read.u32(record) !== ZIP64_EOCD) throw damaged('zip64 end record missing');
    count = read.u64(record + 32);
    size = read.u64(record + 40);
    offset = read.u64(record + 48);
    end = record;
  } else if (read.u16(eocd + 4) !== 0 || read.u16(eocd + 6) !== 0) {
    throw notDocx('split archive');
  }
  if (offset < 0 || size < 0 || offset + size > end) throw damaged('central directory out of range');
  return { count, offset, end: offset + size };
}

/** Zip64 keeps any 32-bit field that overflowed in extra field 0x0001, in this fixed order. */
function readZip64Extra(read: Reader, start: number, length: number, entry: ZipEntry): void {
  for (let p = start; p + 4 <= start + length; p += 4 + read.u16(p + 2)) {
    if (read.u16(p) !== 0x0001) continue;
    let field = p + 4;
    if (entry.size === MAX32) {
      entry.size = read.u64(field);
      field += 8;
    }
    if (entry.compressedSize === MAX32) {
      entry.compressedSize = read.u64(field);
      field += 8;
    }
    if (entry.localOffset === MAX32) entry.localOffset = read.u64(field);
    return;
  }
}

/** Every entry of the central directory, checked against the file's bounds, in directory order. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const read = reader(bytes);
  const directory = readDirectoryBounds(read, findEndRecord(bytes, read));
  if (directory.count > maxEntries) throw tooManyEntries(directory.count, maxEntries);
  const entries: ZipEntry[] = [];
  let p = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (p + 46 > directory.end || read.u32(p) !== CENTRAL) throw damaged(`central header ${index} missing`);
    const nameLength = read.u16(p + 28);
    const extraLength = read.u16(p + 30);
    const commentLength = read.u16(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > directory.end) throw damaged(`central header ${index} overruns`);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: read.u16(p + 8),
      method: read.u16(p + 10),
      crc: read.u32(p + 16),
      compressedSize: read.u32(p + 20),
      size: read.u32(p + 24),
      localOffset: read.u32(p + 42),
      dataOffset: 0,
    };
    readZip64Extra(read, p + 46 + nameLength, extraLength, entry);
    // Sizes come from the central directory; the local header may hold zeros (data descriptor).
    const local = entry.localOffset;
    if (read.u32(local) !== LOCAL) throw damaged(`local header of entry ${index} missing`);
    entry.dataOffset = local + 30 + read.u16(local + 26) + read.u16(local + 28);
    if (entry.dataOffset + entry.compressedSize > directory.offset) throw damaged(`entry ${index} data out of range`);
    entries.push(entry);
    p = next;
  }
  return entries;
}
