// One Chinese line per package an inbox run handled, shared by kfq inbox and kfq reporters add.
import type { InboxStatus } from '../../../shared/ipc/contract';
import type { ErrorInfo } from '../../../shared/model/errors';
import { formatFingerprint } from '../../../shared/model/filing-keys';
import type { InboxOutcome } from '../../services/filing/inbox';
import type { CommandIo } from '../io';

const LABELS: Record<InboxStatus, string> = {
  new: '已导入',
  updated: '已更新',
  duplicate: '重复',
  conflict: '冲突',
  rejected: '拒收',
  held: '待确认',
};

/** Prints the outcomes, then the failures; the exit code is 1 when the workstation failed on any package. */
export function printOutcomes(
  outcomes: readonly InboxOutcome[],
  failures: ReadonlyArray<{ file: string; error: ErrorInfo }>,
  io: CommandIo,
): number {
  for (const outcome of outcomes) {
    const key = outcome.hold ? `密钥指纹 ${outcome.hold.fingerprint ? formatFingerprint(outcome.hold.fingerprint) : '无（未签名）'}，` : '';
    const where = outcome.articleId ? `（稿件 ${outcome.articleId}）` : `（${key}已移至 ${outcome.movedTo}）`;
    io.out(`[${LABELS[outcome.status]}] ${outcome.file}：${outcome.message}${where}`);
  }
  for (const { file, error } of failures) {
    io.err(`[失败] ${file}：${error.message}（${error.code}）${error.detail ? ` ${error.detail}` : ''}，稿件包留在收件箱中，下次再处理。`);
  }
  return failures.length > 0 ? 1 : 0;
}
