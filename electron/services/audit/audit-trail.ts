// The audit trail as the store uses it: services report what they did (AuditEvent) and the trail
// adds when and who. A line is appended after the change it records has landed, so it never names
// a change that did not happen; a crash between the two loses that one line.
import { AUDIT_DETAIL_MAX, type AuditEvent, type AuditRecord } from '../../../shared/model/audit';
import { DomainError, toErrorInfo } from '../../../shared/model/errors';
import { nowIso, type StoreContext } from '../workspace-context';
import { auditLogPath } from '../workspace-layout';
import { appendAuditEntries } from './audit-append';
import { readAuditLines } from './audit-lines';

/** The name edits are credited to; refuses the edit when the workstation has none. */
export function requireUserName(ctx: StoreContext, action: string): string {
  const name = ctx.db.data.settings.userName.trim();
  if (name === '') {
    throw new DomainError(
      'USER_NAME_MISSING',
      `请先在“工作站设置”中填写你的姓名，再${action}：修订记录和操作日志要记下是谁做的修改。本次未保存。`,
      action,
    );
  }
  return name;
}

/** At most `max` UTF-16 units (what the schema counts), never ending in half a surrogate pair. */
function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Appends the events, in order and at once, under the workstation's user; a reader (kfq export,
 * kfq layout) records nothing.
 */
export async function recordAudit(ctx: StoreContext, ...events: AuditEvent[]): Promise<void> {
  if (ctx.readOnly || events.length === 0) return;
  const at = nowIso(ctx);
  const user = ctx.db.data.settings.userName.trim();
  const entries = events.map((event) => ({
    at,
    user,
    action: event.action,
    target: event.target,
    detail: clipped(event.detail, AUDIT_DETAIL_MAX),
  }));
  try {
    await appendAuditEntries(auditLogPath(ctx.dir), entries);
  } catch (error) {
    const info = toErrorInfo(error);
    throw new DomainError(
      'AUDIT_LOG_FAILED',
      '操作已完成，但未能写入操作日志（audit.log.jsonl）。请检查磁盘空间和工作区文件夹的写入权限。',
      info.detail ?? info.message,
    );
  }
}

/** The most records kept for one article's history view; the oldest go first. */
export const MAX_TRAIL_RECORDS = 1_000;

/** The entries that name this article, oldest first (lines that are not entries are left out). */
export async function readArticleTrail(dir: string, articleId: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for await (const line of readAuditLines(auditLogPath(dir))) {
    if (line.entry?.target.articleId !== articleId) continue;
    records.push({ ...line.entry, line: line.number });
    if (records.length > MAX_TRAIL_RECORDS) records.shift();
  }
  return records;
}
