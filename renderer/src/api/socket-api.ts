// The typed API over the browser shell's WebSocket: {id, method, args} out, {id, result} back,
// {event, payload} pushed. A dropped connection turns pending and later calls into Chinese errors.
import { API_METHODS, type ApiEventName, type ApiMethod, type WorkstationApi } from '../../../shared/ipc/contract';
import type { ErrorInfo, Result } from '../../../shared/model/errors';
import type { RendererApi } from './api-types';

const DISCONNECTED: ErrorInfo = {
  code: 'INTERNAL',
  message: '与工作站服务的连接已断开，请确认服务仍在运行，然后刷新页面。',
};

type Settle = (result: Result<unknown>) => void;
type Listener = (payload: unknown) => void;

interface Incoming {
  id?: unknown;
  result?: Result<unknown>;
  event?: unknown;
  payload?: unknown;
}

export function createSocketApi(url: string): RendererApi {
  const pending = new Map<number, Settle>();
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;
  let socket: WebSocket | undefined;
  let opened: Promise<WebSocket | undefined> | undefined;

  function failAll(): void {
    for (const settle of pending.values()) settle({ ok: false, error: DISCONNECTED });
    pending.clear();
  }

  function receive(text: string): void {
    let message: Incoming;
    try {
      message = JSON.parse(text) as Incoming;
    } catch {
      return;
    }
    if (typeof message.id === 'number' && message.result) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (typeof message.event === 'string') {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  }

  // Connects on first use and again after a drop, so a restarted shell is picked up on retry.
  function connect(): Promise<WebSocket | undefined> {
    if (socket && socket.readyState === WebSocket.OPEN) return Promise.resolve(socket);
    if (opened) return opened;
    opened = new Promise((resolve) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => {
        socket = ws;
        resolve(ws);
      });
      ws.addEventListener('message', (event) => receive(String(event.data)));
      ws.addEventListener('close', () => {
        socket = undefined;
        opened = undefined;
        failAll();
        resolve(undefined);
      });
    });
    return opened;
  }

  async function call(method: ApiMethod, args: unknown[]): Promise<Result<unknown>> {
    const ws = await connect();
    if (!ws) return { ok: false, error: DISCONNECTED };
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, args }));
    });
  }

  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) api[method] = (...args: unknown[]) => call(method, args);
  api.onEvent = (name: ApiEventName, callback: Listener) => {
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    set.add(callback);
    void connect();
    return () => set.delete(callback);
  };
  return api as unknown as WorkstationApi & RendererApi;
}

/** ws://host/api?token=… from the page's own address, where the shell put this run's token. */
export function socketUrlFromLocation(location: Location): string {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api?token=${encodeURIComponent(token)}`;
}
