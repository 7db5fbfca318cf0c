// The preload script exposes exactly one function per contract method (each invoking its own
// channel) plus onEvent on window.kfq, and never ipcRenderer itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf, EVENT_CHANNEL } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    send: vi.fn(),
    emit: (channel: string, ...args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, ...args);
    },
  };
  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed[key] = api;
    }),
  };
  return { ipcRenderer, contextBridge, exposed };
});

vi.mock('electron', () => ({ ipcRenderer: electron.ipcRenderer, contextBridge: electron.contextBridge }));

type Bridge = Record<string, (...args: unknown[]) => unknown>;
let bridge: Bridge;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  bridge = electron.exposed.kfq as Bridge;
});

describe('preload', () => {
  it('exposes one object, window.kfq, once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(electron.exposed)).toEqual(['kfq']);
  });

  it('has exactly the contract methods plus onEvent, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or any of its functions', () => {
    const values = Object.values(bridge);
    expect(values).not.toContain(electron.ipcRenderer);
    for (const fn of Object.values(electron.ipcRenderer)) expect(values).not.toContain(fn);
  });

  it('invokes each method on its own channel with the arguments as given', async () => {
    for (const method of API_METHODS) {
      electron.ipcRenderer.invoke.mockClear();
      const result = await bridge[method]?.('a', 1);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channelOf(method), 'a', 1);
      expect(result).toEqual({ ok: true, value: { channel: channelOf(method), args: ['a', 1] } });
    }
  });

  it('delivers only the named event, only its payload, until unsubscribed', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.onEvent?.('workspaceChanged', (payload: unknown) => received.push(payload)) as () => void;
    electron.ipcRenderer.emit(EVENT_CHANNEL, 'workspaceChanged', { what: 'articles' });
    electron.ipcRenderer.emit(EVENT_CHANNEL, 'somethingElse', { what: 'x' });
    unsubscribe();
    electron.ipcRenderer.emit(EVENT_CHANNEL, 'workspaceChanged', { what: 'issues' });
    expect(received).toEqual([{ what: 'articles' }]);
  });

  it('refuses to subscribe to events the contract does not list', () => {
    expect(() => bridge.onEvent?.('not-an-event', () => undefined)).toThrow();
  });
});
