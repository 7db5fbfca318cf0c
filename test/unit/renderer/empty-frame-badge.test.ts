// An empty frame's badge: 空版块, a warning that explains itself (it prints as a white hole).
import { describe, expect, it } from 'vitest';
import { emptyDiagnostics } from '../../../shared/layout/diagnostics';
import { blockBadges } from '../../../renderer/src/pages/badges';

describe('empty frame badge', () => {
  it('shows 空版块 as a warning, and nothing about copy-fit', () => {
    const badges = blockBadges({ ...emptyDiagnostics('b1', 'A3', 'article', null), emptyFrame: true });
    expect(badges.map((badge) => [badge.kind, badge.text, badge.tone])).toEqual([['empty', '空版块', 'warning']]);
    expect(badges[0]?.explain).toContain('印出来是一块空白');
    expect(badges[0]?.data).toEqual({ 'data-empty-frame': '' });
  });
});
