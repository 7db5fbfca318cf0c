// The browser shell's HTTP server on 127.0.0.1: serves the built renderer and fonts with the same
// CSP as the app, and upgrades /api to the typed API over WebSocket for holders of the run's token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
/** Far above any real request (an article is a few hundred kB), far below what would hurt. */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

function sameSecret(given: string | null, token: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startShellServer(options: ShellOptions): Promise<RunningShell> {
  const token = randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  const handlers = options.handlersFor(({ name, payload }) => {
    const message = eventMessage(name, payload);
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(message);
  });
  let origin = '';
  let headers: Record<string, string> = {};
  // Requests naming another host are refused: a DNS-rebinding page would send its own name.
  const fromUs = (request: IncomingMessage) => request.headers.host === origin.slice('http://'.length);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    if (!fromUs(request) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('拒绝访问');
      return;
    }
    void assetResponse(options.roots, url.pathname, headers).then((asset) => {
      response.writeHead(asset.status, asset.headers);
      response.end(request.method === 'HEAD' ? undefined : asset.body);
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', origin);
    // Browsers always send Origin on WebSocket handshakes; a foreign page cannot forge ours.
    if (url.pathname !== '/api' || !fromUs(request) || request.headers.origin !== origin) return refuseUpgrade(socket, '403 Forbidden');
    if (!sameSecret(url.searchParams.get('token'), token)) return refuseUpgrade(socket, '401 Unauthorized');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      serveApiSocket(ws, handlers);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
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
