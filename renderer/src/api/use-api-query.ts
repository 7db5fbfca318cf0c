// Reads something from the API when mounted and again whenever the services report a change of
// one of `topics` (or `reload` is called). Failures are shown as notices; the last value stays.
import { useCallback, useEffect, useState } from 'react';
import type { ApiEvents } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/model/errors';
import { useApiEvent } from '../app/use-api-event';
import { useApi, useCall } from './api-context';
import type { RendererApi } from './api-types';

type Topic = ApiEvents['workspaceChanged']['what'];

/** `read` must be a stable (module-level) function so the query does not re-run on every render. */
export function useApiQuery<T>(action: string, read: (api: RendererApi) => Promise<Result<T>>, topics: readonly Topic[]) {
  const api = useApi();
  const call = useCall();
  const [data, setData] = useState<T>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void call(action, read(api)).then((value) => {
      if (!cancelled && value !== undefined) setData(value);
    });
    return () => {
      cancelled = true;
    };
  }, [action, api, call, read, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  useApiEvent('workspaceChanged', (change) => {
    if (topics.includes(change.what)) reload();
  });
  return { data, reload };
}
