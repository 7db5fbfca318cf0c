// The browser shell must survive whatever reaches its port. Each reported fault is replayed on raw
// TCP (HTTP) or as hand-written WebSocket frames after a valid handshake; afterwards the server must
// still serve a page and answer an API call. Seeded fuzzing then sends hundreds more of both.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { MessageRate, MESSAGE_BURST } from '../../../electron/shell/api-socket';
import {
  MAX_API_CONNECTIONS,
  MAX_MESSAGE_BYTES,
  splitTarget,
  startShellServer,
  type RunningShell,
} from '../../../electron/shell/shell-server';
import { stubHandlers } from './stub-handlers';

const HOST = '127.0.0.1';
let root: string;
let shell: RunningShell;
let origin: string;
let port: number;
const handlers = stubHandlers();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-shell-hard-'));
  await mkdir(path.join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>界面</title>');
  await writeFile(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  shell = await startShellServer({
    roots: { renderer: path.join(root, 'renderer'), fonts: path.join(root, 'fonts') },
    port: 0,
    handlersFor: () => handlers,
  });
  origin = new URL(shell.url).origin;
  port = Number(new URL(shell.url).port);
});

afterEach(async () => {
  await shell.close();
  await rm(root, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Raw HTTP

/**
 * Writes `bytes`, half-closes a moment later (at once the server would drop the request unanswered)
 * and collects the answer until the server closes (or `waitMs`).
 */
function rawExchange(bytes: Buffer | string, waitMs = 3_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, HOST);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => {
      socket.write(bytes);
      setTimeout(() => socket.end(), 30);
    });
  });
}

function statusOf(answer: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
  return match ? Number(match[1]) : undefined;
}

function request(target: string, extra = ''): string {
  return `GET ${target} HTTP/1.1\r\nHost: ${HOST}:${port}\r\n${extra}Connection: close\r\n\r\n`;
}

// ---------------------------------------------------------------------------------------------
// WebSocket

/** Resolves with the open socket, or with the HTTP status that refused the handshake. */
function connect(): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://${HOST}:${port}/api?token=${shell.token}`, { origin });
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });
}

async function open(): Promise<WebSocket> {
  // A socket closed a moment ago may still hold its slot until the server sees the close.
  for (let attempt = 0; ; attempt += 1) {
    const ws = await connect();
    if (typeof ws !== 'number') return ws;
    if (ws !== 503 || attempt > 50) throw new Error(`refused: ${ws}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) resolve(1006);
    ws.on('close', (code) => resolve(code));
  });
}

async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map((ws) => {
      const done = closed(ws);
      ws.close();
      return done;
    }),
  );
}

/** The server still serves the page and answers a valid API call. */
async function expectServing(): Promise<void> {
  const page = await fetch(`${origin}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('界面');
  const ws = await open();
  const reply = new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
  ws.send(JSON.stringify({ id: 1, method: 'listArticles', args: [] }));
  expect(await reply).toEqual({ id: 1, result: { ok: true, value: [] } });
  await closeAll([ws]);
}

interface Frame {
  fin?: boolean;
  rsv?: number;
  opcode: number;
  payload?: Uint8Array;
  masked?: boolean;
  /** The length to declare when it should differ from the payload's. */
  declared?: number | bigint;
  maskKey?: Uint8Array;
}

/** One frame as a client writes it (RFC 6455 §5.2). */
function frame({ fin = true, rsv = 0, opcode, payload = new Uint8Array(), masked = true, declared, maskKey }: Frame): Buffer {
  const length = BigInt(declared ?? payload.length);
  const head = [(fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)];
  const maskBit = masked ? 0x80 : 0;
  let extended = Buffer.alloc(0);
  if (length < 126n) head.push(maskBit | Number(length));
  else if (length < 65_536n) {
    head.push(maskBit | 126);
    extended = Buffer.alloc(2);
    extended.writeUInt16BE(Number(length));
  } else {
    head.push(maskBit | 127);
    extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(length);
  }
  const key = Buffer.from(maskKey ?? [0x12, 0x34, 0x56, 0x78]);
  const body = Buffer.from(payload);
  if (masked) for (let i = 0; i < body.length; i += 1) body[i] = (body[i] ?? 0) ^ (key[i % 4] ?? 0);
  return Buffer.concat([Buffer.from(head), extended, masked ? key : Buffer.alloc(0), body]);
}

const text = (value: string) => new TextEncoder().encode(value);

/** The code of the first close frame among the server's (unmasked) frames, once it has arrived. */
function closeCodeIn(buffer: Buffer): number | undefined {
  let at = 0;
  while (at + 2 <= buffer.length) {
    const opcode = (buffer[at] ?? 0) & 0x0f;
    let length = (buffer[at + 1] ?? 0) & 0x7f;
    let start = at + 2;
    if (length === 126) {
      if (start + 2 > buffer.length) return undefined;
      length = buffer.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (start + 8 > buffer.length) return undefined;
      length = Number(buffer.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > buffer.length) return undefined;
    if (opcode === 8) return length >= 2 ? buffer.readUInt16BE(start) : 1005;
    at = start + length;
  }
  return undefined;
}

interface RawOutcome {
  /** The close code of the server's close frame, when it sent one. */
  closeCode?: number;
  /** True when the server ended the connection before `waitMs`. */
  closedByServer: boolean;
}

/**
 * Opens a WebSocket by hand (token and Origin as a browser sends them), writes `bytes` and waits
 * for the server to close. With `halfClose` the client also ends its side shortly after, so every case ends fast.
 */
function sendRaw(bytes: Buffer, { waitMs = 2_000, halfClose = false } = {}): Promise<RawOutcome> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, HOST);
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    let closeCode: number | undefined;
    const finish = (closedByServer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ closeCode, closedByServer });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('connect', () => {
      socket.write(
        `GET /api?token=${shell.token} HTTP/1.1\r\nHost: ${HOST}:${port}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = buffer.subarray(0, end).toString('latin1');
        if (!head.startsWith('HTTP/1.1 101')) {
          clearTimeout(timer);
          socket.destroy();
          reject(new Error(`handshake refused: ${head.split('\r\n')[0]}`));
          return;
        }
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        socket.write(bytes);
        // Ending at once would leave the server nothing to answer; give it a moment first.
        if (halfClose) setTimeout(() => socket.end(), 30);
      }
      closeCode = closeCodeIn(buffer);
      if (closeCode !== undefined) finish(true);
    });
  });
}

// ---------------------------------------------------------------------------------------------

describe('malformed HTTP requests', () => {
  it('answers request targets a URL parser would throw on with 400 and keeps serving', async () => {
    for (const target of ['//[', '//:99999', '//%', '//', '*', 'http://[::1', '%']) {
      const answer = await rawExchange(`GET ${target} HTTP/1.1\r\nHost: ${HOST}:${port}\r\n\r\n`);
      expect(statusOf(answer), target).toBe(400);
      await expectServing();
    }
    expect(statusOf(await rawExchange(request('/%')))).toBe(404);
    expect(statusOf(await rawExchange(request('/%zz?token=%')))).toBe(404);
  });

  it('refuses malformed upgrades without ending the process', async () => {
    const upgrade = `Upgrade: websocket\r\nConnection: Upgrade\r\nOrigin: ${origin}\r\nSec-WebSocket-Version: 13\r\n`;
    for (const target of ['//[', '//:99999', '//%', `/api?token=%`, `/api?token=${shell.token}%`, '/api']) {
      const status = statusOf(await rawExchange(request(target, upgrade)));
      expect([400, 401, 403], target).toContain(status);
    }
    // A valid token but no Sec-WebSocket-Key: ws refuses the handshake itself.
    expect(statusOf(await rawExchange(request(`/api?token=${shell.token}`, upgrade)))).toBe(400);
    await expectServing();
  });

  it('answers requests Node cannot parse with 400 or 431', async () => {
    expect(statusOf(await rawExchange('GARBAGE\r\n\r\n'))).toBe(400);
    expect(statusOf(await rawExchange(`GET / HTTP/1.1\r\nHost: ${HOST}:${port}\r\nX: ${'a'.repeat(70_000)}\r\n\r\n`))).toBe(431);
    expect(statusOf(await rawExchange(`GET / HTTP/1.1\r\nHost: ${HOST}:${port}\r\nContent-Length: -1\r\n\r\n`))).toBe(400);
    await expectServing();
  });

  it('answers an unexpected exception with 500 and keeps serving', async () => {
    const broken = await startShellServer({
      roots: {
        get renderer(): string {
          throw new Error('broken roots');
        },
        fonts: root,
      },
      port: 0,
      handlersFor: () => handlers,
    });
    try {
      const brokenOrigin = new URL(broken.url).origin;
      for (let i = 0; i < 3; i += 1) expect((await fetch(`${brokenOrigin}/`)).status).toBe(500);
    } finally {
      await broken.close();
    }
    await expectServing();
  });

  it('splits request targets without throwing', () => {
    expect(splitTarget('/a/b?token=x#h')).toMatchObject({ pathname: '/a/b' });
    expect(splitTarget('/api?token=x')?.query.get('token')).toBe('x');
    expect(splitTarget('/api?token=%')?.query.get('token')).toBe('%');
    for (const bad of [undefined, '', '//[', '//:99999', '*', 'http://x/']) expect(splitTarget(bad)).toBeUndefined();
  });
});

describe('malformed WebSocket frames close that socket only', () => {
  const cases: [string, Buffer, number][] = [
    // The header alone declares a message over the limit; the server refuses before reading it.
    ['a message over the limit', Buffer.concat([frame({ opcode: 1, declared: MAX_MESSAGE_BYTES + 1 }), Buffer.alloc(65_536, 0x61)]), 1009],
    ['invalid UTF-8', frame({ opcode: 1, payload: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 1007],
    ['an unmasked frame', frame({ opcode: 1, payload: text('{}'), masked: false }), 1002],
    ['RSV1 set', frame({ opcode: 1, rsv: 4, payload: text('{}') }), 1002],
    ['opcode 3', frame({ opcode: 3, payload: text('{}') }), 1002],
    ['close code 1005', frame({ opcode: 8, payload: new Uint8Array([0x03, 0xed]) }), 1002],
    ['a fragmented ping', frame({ opcode: 9, fin: false }), 1002],
    ['a length beyond 2^53', frame({ opcode: 1, declared: 2n ** 63n - 1n }), 1009],
  ];
  for (const [name, bytes, code] of cases) {
    it(`${name}: closed with ${code}, the server keeps serving`, async () => {
      expect(await sendRaw(bytes)).toEqual({ closeCode: code, closedByServer: true });
      await expectServing();
    });
  }

  it('a binary message is refused with 1003', async () => {
    expect((await sendRaw(frame({ opcode: 2, payload: text('{}') }))).closeCode).toBe(1003);
    await expectServing();
  });

  it('a method named by an object without toString is answered, not thrown', async () => {
    const ws = await open();
    const reply = new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send('{"id": 7, "method": {"toString": 1}, "args": []}');
    expect(await reply).toMatchObject({ id: 7, result: { ok: false } });
    await closeAll([ws]);
    await expectServing();
  });
});

describe('limits', () => {
  it(`accepts ${MAX_API_CONNECTIONS} API connections at once and refuses more with 503`, async () => {
    const sockets: WebSocket[] = [];
    for (let i = 0; i < MAX_API_CONNECTIONS; i += 1) sockets.push(await open());
    expect(await connect()).toBe(503);
    await closeAll(sockets.splice(0, 1));
    sockets.push(await open());
    await closeAll(sockets);
    await expectServing();
  });

  it('answers a burst within the allowance and closes a flood with 1008', async () => {
    const ws = await open();
    let answered = 0;
    const all = new Promise<void>((resolve) =>
      ws.on('message', () => {
        answered += 1;
        if (answered === 300) resolve();
      }),
    );
    for (let id = 1; id <= 300; id += 1) ws.send(JSON.stringify({ id, method: 'listArticles', args: [] }));
    await all;
    await closeAll([ws]);

    const flooded = await open();
    const code = closed(flooded);
    for (let id = 1; id <= MESSAGE_BURST * 3; id += 1) flooded.send(JSON.stringify({ id, method: 'listArticles', args: [] }));
    expect(await code).toBe(1008);
    await expectServing();
  });

  it('drops a ping flood', async () => {
    // ws itself drops a peer whose pongs pile up; slower floods run into the message rate (1008).
    const pings = Buffer.concat(Array.from({ length: MESSAGE_BURST * 3 }, () => frame({ opcode: 9, payload: text('p') })));
    const outcome = await sendRaw(pings);
    expect(outcome.closedByServer).toBe(true);
    expect([undefined, 1008]).toContain(outcome.closeCode);
    await expectServing();
  });

  it('lets 200 messages per second through indefinitely, and not more', () => {
    let now = 0;
    const rate = new MessageRate(200, 400, () => now);
    // Ten seconds at 200/s after the burst is spent: every message passes.
    for (let i = 0; i < 400; i += 1) expect(rate.take()).toBe(true);
    for (let ms = 0; ms < 10_000; ms += 5) {
      now += 5;
      expect(rate.take()).toBe(true);
    }
    // At 250/s the bucket runs dry.
    const fast = new MessageRate(200, 400, () => now);
    let refused = false;
    for (let i = 0; i < 5_000 && !refused; i += 1) {
      now += 4;
      refused = !fast.take();
    }
    expect(refused).toBe(true);
  });

  it('logs nothing per request, so the token never reaches a log', async () => {
    const writes: string[] = [];
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true)),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true)),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
        vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void writes.push(args.map(String).join(' '))),
      ),
    ];
    try {
      await rawExchange(request(`/?token=${shell.token}`));
      await rawExchange(request(`//[?token=${shell.token}`));
      await rawExchange(`BAD ${shell.token}\r\n\r\n`);
      await sendRaw(frame({ opcode: 3 }));
      await expectServing();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzzing: seeded, so every run sends the same bytes.

/**
 * A valid default with some of its fields replaced by hostile values: none, one, or any subset.
 * Most inputs so stay close enough to valid to get past the parser and reach our own code.
 */
function perturbed<T extends object>(defaults: T, hostile: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  const keys = Object.keys(hostile) as (keyof T)[];
  const one = fc.constantFrom(...keys).chain((key) => hostile[key].map((value) => ({ [key]: value }) as Partial<T>));
  const some = fc.record(hostile, { requiredKeys: [] }) as fc.Arbitrary<Partial<T>>;
  return fc
    .oneof({ arbitrary: fc.constant({} as Partial<T>), weight: 1 }, { arbitrary: one, weight: 3 }, { arbitrary: some, weight: 2 })
    .map((overrides) => ({ ...defaults, ...overrides }));
}

interface HttpSpec {
  method: string;
  target: string;
  version: string;
  host: string;
  upgrade: string;
  key: boolean;
  origin: string;
  contentLength: string;
  chunked: boolean;
  extraHeaders: [string, string][];
  body: string;
  lineEnd: string;
  mutations: { at: number; byte: number; op: 'set' | 'insert' | 'delete' | 'cut' }[];
}

const httpRequest = fc
  .tuple(
    fc.constantFrom('/', '/assets/app.js', '/index.html?x=1', '/missing.js', '/api?token=TOKEN', '/fonts/noto-sans-sc/400Regular/A.ttf'),
    fc.constantFrom('', 'websocket'),
  )
  .chain(([target, upgrade]) =>
    perturbed<HttpSpec>(
      {
        method: 'GET',
        target,
        version: 'HTTP/1.1',
        host: 'ours',
        upgrade,
        key: true,
        origin: 'ours',
        contentLength: '',
        chunked: false,
        extraHeaders: [],
        body: '',
        lineEnd: '\r\n',
        mutations: [],
      },
      {
        method: fc.constantFrom('HEAD', 'POST', 'PUT', 'OPTIONS', 'CONNECT', 'TRACE', 'BREW', '', 'get', 'G\0T'),
        target: fc.oneof(
          fc.constantFrom(
            '//[',
            '//:99999',
            '//%',
            '/%',
            '/%zz',
            '*',
            'http://127.0.0.1/',
            '/api?token=',
            '/api?token=%',
            '/api?token=TOKEN%',
          ),
          fc.constantFrom('/fonts/../x', '/\\..\\', '/%00', '/?token=%', '//', '///', 'http://[::1', '/%2e%2e/x', '/assets/%ff'),
          fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((value) => `/${value}`),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        version: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '', 'http/1.1'),
        host: fc.constantFrom('none', 'evil.example', '', '127.0.0.1', '[::1]:1', 'twice'),
        upgrade: fc.constantFrom('h2c', 'WebSocket', 'websocket', ''),
        key: fc.constant(false),
        origin: fc.constantFrom('', 'http://evil.example', 'null'),
        contentLength: fc.constantFrom('0', '5', '-1', '99999999999999999999', 'abc', '1, 2'),
        chunked: fc.constant(true),
        extraHeaders: fc.array(fc.tuple(fc.string({ unit: 'binary-ascii', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 24 })), {
          minLength: 1,
          maxLength: 3,
        }),
        body: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        lineEnd: fc.constantFrom('\n', '\r', ''),
        mutations: fc.array(
          fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), op: fc.constantFrom('set', 'insert', 'delete', 'cut') }),
          { minLength: 1, maxLength: 4 },
        ),
      },
    ),
  )
  .map((spec) => {
    const end = spec.lineEnd;
    const ours = `${HOST}:${port}`;
    const lines = [`${spec.method} ${spec.target.replace('TOKEN', shell.token)} ${spec.version}`];
    if (spec.host === 'ours') lines.push(`Host: ${ours}`);
    else if (spec.host === 'twice') lines.push(`Host: ${ours}`, `Host: ${ours}`);
    else if (spec.host !== 'none') lines.push(`Host: ${spec.host}`);
    if (spec.upgrade) lines.push(`Upgrade: ${spec.upgrade}`, 'Connection: Upgrade', 'Sec-WebSocket-Version: 13');
    if (spec.upgrade && spec.key) lines.push(`Sec-WebSocket-Key: ${Buffer.alloc(16, 1).toString('base64')}`);
    if (spec.origin) lines.push(`Origin: ${spec.origin === 'ours' ? origin : spec.origin}`);
    if (spec.contentLength) lines.push(`Content-Length: ${spec.contentLength}`);
    if (spec.chunked) lines.push('Transfer-Encoding: chunked');
    for (const [name, value] of spec.extraHeaders) lines.push(`${name}: ${value}`);
    let bytes = Buffer.from(`${lines.join(end)}${end}${end}${spec.body}`, 'latin1');
    for (const { at, byte, op } of spec.mutations) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      if (op === 'set') bytes[i] = byte;
      else if (op === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
      else if (op === 'delete') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
      else bytes = bytes.subarray(0, i);
    }
    return bytes;
  });

interface FrameSpec {
  fin: boolean;
  rsv: number;
  opcode: number;
  masked: boolean;
  payload: Uint8Array;
  declare: 'exact' | 'short' | 'long' | 'huge' | 'absurd';
  maskKey: Uint8Array;
}

const VALID_CALLS = [
  '{"id":1,"method":"listArticles","args":[]}',
  '{"id":"a","method":"getArticle","args":["sample-a1-lead"]}',
  '{"id":2,"method":"listIssues","args":[]}',
];

const wsFrame = fc.tuple(fc.constantFrom(...VALID_CALLS), fc.uint8Array({ minLength: 4, maxLength: 4 })).chain(([call, maskKey]) =>
  perturbed<FrameSpec>(
    { fin: true, rsv: 0, opcode: 1, masked: true, payload: text(call), declare: 'exact', maskKey },
    {
      fin: fc.constant(false),
      rsv: fc.constantFrom(1, 2, 4, 7),
      opcode: fc.integer({ min: 0, max: 15 }),
      masked: fc.constant(false),
      payload: fc.oneof(
        fc.uint8Array({ maxLength: 130 }),
        fc
          .constantFrom(
            '{"id":{"toString":1},"method":1,"args":[]}',
            '{"id":1,"method":{"toString":1},"args":[]}',
            '[]',
            'null',
            '{"id":1}',
          )
          .map(text),
        fc.json().map(text),
        fc.string({ maxLength: 60 }).map(text),
      ),
      declare: fc.constantFrom('short', 'long', 'huge', 'absurd'),
      maskKey: fc.uint8Array({ minLength: 4, maxLength: 4 }),
    },
  ),
);

const wsBytes = fc.oneof(
  { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes)), weight: 1 },
  {
    arbitrary: fc.array(wsFrame, { minLength: 1, maxLength: 3 }).map((frames) =>
      Buffer.concat(
        frames.map(({ declare, payload: body, ...rest }) => {
          const declared = {
            exact: body.length,
            short: Math.max(0, body.length - 1),
            long: body.length + 10,
            huge: 40 * 1024 * 1024,
            absurd: 2n ** 62n,
          }[declare];
          return frame({ ...rest, payload: body, declared });
        }),
      ),
    ),
    weight: 4,
  },
);

/** Runs `task` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe('fuzzing', () => {
  it('survives 300 random and mutated HTTP requests', async () => {
    const requests = fc.sample(httpRequest, { seed: 20250509, numRuns: 300 });
    const statuses = new Set<number | undefined>();
    await pool(requests, 8, async (bytes) => {
      statuses.add(statusOf(await rawExchange(bytes, 2_000)));
    });
    // Every answer is a refusal, a page or a switch to WebSocket; never an internal error.
    for (const status of statuses) expect([undefined, 101, 200, 400, 401, 403, 404, 431, 503]).toContain(status);
    await expectServing();
  });

  it('survives 300 random WebSocket frames, each on its own connection, and frees every slot', async () => {
    const inputs = fc.sample(wsBytes, { seed: 4369, numRuns: 300 });
    await pool(inputs, 4, async (bytes) => {
      await sendRaw(bytes, { halfClose: true, waitMs: 2_000 });
    });
    await expectServing();
    const sockets: WebSocket[] = [];
    for (let i = 0; i < MAX_API_CONNECTIONS; i += 1) sockets.push(await open());
    await closeAll(sockets);
  });
});
