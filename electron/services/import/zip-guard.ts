// Opens a .docx as a zip under caps: the declared sizes are judged before anything is inflated,
// and inflation is then held to what each entry declared, so a file that lies about its sizes
// is stopped within one chunk of the lie. Nothing here touches the disk.
import { Inflate } from 'fflate';
import { crc32 } from 'node:zlib';
import { DomainError } from '../../../shared/model/errors';
import {
  damaged,
  doctypeDeclared,
  DOCX_LIMITS,
  duplicateEntry,
  encrypted,
  entryTooLarge,
  fileTooLarge,
  inflatesBeyondDeclared,
  legacyOrProtected,
  missingDocument,
  notDocx,
  ratioTooHigh,
  tooManyEntries,
  totalTooLarge,
  unsafePath,
  unsupportedCompression,
  type DocxLimits,
} from './docx-refusals';
import { overlappingEntry, readZipStructure, type ZipEntryRecord as ZipEntry, type ZipRefusals } from '../zip/zip-structure';

export const MAIN_PART = 'word/document.xml';

// Small pushes keep one chunk's output bounded (deflate expands at most ~1,032:1, so ≤ 17 MB).
const INFLATE_CHUNK = 16 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

const REFUSALS: ZipRefusals = { damaged, tooManyEntries, split: () => notDocx('split archive') };

function isDirectory(entry: ZipEntry): boolean {
  return entry.name.endsWith('/') && entry.size === 0;
}

/** Absolute paths, drive letters, `..` or `.` segments and control characters have no place in a .docx. */
function isSafeName(name: string): boolean {
  if (name === '' || name.length > 1024) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return false;
  if (/^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name)) return false;
  return name.split(/[/\\]/).every((segment) => segment !== '..' && segment !== '.');
}

function checkEntry(entry: ZipEntry, limits: DocxLimits): void {
  if (!isSafeName(entry.name)) throw unsafePath(entry.name);
  // Bit 0: traditional encryption; bit 6: strong encryption; method 99: AES.
  if (((entry.flags | entry.localFlags) & 0x41) !== 0 || entry.method === 99) throw encrypted(entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw unsupportedCompression(entry.name, entry.method);
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw damaged(`stored size mismatch ${entry.name}`);
  if (entry.size > limits.maxEntryBytes) throw entryTooLarge(entry.name, entry.size, limits.maxEntryBytes);
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) throw ratioTooHigh(entry.name, ratio);
}

/** Refuses by what the directory declares; nothing has been inflated yet. */
function checkDirectory(entries: readonly ZipEntry[], limits: DocxLimits): void {
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    checkEntry(entry, limits);
    if (names.has(entry.name)) throw duplicateEntry(entry.name);
    names.add(entry.name);
    total += entry.size;
    if (total > limits.maxTotalBytes) throw totalTooLarge(total, limits.maxTotalBytes);
  }
  const overlapping = overlappingEntry(entries);
  if (overlapping !== undefined) throw duplicateEntry(overlapping);
  if (!names.has(MAIN_PART)) throw missingDocument();
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const compressed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return compressed.slice();
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw inflatesBeyondDeclared(entry.name);
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < compressed.length || offset === 0; offset += INFLATE_CHUNK) {
      const end = Math.min(offset + INFLATE_CHUNK, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw damaged(`inflate ${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (written !== entry.size) throw damaged(`size mismatch ${entry.name}`);
  return out;
}

// XML parts may be UTF-8 or UTF-16 in either byte order.
const DOCTYPE_FORMS = ['<!DOCTYPE', '<!doctype'].flatMap((text) => {
  const littleEndian = Buffer.from(text, 'utf16le');
  return [Buffer.from(text, 'latin1'), littleEndian, Buffer.from(littleEndian).swap16()];
});

/** OOXML forbids DTDs (ECMA-376 Part 2), so one is a sign of an entity-expansion attack. */
function declaresDoctype(part: Uint8Array): boolean {
  const buffer = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  return DOCTYPE_FORMS.some((form) => buffer.includes(form));
}

/**
 * The parts of a .docx, each inflated and checked against its declared size and CRC, or a
 * refusal (FILE_TOO_LARGE, FILE_INVALID). Directory entries are left out.
 */
export function openDocxZip(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw fileTooLarge(bytes.length, limits.maxFileBytes);
  if (startsWith(bytes, OLE_SIGNATURE)) throw legacyOrProtected();
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw notDocx('no zip signature');
  const entries = readZipStructure(bytes, limits.maxEntries, REFUSALS);
  checkDirectory(entries, limits);
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (isDirectory(entry)) continue;
    const part = inflateEntry(bytes, entry);
    if (crc32(part) >>> 0 !== entry.crc32) throw damaged(`crc mismatch ${entry.name}`);
    if (/\.(xml|rels)$/i.test(entry.name) && declaresDoctype(part)) throw doctypeDeclared(entry.name);
    parts.set(entry.name, part);
  }
  return parts;
}
