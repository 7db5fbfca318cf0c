// A block's new drawing as a change to the one the page view already holds. Typing in an article
// changes a few of its lines; the others come back equal, or equal but moved (a line pushed down
// or into the next column). Those are named by their index in the old drawing instead of being
// sent again, so an answer carries, and the page view builds, only the lines that changed.
import type { DisplayItem, GlyphRun, GroupItem } from '../../../shared/display/display-list';
import type { Pt } from '../../../shared/units/units';

/** An item of the old drawing, by index; a glyph run given `x`/`y` is the same run set elsewhere. */
export interface ItemRef {
  type: 'ref';
  index: number;
  x?: Pt;
  y?: Pt;
}

export interface GroupPatch {
  type: 'patch';
  blockId: string;
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
  items: Array<DisplayItem | ItemRef>;
}

/**
 * Whether two drawings are equal item for item and figure for figure (plain data: numbers,
 * strings, arrays and objects), without writing either out as text.
 */
export function sameDrawing(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let at = 0; at < a.length; at += 1) if (!sameDrawing(a[at], b[at])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !sameDrawing(left[key], right[key])) return false;
  return true;
}

/** Equal glyphs, face, size and ink: the run draws the same wherever it is placed. */
function sameRunContent(a: GlyphRun, b: GlyphRun): boolean {
  if (a.text !== b.text || a.font !== b.font || a.size !== b.size || a.glyphs.length !== b.glyphs.length) return false;
  if (a.ink.c !== b.ink.c || a.ink.m !== b.ink.m || a.ink.y !== b.ink.y || a.ink.k !== b.ink.k) return false;
  for (let at = 0; at < a.glyphs.length; at += 1) {
    const g = a.glyphs[at]!;
    const h = b.glyphs[at]!;
    if (g.id !== h.id || g.x !== h.x || g.advance !== h.advance || g.text !== h.text) return false;
  }
  return true;
}

/**
 * `after` as a patch on `before`: each glyph run of `after` whose content equals an unused run of
 * `before` becomes a reference (with its new position when it moved); every other item travels
 * whole. Undefined when nothing could be shared.
 */
export function diffGroup(before: GroupItem, after: GroupItem): GroupPatch | undefined {
  // Old runs by text: a line's text nearly always tells it apart from the others.
  const byText = new Map<string, number[]>();
  before.items.forEach((item, index) => {
    if (item.type !== 'glyphs') return;
    const list = byText.get(item.text);
    if (list) list.push(index);
    else byText.set(item.text, [index]);
  });
  let shared = 0;
  const items = after.items.map((item): DisplayItem | ItemRef => {
    if (item.type !== 'glyphs') return item;
    const candidates = byText.get(item.text);
    if (!candidates) return item;
    for (let at = 0; at < candidates.length; at += 1) {
      const index = candidates[at]!;
      const old = before.items[index] as GlyphRun;
      if (!sameRunContent(old, item)) continue;
      candidates.splice(at, 1);
      shared += 1;
      return old.x === item.x && old.y === item.y ? { type: 'ref', index } : { type: 'ref', index, x: item.x, y: item.y };
    }
    return item;
  });
  if (shared === 0) return undefined;
  return { type: 'patch', blockId: after.blockId, x: after.x, y: after.y, width: after.width, height: after.height, items };
}

/** The group a patch describes, sharing the old drawing's items (and glyph lists) where it names them. */
export function applyPatch(before: GroupItem, patch: GroupPatch): GroupItem {
  const items = patch.items.map((item): DisplayItem => {
    if (item.type !== 'ref') return item;
    const old = before.items[item.index];
    if (old === undefined) throw new Error(`版块 ${patch.blockId} 的更新引用了不存在的内容`);
    if (item.x === undefined || item.y === undefined || old.type !== 'glyphs') return old;
    return { ...old, x: item.x, y: item.y };
  });
  return { type: 'group', blockId: patch.blockId, x: patch.x, y: patch.y, width: patch.width, height: patch.height, items };
}

/** The glyph runs a patch sends whole (references name runs whose glyphs were sent before). */
export function patchItems(patch: GroupPatch): DisplayItem[] {
  return patch.items.filter((item): item is DisplayItem => item.type !== 'ref');
}
