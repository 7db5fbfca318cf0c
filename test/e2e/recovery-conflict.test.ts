// Unsaved edits survive: autosave writes them to the recovery journal, reopening offers
// 恢复未保存的修改 / 丢弃; saving over a version saved elsewhere is refused as a conflict.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest, type AppFixture } from './support/app-fixture';
import { openPage, screenshot } from './support/browser';
import { readArticleFile } from './support/workspace';

const fixture = appPerTest();

async function openArticle(page: AppFixture['page'], headline?: string): Promise<{ editor: EditorPage; headline: string }> {
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

describe('recovery and conflicts', () => {
  it('offers unsaved edits back after the page was closed, and restores them', async () => {
    const { editor, headline } = await openArticle(fixture.app.page);
    const id = await editor.articleId();
    await editor.typeInto('paragraph', '尚未保存的一句话');
    // The journal is written on the workspace's autosave interval (2 s by default).
    await fixture.app.page.waitForTimeout(3_000);
    await fixture.app.page.reload();
    const { editor: reopened } = await openArticle(fixture.app.page, headline);
    await reopened.recoveryBanner().waitFor();
    expect(await reopened.recoveryBanner().innerText()).toContain('发现未保存的修改');
    await screenshot(fixture.app.page, '11-recovery-banner');
    await reopened.recoveryBanner().getByRole('button', { name: '恢复未保存的修改' }).click();
    await expect.poll(() => reopened.element('paragraph').innerText()).toContain('尚未保存的一句话');
    await reopened.save();
    const saved = (await readArticleFile(fixture.app.dir, id)) as Article;
    expect(JSON.stringify(saved.content)).toContain('尚未保存的一句话');
    expect(fixture.app.problems).toEqual([]);
  });

  it('discards a journal entry on 丢弃', async () => {
    const { editor, headline } = await openArticle(fixture.app.page);
    await editor.typeInto('paragraph', '将被丢弃的修改');
    await fixture.app.page.waitForTimeout(3_000);
    await fixture.app.page.reload();
    const { editor: reopened } = await openArticle(fixture.app.page, headline);
    await reopened.recoveryBanner().getByRole('button', { name: '丢弃' }).click();
    await reopened.recoveryBanner().waitFor({ state: 'detached' });
    expect(await reopened.element('paragraph').innerText()).not.toContain('将被丢弃的修改');
    await fixture.app.page.reload();
    await openArticle(fixture.app.page, headline);
    await fixture.app.page.waitForTimeout(500);
    expect(await reopened.recoveryBanner().count()).toBe(0);
  });

  it('refuses to save over a version saved elsewhere, and can keep either version', async () => {
    const { editor: first, headline } = await openArticle(fixture.app.page);
    const other = await openPage(fixture.browser, fixture.app.shell.url);
    try {
      const { editor: second } = await openArticle(other.page, headline);
      await second.typeInto('paragraph', '另一处的修改');
      await second.save();
      await first.typeInto('paragraph', '我的修改');
      await fixture.app.page.keyboard.press('Control+s');
      await first.conflictBanner().waitFor();
      expect(await first.conflictBanner().innerText()).toContain('稿件已在别处被修改');
      await screenshot(fixture.app.page, '12-conflict');
      await first.conflictBanner().getByRole('button', { name: '以我的版本保存' }).click();
      await first.conflictBanner().waitFor({ state: 'detached' });
      const saved = (await readArticleFile(fixture.app.dir, await first.articleId())) as Article;
      expect(JSON.stringify(saved.content)).toContain('我的修改');
      expect(saved.rev).toBe(3);
      expect(JSON.stringify(saved.revisions.at(-1)?.content)).toContain('另一处的修改');
    } finally {
      await other.page.context().close();
    }
  });
});
