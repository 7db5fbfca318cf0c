// 印前检查 beside the page: a photo taken out of its frame shows as an error on its page, a click
// selects that frame, the export dialog refuses to export until the error is waived with a reason,
// and the waiver is saved in the issue file and shown in the dialog.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { PageEditorPage } from './pages/page-editor-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readJson } from './support/workspace';

const fixture = appPerTest();

function storedIssue(): Promise<Issue> {
  return readJson(path.join(fixture.app.dir, 'issues', SAMPLE_ISSUE, 'issue.json')) as Promise<Issue>;
}

describe('印前检查', () => {
  it('lists an empty photo frame as an error, blocks the export until it is waived, and saves the waiver', async () => {
    const { page } = fixture.app;
    await new AppPage(page).waitReady();
    const view = new PageViewPage(page, fixture.app.shell.url);
    await view.open('A2');
    const editor = new PageEditorPage(page);
    const blockId = (await editor.frames('A2', 'photo').first().getAttribute('data-block-id'))!;

    await page.getByTestId('problems-light').click();
    const panel = page.locator('[data-preflight-panel]');
    await expect.poll(() => panel.getAttribute('data-blocking-errors'), { timeout: 20_000 }).toBe('0');

    await editor.frame(blockId).click();
    await editor.inspector().getByRole('button', { name: '取出图片' }).click();
    const row = panel.locator(`[data-preflight-rule="photoMissing"][data-preflight-block="${blockId}"]`);
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => panel.getAttribute('data-blocking-errors')).toBe('1');

    // A click on the row selects the frame (after selecting something else).
    await page.keyboard.press('Escape');
    await row.locator('.preflight-message').click();
    await expect.poll(() => editor.selection()).toEqual([blockId]);

    await view.openExportDialog();
    await expect.poll(() => view.exportDialog().getByTestId('export-blocked').count(), { timeout: 20_000 }).toBe(1);
    expect(await view.exportDialogButton('导出').isDisabled()).toBe(true);
    await view.exportDialogButton('取消').click();

    await row.getByRole('button', { name: '豁免…' }).click();
    await row.getByLabel('豁免理由').fill('图片待摄影部补发，先出清样');
    await row.getByRole('button', { name: '豁免', exact: true }).click();
    await expect.poll(() => row.getAttribute('data-waived'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => panel.getAttribute('data-blocking-errors')).toBe('0');
    await expect
      .poll(async () => (await storedIssue()).waivers?.map(({ rule, page: label, blockId: id, reason }) => [rule, label, id, reason]))
      .toEqual([['photoMissing', 'A2', blockId, '图片待摄影部补发，先出清样']]);
    await screenshot(page, 'page-view-preflight-panel');

    await view.openExportDialog();
    await expect.poll(() => view.exportDialog().locator('[data-waived]').count(), { timeout: 20_000 }).toBe(1);
    expect(await view.exportDialog().getByTestId('export-blocked').count()).toBe(0);
    expect(await view.exportDialogButton('导出').isDisabled()).toBe(false);
  });
});
