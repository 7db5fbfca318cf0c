// Binds every method of the typed API on its own IPC channel. Each call is checked twice before a
// service runs: the sender must be our window's main frame on an app:// page, and the arguments
// must pass the contract's schema (dispatchCall). Every outcome travels back as a Result.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API_METHODS, channelOf, EVENT_CHANNEL, type ApiEventName, type ApiEvents, type ApiHandlers } from '../../shared/ipc/contract';
import { dispatchCall } from '../../shared/ipc/dispatch';
import { fail } from '../../shared/model/errors';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The part of BrowserWindow the sender check needs, so tests can pass a plain object. */
export interface TrustedWindow {
  isDestroyed(): boolean;
  readonly webContents: Pick<WebContents, 'mainFrame'>;
}

// ErrorCode has no dedicated code for a refused caller; the renderer treats it as any refusal.
const UNTRUSTED = { code: 'INVALID_ARGUMENT', message: '请求来自不受信任的页面，已拒绝。', detail: 'untrusted sender' } as const;

/** Registers one ipcMain.handle per contract method; returns a function that removes them all. */
export function bindApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: ApiHandlers,
  isTrustedSender: SenderCheck,
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) return fail({ ...UNTRUSTED });
      return dispatchCall(handlers, method, args);
    });
  }
  return function unbindApi() {
    for (const method of API_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}

/**
 * Only the main frame of our own window, showing one of our app:// pages, may call the API: not a
 * subframe, not another window, not a page that was somehow navigated elsewhere.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, window: TrustedWindow | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  const main = window.webContents.mainFrame;
  if (!frame || !main) return false;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return sameFrame && frame.parent === null && isAppUrl(frame.url);
}

/** Pushes a service event to the renderer on the single event channel. */
export function sendApiEvent<E extends ApiEventName>(
  target: { isDestroyed(): boolean; readonly webContents: Pick<WebContents, 'send'> } | undefined,
  name: E,
  payload: ApiEvents[E],
): void {
  if (!target || target.isDestroyed()) return;
  target.webContents.send(EVENT_CHANNEL, name, payload);
}
