// The desk's inbox watcher as the shells run it: on for 编辑, off for 记者, following the setting;
// each package becomes an inboxArrived event (and a library change), and the typed API files drafts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FiledDraft, FilingInfo } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { createApiHandlers, type ApiEventMessage } from '../../../electron/services/api-handlers';
import { createDeskInbox, notifyFollowingRole, type DeskInbox } from '../../../electron/services/filing/desk-inbox';
import { fileDraft } from '../../../electron/services/filing/outbox';
import { deliver, makeWorld, writeDraft, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
let inbox: DeskInbox;
let events: ApiEventMessage[];

beforeEach(async () => {
  world = await makeWorld();
  events = [];
  inbox = createDeskInbox(world.desk, (event) => events.push(event), { stabilityMs: 100, log: () => undefined });
});
afterEach(async () => {
  await inbox.close();
  await world.close();
});

function arrivals() {
  return events.flatMap((event) => (event.name === 'inboxArrived' ? [event.payload] : []));
}

async function packageFor(headline: string) {
  const id = await writeDraft(world.reporter, headline, ['正文第一段。']);
  const filed = await fileDraft(world.reporter, id);
  return { name: filed.fileName, bytes: await readFile(filed.path) };
}

describe('the desk inbox watcher', () => {
  it('imports packages already waiting and those that arrive, and announces each', async () => {
    const waiting = await packageFor('开发区新闻一');
    await deliver(world.deskDir, waiting.name, waiting.bytes);
    await inbox.sync();
    expect(inbox.isWatching()).toBe(true);
    await expect.poll(() => arrivals().length, { timeout: 10_000 }).toBe(1);
    expect(arrivals()[0]).toMatchObject({
      status: 'new',
      revision: 1,
      headline: '开发区新闻一',
      message: '收到来稿：《开发区新闻一》（第1版）',
      file: waiting.name,
    });

    const arriving = await packageFor('开发区新闻二');
    await deliver(world.deskDir, arriving.name, arriving.bytes);
    await deliver(world.deskDir, 'broken.kfqpkg', new Uint8Array([1, 2, 3]));
    await expect.poll(() => arrivals().length, { timeout: 10_000 }).toBe(3);
    const byFile = new Map(arrivals().map((arrival) => [arrival.file, arrival]));
    expect(byFile.get(arriving.name)).toMatchObject({ status: 'new', headline: '开发区新闻二' });
    expect(byFile.get('broken.kfqpkg')).toMatchObject({ status: 'rejected', articleId: null });
    expect(byFile.get('broken.kfqpkg')?.message).toContain('来稿被拒收');
    expect(events.filter((event) => event.name === 'workspaceChanged')).toHaveLength(2);
    const received = await world.desk.getArticle(byFile.get(arriving.name)!.articleId!);
    expect(received.status).toBe('filed');
  });

  it('stops for 记者 and starts again for 编辑, following the setting', async () => {
    const handlers = createApiHandlers(
      world.desk,
      notifyFollowingRole(
        (event) => events.push(event),
        () => inbox,
      ),
      { inbox: () => inbox },
    );
    await inbox.sync();
    const settings = await world.desk.getSettings();
    await dispatchCall(handlers, 'saveSettings', [{ ...settings, role: 'reporter' }]);
    await inbox.sync();
    expect(inbox.isWatching()).toBe(false);
    const info = (await dispatchCall(handlers, 'getFilingInfo', [])) as { ok: true; value: FilingInfo };
    expect(info.value).toEqual({
      inboxDir: path.join(world.deskDir, 'inbox'),
      outboxDir: path.join(world.deskDir, 'outbox'),
      watching: false,
      recent: [],
    });

    const pkg = await packageFor('记者模式下不收稿');
    await deliver(world.deskDir, pkg.name, pkg.bytes);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(arrivals()).toEqual([]);

    await dispatchCall(handlers, 'saveSettings', [{ ...settings, role: 'editor' }]);
    await inbox.sync();
    expect(inbox.isWatching()).toBe(true);
    await expect.poll(() => arrivals().length, { timeout: 10_000 }).toBe(1);
    // A window opened later still learns of it.
    const later = (await dispatchCall(handlers, 'getFilingInfo', [])) as { ok: true; value: FilingInfo };
    expect(later.value.recent).toEqual(arrivals());
    expect(later.value.watching).toBe(true);
  });
});

describe('the fileDraft API method', () => {
  it('files a draft through the contract and tells where the package went', async () => {
    const id = await writeDraft(world.reporter, '记者提交的稿件', ['正文。']);
    const reporterEvents: ApiEventMessage[] = [];
    const handlers = createApiHandlers(world.reporter, (event) => reporterEvents.push(event));
    const result = (await dispatchCall(handlers, 'fileDraft', [id])) as { ok: true; value: FiledDraft };
    expect(result.ok).toBe(true);
    expect(path.dirname(result.value.path)).toBe(path.join(world.reporterDir, 'outbox'));
    expect(result.value.article.status).toBe('filed');
    expect(reporterEvents).toEqual([{ name: 'workspaceChanged', payload: { what: 'articles' } }]);
    const refused = await dispatchCall(handlers, 'fileDraft', ['../../etc/passwd']);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});
