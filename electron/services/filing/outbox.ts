// 提交 on a reporter's workstation: builds the article's draft package, signed with the
// workstation's key (made on the first filing), writes it into the outbox atomically (a hidden temp
// file, flushed, then renamed) and marks the article 已提交.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FiledDraft } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import { assertFileable } from '../article-receive';
import { DEFAULT_MAX_ASSET_BYTES } from '../asset-store';
import { readFileCapped, readFileCappedIfExists, writeFileDurable } from '../durable-file';
import { OUTBOX_DIR } from '../workspace-layout';
import type { WorkspaceStore } from '../workspace-store';
import { buildDraftPackage, filingRecord, nextPackageVersion, photoIdsOf, type BuiltPackage } from './package-writer';
import { loadOrCreateSigningKey, signingKeyPath } from './signing-key';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Writes a package into `dir` under its own name; a file already holding these bytes is left alone. */
export async function writePackageFile(dir: string, built: BuiltPackage): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, built.fileName);
  // A different or unreadable file under this name is simply replaced.
  const existing = await readFileCappedIfExists(file, built.bytes.length).catch(() => null);
  if (!existing || !sameBytes(existing, built.bytes)) await writeFileDurable(file, built.bytes);
  return file;
}

export async function readPhotos(store: WorkspaceStore, article: Article): Promise<Map<string, Uint8Array>> {
  const photos = new Map<string, Uint8Array>();
  for (const assetId of photoIdsOf(article)) {
    photos.set(assetId, await readFileCapped(await store.getAssetPath(assetId), DEFAULT_MAX_ASSET_BYTES, `图片 ${assetId}`));
  }
  return photos;
}

export async function fileDraft(store: WorkspaceStore, articleId: string, now: () => Date = () => new Date()): Promise<FiledDraft> {
  const article = await store.getArticle(articleId);
  assertFileable(article);
  const settings = await store.getSettings();
  // Checked before anything is written: filing is credited to the workstation's user (see markFiled).
  if (settings.userName.trim() === '') {
    throw new DomainError(
      'USER_NAME_MISSING',
      '请先在“工作站设置”中填写你的姓名，再提交稿件：操作日志要记下是谁提交的。未写出稿件包。',
      '提交稿件',
    );
  }
  const version = nextPackageVersion(article, now(), article.author || settings.userName);
  const signer = await loadOrCreateSigningKey(signingKeyPath(store.info.path), now);
  const built = buildDraftPackage(article, await readPhotos(store, article), version, signer);
  // The package lands before the article says 已提交: a crash in between leaves a package and a
  // draft, and filing again writes the very same package.
  const file = await writePackageFile(path.join(store.info.path, OUTBOX_DIR), built);
  const filed = await store.markFiled(articleId, filingRecord(built), `提交第${version.revision}版`);
  return {
    path: file,
    fileName: built.fileName,
    packageId: version.packageId,
    revision: version.revision,
    repeated: article.filing?.revision === version.revision,
    article: filed,
  };
}
