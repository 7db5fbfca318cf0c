// The inbox watcher as both shells run it: on while the workstation's role is 编辑, off for 记者,
// following changes of the setting; each package handled becomes an inboxArrived event.
import path from 'node:path';
import type { InboxArrived } from '../../../shared/ipc/contract';
import { toErrorInfo } from '../../../shared/model/errors';
import type { ApiNotify } from '../api-handlers';
import type { WorkspaceStore } from '../workspace-store';
import type { InboxOutcome } from './inbox';
import { startInboxWatcher, type InboxWatcher } from './inbox-watcher';

export interface DeskInbox {
  /** Starts or stops the watcher to match the current role. */
  sync(): Promise<void>;
  close(): Promise<void>;
  isWatching(): boolean;
  /** The last arrivals, oldest first, for windows that opened after they were announced. */
  recent(): InboxArrived[];
}

const RECENT = 20;

export interface DeskInboxOptions {
  stabilityMs?: number;
  log?: (text: string) => void;
}

export function arrivalOf(outcome: InboxOutcome): InboxArrived {
  const { articleId, headline, revision, status, message, file, hold } = outcome;
  return { articleId, headline, revision, status, message, file, ...(hold ? { hold } : {}) };
}

export function createDeskInbox(store: WorkspaceStore, notify: ApiNotify, options: DeskInboxOptions = {}): DeskInbox {
  const log = options.log ?? ((text: string) => process.stderr.write(`${text}\n`));
  let watcher: InboxWatcher | undefined;
  let closed = false;
  let tail: Promise<void> = Promise.resolve();
  const arrivals: InboxArrived[] = [];

  function announce(arrival: InboxArrived): void {
    arrivals.push(arrival);
    arrivals.splice(0, Math.max(0, arrivals.length - RECENT));
    send({ name: 'inboxArrived', payload: arrival });
  }

  function send(event: Parameters<ApiNotify>[0]): void {
    try {
      notify(event);
    } catch {
      // A closed window must not stop the inbox.
    }
  }

  function onOutcome(outcome: InboxOutcome): void {
    announce(arrivalOf(outcome));
    if (outcome.status === 'held') send({ name: 'workspaceChanged', payload: { what: 'filing' } });
    else if (outcome.status !== 'duplicate' && outcome.status !== 'rejected')
      send({ name: 'workspaceChanged', payload: { what: 'articles' } });
  }

  function onError(error: unknown, file: string): void {
    const info = toErrorInfo(error);
    log(`收件箱：处理 ${file} 时出错：${info.message}${info.detail ? `（${info.detail}）` : ''}`);
    if (file === watcher?.dir) return;
    const name = path.basename(file);
    announce({
      articleId: null,
      headline: '',
      revision: null,
      status: 'rejected',
      message: `来稿暂时无法导入（${name}）：${info.message} 文件仍在收件箱中，下次启动时会再试。`,
      file: name,
    });
  }

  async function apply(): Promise<void> {
    const wanted = !closed && (await store.getSettings()).role === 'editor';
    if (wanted && !watcher) {
      watcher = await startInboxWatcher(store, {
        onOutcome,
        onError,
        ...(options.stabilityMs ? { stabilityMs: options.stabilityMs } : {}),
      });
    } else if (!wanted && watcher) {
      const stopping = watcher;
      watcher = undefined;
      await stopping.close();
    }
  }

  function queue(): Promise<void> {
    // A failing watcher (an unreadable inbox) is logged; the rest of the workstation keeps working.
    tail = tail.then(apply).catch((error: unknown) => log(`收件箱无法监视：${toErrorInfo(error).message}`));
    return tail;
  }

  return {
    sync: queue,
    close: () => {
      closed = true;
      return queue();
    },
    isWatching: () => watcher !== undefined,
    recent: () => [...arrivals],
  };
}

/** Passes events on, and re-checks the role whenever the settings change. */
export function notifyFollowingRole(notify: ApiNotify, inbox: () => DeskInbox | undefined): ApiNotify {
  return (event) => {
    notify(event);
    if (event.name === 'workspaceChanged' && event.payload.what === 'settings') void inbox()?.sync();
  };
}
