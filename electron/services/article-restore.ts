// 恢复未保存的修改: the autosaved edits of an article become its next revision, credited to the
// workstation's user and recorded in the audit trail as restored. Refused when the article was
// saved since the edits began (they would silently replace that save).
import type { Article } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import { auditTitle, getArticle, nextRevision, writeArticle } from './article-store';
import { recordAudit, requireUserName } from './audit/audit-trail';
import { readRecovery, removeRecoveryFile } from './recovery-journal';
import { writeTask, type StoreContext } from './workspace-context';

export const RESTORE_NOTE = '恢复自动保存的修改';

export async function restoreRecovery(ctx: StoreContext, articleId: string): Promise<Article> {
  return writeTask(ctx, async () => {
    const by = requireUserName(ctx, '恢复未保存的修改');
    const current = await getArticle(ctx, articleId);
    const entry = await readRecovery(ctx, articleId);
    if (!entry) throw new DomainError('NOT_FOUND', `稿件 ${articleId} 没有可恢复的自动保存内容。`, articleId);
    if (entry.baseRev !== current.rev) {
      throw new DomainError(
        'CONFLICT',
        `自动保存的修改基于第 ${entry.baseRev} 版，而稿件已保存到第 ${current.rev} 版，未恢复。请丢弃这份自动保存的内容，或手工把需要的文字补进当前版本。`,
        `${current.rev}:${entry.baseRev}`,
      );
    }
    if (JSON.stringify(entry.content) === JSON.stringify(current.content)) {
      await removeRecoveryFile(ctx, articleId);
      return current;
    }
    const stored = await writeArticle(
      ctx,
      nextRevision(ctx, by, current, RESTORE_NOTE, { content: entry.content, status: current.status }),
    );
    await removeRecoveryFile(ctx, articleId);
    await recordAudit(ctx, {
      action: 'restored',
      target: { articleId },
      detail: `${auditTitle(stored)}恢复了 ${entry.savedAt} 自动保存的修改，成为第 ${stored.rev} 版`,
    });
    return stored;
  });
}
