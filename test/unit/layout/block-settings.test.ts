// The article block's own settings in the layout: headline lines, kicker and subtitle switches,
// and empty frames (a layout carried over, no article yet) that print nothing.
import { describe, expect, it } from 'vitest';
import { describeDiagnostics } from '../../../shared/layout/diagnostics';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import { textElement, type Article } from '../../../shared/model/article';
import { createIssue } from '../../../shared/model/issue-factory';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, block, bundledFonts, groupText, profile, runsOf } from './layout-fixtures';

const KICKER = '坚持以项目论英雄';
const HEADLINE = '开发区用五个加快打造高质量发展升级版';
const SUBTITLE = '——园区今年以来精准招商工作纪略';

function headed(id: string): Article {
  return article(id, [
    textElement('kicker', KICKER),
    textElement('headline', HEADLINE),
    textElement('subtitle', SUBTITLE),
    textElement('paragraph', '园区企业项目招商服务创新。'.repeat(12)),
  ]);
}

function issueWith(blocks: ArticleBlock[]): Issue {
  const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  return {
    ...issue,
    pages: issue.pages.map((page, index) => ({
      ...page,
      blocks: [...page.blocks, ...blocks.filter((_, at) => (at === 0 ? 1 : 2) === index)],
    })),
  };
}

async function laidOut(settings: Partial<ArticleBlock>, second?: ArticleBlock) {
  const first = block('b1', 'art-1', { cols: gridColumns(4), lines: gridLines(40), textColumns: 2, ...settings });
  const issue = issueWith(second ? [first, second] : [first]);
  const layout = layoutIssue({ profile, issue, articles: new Map([['art-1', headed('art-1')]]), fonts: await bundledFonts() });
  const group = layout.pages[1]?.items.find((item) => item.type === 'group' && item.blockId === 'b1');
  return { layout, group, text: groupText(layout.pages[1], 'b1') };
}

/** Distinct baselines and sizes of the headline's runs (the bold sans face). */
async function headlineLines(settings: Partial<ArticleBlock>) {
  const { group } = await laidOut(settings);
  const runs = runsOf(group ? [group] : []).filter((run) => HEADLINE.includes(run.text) && run.size >= 12 && run.font.includes('sans'));
  return { baselines: new Set(runs.map((run) => Math.round(run.y * 100))).size, sizes: new Set(runs.map((run) => run.size)) };
}

describe('headline lines', () => {
  it('sets the headline in the lines asked for: balanced into two, or shrunk to keep to one', async () => {
    const free = await headlineLines({ cols: gridColumns(2), textColumns: 1, headlineSize: 26 });
    expect(free.baselines).toBeGreaterThan(1);
    const two = await headlineLines({ cols: gridColumns(4), headlineSize: 26, headlineLines: 2 });
    expect(two.baselines).toBe(2);
    expect(two.sizes).toEqual(new Set([26]));
    const one = await headlineLines({ cols: gridColumns(3), headlineSize: 26, headlineLines: 1 });
    expect(one.baselines).toBe(1);
    expect([...one.sizes].every((size) => size < 26 && size >= 26 * 0.6)).toBe(true);
  });

  it('keeps the whole headline text whatever the line count', async () => {
    for (const lines of [null, 1, 2, 3]) {
      const { text } = await laidOut({ headlineLines: lines, headlineSize: 26 });
      expect(text).toContain(HEADLINE.slice(0, 4));
      expect(text.replace(/\s/g, '')).toContain(HEADLINE);
    }
  });
});

describe('kicker and subtitle switches', () => {
  it('leaves out the kicker or subtitle the block does not show, and the body gains the room', async () => {
    const shown = await laidOut({});
    expect(shown.text).toContain(KICKER);
    expect(shown.text).toContain(SUBTITLE);
    const hidden = await laidOut({ showKicker: false, showSubtitle: false });
    expect(hidden.text).not.toContain(KICKER);
    expect(hidden.text).not.toContain(SUBTITLE);
    expect(hidden.text).toContain(HEADLINE.slice(0, 6));
    const lines = (entry: typeof shown) => entry.layout.diagnostics.find((found) => found.blockId === 'b1')!.emptyLines;
    expect(lines(hidden)).toBeGreaterThan(lines(shown));
  });
});

describe('empty frames', () => {
  it('print nothing and say so in the diagnostics, not as a missing article or copy-fit problem', async () => {
    const { layout, group } = await laidOut({ articleId: null });
    expect(group && group.type === 'group' && group.items).toEqual([]);
    const found = layout.diagnostics.find((entry) => entry.blockId === 'b1')!;
    expect(found).toMatchObject({ emptyFrame: true, missingArticle: false, overflowChars: 0, overflowLines: 0, emptyLines: 0 });
    expect(describeDiagnostics(found)).toEqual(['空版块，尚未排入稿件']);
  });

  it('linked to each other, draw no jump lines', async () => {
    const next = block('b2', null as unknown as string, { articleId: null, cols: gridColumns(2) });
    const { layout } = await laidOut({ articleId: null, continuesIn: 'b2' }, next);
    expect(groupText(layout.pages[1], 'b1')).toBe('');
    expect(groupText(layout.pages[2], 'b2')).toBe('');
    expect(layout.diagnostics.filter((entry) => entry.emptyFrame).map((entry) => entry.blockId)).toEqual(['b1', 'b2']);
  });
});
