// Photos on the page: a file dropped on a photo frame goes into the workspace's photo store and the
// frame, its crop set in the inspector or by Alt-dragging on the canvas; a file dropped on the
// 图片库 joins it and is dragged from there onto a frame; a file that is no picture is refused in
// Chinese and changes nothing. Checked on screen and in the saved issue.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Issue, PhotoBlock } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { PageEditorPage } from './pages/page-editor-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readJson } from './support/workspace';

const fixture = appPerTest();

async function openA2(): Promise<PageEditorPage> {
  const { page } = fixture.app;
  await new AppPage(page).waitReady();
  await new PageViewPage(page, fixture.app.shell.url).open('A2');
  return new PageEditorPage(page);
}

async function storedPhoto(blockId: string): Promise<PhotoBlock> {
  const issue = (await readJson(path.join(fixture.app.dir, 'issues', SAMPLE_ISSUE, 'issue.json'))) as Issue;
  return issue.pages.flatMap((page) => page.blocks).find((block) => block.id === blockId) as PhotoBlock;
}

async function photoBlockId(editor: PageEditorPage): Promise<string> {
  return (await editor.frames('A2', 'photo').first().getAttribute('data-block-id'))!;
}

/** A 3:2 picture: a sky gradient over a dark ground, so a crop shows on the canvas. */
function scene(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1200"><defs><linearGradient id="s" x2="0" y2="1"><stop offset="0" stop-color="#7fb2e5"/><stop offset="1" stop-color="#f3e3c0"/></linearGradient></defs><rect width="1800" height="1200" fill="url(#s)"/><rect y="800" width="1800" height="400" fill="#2f4f3a"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

describe('photos on the page', () => {
  it('puts a dropped photo in its frame, stored once under its hash, and crops it from the inspector and the canvas', async () => {
    const editor = await openA2();
    const { page } = fixture.app;
    const blockId = await photoBlockId(editor);
    const bytes = await scene();
    await editor.dropFile(blockId, '园区全景.jpg', bytes);
    const assetId = `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
    await expect.poll(async () => (await storedPhoto(blockId)).assetId, { timeout: 15_000 }).toBe(assetId);
    expect(existsSync(path.join(fixture.app.dir, 'assets', assetId))).toBe(true);
    await expect.poll(() => editor.frame(blockId).locator('[data-missing-images]').count(), { timeout: 10_000 }).toBe(0);

    await editor.frame(blockId).click();
    const zoom = editor.inspector().getByLabel('裁切放大');
    await zoom.fill('200');
    await zoom.press('Enter');
    await expect.poll(async () => (await storedPhoto(blockId)).crop?.zoom, { timeout: 10_000 }).toBe(2);

    // The canvas has the picture (and so its pixel size) once it has drawn it from its pixels.
    await expect
      .poll(() => page.locator('[data-page-canvas="A2"]').getAttribute('data-photos-drawn'), { timeout: 10_000 })
      .toContain(assetId);
    // Alt-drag to the right: the picture follows the pointer, so the crop's centre moves left.
    const box = (await editor.frame(blockId).boundingBox())!;
    await page.keyboard.down('Alt');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 3, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 3, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Alt');
    await expect.poll(async () => (await storedPhoto(blockId)).crop?.centerX ?? 0.5, { timeout: 10_000 }).toBeLessThan(0.5);
    await screenshot(page, 'page-editor-photo-cropped');

    // One undo takes the canvas crop back; the inspector's zoom stays.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedPhoto(blockId)).crop, { timeout: 10_000 }).toEqual({ zoom: 2, centerX: 0.5, centerY: 0.5 });
  });

  it('adds a photo dropped on the 图片库, which is then dragged onto a frame', async () => {
    const editor = await openA2();
    const blockId = await photoBlockId(editor);
    const bytes = await sharp(await scene())
      .flop()
      .jpeg({ quality: 80 })
      .toBuffer();
    const assetId = `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
    await editor.dropFileOn(editor.photoLibrary(), '厂区.jpg', bytes);
    const thumbnail = editor.photoLibrary().locator(`[data-library-photo="${assetId}"]`);
    await expect.poll(() => thumbnail.count(), { timeout: 15_000 }).toBe(1);
    // Stored, not yet placed: the frame keeps its picture until the thumbnail is dropped on it.
    expect(existsSync(path.join(fixture.app.dir, 'assets', assetId))).toBe(true);
    expect((await storedPhoto(blockId)).assetId).not.toBe(assetId);
    await thumbnail.dragTo(editor.frame(blockId));
    await expect.poll(async () => (await storedPhoto(blockId)).assetId, { timeout: 15_000 }).toBe(assetId);
  });

  it('refuses a file that only claims to be a PNG, in Chinese, changing neither the frame nor the store', async () => {
    const editor = await openA2();
    const blockId = await photoBlockId(editor);
    const before = await storedPhoto(blockId);
    const assets = () => readdirSync(path.join(fixture.app.dir, 'assets')).filter((name) => /^[0-9a-f]{64}\./.test(name));
    const stored = assets();
    await editor.dropFile(blockId, '假图片.png', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('不是图片')]));
    const error = new AppPage(fixture.app.page).errorNotice();
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain('无法解码');
    await editor.dropFile(blockId, '说明.txt', Buffer.from('文字'));
    await expect.poll(() => error.textContent()).toContain('不是 JPEG、PNG 或 TIFF 图片');
    expect(await storedPhoto(blockId)).toEqual(before);
    expect(assets()).toEqual(stored);
  });
});
