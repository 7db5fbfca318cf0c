// kfq audit DIR [--verify] — prints the workspace's audit trail (audit.log.jsonl), one line per
// entry; --verify also checks its chain and exits 1 naming the first changed line. Reads only: it
// may run while the app has the workspace open.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, type AuditEntry } from '../../../shared/model/audit';
import { DomainError } from '../../../shared/model/errors';
import { readAuditLines } from '../../services/audit/audit-lines';
import { verifyAuditTrail } from '../../services/audit/audit-verify';
import { auditLogPath, AUDIT_LOG_FILE, workspaceFilePath } from '../../services/workspace-layout';
import { parseCommandArgs, type CommandIo } from '../io';

const pad = (value: number) => String(value).padStart(2, '0');

/** Local time to the second: when it happened, as the desk reads a clock. */
function localTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function targetText(target: AuditEntry['target']): string {
  const parts: string[] = [];
  if (target.issueId) parts.push(`期次 ${target.issueId}${target.page ? ` ${target.page}` : ''}`);
  if (target.articleId) parts.push(`稿件 ${target.articleId}`);
  return parts.join(' ');
}

export function formatAuditEntry(number: number, entry: AuditEntry): string {
  const user = entry.user || '（未署名）';
  return `[${number}] ${localTime(entry.at)}  ${user}  ${AUDIT_ACTION_LABELS[entry.action]}  ${targetText(entry.target)}  ${entry.detail}`;
}

export async function runAudit(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { verify: { type: 'boolean' } }, ['DIR']);
  const dir = path.resolve(positionals[0] ?? '');
  const isWorkspace = await stat(workspaceFilePath(dir)).then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!isWorkspace) throw new DomainError('WORKSPACE_MISSING', `找不到工作区：${dir} 里没有 workspace.json。`, dir);
  const file = auditLogPath(dir);
  let count = 0;
  for await (const line of readAuditLines(file)) {
    count += 1;
    if (line.entry) io.out(formatAuditEntry(line.number, line.entry));
    else io.out(`[${line.number}] ${line.terminated ? '（不是有效的操作记录）' : '（最后一行写入未完成）'}`);
  }
  if (count === 0) io.out(`工作区还没有操作日志（${AUDIT_LOG_FILE}）。`);
  if (!values.verify) return 0;
  const verdict = await verifyAuditTrail(file);
  if (verdict.broken) {
    throw new DomainError('AUDIT_LOG_BROKEN', `操作日志的摘要链不一致：${verdict.broken.message}`, String(verdict.broken.line));
  }
  const notes = [
    ...verdict.repairedLines.map((line) => `第 ${line} 行是一次写入中断留下的残行，下一条记录已注明，不影响校验。`),
    ...(verdict.unfinishedLine === undefined ? [] : [`第 ${verdict.unfinishedLine} 行（最后一行）写入未完成，不计入；下次记录时会注明。`]),
  ];
  for (const note of notes) io.out(note);
  io.out(`操作日志完好：${verdict.records} 条记录，摘要链一致。最后一条的摘要：${verdict.head}`);
  return 0;
}
