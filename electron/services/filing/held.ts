// Packages waiting in inbox/held/ for the desk: listed as 待确认 with the sending key's fingerprint,
// and the desk's three answers. 接受此密钥 registers the key and takes every package it signed;
// 仍然接收 takes one package held only for its revision jump; 拒绝此稿件包 moves one to rejected/.
// Nothing recorded beside a held package is trusted: each is read and verified again when listed
// or acted on, so a file dropped into held/ by hand gains nothing.
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import { formatFingerprint, reporterNameFrom, type HeldPackage, type RegisteredReporter } from '../../../shared/model/filing-keys';
import type { WorkspaceStore } from '../workspace-store';
import {
  HELD_DIR,
  inboxDir,
  isPendingName,
  readPackageFile,
  REASON_SUFFIX,
  receivePackageFile,
  reject,
  type InboxOptions,
  type InboxOutcome,
} from './inbox';
import type { DraftPackage } from './package-reader';
import { readRegistry, registerKey, reporterByKey } from './reporter-registry';
import { checkSender } from './sender-check';

export function heldDir(store: WorkspaceStore): string {
  return path.join(inboxDir(store), HELD_DIR);
}

interface HeldFile {
  path: string;
  pkg: DraftPackage;
  entry: HeldPackage;
}

async function readHeld(store: WorkspaceStore, name: string): Promise<HeldFile | undefined> {
  const file = path.join(heldDir(store), name);
  let pkg: DraftPackage;
  try {
    pkg = await readPackageFile(file);
  } catch {
    // Not a package this inbox would have held (put there by hand): not offered for a decision.
    return undefined;
  }
  const verdict = await checkSender(store, pkg);
  const fingerprint = pkg.signer?.fingerprint ?? null;
  // A key registered since the package was held (and not yet acted on) is offered for acceptance,
  // which then takes the package, or refuses it for a package id bound to another key.
  const reason = verdict.kind === 'hold' ? verdict.reason : fingerprint ? 'unknown-key' : 'unsigned';
  const message =
    verdict.kind === 'hold'
      ? verdict.error.message
      : verdict.kind === 'reject'
        ? verdict.error.message
        : `签名密钥已登记（指纹 ${formatFingerprint(fingerprint ?? '')}），接受后即导入。`;
  const { manifest } = pkg;
  return {
    path: file,
    pkg,
    entry: {
      file: name,
      reason,
      fingerprint,
      author: manifest.author,
      headline: pkg.headline,
      packageId: manifest.packageId,
      revision: manifest.revision,
      message,
    },
  };
}

async function heldFiles(store: WorkspaceStore): Promise<HeldFile[]> {
  const names = await readdir(heldDir(store)).catch(() => [] as string[]);
  const held: HeldFile[] = [];
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) {
    if (name.endsWith(REASON_SUFFIX) || isPendingName(name)) continue;
    const file = await readHeld(store, name);
    if (file) held.push(file);
  }
  return held;
}

/** The packages waiting for the desk, oldest name first. */
export async function listHeldPackages(store: WorkspaceStore): Promise<HeldPackage[]> {
  return (await heldFiles(store)).map((file) => file.entry);
}

function notFound(what: string): DomainError {
  return new DomainError('HELD_NOT_FOUND', `待确认的来稿中没有${what}（可能已被处理），未作改动。`, what);
}

/** One held package by its name; the name must be a plain file name inside held/. */
async function heldByName(store: WorkspaceStore, name: string): Promise<HeldFile> {
  const plain =
    name.length > 0 &&
    Buffer.byteLength(name) <= 255 &&
    name === path.basename(name) &&
    !/[\\/\0]/.test(name) &&
    name !== '.' &&
    name !== '..' &&
    !name.endsWith(REASON_SUFFIX);
  if (!plain) throw new DomainError('INVALID_ARGUMENT', `“${name.slice(0, 80)}”不是待确认稿件包的文件名，已拒绝。`, name);
  const info = await lstat(path.join(heldDir(store), name)).catch(() => undefined);
  const held = info?.isFile() ? await readHeld(store, name) : undefined;
  if (!held) throw notFound(`“${name}”`);
  return held;
}

/** Takes the held packages one by one; each is checked again, so a forged one is still refused. */
async function takeAll(store: WorkspaceStore, files: readonly HeldFile[], options: InboxOptions): Promise<InboxOutcome[]> {
  const outcomes: InboxOutcome[] = [];
  for (const file of files) {
    const outcome = await receivePackageFile(store, file.path, options);
    if (outcome) outcomes.push({ ...outcome, file: file.entry.file });
  }
  return outcomes;
}

/** Takes the held packages signed by a key that has just been registered. */
export async function takeHeldFrom(store: WorkspaceStore, fingerprint: string, options: InboxOptions = {}): Promise<InboxOutcome[]> {
  const files = (await heldFiles(store)).filter((file) => file.entry.fingerprint === fingerprint);
  return takeAll(store, files, options);
}

/** 接受此密钥: registers the key of the held packages with this fingerprint, then takes them. */
export async function acceptHeldKey(
  store: WorkspaceStore,
  fingerprint: string,
  options: InboxOptions = {},
): Promise<{ reporter: RegisteredReporter; outcomes: InboxOutcome[] }> {
  const files = (await heldFiles(store)).filter((file) => file.entry.fingerprint === fingerprint);
  const signer = files[0]?.pkg.signer;
  if (!signer) throw notFound(`指纹为 ${formatFingerprint(fingerprint)} 的稿件包`);
  const known = reporterByKey(await readRegistry(store.info.path), signer.publicKey);
  const reporter = await registerKey(
    store.info.path,
    { name: known?.name ?? reporterNameFrom(files[0]?.pkg.manifest.author ?? ''), publicKey: signer.publicKey },
    options.now,
  );
  return { reporter, outcomes: await takeAll(store, files, options) };
}

/** 仍然接收: takes one package held only because its revision jumped far ahead. */
export async function releaseHeldPackage(store: WorkspaceStore, name: string, options: InboxOptions = {}): Promise<InboxOutcome> {
  const held = await heldByName(store, name);
  if (held.entry.reason !== 'revision-jump') {
    throw new DomainError(
      'INVALID_ARGUMENT',
      held.entry.reason === 'unsigned'
        ? '未签名的稿件包不能直接接收：无法确认是谁提交的。请记者用新版软件重新提交，或拒绝它。'
        : '这个稿件包的密钥尚未登记：请核对指纹后“接受此密钥”，或拒绝它。',
      name,
    );
  }
  const [outcome] = await takeAll(store, [held], { ...options, allowJump: true });
  if (!outcome) throw notFound(`“${name}”`);
  return outcome;
}

/** 拒绝此稿件包: moves one held package to rejected/ with the desk's decision as its reason. */
export async function rejectHeldPackage(store: WorkspaceStore, name: string, options: InboxOptions = {}): Promise<InboxOutcome> {
  const held = await heldByName(store, name);
  const error = new DomainError(
    'HELD_REJECTED',
    `编辑部拒绝了这个待确认的稿件包《${held.pkg.headline}》（第${held.pkg.manifest.revision}版）。`,
    held.entry.fingerprint ?? undefined,
  );
  return reject(store, held.path, name, error.toInfo(), options.now ?? (() => new Date()));
}
