// kfq inbox DIR — processes the workspace's inbox once, as the desk's workstation does on arrival:
// one Chinese line per package. Refused packages are reported, not failures: the exit code is 0
// unless the workstation itself fails on a package, which is reported too (after the others, which
// are all handled) and stays in the inbox.
import path from 'node:path';
import type { InboxStatus } from '../../../shared/ipc/contract';
import { runInboxPass } from '../../services/filing/inbox';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

const LABELS: Record<InboxStatus, string> = {
  new: '已导入',
  updated: '已更新',
  duplicate: '重复',
  conflict: '冲突',
  rejected: '拒收',
};

export async function runInbox(args: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, ['DIR']);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''));
  try {
    const { outcomes, failures } = await runInboxPass(store);
    if (outcomes.length === 0 && failures.length === 0) io.out('收件箱中没有待处理的稿件包。');
    for (const outcome of outcomes) {
      const where = outcome.articleId ? `（稿件 ${outcome.articleId}）` : `（已移至 ${outcome.movedTo}）`;
      io.out(`[${LABELS[outcome.status]}] ${outcome.file}：${outcome.message}${where}`);
    }
    for (const { file, error } of failures) {
      io.err(
        `[失败] ${file}：${error.message}（${error.code}）${error.detail ? ` ${error.detail}` : ''}，稿件包留在收件箱中，下次再处理。`,
      );
    }
    return failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
