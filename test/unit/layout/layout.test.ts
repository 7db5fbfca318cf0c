// Layout of blocks, chains and pages over the real bundled fonts.
import { describe, expect, it } from 'vitest';
import { centredBaseline, pageGeometry } from '../../../shared/layout/geometry';
import { LayoutCache } from '../../../shared/layout/layout-cache';
import { layoutIssue, type LayoutInput } from '../../../shared/layout/layout-issue';
import { textElement, type Article } from '../../../shared/model/article';
import { createIssue, relabelPages } from '../../../shared/model/issue-factory';
import type { Issue } from '../../../shared/model/issue';
import type { DisplayPage } from '../../../shared/display/display-list';
import { createSampleContent } from '../../../shared/sample/sample-content';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, block, bundledFonts, groupText, paragraphs, profile, runsOf } from './layout-fixtures';

const HAN = '开发区建设推动高质量发展园区企业项目招商服务创新';

function hanText(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += HAN[index % HAN.length];
  return text;
}

function issueWith(blocks: Issue['pages'][number]['blocks'], page = 1): Issue {
  const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  return {
    ...issue,
    pages: issue.pages.map((candidate, index) => (index === page ? { ...candidate, blocks: [...candidate.blocks, ...blocks] } : candidate)),
  };
}

async function input(issue: Issue, articles: Article[]): Promise<LayoutInput> {
  return { profile, issue, articles: new Map(articles.map((item) => [item.id, item])), fonts: await bundledFonts() };
}

describe('copy-fit', () => {
  // One base column of 13 characters, one text column, no headline: a paragraph of Han
  // characters fills 11 on the indented first line and 13 on each line after.
  const lines = 10;
  // The block does not reach the foot of the page, so its last line stays white.
  const textLines = lines - 1;
  const capacity = 11 + 13 * (textLines - 1);

  it('an article that exactly fills its block reports neither overflow nor empty lines', async () => {
    const layout = layoutIssue(
      await input(issueWith([block('b1', 'art-a1', { lines: gridLines(lines) })]), [article('art-a1', paragraphs(hanText(capacity)))]),
    );
    const found = layout.diagnostics.find((entry) => entry.blockId === 'b1');
    expect(found).toMatchObject({ overflowChars: 0, overflowLines: 0, emptyLines: 0 });
  });

  it.each([2, 5, 12, 13, 30, 100])('an article made exactly %i characters too long reports that overflow', async (extra) => {
    const layout = layoutIssue(
      await input(issueWith([block('b1', 'art-a1', { lines: gridLines(lines) })]), [
        article('art-a1', paragraphs(hanText(capacity + extra))),
      ]),
    );
    const found = layout.diagnostics.find((entry) => entry.blockId === 'b1');
    expect(found?.overflowChars).toBe(extra);
    expect(found?.overflowLines).toBe(Math.ceil(extra / 13));
  });

  it('a block standing on the foot of the page uses its last line too', async () => {
    const footBlock = block('b1', 'art-a1', { line: gridLines(pageGeometry(profile.format, 1).lines - lines), lines: gridLines(lines) });
    const layout = layoutIssue(await input(issueWith([footBlock]), [article('art-a1', paragraphs(hanText(11 + 13 * (lines - 1))))]));
    expect(layout.diagnostics.find((entry) => entry.blockId === 'b1')).toMatchObject({ overflowChars: 0, emptyLines: 0 });
  });

  it('a short article reports the lines left empty', async () => {
    const layout = layoutIssue(
      await input(issueWith([block('b1', 'art-a1', { lines: gridLines(lines) })]), [article('art-a1', paragraphs(hanText(11 + 13 * 3)))]),
    );
    expect(layout.diagnostics.find((entry) => entry.blockId === 'b1')?.emptyLines).toBe(textLines - 4);
  });
});

describe('the body-line grid', () => {
  it('puts every body baseline on a grid line of the page', async () => {
    const content = [
      textElement('headline', '园区建设跑出加速度'),
      textElement('dateline', '科学导报讯 记者李明'),
      ...paragraphs(hanText(300), hanText(200)),
    ];
    const issue = issueWith([block('b1', 'art-a1', { cols: gridColumns(3), textColumns: 2, lines: gridLines(40), line: gridLines(10) })]);
    const layout = layoutIssue(await input(issue, [article('art-a1', content)]));
    const geometry = pageGeometry(profile.format, 1);
    const group = layout.pages[1]?.items.find((item) => item.type === 'group' && item.blockId === 'b1');
    const bodyRuns = runsOf(group ? [group] : []).filter((run) => run.size === profile.styles.body.size);
    expect(bodyRuns.length).toBeGreaterThan(20);
    for (const run of bodyRuns) {
      const line = Math.round((run.y - centredBaseline(geometry.areaY, geometry.leading, run.size)) / geometry.leading);
      expect(run.y).toBeCloseTo(centredBaseline(geometry.areaY + line * geometry.leading, geometry.leading, run.size), 6);
    }
  });

  it('sets the dateline in bold sans at the start of the first paragraph', async () => {
    const content = [textElement('headline', '标题'), textElement('dateline', '科学导报讯 记者李明'), ...paragraphs(hanText(60))];
    const layout = layoutIssue(
      await input(issueWith([block('b1', 'art-a1', { cols: gridColumns(2), lines: gridLines(20) })]), [article('art-a1', content)]),
    );
    const runs = runsOf(layout.pages[1]?.items ?? []);
    const dateline = runs.find((run) => run.text.startsWith('科学导报讯'));
    expect(dateline?.font).toBe('sans-bold');
    const next = runs[runs.indexOf(dateline!) + 1];
    expect(next?.font).toBe('serif-regular');
    expect(next?.y).toBe(dateline?.y);
  });
});

describe('jumps', () => {
  async function jumpIssue(): Promise<{ issue: Issue; articles: Article[] }> {
    const text = [textElement('headline', '一篇需要转版的长稿'), ...paragraphs(hanText(900), hanText(900))];
    const base = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
    const pages = base.pages.map((page, index) => {
      if (index === 0)
        return {
          ...page,
          blocks: [
            ...page.blocks,
            block('front', 'art-long', {
              line: gridLines(22),
              cols: gridColumns(4),
              textColumns: 2,
              lines: gridLines(20),
              continuesIn: 'inside',
            }),
          ],
        };
      if (index === 1)
        return {
          ...page,
          blocks: [...page.blocks, block('inside', 'art-long', { cols: gridColumns(4), textColumns: 2, lines: gridLines(60) })],
        };
      return page;
    });
    return { issue: { ...base, pages }, articles: [article('art-long', text)] };
  }

  it('writes 下转 and 上接 with the other part’s page label and carries the text on', async () => {
    const { issue, articles } = await jumpIssue();
    const layout = layoutIssue(await input(issue, articles));
    expect(groupText(layout.pages[0], 'front')).toContain('（下转A2版）');
    expect(groupText(layout.pages[1], 'inside')).toContain('（上接A1版）');
    const all = groupText(layout.pages[0], 'front') + groupText(layout.pages[1], 'inside');
    // The continuation repeats the headline as its 续题, so the headline is there twice.
    expect(all.replace(/（[下上][转接]A\d版）/g, '').replaceAll('一篇需要转版的长稿', '')).toBe(`${hanText(900)}${hanText(900)}`);
    expect(all.split('一篇需要转版的长稿')).toHaveLength(3);
    expect(layout.diagnostics.find((entry) => entry.blockId === 'inside')).toMatchObject({ overflowChars: 0, unresolvedJump: null });
  });

  it('sets jump lines solid, with no Han–Latin spacing around the page label', async () => {
    const { issue, articles } = await jumpIssue();
    const layout = layoutIssue(await input(issue, articles));
    for (const [page, marker] of [
      [layout.pages[0], '转'],
      [layout.pages[1], '接'],
    ] as const) {
      const run = runsOf(page?.items ?? []).find((candidate) => /（[下上][转接]A\d版）/.test(candidate.text));
      const before = run?.glyphs.find((glyph) => glyph.text === marker);
      const digit = run?.glyphs.find((glyph) => /\d/.test(glyph.text));
      expect(before?.advance).toBeCloseTo(run!.size, 6);
      expect(digit!.advance).toBeLessThan(run!.size * 0.7);
    }
  });

  it('re-ordering pages updates the labels in jump lines', async () => {
    const { issue, articles } = await jumpIssue();
    const pages = [...issue.pages];
    const [second] = pages.splice(1, 1);
    pages.splice(4, 0, second!);
    const reordered = relabelPages(profile, { ...issue, pages });
    const layout = layoutIssue(await input(reordered, articles));
    expect(groupText(layout.pages[0], 'front')).toContain('（下转A5版）');
    expect(groupText(layout.pages[4], 'inside')).toContain('（上接A1版）');
  });

  it('reports a jump into another article’s block as unresolved', async () => {
    const issue = issueWith([block('b1', 'art-a1', { continuesIn: 'b2' }), block('b2', 'art-b2', { col: gridColumns(2) })]);
    const layout = layoutIssue(await input(issue, [article('art-a1', paragraphs('甲')), article('art-b2', paragraphs('乙'))]));
    expect(layout.diagnostics.find((entry) => entry.blockId === 'b1')?.unresolvedJump).toMatch(/另一篇稿件/);
  });
});

describe('diagnostics', () => {
  it('reports characters missing from the font and a missing article', async () => {
    const issue = issueWith([block('b1', 'art-a1'), block('b2', 'art-gone', { col: gridColumns(2) })]);
    const layout = layoutIssue(await input(issue, [article('art-a1', paragraphs('园区\uE000建设'))]));
    expect(layout.diagnostics.find((entry) => entry.blockId === 'b1')?.missingGlyphs).toEqual(['\uE000']);
    expect(layout.diagnostics.find((entry) => entry.blockId === 'b2')?.missingArticle).toBe(true);
  });
});

describe('the sample issue', () => {
  it('draws the masthead from profile and issue data and a header on every inside page', async () => {
    const fonts = await bundledFonts();
    const sample = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
    const layout = layoutIssue(await input(sample.issue, sample.articles));
    const masthead = groupText(layout.pages[0], 'p1-masthead');
    for (const fact of [
      '开发区建设',
      '周刊',
      '科学导报',
      '第14期',
      '总第4369期',
      '2025年5月9日 星期五',
      '今日8版',
      'CN 14-0015',
      '21-465',
      'kfqjszk@163.com',
    ]) {
      expect(masthead).toContain(fact);
    }
    layout.pages.slice(1).forEach((page, index) => {
      const header = groupText(page, `p${index + 2}-header`);
      const source = sample.issue.pages[index + 1]!;
      for (const fact of [page.label, '2025年5月9日 星期五', source.name, `责任编辑：${source.editor}`]) expect(header).toContain(fact);
    });
    const overflowing = layout.diagnostics.filter((entry) => entry.overflowChars > 0);
    expect(overflowing).toEqual([]);
    expect(groupText(layout.pages[0], 'p1-b1')).toContain('（下转A2版）');
  });

  it('re-lays only the chain of the edited article', async () => {
    const fonts = await bundledFonts();
    const sample = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
    const cache = new LayoutCache();
    const first = layoutIssue(await input(sample.issue, sample.articles), cache);
    const chains = cache.stats.composed;
    const [edited, ...rest] = sample.articles;
    const changed = { ...edited!, content: [...edited!.content, textElement('paragraph', '新增一句。')] };
    const second = layoutIssue(await input(sample.issue, [changed, ...rest]), cache);
    expect(cache.stats.composed - chains).toBe(1);
    expect(cache.stats.reused).toBe(chains - 1);
    expect(groupText(second.pages[2], 'p3-b1')).toBe(groupText(first.pages[2], 'p3-b1'));
    expect(groupText(second.pages[2], 'p3-b1')).not.toBe('');
    // A reused chain hands back the drawing of the first layout itself, not a copy of it.
    const groupOf = (page: DisplayPage | undefined, blockId: string) =>
      page?.items.find((item) => item.type === 'group' && item.blockId === blockId);
    expect(groupOf(first.pages[2], 'p3-b1')).toBeDefined();
    expect(groupOf(second.pages[2], 'p3-b1')).toBe(groupOf(first.pages[2], 'p3-b1'));
    const editedBlock = sample.issue.pages[0]!.blocks.find((entry) => entry.kind === 'article' && entry.articleId === edited!.id);
    expect(editedBlock).toBeDefined();
    expect(groupOf(second.pages[0], editedBlock!.id)).not.toBe(groupOf(first.pages[0], editedBlock!.id));
  });

  it('recognises an unchanged article by its revision and content, not by the object it arrives in', async () => {
    const fonts = await bundledFonts();
    const sample = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
    const cache = new LayoutCache();
    layoutIssue(await input(sample.issue, sample.articles), cache);
    const chains = cache.stats.composed;
    // What a worker receives after a round trip: equal values in new objects.
    const copies = structuredClone(sample.articles);
    layoutIssue({ ...(await input(structuredClone(sample.issue), copies)), profile: structuredClone(profile) }, cache);
    expect(cache.stats.composed).toBe(chains);
    expect(cache.stats.reused).toBe(chains);
    // A new revision with the same text is a different article for the cache.
    const [first, ...rest] = copies;
    layoutIssue(await input(sample.issue, [{ ...first!, rev: first!.rev + 1 }, ...rest]), cache);
    expect(cache.stats.composed).toBe(chains + 1);
  });

  it('re-lays a chain when one of its photos appears in the asset store', async () => {
    const fonts = await bundledFonts();
    const sample = createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts);
    const withPhoto = sample.articles.find((article) => article.content.some((node) => node.type === 'photo'));
    expect(withPhoto).toBeDefined();
    const assetId = `${'ab'.repeat(32)}.jpg`;
    const articles = sample.articles.map((article) =>
      article === withPhoto
        ? { ...article, content: article.content.map((node) => (node.type === 'photo' ? { ...node, assetId } : node)) }
        : article,
    );
    const cache = new LayoutCache();
    const absent = layoutIssue({ ...(await input(sample.issue, articles)), hasAsset: () => false }, cache);
    const composed = cache.stats.composed;
    const present = layoutIssue({ ...(await input(sample.issue, articles)), hasAsset: (id) => id === assetId }, cache);
    expect(cache.stats.composed).toBe(composed + 1);
    const images = (layout: typeof absent) => JSON.stringify(layout.pages).split(assetId).length - 1;
    expect(images(absent)).toBe(0);
    expect(images(present)).toBeGreaterThan(0);
  });
});
