// Authenticated filing on real files and real Ed25519 keys: a package from a registered key is
// taken; an unsigned one and one from an unknown key wait in inbox/held/ until the desk decides;
// a package id stays with the key that first filed it, so a forged revision (2 or 99999) never
// touches the manuscript and the reporter's real next revision still arrives; a revision far
// ahead waits; a manifest changed after signing is refused.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textElement, type Article, type ArticleNode } from '../../../shared/model/article';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { acceptHeldKey, listHeldPackages, rejectHeldPackage, releaseHeldPackage } from '../../../electron/services/filing/held';
import { receivePackageFile } from '../../../electron/services/filing/inbox';
import { fileDraft } from '../../../electron/services/filing/outbox';
import { fingerprintOf, rawPublicKeyOf, type Signer } from '../../../electron/services/filing/package-signature';
import { buildDraftPackage } from '../../../electron/services/filing/package-writer';
import { readRegistry, registerKey } from '../../../electron/services/filing/reporter-registry';
import { deliver, makeWorld, treeOutsideInbox, writeDraft, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

const clock = (iso: string) => () => new Date(iso);
const HEADLINE = '营商环境再优化';

function newSigner(): Signer {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKeyOf(privateKey) };
}

function article(paragraph: string): Article {
  const content: ArticleNode[] = [textElement('headline', HEADLINE), textElement('paragraph', paragraph)];
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: 'a-20250512-5eed5eed',
    status: 'draft',
    author: '王波',
    createdAt: '2025-05-12T07:00:00.000Z',
    updatedAt: '2025-05-12T07:00:00.000Z',
    rev: 1,
    content,
    revisions: [],
  };
}

const PACKAGE_ID = 'a-20250512-5eed5eed-1a2b3c4d';

/** A package of the shared line, signed by `signer` (or unsigned), delivered into the desk's inbox. */
async function deliverRevision(revision: number, paragraph: string, signer: Signer | undefined, name?: string): Promise<string> {
  const built = buildDraftPackage(
    article(paragraph),
    new Map(),
    { packageId: PACKAGE_ID, revision, createdAt: '2025-05-12T08:00:00.000Z', author: '王波' },
    signer,
  );
  return deliver(world.deskDir, name ?? built.fileName, built.bytes);
}

async function lineText(): Promise<string[]> {
  const entries = (await world.desk.listArticles()).filter((entry) => entry.source?.packageId === PACKAGE_ID);
  const articles = await Promise.all(entries.map((entry) => world.desk.getArticle(entry.id)));
  return articles.map((item) => JSON.stringify(item.content));
}

async function heldNames(): Promise<string[]> {
  return (await readdir(path.join(world.deskDir, 'inbox', 'held')).catch(() => [] as string[])).sort();
}

describe('a package from a registered key', () => {
  it('is imported, and binds its package id to that key', async () => {
    const id = await writeDraft(world.reporter, '园区新建科创中心投入使用', ['科创中心总面积三万平方米。']);
    const filed = await fileDraft(world.reporter, id, clock('2025-05-12T08:00:00.000Z'));
    const zip = unzipSync(await readFile(filed.path));
    expect(Object.keys(zip).filter((name) => !name.startsWith('photos/'))).toEqual(['manifest.json', 'signature.json', 'article.json']);
    const outcome = await receivePackageFile(world.desk, await deliver(world.deskDir, filed.fileName, await readFile(filed.path)));
    expect(outcome).toMatchObject({ status: 'new', revision: 1 });
    const registry = await readRegistry(world.deskDir);
    expect(registry.bindings).toEqual([{ packageId: filed.packageId, publicKey: world.signer.publicKey }]);
  });
});

describe('a package the desk has to decide on', () => {
  it('waits in inbox/held/ when unsigned, shows 待确认 without a key, and can only be rejected', async () => {
    const before = await treeOutsideInbox(world.deskDir);
    const outcome = await receivePackageFile(world.desk, await deliverRevision(1, '第一版。', undefined));
    expect(outcome).toMatchObject({ status: 'held', articleId: null, hold: { reason: 'unsigned', fingerprint: null } });
    expect(outcome?.error?.code).toBe('PACKAGE_UNSIGNED');
    expect(outcome?.movedTo).toBe(path.join('inbox', 'held', `${PACKAGE_ID}-r1.kfqpkg`));
    expect(await heldNames()).toEqual([`${PACKAGE_ID}-r1.kfqpkg`, `${PACKAGE_ID}-r1.kfqpkg.reason.txt`]);
    expect(await readFile(path.join(world.deskDir, 'inbox', 'held', `${PACKAGE_ID}-r1.kfqpkg.reason.txt`), 'utf8')).toContain('（未签名）');
    expect(await treeOutsideInbox(world.deskDir)).toEqual(before);

    const [held] = await listHeldPackages(world.desk);
    expect(held).toMatchObject({ reason: 'unsigned', fingerprint: null, headline: HEADLINE, revision: 1 });
    await expect(releaseHeldPackage(world.desk, held!.file)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    const rejected = await rejectHeldPackage(world.desk, held!.file);
    expect(rejected).toMatchObject({ status: 'rejected', error: { code: 'HELD_REJECTED' } });
    expect(await heldNames()).toEqual([]);
    expect(await readdir(path.join(world.deskDir, 'inbox', 'rejected'))).toContain(`${PACKAGE_ID}-r1.kfqpkg.reason.txt`);
    expect(await treeOutsideInbox(world.deskDir)).toEqual(before);
  });

  it('waits with its fingerprint when the key is unknown, and is imported once the key is accepted', async () => {
    const stranger = newSigner();
    const fingerprint = fingerprintOf(stranger.publicKey);
    const outcome = await receivePackageFile(world.desk, await deliverRevision(1, '第一版。', stranger));
    expect(outcome).toMatchObject({ status: 'held', hold: { reason: 'unknown-key', fingerprint } });
    expect(outcome?.error?.code).toBe('REPORTER_UNKNOWN');
    expect(outcome?.message).toContain(fingerprint.slice(0, 4));
    expect(await lineText()).toEqual([]);
    expect((await listHeldPackages(world.desk)).map((held) => [held.reason, held.fingerprint])).toEqual([['unknown-key', fingerprint]]);

    await expect(acceptHeldKey(world.desk, '0'.repeat(32))).rejects.toMatchObject({ code: 'HELD_NOT_FOUND' });
    const accepted = await acceptHeldKey(world.desk, fingerprint);
    expect(accepted.reporter).toMatchObject({ name: '王波', fingerprint });
    expect(accepted.outcomes).toMatchObject([{ status: 'new', revision: 1 }]);
    expect(await lineText()).toHaveLength(1);
    expect(await heldNames()).toEqual([]);
    expect(await readdir(path.join(world.deskDir, 'inbox', 'processed'))).toEqual([`${PACKAGE_ID}-r1.kfqpkg`]);
  });

  it('waits when its revision jumps more than 1,000 ahead, and is taken when the desk releases it', async () => {
    await registerKey(world.deskDir, { name: '王波', publicKey: world.signer.publicKey });
    expect(await receivePackageFile(world.desk, await deliverRevision(1, '第一版。', world.signer))).toMatchObject({ status: 'new' });
    expect(await receivePackageFile(world.desk, await deliverRevision(1001, '第1001版。', world.signer))).toMatchObject({
      status: 'updated',
    });
    const far = await receivePackageFile(world.desk, await deliverRevision(2002, '第2002版。', world.signer));
    expect(far).toMatchObject({ status: 'held', hold: { reason: 'revision-jump' }, error: { code: 'REVISION_JUMP' } });
    expect((await lineText()).join()).not.toContain('第2002版');
    const released = await releaseHeldPackage(world.desk, `${PACKAGE_ID}-r2002.kfqpkg`);
    expect(released).toMatchObject({ status: 'updated', revision: 2002 });
    expect((await lineText()).join()).toContain('第2002版');
  });

  it('holds a first package whose revision is already beyond 1,000', async () => {
    const outcome = await receivePackageFile(world.desk, await deliverRevision(1001, '开头就是第1001版。', world.signer));
    expect(outcome).toMatchObject({ status: 'held', hold: { reason: 'revision-jump' } });
  });
});

describe('a forged package (a known package id, another key)', () => {
  it('never updates the manuscript, at revision 2 or 99999, and the real revision 3 still arrives', async () => {
    expect(await receivePackageFile(world.desk, await deliverRevision(1, '记者的第一版。', world.signer))).toMatchObject({ status: 'new' });
    const [original] = await lineText();

    // A colleague's registered key cannot take over the line.
    const colleague = newSigner();
    await registerKey(world.deskDir, { name: '赵晨', publicKey: colleague.publicKey });
    const registered = await receivePackageFile(world.desk, await deliverRevision(2, '冒充的第二版。', colleague));
    expect(registered).toMatchObject({ status: 'rejected', error: { code: 'PACKAGE_KEY_MISMATCH' } });
    expect(await lineText()).toEqual([original]);

    // An unknown key is refused outright once the line is bound, however far ahead it claims to be.
    const forger = newSigner();
    const far = await receivePackageFile(world.desk, await deliverRevision(99999, '冒充的第99999版。', forger));
    expect(far).toMatchObject({ status: 'rejected', error: { code: 'PACKAGE_KEY_MISMATCH' } });
    expect(await lineText()).toEqual([original]);

    // Unsigned, the forgery waits and changes nothing either.
    expect(
      await receivePackageFile(world.desk, await deliverRevision(3, '未签名的第三版。', undefined, 'unsigned-r3.kfqpkg')),
    ).toMatchObject({
      status: 'held',
    });
    expect(await lineText()).toEqual([original]);

    const real = await receivePackageFile(world.desk, await deliverRevision(3, '记者的第三版。', world.signer));
    expect(real).toMatchObject({ status: 'updated', revision: 3 });
    const texts = await lineText();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('记者的第三版。');
  });
});

describe('a package changed after signing', () => {
  function resigned(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
    const built = buildDraftPackage(
      article('原文。'),
      new Map(),
      { packageId: PACKAGE_ID, revision: 1, createdAt: '2025-05-12T08:00:00.000Z', author: '王波' },
      world.signer,
    );
    const files = unzipSync(built.bytes);
    change(files);
    return zipSync(files);
  }

  it('is refused when the manifest was edited (SIGNATURE_INVALID)', async () => {
    const bytes = resigned((files) => {
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { revision: number };
      manifest.revision = 2;
      files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    });
    const outcome = await receivePackageFile(world.desk, await deliver(world.deskDir, 'edited.kfqpkg', bytes));
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'SIGNATURE_INVALID' } });
    expect(outcome?.message).toMatch(/签名/);
    expect(await lineText()).toEqual([]);
  });

  it('is refused when the article and its hash in the manifest were both replaced', async () => {
    const bytes = resigned((files) => {
      const text = new TextDecoder().decode(files['article.json']).replace('原文。', '篡改。');
      const forged = new TextEncoder().encode(text);
      files['article.json'] = forged;
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { parts: Array<{ sha256: string; size: number }> };
      manifest.parts[0] = { ...manifest.parts[0]!, sha256: createHash('sha256').update(forged).digest('hex'), size: forged.length };
      files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    });
    const outcome = await receivePackageFile(world.desk, await deliver(world.deskDir, 'swapped.kfqpkg', bytes));
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'SIGNATURE_INVALID' } });
  });

  it('is refused when the signature itself is garbage', async () => {
    const bytes = resigned((files) => {
      files['signature.json'] = new TextEncoder().encode('{"algorithm":"ed25519","publicKey":"AAAA","signature":"x"}');
    });
    const outcome = await receivePackageFile(world.desk, await deliver(world.deskDir, 'garbage.kfqpkg', bytes));
    expect(outcome).toMatchObject({ status: 'rejected', error: { code: 'SIGNATURE_INVALID' } });
  });
});

describe('a forgery held before the line was bound', () => {
  it('is refused when its key is accepted later, and the reporter keeps the line', async () => {
    const forger = newSigner();
    const held = await receivePackageFile(world.desk, await deliverRevision(99999, '冒充的第99999版。', forger));
    expect(held).toMatchObject({ status: 'held', hold: { reason: 'unknown-key' } });
    expect(await receivePackageFile(world.desk, await deliverRevision(1, '记者的第一版。', world.signer))).toMatchObject({ status: 'new' });
    const accepted = await acceptHeldKey(world.desk, fingerprintOf(forger.publicKey));
    expect(accepted.outcomes).toMatchObject([{ status: 'rejected', error: { code: 'PACKAGE_KEY_MISMATCH' } }]);
    expect(await heldNames()).toEqual([]);
    expect(await receivePackageFile(world.desk, await deliverRevision(2, '记者的第二版。', world.signer))).toMatchObject({
      status: 'updated',
      revision: 2,
    });
    expect((await lineText()).join()).toContain('记者的第二版。');
  });
});
