// Dragging a block on a full page (A1 of the sample issue): pointer move to repainted canvas, from
// the page editor's kfq:drag-to-paint measures (the pointer event's time to the end of the paint
// that shows the block at its new cell). The lead story is shortened by a few lines from the
// keyboard to give it room, then dragged down and up through that room, line by line, many times.
import type { Page } from 'playwright-core';
import { percentile, sleep } from './timing';

/** Lines freed below the lead, and round trips through them. */
const ROOM_LINES = 6;
const ROUND_TRIPS = 5;
const STEP_GAP_MS = 40;

export interface DragFigures {
  moves: number;
  measures: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** Expects the page view on A1, no split editor open; leaves the layout as it found it (undo). */
export async function measureDrag(page: Page, blockId: string): Promise<DragFigures> {
  const frame = page.locator(`.block-layer [data-block-id="${blockId}"]`);
  await frame.click();
  for (let step = 0; step < ROOM_LINES; step += 1) await page.keyboard.press('Alt+ArrowUp');
  const layer = page.locator('[data-page-label="A1"] .block-layer');
  const lineHeight = Number(await layer.getAttribute('data-line-px'));
  const box = (await frame.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(20, box.height / 2);
  await page.evaluate(() => performance.clearMeasures('kfq:drag-to-paint'));
  await page.mouse.move(x, y);
  await page.mouse.down();
  let moves = 0;
  for (let trip = 0; trip < ROUND_TRIPS; trip += 1) {
    const path = [
      ...Array.from({ length: ROOM_LINES }, (_, at) => at + 1),
      ...Array.from({ length: ROOM_LINES }, (_, at) => ROOM_LINES - at - 1),
    ];
    for (const lines of path) {
      await page.mouse.move(x, y + lines * lineHeight);
      moves += 1;
      await sleep(STEP_GAP_MS);
    }
  }
  await page.mouse.up();
  await sleep(500);
  const durations = await page.evaluate(() => performance.getEntriesByName('kfq:drag-to-paint').map((entry) => entry.duration));
  if (durations.length === 0) throw new Error('no kfq:drag-to-paint measure while dragging a block');
  // Back to the sample's layout: the drag ends where it began (no drop), so only the shortening.
  for (let step = 0; step < ROOM_LINES; step += 1) await page.getByTestId('undo').click();
  return {
    moves,
    measures: durations.length,
    medianMs: percentile(durations, 0.5),
    p95Ms: percentile(durations, 0.95),
    maxMs: Math.max(...durations),
  };
}

export function dragLine(figures: DragFigures): string {
  return `  拖动到重绘          中位数 ${figures.medianMs.toFixed(1)} ms（目标 ≤ 16 ms），p95 ${figures.p95Ms.toFixed(1)} ms（目标 ≤ 50 ms），最长 ${figures.maxMs.toFixed(0)} ms；整版 A1 上拖动头条 ${figures.moves} 步，${figures.measures} 次重绘`;
}
