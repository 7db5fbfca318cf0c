// Makes the one API instance available to every component, and offers `useCall` to run a call
// whose failure is shown to the user as a Chinese notice.
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Result } from '../../../shared/model/errors';
import { useNotices } from '../app/notices';
import type { RendererApi } from './api-types';

const ApiContext = createContext<RendererApi | null>(null);

export function ApiProvider(props: { api: RendererApi; children: ReactNode }) {
  return <ApiContext.Provider value={props.api}>{props.children}</ApiContext.Provider>;
}

export function useApi(): RendererApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiProvider missing');
  return api;
}

/** Unwraps a Result: the value on success; on failure a notice titled `action` and undefined. */
export function useCall(): <T>(action: string, pending: Promise<Result<T>>) => Promise<T | undefined> {
  const { showError } = useNotices();
  return useCallback(
    async <T,>(action: string, pending: Promise<Result<T>>) => {
      const result = await pending;
      if (result.ok) return result.value;
      showError(action, result.error);
      return undefined;
    },
    [showError],
  );
}
