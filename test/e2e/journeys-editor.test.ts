// Journeys through the article editor, each checked on the screen and in the workspace's files:
// 载入最新版本 after a conflict, the toolbar's element types and marks, a photo with its caption and
// credit, an article whose file is damaged, and the read-only editor under the recovery banner.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RecoveryEntry } from '../../shared/ipc/contract';
import type { Article, ArticleNode } from '../../shared/model/article';
import type { WorkspaceFile } from '../../shared/model/workspace';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest, E2E_USER } from './support/app-fixture';
import { openPage, screenshot } from './support/browser';
import { readArticleFile, readJson } from './support/workspace';

const fixture = appPerTest();

async function openArticle(page: Page, headline?: string): Promise<{ editor: EditorPage; headline: string }> {
  const frame = new AppPage(page);
  const library = new LibraryPage(page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  const chosen = headline ?? (await library.headlines())[0] ?? '';
  await library.open(chosen);
  const editor = new EditorPage(page);
  await editor.waitLoaded();
  return { editor, headline: chosen };
}

async function newArticle(page: Page): Promise<EditorPage> {
  const frame = new AppPage(page);
  const library = new LibraryPage(page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  await library.createArticle();
  const editor = new EditorPage(page);
  await editor.waitLoaded();
  return editor;
}

function recoveryFile(dir: string, id: string): string {
  return path.join(dir, '.recovery', `${id}.json`);
}

function textOf(node: ArticleNode): string {
  return node.children.map((leaf) => leaf.text).join('');
}

/** Every file of the workspace (but the lock) with a hash of its bytes: what "nothing changed" compares. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name !== '.lock')
        files[path.relative(dir, full)] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
    }
  };
  await walk(dir);
  return files;
}

describe('editor journeys', () => {
  it('载入最新版本 after a conflict shows the text saved elsewhere and drops my unsaved edit, journal included', async () => {
    const { page, dir } = fixture.app;
    const { editor: mine, headline } = await openArticle(page);
    const id = await mine.articleId();
    const other = await openPage(fixture.browser, fixture.app.shell.url);
    try {
      const { editor: theirs } = await openArticle(other.page, headline);
      await theirs.typeInto('paragraph', '夜班编辑补充的数据核实说明');
      await theirs.save();
      await mine.typeInto('paragraph', '本机还没保存的一句话');
      // The autosave journals the unsaved edit on the workspace's interval (2 s).
      await expect.poll(() => existsSync(recoveryFile(dir, id)), { timeout: 10_000 }).toBe(true);
      await page.keyboard.press('Control+s');
      await mine.conflictBanner().waitFor();
      expect(await mine.conflictBanner().innerText()).toContain('稿件已在别处被修改');

      await mine.reloadLatestButton().click();
      await mine.conflictBanner().waitFor({ state: 'detached' });
      await expect.poll(() => mine.element('paragraph').innerText()).toContain('夜班编辑补充的数据核实说明');
      expect(await mine.element('paragraph').innerText()).not.toContain('本机还没保存的一句话');
      expect(await mine.saveState().innerText()).toBe('已保存');
      await expect.poll(() => mine.revisions().count()).toBe(2);
      await screenshot(page, 'j01-conflict-reloaded');

      // On disk: the other version, untouched by mine; the dropped edit is not kept for recovery.
      const saved = (await readArticleFile(dir, id)) as Article;
      expect(saved.rev).toBe(2);
      expect(JSON.stringify(saved.content)).toContain('夜班编辑补充的数据核实说明');
      expect(JSON.stringify(saved)).not.toContain('本机还没保存的一句话');
      await expect.poll(() => existsSync(recoveryFile(dir, id))).toBe(false);

      // Reopened later, the article offers nothing to recover.
      await page.reload();
      const { editor: reopened } = await openArticle(page, headline);
      await expect.poll(() => reopened.element('paragraph').innerText()).toContain('夜班编辑补充的数据核实说明');
      await page.waitForTimeout(500);
      expect(await reopened.recoveryBanner().count()).toBe(0);
      expect(fixture.app.problems).toEqual([]);
      expect(other.problems).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });

  it('formats a new manuscript from the toolbar: 小标题, 引文, 加粗 and 倾斜 are saved to the article file', async () => {
    const { page, dir } = fixture.app;
    const editor = await newArticle(page);
    const id = await editor.articleId();
    await editor.element('headline').click();
    await page.keyboard.type('高新区公布首批绿色工厂名单');
    await page.keyboard.press('Enter');
    await page.keyboard.type('今年共有八家企业入选，');
    await editor.useTool('加粗');
    await page.keyboard.type('入选企业可享受电价优惠');
    await editor.useTool('加粗');
    await page.keyboard.type('。');
    await page.keyboard.press('Enter');
    await editor.useTool('小标题');
    await page.keyboard.type('评选看哪些指标');
    await expect.poll(() => editor.toolbarButton('小标题').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await editor.useTool('正文');
    await page.keyboard.type('评审组逐项核查能耗和排放数据，');
    await editor.useTool('倾斜');
    await page.keyboard.type('详见附表');
    await editor.useTool('倾斜');
    await page.keyboard.press('Enter');
    await editor.useTool('引文');
    await page.keyboard.type('“绿色是园区最亮的底色。”');

    expect(await editor.element('paragraph', 0).locator('strong').innerText()).toBe('入选企业可享受电价优惠');
    expect(await editor.element('paragraph', 1).locator('em').innerText()).toBe('详见附表');
    expect(await editor.element('subhead').innerText()).toContain('评选看哪些指标');
    expect(await editor.element('quote').innerText()).toContain('绿色是园区最亮的底色');
    await screenshot(page, 'j02-toolbar-formatting');
    await editor.save();

    const saved = (await readArticleFile(dir, id)) as Article;
    // The new manuscript's empty body paragraph stays below what was typed after the headline.
    expect(saved.content.map((node) => node.type)).toEqual(['headline', 'paragraph', 'subhead', 'paragraph', 'quote', 'paragraph']);
    expect(textOf(saved.content[5]!)).toBe('');
    expect(textOf(saved.content[4]!)).toBe('“绿色是园区最亮的底色。”');
    expect(saved.content[1]?.children).toEqual([
      { text: '今年共有八家企业入选，' },
      { text: '入选企业可享受电价优惠', bold: true },
      { text: '。' },
    ]);
    expect(saved.content[3]?.children).toEqual([{ text: '评审组逐项核查能耗和排放数据，' }, { text: '详见附表', italic: true }]);
    expect(textOf(saved.content[2]!)).toBe('评选看哪些指标');

    // Opened again, the editor shows what the file holds.
    await page.reload();
    await editor.waitLoaded();
    await editor.element('paragraph', 0).locator('strong').waitFor();
    expect(await editor.element('paragraph', 1).locator('em').innerText()).toBe('详见附表');
    expect(fixture.app.problems).toEqual([]);
  });

  it('adds a photo element with caption and credit, and changes the credit of a sample photo, keeping its picture', async () => {
    const { page, dir } = fixture.app;
    const editor = await newArticle(page);
    const id = await editor.articleId();
    await editor.element('headline').click();
    await page.keyboard.type('人才公寓主体结构封顶');
    await page.keyboard.press('Enter');
    await page.keyboard.type('项目共建设公寓六百套。');
    await page.keyboard.press('Enter');
    await editor.useTool('图片');
    await editor.element('photo').waitFor();
    await page.keyboard.type('施工人员在公寓楼顶完成最后一方混凝土浇筑');
    await editor.photoCredit().fill('园区宣传办 供图');
    expect(await editor.photoFrame().innerText()).toContain('未附图片');
    expect(await editor.photoCaption().innerText()).toContain('最后一方混凝土浇筑');
    await screenshot(page, 'j03-photo-element');
    await editor.save();

    let saved = (await readArticleFile(dir, id)) as Article;
    const photo = saved.content.find((node) => node.type === 'photo');
    expect(photo).toEqual({
      type: 'photo',
      assetId: null,
      credit: '园区宣传办 供图',
      children: [{ text: '施工人员在公寓楼顶完成最后一方混凝土浇筑' }],
    });

    // A sample article's photo (its picture attached in the page view): a new credit keeps the picture.
    const index = (await readJson(path.join(dir, 'workspace.json'))) as WorkspaceFile;
    let sample: Article | undefined;
    for (const entry of index.articles) {
      const article = (await readArticleFile(dir, entry.id)) as Article;
      if (article.content.some((node) => node.type === 'photo' && node.assetId !== null)) {
        sample = article;
        break;
      }
    }
    expect(sample).toBeDefined();
    const { editor: sampleEditor } = await openArticle(page, index.articles.find((entry) => entry.id === sample!.id)!.headline);
    const before = sample!.content.find((node) => node.type === 'photo')!;
    expect(await sampleEditor.photoCredit().inputValue()).toBe(before.type === 'photo' ? before.credit : '');
    await sampleEditor.photoCredit().fill('本报记者 顾远 摄');
    await expect.poll(() => sampleEditor.saveState().innerText()).toBe('有未保存的修改');
    await sampleEditor.save();
    saved = (await readArticleFile(dir, sample!.id)) as Article;
    const after = saved.content.find((node) => node.type === 'photo');
    expect(after).toEqual({ ...before, credit: '本报记者 顾远 摄' });
    expect(saved.rev).toBe(sample!.rev + 1);
    expect(fixture.app.problems).toEqual([]);
  });

  it('says in Chinese that a damaged article file cannot be opened, and changes nothing on disk', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    const library = new LibraryPage(page);
    await frame.waitReady();
    const index = (await readJson(path.join(dir, 'workspace.json'))) as WorkspaceFile;
    const victim = index.articles[0]!;
    const file = path.join(dir, 'articles', `${victim.id}.json`);
    // Cut off in the middle, as a copy interrupted by a full disk leaves it.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const before = await snapshot(dir);

    await frame.goTo('稿件库');
    await library.waitLoaded();
    await library.open(victim.headline);
    const editor = new EditorPage(page);
    await editor.cannotOpen().waitFor();
    await frame.errorNotice().waitFor();
    const message = await frame.errorNotice().innerText();
    expect(message).toContain('打开稿件失败');
    expect(message).toContain(`articles/${victim.id}.json`);
    expect(message).toMatch(/不完整（内容被截断），已拒绝打开，原文件保持不变/);
    expect(await editor.editor().count()).toBe(0);
    await screenshot(page, 'j04-damaged-article');

    // Back to the library, which still lists the manuscript; nothing was written meanwhile.
    await editor.cannotOpen().getByRole('button', { name: '返回稿件库' }).click();
    await library.waitLoaded();
    expect(await library.row(victim.headline).count()).toBe(1);
    await page.waitForTimeout(2_500);
    expect(await snapshot(dir)).toEqual(before);
    expect(fixture.app.problems).toEqual([]);
  });

  it('keeps the editor read-only under the recovery banner: typing, 保存 and Ctrl+S leave the unsaved edits waiting', async () => {
    const { page, dir } = fixture.app;
    const { editor, headline } = await openArticle(page);
    const id = await editor.articleId();
    await editor.typeInto('paragraph', '断电前写下的一句话');
    await expect.poll(() => existsSync(recoveryFile(dir, id)), { timeout: 10_000 }).toBe(true);
    await page.reload();
    const { editor: reopened } = await openArticle(page, headline);
    await reopened.recoveryBanner().waitFor();
    const stored = (await readArticleFile(dir, id)) as Article;
    const journal = await readFile(recoveryFile(dir, id), 'utf8');
    expect(((JSON.parse(journal) as RecoveryEntry).content as ArticleNode[]).map(textOf).join('')).toContain('断电前写下的一句话');

    // The editor shows the stored text and takes no input; the toolbar is off.
    expect(await reopened.editor().getAttribute('contenteditable')).toBe('false');
    expect(await reopened.toolbarButton('加粗').isDisabled()).toBe(true);
    expect(await reopened.toolbarButton('小标题').isDisabled()).toBe(true);
    const paragraph = await reopened.element('paragraph').innerText();
    const count = await reopened.charCount();
    await reopened.element('paragraph').click();
    await page.keyboard.type('只读时敲的字');
    expect(await reopened.element('paragraph').innerText()).toBe(paragraph);
    expect(await reopened.charCount()).toBe(count);
    expect(await reopened.saveState().innerText()).toBe('已保存');
    await screenshot(page, 'j05-recovery-read-only');

    // Saving now would throw the waiting edits away: neither 保存 nor Ctrl+S may touch the files.
    expect(await reopened.saveButton().isDisabled()).toBe(true);
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(1_000);
    expect(await readFile(recoveryFile(dir, id), 'utf8')).toBe(journal);
    expect(await readArticleFile(dir, id)).toEqual(stored);
    await reopened.recoveryBanner().waitFor();
    // So may the workflow: a status change would make the waiting edits stale.
    expect(await reopened.statusButton('开始编辑').isDisabled()).toBe(true);

    // Choosing 恢复 brings the edits back as the next version, by this workstation's user.
    await reopened.restoreButton().click();
    await reopened.recoveryBanner().waitFor({ state: 'detached' });
    await expect.poll(() => reopened.element('paragraph').innerText()).toContain('断电前写下的一句话');
    expect(await reopened.editor().getAttribute('contenteditable')).toBe('true');
    const restored = (await readArticleFile(dir, id)) as Article;
    expect(restored.rev).toBe(stored.rev + 1);
    expect(restored.revisions.at(-1)).toMatchObject({ by: E2E_USER, note: '恢复自动保存的修改' });
    expect(existsSync(recoveryFile(dir, id))).toBe(false);
    expect(fixture.app.problems).toEqual([]);
  });
});
