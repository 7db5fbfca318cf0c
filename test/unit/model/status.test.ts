import { describe, expect, it } from 'vitest';
import { allowedTransitions, ARTICLE_STATUSES, canTransition, STATUS_LABELS, statusFromLabel } from '../../../shared/model/status';

describe('article statuses', () => {
  it('follow the desk workflow 草稿 → 已提交 → 编辑中 → 已审 → 已上版', () => {
    expect(canTransition('draft', 'filed')).toBe(true);
    expect(canTransition('filed', 'editing')).toBe(true);
    expect(canTransition('editing', 'approved')).toBe(true);
    expect(canTransition('approved', 'placed')).toBe(true);
  });

  it('allow returning (退回) from the desk and refuse skipping steps', () => {
    expect(canTransition('filed', 'returned')).toBe(true);
    expect(canTransition('editing', 'returned')).toBe(true);
    expect(canTransition('returned', 'draft')).toBe(true);
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('draft', 'placed')).toBe(false);
    expect(canTransition('filed', 'placed')).toBe(false);
  });

  it('never offer a transition to the same status', () => {
    for (const status of ARTICLE_STATUSES) expect(allowedTransitions(status)).not.toContain(status);
  });

  it('map Chinese labels both ways', () => {
    for (const status of ARTICLE_STATUSES) expect(statusFromLabel(STATUS_LABELS[status])).toBe(status);
    expect(statusFromLabel('不存在')).toBeUndefined();
  });
});
