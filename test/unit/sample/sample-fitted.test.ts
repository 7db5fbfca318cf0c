// The sample issue ships fitted: every story as deep as its text (at most MAX_EMPTY_LINES of white,
// nothing overflowing) and the feet of its text columns level; fitting it again changes nothing.
import { describe, expect, it } from 'vitest';
import type { DisplayItem, GroupItem } from '../../../shared/display/display-list';
import { findChains } from '../../../shared/layout/chains';
import { fitIssue, fitProblems, fitAdvice, MAX_EMPTY_LINES } from '../../../shared/layout/fit';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import type { Issue } from '../../../shared/model/issue';
import { createSampleContent } from '../../../shared/sample/sample-content';
import { gridLines } from '../../../shared/units/units';
import { bundledFonts, profile } from '../layout/layout-fixtures';

async function sample() {
  const fonts = await bundledFonts();
  const content = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
  const articles = new Map(content.articles.map((article) => [article.id, article]));
  return { fonts, issue: content.issue, articles, context: { profile, fonts, hasAsset: () => false } };
}

/** The lowest point each text column of a block reaches: glyph baselines and picture bottoms. */
function columnFeet(group: GroupItem, textColumns: number): number[] {
  const feet = new Array<number>(textColumns).fill(-Infinity);
  const columnWidth = group.width / textColumns;
  const visit = (items: readonly DisplayItem[]) => {
    for (const item of items) {
      if (item.type === 'group') visit(item.items);
      else if (item.type === 'glyphs' || item.type === 'rect' || item.type === 'image') {
        const bottom = item.type === 'glyphs' ? item.y : item.y + item.height;
        const column = Math.min(textColumns - 1, Math.max(0, Math.floor((item.x - group.x + 0.5) / columnWidth)));
        feet[column] = Math.max(feet[column]!, bottom);
      }
    }
  };
  visit(group.items);
  return feet;
}

/** Ids of the blocks that end their article (the ones that hold the end of its text). */
function lastBlocks(issue: Issue): Set<string> {
  return new Set(findChains(issue).flatMap((chain) => chain.blocks.slice(-1).map(({ block }) => block.id)));
}

describe('the sample issue ships fitted', () => {
  it('leaves no story with more than two empty lines, none overflowing, feet level', async () => {
    const { fonts, issue, articles, context } = await sample();
    const layout = layoutIssue({ profile, issue, articles, fonts });
    const ends = lastBlocks(issue);
    const stories = layout.diagnostics.filter((entry) => entry.kind === 'article');
    expect(stories.length).toBeGreaterThan(35);
    for (const entry of stories) {
      const where = `${entry.pageLabel} ${entry.blockId}`;
      expect(entry.overflowLines, where).toBe(0);
      if (ends.has(entry.blockId)) expect(entry.emptyLines, where).toBeLessThanOrEqual(MAX_EMPTY_LINES);
    }
    // Nothing left for the fitting to report, white runs on the page (下方留空) included.
    expect(fitProblems(fitAdvice(context, issue, articles), issue, context)).toEqual([]);

    const leading = profile.format.bodyLeading;
    issue.pages.forEach((page, pageIndex) => {
      for (const block of page.blocks) {
        if (block.kind !== 'article' || !ends.has(block.id)) continue;
        const group = layout.pages[pageIndex]?.items.find((item): item is GroupItem => item.type === 'group' && item.blockId === block.id);
        const feet = columnFeet(group!, block.textColumns);
        // Balanced columns end on the same line, or the later ones one line higher.
        expect(Math.max(...feet) - Math.min(...feet), `${page.label} ${block.id} ${feet.join(' ')}`).toBeLessThanOrEqual(leading + 0.01);
      }
    });
  });

  it('does not change when it is fitted again', async () => {
    const { issue, articles, context } = await sample();
    const again = fitIssue(context, issue, articles);
    expect(again.changes).toEqual([]);
    expect(again.issue).toEqual(issue);
  });

  it('fits a page it has been knocked off to a result that a second fitting keeps', async () => {
    const { issue, articles, context } = await sample();
    // A5's stories made deeper and its picture shallower: the page is no longer fitted.
    const knocked: Issue = {
      ...issue,
      pages: issue.pages.map((page) =>
        page.label !== 'A5'
          ? page
          : {
              ...page,
              blocks: page.blocks.map((block) =>
                block.kind === 'article'
                  ? { ...block, lines: gridLines(block.lines + 3) }
                  : block.kind === 'photo'
                    ? { ...block, lines: gridLines(12) }
                    : block,
              ),
            },
      ),
    };
    const first = fitIssue(context, knocked, articles);
    expect(first.changes.length).toBeGreaterThan(0);
    const second = fitIssue(context, first.issue, articles);
    expect(second.changes).toEqual([]);
    expect(second.issue).toEqual(first.issue);
  });
});
