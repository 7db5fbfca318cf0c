// A weekly issue starts from last week's pages: the copy keeps 版名, 责任编辑 and every block's place,
// empties article frames (continuation links kept) and photo blocks, and validates as an issue.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import { createIssueWithLayout, previousIssueAmong } from '../../../shared/model/issue-factory';
import { articlesOnPages } from '../../../shared/model/issue-placements';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { kfq } from '../cli/run-kfq';

const SAMPLE_ID = '2025-05-09-14';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-layout-copy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What must survive the copy: every block's kind, place and size, and the links between frames. */
function frames(issue: Issue): unknown[] {
  return issue.pages.map((page) => ({
    label: page.label,
    name: page.name,
    editor: page.editor,
    blocks: page.blocks.map((block: Block) => ({
      kind: block.kind,
      id: block.id,
      at: [block.col, block.line, block.cols, block.lines],
      continuesIn: block.kind === 'article' ? block.continuesIn : undefined,
    })),
  }));
}

function expectEmptied(copy: Issue): void {
  expect(issueSchema.safeParse(copy).success).toBe(true);
  expect(articlesOnPages(copy).size).toBe(0);
  for (const block of copy.pages.flatMap((page) => page.blocks)) {
    if (block.kind === 'article') expect(block.articleId).toBeNull();
    if (block.kind === 'photo') expect([block.assetId, block.caption, block.credit]).toEqual([null, '', '']);
  }
}

describe('copying the page layout of an issue', () => {
  it('on the sample issue, through kfq new-issue --copy-layout', async () => {
    const ws = path.join(dir, 'ws');
    expect((await kfq('init', ws)).code).toBe(0);
    const made = await kfq('new-issue', ws, '--copy-layout', '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ id: '2025-05-16-15', number: 15, layoutFrom: SAMPLE_ID });

    const store = await openWorkspace(ws, { readOnly: true });
    try {
      const source = await store.getIssue(SAMPLE_ID);
      const copy = await store.getIssue('2025-05-16-15');
      expect(copy).toMatchObject({ rev: 1, number: 15, totalNumber: 4370, date: '2025-05-16' });
      expectEmptied(copy);
      expect(frames(copy)).toEqual(frames(source));
      // The sample's lead jumps from A1 to A2: the copy keeps that link between its empty frames.
      expect(copy.pages.flatMap((page) => page.blocks).some((block) => block.kind === 'article' && block.continuesIn !== null)).toBe(true);
      expect(copy.pages.some((page) => page.blocks.some((block) => block.kind === 'photo'))).toBe(true);
      // The sample's articles stay where they are.
      expect((await store.getArticle('sample-a1-lead')).placement).toMatchObject({ issueId: SAMPLE_ID, page: 'A1' });
    } finally {
      await store.close();
    }
  });

  it('from a named issue, and refuses both options at once or an unknown issue', async () => {
    const ws = path.join(dir, 'ws');
    await kfq('init', ws);
    expect((await kfq('new-issue', ws, '--layout-from', SAMPLE_ID, '--copy-layout')).code).toBe(2);
    expect((await kfq('new-issue', ws, '--layout-from', '2025-01-03-1')).err).toMatch(/找不到要沿用版式的期次.*NOT_FOUND/s);
    const made = await kfq('new-issue', ws, '--layout-from', SAMPLE_ID, '--date', '2025-05-23');
    expect(made.code).toBe(0);
    expect(made.out).toContain(`沿用 ${SAMPLE_ID} 的版式`);
  });

  it('as a pure function, numbering from the arguments and labels from page order', () => {
    const profile = defaultProfile();
    const source: Issue = {
      schemaVersion: 3,
      kind: 'issue',
      id: '2025-05-09-14',
      rev: 7,
      number: 14,
      totalNumber: 4369,
      date: '2025-05-09',
      pages: [
        { id: 'p1', label: 'X9', name: '要闻', editor: '李明', blocks: [] },
        { id: 'p2', label: 'X1', name: '园区', editor: '王芳', blocks: [] },
      ],
    };
    const copy = createIssueWithLayout(profile, { number: 15, totalNumber: 4370, date: '2025-05-16' }, source);
    expect(copy).toMatchObject({ id: '2025-05-16-15', rev: 1, number: 15 });
    expect(copy.pages.map((page) => [page.label, page.name, page.editor])).toEqual([
      ['A1', '要闻', '李明'],
      ['A2', '园区', '王芳'],
    ]);
    expect(previousIssueAmong([source], '2025-05-16')).toBe(source);
    expect(previousIssueAmong([source], '2025-05-02')).toBeUndefined();
  });
});
