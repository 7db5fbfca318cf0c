// Review journeys through 稿件流转: 退回 and 审核通过 with a note (shown in 修订记录 and 操作记录,
// kept in the article's history and in the audit log), and 已审 → 已上版, each checked on the
// screen, in the library and in the workspace's files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import type { AuditEntry } from '../../shared/model/audit';
import type { WorkspaceFile } from '../../shared/model/workspace';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest, E2E_USER } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readArticleFile, readJson } from './support/workspace';

const fixture = appPerTest();

async function auditLog(dir: string): Promise<AuditEntry[]> {
  const text = await readFile(path.join(dir, 'audit.log.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AuditEntry);
}

function workspaceIndex(dir: string): Promise<WorkspaceFile> {
  return readJson(path.join(dir, 'workspace.json')) as Promise<WorkspaceFile>;
}

async function indexEntry(dir: string, id: string) {
  return (await workspaceIndex(dir)).articles.find((entry) => entry.id === id);
}

/** A new manuscript with a headline and a paragraph, saved, still 草稿. */
async function writeNewArticle(page: Page, headline: string, body: string): Promise<EditorPage> {
  const frame = new AppPage(page);
  const library = new LibraryPage(page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  await library.createArticle();
  const editor = new EditorPage(page);
  await editor.waitLoaded();
  await editor.typeInto('headline', headline);
  await editor.typeInto('paragraph', body);
  await editor.save();
  return editor;
}

async function openSample(page: Page): Promise<{ editor: EditorPage; headline: string }> {
  const frame = new AppPage(page);
  const library = new LibraryPage(page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  const headline = (await library.headlines())[0] ?? '';
  await library.open(headline);
  const editor = new EditorPage(page);
  await editor.waitLoaded();
  return { editor, headline };
}

describe('review journeys', () => {
  it('退回 with a note: the reason stands in 修订记录 and 操作记录, in the article file and the audit log', async () => {
    const { page, dir } = fixture.app;
    const headline = '开发区夜市经济试点方案出台';
    const editor = await writeNewArticle(page, headline, '试点选在创业大街，每晚开放至二十二时。');
    const id = await editor.articleId();
    await editor.changeStatus('提交', '', '已提交');
    const note = '缺少市场监管部门的意见，请补充采访后再提交';
    await editor.changeStatus('退回', note, '退回');

    // On screen: the workflow now offers the way back, the note is shown with who returned it.
    expect(await page.locator('.status-actions button').allInnerTexts()).toEqual(['改回草稿', '提交']);
    expect(await editor.statusNote().inputValue()).toBe('');
    const previous = editor.revisions().nth(1);
    expect(await previous.innerText()).toContain(`说明：${note}`);
    expect(await previous.innerText()).toContain(`由 ${E2E_USER} 修改`);
    await expect.poll(() => editor.auditTrail().first().innerText()).toContain(note);
    expect(await editor.auditTrail().first().getAttribute('data-audit-action')).toBe('status');
    expect(await editor.auditTrail().first().innerText()).toContain('由“已提交”改为“退回”');
    await screenshot(page, 'j06-returned-with-note');

    // On disk: the status, the note in the history, the audit line with the user and the note.
    const saved = (await readArticleFile(dir, id)) as Article;
    expect(saved.status).toBe('returned');
    expect(saved.revisions.at(-1)).toMatchObject({ status: 'filed', note, by: E2E_USER });
    expect((await indexEntry(dir, id))?.status).toBe('returned');
    const last = (await auditLog(dir)).at(-1)!;
    expect(last).toMatchObject({ user: E2E_USER, action: 'status', target: { articleId: id } });
    expect(last.detail).toContain(`说明：${note}`);

    // The library lists it as 退回.
    await new AppPage(page).goTo('稿件库');
    const library = new LibraryPage(page);
    await library.row(headline).waitFor();
    expect(await library.statusOf(headline)).toBe('退回');
    expect(fixture.app.problems).toEqual([]);
  });

  it('审核通过 with a note after 开始编辑: the note is on screen, in the history and in the audit log', async () => {
    const { page, dir } = fixture.app;
    const { editor, headline } = await openSample(page);
    const id = await editor.articleId();
    await editor.changeStatus('开始编辑', '', '编辑中');
    const note = '数据已与管委会统计局核对无误';
    await editor.changeStatus('审核通过', note, '已审');

    expect(await page.locator('.status-actions button').allInnerTexts()).toEqual(['上版', '开始编辑', '退回']);
    expect(await editor.revisions().nth(1).innerText()).toContain(`说明：${note}`);
    await expect.poll(() => editor.auditTrail().count()).toBe(2);
    expect(await editor.auditTrail().first().innerText()).toContain(`由“编辑中”改为“已审”`);
    expect(await editor.auditTrail().first().innerText()).toContain(`说明：${note}`);
    // A change without a note shows none.
    expect(await editor.auditTrail().nth(1).innerText()).not.toContain('说明：');
    await screenshot(page, 'j07-approved-with-note');

    const saved = (await readArticleFile(dir, id)) as Article;
    expect(saved.status).toBe('approved');
    expect(saved.rev).toBe(3);
    expect(saved.revisions.map((revision) => [revision.status, revision.note])).toEqual([
      ['placed', ''],
      ['editing', note],
    ]);
    const lines = (await auditLog(dir)).filter((entry) => entry.target.articleId === id);
    expect(lines.map((entry) => entry.detail.includes(`说明：${note}`))).toEqual([false, true]);

    await new AppPage(page).goTo('稿件库');
    const library = new LibraryPage(page);
    await library.row(headline).waitFor();
    expect(await library.statusOf(headline)).toBe('已审');
    expect(fixture.app.problems).toEqual([]);
  });

  it('已审 → 已上版 with 上版: the status on screen, in the library and on disk; the article may then only be reopened', async () => {
    const { page, dir } = fixture.app;
    const headline = '智能网联汽车测试道路延长至二十公里';
    const editor = await writeNewArticle(page, headline, '新增路段覆盖园区主要交叉路口。');
    const id = await editor.articleId();
    await editor.changeStatus('提交', '', '已提交');
    await editor.changeStatus('开始编辑', '', '编辑中');
    await editor.changeStatus('审核通过', '', '已审');
    await editor.changeStatus('上版', '排入下期第三版', '已上版');
    expect(await page.locator('.status-actions button').allInnerTexts()).toEqual(['开始编辑']);
    expect(await page.locator('.editor-header .status-badge').innerText()).toBe('已上版');
    await screenshot(page, 'j08-placed');

    const saved = (await readArticleFile(dir, id)) as Article;
    expect(saved.status).toBe('placed');
    expect(saved.revisions.map((revision) => revision.status)).toEqual(['draft', 'draft', 'filed', 'editing', 'approved']);
    expect(saved.revisions.at(-1)?.note).toBe('排入下期第三版');
    expect((await indexEntry(dir, id))?.status).toBe('placed');
    expect((await auditLog(dir)).at(-1)?.detail).toContain('由“已审”改为“已上版”');

    await new AppPage(page).goTo('稿件库');
    const library = new LibraryPage(page);
    await library.row(headline).waitFor();
    await library.filterStatus('已上版');
    await expect
      .poll(() => library.rows().count())
      .toBe((await workspaceIndex(dir)).articles.filter((entry) => entry.status === 'placed').length);
    expect(await library.statusOf(headline)).toBe('已上版');
    expect(fixture.app.problems).toEqual([]);
  });
});
