// Ed25519 over a package's manifest (Node's crypto): signing on the reporter's side, verifying on
// the desk's, and the fingerprint people compare when they register a key.
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { DomainError } from '../../../shared/model/errors';
import type { PackageManifest } from '../../../shared/model/filing';
import { manifestSigningText, signatureEntrySchema, type SignatureEntry } from '../../../shared/model/filing-keys';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { decodeUtf8 } from '../durable-file';
import { sha256Hex } from './hashes';

/** A key pair ready to sign with. */
export interface Signer {
  /** The 32 raw bytes of the public key in base64. */
  publicKey: string;
  privateKey: KeyObject;
}

/** Who signed a package, as verified. */
export interface PackageSigner {
  publicKey: string;
  /** 32 hex digits. */
  fingerprint: string;
}

/** The first 16 bytes of the SHA-256 of the raw public key, in hex: 128 bits, enough that no other key can be made to match. */
export function fingerprintOf(publicKeyBase64: string): string {
  return sha256Hex(Buffer.from(publicKeyBase64, 'base64')).slice(0, 32);
}

/** The raw public key (base64) of a Node key object. */
export function rawPublicKeyOf(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** A key object for 32 raw bytes; refused (KEY_INVALID) when they are not an Ed25519 public key. */
export function publicKeyObject(publicKeyBase64: string): KeyObject {
  const raw = Buffer.from(publicKeyBase64, 'base64');
  try {
    if (raw.length !== 32) throw new Error(`${raw.length} bytes`);
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch (error) {
    throw new DomainError('KEY_INVALID', '公钥不是有效的 Ed25519 公钥（应为 32 字节），已拒绝。', String(error));
  }
}

export function signManifest(manifest: PackageManifest, signer: Signer): SignatureEntry {
  const signature = sign(null, Buffer.from(manifestSigningText(manifest), 'utf8'), signer.privateKey);
  return { algorithm: 'ed25519', publicKey: signer.publicKey, signature: signature.toString('base64') };
}

/**
 * Checks signature.json against the manifest the package carries. A signature that does not
 * verify means the manifest (or a part it hashes) changed after signing: SIGNATURE_INVALID.
 */
export function verifyPackageSignature(entryBytes: Uint8Array, manifest: PackageManifest): PackageSigner {
  const what = '稿件包签名（signature.json）';
  let raw: unknown;
  try {
    raw = parseJsonSafely(decodeUtf8(entryBytes, what), what);
  } catch (error) {
    const info = error instanceof DomainError ? error : undefined;
    throw new DomainError('SIGNATURE_INVALID', `${what}无法读取，已拒收。`, info?.message ?? String(error));
  }
  const parsed = signatureEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
      .join('；');
    throw new DomainError('SIGNATURE_INVALID', `${what}不符合格式要求：${problems}，已拒收。`, problems);
  }
  const { publicKey, signature } = parsed.data;
  let valid = false;
  try {
    valid = verify(null, Buffer.from(manifestSigningText(manifest), 'utf8'), publicKeyObject(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new DomainError(
      'SIGNATURE_INVALID',
      '稿件包的签名与内容不符：签名之后清单或稿件被改动过（或签名是伪造的），已拒收。',
      fingerprintOf(publicKey),
    );
  }
  return { publicKey, fingerprint: fingerprintOf(publicKey) };
}
