// Moving drawn items by a distance: a block composed once and then moved on the page (a drag, a
// nudge) is the same drawing shifted, so the layout shifts it instead of composing it again.
// Glyphs are placed relative to their run, so only the runs' origins move; glyph arrays are shared.
import { pt } from '../units/units';
import type { DisplayItem, GroupItem } from './display-list';

export function translateItem(item: DisplayItem, dx: number, dy: number): DisplayItem {
  switch (item.type) {
    case 'glyphs':
    case 'rect':
    case 'image':
      return { ...item, x: pt(item.x + dx), y: pt(item.y + dy) };
    case 'rule':
      return { ...item, x1: pt(item.x1 + dx), y1: pt(item.y1 + dy), x2: pt(item.x2 + dx), y2: pt(item.y2 + dy) };
    case 'group':
      return translateGroup(item, dx, dy);
  }
}

export function translateGroup(group: GroupItem, dx: number, dy: number): GroupItem {
  return { ...group, x: pt(group.x + dx), y: pt(group.y + dy), items: group.items.map((item) => translateItem(item, dx, dy)) };
}
