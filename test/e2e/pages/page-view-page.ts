// Page object for 版面 (the page view): the page canvases and their block overlays with copy-fit
// badges, the strip of miniatures, the toolbar, the split editor and the export dialog.
import type { Locator, Page } from 'playwright-core';

export const SAMPLE_ISSUE = '2025-05-09-14';

export interface BlockSummary {
  id: string;
  kind: string;
  /** Position and size of the overlay in CSS pixels, relative to the page. */
  left: number;
  top: number;
  width: number;
  height: number;
  badges: Record<string, string>[];
}

export class PageViewPage {
  constructor(
    readonly page: Page,
    /** The shell's address with its token (`KFQ_SHELL_URL`). */
    readonly shellUrl: string,
  ) {}

  /** Loads the page view on a page straight from its address. */
  async open(label: string, options: { print?: boolean; issueId?: string } = {}): Promise<void> {
    const hash = `#/issues/${options.issueId ?? SAMPLE_ISSUE}/pages/${label}${options.print ? '?view=print' : ''}`;
    await this.page.goto(`${this.shellUrl}${hash}`);
    await this.waitPainted(label);
  }

  view(): Locator {
    return this.page.locator('[data-page-view]');
  }

  async currentLabel(): Promise<string | null> {
    return this.view().getAttribute('data-page-view');
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  canvas(label: string): Locator {
    return this.page.locator(`canvas[data-page-canvas="${label}"]`);
  }

  canvases(): Locator {
    return this.page.locator('canvas[data-page-canvas]');
  }

  /** How many pixels of the canvas's backing store are not white (read from the canvas itself). */
  nonWhitePixels(label: string): Promise<number> {
    return this.canvas(label).evaluate((element) => {
      const canvas = element as HTMLCanvasElement;
      const ctx = canvas.getContext('2d', { alpha: false });
      if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index]! < 250 || data[index + 1]! < 250 || data[index + 2]! < 250) count += 1;
      }
      return count;
    });
  }

  /**
   * Waits until the page's canvas is in the view and something is drawn on it (read from a small
   * copy of the canvas: at 200 % its backing store has twelve million pixels).
   */
  async waitPainted(label: string): Promise<void> {
    await this.canvas(label).waitFor();
    await this.page.waitForFunction(
      (wanted) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`canvas[data-page-canvas="${wanted}"]`);
        if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
        const copy = document.createElement('canvas');
        copy.width = 128;
        copy.height = Math.max(1, Math.round((128 * canvas.height) / canvas.width));
        const ctx = copy.getContext('2d');
        if (!ctx) return false;
        ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
        const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
        for (let index = 0; index < data.length; index += 4) if (data[index]! < 230) return true;
        return false;
      },
      label,
      { polling: 100 },
    );
  }

  block(blockId: string): Locator {
    return this.page.locator(`[data-block-id="${blockId}"]`);
  }

  blocksOfKind(kind: 'article' | 'masthead' | 'pageHeader' | 'photo' | 'rule', label?: string): Locator {
    const scope = label ? this.page.locator(`[data-page-label="${label}"]`) : this.page;
    return scope.locator(`[data-block-id].block-kind-${kind}`);
  }

  badges(blockId?: string): Locator {
    return blockId ? this.block(blockId).locator('.block-badge') : this.page.locator('.block-badge');
  }

  /** The block's `余N行` count, or undefined when it has no such badge. */
  async freeLines(blockId: string): Promise<number | undefined> {
    const value = await this.badges(blockId).evaluateAll((badges) =>
      badges.map((badge) => badge.getAttribute('data-free-lines')).find((text) => text !== null),
    );
    return value === undefined ? undefined : Number(value);
  }

  /** The block's `超N字` count, or undefined when it has no such badge. */
  async overflowChars(blockId: string): Promise<number | undefined> {
    const value = await this.badges(blockId).evaluateAll((badges) =>
      badges.map((badge) => badge.getAttribute('data-overflow-chars')).find((text) => text !== null),
    );
    return value === undefined ? undefined : Number(value);
  }

  /** Every block shown, in reading order (top to bottom, then left to right), with its badges' data attributes. */
  async blocks(label?: string): Promise<BlockSummary[]> {
    const scope = label ? this.page.locator(`[data-page-label="${label}"] [data-block-id]`) : this.page.locator('[data-block-id]');
    const blocks = await scope.evaluateAll((elements) =>
      elements.map((element) => {
        const frame = element as HTMLElement;
        const kind =
          Array.from(frame.classList)
            .find((name) => name.startsWith('block-kind-'))
            ?.slice('block-kind-'.length) ?? '';
        return {
          id: frame.dataset.blockId ?? '',
          kind,
          left: frame.offsetLeft,
          top: frame.offsetTop,
          width: frame.offsetWidth,
          height: frame.offsetHeight,
          badges: Array.from(frame.querySelectorAll('.block-badge')).map((badge) =>
            Object.fromEntries(
              Array.from(badge.attributes)
                .filter((attribute) => attribute.name.startsWith('data-'))
                .map((attribute) => [attribute.name, attribute.value]),
            ),
          ),
        };
      }),
    );
    return blocks.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  stripPages(): Locator {
    return this.page.locator('[data-strip-page]');
  }

  thumbnails(): Locator {
    return this.page.locator('canvas[data-thumbnail]');
  }

  tool(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  scrollArea(): Locator {
    return this.page.locator('.page-scroll');
  }

  async zoomPercent(): Promise<number> {
    return Number(await this.scrollArea().getAttribute('data-zoom-percent'));
  }

  /** The CSS width of the page's canvas in pixels, as laid out (not its backing store). */
  canvasCssWidth(label: string): Promise<number> {
    return this.canvas(label).evaluate((element) => element.getBoundingClientRect().width);
  }

  /** Scrolls the page area so that the block's top-left corner is a little inside the view. */
  async scrollToBlock(blockId: string, margin = 40): Promise<void> {
    await this.block(blockId).evaluate((element, room) => {
      const scroller = element.closest('.page-scroll');
      if (!scroller) return;
      const box = element.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      scroller.scrollTop += box.top - view.top - room;
      scroller.scrollLeft += box.left - view.left - room;
    }, margin);
  }

  gridOverlay(): Locator {
    return this.page.locator('[data-grid-overlay]');
  }

  rulers(): Locator {
    return this.page.locator('canvas[data-ruler]');
  }

  problemsLight(): Locator {
    return this.tool('problems-light');
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: '导出 PDF', exact: true });
  }

  // The split editor beside the page.

  splitEditor(): Locator {
    return this.page.locator('aside.split-editor');
  }

  editor(): Locator {
    return this.splitEditor().getByTestId('article-editor');
  }

  paragraphs(): Locator {
    return this.editor().locator('.el-paragraph');
  }

  /** Double-clicks a block's overlay and waits for its article in the split editor. */
  async editBlock(blockId: string): Promise<void> {
    await this.block(blockId).dblclick();
    await this.paragraphs().first().waitFor();
  }

  /** Puts the cursor at the very end of the editor's last paragraph. */
  async cursorToEndOfLastParagraph(): Promise<void> {
    const last = this.paragraphs().last();
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    if (!box) throw new Error('the last paragraph is not shown');
    // Right of the end of its last line, then End for certainty.
    await this.page.mouse.click(box.x + box.width - 2, box.y + box.height - 4);
    await this.page.keyboard.press('End');
  }

  closeEditorButton(): Locator {
    return this.splitEditor().getByRole('button', { name: '‹ 回到版面' });
  }

  // The export dialog.

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: '导出印刷 PDF' });
  }

  async openExportDialog(): Promise<void> {
    await this.exportButton().click();
    await this.exportDialog().waitFor();
  }

  exportField(name: '指定版面' | '出血（毫米）' | '输出文件'): Locator {
    return this.exportDialog().getByRole(name === '出血（毫米）' ? 'spinbutton' : 'textbox', { name, exact: true });
  }

  exportAllPages(): Locator {
    return this.exportDialog().getByRole('radio', { name: /全部/ });
  }

  exportCropMarks(): Locator {
    return this.exportDialog().getByRole('checkbox', { name: '裁切标记' });
  }

  exportProblems(): Locator {
    return this.exportDialog().getByTestId('export-problems').locator('li');
  }

  exportProgress(): Locator {
    return this.exportDialog().getByTestId('export-progress');
  }

  exportDone(): Locator {
    return this.exportDialog().getByTestId('export-done');
  }

  exportFile(): Locator {
    return this.exportDialog().getByTestId('export-file');
  }

  exportDialogButton(name: '导出' | '取消' | '取消导出' | '完成'): Locator {
    return this.exportDialog().getByRole('button', { name, exact: true });
  }
}
