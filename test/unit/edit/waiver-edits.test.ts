// 豁免 as an edit: a waiver needs a reason, replaces an earlier one for the same problem, is
// withdrawn by null, and undo gives the issue back exactly (an issue without waivers has no list).
import { describe, expect, it } from 'vitest';
import { describeEdit } from '../../../shared/edit';
import { A2, applied, refused } from './edit-assertions';
import { frame, issueWith } from './edit-fixtures';

const target = { rule: 'overflow' as const, page: 'A2', blockId: 'a' };
const by = { by: '韩编辑', at: '2025-05-08T10:00:00.000Z' };

describe('waiver edits', () => {
  const issue = issueWith([[A2, frame('a', 'art-1')]]);

  it('records a waiver with its reason, replaces it, and withdraws it', () => {
    const waived = applied(issue, { type: 'setWaiver', target, waiver: { reason: ' 作者同意删去末段 ', ...by } });
    expect(waived.waivers).toEqual([{ ...target, reason: '作者同意删去末段', ...by }]);
    const again = applied(waived, { type: 'setWaiver', target, waiver: { reason: '改由下期续完', ...by } });
    expect(again.waivers).toEqual([{ ...target, reason: '改由下期续完', ...by }]);
    const withdrawn = applied(again, { type: 'setWaiver', target, waiver: null });
    expect(withdrawn).not.toHaveProperty('waivers');
  });

  it('refuses a waiver without a reason, or one that names no page, changing nothing', () => {
    expect(refused(issue, { type: 'setWaiver', target, waiver: { reason: '   ', ...by } })).toEqual({
      code: 'WAIVER',
      message: '请填写豁免理由，未豁免。',
    });
    expect(refused(issue, { type: 'setWaiver', target: { ...target, page: '' }, waiver: { reason: '理由', ...by } }).code).toBe('WAIVER');
    expect(refused(issue, { type: 'setWaiver', target, waiver: { reason: '长'.repeat(201), ...by } }).code).toBe('WAIVER');
  });

  it('reads in the undo button as what it did', () => {
    expect(describeEdit({ type: 'setWaiver', target, waiver: { reason: '理由', ...by } })).toBe('豁免印前问题');
    expect(describeEdit({ type: 'setWaiver', target, waiver: null })).toBe('取消豁免');
  });
});
