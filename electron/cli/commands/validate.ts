// kfq validate FILE — checks an article, issue or workspace file the way the app opens it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { DOCUMENT_LABELS, validateDocument, type DocumentKind } from '../../../shared/model/validate';
import { parseCommandArgs, type CommandIo } from '../io';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const KINDS: readonly DocumentKind[] = ['article', 'issue', 'workspace'];

export async function runValidate(args: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, ['FILE']);
  const file = path.resolve(positionals[0] ?? '');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new DomainError('FILE_NOT_FOUND', `找不到文件：${file}`);
  if (info.size > MAX_FILE_BYTES)
    throw new DomainError('FILE_TOO_LARGE', `文件过大（${Math.round(info.size / 1048576)} MB），不是工作区文件。`);
  const data = parseJsonSafely(await readFile(file, 'utf8'), '该文件');
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as DocumentKind)) {
    throw new DomainError('FILE_INVALID', '无法识别的文件类型：缺少 kind 字段（应为 article、issue 或 workspace）。');
  }
  const label = DOCUMENT_LABELS[kind as DocumentKind];
  const { value, fromVersion } = validateDocument(kind as DocumentKind, data, label);
  const migrated = fromVersion < SCHEMA_VERSION ? `（旧格式版本 ${fromVersion}，打开时将升级到 ${SCHEMA_VERSION}）` : '';
  const summary =
    value.kind === 'issue' ? `：第${value.number}期，${value.pages.length}个版面` : value.kind === 'article' ? `：${value.id}` : '';
  io.out(`有效的${label}${summary}${migrated}`);
  return 0;
}
