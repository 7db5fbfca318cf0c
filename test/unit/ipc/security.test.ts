// What every web contents of the app is refused, driven through the events Electron emits: no
// navigation or redirect away from the page, no <webview>, no new window, no permission granted.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyPermissions, hardenWebContents } from '../../../electron/main/security';

vi.mock('electron', () => ({}));

/** A web contents as far as the hardening touches it: its events and its window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
  });
  hardenWebContents(contents as unknown as WebContents);
  /** Emits `name` the way Electron does and says whether a listener prevented its default. */
  function emit(name: string, ...args: unknown[]): boolean {
    const event = { defaultPrevented: false, preventDefault: vi.fn(() => (event.defaultPrevented = true)) };
    contents.emit(name, event, ...args);
    return event.defaultPrevented;
  }
  return { emit, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('stops %s, to another site or to another page of the app', (name) => {
    const { emit } = fakeContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://kfq/other.html', 'javascript:alert(1)']) {
      expect(emit(name, { url }, url), url).toBe(true);
    }
  });

  it('refuses to attach a <webview>, whatever its preferences', () => {
    const { emit } = fakeContents();
    const webPreferences = { nodeIntegration: true, preload: '/tmp/evil.js' };
    expect(emit('will-attach-webview', webPreferences, { src: 'https://example.com/' })).toBe(true);
  });

  it('denies every new window, window.open and target=_blank alike', () => {
    const { openWindow } = fakeContents();
    for (const url of ['https://example.com/', 'app://kfq/index.html', 'about:blank']) {
      expect(openWindow(url), url).toEqual({ action: 'deny' });
    }
  });

  it('leaves other events alone', () => {
    const { emit } = fakeContents();
    expect(emit('did-finish-load')).toBe(false);
  });
});

describe('denyPermissions', () => {
  function fakeSession() {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((contents: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((handler: typeof request) => {
        request = handler;
      }),
      setPermissionCheckHandler: vi.fn((handler: typeof check) => {
        check = handler;
      }),
    };
    denyPermissions(session as unknown as Session);
    return { request: request!, check: check! };
  }

  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
  ];

  it.each(PERMISSIONS)('answers a request for %s with no', (permission) => {
    const { request } = fakeSession();
    const callback = vi.fn();
    request({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers a check for %s with no', (permission) => {
    const { check } = fakeSession();
    expect(check({}, permission)).toBe(false);
  });
});
