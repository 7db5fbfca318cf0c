// kfq photo add on a real workspace: a photo goes into the content-addressed store once and its id
// is printed; an oversized file and bytes that are no picture are refused in Chinese, writing nothing.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../../electron/services/workspace-store';
import { sharpPhoto } from '../pdf/test-images';
import { testContent } from '../services/store-fixtures';
import { kfq } from './run-kfq';

let dir: string;
let ws: string;

async function storedPhotos(): Promise<string[]> {
  return (await readdir(path.join(ws, 'assets')).catch(() => [])).filter((name) => /^[0-9a-f]{64}\./.test(name));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-photo-'));
  ws = path.join(dir, 'ws');
  const store = await initWorkspace(ws, testContent());
  await store.close();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kfq photo add', () => {
  it('stores a photo once and prints its id; --json adds its size and colour space', async () => {
    const file = path.join(dir, 'scene.jpg');
    await writeFile(file, await sharpPhoto('jpg', 600, 400));
    const added = await kfq('photo', 'add', ws, file);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^[0-9a-f]{64}\.jpg$/);
    expect(added.err).toContain('已添加图片：600×400 像素');
    expect(await storedPhotos()).toEqual([added.out]);
    const again = await kfq('photo', 'add', ws, file, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ assetId: added.out, existed: true, width: 600, height: 400, colourSpace: 'srgb' });
    expect(await storedPhotos()).toHaveLength(1);
  });

  it('refuses a file over 50 MB and bytes that only claim to be a PNG, adding nothing', async () => {
    const before = await storedPhotos();
    const big = path.join(dir, 'big.jpg');
    await writeFile(big, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(60 * 1024 * 1024)]));
    const refusedBig = await kfq('photo', 'add', ws, big);
    expect(refusedBig.code).toBe(1);
    expect(refusedBig.err).toContain('过大');
    const fake = path.join(dir, 'fake.png');
    await writeFile(fake, Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('这不是图片')]));
    const refusedFake = await kfq('photo', 'add', ws, fake);
    expect(refusedFake.code).toBe(1);
    expect(refusedFake.err).toContain('无法解码，未添加');
    expect(await storedPhotos()).toEqual(before);
  });

  it('names the actions it knows when given another', async () => {
    const wrong = await kfq('photo', 'remove', ws, 'x');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('可用：add');
  });
});
