// Handlers that record their calls, standing in for the workspace store where a test is about the
// transport (IPC binding, preload, browser shell) and not about the services.
import { vi } from 'vitest';
import { API_METHODS, type ApiHandlers, type ApiMethod } from '../../../shared/ipc/contract';

export type StubHandlers = ApiHandlers & { calls: { method: ApiMethod; args: unknown[] }[] };

export function stubHandlers(): StubHandlers {
  const calls: { method: ApiMethod; args: unknown[] }[] = [];
  const handlers: Record<string, unknown> = { calls };
  for (const method of API_METHODS) {
    handlers[method] = vi.fn(async (...args: unknown[]) => {
      calls.push({ method, args });
      return method === 'listArticles' || method === 'listIssues' || method === 'listRecoveries' ? [] : null;
    });
  }
  return handlers as unknown as StubHandlers;
}

/** One valid argument list per method, so every binding can be exercised end to end. */
export const VALID_ARGS: Partial<Record<ApiMethod, unknown[]>> = {
  getWorkspaceInfo: [],
  listArticles: [],
  getArticle: ['sample-a1-lead'],
  listIssues: [],
  getIssue: ['2025-05-09-14'],
  createIssue: [{}],
  listRecoveries: [],
  discardRecovery: ['sample-a1-lead'],
  setArticleStatus: ['sample-a1-lead', 'filed', ''],
};
