// kfq validate FILE — checks an article, issue or workspace file exactly as the app opens it: the
// store's own reader (size cap, strict UTF-8, safe JSON, version, migration, schema).
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { DOCUMENT_LABELS, type DocumentKind } from '../../../shared/model/validate';
import { readDocumentFile, type WorkspaceDocument } from '../../services/durable-json-adapter';
import { ARTICLES_DIR, ISSUE_FILE, WORKSPACE_FILE } from '../../services/workspace-layout';
import { parseCommandArgs, type CommandIo } from '../io';

const KINDS: readonly DocumentKind[] = ['article', 'issue', 'workspace'];

/** The kind the file says it is, else the one its place in a workspace gives it (as the store reads it). */
function kindOf(file: string): (data: unknown) => DocumentKind {
  return (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new DomainError('FILE_INVALID', '该文件的内容不是一个对象，不是稿件、期次或工作区文件。');
    }
    const kind = (data as { kind?: unknown }).kind;
    if (typeof kind === 'string' && KINDS.includes(kind as DocumentKind)) return kind as DocumentKind;
    if (kind === undefined) {
      if (path.basename(file) === WORKSPACE_FILE) return 'workspace';
      if (path.basename(file) === ISSUE_FILE) return 'issue';
      if (path.basename(path.dirname(file)) === ARTICLES_DIR) return 'article';
    }
    throw new DomainError('FILE_INVALID', '无法识别的文件类型：缺少 kind 字段（应为 article、issue 或 workspace）。');
  };
}

export async function runValidate(args: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, ['FILE']);
  const file = path.resolve(positionals[0] ?? '');
  const read = await readDocumentFile<WorkspaceDocument>(file, kindOf(file), '该文件');
  if (read === null) throw new DomainError('FILE_NOT_FOUND', `找不到文件：${file}`, file);
  const { value, fromVersion } = read;
  const label = DOCUMENT_LABELS[value.kind];
  const migrated = fromVersion < SCHEMA_VERSION ? `（旧格式版本 ${fromVersion}，打开时将升级到 ${SCHEMA_VERSION}）` : '';
  const summary =
    value.kind === 'issue' ? `：第${value.number}期，${value.pages.length}个版面` : value.kind === 'article' ? `：${value.id}` : '';
  io.out(`有效的${label}${summary}${migrated}`);
  return 0;
}
