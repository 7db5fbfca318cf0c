// 自动适配 through the API, as the page editor calls it: the issue as composed (here with a story
// of A3 that does not jump cut short so its text overflows) comes back fitted, with what changed, and nothing is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../shared/ipc/contract';
import type { Issue } from '../../../shared/model/issue';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import type { WorkspaceStore } from '../../../electron/services/workspace-store';
import { makeTempDir, removeDir } from './store-fixtures';

let dir: string;
let store: WorkspaceStore;
let handlers: ApiHandlers;

beforeEach(async () => {
  dir = await makeTempDir();
  store = (await initSampleWorkspace(dir)).store;
  await store.saveSettings({ ...(await store.getSettings()), userName: '周编辑' });
  handlers = createApiHandlers(store);
});

afterEach(async () => {
  await store.close();
  await removeDir(dir);
});

/** The first story of A3 that neither jumps nor is jumped to, made `lines` shorter. */
function withStoryCut(issue: Issue, lines: number): { issue: Issue; blockId: string } {
  const targets = new Set(
    issue.pages.flatMap((page) =>
      page.blocks.flatMap((block) => (block.kind === 'article' && block.continuesIn ? [block.continuesIn] : [])),
    ),
  );
  const a3 = issue.pages[2]!;
  const story = a3.blocks.find((block) => block.kind === 'article' && block.continuesIn === null && !targets.has(block.id))!;
  const blocks = a3.blocks.map((block) => (block === story ? { ...block, lines: (block.lines - lines) as typeof block.lines } : block));
  return { issue: { ...issue, pages: issue.pages.map((page, index) => (index === 2 ? { ...a3, blocks } : page)) }, blockId: story.id };
}

describe('fitIssueLayout', () => {
  it('fits the issue as composed, says what it changed, and saves nothing', async () => {
    const [entry] = await store.listIssues();
    const stored = await store.getIssue(entry!.id);
    const cut = withStoryCut(stored, 8);

    const fitted = await handlers.fitIssueLayout(cut.issue);
    const change = fitted.changes.find((candidate) => candidate.blockId === cut.blockId);
    expect(change, 'the overflowing story is deepened').toBeDefined();
    expect(change!.to.lines).toBeGreaterThan(change!.from.lines);
    expect(fitted.issue.pages[2]!.blocks.find((block) => block.id === cut.blockId)!.lines).toBe(change!.to.lines);
    expect(fitted.problems.filter((problem) => problem.blockId === cut.blockId)).toEqual([]);
    expect(await store.getIssue(entry!.id)).toEqual(stored);
  });
});
