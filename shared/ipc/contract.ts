// The one API between the renderer and the services. Each method has a schema for its
// arguments (main validates every call against it) and a result type; every call resolves to a
// Result, so errors travel as values with a Chinese message and a code.
import type { PreflightProblem } from '../preflight/preflight';
import { z } from 'zod';
import { articleIdSchema, articleNodeSchema, assetIdSchema, type Article } from '../model/article';
import type { AuditRecord } from '../model/audit';
import type { Result } from '../model/errors';
import { issueDateSchema, issueIdSchema, issueSchema, type Issue } from '../model/issue';
import type { IssueRecoveryEntry } from '../model/issue-recovery';
import type { HeldPackage, HoldReason, RegisteredReporter } from '../model/filing-keys';
import type { FitChange, FitProblem } from '../layout/fit';
import type { PublicationProfile } from '../model/profile';
import { profileSchema } from '../model/profile';
import { ARTICLE_STATUSES } from '../model/status';
import { settingsSchema, type ArticleIndexEntry, type IssueIndexEntry, type Settings } from '../model/workspace';

const content = z.array(articleNodeSchema).min(1).max(5_000);

/** The base64 length of the largest photo the store takes (50 MB), so a larger one fails validation. */
const MAX_PHOTO_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

/** An export's id, chosen by the renderer so it can cancel it and match its progress events. */
export const exportJobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '导出任务编号格式不正确');
/** A file path as typed or picked; the services check what it may point at. */
const filePath = z
  .string()
  .max(4096)
  .refine((value) => !value.includes('\0'), '路径不能含有空字符');

/** A package's name in inbox/held/; the services check it is a plain name of a file there. */
const heldName = z.string().min(1).max(255);

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
  /** Saves the issue; `baseRev` is the revision the edit started from (a stale one is ISSUE_CONFLICT). */
  saveIssue: z.tuple([issueSchema, z.number().int().min(1)]),
  /** 新建下一期; `layoutFrom` names an issue whose pages it starts from, as empty frames. */
  createIssue: z.tuple([z.strictObject({ date: issueDateSchema.optional(), layoutFrom: issueIdSchema.optional() })]),
  /** The page editor's journal of unsaved layout: written at once on every edit, cleared by saveIssue. */
  writeIssueRecovery: z.tuple([z.strictObject({ issueId: issueIdSchema, baseRev: z.number().int().min(1), issue: issueSchema })]),
  /** The unsaved layout to offer (恢复未保存的版面), or null when there is none or the issue was saved since. */
  readIssueRecovery: z.tuple([issueIdSchema]),
  discardIssueRecovery: z.tuple([issueIdSchema]),
  /** Autosave: unsaved editor content goes to the recovery journal every couple of seconds. */
  writeRecovery: z.tuple([z.strictObject({ articleId: articleIdSchema, baseRev: z.number().int().min(1), content })]),
  listRecoveries: z.tuple([]),
  discardRecovery: z.tuple([articleIdSchema]),
  /** 恢复未保存的修改: the journal's content becomes the article's next revision (recorded as restored). */
  restoreRecovery: z.tuple([articleIdSchema]),
  /** The audit trail's entries about one article, oldest first: who received, edited, placed… it. */
  getAuditTrail: z.tuple([articleIdSchema]),
  /** Reporter mode (提交): writes the article's draft package into the outbox and marks it 已提交. */
  fileDraft: z.tuple([articleIdSchema]),
  /** The filing folders, and whether this workstation is watching its inbox (role 编辑). */
  getFilingInfo: z.tuple([]),
  /** Reporter: this workstation's signing key (null before the first filing). */
  getSigningKey: z.tuple([]),
  /** Reporter: writes the public key file for the desk into the outbox (making the key if needed). */
  exportSigningKey: z.tuple([]),
  /** Desk: the registered reporters. */
  listReporters: z.tuple([]),
  /** Desk: registers a reporter from the text of their public key file, then takes packages held for that key. */
  addReporter: z.tuple([z.string().max(64 * 1024)]),
  /** Desk: packages waiting in inbox/held/ (待确认). */
  listHeldPackages: z.tuple([]),
  /** Desk: 接受此密钥 — registers the key with this fingerprint (32 hex digits) and takes its held packages. */
  acceptHeldKey: z.tuple([z.string().regex(/^[0-9a-f]{32}$/, '指纹格式不正确')]),
  /** Desk: 仍然接收 — takes one package held for its revision jump. */
  releaseHeldPackage: z.tuple([heldName]),
  /** Desk: 拒绝此稿件包 — moves one held package to inbox/rejected/. */
  rejectHeldPackage: z.tuple([heldName]),
  /**
   * Exports an issue (all pages or a selection such as "A1,A3-A5") to a print-ready PDF, exactly
   * as `kfq export` does; progress arrives as exportProgress events carrying the job id.
   */
  exportPdf: z.tuple([
    z.strictObject({
      jobId: exportJobIdSchema,
      issueId: issueIdSchema,
      pages: z.string().max(500).optional(),
      bleedMm: z.number().min(0).max(10),
      cropMarks: z.boolean(),
      output: filePath.min(1),
    }),
  ]),
  /** Stops a running export (it rejects with CANCELLED, writing nothing); an unknown job is a no-op. */
  cancelExport: z.tuple([exportJobIdSchema]),
  /** The suggested output file of an issue, and which of the system's file dialogs this shell has. */
  getExportDefaults: z.tuple([issueIdSchema]),
  /** The system's save dialog (Electron only); null when the user cancels it. */
  pickExportFile: z.tuple([filePath]),
  /** Shows a file this workstation exported in the system's file manager. */
  revealFile: z.tuple([filePath.min(1)]),
  /** Everything the renderer needs to lay out an issue itself: profile, issue, articles, photos present. */
  getLayoutSources: z.tuple([issueIdSchema]),
  /** 自动适配: the copy-fit applied to the issue as composed (not saved), what changed and what it could not fix. */
  fitIssueLayout: z.tuple([issueSchema]),
  /** 印前检查: the stored issue's print problems (shared/preflight), page by page. */
  preflightIssue: z.tuple([issueIdSchema]),
  /**
   * A photo dropped on the page or the library, into the workspace's photo store: the file's bytes
   * as base64 (at most 50 MB decoded; the services refuse more, and anything that does not decode).
   */
  addPhoto: z.tuple([z.strictObject({ fileName: z.string().max(255), base64: z.string().max(MAX_PHOTO_BASE64) })]),
  /** A stored photo's pixel size as displayed, for cropping it. */
  getPhotoSize: z.tuple([assetIdSchema]),
  /** 图片库: the workspace's photos, newest first, with their thumbnails ready under /photos/thumbs/. */
  listPhotos: z.tuple([]),
} as const;

export type ApiMethod = keyof typeof apiContract;

/** What 自动适配 returns: the fitted issue (unsaved), each block it changed, and what is left. */
export interface IssueFit {
  issue: Issue;
  changes: FitChange[];
  problems: FitProblem[];
}
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

export interface FiledDraft {
  /** Absolute path of the package written into the outbox. */
  path: string;
  fileName: string;
  packageId: string;
  revision: number;
  /** True when the text had not changed since the last filing, so the same package was written again. */
  repeated: boolean;
  article: Article;
}

/** This workstation's signing key as the reporter sees it. */
export interface SigningKeyInfo {
  /** 32 hex digits. */
  fingerprint: string;
  publicKey: string;
}

export interface ExportedSigningKey extends SigningKeyInfo {
  /** The public key file written into the outbox. */
  file: string;
}

export interface FilingInfo {
  inboxDir: string;
  outboxDir: string;
  watching: boolean;
  /**
   * The last packages the inbox handled since the workstation started, oldest first: packages
   * waiting at start are imported before any window listens, and are announced from here.
   */
  recent: InboxArrived[];
}

/** A finished export. */
export interface ExportResult {
  /** Absolute path of the PDF written. */
  file: string;
  bytes: number;
  /** The labels of the pages exported, in page order. */
  pages: string[];
  issueId: string;
}

/** How far an export has come, counted over the pages being exported. */
export interface ExportProgressCounts {
  /** Pages laid out: 0 until the layout is done, then pagesTotal. */
  pagesLaidOut: number;
  /** Pages written into the PDF so far. */
  pagesWritten: number;
  /** Pages being exported (the selection). */
  pagesTotal: number;
}

export interface ExportProgress extends ExportProgressCounts {
  jobId: string;
  /** What is under way, in Chinese: 排版, 生成 PDF：第 3/8 版, 写入文件, 完成. */
  stage: string;
  /** 0–1, never going back. */
  fraction: number;
}

export interface ExportDefaults {
  /** Suggested absolute path: <workspace>/导出/<刊名>-第<期号>期-<date>.pdf. */
  output: string;
  /** Whether pickExportFile can open the system's save dialog here. */
  canPickFile: boolean;
  /** Whether revealFile can show a file in the system's file manager here. */
  canReveal: boolean;
}

/** A photo in the workspace's store: its id (what a photo block names) and its size as displayed. */
export interface AddedPhoto {
  assetId: string;
  width: number;
  height: number;
  /** True when the same photo was already in the workspace. */
  existed: boolean;
}

/** A photo of the workspace's 图片库. */
export interface PhotoEntry {
  assetId: string;
  /** When it was added to the workspace (ISO time). */
  addedAt: string;
  bytes: number;
  /** Its thumbnail's URL path (an sRGB JPEG at most 320 pixels across). */
  thumbnail: string;
}

export interface LayoutSources {
  profile: PublicationProfile;
  issue: Issue;
  /** Every article the issue's blocks reference that exists. */
  articles: Article[];
  /** Asset ids referenced by the issue's photo blocks and its articles' photos that are in the workspace. */
  presentAssets: string[];
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
  writeIssueRecovery: null;
  readIssueRecovery: IssueRecoveryEntry | null;
  discardIssueRecovery: null;
  writeRecovery: null;
  listRecoveries: RecoveryEntry[];
  discardRecovery: null;
  restoreRecovery: Article;
  getAuditTrail: AuditRecord[];
  fileDraft: FiledDraft;
  getFilingInfo: FilingInfo;
  getSigningKey: SigningKeyInfo | null;
  exportSigningKey: ExportedSigningKey;
  listReporters: RegisteredReporter[];
  addReporter: { reporter: RegisteredReporter; arrivals: InboxArrived[] };
  listHeldPackages: HeldPackage[];
  acceptHeldKey: { reporter: RegisteredReporter; arrivals: InboxArrived[] };
  releaseHeldPackage: InboxArrived;
  rejectHeldPackage: InboxArrived;
  exportPdf: ExportResult;
  cancelExport: null;
  getExportDefaults: ExportDefaults;
  pickExportFile: string | null;
  revealFile: null;
  getLayoutSources: LayoutSources;
  fitIssueLayout: IssueFit;
  preflightIssue: PreflightProblem[];
  addPhoto: AddedPhoto;
  getPhotoSize: { width: number; height: number };
  listPhotos: PhotoEntry[];
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

export const INBOX_STATUSES = ['new', 'updated', 'duplicate', 'conflict', 'rejected', 'held'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** One package handled by the desk's inbox. */
export interface InboxArrived {
  /** The manuscript it became or matched; null when refused. */
  articleId: string | null;
  headline: string;
  revision: number | null;
  status: InboxStatus;
  /** A sentence for the notice, e.g. 收到来稿：《…》（第2版）. */
  message: string;
  /** The package's file name as it arrived. */
  file: string;
  /** A package waiting in inbox/held/ (待确认): why, and its key's fingerprint (null when unsigned). */
  hold?: { reason: HoldReason; fingerprint: string | null };
}

/** Events pushed from the services to the renderer. */
export interface ApiEvents {
  /** filing: the registered reporters or the packages held for the desk changed. */
  workspaceChanged: { what: 'articles' | 'issues' | 'profile' | 'settings' | 'filing' | 'photos' };
  inboxArrived: InboxArrived;
  exportProgress: ExportProgress;
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS: readonly ApiEventName[] = ['workspaceChanged', 'inboxArrived', 'exportProgress'];
export const EVENT_CHANNEL = 'kfq:event';
