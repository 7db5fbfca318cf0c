// Size to fit: an article dropped on a page gets a block at the drop cell, as wide as the room
// allows up to half the page, as deep as its text needs (within the room below), or a refusal.
import { describe, expect, it } from 'vitest';
import { applyEdit, blockForArticle, type ArticleDrop } from '../../../shared/edit';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import { textElement } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, bundledFonts } from '../layout/layout-fixtures';
import { format, frame, issueWith, profile } from './edit-fixtures';

const story = article('art-drop', [
  textElement('headline', '园区招商引资再上新台阶'),
  ...Array.from({ length: 6 }, () =>
    textElement('paragraph', '开发区坚持项目为王，一季度新签约项目十二个，总投资超过六十亿元。'.repeat(2)),
  ),
]);

async function drop(issue: Issue, col: number, line: number, extra: Partial<ArticleDrop> = {}) {
  const context = { profile, fonts: await bundledFonts(), hasAsset: () => false };
  return blockForArticle({ issue, pageId: 'p2', article: story, col, line, context, ...extra });
}

describe('blockForArticle', () => {
  it('makes a block half the page wide at the drop cell, deep enough for the whole text', async () => {
    const issue = issueWith([]);
    const result = await drop(issue, 0, 3);
    if (!result.ok) throw new Error(result.refusal.message);
    // Half the page is 4 base columns, set as 3 text columns of about 18 characters.
    expect(result.block).toMatchObject({ id: 'p2-b1', col: 0, line: 3, cols: 4, textColumns: 3, articleId: 'art-drop' });
    const outcome = applyEdit(issue, format, result.command);
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    const layout = layoutIssue({ profile, issue: outcome.issue, articles: new Map([[story.id, story]]), fonts: await bundledFonts() });
    const fit = layout.diagnostics.find((entry) => entry.blockId === 'p2-b1');
    expect(fit).toMatchObject({ overflowChars: 0, overflowLines: 0 });
    // And no deeper than the text needs.
    expect(fit!.emptyLines).toBeLessThanOrEqual(1);
  });

  it('takes the free width beside other blocks and the free depth above the next block', async () => {
    const issue = issueWith([
      [1, frame('right', 'art-1', { col: gridColumns(3), line: gridLines(3), cols: gridColumns(5), lines: gridLines(60) })],
      [1, frame('below', 'art-2', { col: gridColumns(0), line: gridLines(12), cols: gridColumns(3), lines: gridLines(20) })],
    ]);
    const result = await drop(issue, 1, 3);
    expect(result.ok && result.block).toMatchObject({ col: 1, line: 3, cols: 2, lines: 9 });
  });

  it('refuses a drop on a block, in too little room, outside the type area, or of an article on the pages', async () => {
    const issue = issueWith([
      [1, frame('b', 'art-1', { col: gridColumns(0), line: gridLines(10) })],
      [1, frame('low', 'art-2', { col: gridColumns(4), line: gridLines(12) })],
    ]);
    expect(await drop(issue, 1, 12)).toEqual({
      ok: false,
      refusal: { code: 'OVERLAP', message: '落点已有版块「稿件 第1栏第11行」，请拖到空白处，未排入。' },
    });
    expect(await drop(issue, 4, 10)).toEqual({
      ok: false,
      refusal: { code: 'NO_ROOM', message: '落点下方只有 2 行空位，放不下稿件，未排入。' },
    });
    expect((await drop(issue, 8, 10)).ok).toBe(false);
    const placed = issueWith([[2, frame('x', 'art-drop')]]);
    expect(await drop(placed, 0, 3)).toEqual({
      ok: false,
      refusal: { code: 'ALREADY_PLACED', message: '这篇稿件已排在A3版，一篇稿件只能上版一次，未排入。' },
    });
  });
});
