// The API as the renderer sees it: the contract's methods (each resolving to a Result) plus event
// subscription. Electron's preload and the browser shell's WebSocket client both provide it.
import type { ApiEventName, ApiEvents, WorkstationApi } from '../../../shared/ipc/contract';

export interface ApiEventSource {
  /** Subscribes to a service event; returns the function that ends the subscription. */
  onEvent<E extends ApiEventName>(name: E, callback: (payload: ApiEvents[E]) => void): () => void;
}

export type RendererApi = WorkstationApi & ApiEventSource;

declare global {
  interface Window {
    /** Set by Electron's preload script; absent in the browser shell. */
    kfq?: RendererApi;
  }
}
