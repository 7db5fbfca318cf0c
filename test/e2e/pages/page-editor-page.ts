// The page editor as a test drives it: frames by block id with their grid box (data-grid), drags
// with the mouse measured in grid cells (the layer's data-column-px / data-line-px), the library
// panel, the inspector and the saved state.
import type { Locator, Page } from 'playwright-core';

declare global {
  interface Window {
    /** The canvas's testing surface (see PageCanvas): each page's glyph-run texts after a paint. */
    __kfqDrawnText?: Record<string, string[]>;
  }
}

export interface GridBox {
  col: number;
  line: number;
  cols: number;
  lines: number;
}

export class PageEditorPage {
  constructor(readonly page: Page) {}

  frame(blockId: string): Locator {
    return this.page.locator(`.block-layer [data-block-id="${blockId}"]`);
  }

  frames(label: string, kind = 'article'): Locator {
    return this.page.locator(`[data-page-label="${label}"] .block-layer [data-block-kind="${kind}"]`);
  }

  async grid(blockId: string): Promise<GridBox> {
    const text = await this.frame(blockId).getAttribute('data-grid');
    const [col, line, cols, lines] = (text ?? '').split(',').map(Number);
    return { col: col!, line: line!, cols: cols!, lines: lines! };
  }

  async selection(): Promise<string[]> {
    return this.page
      .locator('.block-layer [data-selected="true"]')
      .evaluateAll((frames) => frames.map((frame) => (frame as HTMLElement).dataset.blockId ?? ''));
  }

  /** One grid cell in CSS pixels, on the page labelled `label`. */
  async cell(label: string): Promise<{ width: number; height: number; areaX: number; areaY: number }> {
    const layer = this.page.locator(`[data-page-label="${label}"] .block-layer`);
    const [width, height, area] = await Promise.all([
      layer.getAttribute('data-column-px'),
      layer.getAttribute('data-line-px'),
      layer.getAttribute('data-area-px'),
    ]);
    const [areaX, areaY] = (area ?? '0,0').split(',').map(Number);
    return { width: Number(width), height: Number(height), areaX: areaX!, areaY: areaY! };
  }

  /** Presses on a point of the frame (or a handle) and moves by whole cells, in steps, then lets go. */
  async drag(from: Locator, label: string, cols: number, lines: number, options: { release?: boolean } = {}): Promise<void> {
    const cell = await this.cell(label);
    const box = (await from.boundingBox())!;
    const x = box.x + Math.min(box.width / 2, 20);
    const y = box.y + Math.min(box.height / 2, 20);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + cols * cell.width, y + lines * cell.height, { steps: 8 });
    if (options.release !== false) await this.page.mouse.up();
  }

  handle(blockId: string, which: 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw'): Locator {
    return this.frame(blockId).locator(`[data-resize-handle="${which}"]`);
  }

  library(): Locator {
    return this.page.locator('[data-library-panel]');
  }

  libraryArticle(articleId: string): Locator {
    return this.library().locator(`[data-library-article="${articleId}"]`);
  }

  /** Drags a library article onto the page, dropping it on the cell (col, line). */
  async dropArticle(articleId: string, label: string, col: number, line: number): Promise<void> {
    const cell = await this.cell(label);
    const sheet = this.page.locator(`[data-page-label="${label}"] .block-layer`);
    await this.libraryArticle(articleId).dragTo(sheet, {
      targetPosition: { x: cell.areaX + (col + 0.5) * cell.width, y: cell.areaY + (line + 0.5) * cell.height },
    });
  }

  /** Drops a file from the system (as the file manager would) on a block's frame. */
  async dropFile(blockId: string, name: string, bytes: Buffer): Promise<void> {
    await this.dropFileOn(this.frame(blockId), name, bytes);
  }

  photoLibrary(): Locator {
    return this.page.locator('[data-photo-library]');
  }

  /** Drops a file from the system on an element of the page. */
  async dropFileOn(target: Locator, name: string, bytes: Buffer): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name: fileName, base64 }) => {
        const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], fileName));
        return transfer;
      },
      { name, base64: bytes.toString('base64') },
    );
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await transfer.dispose();
  }

  inspector(): Locator {
    return this.page.locator('[data-inspector]');
  }

  saveState(): Promise<string | null> {
    return this.page.locator('[data-save-state]').getAttribute('data-save-state');
  }

  /** The text of the glyph runs the canvas of a page holds (needs window.__kfqRecordDrawing before load). */
  drawnText(label: string): Promise<string> {
    return this.page.evaluate((wanted) => (window.__kfqDrawnText?.[wanted] ?? []).join('\n'), label);
  }
}
