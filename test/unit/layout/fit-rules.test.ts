import { describe, expect, it } from 'vitest';
import type { GroupItem, RuleItem } from '../../../shared/display/display-list';
import { fitAdvice, fitIssue, MAX_EMPTY_LINES } from '../../../shared/layout/fit';
import { columnX, gutterWidth, lineY, pageGeometry, typeAreaRect } from '../../../shared/layout/geometry';
import { layoutIssue } from '../../../shared/layout/layout-issue';
import { storyRulesGroupId } from '../../../shared/layout/story-rules';
import { textElement, type Article } from '../../../shared/model/article';
import { createIssue } from '../../../shared/model/issue-factory';
import type { Block, Issue } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { article, block, bundledFonts, groupText, paragraphs, profile, runsOf } from './layout-fixtures';

const hanText = (count: number) => '开发区建设稳步推进'.repeat(Math.ceil(count / 9)).slice(0, count);

function issueWith(blocks: Block[], pageIndex = 1): Issue {
  const base = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  return {
    ...base,
    pages: base.pages.map((page, index) => (index === pageIndex ? { ...page, blocks: [...page.blocks, ...blocks] } : page)),
  };
}

async function context() {
  return { profile, fonts: await bundledFonts(), hasAsset: () => false };
}

function rulesOf(issue: Issue, layout: ReturnType<typeof layoutIssue>, pageIndex: number): RuleItem[] {
  const group = layout.pages[pageIndex]?.items.find(
    (item): item is GroupItem => item.type === 'group' && item.blockId === storyRulesGroupId(issue.pages[pageIndex]!.id),
  );
  return (group?.items ?? []).filter((item): item is RuleItem => item.type === 'rule');
}

describe('copy-fit advice and fitting', () => {
  it('advises the depth that holds an overflowing block and the characters to cut', async () => {
    const issue = issueWith([block('over', 'a', { cols: gridColumns(3), textColumns: 2, lines: gridLines(10) })]);
    const articles = new Map<string, Article>([
      ['a', article('a', [textElement('headline', '一篇太长的稿件'), ...paragraphs(hanText(1200))])],
    ]);
    const [advice] = fitAdvice(await context(), issue, articles);
    expect(advice?.charsToCut).toBeGreaterThan(0);
    expect(advice?.linesNeeded).toBeGreaterThan(10);
  });

  it('deepens an overflowing block into the free room and shortens a block with white under its text', async () => {
    const over = block('over', 'a', { cols: gridColumns(3), textColumns: 2, lines: gridLines(10) });
    const loose = block('loose', 'b', { col: gridColumns(3), cols: gridColumns(5), textColumns: 3, lines: gridLines(60) });
    const issue = issueWith([over, loose]);
    const articles = new Map<string, Article>([
      ['a', article('a', [textElement('headline', '一篇太长的稿件'), ...paragraphs(hanText(1200))])],
      ['b', article('b', [textElement('headline', '一篇短稿'), ...paragraphs(hanText(500))])],
    ]);
    const ctx = await context();
    const result = fitIssue(ctx, issue, articles);
    const layout = layoutIssue({ ...ctx, issue: result.issue, articles });
    for (const id of ['over', 'loose']) {
      const found = layout.diagnostics.find((entry) => entry.blockId === id);
      expect(found?.overflowLines).toBe(0);
      expect(found?.emptyLines).toBeLessThanOrEqual(MAX_EMPTY_LINES);
    }
    expect(result.changes.map((change) => change.blockId).sort()).toEqual(['loose', 'over']);
  });

  it('reports an overflow it cannot fix when the page has no room left', async () => {
    const issue = issueWith([block('over', 'a', { cols: gridColumns(1), lines: gridLines(101) })]);
    const articles = new Map<string, Article>([['a', article('a', [textElement('headline', '长稿'), ...paragraphs(hanText(3000))])]]);
    const result = fitIssue(await context(), issue, articles);
    expect(result.problems.find((problem) => problem.blockId === 'over')?.message).toMatch(/超出 \d+ 字/);
  });

  it('balances the columns of a block so their feet are level', async () => {
    const issue = issueWith([block('b', 'a', { cols: gridColumns(8), textColumns: 4, lines: gridLines(40) })]);
    const articles = new Map<string, Article>([['a', article('a', [textElement('headline', '平衡各栏'), ...paragraphs(hanText(1000))])]]);
    const layout = layoutIssue({ ...(await context()), issue, articles });
    const group = layout.pages[1]?.items.find((item): item is GroupItem => item.type === 'group' && item.blockId === 'b');
    const runs = runsOf(group?.items ?? []).filter((run) => run.size === profile.styles.body.size);
    const feet = new Map<number, number>();
    for (const run of runs) feet.set(Math.round(run.x / 50), Math.max(feet.get(Math.round(run.x / 50)) ?? 0, run.y));
    const lows = [...feet.values()];
    expect(Math.max(...lows) - Math.min(...lows)).toBeLessThanOrEqual(profile.format.bodyLeading + 0.01);
  });
});

describe('rules between stories', () => {
  it('draws a hairline in the gutter between side-by-side stories and under a story with one below, none at the page edge', async () => {
    const left = block('left', 'a', { cols: gridColumns(4), textColumns: 2, lines: gridLines(30) });
    const right = block('right', 'b', { col: gridColumns(4), cols: gridColumns(4), textColumns: 2, lines: gridLines(30) });
    const below = block('below', 'c', { line: gridLines(33), cols: gridColumns(8), textColumns: 4, lines: gridLines(20) });
    const issue = issueWith([left, right, below]);
    const news = (id: string) =>
      article(id, [textElement('headline', '消息'), textElement('dateline', '科学导报讯'), ...paragraphs(hanText(300))]);
    const articles = new Map<string, Article>(['a', 'b', 'c'].map((id) => [id, news(id)]));
    const layout = layoutIssue({ ...(await context()), issue, articles });
    const rules = rulesOf(issue, layout, 1);
    const geometry = pageGeometry(profile.format, 1);
    const gutterMiddle = columnX(geometry, 4) - gutterWidth(geometry) / 2;
    expect(rules.some((rule) => rule.x1 === rule.x2 && Math.abs(rule.x1 - gutterMiddle) < 0.01)).toBe(true);
    const underLine = lineY(geometry, 33) - geometry.leading / 2;
    expect(rules.filter((rule) => rule.y1 === rule.y2 && Math.abs(rule.y1 - underLine) < 0.01)).toHaveLength(2);
    const area = typeAreaRect(geometry);
    for (const rule of rules) {
      expect(rule.width).toBeLessThanOrEqual(0.5);
      if (rule.x1 === rule.x2) expect(rule.x1 > area.x + 1 && rule.x1 < area.x + area.width - 1).toBe(true);
      if (rule.y1 === rule.y2) expect(rule.y1 > area.y + 1 && rule.y1 < area.y + area.height - 1).toBe(true);
    }
  });

  it('frames a commentary piece with 花线 by default, a box when asked, and draws nothing when switched off', async () => {
    const top = block('top', 'a', { cols: gridColumns(8), textColumns: 4, lines: gridLines(20) });
    const comment = block('comment', 'b', { line: gridLines(23), cols: gridColumns(8), textColumns: 4, lines: gridLines(20) });
    const issue = issueWith([top, comment]);
    const articles = new Map<string, Article>([
      ['a', article('a', [textElement('headline', '消息'), textElement('dateline', '科学导报讯'), ...paragraphs(hanText(300))])],
      ['b', article('b', [textElement('headline', '评论'), ...paragraphs(hanText(300))])],
    ]);
    const ctx = await context();
    const flower = rulesOf(issue, layoutIssue({ ...ctx, issue, articles }), 1);
    expect(flower.some((rule) => rule.width > 1)).toBe(true);
    const boxed = { ...profile, storyRules: { between: true, weight: 0.3, commentary: 'box' as const } };
    const boxLayout = layoutIssue({ ...ctx, profile: boxed, issue, articles });
    const group = boxLayout.pages[1]?.items.find(
      (item): item is GroupItem => item.type === 'group' && item.blockId === storyRulesGroupId(issue.pages[1]!.id),
    );
    expect(group?.items.some((item) => item.type === 'rect')).toBe(true);
    const off = { ...profile, storyRules: { between: false, weight: 0.3, commentary: 'none' as const } };
    expect(rulesOf(issue, layoutIssue({ ...ctx, profile: off, issue, articles }), 1)).toHaveLength(0);
  });
});

describe('continuations', () => {
  it('open with the 续题 under the 上接 line', async () => {
    const front = block('front', 'a', {
      line: gridLines(22),
      cols: gridColumns(4),
      textColumns: 2,
      lines: gridLines(20),
      continuesIn: 'inside',
    });
    const inside = block('inside', 'a', { cols: gridColumns(4), textColumns: 2, lines: gridLines(60) });
    const base = issueWith([inside]);
    const issue = { ...base, pages: base.pages.map((page, index) => (index === 0 ? { ...page, blocks: [...page.blocks, front] } : page)) };
    const articles = new Map<string, Article>([
      ['a', article('a', [textElement('headline', '转版长稿的主题'), ...paragraphs(hanText(1800))])],
    ]);
    const layout = layoutIssue({ ...(await context()), issue, articles });
    const group = layout.pages[1]?.items.find((item): item is GroupItem => item.type === 'group' && item.blockId === 'inside');
    const runs = runsOf(group?.items ?? []);
    const jump = runs.find((run) => run.text.includes('上接A1版'));
    const continued = runs.find((run) => run.text === '转版长稿的主题');
    expect(jump).toBeDefined();
    expect(continued).toBeDefined();
    expect(continued!.y).toBeGreaterThan(jump!.y);
    expect(continued!.size).toBeLessThan(profile.styles.headline.size);
    const firstBody = runs.filter((run) => run.size === profile.styles.body.size && !run.text.includes('上接'));
    expect(Math.min(...firstBody.map((run) => run.y))).toBeGreaterThan(continued!.y);
    expect(groupText(layout.pages[1], 'inside')).toContain('（上接A1版）');
  });
});
