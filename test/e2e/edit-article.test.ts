// Editing a manuscript: typing updates 字数 live, Ctrl+S writes the article file, undo/redo work,
// element types change by shortcut, and status buttons offer only the allowed transitions.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readArticleFile } from './support/workspace';

const fixture = appPerTest();

async function openFirstArticle(): Promise<EditorPage> {
  const frame = new AppPage(fixture.app.page);
  const library = new LibraryPage(fixture.app.page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  await library.open((await library.headlines())[0] ?? '');
  const editor = new EditorPage(fixture.app.page);
  await editor.waitLoaded();
  return editor;
}

describe('article editor', () => {
  it('saves typed text to the article file with Ctrl+S', async () => {
    const editor = await openFirstArticle();
    const id = await editor.articleId();
    const before = await editor.charCount();
    await editor.typeInto('paragraph', '园区新增测试文字');
    await expect.poll(() => editor.charCount()).toBe(before + 8);
    expect(await editor.saveState().innerText()).toBe('有未保存的修改');
    await screenshot(fixture.app.page, '04-editor-typing');
    await editor.save();
    const saved = (await readArticleFile(fixture.app.dir, id)) as Article;
    expect(JSON.stringify(saved.content)).toContain('园区新增测试文字');
    expect(saved.rev).toBe(2);
    await expect.poll(() => editor.revisions().count()).toBe(2);
    expect(fixture.app.problems).toEqual([]);
  });

  it('undoes and redoes typing, and sets element types by shortcut', async () => {
    const editor = await openFirstArticle();
    const id = await editor.articleId();
    await editor.typeInto('paragraph', '撤销这几个字');
    await expect.poll(() => editor.element('paragraph').innerText()).toContain('撤销这几个字');
    await fixture.app.page.keyboard.press('Control+z');
    await expect.poll(() => editor.element('paragraph').innerText()).not.toContain('撤销这几个字');
    await fixture.app.page.keyboard.press('Control+y');
    await expect.poll(() => editor.element('paragraph').innerText()).toContain('撤销这几个字');

    // Ctrl+Alt+6 turns the paragraph into a 小标题; Ctrl+Alt+5 makes it body text again.
    const subheads = await editor.editor().locator('.el-subhead').count();
    await fixture.app.page.keyboard.press('Control+Alt+6');
    await expect.poll(() => editor.editor().locator('.el-subhead').count()).toBe(subheads + 1);
    await fixture.app.page.getByRole('toolbar').getByRole('button', { name: '小标题' }).waitFor();
    await screenshot(fixture.app.page, '05-editor-subhead');
    await editor.save();
    const saved = (await readArticleFile(fixture.app.dir, id)) as Article;
    expect(saved.content.filter((node) => node.type === 'subhead').length).toBe(subheads + 1);
    expect(fixture.app.problems).toEqual([]);
  });

  it('offers only the allowed status transitions and records the change', async () => {
    const editor = await openFirstArticle();
    const id = await editor.articleId();
    // Sample articles are 已上版; from there the desk may only reopen them for editing.
    expect(await fixture.app.page.locator('.status-actions button').allInnerTexts()).toEqual(['开始编辑']);
    await editor.statusButton('开始编辑').click();
    await editor.status().filter({ hasText: '编辑中' }).waitFor();
    expect(await fixture.app.page.locator('.status-actions button').allInnerTexts()).toEqual(['审核通过', '退回']);
    const saved = (await readArticleFile(fixture.app.dir, id)) as Article;
    expect(saved.status).toBe('editing');
    await screenshot(fixture.app.page, '06-editor-status');
    expect(fixture.app.problems).toEqual([]);
  });

  it('keeps every article with a headline and a paragraph, even a new one', async () => {
    const frame = new AppPage(fixture.app.page);
    const library = new LibraryPage(fixture.app.page);
    await frame.waitReady();
    await frame.goTo('稿件库');
    await library.waitLoaded();
    await library.createArticle();
    const editor = new EditorPage(fixture.app.page);
    await editor.waitLoaded();
    await editor.element('headline').click();
    await fixture.app.page.keyboard.type('新稿件的主题');
    await fixture.app.page.keyboard.press('Enter');
    await fixture.app.page.keyboard.type('第一段正文。');
    // Select everything and delete: the rules put an empty headline and paragraph back.
    await fixture.app.page.keyboard.press('Control+a');
    await fixture.app.page.keyboard.press('Delete');
    await expect.poll(() => editor.editor().locator('.el-headline').count()).toBe(1);
    await expect.poll(() => editor.editor().locator('.el-paragraph').count()).toBeGreaterThan(0);
    await fixture.app.page.keyboard.type('重新写的主题');
    await expect.poll(() => editor.element('headline').innerText()).toContain('重新写的主题');
    await editor.save();
    const saved = (await readArticleFile(fixture.app.dir, await editor.articleId())) as Article;
    expect(saved.content.some((node) => node.type === 'headline')).toBe(true);
    expect(saved.content.some((node) => node.type === 'paragraph')).toBe(true);
    expect(saved.status).toBe('draft');
    expect(await fixture.app.page.locator('.status-actions button').allInnerTexts()).toEqual(['提交']);
    await screenshot(fixture.app.page, '07-editor-new');
    expect(fixture.app.problems).toEqual([]);
  });
});
