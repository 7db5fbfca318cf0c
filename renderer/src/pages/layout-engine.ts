// The window's one layout worker. It is started with the window (for the desk's role) and loads
// the faces at once, so that opening a page finds them ready; page views come and go, the worker
// and its layout cache stay.
import type { WorkerAnswer, WorkerRequest } from './layout-protocol';
import { fontUrls } from './font-urls';

type Listener = (answer: WorkerAnswer) => void;

export interface LayoutEngine {
  post(request: WorkerRequest): void;
  /** Receives every answer until the returned function is called. */
  listen(listener: Listener): () => void;
  /** Resolves when the faces are loaded (or rejects with a Chinese message). */
  readonly fontsReady: Promise<void>;
}

let engine: LayoutEngine | undefined;

export function layoutEngine(): LayoutEngine {
  if (engine) return engine;
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'kfq-layout' });
  const listeners = new Set<Listener>();
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const fontsReady = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Nobody may be waiting yet; an unobserved failure is reported where a page view waits for it.
  fontsReady.catch(() => undefined);
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.type === 'fonts-ready') {
      performance.mark('kfq:fonts-ready', { detail: { ms: answer.ms } });
      settle?.resolve();
    } else if (answer.type === 'prepared') {
      performance.mark('kfq:layout-prepared', { detail: { ms: answer.ms } });
    } else if (answer.type === 'error' && answer.seq === 0) {
      settle?.reject(new Error(answer.message));
    }
    for (const listener of listeners) listener(answer);
  };
  worker.onerror = (event) => {
    const answer: WorkerAnswer = { type: 'error', seq: -1, message: `排版进程出错：${event.message || '未知错误'}` };
    for (const listener of listeners) listener(answer);
  };
  worker.postMessage({ type: 'fonts', fontUrls: fontUrls(window.location.href) } satisfies WorkerRequest);
  engine = {
    post: (request) => worker.postMessage(request),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fontsReady,
  };
  return engine;
}
