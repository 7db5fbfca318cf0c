// The limits a .docx must stay within and the refusals an editor sees when it does not. Every
// refusal happens before any part is handed to the converter, so a refused file changes nothing.
import { DomainError } from '../../../shared/model/errors';

const MB = 1024 * 1024;

export interface DocxLimits {
  /** The file as received. */
  maxFileBytes: number;
  maxEntries: number;
  /** Declared and actual uncompressed size of any one part. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed : compressed, checked only on entries above `ratioFloorBytes` (tiny XML parts compress well). */
  maxRatio: number;
  ratioFloorBytes: number;
  /** An embedded picture above this is left out rather than stored as a photo. */
  maxImageBytes: number;
}

export const DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxEntries: 2_000,
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 300 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxImageBytes: 20 * MB,
});

function mb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

// Entry names come from the file; they go to `detail` (logs, tests), never into the message.
function quoted(name: string): string {
  return JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);
}

export function fileTooLarge(size: number, limit: number): DomainError {
  return new DomainError('FILE_TOO_LARGE', `这个 Word 文件太大（${mb(size)} MB），上限为 ${mb(limit)} MB，未导入。`, String(size));
}

export function notDocx(detail: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件已损坏或不是 .docx 格式，未导入。', detail);
}

export function legacyOrProtected(): DomainError {
  return new DomainError(
    'FILE_INVALID',
    '这是旧版 Word（.doc）文件或设置了打开密码的文件，无法导入。请在 Word 中取消密码并另存为 .docx 后再试。',
    'OLE compound file',
  );
}

export function damaged(detail: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件不完整或已损坏（可能没有下载或复制完整），未导入。', detail);
}

export function tooManyEntries(count: number, limit: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `这个 Word 文件内部的部件过多（${count} 个，上限 ${limit} 个），疑似恶意文件，未导入。`,
    String(count),
  );
}

export function entryTooLarge(name: string, size: number, limit: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `这个 Word 文件解压后过大（其中一个部件达 ${mb(size)} MB，上限 ${mb(limit)} MB），疑似压缩炸弹，未导入。`,
    quoted(name),
  );
}

export function totalTooLarge(total: number, limit: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `这个 Word 文件解压后共 ${mb(total)} MB，超过 ${mb(limit)} MB 的上限，疑似压缩炸弹，未导入。`,
    String(total),
  );
}

export function ratioTooHigh(name: string, ratio: number): DomainError {
  return new DomainError('FILE_TOO_LARGE', `这个 Word 文件的压缩比异常（约 ${Math.round(ratio)}:1），疑似压缩炸弹，未导入。`, quoted(name));
}

export function inflatesBeyondDeclared(name: string): DomainError {
  return new DomainError('FILE_TOO_LARGE', '这个 Word 文件解压后的大小超出它自己声明的大小，疑似压缩炸弹，未导入。', quoted(name));
}

export function unsafePath(name: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件内含不安全的路径（绝对路径或“..”），疑似恶意文件，已拒绝导入。', quoted(name));
}

export function duplicateEntry(name: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件内有重名或相互重叠的部件，疑似恶意文件，已拒绝导入。', quoted(name));
}

export function encrypted(name: string): DomainError {
  return new DomainError(
    'FILE_INVALID',
    '这个 Word 文件内有加密的部件，无法导入。请在 Word 中取消密码并另存为 .docx 后再试。',
    quoted(name),
  );
}

export function unsupportedCompression(name: string, method: number): DomainError {
  return new DomainError(
    'FILE_INVALID',
    '这个 Word 文件使用了不支持的压缩方式，未导入。请在 Word 中重新另存为 .docx 后再试。',
    `${quoted(name)} method ${method}`,
  );
}

export function missingDocument(): DomainError {
  return new DomainError('FILE_INVALID', '这个文件不是 Word 文档（缺少正文部分 word/document.xml），未导入。', 'word/document.xml');
}

export function doctypeDeclared(name: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件含有 Word 不会写入的 XML 声明（DOCTYPE），疑似恶意文件，未导入。', quoted(name));
}

export function unreadable(detail: string): DomainError {
  return new DomainError('FILE_INVALID', '这个 Word 文件的内容无法读取，可能已损坏，未导入。', detail);
}
