// Builds a draft package (format kfq-draft 1): manifest.json, article.json and photos/<sha256>.<ext>
// in a zip. The bytes depend only on the article, the photos, the revision and its time, so
// filing the same version twice gives the same file.
import { zipSync, type Zippable } from 'fflate';
import type { Article, ArticleFiling } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import {
  ARTICLE_PART_PATH,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  packageFileName,
  type ManifestPart,
  type PackageManifest,
} from '../../../shared/model/filing';
import { SIGNATURE_PATH } from '../../../shared/model/filing-keys';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { sniffImageType } from '../asset-store';
import { contentHash, sha256Hex } from './hashes';
import { readDraftPackage } from './package-reader';
import { signManifest, type Signer } from './package-signature';

export interface PackageVersion {
  packageId: string;
  revision: number;
  createdAt: string;
  author: string;
}

export interface BuiltPackage {
  fileName: string;
  bytes: Uint8Array;
  manifest: PackageManifest;
  contentHash: string;
}

/** Stable per article: the reporter's article id and a hash of its author, so two reporters' ids never meet. */
export function packageIdFor(article: Pick<Article, 'id' | 'author'>): string {
  return `${article.id.slice(0, 47)}-${sha256Hex(article.author).slice(0, 8)}`;
}

/**
 * The version a filing writes: unchanged content repeats the last filed version (same name, same
 * bytes); changed content is the next revision.
 */
export function nextPackageVersion(article: Article, now: Date, author: string): PackageVersion {
  const last = article.filing;
  const packageId = last?.packageId ?? packageIdFor(article);
  if (last && last.contentHash === contentHash(article.content)) {
    return { packageId, revision: last.revision, createdAt: last.filedAt, author };
  }
  return { packageId, revision: (last?.revision ?? 0) + 1, createdAt: now.toISOString(), author };
}

export function filingRecord(built: BuiltPackage): ArticleFiling {
  const { packageId, revision, createdAt } = built.manifest;
  return { packageId, revision, contentHash: built.contentHash, filedAt: createdAt, fileName: built.fileName };
}

/** The article as the desk receives it: its text and photos as filed, without the reporter's own history. */
function filedDocument(article: Article, version: PackageVersion): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: article.id,
    status: 'filed',
    author: article.author,
    createdAt: article.createdAt,
    updatedAt: version.createdAt,
    rev: version.revision,
    content: article.content,
    revisions: [],
  };
}

/** Asset ids of the photos the article shows, in reading order, each once. */
export function photoIdsOf(article: Pick<Article, 'content'>): string[] {
  const ids: string[] = [];
  for (const node of article.content)
    if (node.type === 'photo' && node.assetId !== null && !ids.includes(node.assetId)) ids.push(node.assetId);
  return ids;
}

/**
 * The package of one version. With a signer, signature.json signs the manifest; without one the
 * package is unsigned and waits on the desk until someone decides on it (tests build such ones).
 */
export function buildDraftPackage(
  article: Article,
  photos: ReadonlyMap<string, Uint8Array>,
  version: PackageVersion,
  signer?: Signer,
): BuiltPackage {
  const encoder = new TextEncoder();
  const parts: Array<{ path: string; bytes: Uint8Array; level: 0 | 6 }> = [
    { path: ARTICLE_PART_PATH, bytes: encoder.encode(`${JSON.stringify(filedDocument(article, version), null, 2)}\n`), level: 6 },
  ];
  for (const assetId of photoIdsOf(article)) {
    const bytes = photos.get(assetId);
    if (!bytes) throw new DomainError('NOT_FOUND', `稿件引用的图片 ${assetId} 不在工作区中，无法提交。`, assetId);
    // The desk checks each photo against its name; a damaged copy is caught here, before filing.
    if (`${sha256Hex(bytes)}.${sniffImageType(bytes) ?? ''}` !== assetId) {
      throw new DomainError('FILE_INVALID', `图片 ${assetId} 的内容与编号不符（文件可能已损坏），无法提交。`, assetId);
    }
    // Photos are already compressed; storing them keeps filing fast.
    parts.push({ path: `photos/${assetId}`, bytes, level: 0 });
  }
  const manifestParts: ManifestPart[] = parts.map((part) => ({ path: part.path, sha256: sha256Hex(part.bytes), size: part.bytes.length }));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_FORMAT_VERSION,
    packageId: version.packageId,
    revision: version.revision,
    createdAt: version.createdAt,
    author: version.author,
    parts: manifestParts,
  };
  const files: Zippable = { [MANIFEST_PATH]: [encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`), { level: 6 }] };
  if (signer) files[SIGNATURE_PATH] = [encoder.encode(`${JSON.stringify(signManifest(manifest, signer), null, 2)}\n`), { level: 0 }];
  for (const part of parts) files[part.path] = [part.bytes, { level: part.level }];
  // The desk refuses anything beyond its caps, so such a package is not written at all.
  const articleBytes = parts[0]?.bytes.length ?? 0;
  if (articleBytes > PACKAGE_LIMITS.maxDocumentBytes) {
    throw new DomainError(
      'DOCUMENT_TOO_LARGE',
      `稿件正文过大（${(articleBytes / 1048576).toFixed(1)} MB，编辑部最多接收 ${PACKAGE_LIMITS.maxDocumentBytes / 1048576} MB），无法提交。请拆分稿件后再提交。`,
      `${articleBytes}>${PACKAGE_LIMITS.maxDocumentBytes}`,
    );
  }
  const total = parts.reduce((sum, part) => sum + part.bytes.length, 0);
  // The entries beside the parts: the manifest and the signature.
  if (total > PACKAGE_LIMITS.maxTotalBytes || parts.length + 2 > PACKAGE_LIMITS.maxEntries) throw packageTooLarge();
  const bytes = zipSync(files, { mtime: new Date(version.createdAt) });
  if (bytes.length > PACKAGE_LIMITS.maxFileBytes) throw packageTooLarge();
  const built = {
    fileName: packageFileName(version.packageId, version.revision),
    bytes,
    manifest,
    contentHash: contentHash(article.content),
  };
  assertReadable(built);
  return built;
}

function packageTooLarge(): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `稿件包超过上限（${PACKAGE_LIMITS.maxFileBytes / 1048576} MB、${PACKAGE_LIMITS.maxEntries} 个文件），编辑部无法接收。请减少或压缩图片后再提交。`,
  );
}

/** The package is read back exactly as the desk reads it, so one the desk would refuse is never written. */
function assertReadable(built: BuiltPackage): void {
  try {
    readDraftPackage(built.bytes);
  } catch (error) {
    const reason = error instanceof DomainError ? error.message : String(error);
    throw new DomainError('INVALID_ARGUMENT', `稿件包未通过编辑部的接收检查，未提交：${reason}`, reason);
  }
}
