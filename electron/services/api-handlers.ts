// Every method of the API contract over one open workspace store, shared by the Electron IPC
// binding and the browser shell; refusals throw DomainError and dispatchCall returns them as values.
import { preflightStoredIssue } from './layout/issue-preflight';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ApiEventName, ApiEvents, ApiHandlers, InboxArrived } from '../../shared/ipc/contract';
import { DomainError } from '../../shared/model/errors';
import { createExportJobs } from './export/export-jobs';
import { suggestedExportPath } from './export/export-output';
import { createFilingHandlers } from './filing/filing-handlers';
import { fileDraft } from './filing/outbox';
import type { NewIssueOptions } from './issue-store';
import { fitComposedIssue } from './layout/issue-fit';
import { readStoredIssueSources } from './layout/issue-layout';
import { INBOX_DIR, OUTBOX_DIR } from './workspace-layout';
import type { WorkspaceStore } from './workspace-store';

/** One event with its payload; a union over the event names, so checking `name` narrows `payload`. */
export type ApiEventMessage<E extends ApiEventName = ApiEventName> = E extends ApiEventName ? { name: E; payload: ApiEvents[E] } : never;

export type ApiNotify = (event: ApiEventMessage) => void;

type Changed = ApiEvents['workspaceChanged']['what'];

export interface ApiHandlerOptions {
  /** The shell's inbox watcher (filing/desk-inbox.ts), when it runs one. */
  inbox?: () => { isWatching(): boolean; recent(): InboxArrived[] } | undefined;
  /** The system's save dialog for an export (Electron main); null when the user cancels it. */
  pickSaveFile?: (suggestedPath: string) => Promise<string | null>;
  /** Shows a file in the system's file manager (Electron's shell, or the platform's opener). */
  showInFolder?: (file: string) => void | Promise<void>;
}

/** Strict base64: anything else is refused rather than silently skipped (Buffer.from would skip it). */
function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new DomainError('INVALID_ARGUMENT', '图片数据不完整，未添加。');
  }
  return Buffer.from(text, 'base64');
}

/** The contract's options without keys set to undefined (exactOptionalPropertyTypes). */
function newIssueOptions(options: { date?: string | undefined; layoutFrom?: string | undefined }): NewIssueOptions {
  return {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.layoutFrom === undefined ? {} : { layoutFrom: options.layoutFrom }),
  };
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

  const exports = createExportJobs(store, (payload) => notify?.({ name: 'exportProgress', payload }));

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
    saveIssue: (issue, baseRev) => changing('issues', store.saveIssue(issue, baseRev)),
    createIssue: (options) => changing('issues', store.createIssue(newIssueOptions(options))),
    writeIssueRecovery: async (input) => {
      await store.writeIssueRecovery(input);
      return null;
    },
    readIssueRecovery: (issueId) => store.readIssueRecovery(issueId),
    discardIssueRecovery: async (issueId) => {
      await store.discardIssueRecovery(issueId);
      return null;
    },
    writeRecovery: async (input) => {
      await store.writeRecovery(input);
      return null;
    },
    listRecoveries: () => store.listRecoveries(),
    discardRecovery: async (articleId) => {
      await store.discardRecovery(articleId);
      return null;
    },
    restoreRecovery: (articleId) => changing('articles', store.restoreRecovery(articleId)),
    getAuditTrail: (articleId) => store.readArticleTrail(articleId),
    fileDraft: (articleId) => changing('articles', fileDraft(store, articleId)),
    getFilingInfo: async () => ({
      inboxDir: path.join(store.info.path, INBOX_DIR),
      outboxDir: path.join(store.info.path, OUTBOX_DIR),
      watching: options.inbox?.()?.isWatching() ?? false,
      recent: options.inbox?.()?.recent() ?? [],
    }),
    ...createFilingHandlers(store, notify),
    exportPdf: (request) => exports.run(request),
    cancelExport: async (jobId) => {
      exports.cancel(jobId);
      return null;
    },
    getExportDefaults: async (issueId) => {
      const [profile, issue] = await Promise.all([store.getProfile(), store.getIssue(issueId)]);
      return {
        output: suggestedExportPath(store.info.path, profile, issue),
        canPickFile: options.pickSaveFile !== undefined,
        canReveal: options.showInFolder !== undefined,
      };
    },
    pickExportFile: async (suggestedPath) => {
      if (!options.pickSaveFile) {
        throw new DomainError('UNSUPPORTED', '浏览器中无法打开系统的保存对话框，请直接填写文件路径。');
      }
      return options.pickSaveFile(suggestedPath);
    },
    revealFile: async (file) => {
      if (!options.showInFolder) throw new DomainError('UNSUPPORTED', '这里无法打开系统的文件管理器，请自行打开文件所在的文件夹。');
      if (!exports.wasExported(file)) {
        throw new DomainError('INVALID_ARGUMENT', '只能显示本工作站导出的文件，已拒绝。', file);
      }
      const exists = await stat(file).then(
        (stats) => stats.isFile(),
        () => false,
      );
      if (!exists) throw new DomainError('FILE_NOT_FOUND', `找不到导出的文件（可能已被移动或删除）：${file}`, file);
      await options.showInFolder(path.resolve(file));
      return null;
    },
    getLayoutSources: async (issueId) => {
      const { profile, issue, articles, presentAssets } = await readStoredIssueSources(store, issueId);
      return { profile, issue, articles: [...articles.values()], presentAssets: [...presentAssets] };
    },
    fitIssueLayout: (issue) => fitComposedIssue(store, issue),
    preflightIssue: async (issueId) => (await preflightStoredIssue(store, issueId)).problems,
    addPhoto: async ({ base64 }) => {
      const { assetId, existed, info } = await changing('photos', store.putAsset(decodeBase64(base64)));
      return { assetId, existed, width: info.width, height: info.height };
    },
    listPhotos: async () => {
      const entries = await store.listAssets();
      // Thumbnails are made on first listing (a photo copied in by hand has none yet).
      const listed = [];
      for (const entry of entries) {
        const file = await store.getAssetThumbnailPath(entry.assetId).catch(() => undefined);
        if (file !== undefined) listed.push({ ...entry, thumbnail: `/photos/thumbs/${path.basename(file)}` });
      }
      return listed;
    },
    getPhotoSize: async (assetId) => {
      const { width, height } = await store.getAssetInfo(assetId);
      return { width, height };
    },
  };
}
