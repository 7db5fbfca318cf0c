// The audit trail in the real interface: edits and status changes made in the editor appear in
// the manuscript's 操作记录, and `kfq audit --verify` passes on the log the session left. On a
// first start without a user name, the editor asks for one before the first edit.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { kfq } from '../unit/cli/run-kfq';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest, E2E_USER, type AppFixture } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readArticleFile } from './support/workspace';

async function openFirstArticle(app: AppFixture): Promise<EditorPage> {
  const frame = new AppPage(app.page);
  const library = new LibraryPage(app.page);
  await frame.waitReady();
  await frame.goTo('稿件库');
  await library.waitLoaded();
  await library.open((await library.headlines())[0] ?? '');
  const editor = new EditorPage(app.page);
  await editor.waitLoaded();
  return editor;
}

describe('audit trail', () => {
  const fixture = appPerTest();

  it('lists the session’s edits in 操作记录, and the log verifies afterwards', async () => {
    const editor = await openFirstArticle(fixture.app);
    await editor.typeInto('paragraph', '记入操作日志的修改');
    await editor.save();
    await editor.statusButton('开始编辑').click();
    await editor.status().filter({ hasText: '编辑中' }).waitFor();
    const trail = fixture.app.page.getByTestId('audit-trail').locator('li');
    await expect.poll(() => trail.count()).toBe(2);
    expect(await trail.nth(0).getAttribute('data-audit-action')).toBe('status');
    expect(await trail.nth(1).innerText()).toContain(E2E_USER);
    await screenshot(fixture.app.page, '13-audit-trail');

    await fixture.app.shell.stop();
    const run = await kfq('audit', fixture.app.dir, '--verify');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('操作日志完好：2 条记录');
    expect(fixture.app.problems).toEqual([]);
  });
});

describe('first start without a user name', () => {
  const fixture = appPerTest({ userName: null });

  it('asks for the name before the first edit, then credits the edit to it', async () => {
    const editor = await openFirstArticle(fixture.app);
    const dialog = fixture.app.page.getByTestId('user-name-dialog');
    await dialog.waitFor();
    await screenshot(fixture.app.page, '14-user-name-dialog');
    await dialog.getByRole('textbox', { name: '姓名' }).fill('王波');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'detached' });
    await fixture.app.page.getByTestId('user-name').filter({ hasText: '王波' }).waitFor();

    const id = await editor.articleId();
    await editor.typeInto('paragraph', '署名后的修改');
    await editor.save();
    const saved = (await readArticleFile(fixture.app.dir, id)) as Article;
    expect(saved.revisions.at(-1)?.by).toBe('王波');
    await fixture.app.shell.stop();
    const run = await kfq('audit', fixture.app.dir, '--verify');
    expect(run.code).toBe(0);
    expect(run.out).toContain('王波  修改');
    expect(fixture.app.problems).toEqual([]);
  });
});
