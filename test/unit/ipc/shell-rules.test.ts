// The browser shell's rules, each stated on its own: what an API request must look like, what a
// refused request is answered with, how HEAD differs from GET, how the token is read from a request
// target, and why a connection is closed (code and reason).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DomainError } from '../../../shared/model/errors';
import { answerApiMessage, MESSAGE_BURST, parseApiRequest } from '../../../electron/shell/api-socket';
import { splitTarget, startShellServer, type RunningShell } from '../../../electron/shell/shell-server';
import { stubHandlers } from './stub-handlers';

const REFUSED = '接口请求的格式不正确，已拒绝。';
const handlers = stubHandlers();
let root: string;
let shell: RunningShell;
let origin: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-shell-rules-'));
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>界面</title>');
  shell = await startShellServer({
    roots: { renderer: path.join(root, 'renderer'), fonts: path.join(root, 'fonts') },
    port: 0,
    handlersFor: () => handlers,
  });
  origin = new URL(shell.url).origin;
});

afterAll(async () => {
  await shell.close();
  await rm(root, { recursive: true, force: true });
});

function refusal(text: string): DomainError {
  try {
    parseApiRequest(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

describe('an API request', () => {
  it('is an object with an id (a safe integer or a string of at most 64 characters) and an args array', () => {
    for (const id of [0, 7, -3, Number.MAX_SAFE_INTEGER, '', 'a'.repeat(64)]) {
      expect(parseApiRequest(JSON.stringify({ id, method: 'listArticles', args: [] }))).toEqual({ id, method: 'listArticles', args: [] });
    }
  });

  it('is refused, in Chinese, for any other id, for args that are not an array, and for a message that is not an object', () => {
    const requests = [
      { id: 1.5, method: 'm', args: [] },
      { id: Number.MAX_SAFE_INTEGER + 2, method: 'm', args: [] },
      { id: 'a'.repeat(65), method: 'm', args: [] },
      { id: true, method: 'm', args: [] },
      { id: null, method: 'm', args: [] },
      { method: 'm', args: [] },
      { id: 1, method: 'm' },
      { id: 1, method: 'm', args: { 0: 'x' } },
    ];
    for (const request of requests) {
      const error = refusal(JSON.stringify(request));
      expect(error.code, JSON.stringify(request)).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe(REFUSED);
      expect(error.detail).toBe('expected {id, method, args[]}');
    }
    for (const message of ['[]', '[1, "m", []]', 'null', '42', '"text"', 'true']) {
      const error = refusal(message);
      expect(error.code, message).toBe('INVALID_ARGUMENT');
      expect(error.message, message).toBe(REFUSED);
    }
    // Not JSON at all: the message names what could not be read.
    expect(refusal('{"id": 1,').message).toContain('接口请求');
  });

  it('that is refused is answered with its id when the id can be read, so the page is not left waiting', async () => {
    expect(await answerApiMessage(handlers, JSON.stringify({ id: 5, method: 'm', args: 'x' }))).toEqual({
      id: 5,
      result: { ok: false, error: { code: 'INVALID_ARGUMENT', message: REFUSED, detail: 'expected {id, method, args[]}' } },
    });
    expect((await answerApiMessage(handlers, JSON.stringify({ id: 'a'.repeat(65), args: [] }))).id).toBeNull();
    expect((await answerApiMessage(handlers, '{"id": 3,')).id).toBeNull();
  });
});

describe('request targets', () => {
  it('carry the query up to a fragment, and none after it', () => {
    const read = (target: string) => {
      const split = splitTarget(target)!;
      return { pathname: split.pathname, query: split.query.toString() };
    };
    expect(read('/api?token=abc#frag')).toEqual({ pathname: '/api', query: 'token=abc' });
    expect(read('/api#frag?token=abc')).toEqual({ pathname: '/api', query: '' });
    expect(read('/api')).toEqual({ pathname: '/api', query: '' });
    expect(read('/api?')).toEqual({ pathname: '/api', query: '' });
    expect(read('/a/b?x=1&token=t')).toEqual({ pathname: '/a/b', query: 'x=1&token=t' });
  });
});

describe('the shell’s HTTP answers', () => {
  it('name the server on 127.0.0.1 with this run’s token in the address', () => {
    expect(shell.url).toBe(`http://127.0.0.1:${new URL(shell.url).port}/?token=${shell.token}`);
    expect(shell.token).toMatch(/^[\w-]{32}$/);
  });

  it('refuse any method but GET and HEAD with 403 in plain Chinese text, with the hardening headers', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await fetch(`${origin}/`, { method });
      expect(response.status, method).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain(`ws://127.0.0.1:${new URL(origin).port}`);
      expect(await response.text()).toBe('拒绝访问');
    }
  });

  it('answer HEAD like GET, without the body', async () => {
    const get = await fetch(`${origin}/`);
    const head = await fetch(`${origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await get.text()).toContain('界面');
    expect(await head.text()).toBe('');
  });
});

describe('an API connection', () => {
  function open(): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${origin.replace('http', 'ws')}/api?token=${shell.token}`, { origin });
      ws.on('open', () => resolve(ws));
      ws.on('error', reject);
    });
  }
  function closing(ws: WebSocket): Promise<{ code: number; reason: string }> {
    return new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  it('is closed with 1003 “text only” for a binary message', async () => {
    const ws = await open();
    const closed = closing(ws);
    ws.send(Buffer.from('{"id":1,"method":"listArticles","args":[]}'), { binary: true });
    expect(await closed).toEqual({ code: 1003, reason: 'text only' });
  });

  it('is closed with 1008 “too many messages” for a flood of messages, and for a flood of pings', async () => {
    const flooded = await open();
    const closedByMessages = closing(flooded);
    for (let id = 1; id <= MESSAGE_BURST * 2; id += 1) flooded.send(JSON.stringify({ id, method: 'listArticles', args: [] }));
    expect(await closedByMessages, 'messages').toEqual({ code: 1008, reason: 'too many messages' });

    const pinged = await open();
    const closedByPings = closing(pinged);
    // In batches, as a page's timer would send them: a single burst of hundreds of pings makes ws
    // drop the peer itself before the rate is reached.
    for (let ping = 0; ping < MESSAGE_BURST * 2 && pinged.readyState === pinged.OPEN; ping += 1) {
      pinged.ping();
      if (ping % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await closedByPings, 'pings').toEqual({ code: 1008, reason: 'too many messages' });
  });

  it('answers pings within the allowance and stays open', async () => {
    const ws = await open();
    let pongs = 0;
    const answered = new Promise<void>((resolve) =>
      ws.on('pong', () => {
        pongs += 1;
        if (pongs === 50) resolve();
      }),
    );
    for (let ping = 0; ping < 50; ping += 1) ws.ping();
    await answered;
    expect(ws.readyState).toBe(ws.OPEN);
    const closed = closing(ws);
    ws.close();
    expect((await closed).code).toBe(1005);
  });
});
