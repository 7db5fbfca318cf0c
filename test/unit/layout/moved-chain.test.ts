// A block moved on the page (a drag, a nudge) keeps its text: the layout shifts the drawing it
// composed before instead of composing it again, and the result is the one a fresh layout gives.
import { describe, expect, it } from 'vitest';
import type { DisplayItem } from '../../../shared/display/display-list';
import { LayoutCache } from '../../../shared/layout/layout-cache';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import type { Article } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import { createSampleContent } from '../../../shared/sample/sample-content';
import { bundledFonts, profile } from './layout-fixtures';

/** The lead of A1 made `shorten` lines shorter and moved `down` lines down into the room that leaves. */
function withLead(issue: Issue, shorten: number, down: number): Issue {
  const [a1, ...rest] = issue.pages;
  return {
    ...issue,
    pages: [
      {
        ...a1!,
        blocks: a1!.blocks.map((block) =>
          block.id === 'p1-b1'
            ? { ...block, line: (block.line + down) as typeof block.line, lines: (block.lines - shorten) as typeof block.lines }
            : block,
        ),
      },
      ...rest,
    ],
  };
}

/** Every number of a drawing rounded to a millionth of a point, so shifted and fresh layouts compare. */
function rounded(items: readonly DisplayItem[]): unknown {
  return JSON.parse(JSON.stringify(items), (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value));
}

describe('a moved block', () => {
  it('is its earlier drawing shifted, equal to a fresh layout, and is not composed again', async () => {
    const fonts = await bundledFonts();
    const sample = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
    const articles = new Map<string, Article>(sample.articles.map((article) => [article.id, article]));
    const cache = new LayoutCache();
    layoutIssue({ profile, fonts, articles, issue: withLead(sample.issue, 6, 0) }, cache);
    const composed = cache.stats.composed;

    const moved = withLead(sample.issue, 6, 4);
    const shifted = layoutIssue({ profile, fonts, articles, issue: moved }, cache);
    expect(cache.stats.composed).toBe(composed);
    expect(cache.stats.moved).toBe(1);

    const fresh = layoutIssue({ profile, fonts, articles, issue: moved });
    expect(rounded(shifted.pages[0]!.items)).toEqual(rounded(fresh.pages[0]!.items));
    expect(shifted.diagnostics).toEqual(fresh.diagnostics);
  });
});
