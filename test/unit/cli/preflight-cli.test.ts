// kfq preflight on a real workspace: the problems as JSON or lines, exit 1 on errors, and a photo
// put in a frame taking away its missing-image error (or bringing a resolution error when too small).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import { openWorkspace } from '../../../electron/services/workspace-store';
import type { PreflightProblem } from '../../../shared/preflight/preflight';
import { sharpPhoto } from '../pdf/test-images';
import { kfq } from './run-kfq';

let dir: string;
let ws: string;

/** Puts the photo into the first photo frame of A1 and returns that frame's block id. */
async function placePhoto(bytes: Buffer): Promise<string> {
  const store = await openWorkspace(ws);
  try {
    const { assetId } = await store.putAsset(bytes);
    const [entry] = await store.listIssues();
    const issue = await store.getIssue(entry!.id);
    const frame = issue.pages[0]!.blocks.find((block) => block.kind === 'photo')!;
    const pages = issue.pages.map((page) => ({
      ...page,
      blocks: page.blocks.map((block) => (block.id === frame.id && block.kind === 'photo' ? { ...block, assetId } : block)),
    }));
    await store.saveIssue({ ...issue, pages });
    return frame.id;
  } finally {
    await store.close();
  }
}

async function problems(): Promise<{ code: number; list: PreflightProblem[] }> {
  const run = await kfq('preflight', ws, '--json');
  return { code: run.code, list: JSON.parse(run.out) as PreflightProblem[] };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-preflight-'));
  ws = path.join(dir, 'ws');
  const { store } = await initSampleWorkspace(ws);
  await store.close();
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kfq preflight', () => {
  it('prints each problem with its rule, severity, page and block, and exits 1 on errors', async () => {
    const { code, list } = await problems();
    for (const item of list) {
      expect(Object.keys(item).sort()).toEqual(['blockId', 'message', 'page', 'rule', 'severity', ...('waiver' in item ? ['waiver'] : [])]);
      expect(item.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(code).toBe(list.some((item) => item.severity === 'error') ? 1 : 0);
    const readable = await kfq('preflight', ws);
    expect(readable.code).toBe(code);
    expect(readable.out).toMatch(/印前检查：\d+ 个错误，\d+ 个警告/);
  }, 60_000);

  it('drops the missing image once a photo is placed, and flags one too small for its frame', async () => {
    const frame = await placePhoto(await sharpPhoto('jpg', 3000, 2000));
    const placed = (await problems()).list.filter((item) => item.blockId === frame);
    expect(placed).toEqual([]);
    await placePhoto(await sharpPhoto('jpg', 120, 80, 1));
    const small = (await problems()).list.filter((item) => item.blockId === frame);
    expect(small.map((item) => `${item.rule}:${item.severity}`)).toEqual(['resolution:error']);
  }, 60_000);

  it('reads photos in the real bin/kfq.mjs too, whose bundle runs as a script', async () => {
    const frame = await placePhoto(await sharpPhoto('jpg', 120, 80, 2));
    const bin = path.resolve(__dirname, '../../../bin/kfq.mjs');
    const run = await promisify(execFile)(process.execPath, [bin, 'preflight', ws, '--json']).then(
      (result) => ({ code: 0, out: result.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, out: error.stdout }),
    );
    expect(run.code).toBe(1);
    const list = JSON.parse(run.out) as PreflightProblem[];
    expect(list.filter((item) => item.blockId === frame).map((item) => item.rule)).toEqual(['resolution']);
  }, 120_000);
});

describe('kfq export and preflight errors', () => {
  /** Clears A3's 责任编辑 (a page error), optionally waiving it, and returns the issue id. */
  async function breakA3(waiver?: string): Promise<string> {
    const store = await openWorkspace(ws);
    try {
      const [entry] = await store.listIssues();
      const issue = await store.getIssue(entry!.id);
      const pages = issue.pages.map((page) => (page.label === 'A3' ? { ...page, editor: '' } : page));
      const waivers = waiver
        ? [{ rule: 'pageEditor' as const, page: 'A3', blockId: null, reason: waiver, by: '值班主任', at: '2025-05-08T10:00:00.000Z' }]
        : [];
      await store.saveIssue({ ...issue, pages, waivers });
      return issue.id;
    } finally {
      await store.close();
    }
  }

  async function waiveAll(): Promise<void> {
    const errors = (await problems()).list.filter((item) => item.severity === 'error' && !('waiver' in item));
    const store = await openWorkspace(ws);
    try {
      const [entry] = await store.listIssues();
      const issue = await store.getIssue(entry!.id);
      const more = errors.map(({ rule, page, blockId }) => ({
        rule,
        page,
        blockId,
        reason: '试印',
        by: '值班主任',
        at: '2025-05-08T10:00:00.000Z',
      }));
      await store.saveIssue({ ...issue, waivers: [...(issue.waivers ?? []), ...more] });
    } finally {
      await store.close();
    }
  }

  it('refuses to export while an error is not waived, unless --force; a waiver lets it through and is listed', async () => {
    // Pictures small for their frames are errors too: placed again large, only the page error is left.
    await placePhoto(await sharpPhoto('jpg', 3000, 2000));
    const issueId = await breakA3();
    const out = path.join(dir, 'refused.pdf');
    const refused = await kfq('export', ws, issueId, '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('A3 版：A3 版没有填写责任编辑');
    expect(refused.err).toContain('PREFLIGHT_ERRORS');
    expect(existsSync(out)).toBe(false);

    const forced = await kfq('export', ws, issueId, '-o', out, '--force');
    expect(forced.code).toBe(0);
    expect(existsSync(out)).toBe(true);

    await breakA3('本版由总编辑代签');
    const waived = (await problems()).list.find((item) => item.rule === 'pageEditor');
    expect(waived).toMatchObject({ page: 'A3', waiver: { reason: '本版由总编辑代签', by: '值班主任' } });
    const readable = await kfq('preflight', ws);
    expect(readable.out).toContain('（已豁免：本版由总编辑代签，值班主任）');
    // Whatever else the sample shows is waived too: then nothing stops the export.
    await waiveAll();
    const allowed = await kfq('export', ws, issueId, '-o', path.join(dir, 'waived.pdf'));
    expect(allowed.code, allowed.err).toBe(0);
    expect((await kfq('preflight', ws)).code).toBe(0);
  }, 120_000);
});
