// The browser shell's HTTP server on 127.0.0.1: serves the built renderer and fonts with the same
// CSP as the app, and upgrades /api to the typed API over WebSocket for holders of the run's token.
// Nothing that reaches the port may end the process: a malformed request is answered 400/404, an
// unexpected exception 500, a broken WebSocket frame closes that socket only. Nothing is logged per
// request (the token travels in the handshake's URL).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiHandlers } from '../../shared/ipc/contract';
import type { ApiNotify } from '../services/api-handlers';
import { contentSecurityPolicy, HARDENING_HEADERS } from '../main/csp';
import { assetResponse, type AssetRoots } from '../main/static-assets';
import { eventMessage, serveApiSocket } from './api-socket';

export interface ShellOptions {
  roots: AssetRoots;
  /** 0 picks a free port. */
  port: number;
  /** Builds the handlers once the server can push events to the connected pages. */
  handlersFor: (notify: ApiNotify) => ApiHandlers;
}

export interface RunningShell {
  url: string;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/**
 * Above any real request (an article is a few hundred kB; the largest photo the store takes, 50 MB,
 * travels as 67 MB of base64), far below what would hurt.
 */
export const MAX_MESSAGE_BYTES = 72 * 1024 * 1024;
/** API connections open at once: one per browser tab; a further handshake is refused with 503. */
export const MAX_API_CONNECTIONS = 8;

function sameSecret(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The path and query of a request target, read without a URL parser (which throws on `//[`,
 * `//:99999`, `//%`). Only origin-form targets (`/…`, not `//…`) are ours; anything else is undefined.
 */
export function splitTarget(target: string | undefined): { pathname: string; query: URLSearchParams } | undefined {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return undefined;
  const cut = target.search(/[?#]/);
  const pathname = cut === -1 ? target : target.slice(0, cut);
  const rest = cut === -1 ? '' : target.slice(cut);
  const query = rest.startsWith('?') ? rest.slice(1).split('#')[0] : '';
  return { pathname, query: new URLSearchParams(query) };
}

function refuseUpgrade(socket: Duplex, status: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  else socket.destroy();
}

function answerPlain(response: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end(text);
}

export async function startShellServer(options: ShellOptions): Promise<RunningShell> {
  const token = randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  let handshaking = 0;
  const handlers = options.handlersFor(({ name, payload }) => {
    const message = eventMessage(name, payload);
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(message);
  });
  let origin = '';
  let headers: Record<string, string> = {};
  // Requests naming another host are refused: a DNS-rebinding page would send its own name.
  const fromUs = (request: IncomingMessage) => request.headers.host === origin.slice('http://'.length);

  function serveRequest(request: IncomingMessage, response: ServerResponse): void {
    if (!fromUs(request) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      answerPlain(response, 403, '拒绝访问', headers);
      return;
    }
    const target = splitTarget(request.url);
    if (!target) {
      answerPlain(response, 400, '请求地址无效', headers);
      return;
    }
    void assetResponse(options.roots, target.pathname, headers, target.query)
      .then((asset) => {
        response.writeHead(asset.status, asset.headers);
        response.end(request.method === 'HEAD' ? undefined : asset.body);
      })
      .catch(() => answerPlain(response, 500, '服务内部错误', headers));
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    try {
      serveRequest(request, response);
    } catch {
      try {
        answerPlain(response, 500, '服务内部错误', headers);
      } catch {
        response.destroy();
      }
    }
  });

  // Requests Node cannot parse (bad request line, oversized headers, a reset mid-request).
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // Once listening, a failing accept (too many open files) must not end the process either.
  const ignore = () => undefined;

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  wss.on('error', ignore);

  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = splitTarget(request.url);
    // Browsers always send Origin on WebSocket handshakes; a foreign page cannot forge ours.
    if (target?.pathname !== '/api' || !fromUs(request) || request.headers.origin !== origin) return refuseUpgrade(socket, '403 Forbidden');
    if (!sameSecret(target.query.get('token'), token)) return refuseUpgrade(socket, '401 Unauthorized');
    if (sockets.size + handshaking >= MAX_API_CONNECTIONS) return refuseUpgrade(socket, '503 Service Unavailable');
    handshaking += 1;
    let counted = true;
    const settle = () => {
      if (counted) handshaking -= 1;
      counted = false;
    };
    socket.once('close', settle);
    wss.handleUpgrade(request, socket, head, (ws) => {
      settle();
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      serveApiSocket(ws, handlers);
    });
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node drops its own listener on upgrade: a reset while we answer must not become uncaught.
    socket.on('error', () => socket.destroy());
    try {
      upgrade(request, socket, head);
    } catch {
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      server.on('error', ignore);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;
  headers = {
    ...HARDENING_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy({ self: ["'self'"], connect: [`ws://${HOST}:${port}`] }),
  };

  return {
    url: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
