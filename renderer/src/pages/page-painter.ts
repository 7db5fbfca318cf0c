// Draws display items on a 2D canvas exactly where layout put them: glyphs from their outlines at
// their laid-out origins, rules, rectangles and photos. The PDF writer reads the same items, so
// the canvas shows what the plant prints. Coordinates are points, y down, from the trim's corner.
import type { DisplayItem, GlyphRun, ImageItem, Ink, RectItem, RuleItem } from '../../../shared/display/display-list';
import { MAX_ATLAS_GLYPH, type GlyphAtlas } from './glyph-atlas';
import type { GlyphOutlines } from './glyph-outlines';
import { visiblePart } from '../../../shared/photo/photo-crop';
import { itemBounds } from './item-bounds';
import type { ScreenPhoto } from './photo-images';

/** Text smaller than this many device pixels is shown as grey bars (greeked), as layout programs do. */
export const GREEK_BELOW_PX = 3;

/** A glyph as the painter put it on the canvas, converted back to points (for tests). */
export interface DrawnGlyph {
  font: string;
  id: number;
  x: number;
  y: number;
  size: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaintTarget {
  ctx: CanvasRenderingContext2D;
  /** Device pixels per point. */
  scale: number;
  outlines: GlyphOutlines;
  /** Rasterised glyphs; without it every glyph's outline is filled. */
  atlas?: GlyphAtlas;
  /** When given, every glyph drawn is added to it. */
  record?: DrawnGlyph[];
  /** The image of a photo asset once it has loaded; undefined draws a placeholder. */
  image?: (assetId: string, pixels: number) => ScreenPhoto | undefined;
  /** When given, the asset id of every photo drawn from its pixels (not as a placeholder) is added. */
  photosDrawn?: Set<string>;
}

/** Screen colour of a print ink: the usual naive separation back to RGB (K-only black stays neutral). */
export function inkColour(ink: Ink): string {
  const k = 1 - ink.k / 100;
  const channel = (value: number) => Math.round(255 * (1 - value / 100) * k);
  return `rgb(${channel(ink.c)}, ${channel(ink.m)}, ${channel(ink.y)})`;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A line of text too small to read at this zoom: a grey bar over the x-height band of its glyphs. */
function greekGlyphs(target: PaintTarget, run: GlyphRun): void {
  const { ctx, scale } = target;
  const last = run.glyphs[run.glyphs.length - 1];
  if (!last) return;
  const size = run.size as number;
  ctx.fillStyle = run.ink.k >= 50 ? 'rgb(0 0 0 / 45%)' : 'rgb(0 0 0 / 25%)';
  ctx.fillRect(
    (run.x + run.glyphs[0]!.x) * scale,
    (run.y - size * 0.72) * scale,
    (last.x + last.advance - run.glyphs[0]!.x) * scale,
    size * 0.62 * scale,
  );
}

function paintGlyphs(target: PaintTarget, run: GlyphRun): void {
  const { ctx, scale, outlines, atlas, record } = target;
  const pixelSize = (run.size as number) * scale;
  if (pixelSize < GREEK_BELOW_PX) {
    greekGlyphs(target, run);
    return;
  }
  const colour = inkColour(run.ink);
  const y = run.y * scale;
  if (atlas && pixelSize <= MAX_ATLAS_GLYPH) {
    const glyphOf = atlas.face(run.font, pixelSize, colour);
    for (const glyph of run.glyphs) {
      const cell = glyphOf(glyph.id);
      if (!cell) continue;
      const dx = (run.x + glyph.x) * scale - cell.originX;
      const dy = y - cell.originY;
      ctx.drawImage(cell.source, cell.sx, cell.sy, cell.width, cell.height, dx, dy, cell.width, cell.height);
      record?.push({ font: run.font, id: glyph.id, x: (dx + cell.originX) / scale, y: (dy + cell.originY) / scale, size: run.size });
    }
    return;
  }
  // Glyphs too large for the atlas (a masthead title at high zoom) are few: filled directly.
  const unit = pixelSize / outlines.emSize(run.font);
  ctx.fillStyle = colour;
  for (const glyph of run.glyphs) {
    const path = outlines.path(run.font, glyph.id);
    if (!path) continue;
    const x = (run.x + glyph.x) * scale;
    ctx.setTransform(unit, 0, 0, -unit, x, y);
    ctx.fill(path);
    record?.push({ font: run.font, id: glyph.id, x: x / scale, y: y / scale, size: run.size });
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

function paintRule(target: PaintTarget, rule: RuleItem): void {
  const { ctx, scale } = target;
  ctx.strokeStyle = inkColour(rule.ink);
  // A hairline stays visible at small zoom, as on screen in every layout program.
  ctx.lineWidth = Math.max(0.75, rule.width * scale);
  ctx.beginPath();
  ctx.moveTo(rule.x1 * scale, rule.y1 * scale);
  ctx.lineTo(rule.x2 * scale, rule.y2 * scale);
  ctx.stroke();
}

function paintRect(target: PaintTarget, rect: RectItem): void {
  const { ctx, scale } = target;
  if (rect.fill) {
    ctx.fillStyle = inkColour(rect.fill);
    ctx.fillRect(rect.x * scale, rect.y * scale, rect.width * scale, rect.height * scale);
  }
  if (rect.stroke && rect.strokeWidth > 0) {
    ctx.strokeStyle = inkColour(rect.stroke);
    ctx.lineWidth = Math.max(0.75, rect.strokeWidth * scale);
    ctx.strokeRect(rect.x * scale, rect.y * scale, rect.width * scale, rect.height * scale);
  }
}

function paintImage(target: PaintTarget, item: ImageItem): void {
  const { ctx, scale } = target;
  const x = item.x * scale;
  const y = item.y * scale;
  const width = item.width * scale;
  const height = item.height * scale;
  // Before the first copy has loaded the picture's shape is unknown: a frame-sized guess will do.
  const first = target.image?.(item.assetId, Math.max(width, height));
  if (first) {
    // The part that prints, exactly as the PDF writer cuts it out (shared/photo/photo-crop).
    const part = visiblePart(item, first, item.crop);
    const drawn = Math.max(first.width, first.height) * Math.max(width / part.width, height / part.height);
    const image = target.image?.(item.assetId, drawn) ?? first;
    const kept = image === first ? part : visiblePart(item, image, item.crop);
    ctx.drawImage(image.source, kept.x, kept.y, kept.width, kept.height, x, y, width, height);
    target.photosDrawn?.add(item.assetId);
    return;
  }
  ctx.fillStyle = '#e6e6e6';
  ctx.fillRect(x, y, width, height);
}

/**
 * Fills into the atlas every glyph the items will draw, before any is copied out of it: a canvas
 * read after each write would be copied whole (megabytes) for every glyph.
 */
function prepareGlyphs(target: PaintTarget, items: readonly DisplayItem[], clip?: Box): void {
  const { atlas, scale } = target;
  if (!atlas) return;
  for (const item of items) {
    if (item.type === 'group') {
      if (!clip || intersects(itemBounds(item), clip)) prepareGlyphs(target, item.items, clip);
    } else if (item.type === 'glyphs') {
      if (clip && !intersects(itemBounds(item), clip)) continue;
      const pixelSize = (item.size as number) * scale;
      if (pixelSize < GREEK_BELOW_PX || pixelSize > MAX_ATLAS_GLYPH) continue;
      const glyphOf = atlas.face(item.font, pixelSize, inkColour(item.ink));
      for (const glyph of item.glyphs) glyphOf(glyph.id);
    }
  }
}

export function paintItems(target: PaintTarget, items: readonly DisplayItem[], clip?: Box): void {
  for (const item of items) {
    // After an edit only a few lines are repainted: everything else is skipped, not clipped.
    if (clip && !intersects(itemBounds(item), clip)) continue;
    switch (item.type) {
      case 'group':
        paintItems(target, item.items, clip);
        break;
      case 'glyphs':
        paintGlyphs(target, item);
        break;
      case 'rule':
        paintRule(target, item);
        break;
      case 'rect':
        paintRect(target, item);
        break;
      case 'image':
        paintImage(target, item);
        break;
    }
  }
}

function unionOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Paints a page, or only the boxes given (after an edit): each box is cleared to paper and every
 * item that touches it is drawn again, clipped to it.
 */
export function paintPage(
  target: PaintTarget,
  items: readonly DisplayItem[],
  size: { width: number; height: number },
  boxes?: readonly Box[],
): void {
  const { ctx, scale } = target;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const regions = boxes ?? [{ x: 0, y: 0, width: size.width, height: size.height }];
  prepareGlyphs(target, items, boxes ? unionOf(boxes) : undefined);
  for (const box of regions) {
    ctx.save();
    // Whole device pixels, so anti-aliased edges of the old drawing do not survive the clear.
    const left = Math.floor(box.x * scale) - 1;
    const top = Math.floor(box.y * scale) - 1;
    const right = Math.ceil((box.x + box.width) * scale) + 1;
    const bottom = Math.ceil((box.y + box.height) * scale) + 1;
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(left, top, right - left, bottom - top);
    paintItems(
      target,
      items,
      boxes ? { x: left / scale, y: top / scale, width: (right - left) / scale, height: (bottom - top) / scale } : undefined,
    );
    ctx.restore();
  }
}
