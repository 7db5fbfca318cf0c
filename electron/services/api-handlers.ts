// Every method of the API contract over one open workspace store, shared by the Electron IPC
// binding and the browser shell; refusals throw DomainError and dispatchCall returns them as values.
import path from 'node:path';
import type { ApiEventName, ApiEvents, ApiHandlers, InboxArrived } from '../../shared/ipc/contract';
import { fileDraft } from './filing/outbox';
import { INBOX_DIR, OUTBOX_DIR } from './workspace-layout';
import type { WorkspaceStore } from './workspace-store';

/** One event with its payload; a union over the event names, so checking `name` narrows `payload`. */
export type ApiEventMessage<E extends ApiEventName = ApiEventName> = E extends ApiEventName ? { name: E; payload: ApiEvents[E] } : never;

export type ApiNotify = (event: ApiEventMessage) => void;

type Changed = ApiEvents['workspaceChanged']['what'];

export interface ApiHandlerOptions {
  /** The shell's inbox watcher (filing/desk-inbox.ts), when it runs one. */
  inbox?: () => { isWatching(): boolean; recent(): InboxArrived[] } | undefined;
}

export function createApiHandlers(store: WorkspaceStore, notify?: ApiNotify, options: ApiHandlerOptions = {}): ApiHandlers {
  /** Runs a write and tells other windows what changed; a failing listener never fails the write. */
  async function changing<T>(what: Changed, write: Promise<T>): Promise<T> {
    const value = await write;
    try {
      notify?.({ name: 'workspaceChanged', payload: { what } });
    } catch {
      // The write has landed; a broken window must not turn it into an error.
    }
    return value;
  }

  return {
    getWorkspaceInfo: async () => store.info,
    getProfile: () => store.getProfile(),
    saveProfile: (profile) => changing('profile', store.saveProfile(profile)),
    getSettings: () => store.getSettings(),
    saveSettings: (settings) => changing('settings', store.saveSettings(settings)),
    listArticles: () => store.listArticles(),
    getArticle: (id) => store.getArticle(id),
    createArticle: (input) => changing('articles', store.createArticle(input)),
    saveArticle: (input) => changing('articles', store.saveArticle(input)),
    setArticleStatus: (id, status, note) => changing('articles', store.setArticleStatus(id, status, note)),
    listIssues: () => store.listIssues(),
    getIssue: (id) => store.getIssue(id),
    saveIssue: (issue) => changing('issues', store.saveIssue(issue)),
    createIssue: (options) => changing('issues', store.createIssue(options.date === undefined ? {} : { date: options.date })),
    writeRecovery: async (input) => {
      await store.writeRecovery(input);
      return null;
    },
    listRecoveries: () => store.listRecoveries(),
    discardRecovery: async (articleId) => {
      await store.discardRecovery(articleId);
      return null;
    },
    fileDraft: (articleId) => changing('articles', fileDraft(store, articleId)),
    getFilingInfo: async () => ({
      inboxDir: path.join(store.info.path, INBOX_DIR),
      outboxDir: path.join(store.info.path, OUTBOX_DIR),
      watching: options.inbox?.()?.isWatching() ?? false,
      recent: options.inbox?.()?.recent() ?? [],
    }),
  };
}
