// Every method of the API contract over one open workspace store, shared by the Electron IPC
// binding and the browser shell; refusals throw DomainError and dispatchCall returns them as values.
import type { ApiEventName, ApiEvents, ApiHandlers } from '../../shared/ipc/contract';
import type { WorkspaceStore } from './workspace-store';

export interface ApiEventMessage<E extends ApiEventName = ApiEventName> {
  name: E;
  payload: ApiEvents[E];
}

export type ApiNotify = (event: ApiEventMessage) => void;

type Changed = ApiEvents['workspaceChanged']['what'];

export function createApiHandlers(store: WorkspaceStore, notify?: ApiNotify): ApiHandlers {
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
  };
}
