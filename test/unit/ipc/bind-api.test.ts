// Main's IPC table: every contract method is bound on its own channel and nothing else; each call
// is refused unless it comes from our window's main frame on an app:// page and its arguments pass.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channelOf } from '../../../shared/ipc/contract';
import { bindApi, isTrustedSender, type TrustedWindow } from '../../../electron/main/ipc';
import { stubHandlers, VALID_ARGS } from './stub-handlers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const bound = new Map<string, Listener>();
  return {
    bound,
    handle(channel: string, listener: Listener) {
      if (bound.has(channel)) throw new Error(`bound twice: ${channel}`);
      bound.set(channel, listener);
    },
    removeHandler(channel: string) {
      bound.delete(channel);
    },
  };
}

function frame(url: string, ids = { processId: 1, routingId: 1 }, parent: unknown = null) {
  return { url, parent, ...ids };
}

function windowWith(mainFrame: ReturnType<typeof frame>, destroyed = false): TrustedWindow {
  return { isDestroyed: () => destroyed, webContents: { mainFrame } } as unknown as TrustedWindow;
}

function eventFrom(senderFrame: unknown): IpcMainInvokeEvent {
  return { senderFrame, sender: {} } as unknown as IpcMainInvokeEvent;
}

describe('bindApi', () => {
  it('binds every contract method on channelOf(method), and nothing else', () => {
    const ipc = fakeIpcMain();
    bindApi(ipc, stubHandlers(), () => true);
    expect([...ipc.bound.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('passes validated arguments to the matching handler and returns a Result', async () => {
    const ipc = fakeIpcMain();
    const handlers = stubHandlers();
    bindApi(ipc, handlers, () => true);
    for (const [method, args] of Object.entries(VALID_ARGS)) {
      const result = await ipc.bound.get(channelOf(method as never))?.(eventFrom(null), ...(args ?? []));
      expect(result).toMatchObject({ ok: true });
      expect(handlers.calls.at(-1)).toEqual({ method, args });
    }
  });

  it('rejects bad arguments with INVALID_ARGUMENT without running the handler', async () => {
    const ipc = fakeIpcMain();
    const handlers = stubHandlers();
    bindApi(ipc, handlers, () => true);
    const bad: [string, unknown[]][] = [
      ['getArticle', ['../../etc/passwd']],
      ['getArticle', []],
      ['getArticle', ['sample-a1-lead', 'extra']],
      ['setArticleStatus', ['sample-a1-lead', 'published', '']],
      ['createIssue', [{ date: '2025-13-40' }]],
      ['createIssue', [JSON.parse('{"date":"2025-05-16","__proto__":{"polluted":true}}')]],
      ['saveArticle', [{ id: 'sample-a1-lead', baseRev: 0, content: [], note: '' }]],
      ['saveSettings', [{ role: 'admin', userName: 'x', autosaveIntervalMs: 2000 }]],
    ];
    for (const [method, args] of bad) {
      const result = await ipc.bound.get(channelOf(method as never))?.(eventFrom(null), ...args);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(handlers.calls).toEqual([]);
  });

  it('refuses an untrusted sender before looking at the arguments', async () => {
    const ipc = fakeIpcMain();
    const handlers = stubHandlers();
    bindApi(ipc, handlers, () => false);
    const result = await ipc.bound.get(channelOf('listArticles'))?.(eventFrom(null));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('不受信任') } });
    expect(handlers.calls).toEqual([]);
  });

  it('unbinds every channel', () => {
    const ipc = fakeIpcMain();
    const unbind = bindApi(ipc, stubHandlers(), () => true);
    unbind();
    expect(ipc.bound.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  const main = frame('app://kfq/index.html');

  it('trusts only the main frame of our window on an app://kfq page', () => {
    expect(isTrustedSender(eventFrom(main), windowWith(main))).toBe(true);
    expect(isTrustedSender(eventFrom(frame('app://kfq/index.html')), windowWith(main))).toBe(true);
  });

  it('refuses other frames, other origins, missing frames and closed windows', () => {
    expect(isTrustedSender(eventFrom(frame('app://kfq/index.html', { processId: 1, routingId: 2 }, main)), windowWith(main))).toBe(false);
    expect(isTrustedSender(eventFrom(frame('https://example.com/')), windowWith(frame('https://example.com/')))).toBe(false);
    expect(isTrustedSender(eventFrom(frame('file:///etc/index.html')), windowWith(frame('file:///etc/index.html')))).toBe(false);
    expect(isTrustedSender(eventFrom(frame('app://evil/index.html')), windowWith(frame('app://evil/index.html')))).toBe(false);
    expect(isTrustedSender(eventFrom(null), windowWith(main))).toBe(false);
    expect(isTrustedSender(eventFrom(main), windowWith(main, true))).toBe(false);
    expect(isTrustedSender(eventFrom(main), undefined)).toBe(false);
  });
});
