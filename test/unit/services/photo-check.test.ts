// Photos at the door of the asset store: refused before decoding when too large or of too many
// pixels, refused when the bytes do not decode as the image they claim to be, and read for their
// size, colour space and profile when they pass.
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkAssetBytes } from '../../../electron/services/asset-store';
import { checkPhoto, MAX_PHOTO_PIXELS, THUMBNAIL_SIZE } from '../../../electron/services/photos/photo-check';
import { DomainError } from '../../../shared/model/errors';
import { sharpPhoto } from '../pdf/test-images';

const CHINESE = /[\u4e00-\u9fff]/;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function refusal(bytes: Uint8Array, maxBytes?: number): Promise<DomainError> {
  try {
    await checkPhoto(bytes, checkAssetBytes(bytes, maxBytes), maxBytes);
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.message).toMatch(CHINESE);
      return error;
    }
    throw error;
  }
  throw new Error('accepted');
}

/** A PNG claiming `width` × `height` in its header, with a token IDAT: what a decoder would meet. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('photos refused', () => {
  it('refuses a PNG signature followed by text', async () => {
    const fake = Buffer.concat([PNG_SIGNATURE, Buffer.from('这不是图片，只是一段文字。'.repeat(20))]);
    expect((await refusal(fake)).code).toBe('ASSET_DAMAGED');
  });

  it('refuses a JPEG cut short, though its header reads', async () => {
    const jpeg = await sharpPhoto('jpg', 400, 300);
    expect((await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).code).toBe('ASSET_DAMAGED');
  });

  it('refuses a TIFF header over text, and takes a real TIFF', async () => {
    const fake = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), Buffer.from('not an image directory')]);
    expect((await refusal(fake)).code).toBe('ASSET_DAMAGED');
    const tiff = await sharpPhoto('tif', 60, 40);
    const { info } = await checkPhoto(tiff, checkAssetBytes(tiff));
    expect(info).toMatchObject({ format: 'tif', width: 60, height: 40, colourSpace: 'srgb' });
  });

  it('refuses a 60 MB file by its size, before reading it', async () => {
    const big = Buffer.alloc(60 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const started = performance.now();
    const error = await refusal(big);
    expect(error.code).toBe('ASSET_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses 50 megapixels, and 20,000 × 20,000, from the header without decoding', async () => {
    const fifty = await sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: '#336699' } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    expect(10_000 * 5_000).toBeGreaterThan(MAX_PHOTO_PIXELS);
    expect((await refusal(fifty)).code).toBe('ASSET_TOO_MANY_PIXELS');
    const before = process.memoryUsage().rss;
    const error = await refusal(pngHeaderOnly(20_000, 20_000));
    expect(error.code).toBe('ASSET_TOO_MANY_PIXELS');
    expect(error.message).toContain('20000 × 20000');
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('photos read', () => {
  it('reads pixel size as displayed, colour space, profile and orientation', async () => {
    const turned = await sharp(await sharpPhoto('jpg', 300, 200))
      .withMetadata({ orientation: 6 })
      .withIccProfile('p3')
      .jpeg()
      .toBuffer();
    const { info, thumbnail } = await checkPhoto(turned, 'jpg');
    expect(info).toMatchObject({
      format: 'jpg',
      width: 200,
      height: 300,
      colourSpace: 'srgb',
      channels: 3,
      orientation: 6,
      hasIccProfile: true,
    });
    expect(info.iccProfile).toMatch(/P3/);
    const thumb = await sharp(thumbnail).metadata();
    expect(thumb.format).toBe('jpeg');
    expect(Math.max(thumb.width, thumb.height)).toBeLessThanOrEqual(THUMBNAIL_SIZE);
    expect(thumb.width).toBeLessThan(thumb.height);

    const cmyk = await sharp(await sharpPhoto('png', 30, 20))
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await checkPhoto(cmyk, 'jpg')).info).toMatchObject({
      colourSpace: 'cmyk',
      channels: 4,
      hasIccProfile: false,
      iccProfile: null,
    });
    const grey = await sharp(await sharpPhoto('png', 30, 20))
      .toColourspace('b-w')
      .png()
      .toBuffer();
    expect((await checkPhoto(grey, 'png')).info).toMatchObject({ colourSpace: 'b-w', channels: 1, hasAlpha: false });
  });

  it('refuses bytes of another format than the one sniffed', async () => {
    const png = await sharpPhoto('png', 10, 10);
    await expect(checkPhoto(png, 'jpg')).rejects.toMatchObject({ code: 'ASSET_DAMAGED' });
  });
});
