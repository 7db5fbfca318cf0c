// Who filed a package: the formats of a reporter's Ed25519 keys, of the signature a package
// carries beside its manifest, and of the desk's list of registered reporters. Pure data and
// validators; the cryptography is done by the Node services.
import { z } from 'zod';
import { packageIdSchema } from './article';
import { canonicalJson, type PackageManifest } from './filing';

/** The package entry holding the signature; it signs manifest.json, so the manifest cannot list it. */
export const SIGNATURE_PATH = 'signature.json';
/** A reporter's public key file, carried to the desk like a package. */
export const PUBLIC_KEY_FORMAT = 'kfq-reporter-key';
/** The reporter's own key pair, kept in their workspace and never packed. */
export const SIGNING_KEY_FORMAT = 'kfq-signing-key';
export const PUBLIC_KEY_EXTENSION = '.kfqkey';
/** Key files are a few hundred bytes; anything far larger is not one. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;
/** A revision this far beyond the newest one received waits for the desk (a forged 99999 would block the line). */
export const MAX_REVISION_JUMP = 1000;

/** An Ed25519 public key: its 32 raw bytes in standard base64. */
export const publicKeyBase64Schema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, '公钥应为 32 字节的 Ed25519 公钥（base64）');
/** An Ed25519 signature: 64 raw bytes in standard base64. */
const signatureBase64Schema = z.string().regex(/^[A-Za-z0-9+/]{85}[AQgw]==$/, '签名应为 64 字节的 Ed25519 签名（base64）');

// C0 and C1 controls, bidi overrides and isolates, line separators: a name is shown in lists and
// printed on terminals, where any of these could disguise it.
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const reporterNameSchema = z
  .string()
  .trim()
  .min(1, '姓名不能为空')
  .max(40, '姓名最多 40 个字符')
  .refine((value) => !UNSAFE_NAME_CHARS.test(value), '姓名中含有控制字符');

/** A name taken from a package's author field for a key accepted from it: made safe rather than refused. */
export function reporterNameFrom(author: string): string {
  const cleaned = [...author]
    .filter((char) => !UNSAFE_NAME_CHARS.test(char))
    .join('')
    .trim()
    .slice(0, 40)
    .trim();
  return cleaned || '未署名记者';
}

/** The 32 hex digits of a fingerprint, grouped by four as people read them aloud: `3f2a 9c01 …`. */
export function formatFingerprint(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A fingerprint as typed (spaces, colons, capitals allowed), or null when it is not 32 hex digits. */
export function normalizeFingerprint(input: string): string | null {
  const hex = input.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null;
}

/** What a reporter exports for the desk. The fingerprint is optional and, when present, must match the key. */
export const publicKeyFileSchema = z.strictObject({
  format: z.literal(PUBLIC_KEY_FORMAT),
  version: z.literal(1),
  name: reporterNameSchema,
  publicKey: publicKeyBase64Schema,
  fingerprint: z.string().max(100).optional(),
});
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

export const signingKeyFileSchema = z.strictObject({
  format: z.literal(SIGNING_KEY_FORMAT),
  version: z.literal(1),
  publicKey: publicKeyBase64Schema,
  /** PKCS #8, PEM. */
  privateKey: z.string().max(1000),
  createdAt: z.iso.datetime(),
});
export type SigningKeyFile = z.infer<typeof signingKeyFileSchema>;

export const signatureEntrySchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  publicKey: publicKeyBase64Schema,
  signature: signatureBase64Schema,
});
export type SignatureEntry = z.infer<typeof signatureEntrySchema>;

/**
 * The bytes a package's signature covers: a label, so a signature made for something else can
 * never pass as one, then the manifest in canonical JSON, which holds every part's SHA-256.
 */
export function manifestSigningText(manifest: PackageManifest): string {
  return `kfq-draft manifest signature 1\n${canonicalJson(manifest)}`;
}

export const registeredReporterSchema = z.strictObject({
  name: reporterNameSchema,
  publicKey: publicKeyBase64Schema,
  /** 32 hex digits, ungrouped. */
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
  addedAt: z.iso.datetime(),
});
export type RegisteredReporter = z.infer<typeof registeredReporterSchema>;

/** reporters.json on the desk: who may file, and which key each package id belongs to. */
export const reporterRegistrySchema = z.strictObject({
  format: z.literal('kfq-reporters'),
  version: z.literal(1),
  reporters: z.array(registeredReporterSchema).max(10_000),
  /** packageId → the public key that first filed it. */
  bindings: z.array(z.strictObject({ packageId: packageIdSchema, publicKey: publicKeyBase64Schema })).max(1_000_000),
});
export type ReporterRegistry = z.infer<typeof reporterRegistrySchema>;

export const HOLD_REASONS = ['unsigned', 'unknown-key', 'revision-jump'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** A package waiting in inbox/held/ for the desk's decision, as the desk's lists show it. */
export interface HeldPackage {
  /** Its name in inbox/held/, which the desk's actions name it by. */
  file: string;
  reason: HoldReason;
  /** The sending key's fingerprint (32 hex digits), null for an unsigned package. */
  fingerprint: string | null;
  author: string;
  headline: string;
  packageId: string;
  revision: number;
  /** Why it waits, in a sentence. */
  message: string;
}
