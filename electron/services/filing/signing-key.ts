// The reporter's Ed25519 key pair: one file in the workspace (signing-key.json, mode 0600), made on
// the first filing and never packed. It is created complete or not at all, and by one process only
// (a flushed temp file hard-linked into place), so two filings at once agree on one key. A damaged
// key file is refused, never replaced: a new key is a new identity the desk would have to accept.
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import {
  MAX_KEY_FILE_BYTES,
  PUBLIC_KEY_EXTENSION,
  PUBLIC_KEY_FORMAT,
  reporterNameFrom,
  SIGNING_KEY_FORMAT,
  signingKeyFileSchema,
  type PublicKeyFile,
  type SigningKeyFile,
} from '../../../shared/model/filing-keys';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { decodeUtf8, fsyncDirectory, isErrnoCode, readFileCappedIfExists, writeFileDurable } from '../durable-file';
import { fingerprintOf, rawPublicKeyOf, type Signer } from './package-signature';

export const SIGNING_KEY_FILE = 'signing-key.json';

export function signingKeyPath(workspaceDir: string): string {
  return path.join(workspaceDir, SIGNING_KEY_FILE);
}

function damaged(file: string, detail: string): DomainError {
  return new DomainError(
    'SIGNING_KEY_INVALID',
    `本机的签名密钥文件已损坏，无法签名提交（${file}）。请从备份恢复它；若已无法恢复，把它移走后再提交会生成新密钥，需把新的公钥文件交给编辑部重新登记。`,
    detail,
  );
}

function signerFrom(file: string, stored: SigningKeyFile): Signer {
  try {
    const privateKey = createPrivateKey({ key: stored.privateKey, format: 'pem' });
    // The stored public key must be the private key's own, or packages would name the wrong sender.
    if (rawPublicKeyOf(privateKey) !== stored.publicKey) throw new Error('public key does not match the private key');
    return { publicKey: stored.publicKey, privateKey };
  } catch (error) {
    throw damaged(file, String(error));
  }
}

/** The workspace's key pair, or null when none was made yet. */
export async function readSigningKey(file: string): Promise<Signer | null> {
  const bytes = await readFileCappedIfExists(file, MAX_KEY_FILE_BYTES, '签名密钥文件').catch((error: unknown) => {
    throw damaged(file, String(error instanceof Error ? error.message : error));
  });
  if (!bytes) return null;
  let raw: unknown;
  try {
    raw = parseJsonSafely(decodeUtf8(bytes, '签名密钥文件'), '签名密钥文件');
  } catch (error) {
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
  const parsed = signingKeyFileSchema.safeParse(raw);
  if (!parsed.success) throw damaged(file, parsed.error.issues[0]?.message ?? '');
  return signerFrom(file, parsed.data);
}

/** Writes a new key file only if none exists; false when another process got there first. */
async function createExclusively(file: string, text: string): Promise<boolean> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, file);
    } catch (error) {
      if (isErrnoCode(error, 'EEXIST')) return false;
      // FAT and exFAT drives have no hard links: an exclusive create is the best left there.
      if (!isErrnoCode(error, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP')) throw error;
      try {
        await writeFile(file, text, { flag: 'wx', mode: 0o600 });
      } catch (createError) {
        if (isErrnoCode(createError, 'EEXIST')) return false;
        throw createError;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await fsyncDirectory(path.dirname(file));
  return true;
}

/** The workspace's key pair, made now if there is none. */
export async function loadOrCreateSigningKey(file: string, now: () => Date = () => new Date()): Promise<Signer> {
  const existing = await readSigningKey(file);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  const stored: SigningKeyFile = {
    format: SIGNING_KEY_FORMAT,
    version: 1,
    publicKey: rawPublicKeyOf(privateKey),
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    createdAt: now().toISOString(),
  };
  if (await createExclusively(file, `${JSON.stringify(stored, null, 2)}\n`)) return signerFrom(file, stored);
  const winner = await readSigningKey(file);
  if (!winner) throw damaged(file, 'vanished after creation');
  return winner;
}

/** The public key file the desk imports: name, key and fingerprint, nothing secret. */
export function publicKeyFileOf(signer: Signer, name: string): PublicKeyFile {
  return {
    format: PUBLIC_KEY_FORMAT,
    version: 1,
    name: reporterNameFrom(name),
    publicKey: signer.publicKey,
    fingerprint: fingerprintOf(signer.publicKey),
  };
}

/** Writes the public key file into `dir` as reporter-<first 8 hex of the fingerprint>.kfqkey; returns its path. */
export async function writePublicKeyFile(dir: string, signer: Signer, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `reporter-${fingerprintOf(signer.publicKey).slice(0, 8)}${PUBLIC_KEY_EXTENSION}`);
  await writeFileDurable(file, `${JSON.stringify(publicKeyFileOf(signer, name), null, 2)}\n`);
  return file;
}
