// Subscribes a component to a service event for as long as it is mounted.
import { useEffect, useRef } from 'react';
import type { ApiEventName, ApiEvents } from '../../../shared/ipc/contract';
import { useApi } from '../api/api-context';

export function useApiEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void): void {
  const api = useApi();
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => api.onEvent(name, (payload) => latest.current(payload)), [api, name]);
}
