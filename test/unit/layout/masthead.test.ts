// The front page's masthead: the 导读 in its 报眼 follows the inside pages' lead stories, every
// fact prints inside the facts box, and nothing is drawn outside the block.
import { describe, expect, it } from 'vitest';
import type { DisplayItem, GroupItem, RectItem } from '../../../shared/display/display-list';
import { guideEntries } from '../../../shared/layout/guide-box';
import { layoutIssue, type LayoutInput } from '../../../shared/layout/layout-issue';
import { ELLIPSIS } from '../../../shared/layout/masthead-pen';
import { continuationIds, rankedStories } from '../../../shared/layout/page-rank';
import { textElement, type Article } from '../../../shared/model/article';
import { FORMAT_PRESET_VALUES } from '../../../shared/model/default-profile';
import { createIssue, relabelPages } from '../../../shared/model/issue-factory';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import { createSampleContent } from '../../../shared/sample/sample-content';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, block, bundledFonts, paragraphs, profile, runsOf } from './layout-fixtures';

async function sample() {
  const fonts = await bundledFonts();
  return createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
}

async function layOut(issue: Issue, articles: readonly Article[], withProfile: PublicationProfile = profile) {
  const input: LayoutInput = {
    profile: withProfile,
    issue,
    articles: new Map(articles.map((item) => [item.id, item])),
    fonts: await bundledFonts(),
  };
  const layout = layoutIssue(input);
  const masthead = layout.pages[0]?.items.find((item): item is GroupItem => item.type === 'group' && item.blockId === 'p1-masthead');
  if (!masthead) throw new Error('A1 has no masthead');
  return { layout, masthead, text: runsOf([masthead]).map((run) => run.text) };
}

/** The 导读 lines as drawn: each headline run followed by its label run, in drawing order. */
function guideLines(text: readonly string[]): string[] {
  const lines: string[] = [];
  text.forEach((run, index) => {
    if (/^A\d+版$/u.test(run) && index > 0) lines.push(`${text[index - 1]}|${run}`);
  });
  return lines;
}

function headlineOf(articles: readonly Article[], id: string | null): string {
  const found = articles.find((item) => item.id === id);
  return (found?.content ?? [])
    .filter((node) => node.type === 'headline')
    .map((node) => node.children.map((leaf) => leaf.text).join(''))
    .join('');
}

/** Whether a drawn headline is the whole headline, or its start followed by an ellipsis. */
function shows(drawn: string, headline: string): boolean {
  return drawn === headline || (drawn.endsWith(ELLIPSIS) && drawn.length > 2 && headline.startsWith(drawn.slice(0, -1)));
}

describe('the 导读 in the masthead', () => {
  it('lists each inside page’s lead story with its page label, in page order', async () => {
    const { issue, articles } = await sample();
    const { text } = await layOut(issue, articles);
    const continuations = continuationIds(issue);
    const expected = issue.pages.slice(1).map((page) => ({
      label: `${page.label}版`,
      headline: headlineOf(articles, rankedStories(page, continuations)[0]?.articleId ?? null),
    }));
    const drawn = guideLines(text);
    expect(drawn.map((line) => line.split('|')[1])).toEqual(expected.map((entry) => entry.label));
    drawn.forEach((line, index) => expect(shows(line.split('|')[0]!, expected[index]!.headline), line).toBe(true));
  });

  it('follows the pages when two inside pages change places', async () => {
    const { issue, articles } = await sample();
    const pages = [...issue.pages];
    [pages[2], pages[3]] = [pages[3]!, pages[2]!];
    const swapped = relabelPages(profile, { ...issue, pages });
    const before = guideEntries(issue, new Map(articles.map((item) => [item.id, item])));
    const after = guideEntries(swapped, new Map(articles.map((item) => [item.id, item])));
    expect(after.map((entry) => entry.page)).toEqual(before.map((entry) => entry.page));
    expect(after[1]?.headline).toBe(before[2]?.headline);
    expect(after[2]?.headline).toBe(before[1]?.headline);
    const drawn = guideLines((await layOut(swapped, articles)).text);
    expect(shows(drawn[1]!.split('|')[0]!, before[2]!.headline)).toBe(true);
    expect(drawn[1]!.split('|')[1]).toBe('A3版');
  });

  it('follows the lead when another story takes the lead of its page', async () => {
    const { issue, articles } = await sample();
    const continuations = continuationIds(issue);
    const index = issue.pages.findIndex((page, at) => at > 0 && rankedStories(page, continuations).length > 1);
    const page = issue.pages[index]!;
    const [lead] = rankedStories(page, continuations);
    // The lead made the smallest and lowest story on its page: another one leads now.
    const foot = Math.max(...page.blocks.map((item) => item.line + item.lines));
    const smallest = { col: gridColumns(lead!.col + lead!.cols - 1), line: gridLines(foot), cols: gridColumns(1), lines: gridLines(1) };
    const blocks = page.blocks.map((item) => (item.id === lead!.id ? { ...item, ...smallest } : item));
    const changed = { ...issue, pages: issue.pages.map((item, at) => (at === index ? { ...item, blocks } : item)) };
    const next = rankedStories(changed.pages[index]!, continuations)[0]!;
    expect(next.id).not.toBe(lead!.id);
    const entry = (from: Issue) =>
      guideEntries(from, new Map(articles.map((item) => [item.id, item]))).find((item) => item.page === `${page.label}版`);
    expect(entry(issue)?.headline).toBe(headlineOf(articles, lead!.articleId));
    expect(entry(changed)?.headline).toBe(headlineOf(articles, next.articleId));
    const drawn = guideLines((await layOut(changed, articles)).text).find((line) => line.endsWith(`|${page.label}版`));
    expect(shows(drawn!.split('|')[0]!, headlineOf(articles, next.articleId))).toBe(true);
  });

  it('leaves out pages without a lead and shortens a long headline with an ellipsis', async () => {
    const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    const long = '开发区建设推动高质量发展园区企业项目招商服务创新再上新台阶全省开发区观摩会召开';
    const lead: ArticleBlock = block('lead', 'art-long', {
      col: gridColumns(0),
      line: gridLines(3),
      cols: gridColumns(4),
      lines: gridLines(30),
    });
    const pages = issue.pages.map((page, index) => (index === 3 ? { ...page, blocks: [...page.blocks, lead] } : page));
    const { text, layout } = await layOut({ ...issue, pages }, [
      article('art-long', [textElement('headline', long), ...paragraphs('正文。')]),
    ]);
    const drawn = guideLines(text);
    expect(drawn).toHaveLength(1);
    const [headline, label] = drawn[0]!.split('|');
    expect(label).toBe('A4版');
    expect(headline!.endsWith(ELLIPSIS)).toBe(true);
    expect(shows(headline!, long)).toBe(true);
    expect(layout.diagnostics.find((entry) => entry.blockId === 'p1-masthead')?.missingGlyphs).toEqual([]);
  });
});

/** Every item's extent, strokes and the glyphs' ideographic box included. */
function extents(items: readonly DisplayItem[]): Array<{ what: string; left: number; top: number; right: number; bottom: number }> {
  return items.flatMap((item) => {
    switch (item.type) {
      case 'glyphs': {
        const last = item.glyphs[item.glyphs.length - 1];
        const right = item.x + (last ? last.x + last.advance : 0);
        return [{ what: item.text, left: item.x, top: item.y - item.size * 0.88, right, bottom: item.y + item.size * 0.12 }];
      }
      case 'rule': {
        const half = item.width / 2;
        const [left, right] = [Math.min(item.x1, item.x2), Math.max(item.x1, item.x2)];
        const [top, bottom] = [Math.min(item.y1, item.y2), Math.max(item.y1, item.y2)];
        return [
          {
            what: 'rule',
            left: left - (item.y1 === item.y2 ? 0 : half),
            top: top - half,
            right: right + (item.y1 === item.y2 ? 0 : half),
            bottom: bottom + half,
          },
        ];
      }
      case 'rect': {
        const half = item.stroke ? item.strokeWidth / 2 : 0;
        return [
          { what: 'rect', left: item.x - half, top: item.y - half, right: item.x + item.width + half, bottom: item.y + item.height + half },
        ];
      }
      case 'image':
        return [{ what: 'image', left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height }];
      case 'group':
        return extents(item.items);
    }
  });
}

function outside(masthead: GroupItem): string[] {
  const epsilon = 0.01;
  return extents(masthead.items)
    .filter(
      (box) =>
        box.left < masthead.x - epsilon ||
        box.top < masthead.y - epsilon ||
        box.right > masthead.x + masthead.width + epsilon ||
        box.bottom > masthead.y + masthead.height + epsilon,
    )
    .map((box) => box.what);
}

describe('the masthead block', () => {
  it('draws nothing outside its rect, on a broadsheet and on a tabloid page', async () => {
    const { issue, articles } = await sample();
    expect(outside((await layOut(issue, articles)).masthead)).toEqual([]);
    const tabloid: PublicationProfile = { ...profile, format: { ...FORMAT_PRESET_VALUES.四开 } };
    const small = createIssue(tabloid, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    const lead = block('lead', articles[1]!.id, { col: gridColumns(0), line: gridLines(3), cols: gridColumns(3), lines: gridLines(20) });
    const pages = small.pages.map((page, index) => (index === 1 ? { ...page, blocks: [...page.blocks, lead] } : page));
    const { masthead } = await layOut({ ...small, pages }, articles, tabloid);
    expect(outside(masthead)).toEqual([]);
  });

  it('holds every fact in its facts box and reports no missing glyphs for the sample issue', async () => {
    const { issue, articles } = await sample();
    const { masthead, layout, text } = await layOut(issue, articles);
    const facts = profile.masthead;
    const joined = text.join('');
    for (const fact of [facts.title, facts.titleSuffix, facts.parentPaper, facts.paperSlogan, facts.supplementSlogan, ...facts.honours])
      expect(joined).toContain(fact);
    const boxed = [
      '2025年5月9日 星期五',
      `第${issue.number}期`,
      `总第${issue.totalNumber}期`,
      `今日${issue.pages.length}版`,
      facts.cnNumber,
      `邮发代号 ${facts.postalCode}`,
      facts.distribution,
      facts.guidance,
      facts.supervisor,
      facts.sponsor,
      facts.founded,
      facts.website,
      facts.email,
    ];
    // The facts box is the frame at the block's left edge (the 导读's is at its right).
    const frames = masthead.items.filter((item): item is RectItem => item.type === 'rect' && item.stroke !== null);
    const box = frames.reduce((left, frame) => (frame.x < left.x ? frame : left));
    const runs = runsOf([masthead]);
    for (const fact of boxed) {
      const run = runs.find((candidate) => candidate.text.includes(fact));
      expect(run, fact).toBeDefined();
      const [extent] = extents([run!]);
      expect(extent!.left, fact).toBeGreaterThanOrEqual(box.x);
      expect(extent!.right, fact).toBeLessThanOrEqual(box.x + box.width);
      expect(extent!.top, fact).toBeGreaterThanOrEqual(box.y);
      expect(extent!.bottom, fact).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(layout.diagnostics.find((entry) => entry.blockId === 'p1-masthead')?.missingGlyphs).toEqual([]);
  });

  it('keeps the double rule under the masthead across the block’s full width', async () => {
    const { issue, articles } = await sample();
    const { masthead } = await layOut(issue, articles);
    const rules = masthead.items.filter(
      (item) => item.type === 'rule' && item.x1 === masthead.x && item.x2 === masthead.x + masthead.width,
    );
    expect(rules.map((rule) => (rule.type === 'rule' ? rule.width : 0))).toEqual([2.5, 0.5]);
  });
});
