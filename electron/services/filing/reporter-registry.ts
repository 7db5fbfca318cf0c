// The desk's list of registered reporters and the package ids bound to their keys, in
// <workspace>/reporters.json (a file of its own, so workspace.json and its schema stay as they are).
// Read as untrusted like every workspace file; a damaged list is refused and never overwritten.
// Changes are made one at a time per workspace, so a key accepted while a package binds is not lost.
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import {
  MAX_KEY_FILE_BYTES,
  PUBLIC_KEY_FORMAT,
  publicKeyBase64Schema,
  publicKeyFileSchema,
  reporterRegistrySchema,
  SIGNING_KEY_FORMAT,
  normalizeFingerprint,
  type RegisteredReporter,
  type ReporterRegistry,
} from '../../../shared/model/filing-keys';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { decodeUtf8, readFileCappedIfExists, writeFileDurable } from '../durable-file';
import { fingerprintOf, publicKeyObject } from './package-signature';

export const REPORTERS_FILE = 'reporters.json';
/** Room for a million bindings; far beyond a supplement's years of filing. */
const MAX_REGISTRY_BYTES = 128 * 1024 * 1024;

export function registryPath(workspaceDir: string): string {
  return path.join(workspaceDir, REPORTERS_FILE);
}

function emptyRegistry(): ReporterRegistry {
  return { format: 'kfq-reporters', version: 1, reporters: [], bindings: [] };
}

export async function readRegistry(workspaceDir: string): Promise<ReporterRegistry> {
  const what = '记者名单（reporters.json）';
  const bytes = await readFileCappedIfExists(registryPath(workspaceDir), MAX_REGISTRY_BYTES, what);
  if (!bytes) return emptyRegistry();
  const parsed = reporterRegistrySchema.safeParse(parseJsonSafely(decodeUtf8(bytes, what), what));
  if (!parsed.success) {
    throw new DomainError('FILE_INVALID', `${what}不符合格式要求，已拒绝打开，原文件保持不变。`, parsed.error.issues[0]?.message);
  }
  return parsed.data;
}

const queues = new Map<string, Promise<unknown>>();

/** Reads, changes and writes the list, one change at a time per workspace. */
async function updateRegistry<T>(workspaceDir: string, change: (registry: ReporterRegistry) => T): Promise<T> {
  const key = path.resolve(workspaceDir);
  const run = (queues.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const registry = await readRegistry(workspaceDir);
      const result = change(registry);
      await writeFileDurable(registryPath(workspaceDir), `${JSON.stringify(registry, null, 2)}\n`);
      return result;
    });
  queues.set(key, run);
  try {
    return await run;
  } finally {
    if (queues.get(key) === run) queues.delete(key);
  }
}

export function reporterByKey(registry: ReporterRegistry, publicKey: string): RegisteredReporter | undefined {
  return registry.reporters.find((reporter) => reporter.publicKey === publicKey);
}

export function boundKey(registry: ReporterRegistry, packageId: string): string | undefined {
  return registry.bindings.find((binding) => binding.packageId === packageId)?.publicKey;
}

/** Registers a key (or renames its reporter); the key must already be known to be an Ed25519 key. */
export async function registerKey(
  workspaceDir: string,
  key: { name: string; publicKey: string },
  now: () => Date = () => new Date(),
): Promise<RegisteredReporter> {
  publicKeyObject(key.publicKey);
  return updateRegistry(workspaceDir, (registry) => {
    const existing = reporterByKey(registry, key.publicKey);
    if (existing) {
      existing.name = key.name;
      return existing;
    }
    const reporter = { name: key.name, publicKey: key.publicKey, fingerprint: fingerprintOf(key.publicKey), addedAt: now().toISOString() };
    registry.reporters.push(reporter);
    return reporter;
  });
}

/** Binds a package id to the key that first filed it; a bind to another key is refused. */
export async function bindPackage(workspaceDir: string, packageId: string, publicKey: string): Promise<void> {
  const registry = await readRegistry(workspaceDir);
  const bound = boundKey(registry, packageId);
  if (bound === publicKey) return;
  await updateRegistry(workspaceDir, (current) => {
    const existing = boundKey(current, packageId);
    if (existing !== undefined && existing !== publicKey) throw keyMismatch(packageId, existing);
    if (existing === undefined) current.bindings.push({ packageId, publicKey });
  });
}

export function keyMismatch(packageId: string, boundTo: string): DomainError {
  return new DomainError(
    'PACKAGE_KEY_MISMATCH',
    `稿件包编号 ${packageId} 已属于另一把密钥（指纹 ${fingerprintOf(boundTo)}），这个稿件包由别的密钥签名，可能是冒充的，已拒收。`,
    packageId,
  );
}

function keyFileRefusal(message: string, detail?: string): DomainError {
  return new DomainError('KEY_FILE_INVALID', `${message}，未登记。`, detail);
}

/** Reads a reporter's public key file as untrusted text; every refusal has its own code and changes nothing. */
export function parsePublicKeyFile(text: string): { name: string; publicKey: string; fingerprint: string } {
  const what = '记者公钥文件';
  if (new TextEncoder().encode(text).length > MAX_KEY_FILE_BYTES) throw keyFileRefusal(`这个文件太大，不是${what}`);
  const raw = parseJsonSafely(text, what);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw keyFileRefusal(`这个文件不是${what}`);
  const fields = raw as Record<string, unknown>;
  if (fields.format === SIGNING_KEY_FORMAT || 'privateKey' in fields) {
    throw new DomainError(
      'KEY_FILE_PRIVATE',
      '这是记者本机的私钥文件，不能交给编辑部，未登记。请记者在“工作站设置”中导出公钥文件（.kfqkey），并妥善保管私钥。',
    );
  }
  if (fields.format !== PUBLIC_KEY_FORMAT) throw keyFileRefusal(`这个文件不是${what}（格式标记应为“${PUBLIC_KEY_FORMAT}”）`);
  if (typeof fields.version === 'number' && fields.version > 1) {
    throw new DomainError('FILE_NEWER_VERSION', `${what}由更新版本的软件生成，请升级软件后再导入，未登记。`);
  }
  if (fields.publicKey !== undefined && !publicKeyBase64Schema.safeParse(fields.publicKey).success) {
    throw new DomainError('KEY_INVALID', `${what}中的公钥不是 32 字节的 Ed25519 公钥（base64），未登记。`);
  }
  const parsed = publicKeyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
      .join('；');
    throw keyFileRefusal(`${what}不符合格式要求：${problems}`, problems);
  }
  const { name, publicKey, fingerprint: stated } = parsed.data;
  publicKeyObject(publicKey);
  const fingerprint = fingerprintOf(publicKey);
  if (stated !== undefined && normalizeFingerprint(stated) !== fingerprint) {
    throw new DomainError(
      'KEY_FINGERPRINT_MISMATCH',
      `${what}中写明的指纹与其中的公钥不符（文件可能被改动过），未登记。`,
      `${stated.slice(0, 100)} ≠ ${fingerprint}`,
    );
  }
  return { name, publicKey, fingerprint };
}

/** 工作站设置 → 导入记者密钥文件: the file's text, checked completely before the list changes. */
export async function addReporterFromKeyFile(workspaceDir: string, text: string, now?: () => Date): Promise<RegisteredReporter> {
  const { name, publicKey } = parsePublicKeyFile(text);
  return registerKey(workspaceDir, { name, publicKey }, now);
}
