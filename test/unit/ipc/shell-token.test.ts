// The page of the browser shell takes its token out of the address bar once loaded (keeping the
// hash route), and finds it again in sessionStorage after a reload in the same tab.
import { describe, expect, it } from 'vitest';
import { shellSocketUrl, takeShellToken, TOKEN_STORAGE_KEY, type TokenPage } from '../../../renderer/src/api/socket-api';

/** A tab: its address, history and session storage, as far as the hand-over uses them. */
function tab(address: string, stored: Map<string, string> = new Map()) {
  let url = new URL(address);
  const replaced: string[] = [];
  const page: TokenPage = {
    get location() {
      return { pathname: url.pathname, search: url.search, hash: url.hash };
    },
    history: {
      state: { route: 1 },
      replaceState(_state: unknown, _unused: string, next?: string | URL | null) {
        url = new URL(String(next), url);
        replaced.push(String(next));
      },
    },
    sessionStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    },
  };
  return { page, stored, replaced, href: () => url.href };
}

describe('shell token hand-over', () => {
  it('takes the token from the address, keeps it in sessionStorage and removes it, keeping the hash route', () => {
    const { page, stored, href } = tab('http://127.0.0.1:4000/?token=abc_DEF-123#/issues/2025-05-09-14/pages/A1?view=print');
    expect(takeShellToken(page)).toBe('abc_DEF-123');
    expect(stored.get(TOKEN_STORAGE_KEY)).toBe('abc_DEF-123');
    expect(href()).toBe('http://127.0.0.1:4000/#/issues/2025-05-09-14/pages/A1?view=print');
    expect(href()).not.toContain('token');
  });

  it('keeps other query parameters', () => {
    const { page, href } = tab('http://127.0.0.1:4000/?lang=zh&token=t1&x=2');
    expect(takeShellToken(page)).toBe('t1');
    expect(href()).toBe('http://127.0.0.1:4000/?lang=zh&x=2');
  });

  it('finds the token again after a reload in the same tab, without touching the address', () => {
    const first = tab('http://127.0.0.1:4000/?token=t1#/library');
    takeShellToken(first.page);
    const reloaded = tab(first.href(), first.stored);
    expect(takeShellToken(reloaded.page)).toBe('t1');
    expect(reloaded.replaced).toEqual([]);
    expect(reloaded.href()).toBe('http://127.0.0.1:4000/#/library');
  });

  it('prefers a new token in the address (a restarted shell) over the stored one', () => {
    const stored = new Map([[TOKEN_STORAGE_KEY, 'old']]);
    const { page } = tab('http://127.0.0.1:4000/?token=new', stored);
    expect(takeShellToken(page)).toBe('new');
    expect(stored.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('still connects this load when storage is refused, and answers an empty token without one', () => {
    const { page, href } = tab('http://127.0.0.1:4000/?token=t2#/x');
    const refusing: TokenPage = {
      location: page.location,
      history: page.history,
      get sessionStorage(): TokenPage['sessionStorage'] {
        throw new Error('SecurityError');
      },
    };
    expect(takeShellToken(refusing)).toBe('t2');
    expect(href()).toBe('http://127.0.0.1:4000/#/x');
    expect(takeShellToken(tab('http://127.0.0.1:4000/').page)).toBe('');
  });

  it('builds the socket address with the token encoded', () => {
    expect(shellSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000' }, 'a+b/c')).toBe('ws://127.0.0.1:4000/api?token=a%2Bb%2Fc');
    expect(shellSocketUrl({ protocol: 'https:', host: 'h' }, 't')).toBe('wss://h/api?token=t');
  });
});
