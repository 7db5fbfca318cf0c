// Honest packages to tamper with, for the hostile corpus: a valid article with one photo, its
// zip entries and manifest, and 200 MB of zeros deflated for the real zip bomb.
import { crc32, deflateRawSync } from 'node:zlib';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { sha256Hex } from '../../../electron/services/filing/hashes';
import { draftContent, photoBytes } from './filing-fixtures';
import { buildZip, entry, manifestFor, type RawEntry } from './raw-zip';

export const MB = 1024 * 1024;
export const PHOTO = photoBytes(7);
export const PHOTO_PATH = `photos/${sha256Hex(PHOTO)}.png`;

export function articleJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: 'a-20250512-0badc0de',
    status: 'filed',
    author: '王波',
    createdAt: '2025-05-12T07:00:00.000Z',
    updatedAt: '2025-05-12T08:00:00.000Z',
    rev: 1,
    content: draftContent('园区新建科创中心投入使用', ['科创中心总面积三万平方米。'], `${sha256Hex(PHOTO)}.png`),
    revisions: [],
    ...overrides,
  });
}

export const encode = (text: string) => new TextEncoder().encode(text);

/** An honest package's zip entries, with the manifest and parts open to tampering. */
export function honestEntries(options: { article?: string; manifest?: Record<string, unknown>; photos?: Map<string, Uint8Array> } = {}): {
  entries: RawEntry[];
  parts: Map<string, Uint8Array>;
} {
  const parts = new Map<string, Uint8Array>([['article.json', encode(options.article ?? articleJson())]]);
  for (const [name, bytes] of options.photos ?? new Map([[PHOTO_PATH, PHOTO]])) parts.set(name, bytes);
  const manifest = manifestFor(parts, options.manifest);
  return { entries: [entry('manifest.json', JSON.stringify(manifest)), ...[...parts].map(([name, bytes]) => entry(name, bytes))], parts };
}

export function honestZip(options?: Parameters<typeof honestEntries>[0]): Uint8Array {
  return buildZip(honestEntries(options).entries);
}

/** Replaces the manifest entry's text. */
export function withManifestText(text: string): Uint8Array {
  const { entries } = honestEntries();
  return buildZip([entry('manifest.json', text), ...entries.slice(1)]);
}

/** An honest package plus one more entry, listed in the manifest as if it belonged. */
export function withListedEntry(extra: RawEntry, listedBytes: Uint8Array): Uint8Array {
  const parts = new Map<string, Uint8Array>([
    ['article.json', encode(articleJson())],
    [PHOTO_PATH, PHOTO],
    [extra.name, listedBytes],
  ]);
  const manifest = manifestFor(parts);
  return buildZip([
    entry('manifest.json', JSON.stringify(manifest)),
    entry('article.json', articleJson()),
    entry(PHOTO_PATH, PHOTO),
    extra,
  ]);
}

let bomb: { data: Uint8Array; crc: number } | undefined;

/** 200 MB of zeros deflated at level 9 (about 200 kB), made once on first use. */
export function zeroBomb(): { data: Uint8Array; crc: number } {
  if (!bomb) {
    const zeros = Buffer.alloc(200 * MB);
    bomb = { data: deflateRawSync(zeros, { level: 9 }), crc: crc32(zeros) >>> 0 };
  }
  return bomb;
}
