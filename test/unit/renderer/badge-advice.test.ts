// The badges' advice is in block lines: the layout counts text lines over all the block's columns.
import { describe, expect, it } from 'vitest';
import { emptyDiagnostics } from '../../../shared/layout/diagnostics';
import { blockBadges } from '../../../renderer/src/pages/badges';

describe('copy-fit advice', () => {
  it('turns text lines over or left empty into block lines for a block set in several columns', () => {
    const over = blockBadges({ ...emptyDiagnostics('b1', 'A3', 'article', 'a'), overflowChars: 200, overflowLines: 10 }, 4);
    expect(over[0]?.text).toBe('超200字');
    expect(over[0]?.explain).toContain('加长约 3 行');
    const free = blockBadges({ ...emptyDiagnostics('b1', 'A3', 'article', 'a'), emptyLines: 9 }, 4);
    expect(free[0]?.text).toBe('余9行');
    expect(free[0]?.explain).toContain('缩短 2 行');
    // Fewer empty lines than columns: the last column is short, the block is as short as it can be.
    const short = blockBadges({ ...emptyDiagnostics('b1', 'A3', 'article', 'a'), emptyLines: 2 }, 4);
    expect(short[0]?.explain).not.toContain('缩短');
  });
});
