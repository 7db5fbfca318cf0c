// The zip structure reader's rules, shared by draft packages and .docx imports: where the end
// record may be, which directories it refuses and as what (damaged, split, too many entries,
// ZIP64 when the caller refuses it), what it reads from ZIP64 extensions, and which entries overlap.
import { describe, expect, it } from 'vitest';
import { overlappingEntry, readZipStructure, type ZipEntryRecord, type ZipRefusals } from '../../../electron/services/zip/zip-structure';
import { buildZip, entry } from './raw-zip';

/** A refusal of the reader, by kind, with what the caller is given to word it. */
class Refused extends Error {
  constructor(
    readonly kind: 'damaged' | 'tooManyEntries' | 'split' | 'zip64',
    readonly args: unknown[] = [],
  ) {
    super(kind);
  }
}

const REFUSE: ZipRefusals = {
  damaged: (detail) => new Refused('damaged', [detail]),
  tooManyEntries: (count, limit) => new Refused('tooManyEntries', [count, limit]),
  split: () => new Refused('split'),
};
const REFUSE_ZIP64: ZipRefusals = { ...REFUSE, zip64: () => new Refused('zip64') };

function refusal(bytes: Uint8Array, maxEntries = 100, refuse = REFUSE): Refused {
  try {
    readZipStructure(bytes, maxEntries, refuse);
  } catch (error) {
    if (error instanceof Refused) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const twoFiles = () => buildZip([entry('article.json', '{"headline":"开发区建设"}'), entry('photos/a.jpg', 'JPEG', true)]);

/** The zip with a comment of `length` bytes after its end record. */
function withComment(zip: Uint8Array, comment: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip.length + comment.length);
  out.set(zip);
  out.set(comment, zip.length);
  new DataView(out.buffer).setUint16(zip.length - 2, comment.length, true);
  return out;
}

/** Writes `value` as a little-endian 16- or 32-bit field at `offset` of a copy of `zip`. */
function patched(zip: Uint8Array, offset: number, value: number, bytes: 2 | 4): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  if (bytes === 2) view.setUint16(offset, value, true);
  else view.setUint32(offset, value, true);
  return out;
}

/**
 * A ZIP64 archive of one stored entry: its central record keeps size, compressed size and local
 * offset in extra field 0x0001, and the end record points at a ZIP64 end record.
 */
function zip64Archive(data: string, { entriesInRecord = 1 } = {}): Uint8Array {
  const bytes = Buffer.from(data);
  const name = Buffer.from('article.json');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt16LE(0x800, 6);
  local.writeUInt16LE(name.length, 26);
  const zip64Extra = Buffer.alloc(4 + 24);
  zip64Extra.writeUInt16LE(0x0001, 0);
  zip64Extra.writeUInt16LE(24, 2);
  zip64Extra.writeBigUInt64LE(BigInt(bytes.length), 4);
  zip64Extra.writeBigUInt64LE(BigInt(bytes.length), 12);
  zip64Extra.writeBigUInt64LE(0n, 20);
  // An unrelated extra field first: the reader must walk past it.
  const otherExtra = Buffer.alloc(4 + 5);
  otherExtra.writeUInt16LE(0x5455, 0);
  otherExtra.writeUInt16LE(5, 2);
  const extras = Buffer.concat([otherExtra, zip64Extra]);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 4);
  central.writeUInt16LE(45, 6);
  central.writeUInt16LE(0x800, 8);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extras.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const body = Buffer.concat([local, name, bytes]);
  const directory = Buffer.concat([central, name, extras]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(entriesInRecord), 24);
  record.writeBigUInt64LE(BigInt(entriesInRecord), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(body.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([body, directory, record, locator, end]));
}

describe('reading a zip’s structure', () => {
  it('lists every entry in directory order with what it declares and where its data lies', () => {
    const entries = readZipStructure(twoFiles(), 2, REFUSE);
    expect(entries.map((item) => item.name)).toEqual(['article.json', 'photos/a.jpg']);
    const [json, photo] = entries as [ZipEntryRecord, ZipEntryRecord];
    expect(json).toMatchObject({
      method: 8,
      size: Buffer.byteLength('{"headline":"开发区建设"}'),
      nameIsUtf8: true,
      localOffset: 0,
      zip64: false,
      dataStart: 30 + 12,
    });
    expect(photo).toMatchObject({ method: 0, size: 4, compressedSize: 4, localOffset: json.dataStart + json.compressedSize });
    expect(photo.dataStart).toBe(photo.localOffset + 30 + 'photos/a.jpg'.length);
    expect(new TextDecoder().decode(photo.localNameBytes)).toBe('photos/a.jpg');
    expect(photo.crc32).toBe(entry('x', 'JPEG').crc);
  });

  it('reads a name that is not UTF-8 with replacement characters, and says so', () => {
    const zip = buildZip([entry('a.txt', 'x', true)]);
    const bad = zip.slice();
    // The central record's name: the last name in the file before the end record.
    bad[zip.length - 22 - 5] = 0xff;
    const [item] = readZipStructure(bad, 1, REFUSE);
    expect(item?.nameIsUtf8).toBe(false);
    expect(item?.name).toBe('\ufffd.txt');
  });

  it('takes as many entries as allowed and refuses one more, saying how many and the limit', () => {
    expect(readZipStructure(twoFiles(), 2, REFUSE)).toHaveLength(2);
    const error = refusal(twoFiles(), 1);
    expect(error.kind).toBe('tooManyEntries');
    expect(error.args).toEqual([2, 1]);
  });

  it('reads an empty zip', () => {
    expect(readZipStructure(buildZip([]), 0, REFUSE)).toEqual([]);
  });
});

describe('the end record', () => {
  it('is found before a comment of any length up to 65,535 bytes', () => {
    const comment = new Uint8Array(65_535).fill(0x20);
    expect(readZipStructure(withComment(twoFiles(), comment), 2, REFUSE)).toHaveLength(2);
    expect(readZipStructure(withComment(twoFiles(), new Uint8Array([0x41])), 2, REFUSE)).toHaveLength(2);
  });

  it('must end where the file ends: trailing bytes or a wrong comment length are damage', () => {
    const zip = twoFiles();
    const trailing = new Uint8Array(zip.length + 3);
    trailing.set(zip);
    expect(refusal(trailing).kind).toBe('damaged');
    expect(refusal(patched(zip, zip.length - 2, 1, 2)).kind).toBe('damaged');
  });

  it('does not count when it merely appears inside a comment', () => {
    // A comment holding an empty zip's end record, which does not end where the file does.
    const fake = new Uint8Array([...buildZip([]), 0x21]);
    expect(readZipStructure(withComment(twoFiles(), fake), 2, REFUSE).map((item) => item.name)).toEqual(['article.json', 'photos/a.jpg']);
  });

  it('is damage when missing: an empty file, a truncated one, or not a zip', () => {
    expect(refusal(new Uint8Array(0)).kind).toBe('damaged');
    expect(refusal(twoFiles().subarray(0, 100)).kind).toBe('damaged');
    expect(refusal(new TextEncoder().encode('%PDF-1.7 not a zip at all, long enough to hold a record')).kind).toBe('damaged');
  });
});

describe('the central directory', () => {
  it('refuses a split archive: another disk number, or entries on this disk differing from the total', () => {
    const zip = twoFiles();
    const end = zip.length - 22;
    expect(refusal(patched(zip, end + 4, 1, 2)).kind).toBe('split');
    expect(refusal(patched(zip, end + 6, 1, 2)).kind).toBe('split');
    expect(refusal(patched(zip, end + 8, 1, 2)).kind).toBe('split');
  });

  it('is damage when it does not end at the end record, or holds more than its entries', () => {
    const zip = twoFiles();
    const end = zip.length - 22;
    const size = new DataView(zip.buffer).getUint32(end + 12, true);
    expect(refusal(patched(zip, end + 12, size - 1, 4)).kind).toBe('damaged');
    expect(refusal(patched(zip, end + 16, 1, 4)).kind).toBe('damaged');
    const declaredOne = buildZip([entry('a.txt', 'a'), entry('b.txt', 'b')], { declaredCount: 1 });
    expect(refusal(declaredOne).kind).toBe('damaged');
    // More entries declared than there are records.
    expect(refusal(buildZip([entry('a.txt', 'a')], { declaredCount: 2 })).kind).toBe('damaged');
  });

  it('is damage when a record is not a central record, or its name runs past the directory', () => {
    const zip = twoFiles();
    const start = new DataView(zip.buffer).getUint32(zip.length - 22 + 16, true);
    expect(refusal(patched(zip, start, 0x12345678, 4)).kind).toBe('damaged');
    expect(refusal(patched(zip, start + 28, 500, 2)).kind).toBe('damaged');
  });

  it('is damage when an entry’s local header is missing or its data runs into the directory', () => {
    const zip = twoFiles();
    expect(refusal(patched(zip, 0, 0x12345678, 4)).kind).toBe('damaged');
    const lying = buildZip([entry('a.txt', 'abc', true), { ...entry('b.txt', 'def', true), centralCompressedSize: 40 }]);
    expect(refusal(lying).kind).toBe('damaged');
    const pastStart = buildZip([{ ...entry('a.txt', 'abc', true), offsetOf: 0 }]);
    const start = new DataView(pastStart.buffer).getUint32(pastStart.length - 22 + 16, true);
    // The local header would have to begin inside the directory.
    const localInDirectory = pastStart.slice();
    new DataView(localInDirectory.buffer).setUint32(start + 42, start - 10, true);
    expect(refusal(localInDirectory).kind).toBe('damaged');
  });
});

describe('ZIP64', () => {
  it('reads the sizes and the local offset from the ZIP64 extra field, past other extra fields', () => {
    const [item] = readZipStructure(zip64Archive('开发区建设'), 10, REFUSE);
    expect(item).toMatchObject({ name: 'article.json', zip64: true, size: 15, compressedSize: 15, localOffset: 0, dataStart: 42 });
  });

  it('is refused as ZIP64 by a caller that does not take it, before anything else is read', () => {
    expect(refusal(zip64Archive('x'), 10, REFUSE_ZIP64).kind).toBe('zip64');
    // An entry whose own fields overflow, in an archive whose end record does not.
    const zip = buildZip([{ ...entry('a.txt', 'abc', true), size: 0xffffffff }]);
    expect(refusal(zip, 10, REFUSE_ZIP64).kind).toBe('zip64');
  });

  it('counts the entries the ZIP64 end record declares', () => {
    expect(refusal(zip64Archive('x', { entriesInRecord: 2 }), 1).args).toEqual([2, 1]);
  });

  it('is damage without its locator or its end record', () => {
    const zip = zip64Archive('x');
    const locator = zip.length - 22 - 20;
    expect(refusal(patched(zip, locator, 0, 4)).kind).toBe('damaged');
    expect(refusal(patched(zip, locator - 56, 0, 4)).kind).toBe('damaged');
    // A locator pointing past the end of the file.
    expect(refusal(patched(zip, locator + 8, 0xfffffff0, 4)).kind).toBe('damaged');
  });

  it('is damage when a bare end record claims ZIP64 with nothing before it', () => {
    const bare = patched(patched(buildZip([]), 8, 0xffff, 2), 10, 0xffff, 2);
    expect(refusal(bare).kind).toBe('damaged');
  });
});

describe('overlapping entries', () => {
  const at = (name: string, localOffset: number, dataStart: number, compressedSize: number) =>
    ({ name, localOffset, dataStart, compressedSize }) as ZipEntryRecord;

  it('names the entry whose header lies inside another’s data, whatever the directory order', () => {
    expect(overlappingEntry([at('b', 40, 70, 10), at('a', 0, 30, 11)])).toBe('b');
    expect(overlappingEntry([at('a', 0, 30, 11), at('b', 40, 70, 10)])).toBe('b');
  });

  it('finds none when each entry starts where the previous one’s data ends, or later', () => {
    expect(overlappingEntry([at('a', 0, 30, 10), at('b', 40, 70, 10), at('c', 90, 120, 0)])).toBeUndefined();
    expect(overlappingEntry([at('only', 0, 30, 10)])).toBeUndefined();
    expect(overlappingEntry([])).toBeUndefined();
  });

  it('finds the shared data of entries pointing at the same local header', () => {
    const zip = buildZip([entry('a.txt', 'abc'), { ...entry('b.txt', 'abc'), offsetOf: 0 }]);
    expect(overlappingEntry(readZipStructure(zip, 2, REFUSE))).toBe('b.txt');
  });
});
