// Reads a draft package from its bytes, trusting nothing: the zip directory is checked against
// the caps first, then the manifest, then every part against the manifest's size and SHA-256,
// then the article and its photos. Any doubt refuses the whole package with a Chinese message.
import { articleHeadline, type Article } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import {
  ARTICLE_PART_PATH,
  MANIFEST_PATH,
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  PHOTO_PART_PATTERN,
  type PackageManifest,
} from '../../../shared/model/filing';
import { MAX_KEY_FILE_BYTES, SIGNATURE_PATH } from '../../../shared/model/filing-keys';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { parseDocument } from '../../../shared/model/validate';
import { sniffImageType } from '../asset-store';
import { decodeUtf8 } from '../durable-file';
import { contentHash, sha256Hex } from './hashes';
import { verifyPackageSignature, type PackageSigner } from './package-signature';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { readZipEntry } from './zip-entry';

export interface PackagePhoto {
  /** `<sha256>.<ext>`, the id the article's photo elements use. */
  assetId: string;
  bytes: Uint8Array;
}

export interface DraftPackage {
  manifest: PackageManifest;
  article: Article;
  headline: string;
  contentHash: string;
  photos: PackagePhoto[];
  /** The key whose signature verified; null for an unsigned package. */
  signer: PackageSigner | null;
}

function refused(message: string, detail?: string): DomainError {
  return new DomainError('FILE_INVALID', message, detail);
}

/** The model's refusals speak of opening a file; for a package the outcome is that it is refused. */
export function asPackageRefusal(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const message = error.message
    .replace(/，?(已拒绝打开|无法打开)(，原文件保持不变)?。$/, '，已拒收。')
    .replace(/，无法打开：(.*?)。?$/, '：$1。已拒收。');
  return new DomainError(error.code, message, error.detail);
}

/** Runs a parse step, restating its refusal as a refused package. */
function parsing<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asPackageRefusal(error);
  }
}

function readManifest(zip: Uint8Array, entry: ZipEntry | undefined): PackageManifest {
  if (!entry) throw refused('稿件包中缺少清单文件 manifest.json，已拒收。');
  if (entry.size > PACKAGE_LIMITS.maxDocumentBytes) throw new DomainError('PACKAGE_UNSAFE', '稿件包的清单文件过大，已拒收。');
  const what = '稿件包清单（manifest.json）';
  const bytes = readZipEntry(zip, entry);
  const raw = parsing(() => parseJsonSafely(decodeUtf8(bytes, what), what));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw refused(`${what}的内容不是一个对象，已拒收。`);
  const { format, version } = raw as Record<string, unknown>;
  if (format !== PACKAGE_FORMAT)
    throw refused(`这不是稿件包：清单的格式标记应为“${PACKAGE_FORMAT}”，实际为“${String(format).slice(0, 40)}”，已拒收。`);
  if (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION) {
    throw new DomainError(
      'FILE_NEWER_VERSION',
      `稿件包由更新版本的软件生成（格式版本 ${version}，本软件支持到 ${PACKAGE_FORMAT_VERSION}），请升级软件后再导入，已拒收。`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
      .join('；');
    throw refused(`${what}不符合格式要求：${problems}，已拒收。`, problems);
  }
  return parsed.data;
}

/** Every zip entry is listed in the manifest with its exact size, and the other way round. */
function matchParts(manifest: PackageManifest, entries: ReadonlyMap<string, ZipEntry>): void {
  const listed = new Set<string>();
  for (const part of manifest.parts) {
    if (listed.has(part.path)) throw refused(`稿件包清单重复列出了“${part.path}”，已拒收。`, part.path);
    listed.add(part.path);
    const entry = entries.get(part.path);
    if (!entry) throw refused(`稿件包清单列出的“${part.path}”不在包中（文件缺失），已拒收。`, part.path);
    if (entry.size !== part.size) {
      throw refused(`稿件包中“${part.path}”的大小（${entry.size} 字节）与清单（${part.size} 字节）不符，已拒收。`, part.path);
    }
  }
  if (!listed.has(ARTICLE_PART_PATH)) throw refused('稿件包中缺少稿件正文 article.json，已拒收。');
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && name !== SIGNATURE_PATH && !listed.has(name))
      throw refused(`稿件包中有清单未列出的文件“${name}”，已拒收。`, name);
  }
}

function readArticle(bytes: Uint8Array): Article {
  const what = '稿件包中的稿件（article.json）';
  return parsing(() => parseDocument('article', decodeUtf8(bytes, what), what).value);
}

function readPhoto(path: string, bytes: Uint8Array): PackagePhoto {
  const match = PHOTO_PART_PATTERN.exec(path);
  if (!match) throw refused(`稿件包中的“${path}”不是图片文件名，已拒收。`, path);
  const [, hash, extension] = match;
  if (hash !== sha256Hex(bytes)) throw refused(`稿件包中“${path}”的文件名与内容的 SHA-256 不符，已拒收。`, path);
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw new DomainError('ASSET_UNSUPPORTED', `稿件包中的“${path}”不是 JPEG、PNG 或 TIFF 图片，已拒收。`, path);
  if (sniffed !== extension) throw refused(`稿件包中的“${path}”实际是 ${sniffed} 图片，与扩展名不符，已拒收。`, path);
  return { assetId: `${hash}.${extension}`, bytes };
}

/** Photos the article shows are all in the package, and the package carries no others. */
function matchPhotos(article: Article, photos: readonly PackagePhoto[]): void {
  const carried = new Set(photos.map((photo) => photo.assetId));
  const shown = new Set<string>();
  for (const node of article.content) {
    if (node.type !== 'photo' || node.assetId === null) continue;
    shown.add(node.assetId);
    if (!carried.has(node.assetId)) throw refused(`稿件引用的图片 ${node.assetId} 不在稿件包中，已拒收。`, node.assetId);
  }
  for (const id of carried) if (!shown.has(id)) throw refused(`稿件包中的图片 ${id} 未被稿件使用，已拒收。`, id);
}

function readSignature(zip: Uint8Array, entry: ZipEntry | undefined, manifest: PackageManifest): PackageSigner | null {
  if (!entry) return null;
  if (entry.size > MAX_KEY_FILE_BYTES) throw new DomainError('PACKAGE_UNSAFE', '稿件包的签名文件过大，已拒收。', SIGNATURE_PATH);
  return verifyPackageSignature(readZipEntry(zip, entry), manifest);
}

/** The package's manifest, article and photos; throws a DomainError with a Chinese message on any doubt. */
export function readDraftPackage(zip: Uint8Array): DraftPackage {
  if (zip.length === 0) throw new DomainError('FILE_TRUNCATED', '稿件包是空文件（可能传输不完整），已拒收。');
  if (zip.length > PACKAGE_LIMITS.maxFileBytes) {
    throw new DomainError('FILE_TOO_LARGE', `稿件包过大（超过 ${PACKAGE_LIMITS.maxFileBytes / 1048576} MB），已拒收。`);
  }
  const directory = readZipDirectory(zip, {
    maxEntries: PACKAGE_LIMITS.maxEntries,
    maxEntryBytes: Math.max(PACKAGE_LIMITS.maxDocumentBytes, PACKAGE_LIMITS.maxPhotoBytes),
    maxTotalBytes: PACKAGE_LIMITS.maxTotalBytes,
  });
  const entries = new Map(directory.map((entry) => [entry.name, entry]));
  const manifest = readManifest(zip, entries.get(MANIFEST_PATH));
  matchParts(manifest, entries);
  // Checked before any part is decompressed: a forged package costs the desk no more than this.
  const signer = readSignature(zip, entries.get(SIGNATURE_PATH), manifest);

  let article: Article | undefined;
  const photos: PackagePhoto[] = [];
  for (const part of manifest.parts) {
    const entry = entries.get(part.path)!;
    if (part.path === ARTICLE_PART_PATH && entry.size > PACKAGE_LIMITS.maxDocumentBytes) {
      throw new DomainError('PACKAGE_UNSAFE', '稿件包中的 article.json 过大，已拒收。', part.path);
    }
    const bytes = readZipEntry(zip, entry);
    if (sha256Hex(bytes) !== part.sha256)
      throw refused(`稿件包中“${part.path}”的 SHA-256 与清单不符（文件被改动或损坏），已拒收。`, part.path);
    if (part.path === ARTICLE_PART_PATH) article = readArticle(bytes);
    else photos.push(readPhoto(part.path, bytes));
  }
  if (!article) throw refused('稿件包中缺少稿件正文 article.json，已拒收。');
  matchPhotos(article, photos);
  return { manifest, article, headline: articleHeadline(article), contentHash: contentHash(article.content), photos, signer };
}
