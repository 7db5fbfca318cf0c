// Export from the app through the typed API: the same bytes as `kfq export`, progress events in
// order, cancel leaving nothing behind, the output path rules refusing without touching the disk,
// and the file manager shown only exported files.
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, readlink, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../electron/cli/commands/export';
import type { CommandIo } from '../../../electron/cli/io';
import { createApiHandlers, type ApiEventMessage, type ApiHandlerOptions } from '../../../electron/services/api-handlers';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import type { WorkspaceStore } from '../../../electron/services/workspace-store';
import type { ApiHandlers, ExportProgress } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import type { Result } from '../../../shared/model/errors';
import { CHINESE, makeTempDir, removeDir } from '../services/store-fixtures';

const ISSUE = '2025-05-09-14';

let dir: string;
let ws: string;
let store: WorkspaceStore;

beforeAll(async () => {
  dir = await makeTempDir('kfq-export-api-');
  ws = path.join(dir, 'ws');
  store = (await initSampleWorkspace(ws)).store;
}, 120_000);

afterAll(async () => {
  await store.close();
  await removeDir(dir);
});

function api(events: ApiEventMessage[] = [], options: ApiHandlerOptions = {}, onEvent?: (event: ApiEventMessage) => void) {
  const handlers: ApiHandlers = createApiHandlers(
    store,
    (event) => {
      events.push(event);
      onEvent?.(event);
    },
    options,
  );
  return (method: string, ...args: unknown[]) => dispatchCall(handlers, method, args) as Promise<Result<unknown>>;
}

function progressOf(events: ApiEventMessage[]): ExportProgress[] {
  return events.flatMap((event) => (event.name === 'exportProgress' ? [event.payload] : []));
}

/** Every entry below `root` (a file's hash, a link's target, a folder): equal snapshots mean an unchanged disk. */
async function snapshot(root: string, into: Record<string, string> = {}, prefix = ''): Promise<Record<string, string>> {
  for (const entry of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    const full = path.join(root, relative);
    if (entry.isSymbolicLink()) into[relative] = `link ${await readlink(full)}`;
    else if (entry.isDirectory()) {
      into[relative] = 'folder';
      await snapshot(root, into, relative);
    } else
      into[relative] = createHash('sha256')
        .update(await readFile(full))
        .digest('hex');
  }
  return into;
}

function request(jobId: string, output: string, extra: Record<string, unknown> = {}) {
  return { jobId, issueId: ISSUE, bleedMm: 0, cropMarks: false, output, ...extra };
}

describe('exportPdf', () => {
  it('writes the bytes kfq export writes, reporting its progress in order', async () => {
    const events: ApiEventMessage[] = [];
    const call = api(events);
    const output = path.join(dir, 'new', 'deeper', 'app.pdf');
    const result = await call('exportPdf', request('job-1', output, { pages: 'A1,A3', bleedMm: 3, cropMarks: true }));
    expect(result).toMatchObject({ ok: true, value: { file: output, pages: ['A1', 'A3'], issueId: ISSUE } });

    const progressLines: string[] = [];
    const io: CommandIo = { out: () => undefined, err: () => undefined, progress: (text) => progressLines.push(text) };
    const cli = path.join(dir, 'cli.pdf');
    expect(await runExport([ws, ISSUE, '-o', cli, '--pages', 'A1,A3', '--bleed', '3', '--marks'], io)).toBe(0);
    const [appBytes, cliBytes] = await Promise.all([readFile(output), readFile(cli)]);
    expect(result.ok && (result.value as { bytes: number }).bytes).toBe(appBytes.length);
    expect(Buffer.compare(appBytes, cliBytes)).toBe(0);
    // The CLI's progress line still runs from 0 to 100 %.
    expect(progressLines.some((line) => line.includes('100% 完成'))).toBe(true);

    const progress = progressOf(events);
    expect(progress.every((step) => step.jobId === 'job-1' && step.pagesTotal === 2 && CHINESE.test(step.stage))).toBe(true);
    expect(progress[0]).toMatchObject({ stage: '排版', fraction: 0, pagesLaidOut: 0, pagesWritten: 0 });
    expect(progress.at(-1)).toMatchObject({ stage: '完成', fraction: 1, pagesLaidOut: 2, pagesWritten: 2 });
    for (const [index, step] of progress.entries()) {
      const before = progress[index - 1];
      expect(step.fraction).toBeGreaterThanOrEqual(before?.fraction ?? 0);
      expect(step.fraction).toBeLessThanOrEqual(1);
      expect(step.pagesWritten).toBeGreaterThanOrEqual(before?.pagesWritten ?? 0);
      expect(step.pagesWritten).toBeLessThanOrEqual(step.pagesTotal);
    }
    expect(progress.map((step) => step.pagesWritten)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('overwrites an earlier PDF', async () => {
    const output = path.join(dir, 'EARLIER.PDF');
    await writeFile(output, '%PDF-1.4 an earlier export');
    const result = await api()('exportPdf', request('job-2', output, { pages: 'A1' }));
    expect(result).toMatchObject({ ok: true, value: { file: output, pages: ['A1'] } });
    const written = await readFile(output);
    expect(written.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(written.toString('latin1')).not.toContain('an earlier export');
  });

  it('is cancelled between pages, writing no file and no temp file, and runs one export at a time', async () => {
    const folder = path.join(dir, 'cancelled');
    await mkdir(folder);
    let cancelled: Promise<Result<unknown>> | undefined;
    const events: ApiEventMessage[] = [];
    const call = api(events, {}, (event) => {
      if (event.name === 'exportProgress' && event.payload.pagesWritten === 1 && !cancelled) cancelled = call('cancelExport', 'job-3');
    });
    const running = call('exportPdf', request('job-3', path.join(folder, 'issue.pdf')));
    const second = await call('exportPdf', request('job-4', path.join(folder, 'other.pdf')));
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!second.ok && second.error.message).toMatch(CHINESE);

    expect(await running).toEqual({ ok: false, error: { code: 'CANCELLED', message: '导出已取消。' } });
    expect(await cancelled).toEqual({ ok: true, value: null });
    const progress = progressOf(events);
    expect(progress.at(-1)?.pagesWritten).toBeLessThan(8);
    expect(await readdir(folder)).toEqual([]);
    // A finished or unknown job cancels nothing.
    expect(await call('cancelExport', 'job-3')).toEqual({ ok: true, value: null });
    expect(await call('cancelExport', 'never-started')).toEqual({ ok: true, value: null });
    // And the workstation exports again.
    expect(await call('exportPdf', request('job-5', path.join(folder, 'issue.pdf'), { pages: 'A2' }))).toMatchObject({ ok: true });
    expect(await readdir(folder)).toEqual(['issue.pdf']);
  });

  it('refuses an output path that breaks the rules, leaving the disk as it was', async () => {
    await writeFile(path.join(dir, 'notes.pdf'), 'not a PDF at all');
    await writeFile(path.join(dir, 'empty.pdf'), '');
    await writeFile(path.join(dir, 'plain.txt'), 'text');
    await mkdir(path.join(dir, 'folder.pdf'));
    await writeFile(path.join(dir, 'real.pdf'), '%PDF-1.4 a real one');
    await symlink(path.join(dir, 'real.pdf'), path.join(dir, 'link.pdf'));
    await symlink(path.join(ws, 'articles'), path.join(dir, 'into-articles'));
    const data = (folder: string) => [path.join(ws, folder, 'sub', 'issue.pdf'), `数据文件夹“${folder}”`] as const;
    // Each path with the reason it is refused for.
    const cases: (readonly [string, string])[] = [
      ['relative/issue.pdf', '完整路径'],
      [path.join(dir, 'issue.txt'), '.pdf 结尾'],
      [path.join(dir, 'issue.pdf.txt'), '.pdf 结尾'],
      [path.join(dir, '.pdf'), '.pdf 结尾'],
      [path.join(dir, 'notes.pdf'), '不是 PDF 文件'],
      [path.join(dir, 'empty.pdf'), '不是 PDF 文件'],
      [path.join(dir, 'folder.pdf'), '是一个文件夹'],
      [path.join(dir, 'link.pdf'), '不是普通文件'],
      [path.join(dir, 'plain.txt', 'issue.pdf'), '不是文件夹'],
      [path.join(dir, 'into-articles', 'issue.pdf'), '数据文件夹“articles”'],
      ...['articles', 'issues', 'assets', 'inbox', 'outbox', '.recovery', '.backups'].map(data),
      [path.join(ws, 'issues', ISSUE, 'issue.pdf'), '数据文件夹“issues”'],
    ];
    const before = await snapshot(dir);
    const call = api();
    for (const [output, reason] of cases) {
      const result = await call('exportPdf', request('job-refused', output));
      expect(result, output).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      expect(!result.ok && result.error.message, output).toContain(reason);
    }
    // Arguments the contract refuses.
    for (const bad of [
      request('bad id!', path.join(dir, 'x.pdf')),
      request('j'.repeat(65), path.join(dir, 'x.pdf')),
      request('job', path.join(dir, 'x.pdf'), { bleedMm: 11 }),
      request('job', path.join(dir, 'x\0.pdf')),
      request('job', ''),
    ]) {
      expect(await call('exportPdf', bad)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(await snapshot(dir)).toEqual(before);
    expect((await lstat(path.join(dir, 'link.pdf'))).isSymbolicLink()).toBe(true);
  });
});

describe('the export dialogs', () => {
  it('suggests a file in the workspace’s 导出 folder, and says which dialogs there are', async () => {
    expect(await api()('getExportDefaults', ISSUE)).toEqual({
      ok: true,
      value: { output: path.join(ws, '导出', '开发区建设-第14期-2025-05-09.pdf'), canPickFile: false, canReveal: false },
    });
    const withDialogs = api([], { pickSaveFile: async () => null, showInFolder: () => undefined });
    expect(await withDialogs('getExportDefaults', ISSUE)).toMatchObject({ ok: true, value: { canPickFile: true, canReveal: true } });
    expect(await api()('getExportDefaults', '2030-01-01-1')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens the save dialog only where one is injected', async () => {
    const refused = await api()('pickExportFile', '/tmp/a.pdf');
    expect(refused).toEqual({
      ok: false,
      error: { code: 'UNSUPPORTED', message: '浏览器中无法打开系统的保存对话框，请直接填写文件路径。' },
    });
    const pickSaveFile = vi.fn(async (suggested: string) => suggested.replace('a.pdf', 'b.pdf'));
    expect(await api([], { pickSaveFile })('pickExportFile', '/tmp/a.pdf')).toEqual({ ok: true, value: '/tmp/b.pdf' });
    expect(pickSaveFile).toHaveBeenCalledWith('/tmp/a.pdf');
  });

  it('shows only files this workstation exported', async () => {
    const showInFolder = vi.fn();
    const call = api([], { showInFolder });
    const cliFile = path.join(dir, 'cli-only.pdf');
    await writeFile(cliFile, '%PDF-1.4 written elsewhere');
    for (const file of [cliFile, path.join(ws, 'workspace.json'), '/etc/passwd', 'relative.pdf']) {
      const result = await call('revealFile', file);
      expect(result, file).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(showInFolder).not.toHaveBeenCalled();

    const output = path.join(dir, 'shown.pdf');
    expect(await call('exportPdf', request('job-6', output, { pages: 'A8' }))).toMatchObject({ ok: true });
    expect(await call('revealFile', output)).toEqual({ ok: true, value: null });
    expect(showInFolder).toHaveBeenCalledWith(output);
    // An exported file since moved away is not found.
    await rename(output, path.join(dir, 'moved.pdf'));
    expect(await call('revealFile', output)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(showInFolder).toHaveBeenCalledTimes(1);
    // Where no file manager is injected, nothing is shown.
    expect(await api()('revealFile', output)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});
