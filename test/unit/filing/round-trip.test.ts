// Filing from a reporter's workstation to the desk's: 提交 writes one package into the outbox,
// the desk's inbox imports it as 已提交, the same package twice is one manuscript, a newer revision
// keeps the older in history, and a desk edit is never overwritten (both versions are kept).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textElement } from '../../../shared/model/article';
import { processInbox, receivePackageFile } from '../../../electron/services/filing/inbox';
import { fileDraft } from '../../../electron/services/filing/outbox';
import { deliver, makeWorld, treeOutsideInbox, writeDraft, type FilingWorld } from './filing-fixtures';

let world: FilingWorld;
beforeEach(async () => {
  world = await makeWorld();
});
afterEach(async () => {
  await world.close();
});

const clock = (iso: string) => () => new Date(iso);

/** Files the reporter's article and hands the package to the desk's inbox. */
async function fileAndDeliver(articleId: string, at = '2025-05-12T08:00:00.000Z') {
  const filed = await fileDraft(world.reporter, articleId, clock(at));
  const file = await deliver(world.deskDir, filed.fileName, await readFile(filed.path));
  return { filed, file };
}

async function editDraft(articleId: string, paragraph: string): Promise<void> {
  const article = await world.reporter.getArticle(articleId);
  await world.reporter.saveArticle({
    id: articleId,
    baseRev: article.rev,
    content: [...article.content, textElement('paragraph', paragraph)],
    note: '',
  });
}

describe('提交 on the reporter side', () => {
  it('writes <packageId>-r1.kfqpkg into the outbox atomically and marks the draft 已提交', async () => {
    const id = await writeDraft(world.reporter, '园区新建科创中心投入使用', ['科创中心总面积三万平方米。']);
    const filed = await fileDraft(world.reporter, id, clock('2025-05-12T08:00:00.000Z'));
    expect(filed.revision).toBe(1);
    expect(filed.fileName).toBe(`${filed.packageId}-r1.kfqpkg`);
    expect(filed.packageId.startsWith(`${id}-`)).toBe(true);
    expect(path.dirname(filed.path)).toBe(path.join(world.reporterDir, 'outbox'));
    // Only the package: no temp file left behind.
    expect(await readdir(path.join(world.reporterDir, 'outbox'))).toEqual([filed.fileName]);
    expect(filed.article.status).toBe('filed');
    expect(filed.article.filing).toMatchObject({ packageId: filed.packageId, revision: 1, fileName: filed.fileName });
    expect((await world.reporter.getArticle(id)).status).toBe('filed');
  });

  it('files unchanged text again as the very same package, and changed text as the next revision', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const first = await fileDraft(world.reporter, id, clock('2025-05-12T08:00:00.000Z'));
    const bytes = await readFile(first.path);
    const again = await fileDraft(world.reporter, id, clock('2025-05-12T09:00:00.000Z'));
    expect(again).toMatchObject({ revision: 1, repeated: true, fileName: first.fileName });
    expect(Buffer.compare(await readFile(again.path), bytes)).toBe(0);
    expect(again.article.rev).toBe(first.article.rev);
    await editDraft(id, '企业开办一日办结。');
    const second = await fileDraft(world.reporter, id, clock('2025-05-12T10:00:00.000Z'));
    expect(second).toMatchObject({ revision: 2, repeated: false, fileName: `${first.packageId}-r2.kfqpkg` });
    expect((await readdir(path.join(world.reporterDir, 'outbox'))).sort()).toEqual([first.fileName, second.fileName].sort());
  });

  it('refuses to file a draft whose photo was damaged, and writes no package', async () => {
    const id = await writeDraft(world.reporter, '有图的稿件', ['正文。']);
    const article = await world.reporter.getArticle(id);
    const photo = article.content.find((node) => node.type === 'photo');
    if (photo?.type !== 'photo' || !photo.assetId) throw new Error('draft without photo');
    await writeFile(await world.reporter.getAssetPath(photo.assetId), 'damaged');
    await expect(fileDraft(world.reporter, id)).rejects.toMatchObject({ code: 'FILE_INVALID' });
    expect(await readdir(path.join(world.reporterDir, 'outbox'))).toEqual([]);
    expect((await world.reporter.getArticle(id)).status).toBe('draft');
  });

  it('refuses to file without a workstation user name, before any package is written', async () => {
    const id = await writeDraft(world.reporter, '无署名的提交', ['正文。']);
    await world.reporter.saveSettings({ ...(await world.reporter.getSettings()), userName: '' });
    await expect(fileDraft(world.reporter, id)).rejects.toMatchObject({ code: 'USER_NAME_MISSING' });
    expect(await readdir(path.join(world.reporterDir, 'outbox'))).toEqual([]);
    expect((await world.reporter.getArticle(id)).status).toBe('draft');
  });

  it('refuses to file an article the desk already works on', async () => {
    const id = await writeDraft(world.reporter, '稿件', ['正文。']);
    await world.reporter.setArticleStatus(id, 'filed', '');
    await world.reporter.setArticleStatus(id, 'editing', '');
    await expect(fileDraft(world.reporter, id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await readdir(path.join(world.reporterDir, 'outbox'))).toEqual([]);
  });
});

describe('the desk inbox', () => {
  it('imports a package as a 已提交 manuscript with its photo, and moves it to inbox/processed', async () => {
    const id = await writeDraft(world.reporter, '园区新建科创中心投入使用', ['科创中心总面积三万平方米。', '首批入驻企业二十家。']);
    const { filed, file } = await fileAndDeliver(id);
    const outcome = await receivePackageFile(world.desk, file);
    expect(outcome).toMatchObject({
      status: 'new',
      revision: 1,
      headline: '园区新建科创中心投入使用',
      message: '收到来稿：《园区新建科创中心投入使用》（第1版）',
    });
    const received = await world.desk.getArticle(outcome!.articleId!);
    const sent = await world.reporter.getArticle(id);
    expect(received.status).toBe('filed');
    expect(received.content).toEqual(sent.content);
    expect(received.author).toBe('王波');
    expect(received.source).toMatchObject({ packageId: filed.packageId, revision: 1, author: '王波' });
    const photo = received.content.find((node) => node.type === 'photo');
    expect(photo?.type === 'photo' && photo.assetId).toBeTruthy();
    if (photo?.type === 'photo' && photo.assetId)
      expect(await world.desk.getAssetPath(photo.assetId)).toContain(path.join(world.deskDir, 'assets'));
    expect(await readdir(path.join(world.deskDir, 'inbox'))).toEqual(['processed']);
    expect(await readdir(path.join(world.deskDir, 'inbox', 'processed'))).toEqual([filed.fileName]);
    const entry = (await world.desk.listArticles()).find((candidate) => candidate.id === received.id);
    expect(entry).toMatchObject({
      status: 'filed',
      headline: '园区新建科创中心投入使用',
      source: { packageId: filed.packageId, revision: 1 },
    });
  });

  it('gives one manuscript for the same package twice, and changes nothing the second time', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const { filed, file } = await fileAndDeliver(id);
    const first = await receivePackageFile(world.desk, file);
    const before = await treeOutsideInbox(world.deskDir);
    const count = (await world.desk.listArticles()).length;
    const again = await deliver(world.deskDir, filed.fileName, await readFile(filed.path));
    const second = await receivePackageFile(world.desk, again);
    expect(second).toMatchObject({ status: 'duplicate', articleId: first!.articleId });
    expect(second!.message).toContain('已经收到过');
    expect(await treeOutsideInbox(world.deskDir)).toEqual(before);
    expect((await world.desk.listArticles()).length).toBe(count);
    expect((await world.desk.getArticle(first!.articleId!)).rev).toBe(1);
    // The identical copy is not kept twice.
    expect(await readdir(path.join(world.deskDir, 'inbox', 'processed'))).toEqual([filed.fileName]);
  });

  it('updates the manuscript with a newer revision and keeps the older text in its history', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const one = await fileAndDeliver(id);
    const first = await receivePackageFile(world.desk, one.file);
    const older = (await world.desk.getArticle(first!.articleId!)).content;
    await editDraft(id, '企业开办一日办结。');
    const two = await fileAndDeliver(id, '2025-05-12T10:00:00.000Z');
    const second = await receivePackageFile(world.desk, two.file);
    expect(second).toMatchObject({ status: 'updated', articleId: first!.articleId, revision: 2 });
    expect(second!.message).toBe('收到来稿：《营商环境再优化》（第2版），已更新稿件，上一版保留在修订记录中');
    const article = await world.desk.getArticle(first!.articleId!);
    expect(article.rev).toBe(2);
    expect(article.status).toBe('filed');
    expect(JSON.stringify(article.content)).toContain('企业开办一日办结。');
    expect(article.revisions).toHaveLength(1);
    expect(article.revisions[0]).toMatchObject({ rev: 1, note: '收到来稿第2版', by: '王波', content: older });
    expect(article.source?.revision).toBe(2);
    // Revision 1 arriving late is reported and changes nothing.
    const before = await treeOutsideInbox(world.deskDir);
    const late = await receivePackageFile(
      world.desk,
      await deliver(world.deskDir, `late-${one.filed.fileName}`, await readFile(one.filed.path)),
    );
    expect(late).toMatchObject({ status: 'duplicate' });
    expect(await treeOutsideInbox(world.deskDir)).toEqual(before);
  });

  it('keeps both versions when the desk has edited the manuscript since the last package', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const one = await fileAndDeliver(id);
    const first = await receivePackageFile(world.desk, one.file);
    const deskId = first!.articleId!;
    const received = await world.desk.getArticle(deskId);
    const deskContent = [...received.content, textElement('paragraph', '编辑部补充的一段。')];
    await world.desk.saveArticle({ id: deskId, baseRev: received.rev, content: deskContent, note: '编辑部修改' });

    await editDraft(id, '记者补充的一段。');
    const two = await fileAndDeliver(id, '2025-05-12T10:00:00.000Z');
    const second = await receivePackageFile(world.desk, two.file);
    expect(second!.status).toBe('conflict');
    expect(second!.message).toContain('编辑部已修改过这篇稿件');
    // The desk's version is untouched …
    const original = await world.desk.getArticle(deskId);
    expect(original.content).toEqual(deskContent);
    expect(original.rev).toBe(2);
    // … and the reporter's version is a new 已提交 manuscript linked to it.
    const copy = await world.desk.getArticle(second!.articleId!);
    expect(copy.id).not.toBe(deskId);
    expect(copy.status).toBe('filed');
    expect(JSON.stringify(copy.content)).toContain('记者补充的一段。');
    expect(JSON.stringify(copy.content)).not.toContain('编辑部补充的一段。');
    expect(copy.source?.conflictOf).toEqual({ articleId: deskId, reason: 'edited' });
    const entries = await world.desk.listArticles();
    expect(entries.find((entry) => entry.id === copy.id)?.source?.conflictOf?.articleId).toBe(deskId);

    // Revision 3 follows the reporter's line: the untouched copy is updated, the desk's version still stands.
    await editDraft(id, '记者第三次补充。');
    const three = await fileAndDeliver(id, '2025-05-12T11:00:00.000Z');
    const third = await receivePackageFile(world.desk, three.file);
    expect(third).toMatchObject({ status: 'updated', articleId: copy.id, revision: 3 });
    expect((await world.desk.getArticle(copy.id)).source?.conflictOf?.articleId).toBe(deskId);
    expect((await world.desk.getArticle(deskId)).content).toEqual(deskContent);
  });

  it('treats unsaved desk edits and an approved manuscript as desk work too', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const first = await receivePackageFile(world.desk, (await fileAndDeliver(id)).file);
    const deskId = first!.articleId!;
    await world.desk.writeRecovery({ articleId: deskId, baseRev: 1, content: [textElement('headline', '未保存的标题')] });
    await editDraft(id, '第二版。');
    const second = await receivePackageFile(world.desk, (await fileAndDeliver(id, '2025-05-12T10:00:00.000Z')).file);
    expect(second).toMatchObject({ status: 'conflict' });
    expect((await world.desk.getArticle(deskId)).rev).toBe(1);

    await world.desk.setArticleStatus(second!.articleId!, 'editing', '');
    await world.desk.setArticleStatus(second!.articleId!, 'approved', '');
    await editDraft(id, '第三版。');
    const third = await receivePackageFile(world.desk, (await fileAndDeliver(id, '2025-05-12T11:00:00.000Z')).file);
    expect(third).toMatchObject({ status: 'conflict' });
    expect((await world.desk.getArticle(third!.articleId!)).source?.conflictOf).toEqual({
      articleId: second!.articleId,
      reason: 'approved',
    });
    expect((await world.desk.getArticle(second!.articleId!)).status).toBe('approved');
  });

  it('processes a whole inbox in revision order', async () => {
    const id = await writeDraft(world.reporter, '营商环境再优化', ['审批时限压缩一半。']);
    const one = await fileDraft(world.reporter, id, clock('2025-05-12T08:00:00.000Z'));
    await editDraft(id, '第二版。');
    const two = await fileDraft(world.reporter, id, clock('2025-05-12T09:00:00.000Z'));
    await deliver(world.deskDir, two.fileName, await readFile(two.path));
    await deliver(world.deskDir, one.fileName, await readFile(one.path));
    const outcomes = await processInbox(world.desk);
    expect(outcomes.map((outcome) => [outcome.revision, outcome.status])).toEqual([
      [1, 'new'],
      [2, 'updated'],
    ]);
  });
});
