// preflightIssue over the API: the stored issue's problems as the export dialog receives them, with
// a photo's effective resolution read from the asset store, and an unknown issue refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import type { WorkspaceStore } from '../../../electron/services/workspace-store';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import type { PreflightProblem } from '../../../shared/preflight/preflight';
import { sharpPhoto } from '../pdf/test-images';
import { makeTempDir, removeDir } from './store-fixtures';

let dir: string;
let store: WorkspaceStore;
let issueId: string;
let frame: string;

beforeAll(async () => {
  dir = await makeTempDir('kfq-preflight-api-');
  store = (await initSampleWorkspace(dir)).store;
  const [entry] = await store.listIssues();
  issueId = entry!.id;
  // A photo far too small for the first photo frame of A1.
  const { assetId } = await store.putAsset(await sharpPhoto('jpg', 90, 60));
  const issue = await store.getIssue(issueId);
  const block = issue.pages[0]!.blocks.find((candidate) => candidate.kind === 'photo')!;
  frame = block.id;
  const pages = issue.pages.map((page) => ({
    ...page,
    blocks: page.blocks.map((candidate) => (candidate.id === frame && candidate.kind === 'photo' ? { ...candidate, assetId } : candidate)),
  }));
  await store.saveIssue({ ...issue, pages });
}, 60_000);

afterAll(async () => {
  await store.close();
  await removeDir(dir);
});

describe('preflightIssue', () => {
  it('lists the problems with page and block, a small photo among them', async () => {
    const result = await dispatchCall(createApiHandlers(store), 'preflightIssue', [issueId]);
    if (!result.ok) throw new Error(result.error.message);
    const problems = result.value as PreflightProblem[];
    const mine = problems.filter((item) => item.blockId === frame);
    expect(mine).toEqual([expect.objectContaining({ rule: 'resolution', severity: 'error', page: 'A1' })]);
  }, 60_000);

  it('refuses an issue that does not exist', async () => {
    const result = await dispatchCall(createApiHandlers(store), 'preflightIssue', ['2031-01-03-1']);
    expect(result.ok).toBe(false);
  });
});
