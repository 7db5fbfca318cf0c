// 版面: the sample issue's pages drawn on canvas from the same layout the PDF is written from, the
// strip of miniatures, copy-fit badges that follow every keystroke in the split editor, zoom,
// spreads, grid and print view, and the export dialog writing the same bytes as `kfq export`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../electron/cli/commands/export';
import type { CommandIo } from '../../electron/cli/io';
import { layoutStoredIssue } from '../../electron/services/layout/issue-layout';
import { openWorkspace } from '../../electron/services/workspace-store';
import type { DisplayItem, GlyphRun } from '../../shared/display/display-list';
import type { Issue } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readJson } from './support/workspace';

const fixture = appPerTest();

/** 390 mm (the page's trimmed width) at 96 dpi, in CSS pixels. */
const PAGE_WIDTH_AT_100 = (390 / 25.4) * 96;

/** About three hundred characters of original body text: a paragraph a reporter might add to the lead. */
const ADDED_PARAGRAPH = [
  '记者在园区采访时看到，新建的公共检测中心已经投入使用，',
  '中小企业不出园区就能完成材料强度、尺寸精度和环境适应性等多项检测，',
  '检测周期由过去的半个月缩短到三天以内。',
  '中心负责人介绍，目前已有四十多家企业签订了长期服务协议，',
  '今年还将新增电磁兼容和新能源电池两条检测线，',
  '并与省内三所高校共建联合实验室，面向园区企业开放共享大型仪器设备。',
  '多位企业负责人表示，检测能力就在家门口，产品改型和送样的成本明显下降，',
  '研发节奏也随之加快。下一步，园区将把检测、中试、孵化等服务串成链条，',
  '让科技型中小企业在这里留得住、长得大，为开发区高质量发展增添后劲。',
  '园区管委会同时表示，将建立企业需求清单和服务专员制度，定期走访、及时回应，',
  '确保各项惠企措施落到实处、见到实效。',
].join('');

async function pageView(): Promise<PageViewPage> {
  await new AppPage(fixture.app.page).waitReady();
  return new PageViewPage(fixture.app.page, fixture.app.shell.url);
}

function glyphRuns(items: readonly DisplayItem[]): GlyphRun[] {
  return items.flatMap((item) => (item.type === 'glyphs' ? [item] : item.type === 'group' ? glyphRuns(item.items) : []));
}

/** Glyphs as `font:id@x,y` (points, to a hundredth), sorted: equal lists mean the same glyphs in the same places. */
function glyphKeys(glyphs: readonly { font: string; id: number; x: number; y: number }[]): string[] {
  return glyphs.map((glyph) => `${glyph.font}:${glyph.id}@${glyph.x.toFixed(2)},${glyph.y.toFixed(2)}`).sort();
}

describe('page view', () => {
  it('opens the sample issue from the issue view and draws A1 as laid out for print', async () => {
    const view = await pageView();
    const { page } = fixture.app;
    // Leaves the glyphs each full paint draws in window.__kfqDrawnGlyphs (a testing surface of the canvas).
    await page.evaluate(() => (window.__kfqRecordDrawing = true));
    await page.getByTestId('open-pages').click();
    await view.waitPainted('A1');
    expect(await view.hash()).toBe(`#/issues/${SAMPLE_ISSUE}/pages/A1`);
    expect(await view.currentLabel()).toBe('A1');

    // The canvas is painted: its screenshot has plenty of dark pixels, not a blank sheet.
    const shot = await view.canvas('A1').screenshot({ type: 'png' });
    expect(shot.length).toBeGreaterThan(20_000);
    expect(await view.nonWhitePixels('A1')).toBeGreaterThan(10_000);
    await expect.poll(() => view.blocksOfKind('masthead', 'A1').count()).toBe(1);

    // What the canvas drew is the layout the PDF is written from: the same glyphs at the same places,
    // the masthead's 开发区建设 among them. (The workspace is the shell's, so it is opened read-only.)
    const store = await openWorkspace(fixture.app.dir, { readOnly: true });
    const stored = await layoutStoredIssue(store, SAMPLE_ISSUE).finally(() => store.close());
    const a1 = stored.layout.pages.find((candidate) => candidate.label === 'A1')!;
    const mastheadId = await view.blocksOfKind('masthead', 'A1').getAttribute('data-block-id');
    const masthead = a1.items.find((item) => item.type === 'group' && item.blockId === mastheadId);
    expect(masthead, `the layout of A1 has no group for the masthead overlay ${mastheadId}`).toBeDefined();
    expect(
      glyphRuns([masthead!])
        .map((run) => run.text)
        .join(''),
    ).toContain('开发区建设');
    const expected = glyphRuns(a1.items).flatMap((run) =>
      // Spaces have no outline: nothing is drawn for them.
      run.glyphs
        .filter((glyph) => glyph.text.trim() !== '')
        .map((glyph) => ({ font: run.font, id: glyph.id, x: run.x + glyph.x, y: run.y })),
    );
    // (A full repaint records afresh, so a glyph whose outline came late is seen once it is drawn.)
    await expect
      .poll(async () => glyphKeys(await page.evaluate(() => window.__kfqDrawnGlyphs?.A1 ?? [])), { timeout: 10_000 })
      .toEqual(glyphKeys(expected));

    // The strip holds all eight pages as painted miniatures, each with its 版名.
    const issue = (await readJson(path.join(fixture.app.dir, 'issues', SAMPLE_ISSUE, 'issue.json'))) as Issue;
    await expect.poll(() => view.thumbnails().count()).toBe(8);
    const strip = await view.stripPages().evaluateAll((buttons) =>
      buttons.map((button) => ({
        label: button.getAttribute('data-strip-page') ?? '',
        text: (button.querySelector('.strip-label')?.textContent ?? '').trim(),
      })),
    );
    expect(strip.map((entry) => entry.label).sort()).toEqual(issue.pages.map((entry) => entry.label).sort());
    for (const entry of strip) {
      const name = issue.pages.find((candidate) => candidate.label === entry.label)?.name ?? '';
      expect(name).not.toBe('');
      expect(entry.text).toBe(`${entry.label} ${name}`);
    }
    // Miniatures are drawn a moment after the page being opened, one by one: wait for all eight.
    const inkedThumbnails = () =>
      view.thumbnails().evaluateAll(
        (canvases) =>
          canvases.filter((element) => {
            const canvas = element as HTMLCanvasElement;
            const data = canvas.getContext('2d', { alpha: false })?.getImageData(0, 0, canvas.width, canvas.height).data;
            return data !== undefined && data.some((value, index) => index % 4 !== 3 && value < 200);
          }).length,
      );
    await expect.poll(inkedThumbnails).toBe(8);
    expect(await page.locator('[data-strip-page="A1"]').getAttribute('aria-current')).toBe('page');
    // The sample ships finished: pictures in every frame, nothing over or under set, so the light is green.
    expect(await view.problemsLight().getAttribute('data-problems')).toBe('0');

    await screenshot(page, '20-page-single');
    expect(fixture.app.problems).toEqual([]);
  });

  it('reflows the page as the lead article of A2 grows in the split editor, and back on undo', async () => {
    const view = await pageView();
    const { page } = fixture.app;
    await view.open('A2');
    const blocks = await view.blocks('A2');
    const described = JSON.stringify(blocks, null, 1);
    const articles = blocks.filter((block) => block.kind === 'article');
    const lead = articles.find((block) => block.badges.some((badge) => 'data-free-lines' in badge)) ?? articles[0];
    expect(lead, `no article block on A2:\n${described}`).toBeDefined();
    const blockId = lead!.id;
    const before = await view.freeLines(blockId);
    expect(before, `the lead article block ${blockId} of A2 shows no 余N行 badge:\n${described}`).toBeGreaterThan(0);

    // Hovering the badge explains it in a sentence; its title says the same.
    const badge = view.badges(blockId).first();
    await badge.hover();
    const tip = badge.locator('.badge-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain(`还空着 ${before} 行`);
    expect(await badge.getAttribute('title')).toBe(await tip.innerText());

    await view.editBlock(blockId);
    await expect.poll(() => view.closeEditorButton().count()).toBe(1);
    const paragraphs = await view.paragraphs().count();
    await view.cursorToEndOfLastParagraph();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(ADDED_PARAGRAPH);
    await expect.poll(() => view.paragraphs().count()).toBe(paragraphs + 1);
    expect(await view.paragraphs().last().innerText()).toContain(ADDED_PARAGRAPH);

    // The block's badge follows: fewer free lines, or characters that no longer fit.
    await expect
      .poll(
        async () => {
          const overflow = await view.overflowChars(blockId);
          const free = await view.freeLines(blockId);
          return overflow !== undefined || (free ?? 0) < before!;
        },
        { message: `the badge of ${blockId} did not change from 余${before}行` },
      )
      .toBe(true);
    const afterOverflow = await view.overflowChars(blockId);
    const afterFree = await view.freeLines(blockId);
    await screenshot(page, '23-page-split-editor');
    // Each edit is timed from the key to the repainted canvas.
    const measures = await page.evaluate(() => performance.getEntriesByName('kfq:keystroke-to-paint').length);
    expect(measures).toBeGreaterThan(0);

    // Undo until the paragraph is gone: the badge is back to what it was.
    for (let round = 0; round < 6 && (await view.paragraphs().count()) > paragraphs; round += 1) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(100);
    }
    await expect.poll(() => view.paragraphs().count()).toBe(paragraphs);
    await expect
      .poll(() => view.freeLines(blockId), { message: `after undo (the edit had 超${afterOverflow}字 / 余${afterFree}行)` })
      .toBe(before);
    expect(await view.overflowChars(blockId)).toBeUndefined();

    // Escape closes the editor beside the page; the page stays as it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => view.splitEditor().count()).toBe(0);
    expect(await view.freeLines(blockId)).toBe(before);
    expect(fixture.app.problems).toEqual([]);
  });

  it('exports the whole issue through the dialog, byte for byte as kfq export does', async () => {
    const view = await pageView();
    const { page } = fixture.app;
    await view.open('A1');
    await expect.poll(() => view.exportButton().isEnabled()).toBe(true);
    await page.keyboard.press('Control+e');
    await view.exportDialog().waitFor();

    // Defaults: all pages, 3 mm bleed, crop marks, a file in the workspace's 导出 folder.
    expect(await view.exportAllPages().isChecked()).toBe(true);
    expect(await view.exportField('出血（毫米）').inputValue()).toBe('3');
    expect(await view.exportCropMarks().isChecked()).toBe(true);
    await expect
      .poll(() => view.exportField('输出文件').inputValue())
      .toBe(path.join(fixture.app.dir, '导出', '开发区建设-第14期-2025-05-09.pdf'));
    // The layout's problems and the preflight of the saved issue are listed before anything is
    // written; the sample ships finished, so both say there is nothing to fix.
    expect(await view.exportProblems().count()).toBe(0);
    expect(await view.exportDialog().getByRole('region', { name: '排版问题' }).innerText()).toContain('排版没有发现问题');
    await expect.poll(() => view.exportDialog().getByRole('region', { name: '印前检查' }).innerText()).toContain('印前检查没有发现问题');
    await screenshot(page, '24-export-dialog');

    const folder = path.join(path.dirname(fixture.app.dir), '导出测试');
    const output = path.join(folder, '第14期.pdf');
    await view.exportField('输出文件').fill(output);
    await view.exportDialogButton('导出').click();
    await page.locator('[data-testid="export-progress"], [data-testid="export-done"]').first().waitFor();
    await view.exportDone().waitFor({ timeout: 60_000 });
    expect(await view.exportFile().innerText()).toBe(output);
    expect(await view.exportDone().innerText()).toContain('共 8 版');
    expect(existsSync(output)).toBe(true);
    const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
    expect(/^Pages:\s+(\d+)$/m.exec(info)?.[1]).toBe('8');

    // The command line, with the same options on the same workspace, writes the same bytes.
    const cliOutput = path.join(folder, 'kfq-export.pdf');
    const quiet: CommandIo = { out: () => undefined, err: () => undefined, progress: () => undefined };
    expect(await runExport([fixture.app.dir, SAMPLE_ISSUE, '-o', cliOutput, '--bleed', '3', '--marks'], quiet)).toBe(0);
    const appBytes = readFileSync(output);
    const cliBytes = readFileSync(cliOutput);
    expect(appBytes.length).toBe(cliBytes.length);
    expect(Buffer.compare(appBytes, cliBytes)).toBe(0);

    await view.exportDialogButton('完成').click();
    await expect.poll(() => view.exportDialog().count()).toBe(0);
    expect(fixture.app.problems).toEqual([]);
  });

  it('zooms, shows the printing pair, pages with the keyboard, and hides the aids in print view', async () => {
    const view = await pageView();
    const { page } = fixture.app;
    await view.open('A1');
    const fit = await view.zoomPercent();
    expect(fit).toBeGreaterThan(10);
    expect(fit).toBeLessThan(100);
    expect(await view.rulers().count()).toBe(2);

    await view.tool('zoom-100').click();
    await expect.poll(() => view.zoomPercent()).toBe(100);
    expect(await view.tool('zoom-value').innerText()).toBe('100 %');
    expect(Math.abs((await view.canvasCssWidth('A1')) - PAGE_WIDTH_AT_100)).toBeLessThanOrEqual(2);

    await view.tool('zoom-200').click();
    await expect.poll(() => view.zoomPercent()).toBe(200);
    expect(Math.abs((await view.canvasCssWidth('A1')) - 2 * PAGE_WIDTH_AT_100)).toBeLessThanOrEqual(4);
    await view.tool('toggle-grid').click();
    await view.gridOverlay().waitFor();
    await view.scrollToBlock('p1-b1');
    await view.waitPainted('A1');
    await screenshot(page, '22-page-200-grid');

    await page.keyboard.press('Control+0');
    await expect.poll(() => view.zoomPercent()).toBe(fit);
    await page.keyboard.press('Control+1');
    await expect.poll(() => view.zoomPercent()).toBe(100);
    await page.keyboard.press('Control+=');
    await expect.poll(() => view.zoomPercent()).toBeGreaterThan(100);
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await expect.poll(() => view.zoomPercent()).toBeLessThan(100);
    await page.keyboard.press('Control+0');
    await expect.poll(() => view.zoomPercent()).toBe(fit);
    await view.tool('toggle-grid').click();
    await expect.poll(() => view.gridOverlay().count()).toBe(0);

    // 对页: A1 prints with A8, which stands on the left.
    await view.tool('view-spread').click();
    await view.waitPainted('A8');
    await view.waitPainted('A1');
    const left = await view.canvas('A8').boundingBox();
    const right = await view.canvas('A1').boundingBox();
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x + 1);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
    expect(await view.canvases().count()).toBe(2);
    await screenshot(page, '21-page-spread');

    // PageDown: the next page in the URL, here with its printing partner A7.
    await page.locator('.page-scroll').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('PageDown');
    await expect.poll(() => view.hash()).toBe(`#/issues/${SAMPLE_ISSUE}/pages/A2`);
    await view.waitPainted('A2');
    expect(await view.currentLabel()).toBe('A2');
    await page.keyboard.press('PageUp');
    await expect.poll(() => view.hash()).toBe(`#/issues/${SAMPLE_ISSUE}/pages/A1`);
    await view.tool('view-single').click();
    await expect.poll(() => view.canvases().count()).toBe(1);

    // Print view: the page alone, without frames, badges, rulers or the grid (even when it was on).
    await view.tool('toggle-grid').click();
    await view.gridOverlay().waitFor();
    expect(await view.badges().count()).toBeGreaterThan(0);
    await view.tool('toggle-print').click();
    await expect.poll(() => view.hash()).toBe(`#/issues/${SAMPLE_ISSUE}/pages/A1?view=print`);
    await view.waitPainted('A1');
    expect(await page.locator('.block-frame').count()).toBe(0);
    expect(await view.badges().count()).toBe(0);
    expect(await view.rulers().count()).toBe(0);
    expect(await view.gridOverlay().count()).toBe(0);

    // The same from the address alone, on a fresh load.
    await page.goto('about:blank');
    await view.open('A3', { print: true }).catch(async (error: unknown) => {
      await screenshot(page, 'page-view-failed-load');
      const shown = await page
        .locator('body')
        .innerText({ timeout: 1000 })
        .catch(() => '(no body)');
      const answer = await fetch(fixture.app.shell.url).then(
        (response) => `HTTP ${response.status}`,
        (failure: unknown) => String(failure),
      );
      throw new Error(`${String(error)}\nthe shell answers: ${answer}\npage shows: ${shown}\nshell output:\n${fixture.app.shell.output()}`);
    });
    expect(await view.currentLabel()).toBe('A3');
    expect(await page.locator('.block-frame').count()).toBe(0);
    expect(await view.badges().count()).toBe(0);
    expect(await view.rulers().count()).toBe(0);
    expect(await view.gridOverlay().count()).toBe(0);
    expect(fixture.app.problems).toEqual([]);
  });
});
