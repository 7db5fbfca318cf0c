// Composing pages on the page: selecting, moving and resizing blocks on the grid, placing library
// articles, continuations, one undo history with the split editor's text, refusals, and the layout
// saved like an article (autosave, the journal after a crash). Each test checks the screen and
// what is on disk after a reload.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { PageEditorPage } from './pages/page-editor-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { openPage, screenshot } from './support/browser';
import { startShell } from './support/shell-process';
import { readArticleFile, readJson } from './support/workspace';

const fixture = appPerTest();

async function open(label: string): Promise<{ view: PageViewPage; editor: PageEditorPage }> {
  const { page } = fixture.app;
  await page.addInitScript(() => (window.__kfqRecordDrawing = true));
  await new AppPage(page).waitReady();
  const view = new PageViewPage(page, fixture.app.shell.url);
  await view.open(label);
  return { view, editor: new PageEditorPage(page) };
}

function storedIssue(): Promise<Issue> {
  return readJson(path.join(fixture.app.dir, 'issues', SAMPLE_ISSUE, 'issue.json')) as Promise<Issue>;
}

function storedBlock(issue: Issue, blockId: string) {
  return issue.pages.flatMap((page) => page.blocks).find((block) => block.id === blockId);
}

function count(text: string, line: string): number {
  return text.split('\n').filter((run) => run.includes(line)).length;
}

async function waitSaved(editor: PageEditorPage): Promise<void> {
  await expect.poll(() => editor.saveState(), { timeout: 10_000 }).toBe('saved');
}

/** The article blocks of a page in reading order, with their ids, articles and grid boxes. */
async function articleBlocks(editor: PageEditorPage, label: string) {
  const frames = editor.frames(label);
  const ids = await frames.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.blockId ?? ''));
  const blocks = await Promise.all(
    ids.map(async (id) => ({ id, articleId: (await editor.frame(id).getAttribute('data-article-id')) ?? '', ...(await editor.grid(id)) })),
  );
  return blocks.sort((a, b) => a.line - b.line || a.col - b.col);
}

describe('page editor', () => {
  it('takes an article off A3 into the library and drags it back: placed, fitted, 已上版（第A3版）, saved', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    // Clears A3 below its first story (room enough whatever the page's arrangement), then puts the
    // last story back from the library.
    const blocks = await articleBlocks(editor, 'A3');
    const cleared = blocks.slice(1);
    const last = cleared.at(-1)!;
    // The drop cell: the top left corner of the highest story cleared, free now whatever the page's arrangement.
    const corner = [...cleared].sort((a, b) => a.line - b.line || a.col - b.col)[0]!;
    for (const block of cleared) {
      await editor.frame(block.id).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => editor.frame(block.id).count()).toBe(0);
    }
    const item = editor.libraryArticle(last.articleId);
    await expect.poll(() => item.getAttribute('data-placed-on')).toBeNull();
    const headline = (await item.locator('.library-panel-title').textContent()) ?? '';

    await editor.dropArticle(last.articleId, 'A3', corner.col, corner.line);
    const placed = page.locator(`.block-layer [data-article-id="${last.articleId}"]`);
    await expect.poll(() => placed.count()).toBe(1);
    await expect.poll(() => editor.libraryArticle(last.articleId).getAttribute('data-placed-on')).toBe('A3');
    await expect.poll(() => editor.drawnText('A3')).toContain(headline.slice(0, 6));
    // Sized to its text: the page's own layout measured it, so nothing overflows.
    await expect.poll(() => placed.locator('[data-overflow-chars]').count(), { timeout: 10_000 }).toBe(0);
    await screenshot(page, 'page-editor-library-drop');
    await waitSaved(editor);

    // Shrink it from the keyboard until it overflows, then drag its foot down until 超N字 is gone.
    const blockId = (await placed.getAttribute('data-block-id'))!;
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => placed.locator('[data-overflow-chars]').count(), { timeout: 10_000 }).toBe(1);
    await editor.drag(editor.handle(blockId, 's'), 'A3', 0, 4, { release: false });
    await expect.poll(() => placed.getAttribute('class')).toContain('is-dragged');
    await screenshot(page, 'page-editor-drag-in-progress');
    await page.mouse.up();
    await expect.poll(() => placed.locator('[data-overflow-chars]').count(), { timeout: 10_000 }).toBe(0);
    await waitSaved(editor);

    await page.reload();
    await expect.poll(() => page.locator(`.block-layer [data-article-id="${last.articleId}"]`).count()).toBe(1);
    await expect.poll(() => editor.libraryArticle(last.articleId).getAttribute('data-placed-on')).toBe('A3');
    const stored = storedBlock(await storedIssue(), blockId);
    expect(stored).toMatchObject({ kind: 'article', articleId: last.articleId, col: corner.col, line: corner.line });
    expect(await readArticleFile(fixture.app.dir, last.articleId)).toMatchObject({ status: 'placed' });
  });

  it('composes from the keyboard alone: Tab, Alt + arrows, arrows, Delete, Ctrl+Z', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    await page.locator('.page-scroll').focus();
    const first = (await articleBlocks(editor, 'A3'))[0]!;
    for (let step = 0; step < 10 && (await editor.selection())[0] !== first.id; step += 1) await page.keyboard.press('Tab');
    expect(await editor.selection()).toEqual([first.id]);

    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor.grid(first.id)).toMatchObject({ line: first.line, lines: first.lines - 1 });
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => editor.grid(first.id)).toMatchObject({ line: first.line + 1, lines: first.lines - 1 });
    await page.keyboard.press('Delete');
    await expect.poll(() => editor.frame(first.id).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.frame(first.id).count()).toBe(1);
    await expect.poll(() => editor.grid(first.id)).toMatchObject({ line: first.line + 1, lines: first.lines - 1 });
    await waitSaved(editor);

    await page.reload();
    await expect.poll(() => editor.frame(first.id).count()).toBe(1);
    expect(storedBlock(await storedIssue(), first.id)).toMatchObject({ line: first.line + 1, lines: first.lines - 1 });
  });

  it('refuses a drop on another block with a message and changes nothing', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    const [upper, lower] = await articleBlocks(editor, 'A3');
    const before = await storedIssue();
    await editor.frame(upper!.id).click();
    await editor.drag(editor.frame(upper!.id), 'A3', 0, lower!.line - upper!.line, { release: false });
    await expect.poll(() => editor.frame(upper!.id).getAttribute('class')).toContain('is-refused');
    await screenshot(page, 'page-editor-refused-drag');
    await page.mouse.up();
    await expect.poll(() => page.locator('.notice').filter({ hasText: '重叠' }).count()).toBeGreaterThan(0);
    expect(await editor.grid(upper!.id)).toMatchObject({ col: upper!.col, line: upper!.line });
    expect(await editor.saveState()).toBe('saved');
    expect(await storedIssue()).toEqual(before);
  });

  it('links a block on A1 to an empty frame on A2: （下转A2版） and （上接A1版） on the canvases; unlinking restores both', async () => {
    const { view, editor } = await open('A2');
    const { page } = fixture.app;
    const onA1 = new Set(
      (await storedIssue()).pages[0]!.blocks.flatMap((block) => (block.kind === 'article' && block.articleId ? [block.articleId] : [])),
    );
    const frame = (await articleBlocks(editor, 'A2')).filter((block) => !onA1.has(block.articleId)).at(-1)!;
    await editor.frame(frame.id).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /撤下稿件/ }).click();
    await expect.poll(() => editor.frame(frame.id).getAttribute('data-article-id')).toBe('');

    await page.keyboard.press('PageUp');
    await view.waitPainted('A1');
    const source = (await articleBlocks(editor, 'A1')).at(-1)!;
    await editor.frame(source.id).click();
    // The sample's lead already jumps to A2: the new link adds one more jump line on each page.
    const jumpsBefore = count(await editor.drawnText('A1'), '（下转A2版）');
    await editor.inspector().getByLabel('续排到').selectOption(frame.id);
    await expect.poll(async () => count(await editor.drawnText('A1'), '（下转A2版）'), { timeout: 10_000 }).toBe(jumpsBefore + 1);
    await screenshot(page, 'page-editor-continuation');
    await waitSaved(editor);
    await page.keyboard.press('PageDown');
    await view.waitPainted('A2');
    await expect.poll(async () => count(await editor.drawnText('A2'), '（上接A1版）'), { timeout: 10_000 }).toBe(jumpsBefore + 1);
    // The history belongs to the issue, not the page: turning pages keeps it.
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/^撤销“/);
    expect(storedBlock(await storedIssue(), source.id)).toMatchObject({ continuesIn: frame.id });

    await page.keyboard.press('PageUp');
    await view.waitPainted('A1');
    await editor.frame(source.id).click();
    await editor.inspector().getByRole('button', { name: '解除转版' }).click();
    await expect.poll(async () => count(await editor.drawnText('A1'), '（下转A2版）'), { timeout: 10_000 }).toBe(jumpsBefore);
    await waitSaved(editor);
    const stored = await storedIssue();
    expect(storedBlock(stored, source.id)).toMatchObject({ continuesIn: null });
    expect(storedBlock(stored, frame.id)).toMatchObject({ articleId: null });
  });

  it('links by dragging the 续 handle onto an empty frame on the facing page', async () => {
    const { view, editor } = await open('A2');
    const { page } = fixture.app;
    await view.tool('view-spread').click();
    await view.waitPainted('A7');
    const frame = (await articleBlocks(editor, 'A7')).at(-1)!;
    await editor.frame(frame.id).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /撤下稿件/ }).click();
    await expect.poll(() => editor.frame(frame.id).getAttribute('data-article-id')).toBe('');
    const source = (await articleBlocks(editor, 'A2')).at(-1)!;
    await editor.frame(source.id).click();
    const handle = page.locator(`[data-continue-handle="${source.id}"]`);
    const from = (await handle.boundingBox())!;
    const to = (await editor.frame(frame.id).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => count(await editor.drawnText('A2'), '（下转A7版）'), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => count(await editor.drawnText('A7'), '（上接A2版）'), { timeout: 10_000 }).toBe(1);
    await waitSaved(editor);
    expect(storedBlock(await storedIssue(), source.id)).toMatchObject({ continuesIn: frame.id });
  });

  it('自动适配 fits a story cut short back to its text, as one edit that undoes', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    const story = (await articleBlocks(editor, 'A3')).at(-1)!;
    await editor.frame(story.id).click();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Alt+ArrowUp');
    const overflow = editor.frame(story.id).locator('[data-overflow-chars]');
    await expect.poll(() => overflow.count(), { timeout: 10_000 }).toBe(1);

    await page.getByTestId('fit-issue').click();
    await expect.poll(() => overflow.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('undo').getAttribute('title')).toContain('自动适配');
    await waitSaved(editor);
    expect(storedBlock(await storedIssue(), story.id)!.lines).toBeGreaterThan(story.lines - 5);

    await page.getByTestId('undo').click();
    await expect.poll(() => overflow.count(), { timeout: 10_000 }).toBe(1);
  });

  it('fills an empty frame with an article dropped on it, keeping the frame, and empties it again on undo', async () => {
    const { editor } = await open('A2');
    const { page } = fixture.app;
    const frame = (await articleBlocks(editor, 'A2')).at(-1)!;
    await editor.frame(frame.id).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /撤下稿件/ }).click();
    await expect.poll(() => editor.frame(frame.id).getAttribute('data-article-id')).toBe('');
    await expect.poll(() => editor.libraryArticle(frame.articleId).count()).toBe(1);

    await editor.dropArticle(frame.articleId, 'A2', frame.col + 1, frame.line + 1);
    await expect.poll(() => editor.frame(frame.id).getAttribute('data-article-id')).toBe(frame.articleId);
    expect(await editor.grid(frame.id)).toMatchObject({ col: frame.col, line: frame.line, cols: frame.cols, lines: frame.lines });
    await expect.poll(() => editor.libraryArticle(frame.articleId).getAttribute('data-placed-on')).toBe('A2');
    await waitSaved(editor);
    expect(storedBlock(await storedIssue(), frame.id)).toMatchObject({ articleId: frame.articleId });

    await page.getByTestId('undo').click();
    await expect.poll(() => editor.frame(frame.id).getAttribute('data-article-id')).toBe('');
    await waitSaved(editor);
    expect(storedBlock(await storedIssue(), frame.id)).toMatchObject({ articleId: null });
  });

  it('undoes and redoes a text edit and a block move, interleaved, in order', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    const [top] = await articleBlocks(editor, 'A3');
    await editor.frame(top!.id).click();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ lines: top!.lines - 1 });

    await editor.frame(top!.id).dblclick();
    const text = page.getByTestId('article-editor');
    await text.waitFor();
    await text.locator('[data-slate-node="element"]').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type('增补一句。');
    await expect.poll(() => text.textContent()).toContain('增补一句。');
    await page.keyboard.press('Escape');

    await editor.frame(top!.id).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ line: top!.line + 1 });

    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    await expect.poll(() => undo.getAttribute('title')).toContain('移动版块');
    await undo.click(); // the move
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ line: top!.line });
    await expect.poll(() => undo.getAttribute('title')).toContain('修改文字');
    await undo.click(); // the text: its editor opens beside the page and undoes there
    await expect.poll(() => page.getByTestId('article-editor').textContent()).not.toContain('增补一句。');
    await undo.click(); // the shrink
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ lines: top!.lines });
    await redo.click();
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ lines: top!.lines - 1 });
    await redo.click();
    await expect.poll(() => page.getByTestId('article-editor').textContent()).toContain('增补一句。');
    await redo.click();
    await expect.poll(() => editor.grid(top!.id)).toMatchObject({ line: top!.line + 1, lines: top!.lines - 1 });
    await waitSaved(editor);
    await page.reload();
    await expect.poll(() => editor.frame(top!.id).count()).toBe(1);
    expect(storedBlock(await storedIssue(), top!.id)).toMatchObject({ line: top!.line + 1, lines: top!.lines - 1 });
  });

  it('offers the unsaved layout back after the workstation was killed between autosaves', async () => {
    const { editor } = await open('A3');
    const { page } = fixture.app;
    const [top] = await articleBlocks(editor, 'A3');
    await editor.frame(top!.id).click();
    const journal = path.join(fixture.app.dir, '.recovery', 'issues', `${SAMPLE_ISSUE}.json`);
    // The crash must come between the journal write (at once) and the autosave (after a pause): on a
    // busy machine a pause can pass before the kill, so the page's long timers are held back.
    await page.evaluate(() => {
      const real = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        (delay ?? 0) >= 500 ? 0 : real(handler, delay, ...rest)) as typeof window.setTimeout;
    });
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => existsSync(journal), { interval: 10 }).toBe(true);
    await fixture.app.shell.kill();
    expect(storedBlock(await storedIssue(), top!.id)).toMatchObject({ lines: top!.lines });

    const shell = await startShell(fixture.app.dir);
    const again = await openPage(fixture.browser, shell.url);
    try {
      const view = new PageViewPage(again.page, shell.url);
      const reopened = new PageEditorPage(again.page);
      await view.open('A3');
      const banner = again.page.getByTestId('issue-recovery');
      await banner.waitFor();
      await screenshot(again.page, 'page-editor-recovery');
      await banner.getByRole('button', { name: '恢复未保存的版面' }).click();
      await expect.poll(() => reopened.grid(top!.id)).toMatchObject({ lines: top!.lines - 1 });
      await waitSaved(reopened);
      expect(storedBlock(await storedIssue(), top!.id)).toMatchObject({ lines: top!.lines - 1 });
      await again.page.reload();
      await view.waitPainted('A3');
      expect(await again.page.getByTestId('issue-recovery').count()).toBe(0);
    } finally {
      await again.page.context().close();
      await shell.stop();
    }
  });
});
