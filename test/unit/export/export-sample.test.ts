// The sample issue exported through the real CLI path: preflight, page size, text equal to the
// layout, ink where text was laid out, and byte-identical repeats.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIssuePdf } from '../../../electron/services/export/export-issue';
import { layoutStoredIssue } from '../../../electron/services/layout/issue-layout';
import { initSampleWorkspace } from '../../../electron/services/sample-workspace';
import type { WorkspaceStore } from '../../../electron/services/workspace-store';
import type { DisplayItem, GlyphRun } from '../../../shared/display/display-list';
import { mmToPt, mm } from '../../../shared/units/units';
import { extractText, HAS_PDF_CHECK, pageBoxes, PDF_CHECK, renderGrey, run } from '../pdf/pdf-tools';

let dir: string;
let store: WorkspaceStore;
let plain: string;

function runs(items: readonly DisplayItem[]): GlyphRun[] {
  return items.flatMap((item) => (item.type === 'glyphs' ? [item] : item.type === 'group' ? runs(item.items) : []));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-export-'));
  store = (await initSampleWorkspace(path.join(dir, 'ws'))).store;
  plain = path.join(dir, 'sample.pdf');
  await exportIssuePdf(store, { bleedMm: 0, cropMarks: false, output: plain });
}, 120_000);

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the exported sample issue', () => {
  it.skipIf(!HAS_PDF_CHECK)('passes the printer-style preflight with 0 problems', () => {
    const result = run(PDF_CHECK, [plain, path.join(dir, 'check')]);
    expect(result.stdout, result.stdout).toContain('pdf-check: 0 problems');
  });

  it('has the profile’s trim size, and trim + bleed when asked', async () => {
    const boxes = pageBoxes(plain);
    expect(boxes.width).toBeCloseTo(mmToPt(mm(390)), 1);
    expect(boxes.height).toBeCloseTo(mmToPt(mm(540)), 1);
    const bled = path.join(dir, 'bleed.pdf');
    await exportIssuePdf(store, { bleedMm: 3, cropMarks: false, output: bled, pages: 'A1' });
    const withBleed = pageBoxes(bled);
    expect(withBleed.width).toBeCloseTo(mmToPt(mm(396)), 1);
    expect(withBleed.height).toBeCloseTo(mmToPt(mm(546)), 1);
  });

  it('gives back the laid-out text when extracted', async () => {
    const { layout } = await layoutStoredIssue(store);
    const extracted = await extractText(await readFile(plain));
    const squash = (text: string) => text.replace(/\s/g, '');
    expect(extracted).toHaveLength(8);
    layout.pages.forEach((page, index) => {
      expect(squash(extracted[index] ?? '')).toBe(
        squash(
          runs(page.items)
            .map((glyphRun) => glyphRun.text)
            .join(''),
        ),
      );
    });
  });

  it('shows ink where text was laid out on A1', async () => {
    const { layout } = await layoutStoredIssue(store);
    const image = renderGrey(plain, dir, 72);
    const scale = 1;
    // Runs of blanks alone (the ideographic space after a dateline) have nothing to ink.
    const front = runs(layout.pages[0]?.items ?? []).filter((glyphRun) => glyphRun.text.trim() !== '');
    let inked = 0;
    for (const glyphRun of front) {
      const last = glyphRun.glyphs[glyphRun.glyphs.length - 1];
      if (!last) continue;
      const [x0, x1] = [Math.floor(glyphRun.x * scale), Math.ceil((glyphRun.x + last.x + last.advance) * scale)];
      const [y0, y1] = [Math.floor((glyphRun.y - glyphRun.size * 0.8) * scale), Math.ceil(glyphRun.y * scale)];
      let darkest = 255;
      for (let y = y0; y <= y1; y += 1)
        for (let x = x0; x <= x1; x += 1) darkest = Math.min(darkest, image.pixels[y * image.width + x] ?? 255);
      if (darkest < 128) inked += 1;
    }
    expect(inked).toBe(front.length);
  });

  it('exports byte-identical files twice', async () => {
    const again = path.join(dir, 'again.pdf');
    await exportIssuePdf(store, { bleedMm: 0, cropMarks: false, output: again });
    expect(Buffer.compare(await readFile(plain), await readFile(again))).toBe(0);
  });

  it('exports a page selection and refuses a wrong one', async () => {
    const part = path.join(dir, 'part.pdf');
    const result = await exportIssuePdf(store, { bleedMm: 0, cropMarks: true, output: part, pages: 'A1,A3-A5' });
    expect(result.pages).toEqual(['A1', 'A3', 'A4', 'A5']);
    await expect(exportIssuePdf(store, { bleedMm: 0, cropMarks: false, output: part, pages: 'A9' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
