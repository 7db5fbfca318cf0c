// The desk's inbox folder: each package is read and checked completely before anything is written,
// then its sender is checked (sender-check.ts), then it is imported (intake.ts) and moved to
// inbox/processed/. A refused package is moved to inbox/rejected/ with a .reason.txt beside it and
// changes nothing else; one the desk must decide on waits in inbox/held/ the same way (held.ts).
import { lstat, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { InboxStatus } from '../../../shared/ipc/contract';
import { DomainError, toErrorInfo, type ErrorInfo } from '../../../shared/model/errors';
import { hasPackageExtension, PACKAGE_LIMITS } from '../../../shared/model/filing';
import { formatFingerprint, type HoldReason } from '../../../shared/model/filing-keys';
import { isErrnoCode, readFileCapped, writeFileDurable } from '../durable-file';
import { checkPhoto, type PhotoFormat } from '../photos/photo-check';
import { INBOX_DIR } from '../workspace-layout';
import type { WorkspaceStore } from '../workspace-store';
import { sha256Hex } from './hashes';
import { receiveDraft } from './intake';
import { asPackageRefusal, readDraftPackage, type DraftPackage } from './package-reader';
import { bindPackage } from './reporter-registry';
import { checkSender, type SenderCheckOptions } from './sender-check';

export const PROCESSED_DIR = 'processed';
export const REJECTED_DIR = 'rejected';
export const HELD_DIR = 'held';
export const REASON_SUFFIX = '.reason.txt';

export interface InboxOutcome {
  /** The package's file name as it arrived. */
  file: string;
  status: InboxStatus;
  articleId: string | null;
  headline: string;
  revision: number | null;
  message: string;
  /** Where the package went, relative to the workspace: inbox/processed/…, inbox/rejected/… or inbox/held/…. */
  movedTo: string;
  error?: ErrorInfo;
  /** Held packages: why, and the sending key's fingerprint (null when unsigned). */
  hold?: { reason: HoldReason; fingerprint: string | null };
}

export interface InboxOptions extends SenderCheckOptions {
  now?: () => Date;
}

/** A file of the inbox: its path, or its path's bytes when its name is not UTF-8. */
type InboxPath = string | Buffer;

export function inboxDir(store: WorkspaceStore): string {
  return path.join(store.info.path, INBOX_DIR);
}

/**
 * Names the inbox leaves alone: hidden and temporary files are packages still being written by
 * whatever delivers them (a sync tool, a copy in progress, our own atomic writes).
 */
export function isPendingName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|partial|crdownload|download)$/i.test(name);
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

// File systems allow 255 bytes in a name. A name we derive must leave room for its reason file's
// suffix and the durable write's temp name (.NAME.tmp-PID-RANDOM) around that.
const MAX_NAME_BYTES = 255;
const DERIVED_NAME_BYTES = MAX_NAME_BYTES - REASON_SUFFIX.length - 40;

/**
 * `name` if short enough, else its stem cut at a character boundary, `~` and 8 hex digits of the
 * whole name's SHA-256, then its extension: names that only differ late stay apart.
 */
export function fittedName(name: string, maxBytes = DERIVED_NAME_BYTES): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const rawExtension = path.extname(name);
  const extension = Buffer.byteLength(rawExtension) <= 16 ? rawExtension : '';
  const tag = `~${sha256Hex(name).slice(0, 8)}`;
  let budget = maxBytes - Buffer.byteLength(tag + extension);
  let stem = '';
  for (const char of name.slice(0, name.length - rawExtension.length)) {
    budget -= Buffer.byteLength(char);
    if (budget < 0) break;
    stem += char;
  }
  return `${stem}${tag}${extension}`;
}

/**
 * A name in `dir` not yet taken: name.ext, then name (2).ext, name (3).ext …, each at most
 * `maxBytes` long (by default short enough for a reason file beside it).
 */
export async function freeName(dir: string, name: string, maxBytes = DERIVED_NAME_BYTES): Promise<string> {
  const fitted = fittedName(name, maxBytes);
  const extension = path.extname(fitted);
  const stem = fitted.slice(0, fitted.length - extension.length);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? fitted : fittedName(`${stem} (${n})${extension}`, maxBytes);
    if (!(await exists(path.join(dir, candidate))) && !(await exists(path.join(dir, `${candidate}${REASON_SUFFIX}`)))) return candidate;
  }
}

/**
 * Moves a handled package out of the inbox. Not flushed: after a power cut the package may be back
 * in the inbox, and importing it again changes nothing.
 */
async function moveOut(file: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  // Nothing is written beside a processed package: its name may keep all it had.
  const target = path.join(dir, await freeName(dir, path.basename(file), MAX_NAME_BYTES));
  await rename(file, target);
  return target;
}

function reasonText(name: string, error: ErrorInfo, at: Date): string {
  return [
    '来稿被拒收',
    `文件：${name}`,
    `时间：${at.toISOString()}`,
    `原因：${error.message}`,
    `错误代码：${error.code}`,
    ...(error.detail ? [`详情：${error.detail}`] : []),
    '',
    '该文件未被导入，工作区中的稿件和图片没有任何改动。',
    '',
  ].join('\n');
}

/** Reads and checks a package file; every refusal is a DomainError. */
export async function readPackageFile(file: string): Promise<DraftPackage> {
  const info = await lstat(file);
  if (info.isSymbolicLink()) throw new DomainError('PACKAGE_UNSAFE', '收件箱中的这个文件是符号链接，可能指向工作区以外的文件，已拒收。');
  if (!info.isFile()) throw new DomainError('FILE_INVALID', '收件箱中的这一项不是普通文件，已拒收。');
  if (!hasPackageExtension(file)) throw new DomainError('FILE_INVALID', '这不是稿件包：稿件包的扩展名应为 .kfqpkg 或 .zip，已拒收。');
  let bytes: Uint8Array;
  try {
    bytes = await readFileCapped(file, PACKAGE_LIMITS.maxFileBytes, '稿件包');
  } catch (error) {
    throw asPackageRefusal(error);
  }
  const pkg = readDraftPackage(bytes);
  // Every photo decodes before anything is written: one that does not refuses the whole package.
  for (const photo of pkg.photos) {
    const format = photo.assetId.slice(-3) as PhotoFormat;
    await checkPhoto(photo.bytes, format).catch((error: unknown) => {
      const info = toErrorInfo(error);
      throw new DomainError(info.code, `稿件包中的图片 ${photo.assetId}：${info.message.replace(/未添加。$/, '已拒收。')}`, photo.assetId);
    });
  }
  return pkg;
}

/**
 * Moves a refused package to rejected/ with its reason beside it. The reason is written first, so a
 * package never sits in rejected/ without one; if the move then fails, the reason goes again.
 */
export async function reject(
  store: WorkspaceStore,
  file: InboxPath,
  name: string,
  error: ErrorInfo,
  now: () => Date,
  storeAs = name,
): Promise<InboxOutcome> {
  const dir = path.join(inboxDir(store), REJECTED_DIR);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, await freeName(dir, storeAs));
  const reason = `${target}${REASON_SUFFIX}`;
  await writeFileDurable(reason, reasonText(name, error, now()));
  try {
    await rename(file, target);
  } catch (moveError) {
    await unlink(reason).catch(() => undefined);
    throw moveError;
  }
  await forgetHold(file);
  return {
    file: name,
    status: 'rejected',
    articleId: null,
    headline: '',
    revision: null,
    message: `来稿被拒收（${name}）：${error.message}`,
    movedTo: path.relative(store.info.path, target),
    error,
  };
}

/**
 * Handles one file of the inbox; undefined when it is gone or still being written. Failures of
 * the workstation itself (a full disk) are thrown and leave the package in the inbox for later.
 */
export async function receivePackageFile(
  store: WorkspaceStore,
  file: string,
  options: InboxOptions = {},
): Promise<InboxOutcome | undefined> {
  const now = options.now ?? (() => new Date());
  const name = path.basename(file);
  if (isPendingName(name)) return undefined;
  if (!(await exists(file))) {
    // A name that is not UTF-8 reaches us decoded with U+FFFD in it, a path that does not exist.
    return name.includes('\ufffd') ? rejectUndecodableNamed(store, file, now) : undefined;
  }
  let pkg: DraftPackage;
  try {
    pkg = await readPackageFile(file);
  } catch (error) {
    // Gone meanwhile: another process (or a user) took it away.
    if (isErrnoCode(error, 'ENOENT')) return undefined;
    const info = toErrorInfo(error);
    if (info.code === 'FILE_NOT_FOUND') return undefined;
    if (info.code === 'INTERNAL') throw error;
    return reject(store, file, name, info, now);
  }
  const verdict = await checkSender(store, pkg, options);
  if (verdict.kind === 'hold') return hold(store, file, name, pkg, verdict, now);
  if (verdict.kind === 'reject') return reject(store, file, name, verdict.error.toInfo(), now);
  // Bound before intake: should intake fail, a retry finds the same binding.
  await bindPackage(store.info.path, pkg.manifest.packageId, verdict.signer.publicKey);
  const result = await receiveDraft(store, pkg, now);
  const target = await moveProcessed(store, file);
  await forgetHold(file);
  return {
    file: name,
    status: result.status,
    articleId: result.article.id,
    headline: pkg.headline,
    revision: pkg.manifest.revision,
    message: result.message,
    movedTo: path.relative(store.info.path, target),
  };
}

/** Into processed/; a byte-identical copy already there is kept instead of a second one. */
async function moveProcessed(store: WorkspaceStore, file: string): Promise<string> {
  const dir = path.join(inboxDir(store), PROCESSED_DIR);
  const same = path.join(dir, path.basename(file));
  if (await exists(same)) {
    const [a, b] = await Promise.all([
      readFileCapped(file, PACKAGE_LIMITS.maxFileBytes),
      readFileCapped(same, PACKAGE_LIMITS.maxFileBytes).catch(() => null),
    ]);
    if (b && sha256Hex(a) === sha256Hex(b)) {
      await unlink(file);
      return same;
    }
  }
  return moveOut(file, dir);
}

interface InboxEntries {
  /** Packages waiting, oldest name first so revisions arrive in order. */
  packages: string[];
  /** Names that are not UTF-8, as their bytes: no string path reaches them. */
  undecodable: Buffer[];
}

async function inboxEntries(dir: string): Promise<InboxEntries> {
  const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => []);
  const packages: string[] = [];
  const undecodable: Buffer[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const name = strictUtf8(entry.name);
    if (name === null) undecodable.push(Buffer.concat([Buffer.from(`${dir}${path.sep}`), entry.name]));
    else if (!isPendingName(name)) packages.push(path.join(dir, name));
  }
  packages.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { packages, undecodable };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The reason file of a package that waited in held/, once the package has left it. */
async function forgetHold(file: InboxPath): Promise<void> {
  if (typeof file === 'string' && path.basename(path.dirname(file)) === HELD_DIR)
    await unlink(`${file}${REASON_SUFFIX}`).catch(() => undefined);
}

function holdText(name: string, pkg: DraftPackage, error: ErrorInfo, fingerprint: string | null, at: Date): string {
  return [
    '来稿待确认',
    `文件：${name}`,
    `时间：${at.toISOString()}`,
    `稿件：《${pkg.headline}》（第${pkg.manifest.revision}版），记者：${pkg.manifest.author}`,
    `稿件包编号：${pkg.manifest.packageId}`,
    `密钥指纹：${fingerprint ? formatFingerprint(fingerprint) : '（未签名）'}`,
    `原因：${error.message}`,
    `错误代码：${error.code}`,
    '',
    '该稿件包尚未导入。编辑部接受其密钥（或放行）后导入，拒绝则移入 rejected/。',
    '',
  ].join('\n');
}

/**
 * Moves a package the desk must decide on into held/, its reason (with the key's fingerprint)
 * written first; one already in held/ only has its reason brought up to date.
 */
async function hold(
  store: WorkspaceStore,
  file: string,
  name: string,
  pkg: DraftPackage,
  verdict: { reason: HoldReason; error: DomainError },
  now: () => Date,
): Promise<InboxOutcome> {
  const dir = path.join(inboxDir(store), HELD_DIR);
  await mkdir(dir, { recursive: true });
  const fingerprint = pkg.signer?.fingerprint ?? null;
  const error = verdict.error.toInfo();
  const target = path.dirname(file) === dir ? file : path.join(dir, await freeName(dir, name));
  await writeFileDurable(`${target}${REASON_SUFFIX}`, holdText(name, pkg, error, fingerprint, now()));
  if (target !== file) {
    try {
      await rename(file, target);
    } catch (moveError) {
      await unlink(`${target}${REASON_SUFFIX}`).catch(() => undefined);
      throw moveError;
    }
  }
  return {
    file: name,
    status: 'held',
    articleId: null,
    headline: pkg.headline,
    revision: pkg.manifest.revision,
    message: error.message,
    movedTo: path.relative(store.info.path, target),
    error,
    hold: { reason: verdict.reason, fingerprint },
  };
}

/** Every package waiting in the inbox, oldest name first so revisions arrive in order. */
export async function pendingPackages(store: WorkspaceStore): Promise<string[]> {
  return (await inboxEntries(inboxDir(store))).packages;
}

/** A file name that is not UTF-8, shown with the bytes that are not as \\xHH. */
function describeRawName(raw: Uint8Array): string {
  let shown = '';
  for (let index = 0; index < raw.length;) {
    const lead = raw[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    const char = length > 0 && index + length <= raw.length ? strictUtf8(raw.subarray(index, index + length)) : null;
    if (char === null) {
      shown += `\\x${lead.toString(16).padStart(2, '0')}`;
      index += 1;
    } else {
      shown += char;
      index += length;
    }
  }
  return shown;
}

function baseNameBytes(raw: Buffer): Buffer {
  return raw.subarray(raw.lastIndexOf(path.sep.charCodeAt(0)) + 1);
}

/**
 * Refuses a file whose name is not UTF-8 (a name another system wrote in GBK, say): it is moved to
 * rejected/ under a name of its bytes' hash, with its reason, instead of being passed over for ever.
 */
async function rejectUndecodable(store: WorkspaceStore, raw: Buffer, now: () => Date): Promise<InboxOutcome | undefined> {
  const info = await lstat(raw).catch(() => undefined);
  if (!info) return undefined;
  const base = baseNameBytes(raw);
  const shown = describeRawName(base);
  const extension = /\.(kfqpkg|zip)$/i.exec(base.toString('latin1'))?.[0] ?? '';
  const error = new DomainError(
    'FILE_NAME_INVALID',
    `文件名不是有效的 UTF-8 编码（${shown.slice(0, 200)}），无法识别，已拒收。请发件方改用 UTF-8 文件名后重新发送。`,
    base.toString('hex'),
  ).toInfo();
  return reject(store, raw, shown, error, now, `文件名无法识别-${sha256Hex(base).slice(0, 12)}${extension}`);
}

/** The file, not UTF-8 in name, that `file` (its name decoded with U+FFFD) stands for. */
async function rejectUndecodableNamed(store: WorkspaceStore, file: string, now: () => Date): Promise<InboxOutcome | undefined> {
  const { undecodable } = await inboxEntries(path.dirname(file));
  const raw = undecodable.find((candidate) => baseNameBytes(candidate).toString('utf8') === path.basename(file));
  return raw ? rejectUndecodable(store, raw, now) : undefined;
}

/** What one pass over the inbox did: every package handled, and those the workstation failed on. */
export interface InboxRun {
  outcomes: InboxOutcome[];
  /** Failures of the workstation itself (a full disk); each package stays in the inbox for the next pass. */
  failures: Array<{ file: string; error: ErrorInfo }>;
}

/** Processes the inbox once (kfq inbox, and the watcher's first pass); a failure on one package does not stop the others. */
export async function runInboxPass(store: WorkspaceStore, options: InboxOptions = {}): Promise<InboxRun> {
  const now = options.now ?? (() => new Date());
  const run: InboxRun = { outcomes: [], failures: [] };
  const { packages, undecodable } = await inboxEntries(inboxDir(store));
  const handle = async (file: string, step: () => Promise<InboxOutcome | undefined>): Promise<void> => {
    try {
      const outcome = await step();
      if (outcome) run.outcomes.push(outcome);
    } catch (error) {
      run.failures.push({ file, error: toErrorInfo(error) });
    }
  };
  for (const raw of undecodable) await handle(describeRawName(baseNameBytes(raw)), () => rejectUndecodable(store, raw, now));
  for (const file of packages) await handle(path.basename(file), () => receivePackageFile(store, file, options));
  return run;
}

/** Processes the inbox once; throws the first failure of the workstation after handling every package. */
export async function processInbox(store: WorkspaceStore, options: InboxOptions = {}): Promise<InboxOutcome[]> {
  const run = await runInboxPass(store, options);
  const failure = run.failures[0];
  if (failure) throw new DomainError(failure.error.code, failure.error.message, failure.error.detail);
  return run.outcomes;
}
