// Where a display item puts ink, in points: what a repaint after an edit must clear and redraw.
import type { DisplayItem, GlyphRun } from '../../../shared/display/display-list';
import type { Box } from './page-painter';

/** A run's glyph boxes from a little above the em box to below the descender. */
export function runBounds(run: GlyphRun): Box {
  const first = run.glyphs[0];
  const last = run.glyphs[run.glyphs.length - 1];
  const size = run.size as number;
  if (!first || !last) return { x: run.x, y: run.y, width: 0, height: 0 };
  const left = run.x + Math.min(first.x, 0) - size * 0.25;
  const right = run.x + last.x + Math.max(last.advance, size) + size * 0.25;
  return { x: left, y: run.y - size * 1.15, width: right - left, height: size * 1.5 };
}

export function itemBounds(item: DisplayItem): Box {
  switch (item.type) {
    case 'glyphs':
      return runBounds(item);
    case 'rule': {
      const pad = (item.width as number) / 2 + 1;
      const x = Math.min(item.x1, item.x2) - pad;
      const y = Math.min(item.y1, item.y2) - pad;
      return { x, y, width: Math.abs(item.x2 - item.x1) + 2 * pad, height: Math.abs(item.y2 - item.y1) + 2 * pad };
    }
    case 'rect': {
      const pad = (item.strokeWidth as number) / 2 + 1;
      return { x: item.x - pad, y: item.y - pad, width: item.width + 2 * pad, height: item.height + 2 * pad };
    }
    case 'image':
      return { x: item.x, y: item.y, width: item.width, height: item.height };
    case 'group':
      return { x: item.x - 3, y: item.y - 3, width: item.width + 6, height: item.height + 6 };
  }
}

const signatures = new WeakMap<DisplayItem, string>();

/** The glyphs' ids and positions folded into 32 bits (FNV-1a): a cheap stand-in for comparing them one by one. */
function glyphHash(run: GlyphRun): number {
  let hash = 0x811c9dc5;
  for (const glyph of run.glyphs) {
    hash = Math.imul(hash ^ glyph.id, 0x01000193);
    hash = Math.imul(hash ^ Math.round((glyph.x as number) * 1000), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Everything about a leaf item that changes its drawing, as a string (kept per item object). A
 * run is named by its place, face, size, ink and text, with its glyph ids and positions hashed.
 */
function signatureOf(item: DisplayItem): string {
  let signature = signatures.get(item);
  if (signature === undefined) {
    signature =
      item.type === 'glyphs'
        ? `g|${item.font}|${item.size}|${item.x}|${item.y}|${item.ink.c},${item.ink.m},${item.ink.y},${item.ink.k}|${glyphHash(item)}|${item.text}`
        : JSON.stringify(item);
    signatures.set(item, signature);
  }
  return signature;
}

function leaves(items: readonly DisplayItem[], into: DisplayItem[] = []): DisplayItem[] {
  for (const item of items) {
    if (item.type === 'group') leaves(item.items, into);
    else into.push(item);
  }
  return into;
}

/**
 * The areas that differ between two drawings of a block: the bounds of every item that is in one
 * and not the other. Typing in a paragraph usually changes a few lines, not the whole block.
 */
export function changedAreas(before: readonly DisplayItem[], after: readonly DisplayItem[]): Box[] {
  const old = new Map<string, DisplayItem>();
  for (const item of leaves(before)) old.set(signatureOf(item), item);
  const boxes: Box[] = [];
  for (const item of leaves(after)) {
    const signature = signatureOf(item);
    if (old.has(signature)) old.delete(signature);
    else boxes.push(itemBounds(item));
  }
  for (const item of old.values()) boxes.push(itemBounds(item));
  return mergeBoxes(boxes);
}

/** Joins boxes that touch or nearly touch, so a paragraph's changed lines repaint as one area. */
export function mergeBoxes(boxes: Box[]): Box[] {
  const merged: Box[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const box of sorted) {
    const near = merged.find(
      (other) =>
        box.x <= other.x + other.width + 2 &&
        other.x <= box.x + box.width + 2 &&
        box.y <= other.y + other.height + 2 &&
        other.y <= box.y + box.height + 2,
    );
    if (near) {
      const right = Math.max(near.x + near.width, box.x + box.width);
      const bottom = Math.max(near.y + near.height, box.y + box.height);
      near.x = Math.min(near.x, box.x);
      near.y = Math.min(near.y, box.y);
      near.width = right - near.x;
      near.height = bottom - near.y;
    } else merged.push({ ...box });
  }
  return merged;
}
