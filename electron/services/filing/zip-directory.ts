// The draft-package policy over a zip's structure: refuses every structure a hostile package
// could use — unsafe names, duplicates, links, encryption, ZIP64, overlapping entries and
// declared sizes beyond the caps (zip bombs) — before anything is decompressed.
import { DomainError } from '../../../shared/model/errors';
import { overlappingEntry, readZipStructure, zipEntryType, type ZipEntryRecord, type ZipRefusals } from '../zip/zip-structure';

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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

const REFUSALS: ZipRefusals = {
  damaged: broken,
  tooManyEntries: (count, limit) => unsafe(`稿件包中的文件过多（${count} 个，上限 ${limit} 个），已拒收。`, String(count)),
  split: () => unsafe('稿件包是分卷 zip 文件，不接受，已拒收。'),
  zip64: () => unsafe('稿件包使用了 ZIP64 大文件格式，稿件包不需要也不接受这种格式，已拒收。'),
};

function checkEntry(entry: ZipEntryRecord, caps: ZipCaps): void {
  const { name } = entry;
  if (!entry.nameIsUtf8) throw unsafe('稿件包中的文件名不是有效的 UTF-8 编码，已拒收。');
  const reason = unsafeNameReason(name);
  if (reason) throw unsafe(`稿件包中的文件“${name.slice(0, 80)}”不安全：${reason}，已拒收。`, name);
  const type = zipEntryType(entry);
  if (type === 'link') throw unsafe(`稿件包中的“${name}”是符号链接，已拒收。`, name);
  if (type === 'directory') throw unsafe(`稿件包中的“${name}”是文件夹条目，已拒收。`, name);
  if (type === 'other') throw unsafe(`稿件包中的“${name}”不是普通文件，已拒收。`, name);
  if (((entry.flags | entry.localFlags) & 0x41) !== 0) throw unsafe(`稿件包中的“${name}”经过加密，无法检查，已拒收。`, name);
  if (entry.method !== 0 && entry.method !== 8)
    throw unsafe(`稿件包中的“${name}”使用了不支持的压缩方式（${entry.method}），已拒收。`, name);
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw broken(`stored entry ${name} with different sizes`);
  // A local name that differs from the directory's is how some tools are tricked into writing elsewhere.
  if (!sameBytes(entry.localNameBytes, entry.nameBytes)) throw unsafe(`稿件包中“${name}”的两处文件名不一致，已拒收。`, name);
  if (entry.size > caps.maxEntryBytes) {
    throw unsafe(
      `稿件包中的“${name}”解压后有 ${megabytes(entry.size)} MB，超过上限 ${megabytes(caps.maxEntryBytes)} MB（疑似 zip 炸弹），已拒收。`,
      name,
    );
  }
}

/** The entries of a zip, checked against `caps` and for safety; nothing is decompressed here. */
export function readZipDirectory(zip: Uint8Array, caps: ZipCaps): ZipEntry[] {
  const entries = readZipStructure(zip, caps.maxEntries, REFUSALS);
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    checkEntry(entry, caps);
    // Names that differ only in case or Unicode form are the same file on Windows and macOS.
    const key = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw unsafe(`稿件包中有重名的文件“${entry.name}”，已拒收。`, entry.name);
    seen.add(key);
    total += entry.size;
    if (total > caps.maxTotalBytes)
      throw unsafe(`稿件包解压后总大小超过上限 ${megabytes(caps.maxTotalBytes)} MB（疑似 zip 炸弹），已拒收。`, String(total));
  }
  const overlapping = overlappingEntry(entries);
  if (overlapping !== undefined) throw unsafe('稿件包中的文件数据相互重叠（疑似 zip 炸弹），已拒收。', overlapping);
  return entries.map(({ name, method, crc32, compressedSize, size, dataStart }) => ({
    name,
    method: method as 0 | 8,
    crc32,
    compressedSize,
    size,
    dataStart,
  }));
}
