// Manuscript statuses and the transitions the desk allows between them.

export const ARTICLE_STATUSES = ['draft', 'filed', 'editing', 'approved', 'placed', 'returned'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  filed: '已提交',
  editing: '编辑中',
  approved: '已审',
  placed: '已上版',
  returned: '退回',
};

/** Where each status may go next. Returning sends a piece back to its reporter as a draft. */
const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['filed'],
  filed: ['editing', 'returned'],
  editing: ['approved', 'returned'],
  approved: ['placed', 'editing', 'returned'],
  placed: ['editing'],
  returned: ['draft', 'filed'],
};

export function allowedTransitions(from: ArticleStatus): readonly ArticleStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function statusFromLabel(label: string): ArticleStatus | undefined {
  return ARTICLE_STATUSES.find((status) => STATUS_LABELS[status] === label);
}
