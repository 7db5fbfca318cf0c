// Where everything lives inside a workspace folder; the one place that turns ids into paths.
import path from 'node:path';
import { articleIdSchema } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import { issueIdSchema } from '../../shared/model/issue';
import { BACKUPS_DIR } from './backups';

export const WORKSPACE_FILE = 'workspace.json';
export const LOCK_FILE = '.lock';
export const ARTICLES_DIR = 'articles';
export const ISSUES_DIR = 'issues';
export const ISSUE_FILE = 'issue.json';
export const ASSETS_DIR = 'assets';
export const INBOX_DIR = 'inbox';
export const OUTBOX_DIR = 'outbox';
export const RECOVERY_DIR = '.recovery';
/** The audit trail: append-only JSON lines, each chained to the one before (services/audit). */
export const AUDIT_LOG_FILE = 'audit.log.jsonl';

/** Folders created with every workspace. */
export const LAYOUT_DIRS = [ARTICLES_DIR, ISSUES_DIR, ASSETS_DIR, INBOX_DIR, OUTBOX_DIR, RECOVERY_DIR, BACKUPS_DIR] as const;

export const ASSET_ID_PATTERN = /^[0-9a-f]{64}\.(jpg|png|tif)$/;

// Ids become file names, so each is checked against its pattern before it touches a path: an id
// like '../x' can never reach outside the workspace.
function checkedId(id: string, valid: boolean, label: string): string {
  if (!valid) throw new DomainError('INVALID_ARGUMENT', `${label}“${id.slice(0, 80)}”格式不正确。`, id);
  return id;
}

export function workspaceFilePath(dir: string): string {
  return path.join(dir, WORKSPACE_FILE);
}

export function auditLogPath(dir: string): string {
  return path.join(dir, AUDIT_LOG_FILE);
}

export function articlePath(dir: string, id: string): string {
  return path.join(dir, ARTICLES_DIR, `${checkedId(id, articleIdSchema.safeParse(id).success, '稿件编号')}.json`);
}

export function issuePath(dir: string, id: string): string {
  return path.join(dir, ISSUES_DIR, checkedId(id, issueIdSchema.safeParse(id).success, '期次编号'), ISSUE_FILE);
}

export function assetPath(dir: string, assetId: string): string {
  return path.join(dir, ASSETS_DIR, checkedId(assetId, ASSET_ID_PATTERN.test(assetId), '图片编号'));
}

export function recoveryPath(dir: string, articleId: string): string {
  return path.join(dir, RECOVERY_DIR, `${checkedId(articleId, articleIdSchema.safeParse(articleId).success, '稿件编号')}.json`);
}

/** The journal of an issue's unsaved layout, in a folder of its own beside the articles' entries. */
export function issueRecoveryPath(dir: string, issueId: string): string {
  return path.join(dir, RECOVERY_DIR, 'issues', `${checkedId(issueId, issueIdSchema.safeParse(issueId).success, '期次编号')}.json`);
}

/** Article id from an articles/ file name, or undefined for anything else in that folder. */
export function articleIdFromFileName(name: string): string | undefined {
  if (!name.endsWith('.json')) return undefined;
  const id = name.slice(0, -'.json'.length);
  return articleIdSchema.safeParse(id).success ? id : undefined;
}

export function isIssueFolderName(name: string): boolean {
  return issueIdSchema.safeParse(name).success;
}
