// The browser shell's API client (renderer/src/api/socket-api.ts) against the real shell server and
// the real services over a temporary workspace: calls come back as Results matched to their call,
// events reach subscribers, and a dropped connection answers pending and later calls in Chinese.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import type { WorkspaceStore } from '../../../electron/services/workspace-store';
import { startShellServer, type RunningShell } from '../../../electron/shell/shell-server';
import { createSocketApi, shellSocketUrl } from '../../../renderer/src/api/socket-api';
import { CHINESE, DRAFT_ID, PLACED_ID, removeDir } from '../services/store-fixtures';
import { realWorkspace } from './real-api';

let store: WorkspaceStore;
let dir: string;
let shell: RunningShell;
let origin: string;
/** Holds getProfile's answer back until released, so a call can be in flight when the link drops. */
let releaseProfile: (() => void) | undefined;

/**
 * Node's WebSocket as a page's: the browser sends the page's own origin with the handshake, and a
 * failed connection fires an error event that nobody has to catch (ws would throw it), then close.
 */
class PageWebSocket extends WebSocket {
  constructor(url: string) {
    super(url, { origin });
    this.on('error', () => undefined);
  }
}

async function startShell(): Promise<RunningShell> {
  const running = await startShellServer({
    roots: { renderer: dir, fonts: dir },
    port: 0,
    handlersFor: (notify) => {
      const handlers = createApiHandlers(store, notify);
      return {
        ...handlers,
        getProfile: async () => {
          await new Promise<void>((resolve) => (releaseProfile = resolve));
          return handlers.getProfile();
        },
      };
    },
  });
  origin = new URL(running.url).origin;
  return running;
}

function clientFor(running: RunningShell) {
  const url = new URL(running.url);
  return createSocketApi(shellSocketUrl({ protocol: url.protocol, host: url.host }, running.token));
}

beforeAll(async () => {
  ({ store, dir } = await realWorkspace());
  vi.stubGlobal('WebSocket', PageWebSocket);
});

// A shell per test: what the server does when it starts then belongs to a test (mutation testing
// cannot judge code that only runs in a file's set-up).
beforeEach(async () => {
  shell = await startShell();
});

afterEach(async () => {
  releaseProfile?.();
  releaseProfile = undefined;
  await shell.close();
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await store.close();
  await removeDir(dir);
});

describe('socket API client', () => {
  it('returns each call its own Result, however many are in flight', async () => {
    const api = clientFor(shell);
    const [placed, draft, issues, articles] = await Promise.all([
      api.getArticle(PLACED_ID),
      api.getArticle(DRAFT_ID),
      api.listIssues(),
      api.listArticles(),
    ]);
    expect(placed).toMatchObject({ ok: true, value: { id: PLACED_ID, status: 'placed' } });
    expect(draft).toMatchObject({ ok: true, value: { id: DRAFT_ID, status: 'draft' } });
    expect(issues).toMatchObject({ ok: true, value: [{ id: '2025-05-09-14' }] });
    expect(articles.ok && articles.value.map((entry) => entry.id).sort()).toEqual([DRAFT_ID, PLACED_ID].sort());
  });

  it('carries refusals back as Results with the services’ Chinese message', async () => {
    const api = clientFor(shell);
    const missing = await api.getArticle('a-20250101-nothere');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(CHINESE);
    const invalid = await (api.getArticle as (...args: unknown[]) => Promise<unknown>)(42);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('delivers pushed events to subscribers until they unsubscribe', async () => {
    const api = clientFor(shell);
    const seen: unknown[] = [];
    const stop = api.onEvent('workspaceChanged', (payload) => seen.push(payload));
    const settings = await api.getSettings();
    if (!settings.ok) throw new Error('no settings');
    await api.saveSettings({ ...settings.value, userName: '王编辑' });
    await vi.waitFor(() => expect(seen).toContainEqual({ what: 'settings' }));
    stop();
    const count = seen.length;
    await api.saveSettings({ ...settings.value, userName: '李编辑' });
    // A later call's answer comes after the event its change pushed: nothing arrived for a stopped subscriber.
    await api.getSettings();
    expect(seen).toHaveLength(count);
  });

  it('answers a call in flight and every later call with a Chinese error once the connection drops', async () => {
    const own = await startShell();
    const api = clientFor(own);
    expect((await api.listIssues()).ok).toBe(true);
    const inFlight = api.getProfile();
    await vi.waitFor(() => expect(releaseProfile).toBeDefined());
    await own.close();
    const dropped = await inFlight;
    expect(dropped).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!dropped.ok) expect(dropped.error.message).toMatch(CHINESE);
    const later = await api.listArticles();
    expect(later).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('socket API client against a shell that restarts', () => {
  /** A stand-in shell answering every call with its method's name, and noise the client must ignore. */
  async function echoShell() {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    let connections = 0;
    server.on('connection', (socket) => {
      connections += 1;
      socket.on('message', (data) => {
        const { id, method } = JSON.parse(String(data)) as { id: number; method: string };
        socket.send('not json');
        socket.send(JSON.stringify({ id: id + 1000, result: { ok: true, value: 'not yours' } }));
        socket.send(JSON.stringify({ id, result: { ok: true, value: method } }));
      });
    });
    const { port } = server.address() as { port: number };
    return { server, url: `ws://127.0.0.1:${port}/api?token=t`, connections: () => connections };
  }

  it('connects again on the next call after the connection dropped, and ignores what answers no call', async () => {
    const shell = await echoShell();
    const api = createSocketApi(shell.url);
    expect(await api.listIssues()).toEqual({ ok: true, value: 'listIssues' });
    for (const client of shell.server.clients) client.terminate();
    await vi.waitFor(() => expect(shell.server.clients.size).toBe(0));
    expect(await api.listArticles()).toEqual({ ok: true, value: 'listArticles' });
    expect(shell.connections()).toBe(2);
    for (const client of shell.server.clients) client.terminate();
    await new Promise<void>((resolve) => shell.server.close(() => resolve()));
  });
});
