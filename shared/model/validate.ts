// One entry point to turn untrusted JSON into a typed document: version check, migration,
// schema validation — with a Chinese message and an error code on every refusal.
import type { z } from 'zod';
import { articleSchema, type Article } from './article';
import { DomainError } from './errors';
import { issueSchema, type Issue } from './issue';
import { migrate } from './migrations';
import { parseJsonSafely } from './safe-json';
import { SCHEMA_VERSION } from './version';
import { workspaceSchema, type WorkspaceFile } from './workspace';

export type DocumentKind = 'article' | 'issue' | 'workspace';

interface DocumentTypes {
  article: Article;
  issue: Issue;
  workspace: WorkspaceFile;
}

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  article: '稿件文件',
  issue: '期次文件',
  workspace: '工作区文件',
};

const SCHEMAS: { [K in DocumentKind]: z.ZodType<DocumentTypes[K]> } = {
  article: articleSchema,
  issue: issueSchema,
  workspace: workspaceSchema,
};

export interface Validated<T> {
  value: T;
  /** The version the data was written in; lower than SCHEMA_VERSION when it was migrated. */
  fromVersion: number;
}

/** Validates already-parsed data of a given kind, migrating older versions. */
export function validateDocument<K extends DocumentKind>(
  kind: K,
  data: unknown,
  what: string = DOCUMENT_LABELS[kind],
): Validated<DocumentTypes[K]> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DomainError('FILE_INVALID', `${what}的内容不是一个对象，无法打开。`);
  }
  const raw = data as Record<string, unknown>;
  if (raw['kind'] !== undefined && raw['kind'] !== kind) {
    throw new DomainError('FILE_INVALID', `${what}的类型不对：应为 ${kind}，实际为 ${String(raw['kind'])}。`);
  }
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DomainError('FILE_INVALID', `${what}缺少有效的格式版本号（schemaVersion），无法打开。`);
  }
  if (version > SCHEMA_VERSION) {
    throw new DomainError(
      'FILE_NEWER_VERSION',
      `${what}由更新版本的软件保存（格式版本 ${version}，本软件支持到 ${SCHEMA_VERSION}），请升级软件后再打开；文件未被改动。`,
      String(version),
    );
  }
  const migrated = version < SCHEMA_VERSION ? migrate(kind, { kind, ...raw }, version, SCHEMA_VERSION) : raw;
  const result = SCHEMAS[kind].safeParse(migrated);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
      .join('；');
    throw new DomainError('FILE_INVALID', `${what}内容不符合格式要求，无法打开：${problems}`, problems);
  }
  return { value: result.data, fromVersion: version };
}

/** Parses JSON text of a given kind: refuses truncated, malformed, unsafe, newer or invalid files. */
export function parseDocument<K extends DocumentKind>(
  kind: K,
  text: string,
  what: string = DOCUMENT_LABELS[kind],
): Validated<DocumentTypes[K]> {
  return validateDocument(kind, parseJsonSafely(text, what), what);
}
