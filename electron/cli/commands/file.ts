// kfq file ARTICLE.json --out DIR [--assets DIR] [--revision N] [--key FILE] — builds the article's
// draft package into DIR atomically and prints its path. Photos come from the workspace the article
// file lives in, or from --assets; the package is signed with that workspace's key (made on first
// use, as 提交 does) or with --key's. A loose article without --key gives an unsigned package.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/model/errors';
import { parseDocument } from '../../../shared/model/validate';
import { DEFAULT_MAX_ASSET_BYTES } from '../../services/asset-store';
import { decodeUtf8, readFileCapped, readFileCappedIfExists } from '../../services/durable-file';
import { MAX_DOCUMENT_BYTES } from '../../services/durable-json-adapter';
import { writePackageFile } from '../../services/filing/outbox';
import { buildDraftPackage, nextPackageVersion, photoIdsOf } from '../../services/filing/package-writer';
import { loadOrCreateSigningKey, signingKeyPath } from '../../services/filing/signing-key';
import { ARTICLES_DIR, ASSETS_DIR, WORKSPACE_FILE } from '../../services/workspace-layout';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';

/** The workspace folder when the article file sits in <workspace>/articles, else undefined. */
function workspaceOf(articleFile: string): string | undefined {
  const folder = path.dirname(articleFile);
  const workspace = path.dirname(folder);
  return path.basename(folder) === ARTICLES_DIR && existsSync(path.join(workspace, WORKSPACE_FILE)) ? workspace : undefined;
}

async function readPhotos(ids: readonly string[], assetsDir: string | undefined): Promise<Map<string, Uint8Array>> {
  const photos = new Map<string, Uint8Array>();
  for (const id of ids) {
    // The article schema allows only <sha256>.<ext> as a photo id, so it cannot point outside the folder.
    const bytes = assetsDir ? await readFileCappedIfExists(path.join(assetsDir, id), DEFAULT_MAX_ASSET_BYTES) : null;
    if (!bytes) throw new DomainError('NOT_FOUND', `找不到稿件引用的图片 ${id}。请用 --assets 指定存放图片的文件夹。`, id);
    photos.set(id, bytes);
  }
  return photos;
}

export async function runFile(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, assets: { type: 'string' }, revision: { type: 'string' }, key: { type: 'string' } },
    ['ARTICLE.json'],
  );
  if (!values.out) throw new UsageError('缺少 --out DIR（稿件包写入的文件夹）');
  const revision = values.revision === undefined ? undefined : Number(values.revision);
  if (revision !== undefined && (!Number.isInteger(revision) || revision < 1 || revision > 99_999)) {
    throw new UsageError(`--revision 应为 1–99999 之间的整数，而不是“${values.revision}”`);
  }
  const file = path.resolve(positionals[0] ?? '');
  const article = parseDocument('article', decodeUtf8(await readFileCapped(file, MAX_DOCUMENT_BYTES, '稿件文件'), '稿件文件')).value;
  const workspace = workspaceOf(file);
  const assetsDir = values.assets ? path.resolve(values.assets) : workspace && path.join(workspace, ASSETS_DIR);
  const photos = await readPhotos(photoIdsOf(article), assetsDir);
  const version = nextPackageVersion(article, new Date(), article.author);
  const keyFile = values.key ? path.resolve(values.key) : workspace && signingKeyPath(workspace);
  const signer = keyFile ? await loadOrCreateSigningKey(keyFile) : undefined;
  if (!signer) io.err('注意：稿件不在工作区中，也没有用 --key 指定签名密钥，稿件包未签名，编辑部收到后会暂存待确认。');
  const built = buildDraftPackage(article, photos, revision === undefined ? version : { ...version, revision }, signer);
  io.out(await writePackageFile(path.resolve(values.out), built));
  return 0;
}
