// What the app:// protocol and the browser shell serve: the built renderer, the bundled fonts by
// a whitelist, and the workspace's photos by their content-addressed names — nothing else.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetResponse, locateAsset, type AssetRoots } from '../../../electron/main/static-assets';

let root = '';
let roots: AssetRoots;
const PHOTO = `${'a1'.repeat(32)}.jpg`;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kfq-static-'));
  roots = { renderer: path.join(root, 'renderer'), fonts: path.join(root, 'fonts'), photos: path.join(root, 'ws', 'assets') };
  await mkdir(path.join(roots.renderer, 'assets'), { recursive: true });
  await mkdir(roots.photos!, { recursive: true });
  await writeFile(path.join(roots.renderer, 'index.html'), '<!doctype html>');
  await writeFile(path.join(roots.photos!, PHOTO), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  await writeFile(path.join(root, 'ws', 'workspace.json'), '{}');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('static assets', () => {
  it('serves a photo of the workspace by its content-addressed name, as an image', async () => {
    const response = await assetResponse(roots, `/photos/${PHOTO}`, {});
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('image/jpeg');
  });

  it('serves a photo’s thumbnail (always a JPEG) from the store’s thumbs folder', () => {
    expect(locateAsset(roots, `/photos/thumbs/${'b2'.repeat(32)}.jpg`)).toBe(path.join(roots.photos!, 'thumbs', `${'b2'.repeat(32)}.jpg`));
  });

  it('serves nothing else from the workspace', () => {
    for (const pathname of [
      '/photos/thumbs/../../workspace.json',
      `/photos/thumbs/${'b2'.repeat(32)}.png`,
      `/photos/thumbs/thumbs/${'b2'.repeat(32)}.jpg`,
      '/photos/print/x.jpg',
      '/photos/../workspace.json',
      '/photos/%2e%2e/workspace.json',
      `/photos/${'a1'.repeat(32)}.tif`,
      '/photos/ABC.jpg',
      '/photos/',
      `/photos/${PHOTO}/x`,
      '/workspace.json',
    ]) {
      const file = locateAsset(roots, pathname);
      expect(file === undefined || !file.startsWith(path.join(root, 'ws')), pathname).toBe(true);
    }
  });

  it('serves no photos where no workspace is open', async () => {
    const { photos: _photos, ...withoutPhotos } = roots;
    expect((await assetResponse(withoutPhotos, `/photos/${PHOTO}`, {})).status).toBe(404);
  });

  it('serves only whitelisted font files and the built renderer', () => {
    expect(locateAsset(roots, '/fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')).toBe(
      path.join(roots.fonts, 'noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf'),
    );
    expect(locateAsset(roots, '/fonts/noto-serif-sc/package.json')).toBeUndefined();
    expect(locateAsset(roots, '/fonts/../../etc/passwd')).toBeUndefined();
    expect(locateAsset(roots, '/')).toBe(path.join(roots.renderer, 'index.html'));
    expect(locateAsset(roots, '/../index.html')).toBeUndefined();
  });
});
