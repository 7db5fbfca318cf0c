// Runs a renderer hook in jsdom inside the app's providers (the API and the notices), so a test
// reads what the hook returns and what it told the user, and waits for the services' answers.
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import type { RendererApi } from '../../../renderer/src/api/api-types';
import { NoticeProvider, useNotices, type Notice } from '../../../renderer/src/app/notices';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

export interface HookHandle<T> {
  /** What the hook returned at the last render. */
  readonly current: T;
  /** The notices on screen at the last render. */
  readonly notices: readonly Notice[];
  /** Runs `work` inside act, so every state change it causes has rendered when it resolves. */
  act<R>(work: () => Promise<R> | R): Promise<R>;
  unmount(): void;
}

export async function renderHook<T>(api: RendererApi, useHook: () => T): Promise<HookHandle<T>> {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  let current: T | undefined;
  let notices: readonly Notice[] = [];
  function Probe(): ReactNode {
    current = useHook();
    notices = useNotices().notices;
    return null;
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => {
    root.render(createElement(NoticeProvider, { children: createElement(ApiProvider, { api, children: createElement(Probe) }) }));
  });
  return {
    get current() {
      return current as T;
    },
    get notices() {
      return notices;
    },
    async act<R>(work: () => Promise<R> | R): Promise<R> {
      let result: R | undefined;
      await act(async () => {
        result = await work();
      });
      return result as R;
    },
    unmount() {
      act(() => root.unmount());
    },
  };
}
