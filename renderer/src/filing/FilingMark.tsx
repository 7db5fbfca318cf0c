// The small marks in a library row that tell where a manuscript came from: a version received from
// a reporter's package, or one of two versions kept side by side because the desk had edited.
import type { ConflictReason } from '../../../shared/model/article';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';

export const CONFLICT_LABELS: Record<ConflictReason, string> = {
  edited: '有冲突：编辑部已修改',
  approved: '有冲突：编辑部已审定',
};

export function FilingMark(props: { entry: ArticleIndexEntry; hasIncomingConflict: boolean }) {
  const { source } = props.entry;
  return (
    <>
      {source?.conflictOf ? (
        <span className="row-mark mark-conflict" data-testid="conflict-mark" title="来稿与编辑部修改过的版本冲突，两个版本都已保留">
          {CONFLICT_LABELS[source.conflictOf.reason]}
        </span>
      ) : (
        source && (
          <span className="row-mark mark-incoming" data-testid="incoming-mark" title="记者提交的稿件包">
            来稿 第{source.revision}版
          </span>
        )
      )}
      {props.hasIncomingConflict && (
        <span className="row-mark mark-conflict" title="记者的新版本另存为一篇稿件，两个版本都已保留">
          有冲突：另有来稿版本
        </span>
      )}
    </>
  );
}

/** Ids of manuscripts that an incoming version conflicted with. */
export function conflictedIds(entries: readonly ArticleIndexEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) if (entry.source?.conflictOf) ids.add(entry.source.conflictOf.articleId);
  return ids;
}
