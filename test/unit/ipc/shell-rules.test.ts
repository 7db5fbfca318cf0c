// The browser shell's rules, each stated on its own: what an API request must look like, what a
// refused request is answered with, how HEAD differs from GET, how the token is read from a request
// target, and why a connection is closed (code and reason). The HTTP tests start a shell of their
// own, so what the server sets up when it starts is under test too.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DomainError } from '../../../shared/model/errors';
import { answerApiMessage, MESSAGE_BURST, parseApiRequest } from '../../../electron/shell/api-socket';
import { MAX_API_CONNECTIONS, splitTarget, startShellServer, type RunningShell } from '../../../electron/shell/shell-server';
import { stubHandlers } from './stub-handlers';

const REFUSED = '接口请求的格式不正确，已拒绝。';
const handlers = stubHandlers();
let root: string;
let shell: RunningShell;
let origin: string;

beforeEach(async () => {
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

afterEach(async () => {
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
      { id: { length: 1 }, method: 'm', args: [] },
      { id: [1], method: 'm', args: [] },
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
      // Refused as a whole, before its fields are looked at.
      expect(error.detail, message).toBeUndefined();
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
    expect(read('/?token=abc')).toEqual({ pathname: '/', query: 'token=abc' });
    expect(read('/a/b?x=1&token=t')).toEqual({ pathname: '/a/b', query: 'x=1&token=t' });
  });
});

/** A shell of the test's own, closed when `use` is done. */
async function ownShell(
  use: (shell: RunningShell, origin: string) => Promise<void>,
  renderer = path.join(root, 'renderer'),
): Promise<void> {
  const own = await startShellServer({ roots: { renderer, fonts: path.join(root, 'fonts') }, port: 0, handlersFor: () => handlers });
  try {
    await use(own, new URL(own.url).origin);
  } finally {
    await own.close();
  }
}

/** Writes `bytes` on a raw connection and collects the answer until the server closes. */
function rawExchange(origin: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const timer = setTimeout(done, 3_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => socket.write(bytes));
  });
}

describe('the shell’s HTTP answers', () => {
  it('name the server on 127.0.0.1 with this run’s token in the address', async () => {
    await ownShell(async (own, ownOrigin) => {
      expect(own.url).toBe(`http://127.0.0.1:${new URL(own.url).port}/?token=${own.token}`);
      expect(own.token).toMatch(/^[\w-]{32}$/);
      expect((await fetch(own.url)).status).toBe(200);
      expect(ownOrigin).toBe(`http://127.0.0.1:${new URL(own.url).port}`);
    });
  });

  it('refuse any method but GET and HEAD with 403 in plain Chinese text, with the hardening headers', async () => {
    await ownShell(async (_own, ownOrigin) => {
      for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
        const response = await fetch(`${ownOrigin}/`, { method });
        expect(response.status, method).toBe(403);
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        expect(response.headers.get('connection')).toBe('close');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-security-policy')).toContain(`ws://127.0.0.1:${new URL(ownOrigin).port}`);
        expect(await response.text()).toBe('拒绝访问');
      }
    });
  });

  it('answer HEAD like GET, without the body', async () => {
    await ownShell(async (_own, ownOrigin) => {
      const get = await fetch(`${ownOrigin}/`);
      const head = await fetch(`${ownOrigin}/`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(await get.text()).toContain('界面');
      expect(await head.text()).toBe('');
    });
  });

  it('answer a target that is not a path with 400 请求地址无效, and a failure inside with 500 服务内部错误', async () => {
    await ownShell(async (_own, ownOrigin) => {
      const answer = await rawExchange(ownOrigin, `GET //x HTTP/1.1\r\nHost: ${new URL(ownOrigin).host}\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(answer).toContain('\r\n请求地址无效\r\n');
    });
    const broken = {
      get renderer(): string {
        throw new Error('broken roots');
      },
      fonts: root,
    };
    const own = await startShellServer({ roots: broken, port: 0, handlersFor: () => handlers });
    try {
      const response = await fetch(`${new URL(own.url).origin}/`);
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('服务内部错误');
    } finally {
      await own.close();
    }
  });

  it('drop a connection whose answer is under way when a pipelined request after it cannot be parsed, never writing a 400 into it', async () => {
    await ownShell(async (_own, ownOrigin) => {
      const host = new URL(ownOrigin).host;
      const answer = await rawExchange(ownOrigin, `GET / HTTP/1.1\r\nHost: ${host}\r\n\r\nGARBAGE\r\n\r\n`);
      expect(answer).not.toContain('400 Bad Request');
      // The connection is gone, the server is not: it still answers.
      expect((await fetch(`${ownOrigin}/`)).status).toBe(200);
    });
  });
});

/** One client frame (RFC 6455 §5.2), masked unless told otherwise; payloads under 126 bytes. */
function clientFrame(opcode: number, payload: string, masked = true): Buffer {
  const body = Buffer.from(payload);
  const key = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  if (masked) for (let i = 0; i < body.length; i += 1) body[i] = body[i]! ^ key[i % 4]!;
  return Buffer.concat([Buffer.from([0x80 | opcode, (masked ? 0x80 : 0) | body.length]), masked ? key : Buffer.alloc(0), body]);
}

/**
 * Upgrades a raw connection, writes `bytes`, and never answers the server's close frame: resolves
 * with the milliseconds from that close frame to the server dropping the connection.
 */
function dropDelay(bytes: Buffer): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let upgraded = false;
    let closeFrameAt = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server kept the connection for 10 s'));
    }, 10_000);
    socket.on('connect', () =>
      socket.write(
        `GET /api?token=${shell.token} HTTP/1.1\r\nHost: ${new URL(origin).host}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      if (!upgraded) {
        upgraded = chunk.toString('latin1').startsWith('HTTP/1.1 101');
        if (!upgraded) reject(new Error('handshake refused'));
        else socket.write(bytes);
        return;
      }
      if (closeFrameAt === 0 && ((chunk[0] ?? 0) & 0x0f) === 8) closeFrameAt = performance.now();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(closeFrameAt === 0 ? -1 : performance.now() - closeFrameAt);
    });
  });
}

/** Writes a handshake on a raw connection; resolves with what the server answers before closing. */
function rawHandshake(bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => socket.write(bytes));
  });
}

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

  it('is dropped about a second after a close for a fault when the peer never answers it', async () => {
    // A binary message (refused by the shell) and an unmasked frame (refused by ws, a protocol
    // error): either way the socket is gone within the grace, not after ws's own 30 s.
    for (const bytes of [clientFrame(2, '{}'), clientFrame(1, '{}', false)]) {
      const delay = await dropDelay(bytes);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(3_000);
    }
  });

  it(`holds ${MAX_API_CONNECTIONS} connections at most, freeing each slot once: when a page closes, and when a handshake fails`, async () => {
    const connect = () =>
      new Promise<WebSocket | number>((resolve) => {
        const ws = new WebSocket(`${origin.replace('http', 'ws')}/api?token=${shell.token}`, { origin });
        ws.on('open', () => resolve(ws));
        ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        ws.on('error', () => resolve(0));
      });
    const openAll = async () => {
      const sockets: WebSocket[] = [];
      for (let i = 0; i < MAX_API_CONNECTIONS; i += 1) {
        const ws = await connect();
        if (typeof ws === 'number') throw new Error(`connection ${i + 1} refused: ${ws}`);
        sockets.push(ws);
      }
      return sockets;
    };
    const closeAll = (sockets: WebSocket[]) =>
      Promise.all(sockets.map((ws) => new Promise((resolve) => (ws.on('close', resolve), ws.close()))));
    // Handshakes that fail inside ws (no Sec-WebSocket-Key) must give their slot back.
    const { host } = new URL(origin);
    for (let i = 0; i < MAX_API_CONNECTIONS; i += 1) {
      const answer = await rawHandshake(
        `GET /api?token=${shell.token} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
    }
    await closeAll(await openAll());
    // Closed pages gave their slots back once each: exactly the limit again, and no more.
    const sockets = await openAll();
    expect(await connect()).toBe(503);
    await closeAll(sockets);
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
