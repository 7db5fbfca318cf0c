// The browser shell's transport: static files with the CSP and no traversal, and the typed API over
// a WebSocket that demands this run's token and our own origin, validating every call.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ApiNotify } from '../../../electron/services/api-handlers';
import { startShellServer, type RunningShell } from '../../../electron/shell/shell-server';
import { stubHandlers } from './stub-handlers';

let root: string;
let shell: RunningShell;
let origin: string;
let notify: ApiNotify | undefined;
const handlers = stubHandlers();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-shell-'));
  await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>界面</title>');
  await writeFile(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
  shell = await startShellServer({
    roots: { renderer: path.join(root, 'renderer'), fonts: path.join(root, 'fonts') },
    port: 0,
    handlersFor: (push) => {
      notify = push;
      return handlers;
    },
  });
  origin = new URL(shell.url).origin;
});

afterEach(async () => {
  await shell.close();
  await rm(root, { recursive: true, force: true });
});

function socketUrl(token: string | null): string {
  return `${origin.replace('http', 'ws')}/api${token === null ? '' : `?token=${token}`}`;
}

/** Resolves with the open socket, or with the HTTP status that refused the handshake. */
function connect(url: string, socketOrigin = origin): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin: socketOrigin });
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

async function open(): Promise<WebSocket> {
  const ws = await connect(socketUrl(shell.token));
  if (typeof ws === 'number') throw new Error(`refused: ${ws}`);
  return ws;
}

describe('browser shell HTTP', () => {
  it('prints a URL on 127.0.0.1 carrying the token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('serves the renderer with the CSP, allowing only its own WebSocket', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('界面');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(origin).port}`);
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
  });

  it('refuses paths that leave the renderer folder, and foreign Host headers', async () => {
    for (const sneaky of [
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/fonts/../secret.txt',
      '/fonts/noto-sans-sc/400Regular/..%2f..%2f..%2fsecret.txt',
    ]) {
      const response = await fetch(`${origin}${sneaky}`);
      expect(response.status, sneaky).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    const rebound = await new Promise<number>((resolve) => {
      void import('node:http').then(({ get }) => {
        get(`${origin}/`, { headers: { host: 'evil.example:80' } }, (response) => resolve(response.statusCode ?? 0));
      });
    });
    expect(rebound).toBe(403);
  });
});

describe('browser shell API socket', () => {
  it('refuses a handshake without the token, with a wrong token or from another origin', async () => {
    expect(await connect(socketUrl(null))).toBe(401);
    expect(await connect(socketUrl('wrong-token'))).toBe(401);
    expect(await connect(socketUrl(shell.token), 'http://evil.example')).toBe(403);
  });

  it('compares the token by its content: a wrong token of the right length is refused', async () => {
    const token = shell.token;
    const other = (char: string) => (char === 'A' ? 'B' : 'A');
    const wrong = [
      `${other(token[0]!)}${token.slice(1)}`,
      `${token.slice(0, -1)}${other(token.at(-1)!)}`,
      'A'.repeat(token.length),
      // Same number of characters, more bytes: neither may pass for the token.
      'é'.repeat(token.length),
    ];
    for (const guess of wrong) {
      expect(guess.length).toBe(token.length);
      expect(await connect(socketUrl(encodeURIComponent(guess))), guess).toBe(401);
    }
    for (const guess of [token.slice(0, -1), `${token}A`, '']) expect(await connect(socketUrl(guess)), guess).toBe(401);
    const ws = await open();
    ws.close();
  });

  it('answers {id, method, args} with {id, result} through the contract', async () => {
    const ws = await open();
    ws.send(JSON.stringify({ id: 1, method: 'listArticles', args: [] }));
    expect(await nextMessage(ws)).toEqual({ id: 1, result: { ok: true, value: [] } });
    ws.send(JSON.stringify({ id: 2, method: 'getArticle', args: ['../../etc/passwd'] }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, result: { ok: false, error: { code: 'INVALID_ARGUMENT' } } });
    ws.send(JSON.stringify({ id: 3, method: 'deleteEverything', args: [] }));
    expect(await nextMessage(ws)).toMatchObject({ id: 3, result: { ok: false, error: { code: 'INVALID_ARGUMENT' } } });
    ws.send('{"id": 4, "method": "createIssue", "args": [{"__proto__": {"x": 1}}]}');
    expect(await nextMessage(ws)).toMatchObject({ id: 4, result: { ok: false, error: { code: 'FILE_UNSAFE_KEYS' } } });
    ws.send('not json');
    expect(await nextMessage(ws)).toMatchObject({ id: null, result: { ok: false } });
    expect(handlers.calls.map((call) => call.method)).toEqual(['listArticles']);
    ws.close();
  });

  it('pushes service events to connected pages', async () => {
    const ws = await open();
    const message = nextMessage(ws);
    notify?.({ name: 'workspaceChanged', payload: { what: 'issues' } });
    expect(await message).toEqual({ event: 'workspaceChanged', payload: { what: 'issues' } });
    ws.close();
  });
});
