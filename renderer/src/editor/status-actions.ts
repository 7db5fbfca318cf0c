// The workflow buttons: each allowed next status (shared/model/status) under the verb the desk uses.
import { allowedTransitions, type ArticleStatus } from '../../../shared/model/status';

const ACTION_LABELS: Record<ArticleStatus, string> = {
  draft: '改回草稿',
  filed: '提交',
  editing: '开始编辑',
  approved: '审核通过',
  placed: '上版',
  returned: '退回',
};

export interface StatusAction {
  to: ArticleStatus;
  label: string;
  /** Returning is the one step backwards a reporter must notice. */
  tone: 'primary' | 'neutral' | 'danger';
}

export function statusActions(from: ArticleStatus): StatusAction[] {
  return allowedTransitions(from).map((to) => ({
    to,
    label: ACTION_LABELS[to],
    tone: to === 'returned' ? 'danger' : to === 'draft' || (from === 'approved' && to === 'editing') ? 'neutral' : 'primary',
  }));
}
