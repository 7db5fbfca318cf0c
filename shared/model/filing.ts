// Draft packages (format kfq-draft 1): the manifest a reporter's package carries, the names its
// parts may have and the limits a desk workstation enforces before it decompresses anything.
import { z } from 'zod';
import { packageIdSchema, packageRevisionSchema, sha256HexSchema } from './article';

export const PACKAGE_FORMAT = 'kfq-draft';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.kfqpkg';
/** Mail programs and sync tools sometimes rename a package; a plain .zip is accepted too. */
export const PACKAGE_EXTENSIONS: readonly string[] = [PACKAGE_EXTENSION, '.zip'];

export const MANIFEST_PATH = 'manifest.json';
export const ARTICLE_PART_PATH = 'article.json';
export const PHOTO_PART_PATTERN = /^photos\/([0-9a-f]{64})\.(jpg|png|tif)$/;

const MB = 1024 * 1024;

/** Hard caps, checked on the zip's directory before any entry is decompressed. */
export const PACKAGE_LIMITS = {
  /** The package file itself. */
  maxFileBytes: 50 * MB,
  maxEntries: 200,
  /** manifest.json and article.json: far above any real article (a few hundred kB). */
  maxDocumentBytes: 8 * MB,
  /** One photo, as the asset store takes it. */
  maxPhotoBytes: 50 * MB,
  /** All entries together once decompressed. */
  maxTotalBytes: 120 * MB,
} as const;

export const partPathSchema = z
  .string()
  .refine(
    (value) => value === ARTICLE_PART_PATH || PHOTO_PART_PATTERN.test(value),
    '清单中的文件名不符合格式（只允许 article.json 和 photos/<sha256>.<jpg|png|tif>）',
  );

export const manifestPartSchema = z.strictObject({
  path: partPathSchema,
  sha256: sha256HexSchema,
  size: z.number().int().min(0).max(PACKAGE_LIMITS.maxPhotoBytes),
});
export type ManifestPart = z.infer<typeof manifestPartSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_FORMAT_VERSION),
  packageId: packageIdSchema,
  revision: packageRevisionSchema,
  createdAt: z.iso.datetime(),
  author: z.string().max(100),
  parts: z
    .array(manifestPartSchema)
    .min(1)
    .max(PACKAGE_LIMITS.maxEntries - 1),
});
export type PackageManifest = z.infer<typeof manifestSchema>;

/** `<packageId>-r<revision>.kfqpkg`: one name per filed version, so the same version always lands on the same file. */
export function packageFileName(packageId: string, revision: number): string {
  return `${packageId}-r${revision}${PACKAGE_EXTENSION}`;
}

export function hasPackageExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return PACKAGE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * JSON with object keys sorted at every level: the same content always gives the same text, so
 * its hash tells whether two versions of an article differ, whatever order their fields were in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  // A prototype-less object, so even a key like __proto__ stays plain data.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) sorted[key] = sortKeys(field);
  }
  return sorted;
}
