// How a photo fills its frame: it keeps its aspect and covers the frame, cropped. The crop says how
// far it is enlarged past covering and which point of the picture sits at the frame's centre. The
// canvas, the PDF writer and preflight all place a photo through these functions, so the screen
// shows exactly the part that prints, at the resolution preflight judges.
import { z } from 'zod';

/** Enlargement past covering the frame: 1 shows as much of the picture as the frame's shape allows. */
export const MIN_CROP_ZOOM = 1;
export const MAX_CROP_ZOOM = 8;

export const photoCropSchema = z.strictObject({
  zoom: z.number().min(MIN_CROP_ZOOM).max(MAX_CROP_ZOOM),
  /** The picture's point at the frame's centre, as fractions of its width and height (0.5 = middle). */
  centerX: z.number().min(0).max(1),
  centerY: z.number().min(0).max(1),
});
export type PhotoCrop = z.infer<typeof photoCropSchema>;

export const CENTRED_CROP: PhotoCrop = { zoom: 1, centerX: 0.5, centerY: 0.5 };

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** Frame units per picture pixel: the scale that covers the frame, times the crop's zoom. */
export function cropScale(frame: Size, picture: Size, crop: PhotoCrop = CENTRED_CROP): number {
  return Math.max(frame.width / picture.width, frame.height / picture.height) * crop.zoom;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The part of the picture that shows in the frame, in picture pixels. The centre is held back from
 * the picture's edges as far as needed, so the frame is always covered.
 */
export function visiblePart(frame: Size, picture: Size, crop: PhotoCrop = CENTRED_CROP): Rect {
  const scale = cropScale(frame, picture, crop);
  const width = Math.min(picture.width, frame.width / scale);
  const height = Math.min(picture.height, frame.height / scale);
  const x = clamp(crop.centerX * picture.width - width / 2, 0, picture.width - width);
  const y = clamp(crop.centerY * picture.height - height / 2, 0, picture.height - height);
  return { x, y, width, height };
}

/** The visible part in whole pixels (what an exporter cuts out), never empty and never outside. */
export function visiblePixels(frame: Size, picture: Size, crop: PhotoCrop = CENTRED_CROP): Rect {
  const part = visiblePart(frame, picture, crop);
  const x = clamp(Math.round(part.x), 0, picture.width - 1);
  const y = clamp(Math.round(part.y), 0, picture.height - 1);
  const width = clamp(Math.round(part.width), 1, picture.width - x);
  const height = clamp(Math.round(part.height), 1, picture.height - y);
  return { x, y, width, height };
}

/** The crop as it really applies: its centre moved to where `visiblePart` puts it (for dragging). */
export function effectiveCrop(frame: Size, picture: Size, crop: PhotoCrop = CENTRED_CROP): PhotoCrop {
  const part = visiblePart(frame, picture, crop);
  return {
    zoom: crop.zoom,
    centerX: (part.x + part.width / 2) / picture.width,
    centerY: (part.y + part.height / 2) / picture.height,
  };
}

/** The crop after dragging the picture by (dx, dy) frame units: the picture follows the pointer. */
export function panCrop(frame: Size, picture: Size, crop: PhotoCrop, dx: number, dy: number): PhotoCrop {
  const scale = cropScale(frame, picture, crop);
  const from = effectiveCrop(frame, picture, crop);
  const moved = {
    zoom: crop.zoom,
    centerX: clamp(from.centerX - dx / scale / picture.width, 0, 1),
    centerY: clamp(from.centerY - dy / scale / picture.height, 0, 1),
  };
  return effectiveCrop(frame, picture, moved);
}

/** The crop at another zoom, keeping the point at the frame's centre where it is. */
export function zoomCrop(frame: Size, picture: Size, crop: PhotoCrop, zoom: number): PhotoCrop {
  const from = effectiveCrop(frame, picture, crop);
  return effectiveCrop(frame, picture, { ...from, zoom: clamp(zoom, MIN_CROP_ZOOM, MAX_CROP_ZOOM) });
}

/** Pixels per inch of the picture where it prints, for a frame measured in pt. */
export function effectivePpi(framePt: Size, picture: Size, crop: PhotoCrop = CENTRED_CROP): number {
  return 72 / cropScale(framePt, picture, crop);
}
