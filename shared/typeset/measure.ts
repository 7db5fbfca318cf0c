// Width of a candidate line: natural, and the least it can be shrunk to by compressing
// punctuation, Latin spaces and Han–Latin spacing. Spaces at the line end take no width, and
// the spacing at either edge of the line is dropped. Reads the prepared paragraph, changes nothing.
import type { PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';

export interface LineExtent {
  natural: number;
  minimum: number;
}

/** Extent of atoms start..end (inclusive), in pt. */
export function lineExtent(prepared: PreparedParagraph, start: number, end: number): LineExtent {
  const { atoms, gapAfter } = prepared;
  let last = end;
  while (last > start && atoms[last]?.kind === AtomKind.Space) last--;
  let natural = 0;
  let shrink = 0;
  for (let k = start; k <= last; k++) {
    const atom = atoms[k];
    if (atom === undefined) break;
    natural += atom.width;
    shrink += atom.shrink;
    if (k < last) {
      const gap = gapAfter[k] as number;
      natural += gap;
      shrink += gap / 2;
    }
  }
  return { natural, minimum: natural - shrink };
}
