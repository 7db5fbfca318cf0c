// kfq fit on a real workspace: a story of A3 cut short so its text overflows is deepened back to
// its text; --dry-run reports the same and saves nothing; afterwards kfq layout finds nothing over.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/model/issue';
import { gridLines } from '../../../shared/units/units';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { kfq } from './run-kfq';

const ISSUE_FILE = ['issues', '2025-05-09-14', 'issue.json'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-fit-'));
  expect((await kfq('init', dir)).code).toBe(0);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Cuts the first A3 story that neither jumps nor is jumped to by `lines`; returns its id. */
async function cutStory(lines: number): Promise<string> {
  const store = await openWorkspace(dir);
  try {
    const [entry] = await store.listIssues();
    const issue = await store.getIssue(entry!.id);
    const targets = new Set(
      issue.pages.flatMap((page) =>
        page.blocks.flatMap((block) => (block.kind === 'article' && block.continuesIn ? [block.continuesIn] : [])),
      ),
    );
    const a3 = issue.pages[2]!;
    const story = a3.blocks.find((block) => block.kind === 'article' && block.continuesIn === null && !targets.has(block.id))!;
    const blocks = a3.blocks.map((block) => (block === story ? { ...block, lines: gridLines(block.lines - lines) } : block));
    const cut: Issue = { ...issue, pages: issue.pages.map((page, index) => (index === 2 ? { ...a3, blocks } : page)) };
    await store.saveIssue(cut, issue.rev);
    return story.id;
  } finally {
    await store.close();
  }
}

interface LayoutReport {
  blocks: { blockId: string; kind: string; overflowChars: number; emptyLines: number }[];
}

describe('kfq fit', () => {
  it('deepens a story that overflows, saves one revision, and leaves the layout with nothing over', async () => {
    const blockId = await cutStory(8);
    const before = JSON.parse((await kfq('layout', dir, '--json')).out) as LayoutReport;
    expect(before.blocks.find((block) => block.blockId === blockId)!.overflowChars).toBeGreaterThan(0);
    const stored = await readFile(path.join(dir, ...ISSUE_FILE), 'utf8');

    const trial = await kfq('fit', dir, '--dry-run', '--json');
    expect(trial.code).toBe(0);
    const planned = JSON.parse(trial.out) as {
      issue: { rev: number; saved: boolean };
      changes: { blockId: string; from: { lines: number }; to: { lines: number } }[];
    };
    expect(planned.issue.saved).toBe(false);
    const change = planned.changes.find((candidate) => candidate.blockId === blockId)!;
    expect(change.to.lines).toBeGreaterThan(change.from.lines);
    expect(await readFile(path.join(dir, ...ISSUE_FILE), 'utf8'), 'a dry run writes nothing').toBe(stored);

    const run = await kfq('fit', dir);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/调整 \d+ 个版块，已保存/);
    expect(run.out).toContain(`A3  ${blockId}`);
    expect(run.out).not.toContain('未能解决');

    const after = JSON.parse((await kfq('layout', dir, '--json')).out) as LayoutReport;
    const stories = after.blocks.filter((block) => block.kind === 'article');
    expect(stories.filter((block) => block.overflowChars > 0)).toEqual([]);
    expect(stories.filter((block) => block.emptyLines > 2)).toEqual([]);
    const again = JSON.parse((await kfq('fit', dir, '--dry-run', '--json')).out) as typeof planned;
    expect(again.changes, 'a fitted issue fits as it is').toEqual([]);
    expect(again.issue.rev).toBe(planned.issue.rev + 1);
  });

  it('exits 1 and names the story when the page has no room to deepen it', async () => {
    const store = await openWorkspace(dir);
    let blockId = '';
    try {
      const [entry] = await store.listIssues();
      const issue = await store.getIssue(entry!.id);
      // A8's last story: five more columns of text than its page can hold.
      const a8 = issue.pages[7]!;
      const story = a8.blocks.filter((block) => block.kind === 'article').at(-1)!;
      blockId = story.id;
      const articleId = story.kind === 'article' ? story.articleId! : '';
      const article = await store.getArticle(articleId);
      const paragraphs = article.content.filter((node) => node.type === 'paragraph');
      await store.saveSettings({ ...(await store.getSettings()), userName: '周编辑' });
      await store.saveArticle({
        id: article.id,
        baseRev: article.rev,
        content: [...article.content, ...paragraphs, ...paragraphs, ...paragraphs],
        note: '加长',
      });
    } finally {
      await store.close();
    }
    const run = await kfq('fit', dir);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(new RegExp(`未能解决  A8  ${blockId}  《[^》]+》  超出 \\d+ 字`));
  });
});
