// Set-up for the filing tests: a reporter's and a desk's workspace side by side in one temporary
// folder (with a canary folder beside them), the reporter's signing key registered on the desk,
// photos, and fingerprints that prove what changed.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { textElement, type ArticleNode } from '../../../shared/model/article';
import type { Role } from '../../../shared/model/workspace';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import type { Signer } from '../../../electron/services/filing/package-signature';
import { registerKey } from '../../../electron/services/filing/reporter-registry';
import { loadOrCreateSigningKey, signingKeyPath } from '../../../electron/services/filing/signing-key';
import { encodePng } from '../pdf/test-images';
import { fingerprint, makeTempDir, removeDir, steppingClock, testContent } from '../services/store-fixtures';

export interface FilingWorld {
  root: string;
  reporterDir: string;
  deskDir: string;
  /** A folder outside both workspaces that hostile packages aim at; it must never change. */
  canaryDir: string;
  reporter: WorkspaceStore;
  desk: WorkspaceStore;
  /** The reporter workstation's key, registered on the desk as 王波's. */
  signer: Signer;
  close(): Promise<void>;
}

export async function openWorkspaceAs(dir: string, role: Role, userName: string, start?: string): Promise<WorkspaceStore> {
  return initWorkspace(dir, testContent(), { now: steppingClock(start), settings: { role, userName } });
}

export async function makeWorld(): Promise<FilingWorld> {
  const root = await makeTempDir('kfq-filing-');
  const reporterDir = path.join(root, 'reporter');
  const deskDir = path.join(root, 'desk');
  const canaryDir = path.join(root, 'canary');
  await mkdir(canaryDir);
  await writeFile(path.join(canaryDir, 'canary.txt'), '金丝雀：这个文件不应被改动。\n');
  const reporter = await openWorkspaceAs(reporterDir, 'reporter', '王波', '2025-05-12T01:00:00.000Z');
  const desk = await openWorkspaceAs(deskDir, 'editor', '张晓燕', '2025-05-13T01:00:00.000Z');
  const signer = await loadOrCreateSigningKey(signingKeyPath(reporterDir));
  await registerKey(deskDir, { name: '王波', publicKey: signer.publicKey });
  return {
    root,
    reporterDir,
    deskDir,
    canaryDir,
    reporter,
    desk,
    signer,
    close: async () => {
      await reporter.close();
      await desk.close();
      await removeDir(root);
    },
  };
}

/** A small real PNG; `seed` changes its pixels and so its hash. */
export function photoBytes(seed: number): Uint8Array {
  return encodePng(4, 3, 2, (x, y) => [seed & 0xff, (x * 60) & 0xff, (y * 80) & 0xff]);
}

export function draftContent(headline: string, paragraphs: readonly string[], photoId: string | null = null): ArticleNode[] {
  const nodes: ArticleNode[] = [textElement('headline', headline), textElement('dateline', '科学导报讯 记者 王波')];
  for (const text of paragraphs) nodes.push(textElement('paragraph', text));
  if (photoId) nodes.push({ type: 'photo', assetId: photoId, credit: '王波摄', children: [{ text: '园区新建的科创中心。' }] });
  return nodes;
}

/** A reporter's draft with one photo. */
export async function writeDraft(store: WorkspaceStore, headline: string, paragraphs: readonly string[]): Promise<string> {
  const photo = await store.putAsset(photoBytes(headline.length));
  const article = await store.createArticle({ content: draftContent(headline, paragraphs, photo.assetId), author: '王波' });
  return article.id;
}

/** Delivers a package the way a sync tool does: a hidden temp name, then a rename into the inbox. */
export async function deliver(deskDir: string, name: string, bytes: Uint8Array): Promise<string> {
  const inbox = path.join(deskDir, 'inbox');
  await mkdir(inbox, { recursive: true });
  const temp = path.join(inbox, `.${name}.partial`);
  await writeFile(temp, bytes);
  const file = path.join(inbox, name);
  await rename(temp, file);
  return file;
}

/** The workspace's files and their hashes, leaving out the inbox (where packages arrive and are moved). */
export async function treeOutsideInbox(dir: string): Promise<Record<string, string>> {
  const all = await fingerprint(dir);
  return Object.fromEntries(Object.entries(all).filter(([file]) => !file.startsWith(`inbox${path.sep}`)));
}

export const CHINESE = /[\u4e00-\u9fff]/;
