// The renderer's API on the real services: a workspace in a temporary folder, the real API
// handlers, and the contract's argument checks, as Electron's IPC gives them to the page (Results,
// events). Renderer logic under test then reads and writes real files.
import type { ApiEventName, ApiEvents, WorkstationApi } from '../../../shared/ipc/contract';
import { API_METHODS } from '../../../shared/ipc/contract';
import { dispatchCall } from '../../../shared/ipc/dispatch';
import { createApiHandlers, type ApiEventMessage, type ApiHandlerOptions } from '../../../electron/services/api-handlers';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import type { RendererApi } from '../../../renderer/src/api/api-types';
import { DESK_USER, makeTempDir, removeDir, steppingClock, testContent } from '../services/store-fixtures';

export interface RealApi {
  api: RendererApi;
  store: WorkspaceStore;
  dir: string;
  /** Every event the services pushed, in order. */
  events: ApiEventMessage[];
  close(): Promise<void>;
}

/** The services' handlers over a fresh workspace holding testContent() (PLACED_ID, DRAFT_ID). */
export async function realWorkspace(): Promise<{ store: WorkspaceStore; dir: string }> {
  const dir = await makeTempDir('kfq-renderer-');
  const store = await initWorkspace(dir, testContent(), {
    now: steppingClock('2025-05-12T01:00:00.000Z'),
    settings: { userName: DESK_USER },
  });
  return { store, dir };
}

export async function realApi(options: ApiHandlerOptions = {}): Promise<RealApi> {
  const { store, dir } = await realWorkspace();
  const events: ApiEventMessage[] = [];
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const handlers = createApiHandlers(
    store,
    (event) => {
      events.push(event);
      for (const listener of listeners.get(event.name) ?? []) listener(event.payload);
    },
    options,
  );
  const api: Record<string, unknown> = {};
  // Arguments cross a structured clone in Electron; JSON does the same for plain data.
  for (const method of API_METHODS) api[method] = (...args: unknown[]) => dispatchCall(handlers, method, JSON.parse(JSON.stringify(args)));
  api.onEvent = <E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(callback as (payload: unknown) => void);
    return () => set.delete(callback as (payload: unknown) => void);
  };
  return {
    api: api as unknown as WorkstationApi & RendererApi,
    store,
    dir,
    events,
    close: async () => {
      await store.close();
      await removeDir(dir);
    },
  };
}
