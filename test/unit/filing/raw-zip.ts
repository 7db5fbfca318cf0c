// A zip writer with every field under the test's control, for packages no honest tool would make:
// lying sizes, unsafe or duplicate names, links, encryption flags, shared data, broken headers.
import { crc32, deflateRawSync } from 'node:zlib';
import { sha256Hex } from '../../../electron/services/filing/hashes';

export interface RawEntry {
  name: string;
  /** The bytes as stored in the zip (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Declared uncompressed size and CRC; honest by default. */
  size: number;
  crc: number;
  madeBy?: number;
  externalAttributes?: number;
  flags?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string;
  /** Points this entry's central record at another entry's local header (shared data). */
  offsetOf?: number;
  /** A compressed size in the central record other than the data's length. */
  centralCompressedSize?: number;
}

/** An honest entry: deflated unless `stored`. */
export function entry(name: string, bytes: Uint8Array | string, stored = false): RawEntry {
  const raw = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, data: stored ? raw : deflateRawSync(raw), method: stored ? 0 : 8, size: raw.length, crc: crc32(raw) >>> 0 };
}

export function buildZip(entries: readonly RawEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const item of entries) {
    const name = Buffer.from(item.name, 'utf8');
    const localName = Buffer.from(item.localName ?? item.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((item.flags ?? 0) | 0x800, 6);
    local.writeUInt16LE(item.method, 8);
    local.writeUInt32LE(item.crc, 14);
    local.writeUInt32LE(item.data.length, 18);
    local.writeUInt32LE(item.size, 22);
    local.writeUInt16LE(localName.length, 26);
    offsets.push(offset);
    const block = Buffer.concat([local, localName, item.data]);
    locals.push(block);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(item.madeBy ?? 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((item.flags ?? 0) | 0x800, 8);
    central.writeUInt16LE(item.method, 10);
    central.writeUInt32LE(item.crc, 16);
    central.writeUInt32LE(item.centralCompressedSize ?? item.data.length, 20);
    central.writeUInt32LE(item.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(item.externalAttributes ?? 0, 38);
    centrals.push(Buffer.concat([central, name]));
    offset += block.length;
  }
  entries.forEach((item, index) => {
    const target = item.offsetOf === undefined ? offsets[index]! : offsets[item.offsetOf]!;
    centrals[index]!.writeUInt32LE(target, 42);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = options.declaredCount ?? entries.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Manifest fields of an honest package with `parts` (path → bytes). */
export function manifestFor(parts: ReadonlyMap<string, Uint8Array>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'kfq-draft',
    version: 1,
    packageId: 'a-20250512-0badc0de-1a2b3c4d',
    revision: 1,
    createdAt: '2025-05-12T08:00:00.000Z',
    author: '王波',
    parts: [...parts].map(([path, bytes]) => ({ path, sha256: sha256Hex(bytes), size: bytes.length })),
    ...overrides,
  };
}
