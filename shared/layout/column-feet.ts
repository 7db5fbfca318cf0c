// Where the text columns of a composed block end: the lowest baseline or picture bottom in each.
// Level feet (the same line, or the later columns one line higher) are what a fitted block shows.
import type { DisplayItem, GroupItem } from '../display/display-list';

export function columnFeet(group: GroupItem, textColumns: number): number[] {
  const feet = new Array<number>(textColumns).fill(-Infinity);
  const width = group.width / textColumns;
  const visit = (items: readonly DisplayItem[]) => {
    for (const item of items) {
      if (item.type === 'group') visit(item.items);
      else if (item.type === 'glyphs' || item.type === 'rect' || item.type === 'image') {
        const column = Math.min(textColumns - 1, Math.max(0, Math.floor((item.x - group.x + 0.5) / width)));
        feet[column] = Math.max(feet[column]!, item.type === 'glyphs' ? item.y : item.y + item.height);
      }
    }
  };
  visit(group.items);
  return feet;
}

/** Whether the block's column feet differ by one body line at most. */
export function feetLevel(group: GroupItem, textColumns: number, leading: number): boolean {
  const feet = columnFeet(group, textColumns).filter((foot) => Number.isFinite(foot));
  return feet.length < 2 || Math.max(...feet) - Math.min(...feet) <= leading + 0.01;
}
