// A jump line (下转 / 上接) takes a body line of its own: whatever the block's size, text columns
// and headline, no other text of the block is drawn on the line where the jump line stands, and
// the jump line stays inside its block.
import { describe, expect, it } from 'vitest';
import type { DisplayItem, GlyphRun } from '../../../shared/display/display-list';
import { pageGeometry } from '../../../shared/layout/geometry';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import { textElement, type Article } from '../../../shared/model/article';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { createIssue } from '../../../shared/model/issue-factory';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, block, bundledFonts, paragraphs, profile, runsOf } from './layout-fixtures';

const HAN = '开发区建设推动高质量发展园区企业项目招商服务创新';
const JUMP = /（[下上][转接]A\d+版）/;

function hanText(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += HAN[index % HAN.length];
  return text;
}

function chainIssue(front: Partial<ArticleBlock>, inside: Partial<ArticleBlock>): Issue {
  const base = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  const pages = base.pages.map((page, index) => {
    if (index === 0) return { ...page, blocks: [...page.blocks, block('front', 'art-long', { ...front, continuesIn: 'inside' })] };
    if (index === 1) return { ...page, blocks: [...page.blocks, block('inside', 'art-long', inside)] };
    return page;
  });
  return { ...base, pages };
}

function longArticle(): Article {
  return article('art-long', [
    textElement('headline', '一篇需要转版的长稿'),
    textElement('dateline', '科学导报讯 记者李明'),
    ...paragraphs(hanText(700), hanText(500), hanText(900)),
  ]);
}

function runWidth(run: GlyphRun): number {
  const last = run.glyphs[run.glyphs.length - 1];
  return last ? last.x + last.advance : 0;
}

function groupOf(items: readonly DisplayItem[], blockId: string) {
  const group = items.find((item) => item.type === 'group' && item.blockId === blockId);
  if (group?.type !== 'group') throw new Error(`no group for ${blockId}`);
  return group;
}

/** The other runs of the block that share the jump line's body line (overlapping it across and down). */
function clashes(jump: GlyphRun, runs: readonly GlyphRun[]): GlyphRun[] {
  const leading = profile.format.bodyLeading;
  const left = jump.x;
  const right = jump.x + runWidth(jump);
  return runs.filter(
    (run) => run !== jump && run.x < right - 0.01 && run.x + runWidth(run) > left + 0.01 && Math.abs(run.y - jump.y) < leading - 0.01,
  );
}

const CASES: Array<{ name: string; front: Partial<ArticleBlock>; inside: Partial<ArticleBlock> }> = [];
const PAGE_LINES = pageGeometry(profile.format, 0).lines;
for (const textColumns of [1, 2, 3]) {
  for (const lines of [8, 13, 20]) {
    for (const headline of ['across', 'left'] as const) {
      // Standing on the foot of the page, a block has no white foot line the jump could take.
      for (const foot of [false, true]) {
        CASES.push({
          name: `${textColumns} text columns, ${lines} lines, headline ${headline}${foot ? ', on the page foot' : ''}`,
          front: {
            cols: gridColumns(textColumns === 3 ? 6 : 4),
            textColumns,
            lines: gridLines(lines),
            line: gridLines(foot ? PAGE_LINES - lines : 22),
            headline,
            // As the size a lower story takes: the front page's lead (小初) would fill 8 lines alone.
            headlineSize: 22,
          },
          inside: {
            cols: gridColumns(4),
            textColumns: 2,
            lines: gridLines(lines + 4),
            line: gridLines(foot ? PAGE_LINES - lines - 4 : 3),
          },
        });
      }
    }
  }
}

describe('jump lines', () => {
  it.each(CASES)('stand on a line of their own, inside the block: $name', async ({ front, inside }) => {
    const layout = layoutIssue({
      profile,
      issue: chainIssue(front, inside),
      articles: new Map([['art-long', longArticle()]]),
      fonts: await bundledFonts(),
    });
    for (const [page, blockId, wording] of [
      [0, 'front', '下转'],
      [1, 'inside', '上接'],
    ] as const) {
      const group = groupOf(layout.pages[page]?.items ?? [], blockId);
      const runs = runsOf([group]);
      const jump = runs.find((run) => JUMP.test(run.text) && run.text.includes(wording));
      expect(jump, `${blockId}: ${wording}`).toBeDefined();
      // The body reached the jump line's column: a jump over empty white proves nothing.
      expect(runs.filter((run) => run !== jump && !JUMP.test(run.text)).length).toBeGreaterThan(3);
      expect(clashes(jump!, runs).map((run) => run.text)).toEqual([]);
      expect(jump!.y).toBeGreaterThan(group.y);
      expect(jump!.y).toBeLessThanOrEqual(group.y + group.height);
      expect(jump!.x).toBeGreaterThanOrEqual(group.x - 0.01);
      expect(jump!.x + runWidth(jump!)).toBeLessThanOrEqual(group.x + group.width + 0.01);
    }
  });
});
