// The desk's workflow between manuscript statuses, stated as a whole table: every pair of statuses
// is either a step the desk takes or one it refuses, so adding or dropping a transition fails here.
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

  // 草稿 is the reporter's; 已提交 arrives at the desk, which takes it up (编辑中) or returns it;
  // only an edited piece is approved; only an approved piece goes on a page, and taking it off a
  // page (or reopening an approved one) is editing again; a returned piece is the reporter's draft
  // again, or filed again at once.
  const ALLOWED: Record<string, readonly string[]> = {
    草稿: ['已提交'],
    已提交: ['编辑中', '退回'],
    编辑中: ['已审', '退回'],
    已审: ['已上版', '编辑中', '退回'],
    已上版: ['编辑中'],
    退回: ['草稿', '已提交'],
  };

  it('cover every status in the table', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(ARTICLE_STATUSES.map((status) => STATUS_LABELS[status]).sort());
  });

  for (const from of ARTICLE_STATUSES) {
    for (const to of ARTICLE_STATUSES) {
      const allowed = ALLOWED[STATUS_LABELS[from]]!.includes(STATUS_LABELS[to]);
      it(`${allowed ? 'allow' : 'refuse'} ${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        expect(allowedTransitions(from).includes(to)).toBe(allowed);
      });
    }
  }

  it('refuse a returned (退回) manuscript going straight to 已审 or onto a page', () => {
    expect(canTransition('returned', 'approved')).toBe(false);
    expect(canTransition('returned', 'placed')).toBe(false);
    expect(canTransition('returned', 'editing')).toBe(false);
  });
});
