// 自动适配: the services fit the issue as the desk has composed it (blocks to the depth their text
// needs, stories closed up, pictures taking the room left); the result comes back as one edit the
// desk can undo, with a notice of what changed and what could not be fixed.
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices';
import type { PageEditor } from './page-editor';

/** Problems named in the notice; the rest are counted. */
const NAMED_PROBLEMS = 4;

export function useFitIssue(editor: PageEditor): { fitting: boolean; fit: () => Promise<void> } {
  const api = useApi();
  const { show, showError } = useNotices();
  const [fitting, setFitting] = useState(false);

  const fit = useCallback(async () => {
    const issue = editor.getSnapshot().issue;
    if (!issue || fitting) return;
    setFitting(true);
    const result = await api.fitIssueLayout(issue).finally(() => setFitting(false));
    if (!result.ok) {
      showError('自动适配失败', result.error);
      return;
    }
    if (editor.getSnapshot().issue !== issue) {
      editor.refuse('适配期间版面又有改动，适配结果未采用；请再按一次“自动适配”。');
      return;
    }
    const { changes, problems } = result.value;
    if (changes.length > 0) editor.execute({ type: 'restorePages', pages: result.value.issue.pages }, { label: '自动适配' });
    const left = problems.slice(0, NAMED_PROBLEMS).map((problem) => `${problem.pageLabel} 版 ${problem.blockId}：${problem.message}`);
    if (problems.length > NAMED_PROBLEMS) left.push(`另有 ${problems.length - NAMED_PROBLEMS} 处`);
    show({
      kind: problems.length > 0 ? 'warning' : 'success',
      title: '自动适配',
      message: `${changes.length > 0 ? `调整了 ${changes.length} 个版块（可撤销）` : '各版块已经合适，没有改动'}。${left.length > 0 ? `未能解决：${left.join('；')}。` : ''}`,
    });
  }, [api, editor, fitting, show, showError]);

  return { fitting, fit };
}
