// The durable workspace store: creates and opens a workspace folder (one writer at a time) and
// exposes its profile, settings, articles, issues, photos and autosave journal.
import { Low } from 'lowdb';
import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RecoveryEntry, WorkspaceInfo } from '../../shared/ipc/contract';
import type { Article, ArticleFiling } from '../../shared/model/article';
import type { AuditEvent, AuditRecord } from '../../shared/model/audit';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import type { IssueRecoveryEntry } from '../../shared/model/issue-recovery';
import type { PublicationProfile } from '../../shared/model/profile';
import type { ArticleStatus } from '../../shared/model/status';
import type { ArticleIndexEntry, IssueIndexEntry, Settings, WorkspaceFile } from '../../shared/model/workspace';
import { addFiledArticles, settleUnfinishedBatch } from './article-batch';
import * as received from './article-receive';
import { restoreRecovery } from './article-restore';
import * as articles from './article-store';
import * as assets from './asset-store';
import { readArticleTrail, recordAudit } from './audit/audit-trail';
import { removeStaleTempFilesInTree } from './durable-file';
import { DurableJsonAdapter } from './durable-json-adapter';
import * as issueRecovery from './issue-recovery';
import * as issues from './issue-store';
import type { PhotoInfo } from './photos/photo-check';
import * as recovery from './recovery-journal';
import { createSerialQueue, noteVersion, writeDocument, type StoreContext } from './workspace-context';
import { rebuildIndex, refreshIndexOnOpen, type RebuildReport } from './workspace-index';
import { articlePath, INBOX_DIR, LAYOUT_DIRS, OUTBOX_DIR, workspaceFilePath } from './workspace-layout';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';
import { buildWorkspaceFile, checkedContent, isUsableEmptyFolder, type WorkspaceContent } from './workspace-setup';
import { checkedProfile, checkedSettings, updateSettingsOrProfile } from './workspace-settings';

export type { WorkspaceContent } from './workspace-setup';

export interface OpenOptions {
  now?: () => Date;
  /** Readers take no lock and write nothing; every write is refused. */
  readOnly?: boolean;
  /** The cap on a document's size, read and written alike (MAX_DOCUMENT_BYTES); tests lower it. */
  maxDocumentBytes?: number;
}

export interface InitOptions {
  now?: () => Date;
  settings?: Partial<Settings>;
  staff?: string[];
}

export interface WorkspaceStore {
  readonly info: WorkspaceInfo;
  readonly readOnly: boolean;
  getProfile(): Promise<PublicationProfile>;
  saveProfile(profile: PublicationProfile): Promise<PublicationProfile>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  listArticles(): Promise<ArticleIndexEntry[]>;
  getArticle(id: string): Promise<Article>;
  createArticle(input: articles.NewArticle): Promise<Article>;
  /** New articles as 已提交 in one batch (kfq import --into): all or none are added. */
  addFiledArticles(inputs: readonly articles.NewArticle[], note: string): Promise<Article[]>;
  saveArticle(input: articles.ArticleSave): Promise<Article>;
  setArticleStatus(id: string, status: ArticleStatus, note: string): Promise<Article>;
  deleteArticle(id: string): Promise<void>;
  /** Filing: writes a manuscript received from a draft package (see article-receive.ts). */
  putReceivedArticle(input: received.ReceivedArticle): Promise<Article>;
  /** Filing: records the package a reporter's article was filed in and makes a draft 已提交. */
  markFiled(id: string, filing: ArticleFiling, note: string): Promise<Article>;
  listIssues(): Promise<IssueIndexEntry[]>;
  getIssue(id: string): Promise<Issue>;
  /** `baseRev`: the revision the edit started from (a stale one is ISSUE_CONFLICT); omitted, no check. */
  saveIssue(issue: Issue, baseRev?: number): Promise<Issue>;
  createIssue(options?: issues.NewIssueOptions): Promise<Issue>;
  putAsset(bytes: Uint8Array, options?: assets.PutAssetOptions): Promise<assets.StoredAsset>;
  getAssetPath(assetId: string): Promise<string>;
  /** A stored photo's pixel size, colour space and embedded profile. */
  getAssetInfo(assetId: string): Promise<PhotoInfo>;
  /** A stored photo's thumbnail for the interface (an sRGB JPEG). */
  getAssetThumbnailPath(assetId: string): Promise<string>;
  /** The photos in the store, newest first. */
  listAssets(): Promise<Array<{ assetId: string; addedAt: string; bytes: number }>>;
  writeRecovery(input: recovery.RecoveryInput): Promise<RecoveryEntry>;
  listRecoveries(): Promise<RecoveryEntry[]>;
  discardRecovery(articleId: string): Promise<void>;
  /** The page editor's journal of an issue's unsaved layout (issue-recovery.ts). */
  writeIssueRecovery(input: issueRecovery.IssueRecoveryInput): Promise<IssueRecoveryEntry>;
  readIssueRecovery(issueId: string): Promise<IssueRecoveryEntry | null>;
  discardIssueRecovery(issueId: string): Promise<void>;
  /** The autosaved edits become the article's next revision (恢复未保存的修改). */
  restoreRecovery(articleId: string): Promise<Article>;
  /** Appends to the audit trail under the workstation's user (services/audit); a reader records nothing. */
  recordAudit(...events: AuditEvent[]): Promise<void>;
  /** The audit trail's entries about one article, oldest first. */
  readArticleTrail(articleId: string): Promise<AuditRecord[]>;
  rebuildIndex(): Promise<RebuildReport>;
  /** Waits for pending writes and releases the lock. */
  close(): Promise<void>;
}

function createContext(dir: string, db: Low<WorkspaceFile>, readOnly: boolean, now: () => Date, maxDocumentBytes?: number): StoreContext {
  return {
    dir,
    readOnly,
    now,
    maxDocumentBytes,
    db,
    unfinishedBatch: new Set(),
    migrated: new Set(),
    adapters: new Map(),
    serial: createSerialQueue(),
    closed: false,
  };
}

function createStore(ctx: StoreContext, lock: WorkspaceLock | undefined): WorkspaceStore {
  return {
    get info() {
      return { path: ctx.dir, name: ctx.db.data.profile.name, migratedFiles: ctx.migrated.size };
    },
    readOnly: ctx.readOnly,
    getProfile: async () => structuredClone(ctx.db.data.profile),
    saveProfile: async (profile) => updateSettingsOrProfile(ctx, 'profile', checkedProfile(profile)),
    getSettings: async () => structuredClone(ctx.db.data.settings),
    saveSettings: async (settings) => updateSettingsOrProfile(ctx, 'settings', checkedSettings(settings)),
    listArticles: async () => articles.listArticles(ctx),
    getArticle: (id) => articles.getArticle(ctx, id),
    createArticle: (input) => articles.createArticle(ctx, input),
    addFiledArticles: (inputs, note) => addFiledArticles(ctx, inputs, note),
    saveArticle: (input) => articles.saveArticle(ctx, input),
    setArticleStatus: (id, status, note) => articles.setArticleStatus(ctx, id, status, note),
    deleteArticle: (id) => articles.deleteArticle(ctx, id),
    putReceivedArticle: (input) => received.putReceivedArticle(ctx, input),
    markFiled: (id, filing, note) => received.markFiled(ctx, id, filing, note),
    listIssues: async () => issues.listIssues(ctx),
    getIssue: (id) => issues.getIssue(ctx, id),
    saveIssue: (issue, baseRev) => issues.saveIssue(ctx, issue, baseRev),
    createIssue: (options) => issues.createIssue(ctx, options),
    putAsset: (bytes, options) => assets.putAsset(ctx, bytes, options),
    getAssetPath: (assetId) => assets.getAssetPath(ctx, assetId),
    getAssetInfo: (assetId) => assets.getAssetInfo(ctx, assetId),
    getAssetThumbnailPath: (assetId) => assets.getAssetThumbnailPath(ctx, assetId),
    listAssets: () => assets.listAssets(ctx),
    writeRecovery: (input) => recovery.writeRecovery(ctx, input),
    listRecoveries: () => recovery.listRecoveries(ctx),
    discardRecovery: (articleId) => recovery.discardRecovery(ctx, articleId),
    writeIssueRecovery: (input) => issueRecovery.writeIssueRecovery(ctx, input),
    readIssueRecovery: (issueId) => issueRecovery.readIssueRecovery(ctx, issueId),
    discardIssueRecovery: (issueId) => issueRecovery.discardIssueRecovery(ctx, issueId),
    restoreRecovery: (articleId) => restoreRecovery(ctx, articleId),
    recordAudit: (...events) => recordAudit(ctx, ...events),
    readArticleTrail: async (articleId) => {
      articlePath(ctx.dir, articleId); // refuses a malformed id before the log is read
      return readArticleTrail(ctx.dir, articleId);
    },
    rebuildIndex: () => ctx.serial(() => rebuildIndex(ctx)),
    close: async () => {
      if (ctx.closed) return;
      await ctx.serial(async () => {
        ctx.closed = true;
      });
      await lock?.release();
    },
  };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Creates a workspace in an empty or missing folder and opens it for writing. */
export async function initWorkspace(dir: string, content: WorkspaceContent, options: InitOptions = {}): Promise<WorkspaceStore> {
  const root = path.resolve(dir);
  const now = options.now ?? (() => new Date());
  const checked = checkedContent(content);
  if (await isFile(workspaceFilePath(root))) {
    throw new DomainError('WORKSPACE_EXISTS', `这里已经有一个工作区：${root}。请直接打开它，或选择一个空文件夹。`, root);
  }
  const names = await readdir(root).catch(() => []);
  if (!isUsableEmptyFolder(names)) {
    throw new DomainError('INVALID_ARGUMENT', `所选文件夹不是空的：${root}。请选择一个空文件夹来新建工作区。`, root);
  }
  await mkdir(root, { recursive: true });
  const lock = await acquireWorkspaceLock(root);
  try {
    // Checked again under the lock: another process may have created it meanwhile.
    if (await isFile(workspaceFilePath(root))) throw new DomainError('WORKSPACE_EXISTS', `这里已经有一个工作区：${root}。`, root);
    for (const name of LAYOUT_DIRS) await mkdir(path.join(root, name), { recursive: true });
    const data = buildWorkspaceFile(checked, options);
    const adapter = new DurableJsonAdapter<WorkspaceFile>(workspaceFilePath(root), 'workspace', { workspaceDir: root, now });
    const ctx = createContext(root, new Low(adapter, data), false, now);
    // Photos before the documents that refer to them.
    await assets.writeKnownAssets(root, checked.assets ?? []);
    for (const article of checked.articles) await writeDocument(ctx, articlePath(root, article.id), article);
    await issues.writeIssue(ctx, checked.issue);
    // workspace.json last: until it exists the folder is not a workspace, and init can simply run again.
    await ctx.db.write();
    return createStore(ctx, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Opens an existing workspace; writers take the lock, clear crash leftovers and repair the index. */
export async function openWorkspace(dir: string, options: OpenOptions = {}): Promise<WorkspaceStore> {
  const root = path.resolve(dir);
  const readOnly = options.readOnly ?? false;
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxDocumentBytes;
  const file = workspaceFilePath(root);
  if (!(await isFile(file))) {
    throw new DomainError('WORKSPACE_MISSING', `找不到工作区：${root} 里没有 workspace.json。`, root);
  }
  const lock = readOnly ? undefined : await acquireWorkspaceLock(root);
  try {
    // Filing folders are shared with other programs, so only our own folders are cleaned.
    if (!readOnly) await removeStaleTempFilesInTree(root, 2, new Set([INBOX_DIR, OUTBOX_DIR]));
    const adapter = new DurableJsonAdapter<WorkspaceFile>(file, 'workspace', { workspaceDir: root, now, readOnly, maxBytes });
    const data = await adapter.read();
    if (!data) throw new DomainError('WORKSPACE_MISSING', `找不到工作区：${root} 里没有 workspace.json。`, root);
    const ctx = createContext(root, new Low(adapter, data), readOnly, now, maxBytes);
    noteVersion(ctx, file, adapter.fromVersion);
    if (!readOnly) for (const name of LAYOUT_DIRS) await mkdir(path.join(root, name), { recursive: true });
    // Files of an import cut short before its index was written are removed (a reader leaves them out).
    for (const id of await settleUnfinishedBatch(ctx)) ctx.unfinishedBatch.add(id);
    // An older workspace.json may index files in their old form, so its index is rebuilt from them.
    await refreshIndexOnOpen(ctx, ctx.migrated.has(file));
    return createStore(ctx, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
