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

/** Where the page keeps this run's token, so a reload in the same tab still connects. */
export const TOKEN_STORAGE_KEY = 'kfq.shellToken';

/** The parts of `window` the token hand-over touches (a plain object in tests). */
export interface TokenPage {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'state' | 'replaceState'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * This run's token for the API. The shell opens the page at `/?token=…`; the token is read once,
 * kept in sessionStorage and taken out of the address bar (the `#…` route stays), so it is not left
 * in the history, a bookmark or a copied link. A reload finds it in sessionStorage.
 */
export function takeShellToken(page: TokenPage): string {
  const params = new URLSearchParams(page.location.search);
  const fromAddress = params.get('token');
  if (fromAddress === null) {
    try {
      return page.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
    } catch {
      return '';
    }
  }
  try {
    page.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
  } catch {
    // Storage refused (private mode, quota): this load still connects; a reload will not.
  }
  params.delete('token');
  const query = params.toString();
  page.history.replaceState(page.history.state, '', `${page.location.pathname}${query ? `?${query}` : ''}${page.location.hash}`);
  return fromAddress;
}

/** ws://host/api?token=… for the page's own host. */
export function shellSocketUrl(location: Pick<Location, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api?token=${encodeURIComponent(token)}`;
}
