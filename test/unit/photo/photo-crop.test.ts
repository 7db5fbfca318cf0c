// The crop rules every output shares: the frame is always covered, the picture keeps its aspect,
// panning follows the pointer and zooming keeps the centre, and resolution falls as the crop zooms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CENTRED_CROP,
  effectivePpi,
  MAX_CROP_ZOOM,
  panCrop,
  visiblePart,
  visiblePixels,
  zoomCrop,
  type PhotoCrop,
} from '../../../shared/photo/photo-crop';

const size = fc.record({ width: fc.integer({ min: 20, max: 8000 }), height: fc.integer({ min: 20, max: 8000 }) });
const crop = fc.record({
  zoom: fc.double({ min: 1, max: MAX_CROP_ZOOM, noNaN: true }),
  centerX: fc.double({ min: 0, max: 1, noNaN: true }),
  centerY: fc.double({ min: 0, max: 1, noNaN: true }),
});

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('a photo in its frame', () => {
  it('shows a part inside the picture, of the frame’s shape: the frame is covered and nothing is stretched', () => {
    fc.assert(
      fc.property(size, size, crop, (frame, picture, c) => {
        const part = visiblePart(frame, picture, c);
        expect(part.x).toBeGreaterThanOrEqual(-1e-9);
        expect(part.y).toBeGreaterThanOrEqual(-1e-9);
        expect(part.x + part.width).toBeLessThanOrEqual(picture.width + 1e-6);
        expect(part.y + part.height).toBeLessThanOrEqual(picture.height + 1e-6);
        expect(close(part.width / part.height, frame.width / frame.height)).toBe(true);
        const pixels = visiblePixels(frame, picture, c);
        expect(pixels.width).toBeGreaterThanOrEqual(1);
        expect(pixels.x + pixels.width).toBeLessThanOrEqual(picture.width);
        expect(pixels.y + pixels.height).toBeLessThanOrEqual(picture.height);
      }),
    );
  });

  it('is centred and as large as the frame allows without a crop', () => {
    // A 3:2 picture in a band four times as wide as high: its full width, the middle strip.
    expect(visiblePart({ width: 400, height: 100 }, { width: 3000, height: 2000 }, CENTRED_CROP)).toEqual({
      x: 0,
      y: 625,
      width: 3000,
      height: 750,
    });
    expect(visiblePart({ width: 100, height: 100 }, { width: 3000, height: 2000 })).toEqual({ x: 500, y: 0, width: 2000, height: 2000 });
  });

  it('follows the pointer when dragged, until the picture’s edge meets the frame’s', () => {
    const frame = { width: 100, height: 100 };
    const picture = { width: 2000, height: 2000 };
    const zoomed: PhotoCrop = { zoom: 2, centerX: 0.5, centerY: 0.5 };
    // 2× zoom: 100 frame units show 1000 pixels, so 10 units of drag move 100 pixels the other way.
    const moved = panCrop(frame, picture, zoomed, 10, 0);
    expect(visiblePart(frame, picture, moved).x).toBeCloseTo(400);
    const far = panCrop(frame, picture, zoomed, 1000, -1000);
    expect(visiblePart(frame, picture, far)).toMatchObject({ x: 0, y: 1000 });
  });

  it('keeps the point at the frame’s centre when zoomed, and loses resolution in proportion', () => {
    fc.assert(
      fc.property(size, size, crop, fc.double({ min: 1, max: MAX_CROP_ZOOM, noNaN: true }), (frame, picture, c, zoom) => {
        const before = visiblePart(frame, picture, c);
        const after = visiblePart(frame, picture, zoomCrop(frame, picture, c, zoom));
        // Zooming in never moves the centre; zooming out may, where an edge would come into the frame.
        if (zoom >= c.zoom) {
          expect(after.x + after.width / 2).toBeCloseTo(before.x + before.width / 2, 4);
          expect(after.y + after.height / 2).toBeCloseTo(before.y + before.height / 2, 4);
        }
        expect(close(effectivePpi(frame, picture, { ...c, zoom }) * zoom, effectivePpi(frame, picture, { ...c, zoom: 1 }))).toBe(true);
      }),
    );
  });
});
