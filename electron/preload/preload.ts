// Runs in the sandboxed preload: exposes exactly the typed API on window.kfq — one function per
// contract method, each invoking its own channel — plus onEvent. ipcRenderer itself never leaks.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, channelOf, EVENT_CHANNEL, type ApiEventName } from '../../shared/ipc/contract';

type EventCallback = (payload: unknown) => void;

function invoker(channel: string): (...args: unknown[]) => Promise<unknown> {
  return (...args) => ipcRenderer.invoke(channel, ...args);
}

/** Subscribes to one named event; the page gets the payload only, never the IPC event object. */
function onEvent(name: ApiEventName, callback: EventCallback): () => void {
  if (!API_EVENTS.includes(name) || typeof callback !== 'function') throw new TypeError(`unknown event: ${String(name)}`);
  const listener = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
    if (eventName === name) callback(payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, listener);
  return function unsubscribe() {
    ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  };
}

export function buildBridge(): Record<string, unknown> {
  const bridge: Record<string, unknown> = {};
  for (const method of API_METHODS) bridge[method] = invoker(channelOf(method));
  bridge.onEvent = onEvent;
  return bridge;
}

contextBridge.exposeInMainWorld('kfq', buildBridge());
