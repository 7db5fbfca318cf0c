// Reads a zip's central directory without decompressing anything and refuses every structure a
// hostile package could use: unsafe names, duplicates, links, encryption, ZIP64, overlapping or
// out-of-range entries, and declared sizes beyond the caps (zip bombs).
import { DomainError } from '../../../shared/model/errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only methods our writer uses. */
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  /** Uncompressed size as declared; the decompressor never produces more. */
  size: number;
  dataStart: number;
}

export interface ZipCaps {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

function broken(detail: string): DomainError {
  return new DomainError('FILE_MALFORMED', '稿件包不是有效的 zip 文件（可能已损坏或传输不完整），已拒收。', detail);
}

function unsafe(message: string, detail?: string): DomainError {
  return new DomainError('PACKAGE_UNSAFE', message, detail);
}

const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1);

/** Why a name must not be written anywhere, or undefined when it is a plain relative path. */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return '文件名为空';
  if (name.length > 255) return '文件名过长';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return '文件名含有控制字符';
  if (name.includes('\\')) return '文件名含有反斜杠（Windows 路径）';
  if (/^[A-Za-z]:/.test(name)) return '文件名带有盘符（绝对路径）';
  if (name.startsWith('/')) return '文件名是绝对路径';
  const segments = name.split('/');
  if (segments.includes('..')) return '文件名含有“..”（路径穿越）';
  if (name.endsWith('/')) return '包含文件夹条目';
  if (segments.some((segment) => segment === '' || segment === '.')) return '文件名含有空的路径段';
  return undefined;
}

function findEndOfDirectory(zip: Uint8Array, view: DataView): number {
  if (zip.length < EOCD_SIZE) throw broken('shorter than an end-of-directory record');
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = zip.length - EOCD_SIZE; at >= lowest; at -= 1) {
    // The record must end exactly where its comment ends, or it is stray bytes that look like one.
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) === zip.length) return at;
  }
  throw broken('no end-of-directory record (truncated or not a zip)');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw unsafe('稿件包中的文件名不是有效的 UTF-8 编码，已拒收。');
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

interface Central extends ZipEntry {
  offset: number;
  nameBytes: Uint8Array;
}

function readCentral(zip: Uint8Array, view: DataView, at: number, end: number): { entry: Central; next: number } {
  if (at + CENTRAL_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw broken(`bad central record at ${at}`);
  const madeBy = view.getUint16(at + 4, true);
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc32 = view.getUint32(at + 16, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const externalAttributes = view.getUint32(at + 38, true);
  const offset = view.getUint32(at + 42, true);
  const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
  if (next > end) throw broken(`central record at ${at} runs past the directory`);
  const nameBytes = zip.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const name = decodeName(nameBytes);
  const reason = unsafeNameReason(name);
  if (reason) throw unsafe(`稿件包中的文件“${name.slice(0, 80)}”不安全：${reason}，已拒收。`, name);
  const mode = externalAttributes >>> 16;
  if (madeBy >> 8 === UNIX_HOST && (mode & S_IFMT) === S_IFLNK) throw unsafe(`稿件包中的“${name}”是符号链接，已拒收。`, name);
  if (madeBy >> 8 === UNIX_HOST && mode !== 0 && (mode & S_IFMT) !== S_IFREG)
    throw unsafe(`稿件包中的“${name}”不是普通文件，已拒收。`, name);
  if ((externalAttributes & 0x10) !== 0) throw unsafe(`稿件包中的“${name}”是文件夹条目，已拒收。`, name);
  if ((flags & 0x41) !== 0) throw unsafe(`稿件包中的“${name}”经过加密，无法检查，已拒收。`, name);
  if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) {
    throw unsafe('稿件包使用了 ZIP64 大文件格式，稿件包不需要也不接受这种格式，已拒收。', name);
  }
  if (method !== 0 && method !== 8) throw unsafe(`稿件包中的“${name}”使用了不支持的压缩方式（${method}），已拒收。`, name);
  if (method === 0 && compressedSize !== size) throw broken(`stored entry ${name} with different sizes`);
  return { entry: { name, nameBytes, method, crc32, compressedSize, size, offset, dataStart: 0 }, next };
}

/** Checks the local header an entry points to and finds where its data starts. */
function locateData(zip: Uint8Array, view: DataView, entry: Central, directoryStart: number): number {
  const at = entry.offset;
  if (at + LOCAL_SIZE > directoryStart || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw broken(`bad local header for ${entry.name}`);
  if ((view.getUint16(at + 6, true) & 0x41) !== 0) throw unsafe(`稿件包中的“${entry.name}”经过加密，无法检查，已拒收。`, entry.name);
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const localName = zip.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
  // A local name that differs from the directory's is how some tools are tricked into writing elsewhere.
  if (!sameBytes(localName, entry.nameBytes)) throw unsafe(`稿件包中“${entry.name}”的两处文件名不一致，已拒收。`, entry.name);
  const start = at + LOCAL_SIZE + nameLength + extraLength;
  if (start + entry.compressedSize > directoryStart) throw broken(`data of ${entry.name} runs past its end`);
  return start;
}

/** The entries of a zip, checked against `caps` and for safety; nothing is decompressed here. */
export function readZipDirectory(zip: Uint8Array, caps: ZipCaps): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfDirectory(zip, view);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw unsafe('稿件包是分卷 zip 文件，不接受，已拒收。');
  }
  if (count === 0xffff || directoryStart === 0xffffffff) throw unsafe('稿件包使用了 ZIP64 大文件格式，不接受，已拒收。');
  if (count > caps.maxEntries) throw unsafe(`稿件包中的文件过多（${count} 个，上限 ${caps.maxEntries} 个），已拒收。`, String(count));
  if (directoryStart + directorySize !== eocd) throw broken('central directory does not end at its end record');

  const entries: Central[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    const { entry, next } = readCentral(zip, view, at, eocd);
    at = next;
    // Names that differ only in case or Unicode form are the same file on Windows and macOS.
    const key = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw unsafe(`稿件包中有重名的文件“${entry.name}”，已拒收。`, entry.name);
    seen.add(key);
    if (entry.size > caps.maxEntryBytes) {
      throw unsafe(
        `稿件包中的“${entry.name}”解压后有 ${megabytes(entry.size)} MB，超过上限 ${megabytes(caps.maxEntryBytes)} MB（疑似 zip 炸弹），已拒收。`,
        entry.name,
      );
    }
    total += entry.size;
    if (total > caps.maxTotalBytes) {
      throw unsafe(`稿件包解压后总大小超过上限 ${megabytes(caps.maxTotalBytes)} MB（疑似 zip 炸弹），已拒收。`, String(total));
    }
    entries.push(entry);
  }
  if (at !== eocd) throw broken('central directory holds more than its entries');

  for (const entry of entries) entry.dataStart = locateData(zip, view, entry, directoryStart);
  // Entries sharing bytes are the trick behind the worst zip bombs; each must have its own range.
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  for (let index = 1; index < byOffset.length; index += 1) {
    const previous = byOffset[index - 1]!;
    if (previous.dataStart + previous.compressedSize > byOffset[index]!.offset) {
      throw unsafe('稿件包中的文件数据相互重叠（疑似 zip 炸弹），已拒收。', byOffset[index]!.name);
    }
  }
  return entries.map(({ name, method, crc32, compressedSize, size, dataStart }) => ({
    name,
    method,
    crc32,
    compressedSize,
    size,
    dataStart,
  }));
}
