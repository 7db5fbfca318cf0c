// Distribute: body slots flow down the text columns of each block of a chain in turn, top to
// bottom; what does not fit anywhere is the overflow. Knows nothing of glyphs or positions.
import type { Slot } from './body-slots';

export interface FrameSpec {
  /** Capacity of each text column in body lines, and the line where it starts. */
  columns: Array<{ startLine: number; lines: number }>;
}

export interface PlacedSlot {
  frame: number;
  column: number;
  /** Body line within the column (0 = the column's start line). */
  line: number;
  slot: Slot;
}

export interface Distribution {
  placed: PlacedSlot[];
  overflow: Slot[];
  /** Index of the first slot that was not placed (slots.length when all fit). */
  next: number;
  /** Lines left empty in the frames' columns after the text ends. */
  emptyLines: number;
}

export function distribute(slots: readonly Slot[], frames: readonly FrameSpec[]): Distribution {
  const placed: PlacedSlot[] = [];
  let index = 0;
  let emptyLines = 0;
  for (let frame = 0; frame < frames.length; frame += 1) {
    const columns = frames[frame]?.columns ?? [];
    for (let column = 0; column < columns.length; column += 1) {
      const capacity = columns[column]?.lines ?? 0;
      let line = 0;
      while (index < slots.length) {
        const slot = slots[index] as Slot;
        if (slot.kind === 'gap' && line === 0) {
          index += 1; // a blank line never opens a column
          continue;
        }
        const height = slot.kind === 'photo' ? slot.lines : 1;
        if (line + height > capacity) break;
        placed.push({ frame, column, line, slot });
        line += height;
        index += 1;
      }
      // Lines after the end of the text are empty (lines skipped before a photo are not counted).
      if (index >= slots.length) emptyLines += Math.max(0, capacity - line);
    }
  }
  return { placed, overflow: slots.slice(index).filter((slot) => slot.kind !== 'gap'), next: index, emptyLines };
}

/**
 * Like distribute over one frame, but when everything fits the columns are balanced: the text
 * ends on the highest common foot line, and the trailing columns give up a line each while the
 * text still fits, so the feet differ by one line at most (the longer columns first). The empty
 * lines are those of the unbalanced fill: the same white, shared out under the columns.
 */
export function distributeBalanced(slots: readonly Slot[], columns: FrameSpec['columns']): Distribution {
  const full = distribute(slots, [{ columns }]);
  if (full.overflow.length > 0 || columns.length < 2) return full;
  let best = full;
  let caps = columns.map((column) => ({ ...column }));
  const fitsIn = (trial: FrameSpec['columns']) => {
    const result = distribute(slots, [{ columns: trial }]);
    return result.overflow.length === 0 && result.next === full.next ? result : undefined;
  };
  const highestFoot = Math.max(...columns.map((column) => column.startLine + column.lines));
  for (let foot = highestFoot - 1; foot > 0; foot -= 1) {
    const trial = columns.map((column) => ({ ...column, lines: Math.max(0, Math.min(column.lines, foot - column.startLine)) }));
    const result = fitsIn(trial);
    if (!result) break;
    best = result;
    caps = trial;
  }
  for (let index = caps.length - 1; index >= 1; index -= 1) {
    const trial = caps.map((column, at) => (at === index ? { ...column, lines: Math.max(0, column.lines - 1) } : column));
    const result = fitsIn(trial);
    if (!result) break;
    best = result;
    caps = trial;
  }
  return { ...best, emptyLines: full.emptyLines };
}
