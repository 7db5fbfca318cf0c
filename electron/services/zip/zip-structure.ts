// Reads a zip's structure without inflating anything: the end record, the central directory and
// each entry's local header, checked against the file's bounds. It reports what each entry
// declares (names, flags, methods, sizes, where its data lies); what to refuse is the caller's
// policy (draft packages and .docx files differ), and so are the messages of every refusal.
// Our own reader rather than a library's listing because the refusals need what those do not
// report: encryption flags, file modes, local names and data ranges (overlapping entries).

export interface ZipEntryRecord {
  /** The name as UTF-8 (invalid sequences replaced); `nameIsUtf8` says whether that was needed. */
  name: string;
  nameIsUtf8: boolean;
  nameBytes: Uint8Array;
  /** The name in the entry's local header; a mismatch is a trick some tools fall for. */
  localNameBytes: Uint8Array;
  /** General-purpose bit flags of the directory and of the local header (bits 0 and 6: encrypted). */
  flags: number;
  localFlags: number;
  /** Host system (high byte of "version made by") and external attributes (Unix mode in the high 16 bits). */
  madeBy: number;
  externalAttributes: number;
  method: number;
  crc32: number;
  compressedSize: number;
  /** The uncompressed size the entry declares. */
  size: number;
  localOffset: number;
  /** Where the entry's compressed bytes begin, after its local header. */
  dataStart: number;
  /** Some of the entry's fields needed ZIP64 extensions. */
  zip64: boolean;
}

/**
 * Hosts (high byte of "version made by") whose external attributes carry a Unix mode in their high
 * 16 bits: 3 Unix and 19 OS X (Darwin, as macOS's own zip writes).
 */
const UNIX_MODE_HOSTS: ReadonlySet<number> = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** MS-DOS attribute bit of a folder, in the low byte of the external attributes. */
const DOS_DIRECTORY = 0x10;

export type ZipEntryType = 'file' | 'directory' | 'link' | 'other';

/**
 * What kind of file an entry says it is. A Unix mode with no file-type bits (Python's zipfile
 * writes 0600 so) is a regular file; a symbolic link is one under Unix and OS X hosts alike.
 */
export function zipEntryType(entry: Pick<ZipEntryRecord, 'madeBy' | 'externalAttributes'>): ZipEntryType {
  if (UNIX_MODE_HOSTS.has(entry.madeBy)) {
    const type = (entry.externalAttributes >>> 16) & S_IFMT;
    if (type === S_IFLNK) return 'link';
    if (type === S_IFDIR) return 'directory';
    if (type !== 0 && type !== S_IFREG) return 'other';
  }
  return (entry.externalAttributes & DOS_DIRECTORY) !== 0 ? 'directory' : 'file';
}

/** The refusals a caller words its own way; each returns the error to throw. */
export interface ZipRefusals {
  damaged(detail: string): Error;
  tooManyEntries(count: number, limit: number): Error;
  split(): Error;
  /** When given, ZIP64 archives are refused with this error instead of being read. */
  zip64?: () => Error;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const within = (offset: number, length: number) => offset >= 0 && offset + length <= bytes.length;
  return {
    u16: (offset: number) => (within(offset, 2) ? view.getUint16(offset, true) : -1),
    u32: (offset: number) => (within(offset, 4) ? view.getUint32(offset, true) : -1),
    // 64-bit fields become Numbers; anything past 2^53 is absurd here and fails the bounds checks anyway.
    u64: (offset: number) => (within(offset, 8) ? view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32 : -1),
  };
}

type Reader = ReturnType<typeof reader>;

function findEndRecord(bytes: Uint8Array, read: Reader, refuse: ZipRefusals): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, and must end where the file
  // ends: bytes that merely look like one inside a comment or trailing data do not count.
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX16);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (read.u32(at) === EOCD && at + EOCD_SIZE + read.u16(at + 20) === bytes.length) return at;
  }
  throw refuse.damaged('no end-of-directory record (truncated or not a zip)');
}

interface Directory {
  count: number;
  start: number;
  end: number;
}

function readDirectoryBounds(read: Reader, eocd: number, refuse: ZipRefusals): Directory {
  let count = read.u16(eocd + 10);
  let size = read.u32(eocd + 12);
  let start = read.u32(eocd + 16);
  let end = eocd;
  if (read.u16(eocd + 4) !== 0 || read.u16(eocd + 6) !== 0 || read.u16(eocd + 8) !== count) throw refuse.split();
  if (count === MAX16 || size === MAX32 || start === MAX32) {
    if (refuse.zip64) throw refuse.zip64();
    const locator = eocd - 20;
    if (read.u32(locator) !== ZIP64_LOCATOR) throw refuse.damaged('zip64 locator missing');
    const record = read.u64(locator + 8);
    if (read.u32(record) !== ZIP64_EOCD) throw refuse.damaged('zip64 end record missing');
    count = read.u64(record + 32);
    size = read.u64(record + 40);
    start = read.u64(record + 48);
    end = record;
  }
  if (start < 0 || size < 0 || start + size !== end) throw refuse.damaged('central directory does not end at its end record');
  return { count, start, end };
}

/** ZIP64 keeps any 32-bit field that overflowed in extra field 0x0001, in this fixed order. */
function readZip64Extra(read: Reader, start: number, length: number, entry: ZipEntryRecord): void {
  for (let at = start; at + 4 <= start + length; at += 4 + read.u16(at + 2)) {
    if (read.u16(at) !== 0x0001) continue;
    let field = at + 4;
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

function decodeName(bytes: Uint8Array): { name: string; nameIsUtf8: boolean } {
  try {
    return { name: strictUtf8.decode(bytes), nameIsUtf8: true };
  } catch {
    return { name: lenientUtf8.decode(bytes), nameIsUtf8: false };
  }
}

function readEntry(
  bytes: Uint8Array,
  read: Reader,
  at: number,
  directory: Directory,
  refuse: ZipRefusals,
): { entry: ZipEntryRecord; next: number } {
  if (at + CENTRAL_SIZE > directory.end || read.u32(at) !== CENTRAL) throw refuse.damaged(`bad central record at ${at}`);
  const nameLength = read.u16(at + 28);
  const extraLength = read.u16(at + 30);
  const next = at + CENTRAL_SIZE + nameLength + extraLength + read.u16(at + 32);
  if (next > directory.end) throw refuse.damaged(`central record at ${at} runs past the directory`);
  const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const entry: ZipEntryRecord = {
    ...decodeName(nameBytes),
    nameBytes,
    localNameBytes: new Uint8Array(0),
    flags: read.u16(at + 8),
    localFlags: 0,
    madeBy: read.u16(at + 4) >> 8,
    externalAttributes: read.u32(at + 38),
    method: read.u16(at + 10),
    crc32: read.u32(at + 16),
    compressedSize: read.u32(at + 20),
    size: read.u32(at + 24),
    localOffset: read.u32(at + 42),
    dataStart: 0,
    zip64: false,
  };
  if (entry.size === MAX32 || entry.compressedSize === MAX32 || entry.localOffset === MAX32) {
    if (refuse.zip64) throw refuse.zip64();
    entry.zip64 = true;
    readZip64Extra(read, at + CENTRAL_SIZE + nameLength, extraLength, entry);
  }
  // Sizes come from the central directory; a local header may hold zeros (data descriptor).
  const local = entry.localOffset;
  if (local + LOCAL_SIZE > directory.start || read.u32(local) !== LOCAL) throw refuse.damaged(`bad local header for entry at ${at}`);
  entry.localFlags = read.u16(local + 6);
  const localNameLength = read.u16(local + 26);
  entry.localNameBytes = bytes.subarray(local + LOCAL_SIZE, local + LOCAL_SIZE + localNameLength);
  entry.dataStart = local + LOCAL_SIZE + localNameLength + read.u16(local + 28);
  if (entry.dataStart + entry.compressedSize > directory.start) throw refuse.damaged(`data of entry at ${at} runs past its end`);
  return { entry, next };
}

/** Every entry of the central directory in directory order, or the caller's refusal. */
export function readZipStructure(bytes: Uint8Array, maxEntries: number, refuse: ZipRefusals): ZipEntryRecord[] {
  const read = reader(bytes);
  const directory = readDirectoryBounds(read, findEndRecord(bytes, read, refuse), refuse);
  if (directory.count > maxEntries) throw refuse.tooManyEntries(directory.count, maxEntries);
  const entries: ZipEntryRecord[] = [];
  let at = directory.start;
  for (let index = 0; index < directory.count; index += 1) {
    const { entry, next } = readEntry(bytes, read, at, directory, refuse);
    entries.push(entry);
    at = next;
  }
  if (at !== directory.end) throw refuse.damaged('central directory holds more than its entries');
  return entries;
}

/** The name of an entry whose data overlaps another's, or undefined: overlapping is how small files declare many large parts. */
export function overlappingEntry(entries: readonly ZipEntryRecord[]): string | undefined {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let index = 1; index < byOffset.length; index += 1) {
    const previous = byOffset[index - 1]!;
    const current = byOffset[index]!;
    if (current.localOffset < previous.dataStart + previous.compressedSize) return current.name;
  }
  return undefined;
}
