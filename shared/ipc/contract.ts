// The one API between the renderer and the services. Each method has a schema for its
// arguments (main validates every call against it) and a result type; every call resolves to a
// Result, so errors travel as values with a Chinese message and a code.
import { z } from 'zod';
import { articleIdSchema, articleNodeSchema, type Article } from '../model/article';
import type { Result } from '../model/errors';
import { issueIdSchema, issueSchema, isoDateSchema, type Issue } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { profileSchema } from '../model/profile';
import { ARTICLE_STATUSES } from '../model/status';
import { settingsSchema, type ArticleIndexEntry, type IssueIndexEntry, type Settings } from '../model/workspace';

const content = z.array(articleNodeSchema).min(1).max(5_000);

export const apiContract = {
  getWorkspaceInfo: z.tuple([]),
  getProfile: z.tuple([]),
  saveProfile: z.tuple([profileSchema]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([settingsSchema]),
  listArticles: z.tuple([]),
  getArticle: z.tuple([articleIdSchema]),
  createArticle: z.tuple([z.strictObject({ content, author: z.string().max(100) })]),
  /** Saves new content; `baseRev` is the revision the edit started from (a stale one is a conflict). */
  saveArticle: z.tuple([z.strictObject({ id: articleIdSchema, baseRev: z.number().int().min(1), content, note: z.string().max(500) })]),
  setArticleStatus: z.tuple([articleIdSchema, z.enum(ARTICLE_STATUSES), z.string().max(500)]),
  listIssues: z.tuple([]),
  getIssue: z.tuple([issueIdSchema]),
  saveIssue: z.tuple([issueSchema]),
  createIssue: z.tuple([z.strictObject({ date: isoDateSchema.optional() })]),
  /** Autosave: unsaved editor content goes to the recovery journal every couple of seconds. */
  writeRecovery: z.tuple([z.strictObject({ articleId: articleIdSchema, baseRev: z.number().int().min(1), content })]),
  listRecoveries: z.tuple([]),
  discardRecovery: z.tuple([articleIdSchema]),
} as const;

export type ApiMethod = keyof typeof apiContract;
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export interface WorkspaceInfo {
  path: string;
  name: string;
  /** Files that were found in an older format and will be upgraded on next save. */
  migratedFiles: number;
}

export interface RecoveryEntry {
  articleId: string;
  baseRev: number;
  savedAt: string;
  content: Article['content'];
}

export interface ApiResults {
  getWorkspaceInfo: WorkspaceInfo;
  getProfile: PublicationProfile;
  saveProfile: PublicationProfile;
  getSettings: Settings;
  saveSettings: Settings;
  listArticles: ArticleIndexEntry[];
  getArticle: Article;
  createArticle: Article;
  saveArticle: Article;
  setArticleStatus: Article;
  listIssues: IssueIndexEntry[];
  getIssue: Issue;
  saveIssue: Issue;
  createIssue: Issue;
  writeRecovery: null;
  listRecoveries: RecoveryEntry[];
  discardRecovery: null;
}

export type ApiArgs<M extends ApiMethod> = z.infer<(typeof apiContract)[M]>;

/** What the renderer calls: the same shape whether it runs in Electron or in the browser shell. */
export type WorkstationApi = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<Result<ApiResults[M]>>;
};

/** What the services implement: plain async functions that throw DomainError on refusal. */
export type ApiHandlers = {
  [M in ApiMethod]: (...args: ApiArgs<M>) => Promise<ApiResults[M]>;
};

/** The IPC channel of a method; one channel per method so main can bind them one by one. */
export function channelOf(method: ApiMethod): string {
  return `kfq:${method}`;
}

/** Events pushed from the services to the renderer. */
export interface ApiEvents {
  workspaceChanged: { what: 'articles' | 'issues' | 'profile' | 'settings' };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: readonly ApiEventName[] = ['workspaceChanged'];
export const EVENT_CHANNEL = 'kfq:event';
